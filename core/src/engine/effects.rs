//! Runs effects and feeds their outcomes back through `update`.
//!
//! Store writes of settings go through one lane, one at a time in the order `update` asked for them, so an older
//! write can never land after a newer one; the lane drains before the core closes. Everything else (the bank,
//! reads of the store, timers) runs as a task on the core's runtime; each outcome carries the time it happened.

use std::sync::{Arc, Weak};
use std::time::Duration;

use tokio::sync::mpsc::UnboundedReceiver;

use super::Shared;
use super::clock::Clock;
use super::services::BankServices;
use crate::api::ApiError;
use crate::api::BankFailure;
use wallet_protocol::notifications::BankEventKind;

use crate::app::{CancelResult, Effect, MoneyReceived, Msg, Outcome, SyncProblem};
use crate::features::history::ReceiptFacts;
use crate::features::history::state::PAGE;
use crate::features::home::WalletSnapshot;
use crate::features::home::state::RECENT;
use crate::features::signin::{Challenge, FormError, SignInPurpose};
use crate::security::{BiometricVerdict, PinVault};
use crate::session::SignInError;
use crate::store::{HistoryPage, Store, StoreError, TermsAcceptance};
use crate::sync::{CancelOutcome, SyncError};

/// Where the core writes files for the share sheet, inside its data folder.
pub const SHARED_DIR: &str = "shared";

