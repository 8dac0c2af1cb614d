//! wallet-ffi: the surface the Android and iOS shells call, generated into Kotlin and Swift by uniffi.
//!
//! It is deliberately small: a [`WalletCore`] to create, send events to, read views from and listen to, and one
//! public error. The event and view types come from `wallet-core` itself (derived there behind its `ffi`
//! feature), so nothing is mirrored by hand. No call is async: `dispatch` answers at once and the listener
//! receives the views that follow.

use std::sync::Arc;

use wallet_core::app::Rejection;
use wallet_core::platform::ViewListener;
use wallet_core::{CoreConfig, Engine, Event, OpenError, Platform, ViewModel};

uniffi::setup_scaffolding!("wallet_ffi");

/// Everything that can go wrong across the FFI. The variant is the stable code; the message says what went
/// wrong and what to do about it, for developers and logs. Mistakes of the user are never errors: they are
/// messages on the screen, in the view.
#[derive(Debug, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum WalletError {
    /// The event does not apply to the current screen, or names an option the screen does not have.
    /// Nothing changed. Send only events of the newest view.
    #[error("{0}")]
    InvalidEvent(String),
    /// The configuration passed to `WalletCore` is unusable.
    #[error("{0}")]
    InvalidConfig(String),
    /// The app's private storage cannot be used.
    #[error("{0}")]
    Storage(String),
    /// The platform's secure storage (Keystore, Keychain) failed.
    #[error("{0}")]
    SecureStorage(String),
    /// The core could not start its runtime.
    #[error("{0}")]
    Internal(String),
}

impl From<Rejection> for WalletError {
    fn from(rejection: Rejection) -> Self {
        WalletError::InvalidEvent(rejection.to_string())
    }
}

impl From<OpenError> for WalletError {
    fn from(error: OpenError) -> Self {
        match error {
            OpenError::Config(_) | OpenError::Pins(_) => WalletError::InvalidConfig(error.to_string()),
            OpenError::DataDir { .. } | OpenError::Store(_) => WalletError::Storage(format!(
                "{error}. Check that data_dir is the app's private folder, that no other core has it open, \
                 and that the device has free space."
            )),
            OpenError::DataKey(_) => WalletError::SecureStorage(format!(
                "{error}. If the device was just restarted, ask the user to unlock it and try again."
            )),
            OpenError::Runtime(_) => WalletError::Internal(error.to_string()),
        }
    }
}

/// The wallet's core. Create one per app process; close it when the app's process ends.
#[derive(uniffi::Object)]
pub struct WalletCore {
    engine: Engine,
}

#[uniffi::export]
impl WalletCore {
    /// Opens the core on the data in `config.data_dir`, creating it on the first start.
    #[uniffi::constructor]
    pub fn new(config: CoreConfig, platform: Platform) -> Result<Arc<WalletCore>, WalletError> {
        Ok(Arc::new(WalletCore { engine: Engine::open(config, platform)? }))
    }

    /// Sends what the user did. Returns at once; the new view reaches the listener.
    pub fn dispatch(&self, event: Event) -> Result<(), WalletError> {
        Ok(self.engine.dispatch(event)?)
    }

    /// The newest view.
    pub fn view(&self) -> ViewModel {
        self.engine.view()
    }

    /// Sets the listener for every new view, starting with the current one. It is called on a core thread.
    pub fn set_listener(&self, listener: Arc<dyn ViewListener>) {
        self.engine.set_listener(listener);
    }
}

#[cfg(test)]
mod tests {
    use wallet_core::features::onboarding::IntroEvent;
    use wallet_core::platform::desktop::{MemorySecureStorage, RecordingLogger};

    use super::*;

    fn open(dir: &std::path::Path) -> Result<Arc<WalletCore>, WalletError> {
        let platform = Platform {
            secure_storage: Arc::new(MemorySecureStorage::default()),
            logger: Arc::new(RecordingLogger::default()),
        };
        WalletCore::new(CoreConfig::local(dir.to_string_lossy(), "ky-KG"), platform)
    }

    #[test]
    fn an_event_of_another_screen_is_an_invalid_event_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let core = open(dir.path()).expect("opens");
        let err = core.dispatch(Event::Intro(IntroEvent::Finish)).expect_err("not on the intro");
        assert!(matches!(&err, WalletError::InvalidEvent(m) if m.contains("Intro.Finish")), "{err}");
    }

    #[test]
    fn an_unusable_data_dir_is_a_storage_error_that_says_what_to_do() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"not a folder").expect("write");
        let Err(err) = open(&file) else { panic!("a file is not a data folder") };
        assert!(matches!(&err, WalletError::Storage(m) if m.contains("private folder")), "{err}");
    }

    #[test]
    fn an_empty_config_is_an_invalid_config_error() {
        let Err(err) = open(std::path::Path::new("")) else { panic!("empty data_dir") };
        assert!(matches!(err, WalletError::InvalidConfig(_)));
    }
}
