//! The engine: what turns the pure `update`/`view` into a running app. It owns the model, the store, one tokio
//! runtime for effects, and the thread that hands views to the shell's listener.
//!
//! `dispatch` runs `update` on the caller's thread (it takes microseconds), answers at once, and queues the
//! effects; their outcomes re-enter `update` from the runtime. Every new view reaches the listener in order.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;
use std::time::Duration;

use parking_lot::Mutex;
use tokio::runtime::Runtime;
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};

mod clock;
mod config;
mod effects;
mod error;
mod favourites;
mod kyc;
mod pay;
mod receipts;
mod services;
mod services_catalogue;
mod shake;
mod split;
mod topup;
mod transfer;
mod views;

pub use clock::{Clock, ManualClock, SystemClock};
pub use config::{BankConfig, CoreConfig};
pub use error::OpenError;

use crate::app::{self, Event, Model, Msg, Notice, Rejection, Security, Settings, Start, ViewModel};
use crate::domain::Language;
use crate::features::terms::TERMS_VERSION;
use crate::i18n::Catalog;
use crate::platform::{Log, Platform, SecureStorage, ViewListener};
use crate::security::{DataKey, PinVault};
use crate::store::{OpenReport, Store, StoreError};
use effects::LaneMsg;
use services::BankServices;

/// How long closing waits for queued store writes before giving up on them. Generous: each write is an fsync, and
/// a loaded disk can take seconds; giving up loses the newest choice. (A phone's OS may kill the process sooner; each
/// write is flushed as it happens for that reason.)
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

/// How long closing waits for work on blocking threads (each takes well under a second, more on a loaded machine).
const BLOCKING_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Engine {
    shared: Arc<Shared>,
    runtime: Option<Runtime>,
    lane: Option<tokio::task::JoinHandle<()>>,
    views_thread: Option<JoinHandle<()>>,
}

pub(crate) struct Shared {
    /// This very value, for the tasks that effects spawn.
    me: std::sync::Weak<Shared>,
    state: Mutex<State>,
    catalog: &'static Catalog,
    store: Arc<Store>,
    /// The bank's client, sign-in and sync, when a bank is configured.
    bank: Option<Arc<BankServices>>,
    vault: PinVault,
    clock: Arc<dyn Clock>,
    /// The core's folder (the store, files for the share sheet).
    data_dir: PathBuf,
    /// When the user last touched the app, for the idle lock.
    last_activity_ms: AtomicI64,
    runtime: tokio::runtime::Handle,
    log: Log,
    lane: UnboundedSender<LaneMsg>,
    views: Mutex<Option<Sender<ViewModel>>>,
    listener: views::ListenerSlot,
}

struct State {
    model: Model,
    /// The newest view, as the listener last got it.
    view: ViewModel,
}

impl Engine {
    /// Opens the core on the data in `config.data_dir`, creating it on first start.
    pub fn open(config: CoreConfig, platform: Platform) -> Result<Engine, OpenError> {
        Engine::open_with_clock(config, platform, Arc::new(SystemClock))
    }

