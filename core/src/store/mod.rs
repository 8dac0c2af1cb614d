//! The store: one sled database per installation, in the app's private folder (DESIGN.md §5).
//!
//! One tree per kind of record; every value is a versioned record (`record.rs`), and everything personal is sealed
//! with AES-256-GCM under the data key, bound to its tree and key (`sealed.rs`). Trees:
//!
//! | tree | key | value |
//! |---|---|---|
//! | `settings` | `settings` | language, onboarding stage (clear) |
//! | `session` | `device`, `profile` | this installation's device id (clear); who is signed in (sealed) |
//! | `accounts` | position | balances and when the bank last confirmed them (sealed) |
//! | `operations` | newest-first sort key | the history, queued operations included (sealed) |
//! | `operation_ids` | local id, bank id | the sort key of an operation |
//! | `receipts` | bank id | the bank's signed receipt (sealed) |
//! | `outbox` | sequence number | what waits to be sent, oldest first (sealed) |
//! | `meta` | `cursor`, `key_check` | the history cursor; a value sealed under the data key, to notice a lost key |
//! | `security` | `pin`, `pin_attempts`, `biometric`, `terms` | the PIN's verifier and failures, the biometric key's hash, the accepted terms (sealed) |
//! | `drafts` | `wizard` | what was typed in the wizard, never a PIN or a code (sealed) |
//! | `bills` | bill id | split bills: people, shares, each payment request's state (sealed) |
//! | `request_outbox` | sequence number | payment requests (create, cancel, remind) waiting to be sent, oldest first (sealed) |
//! | `split_meta` | `incoming`, `contacts` | the requests made to me as last read; which contacts' hashes have the wallet (sealed) |
//! | `kyc` | `draft`, `photo.<kind>`, `submission`, `application` | online identification: the draft, the checked photos, the application waiting to be sent, the bank's latest word (sealed) |
//! | `inbox` | `e` + sequence, `cursor` | the bank's events about this customer, read or not (sealed); where its feed continues |
//! | `services` | `catalogue`, `favourites` | the services catalogue, the favourites and regular payments as the bank last sent them, for offline use (sealed) |

use std::path::{Path, PathBuf};

mod accounts;
pub(crate) mod history;
mod inbox;
mod kyc;
mod outbox;
mod record;
mod sealed;
mod security;
mod services;
mod session;
mod settings;
pub(crate) mod split;

pub use accounts::AccountRecord;

pub use history::{HistoryEntry, HistoryPage};
pub use inbox::InboxEntry;
pub use kyc::{KycApplicationRecord, KycSubmission, PendingUpload};
pub use outbox::OutboxEntry;
pub use record::{Record, RecordError};
pub use security::{BiometricFingerprint, TermsAcceptance};
pub use session::SessionRecord;
pub use split::{ContactsCache, KnownContact, RequestAction, RequestEntry};

use crate::security::DataKey;

