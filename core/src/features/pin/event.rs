//! What the user can do on the PIN screens.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum PinEvent {
    /// A key of the PIN pad, 0–9. The PIN is checked as soon as it is complete.
    Digit { digit: u8 },
    /// The erase key.
    Erase,
    /// «Забыли PIN-код?» on the lock screen.
    Forgot,
    /// «Войти по биометрии» on the lock screen: the core asks secure storage for the unlock key, which shows the
    /// system's biometric prompt.
    UseBiometrics,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum BiometricsEvent {
    /// «Включить».
    Enable,
    /// «Не сейчас».
    Skip,
}
