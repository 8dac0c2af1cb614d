//! The sandbox's SQLite database: one file, one connection, every request in a transaction on a blocking thread.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;
use rusqlite::{Connection, Transaction};

use crate::error::ApiError;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    user_id TEXT PRIMARY KEY,
    phone TEXT NOT NULL UNIQUE,
    display_name TEXT,
    kyc_status TEXT NOT NULL DEFAULT 'none',
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS accounts (
    account_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    currency TEXT NOT NULL,
    balance_minor INTEGER NOT NULL,
    held_minor INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS merchants (
    merchant_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    mcc TEXT NOT NULL,
    currency TEXT NOT NULL,
    elqr_link TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS contacts (
    owner_user_id TEXT NOT NULL REFERENCES users(user_id),
    name TEXT NOT NULL,
    phone TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sms_challenges (
    challenge_id TEXT PRIMARY KEY,
    phone TEXT NOT NULL,
    code TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sms_by_phone ON sms_challenges(phone, created_ms);
-- Who asked for each code (the device's id, the source address), for the limits across numbers.
CREATE TABLE IF NOT EXISTS sms_askers (
    challenge_id TEXT PRIMARY KEY REFERENCES sms_challenges(challenge_id),
    device_id TEXT,
    source TEXT,
    created_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sms_askers_by_device ON sms_askers(device_id, created_ms);
CREATE INDEX IF NOT EXISTS sms_askers_by_source ON sms_askers(source, created_ms);
-- The terms: the editions published (the newest is in force) and every acceptance, kept for good.
CREATE TABLE IF NOT EXISTS terms_editions (
    version TEXT PRIMARY KEY,
    published_ms INTEGER NOT NULL
);
INSERT OR IGNORE INTO terms_editions (version, published_ms) VALUES ('2026-11-01', 0);
CREATE TABLE IF NOT EXISTS terms_acceptances (
    acceptance_key TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    version TEXT NOT NULL REFERENCES terms_editions(version),
    -- The documents ticked, comma-separated: offer,privacy,remote_service.
    documents TEXT NOT NULL,
    -- The phone's time of the tap, and the bank's when it arrived.
    accepted_at_ms INTEGER NOT NULL,
    received_ms INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (user_id, acceptance_key)
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    device_id TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    ended TEXT
);
-- Dynamic payment codes: those this bank issued (with their end) and every one paid (with the operation).
CREATE TABLE IF NOT EXISTS qr_transactions (
    provider_id TEXT NOT NULL,
    transaction_id TEXT NOT NULL,
    expires_ms INTEGER,
    operation_id TEXT,
    PRIMARY KEY (provider_id, transaction_id)
);
CREATE TABLE IF NOT EXISTS operations (
    operation_id TEXT PRIMARY KEY,
    payer_account_id TEXT NOT NULL REFERENCES accounts(account_id),
    payee_account_id TEXT REFERENCES accounts(account_id),
    merchant_id TEXT REFERENCES merchants(merchant_id),
    kind TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    fee_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    comment TEXT,
    status TEXT NOT NULL,
    client_key TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    execute_after_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS operations_waiting ON operations(status, execute_after_ms);
-- The limits sum an account's operations since the start of the bank's day or month.
CREATE INDEX IF NOT EXISTS operations_by_payer ON operations(payer_account_id, created_at);
-- Each customer's view of an operation; `seq` grows with every change, for history by cursor.
CREATE TABLE IF NOT EXISTS views (
    user_id TEXT NOT NULL REFERENCES users(user_id),
    operation_id TEXT NOT NULL REFERENCES operations(operation_id),
    account_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    counterparty_name TEXT NOT NULL,
    counterparty_phone TEXT,
    merchant_id TEXT,
    seq INTEGER NOT NULL UNIQUE,
    PRIMARY KEY (user_id, operation_id)
);
CREATE INDEX IF NOT EXISTS views_by_seq ON views(user_id, seq);
CREATE TABLE IF NOT EXISTS receipts (
    operation_id TEXT PRIMARY KEY REFERENCES operations(operation_id),
    body TEXT NOT NULL,
    key_id TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS idempotency (
    user_id TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (user_id, key)
);
-- Identification: the photos as uploaded, and the applications that name them (kept after the decision).
CREATE TABLE IF NOT EXISTS kyc_documents (
    document_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    kind TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    created_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS kyc_documents_by_user ON kyc_documents(user_id);
CREATE TABLE IF NOT EXISTS kyc_applications (
    application_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    -- The `KycApplication` as sent (JSON).
    application TEXT NOT NULL,
    -- in_review, approved, rejected, resubmission_requested
    status TEXT NOT NULL,
    reason TEXT,
    message TEXT,
    -- The items asked for again (a JSON array of `KycItem`).
    resubmit TEXT,
    -- The application this one answers, and the one that answered this.
    resubmits TEXT REFERENCES kyc_applications(application_id),
    superseded_by TEXT REFERENCES kyc_applications(application_id),
    submitted_ms INTEGER NOT NULL,
    review_after_ms INTEGER NOT NULL,
    reviewed_ms INTEGER
);
CREATE INDEX IF NOT EXISTS kyc_applications_waiting ON kyc_applications(status, review_after_ms);
CREATE INDEX IF NOT EXISTS kyc_applications_by_user ON kyc_applications(user_id, status);
CREATE TABLE IF NOT EXISTS kyc_application_documents (
    application_id TEXT NOT NULL REFERENCES kyc_applications(application_id),
    document_id TEXT NOT NULL REFERENCES kyc_documents(document_id),
    PRIMARY KEY (application_id, document_id)
);
-- Shake to pay: each reported shake, and what the bank decided (see `shakes.rs`).
CREATE TABLE IF NOT EXISTS shakes (
    shake_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    -- payer, payee
    role TEXT NOT NULL,
    -- When the phone felt it (ms since the epoch, the phone's clock), and roughly where.
    shaken_ms INTEGER NOT NULL,
    latitude_e6 INTEGER,
    longitude_e6 INTEGER,
    -- The payee's asked amount.
    amount_minor INTEGER,
    currency TEXT,
    -- waiting, matched, confirmed, ambiguous, expired, cancelled
    state TEXT NOT NULL,
    peer_shake_id TEXT REFERENCES shakes(shake_id),
    confirmed INTEGER NOT NULL DEFAULT 0,
    paid INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    decided_ms INTEGER
);
-- The operation that pays a shake: a rejected or cancelled one makes the shake payable again (`shakes::release`).
CREATE TABLE IF NOT EXISTS shake_payments (
    operation_id TEXT PRIMARY KEY,
    shake_id TEXT NOT NULL,
    peer_shake_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS shakes_waiting ON shakes(state, shaken_ms);
CREATE INDEX IF NOT EXISTS shakes_by_user ON shakes(user_id, state);
-- Customers of other banks reachable by phone: the sandbox's stand-in for the interbank directory (see
-- `transfers.rs`).
CREATE TABLE IF NOT EXISTS other_bank_customers (
    phone TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    bank_name TEXT NOT NULL,
    currency TEXT NOT NULL
);
-- Interbank transfer confirmations: the SMS code sent to the payer, what it confirms, and its fate.
CREATE TABLE IF NOT EXISTS transfer_codes (
    confirmation_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    account_id TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    recipient_phone TEXT NOT NULL,
    -- Where the SMS went (the payer's own phone) and what it said, for `GET /dev/sms`.
    payer_phone TEXT NOT NULL,
    sms_text TEXT NOT NULL,
    code TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    verified_ms INTEGER,
    -- The transfer it paid.
    operation_id TEXT
);
CREATE INDEX IF NOT EXISTS transfer_codes_by_user ON transfer_codes(user_id, created_ms);
CREATE INDEX IF NOT EXISTS transfer_codes_by_phone ON transfer_codes(payer_phone, created_ms);
-- Payment requests («Разделить чек», see `requests.rs`). Each one's link is a dynamic code recorded in
-- `qr_transactions` under the request id: whether it is paid is read there, never stored here.
CREATE TABLE IF NOT EXISTS payment_requests (
    request_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    account_id TEXT NOT NULL REFERENCES accounts(account_id),
    -- Who is asked to pay (E.164), when the requester named someone.
    payer_phone TEXT,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    comment TEXT,
    -- The requester as the payer sees them, and the payment link, as made.
    requester_name TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    cancelled_at TEXT,
    reminders INTEGER NOT NULL DEFAULT 0,
    reminded_at TEXT
);
CREATE INDEX IF NOT EXISTS payment_requests_by_user ON payment_requests(user_id, created_ms);
CREATE INDEX IF NOT EXISTS payment_requests_by_payer ON payment_requests(payer_phone, created_ms);
-- Numbers each customer looked up, for the lookup's rate limit (`lookup_limit.rs`); older than a day is deleted.
CREATE TABLE IF NOT EXISTS recipient_lookups (
    user_id TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS recipient_lookups_by_user ON recipient_lookups(user_id, at_ms);
-- Contact discovery (`contacts.rs`): the bank's OPRF key (one row, the current one; its seed never leaves the bank),
-- each customer's tag under it (made when first asked for), and the numbers each customer had evaluated, for the
-- daily budget (older than a day is deleted).
CREATE TABLE IF NOT EXISTS contact_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key_id TEXT NOT NULL,
    seed BLOB NOT NULL,
    created_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS contact_tags (
    key_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    tag TEXT NOT NULL,
    PRIMARY KEY (key_id, user_id)
);
CREATE INDEX IF NOT EXISTS contact_tags_by_tag ON contact_tags(key_id, tag);
CREATE TABLE IF NOT EXISTS contact_evaluations (
    user_id TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    numbers INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS contact_evaluations_by_user ON contact_evaluations(user_id, at_ms);
-- The human number of each operation («2026-001234»: the Bishkek year of creation and its sequence in that year).
-- Operations made before numbers existed have none.
CREATE TABLE IF NOT EXISTS operation_numbers (
    operation_id TEXT PRIMARY KEY REFERENCES operations(operation_id),
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL UNIQUE,
    UNIQUE (year, seq)
);
-- Why the bank rejected an accepted operation (see `banking::reject`).
CREATE TABLE IF NOT EXISTS operation_rejections (
    operation_id TEXT PRIMARY KEY REFERENCES operations(operation_id),
    code TEXT NOT NULL
);
-- The services catalogue's demo accounts (see `services.rs`) and which operation paid which account.
CREATE TABLE IF NOT EXISTS service_accounts (
    provider_id TEXT NOT NULL,
    account TEXT NOT NULL,
    holder_masked TEXT NOT NULL,
    debt_minor INTEGER NOT NULL,
    -- Grows with every bill the provider issues (`POST /dev/services/bills`): a bill rule pays each once.
    bill_seq INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (provider_id, account)
);
CREATE TABLE IF NOT EXISTS service_payments (
    operation_id TEXT PRIMARY KEY REFERENCES operations(operation_id),
    provider_id TEXT NOT NULL,
    account TEXT NOT NULL
);
-- Favourites and regular payments (see `favourites.rs`): each rule's runs, one per period (a month, an ISO week,
-- a bill).
CREATE TABLE IF NOT EXISTS favourites (
    favourite_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    name TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts(account_id),
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    recipient TEXT NOT NULL,
    payee_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS regular_payments (
    regular_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    favourite_id TEXT NOT NULL REFERENCES favourites(favourite_id),
    schedule TEXT NOT NULL,
    paused INTEGER NOT NULL,
    starts_on TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS regular_runs (
    regular_id TEXT NOT NULL,
    period TEXT NOT NULL,
    operation_id TEXT NOT NULL,
    at TEXT NOT NULL,
    refusal TEXT,
    PRIMARY KEY (regular_id, period)
);
-- Top-ups by another bank's card (see `card_topups.rs`): never the card's number or CVV, only what may be shown
-- (the scheme, the last four digits, the expiry) and how the sandbox's issuer answers it (`declines`).
CREATE TABLE IF NOT EXISTS card_topups (
    topup_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    account_id TEXT NOT NULL REFERENCES accounts(account_id),
    amount_minor INTEGER NOT NULL,
    fee_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    scheme TEXT NOT NULL,
    last4 TEXT NOT NULL,
    expiry_month INTEGER NOT NULL,
    expiry_year INTEGER NOT NULL,
    declines INTEGER NOT NULL,
    save_card INTEGER NOT NULL,
    -- challenge_required, executed, declined
    status TEXT NOT NULL,
    decline TEXT,
    code TEXT NOT NULL,
    attempts_left INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    -- The issuer's SMS (GET /dev/sms, kind card) to the customer's phone.
    payer_phone TEXT NOT NULL,
    sms_text TEXT NOT NULL,
    operation_id TEXT,
    saved_card_id TEXT,
    created_at TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS saved_cards (
    card_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    scheme TEXT NOT NULL,
    last4 TEXT NOT NULL,
    expiry_month INTEGER NOT NULL,
    expiry_year INTEGER NOT NULL,
    declines INTEGER NOT NULL,
    UNIQUE (user_id, scheme, last4, expiry_month, expiry_year)
);
-- What the bank knows of a customer besides the name: the sex, for the identification review (see `kyc.rs`).
CREATE TABLE IF NOT EXISTS customer_particulars (
    user_id TEXT PRIMARY KEY REFERENCES users(user_id),
    -- female, male
    sex TEXT NOT NULL
);
-- Push notifications (see `notifications.rs`): where each signed-in installation wants them (one row per device),
-- the customers' events (`seq` orders the feed and is its cursor), and every push the bank would send.
CREATE TABLE IF NOT EXISTS push_devices (
    device_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    -- fcm, apns, preview
    platform TEXT NOT NULL,
    push_token TEXT NOT NULL,
    updated_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS push_devices_by_user ON push_devices(user_id);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    event_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    operation_id TEXT,
    request_id TEXT,
    amount_minor INTEGER,
    currency TEXT,
    counterparty_name TEXT,
    kyc_status TEXT
);
CREATE INDEX IF NOT EXISTS events_by_user ON events(user_id, seq);
CREATE TABLE IF NOT EXISTS pushes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    device_id TEXT NOT NULL,
    platform TEXT NOT NULL,
    push_token TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(event_id),
    kind TEXT NOT NULL,
    sent_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS pushes_by_user ON pushes(user_id, seq);
"#;

#[derive(Debug, thiserror::Error)]
#[error("cannot open the sandbox database {path}: {source}")]
pub struct OpenError {
    pub path: String,
    pub source: rusqlite::Error,
}

/// Work done after every committed transaction of [`Db::tx`], with the connection still held, so in the order the
/// transactions committed (the sandbox hands the pushes they recorded to its subscribers with it).
pub type AfterCommit = Box<dyn Fn(&Connection) + Send + Sync>;

#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
    after_commit: Arc<OnceLock<AfterCommit>>,
}

impl Db {
    pub fn open(path: &Path) -> Result<Db, OpenError> {
        let wrap = |source| OpenError { path: path.display().to_string(), source };
        let conn = Connection::open(path).map_err(wrap)?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
            .map_err(wrap)?;
        conn.execute_batch(SCHEMA).map_err(wrap)?;
        Ok(Db { conn: Arc::new(Mutex::new(conn)), after_commit: Arc::new(OnceLock::new()) })
    }

    /// Sets the work done after every committed transaction; only once (`false` when it was set already).
    pub fn set_after_commit(&self, work: AfterCommit) -> bool {
        self.after_commit.set(work).is_ok()
    }

    /// Runs `work` in one transaction on a blocking thread: committed when it returns `Ok`, rolled back on `Err`.
    pub async fn tx<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Transaction<'_>) -> Result<T, ApiError> + Send + 'static,
    {
        let (conn, after_commit) = (self.conn.clone(), self.after_commit.clone());
        tokio::task::spawn_blocking(move || {
            let mut conn = conn.lock();
            let tx = conn.transaction()?;
            let value = work(&tx)?;
            tx.commit()?;
            if let Some(after_commit) = after_commit.get() {
                after_commit(&conn);
            }
            Ok(value)
        })
        .await
        .map_err(|error| ApiError::internal(format!("database task: {error}")))?
    }

    /// Runs `work` on the connection outside a transaction, blocking (start-up and test helpers).
    pub fn with_blocking<T>(&self, work: impl FnOnce(&mut Connection) -> T) -> T {
        work(&mut self.conn.lock())
    }
}

/// Next value of the global change counter (for history cursors).
pub fn next_seq(tx: &Transaction<'_>) -> Result<i64, rusqlite::Error> {
    tx.execute(
        "INSERT INTO meta(key, value) VALUES ('seq', '1')
         ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
        [],
    )?;
    tx.query_row("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'seq'", [], |row| row.get(0))
}

pub fn meta(conn: &Connection, key: &str) -> Result<Option<String>, rusqlite::Error> {
    use rusqlite::OptionalExtension;
    conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| row.get(0)).optional()
}

pub fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<(), rusqlite::Error> {
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}
