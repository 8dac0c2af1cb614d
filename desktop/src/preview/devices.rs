//! The preview's phones: per browser session, up to a few phones, each a core with its own data folder.
//! A phone's core opens on first use, can be restarted (to show what survives a restart), closes when idle
//! and reopens on the next request; its data stays until the session starts over.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::sync::{RwLock, broadcast};
use wallet_core::platform::desktop::desktop_platform;
use wallet_core::platform::{LogLevel, ViewListener};
use wallet_core::{BankConfig, CoreConfig, Engine, OpenError, ViewModel};

use super::cookie::SessionId;

/// Phones one browser session may have.
pub const MAX_PHONES_PER_SESSION: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    #[error("a phone is named by 1 to 8 lowercase letters or digits, not {0:?}")]
    BadName(String),
    #[error("a session has at most {MAX_PHONES_PER_SESSION} phones")]
    TooMany,
    #[error("the phone's core did not open: {0}")]
    Open(#[from] OpenError),
    #[error("the phone's core could not be opened or closed: {0}")]
    Join(#[from] tokio::task::JoinError),
}

/// A view as the page receives it. `instance` changes whenever the phone's core is reopened, since a reopened
/// core counts its views from the start again.
#[derive(Serialize)]
pub struct ViewEnvelope<'a> {
    pub instance: u64,
    pub view: &'a ViewModel,
}

pub fn envelope_json(instance: u64, view: &ViewModel) -> Arc<str> {
    serde_json::to_string(&ViewEnvelope { instance, view }).map(Arc::from).unwrap_or_else(|_| Arc::from("{}"))
}

#[derive(Clone)]
pub struct Devices {
    inner: Arc<Inner>,
}

struct Inner {
    root: PathBuf,
    /// The bank every phone talks to.
    bank: BankConfig,
    phones: parking_lot::Mutex<HashMap<(SessionId, String), Arc<Phone>>>,
    instances: AtomicU64,
}

pub struct Phone {
    dir: PathBuf,
    locale: String,
    utc_offset_minutes: i32,
    core: RwLock<Option<OpenCore>>,
    /// Every view of this phone's core, as JSON, for the page's event streams. Outlives restarts.
    pub views: broadcast::Sender<Arc<str>>,
    last_used: parking_lot::Mutex<Instant>,
}

pub struct OpenCore {
    pub engine: Engine,
    pub instance: u64,
}

impl OpenCore {
    pub fn envelope(&self) -> Arc<str> {
        envelope_json(self.instance, &self.engine.view())
    }
}

struct BroadcastListener {
    instance: u64,
    views: broadcast::Sender<Arc<str>>,
}

impl ViewListener for BroadcastListener {
    fn on_view(&self, view: ViewModel) {
        // No page listening is fine: the next page asks for the current view first.
        let _ = self.views.send(envelope_json(self.instance, &view));
    }
}

impl Devices {
    pub fn new(root: PathBuf, bank: BankConfig) -> Devices {
        Devices { inner: Arc::new(Inner { root, bank, phones: Default::default(), instances: AtomicU64::new(1) }) }
    }

    /// The phone `name` of `session`, created (not yet opened) on first use with the browser's locale and time zone.
    pub fn phone(
        &self,
        session: SessionId,
        name: &str,
        locale: &str,
        utc_offset_minutes: i32,
    ) -> Result<Arc<Phone>, DeviceError> {
        let valid = (1..=8).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if !valid {
            return Err(DeviceError::BadName(name.to_owned()));
        }
        let mut phones = self.inner.phones.lock();
        if let Some(phone) = phones.get(&(session, name.to_owned())) {
            *phone.last_used.lock() = Instant::now();
            return Ok(phone.clone());
        }
        if phones.keys().filter(|(s, _)| *s == session).count() >= MAX_PHONES_PER_SESSION {
            return Err(DeviceError::TooMany);
        }
        let phone = Arc::new(Phone {
            dir: self.session_dir(session).join(name),
            locale: locale.to_owned(),
            utc_offset_minutes,
            core: RwLock::new(None),
            views: broadcast::channel(64).0,
            last_used: parking_lot::Mutex::new(Instant::now()),
        });
        phones.insert((session, name.to_owned()), phone.clone());
        Ok(phone)
    }

