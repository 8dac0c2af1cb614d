//! An amount with its currency: exact decimals, never floats, never finer than the currency's minor unit.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::currency::{Currency, SignPosition};
use super::language::Language;

/// No-break space: keeps `1 234,56 сом` on one line, as CLDR formats for ru, ky and kk.
const NBSP: char = '\u{a0}';

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("{currency:?} amounts have at most {minor_units} digits after the decimal point")]
    TooPrecise { currency: Currency, minor_units: u32 },
    #[error("cannot combine {left:?} with {right:?}")]
    CurrencyMismatch { left: Currency, right: Currency },
    #[error("the amount is too large")]
    Overflow,
    #[error("not an amount: use digits with an optional decimal comma or point, like 1234,56")]
    NotAnAmount,
}

impl Money {
    /// An amount, refused when it is finer than the currency's minor unit (nothing is rounded silently).
    pub fn new(amount: Decimal, currency: Currency) -> Result<Money, MoneyError> {
        let amount = amount.normalize();
        if amount.scale() > currency.minor_units() {
            return Err(MoneyError::TooPrecise { currency, minor_units: currency.minor_units() });
        }
        Ok(Money { amount, currency })
    }

    /// An amount from its count of minor units (tyiyn for som): `from_minor(123456, Kgs)` is 1 234,56 сом.
    pub fn from_minor(minor: i64, currency: Currency) -> Money {
        Money { amount: Decimal::new(minor, currency.minor_units()).normalize(), currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money { amount: Decimal::ZERO, currency }
    }

    /// Reads an amount as people type it: `1234,56`, `1234.56`, `1 234,56`. Negative amounts are refused.
    pub fn parse(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let has_comma = compact.contains(',');
        let has_point = compact.contains('.');
        let plain_digits = compact.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        if compact.is_empty() || !plain_digits || (has_comma && has_point) {
            return Err(MoneyError::NotAnAmount);
        }
        let normalised = compact.replace(',', ".");
        let amount = Decimal::from_str(&normalised).map_err(|_| MoneyError::NotAnAmount)?;
        Money::new(amount, currency)
    }

    pub fn amount(&self) -> Decimal {
        self.amount
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// The amount in minor units, or `None` when it does not fit an `i64`.
    pub fn to_minor(&self) -> Option<i64> {
        let scaled = self.amount.checked_mul(Decimal::from(10_i64.pow(self.currency.minor_units())))?;
        i64::try_from(scaled).ok()
    }

    pub fn is_negative(&self) -> bool {
        self.amount.is_sign_negative() && !self.amount.is_zero()
    }

    pub fn checked_add(&self, other: &Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let amount = self.amount.checked_add(other.amount).ok_or(MoneyError::Overflow)?;
        Ok(Money { amount, currency: self.currency })
    }

    pub fn checked_sub(&self, other: &Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let amount = self.amount.checked_sub(other.amount).ok_or(MoneyError::Overflow)?;
        Ok(Money { amount, currency: self.currency })
    }

    fn same_currency(&self, other: &Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch { left: self.currency, right: other.currency })
        }
    }

    /// The amount as people of the language read it, always with every minor digit:
    /// `1 234,56 сом` (ru, ky), `1 234,56 ₸` (kk), `1,234.56 som`, `$1,234.56` (en).
    pub fn format(&self, language: Language) -> String {
        let number = format_number(self.amount, self.currency.minor_units(), NumberStyle::of(language));
        let (sign, position) = self.currency.sign(language);
        match position {
            SignPosition::After => format!("{number}{NBSP}{sign}"),
            SignPosition::Before if number.starts_with(MINUS) => {
                format!("{MINUS}{sign}{}", &number[MINUS.len_utf8()..])
            }
            SignPosition::Before => format!("{sign}{number}"),
        }
    }
}

impl fmt::Display for Money {
    /// Locale-free form for logs of amounts that are not personal, and for machine output: `1234.56 KGS`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut amount = self.amount;
        amount.rescale(self.currency.minor_units());
        write!(f, "{amount} {}", self.currency.code())
    }
}

/// Digit grouping and decimal mark of a language.
#[derive(Debug, Clone, Copy)]
struct NumberStyle {
    group: char,
    decimal: char,
}

impl NumberStyle {
    fn of(language: Language) -> NumberStyle {
        match language {
            Language::Ru | Language::Ky | Language::Kk => NumberStyle { group: NBSP, decimal: ',' },
            Language::En => NumberStyle { group: ',', decimal: '.' },
        }
    }
}

