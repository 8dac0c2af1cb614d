//! What the user can do on the terms screens.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum TermsEvent {
    /// Ticked or unticked the document at `index`.
    Toggle { index: u32 },
    /// Opened the text of the document at `index`.
    Open { index: u32 },
    /// «Принимаю» under a document's text: ticks it and goes back to the list.
    Agree,
    /// «Продолжить»: only when every document is ticked.
    Continue,
}
