//! The session token, kept by the platform's secure storage (Keystore, Keychain) — never by the core's store,
//! never in a log.

use std::sync::Arc;

use crate::platform::{PlatformError, SecureStorage};

const TOKEN: &str = "wallet.session-token.v1";

#[derive(Clone)]
pub struct Credentials {
    storage: Arc<dyn SecureStorage>,
}

impl Credentials {
    pub fn new(storage: Arc<dyn SecureStorage>) -> Credentials {
        Credentials { storage }
    }

    pub fn token(&self) -> Result<Option<String>, PlatformError> {
        Ok(self.storage.get(TOKEN.to_owned())?.and_then(|bytes| String::from_utf8(bytes).ok()))
    }

    pub fn save(&self, token: &str) -> Result<(), PlatformError> {
        self.storage.put(TOKEN.to_owned(), token.as_bytes().to_vec())
    }

    pub fn forget(&self) -> Result<(), PlatformError> {
        self.storage.delete(TOKEN.to_owned())
    }
}
