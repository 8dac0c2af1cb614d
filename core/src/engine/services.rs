//! The bank-facing parts of the core, made from the configuration: the client, sign-in, and sync.

use std::sync::Arc;
use std::time::Duration;

use super::config::BankConfig;
use super::error::OpenError;
use crate::api::{BankClient, BankFailure, Pins, RetryPolicy, Timeouts, Trust};
use crate::platform::{Log, SecureStorage};
use crate::security::BankKey;
use crate::session::{Credentials, SignIn};
use crate::store::Store;
use crate::sync::contacts::ContactMatcher;
use crate::sync::kyc::KycSender;
use crate::sync::requests::RequestSender;
use crate::sync::{OfflineLimit, Sync};

pub struct BankServices {
    pub client: BankClient,
    pub sign_in: SignIn,
    pub sync: Sync,
    pub kyc: KycSender,
    /// Split bills' payment requests.
    pub requests: RequestSender,
    pub contacts: ContactMatcher,
    pub credentials: Credentials,
}

impl BankServices {
    pub fn new(
        config: &BankConfig,
        store: Arc<Store>,
        secure_storage: Arc<dyn SecureStorage>,
    ) -> Result<BankServices, OpenError> {
        let trust = Trust::public(Pins::parse(&config.pins)?);
        let client = BankClient::with_trust(&config.url, Timeouts::default(), RetryPolicy::default(), &trust)
            .map_err(|_| OpenError::Config("bank.url must be https://…, or http:// to this device"))?;
        let key = BankKey::from_base64(&config.public_key)
            .map_err(|_| OpenError::Config("bank.public_key must be the bank's 32-byte Ed25519 key in base64"))?;
        if config.offline_limit_minor < 0 {
            return Err(OpenError::Config("bank.offline_limit_minor must not be negative"));
        }
        let credentials = Credentials::new(secure_storage);
        let sign_in = SignIn::new(client.clone(), store.clone(), credentials.clone());
        let kyc = KycSender::new(store.clone(), client.clone(), credentials.clone());
        let requests = RequestSender::new(store.clone(), client.clone(), credentials.clone());
        let contacts = ContactMatcher::new(store.clone(), client.clone(), credentials.clone());
        let sync = Sync::new(
            store,
            client.clone(),
            key,
            credentials.clone(),
            OfflineLimit { minor: config.offline_limit_minor },
        );
        Ok(BankServices { client, sign_in, sync, kyc, requests, contacts, credentials })
    }

    /// The session's token for a call made before money moves, or why it cannot be made (nobody signed in, or the
    /// secure storage failed — logged under `area`).
    pub fn session_token(&self, log: &Log, area: &str) -> Result<String, BankFailure> {
        match self.credentials.token() {
            Ok(Some(token)) => Ok(token),
            Ok(None) => Err(BankFailure::Refused { message_id: "bank-session-ended" }),
            Err(error) => {
                log.error(area, format!("the session could not be read: {error}"));
                Err(BankFailure::Refused { message_id: "bank-refused" })
            }
        }
    }

    /// Ends the session at the bank if it can be reached, and forgets the token either way.
    pub async fn end_session(&self, log: &Log) {
        match self.credentials.token() {
            Ok(Some(token)) => {
                let ended = tokio::time::timeout(Duration::from_secs(5), self.client.logout(&token)).await;
                if !matches!(ended, Ok(Ok(()))) {
                    log.info("session", "the bank was not told of the sign-out; its session expires by itself");
                }
            }
            Ok(None) => {}
            Err(error) => log.warn("session", format!("token unreadable: {error}")),
        }
        if let Err(error) = self.credentials.forget() {
            log.error("session", format!("forgetting the token failed: {error}"));
        }
    }
}
