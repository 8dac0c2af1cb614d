//! The order of the whole wizard (seed 000 steps 3–9) and its resume: language → intro → phone → SMS code →
//! terms → PIN twice → biometrics offer → home. The step reached is in the settings; what was typed is in the
//! draft, so a killed app reopens at the same step with it (never a PIN or a code).

use super::effect::Effect;
use super::model::{Model, Security, Start};
use super::navigation::{Route, Stack};
use super::settings::Settings;
use crate::features::onboarding::{
    ChallengeDraft, IntroPages, LanguagePicker, LanguagePurpose, OnboardingStage, WizardDraft,
};
use crate::features::pin::{BiometricOffer, PinLock, PinProblem, PinSetup, SetupPurpose};
use crate::features::signin::{CodeForm, PhoneForm, SignInPurpose};
use crate::features::terms::TermsForm;

/// Where the wizard goes once the phone is confirmed: the terms, then the PIN, then home.
pub fn after_sign_in(security: &Security, draft: &WizardDraft) -> (OnboardingStage, Route) {
    if !security.terms_accepted {
        (OnboardingStage::Terms, Route::Terms(TermsForm::resumed(&draft.terms_ticked)))
    } else if !security.pin_set {
        (OnboardingStage::CreatePin, Route::CreatePin(PinSetup::new(SetupPurpose::Onboarding)))
    } else {
        (OnboardingStage::Completed, Route::Home)
    }
}

/// Where the wizard goes once the PIN is made: the biometrics offer on a device that has them, else home.
pub fn after_pin(security: &Security) -> (OnboardingStage, Route) {
    if security.biometrics_available && !security.biometrics_enabled {
        (OnboardingStage::Biometrics, Route::Biometrics(BiometricOffer::default()))
    } else {
        (OnboardingStage::Completed, Route::Home)
    }
}

/// The phone number as typed, and the code screen if a code had been sent.
fn sign_in_stack(draft: &WizardDraft) -> Stack {
    let phone = PhoneForm { text: draft.phone_text.clone(), ..PhoneForm::default() };
    let code = draft.challenge.as_ref().map(|ChallengeDraft { phone, challenge }| {
        Route::Code(CodeForm::new(phone.clone(), SignInPurpose::SignIn, challenge.clone()))
    });
    Stack::from_routes(Route::Phone(phone), code)
}

/// The screens the app opens on.
pub fn restore(settings: &Settings, start: &Start) -> Stack {
    let first_run = Route::Language(LanguagePicker { purpose: LanguagePurpose::FirstRun });
    let signed_in = start.phone.is_some();
    let security = &start.security;
    let mut stack = match settings.onboarding {
        OnboardingStage::ChooseLanguage => Stack::new(first_run),
        OnboardingStage::Intro { page } => Stack::from_routes(first_run, [Route::Intro(IntroPages::at(page))]),
        // Signed out after onboarding (the session ended): home offers «Войти».
        OnboardingStage::Completed if !signed_in => Stack::new(Route::Home),
        _ if !signed_in => sign_in_stack(&start.draft),
        OnboardingStage::Biometrics if security.pin_set => Stack::new(after_pin(security).1),
        _ => Stack::new(after_sign_in(security, &start.draft).1),
    };
    if signed_in && security.pin_set {
        stack.apply(super::navigation::Nav::Push(Route::Unlock(PinLock::default())));
    }
    stack
}

/// What the wizard keeps of the open screens; nothing once onboarding is over.
pub fn draft_of(model: &Model) -> WizardDraft {
    let mut draft = WizardDraft::default();
    if model.onboarded() {
        return draft;
    }
    for route in model.stack.routes() {
        match route {
            Route::Phone(form) if form.purpose == SignInPurpose::SignIn => draft.phone_text = form.text.clone(),
            Route::Code(form) if form.purpose == SignInPurpose::SignIn => {
                draft.challenge = Some(ChallengeDraft { phone: form.phone.clone(), challenge: form.challenge.clone() });
            }
            Route::Terms(form) => draft.terms_ticked = form.ticked.clone(),
            _ => {}
        }
    }
    draft
}

/// Asks for the draft to be stored when it changed.
pub fn keep_draft(model: &mut Model, effects: &mut Vec<Effect>) {
    let draft = draft_of(model);
    if draft != model.saved_draft {
        model.saved_draft = draft.clone();
        effects.push(Effect::SaveDraft(draft));
    }
}

/// Whether something on screen counts down: the code's resend and lifetime, a PIN wait.
fn counts_down(model: &Model) -> bool {
    let now = model.now_ms;
    match model.stack.top() {
        Route::Code(form) => now < form.resend_at_ms().max(form.challenge.expires_at_ms()),
        Route::Unlock(lock) => lock.problem.is_some_and(|p| p.locks_at(now)),
        Route::CreatePin(setup) => setup.problem.is_some_and(|p| p.locks_at(now)),
        _ => false,
    }
}

/// The phone's clock was set back by `by_ms`. The instants the screens count down to were read on the old clock, so
/// they move back with it: a PIN wait or a code's resend reads as long as before, not hours longer.
pub fn clock_set_back(model: &mut Model, by_ms: i64) {
    let shift = |problem: &mut Option<PinProblem>| {
        if let Some(PinProblem::LockedUntil { until_ms }) = problem {
            *until_ms -= by_ms;
        }
    };
    for route in model.stack.routes_mut() {
        match route {
            Route::Code(form) => {
                form.challenge.sent_at_ms -= by_ms;
                if let Some(until_ms) = &mut form.resend_blocked_until_ms {
                    *until_ms -= by_ms;
                }
            }
            Route::Unlock(lock) | Route::PayPin(lock) => shift(&mut lock.problem),
            Route::CreatePin(setup) => shift(&mut setup.problem),
            _ => {}
        }
    }
}

/// Keeps one `Tick` on its way while a countdown shows.
pub fn keep_ticking(model: &mut Model, effects: &mut Vec<Effect>) {
    if !model.ticking && counts_down(model) {
        model.ticking = true;
        effects.push(Effect::Tick { after_ms: 1_000 });
    }
}
