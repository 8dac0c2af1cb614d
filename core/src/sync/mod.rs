//! Sync: the offline cache and the outbox meet the bank (DESIGN.md §6).
//!
//! - Reads come from the store; [`Sync::pull`] brings the balances and every operation changed since the cursor.
//! - Every write goes through the outbox ([`Sync::enqueue`]) with a fresh idempotency key, written with its queued
//!   record in one transaction, capped by the offline limit and the last known balance.
//! - [`Sync::drain`] sends the outbox oldest first, one at a time, keeping each entry's key across retries, crashes
//!   and restarts; the bank replays a key's first result, so each intent happens exactly once. A refusal resolves the
//!   entry; anything else stops the drain with the entry still first in line.
//! - [`Sync::cancel`] cancels a queued entry on the phone, or an accepted operation through the bank while it is
//!   revocable — never an entry that is on its way.

pub mod contacts;
pub mod inbox;
pub mod kyc;
pub mod requests;
pub mod terms;

use std::sync::Arc;

use parking_lot::Mutex;
use wallet_protocol::accounts::Account;
use wallet_protocol::operations::{NewOperation, Recipient};

use crate::api::{ApiError, BankClient};
use crate::domain::operation::{
    ConversionError, Counterparty, Operation, OperationKind, OperationStatus, ReceiptState,
};
use crate::domain::{Currency, Money, MoneyError};
use crate::platform::PlatformError;
use crate::security::BankKey;
use crate::session::Credentials;
use crate::store::{AccountRecord, Store, StoreError};

