//! A mobile phone number of Kyrgyzstan (+996) or Kazakhstan (+7 7…), in E.164. Parsed, not validated: a `Phone`
//! exists only normalised. People type `0555 123 456`, `555123456`, `+996 555 12-34-56`, `8 701 123 45 67`.

use std::fmt;

use phonenumber::country::Id;
use phonenumber::{Mode, PhoneNumber, Type};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

/// Why a text is not a phone number the wallet serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("not a phone number")]
    NotANumber,
    #[error("a landline number; a mobile number is needed")]
    Landline,
    #[error("a number of another country; the wallet serves +996 and +7 mobile numbers")]
    OtherCountry,
}

impl PhoneError {
    /// The Fluent message naming the expected form.
    pub fn message_id(self) -> &'static str {
        match self {
            PhoneError::NotANumber => "phone-not-a-number",
            PhoneError::Landline => "phone-landline",
            PhoneError::OtherCountry => "phone-other-country",
        }
    }
}

const SERVED: [Id; 2] = [Id::KG, Id::KZ];

impl Phone {
    /// Reads a number as people type it: national forms are taken as Kyrgyz first, then Kazakh (`8 7xx …`).
    pub fn parse(text: &str) -> Result<Phone, PhoneError> {
        let mut best = PhoneError::NotANumber;
        for region in SERVED {
            let Ok(number) = phonenumber::parse(Some(region), text) else { continue };
            match judge(&number) {
                Ok(()) => return Ok(Phone(number.format().mode(Mode::E164).to_string())),
                Err(error) if error != PhoneError::NotANumber => best = error,
                Err(_) => {}
            }
        }
        // A number written with another country's code is from another country, even one the library finds
        // invalid (a short or made-up number): «not a phone number» would send the person looking for a typo.
        if best == PhoneError::NotANumber
            && let Ok(number) = phonenumber::parse(None, text)
            && ![996, 7].contains(&number.code().value())
        {
            return Err(PhoneError::OtherCountry);
        }
        Err(best)
    }

    /// `+996555123456`.
    pub fn e164(&self) -> &str {
        &self.0
    }

    /// `+996 555 ***456`: for screens and messages where the whole number is not needed.
    pub fn masked(&self) -> String {
        let country_len = if self.0.starts_with("+996") { 4 } else { 2 };
        let (country, rest) = self.0.split_at(country_len);
        format!("{country} {} ***{}", &rest[..3], &rest[rest.len() - 3..])
    }
}

fn judge(number: &PhoneNumber) -> Result<(), PhoneError> {
    if !phonenumber::is_valid(number) {
        return Err(PhoneError::NotANumber);
    }
    let served = number.country().id().is_some_and(|id| SERVED.contains(&id));
    if !served {
        return Err(PhoneError::OtherCountry);
    }
    match number.number_type(&phonenumber::metadata::DATABASE) {
        Type::Mobile | Type::FixedLineOrMobile => Ok(()),
        _ => Err(PhoneError::Landline),
    }
}

impl fmt::Display for Phone {
    /// Masked: a phone number is personal data and must not reach logs whole.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl TryFrom<String> for Phone {
    type Error = PhoneError;

    fn try_from(text: String) -> Result<Phone, PhoneError> {
        Phone::parse(&text)
    }
}

impl From<Phone> for String {
    fn from(phone: Phone) -> String {
        phone.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(text: &str) -> Result<String, PhoneError> {
        Phone::parse(text).map(|p| p.e164().to_owned())
    }

    #[test]
    fn reads_the_forms_kyrgyz_people_type() {
        for typed in ["0555 123 456", "555123456", "+996 555 12-34-56", "996555123456", "(0555) 12 34 56"] {
            assert_eq!(e164(typed), Ok("+996555123456".into()), "{typed}");
        }
        assert_eq!(e164("0700 123 456"), Ok("+996700123456".into()));
        assert_eq!(e164("0221 123 456"), Ok("+996221123456".into()));
    }

    #[test]
    fn reads_kazakh_mobiles() {
        for typed in ["+7 701 123 45 67", "87011234567", "8 701 123-45-67", "+77011234567"] {
            assert_eq!(e164(typed), Ok("+77011234567".into()), "{typed}");
        }
    }

    #[test]
    fn says_why_a_number_is_refused() {
        assert_eq!(e164("0312 123 456"), Err(PhoneError::Landline), "a Bishkek landline");
        assert_eq!(e164("+7 495 123 45 67"), Err(PhoneError::OtherCountry), "a Moscow number");
        assert_eq!(e164("+1 202 555 0100"), Err(PhoneError::OtherCountry));
        // Written with another country's code, even too short to be valid there: another country, not a typo.
        for foreign in ["+49 151 2345", "+44 7911 123456", "+998 90 123 45 67", "0049 1512 345 6789"] {
            assert_eq!(e164(foreign), Err(PhoneError::OtherCountry), "{foreign}");
        }
        for bad in ["", "123", "+996 555 123 45", "телефон", "0555 123 456 789"] {
            assert_eq!(e164(bad), Err(PhoneError::NotANumber), "{bad:?}");
        }
    }

    #[test]
    fn masks_and_never_displays_whole() {
        let phone = Phone::parse("0555123456").expect("valid");
        assert_eq!(phone.masked(), "+996 555 ***456");
        assert_eq!(phone.to_string(), "+996 555 ***456");
        assert_eq!(Phone::parse("+77011234567").expect("valid").masked(), "+7 701 ***567");
    }

    #[test]
    fn round_trips_through_serde_and_refuses_junk() {
        let phone = Phone::parse("+996700123456").expect("valid");
        let json = serde_json::to_string(&phone).expect("serialise");
        assert_eq!(json, "\"+996700123456\"");
        assert_eq!(serde_json::from_str::<Phone>(&json).expect("parse"), phone);
        assert!(serde_json::from_str::<Phone>("\"12\"").is_err());
    }
}
