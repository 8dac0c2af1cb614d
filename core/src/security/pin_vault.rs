//! The PIN and biometric unlock, kept: the PIN's verifier and failure count in the store (sealed), the biometric
//! unlock key in the platform's secure storage. Applies the rules of `pin.rs` with the time it is given, so tests
//! drive the clock.

use std::sync::Arc;

use ring::digest::{SHA256, digest};
use ring::rand::{SecureRandom, SystemRandom};
use subtle::ConstantTimeEq;

use super::pin::{PIN_ITERATIONS, PinAttempts, PinDigits, PinError, PinVerifier, WIPE_AFTER};
use crate::platform::{PlatformError, SecureStorage};
use crate::session::Credentials;
use crate::store::{BiometricFingerprint, Store, StoreError};

/// The name of the biometric unlock key in secure storage. Shells keep entries whose name ends in `.biometric`
/// behind the system's biometric prompt (a Keystore key with user authentication required, a Keychain item with
/// `.biometryCurrentSet`): reading it shows the prompt, and fails if the person cancels.
pub const BIOMETRIC_KEY_NAME: &str = "wallet.unlock-key.v1.biometric";
const BIOMETRIC_KEY_LEN: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("secure storage: {0}")]
    Platform(#[from] PlatformError),
    #[error(transparent)]
    Pin(#[from] PinError),
}

/// What checking a PIN found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinVerdict {
    Correct,
    /// `failures` in a row now; no PIN may be tried before `locked_until_ms`, if set.
    Wrong {
        failures: u32,
        left_before_wipe: u32,
        locked_until_ms: Option<i64>,
    },
    /// Still waiting after earlier failures: the PIN was not checked and nothing was counted.
    Locked {
        until_ms: i64,
    },
    /// The last allowed failure: the local session, the PIN and the biometric key are gone.
    Wiped,
    /// There is no PIN to check (it was wiped or never made).
    NoPin,
}

/// What a biometric unlock found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BiometricVerdict {
    Unlocked,
    /// Not turned on, or its key is gone.
    NotEnabled,
    /// The person cancelled the system prompt, or it is unavailable now.
    Cancelled,
    /// Secure storage gave a key that is not the one turned on: it is turned off.
    Mismatch,
}

#[derive(Clone)]
pub struct PinVault {
    store: Arc<Store>,
    storage: Arc<dyn SecureStorage>,
    credentials: Credentials,
    iterations: u32,
}

impl PinVault {
    pub fn new(store: Arc<Store>, storage: Arc<dyn SecureStorage>) -> PinVault {
        let credentials = Credentials::new(storage.clone());
        PinVault { store, storage, credentials, iterations: PIN_ITERATIONS }
    }

    /// A vault deriving with fewer rounds, for tests that check many PINs.
    #[cfg(test)]
    pub fn with_iterations(mut self, iterations: u32) -> PinVault {
        self.iterations = iterations;
        self
    }

    pub fn is_set(&self) -> Result<bool, VaultError> {
        Ok(self.store.pin_verifier()?.is_some())
    }

    pub fn biometrics_enabled(&self) -> Result<bool, VaultError> {
        Ok(self.store.biometric()?.is_some())
    }

    /// Keeps a new PIN's verifier (the PIN itself is dropped here). Clears earlier failures.
    pub fn create(&self, pin: &PinDigits) -> Result<(), VaultError> {
        let verifier = PinVerifier::derive(pin, self.iterations)?;
        self.store.save_pin(&verifier)?;
        Ok(())
    }