/// Operations per history request.
const PAGE: u32 = 500;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("nobody is signed in")]
    NotSignedIn,
    #[error(transparent)]
    Api(#[from] ApiError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("secure storage: {0}")]
    Platform(#[from] PlatformError),
    #[error("the bank's data does not fit the wallet: {0}")]
    Conversion(#[from] ConversionError),
    #[error("the account is not known on this phone yet; sync first")]
    UnknownAccount,
    #[error("the account holds {account:?}, not {asked:?}")]
    CurrencyMismatch { account: Currency, asked: Currency },
    /// A payment queued without the bank's quote (out of reach) would take what waits past the offline limit.
    #[error("over the offline limit of {limit}: {waiting} already waits to be sent")]
    OverOfflineLimit { limit: Money, waiting: Money },
    /// More than the last confirmed balance, less what waits to be sent.
    #[error("only {available} is available")]
    InsufficientFunds { available: Money },
    #[error("amount: {0}")]
    Money(#[from] MoneyError),
}

impl SyncError {
    /// What failed, in a word or two for the logs: never the data involved.
    pub fn kind(&self) -> &'static str {
        match self {
            SyncError::Api(ApiError::Offline | ApiError::Timeout | ApiError::Interrupted) => "offline",
            SyncError::Api(_) => "bank",
            SyncError::NotSignedIn => "not signed in",
            SyncError::Store(_) => "store",
            SyncError::Platform(_) => "secure storage",
            SyncError::Conversion(_) => "bank data",
            SyncError::UnknownAccount | SyncError::CurrencyMismatch { .. } => "account",
            SyncError::OverOfflineLimit { .. } | SyncError::InsufficientFunds { .. } | SyncError::Money(_) => "amount",
        }
    }
}

/// What the user asks to pay: the outbox entry's request, and what the history shows while it waits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub account_id: String,
    pub amount: Money,
    pub recipient: Recipient,
    /// The recipient as the history shows it until the bank answers («Глобус», «Кирилл Б.»).
    pub counterparty_name: String,
    pub comment: Option<String>,
    /// The fee the user saw and agreed to; `None` when queued offline without a quote (the bank's tariff applies).
    pub agreed_fee: Option<Money>,
    /// An interbank transfer's verified SMS confirmation (`NewOperation::confirmation_id`).
    pub confirmation_id: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DrainReport {
    pub sent: usize,
    pub rejected: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PullReport {
    pub operations: usize,
    /// Operations in a currency the wallet does not hold, left out.
    pub skipped: usize,
    /// Money that came in since the last pull (executed, not seen executed before), oldest first. Empty on the first
    /// pull of an installation: a history being downloaded is not news.
    pub received: Vec<Operation>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CancelOutcome {
    Cancelled(Box<Operation>),
    /// The entry is on its way to the bank right now; once the bank answers it may be cancelled there.
    Sending,
    /// Already executed, rejected or cancelled.
    NotRevocable,
}

/// The offline cap, in minor units of each currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfflineLimit {
    pub minor: i64,
}

pub struct Sync {
    store: Arc<Store>,
    client: BankClient,
    bank_key: BankKey,
    credentials: Credentials,
    offline_limit: OfflineLimit,
    /// The outbox entry being sent. Read and set together with the outbox head, under this lock, so a cancel
    /// can never remove an entry the drain already took.
    sending: Mutex<Option<String>>,
    /// One drain at a time.
    draining: tokio::sync::Mutex<()>,
}

impl Sync {
    pub fn new(
        store: Arc<Store>,
        client: BankClient,
        bank_key: BankKey,
        credentials: Credentials,
        offline_limit: OfflineLimit,
    ) -> Sync {
        Sync {
            store,
            client,
            bank_key,
            credentials,
            offline_limit,
            sending: Mutex::new(None),
            draining: tokio::sync::Mutex::new(()),
        }
    }

    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    fn token(&self) -> Result<String, SyncError> {
        self.credentials.token()?.ok_or(SyncError::NotSignedIn)
    }

    /// Queues a payment or transfer. It shows in the history as queued at once and leaves with the next drain.
    pub fn enqueue(&self, draft: Draft, now_ms: i64) -> Result<Operation, SyncError> {
        let currency = draft.amount.currency();
        let account = self
            .store
            .accounts()?
            .into_iter()
            .find(|a| a.account_id == draft.account_id)
            .ok_or(SyncError::UnknownAccount)?;
        if account.available.currency() != currency {
            return Err(SyncError::CurrencyMismatch { account: account.available.currency(), asked: currency });
        }
        let mut waiting = Money::zero(currency);
        for entry in self.store.outbox()? {
            if entry.request.currency == currency.code() {
                let minor = entry.request.amount_minor.saturating_add(entry.request.fee_minor.unwrap_or(0));
                waiting = waiting.checked_add(&Money::from_minor(minor, currency))?;
            }
        }
        // What leaves the account: the amount and the fee agreed to.
        let total = match &draft.agreed_fee {
            Some(fee) => draft.amount.checked_add(fee)?,
            None => draft.amount,
        };
        // The offline limit caps what is queued while the bank is out of reach (DESIGN §6). A payment the bank
        // quoted (its fee agreed to) was confirmed while the bank answered: it goes at once, whatever its size, and
        // the bank checks the balance and the limits; were the line to drop meanwhile, it waits under its key.
        let limit = Money::from_minor(self.offline_limit.minor, currency);
        if draft.agreed_fee.is_none() && waiting.checked_add(&total)?.amount() > limit.amount() {
            return Err(SyncError::OverOfflineLimit { limit, waiting });
        }
        let available = account.available.checked_sub(&waiting)?;
        if total.amount() > available.amount() {
            return Err(SyncError::InsufficientFunds { available });
        }
        let amount_minor = draft.amount.to_minor().ok_or(MoneyError::Overflow)?;
        let local_id = uuid::Uuid::new_v4().to_string();
        let (kind, merchant_id) = match &draft.recipient {
            Recipient::Merchant { merchant_id } => (OperationKind::Payment, Some(merchant_id.clone())),
            Recipient::Phone { .. } | Recipient::Shake { .. } => (OperationKind::TransferOut, None),
            Recipient::Elqr { .. } | Recipient::Service { .. } => (OperationKind::Payment, None),
        };
        let fee_minor = match &draft.agreed_fee {
            Some(fee) => Some(fee.to_minor().ok_or(MoneyError::Overflow)?),
            None => None,
        };
        let pending = Operation {
            local_id: local_id.clone(),
            operation_id: None,
            account_id: draft.account_id.clone(),
            kind,
            status: OperationStatus::Queued,
            amount: draft.amount,
            fee: draft.agreed_fee.unwrap_or_else(|| Money::zero(currency)),
            counterparty: Counterparty { name: draft.counterparty_name, phone_masked: None, merchant_id },
            comment: draft.comment.clone(),
            created_at_ms: now_ms,
            updated_at_ms: now_ms,
            revocable: true,
            rejection: None,
            receipt: ReceiptState::None,
            number: None,
            recipient: Some(draft.recipient.clone()),
        };
        let request = NewOperation {
            account_id: draft.account_id,
            amount_minor,
            currency: currency.code().to_owned(),
            recipient: draft.recipient,
            comment: draft.comment,
            fee_minor,
            confirmation_id: draft.confirmation_id,
        };
        self.store.enqueue(request, &pending)?;
        Ok(pending)
    }

    /// Sends the outbox, oldest first, until it is empty or the bank cannot be reached.
    pub async fn drain(&self, now_ms: impl Fn() -> i64) -> Result<DrainReport, SyncError> {
        let _one_at_a_time = self.draining.lock().await;
        let token = self.token()?;
        let mut report = DrainReport::default();
        loop {
            let entry = {
                let mut sending = self.sending.lock();
                let Some(entry) = self.store.outbox_head()? else {
                    return Ok(report);
                };
                *sending = Some(entry.local_id.clone());
                entry
            };
            let result = self.client.create_operation(&token, &entry.local_id, &entry.request).await;
            let resolved = match result {
                Ok(operation) => {
                    let verdict = operation.receipt.as_ref().map_or(ReceiptState::None, |r| self.bank_key.verify(r));
                    let record = Operation::from_bank(&operation, verdict)?;
                    self.store.complete_outbox(&entry, &record, operation.receipt.as_ref()).map(|()| report.sent += 1)
                }
                Err(ApiError::Refused(body)) => {
                    self.store.reject_outbox(&entry, body.code, now_ms()).map(|()| report.rejected += 1)
                }
                Err(error) => {
                    *self.sending.lock() = None;
                    return Err(error.into());
                }
            };
            *self.sending.lock() = None;
            resolved?;
        }
    }

    /// Brings the balances and every operation changed since the last pull.
    pub async fn pull(&self, now_ms: i64) -> Result<PullReport, SyncError> {
        let token = self.token()?;
        let accounts = self.client.accounts(&token).await?;
        let mut records = Vec::with_capacity(accounts.accounts.len());
        for account in &accounts.accounts {
            if let Some(record) = account_record(account, now_ms) {
                records.push(record);
            }
        }
        self.store.replace_accounts(&records)?;
        let mut report = PullReport::default();
        let mut cursor = self.store.sync_cursor()?;
        let first_pull = cursor.is_empty();
        loop {
            let changes = self.client.changes(&token, &cursor, PAGE).await?;
            let mut batch = Vec::with_capacity(changes.operations.len());
            for operation in changes.operations {
                let verdict = operation.receipt.as_ref().map_or(ReceiptState::None, |r| self.bank_key.verify(r));
                match Operation::from_bank(&operation, verdict) {
                    Ok(record) => batch.push((record, operation.receipt)),
                    Err(ConversionError::UnknownCurrency(_)) => report.skipped += 1,
                    Err(error) => return Err(error.into()),
                }
            }
            report.operations += batch.len();
            if !first_pull {
                for (record, _) in &batch {
                    if record.kind.is_incoming()
                        && record.status == OperationStatus::Executed
                        && !self.known_executed(record)?
                    {
                        report.received.push(record.clone());
                    }
                }
            }
            self.store.ingest(&batch, &changes.cursor)?;
            cursor = changes.cursor;
            if !changes.has_more {
                return Ok(report);
            }
        }
    }

    /// Whether the phone already holds `record` as executed.
    fn known_executed(&self, record: &Operation) -> Result<bool, SyncError> {
        let id = record.operation_id.as_deref().unwrap_or(&record.local_id);
        Ok(self.store.operation(id)?.is_some_and(|known| known.status == OperationStatus::Executed))
    }

    /// Cancels an operation: a queued one on the phone, an accepted one through the bank.
    pub async fn cancel(&self, local_id: &str, now_ms: i64) -> Result<CancelOutcome, SyncError> {
        {
            let sending = self.sending.lock();
            if sending.as_deref() == Some(local_id) {
                return Ok(CancelOutcome::Sending);
            }
            if let Some(entry) = self.store.outbox()?.into_iter().find(|e| e.local_id == local_id) {
                self.store.cancel_queued(&entry, now_ms)?;
                return Ok(match self.store.operation(local_id)? {
                    Some(cancelled) => CancelOutcome::Cancelled(Box::new(cancelled)),
                    None => CancelOutcome::NotRevocable,
                });
            }
        }
        let Some(operation) = self.store.operation(local_id)? else {
            return Ok(CancelOutcome::NotRevocable);
        };
        let (Some(operation_id), true) = (operation.operation_id.as_deref(), operation.revocable) else {
            return Ok(CancelOutcome::NotRevocable);
        };
        let token = self.token()?;
        match self.client.cancel_operation(&token, operation_id).await {
            Ok(answer) => {
                let verdict = answer.receipt.as_ref().map_or(ReceiptState::None, |r| self.bank_key.verify(r));
                let record = Operation::from_bank(&answer, verdict)?;
                self.store.record(&record, answer.receipt.as_ref())?;
                Ok(if record.status == OperationStatus::Cancelled {
                    CancelOutcome::Cancelled(Box::new(record))
                } else {
                    CancelOutcome::NotRevocable
                })
            }
            Err(ApiError::Refused(body)) if body.code == wallet_protocol::ErrorCode::NotRevocable => {
                Ok(CancelOutcome::NotRevocable)
            }
            Err(error) => Err(error.into()),
        }
    }
}

fn account_record(account: &Account, now_ms: i64) -> Option<AccountRecord> {
    let currency = Currency::from_code(&account.currency)?;
    Some(AccountRecord {
        account_id: account.account_id.clone(),
        balance: Money::from_minor(account.balance_minor, currency),
        available: Money::from_minor(account.available_minor, currency),
        confirmed_at_ms: now_ms,
    })
}
