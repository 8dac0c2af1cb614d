//! The one `update`: routes each message to the feature of the screen on top, then applies its step.
//! Pure: the same model and message always give the same model and effects.

use super::effect::{Effect, Outcome};
use super::event::{Event, Msg};
use super::model::{Ctx, Model, Notice};
use super::navigation::{Nav, Route, Step};
use super::rejection::Rejection;
use crate::features::{home, onboarding};

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
    let Model { settings, device_language, stack, notice, .. } = model;
    let mut ctx = Ctx { settings, device_language: *device_language };
    match (event, stack.top_mut()) {
        (Event::Back, route) => Ok(back(route, depth, &mut ctx)),
        (Event::DismissNotice, _) => {
            *notice = None;
            Ok(Step::stay())
        }
        (Event::Language(event), Route::Language(picker)) => onboarding::update::language(picker, event, &mut ctx),
        (Event::Intro(event), Route::Intro(pages)) => onboarding::update::intro(pages, event, &mut ctx),
        (Event::Home(event), Route::Home) => Ok(home::update::home(event)),
        (_, route) => Err(Rejection::WrongScreen { event: name, screen: route.name() }),
    }
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
        }
        Outcome::SettingsNotSaved => model.notice = Some(Notice::SettingsNotSaved),
    }
    Step::stay()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Settings;
    use crate::domain::Language;
    use crate::features::home::HomeEvent;
    use crate::features::onboarding::{IntroEvent, IntroPages, LanguageEvent, OnboardingStage};

    fn new_install() -> Model {
        Model::restore(Settings::default(), Language::Ru)
    }

    fn send(model: &mut Model, event: Event) -> Vec<Effect> {
        update(model, Msg::Ui(event)).expect("event applies")
    }

    #[test]
    fn walks_language_and_intro_to_home() {
        let mut model = new_install();
        send(&mut model, Event::Language(LanguageEvent::Select { index: 0 }));
        send(&mut model, Event::Language(LanguageEvent::Confirm));
        assert_eq!(model.stack.top(), &Route::Intro(IntroPages { page: 0 }));
        send(&mut model, Event::Intro(IntroEvent::Next));
        send(&mut model, Event::Intro(IntroEvent::Next));
        let effects = send(&mut model, Event::Intro(IntroEvent::Finish));
        assert_eq!(model.stack.routes(), &[Route::Home]);
        let expected = Settings { language: Some(Language::Ky), onboarding: OnboardingStage::Completed };
        assert_eq!(effects, vec![Effect::SaveSettings(expected)]);
        assert!(!can_go_back(&model));
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
        let mut model = Model::restore(settings, Language::Ru);
        send(&mut model, Event::Home(HomeEvent::OpenLanguage));
        assert!(can_go_back(&model));
        send(&mut model, Event::Language(LanguageEvent::Select { index: 3 }));
        send(&mut model, Event::Back);
        assert_eq!(model.stack.routes(), &[Route::Home]);
        assert_eq!(model.language(), Language::En);
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
