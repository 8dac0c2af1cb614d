//! What can go wrong talking to the bank, in terms the app can act on: retry later, sign in again, or tell the
//! user the bank's reason. Each kind has a localised message (`message_id`).

use wallet_protocol::{ErrorBody, ErrorCode};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The bank's address is not `https://` (plain `http://` is allowed to this device only).
    #[error("refusing to talk to the bank over {0}: only https, or http to this device")]
    InsecureUrl(String),
    #[error("the bank's address is not a URL: {0}")]
    InvalidUrl(String),
    /// No connection could be made: no network, or the bank is unreachable.
    #[error("cannot reach the bank")]
    Offline,
    #[error("the bank did not answer in time")]
    Timeout,
    /// The connection broke after the request left: the bank may or may not have acted on it.
    #[error("the connection broke before the bank's answer arrived")]
    Interrupted,
    /// The bank failed (5xx); the same request may be tried again.
    #[error("the bank failed with {status}")]
    Server { status: u16, retry_after_seconds: Option<u32> },
    /// The session is over; `replaced` when the account signed in on another device.
    #[error("the session is over{}", if *.replaced { " (signed in on another device)" } else { "" })]
    SessionEnded { replaced: bool },
    /// The bank refused the request, with its reason.
    #[error("the bank refused: {} ({:?})", .0.message, .0.code)]
    Refused(ErrorBody),
    /// The answer is not what the API promises: not JSON, wrong shape, cut short.
    #[error("the bank's answer is malformed: {0}")]
    Malformed(String),
    #[error("the bank's answer is larger than {limit} bytes")]
    TooLarge { limit: usize },
    /// The server's certificate was refused, so nothing was sent: the connection does not lead to the bank (a
    /// hostile network, a captive portal), or the phone's clock is wrong. Not retried: the same network gives the
    /// same certificate.
    #[error("the connection is not the bank's: {0}")]
    Untrusted(TrustFailure),
}

/// Why the server's certificate was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TrustFailure {
    /// The chain is valid, but no key in it is one of the configured pins.
    #[error("no key in its certificate chain is pinned")]
    PinMismatch,
    /// Not from an authority the app trusts, not for the bank's name, or malformed.
    #[error("its certificate is not valid for the bank")]
    Certificate,
    /// Outside the certificate's validity: an attacker's old certificate, or more often the phone's clock.
    #[error("its certificate is not valid at the phone's current time")]
    Clock,
}

impl ApiError {
    /// Worth trying the same request again (with the same idempotency key) after a pause.
    pub fn is_transient(&self) -> bool {
        matches!(self, ApiError::Offline | ApiError::Timeout | ApiError::Interrupted | ApiError::Server { .. })
    }

    /// The bank's stable code, when it refused.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Refused(body) => Some(body.code),
            _ => None,
        }
    }

    pub fn retry_after_seconds(&self) -> Option<u32> {
        match self {
            ApiError::Server { retry_after_seconds, .. } => *retry_after_seconds,
            ApiError::Refused(body) => body.retry_after_seconds,
            _ => None,
        }
    }

    /// The Fluent message that tells the user what happened and what to do.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::InsecureUrl(_) | ApiError::InvalidUrl(_) => "bank-misconfigured",
            ApiError::Offline => "bank-offline",
            ApiError::Timeout | ApiError::Interrupted => "bank-no-answer",
            ApiError::Server { .. } => "bank-unavailable",
            ApiError::SessionEnded { replaced: true } => "bank-session-replaced",
            ApiError::SessionEnded { replaced: false } => "bank-session-ended",
            ApiError::Malformed(_) | ApiError::TooLarge { .. } => "bank-malformed",
            ApiError::Refused(body) => refusal_message_id(body.code),
            ApiError::Untrusted(TrustFailure::PinMismatch | TrustFailure::Certificate) => "bank-untrusted",
            ApiError::Untrusted(TrustFailure::Clock) => "bank-untrusted-clock",
        }
    }
}

