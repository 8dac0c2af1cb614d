//! Transfers by phone number (seed 004 §5.12, §5.25): who a number reaches, and the SMS confirmation of a
//! transfer to another bank.
//!
//! - `POST /v1/recipients/lookup` names the customer behind a phone number — masked («Кирилл Б.») — and their
//!   bank. A customer of this bank is paid with `Recipient::Phone` as it is; a customer of another bank too, but
//!   only with a confirmation.
//! - `POST /v1/transfer-codes` (with an `Idempotency-Key`) makes the bank send an SMS code to the payer's own phone;
//!   its text names the amount and the recipient, so the customer compares them with the confirmation screen
//!   before typing the code. The code lives 5 minutes.
//! - `POST /v1/transfer-codes/{confirmation_id}/verify` checks the typed code (3 wrong tries end the confirmation).
//!   The transfer then carries the `confirmation_id` in `NewOperation::confirmation_id`; it must reach the bank
//!   within 15 minutes of the verification, and a confirmation pays one transfer.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Who a phone number reaches, for a transfer in `currency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientLookup {
    /// E.164, `+996700111222`.
    pub phone: String,
    pub currency: String,
}

/// The customer behind a number, as the payer may see them. Unknown numbers (and the payer's own) are refused
/// with `recipient_not_found`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientInfo {
    /// First name and the initial of the surname: «Кирилл Б.».
    pub name_masked: String,
    pub bank_name: String,
    /// A customer of this bank: the transfer is free and needs no SMS code.
    pub same_bank: bool,
    /// An interbank transfer: it needs a verified SMS code (`POST /v1/transfer-codes`) whatever the amount.
    pub needs_sms_code: bool,
    /// Within this bank: a transfer of more than this (minor units of the asked currency) needs the SMS code too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm_above_minor: Option<i64>,
}

/// Asks for the SMS code that confirms one operation: exactly this account, amount, currency and recipient. A
/// transfer by phone names the `phone`; any other payment above the step-up limit (a code, a shake) its
/// `recipient` instead, as the operation will.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewTransferCode {
    pub account_id: String,
    /// Positive, in minor units of `currency`.
    pub amount_minor: i64,
    pub currency: String,
    /// The recipient's phone (E.164), for a transfer by phone; absent when `recipient` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The operation's recipient, for a payment that is not a transfer by phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<crate::operations::Recipient>,
}

/// The code was sent to the payer's own phone. The SMS reads «Код 123456. Перевод 1 500,00 сом получателю
/// Кирилл Б. (Demir Bank). Никому не сообщайте код.»
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferCode {
    pub confirmation_id: String,
    /// The end of the code's lifetime (5 minutes).
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    pub code_length: u8,
    /// What the SMS names, for the confirmation screen to show the same.
    pub recipient_name_masked: String,
    pub bank_name: String,
    pub amount_minor: i64,
    pub currency: String,
}

/// The code the customer typed (or the shell read from the SMS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferCodeCheck {
    pub code: String,
}

/// The code was right: the transfer may go with this `confirmation_id` (within 15 minutes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferCodeVerified {
    pub confirmation_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths;

    #[test]
    fn transfer_codes_are_snake_case_with_rfc3339_times() {
        let code = TransferCode {
            confirmation_id: "c1".into(),
            expires_at: OffsetDateTime::UNIX_EPOCH + time::Duration::seconds(300),
            code_length: 6,
            recipient_name_masked: "Кирилл Б.".into(),
            bank_name: "Demir Bank".into(),
            amount_minor: 150_000,
            currency: "KGS".into(),
        };
        let json = serde_json::to_value(&code).expect("serialises");
        let expected = serde_json::json!({
            "confirmation_id": "c1", "expires_at": "1970-01-01T00:05:00Z", "code_length": 6,
            "recipient_name_masked": "Кирилл Б.", "bank_name": "Demir Bank", "amount_minor": 150000, "currency": "KGS",
        });
        assert_eq!(json, expected);
        assert_eq!(serde_json::from_value::<TransferCode>(json).ok(), Some(code));
        let info: RecipientInfo = serde_json::from_str(
            r#"{"name_masked":"Кирилл Б.","bank_name":"Demir Bank","same_bank":false,"needs_sms_code":true}"#,
        )
        .expect("parses");
        assert!(info.needs_sms_code && !info.same_bank);
    }

    #[test]
    fn paths_of_transfer_codes() {
        assert_eq!(paths::RECIPIENT_LOOKUP, "/v1/recipients/lookup");
        assert_eq!(paths::TRANSFER_CODES, "/v1/transfer-codes");
        assert_eq!(paths::verify_transfer_code("c1"), "/v1/transfer-codes/c1/verify");
    }
}
