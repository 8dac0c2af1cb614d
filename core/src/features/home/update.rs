//! Home's rules, and the rhythm of syncing: after a sync, the next one in a minute; after a failure, sooner at
//! first and then less often (5 s doubling to 2 min); none once the session is over.

use super::event::HomeEvent;
use super::state::{Wallet, WalletSnapshot};
use crate::app::{Ctx, Effect, Nav, Notice, Rejection, Route, Step, SyncProblem};
use crate::features::history::{HistoryList, OperationDetails};
use crate::features::onboarding::{LanguagePicker, LanguagePurpose};
use crate::features::signin::PhoneForm;
use crate::store::HistoryEntry;

const SYNC_EVERY_MS: u64 = 60_000;
const RETRY_FIRST_MS: u64 = 5_000;
const RETRY_MAX_MS: u64 = 120_000;
/// While an operation's screen shows one the bank has not finished.
const WATCH_EVERY_MS: u64 = 3_000;

pub fn home(event: HomeEvent, ctx: &mut Ctx<'_>) -> Result<Step, Rejection> {
    let signed_in = ctx.wallet.session.is_some();
    let needs_session = |name| Rejection::NotNow { event: name, reason: "nobody is signed in" };
    match event {
        HomeEvent::OpenLanguage => {
            Ok(Step::to(Nav::Push(Route::Language(LanguagePicker { purpose: LanguagePurpose::Settings }))))
        }
        HomeEvent::OpenSettings => Ok(Step::to(Nav::Push(Route::Settings))),
        HomeEvent::SignIn if signed_in => Err(Rejection::NotNow { event: "Home.SignIn", reason: "already signed in" }),
        HomeEvent::SignIn => Ok(Step::to(Nav::Push(Route::Phone(PhoneForm::default())))),
        HomeEvent::Refresh if !signed_in => Err(needs_session("Home.Refresh")),
        HomeEvent::Refresh => Ok(start_sync(ctx.wallet)),
        HomeEvent::OpenIdentification if !signed_in => Err(needs_session("Home.OpenIdentification")),
        HomeEvent::OpenIdentification => Ok(Step::to(Nav::Push(Route::KycStatus)).with(Effect::LoadKyc)),
        HomeEvent::OpenHistory if !signed_in => Err(needs_session("Home.OpenHistory")),
        HomeEvent::OpenHistory => Ok(open_history()),
        HomeEvent::OpenRecent { index } => match ctx.wallet.recent.get(index as usize) {
            Some(HistoryEntry::Operation(operation)) => Ok(open_operation(&operation.local_id)),
            // A damaged line opens the history, where a fresh download is offered.
            Some(HistoryEntry::Damaged { .. }) => Ok(open_history()),
            None => Err(Rejection::OutOfRange {
                event: "Home.OpenRecent",
                what: "operation",
                index,
                count: ctx.wallet.recent.len() as u32,
            }),
        },
    }
}

fn open_history() -> Step {
    Step::to(Nav::Push(Route::History(HistoryList::loading()))).with(Effect::LoadHistory { after: None })
}

pub fn open_operation(local_id: &str) -> Step {
    Step::to(Nav::Push(Route::Operation(OperationDetails::loading(local_id))))
        .with(Effect::LoadOperation { local_id: local_id.to_owned() })
}

/// A sync, unless one is already on its way.
pub fn start_sync(wallet: &mut Wallet) -> Step {
    if wallet.sync.running || wallet.session.is_none() {
        return Step::stay();
    }
    wallet.sync.running = true;
    Step::stay().with(Effect::Sync)
}

pub fn wallet_loaded(wallet: &mut Wallet, snapshot: WalletSnapshot) {
    wallet.session = snapshot.session;
    wallet.accounts = snapshot.accounts;
    wallet.recent = snapshot.recent;
    wallet.waiting = snapshot.waiting;
    wallet.unread = snapshot.unread;
    wallet.name = snapshot.name;
}

/// A sync ended: note how, read the store again, and schedule the next.
pub fn sync_finished(
    wallet: &mut Wallet,
    notice: &mut Option<Notice>,
    at_ms: i64,
    problem: Option<SyncProblem>,
) -> Step {
    wallet.sync.running = false;
    wallet.sync.problem = problem;
    let mut step = Step::stay().with(Effect::LoadWallet);
    let delay = match problem {
        None => {
            wallet.sync.failures = 0;
            wallet.sync.last_success_ms = Some(at_ms);
            SYNC_EVERY_MS
        }
        Some(SyncProblem::SessionEnded { replaced }) => {
            wallet.session = None;
            wallet.sync.failures = 0;
            *notice = Some(if replaced { Notice::SessionReplaced } else { Notice::SessionEnded });
            return step;
        }
        Some(_) => {
            let delay = RETRY_FIRST_MS.saturating_mul(1 << wallet.sync.failures.min(10)).min(RETRY_MAX_MS);
            wallet.sync.failures = wallet.sync.failures.saturating_add(1);
            delay
        }
    };
    wallet.sync.timer += 1;
    step = step.with(Effect::SyncLater { after_ms: delay, timer: wallet.sync.timer });
    step
}

