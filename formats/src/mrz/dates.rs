//! The MRZ's `YYMMDD` dates. The century is not written, so it is chosen: a birth date is the latest one not after
//! today (nobody is born in the future), an expiry date the one within 50 years of today either way (documents
//! expire at most ten years out, and expired ones are still read). Callers pass `today`; nothing here reads a clock.

use time::{Date, Month};

use super::{DateField, MrzError};

/// How far an expiry date may lie from today, either way.
const EXPIRY_WINDOW_YEARS: i32 = 50;

/// Reads a birth date: the latest date with these digits that is not after `today`.
pub(super) fn birth(field: &str, today: Date) -> Result<Date, MrzError> {
    let error = MrzError::Date { field: DateField::BirthDate };
    let (yy, month, day) = digits(field).ok_or(error.clone())?;
    let latest_year = today.year() - (today.year() - yy).rem_euclid(100);
    // Three centuries, because 29 February does not exist in every one of them (2100, 1900).
    (0..3)
        .map(|back| latest_year - 100 * back)
        .filter_map(|year| Date::from_calendar_date(year, month, day).ok())
        .find(|date| *date <= today)
        .ok_or(error)
}

/// Reads an expiry date: the date with these digits within 50 years of `today`, the later one on a tie.
pub(super) fn expiry(field: &str, today: Date) -> Result<Date, MrzError> {
    let error = MrzError::Date { field: DateField::ExpiryDate };
    let (yy, month, day) = digits(field).ok_or(error.clone())?;
    let earliest = shift_years(today, -EXPIRY_WINDOW_YEARS);
    let latest = shift_years(today, EXPIRY_WINDOW_YEARS);
    let last_year = latest.year() - (latest.year() - yy).rem_euclid(100);
    (0..3)
        .map(|back| last_year - 100 * back)
        .filter_map(|year| Date::from_calendar_date(year, month, day).ok())
        .find(|date| earliest <= *date && *date <= latest)
        .ok_or(error)
}

/// The MRZ digits of a date: `YYMMDD`.
pub(super) fn yymmdd(date: Date) -> String {
    format!("{:02}{:02}{:02}", date.year().rem_euclid(100), u8::from(date.month()), date.day())
}

/// The two-digit year, the month and the day, if the field is six digits with a month 01–12 and a day 01–31.
fn digits(field: &str) -> Option<(i32, Month, u8)> {
    let bytes = field.as_bytes();
    if bytes.len() != 6 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let pair = |at: usize| -> Option<u8> {
        let tens = bytes.get(at)?.checked_sub(b'0')?;
        let ones = bytes.get(at + 1)?.checked_sub(b'0')?;
        Some(tens * 10 + ones)
    };
    let month = Month::try_from(pair(2)?).ok()?;
    let day = pair(4)?;
    (1..=31).contains(&day).then_some((i32::from(pair(0)?), month, day))
}

/// `date` moved by whole years, 29 February becoming 28 February in a common year, saturating at the ends of the
/// calendar `time` supports.
fn shift_years(date: Date, years: i32) -> Date {
    let year = date.year() + years;
    date.replace_year(year).or_else(|_| Date::from_calendar_date(year, date.month(), 28)).unwrap_or(if years < 0 {
        Date::MIN
    } else {
        Date::MAX
    })
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    const BIRTH: MrzError = MrzError::Date { field: DateField::BirthDate };
    const EXPIRY: MrzError = MrzError::Date { field: DateField::ExpiryDate };

    #[test]
    fn birth_is_never_after_today() {
        let today = date!(2026 - 06 - 15);
        assert_eq!(birth("740812", today), Ok(date!(1974 - 08 - 12)));
        assert_eq!(birth("260615", today), Ok(date!(2026 - 06 - 15)), "born today");
        assert_eq!(birth("260616", today), Ok(date!(1926 - 06 - 16)), "tomorrow is a century ago");
        assert_eq!(birth("260101", today), Ok(date!(2026 - 01 - 01)));
        assert_eq!(birth("270101", today), Ok(date!(1927 - 01 - 01)), "today's yy + 1");
        assert_eq!(birth("000229", today), Ok(date!(2000 - 02 - 29)));
        assert_eq!(birth("000101", today), Ok(date!(2000 - 01 - 01)));
        assert_eq!(birth("991231", today), Ok(date!(1999 - 12 - 31)));
        assert_eq!(birth("250229", today), Err(BIRTH), "2025 and 1925 are common years");
    }

    #[test]
    fn birth_on_29_february_skips_a_common_century() {
        assert_eq!(birth("000229", date!(2150 - 01 - 01)), Ok(date!(2000 - 02 - 29)));
    }

    #[test]
    fn expiry_window() {
        let today = date!(2026 - 06 - 15);
        assert_eq!(expiry("120415", today), Ok(date!(2012 - 04 - 15)), "expired");
        assert_eq!(expiry("360615", today), Ok(date!(2036 - 06 - 15)));
        assert_eq!(expiry("750101", today), Ok(date!(2075 - 01 - 01)));
        assert_eq!(expiry("760614", today), Ok(date!(2076 - 06 - 14)), "just inside today + 50");
        assert_eq!(expiry("760615", today), Ok(date!(2076 - 06 - 15)), "both ends: the future wins");
        assert_eq!(expiry("760616", today), Ok(date!(1976 - 06 - 16)), "just inside today - 50");
        assert_eq!(expiry("770101", today), Ok(date!(1977 - 01 - 01)));
        assert_eq!(expiry("991231", today), Ok(date!(1999 - 12 - 31)));
    }

    #[test]
    fn expiry_window_on_29_february() {
        let today = date!(2024 - 02 - 29);
        assert_eq!(expiry("740228", today), Ok(date!(2074 - 02 - 28)));
        assert_eq!(expiry("740301", today), Ok(date!(1974 - 03 - 01)));
    }

    #[test]
    fn not_dates() {
        let today = date!(2026 - 06 - 15);
        for field in ["741312", "740001", "740800", "740832", "740231", "74081", "7408122", "74O812", "<<<<<<", ""] {
            assert_eq!(birth(field, today), Err(BIRTH), "{field}");
            assert_eq!(expiry(field, today), Err(EXPIRY), "{field}");
        }
    }

    #[test]
    fn the_ends_of_the_calendar_do_not_panic() {
        for today in [Date::MIN, Date::MAX] {
            let _ = birth("000101", today);
            let _ = expiry("000101", today);
            let _ = expiry("991231", today);
        }
    }

    #[test]
    fn formats() {
        assert_eq!(yymmdd(date!(1974 - 08 - 12)), "740812");
        assert_eq!(yymmdd(date!(2005 - 01 - 02)), "050102");
    }
}