pub enum LaneMsg {
    Run(Effect),
    /// Everything sent before this has run; stop.
    Close,
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
        if matches!(effect, Effect::SaveSettings(_) | Effect::SaveDraft(_) | Effect::SaveKycDraft(_)) {
            // The same record saved again and again (fast taps, typing): only the newest needs writing.
            while let Ok(following) = queue.try_recv() {
                match following {
                    LaneMsg::Run(newer) if std::mem::discriminant(&newer) == std::mem::discriminant(&effect) => {
                        effect = newer
                    }
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
        if matches!(effect, Effect::SaveSettings(_) | Effect::SaveDraft(_) | Effect::SaveKycDraft(_)) {
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

    /// How long nobody has touched the app. A clock set back past the last touch starts the count again from now,
    /// or the app would stay unlocked until the clock caught up with the touch (hours, for a clock put right).
    fn idle_for_ms(&self) -> u64 {
        use std::sync::atomic::Ordering::SeqCst;
        let now = self.clock.now_ms();
        let last = self.last_activity_ms.fetch_min(now, SeqCst);
        u64::try_from(now - last.min(now)).unwrap_or(0)
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
            None => Outcome::CodeRefused { error: FormError::new("bank-misconfigured"), retry_at_ms: None },
            Some(bank) => match bank.sign_in.request_code(&phone).await {
                Ok(sent) => Outcome::CodeSent {
                    challenge: Challenge {
                        challenge_id: sent.challenge_id,
                        code_length: sent.code_length,
                        sent_at_ms: shared.clock.now_ms(),
                        expires_in_seconds: sent.expires_in_seconds,
                        resend_after_seconds: sent.resend_after_seconds,
                    },
                },
                Err(error) => {
                    log.info("sign-in", format!("code not sent: {error}"));
                    let retry_at_ms = error.retry_after_seconds().map(|s| shared.clock.now_ms() + i64::from(s) * 1000);
                    Outcome::CodeRefused { error: form_error(&error), retry_at_ms }
                }
            },
        },
        Effect::VerifyCode { phone, challenge_id, code, purpose } => match bank {
            None => Outcome::SignInRefused { error: FormError::new("bank-misconfigured") },
            Some(bank) => match bank.sign_in.verify(&phone, &challenge_id, &code).await {
                Ok(session) => {
                    log.info("sign-in", "signed in");
                    if purpose == SignInPurpose::ResetPin
                        && let Err(error) = shared.vault.forget()
                    {
                        log.error("pin", format!("forgetting the old PIN failed: {error}"));
                    }
                    signed_in(session.phone, store, &shared.vault, log)
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
        Effect::SaveDraft(draft) => {
            let store: Arc<Store> = store.clone();
            match tokio::task::spawn_blocking(move || store.save_wizard_draft(&draft)).await {
                Ok(Ok(())) => {}
                // Losing a draft loses what was typed, nothing more: worth a line, not a message.
                Ok(Err(error)) => log.warn("store", format!("wizard draft not saved: {error}")),
                Err(error) => log.warn("store", format!("wizard draft write did not finish: {error}")),
            }
            return None;
        }
        Effect::AcceptTerms { version } => {
            let acceptance = TermsAcceptance {
                version: version.to_owned(),
                accepted_at_ms: shared.clock.now_ms(),
                key: uuid::Uuid::new_v4().to_string(),
                sent: false,
            };
            let store: Arc<Store> = store.clone();
            match tokio::task::spawn_blocking(move || store.save_terms(&acceptance)).await {
                Ok(Ok(())) => Outcome::TermsAccepted,
                failed => {
                    log.error("terms", format!("acceptance not stored: {}", join_error(failed)));
                    Outcome::TermsNotSaved
                }
            }
        }
        Effect::CreatePin { pin } => {
            let vault = shared.vault.clone();
            match tokio::task::spawn_blocking(move || vault.create(&pin)).await {
                Ok(Ok(())) => Outcome::PinCreated,
                failed => {
                    log.error("pin", format!("PIN not stored: {}", join_error(failed)));
                    Outcome::PinNotCreated
                }
            }
        }
        Effect::CheckPin { pin, purpose } => {
            let vault = shared.vault.clone();
            let at_ms = shared.clock.now_ms();
            match tokio::task::spawn_blocking(move || vault.check(&pin, at_ms)).await {
                Ok(Ok(verdict)) => {
                    log.info("pin", format!("checked: {}", verdict_kind(&verdict)));
                    Outcome::PinChecked { purpose, verdict, at_ms }
                }
                failed => {
                    log.error("pin", format!("PIN not checked: {}", join_error(failed)));
                    Outcome::PinCheckFailed { purpose }
                }
            }
        }
        Effect::SetBiometrics { enabled } => {
            let vault = shared.vault.clone();
            let result = tokio::task::spawn_blocking(move || {
                if enabled { vault.enable_biometrics() } else { vault.disable_biometrics() }
            })
            .await;
            match result {
                Ok(Ok(())) => Outcome::BiometricsSet { enabled, ok: true },
                failed => {
                    log.error("biometrics", format!("not changed: {}", join_error(failed)));
                    Outcome::BiometricsSet { enabled: !enabled, ok: false }
                }
            }
        }
        Effect::UnlockWithBiometrics => {
            let vault = shared.vault.clone();
            let verdict = match tokio::task::spawn_blocking(move || vault.unlock_with_biometrics()).await {
                Ok(Ok(verdict)) => verdict,
                failed => {
                    log.error("biometrics", format!("unlock failed: {}", join_error(failed)));
                    BiometricVerdict::Cancelled
                }
            };
            Outcome::BiometricUnlock { verdict }
        }
        Effect::Logout => {
            if let Some(bank) = bank {
                bank.end_session(log).await;
            }
            let (store, vault): (Arc<Store>, PinVault) = (store.clone(), shared.vault.clone());
            let forgotten = tokio::task::spawn_blocking(move || -> Result<(), String> {
                vault.forget().map_err(|e| e.to_string())?;
                store.forget_session().map_err(|e| e.to_string())
            })
            .await;
            if let Err(error) = forgotten.map_err(|e| e.to_string()).and_then(|r| r) {
                log.error("session", format!("forgetting the local data failed: {error}"));
            }
            Outcome::LoggedOut
        }
        Effect::Tick { after_ms } => {
            tokio::time::sleep(Duration::from_millis(after_ms)).await;
            Outcome::Tick { now_ms: shared.clock.now_ms() }
        }
        Effect::RegisterPush { address } => {
            let ok = match bank {
                None => false,
                Some(bank) => match bank.sync.register_push(&address.registration()).await {
                    Ok(()) => true,
                    Err(error) => {
                        log.debug("push", format!("registration failed: {}", error.kind()));
                        false
                    }
                },
            };
            Outcome::PushRegistered { ok }
        }
        Effect::LoadInbox => Outcome::InboxLoaded {
            entries: store.inbox(crate::features::inbox::state::SHOWN).unwrap_or_else(|error| {
                log.warn("store", format!("inbox unreadable: {error}"));
                Vec::new()
            }),
        },
        Effect::MarkInboxRead { event_ids } => {
            if let Err(error) = store.mark_inbox_read(event_ids.as_deref()) {
                log.warn("store", format!("marking the inbox read failed: {error}"));
            }
            Outcome::WalletLoaded(load_wallet(store, log))
        }
        Effect::ShareReceipt { local_id, language, utc_offset_minutes: _ } => {
            let store = store.clone();
            let (catalog, dir, log) = (shared.catalog, shared.data_dir.join(SHARED_DIR), log.clone());
            let made = tokio::task::spawn_blocking(move || {
                super::receipts::share(&store, &local_id, catalog.strings(language), &dir, &log)
            })
            .await;
            Outcome::ReceiptShared { result: made.unwrap_or(Err("receipt-not-made")) }
        }
        Effect::ClockSetBack { by_ms } => {
            let vault = shared.vault.clone();
            match tokio::task::spawn_blocking(move || vault.clock_set_back(by_ms)).await {
                Ok(Ok(())) => {}
                Ok(Err(error)) => log.error("pin", format!("moving the PIN wait with the clock failed: {error}")),
                Err(_) => log.error("pin", "moving the PIN wait with the clock stopped"),
            }
            return None;
        }
        Effect::WatchIdle { timeout_ms, generation } => loop {
            let idle_for = shared.idle_for_ms();
            if idle_for >= timeout_ms {
                break Outcome::IdleDue { generation };
            }
            tokio::time::sleep(Duration::from_millis(timeout_ms - idle_for)).await;
        },
        Effect::CheckIdle { timeout_ms, generation } => {
            if shared.idle_for_ms() < timeout_ms {
                return None;
            }
            Outcome::IdleDue { generation }
        }
        Effect::LoadWallet => Outcome::WalletLoaded(load_wallet(store, log)),
        Effect::CheckTerms => {
            let standing = bank.map(|bank| bank.sync.terms_standing()).transpose().unwrap_or_else(|error| {
                log.warn("terms", format!("the terms' standing is unknown: {}", error.kind()));
                None
            });
            Outcome::TermsStanding { standing: standing.unwrap_or(crate::sync::terms::TermsStanding::Current) }
        }
        Effect::Sync => {
            let mut news = SyncNews::default();
            let problem = match bank {
                None => Some(SyncProblem::Other { message_id: "bank-misconfigured" }),
                Some(bank) => sync(bank, store, shared.clock.as_ref(), &mut news, log).await,
            };
            let SyncNews { received, new_events } = news;
            Outcome::SyncFinished { at_ms: shared.clock.now_ms(), problem, received, new_events }
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
                Some(bank) => match bank.sync.cancel(&local_id, shared.clock.now_ms()).await {
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
        Effect::LoadKyc => super::kyc::load(store, log),
        Effect::SaveKycDraft(draft) => {
            let writer: Arc<Store> = store.clone();
            match tokio::task::spawn_blocking(move || writer.save_kyc_draft(&draft)).await {
                Ok(Ok(())) => return None,
                Ok(Err(error)) => log.error("store", format!("the KYC draft was not saved: {error}")),
                Err(error) => log.error("store", format!("the KYC draft write did not finish: {error}")),
            }
            super::kyc::changed(store, log, Some("kyc-not-saved"))
        }
        Effect::CheckPhoto { kind, bytes } => super::kyc::check_photo(kind, bytes, store.clone(), log).await,
        Effect::SubmitKyc { application } => match bank {
            None => super::kyc::changed(store, log, Some("bank-misconfigured")),
            Some(bank) => super::kyc::submit(bank, store, *application, shared.clock.now_ms(), log).await,
        },
        Effect::SendKyc => match bank {
            None => super::kyc::changed(store, log, Some("bank-misconfigured")),
            Some(bank) => super::kyc::send(bank, store, log).await,
        },
        Effect::PollKyc { after_ms } => match bank {
            None => return None,
            Some(bank) => super::kyc::poll(bank, store, after_ms, log).await,
        },
        Effect::DecodeQr { bytes } => super::pay::decode_qr(bytes, log).await,
        Effect::QuotePayment { request } => match bank {
            None => Outcome::Quoted {
                amount_minor: request.amount_minor,
                result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }),
            },
            Some(bank) => super::pay::quote(bank, request, log).await,
        },
        Effect::Pay { draft } => match bank {
            None => Outcome::PaymentNotQueued { message_id: "bank-misconfigured" },
            Some(bank) => super::pay::queue(bank, *draft, shared.clock.now_ms(), log),
        },
        Effect::LookupRecipient { phone, currency } => match bank {
            None => Outcome::RecipientLookedUp {
                phone,
                result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }),
            },
            Some(bank) => super::transfer::look_up(bank, phone, currency, log).await,
        },
        Effect::RequestTransferCode { request } => match bank {
            None => {
                Outcome::TransferCodeSent { result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }) }
            }
            Some(bank) => super::transfer::request_code(bank, request, log).await,
        },
        Effect::VerifyTransferCode { confirmation_id, code } => match bank {
            None => Outcome::TransferCodeChecked {
                result: Err(crate::features::transfer::update::CodeRefusal {
                    message_id: "bank-misconfigured",
                    dead: false,
                }),
            },
            Some(bank) => super::transfer::verify_code(bank, confirmation_id, code, log).await,
        },
        Effect::LoadTopUp { account_id } => match bank {
            None => {
                let failure = BankFailure::Refused { message_id: "bank-misconfigured" };
                Outcome::TopUpLoaded { account_id, details: Err(failure), cards: Err(failure) }
            }
            Some(bank) => super::topup::load(bank, account_id, log).await,
        },
        Effect::QuoteCardTopUp { request } => match bank {
            None => Outcome::CardTopUpQuoted {
                about: crate::features::topup::state::QuoteAbout {
                    amount_minor: request.amount_minor,
                    card: String::new(),
                },
                result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }),
            },
            Some(bank) => super::topup::quote(bank, request, log).await,
        },
        Effect::StartCardTopUp { request, key } => match bank {
            None => Outcome::CardTopUpStarted {
                key: key.unwrap_or_default(),
                result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }),
            },
            Some(bank) => super::topup::start(bank, *request, key, log).await,
        },
        Effect::AnswerCardChallenge { topup_id, code, key } => match bank {
            None => Outcome::CardChallengeAnswered {
                key: key.unwrap_or_default(),
                result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }),
            },
            Some(bank) => super::topup::answer(bank, topup_id, code, key, log).await,
        },
        Effect::LoadFavourites => match bank {
            None => Outcome::FavouritesLoaded {
                lists: None,
                problem: Some(BankFailure::Refused { message_id: "bank-misconfigured" }),
            },
            Some(bank) => super::favourites::load(bank, store, log).await,
        },
        Effect::ChangeFavourites { change, key } => match bank {
            None => Outcome::FavouritesChanged {
                key: key.unwrap_or_default(),
                result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }),
            },
            Some(bank) => super::favourites::change(bank, change, key, log).await,
        },
        Effect::LoadServices => super::services_catalogue::load(store, log),
        Effect::FetchServices => match bank {
            None => Outcome::ServicesLoaded {
                catalogue: None,
                fetched: Some(Err(BankFailure::Refused { message_id: "bank-misconfigured" })),
            },
            Some(bank) => super::services_catalogue::fetch(bank, store, log).await,
        },
        Effect::CheckServiceAccount { provider_id, account } => match bank {
            None => Outcome::ServiceAccountChecked {
                account,
                result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }),
            },
            Some(bank) => super::services_catalogue::check(bank, provider_id, account, log).await,
        },
        Effect::LoadBills => super::split::load(store, log),
        Effect::SaveBill { bill } => match bank {
            None => Outcome::BillSaved { result: Err("bank-misconfigured") },
            Some(bank) => super::split::save(bank, *bill, shared.clock.now_ms(), log).await,
        },
        Effect::CancelBill { bill_id } => match bank {
            None => Outcome::BillActionQueued { message_id: "bank-misconfigured" },
            Some(bank) => super::split::cancel(bank, &bill_id, log).await,
        },
        Effect::RemindRequest { bill_id, person } => match bank {
            None => Outcome::BillActionQueued { message_id: "bank-misconfigured" },
            Some(bank) => super::split::remind(bank, &bill_id, person, log).await,
        },
        Effect::CheckContacts { numbers } => match bank {
            None => Outcome::ContactsChecked { result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }) },
            Some(bank) => super::split::check_contacts(bank, numbers, shared.clock.now_ms(), log).await,
        },
        Effect::ReportShake { mut shake } => {
            let call = super::shake::report_call(&shake);
            super::shake::date_by_age(&mut shake, shared.clock.now_ms());
            match bank {
                None => super::shake::no_bank(call),
                Some(bank) => super::shake::call(bank, call, Some(shake), log).await,
            }
        }
        Effect::PollShake { shake_id, after_ms } => match bank {
            None => super::shake::no_bank(crate::features::shake::ShakeCall::Poll { shake_id }),
            Some(bank) => super::shake::poll(bank, shake_id, after_ms, log).await,
        },
        Effect::ConfirmShake { shake_id } => {
            let call = crate::features::shake::ShakeCall::Confirm { shake_id };
            match bank {
                None => super::shake::no_bank(call),
                Some(bank) => super::shake::call(bank, call, None, log).await,
            }
        }
        Effect::CancelShake { shake_id } => {
            let call = crate::features::shake::ShakeCall::Cancel { shake_id };
            match bank {
                None => super::shake::no_bank(call),
                Some(bank) => super::shake::call(bank, call, None, log).await,
            }
        }
        Effect::ResetCache => {
            if let Err(error) = store.clear_cache() {
                log.error("store", format!("clearing the cache failed: {error}"));
            }
            Outcome::CacheReset
        }
    })
}

