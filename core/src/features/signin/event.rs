//! What the user can do on the sign-in screens.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum SignInEvent {
    /// The phone field's text changed.
    EditPhone { text: String },
    /// «Войти» under the phone number.
    SubmitPhone,
    /// The code field's text changed.
    EditCode { text: String },
    /// «Войти» under the code.
    SubmitCode,
    /// The shell read the code from the SMS (Android SMS User Consent, iOS one-time-code autofill): filled in and
    /// sent at once.
    CodeFromSms { code: String },
    /// «Отправить код повторно», once its countdown is over.
    ResendCode,
}
