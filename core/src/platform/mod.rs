//! What the core needs from the device, implemented natively by each shell (Android Keystore, iOS Keychain,
//! the platform log) and passed in as foreign traits.

use std::sync::Arc;

use crate::app::ViewModel;

#[cfg(any(test, feature = "desktop"))]
pub mod desktop;
pub mod log;

pub use log::Log;

/// A platform call that failed. Shells throw it from their implementations of the traits below.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "ffi", derive(uniffi::Error))]
pub enum PlatformError {
    /// The capability exists but cannot be used now (for example the device is still locked after a reboot).
    #[error("not available right now: {reason}")]
    Unavailable { reason: String },
    /// The capability failed.
    #[error("failed: {reason}")]
    Failed { reason: String },
}

#[cfg(feature = "ffi")]
impl From<uniffi::UnexpectedUniFFICallbackError> for PlatformError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        PlatformError::Failed { reason: error.reason }
    }
}

/// Hardware-backed storage for small secrets: Android Keystore-wrapped preferences, the iOS Keychain.
/// The core keeps its data key and (later) session tokens here, never in its own store.
#[cfg_attr(feature = "ffi", uniffi::export(foreign))]
pub trait SecureStorage: Send + Sync {
    fn get(&self, key: String) -> Result<Option<Vec<u8>>, PlatformError>;
    fn put(&self, key: String, value: Vec<u8>) -> Result<(), PlatformError>;
    fn delete(&self, key: String) -> Result<(), PlatformError>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
}

/// The platform's log (Logcat, os_log). The core never passes it personal data, secrets or codes.
/// Implementations must not throw.
#[cfg_attr(feature = "ffi", uniffi::export(foreign))]
pub trait Logger: Send + Sync {
    fn log(&self, level: LogLevel, target: String, message: String);
}

/// Receives every new view of the app. Called on a core thread: the shell hops to its UI thread itself.
/// Implementations must not throw and should return quickly.
#[cfg_attr(feature = "ffi", uniffi::export(foreign))]
pub trait ViewListener: Send + Sync {
    fn on_view(&self, view: ViewModel);
}

/// The device capabilities a core is created with.
#[derive(Clone)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Platform {
    pub secure_storage: Arc<dyn SecureStorage>,
    pub logger: Arc<dyn Logger>,
}