/// The outcome of a good code: who signed in, and what the phone already holds for them.
fn signed_in(phone: crate::domain::Phone, store: &Store, vault: &PinVault, log: &crate::platform::Log) -> Outcome {
    let facts = super::stored_facts(store, vault, log);
    Outcome::SignedIn {
        phone,
        terms_accepted: facts.terms_accepted,
        pin_set: facts.pin_set,
        biometrics_enabled: facts.biometrics_enabled,
    }
}

/// A blocking task's failure in words (never its data).
fn join_error<T, E: std::fmt::Display>(result: Result<Result<T, E>, tokio::task::JoinError>) -> String {
    match result {
        Ok(Ok(_)) => "no error".to_owned(),
        Ok(Err(error)) => error.to_string(),
        Err(error) => format!("the task did not finish: {error}"),
    }
}

fn verdict_kind(verdict: &crate::security::PinVerdict) -> &'static str {
    use crate::security::PinVerdict;
    match verdict {
        PinVerdict::Correct => "correct",
        PinVerdict::Wrong { .. } => "wrong",
        PinVerdict::Locked { .. } => "locked",
        PinVerdict::Wiped => "wiped after too many failures",
        PinVerdict::NoPin => "no PIN",
    }
}

fn form_error(error: &ApiError) -> FormError {
    let attempts_left = match error {
        ApiError::Refused(body) => body.attempts_left,
        _ => None,
    };
    FormError { message_id: error.message_id(), attempts_left }
}

