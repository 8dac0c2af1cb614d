//! The preview's phones: per browser session, up to a few phones, each a core with its own data folder.
//! A phone's core opens on first use, can be restarted (to show what survives a restart), closes when idle
//! and reopens on the next request; its data stays until the session starts over. Each phone has the preview's
//! stand-ins for its device: a fingerprint prompt the page answers (`biometric.rs`) and a push token, to which the
//! sandbox bank's pushes are handed in process.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::sync::{RwLock, broadcast};
use wallet_core::app::settings::PushPlatform;
use wallet_core::platform::desktop::{InsecureFileStorage, StderrLogger};
use wallet_core::platform::{LogLevel, ViewListener};
use wallet_core::{BankConfig, CoreConfig, Engine, Event, OpenError, Platform, ViewModel};
use wallet_protocol::notifications::PushPlatform as WirePlatform;
use wallet_sandbox::notifications::PushDelivery;

use super::biometric::{BiometricPrompt, PROMPT_TIMEOUT, PromptState, PromptedStorage};
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

/// What a phone's page hears (`/api/devices/{device}/stream`): a new view, or the fingerprint prompt showing or
/// going, each as JSON.
#[derive(Clone)]
pub enum PhoneUpdate {
    View(Arc<str>),
    Prompt(Arc<str>),
}

fn prompt_json(state: PromptState) -> Arc<str> {
    serde_json::to_string(&state).map(Arc::from).unwrap_or_else(|_| Arc::from("{\"id\":null}"))
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
    /// How long a fingerprint prompt waits for the page.
    prompt_timeout: Duration,
}

pub struct Phone {
    dir: PathBuf,
    locale: String,
    utc_offset_minutes: i32,
    core: RwLock<Option<OpenCore>>,
    /// Every view of this phone's core and every fingerprint prompt, as JSON, for the page's event streams.
    /// Outlives restarts.
    pub updates: broadcast::Sender<PhoneUpdate>,
    /// The simulated system prompt in front of the biometric key. Outlives restarts (a closing core cancels it).
    pub prompt: Arc<BiometricPrompt>,
    /// The phone's address at the preview's "push service": unique per phone (its session and name).
    push_token: String,
    last_used: parking_lot::Mutex<Instant>,
}

impl Phone {
    /// The phone's data folder, where its core keeps everything (and writes the files it shares).
    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// The prompt up now, as the page's stream says it.
    pub fn prompt_update(&self) -> PhoneUpdate {
        PhoneUpdate::Prompt(prompt_json(self.prompt.state()))
    }
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
    updates: broadcast::Sender<PhoneUpdate>,
}

impl ViewListener for BroadcastListener {
    fn on_view(&self, view: ViewModel) {
        // No page listening is fine: the next page asks for the current view first.
        let _ = self.updates.send(PhoneUpdate::View(envelope_json(self.instance, &view)));
    }
}

impl Devices {
    pub fn new(root: PathBuf, bank: BankConfig) -> Devices {
        Devices::with_prompt_timeout(root, bank, PROMPT_TIMEOUT)
    }

    /// Phones whose fingerprint prompt counts as cancelled after `prompt_timeout` without an answer.
    pub fn with_prompt_timeout(root: PathBuf, bank: BankConfig, prompt_timeout: Duration) -> Devices {
        Devices {
            inner: Arc::new(Inner {
                root,
                bank,
                phones: Default::default(),
                instances: AtomicU64::new(1),
                prompt_timeout,
            }),
        }
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
        let updates = broadcast::channel(64).0;
        let announce = updates.clone();
        let prompt = BiometricPrompt::new(self.inner.prompt_timeout, move |state| {
            let _ = announce.send(PhoneUpdate::Prompt(prompt_json(state)));
        });
        let phone = Arc::new(Phone {
            dir: self.session_dir(session).join(name),
            locale: locale.to_owned(),
            utc_offset_minutes,
            core: RwLock::new(None),
            updates,
            prompt: Arc::new(prompt),
            push_token: format!("preview-{}-{name}", session.0),
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
            // screen asks for it. The unlock key is behind a simulated system prompt that the page answers.
            biometrics_available: true,
            ..CoreConfig::local(phone.dir.to_string_lossy(), phone.locale.clone())
        };
        phone.prompt.reopen();
        let platform = Platform {
            secure_storage: Arc::new(PromptedStorage::new(
                InsecureFileStorage::new(phone.dir.join("secrets")),
                phone.prompt.clone(),
            )),
            logger: Arc::new(StderrLogger { max_level: LogLevel::Info }),
        };
        let listener = Arc::new(BroadcastListener { instance, updates: phone.updates.clone() });
        let token = phone.push_token.clone();
        let engine = tokio::task::spawn_blocking(move || {
            let engine = Engine::open(config, platform)?;
            engine.set_listener(listener);
            // The "push service" gave this phone its address, as a phone's is handed over at every start.
            if let Err(rejection) = engine.dispatch(Event::PushToken { platform: PushPlatform::Preview, token }) {
                eprintln!("the phone's push token was refused: {rejection}");
            }
            Ok::<_, OpenError>(engine)
        })
        .await??;
        Ok(OpenCore { engine, instance })
    }

    /// Closes the phone's core (its queued writes finish) and opens it again on the same data.
    pub async fn restart(&self, phone: &Phone) -> Result<Arc<str>, DeviceError> {
        phone.prompt.shut();
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
            close_phone(&phone).await?;
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
                    if let Err(error) = close_phone(&phone).await {
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
            if let Err(error) = close_phone(&phone).await {
                eprintln!("closing a phone failed: {error}");
            }
        }
    }

    /// Hands the sandbox bank's pushes to the phones, as FCM or APNs would: each push for the preview's "push
    /// service" goes to the phone whose token it names, as `PushReceived`, if that phone's core is open (a closed
    /// app's push only wakes it on a phone; here the core syncs when it opens anyway). Runs until the bank's
    /// channel closes.
    pub fn deliver_pushes(&self, mut pushes: broadcast::Receiver<PushDelivery>) {
        let devices = self.clone();
        tokio::spawn(async move {
            loop {
                let push = match pushes.recv().await {
                    Ok(push) => push,
                    // Missed pushes are fine: the core's sync reads the bank's events anyway.
                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(broadcast::error::RecvError::Closed) => break,
                };
                if push.platform != WirePlatform::Preview {
                    continue;
                }
                let phone =
                    devices.inner.phones.lock().values().find(|phone| phone.push_token == push.push_token).cloned();
                let Some(phone) = phone else { continue };
                let open = phone.core.read().await;
                if let Some(core) = open.as_ref() {
                    let event = Event::PushReceived { event_id: push.message.event_id };
                    if let Err(rejection) = core.engine.dispatch(event) {
                        eprintln!("a push was refused: {rejection}");
                    }
                }
            }
        });
    }
}

/// Closes the phone's core; a fingerprint prompt up is cancelled first, so closing never waits for a finger.
async fn close_phone(phone: &Phone) -> Result<(), DeviceError> {
    phone.prompt.shut();
    close(phone.core.write().await.take()).await
}

/// Closing a core waits for its store writes: off the async workers.
async fn close(core: Option<OpenCore>) -> Result<(), DeviceError> {
    if let Some(core) = core {
        tokio::task::spawn_blocking(move || drop(core)).await?;
    }
    Ok(())
}
