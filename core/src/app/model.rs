//! The whole state of the app.

use super::navigation::{Route, Stack};
use super::settings::Settings;
use crate::domain::Language;
use crate::features::onboarding::{IntroPages, LanguagePicker, LanguagePurpose, OnboardingStage};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub settings: Settings,
    /// The device's language as the wallet speaks it: pre-selected until the user picks one.
    pub device_language: Language,
    pub stack: Stack,
    pub notice: Option<Notice>,
    /// Counts the views made so far; shells drop a view older than the one they show.
    pub revision: u64,
}

/// A short message over the current screen, which the user closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    SettingsNotSaved,
}

/// What a feature's `update` may read and change besides its own screen's state.
pub struct Ctx<'a> {
    pub settings: &'a mut Settings,
    pub device_language: Language,
}

impl Ctx<'_> {
    /// The language the app speaks now: the user's choice, else the device's.
    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or(self.device_language)
    }
}

impl Model {
    /// The app as it opens with these stored settings: at the step of onboarding the user reached, or home.
    pub fn restore(settings: Settings, device_language: Language) -> Model {
        let first_run = Route::Language(LanguagePicker { purpose: LanguagePurpose::FirstRun });
        let stack = match settings.onboarding {
            OnboardingStage::ChooseLanguage => Stack::new(first_run),
            OnboardingStage::Intro { page } => Stack::from_routes(first_run, [Route::Intro(IntroPages::at(page))]),
            OnboardingStage::Completed => Stack::new(Route::Home),
        };
        Model { settings, device_language, stack, notice: None, revision: 0 }
    }

    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or(self.device_language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_install_opens_the_language_screen_in_the_device_language() {
        let model = Model::restore(Settings::default(), Language::Kk);
        assert_eq!(model.stack.routes(), &[Route::Language(LanguagePicker { purpose: LanguagePurpose::FirstRun })]);
        assert_eq!(model.language(), Language::Kk);
    }

    #[test]
    fn resumes_the_intro_page_with_the_chosen_language() {
        let settings = Settings { language: Some(Language::Ky), onboarding: OnboardingStage::Intro { page: 1 } };
        let model = Model::restore(settings, Language::En);
        assert_eq!(model.stack.top(), &Route::Intro(IntroPages { page: 1 }));
        assert_eq!(model.stack.depth(), 2, "back from the intro leads to the language screen");
        assert_eq!(model.language(), Language::Ky);
    }

    #[test]
    fn a_stored_page_past_the_end_resumes_at_the_last_page() {
        let settings = Settings { language: None, onboarding: OnboardingStage::Intro { page: 99 } };
        let model = Model::restore(settings, Language::Ru);
        assert_eq!(model.stack.top(), &Route::Intro(IntroPages { page: IntroPages::count() - 1 }));
    }

    #[test]
    fn after_onboarding_opens_home() {
        let settings = Settings { language: Some(Language::Ru), onboarding: OnboardingStage::Completed };
        assert_eq!(Model::restore(settings, Language::Ru).stack.routes(), &[Route::Home]);
    }
}
