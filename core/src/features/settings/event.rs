//! What the user can do on the settings screen.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum SettingsEvent {
    OpenLanguage,
    /// «Сменить PIN-код»: the current PIN first.
    ChangePin,
    /// The biometric unlock switch.
    SetBiometrics {
        enabled: bool,
    },
    /// Lock after this many idle minutes: one of the offered choices.
    SetAutoLock {
        minutes: u32,
    },
    /// «Выйти»: asks first, and warns when operations wait to be sent.
    Logout,
}
