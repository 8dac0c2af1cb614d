//! The app's launch as a phone lives it: each measurement is a fresh process, so nothing the core builds once
//! per process (a catalogue, a lazy table) has been paid for by an earlier step of the benchmark.
//!
//! - *cold start*: a process opens the core on a store with 100 000 cached operations, a signed-in session and
//!   biometric unlock, and waits for home with the cached balance and operations (the lock screen passed with
//!   the biometric key, as most people open the app). DESIGN.md §10: ≤ 50 ms.
//! - *first «Войти»*: a fresh install goes language → intro → phone number, types it, and taps «Войти»; the tap
//!   is one `dispatch` + `view()`. DESIGN.md §10: ≤ 1 ms. A second tap in the same process is shown beside it.
//!
//! `cargo bench -p wallet-core --features desktop --bench launch` — prints Markdown for docs/benchmarks.md.
//! `WALLET_BENCH_QUICK=1` runs it small (scripts/test does, so it keeps working); timings are never asserted.
//! The child processes can be run by hand, e.g. under `valgrind --tool=callgrind` to see where a launch goes
//! (docs/benchmarks.md, "Launch"): `launch --fill DIR` makes the signed-in phone's store in `DIR/store` and its
//! data key in `DIR/data-key.bin`; `launch --open DIR/store DIR/data-key.bin` opens it; `launch --first-tap DIR`
//! installs afresh in an empty `DIR` and taps «Войти».

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use wallet_core::app::{Event, Screen, Settings};
use wallet_core::domain::operation::{Counterparty, Operation, OperationKind, OperationStatus, ReceiptState};
use wallet_core::domain::{Currency, Language, Money, Phone};
use wallet_core::features::onboarding::{IntroEvent, LanguageEvent, OnboardingStage};
use wallet_core::features::pin::PinEvent;
use wallet_core::features::signin::SignInEvent;
use wallet_core::platform::desktop::{MemorySecureStorage, RecordingLogger};
use wallet_core::platform::{Platform, SecureStorage, ViewListener};
use wallet_core::security::DataKey;
use wallet_core::security::data_key::DATA_KEY_NAME;
use wallet_core::security::pin_vault::BIOMETRIC_KEY_NAME;
use wallet_core::session::Credentials;
use wallet_core::store::{AccountRecord, SessionRecord, Store};
use wallet_core::{BankConfig, CoreConfig, Engine, ViewModel};

#[allow(dead_code)] // `row` only
mod common;

const INGEST_BATCH: usize = 500;
/// The unlock key the bench's phone keeps behind its (pretend) biometric prompt.
const BIOMETRIC_KEY: [u8; 32] = [7; 32];

struct Sizes {
    cached: usize,
    launches: usize,
}

fn sizes() -> Sizes {
    if std::env::var_os("WALLET_BENCH_QUICK").is_some() {
        Sizes { cached: 2_000, launches: 3 }
    } else {
        Sizes { cached: 100_000, launches: 20 }
    }
}

/// The bank is unreachable (a closed port), as for a phone that starts offline.
fn config(dir: &Path) -> CoreConfig {
    CoreConfig {
        bank: Some(BankConfig {
            url: "http://127.0.0.1:9".into(),
            public_key: "O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=".into(),
            offline_limit_minor: 0,
            qr_provider_id: "qr.sandbox.kg".into(),
            pins: Vec::new(),
        }),
        biometrics_available: true,
        ..CoreConfig::local(dir.to_string_lossy(), "ru")
    }
}

fn open(dir: &Path, keys: Arc<MemorySecureStorage>) -> Engine {
    let platform = Platform { secure_storage: keys, logger: Arc::new(RecordingLogger::default()) };
    Engine::open(config(dir), platform).expect("core opens")
}

/// A cached payment or transfer with a name, a comment and an amount.
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

