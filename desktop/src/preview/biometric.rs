//! The preview's fingerprint sensor. A phone's keystore hands out the biometric unlock key only after the system's
//! prompt («Приложите палец»); the preview keeps its keys in plain files (`InsecureFileStorage`), which would hand the
//! key over at once. So each phone's secure storage is wrapped: reading a key whose name ends in `.biometric` waits
//! for the page's answer to a simulated prompt (`POST /api/devices/{device}/biometric`), and a cancel, no answer
//! within the timeout, or the phone's core closing is `PlatformError::Unavailable`, as a cancelled system prompt is.
//! The core reads the key on a blocking thread, so waiting here blocks nothing else.

use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};
use serde::Serialize;
use wallet_core::platform::desktop::InsecureFileStorage;
use wallet_core::platform::{PlatformError, SecureStorage};

/// How long the simulated prompt waits for an answer before it counts as cancelled.
pub const PROMPT_TIMEOUT: Duration = Duration::from_secs(60);

/// Keys behind the prompt: the core names its biometric unlock key so.
const BIOMETRIC_SUFFIX: &str = ".biometric";

/// What the page is told: the prompt `id` to answer, or none (`null`) when no prompt is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PromptState {
    pub id: Option<u64>,
}

#[derive(Default)]
struct Slot {
    next_id: u64,
    /// The prompt on screen.
    pending: Option<u64>,
    /// The page's answer to `pending`: approved or not.
    answer: Option<bool>,
    /// The phone's core is closing: no prompt is shown, and the one up is cancelled.
    shut: bool,
}

/// One phone's prompt: at most one on screen at a time, answered by the page.
pub struct BiometricPrompt {
    slot: Mutex<Slot>,
    changed: Condvar,
    /// A second prompt waits for the first to go, as a system shows one at a time.
    one_at_a_time: Mutex<()>,
    timeout: Duration,
    /// Called with the new state whenever a prompt shows or goes (the page's stream).
    announce: Box<dyn Fn(PromptState) + Send + Sync>,
}

impl BiometricPrompt {
    pub fn new(timeout: Duration, announce: impl Fn(PromptState) + Send + Sync + 'static) -> BiometricPrompt {
        BiometricPrompt {
            slot: Mutex::new(Slot::default()),
            changed: Condvar::new(),
            one_at_a_time: Mutex::new(()),
            timeout,
            announce: Box::new(announce),
        }
    }

    /// Shows the prompt and waits for the answer: true when the finger was "put on", false when cancelled, not
    /// answered in time, or the core is closing.
    pub fn ask(&self) -> bool {
        let _turn = self.one_at_a_time.lock();
        let mut slot = self.slot.lock();
        if slot.shut {
            return false;
        }
        slot.next_id += 1;
        let id = slot.next_id;
        slot.pending = Some(id);
        slot.answer = None;
        (self.announce)(PromptState { id: Some(id) });
        let deadline = Instant::now() + self.timeout;
        let approved = loop {
            if let Some(approved) = slot.answer {
                break approved;
            }
            if slot.shut || self.changed.wait_until(&mut slot, deadline).timed_out() {
                break slot.answer.unwrap_or(false);
            }
        };
        slot.pending = None;
        slot.answer = None;
        (self.announce)(PromptState { id: None });
        approved
    }

    /// The page's answer to prompt `id`; false when that prompt is no longer up.
    pub fn answer(&self, id: u64, approve: bool) -> bool {
        let mut slot = self.slot.lock();
        if slot.pending != Some(id) || slot.answer.is_some() {
            return false;
        }
        slot.answer = Some(approve);
        self.changed.notify_all();
        true
    }

    /// The prompt up now, for a page that starts listening.
    pub fn state(&self) -> PromptState {
        PromptState { id: self.slot.lock().pending }
    }

    /// The core is closing: the prompt up is cancelled and no new one shows, so closing never waits for a finger.
    pub fn shut(&self) {
        let mut slot = self.slot.lock();
        slot.shut = true;
        self.changed.notify_all();
    }

    /// A core opens again: prompts show again.
    pub fn reopen(&self) {
        self.slot.lock().shut = false;
    }
}

/// A phone's secure storage: the preview's plain files, with the biometric key behind the prompt.
pub struct PromptedStorage {
    files: InsecureFileStorage,
    prompt: Arc<BiometricPrompt>,
}

impl PromptedStorage {
    pub fn new(files: InsecureFileStorage, prompt: Arc<BiometricPrompt>) -> PromptedStorage {
        PromptedStorage { files, prompt }
    }
}

