//! The KYC application meets the bank: queued on the phone with its idempotency keys (the application's and
//! one per photo), then sent — photos first, each once, then the application — resuming where a dropped
//! connection or a killed app left off; then asked about until the bank decides. Same exactly-once rules as the
//! outbox: a key is made once and kept across every retry, and each answer is recorded before the next step.

use std::sync::Arc;

use base64::Engine as _;
use wallet_protocol::kyc::{DocumentKind, DocumentUpload, KycApplication, KycApplicationState};
use wallet_protocol::profile::KycStatus;

use super::SyncError;
use crate::api::{ApiError, BankClient};
use crate::identity::photo::PhotoKind;
use crate::session::Credentials;
use crate::store::{KycApplicationRecord, KycSubmission, PendingUpload, Store};

/// What became of a try to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// Nothing was queued.
    Nothing,
    /// The bank has the application.
    Submitted,
    /// The bank refused it for good: the queued application is dropped, the draft and photos stay to fix.
    Refused(ApiError),
    /// A photo to upload is no longer on the phone (its record was lost): the queued application is dropped, to be
    /// sent again once the photo is retaken.
    PhotoLost(PhotoKind),
}

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    /// A photo is neither on the phone nor at the bank from an earlier application.
    #[error("the {0:?} photo is missing")]
    PhotoMissing(PhotoKind),
    #[error("an application is already queued")]
    AlreadyQueued,
    #[error(transparent)]
    Sync(#[from] SyncError),
}

impl From<crate::store::StoreError> for QueueError {
    fn from(error: crate::store::StoreError) -> QueueError {
        QueueError::Sync(SyncError::Store(error))
    }
}

pub struct KycSender {
    store: Arc<Store>,
    client: BankClient,
    credentials: Credentials,
    /// One send or poll at a time.
    busy: tokio::sync::Mutex<()>,
}

fn document_kind(kind: PhotoKind) -> DocumentKind {
    match kind {
        PhotoKind::PassportFront => DocumentKind::PassportFront,
        PhotoKind::PassportBack => DocumentKind::PassportBack,
        PhotoKind::SelfieWithPassport => DocumentKind::SelfieWithPassport,
    }
}

fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

impl KycSender {
    pub fn new(store: Arc<Store>, client: BankClient, credentials: Credentials) -> KycSender {
        KycSender { store, client, credentials, busy: tokio::sync::Mutex::new(()) }
    }

    fn token(&self) -> Result<String, SyncError> {
        self.credentials.token()?.ok_or(SyncError::NotSignedIn)
    }

    /// Queues `application`: each photo on the phone is uploaded; a photo the bank already holds from the
    /// application this one answers is reused.
    pub async fn queue(&self, application: KycApplication, now_ms: i64) -> Result<(), QueueError> {
        let _one_at_a_time = self.busy.lock().await;
        if self.store.kyc_submission()?.is_some() {
            return Err(QueueError::AlreadyQueued);
        }
        let earlier = self.store.kyc_application()?.filter(|_| application.resubmits.is_some());
        let mut uploads = Vec::new();
        let mut reused = Vec::new();
        for kind in PhotoKind::ALL {
            if self.store.has_kyc_photo(kind)? {
                uploads.push(PendingUpload { kind, key: new_key(), document_id: None });
            } else if let Some((_, id)) =
                earlier.as_ref().and_then(|record| record.documents.iter().find(|(k, _)| *k == kind))
            {
                reused.push((kind, id.clone()));
            } else {
                return Err(QueueError::PhotoMissing(kind));
            }
        }
        let submission = KycSubmission { key: new_key(), application, uploads, reused, created_at_ms: now_ms };
        self.store.save_kyc_submission(&submission)?;
        Ok(())
    }

    /// Sends what is queued: the photos not yet stored at the bank, then the application.
    pub async fn send(&self) -> Result<SendOutcome, SyncError> {
        let _one_at_a_time = self.busy.lock().await;
        let Some(mut submission) = self.store.kyc_submission()? else {
            return Ok(SendOutcome::Nothing);
        };
        let token = self.token()?;
        for at in 0..submission.uploads.len() {
            if submission.uploads[at].document_id.is_some() {
                continue;
            }
            let kind = submission.uploads[at].kind;
            let Some(jpeg) = self.store.kyc_photo(kind)? else {
                self.store.drop_kyc_submission()?;
                return Ok(SendOutcome::PhotoLost(kind));
            };
            let upload = DocumentUpload {
                kind: document_kind(kind),
                content_type: "image/jpeg".into(),
                data_base64: base64::engine::general_purpose::STANDARD.encode(&jpeg),
            };
            match self.client.upload_document(&token, &submission.uploads[at].key, &upload).await {
                Ok(accepted) => {
                    submission.uploads[at].document_id = Some(accepted.document_id);
                    self.store.save_kyc_submission(&submission)?;
                }
                Err(error) => return self.failed(error),
            }
        }
        let Some(documents) = submission.document_ids() else {
            return Err(SyncError::Store(crate::store::StoreError::Damaged { tree: "kyc", key: "submission".into() }));
        };
        let mut application = submission.application.clone();
        application.document_ids = documents.iter().map(|(_, id)| id.clone()).collect();
        match self.client.submit_application(&token, &submission.key, &application).await {
            Ok(state) => {
                self.store.kyc_submitted(&KycApplicationRecord { documents, state, limits: None })?;
                Ok(SendOutcome::Submitted)
            }
            Err(error) => self.failed(error),
        }
    }

    /// A refusal ends this submission; anything else leaves it queued for the next try.
    fn failed(&self, error: ApiError) -> Result<SendOutcome, SyncError> {
        if matches!(error, ApiError::Refused(_)) {
            self.store.drop_kyc_submission()?;
            return Ok(SendOutcome::Refused(error));
        }
        Err(SyncError::Api(error))
    }

    /// Asks the bank about an application in review; after an approval, reads the new limits too.
    pub async fn refresh(&self) -> Result<Option<KycApplicationRecord>, SyncError> {
        let _one_at_a_time = self.busy.lock().await;
        let Some(mut record) = self.store.kyc_application()? else {
            return Ok(None);
        };
        if !matches!(record.state.status, KycStatus::Submitted | KycStatus::InReview) {
            return Ok(Some(record));
        }
        let token = self.token()?;
        let state: KycApplicationState = self.client.application_state(&token, &record.state.application_id).await?;
        if state == record.state {
            return Ok(Some(record));
        }
        if state.status == KycStatus::Approved {
            // The limits are worth showing but not worth holding the approval back for.
            record.limits = self.client.profile(&token).await.ok().map(|profile| profile.limits);
        }
        record.state = state;
        self.store.kyc_reviewed(&record)?;
        Ok(Some(record))
    }
}
