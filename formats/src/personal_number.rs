//! The Kyrgyz personal identification number (ПИН, standards.md §4): 14 digits, the first the sex (`1` female,
//! `2` male), the next eight the date of birth `DDMMYYYY`, then a serial. There is no public checksum, so what can be
//! checked is checked: the length, the digits, the sex digit and a real birth date not after today — and the
//! passport form cross-checks sex and birth date against the MRZ (see `passport_match`). Not the card's PIN code.

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::Sex;

/// The number of digits of a ПИН.
const LENGTH: usize = 14;
/// No one alive was born earlier; an earlier "date" is a typing mistake.
const EARLIEST_BIRTH_YEAR: i32 = 1900;

/// A ПИН whose shape has been checked. On the wire it is the plain 14-digit string; reading it back checks the shape
/// again (all but "not after today", which needs a date the data does not carry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonalNumber {
    digits: String,
    sex: Sex,
    birth_date: Date,
}

/// Why a text is not a ПИН.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PersonalNumberError {
    #[error("the personal number (ПИН) has {found} characters; it must have 14 digits")]
    Length { found: usize },
    #[error("the personal number (ПИН) must be digits only")]
    NotDigits,
    #[error("the personal number (ПИН) must start with 1 (female) or 2 (male)")]
    SexDigit,
    #[error("digits 2–9 of the personal number (ПИН) are not a real date of birth (DDMMYYYY)")]
    NotADate,
    #[error("the date of birth in the personal number (ПИН) is in the future")]
    InFuture,
}

impl PersonalNumber {
    /// Reads a ПИН as typed or scanned: whitespace anywhere is ignored.
    pub fn parse(text: &str, today: Date) -> Result<PersonalNumber, PersonalNumberError> {
        let number = PersonalNumber::parse_shape(text)?;
        if number.birth_date > today {
            return Err(PersonalNumberError::InFuture);
        }
        Ok(number)
    }

    /// Everything [`PersonalNumber::parse`] checks but the date against today: for data that carries no "today"
    /// (deserialisation, comparing with an MRZ).
    pub(crate) fn parse_shape(text: &str) -> Result<PersonalNumber, PersonalNumberError> {
        let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let found = digits.chars().count();
        if found != LENGTH {
            return Err(PersonalNumberError::Length { found });
        }
        let values: Vec<u8> = digits.bytes().map(|b| b.wrapping_sub(b'0')).collect();
        if values.iter().any(|value| *value > 9) {
            return Err(PersonalNumberError::NotDigits);
        }
        let sex = match values.first() {
            Some(1) => Sex::Female,
            Some(2) => Sex::Male,
            _ => return Err(PersonalNumberError::SexDigit),
        };
        let birth_date = birth_date(values.get(1..9).unwrap_or(&[])).ok_or(PersonalNumberError::NotADate)?;
        Ok(PersonalNumber { digits, sex, birth_date })
    }

    /// The 14 digits, without spaces.
    pub fn as_str(&self) -> &str {
        &self.digits
    }

    /// Female or male (never unspecified).
    pub fn sex(&self) -> Sex {
        self.sex
    }

    pub fn birth_date(&self) -> Date {
        self.birth_date
    }
}

/// `DDMMYYYY` as a real date from 1900 on.
fn birth_date(digits: &[u8]) -> Option<Date> {
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        digits.get(range).map(|part| part.iter().fold(0, |total, digit| total * 10 + u32::from(*digit)))
    };
    let day = u8::try_from(number(0..2)?).ok()?;
    let month = Month::try_from(u8::try_from(number(2..4)?).ok()?).ok()?;
    let year = i32::try_from(number(4..8)?).ok()?;
    if year < EARLIEST_BIRTH_YEAR {
        return None;
    }
    Date::from_calendar_date(year, month, day).ok()
}

impl std::fmt::Display for PersonalNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.digits)
    }
}

impl TryFrom<String> for PersonalNumber {
    type Error = PersonalNumberError;

    fn try_from(text: String) -> Result<PersonalNumber, PersonalNumberError> {
        PersonalNumber::parse_shape(&text)
    }
}

