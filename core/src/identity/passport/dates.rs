//! Dates on the passport form: what people type and date pickers send, how the form shows them, and birthdays.

use time::{Date, Month};

/// A date as people type it or a date picker sends it: `DD.MM.YYYY`, `D.M.YYYY`, `DD/MM/YYYY`, `DD-MM-YYYY`,
/// `DDMMYYYY`, or ISO `YYYY-MM-DD`. Spaces around the whole and around the parts are ignored. The year has four
/// digits (from 1000); the day and month must make a real date (no 31.04, no 29.02 outside leap years).
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if text.len() > 32 {
        return None;
    }
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        return ymd(text.get(4..8)?, text.get(2..4)?, text.get(..2)?);
    }
    let separator = text.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let mut parts = text.split(separator).map(str::trim);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    if a.len() == 4 { ymd(a, b, c) } else { ymd(c, b, a) }
}

/// `year` has four digits, `month` and `day` one or two.
fn ymd(year: &str, month: &str, day: &str) -> Option<Date> {
    let year = number(year, 4, 4)?;
    let month = number(month, 1, 2)?;
    let day = number(day, 1, 2)?;
    if year < 1000 {
        return None;
    }
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(i32::from(year), month, u8::try_from(day).ok()?).ok()
}

fn number(text: &str, min_digits: usize, max_digits: usize) -> Option<u16> {
    if text.len() < min_digits || text.len() > max_digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `DD.MM.YYYY`: how the form shows a date, in all four languages.
pub fn format_date(date: Date) -> String {
    format!("{:02}.{:02}.{:04}", date.day(), u8::from(date.month()), date.year())
}

/// `YYYY-MM-DD`, as the bank takes dates.
pub(crate) fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// The day someone born on `birth` turns `years` old. Born on 29 February, one comes of age on 1 March in a year
/// that has no 29 February. `None` past the calendar's end.
pub(crate) fn birthday(birth: Date, years: i32) -> Option<Date> {
    let year = birth.year().checked_add(years)?;
    Date::from_calendar_date(year, birth.month(), birth.day())
        .ok()
        .or_else(|| Date::from_calendar_date(year, Month::March, 1).ok())
}

/// Whether someone born on `birth` is at least `years` old on `today`.
pub(crate) fn is_at_least(birth: Date, years: i32, today: Date) -> bool {
    birthday(birth, years).is_some_and(|day| day <= today)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn parses_what_people_type_and_pickers_send() {
        let expected = Some(date!(1990 - 03 - 07));
        for text in [
            "07.03.1990",
            "7.3.1990",
            "07/03/1990",
            "07-03-1990",
            "07031990",
            "1990-03-07",
            "1990-3-7",
            " 07.03.1990 ",
            "07. 03. 1990",
        ] {
            assert_eq!(parse_date(text), expected, "{text}");
        }
        assert_eq!(parse_date("29.02.2000"), Some(date!(2000 - 02 - 29)));
        for text in [
            "",
            "29.02.2001",
            "31.04.2020",
            "00.01.2020",
            "01.13.2020",
            "01.01.90",
            "01.01.0999",
            "1.1.1",
            "07.03.1990.",
            "07.03/1990",
            "07 03 1990",
            "0703199",
            "070319900",
            "+7.03.1990",
            "07.03.١٩٩٠",
            "０７.０３.１９９０",
            "2020-02-30",
            "99999-01-01",
            "garbage",
            "\u{0}",
        ] {
            assert_eq!(parse_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn formats_for_the_form_and_the_bank() {
        assert_eq!(format_date(date!(1990 - 03 - 07)), "07.03.1990");
        assert_eq!(iso(date!(1990 - 03 - 07)), "1990-03-07");
        assert_eq!(parse_date(&format_date(date!(2004 - 02 - 29))), Some(date!(2004 - 02 - 29)));
    }

    #[test]
    fn birthdays_of_the_leap_day_born() {
        assert_eq!(birthday(date!(2004 - 02 - 29), 18), Some(date!(2022 - 03 - 01)));
        assert_eq!(birthday(date!(2004 - 02 - 29), 20), Some(date!(2024 - 02 - 29)));
        assert!(!is_at_least(date!(2004 - 02 - 29), 18, date!(2022 - 02 - 28)));
        assert!(is_at_least(date!(2004 - 02 - 29), 18, date!(2022 - 03 - 01)));
        assert!(!is_at_least(date!(9990 - 01 - 01), 18, date!(9999 - 12 - 31)));
    }
}
