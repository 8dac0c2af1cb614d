//! The bank-facing parts of the core, made from the configuration: the client, sign-in, and sync.

use std::sync::Arc;

use super::config::BankConfig;
use super::error::OpenError;
use crate::api::{BankClient, RetryPolicy, Timeouts};
use crate::platform::SecureStorage;
use crate::security::BankKey;
use crate::session::{Credentials, SignIn};
use crate::store::Store;
use crate::sync::{OfflineLimit, Sync};

pub struct BankServices {
    pub sign_in: SignIn,
    pub sync: Sync,
    pub credentials: Credentials,
}

impl BankServices {
    pub fn new(
        config: &BankConfig,
        store: Arc<Store>,
        secure_storage: Arc<dyn SecureStorage>,
    ) -> Result<BankServices, OpenError> {
        let client = BankClient::new(&config.url, Timeouts::default(), RetryPolicy::default())
            .map_err(|_| OpenError::Config("bank.url must be https://…, or http:// to this device"))?;
        let key = BankKey::from_base64(&config.public_key)
            .map_err(|_| OpenError::Config("bank.public_key must be the bank's 32-byte Ed25519 key in base64"))?;
        if config.offline_limit_minor < 0 {
            return Err(OpenError::Config("bank.offline_limit_minor must not be negative"));
        }
        let credentials = Credentials::new(secure_storage);
        let sign_in = SignIn::new(client.clone(), store.clone(), credentials.clone());
        let sync =
            Sync::new(store, client, key, credentials.clone(), OfflineLimit { minor: config.offline_limit_minor });
        Ok(BankServices { sign_in, sync, credentials })
    }
}