/// The minus sign (U+2212), as typeset amounts use it: a hyphen is too short to read as one.
pub const MINUS: char = '\u{2212}';

fn format_number(amount: Decimal, minor_units: u32, style: NumberStyle) -> String {
    let mut fixed = amount;
    fixed.rescale(minor_units);
    let text = fixed.abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 2);
    if fixed.is_sign_negative() && !fixed.is_zero() {
        out.push(MINUS);
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(style.group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(style.decimal);
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn som(text: &str) -> Money {
        Money::new(Decimal::from_str(text).expect("test amount"), Currency::Kgs).expect("valid som")
    }

    fn plain_spaces(text: String) -> String {
        text.replace(NBSP, " ")
    }

    #[test]
    fn formats_som_for_each_language() {
        let amount = som("1234.56");
        assert_eq!(amount.format(Language::Ru), "1\u{a0}234,56\u{a0}сом");
        assert_eq!(plain_spaces(amount.format(Language::Ky)), "1 234,56 сом");
        assert_eq!(plain_spaces(amount.format(Language::Kk)), "1 234,56 сом");
        assert_eq!(amount.format(Language::En), "1,234.56\u{a0}som");
    }

    #[test]
    fn formats_tenge_and_dollars() {
        let tenge = Money::from_minor(123_456_789, Currency::Kzt);
        assert_eq!(plain_spaces(tenge.format(Language::Kk)), "1 234 567,89 ₸");
        let dollars = Money::from_minor(-150, Currency::Usd);
        assert_eq!(dollars.format(Language::En), "\u{2212}$1.50");
        assert_eq!(plain_spaces(dollars.format(Language::Ru)), "\u{2212}1,50 $");
    }

    #[test]
    fn always_shows_every_minor_digit() {
        assert_eq!(plain_spaces(som("100").format(Language::Ru)), "100,00 сом");
        assert_eq!(plain_spaces(som("0.5").format(Language::Ru)), "0,50 сом");
        assert_eq!(plain_spaces(Money::zero(Currency::Kgs).format(Language::Ru)), "0,00 сом");
        assert_eq!(plain_spaces(som("999999.99").format(Language::Ru)), "999 999,99 сом");
        assert_eq!(plain_spaces(som("1000000").format(Language::Ru)), "1 000 000,00 сом");
    }

    #[test]
    fn refuses_amounts_finer_than_a_tyiyn() {
        let err = Money::new(Decimal::from_str("1.234").expect("decimal"), Currency::Kgs);
        assert_eq!(err, Err(MoneyError::TooPrecise { currency: Currency::Kgs, minor_units: 2 }));
        assert!(Money::new(Decimal::from_str("1.230").expect("decimal"), Currency::Kgs).is_ok());
    }

    #[test]
    fn minor_units_round_trip() {
        let amount = Money::from_minor(555_600, Currency::Kgs);
        assert_eq!(amount, som("5556"));
        assert_eq!(amount.to_minor(), Some(555_600));
        assert_eq!(amount.to_string(), "5556.00 KGS");
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(Money::parse("1234,56", Currency::Kgs), Ok(som("1234.56")));
        assert_eq!(Money::parse("1234.56", Currency::Kgs), Ok(som("1234.56")));
        assert_eq!(Money::parse(" 1 234,5 ", Currency::Kgs), Ok(som("1234.5")));
        assert_eq!(Money::parse("1\u{a0}000", Currency::Kgs), Ok(som("1000")));
        for bad in ["", "abc", "1,234.56", "-5", "1,2,3", "12e3", "١٢"] {
            assert_eq!(Money::parse(bad, Currency::Kgs), Err(MoneyError::NotAnAmount), "{bad:?}");
        }
        assert!(matches!(Money::parse("0,001", Currency::Kgs), Err(MoneyError::TooPrecise { .. })));
    }

    #[test]
    fn arithmetic_keeps_the_currency() {
        let sum = som("0.10").checked_add(&som("0.20")).expect("same currency");
        assert_eq!(sum, som("0.30"));
        let tenge = Money::from_minor(100, Currency::Kzt);
        assert_eq!(
            som("1").checked_add(&tenge),
            Err(MoneyError::CurrencyMismatch { left: Currency::Kgs, right: Currency::Kzt })
        );
        assert!(som("1").checked_sub(&som("2")).expect("same currency").is_negative());
        let max = Money::new(Decimal::MAX, Currency::Kgs).expect("integral");
        assert_eq!(max.checked_add(&som("1")), Err(MoneyError::Overflow));
        assert_eq!(max.to_minor(), None);
    }
}
