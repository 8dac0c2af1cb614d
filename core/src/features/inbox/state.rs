//! The inbox screen's state: the newest entries as read from the store.

use crate::store::InboxEntry;

/// How many entries the inbox shows.
pub const SHOWN: usize = 100;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InboxList {
    pub entries: Vec<InboxEntry>,
    pub loading: bool,
}
