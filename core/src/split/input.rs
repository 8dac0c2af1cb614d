//! What people type into a split: amounts, percentages, shares. Each is read exactly (never through a float) or
//! refused with the text that was typed.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::error::{SplitError, hundredths_text};
use crate::domain::{Currency, Money};

/// A percentage from 0 to 100 with at most 2 decimals, kept as hundredths of a percent (`33.33` → 3333).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(u16);

impl Percent {
    pub const ZERO: Percent = Percent(0);
    pub const HUNDRED: Percent = Percent(10_000);

    /// `None` above 100 % (10 000 hundredths).
    pub fn from_hundredths(hundredths: u32) -> Option<Percent> {
        u16::try_from(hundredths).ok().filter(|&h| h <= 10_000).map(Percent)
    }

    pub fn hundredths(self) -> u32 {
        u32::from(self.0)
    }

    /// Reads `10`, `12.5`, `33,33`, `50%`: from 0 to 100, at most 2 decimals.
    pub fn parse(text: &str) -> Result<Percent, SplitError> {
        let refused = || SplitError::NotAPercent { text: text.to_owned() };
        let bare = text.trim();
        let bare = bare.strip_suffix('%').unwrap_or(bare).trim_end();
        let value = plain_decimal(bare).ok_or_else(refused)?;
        let hundredths = value.checked_mul(Decimal::ONE_HUNDRED).ok_or_else(refused)?;
        if !hundredths.fract().is_zero() {
            return Err(refused());
        }
        u32::try_from(hundredths).ok().and_then(Percent::from_hundredths).ok_or_else(refused)
    }
}

impl fmt::Display for Percent {
    /// `33.33`, `50`, `12.5` — without the sign.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hundredths_text(&u64::from(self.0)))
    }
}

/// Digits with at most one decimal point or comma, nothing else (no sign, no exponent, no spaces inside).
fn plain_decimal(text: &str) -> Option<Decimal> {
    let marks = text.chars().filter(|c| *c == '.' || *c == ',').count();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if digits == 0 || marks > 1 || digits + marks != text.chars().count() {
        return None;
    }
    Decimal::from_str(&text.replace(',', ".")).ok()
}

/// Reads an amount as people type it (`1000`, `1000.00`, `1 000,50`), and a leading minus too, so that a negative
/// amount is refused by the rule that names it ([`SplitError::NegativeAmount`], [`SplitError::TotalNotPositive`])
/// rather than as unreadable text.
pub fn parse_amount(text: &str, currency: Currency) -> Result<Money, SplitError> {
    let refused = || SplitError::NotAnAmount { text: text.to_owned(), currency };
    let trimmed = text.trim();
    let (negative, digits) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let amount = Money::parse(digits, currency).map_err(|_| refused())?;
    if negative { Money::new(-amount.amount(), currency).map_err(|_| refused()) } else { Ok(amount) }
}

/// Reads a share: a whole number from 0 (`2`, `1`). Fractions are written as whole shares (1.5 : 1 is 3,2).
pub fn parse_share(text: &str) -> Result<u32, SplitError> {
    let trimmed = text.trim();
    if trimmed.is_empty() || !trimmed.chars().all(|c| c.is_ascii_digit()) {
        return Err(SplitError::NotAShare { text: text.to_owned() });
    }
    trimmed.parse().map_err(|_| SplitError::NotAShare { text: text.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_percentages_read_with_up_to_two_decimals() {
        let read = |text: &str| Percent::parse(text).map(Percent::hundredths);
        assert_eq!(read("50"), Ok(5000));
        assert_eq!(read("33.33"), Ok(3333));
        assert_eq!(read("12,5"), Ok(1250));
        assert_eq!(read(" 10% "), Ok(1000));
        assert_eq!(read("100"), Ok(10_000));
        assert_eq!(read("0"), Ok(0));
        assert_eq!(read("7.50"), Ok(750));
        for bad in ["", "%", "abc", "-5", "100.01", "150", "33.333", "1e2", "1.2.3", "5 0", "+5", "٥"] {
            assert_eq!(read(bad), Err(SplitError::NotAPercent { text: bad.into() }), "{bad:?}");
        }
        assert_eq!(Percent::parse("33.30").map(|p| p.to_string()), Ok("33.3".into()));
        assert_eq!(Percent::from_hundredths(10_001), None);
    }

    #[test]
    fn split_amounts_read_as_people_type_them() {
        let som = |minor| Money::from_minor(minor, Currency::Kgs);
        assert_eq!(parse_amount("1000.00", Currency::Kgs), Ok(som(100_000)));
        assert_eq!(parse_amount(" 1 000,5 ", Currency::Kgs), Ok(som(100_050)));
        assert_eq!(parse_amount("-5", Currency::Kgs), Ok(som(-500)));
        for bad in ["", "abc", "1.234", "--5", "1,000.00", "5-"] {
            assert_eq!(
                parse_amount(bad, Currency::Kgs),
                Err(SplitError::NotAnAmount { text: bad.into(), currency: Currency::Kgs }),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn split_shares_are_whole_numbers() {
        assert_eq!(parse_share("2"), Ok(2));
        assert_eq!(parse_share(" 0 "), Ok(0));
        for bad in ["", "1.5", "-1", "x", "99999999999"] {
            assert_eq!(parse_share(bad), Err(SplitError::NotAShare { text: bad.into() }), "{bad:?}");
        }
    }
}