fn load_wallet(store: &Store, log: &crate::platform::Log) -> WalletSnapshot {
    let record = store.session().unwrap_or_else(|error| {
        log.warn("store", format!("session unreadable: {error}"));
        None
    });
    let session = record.as_ref().map(|s| s.phone.masked());
    let name = record
        .as_ref()
        .and_then(|s| s.profile.as_ref())
        .and_then(|profile| profile.display_name.as_deref())
        .and_then(crate::domain::person::short_name);
    let accounts = store.accounts().unwrap_or_else(|error| {
        log.warn("store", format!("accounts unreadable: {error}"));
        Vec::new()
    });
    let recent = store.history_page(None, RECENT).map(|page| page.entries).unwrap_or_default();
    let unread = store.inbox_unread().unwrap_or_else(|error| {
        log.warn("store", format!("inbox unreadable: {error}"));
        0
    });
    WalletSnapshot { session, accounts, recent, waiting: store.outbox_len(), unread, name }
}

/// What a sync brought besides the balances and the history.
#[derive(Default)]
struct SyncNews {
    received: Vec<MoneyReceived>,
    new_events: u32,
}

/// Sends the outbox, then brings the bank's changes, its events and the profile. `None` when all went through.
/// Every time it records comes from the engine's `clock`, never the wall clock: the model's sense of now moves only
/// with it (a sync once stamped the wall clock and cut a second off the PIN wait a test's clock had set).
async fn sync(
    bank: &BankServices,
    store: &Store,
    clock: &dyn Clock,
    news: &mut SyncNews,
    log: &crate::platform::Log,
) -> Option<SyncProblem> {
    let token_before = bank.credentials.token().ok().flatten();
    let result = match bank.sync.drain(|| clock.now_ms()).await {
        Ok(report) => {
            if report.sent + report.rejected > 0 {
                log.info("sync", format!("outbox: {} sent, {} refused", report.sent, report.rejected));
            }
            let pulled = bank.sync.pull(clock.now_ms()).await.map(|report| {
                news.received.extend(report.received.into_iter().map(|operation| MoneyReceived {
                    local_id: operation.local_id,
                    amount: operation.amount,
                    from: operation.counterparty.name,
                }));
            });
            if pulled.is_ok() {
                // The feed and the profile are the bank's news beside the money: a failure here fails nothing.
                let events = bank.sync.pull_events().await.unwrap_or_else(|error| {
                    log.debug("sync", format!("the events feed: {}", error.kind()));
                    Vec::new()
                });
                news.new_events = u32::try_from(events.len()).unwrap_or(u32::MAX);
                let decided = events.iter().any(|event| event.kind == BankEventKind::KycDecided);
                if let Err(error) = bank.sync.refresh_profile(clock.now_ms(), decided).await {
                    log.debug("sync", format!("the profile: {}", error.kind()));
                }
                // The terms' acceptance is a legal record the bank keeps: sent once, whenever a sync gets through.
                if let Err(error) = bank.sync.send_terms().await {
                    log.debug("sync", format!("the terms' acceptance: {}", error.kind()));
                }
                super::kyc::catch_up(bank, log).await;
                super::split::catch_up(bank, log).await;
            }
            pulled
        }
        Err(error) => Err(error),
    };
    let error = result.err()?;
    log.debug("sync", format!("sync error: {}", error.kind()));
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
        // A sign-in (the code confirmed again) may have replaced the token while this sync used the old one: the
        // new session stands, and this sync simply failed.
        if bank.credentials.token().ok().flatten() != token_before {
            log.info("sync", "the session was renewed during this sync");
            return Some(SyncProblem::Other { message_id: "sync-failed" });
        }
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
