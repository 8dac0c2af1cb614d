//! A tip or service charge: a percentage of the bill (`10%`) or a fixed amount (`150`), added to the bill's total
//! before it is split.
//!
//! A percentage is from 0 to 100 with at most 2 decimals, taken of the bill's total and rounded to the nearest tyiyn
//! (half a tyiyn up): 10 % of 1 000,00 is 100,00; 12.5 % of 0,05 is 0,01. The tip is then shared in the same
//! proportions as the bill — see [`super::split`] and [`super::split_items`] for how, mode by mode.

use std::fmt;

use super::error::SplitError;
use super::input::{Percent, parse_amount};
use crate::domain::{Currency, Money};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tip {
    /// A share of the bill's total, from 0 to 100 %.
    Percent(Percent),
    /// A fixed amount, 0 or more, in the bill's currency.
    Amount(Money),
}

impl Tip {
    /// Reads `10%` / `12.5 %` as a percentage and anything else as an amount in `currency` (`150`, `150.50`).
    pub fn parse(text: &str, currency: Currency) -> Result<Tip, SplitError> {
        if text.trim_end().ends_with('%') {
            Percent::parse(text).map(Tip::Percent)
        } else {
            parse_amount(text, currency).map(Tip::Amount)
        }
    }

    /// The tip on a bill of `subtotal_minor` in `currency`, in minor units.
    pub fn minor_on(&self, subtotal_minor: i64, currency: Currency) -> Result<i64, SplitError> {
        match self {
            Tip::Percent(percent) => {
                let hundredths = i128::from(percent.hundredths());
                // Half a tyiyn and more rounds up; amounts here are never negative.
                let tip = (i128::from(subtotal_minor) * hundredths + 5_000) / 10_000;
                i64::try_from(tip).map_err(|_| SplitError::TooLarge)
            }
            Tip::Amount(amount) => {
                if amount.currency() != currency {
                    return Err(SplitError::CurrencyMismatch { expected: currency, found: amount.currency() });
                }
                if amount.is_negative() {
                    return Err(SplitError::NegativeAmount { amount: *amount });
                }
                amount.to_minor().ok_or(SplitError::TooLarge)
            }
        }
    }
}

impl fmt::Display for Tip {
    /// `10%` or `150.00 KGS`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tip::Percent(percent) => write!(f, "{percent}%"),
            Tip::Amount(amount) => write!(f, "{amount}"),
        }
    }
}

/// The tip in minor units, 0 without one.
pub(crate) fn tip_minor(tip: Option<&Tip>, subtotal_minor: i64, currency: Currency) -> Result<i64, SplitError> {
    tip.map_or(Ok(0), |tip| tip.minor_on(subtotal_minor, currency))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn percent(text: &str) -> Tip {
        Tip::parse(text, Currency::Kgs).expect("a tip")
    }

    #[test]
    fn split_tip_percentages_round_half_a_tyiyn_up() {
        assert_eq!(percent("10%").minor_on(100_000, Currency::Kgs), Ok(10_000));
        assert_eq!(percent("12.5%").minor_on(5, Currency::Kgs), Ok(1), "0.625 tyiyn → 1");
        assert_eq!(percent("10%").minor_on(5, Currency::Kgs), Ok(1), "0.5 tyiyn → 1");
        assert_eq!(percent("10%").minor_on(4, Currency::Kgs), Ok(0), "0.4 tyiyn → 0");
        assert_eq!(percent("0%").minor_on(100_000, Currency::Kgs), Ok(0));
        assert_eq!(percent("100%").minor_on(100_000, Currency::Kgs), Ok(100_000));
        assert_eq!(percent("7.77%").minor_on(123_456, Currency::Kgs), Ok(9_593), "9592.53 → 9593");
    }

    #[test]
    fn split_tip_amounts_and_their_refusals() {
        assert_eq!(percent("150").minor_on(100_000, Currency::Kgs), Ok(15_000));
        assert_eq!(percent("150,50").to_string(), "150.50 KGS");
        assert_eq!(percent("12.5 %").to_string(), "12.5%");
        assert_eq!(Tip::parse("150%", Currency::Kgs), Err(SplitError::NotAPercent { text: "150%".into() }));
        assert_eq!(Tip::parse("-1%", Currency::Kgs), Err(SplitError::NotAPercent { text: "-1%".into() }));
        assert_eq!(
            Tip::parse("ten", Currency::Kgs),
            Err(SplitError::NotAnAmount { text: "ten".into(), currency: Currency::Kgs })
        );
        assert_eq!(
            percent("-5").minor_on(100, Currency::Kgs),
            Err(SplitError::NegativeAmount { amount: Money::from_minor(-500, Currency::Kgs) })
        );
        let dollars = Tip::Amount(Money::from_minor(100, Currency::Usd));
        assert_eq!(
            dollars.minor_on(100, Currency::Kgs),
            Err(SplitError::CurrencyMismatch { expected: Currency::Kgs, found: Currency::Usd })
        );
    }
}
