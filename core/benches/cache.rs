//! The offline cache against DESIGN.md §10's budgets, with the same history workload on SQLite beside it.
//!
//! `cargo bench -p wallet-core --features desktop --bench cache` — prints Markdown for docs/benchmarks.md.
//! `WALLET_BENCH_QUICK=1` runs it small (scripts/test does, so it keeps working); timings are never asserted.
//!
//! Both stores hold the same records the same way: versioned JSON sealed with AES-256-GCM under the data key,
//! keyed newest first; only the storage engine differs.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use rusqlite::{Connection, params};
use wallet_core::api::{BankClient, RetryPolicy, Timeouts};
use wallet_core::app::Screen;
use wallet_core::domain::operation::{Counterparty, Operation, OperationKind, OperationStatus, ReceiptState};
use wallet_core::domain::{Currency, Money, Phone};
use wallet_core::features::pin::PinEvent;
use wallet_core::platform::desktop::{MemorySecureStorage, RecordingLogger};
use wallet_core::platform::{Platform, SecureStorage, ViewListener};
use wallet_core::security::{BankKey, DataKey};
use wallet_core::session::{Credentials, SignIn};
use wallet_core::store::{AccountRecord, SessionRecord, Store};
use wallet_core::sync::{Draft, OfflineLimit, Sync};
use wallet_core::{BankConfig, CoreConfig, Engine, ViewModel};
use wallet_protocol::operations::Recipient;

const PAGE: usize = 50;
const INGEST_BATCH: usize = 500;

struct Sizes {
    cached: usize,
    delta: usize,
    outbox: usize,
    repeats: usize,
}

fn sizes() -> Sizes {
    if std::env::var_os("WALLET_BENCH_QUICK").is_some() {
        Sizes { cached: 2_000, delta: 500, outbox: 20, repeats: 5 }
    } else {
        Sizes { cached: 100_000, delta: 10_000, outbox: 1_000, repeats: 50 }
    }
}

/// A realistic operation: a payment or a transfer with a name, a comment and an amount.
fn operation(i: usize) -> Operation {
    let created_at_ms = 1_700_000_000_000 + i as i64 * 60_000;
    let kind = if i.is_multiple_of(3) { OperationKind::TransferOut } else { OperationKind::Payment };
    Operation {
        local_id: format!("{:08x}-5f2e-4c1a-9d7b-{:012x}", i, i * 7919),
        operation_id: Some(format!("op-{i:010}")),
        account_id: "acc-996555123456".into(),
        kind,
        status: OperationStatus::Executed,
        amount: Money::from_minor(10_000 + (i as i64 * 37) % 900_000, Currency::Kgs),
        fee: Money::zero(Currency::Kgs),
        counterparty: Counterparty {
            name: ["Глобус", "Кафе Нават", "Бакыт Т.", "Бишкек автобус"][i % 4].into(),
            phone_masked: (kind == OperationKind::TransferOut).then(|| "+996 700 ***321".into()),
            merchant_id: (kind == OperationKind::Payment).then(|| "globus-bishkek".into()),
        },
        comment: i.is_multiple_of(5).then(|| "обед с коллегами".into()),
        created_at_ms,
        updated_at_ms: created_at_ms,
        revocable: false,
        rejection: None,
        receipt: ReceiptState::Verified,
        number: Some(format!("2026-{:06}", i % 1_000_000)),
        recipient: None,
    }
}

