//! Errors on the wire: every error response is an [`ErrorBody`] with a stable [`ErrorCode`].

use serde::{Deserialize, Serialize};

/// What went wrong, as a client can act on it. Codes are stable; new ones may appear, and a client reads an
/// unknown one as [`ErrorCode::Unknown`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request is malformed (a bug in the client).
    BadRequest,
    /// No valid session: sign in again.
    Unauthorized,
    /// The session ended because the same account signed in on another device.
    SessionReplaced,
    NotFound,
    /// The phone number is not a mobile number the bank serves.
    InvalidPhone,
    /// The SMS code is wrong; `attempts_left` says how many tries remain.
    SmsCodeInvalid,
    /// The SMS code's lifetime is over: ask for a new one.
    SmsCodeExpired,
    /// Too many wrong codes or requests: wait `retry_after_seconds`.
    SmsTooManyAttempts,
    /// A new code can be sent after `retry_after_seconds`.
    SmsResendTooSoon,
    InsufficientFunds,
    /// Over a limit of the account (single operation, daily, monthly).
    LimitExceeded,
    RecipientNotFound,
    CurrencyMismatch,
    /// Zero, negative or malformed amount.
    AmountInvalid,
    /// The idempotency key was used before with a different request.
    IdempotencyKeyReused,
    /// A write came without an `Idempotency-Key`.
    IdempotencyKeyMissing,
    /// The operation can no longer be cancelled (it was executed, rejected or cancelled already).
    NotRevocable,
    /// The operation needs an identified (KYC-approved) customer.
    KycRequired,
    /// A KYC photo is not a JPEG or PNG, or too large.
    DocumentInvalid,
    /// The KYC application refers to documents the bank does not have, or misses one.
    DocumentMissing,
    /// An application is already in review, or the customer is identified already.
    KycAlreadySubmitted,
    /// The payment QR code is damaged or its checksum does not match (a fake or a misprint).
    QrInvalid,
    /// A dynamic payment QR code's time is over: ask the seller for a new one.
    QrExpired,
    /// A dynamic payment QR code was paid already.
    QrAlreadyPaid,
    /// The code fixes the amount and the request asked for another.
    QrAmountFixed,
    /// The bank's fee is higher than the one the customer agreed to: ask for a new quote.
    FeeChanged,
    /// Shake to pay: the shake is not matched (it waits, expired, was ambiguous or cancelled): nothing to confirm.
    ShakeNotMatched,
    /// Shake to pay: both customers must confirm the shake before the payer pays it.
    ShakeNotConfirmed,
    /// Shake to pay: the payee asked for another amount.
    ShakeAmountMismatch,
    /// Shake to pay: the shake was paid already.
    ShakeAlreadyPaid,
    /// A transfer to another bank needs an SMS confirmation (`confirmation_id`), verified, and none came (or its
    /// code was not verified yet).
    ConfirmationRequired,
    /// The confirmation is unknown, ended by wrong codes, or was made for another account, amount, currency or
    /// recipient: ask for a new code.
    ConfirmationInvalid,
    /// The confirmation's code expired before it was verified, or the transfer came more than 15 minutes after
    /// the verification: ask for a new code.
    ConfirmationExpired,
    /// The confirmation paid another transfer already (one confirmation, one transfer).
    ConfirmationUsed,
    /// The recipient is a customer of this bank: the transfer needs no SMS code.
    ConfirmationNotNeeded,
    /// A payment request was paid already: it cannot be cancelled or reminded.
    RequestPaid,
    /// A payment request was cancelled by who sent it: its link no longer pays.
    RequestCancelled,
    /// The contacts' tags were made under a key the bank no longer uses: evaluate the numbers again.
    ContactsKeyChanged,
    /// A blinded contact number is well-formed hex but no element of the group: not what a phone makes.
    ContactElementInvalid,
    RateLimited,
    /// A one-time recipient (a shake, a dynamic payment code) cannot be saved as a favourite.
    NotRepeatable,
    /// A regular payment's schedule is not one the bank runs (a day outside 1–31, a weekday outside 1–7, «on a
    /// bill» for a favourite that pays no bills).
    ScheduleInvalid,
    /// The service provider has no such account (a mistyped personal account, a closed contract).
    ServiceAccountNotFound,
    /// The service provider does not answer now: try later (nothing was paid).
    ServiceUnavailable,
    /// A card's number, expiry or CVV cannot be right (the check digit, a scheme the bank does not take, expired).
    CardInvalid,
    /// Refused whatever the body says: a developer route asked by another site, or by a foreign host name.
    Forbidden,
    /// A free text (a comment, a name) holds a control or text-direction character that could make it display as
    /// something else.
    TextInvalid,
    /// The edition of the terms accepted is not one the bank publishes (an older app): the app must be updated.
    TermsVersionUnknown,
    /// The bank failed; the same request may be retried.
    Internal,
    /// The bank is down for maintenance; retry later.
    Unavailable,
    #[serde(other)]
    Unknown,
}

/// The body of every error response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: ErrorCode,
    /// For developers and logs; the app shows its own localised text for the code.
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_left: Option<u32>,
}

impl ErrorBody {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ErrorBody {
        ErrorBody { code, message: message.into(), retry_after_seconds: None, attempts_left: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_snake_case_and_unknown_ones_are_tolerated() {
        let body = ErrorBody { attempts_left: Some(2), ..ErrorBody::new(ErrorCode::SmsCodeInvalid, "wrong code") };
        let json = serde_json::to_string(&body).expect("serialise");
        assert_eq!(json, r#"{"code":"sms_code_invalid","message":"wrong code","attempts_left":2}"#);
        let future: ErrorBody = serde_json::from_str(r#"{"code":"quantum_flux","message":"?"}"#).expect("parse");
        assert_eq!(future.code, ErrorCode::Unknown);
    }
}
