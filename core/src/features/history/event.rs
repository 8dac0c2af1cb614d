//! What the user can do on the history screens.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum HistoryEvent {
    /// An operation, by its position in the list.
    Open { index: u32 },
    /// The next page.
    LoadMore,
    /// Forget what the bank sent and download it again (offered when a record is damaged).
    Resync,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum OperationEvent {
    /// «Отменить»: offered while the operation is queued, or accepted and still revocable. Asks first.
    Cancel,
    /// «Поделиться»: the receipt as a picture and a document, for the system's share sheet.
    ShareReceipt,
    /// «Повторить»: the same payment or transfer again, from its confirmation.
    Repeat,
}