fn micros(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn data_key(keys: &MemorySecureStorage) -> DataKey {
    DataKey::load_or_create(keys).expect("data key")
}

/// The unlock key the bench's phone keeps behind its (pretend) biometric prompt.
const BIOMETRIC_KEY: [u8; 32] = [7; 32];

/// What an onboarded phone has: accepted terms, a PIN, and biometric unlock (the bench opens the app with it, as
/// most people do; the PIN's own cost is in the `pin` bench).
fn protect(store: &Store, keys: &MemorySecureStorage) {
    use ring::digest::{SHA256, digest};
    use wallet_core::security::pin::{PinDigits, PinVerifier};
    use wallet_core::security::pin_vault::BIOMETRIC_KEY_NAME;
    use wallet_core::store::{BiometricFingerprint, TermsAcceptance};
    let version = wallet_core::features::terms::TERMS_VERSION.to_owned();
    store
        .save_terms(&TermsAcceptance { version, accepted_at_ms: 0, key: "terms-accepted-before".into(), sent: true })
        .expect("terms");
    let mut pin = PinDigits::default();
    for digit in [5, 8, 2, 7] {
        pin.push(digit);
    }
    store.save_pin(&PinVerifier::derive(&pin, 1_000).expect("verifier")).expect("pin");
    store
        .save_biometric(&BiometricFingerprint { sha256: digest(&SHA256, &BIOMETRIC_KEY).as_ref().to_vec() })
        .expect("bio");
    keys.put(BIOMETRIC_KEY_NAME.into(), BIOMETRIC_KEY.to_vec()).expect("biometric key");
}

/// Fills a sled store with `count` operations, a session and an account, as a signed-in phone has them.
fn fill_sled(dir: &Path, keys: &MemorySecureStorage, count: usize) -> Duration {
    let (store, _) = Store::open(dir, data_key(keys)).expect("store");
    let started = Instant::now();
    for start in (0..count).step_by(INGEST_BATCH) {
        let batch: Vec<_> = (start..(start + INGEST_BATCH).min(count)).map(|i| (operation(i), None)).collect();
        store.ingest(&batch, &start.to_string()).expect("ingest");
    }
    store.flush().expect("flush");
    let took = started.elapsed();
    let phone = Phone::parse("+996555123456").expect("phone");
    let session = SessionRecord { user_id: "usr-996555123456".into(), phone, profile: None, profile_read_at_ms: None };
    store.save_session(&session).expect("session");
    let balance = Money::from_minor(6_039_000, Currency::Kgs);
    let account =
        AccountRecord { account_id: "acc-996555123456".into(), balance, available: balance, confirmed_at_ms: 0 };
    store.replace_accounts(&[account]).expect("accounts");
    store
        .save_settings(&wallet_core::app::Settings {
            language: Some(wallet_core::domain::Language::Ru),
            onboarding: wallet_core::features::onboarding::OnboardingStage::Completed,
            ..Default::default()
        })
        .expect("settings");
    protect(&store, keys);
    store.flush().expect("flush");
    took
}

/// The same records on SQLite: one table keyed by the same sort key, the same sealed JSON values.
fn fill_sqlite(path: &Path, key: &DataKey, count: usize) -> Duration {
    let mut conn = Connection::open(path).expect("sqlite");
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
         CREATE TABLE operations (sort_key BLOB PRIMARY KEY, local_id TEXT NOT NULL UNIQUE, value BLOB NOT NULL) WITHOUT ROWID;",
    )
    .expect("schema");
    let started = Instant::now();
    for start in (0..count).step_by(INGEST_BATCH) {
        let tx = conn.transaction().expect("tx");
        for i in start..(start + INGEST_BATCH).min(count) {
            let op = operation(i);
            let sort_key = sort_key(&op);
            let value = seal(key, &sort_key, &op);
            tx.execute(
                "INSERT INTO operations (sort_key, local_id, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT(local_id) DO UPDATE SET value = excluded.value",
                params![sort_key, op.local_id, value],
            )
            .expect("insert");
        }
        tx.commit().expect("commit");
    }
    started.elapsed()
}

fn sort_key(op: &Operation) -> Vec<u8> {
    let mut key = (u64::MAX - op.created_at_ms as u64).to_be_bytes().to_vec();
    key.extend_from_slice(op.local_id.as_bytes());
    key
}

fn seal(key: &DataKey, sort_key: &[u8], op: &Operation) -> Vec<u8> {
    let json = serde_json::to_vec(&serde_json::json!({ "v": 1, "data": op })).expect("json");
    let mut context = b"operations/".to_vec();
    context.extend_from_slice(sort_key);
    key.seal(&json, &context).expect("seal")
}