    /// Opens the core with the given clock (tests drive PIN waits and idle locks with a [`ManualClock`]).
    pub fn open_with_clock(config: CoreConfig, platform: Platform, clock: Arc<dyn Clock>) -> Result<Engine, OpenError> {
        let log = Log::new(platform.logger.clone());
        if config.data_dir.trim().is_empty() {
            return Err(OpenError::Config("data_dir is empty; pass the app's private files folder"));
        }
        let data_dir = PathBuf::from(&config.data_dir);
        std::fs::create_dir_all(&data_dir).map_err(|source| OpenError::DataDir { path: data_dir.clone(), source })?;
        let (store, report) = open_store(&data_dir, platform.secure_storage.as_ref(), clock.as_ref(), &log)?;
        let store = Arc::new(store);
        let bank = match &config.bank {
            Some(bank) => Some(Arc::new(BankServices::new(bank, store.clone(), platform.secure_storage.clone())?)),
            None => None,
        };
        let vault = PinVault::new(store.clone(), platform.secure_storage.clone());
        let settings = load_settings(&store, &log)?;
        let phone = match store.session() {
            Ok(session) => session.map(|s| s.phone),
            Err(error) => {
                log.warn("store", format!("session unreadable: {error}"));
                None
            }
        };
        let start = Start {
            device_language: Language::for_device(&config.device_locale),
            utc_offset_minutes: config.utc_offset_minutes,
            bank_configured: bank.is_some(),
            qr_provider_id: config.bank.as_ref().map(|b| b.qr_provider_id.clone()).unwrap_or_default(),
            phone,
            notice: report.cleared_after_key_loss.map(|loss| Notice::LocalDataCleared { lost: loss.lost_outbox }),
            now_ms: clock.now_ms(),
            security: security_facts(&store, &vault, config.biometrics_available, &log),
            draft: store
                .wizard_draft()
                .unwrap_or_else(|error| {
                    log.warn("store", format!("wizard draft unreadable, starting without it: {error}"));
                    None
                })
                .unwrap_or_default(),
        };
        let mut model = Model::restore(settings, start);
        let first_effects = app::on_start(&mut model);

        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("wallet-core")
            .enable_all()
            .build()
            .map_err(OpenError::Runtime)?;
        let listener: views::ListenerSlot = Arc::new(Mutex::new(None));
        let (views_sender, views_thread) = views::start(listener.clone(), log.clone()).map_err(OpenError::Runtime)?;
        let (lane_sender, lane_queue) = unbounded_channel();

        let catalog = Catalog::shared();
        let view = app::view(&model, catalog);
        let handle = runtime.handle().clone();
        let shared = Arc::new_cyclic(|me| Shared {
            me: me.clone(),
            state: Mutex::new(State { model, view }),
            catalog,
            store,
            bank,
            vault,
            last_activity_ms: AtomicI64::new(clock.now_ms()),
            data_dir: data_dir.clone(),
            clock,
            runtime: handle,
            log: log.clone(),
            lane: lane_sender,
            views: Mutex::new(Some(views_sender)),
            listener,
        });
        let lane = runtime.spawn(effects::store_lane(lane_queue, Arc::downgrade(&shared)));
        {
            let _state = shared.state.lock();
            for effect in first_effects {
                shared.run(effect);
            }
        }
        log.info("engine", "core opened");
        Ok(Engine { shared, runtime: Some(runtime), lane: Some(lane), views_thread: Some(views_thread) })
    }

    /// Applies a user's event. Returns at once; the new view reaches the listener (and `view`).
    /// A rejected event changes nothing.
    pub fn dispatch(&self, event: Event) -> Result<(), Rejection> {
        let name = event.name();
        // What the device reports is not the person touching the app.
        if !matches!(
            event,
            Event::Lifecycle { .. }
                | Event::Network { .. }
                | Event::PushToken { .. }
                | Event::PushReceived { .. }
                | Event::Shake(crate::features::shake::ShakeEvent::Samples { .. })
        ) {
            self.shared.last_activity_ms.store(self.shared.clock.now_ms(), Ordering::SeqCst);
        }
        self.shared.process(Msg::Ui(event)).inspect_err(|rejection| {
            self.shared.log.warn("engine", format!("{name} rejected: {rejection}"));
        })
    }

    /// The newest view.
    pub fn view(&self) -> ViewModel {
        self.shared.state.lock().view.clone()
    }

    /// Sets the listener that receives every new view, starting with the current one.
    pub fn set_listener(&self, listener: Arc<dyn ViewListener>) {
        *self.shared.listener.lock() = Some(listener);
        let state = self.shared.state.lock();
        self.shared.send_view(state.view.clone());
    }
}

/// Opens the store. A store sled finds corrupted is moved aside (kept for support, never read again) and a new one
/// is started: the history comes again from the bank, and the user is told.
fn open_store(
    data_dir: &std::path::Path,
    keys: &dyn SecureStorage,
    clock: &dyn Clock,
    log: &Log,
) -> Result<(Store, OpenReport), OpenError> {
    match Store::open(data_dir, DataKey::load_or_create(keys)?) {
        Err(StoreError::Open { path, source: sled::Error::Corruption { .. } }) => {
            let aside = path.with_file_name(format!("store.damaged-{}", clock.now_ms()));
            log.error("store", "the store is corrupted; it is moved aside and a new one started");
            std::fs::rename(&path, &aside).map_err(|source| OpenError::DataDir { path: path.clone(), source })?;
            let (store, mut report) = Store::open(data_dir, DataKey::load_or_create(keys)?)?;
            report.cleared_after_key_loss.get_or_insert(crate::store::KeyLoss { lost_outbox: 0 });
            Ok((store, report))
        }
        other => Ok(other?),
    }
}

