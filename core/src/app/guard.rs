//! Who may see the wallet: the lock screen when the app opens or was idle too long, signing out (by choice, or
//! wiped after ten wrong PINs), and the dialogs that ask before either.

use super::dialog::{Dialog, DialogEvent};
use super::effect::Effect;
use super::model::{Model, Notice};
use super::navigation::{Nav, Route, Step};
use super::rejection::Rejection;
use crate::features::home::{self, Wallet};
use crate::features::kyc::{self, Kyc};
use crate::features::onboarding::OnboardingStage;
use crate::features::pin::PinLock;
use crate::features::signin::{PhoneForm, SignInPurpose};

/// The lock screen goes; the idle watch starts again.
pub fn unlocked(model: &mut Model) -> Step {
    let watch = model.security.watch_idle(&model.settings);
    let mut step = Step::to(Nav::Pop);
    step.effects.extend(watch);
    step
}

/// The idle time passed: the lock screen comes over whatever is open (kept under it, with what was typed).
pub fn idle_due(model: &mut Model, generation: u64) -> Step {
    let current = generation == model.security.idle_generation;
    if !current || !model.security.pin_set || model.phone.is_none() || model.locked() || !model.onboarded() {
        return Step::stay();
    }
    model.dialog = None;
    let mut lock = PinLock::default();
    let prompt = model.security.biometrics_enabled.then(|| {
        lock.busy = true;
        lock.awaiting_biometrics = true;
        Effect::UnlockWithBiometrics
    });
    let step = Step::to(Nav::Push(Route::Unlock(lock)));
    match prompt {
        Some(effect) => step.with(effect),
        None => step,
    }
}

/// The lock screen on top, with biometric unlock turned on: the system's prompt is shown at once (reading the key
/// from secure storage shows it); a cancelled prompt leaves the PIN pad.
pub fn offer_biometrics(model: &mut Model) -> Option<Effect> {
    if !model.security.biometrics_enabled {
        return None;
    }
    let Route::Unlock(lock) = model.stack.top_mut() else { return None };
    if lock.busy {
        return None;
    }
    lock.busy = true;
    lock.awaiting_biometrics = true;
    Some(Effect::UnlockWithBiometrics)
}

/// Back in the foreground: lock if the idle time passed meanwhile, and catch up with the bank.
pub fn foreground(model: &mut Model) -> Step {
    let mut step = home::update::start_sync(&mut model.wallet);
    if model.security.pin_set && model.phone.is_some() && !model.locked() {
        step = step.with(Effect::CheckIdle {
            timeout_ms: model.settings.auto_lock_ms(),
            generation: model.security.idle_generation,
        });
    }
    step
}

/// Signed out on this phone: by «Выйти», or `wiped` after too many wrong PINs. Back to the phone number.
pub fn signed_out(model: &mut Model, wiped: bool) -> Step {
    model.phone = None;
    model.wallet = Wallet::default();
    model.kyc = Kyc::default();
    model.split = crate::features::split::SplitModel::default();
    model.favourites = crate::features::favourites::FavouritesModel::default();
    model.dialog = None;
    model.security.pin_set = false;
    model.security.biometrics_enabled = false;
    // Signing out forgets the accepted terms with the rest; a wipe keeps them for the same person.
    model.security.terms_accepted &= wiped;
    model.security.idle_generation += 1;
    model.security.push_registered = false;
    model.share = None;
    model.settings.onboarding = OnboardingStage::SignIn;
    if wiped {
        model.notice = Some(Notice::warning("pin-wiped"));
    }
    Step::to(Nav::Reset(Route::Phone(PhoneForm::default()))).saving(&model.settings)
}

pub fn dialog(model: &mut Model, event: DialogEvent) -> Result<Step, Rejection> {
    let name = super::Event::Dialog(event.clone()).name();
    let Some(open) = model.dialog else {
        return Err(Rejection::NotNow { event: name, reason: "no dialog is open" });
    };
    model.dialog = None;
    Ok(match (event, open) {
        (DialogEvent::Cancel, Dialog::Residency) => kyc::update::residency_answered(&mut model.kyc, false),
        (DialogEvent::Confirm, Dialog::Residency) => kyc::update::residency_answered(&mut model.kyc, true),
        (DialogEvent::Confirm, Dialog::ConfirmPassport) => {
            kyc::update::passport_confirmed(&mut model.kyc, model.stack.top())
        }
        (DialogEvent::Cancel, _) => Step::stay(),
        (DialogEvent::Confirm, Dialog::Logout { .. }) => Step::stay().with(Effect::Logout),
        (DialogEvent::Confirm, Dialog::CancelOperation { .. }) => {
            let cancelled = match model.stack.top_mut() {
                Route::Operation(details) | Route::PayResult(details) => {
                    crate::features::history::update::cancel(details)
                }
                _ => Ok(Step::stay()),
            };
            // The bank finished it while the question was open: say so instead.
            cancelled.unwrap_or_else(|_| {
                model.notice = Some(super::model::Notice::warning("bank-not-revocable"));
                Step::stay()
            })
        }
        (DialogEvent::Confirm, Dialog::ForgotPin) => {
            let text = model.phone.as_ref().map(|phone| phone.e164().to_owned()).unwrap_or_default();
            Step::to(Nav::Push(Route::Phone(PhoneForm {
                text,
                purpose: SignInPurpose::ResetPin,
                ..PhoneForm::default()
            })))
        }
    })
}
