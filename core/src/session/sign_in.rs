//! Signing in by SMS code: the bank sends a code to the phone; the code buys a session. The token goes to secure
//! storage, who signed in goes to the store (sealed).

use std::sync::Arc;

use wallet_protocol::auth::{SmsChallenge, SmsVerifyRequest};

use super::credentials::Credentials;
use crate::api::{ApiError, BankClient};
use crate::domain::Phone;
use crate::platform::PlatformError;
use crate::store::{SessionRecord, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error(transparent)]
    Api(#[from] ApiError),
    #[error("keeping the session: {0}")]
    Platform(#[from] PlatformError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Clone)]
pub struct SignIn {
    client: BankClient,
    store: Arc<Store>,
    credentials: Credentials,
}

impl SignIn {
    pub fn new(client: BankClient, store: Arc<Store>, credentials: Credentials) -> SignIn {
        SignIn { client, store, credentials }
    }

    pub async fn request_code(&self, phone: &Phone) -> Result<SmsChallenge, ApiError> {
        // A store that cannot give the device id still asks: the bank then limits by the source address only.
        let device = self.store.device_id().ok();
        self.client.request_code(phone.e164(), device.as_deref()).await
    }

    /// Exchanges the code for a session and keeps it. A previous user's cached data is forgotten first.
    pub async fn verify(&self, phone: &Phone, challenge_id: &str, code: &str) -> Result<SessionRecord, SignInError> {
        let request = SmsVerifyRequest {
            challenge_id: challenge_id.to_owned(),
            code: code.to_owned(),
            device_id: self.store.device_id()?,
        };
        let grant = self.client.verify_code(&request).await?;
        let session =
            SessionRecord { user_id: grant.user_id, phone: phone.clone(), profile: None, profile_read_at_ms: None };
        if self.store.last_user()?.is_some_and(|previous| previous != session.user_id) {
            self.store.forget_session()?;
        }
        self.credentials.save(&grant.token)?;
        self.store.save_session(&session)?;
        Ok(session)
    }
}
