//! The one `update`: routes each event to the feature of the screen on top, each outcome to the state it concerns,
//! then applies the step. Pure: the same model and message always give the same model and effects.

use super::effect::{Effect, Outcome, SyncProblem};
use super::event::{Event, Msg};
use super::model::{Ctx, Model, Notice};
use super::navigation::{Nav, Route, Step};
use super::rejection::Rejection;
use crate::features::onboarding::OnboardingStage;
use crate::features::{history, home, onboarding, signin};

/// Applies `msg` to `model` and returns the effects to run. On `Err` the model is unchanged.
pub fn update(model: &mut Model, msg: Msg) -> Result<Vec<Effect>, Rejection> {
    let step = match msg {
        Msg::Ui(event) => on_event(model, event)?,
        Msg::Outcome(outcome) => on_outcome(model, outcome),
    };
    model.stack.apply(step.nav);
    Ok(step.effects)
}

fn on_event(model: &mut Model, event: Event) -> Result<Step, Rejection> {
    let name = event.name();
    let depth = model.stack.depth();
    let Model { settings, device_language, stack, notice, wallet, bank_configured, .. } = model;
    let mut ctx = Ctx { settings, device_language: *device_language, wallet, bank_configured: *bank_configured };
    match (event, stack.top_mut()) {
        (Event::Back, route) => Ok(back(route, depth, &mut ctx)),
        (Event::DismissNotice, _) => {
            *notice = None;
            Ok(Step::stay())
        }
        (Event::Network { online: true }, _) => Ok(home::update::start_sync(ctx.wallet)),
        (Event::Network { online: false }, _) => Ok(Step::stay()),
        (Event::Language(event), Route::Language(picker)) => onboarding::update::language(picker, event, &mut ctx),
        (Event::Intro(event), Route::Intro(pages)) => onboarding::update::intro(pages, event, &mut ctx),
        (Event::SignIn(event), Route::Phone(form)) => signin::update::phone(form, event, ctx.bank_configured),
        (Event::SignIn(event), Route::Code(form)) => signin::update::code(form, event),
        (Event::Home(event), Route::Home) => home::update::home(event, &mut ctx),
        (Event::History(event), Route::History(list)) => history::update::history(list, event),
        (Event::Operation(event), Route::Operation(details)) => history::update::details(details, event),
        (_, route) => Err(Rejection::WrongScreen { event: name, screen: route.name() }),
    }
}

/// What the app does as soon as it opens: read the wallet from the store, and sync if someone is signed in.
pub fn on_start(model: &mut Model) -> Vec<Effect> {
    if !model.bank_configured {
        return Vec::new();
    }
    let mut effects = vec![Effect::LoadWallet];
    effects.extend(home::update::start_sync(&mut model.wallet).effects);
    effects
}

/// Whether «back» leads anywhere from here. The view shows a back action exactly when this holds.
pub fn can_go_back(model: &Model) -> bool {
    model.stack.depth() > 1 || matches!(model.stack.top(), Route::Intro(pages) if pages.page > 0)
}

fn back(route: &mut Route, depth: usize, ctx: &mut Ctx<'_>) -> Step {
    match route {
        Route::Intro(pages) => onboarding::update::back_from_intro(pages, ctx),
        _ if depth > 1 => Step::to(Nav::Pop),
        // At the root there is nowhere to go back to: the shell leaves the app itself.
        _ => Step::stay(),
    }
}