impl SecureStorage for PromptedStorage {
    fn get(&self, key: String) -> Result<Option<Vec<u8>>, PlatformError> {
        if !key.ends_with(BIOMETRIC_SUFFIX) {
            return self.files.get(key);
        }
        // No key, no prompt: the system asks for a finger only to release a key it holds.
        let Some(value) = self.files.get(key)? else {
            return Ok(None);
        };
        if self.prompt.ask() {
            Ok(Some(value))
        } else {
            Err(PlatformError::Unavailable { reason: "the fingerprint prompt was cancelled".into() })
        }
    }

    fn put(&self, key: String, value: Vec<u8>) -> Result<(), PlatformError> {
        self.files.put(key, value)
    }

    fn delete(&self, key: String) -> Result<(), PlatformError> {
        self.files.delete(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A storage holding the biometric key and another, its prompt, and what the prompt announced.
    struct Fixture {
        storage: Arc<PromptedStorage>,
        prompt: Arc<BiometricPrompt>,
        seen: Arc<Mutex<Vec<PromptState>>>,
        _dir: tempfile::TempDir,
    }

    /// A read of the biometric key on another thread, as the core reads it.
    type Read = std::thread::JoinHandle<Result<Option<Vec<u8>>, PlatformError>>;

    impl Fixture {
        fn new(timeout: Duration) -> Fixture {
            let dir = tempfile::tempdir().expect("temp dir");
            let seen = Arc::new(Mutex::new(Vec::new()));
            let announced = seen.clone();
            let prompt = Arc::new(BiometricPrompt::new(timeout, move |state| announced.lock().push(state)));
            let storage = Arc::new(PromptedStorage::new(InsecureFileStorage::new(dir.path()), prompt.clone()));
            storage.put("unlock.biometric".into(), vec![1, 2, 3]).expect("put");
            storage.put("data-key".into(), vec![9]).expect("put");
            Fixture { storage, prompt, seen, _dir: dir }
        }

        /// Reads the biometric key in the background and waits until its prompt is up: the prompt's id, the read.
        fn read_in_background(&self) -> (u64, Read) {
            let reader = self.storage.clone();
            let read = std::thread::spawn(move || reader.get("unlock.biometric".into()));
            let started = Instant::now();
            loop {
                if let Some(id) = self.prompt.state().id {
                    return (id, read);
                }
                assert!(started.elapsed() < Duration::from_secs(5), "the prompt never showed");
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }

    fn unavailable(result: Result<Option<Vec<u8>>, PlatformError>) {
        assert!(matches!(result, Err(PlatformError::Unavailable { .. })), "{result:?}");
    }

    #[test]
    fn other_keys_and_a_missing_biometric_key_need_no_prompt() {
        let fixture = Fixture::new(Duration::from_secs(5));
        assert_eq!(fixture.storage.get("data-key".into()), Ok(Some(vec![9])));
        assert_eq!(fixture.storage.get("other.biometric".into()), Ok(None));
        assert_eq!(fixture.prompt.state(), PromptState { id: None });
        assert!(fixture.seen.lock().is_empty());
    }

    #[test]
    fn the_key_comes_only_when_the_finger_is_put_on() {
        let fixture = Fixture::new(Duration::from_secs(5));
        let (id, read) = fixture.read_in_background();
        assert!(!fixture.prompt.answer(id + 1, true), "another prompt's answer is refused");
        assert!(fixture.prompt.answer(id, true));
        assert_eq!(read.join().expect("read"), Ok(Some(vec![1, 2, 3])));
        assert_eq!(*fixture.seen.lock(), [PromptState { id: Some(id) }, PromptState { id: None }]);
        assert!(!fixture.prompt.answer(id, true), "answered once");
    }

    #[test]
    fn a_cancel_a_timeout_and_a_closing_core_are_unavailable() {
        let fixture = Fixture::new(Duration::from_millis(200));
        let (id, read) = fixture.read_in_background();
        assert!(fixture.prompt.answer(id, false));
        unavailable(read.join().expect("read"));

        let started = Instant::now();
        unavailable(fixture.storage.get("unlock.biometric".into()));
        assert!(started.elapsed() >= Duration::from_millis(200), "waited for the timeout");

        let (_, read) = fixture.read_in_background();
        fixture.prompt.shut();
        unavailable(read.join().expect("read"));
        unavailable(fixture.storage.get("unlock.biometric".into()));
        assert_eq!(fixture.prompt.state(), PromptState { id: None }, "no prompt while closed");
        fixture.prompt.reopen();
        let (id, read) = fixture.read_in_background();
        assert!(fixture.prompt.answer(id, true));
        assert_eq!(read.join().expect("read"), Ok(Some(vec![1, 2, 3])));
    }
}
