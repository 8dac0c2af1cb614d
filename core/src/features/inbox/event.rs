//! What the user can do in the inbox.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum InboxEvent {
    /// «Уведомления» on home.
    Open,
    /// One of the items, by its position: it is marked read and what it is about opens.
    OpenItem { index: u32 },
    /// «Прочитать все».
    ReadAll,
}

impl InboxEvent {
    pub fn name(&self) -> &'static str {
        match self {
            InboxEvent::Open => "Inbox.Open",
            InboxEvent::OpenItem { .. } => "Inbox.OpenItem",
            InboxEvent::ReadAll => "Inbox.ReadAll",
        }
    }
}
