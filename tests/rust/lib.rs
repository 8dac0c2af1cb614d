//! Helpers shared by the end-to-end tests: a sandbox bank on 127.0.0.1 that can go down and come back on the same
//! port, and phones built from the core's real store, bank client, sign-in and sync.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use wallet_core::CoreConfig;
use wallet_core::api::{BankClient, RetryPolicy, Timeouts};
use wallet_core::domain::Phone;
use wallet_core::platform::Platform;
use wallet_core::platform::desktop::{MemorySecureStorage, RecordingLogger};
use wallet_core::security::{BankKey, DataKey};
use wallet_core::session::{Credentials, SignIn};
use wallet_core::store::Store;
use wallet_core::sync::{OfflineLimit, Sync};
use wallet_ffi::{WalletCore, WalletError};
use wallet_sandbox::{RunningSandbox, Sandbox, SandboxConfig};

pub mod photos;
pub mod shell;

/// A core as a shell creates it, on `dir`, with in-memory secure storage.
pub fn open_core(dir: &Path, locale: &str, storage: Arc<MemorySecureStorage>) -> Result<Arc<WalletCore>, WalletError> {
    let platform = Platform { secure_storage: storage, logger: Arc::new(RecordingLogger::default()) };
    WalletCore::new(CoreConfig::local(dir.to_string_lossy(), locale), platform)
}

pub use wallet_core::platform::desktop::all_bytes;

/// Milliseconds since the epoch, as the core counts time.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// How long the test bank takes to review a KYC application, on its own clock.
pub const KYC_REVIEW: Duration = Duration::from_secs(60);

/// A sandbox bank serving on a fixed port of 127.0.0.1, which can stop (unreachable) and resume.
pub struct Bank {
    pub sandbox: Sandbox,
    address: SocketAddr,
    running: Option<RunningSandbox>,
    _dir: tempfile::TempDir,
}

impl Bank {
    pub async fn start(execution_delay: Duration) -> Bank {
        Bank::start_reviewing_after(execution_delay, KYC_REVIEW).await
    }

    /// A bank that executes every payment `execution_delay` after accepting it (inside the bank or leaving it) and
    /// reviews a KYC application `review` after it arrives, on its own clock (the tests move it).
    pub async fn start_reviewing_after(execution_delay: Duration, review: Duration) -> Bank {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut config = SandboxConfig::new(dir.path().join("bank.sqlite"));
        config.execution_delay = execution_delay;
        config.in_bank_execution_delay = execution_delay;
        config.kyc_review_delay = review;
        let sandbox = Sandbox::open(config).expect("sandbox opens");
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("port");
        let address = listener.local_addr().expect("address");
        let running = sandbox.clone().serve(listener).expect("serves");
        Bank { sandbox, address, running: Some(running), _dir: dir }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn key(&self) -> BankKey {
        use base64::Engine as _;
        BankKey::from_base64(&base64::engine::general_purpose::STANDARD.encode(self.sandbox.public_key())).expect("key")
    }

    /// The bank goes away: connections are refused.
    pub async fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            running.stop().await;
        }
    }

    /// The bank comes back on the same port.
    pub async fn resume(&mut self) {
        let listener = TcpListener::bind(self.address).await.expect("the same port again");
        self.running = Some(self.sandbox.clone().serve(listener).expect("serves"));
    }

    /// How many operations the bank holds under an idempotency key.
    pub fn operations_with_key(&self, key: &str) -> i64 {
        self.sandbox.db().with_blocking(|conn| {
            conn.query_row("SELECT COUNT(*) FROM operations WHERE client_key = ?1", [key], |row| row.get(0))
                .expect("count")
        })
    }

    /// The idempotency keys of the bank's operations among `keys`, in the order the bank accepted them.
    pub fn acceptance_order(&self, keys: &[String]) -> Vec<String> {
        self.sandbox.db().with_blocking(|conn| {
            let mut statement = conn
                .prepare("SELECT client_key FROM operations WHERE client_key IS NOT NULL ORDER BY rowid")
                .expect("query");
            statement
                .query_map([], |row| row.get::<_, String>(0))
                .expect("rows")
                .filter_map(Result::ok)
                .filter(|key| keys.contains(key))
                .collect()
        })
    }

    /// The number `sql` (a `SELECT COUNT(*) …`) counts in the bank's database.
    pub fn count(&self, sql: &str) -> i64 {
        self.sandbox.db().with_blocking(|conn| conn.query_row(sql, [], |row| row.get(0)).expect("count"))
    }

    pub fn balance_minor(&self, account_id: &str) -> i64 {
        self.sandbox.db().with_blocking(|conn| {
            conn.query_row("SELECT balance_minor FROM accounts WHERE account_id = ?1", [account_id], |row| row.get(0))
                .expect("balance")
        })
    }

    /// The code the bank "sent" to a phone.
    pub fn sent_code(&self, phone: &str) -> (String, String) {
        self.sandbox.db().with_blocking(|conn| {
            conn.query_row(
                "SELECT challenge_id, code FROM sms_challenges WHERE phone = ?1 ORDER BY created_ms DESC LIMIT 1",
                [phone],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .expect("a code was sent")
        })
    }
}

/// Retries that keep tests fast.
pub fn quick_retries() -> RetryPolicy {
    RetryPolicy { attempts: 3, first_delay: Duration::from_millis(10), max_delay: Duration::from_millis(40) }
}

/// A phone's data: its folder and its secure storage, which outlive any one opening of the store.
pub struct PhoneData {
    pub dir: tempfile::TempDir,
    pub keys: Arc<MemorySecureStorage>,
}

impl PhoneData {
    pub fn new() -> PhoneData {
        PhoneData { dir: tempfile::tempdir().expect("temp dir"), keys: Arc::new(MemorySecureStorage::default()) }
    }

    /// Opens the phone's store and sync against `bank`, as the core does at start.
    pub fn open(&self, bank_url: &str, bank_key: BankKey, offline_limit_minor: i64) -> (Arc<Store>, Sync, SignIn) {
        let key = DataKey::load_or_create(self.keys.as_ref()).expect("data key");
        let (store, _) = Store::open(self.dir.path(), key).expect("store");
        let store = Arc::new(store);
        let client = BankClient::new(bank_url, Timeouts::default(), quick_retries()).expect("client");
        let credentials = Credentials::new(self.keys.clone());
        let sign_in = SignIn::new(client.clone(), store.clone(), credentials.clone());
        let sync = Sync::new(store.clone(), client, bank_key, credentials, OfflineLimit { minor: offline_limit_minor });
        (store, sync, sign_in)
    }
}

impl Default for PhoneData {
    fn default() -> Self {
        PhoneData::new()
    }
}

/// Signs `phone` in through the bank's SMS code.
pub async fn sign_in(bank: &Bank, sign_in: &SignIn, phone: &str) {
    let phone = Phone::parse(phone).expect("phone");
    let challenge = sign_in.request_code(&phone).await.expect("code sent");
    let (challenge_id, code) = bank.sent_code(phone.e164());
    assert_eq!(challenge_id, challenge.challenge_id);
    sign_in.verify(&phone, &challenge_id, &code).await.expect("signed in");
}