/// A signed-in phone's store: `count` cached operations, the session, an account, accepted terms, a PIN and
/// biometric unlock. Returns the data key, for the children's secure storage.
fn signed_in_phone(dir: &Path, count: usize) -> Vec<u8> {
    use ring::digest::{SHA256, digest};
    use wallet_core::security::pin::{PinDigits, PinVerifier};
    use wallet_core::store::{BiometricFingerprint, TermsAcceptance};

    let keys = MemorySecureStorage::default();
    let (store, _) = Store::open(dir, DataKey::load_or_create(&keys).expect("data key")).expect("store");
    for start in (0..count).step_by(INGEST_BATCH) {
        let batch: Vec<_> = (start..(start + INGEST_BATCH).min(count)).map(|i| (operation(i), None)).collect();
        store.ingest(&batch, &start.to_string()).expect("ingest");
    }
    let phone = Phone::parse("+996555123456").expect("phone");
    let session = SessionRecord { user_id: "usr-996555123456".into(), phone, profile: None, profile_read_at_ms: None };
    store.save_session(&session).expect("session");
    let balance = Money::from_minor(6_039_000, Currency::Kgs);
    let account =
        AccountRecord { account_id: "acc-996555123456".into(), balance, available: balance, confirmed_at_ms: 0 };
    store.replace_accounts(&[account]).expect("accounts");
    let settings =
        Settings { language: Some(Language::Ru), onboarding: OnboardingStage::Completed, ..Default::default() };
    store.save_settings(&settings).expect("settings");
    let version = wallet_core::features::terms::TERMS_VERSION.to_owned();
    store
        .save_terms(&TermsAcceptance { version, accepted_at_ms: 0, key: "terms-accepted-before".into(), sent: true })
        .expect("terms");
    let mut pin = PinDigits::default();
    for digit in [5, 8, 2, 7] {
        pin.push(digit);
    }
    store.save_pin(&PinVerifier::derive(&pin, 1_000).expect("verifier")).expect("pin");
    let fingerprint = BiometricFingerprint { sha256: digest(&SHA256, &BIOMETRIC_KEY).as_ref().to_vec() };
    store.save_biometric(&fingerprint).expect("biometric");
    store.flush().expect("flush");
    keys.get(DATA_KEY_NAME.into()).expect("read").expect("data key")
}

/// `DIR/store`: a signed-in phone's store with `count` operations; `DIR/data-key.bin`: its data key.
fn fill(dir: &Path, count: usize) {
    let key = signed_in_phone(&dir.join("store"), count);
    std::fs::write(dir.join("data-key.bin"), key).expect("key file");
}

struct Listener(Mutex<Sender<ViewModel>>);

impl ViewListener for Listener {
    fn on_view(&self, view: ViewModel) {
        let _ = self.0.lock().send(view);
    }
}

fn listen(engine: &Engine) -> std::sync::mpsc::Receiver<ViewModel> {
    let (sender, views) = channel();
    engine.set_listener(Arc::new(Listener(Mutex::new(sender))));
    views
}

/// `launch --open DIR KEY_FILE`: open the core on the signed-in phone's store and wait for home with its data.
/// Prints the microseconds to the first view and to home.
fn child_open(dir: &Path, key_file: &Path) {
    let keys = Arc::new(MemorySecureStorage::default());
    keys.put(DATA_KEY_NAME.into(), std::fs::read(key_file).expect("key file")).expect("data key");
    keys.put(BIOMETRIC_KEY_NAME.into(), BIOMETRIC_KEY.to_vec()).expect("biometric key");
    Credentials::new(keys.clone()).save("bench-token").expect("token");

    let started = Instant::now();
    let engine = open(dir, keys);
    std::hint::black_box(engine.view());
    let first = started.elapsed();
    let views = listen(&engine);
    loop {
        let view = views
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("no home with data; last view {:?}", engine.view()));
        match &view.screen {
            Screen::Home(home) if home.balance.is_some() && !home.recent.is_empty() => break,
            Screen::Pin(lock) if lock.biometrics.as_ref().is_some_and(|b| b.enabled) => {
                engine.dispatch(Event::Pin(PinEvent::UseBiometrics)).expect("biometrics");
            }
            _ => {}
        }
    }
    let home = started.elapsed();
    println!("{} {}", first.as_micros(), home.as_micros());
}