fn sqlite_page(conn: &Connection, key: &DataKey, after: Option<&[u8]>) -> Vec<Operation> {
    let mut statement = conn
        .prepare_cached("SELECT sort_key, value FROM operations WHERE sort_key > ?1 ORDER BY sort_key LIMIT ?2")
        .expect("query");
    let rows = statement
        .query_map(params![after.unwrap_or(&[]), PAGE as i64], |row| {
            Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, Vec<u8>>(1)?))
        })
        .expect("rows");
    rows.map(|row| {
        let (sort_key, sealed) = row.expect("row");
        let mut context = b"operations/".to_vec();
        context.extend_from_slice(&sort_key);
        let json = key.open(&sealed, &context).expect("open");
        let envelope: serde_json::Value = serde_json::from_slice(&json).expect("json");
        serde_json::from_value(envelope["data"].clone()).expect("operation")
    })
    .collect()
}

struct Listener(Mutex<Sender<ViewModel>>);

impl ViewListener for Listener {
    fn on_view(&self, view: ViewModel) {
        let _ = self.0.lock().send(view);
    }
}

/// Opens the core on a filled store: the time to the first view, and to home showing the cached balance and
/// operations. The bank is unreachable (a closed port), as on a phone that starts offline.
fn cold_start(dir: &Path, keys: Arc<MemorySecureStorage>) -> (Duration, Duration) {
    let config = CoreConfig {
        bank: Some(BankConfig {
            url: "http://127.0.0.1:9".into(),
            public_key: "O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=".into(),
            offline_limit_minor: 0,
            qr_provider_id: "qr.sandbox.kg".into(),
            pins: Vec::new(),
        }),
        biometrics_available: true,
        ..CoreConfig::local(dir.to_string_lossy(), "ru")
    };
    let platform = Platform { secure_storage: keys, logger: Arc::new(RecordingLogger::default()) };
    let started = Instant::now();
    let engine = Engine::open(config, platform).expect("core opens");
    let first_view = engine.view();
    let first = started.elapsed();
    std::hint::black_box(first_view);
    let (sender, views) = channel();
    engine.set_listener(Arc::new(Listener(Mutex::new(sender))));
    loop {
        let view = views
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|_| panic!("no home with data; last view {:?}", engine.view()));
        match &view.screen {
            Screen::Home(home) if home.balance.is_some() && !home.recent.is_empty() => break,
            // The lock screen first: unlocked with the biometric key, as a person opening the app does.
            Screen::Pin(lock) if lock.biometrics.as_ref().is_some_and(|b| b.enabled) => {
                engine.dispatch(wallet_core::app::Event::Pin(PinEvent::UseBiometrics)).expect("biometrics");
            }
            _ => {}
        }
    }
    let home = started.elapsed();
    drop(engine);
    (first, home)
}

/// Peak resident memory of this process, from the kernel.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// `cache --memory DIR`: a fresh process opens the core on DIR and reports its peak memory once home is shown.
fn memory_child(dir: &Path, keys_file: &Path) {
    let key = std::fs::read(keys_file).expect("key file");
    let keys = Arc::new(MemorySecureStorage::default());
    keys.put(wallet_core::security::data_key::DATA_KEY_NAME.into(), key).expect("put");
    Credentials::new(keys.clone()).save("bench-token").expect("token");
    keys.put(wallet_core::security::pin_vault::BIOMETRIC_KEY_NAME.into(), BIOMETRIC_KEY.to_vec()).expect("bio key");
    let _ = cold_start(dir, keys);
    println!("{}", peak_rss_kib().unwrap_or(0));
}