/// The Fluent message for each refusal code.
pub fn refusal_message_id(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::InvalidPhone => "bank-invalid-phone",
        ErrorCode::SmsCodeInvalid => "bank-sms-code-invalid",
        ErrorCode::SmsCodeExpired => "bank-sms-code-expired",
        ErrorCode::SmsTooManyAttempts => "bank-too-many-attempts",
        ErrorCode::RateLimited => "bank-rate-limited",
        ErrorCode::SmsResendTooSoon => "bank-resend-too-soon",
        ErrorCode::InsufficientFunds => "bank-insufficient-funds",
        ErrorCode::LimitExceeded => "bank-limit-exceeded",
        ErrorCode::RecipientNotFound => "bank-recipient-not-found",
        ErrorCode::CurrencyMismatch => "bank-currency-mismatch",
        ErrorCode::AmountInvalid => "bank-amount-invalid",
        ErrorCode::NotRevocable => "bank-not-revocable",
        ErrorCode::KycRequired => "bank-kyc-required",
        ErrorCode::DocumentInvalid => "bank-document-invalid",
        ErrorCode::DocumentMissing => "bank-document-missing",
        ErrorCode::KycAlreadySubmitted => "bank-kyc-already-submitted",
        ErrorCode::Unauthorized => "bank-session-ended",
        ErrorCode::SessionReplaced => "bank-session-replaced",
        ErrorCode::QrInvalid => "bank-qr-invalid",
        ErrorCode::QrExpired => "bank-qr-expired",
        ErrorCode::QrAlreadyPaid => "bank-qr-already-paid",
        ErrorCode::QrAmountFixed => "bank-qr-amount-fixed",
        ErrorCode::FeeChanged => "bank-fee-changed",
        ErrorCode::ShakeAmountMismatch => "bank-shake-amount-mismatch",
        ErrorCode::ShakeNotMatched => "bank-shake-not-matched",
        ErrorCode::ShakeNotConfirmed => "bank-shake-not-confirmed",
        ErrorCode::ShakeAlreadyPaid => "bank-shake-already-paid",
        ErrorCode::ConfirmationRequired => "bank-confirmation-required",
        ErrorCode::ConfirmationInvalid => "bank-confirmation-invalid",
        ErrorCode::ConfirmationExpired => "bank-confirmation-expired",
        ErrorCode::ConfirmationUsed => "bank-confirmation-used",
        ErrorCode::ConfirmationNotNeeded => "bank-confirmation-not-needed",
        ErrorCode::RequestPaid => "bank-request-paid",
        ErrorCode::RequestCancelled => "bank-request-cancelled",
        ErrorCode::ContactsKeyChanged => "bank-contacts-key-changed",
        ErrorCode::TextInvalid => "bank-text-invalid",
        ErrorCode::TermsVersionUnknown => "bank-terms-version-unknown",
        ErrorCode::CardInvalid => "bank-card-invalid",
        ErrorCode::ServiceAccountNotFound => "bank-service-account-not-found",
        ErrorCode::NotRepeatable => "bank-not-repeatable",
        ErrorCode::ScheduleInvalid => "bank-schedule-invalid",
        ErrorCode::ServiceUnavailable => "bank-service-unavailable",
        ErrorCode::Unavailable | ErrorCode::Internal => "bank-unavailable",
        ErrorCode::BadRequest
        | ErrorCode::NotFound
        | ErrorCode::IdempotencyKeyReused
        | ErrorCode::IdempotencyKeyMissing
        | ErrorCode::Forbidden
        | ErrorCode::ContactElementInvalid
        | ErrorCode::Unknown => "bank-refused",
    }
}

/// Why a call made before money moves (a quote, a lookup, an SMS code, a shake) did not give its answer, as the
/// screens tell it: out of reach (try again; a payment may still be queued) or refused with the message to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BankFailure {
    /// No network, a timeout, the bank down or failing (5xx).
    Offline,
    Refused {
        message_id: &'static str,
    },
}