fn on_outcome(model: &mut Model, outcome: Outcome) -> Step {
    match outcome {
        Outcome::SettingsSaved => {
            // A later save that worked makes an earlier failure moot.
            if model.notice == Some(Notice::SettingsNotSaved) {
                model.notice = None;
            }
            Step::stay()
        }
        Outcome::SettingsNotSaved => {
            model.notice = Some(Notice::SettingsNotSaved);
            Step::stay()
        }
        Outcome::CodeSent { challenge_id, code_length } => match model.stack.top_mut() {
            Route::Phone(form) => signin::update::code_sent(form, challenge_id, code_length),
            _ => Step::stay(),
        },
        Outcome::CodeRefused { error } => {
            if let Route::Phone(form) = model.stack.top_mut() {
                form.busy = false;
                form.error = Some(error);
            }
            Step::stay()
        }
        Outcome::SignInRefused { error } => {
            if let Route::Code(form) = model.stack.top_mut() {
                form.busy = false;
                form.error = Some(error);
            }
            Step::stay()
        }
        Outcome::SignedIn { phone_masked } => {
            model.wallet.session = Some(phone_masked);
            model.settings.onboarding = OnboardingStage::Completed;
            let sync = home::update::start_sync(&mut model.wallet);
            Step { nav: Nav::Reset(Route::Home), effects: sync.effects }
                .saving(&model.settings)
                .with(Effect::LoadWallet)
        }
        Outcome::WalletLoaded(snapshot) => {
            home::update::wallet_loaded(&mut model.wallet, snapshot);
            Step::stay()
        }
        Outcome::SyncFinished { at_ms, problem } => {
            let mut step = home::update::sync_finished(&mut model.wallet, &mut model.notice, at_ms, problem);
            if model.history_mut().is_some() && !matches!(problem, Some(SyncProblem::SessionEnded { .. })) {
                step = step.with(Effect::LoadHistory { after: None });
            }
            step
        }
        Outcome::SyncDue { timer } => home::update::sync_due(&mut model.wallet, timer),
        Outcome::HistoryLoaded { page, append } => {
            if let Some(list) = model.history_mut() {
                history::update::history_loaded(list, page, append);
            }
            Step::stay()
        }
        Outcome::OperationLoaded { local_id, operation, receipt, damaged } => {
            if let Some(details) = model.details_mut(&local_id) {
                history::update::details_loaded(details, operation, receipt, damaged);
            }
            Step::stay()
        }
        Outcome::CancelFinished { local_id, result } => {
            let (mut step, notice) = history::update::cancel_finished(model.details_mut(&local_id), &local_id, result);
            model.notice = Some(notice);
            if model.history_mut().is_some() {
                step = step.with(Effect::LoadHistory { after: None });
            }
            step
        }
        Outcome::CacheReset => home::update::start_sync(&mut model.wallet).with(Effect::LoadWallet),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Settings;
    use crate::app::model::start;
    use crate::domain::Language;
    use crate::features::home::HomeEvent;
    use crate::features::onboarding::{IntroEvent, IntroPages, LanguageEvent};
    use crate::features::signin::{PhoneForm, SignInEvent};

    fn new_install() -> Model {
        Model::restore(Settings::default(), start(Language::Ru))
    }

    fn send(model: &mut Model, event: Event) -> Vec<Effect> {
        update(model, Msg::Ui(event)).expect("event applies")
    }

    #[test]
    fn walks_language_and_intro_to_the_phone_number() {
        let mut model = new_install();
        send(&mut model, Event::Language(LanguageEvent::Select { index: 0 }));
        send(&mut model, Event::Language(LanguageEvent::Confirm));
        assert_eq!(model.stack.top(), &Route::Intro(IntroPages { page: 0 }));
        send(&mut model, Event::Intro(IntroEvent::Next));
        send(&mut model, Event::Intro(IntroEvent::Next));
        let effects = send(&mut model, Event::Intro(IntroEvent::Finish));
        assert_eq!(model.stack.routes(), &[Route::Phone(PhoneForm::default())]);
        let expected = Settings { language: Some(Language::Ky), onboarding: OnboardingStage::SignIn };
        assert_eq!(effects, vec![Effect::SaveSettings(expected)]);
        assert!(!can_go_back(&model));
    }

    #[test]
    fn signing_in_completes_onboarding_and_starts_the_first_sync() {
        let settings = Settings { language: Some(Language::Ru), onboarding: OnboardingStage::SignIn };
        let mut model = Model::restore(settings, start(Language::Ru));
        send(&mut model, Event::SignIn(SignInEvent::EditPhone { text: "+996555123456".into() }));
        let effects = send(&mut model, Event::SignIn(SignInEvent::SubmitPhone));
        assert!(matches!(&effects[..], [Effect::RequestCode { .. }]));
        update(&mut model, Msg::Outcome(Outcome::CodeSent { challenge_id: "c".into(), code_length: 6 })).expect("sent");
        assert!(matches!(model.stack.top(), Route::Code(_)));
        let effects = update(&mut model, Msg::Outcome(Outcome::SignedIn { phone_masked: "+996 555 ***456".into() }))
            .expect("signed in");
        assert_eq!(model.stack.routes(), &[Route::Home]);
        assert_eq!(model.settings.onboarding, OnboardingStage::Completed);
        assert!(effects.contains(&Effect::Sync) && effects.contains(&Effect::LoadWallet));
    }

    #[test]
    fn an_event_of_another_screen_is_rejected_and_changes_nothing() {
        let mut model = new_install();
        let before = model.clone();
        assert_eq!(
            update(&mut model, Msg::Ui(Event::Intro(IntroEvent::Next))),
            Err(Rejection::WrongScreen { event: "Intro.Next", screen: "language" })
        );
        assert_eq!(
            update(&mut model, Msg::Ui(Event::Home(HomeEvent::OpenLanguage))),
            Err(Rejection::WrongScreen { event: "Home.OpenLanguage", screen: "language" })
        );
        assert_eq!(model, before);
    }

    #[test]
    fn back_at_the_root_does_nothing() {
        let mut model = new_install();
        let before = model.clone();
        assert_eq!(send(&mut model, Event::Back), vec![]);
        assert_eq!(model, before);
        assert!(!can_go_back(&model));
    }

    #[test]
    fn changing_the_language_from_home_and_coming_back() {
        let settings = Settings { language: Some(Language::Ru), onboarding: OnboardingStage::Completed };
        let mut model = Model::restore(settings, start(Language::Ru));
        send(&mut model, Event::Home(HomeEvent::OpenLanguage));
        assert!(can_go_back(&model));
        send(&mut model, Event::Language(LanguageEvent::Select { index: 3 }));
        send(&mut model, Event::Back);
        assert_eq!(model.stack.routes(), &[Route::Home]);
        assert_eq!(model.language(), Language::En);
    }

    #[test]
    fn the_network_coming_back_syncs_when_signed_in() {
        let mut model = new_install();
        assert_eq!(send(&mut model, Event::Network { online: true }), vec![], "nobody signed in");
        model.wallet.session = Some("+996 555 ***456".into());
        assert_eq!(send(&mut model, Event::Network { online: true }), vec![Effect::Sync]);
        assert_eq!(send(&mut model, Event::Network { online: false }), vec![]);
    }

    #[test]
    fn a_failed_save_shows_a_notice_until_dismissed_or_a_save_works() {
        let mut model = new_install();
        update(&mut model, Msg::Outcome(Outcome::SettingsNotSaved)).expect("outcome");
        assert_eq!(model.notice, Some(Notice::SettingsNotSaved));
        send(&mut model, Event::DismissNotice);
        assert_eq!(model.notice, None);
        update(&mut model, Msg::Outcome(Outcome::SettingsNotSaved)).expect("outcome");
        update(&mut model, Msg::Outcome(Outcome::SettingsSaved)).expect("outcome");
        assert_eq!(model.notice, None);
    }
}
