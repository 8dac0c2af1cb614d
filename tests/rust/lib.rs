//! Helpers shared by the end-to-end tests: a shell's-eye view of the wallet through its FFI surface.

use std::path::Path;
use std::sync::Arc;

use wallet_core::CoreConfig;
use wallet_core::platform::Platform;
use wallet_core::platform::desktop::{MemorySecureStorage, RecordingLogger};
use wallet_ffi::{WalletCore, WalletError};

/// A core as a shell creates it, on `dir`, with in-memory secure storage.
pub fn open_core(dir: &Path, locale: &str, storage: Arc<MemorySecureStorage>) -> Result<Arc<WalletCore>, WalletError> {
    let platform = Platform { secure_storage: storage, logger: Arc::new(RecordingLogger::default()) };
    WalletCore::new(CoreConfig { data_dir: dir.to_string_lossy().into_owned(), device_locale: locale.into() }, platform)
}
