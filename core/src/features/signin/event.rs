//! What the user can do on the sign-in screens.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum SignInEvent {
    /// The phone field's text changed.
    EditPhone { text: String },
    /// «Войти» under the phone number.
    SubmitPhone,
    /// The code field's text changed (typed, or read from the SMS by the shell).
    EditCode { text: String },
    /// «Войти» under the code.
    SubmitCode,
}
