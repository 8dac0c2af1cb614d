//! The one `view`: the model as plain, localised data for the shells to draw. Pure, like `update`.

use serde::Serialize;

use super::event::Event;
use super::model::{Model, Notice};
use super::navigation::Route;
use super::update::can_go_back;
use crate::domain::Language;
use crate::features::home::{self, HomeScreen};
use crate::features::onboarding::{self, IntroScreen, LanguageScreen};
use crate::i18n::{Catalog, Strings};

/// Everything a shell needs to draw the app right now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ViewModel {
    /// Grows with every view; a shell ignores a view older than the one it shows.
    pub revision: u64,
    /// The language of every text in this view.
    pub language: Language,
    /// The back arrow, when «back» leads somewhere.
    pub back: Option<Action>,
    pub notice: Option<NoticeView>,
    pub screen: Screen,
}

/// A button: its text, the event it sends and whether it can be pressed now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Action {
    pub label: String,
    pub event: Event,
    pub enabled: bool,
}

impl Action {
    pub fn new(label: String, event: Event) -> Action {
        Action { label, event, enabled: true }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NoticeView {
    pub text: String,
    pub dismiss: Action,
}

/// The screen on top, with its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(tag = "kind")]
pub enum Screen {
    Language(LanguageScreen),
    Intro(IntroScreen),
    Home(HomeScreen),
}

pub fn view(model: &Model, catalog: &Catalog) -> ViewModel {
    let language = model.language();
    let t = catalog.strings(language);
    ViewModel {
        revision: model.revision,
        language,
        back: can_go_back(model).then(|| Action::new(t.text("nav-back"), Event::Back)),
        notice: model.notice.map(|notice| notice_view(notice, &t)),
        screen: screen(model.stack.top(), language, &t),
    }
}

fn screen(route: &Route, language: Language, t: &Strings<'_>) -> Screen {
    match route {
        Route::Language(picker) => Screen::Language(onboarding::view::language_screen(picker, language, t)),
        Route::Intro(pages) => Screen::Intro(onboarding::view::intro_screen(pages, t)),
        Route::Home => Screen::Home(home::view::home_screen(language, t)),
    }
}

fn notice_view(notice: Notice, t: &Strings<'_>) -> NoticeView {
    let text = match notice {
        Notice::SettingsNotSaved => t.text("notice-settings-not-saved"),
    };
    NoticeView { text, dismiss: Action::new(t.text("notice-dismiss"), Event::DismissNotice) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Msg, Outcome, Settings, update};
    use crate::features::home::HomeEvent;
    use crate::features::onboarding::{IntroEvent, LanguageEvent, OnboardingStage};
    use crate::i18n::missing_marker;

    /// Every reachable screen of the app, including its notice, in the given language.
    fn every_screen(language: Language) -> Vec<ViewModel> {
        let catalog = Catalog::shared();
        let mut model = Model::restore(Settings { language: Some(language), ..Settings::default() }, language);
        let mut views = vec![view(&model, catalog)];
        let step = |model: &mut Model, msg: Msg| {
            update(model, msg).expect("applies");
            view(model, catalog)
        };
        views.push(step(&mut model, Msg::Outcome(Outcome::SettingsNotSaved)));
        views.push(step(&mut model, Msg::Ui(Event::Language(LanguageEvent::Confirm))));
        views.push(step(&mut model, Msg::Ui(Event::Intro(IntroEvent::Next))));
        views.push(step(&mut model, Msg::Ui(Event::Intro(IntroEvent::Next))));
        views.push(step(&mut model, Msg::Ui(Event::Intro(IntroEvent::Finish))));
        views.push(step(&mut model, Msg::Ui(Event::Home(HomeEvent::OpenLanguage))));
        views
    }

    fn texts(view: &ViewModel) -> Vec<String> {
        let json = serde_json::to_value(view).expect("views serialise");
        let mut out = Vec::new();
        collect_strings(&json, &mut out);
        out
    }

    fn collect_strings(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
            _ => {}
        }
    }

    #[test]
    fn every_screen_has_every_text_in_every_language() {
        let marker = missing_marker("");
        let prefix = marker.trim_end_matches('⟧');
        for language in Language::ALL {
            for view in every_screen(language) {
                for text in texts(&view) {
                    assert!(!text.starts_with(prefix), "{language:?} lacks {text} on {:?}", view.screen);
                }
            }
        }
    }

    #[test]
    fn every_screen_is_in_its_own_language() {
        // The same screen must read differently in each language (a text copied across files would not).
        let titles: Vec<Vec<String>> = Language::ALL
            .iter()
            .map(|language| {
                every_screen(*language)
                    .iter()
                    .map(|view| match &view.screen {
                        Screen::Language(s) => s.title.clone(),
                        Screen::Intro(s) => s.title.clone(),
                        Screen::Home(s) => s.title.clone(),
                    })
                    .collect()
            })
            .collect();
        for (i, a) in titles.iter().enumerate() {
            for b in &titles[i + 1..] {
                let same: Vec<_> = a.iter().zip(b).filter(|(x, y)| x == y).collect();
                assert!(same.is_empty(), "titles shared between languages: {same:?}");
            }
        }
    }

    #[test]
    fn back_is_offered_exactly_where_it_leads_somewhere() {
        let views = every_screen(Language::Ru);
        let backs: Vec<bool> = views.iter().map(|v| v.back.is_some()).collect();
        // language, language+notice, intro 1, intro 2, intro 3, home, language from home
        assert_eq!(backs, [false, false, true, true, true, false, true]);
        assert_eq!(views[2].back.as_ref().map(|b| b.label.as_str()), Some("Назад"));
    }

    #[test]
    fn the_view_of_a_completed_onboarding_is_home_in_the_chosen_language() {
        let settings = Settings { language: Some(Language::Kk), onboarding: OnboardingStage::Completed };
        let vm = view(&Model::restore(settings, Language::En), Catalog::shared());
        assert_eq!(vm.language, Language::Kk);
        let Screen::Home(home) = vm.screen else { panic!("expected home, got {:?}", vm.screen) };
        assert_eq!(home.title, "Әмиян");
        assert_eq!(home.language.value, "Қазақша");
    }
}
