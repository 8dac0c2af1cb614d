//! «Разделить чек» on the phone: the bills (who owes what, where each request is), the requests' own outbox, the
//! requests made to me as last read from the bank, and the contacts-with-the-wallet cache. All sealed: they hold
//! names and numbers.
//!
//! The requests' outbox works like the payments' (`outbox.rs`): an entry keeps its idempotency key for every try,
//! and the bank's answer is written together with the entry's removal, so a crash or a dropped connection sends the
//! same request again under the same key and the bank replays its first answer. It is a queue of its own because a
//! request moves no money: it has no history record, no offline limit, and must not wait behind a payment the bank
//! refuses to take yet.

use serde::{Deserialize, Serialize};
use sled::Transactional;
use wallet_protocol::requests::NewPaymentRequest;

use super::record::Record;
use super::{Store, StoreError, transaction_failed};
use crate::features::split::bill::{Bill, IncomingRequests};

pub(super) const BILLS: &str = "bills";
pub(super) const REQUEST_OUTBOX: &str = "request_outbox";
pub(super) const SPLIT_META: &str = "split_meta";
const INCOMING: &[u8] = b"incoming";
const CONTACTS: &[u8] = b"contacts";

/// What a request entry asks of the bank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestAction {
    Create(NewPaymentRequest),
    /// Cancel the person's request (its id is read from the bill when the entry is sent: the create before it may
    /// not have been answered when this was queued).
    Cancel,
    Remind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestEntry {
    pub seq: u64,
    /// The idempotency key, kept for every try.
    pub key: String,
    pub bill_id: String,
    /// The person's position on the bill.
    pub person: usize,
    pub action: RequestAction,
}

impl Record for RequestEntry {
    const VERSION: u32 = 1;
}

/// Which contacts' numbers have the wallet, as the bank last said. Numbers are named by their HMAC under a key made
/// on this phone (`local_key`), never sent anywhere, so the cache keeps no number even sealed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactsCache {
    /// Hex; empty until the first answer is kept.
    pub local_key: String,
    pub known: Vec<KnownContact>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownContact {
    /// `contact_hash(local_key, number)`.
    pub id: String,
    pub has_wallet: bool,
    pub checked_at_ms: i64,
}

impl Record for ContactsCache {
    const VERSION: u32 = 2;

    /// Version 1 kept hashes under the bank's salt, which contact discovery no longer has: start afresh.
    fn upgrade(version: u32, _data: serde_json::Value) -> Result<Self, super::record::RecordError> {
        match version {
            1 => Ok(ContactsCache::default()),
            other => Err(super::record::RecordError::UnknownVersion(other)),
        }
    }
}

impl Store {
    /// Writes `bill` and queues `actions` (person, action, idempotency key) in one transaction.
    pub fn save_bill(&self, bill: &Bill, actions: Vec<(usize, RequestAction, String)>) -> Result<(), StoreError> {
        let bill_key = bill.bill_id.as_bytes();
        let sealed_bill = self.seal(BILLS, bill_key, bill)?;
        let mut entries = Vec::with_capacity(actions.len());
        for (person, action, key) in actions {
            let entry =
                RequestEntry { seq: self.db.generate_id()?, key, bill_id: bill.bill_id.clone(), person, action };
            let seq = entry.seq.to_be_bytes();
            entries.push((seq, self.seal(REQUEST_OUTBOX, &seq, &entry)?));
        }
        (&self.bills, &self.request_outbox)
            .transaction(|(bills, outbox)| {
                bills.insert(bill_key, sealed_bill.as_slice())?;
                for (seq, sealed) in &entries {
                    outbox.insert(seq, sealed.as_slice())?;
                }
                Ok(())
            })
            .map_err(transaction_failed)?;
        self.flush()
    }

    pub fn bill(&self, bill_id: &str) -> Result<Option<Bill>, StoreError> {
        self.get_sealed(&self.bills, BILLS, bill_id.as_bytes())
    }

    /// Every bill, newest first.
    pub fn bills(&self) -> Result<Vec<Bill>, StoreError> {
        let mut bills: Vec<Bill> = self.unseal_all(&self.bills, BILLS)?;
        bills.sort_by(|a, b| b.created_at_ms.cmp(&a.created_at_ms).then_with(|| a.bill_id.cmp(&b.bill_id)));
        Ok(bills)
    }

    /// Writes bills the bank's answers changed.
    pub fn update_bills(&self, bills: &[Bill]) -> Result<(), StoreError> {
        for bill in bills {
            let sealed = self.seal(BILLS, bill.bill_id.as_bytes(), bill)?;
            self.bills.insert(bill.bill_id.as_bytes(), sealed)?;
        }
        self.flush()
    }

    pub fn request_outbox_head(&self) -> Result<Option<RequestEntry>, StoreError> {
        match self.request_outbox.first()? {
            Some((key, sealed)) => self.unseal(REQUEST_OUTBOX, &key, &sealed).map(Some),
            None => Ok(None),
        }
    }

    pub fn request_outbox_len(&self) -> usize {
        self.request_outbox.len()
    }

    /// The bank answered `entry` (or refused it for good): the entry goes and `bill` (as the answer left it) is
    /// written, in one transaction.
    pub fn finish_request(&self, entry: &RequestEntry, bill: Option<&Bill>) -> Result<(), StoreError> {
        let sealed = bill.map(|bill| self.seal(BILLS, bill.bill_id.as_bytes(), bill)).transpose()?;
        (&self.bills, &self.request_outbox)
            .transaction(|(bills, outbox)| {
                outbox.remove(&entry.seq.to_be_bytes())?;
                if let (Some(bill), Some(sealed)) = (bill, &sealed) {
                    bills.insert(bill.bill_id.as_bytes(), sealed.as_slice())?;
                }
                Ok(())
            })
            .map_err(transaction_failed)?;
        self.flush()
    }

    pub fn incoming_requests(&self) -> Result<IncomingRequests, StoreError> {
        Ok(self.get_sealed(&self.split_meta, SPLIT_META, INCOMING)?.unwrap_or_default())
    }

    pub fn save_incoming_requests(&self, incoming: &IncomingRequests) -> Result<(), StoreError> {
        let sealed = self.seal(SPLIT_META, INCOMING, incoming)?;
        self.split_meta.insert(INCOMING, sealed)?;
        self.flush()
    }

    pub fn contacts_cache(&self) -> Result<Option<ContactsCache>, StoreError> {
        self.get_sealed(&self.split_meta, SPLIT_META, CONTACTS)
    }

    pub fn save_contacts_cache(&self, cache: &ContactsCache) -> Result<(), StoreError> {
        let sealed = self.seal(SPLIT_META, CONTACTS, cache)?;
        self.split_meta.insert(CONTACTS, sealed)?;
        self.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::record;

    #[test]
    fn a_cache_of_salted_hashes_is_read_as_empty_and_written_anew() {
        let old = br#"{"v":1,"data":{"salt":"ab","prefix_len":4,"checked_at_ms":5,"known":[["00ff",true]]}}"#;
        assert_eq!(record::decode::<ContactsCache>(old).ok(), Some(ContactsCache::default()));
        let cache = ContactsCache {
            local_key: "ab".repeat(32),
            known: vec![KnownContact { id: "00ff".into(), has_wallet: true, checked_at_ms: 7 }],
        };
        let bytes = record::encode(&cache).expect("encoded");
        assert!(bytes.starts_with(br#"{"v":2,"#), "{}", String::from_utf8_lossy(&bytes));
        assert_eq!(record::decode::<ContactsCache>(&bytes).ok(), Some(cache));
    }
}
