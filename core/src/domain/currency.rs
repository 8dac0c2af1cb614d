//! The currencies the wallet holds, with their ISO 4217 codes and minor units.

use serde::{Deserialize, Serialize};

use super::language::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// Kyrgyz som: 1 som = 100 tyiyn.
    Kgs,
    /// Kazakhstani tenge: 1 tenge = 100 tiyn.
    Kzt,
    /// US dollar: 1 dollar = 100 cents.
    Usd,
}

/// Where a currency's sign stands relative to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignPosition {
    Before,
    After,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Kgs, Currency::Kzt, Currency::Usd];

    /// ISO 4217 alphabetic code.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Kgs => "KGS",
            Currency::Kzt => "KZT",
            Currency::Usd => "USD",
        }
    }

    /// ISO 4217 numeric code, as payment QR codes carry it (ELQR tag 53, EMVCo tag 53).
    pub fn numeric_code(self) -> u16 {
        match self {
            Currency::Kgs => 417,
            Currency::Kzt => 398,
            Currency::Usd => 840,
        }
    }

    /// Digits after the decimal point: amounts are never finer than this.
    pub fn minor_units(self) -> u32 {
        match self {
            Currency::Kgs | Currency::Kzt | Currency::Usd => 2,
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Self::ALL.into_iter().find(|c| c.code().eq_ignore_ascii_case(code))
    }

    pub fn from_numeric_code(code: u16) -> Option<Currency> {
        Self::ALL.into_iter().find(|c| c.numeric_code() == code)
    }

    /// The sign people expect next to an amount, and on which side, in the given language.
    pub fn sign(self, language: Language) -> (&'static str, SignPosition) {
        match (self, language) {
            (Currency::Kgs, Language::En) => ("som", SignPosition::After),
            (Currency::Kgs, _) => ("сом", SignPosition::After),
            (Currency::Kzt, _) => ("₸", SignPosition::After),
            (Currency::Usd, Language::En) => ("$", SignPosition::Before),
            (Currency::Usd, _) => ("$", SignPosition::After),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for currency in Currency::ALL {
            assert_eq!(Currency::from_code(currency.code()), Some(currency));
            assert_eq!(Currency::from_numeric_code(currency.numeric_code()), Some(currency));
        }
        assert_eq!(Currency::from_code("kgs"), Some(Currency::Kgs));
        assert_eq!(Currency::from_code("EUR"), None);
        assert_eq!(Currency::from_numeric_code(978), None);
    }
}
