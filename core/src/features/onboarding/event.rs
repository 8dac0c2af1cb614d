//! What the user can do on the onboarding screens.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum LanguageEvent {
    /// Tapped the language at `index` of the screen's options. The whole app switches to it at once.
    Select { index: u32 },
    /// «Далее» on the first run, «Готово» from the settings.
    Confirm,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum IntroEvent {
    /// «Далее»: the next page. Not on the last page.
    Next,
    /// «Готово»: only on the last page.
    Finish,
    /// Swiped to the page at `index`.
    ShowPage { index: u32 },
}
