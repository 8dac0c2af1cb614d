use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::ThreadId;

use super::*;
use crate::app::Screen;
use crate::features::onboarding::{IntroEvent, LanguageEvent};
use crate::platform::desktop::{MemorySecureStorage, RecordingLogger};
use crate::platform::{LogLevel, PlatformError, SecureStorage};
use crate::security::data_key::DATA_KEY_NAME;

struct World {
    dir: tempfile::TempDir,
    storage: Arc<MemorySecureStorage>,
    logger: Arc<RecordingLogger>,
}

impl World {
    fn new() -> World {
        World {
            dir: tempfile::tempdir().expect("temp dir"),
            storage: Arc::new(MemorySecureStorage::default()),
            logger: Arc::new(RecordingLogger::default()),
        }
    }

    fn open(&self, locale: &str) -> Engine {
        Engine::open(self.config(locale), self.platform()).expect("core opens")
    }

    fn config(&self, locale: &str) -> CoreConfig {
        CoreConfig::local(self.dir.path().to_string_lossy(), locale)
    }

    fn platform(&self) -> Platform {
        Platform { secure_storage: self.storage.clone(), logger: self.logger.clone() }
    }
}

struct ChannelListener(Mutex<Sender<(ViewModel, ThreadId)>>);

impl ViewListener for ChannelListener {
    fn on_view(&self, view: ViewModel) {
        let _ = self.0.lock().send((view, std::thread::current().id()));
    }
}

fn listen(engine: &Engine) -> Receiver<(ViewModel, ThreadId)> {
    let (sender, receiver) = channel();
    engine.set_listener(Arc::new(ChannelListener(Mutex::new(sender))));
    receiver
}

/// The next view the listener gets that satisfies `wanted`.
fn wait_for(views: &Receiver<(ViewModel, ThreadId)>, wanted: impl Fn(&ViewModel) -> bool) -> (ViewModel, ThreadId) {
    loop {
        let got = views.recv_timeout(Duration::from_secs(5)).expect("a view within 5 s");
        if wanted(&got.0) {
            return got;
        }
    }
}

fn select(index: u32) -> Event {
    Event::Language(LanguageEvent::Select { index })
}

#[test]
fn pre_selects_the_device_language() {
    let world = World::new();
    let engine = world.open("kk-KZ");
    let view = engine.view();
    assert_eq!(view.language, Language::Kk);
    let Screen::Language(screen) = view.screen else { panic!("expected the language screen") };
    assert!(screen.options.iter().any(|o| o.language == Language::Kk && o.selected));
}

#[test]
fn the_listener_gets_each_view_on_a_core_thread_in_order() {
    let world = World::new();
    let engine = world.open("ru-RU");
    let views = listen(&engine);
    let (first, _) = wait_for(&views, |_| true);
    assert_eq!(first.language, Language::Ru);

    engine.dispatch(select(0)).expect("select Kyrgyz");
    engine.dispatch(Event::Language(LanguageEvent::Confirm)).expect("confirm");
    let (intro, thread) = wait_for(&views, |v| matches!(v.screen, Screen::Intro(_)));
    assert_ne!(thread, std::thread::current().id(), "views arrive on a core thread");
    assert_eq!(intro.language, Language::Ky);
    assert!(intro.revision > first.revision);
    assert_eq!(engine.view(), intro);
}

#[test]
fn the_chosen_language_and_step_survive_a_restart() {
    let world = World::new();
    {
        let engine = world.open("ru-RU");
        engine.dispatch(select(0)).expect("select Kyrgyz");
        engine.dispatch(Event::Language(LanguageEvent::Confirm)).expect("confirm");
        engine.dispatch(Event::Intro(IntroEvent::Next)).expect("next");
    }
    let engine = world.open("en-US");
    let view = engine.view();
    assert_eq!(view.language, Language::Ky);
    let Screen::Intro(intro) = view.screen else { panic!("expected the intro, got {:?}", view.screen) };
    assert_eq!(intro.page, 1);
    assert_eq!(intro.title, "Интернетсиз да иштейт");
}

#[test]
fn after_a_burst_of_taps_the_newest_choice_is_stored() {
    let world = World::new();
    {
        let engine = world.open("ru");
        for tap in 0..200u32 {
            engine.dispatch(select(tap % 4)).expect("select");
        }
        engine.dispatch(select(2)).expect("Kazakh last");
    }
    assert_eq!(world.open("ru").view().language, Language::Kk);
}

#[test]
fn a_rejected_event_is_an_error_and_changes_nothing() {
    let world = World::new();
    let engine = world.open("ru");
    let before = engine.view();
    let err = engine.dispatch(Event::Intro(IntroEvent::Next)).expect_err("not on the intro");
    assert_eq!(
        err.to_string(),
        "Intro.Next does not apply to the language screen; send only the events of the current view"
    );
    let err = engine.dispatch(select(7)).expect_err("no eighth language");
    assert!(err.to_string().contains("language 7"), "{err}");
    assert_eq!(engine.view(), before);
    let warned = world.logger.lines().into_iter().filter(|(level, _, _)| *level == LogLevel::Warn).count();
    assert_eq!(warned, 2);
}

#[test]
fn keeps_the_data_key_across_restarts() {
    let world = World::new();
    drop(world.open("ru"));
    let key = world.storage.get(DATA_KEY_NAME.into()).expect("get").expect("created on first start");
    drop(world.open("ru"));
    assert_eq!(world.storage.get(DATA_KEY_NAME.into()).expect("get"), Some(key));
}

