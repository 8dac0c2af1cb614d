//! The inbox: the bank's events about this customer (money in, an operation executed or refused, a request paid, the
//! identification decided, a reminder), newest first, each read or not, and the cursor of the bank's feed. Sealed:
//! they name people and amounts.

use serde::{Deserialize, Serialize};
use wallet_protocol::notifications::BankEvent;

use super::record::Record;
use super::{Store, StoreError};

pub(super) const TREE: &str = "inbox";
const CURSOR: &[u8] = b"cursor";
/// Entries are `e` + a growing sequence number (big-endian), so the newest is last.
const ENTRY: u8 = b'e';

/// One of the bank's events, as the inbox keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxEntry {
    pub event: BankEvent,
    pub read: bool,
}

impl Record for InboxEntry {
    const VERSION: u32 = 1;
}

impl Store {
    /// Where the bank's feed continues; `None` before the first read.
    pub fn events_cursor(&self) -> Result<Option<String>, StoreError> {
        Ok(self.inbox.get(CURSOR)?.map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    /// Keeps `events` (oldest first) and the cursor after them, all or nothing. `read`: the history of a new
    /// installation is not news.
    pub fn add_events(&self, events: &[BankEvent], cursor: &str, read: bool) -> Result<(), StoreError> {
        let known: Vec<String> = self.inbox_entries()?.into_iter().map(|(_, entry)| entry.event.event_id).collect();
        let first = self.inbox.scan_prefix([ENTRY]).keys().next_back().transpose()?.map_or(0, |key| seq_of(&key) + 1);
        let mut batch = sled::Batch::default();
        let new = events.iter().filter(|event| !known.contains(&event.event_id));
        for (seq, event) in (first..).zip(new) {
            let key = entry_key(seq);
            batch.insert(key.to_vec(), self.seal(TREE, &key, &InboxEntry { event: event.clone(), read })?);
        }
        batch.insert(CURSOR, cursor.as_bytes());
        self.inbox.apply_batch(batch)?;
        self.flush()
    }

    /// The newest `limit` entries, newest first. An entry that does not open is left out.
    pub fn inbox(&self, limit: usize) -> Result<Vec<InboxEntry>, StoreError> {
        Ok(self.inbox_entries()?.into_iter().rev().take(limit).map(|(_, entry)| entry).collect())
    }

    pub fn inbox_unread(&self) -> Result<usize, StoreError> {
        Ok(self.inbox_entries()?.iter().filter(|(_, entry)| !entry.read).count())
    }

    /// Marks the entries of `event_ids` read (all of them when `None`).
    pub fn mark_inbox_read(&self, event_ids: Option<&[String]>) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for (key, mut entry) in self.inbox_entries()? {
            let chosen = event_ids.is_none_or(|ids| ids.contains(&entry.event.event_id));
            if chosen && !entry.read {
                entry.read = true;
                batch.insert(key.clone(), self.seal(TREE, &key, &entry)?);
            }
        }
        self.inbox.apply_batch(batch)?;
        self.flush()
    }

    /// Every entry that opens, oldest first, with its key.
    fn inbox_entries(&self) -> Result<Vec<(Vec<u8>, InboxEntry)>, StoreError> {
        let mut entries = Vec::new();
        for item in self.inbox.scan_prefix([ENTRY]) {
            let (key, sealed) = item?;
            if let Ok(entry) = self.unseal::<InboxEntry>(TREE, &key, &sealed) {
                entries.push((key.to_vec(), entry));
            }
        }
        Ok(entries)
    }
}

fn entry_key(seq: u64) -> [u8; 9] {
    let mut key = [0u8; 9];
    key[0] = ENTRY;
    key[1..].copy_from_slice(&seq.to_be_bytes());
    key
}

fn seq_of(key: &[u8]) -> u64 {
    key.get(1..9).and_then(|bytes| bytes.try_into().ok()).map_or(0, u64::from_be_bytes)
}

#[cfg(test)]
mod tests {
    use wallet_protocol::notifications::BankEventKind;

    use super::*;
    use crate::security::DataKey;

    fn event(id: &str) -> BankEvent {
        BankEvent {
            event_id: id.into(),
            kind: BankEventKind::MoneyIn,
            at: time::OffsetDateTime::UNIX_EPOCH,
            operation_id: Some(format!("op-{id}")),
            request_id: None,
            amount_minor: Some(25_000),
            currency: Some("KGS".into()),
            counterparty_name: Some("Айгуль А.".into()),
            kyc_status: None,
        }
    }

    #[test]
    fn events_are_kept_newest_first_once_each_and_read_or_not() {
        let dir = tempfile::tempdir().expect("dir");
        let key = DataKey::load_or_create(&crate::platform::desktop::MemorySecureStorage::default()).expect("key");
        let (store, _) = Store::open(dir.path(), key).expect("opens");
        assert_eq!(store.events_cursor().expect("read"), None);
        store.add_events(&[event("a"), event("b")], "c2", true).expect("kept");
        store.add_events(&[event("b"), event("c"), event("d")], "c4", false).expect("kept");
        let ids: Vec<_> = store.inbox(10).expect("read").into_iter().map(|e| (e.event.event_id, e.read)).collect();
        assert_eq!(ids, [("d".into(), false), ("c".into(), false), ("b".into(), true), ("a".into(), true)]);
        assert_eq!(
            (store.events_cursor().expect("read").as_deref(), store.inbox_unread().expect("count")),
            (Some("c4"), 2)
        );
        store.mark_inbox_read(Some(&["c".to_owned()])).expect("marked");
        assert_eq!(store.inbox_unread().expect("count"), 1);
        store.mark_inbox_read(None).expect("marked");
        assert_eq!(store.inbox_unread().expect("count"), 0);
        assert_eq!(store.inbox(1).expect("read").len(), 1);
        // Nothing of it is in clear on disk.
        drop(store);
        let bytes = crate::platform::desktop::all_bytes(dir.path());
        assert!(!bytes.windows("Айгуль".len()).any(|w| w == "Айгуль".as_bytes()));
    }
}
