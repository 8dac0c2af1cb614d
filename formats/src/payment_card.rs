//! A payment card as typed into a top-up form (ISO/IEC 7812): its number with the Luhn check digit, the scheme
//! read from its first digits (Элкарт, Visa, Mastercard, МИР), the expiry and the CVV. The phone checks what is
//! typed with it; the bank checks again what arrives. Nothing here keeps a number: callers hold it only as long
//! as the form is open, and show it masked («•• 4412»).

use std::fmt;

/// The card schemes the bank takes for top-ups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardScheme {
    /// Kyrgyzstan's national card (IIN 9417).
    Elcart,
    Visa,
    Mastercard,
    /// Russia's national card (IIN 2200–2204).
    Mir,
}

impl CardScheme {
    /// The scheme a number starts like, from as few digits as tell it: «4…» is Visa already, «94» could still
    /// become Элкарт. `None` while the digits fit no scheme (or none yet).
    pub fn of_prefix(digits: &str) -> Option<CardScheme> {
        let digits: String = digits.chars().filter(char::is_ascii_digit).take(6).collect();
        let number = |n: usize| digits.get(..n).and_then(|d| d.parse::<u32>().ok());
        if digits.starts_with('4') {
            return Some(CardScheme::Visa);
        }
        if let Some(four) = number(4) {
            if four == 9417 {
                return Some(CardScheme::Elcart);
            }
            if (2200..=2204).contains(&four) {
                return Some(CardScheme::Mir);
            }
            if (2221..=2720).contains(&four) {
                return Some(CardScheme::Mastercard);
            }
        }
        if let Some(two) = number(2)
            && (51..=55).contains(&two)
        {
            return Some(CardScheme::Mastercard);
        }
        None
    }

    /// The name people know it by, the same in every language.
    pub fn display_name(self) -> &'static str {
        match self {
            CardScheme::Elcart => "Элкарт",
            CardScheme::Visa => "Visa",
            CardScheme::Mastercard => "Mastercard",
            CardScheme::Mir => "МИР",
        }
    }

    /// The lengths its numbers come in.
    fn lengths(self) -> &'static [usize] {
        match self {
            CardScheme::Elcart | CardScheme::Mastercard => &[16],
            CardScheme::Visa => &[13, 16, 19],
            CardScheme::Mir => &[16, 17, 18, 19],
        }
    }
}

/// Why a typed card number cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CardNumberError {
    #[error("no card number yet")]
    Empty,
    #[error("a card number has only digits")]
    NotDigits,
    #[error("the number is of no card scheme the bank takes")]
    UnknownScheme,
    #[error("the number is too short or too long for its card scheme")]
    WrongLength,
    /// A typo: the last digit does not match the others.
    #[error("the number's check digit does not match")]
    CheckDigit,
}

/// A card number that passed the checks. Its `Debug` and `Display` show it masked, so it cannot end up in a log
/// by accident; `digits()` is for the one request that carries it to the bank.
#[derive(Clone, PartialEq, Eq)]
pub struct CardNumber {
    digits: String,
    scheme: CardScheme,
}

impl CardNumber {
    /// Reads a typed number: digits with spaces or dashes between groups.
    pub fn parse(text: &str) -> Result<CardNumber, CardNumberError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(CardNumberError::Empty);
        }
        if !text.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-') {
            return Err(CardNumberError::NotDigits);
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let scheme = CardScheme::of_prefix(&digits).ok_or(CardNumberError::UnknownScheme)?;
        if !scheme.lengths().contains(&digits.len()) {
            return Err(CardNumberError::WrongLength);
        }
        if !luhn::valid(&digits) {
            return Err(CardNumberError::CheckDigit);
        }
        Ok(CardNumber { digits, scheme })
    }

    pub fn scheme(&self) -> CardScheme {
        self.scheme
    }

    /// The whole number, for the request to the bank and nothing else.
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// The last four digits, which the bank and the phone may keep.
    pub fn last4(&self) -> &str {
        &self.digits[self.digits.len() - 4..]
    }

    /// The first six digits (the issuer's identification number), enough for a fee quote.
    pub fn bin(&self) -> &str {
        &self.digits[..6]
    }

    /// «•• 4412».
    pub fn masked(&self) -> String {
        masked(self.last4())
    }
}

/// «•• 4412» from the last four digits.
pub fn masked(last4: &str) -> String {
    format!("•• {last4}")
}

impl fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CardNumber({:?} {})", self.scheme, self.masked())
    }
}

impl fmt::Display for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.scheme.display_name(), self.masked())
    }
}