    /// Checks `pin` at `now_ms`. The failure is written before the check and taken back when the PIN is right, so
    /// stopping the app mid-check cannot be used to try PINs for free.
    pub fn check(&self, pin: &PinDigits, now_ms: i64) -> Result<PinVerdict, VaultError> {
        let Some(verifier) = self.store.pin_verifier()? else {
            return Ok(PinVerdict::NoPin);
        };
        let attempts = match self.store.pin_attempts() {
            Ok(attempts) => attempts,
            // A failure count that does not open was tampered with: treat it as used up.
            Err(StoreError::Damaged { .. }) => {
                self.wipe()?;
                return Ok(PinVerdict::Wiped);
            }
            Err(error) => return Err(error.into()),
        };
        let attempts = {
            let anchored = attempts.as_of(now_ms);
            if anchored != attempts {
                self.store.save_pin_attempts(&anchored)?;
            }
            anchored
        };
        if let Some(until_ms) = attempts.locked_until_ms().filter(|until| now_ms < *until) {
            return Ok(PinVerdict::Locked { until_ms });
        }
        let counted = attempts.failed(now_ms);
        self.store.save_pin_attempts(&counted)?;
        if verifier.matches(pin) {
            self.store.save_pin_attempts(&Default::default())?;
            return Ok(PinVerdict::Correct);
        }
        if counted.failures >= WIPE_AFTER {
            self.wipe()?;
            return Ok(PinVerdict::Wiped);
        }
        Ok(PinVerdict::Wrong {
            failures: counted.failures,
            left_before_wipe: counted.left_before_wipe(),
            locked_until_ms: counted.locked_until_ms(),
        })
    }

    /// The phone's clock was set back by `by_ms` (the model saw it happen): the last failure moves back with it, so
    /// the wait left is the one the lock screen shows. (A clock set back while the app was closed is caught by
    /// [`PinAttempts::as_of`] at the next check instead: the wait then counts from that check.)
    pub fn clock_set_back(&self, by_ms: i64) -> Result<(), VaultError> {
        let attempts = self.store.pin_attempts()?;
        if attempts.failures > 0 && by_ms > 0 {
            let moved = PinAttempts { last_failure_ms: attempts.last_failure_ms.saturating_sub(by_ms), ..attempts };
            self.store.save_pin_attempts(&moved)?;
        }
        Ok(())
    }

    /// After too many wrong PINs: the session token, the PIN, the biometric key and who is signed in go; the
    /// cached history and the outbox stay for the same person signing in again by SMS code.
    pub fn wipe(&self) -> Result<(), VaultError> {
        self.credentials.forget()?;
        self.storage.delete(BIOMETRIC_KEY_NAME.to_owned())?;
        self.store.forget_pin()?;
        self.store.end_session()?;
        Ok(())
    }

    /// Forgets the PIN and the biometric key (forgot PIN: a new one follows the SMS code).
    pub fn forget(&self) -> Result<(), VaultError> {
        self.storage.delete(BIOMETRIC_KEY_NAME.to_owned())?;
        self.store.forget_pin()?;
        Ok(())
    }

    /// Makes a random unlock key, hands it to secure storage behind the biometric prompt, and keeps its hash.
    pub fn enable_biometrics(&self) -> Result<(), VaultError> {
        let mut key = vec![0u8; BIOMETRIC_KEY_LEN];
        SystemRandom::new().fill(&mut key).map_err(|_| PinError::Random)?;
        let fingerprint = BiometricFingerprint { sha256: digest(&SHA256, &key).as_ref().to_vec() };
        self.storage.put(BIOMETRIC_KEY_NAME.to_owned(), key)?;
        self.store.save_biometric(&fingerprint)?;
        Ok(())
    }

    pub fn disable_biometrics(&self) -> Result<(), VaultError> {
        self.store.forget_biometric()?;
        self.storage.delete(BIOMETRIC_KEY_NAME.to_owned())?;
        Ok(())
    }

