//! The outbox: every write the user makes, oldest first, with the idempotency key it keeps for every try. An
//! entry and its queued history record are written, and later resolved, in one transaction (the transactional
//! outbox), so a crash can leave neither an entry without its record nor a record without its fate.

use serde::{Deserialize, Serialize};
use sled::Transactional;
use wallet_protocol::ErrorCode;
use wallet_protocol::operations::NewOperation;
use wallet_protocol::receipts::Receipt;

use super::history::{OPERATIONS, TxResult, abort};
use super::record::Record;
use super::{Store, StoreError, transaction_failed};
use crate::domain::operation::{Operation, OperationStatus};

const TREE: &str = "outbox";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEntry {
    /// Position in the queue.
    pub seq: u64,
    /// The idempotency key, and the local id of the queued record.
    pub local_id: String,
    pub request: NewOperation,
    pub created_at_ms: i64,
}

impl Record for OutboxEntry {
    const VERSION: u32 = 1;
}

impl Store {
    /// Queues `request`, with `pending` (status `Queued`, local id = the idempotency key) as its history record.
    pub fn enqueue(&self, request: NewOperation, pending: &Operation) -> Result<OutboxEntry, StoreError> {
        let entry = OutboxEntry {
            seq: self.db.generate_id()?,
            local_id: pending.local_id.clone(),
            request,
            created_at_ms: pending.created_at_ms,
        };
        let key = entry.seq.to_be_bytes();
        let sealed = self.seal(TREE, &key, &entry)?;
        (&self.outbox, &self.operations, &self.operation_ids, &self.receipts)
            .transaction(|(outbox, operations, ids, receipts)| {
                outbox.insert(&key, sealed.as_slice())?;
                self.upsert(operations, ids, receipts, pending, None)
            })
            .map_err(transaction_failed)?;
        self.flush()?;
        Ok(entry)
    }

    /// Everything waiting, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxEntry>, StoreError> {
        self.unseal_all(&self.outbox, TREE)
    }

    pub fn outbox_head(&self) -> Result<Option<OutboxEntry>, StoreError> {
        match self.outbox.first()? {
            Some((key, sealed)) => self.unseal(TREE, &key, &sealed).map(Some),
            None => Ok(None),
        }
    }

    pub fn outbox_len(&self) -> usize {
        self.outbox.len()
    }

    /// The bank accepted the entry: the entry goes, the bank's record replaces the queued one.
    pub fn complete_outbox(
        &self,
        entry: &OutboxEntry,
        result: &Operation,
        receipt: Option<&Receipt>,
    ) -> Result<(), StoreError> {
        (&self.outbox, &self.operations, &self.operation_ids, &self.receipts)
            .transaction(|(outbox, operations, ids, receipts)| {
                outbox.remove(&entry.seq.to_be_bytes())?;
                self.upsert(operations, ids, receipts, result, receipt)
            })
            .map_err(transaction_failed)?;
        self.flush()
    }

    /// The bank refused the entry: the entry goes, its record says rejected and why.
    pub fn reject_outbox(&self, entry: &OutboxEntry, code: ErrorCode, now_ms: i64) -> Result<(), StoreError> {
        self.resolve(entry, now_ms, |operation| {
            operation.status = OperationStatus::Rejected;
            operation.rejection = Some(code);
        })
    }

    /// The user cancelled an entry the bank never saw: it goes, its record says cancelled.
    pub fn cancel_queued(&self, entry: &OutboxEntry, now_ms: i64) -> Result<(), StoreError> {
        self.resolve(entry, now_ms, |operation| operation.status = OperationStatus::Cancelled)
    }

    fn resolve(&self, entry: &OutboxEntry, now_ms: i64, change: impl Fn(&mut Operation)) -> Result<(), StoreError> {
        (&self.outbox, &self.operations, &self.operation_ids)
            .transaction(|(outbox, operations, ids)| {
                outbox.remove(&entry.seq.to_be_bytes())?;
                let Some(key) = ids.get(entry.local_id.as_bytes())? else {
                    return Ok(());
                };
                let Some(sealed) = operations.get(&key)? else {
                    return Ok(());
                };
                let mut operation: Operation = match self.unseal(OPERATIONS, &key, &sealed) {
                    Ok(operation) => operation,
                    Err(error) => return abort(error),
                };
                change(&mut operation);
                operation.updated_at_ms = now_ms;
                operation.revocable = false;
                let resealed: TxResult<Vec<u8>> = self.seal(OPERATIONS, &key, &operation).or_else(abort);
                operations.insert(&key, resealed?)?;
                Ok(())
            })
            .map_err(transaction_failed)?;
        self.flush()
    }
}

#[cfg(test)]
mod tests {
    use wallet_protocol::operations::Recipient;

    use super::*;
    use crate::store::history::tests::operation;
    use crate::store::testing::temp_store;

    fn request(amount_minor: i64) -> NewOperation {
        NewOperation {
            account_id: "acc".into(),
            amount_minor,
            currency: "KGS".into(),
            recipient: Recipient::Merchant { merchant_id: "g".into() },
            comment: None,
            fee_minor: None,
            confirmation_id: None,
        }
    }

    #[test]
    fn entries_leave_in_the_order_they_came() {
        let (_dir, store) = temp_store();
        for i in 0..5 {
            store.enqueue(request(i), &operation(&format!("k{i}"), i, OperationStatus::Queued)).expect("queued");
        }
        let order: Vec<String> = store.outbox().expect("outbox").into_iter().map(|e| e.local_id).collect();
        assert_eq!(order, ["k0", "k1", "k2", "k3", "k4"]);
        assert_eq!(store.outbox_head().expect("head").map(|e| e.local_id), Some("k0".into()));
    }

    #[test]
    fn completing_an_entry_replaces_its_record_and_removes_it_together() {
        let (_dir, store) = temp_store();
        let entry = store.enqueue(request(10), &operation("k", 1, OperationStatus::Queued)).expect("queued");
        assert_eq!(store.operation("k").expect("record").map(|o| o.status), Some(OperationStatus::Queued));
        let mut done = operation("k", 2, OperationStatus::Executed);
        done.operation_id = Some("bank".into());
        store.complete_outbox(&entry, &done, None).expect("complete");
        assert_eq!(store.outbox_len(), 0);
        assert_eq!(store.operation("bank").expect("record"), Some(done));
    }

    #[test]
    fn a_refusal_and_a_cancel_resolve_the_record() {
        let (_dir, store) = temp_store();
        let refused = store.enqueue(request(1), &operation("r", 1, OperationStatus::Queued)).expect("queued");
        let cancelled = store.enqueue(request(2), &operation("c", 2, OperationStatus::Queued)).expect("queued");
        store.reject_outbox(&refused, ErrorCode::InsufficientFunds, 50).expect("reject");
        store.cancel_queued(&cancelled, 60).expect("cancel");
        let refused = store.operation("r").expect("record").expect("exists");
        assert_eq!(
            (refused.status, refused.rejection),
            (OperationStatus::Rejected, Some(ErrorCode::InsufficientFunds))
        );
        assert_eq!(store.operation("c").expect("record").map(|o| o.status), Some(OperationStatus::Cancelled));
        assert_eq!(store.outbox_len(), 0);
    }
}
