//! The account a service provider knows its customer by, and each provider's rule for it (seed 001 §4.10.9): a
//! mobile number of the operator's own prefixes, a personal account of so many digits (with a Luhn check digit
//! where the provider prints one), or a contract number. The phone checks what is typed with it before asking the
//! bank; the bank checks again what arrives. `check` answers the account as the provider writes it.

use serde::{Deserialize, Serialize};

/// How a provider's accounts look.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AccountRule {
    /// A mobile number (E.164) starting with one of `prefixes` («+996700»).
    Phone { prefixes: Vec<String> },
    /// A personal account of exactly `length` digits; `luhn`: its last digit is a Luhn check digit.
    Digits { length: u8, luhn: bool },
    /// A contract or document number: `min_length` to `max_length` Latin letters, digits and hyphens.
    Contract { min_length: u8, max_length: u8 },
}

/// Why a typed account cannot be this provider's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ServiceAccountError {
    #[error("nothing typed yet")]
    Empty,
    #[error("not a mobile number")]
    NotAPhone,
    /// A mobile number, of another operator.
    #[error("the number is another operator's")]
    OtherOperator,
    #[error("the account has only digits")]
    NotDigits,
    #[error("the account has another number of digits")]
    WrongLength,
    #[error("the account's check digit does not match")]
    CheckDigit,
    #[error("the number has a character a contract number does not")]
    BadCharacter,
}

/// A typed mobile number as E.164, read with the country of `prefix` in mind: «0700 123 456», «700123456» and
/// «+996 700 123 456» are one number in Kyrgyzstan; «8 701 123 45 67» and «+7 701 …» in Kazakhstan.
pub fn phone_e164(text: &str, prefix: &str) -> Option<String> {
    if text.chars().any(|c| !(c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'))) {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let e164 = if prefix.starts_with("+996") {
        match digits.len() {
            12 if digits.starts_with("996") => digits,
            10 if digits.starts_with('0') => format!("996{}", &digits[1..]),
            9 => format!("996{digits}"),
            _ => return None,
        }
    } else if prefix.starts_with("+7") {
        match digits.len() {
            11 if digits.starts_with('7') || digits.starts_with('8') => format!("7{}", &digits[1..]),
            10 => format!("7{digits}"),
            _ => return None,
        }
    } else {
        return None;
    };
    Some(format!("+{e164}"))
}

/// Checks `text` against `rule`; the account as the provider writes it (a number in E.164, digits, a contract
/// number in capitals).
pub fn check(rule: &AccountRule, text: &str) -> Result<String, ServiceAccountError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ServiceAccountError::Empty);
    }
    match rule {
        AccountRule::Phone { prefixes } => {
            let any = prefixes.first().map(String::as_str).unwrap_or("+996");
            let phone = phone_e164(text, any).ok_or(ServiceAccountError::NotAPhone)?;
            if prefixes.iter().any(|p| phone.starts_with(p.as_str())) {
                Ok(phone)
            } else {
                Err(ServiceAccountError::OtherOperator)
            }
        }
        AccountRule::Digits { length, luhn } => {
            let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
            if !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(ServiceAccountError::NotDigits);
            }
            if digits.len() != usize::from(*length) {
                return Err(ServiceAccountError::WrongLength);
            }
            if *luhn && !luhn::valid(&digits) {
                return Err(ServiceAccountError::CheckDigit);
            }
            Ok(digits)
        }
        AccountRule::Contract { min_length, max_length } => {
            let contract = text.to_ascii_uppercase();
            if !contract.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                return Err(ServiceAccountError::BadCharacter);
            }
            if !(usize::from(*min_length)..=usize::from(*max_length)).contains(&contract.len()) {
                return Err(ServiceAccountError::WrongLength);
            }
            Ok(contract)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn megacom() -> AccountRule {
        AccountRule::Phone { prefixes: vec!["+99655".into(), "+99699".into(), "+996755".into()] }
    }

    #[test]
    fn a_mobile_number_is_read_however_typed_and_must_be_the_operators() {
        for typed in ["0555 123 456", "555123456", "+996 555 123-456", "(0555) 12 34 56"] {
            assert_eq!(check(&megacom(), typed), Ok("+996555123456".into()), "{typed}");
        }
        assert_eq!(check(&megacom(), "0700 123 456"), Err(ServiceAccountError::OtherOperator));
        assert_eq!(check(&megacom(), "0555 123"), Err(ServiceAccountError::NotAPhone));
        assert_eq!(check(&megacom(), "0555 12a 456"), Err(ServiceAccountError::NotAPhone));
        let kcell = AccountRule::Phone { prefixes: vec!["+7701".into()] };
        assert_eq!(check(&kcell, "8 701 123 45 67"), Ok("+77011234567".into()));
        assert_eq!(check(&kcell, "8 705 123 45 67"), Err(ServiceAccountError::OtherOperator));
    }

    #[test]
    fn accounts_and_contracts_keep_to_their_rule() {
        let ten = AccountRule::Digits { length: 10, luhn: false };
        assert_eq!(check(&ten, "12 3456-7890"), Ok("1234567890".into()));
        assert_eq!(check(&ten, "123456789"), Err(ServiceAccountError::WrongLength));
        assert_eq!(check(&ten, "12345678a0"), Err(ServiceAccountError::NotDigits));
        let checked = AccountRule::Digits { length: 8, luhn: true };
        assert_eq!(check(&checked, "12345674"), Ok("12345674".into()));
        assert_eq!(check(&checked, "12345675"), Err(ServiceAccountError::CheckDigit));
        let contract = AccountRule::Contract { min_length: 5, max_length: 12 };
        assert_eq!(check(&contract, " kg-12345 "), Ok("KG-12345".into()));
        assert_eq!(check(&contract, "KG 12345"), Err(ServiceAccountError::BadCharacter));
        assert_eq!(check(&contract, "K1"), Err(ServiceAccountError::WrongLength));
        assert_eq!(check(&contract, ""), Err(ServiceAccountError::Empty));
    }
}