impl From<PersonalNumber> for String {
    fn from(number: PersonalNumber) -> String {
        number.digits
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    const TODAY: Date = date!(2026 - 06 - 15);

    #[test]
    fn female_and_male() {
        let female = PersonalNumber::parse("11203199012345", TODAY);
        assert_eq!(female.as_ref().map(PersonalNumber::sex), Ok(Sex::Female));
        assert_eq!(female.as_ref().map(PersonalNumber::birth_date), Ok(date!(1990 - 03 - 12)));
        assert_eq!(female.as_ref().map(PersonalNumber::as_str), Ok("11203199012345"));
        let male = PersonalNumber::parse("22902200000017", TODAY);
        assert_eq!(male.as_ref().map(PersonalNumber::sex), Ok(Sex::Male));
        assert_eq!(male.as_ref().map(PersonalNumber::birth_date), Ok(date!(2000 - 02 - 29)));
    }

    #[test]
    fn whitespace_is_ignored() {
        let number = PersonalNumber::parse(" 1 1203 1990 12345\t\n", TODAY);
        assert_eq!(number.as_ref().map(PersonalNumber::as_str), Ok("11203199012345"));
        assert_eq!(number.map(|n| n.to_string()), Ok("11203199012345".to_owned()));
    }

    #[test]
    fn born_today_is_fine_tomorrow_is_not() {
        assert!(PersonalNumber::parse("21506202600001", TODAY).is_ok());
        assert_eq!(PersonalNumber::parse("21606202600001", TODAY), Err(PersonalNumberError::InFuture));
        assert_eq!(PersonalNumber::parse("10101209900001", TODAY), Err(PersonalNumberError::InFuture));
    }

    #[test]
    fn errors() {
        use PersonalNumberError::*;
        assert_eq!(PersonalNumber::parse("", TODAY), Err(Length { found: 0 }));
        assert_eq!(PersonalNumber::parse("1120319901234", TODAY), Err(Length { found: 13 }));
        assert_eq!(PersonalNumber::parse("112031990123456", TODAY), Err(Length { found: 15 }));
        assert_eq!(PersonalNumber::parse("ПИН11203199012", TODAY), Err(NotDigits));
        assert_eq!(PersonalNumber::parse("1120319901234A", TODAY), Err(NotDigits));
        assert_eq!(PersonalNumber::parse("11203199O12345", TODAY), Err(NotDigits));
        assert_eq!(PersonalNumber::parse("1120319901234٣", TODAY), Err(NotDigits), "Arabic-Indic digit");
        assert_eq!(PersonalNumber::parse("31203199012345", TODAY), Err(SexDigit));
        assert_eq!(PersonalNumber::parse("01203199012345", TODAY), Err(SexDigit));
        assert_eq!(PersonalNumber::parse("13102199012345", TODAY), Err(NotADate), "31.02");
        assert_eq!(PersonalNumber::parse("10013199012345", TODAY), Err(NotADate), "month 13");
        assert_eq!(PersonalNumber::parse("10001199012345", TODAY), Err(NotADate), "day 0");
        assert_eq!(PersonalNumber::parse("12902200100001", TODAY), Err(NotADate), "29.02 of a common year");
        assert_eq!(PersonalNumber::parse("10101000000001", TODAY), Err(NotADate), "year 0");
    }

    #[test]
    fn serde_is_the_plain_string_and_checks_the_shape() {
        let number = PersonalNumber::parse("11203199012345", TODAY).ok();
        let json = number.as_ref().map(|n| serde_json::to_string(n).ok());
        assert_eq!(json, Some(Some("\"11203199012345\"".to_owned())));
        let back: Option<PersonalNumber> = serde_json::from_str("\"11203199012345\"").ok();
        assert_eq!(back, number);
        assert!(serde_json::from_str::<PersonalNumber>("\"31203199012345\"").is_err());
        assert!(serde_json::from_str::<PersonalNumber>("\"1120319901234\"").is_err());
    }
}