async fn drain_bench(count: usize) -> Duration {
    let bank_dir = tempfile::tempdir().expect("dir");
    let sandbox =
        wallet_sandbox::Sandbox::open(wallet_sandbox::SandboxConfig::new(bank_dir.path().join("bank.sqlite")))
            .expect("sandbox");
    let public_key = sandbox.public_key();
    let running = sandbox.serve(tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("port")).expect("serve");
    let phone_dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(MemorySecureStorage::default());
    let (store, _) = Store::open(phone_dir.path(), data_key(&keys)).expect("store");
    let store = Arc::new(store);
    let client = BankClient::new(&running.url(), Timeouts::default(), RetryPolicy::default()).expect("client");
    let credentials = Credentials::new(keys.clone());
    let sign_in = SignIn::new(client.clone(), store.clone(), credentials.clone());
    use base64::Engine as _;
    let bank_key = BankKey::from_base64(&base64::engine::general_purpose::STANDARD.encode(public_key)).expect("key");
    let sync = Sync::new(store.clone(), client, bank_key, credentials, OfflineLimit { minor: i64::MAX / 2 });
    let phone = Phone::parse("+996555123456").expect("phone");
    let challenge = sign_in.request_code(&phone).await.expect("code");
    let code: String = running.db().with_blocking(|conn| {
        conn.query_row("SELECT code FROM sms_challenges WHERE challenge_id = ?1", [&challenge.challenge_id], |r| {
            r.get(0)
        })
        .expect("code")
    });
    sign_in.verify(&phone, &challenge.challenge_id, &code).await.expect("signed in");
    sync.pull(0).await.expect("pull");
    for _ in 0..count {
        let draft = Draft {
            account_id: "acc-996555123456".into(),
            amount: Money::from_minor(1, Currency::Kgs),
            recipient: Recipient::Merchant { merchant_id: "bishkek-bus".into() },
            counterparty_name: "Бишкек автобус".into(),
            comment: None,
            agreed_fee: None,
            confirmation_id: None,
        };
        sync.enqueue(draft, 0).expect("queued");
    }
    let started = Instant::now();
    let report = sync.drain(|| 0).await.expect("drained");
    let took = started.elapsed();
    assert_eq!(report.sent, count, "every entry was sent");
    running.stop().await;
    took
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(position) = args.iter().position(|a| a == "--memory") {
        memory_child(Path::new(&args[position + 1]), Path::new(&args[position + 2]));
        return;
    }
    let sizes = sizes();
    let keys = Arc::new(MemorySecureStorage::default());
    // Signed in: the token is in secure storage (the bank is unreachable in this benchmark anyway).
    Credentials::new(keys.clone()).save("bench-token").expect("token");

    // Fill both stores with the cached history.
    let sled_dir = tempfile::tempdir().expect("dir");
    let sled_fill = fill_sled(sled_dir.path(), &keys, sizes.cached);
    let sqlite_dir = tempfile::tempdir().expect("dir");
    let sqlite_path = sqlite_dir.path().join("cache.sqlite");
    let key = data_key(&keys);
    let sqlite_fill = fill_sqlite(&sqlite_path, &key, sizes.cached);

    // Pages of fifty: the newest, and one deep in the history.
    let (store, _) = Store::open(sled_dir.path(), data_key(&keys)).expect("store");
    let mut deep: Option<Vec<u8>> = None;
    for _ in 0..(sizes.cached / 2 / PAGE) {
        deep = store.history_page(deep.as_deref(), PAGE).expect("page").next;
    }
    let time = |f: &mut dyn FnMut()| {
        median(
            (0..sizes.repeats)
                .map(|_| {
                    let started = Instant::now();
                    f();
                    started.elapsed()
                })
                .collect(),
        )
    };
    let sled_first = time(&mut || assert_eq!(store.history_page(None, PAGE).expect("page").entries.len(), PAGE));
    let sled_deep =
        time(&mut || assert_eq!(store.history_page(deep.as_deref(), PAGE).expect("page").entries.len(), PAGE));
    drop(store);
    let conn = Connection::open(&sqlite_path).expect("sqlite");
    let deep_sqlite: Vec<u8> = conn
        .query_row(
            "SELECT sort_key FROM operations ORDER BY sort_key LIMIT 1 OFFSET ?1",
            [(sizes.cached / 2) as i64 - 1],
            |r| r.get(0),
        )
        .expect("deep key");
    let sqlite_first = time(&mut || assert_eq!(sqlite_page(&conn, &key, None).len(), PAGE));
    let sqlite_deep = time(&mut || assert_eq!(sqlite_page(&conn, &key, Some(&deep_sqlite)).len(), PAGE));
    drop(conn);

    // Opening: sled through the whole core; SQLite the store alone (open and the first page).
    let cold: Vec<(Duration, Duration)> =
        (0..sizes.repeats.min(10)).map(|_| cold_start(sled_dir.path(), keys.clone())).collect();
    let cold_first = median(cold.iter().map(|c| c.0).collect());
    let cold_home = median(cold.iter().map(|c| c.1).collect());
    let sqlite_cold = time(&mut || {
        let conn = Connection::open(&sqlite_path).expect("sqlite");
        assert_eq!(sqlite_page(&conn, &key, None).len(), PAGE);
    });
    let sled_store_cold = time(&mut || {
        let (store, _) = Store::open(sled_dir.path(), data_key(&keys)).expect("store");
        assert_eq!(store.history_page(None, PAGE).expect("page").entries.len(), PAGE);
    });

    // A delta of new operations on top of the cache, as a pull brings it.
    let delta_dir = tempfile::tempdir().expect("dir");
    let sled_delta = fill_sled(delta_dir.path(), &keys, sizes.delta);
    let delta_sqlite_dir = tempfile::tempdir().expect("dir");
    let sqlite_delta = fill_sqlite(&delta_sqlite_dir.path().join("d.sqlite"), &key, sizes.delta);

    // Draining the outbox against a local sandbox bank.
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let drain = runtime.block_on(drain_bench(sizes.outbox));

    // Memory: a fresh process opens the core on the full store.
    let key_file = sled_dir.path().join("data-key.bin");
    let key_bytes = keys.get(wallet_core::security::data_key::DATA_KEY_NAME.into()).expect("get").expect("key");
    std::fs::write(&key_file, key_bytes).expect("key file");
    let memory = std::process::Command::new(&args[0])
        .args(["--memory", &sled_dir.path().to_string_lossy(), &key_file.to_string_lossy()])
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok()?.trim().parse::<u64>().ok())
        .map_or("n/a".to_owned(), |kib| format!("{:.1} MiB", kib as f64 / 1024.0));

    let ratio = |a: Duration, b: Duration| format!("{:.2}×", a.as_secs_f64() / b.as_secs_f64());
    println!(
        "Cached operations: {}; delta: {}; outbox: {}; medians of {} runs.\n",
        sizes.cached, sizes.delta, sizes.outbox, sizes.repeats
    );
    println!("| what | sled (the wallet) | SQLite (same records) | sled ÷ SQLite | budget |");
    println!("|---|---|---|---|---|");
    println!(
        "| history page of 50, newest | {} | {} | {} | ≤ 2 ms |",
        micros(sled_first),
        micros(sqlite_first),
        ratio(sled_first, sqlite_first)
    );
    println!(
        "| history page of 50, halfway down | {} | {} | {} | ≤ 2 ms |",
        micros(sled_deep),
        micros(sqlite_deep),
        ratio(sled_deep, sqlite_deep)
    );
    println!(
        "| open the store + first page | {} | {} | {} | |",
        micros(sled_store_cold),
        micros(sqlite_cold),
        ratio(sled_store_cold, sqlite_cold)
    );
    println!(
        "| ingest a delta of {} | {} | {} | {} | ≤ 500 ms (10 000) |",
        sizes.delta,
        micros(sled_delta),
        micros(sqlite_delta),
        ratio(sled_delta, sqlite_delta)
    );
    println!(
        "| fill the cache with {} | {} | {} | {} | |",
        sizes.cached,
        micros(sled_fill),
        micros(sqlite_fill),
        ratio(sled_fill, sqlite_fill)
    );
    println!();
    println!("| the core | measured | budget |");
    println!("|---|---|---|");
    println!("| cold start: open the core → first view | {} | ≤ 50 ms |", micros(cold_first));
    println!("| cold start: open the core → home with the cached balance and operations | {} | |", micros(cold_home));
    println!(
        "| drain {} outbox entries against the local sandbox bank | {} ({:.1} ms each) | |",
        sizes.outbox,
        micros(drain),
        drain.as_secs_f64() * 1e3 / sizes.outbox as f64
    );
    println!("| peak resident memory of a process that opens the core on the full cache | {memory} | ≤ 40 MB |");
}