/// Groups typed digits in fours as cards print them, «4169 5850 1234 4412»; anything but digits is dropped and at
/// most 19 digits are kept.
pub fn grouped(text: &str) -> String {
    let digits: Vec<char> = text.chars().filter(char::is_ascii_digit).take(19).collect();
    digits.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// A card's expiry, the last month it can be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expiry {
    pub month: u8,
    /// Four digits.
    pub year: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ExpiryError {
    #[error("no expiry yet")]
    Empty,
    #[error("the expiry is written MM/YY")]
    Format,
    #[error("the month is 01 to 12")]
    Month,
    #[error("the card has expired")]
    Expired,
    #[error("the expiry is too far ahead for a card")]
    TooFar,
}

impl Expiry {
    /// Reads «MM/YY» (also «MMYY», «MM/YYYY») and checks it against `today`: a card works to the end of its month,
    /// and no card is issued for more than 20 years.
    pub fn parse(text: &str, today: time::Date) -> Result<Expiry, ExpiryError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ExpiryError::Empty);
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        if !text.chars().all(|c| c.is_ascii_digit() || c == '/' || c == ' ') || !matches!(digits.len(), 4 | 6) {
            return Err(ExpiryError::Format);
        }
        let month: u8 = digits[..2].parse().map_err(|_| ExpiryError::Format)?;
        let year: u16 = match digits.len() {
            4 => 2000 + digits[2..].parse::<u16>().map_err(|_| ExpiryError::Format)?,
            _ => digits[2..].parse().map_err(|_| ExpiryError::Format)?,
        };
        if !(1..=12).contains(&month) {
            return Err(ExpiryError::Month);
        }
        let expiry = Expiry { month, year };
        expiry.check(today)?;
        Ok(expiry)
    }

    /// Whether the card still works on `today`.
    pub fn check(self, today: time::Date) -> Result<(), ExpiryError> {
        let now = today.year() * 12 + i32::from(u8::from(today.month()));
        let then = i32::from(self.year) * 12 + i32::from(self.month);
        if then < now {
            return Err(ExpiryError::Expired);
        }
        if then > now + 20 * 12 {
            return Err(ExpiryError::TooFar);
        }
        Ok(())
    }

    /// «07/29».
    pub fn text(self) -> String {
        format!("{:02}/{:02}", self.month, self.year % 100)
    }
}

/// Whether a typed CVV2/CVC2/CID has the three digits every scheme here uses.
pub fn cvv_ok(text: &str) -> bool {
    text.len() == 3 && text.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn schemes_are_told_from_the_first_digits() {
        assert_eq!(CardScheme::of_prefix("4"), Some(CardScheme::Visa));
        assert_eq!(CardScheme::of_prefix("5412 75"), Some(CardScheme::Mastercard));
        assert_eq!(CardScheme::of_prefix("2221"), Some(CardScheme::Mastercard));
        assert_eq!(CardScheme::of_prefix("2720 99"), Some(CardScheme::Mastercard));
        assert_eq!(CardScheme::of_prefix("2200 12"), Some(CardScheme::Mir));
        assert_eq!(CardScheme::of_prefix("9417 12"), Some(CardScheme::Elcart));
        assert_eq!(CardScheme::of_prefix("94"), None);
        assert_eq!(CardScheme::of_prefix("6011"), None);
        assert_eq!(CardScheme::of_prefix("2721"), None);
    }

    #[test]
    fn numbers_are_checked_and_never_shown_whole() {
        let card = CardNumber::parse("4169 5850 0000 0009").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(card.scheme(), CardScheme::Visa);
        assert_eq!(card.last4(), "0009");
        assert_eq!(card.bin(), "416958");
        assert_eq!(card.masked(), "•• 0009");
        assert!(!format!("{card:?} {card}").contains("4169"));
        assert_eq!(CardNumber::parse("4169 5850 0000 0008"), Err(CardNumberError::CheckDigit));
        assert_eq!(CardNumber::parse("4169 5850 0000"), Err(CardNumberError::WrongLength));
        assert_eq!(CardNumber::parse("6011 0000 0000 0004"), Err(CardNumberError::UnknownScheme));
        assert_eq!(CardNumber::parse("4169 585O"), Err(CardNumberError::NotDigits));
        assert_eq!(CardNumber::parse("  "), Err(CardNumberError::Empty));
        let elcart = CardNumber::parse("9417-0100-0000-0007").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(elcart.scheme(), CardScheme::Elcart);
        assert_eq!(grouped("94170100000000021234x5"), "9417 0100 0000 0002 123");
    }

    #[test]
    fn an_expiry_works_to_the_end_of_its_month() {
        let today = date!(2026 - 12 - 07);
        assert_eq!(Expiry::parse("12/26", today), Ok(Expiry { month: 12, year: 2026 }));
        assert_eq!(Expiry::parse("1129", today), Ok(Expiry { month: 11, year: 2029 }));
        assert_eq!(Expiry::parse("11/26", today), Err(ExpiryError::Expired));
        assert_eq!(Expiry::parse("13/27", today), Err(ExpiryError::Month));
        assert_eq!(Expiry::parse("1/27", today), Err(ExpiryError::Format));
        assert_eq!(Expiry::parse("01/2050", today), Err(ExpiryError::TooFar));
        assert_eq!(Expiry { month: 7, year: 2029 }.text(), "07/29");
        assert!(cvv_ok("042") && !cvv_ok("42") && !cvv_ok("4a2") && !cvv_ok("0421"));
    }
}