    /// Unlocks with the key secure storage releases after the biometric prompt. A match also clears PIN failures.
    pub fn unlock_with_biometrics(&self) -> Result<BiometricVerdict, VaultError> {
        let Some(fingerprint) = self.store.biometric()? else {
            return Ok(BiometricVerdict::NotEnabled);
        };
        let key = match self.storage.get(BIOMETRIC_KEY_NAME.to_owned()) {
            Ok(Some(key)) => key,
            Ok(None) => {
                self.store.forget_biometric()?;
                return Ok(BiometricVerdict::NotEnabled);
            }
            Err(PlatformError::Unavailable { .. }) => return Ok(BiometricVerdict::Cancelled),
            Err(error) => return Err(error.into()),
        };
        let hash = digest(&SHA256, &key);
        if !bool::from(hash.as_ref().ct_eq(&fingerprint.sha256)) {
            self.disable_biometrics()?;
            return Ok(BiometricVerdict::Mismatch);
        }
        self.store.save_pin_attempts(&Default::default())?;
        Ok(BiometricVerdict::Unlocked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Phone;
    use crate::platform::desktop::MemorySecureStorage;
    use crate::security::DataKey;
    use crate::security::pin::PinAttempts;
    use crate::store::SessionRecord;

    const RIGHT: &str = "5827";
    const WRONG: &str = "5828";

    struct Fixture {
        dir: tempfile::TempDir,
        keys: Arc<MemorySecureStorage>,
    }

    impl Fixture {
        fn new() -> Fixture {
            Fixture { dir: tempfile::tempdir().expect("temp dir"), keys: Arc::new(MemorySecureStorage::default()) }
        }

        /// The vault over the store as it is on disk: each call is the app started again.
        fn open(&self) -> (Arc<Store>, PinVault) {
            let key = DataKey::load_or_create(self.keys.as_ref()).expect("key");
            let (store, _) = Store::open(self.dir.path(), key).expect("store");
            let store = Arc::new(store);
            (store.clone(), PinVault::new(store, self.keys.clone()).with_iterations(1_000))
        }
    }

    fn signed_in(fixture: &Fixture) {
        let (store, vault) = fixture.open();
        let phone = Phone::parse("+996555123456").expect("phone");
        store
            .save_session(&SessionRecord { user_id: "usr-1".into(), phone, profile: None, profile_read_at_ms: None })
            .expect("session");
        Credentials::new(fixture.keys.clone()).save("token").expect("token");
        vault.create(&PinDigits::of(RIGHT)).expect("create");
    }

    fn check(fixture: &Fixture, pin: &str, now_ms: i64) -> PinVerdict {
        let (_store, vault) = fixture.open();
        vault.check(&PinDigits::of(pin), now_ms).expect("check")
    }

    #[test]
    fn five_failures_wait_thirty_seconds_then_each_doubles_across_restarts() {
        let fixture = Fixture::new();
        signed_in(&fixture);
        for failure in 1..=4 {
            let verdict = check(&fixture, WRONG, failure);
            assert_eq!(
                verdict,
                PinVerdict::Wrong {
                    failures: failure as u32,
                    left_before_wipe: 10 - failure as u32,
                    locked_until_ms: None
                }
            );
        }
        let t5 = 100_000;
        assert_eq!(
            check(&fixture, WRONG, t5),
            PinVerdict::Wrong { failures: 5, left_before_wipe: 5, locked_until_ms: Some(t5 + 30_000) }
        );
        // Even the right PIN is not looked at while waiting, and waiting costs nothing.
        assert_eq!(check(&fixture, RIGHT, t5 + 29_999), PinVerdict::Locked { until_ms: t5 + 30_000 });
        let t6 = t5 + 30_000;
        assert_eq!(
            check(&fixture, WRONG, t6),
            PinVerdict::Wrong { failures: 6, left_before_wipe: 4, locked_until_ms: Some(t6 + 60_000) }
        );
        assert_eq!(check(&fixture, RIGHT, t6 + 60_000), PinVerdict::Correct);
        assert_eq!(fixture.open().0.pin_attempts().expect("read"), PinAttempts::default(), "the right PIN clears them");
    }

    #[test]
    fn a_clock_set_back_hours_never_makes_a_wait_longer_than_the_schedule() {
        const HOURS_5: i64 = 5 * 3_600_000;
        let fixture = Fixture::new();
        signed_in(&fixture);
        // The phone's clock runs five hours ahead while the PINs are typed…
        let ahead = 1_000_000_000 + HOURS_5;
        for _ in 1..=5 {
            check(&fixture, WRONG, ahead);
        }
        // …then the network puts it right. The wait counts from now: 30 s, not five hours and 30 s.
        let corrected = 1_000_000_000;
        assert_eq!(check(&fixture, RIGHT, corrected), PinVerdict::Locked { until_ms: corrected + 30_000 });
        assert_eq!(check(&fixture, RIGHT, corrected + 29_999), PinVerdict::Locked { until_ms: corrected + 30_000 });
        assert_eq!(check(&fixture, RIGHT, corrected + 30_000), PinVerdict::Correct);
        // Nothing was counted for the tries refused while waiting.
        for _ in 1..=5 {
            check(&fixture, WRONG, corrected + 40_000);
        }
        let back_again = corrected - HOURS_5;
        assert_eq!(
            check(&fixture, WRONG, back_again),
            PinVerdict::Locked { until_ms: back_again + 30_000 },
            "the clock going back again re-counts the same wait, it neither frees the pad nor lengthens it"
        );
    }

    #[test]
    fn a_clock_set_back_while_the_app_runs_leaves_the_wait_the_lock_screen_shows() {
        const HOURS_5: i64 = 5 * 3_600_000;
        let fixture = Fixture::new();
        signed_in(&fixture);
        let ahead = 1_000_000_000 + HOURS_5;
        for _ in 1..=5 {
            check(&fixture, WRONG, ahead);
        }
        // Ten seconds into the wait the clock goes back five hours; the model tells the vault.
        fixture.open().1.clock_set_back(HOURS_5).expect("moved");
        let now = 1_000_000_000 + 10_000;
        assert_eq!(check(&fixture, RIGHT, now), PinVerdict::Locked { until_ms: 1_000_000_000 + 30_000 });
        assert_eq!(check(&fixture, RIGHT, 1_000_000_000 + 30_000), PinVerdict::Correct);
    }

    #[test]
    fn the_tenth_failure_wipes_the_session_and_secrets() {
        let fixture = Fixture::new();
        signed_in(&fixture);
        let mut now = 0;
        for _ in 1..=9 {
            assert!(matches!(check(&fixture, WRONG, now), PinVerdict::Wrong { .. }));
            now += 10_000_000;
        }
        assert_eq!(check(&fixture, WRONG, now), PinVerdict::Wiped);
        let (store, vault) = fixture.open();
        assert!(!vault.is_set().expect("read"));
        assert_eq!(store.session().expect("read"), None);
        assert_eq!(Credentials::new(fixture.keys.clone()).token().expect("token"), None);
        assert_eq!(store.last_user().expect("read").as_deref(), Some("usr-1"), "the same person may come back");
        drop((store, vault));
        assert_eq!(check(&fixture, RIGHT, now + 1), PinVerdict::NoPin);
    }

    #[test]
    fn a_failure_is_counted_before_the_check_even_if_the_app_dies_in_between() {
        let fixture = Fixture::new();
        signed_in(&fixture);
        let (store, vault) = fixture.open();
        // What the store holds while the derivation runs: the failure, already written.
        store.save_pin_attempts(&PinAttempts::default().failed(7)).expect("counted");
        drop((store, vault));
        assert!(matches!(check(&fixture, WRONG, 8), PinVerdict::Wrong { failures: 2, .. }));
    }

    #[test]
    fn biometrics_unlock_only_with_the_key_secure_storage_holds() {
        let fixture = Fixture::new();
        signed_in(&fixture);
        let (_store, vault) = fixture.open();
        assert_eq!(vault.unlock_with_biometrics().expect("unlock"), BiometricVerdict::NotEnabled);
        vault.enable_biometrics().expect("enable");
        assert_eq!(vault.unlock_with_biometrics().expect("unlock"), BiometricVerdict::Unlocked);
        // A key put there by someone else is not the one turned on: biometrics are turned off.
        fixture.keys.put(BIOMETRIC_KEY_NAME.into(), vec![7; 32]).expect("swap");
        assert_eq!(vault.unlock_with_biometrics().expect("unlock"), BiometricVerdict::Mismatch);
        assert!(!vault.biometrics_enabled().expect("read"));
    }
}