impl BankFailure {
    pub fn of(error: &ApiError) -> BankFailure {
        match error {
            ApiError::Offline | ApiError::Timeout | ApiError::Interrupted | ApiError::Server { .. } => {
                BankFailure::Offline
            }
            other => BankFailure::Refused { message_id: other.message_id() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::i18n::{Catalog, missing_marker};

    fn every_error() -> Vec<ApiError> {
        let codes = [
            ErrorCode::BadRequest,
            ErrorCode::Unauthorized,
            ErrorCode::SessionReplaced,
            ErrorCode::NotFound,
            ErrorCode::InvalidPhone,
            ErrorCode::SmsCodeInvalid,
            ErrorCode::SmsCodeExpired,
            ErrorCode::SmsTooManyAttempts,
            ErrorCode::SmsResendTooSoon,
            ErrorCode::InsufficientFunds,
            ErrorCode::LimitExceeded,
            ErrorCode::RecipientNotFound,
            ErrorCode::CurrencyMismatch,
            ErrorCode::AmountInvalid,
            ErrorCode::IdempotencyKeyReused,
            ErrorCode::IdempotencyKeyMissing,
            ErrorCode::NotRevocable,
            ErrorCode::KycRequired,
            ErrorCode::DocumentInvalid,
            ErrorCode::DocumentMissing,
            ErrorCode::KycAlreadySubmitted,
            ErrorCode::QrInvalid,
            ErrorCode::QrExpired,
            ErrorCode::QrAlreadyPaid,
            ErrorCode::QrAmountFixed,
            ErrorCode::FeeChanged,
            ErrorCode::ShakeNotMatched,
            ErrorCode::ShakeNotConfirmed,
            ErrorCode::ShakeAmountMismatch,
            ErrorCode::ShakeAlreadyPaid,
            ErrorCode::ConfirmationRequired,
            ErrorCode::ConfirmationInvalid,
            ErrorCode::ConfirmationExpired,
            ErrorCode::ConfirmationUsed,
            ErrorCode::ConfirmationNotNeeded,
            ErrorCode::RateLimited,
            ErrorCode::CardInvalid,
            ErrorCode::ServiceAccountNotFound,
            ErrorCode::ServiceUnavailable,
            ErrorCode::NotRepeatable,
            ErrorCode::ScheduleInvalid,
            ErrorCode::Internal,
            ErrorCode::Unavailable,
            ErrorCode::Unknown,
        ];
        let mut errors = vec![
            ApiError::InsecureUrl("http://x".into()),
            ApiError::InvalidUrl("x".into()),
            ApiError::Offline,
            ApiError::Timeout,
            ApiError::Interrupted,
            ApiError::Server { status: 503, retry_after_seconds: None },
            ApiError::SessionEnded { replaced: true },
            ApiError::SessionEnded { replaced: false },
            ApiError::Malformed("x".into()),
            ApiError::TooLarge { limit: 1 },
            ApiError::Untrusted(TrustFailure::PinMismatch),
            ApiError::Untrusted(TrustFailure::Certificate),
            ApiError::Untrusted(TrustFailure::Clock),
        ];
        errors.extend(codes.into_iter().map(|code| ApiError::Refused(ErrorBody::new(code, "x"))));
        errors
    }

    #[test]
    fn every_error_has_a_message_in_every_language() {
        for language in Language::ALL {
            let strings = Catalog::shared().strings(language);
            for error in every_error() {
                let text = strings.text(error.message_id());
                assert_ne!(text, missing_marker(error.message_id()), "{language:?} lacks the message for {error:?}");
            }
        }
    }

    #[test]
    fn a_refused_certificate_is_told_as_not_the_bank_rather_than_offline() {
        for failure in [TrustFailure::PinMismatch, TrustFailure::Certificate] {
            let refused = BankFailure::of(&ApiError::Untrusted(failure));
            assert_eq!(refused, BankFailure::Refused { message_id: "bank-untrusted" });
        }
        let clock = BankFailure::of(&ApiError::Untrusted(TrustFailure::Clock));
        assert_eq!(clock, BankFailure::Refused { message_id: "bank-untrusted-clock" });
    }

    #[test]
    fn only_failures_of_the_way_there_are_transient() {
        let transient: Vec<_> = every_error().into_iter().filter(ApiError::is_transient).collect();
        assert_eq!(
            transient,
            vec![
                ApiError::Offline,
                ApiError::Timeout,
                ApiError::Interrupted,
                ApiError::Server { status: 503, retry_after_seconds: None }
            ]
        );
    }
}
