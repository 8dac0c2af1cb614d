//! What the user can do on the home screen.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum HomeEvent {
    /// Opens the language screen to change the language.
    OpenLanguage,
    /// Opens the settings (PIN, biometrics, auto-lock, sign out).
    OpenSettings,
    /// «Войти», when signed out.
    SignIn,
    /// Pull to refresh: sync now.
    Refresh,
    /// «Онлайн-идентификация».
    OpenIdentification,
    /// «Вся история».
    OpenHistory,
    /// One of the newest operations, by its position on the screen.
    OpenRecent { index: u32 },
}
