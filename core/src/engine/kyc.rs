//! The KYC effects: a photo checked off the async workers and kept sealed; the application queued and sent; the
//! bank asked about it; and where it is, read from the store.

use std::sync::Arc;
use std::time::Duration;

use wallet_protocol::kyc::{KycApplication, KycReason};
use wallet_protocol::profile::{KycStatus, Limits};

use super::services::BankServices;
use crate::app::Outcome;
use crate::domain::{Currency, Money};
use crate::features::kyc::{IdentifiedLimits, KycProgress};
use crate::identity::photo::{self, PhotoKind, PhotoProblem};
use crate::platform::Log;
use crate::store::{KycApplicationRecord, Store};
use crate::sync::SyncError;
use crate::sync::kyc::{QueueError, SendOutcome};

/// Where the application is, as the store says.
pub fn progress(store: &Store, log: &Log) -> KycProgress {
    match store.kyc_submission() {
        Ok(Some(_)) => return KycProgress::Queued { problem: None },
        Ok(None) => {}
        Err(error) => log.warn("kyc", format!("the queued application is unreadable: {error}")),
    }
    match store.kyc_application() {
        Ok(Some(record)) => progress_of(&record),
        // Identified without an application from this phone (at a branch, or on another phone): the bank's profile
        // says so.
        Ok(None) => match store.session().ok().flatten().and_then(|session| session.profile) {
            Some(profile) if profile.kyc_status == KycStatus::Approved => {
                KycProgress::Approved { limits: identified_limits(&profile.limits) }
            }
            _ => KycProgress::NotStarted,
        },
        Err(error) => {
            log.warn("kyc", format!("the application's state is unreadable: {error}"));
            KycProgress::NotStarted
        }
    }
}

fn progress_of(record: &KycApplicationRecord) -> KycProgress {
    let state = &record.state;
    let reason = state.reason.unwrap_or(KycReason::Other);
    match state.status {
        KycStatus::None => KycProgress::NotStarted,
        KycStatus::Submitted | KycStatus::InReview => {
            KycProgress::InReview { application_id: state.application_id.clone() }
        }
        KycStatus::Approved => KycProgress::Approved { limits: record.limits.as_ref().and_then(identified_limits) },
        KycStatus::Rejected => KycProgress::Rejected { reason, message: state.message.clone() },
        KycStatus::ResubmissionRequested => KycProgress::ResubmissionRequested {
            application_id: state.application_id.clone(),
            items: state.resubmit.clone(),
            reason,
            message: state.message.clone(),
        },
    }
}

fn identified_limits(limits: &Limits) -> Option<IdentifiedLimits> {
    let currency = Currency::from_code(&limits.currency)?;
    Some(IdentifiedLimits {
        single_operation: Money::from_minor(limits.single_operation_minor, currency),
        daily: Money::from_minor(limits.daily_minor, currency),
        monthly: Money::from_minor(limits.monthly_minor, currency),
    })
}

pub fn load(store: &Store, log: &Log) -> Outcome {
    let draft = store.kyc_draft().unwrap_or_else(|error| {
        log.warn("kyc", format!("the draft is unreadable and starts again: {error}"));
        None
    });
    Outcome::KycLoaded { draft: Box::new(draft.unwrap_or_default()), progress: progress(store, log) }
}

/// Checks the photo (decoding, scoring and re-encoding take ~50–160 ms here, more on a phone: off the async
/// workers) and keeps it.
pub async fn check_photo(kind: PhotoKind, bytes: Vec<u8>, store: Arc<Store>, log: &Log) -> Outcome {
    let checked = tokio::task::spawn_blocking(move || -> Result<(), Result<PhotoProblem, String>> {
        let accepted = photo::check_photo(kind, &bytes).map_err(Ok)?;
        store.save_kyc_photo(kind, &accepted.jpeg).map_err(|error| Err(error.to_string()))
    })
    .await;
    let result = match checked {
        Ok(Ok(())) => Ok(()),
        Ok(Err(Ok(problem))) => Err(problem),
        Ok(Err(Err(error))) => {
            log.error("kyc", format!("the photo could not be kept: {error}"));
            Err(PhotoProblem::Unreadable)
        }
        Err(error) => {
            log.error("kyc", format!("the photo check did not finish: {error}"));
            Err(PhotoProblem::Unreadable)
        }
    };
    Outcome::PhotoChecked { kind, result }
}

