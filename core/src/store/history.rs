//! The history: operations sealed in the `operations` tree under a newest-first sort key, so a page of the newest
//! fifty is a range scan; `operation_ids` finds an operation by its local or bank id; `receipts` holds the bank's
//! signed receipts; the history cursor sits in `meta` and moves in the same transaction as the operations it
//! brought.

use std::ops::Bound;

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use wallet_protocol::receipts::Receipt;

use super::record::Record;
use super::{Store, StoreError, transaction_failed};
use crate::domain::operation::{Operation, OperationStatus};

pub(super) const CURSOR: &[u8] = b"cursor";
pub(super) const OPERATIONS: &str = "operations";
const RECEIPTS: &str = "receipts";

impl Record for Operation {
    const VERSION: u32 = 1;
}

impl Record for Receipt {
    const VERSION: u32 = 1;
}

/// Newest first: the inverted creation time, then the local id to keep keys unique.
pub fn sort_key(created_at_ms: i64, local_id: &str) -> Vec<u8> {
    let inverted = u64::MAX - u64::try_from(created_at_ms).unwrap_or(0);
    let mut key = inverted.to_be_bytes().to_vec();
    key.extend_from_slice(local_id.as_bytes());
    key
}

/// A line of the history: an operation, or a record that did not open (changed on disk): shown as damaged,
/// never as data, and replaced by the next full sync.
#[derive(Debug, Clone, PartialEq, Eq)]
// Nearly every entry is an operation; boxing them all to shrink the rare damaged one would cost an allocation each.
#[allow(clippy::large_enum_variant)]
pub enum HistoryEntry {
    Operation(Operation),
    Damaged { key: Vec<u8> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryPage {
    pub entries: Vec<HistoryEntry>,
    /// Where the next page starts, when there is one.
    pub next: Option<Vec<u8>>,
}

pub(super) type TxResult<T> = Result<T, ConflictableTransactionError<StoreError>>;

pub(super) fn abort<T>(error: StoreError) -> TxResult<T> {
    Err(ConflictableTransactionError::Abort(error))
}

impl Store {
    /// Up to `limit` operations, newest first, after the sort key `after` (from the newest without one).
    pub fn history_page(&self, after: Option<&[u8]>, limit: usize) -> Result<HistoryPage, StoreError> {
        let scan = match after {
            Some(key) => self.operations.range::<&[u8], _>((Bound::Excluded(key), Bound::Unbounded)),
            None => self.operations.iter(),
        };
        let mut entries = Vec::with_capacity(limit);
        let mut last_key = None;
        for item in scan {
            let (key, sealed) = item?;
            if entries.len() == limit {
                return Ok(HistoryPage { entries, next: last_key });
            }
            entries.push(match self.unseal::<Operation>(OPERATIONS, &key, &sealed) {
                Ok(operation) => HistoryEntry::Operation(operation),
                Err(StoreError::Damaged { .. } | StoreError::Record { .. }) => {
                    HistoryEntry::Damaged { key: key.to_vec() }
                }
                Err(other) => return Err(other),
            });
            last_key = Some(key.to_vec());
        }
        Ok(HistoryPage { entries, next: None })
    }

    /// The operation with this local or bank id.
    pub fn operation(&self, id: &str) -> Result<Option<Operation>, StoreError> {
        let Some(key) = self.operation_ids.get(id.as_bytes())? else {
            return Ok(None);
        };
        match self.operations.get(&key)? {
            Some(sealed) => self.unseal(OPERATIONS, &key, &sealed).map(Some),
            None => Ok(None),
        }
    }

    /// The bank's receipt for an operation, as it arrived (verify before showing it as valid).
    pub fn receipt(&self, operation_id: &str) -> Result<Option<Receipt>, StoreError> {
        match self.receipts.get(operation_id.as_bytes())? {
            Some(sealed) => self.unseal(RECEIPTS, operation_id.as_bytes(), &sealed).map(Some),
            None => Ok(None),
        }
    }

    /// Where the next history request starts (empty: from the beginning).
    pub fn sync_cursor(&self) -> Result<String, StoreError> {
        Ok(self.meta.get(CURSOR)?.map(|v| String::from_utf8_lossy(&v).into_owned()).unwrap_or_default())
    }

    /// Takes in what the bank reported and the cursor after it, all or nothing.
    pub fn ingest(&self, batch: &[(Operation, Option<Receipt>)], cursor: &str) -> Result<(), StoreError> {
        (&self.operations, &self.operation_ids, &self.receipts, &self.meta)
            .transaction(|(operations, ids, receipts, meta)| {
                for (operation, receipt) in batch {
                    self.upsert(operations, ids, receipts, operation, receipt.as_ref())?;
                }
                meta.insert(CURSOR, cursor.as_bytes())?;
                Ok(())
            })
            .map_err(transaction_failed)
    }

    /// Records one operation the bank reported outside a history pull (an answer to a cancel), keeping the cursor.
    pub fn record(&self, operation: &Operation, receipt: Option<&Receipt>) -> Result<(), StoreError> {
        (&self.operations, &self.operation_ids, &self.receipts)
            .transaction(|(operations, ids, receipts)| self.upsert(operations, ids, receipts, operation, receipt))
            .map_err(transaction_failed)?;
        self.flush()
    }

    /// Writes `operation` where it already stands (found by its local or bank id), or under a new sort key.
    pub(super) fn upsert(
        &self,
        operations: &TransactionalTree,
        ids: &TransactionalTree,
        receipts: &TransactionalTree,
        operation: &Operation,
        receipt: Option<&Receipt>,
    ) -> TxResult<()> {
        let bank_id = operation.operation_id.as_deref();
        let mut existing = None;
        for id in bank_id.into_iter().chain([operation.local_id.as_str()]) {
            if let Some(key) = ids.get(id.as_bytes())? {
                existing = Some(key.to_vec());
                break;
            }
        }
        let key = existing.clone().unwrap_or_else(|| sort_key(operation.created_at_ms, &operation.local_id));
        // What only the phone knew of it (where the money went) stays when the bank's record replaces the queued one.
        let mut operation = std::borrow::Cow::Borrowed(operation);
        if operation.recipient.is_none()
            && let Some(sealed) = existing.as_ref().map(|key| operations.get(key.as_slice())).transpose()?.flatten()
            && let Ok(known) = self.unseal::<Operation>(OPERATIONS, &key, &sealed)
            && known.recipient.is_some()
        {
            operation.to_mut().recipient = known.recipient;
        }
        let operation = operation.as_ref();
        let sealed = match self.seal(OPERATIONS, &key, operation) {
            Ok(sealed) => sealed,
            Err(error) => return abort(error),
        };
        operations.insert(key.as_slice(), sealed)?;
        ids.insert(operation.local_id.as_bytes(), key.as_slice())?;
        if let Some(id) = bank_id {
            ids.insert(id.as_bytes(), key.as_slice())?;
            if let Some(receipt) = receipt {
                match self.seal(RECEIPTS, id.as_bytes(), receipt) {
                    Ok(sealed) => receipts.insert(id.as_bytes(), sealed)?,
                    Err(error) => return abort(error),
                };
            }
        }
        Ok(())
    }

    /// The path back from damage: forgets everything the bank sent (operations, receipts, balances, the cursor) so
    /// the next sync brings it all again. What waits in the outbox stays, with its queued records.
    pub fn clear_cache(&self) -> Result<(), StoreError> {
        let mut kept = Vec::new();
        for item in self.operations.iter() {
            let (key, sealed) = item?;
            if let Ok(operation) = self.unseal::<Operation>(OPERATIONS, &key, &sealed)
                && operation.status == OperationStatus::Queued
            {
                kept.push((key, sealed, operation.local_id));
            }
        }
        for tree in [&self.operations, &self.operation_ids, &self.receipts, &self.accounts] {
            tree.clear()?;
        }
        for (key, sealed, local_id) in kept {
            self.operations.insert(&key, sealed)?;
            self.operation_ids.insert(local_id.as_bytes(), key)?;
        }
        self.meta.remove(CURSOR)?;
        self.db.flush()?;
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn damage_operation(&self, id: &str) -> Result<(), StoreError> {
        if let Some(key) = self.operation_ids.get(id.as_bytes())?
            && let Some(sealed) = self.operations.get(&key)?
        {
            let mut bytes = sealed.to_vec();
            let middle = bytes.len() / 2;
            bytes[middle] ^= 0x40;
            self.operations.insert(key, bytes)?;
        }
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::operation::{Counterparty, OperationKind, ReceiptState};
    use crate::domain::{Currency, Money};
    use crate::store::testing::temp_store;

    pub fn operation(local_id: &str, created_at_ms: i64, status: OperationStatus) -> Operation {
        Operation {
            local_id: local_id.into(),
            operation_id: None,
            account_id: "acc".into(),
            kind: OperationKind::Payment,
            status,
            amount: Money::from_minor(1_000, Currency::Kgs),
            fee: Money::zero(Currency::Kgs),
            counterparty: Counterparty {
                name: "Глобус".into(), phone_masked: None, merchant_id: Some("g".into())
            },
            comment: None,
            created_at_ms,
            updated_at_ms: created_at_ms,
            revocable: false,
            rejection: None,
            receipt: ReceiptState::None,
            number: None,
            recipient: None,
        }
    }

    fn ids(page: &HistoryPage) -> Vec<String> {
        page.entries
            .iter()
            .map(|entry| match entry {
                HistoryEntry::Operation(op) => op.local_id.clone(),
                HistoryEntry::Damaged { .. } => "damaged".into(),
            })
            .collect()
    }

    #[test]
    fn pages_come_newest_first() {
        let (_dir, store) = temp_store();
        let batch: Vec<_> =
            (1..=7).map(|i| (operation(&format!("op{i}"), i * 1000, OperationStatus::Executed), None)).collect();
        store.ingest(&batch, "7").expect("ingest");
        let first = store.history_page(None, 3).expect("page");
        assert_eq!(ids(&first), ["op7", "op6", "op5"]);
        let second = store.history_page(first.next.as_deref(), 3).expect("page");
        assert_eq!(ids(&second), ["op4", "op3", "op2"]);
        let last = store.history_page(second.next.as_deref(), 3).expect("page");
        assert_eq!(ids(&last), ["op1"]);
        assert_eq!(last.next, None);
        assert_eq!(store.sync_cursor().expect("cursor"), "7");
    }

    #[test]
    fn the_banks_record_replaces_the_queued_one_in_place() {
        let (_dir, store) = temp_store();
        store.ingest(&[(operation("key-1", 5_000, OperationStatus::Queued), None)], "").expect("queued");
        let mut executed = operation("key-1", 9_000, OperationStatus::Executed);
        executed.operation_id = Some("bank-1".into());
        store.ingest(&[(executed.clone(), None)], "3").expect("executed");
        let page = store.history_page(None, 10).expect("page");
        assert_eq!(page.entries, vec![HistoryEntry::Operation(executed.clone())], "one record, not two");
        assert_eq!(store.operation("bank-1").expect("by bank id"), Some(executed.clone()));
        assert_eq!(store.operation("key-1").expect("by local id"), Some(executed));
    }

    #[test]
    fn where_the_money_went_stays_when_the_banks_record_comes() {
        let (_dir, store) = temp_store();
        let mut queued = operation("key-1", 5_000, OperationStatus::Queued);
        queued.recipient = Some(wallet_protocol::operations::Recipient::Phone { phone: "+996700654321".into() });
        store.ingest(&[(queued.clone(), None)], "").expect("queued");
        let mut executed = operation("key-1", 9_000, OperationStatus::Executed);
        executed.operation_id = Some("bank-1".into());
        store.ingest(&[(executed, None)], "3").expect("executed");
        let kept = store.operation("bank-1").expect("read").expect("there");
        assert_eq!((kept.status, kept.recipient), (OperationStatus::Executed, queued.recipient));
    }

    #[test]
    fn a_changed_record_on_disk_is_flagged_not_shown() {
        let (_dir, store) = temp_store();
        let batch: Vec<_> =
            (1..=3).map(|i| (operation(&format!("op{i}"), i, OperationStatus::Executed), None)).collect();
        store.ingest(&batch, "3").expect("ingest");
        store.damage_operation("op2").expect("damage");
        let page = store.history_page(None, 10).expect("page");
        assert_eq!(ids(&page), ["op3", "damaged", "op1"]);
        assert!(matches!(store.operation("op2"), Err(StoreError::Damaged { tree: "operations", .. })));
    }

    #[test]
    fn clearing_the_cache_keeps_what_waits_to_be_sent() {
        let (_dir, store) = temp_store();
        store
            .ingest(
                &[
                    (operation("sent", 1, OperationStatus::Executed), None),
                    (operation("waiting", 2, OperationStatus::Queued), None),
                ],
                "9",
            )
            .expect("ingest");
        store.clear_cache().expect("clear");
        assert_eq!(ids(&store.history_page(None, 10).expect("page")), ["waiting"]);
        assert_eq!(store.sync_cursor().expect("cursor"), "");
        assert!(store.operation("waiting").expect("found").is_some());
    }
}