/// The sled database's folder inside the core's data folder.
pub const DATABASE_DIR: &str = "store";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the store at {path}: {source}")]
    Open { path: PathBuf, source: sled::Error },
    #[error("the store failed: {0}")]
    Io(#[from] sled::Error),
    #[error("record {tree}/{key}: {source}")]
    Record { tree: &'static str, key: String, source: RecordError },
    /// A sealed value did not open: it was changed on disk, or sealed under another key.
    #[error("record {tree}/{key} is damaged or was sealed under another key")]
    Damaged { tree: &'static str, key: String },
    #[error("sealing failed: the system random generator did not answer")]
    Sealing,
}

/// What opening found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenReport {
    /// The data key changed (the platform's secure storage lost it), so the sealed data could not be read and was
    /// cleared; the history comes again from the bank. `lost_outbox` operations had not been sent and are gone.
    pub cleared_after_key_loss: Option<KeyLoss>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyLoss {
    pub lost_outbox: usize,
}

pub struct Store {
    db: sled::Db,
    key: DataKey,
    settings: sled::Tree,
    session: sled::Tree,
    accounts: sled::Tree,
    operations: sled::Tree,
    operation_ids: sled::Tree,
    receipts: sled::Tree,
    outbox: sled::Tree,
    meta: sled::Tree,
    security: sled::Tree,
    drafts: sled::Tree,
    kyc: sled::Tree,
    bills: sled::Tree,
    request_outbox: sled::Tree,
    split_meta: sled::Tree,
    inbox: sled::Tree,
    services: sled::Tree,
}

/// How long opening waits for a store that is still locked.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Opens the database, waiting while another handle still holds its file lock. A core that just closed releases
/// the lock when sled's background threads finish, a moment after; an app restarted at once (or a test reopening a
/// core) would otherwise fail.
fn open_when_free(path: &Path) -> Result<sled::Db, sled::Error> {
    let started = std::time::Instant::now();
    loop {
        match sled::Config::new().path(path).open() {
            // sled reports a held lock as an `Other` I/O error whose text says so.
            Err(sled::Error::Io(error))
                if error.to_string().starts_with("could not acquire lock") && started.elapsed() < LOCK_WAIT =>
            {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

impl Store {
    /// Opens (or creates) the store in `data_dir`, sealing under `key`.
    pub fn open(data_dir: &Path, key: DataKey) -> Result<(Store, OpenReport), StoreError> {
        let path = data_dir.join(DATABASE_DIR);
        let db = open_when_free(&path).map_err(|source| StoreError::Open { path: path.clone(), source })?;
        let store = Store {
            settings: db.open_tree("settings")?,
            session: db.open_tree("session")?,
            accounts: db.open_tree("accounts")?,
            operations: db.open_tree("operations")?,
            operation_ids: db.open_tree("operation_ids")?,
            receipts: db.open_tree("receipts")?,
            outbox: db.open_tree("outbox")?,
            meta: db.open_tree("meta")?,
            security: db.open_tree("security")?,
            drafts: db.open_tree("drafts")?,
            kyc: db.open_tree(kyc::TREE)?,
            bills: db.open_tree(split::BILLS)?,
            request_outbox: db.open_tree(split::REQUEST_OUTBOX)?,
            split_meta: db.open_tree(split::SPLIT_META)?,
            inbox: db.open_tree(inbox::TREE)?,
            services: db.open_tree(services::TREE)?,
            db,
            key,
        };
        let report = store.check_key()?;
        Ok((store, report))
    }

    /// Writes everything to disk. Called after writes that must survive a crash and before closing.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }

    /// The sealed trees: what a lost data key makes unreadable.
    fn sealed_trees(&self) -> impl Iterator<Item = &sled::Tree> {
        std::iter::once(&self.session).chain(self.personal_trees())
    }

    /// Everything of the signed-in person besides the session tree itself.
    fn personal_trees(&self) -> [&sled::Tree; 13] {
        [
            &self.accounts,
            &self.operations,
            &self.operation_ids,
            &self.receipts,
            &self.outbox,
            &self.security,
            &self.drafts,
            &self.kyc,
            &self.bills,
            &self.request_outbox,
            &self.split_meta,
            &self.inbox,
            &self.services,
        ]
    }

    /// Notices a data key that is not the one the store was sealed under, and clears what it cannot read.
    fn check_key(&self) -> Result<OpenReport, StoreError> {
        const KEY_CHECK: &[u8] = b"key_check";
        let readable =
            self.meta.get(KEY_CHECK)?.map(|sealed| self.unseal::<String>("meta", KEY_CHECK, &sealed).is_ok());
        let mut report = OpenReport::default();
        if readable == Some(false) {
            let lost_outbox = self.outbox.len() + self.request_outbox.len();
            for tree in self.sealed_trees() {
                tree.clear()?;
            }
            self.meta.remove(history::CURSOR)?;
            report.cleared_after_key_loss = Some(KeyLoss { lost_outbox });
        }
        if readable != Some(true) {
            let check = self.seal("meta", KEY_CHECK, &"wallet".to_owned())?;
            self.meta.insert(KEY_CHECK, check)?;
            self.meta.flush()?;
        }
        Ok(report)
    }
}

fn describe(key: &[u8]) -> String {
    match std::str::from_utf8(key) {
        Ok(text) if text.chars().all(|c| !c.is_control()) => text.to_owned(),
        _ => key.iter().map(|b| format!("{b:02x}")).collect(),
    }
}

/// A sled transaction's failure as a store error.
fn transaction_failed(error: sled::transaction::TransactionError<StoreError>) -> StoreError {
    match error {
        sled::transaction::TransactionError::Abort(error) => error,
        sled::transaction::TransactionError::Storage(error) => StoreError::Io(error),
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::platform::desktop::MemorySecureStorage;

    /// A store in a temporary folder with a fresh data key; keep the folder alive as long as the store.
    pub fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let key = DataKey::load_or_create(&MemorySecureStorage::default()).expect("key");
        let (store, _) = Store::open(dir.path(), key).expect("store");
        (dir, store)
    }

    pub use crate::platform::desktop::all_bytes;
}

#[cfg(test)]
mod tests {
    use wallet_protocol::operations::{NewOperation, Recipient};

    use super::*;
    use crate::app::Settings;
    use crate::domain::Language;
    use crate::domain::operation::OperationStatus;
    use crate::platform::desktop::MemorySecureStorage;
    use crate::store::history::tests::operation;

    #[test]
    fn a_lost_data_key_clears_the_sealed_data_and_says_what_was_lost() {
        let dir = tempfile::tempdir().expect("temp dir");
        {
            let key = DataKey::load_or_create(&MemorySecureStorage::default()).expect("key");
            let (store, report) = Store::open(dir.path(), key).expect("open");
            assert_eq!(report, OpenReport::default());
            store.save_settings(&Settings { language: Some(Language::Ky), ..Settings::default() }).expect("settings");
            let request = NewOperation {
                account_id: "acc".into(),
                amount_minor: 5,
                currency: "KGS".into(),
                recipient: Recipient::Merchant { merchant_id: "g".into() },
                comment: None,
                fee_minor: None,
                confirmation_id: None,
            };
            for i in 0..2 {
                store
                    .enqueue(request.clone(), &operation(&format!("k{i}"), i, OperationStatus::Queued))
                    .expect("queued");
            }
            store.ingest(&[(operation("old", 1, OperationStatus::Executed), None)], "4").expect("ingest");
        }
        // The platform's key store was reset: a new key, and the old data sealed under the lost one.
        let other_key = DataKey::load_or_create(&MemorySecureStorage::default()).expect("new key");
        let (store, report) = Store::open(dir.path(), other_key).expect("opens anyway");
        assert_eq!(report.cleared_after_key_loss, Some(KeyLoss { lost_outbox: 2 }));
        assert_eq!(store.history_page(None, 10).expect("page").entries, vec![]);
        assert_eq!(store.outbox_len(), 0);
        assert_eq!(store.sync_cursor().expect("cursor"), "", "the history will come again from the start");
        assert_eq!(store.load_settings().expect("settings").and_then(|s| s.language), Some(Language::Ky));
        drop(store);
        let key = DataKey::load_or_create(&MemorySecureStorage::default()).expect("yet another key");
        let (_, again) = Store::open(dir.path(), key).expect("opens");
        assert!(again.cleared_after_key_loss.is_some(), "a third key is noticed too");
    }

    #[test]
    fn opening_waits_for_a_store_that_is_still_closing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let storage = MemorySecureStorage::default();
        let (first, _) = Store::open(dir.path(), DataKey::load_or_create(&storage).expect("key")).expect("open");
        let closing = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(first);
        });
        let key = DataKey::load_or_create(&storage).expect("key");
        let (second, _) = Store::open(dir.path(), key).expect("opens once the first handle is gone");
        closing.join().expect("closed");
        drop(second);
    }
}
