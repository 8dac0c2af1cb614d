//! Runs effects and feeds their outcomes back through `update`.
//!
//! Store writes of settings go through one lane, one at a time in the order `update` asked for them, so an older
//! write can never land after a newer one; the lane drains before the core closes. Everything else (the bank,
//! reads of the store, timers) runs as a task on the core's runtime; each outcome carries the time it happened.

use std::sync::{Arc, Weak};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::mpsc::UnboundedReceiver;

use super::Shared;
use super::services::BankServices;
use crate::api::ApiError;
use crate::app::{CancelResult, Effect, Msg, Outcome, SyncProblem};
use crate::features::history::ReceiptFacts;
use crate::features::history::state::PAGE;
use crate::features::home::WalletSnapshot;
use crate::features::home::state::RECENT;
use crate::features::signin::FormError;
use crate::session::SignInError;
use crate::store::{HistoryPage, Store, StoreError};
use crate::sync::{CancelOutcome, SyncError};

pub enum LaneMsg {
    Run(Effect),
    /// Everything sent before this has run; stop.
    Close,
}

/// Milliseconds since the epoch.
pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

pub async fn store_lane(mut queue: UnboundedReceiver<LaneMsg>, shared: Weak<Shared>) {
    let mut held_back = None;
    loop {
        let message = match held_back.take() {
            Some(message) => message,
            None => match queue.recv().await {
                Some(message) => message,
                None => break,
            },
        };
        let LaneMsg::Run(mut effect) = message else {
            break;
        };
        if matches!(effect, Effect::SaveSettings(_)) {
            // Settings saved one after another: only the newest needs writing (fast taps cost one disk flush).
            while let Ok(following) = queue.try_recv() {
                match following {
                    LaneMsg::Run(newer @ Effect::SaveSettings(_)) => effect = newer,
                    other => {
                        held_back = Some(other);
                        break;
                    }
                }
            }
        }
        let Some(shared) = shared.upgrade() else {
            break;
        };
        if let Some(outcome) = perform(effect, &shared).await {
            shared.process_outcome(outcome);
        }
    }
}

impl Shared {
    /// Hands `effect` to the lane (store writes) or to a task on the runtime (the rest).
    pub(super) fn run(&self, effect: Effect) {
        if matches!(effect, Effect::SaveSettings(_)) {
            // The lane is gone only while the core closes; what is asked for then is not carried out.
            let _ = self.lane.send(LaneMsg::Run(effect));
            return;
        }
        let Some(shared) = self.me.upgrade() else {
            return;
        };
        self.runtime.spawn(async move {
            if let Some(outcome) = perform(effect, &shared).await {
                shared.process_outcome(outcome);
            }
        });
    }

    fn process_outcome(&self, outcome: Outcome) {
        if let Err(rejection) = self.process(Msg::Outcome(outcome)) {
            // Outcomes always apply; a rejection here is a bug in `update`, worth a loud line.
            self.log.error("engine", format!("an effect outcome was rejected: {rejection}"));
        }
    }
}

/// Carries out one effect. `None` when there is nothing to report (the core is closing).
async fn perform(effect: Effect, shared: &Arc<Shared>) -> Option<Outcome> {
    let store = &shared.store;
    let log = &shared.log;
    let bank = shared.bank.as_deref();
    Some(match effect {
        Effect::SaveSettings(settings) => {
            let store: Arc<Store> = store.clone();
            // sled's flush blocks on the disk: keep it off the async workers.
            match tokio::task::spawn_blocking(move || store.save_settings(&settings)).await {
                Ok(Ok(())) => Outcome::SettingsSaved,
                Ok(Err(error)) => {
                    log.error("store", format!("settings not saved: {error}"));
                    Outcome::SettingsNotSaved
                }
                Err(error) => {
                    log.error("store", format!("settings write did not finish: {error}"));
                    Outcome::SettingsNotSaved
                }
            }
        }
        Effect::RequestCode { phone } => match bank {
            None => Outcome::CodeRefused { error: FormError::new("bank-misconfigured") },
            Some(bank) => match bank.sign_in.request_code(&phone).await {
                Ok(challenge) => {
                    Outcome::CodeSent { challenge_id: challenge.challenge_id, code_length: challenge.code_length }
                }
                Err(error) => {
                    log.info("sign-in", format!("code not sent: {error}"));
                    Outcome::CodeRefused { error: form_error(&error) }
                }
            },
        },
        Effect::VerifyCode { phone, challenge_id, code } => match bank {
            None => Outcome::SignInRefused { error: FormError::new("bank-misconfigured") },
            Some(bank) => match bank.sign_in.verify(&phone, &challenge_id, &code).await {
                Ok(session) => {
                    log.info("sign-in", "signed in");
                    Outcome::SignedIn { phone_masked: session.phone.masked() }
                }
                Err(SignInError::Api(error)) => {
                    log.info("sign-in", format!("code refused: {error}"));
                    Outcome::SignInRefused { error: form_error(&error) }
                }
                Err(error) => {
                    log.error("sign-in", format!("keeping the session failed: {error}"));
                    Outcome::SignInRefused { error: FormError::new("signin-not-kept") }
                }
            },
        },
        Effect::LoadWallet => Outcome::WalletLoaded(load_wallet(store, log)),
        Effect::Sync => {
            let problem = match bank {
                None => Some(SyncProblem::Other { message_id: "bank-misconfigured" }),
                Some(bank) => sync(bank, store, log).await,
            };
            Outcome::SyncFinished { at_ms: now_ms(), problem }
        }
        Effect::SyncLater { after_ms, timer } => {
            tokio::time::sleep(Duration::from_millis(after_ms)).await;
            Outcome::SyncDue { timer }
        }
        Effect::LoadHistory { after } => {
            let append = after.is_some();
            let page = store.history_page(after.as_deref(), PAGE).unwrap_or_else(|error| {
                log.error("store", format!("history page unreadable: {error}"));
                HistoryPage { entries: Vec::new(), next: None }
            });
            Outcome::HistoryLoaded { page, append }
        }
        Effect::LoadOperation { local_id } => match store.operation(&local_id) {
            Ok(operation) => {
                let receipt = operation
                    .as_ref()
                    .and_then(|op| op.operation_id.as_deref())
                    .and_then(|id| store.receipt(id).ok().flatten())
                    .map(|receipt| ReceiptFacts {
                        operation_id: receipt.body.operation_id,
                        executed_at: receipt.body.executed_at,
                        key_id: receipt.key_id,
                    });
                Outcome::OperationLoaded { local_id, operation: operation.map(Box::new), receipt, damaged: false }
            }
            Err(error) => {
                log.warn("store", format!("operation unreadable: {error}"));
                Outcome::OperationLoaded { local_id, operation: None, receipt: None, damaged: true }
            }
        },
        Effect::Cancel { local_id } => {
            let result = match bank {
                None => CancelResult::Failed { message_id: "bank-misconfigured" },
                Some(bank) => match bank.sync.cancel(&local_id, now_ms()).await {
                    Ok(CancelOutcome::Cancelled(_)) => CancelResult::Cancelled,
                    Ok(CancelOutcome::Sending) => CancelResult::Sending,
                    Ok(CancelOutcome::NotRevocable) => CancelResult::NotRevocable,
                    Err(SyncError::Api(error)) => CancelResult::Failed { message_id: error.message_id() },
                    Err(error) => {
                        log.error("sync", format!("cancel failed: {error}"));
                        CancelResult::Failed { message_id: "bank-refused" }
                    }
                },
            };
            Outcome::CancelFinished { local_id, result }
        }
        Effect::ResetCache => {
            if let Err(error) = store.clear_cache() {
                log.error("store", format!("clearing the cache failed: {error}"));
            }
            Outcome::CacheReset
        }
    })
}

