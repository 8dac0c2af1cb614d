//! The history screens' state.

use crate::domain::operation::{Operation, OperationStatus};
use crate::store::HistoryEntry;

/// History lines per page.
pub const PAGE: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryList {
    pub entries: Vec<HistoryEntry>,
    /// Where the next page starts.
    pub next: Option<Vec<u8>>,
    pub loading: bool,
}

impl HistoryList {
    pub fn loading() -> HistoryList {
        HistoryList { entries: Vec::new(), next: None, loading: true }
    }
}

/// What the receipt says besides the operation's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptFacts {
    pub operation_id: String,
    /// As the bank signed it (RFC 3339).
    pub executed_at: String,
    pub key_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationDetails {
    pub local_id: String,
    pub operation: Option<Box<Operation>>,
    pub receipt: Option<ReceiptFacts>,
    pub loading: bool,
    /// The record did not open: changed on disk.
    pub damaged: bool,
    /// A cancel is on its way.
    pub cancelling: bool,
}

impl OperationDetails {
    /// Not yet read, or the bank has not finished it (queued on the phone, or accepted and not executed).
    pub fn pending(&self) -> bool {
        self.operation
            .as_ref()
            .is_none_or(|op| matches!(op.status, OperationStatus::Queued | OperationStatus::Accepted))
    }

    pub fn loading(local_id: &str) -> OperationDetails {
        OperationDetails {
            local_id: local_id.to_owned(),
            operation: None,
            receipt: None,
            loading: true,
            damaged: false,
            cancelling: false,
        }
    }
}