/// `launch --first-tap DIR`: a fresh install in DIR goes to the phone number, types it and taps «Войти».
/// Prints the microseconds of that tap (dispatch + view) and of a second one once the first has been answered.
fn child_first_tap(dir: &Path) {
    let engine = open(dir, Arc::new(MemorySecureStorage::default()));
    engine.dispatch(Event::Language(LanguageEvent::Confirm)).expect("to the intro");
    while let Screen::Intro(intro) = engine.view().screen {
        let event = if intro.page + 1 == intro.page_count { IntroEvent::Finish } else { IntroEvent::Next };
        engine.dispatch(Event::Intro(event)).expect("through the intro");
    }
    assert!(matches!(engine.view().screen, Screen::Phone(_)), "the phone screen: {:?}", engine.view().screen);
    let type_phone = || {
        let text = "0555 123 456".to_owned();
        engine.dispatch(Event::SignIn(SignInEvent::EditPhone { text })).expect("typed");
    };
    let tap = || {
        let started = Instant::now();
        engine.dispatch(Event::SignIn(SignInEvent::SubmitPhone)).expect("«Войти»");
        std::hint::black_box(engine.view());
        started.elapsed()
    };
    type_phone();
    let first = tap();
    // The bank is out of reach: wait for that answer, then tap again.
    let until = Instant::now() + Duration::from_secs(30);
    while matches!(&engine.view().screen, Screen::Phone(phone) if phone.busy) {
        assert!(Instant::now() < until, "the unreachable bank was never reported");
        std::thread::sleep(Duration::from_millis(5));
    }
    type_phone();
    let second = tap();
    println!("{} {}", first.as_micros(), second.as_micros());
}

/// Starts this binary as a child and reads its one line of microseconds; also the time from the start of the
/// process to that line (a launch as the system sees it, with the binary's loading).
fn child(args: &[&str]) -> (Vec<Duration>, Duration) {
    let started = Instant::now();
    let mut process = Command::new(std::env::current_exe().expect("this binary"))
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("child starts");
    let mut line = String::new();
    BufReader::new(process.stdout.take().expect("stdout")).read_line(&mut line).expect("child's line");
    let until_line = started.elapsed();
    assert!(process.wait().expect("child ends").success(), "the child failed");
    let times = line.split_whitespace().map(|n| Duration::from_micros(n.parse().expect("microseconds"))).collect();
    (times, until_line)
}

fn column(runs: &[(Vec<Duration>, Duration)], index: usize) -> Vec<Duration> {
    runs.iter().map(|(times, _)| times[index]).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--open") {
        return child_open(Path::new(&args[at + 1]), Path::new(&args[at + 2]));
    }
    if let Some(at) = args.iter().position(|a| a == "--first-tap") {
        return child_first_tap(Path::new(&args[at + 1]));
    }
    let sizes = sizes();
    if let Some(at) = args.iter().position(|a| a == "--fill") {
        return fill(Path::new(&args[at + 1]), sizes.cached);
    }

    let phone_dir = tempfile::tempdir().expect("dir");
    fill(phone_dir.path(), sizes.cached);
    let store_dir = phone_dir.path().join("store");
    let key_file = phone_dir.path().join("data-key.bin");
    let (store, key) = (store_dir.to_string_lossy(), key_file.to_string_lossy());
    let opens: Vec<_> = (0..sizes.launches).map(|_| child(&["--open", &store, &key])).collect();

    let taps: Vec<_> = (0..sizes.launches)
        .map(|_| {
            let fresh = tempfile::tempdir().expect("dir");
            child(&["--first-tap", &fresh.path().to_string_lossy()])
        })
        .collect();

    println!("Cached operations: {}; {} launches, each a fresh process.\n", sizes.cached, sizes.launches);
    println!("| what | runs | p50 | p95 | max |");
    println!("|---|---|---|---|---|");
    println!("{}", common::row("cold start: open the core → first view", column(&opens, 0), 2));
    println!("{}", common::row("cold start: open the core → home with the cached data", column(&opens, 1), 2));
    let spawned = opens.iter().map(|(_, until_line)| *until_line).collect();
    println!("{}", common::row("cold start from the process's start → home", spawned, 2));
    println!("{}", common::row("first «Войти» of a fresh install (dispatch + view)", column(&taps, 0), 3));
    println!("{}", common::row("second «Войти», same process", column(&taps, 1), 3));
}