/// Queues the application and sends it at once.
pub async fn submit(
    bank: &BankServices,
    store: &Store,
    application: KycApplication,
    now_ms: i64,
    log: &Log,
) -> Outcome {
    match bank.kyc.queue(application, now_ms).await {
        Ok(()) | Err(QueueError::AlreadyQueued) => send(bank, store, log).await,
        Err(QueueError::PhotoMissing(kind)) => {
            log.warn("kyc", format!("not queued: the {kind:?} photo is missing"));
            changed(store, log, Some("kyc-photo-missing"))
        }
        Err(QueueError::Sync(error)) => {
            log.error("kyc", format!("not queued: {error}"));
            changed(store, log, Some("kyc-not-saved"))
        }
    }
}

/// Sends what is queued; a failure leaves it queued, with why.
pub async fn send(bank: &BankServices, store: &Store, log: &Log) -> Outcome {
    match bank.kyc.send().await {
        Ok(SendOutcome::Nothing | SendOutcome::Submitted) => changed(store, log, None),
        Ok(SendOutcome::Refused(error)) => {
            log.warn("kyc", format!("the bank refused the application: {:?}", error.code()));
            changed(store, log, Some(error.message_id()))
        }
        Ok(SendOutcome::PhotoLost(kind)) => {
            log.warn("kyc", format!("not sent: the {kind:?} photo is no longer on the phone"));
            changed(store, log, Some("kyc-photo-missing"))
        }
        Err(error) => {
            let problem = send_problem(&error);
            log.info("kyc", format!("the application waits: {problem}"));
            match progress(store, log) {
                KycProgress::Queued { .. } => Outcome::KycChanged {
                    progress: KycProgress::Queued { problem: Some(problem) },
                    polled: false,
                    notice: None,
                },
                other => Outcome::KycChanged { progress: other, polled: false, notice: None },
            }
        }
    }
}

fn send_problem(error: &SyncError) -> &'static str {
    match error {
        SyncError::Api(api) => api.message_id(),
        SyncError::NotSignedIn => "bank-session-ended",
        _ => "kyc-not-saved",
    }
}

/// After a pause, asks the bank about the application in review.
pub async fn poll(bank: &BankServices, store: &Store, after_ms: u64, log: &Log) -> Outcome {
    tokio::time::sleep(Duration::from_millis(after_ms)).await;
    if let Err(error) = bank.kyc.refresh().await {
        log.debug("kyc", format!("asking about the application failed: {}", error.kind()));
    }
    Outcome::KycChanged { progress: progress(store, log), polled: true, notice: None }
}

/// Sends a queued application and asks about one in review, as part of every sync.
pub async fn catch_up(bank: &BankServices, log: &Log) {
    match bank.kyc.send().await {
        Ok(SendOutcome::Refused(error)) => {
            log.warn("kyc", format!("the bank refused the application: {:?}", error.code()))
        }
        Ok(SendOutcome::PhotoLost(kind)) => log.warn("kyc", format!("not sent: the {kind:?} photo is gone")),
        _ => {}
    }
    if let Err(error) = bank.kyc.refresh().await {
        log.debug("kyc", format!("asking about the application failed: {}", error.kind()));
    }
}

/// Where the application is now, with a message for the user if there is one.
pub fn changed(store: &Store, log: &Log, notice: Option<&'static str>) -> Outcome {
    Outcome::KycChanged { progress: progress(store, log), polled: false, notice }
}