/// The next sync sooner than the minute (an operation's screen waits for the bank's answer); it replaces the timer
/// set before, and the sync after it goes back to the usual rhythm.
pub fn sync_sooner(wallet: &mut Wallet) -> Step {
    wallet.sync.timer += 1;
    Step::stay().with(Effect::SyncLater { after_ms: WATCH_EVERY_MS, timer: wallet.sync.timer })
}

/// A scheduled sync fell due; only the newest timer counts.
pub fn sync_due(wallet: &mut Wallet, timer: u64) -> Step {
    if timer == wallet.sync.timer { start_sync(wallet) } else { Step::stay() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Settings;
    use crate::domain::Language;

    fn signed_in() -> Wallet {
        Wallet { session: Some("+996 555 ***456".into()), ..Wallet::default() }
    }

    fn ctx<'a>(settings: &'a mut Settings, wallet: &'a mut Wallet) -> Ctx<'a> {
        Ctx { settings, device_language: Language::Ru, wallet, bank_configured: true }
    }

    #[test]
    fn one_sync_at_a_time() {
        let mut wallet = signed_in();
        assert_eq!(start_sync(&mut wallet).effects, vec![Effect::Sync]);
        assert_eq!(start_sync(&mut wallet).effects, vec![]);
    }

    #[test]
    fn failures_back_off_and_success_resets_the_rhythm() {
        let mut wallet = signed_in();
        let mut notice = None;
        let mut delays = Vec::new();
        for _ in 0..7 {
            wallet.sync.running = true;
            let step = sync_finished(&mut wallet, &mut notice, 0, Some(SyncProblem::Offline));
            delays.extend(step.effects.iter().filter_map(|e| match e {
                Effect::SyncLater { after_ms, .. } => Some(*after_ms),
                _ => None,
            }));
        }
        assert_eq!(delays, [5_000, 10_000, 20_000, 40_000, 80_000, 120_000, 120_000]);
        let step = sync_finished(&mut wallet, &mut notice, 99, None);
        assert!(step.effects.contains(&Effect::SyncLater { after_ms: 60_000, timer: wallet.sync.timer }));
        assert_eq!(wallet.sync.last_success_ms, Some(99));
    }

    #[test]
    fn only_the_newest_timer_syncs() {
        let mut wallet = signed_in();
        let mut notice = None;
        sync_finished(&mut wallet, &mut notice, 0, None);
        let old = wallet.sync.timer;
        sync_finished(&mut wallet, &mut notice, 1, None);
        assert_eq!(sync_due(&mut wallet, old).effects, vec![]);
        let newest = wallet.sync.timer;
        assert_eq!(sync_due(&mut wallet, newest).effects, vec![Effect::Sync]);
    }

    #[test]
    fn a_session_replaced_elsewhere_signs_out_and_says_why() {
        let mut wallet = signed_in();
        let mut notice = None;
        let step = sync_finished(&mut wallet, &mut notice, 0, Some(SyncProblem::SessionEnded { replaced: true }));
        assert_eq!(wallet.session, None);
        assert_eq!(notice, Some(Notice::SessionReplaced));
        assert!(!step.effects.iter().any(|e| matches!(e, Effect::SyncLater { .. })), "no more syncing");
    }

    #[test]
    fn signed_out_home_offers_sign_in_only() {
        let (mut settings, mut wallet) = (Settings::default(), Wallet::default());
        let step = home(HomeEvent::SignIn, &mut ctx(&mut settings, &mut wallet)).expect("sign in");
        assert_eq!(step.nav, Nav::Push(Route::Phone(PhoneForm::default())));
        assert!(home(HomeEvent::OpenHistory, &mut ctx(&mut settings, &mut wallet)).is_err());
        assert!(home(HomeEvent::Refresh, &mut ctx(&mut settings, &mut wallet)).is_err());
        let mut wallet = signed_in();
        assert!(home(HomeEvent::SignIn, &mut ctx(&mut settings, &mut wallet)).is_err());
        assert!(matches!(
            home(HomeEvent::OpenRecent { index: 0 }, &mut ctx(&mut settings, &mut wallet)),
            Err(Rejection::OutOfRange { count: 0, .. })
        ));
    }
}