#[test]
fn damaged_settings_open_on_the_language_screen() {
    let world = World::new();
    {
        let key = DataKey::load_or_create(world.storage.as_ref()).expect("key");
        let (store, _) = Store::open(world.dir.path(), key).expect("store");
        store.put_raw_settings(b"\xff\xfe").expect("damage");
    }
    let engine = world.open("ky");
    assert!(matches!(engine.view().screen, Screen::Language(_)));
    assert!(world.logger.lines().iter().any(|(level, _, m)| *level == LogLevel::Warn && m.contains("settings")));
}

struct BrokenStorage;

impl SecureStorage for BrokenStorage {
    fn get(&self, _: String) -> Result<Option<Vec<u8>>, PlatformError> {
        Err(PlatformError::Unavailable { reason: "keystore locked".into() })
    }
    fn put(&self, _: String, _: Vec<u8>) -> Result<(), PlatformError> {
        Err(PlatformError::Unavailable { reason: "keystore locked".into() })
    }
    fn delete(&self, _: String) -> Result<(), PlatformError> {
        Ok(())
    }
}

#[test]
fn a_failing_secure_storage_stops_the_open_with_its_reason() {
    let world = World::new();
    let platform = Platform { secure_storage: Arc::new(BrokenStorage), logger: world.logger.clone() };
    let Err(err) = Engine::open(world.config("ru"), platform) else { panic!("must not open") };
    assert!(matches!(err, OpenError::DataKey(_)));
    assert!(err.to_string().contains("keystore locked"), "{err}");
}

#[test]
fn an_empty_data_dir_is_a_config_error() {
    let world = World::new();
    let config = CoreConfig::local(" ", "ru");
    assert!(matches!(Engine::open(config, world.platform()), Err(OpenError::Config(_))));
}

#[test]
fn certificate_pins_open_the_core_only_as_a_primary_and_a_backup() {
    let world = World::new();
    let with_pins = |pins: &[&str]| CoreConfig {
        bank: Some(BankConfig {
            url: "https://api.bank.example".into(),
            public_key: "O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=".into(),
            offline_limit_minor: 0,
            qr_provider_id: "qr.sandbox.kg".into(),
            pins: pins.iter().map(|p| p.to_string()).collect(),
        }),
        ..world.config("ru")
    };
    let primary = "sha256/cuPQkjmc4dW8SLt0WbyjDrkcS8YnxzLBRDWNMANFJZ8=";
    let backup = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    let Err(error) = Engine::open(with_pins(&[primary]), world.platform()) else { panic!("one pin must not open") };
    assert!(matches!(error, OpenError::Pins(crate::api::PinError::NoBackup)), "{error}");
    assert!(error.to_string().contains("bank.pins"), "{error}");
    let Err(error) = Engine::open(with_pins(&[primary, "c2hhMjU2"]), world.platform()) else {
        panic!("a short pin must not open")
    };
    assert!(error.to_string().contains("bank.pins[1]"), "{error}");

    drop(Engine::open(with_pins(&[primary, backup]), world.platform()).expect("a primary and a backup open"));
}

#[test]
fn a_second_core_on_the_same_data_is_refused_while_the_first_is_open() {
    let world = World::new();
    let _first = world.open("ru");
    assert!(matches!(Engine::open(world.config("ru"), world.platform()), Err(OpenError::Store(_))));
}

struct ClosingListener(Mutex<Option<Engine>>, Mutex<Sender<()>>);

impl ViewListener for ClosingListener {
    fn on_view(&self, _: ViewModel) {
        self.0.lock().take();
        let _ = self.1.lock().send(());
    }
}

#[test]
fn a_listener_may_close_the_core_from_its_callback() {
    let world = World::new();
    let engine = world.open("ru");
    let (closed, done) = channel();
    let listener = Arc::new(ClosingListener(Mutex::new(None), Mutex::new(closed)));
    let shared = engine.shared.clone();
    *listener.0.lock() = Some(engine);
    *shared.listener.lock() = Some(listener.clone());
    shared.send_view(shared.state.lock().view.clone());
    done.recv_timeout(Duration::from_secs(10)).expect("closed without deadlock");
}

#[test]
fn closing_inside_an_async_runtime_does_not_panic() {
    let world = World::new();
    let engine = world.open("ru");
    engine.dispatch(select(1)).expect("select");
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    runtime.block_on(async move { drop(engine) });
    assert_eq!(world.open("ru").view().language, Language::Ru);
}

#[test]
fn a_corrupted_store_is_moved_aside_and_the_app_starts_afresh_saying_so() {
    let world = World::new();
    drop(world.open("ky"));
    // Garble the middle of every file of the database.
    let store_dir = world.dir.path().join(crate::store::DATABASE_DIR);
    for entry in std::fs::read_dir(&store_dir).expect("store files").flatten() {
        let path = entry.path();
        if path.is_file() {
            let mut bytes = std::fs::read(&path).expect("read");
            let n = bytes.len();
            bytes[n / 4..n * 3 / 4].iter_mut().for_each(|b| *b ^= 0x5a);
            std::fs::write(&path, bytes).expect("write");
        }
    }
    let engine = world.open("ky");
    let view = engine.view();
    assert!(view.notice.is_some_and(|n| n.text.starts_with("Телефондогу маалыматты окуу мүмкүн болгон жок")));
    assert!(matches!(view.screen, Screen::Language(_)), "a new start");
    let aside = std::fs::read_dir(world.dir.path())
        .expect("list")
        .flatten()
        .any(|entry| entry.file_name().to_string_lossy().starts_with("store.damaged-"));
    assert!(aside, "the damaged store is kept aside, not deleted");
}