/// What the store holds of the signed-in person's protection. Unreadable facts count as absent: the wizard asks again.
struct StoredFacts {
    terms_accepted: bool,
    pin_set: bool,
    biometrics_enabled: bool,
}

fn stored_facts(store: &Store, vault: &PinVault, log: &Log) -> StoredFacts {
    let read = |what: &str, result: Result<bool, String>| {
        result.unwrap_or_else(|error| {
            log.warn("store", format!("{what} unreadable: {error}"));
            false
        })
    };
    StoredFacts {
        terms_accepted: read(
            "terms",
            store.terms().map(|t| t.is_some_and(|t| t.version == TERMS_VERSION)).map_err(|e| e.to_string()),
        ),
        pin_set: read("PIN", vault.is_set().map_err(|e| e.to_string())),
        biometrics_enabled: read("biometrics", vault.biometrics_enabled().map_err(|e| e.to_string())),
    }
}

fn security_facts(store: &Store, vault: &PinVault, biometrics_available: bool, log: &Log) -> Security {
    let facts = stored_facts(store, vault, log);
    Security {
        pin_set: facts.pin_set,
        biometrics_available,
        biometrics_enabled: biometrics_available && facts.biometrics_enabled,
        terms_accepted: facts.terms_accepted,
        idle_generation: 0,
        push_registered: false,
        terms_update_told: false,
    }
}

fn load_settings(store: &Store, log: &Log) -> Result<Settings, OpenError> {
    match store.load_settings() {
        Ok(settings) => Ok(settings.unwrap_or_default()),
        // Damaged settings hold nothing that cannot be chosen again: start over rather than refuse to open.
        Err(error @ StoreError::Record { .. }) => {
            log.warn("store", format!("settings unreadable, starting from defaults: {error}"));
            Ok(Settings::default())
        }
        Err(error) => Err(error.into()),
    }
}

impl Shared {
    /// Runs `update`, publishes the view if it changed, and queues the effects — all under one lock, so views
    /// and store writes leave in the order the model went through its states.
    fn process(&self, msg: Msg) -> Result<(), Rejection> {
        let mut state = self.state.lock();
        let effects = app::update(&mut state.model, msg)?;
        let mut next = app::view(&state.model, self.catalog);
        if next != state.view {
            state.model.revision += 1;
            next.revision = state.model.revision;
            state.view = next.clone();
            self.send_view(next);
        }
        for effect in effects {
            self.run(effect);
        }
        Ok(())
    }

    fn send_view(&self, view: ViewModel) {
        if let Some(views) = self.views.lock().as_ref() {
            let _ = views.send(view);
        }
    }
}

impl Drop for Engine {
    /// Closing: queued store writes finish (up to [`DRAIN_TIMEOUT`]), the store is flushed, the runtime and the
    /// views thread stop. Works from any thread, including the listener's and an async runtime's.
    fn drop(&mut self) {
        {
            let _state = self.shared.state.lock();
            let _ = self.shared.lane.send(LaneMsg::Close);
        }
        let runtime = self.runtime.take();
        let lane = self.lane.take();
        // Blocking on a runtime is not allowed inside another one (the web preview drops cores from its handlers),
        // so the waiting happens on a thread of its own.
        let closer = std::thread::spawn(move || {
            if let Some(runtime) = runtime {
                if let Some(lane) = lane {
                    let _ = runtime.block_on(async { tokio::time::timeout(DRAIN_TIMEOUT, lane).await });
                }
                // Timers and bank calls stop at once; work on a blocking thread (a store flush, a PIN's key
                // derivation, a photo's check) holds the store and is let finish, so the next core can open it.
                runtime.shutdown_timeout(BLOCKING_TIMEOUT);
            }
        });
        if closer.join().is_err() {
            self.shared.log.error("engine", "the runtime did not shut down cleanly");
        }
        if let Err(error) = self.shared.store.flush() {
            self.shared.log.error("store", format!("final flush failed: {error}"));
        }
        self.shared.views.lock().take();
        if let Some(thread) = self.views_thread.take() {
            // A listener may close the core from its own callback; that thread cannot wait for itself.
            if thread.thread().id() != std::thread::current().id() {
                let _ = thread.join();
            }
        }
        self.shared.log.info("engine", "core closed");
    }
}

#[cfg(test)]
mod tests;