fn form_error(error: &ApiError) -> FormError {
    let attempts_left = match error {
        ApiError::Refused(body) => body.attempts_left,
        _ => None,
    };
    FormError { message_id: error.message_id(), attempts_left }
}

fn load_wallet(store: &Store, log: &crate::platform::Log) -> WalletSnapshot {
    let session = match store.session() {
        Ok(session) => session.map(|s| s.phone.masked()),
        Err(error) => {
            log.warn("store", format!("session unreadable: {error}"));
            None
        }
    };
    let accounts = store.accounts().unwrap_or_else(|error| {
        log.warn("store", format!("accounts unreadable: {error}"));
        Vec::new()
    });
    let recent = store.history_page(None, RECENT).map(|page| page.entries).unwrap_or_default();
    WalletSnapshot { session, accounts, recent, waiting: store.outbox_len() }
}

/// Sends the outbox, then brings the bank's changes. `None` when all went through.
async fn sync(bank: &BankServices, store: &Store, log: &crate::platform::Log) -> Option<SyncProblem> {
    let result = match bank.sync.drain(now_ms).await {
        Ok(report) => {
            if report.sent + report.rejected > 0 {
                log.info("sync", format!("outbox: {} sent, {} refused", report.sent, report.rejected));
            }
            bank.sync.pull(now_ms()).await.map(|_| ())
        }
        Err(error) => Err(error),
    };
    let error = result.err()?;
    log.debug("sync", format!("sync error: {}", error_kind(&error)));
    let problem = match &error {
        SyncError::Api(ApiError::Offline | ApiError::Timeout | ApiError::Interrupted) => SyncProblem::Offline,
        SyncError::Api(ApiError::Server { .. }) => SyncProblem::BankFailed,
        SyncError::Api(ApiError::SessionEnded { replaced }) => SyncProblem::SessionEnded { replaced: *replaced },
        SyncError::NotSignedIn => SyncProblem::SessionEnded { replaced: false },
        SyncError::Api(api) => SyncProblem::Other { message_id: api.message_id() },
        SyncError::Store(StoreError::Damaged { .. }) => SyncProblem::Other { message_id: "store-damaged" },
        _ => SyncProblem::Other { message_id: "sync-failed" },
    };
    if let SyncProblem::SessionEnded { .. } = problem {
        if let Err(error) = bank.credentials.forget() {
            log.error("session", format!("forgetting the token failed: {error}"));
        }
        if let Err(error) = store.end_session() {
            log.error("session", format!("forgetting the session failed: {error}"));
        }
    }
    log.info("sync", format!("sync stopped: {problem:?}"));
    Some(problem)
}

/// What kind of failure, without its details (which may hold amounts).
fn error_kind(error: &SyncError) -> &'static str {
    match error {
        SyncError::NotSignedIn => "not signed in",
        SyncError::Api(_) => "bank",
        SyncError::Store(_) => "store",
        SyncError::Platform(_) => "secure storage",
        SyncError::Conversion(_) => "bank data",
        SyncError::UnknownAccount | SyncError::CurrencyMismatch { .. } => "account",
        SyncError::OverOfflineLimit { .. } | SyncError::InsufficientFunds { .. } | SyncError::Money(_) => "amount",
    }
}