    fn session_dir(&self, session: SessionId) -> PathBuf {
        self.inner.root.join(session.0.to_string())
    }

    fn next_instance(&self) -> u64 {
        self.inner.instances.fetch_add(1, Ordering::Relaxed)
    }

    /// Runs `f` with the phone's open core, opening it first if needed.
    pub async fn with_core<R>(&self, phone: &Phone, f: impl FnOnce(&OpenCore) -> R) -> Result<R, DeviceError> {
        {
            let open = phone.core.read().await;
            if let Some(core) = open.as_ref() {
                return Ok(f(core));
            }
        }
        let mut slot = phone.core.write().await;
        let core = match slot.take() {
            Some(core) => core,
            None => self.open(phone).await?,
        };
        let result = f(&core);
        *slot = Some(core);
        Ok(result)
    }

    async fn open(&self, phone: &Phone) -> Result<OpenCore, DeviceError> {
        let instance = self.next_instance();
        let config = CoreConfig {
            bank: Some(self.inner.bank.clone()),
            utc_offset_minutes: phone.utc_offset_minutes,
            // Every preview phone "has" a fingerprint sensor, so the wizard offers biometric unlock and the lock
            // screen shows its button. There is no prompt: the preview's secure storage (a file in the phone's
            // folder) simply hands the unlock key back, which is the preview's "fingerprint".
            biometrics_available: true,
            ..CoreConfig::local(phone.dir.to_string_lossy(), phone.locale.clone())
        };
        let platform = desktop_platform(phone.dir.join("secrets"), LogLevel::Info);
        let listener = Arc::new(BroadcastListener { instance, views: phone.views.clone() });
        let engine = tokio::task::spawn_blocking(move || {
            let engine = Engine::open(config, platform)?;
            engine.set_listener(listener);
            Ok::<_, OpenError>(engine)
        })
        .await??;
        Ok(OpenCore { engine, instance })
    }

    /// Closes the phone's core (its queued writes finish) and opens it again on the same data.
    pub async fn restart(&self, phone: &Phone) -> Result<Arc<str>, DeviceError> {
        let mut slot = phone.core.write().await;
        close(slot.take()).await?;
        let core = self.open(phone).await?;
        let envelope = core.envelope();
        *slot = Some(core);
        Ok(envelope)
    }

    /// Forgets the session's phones and deletes their data.
    pub async fn reset(&self, session: SessionId) -> Result<(), DeviceError> {
        let phones: Vec<Arc<Phone>> = {
            let mut all = self.inner.phones.lock();
            let keys: Vec<_> = all.keys().filter(|(s, _)| *s == session).cloned().collect();
            keys.iter().filter_map(|key| all.remove(key)).collect()
        };
        for phone in phones {
            close(phone.core.write().await.take()).await?;
        }
        let dir = self.session_dir(session);
        tokio::task::spawn_blocking(move || match std::fs::remove_dir_all(&dir) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                eprintln!("cannot delete {}: {e}", dir.display())
            }
            _ => {}
        })
        .await?;
        Ok(())
    }

    /// Closes the cores of phones unused for `idle`, checking every `period`.
    pub fn close_idle_every(&self, period: Duration, idle: Duration) {
        let devices = self.clone();
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(period);
            loop {
                ticks.tick().await;
                let idle_phones: Vec<Arc<Phone>> = devices
                    .inner
                    .phones
                    .lock()
                    .values()
                    .filter(|phone| phone.last_used.lock().elapsed() >= idle)
                    .cloned()
                    .collect();
                for phone in idle_phones {
                    if let Err(error) = close(phone.core.write().await.take()).await {
                        eprintln!("closing an idle phone failed: {error}");
                    }
                }
            }
        });
    }

    /// Closes every open core, so every store is flushed before the process ends.
    pub async fn close_all(&self) {
        let phones: Vec<Arc<Phone>> = self.inner.phones.lock().values().cloned().collect();
        for phone in phones {
            if let Err(error) = close(phone.core.write().await.take()).await {
                eprintln!("closing a phone failed: {error}");
            }
        }
    }
}

/// Closing a core waits for its store writes: off the async workers.
async fn close(core: Option<OpenCore>) -> Result<(), DeviceError> {
    if let Some(core) = core {
        tokio::task::spawn_blocking(move || drop(core)).await?;
    }
    Ok(())
}
