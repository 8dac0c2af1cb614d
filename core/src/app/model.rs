//! The whole state of the app.

use super::navigation::{Route, Stack};
use super::settings::Settings;
use crate::domain::Language;
use crate::features::history::{HistoryList, OperationDetails};
use crate::features::home::Wallet;
use crate::features::onboarding::{IntroPages, LanguagePicker, LanguagePurpose, OnboardingStage};
use crate::features::signin::PhoneForm;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub settings: Settings,
    /// The device's language as the wallet speaks it: pre-selected until the user picks one.
    pub device_language: Language,
    /// For the times the app shows.
    pub utc_offset_minutes: i32,
    /// Whether the core was given a bank to talk to.
    pub bank_configured: bool,
    pub stack: Stack,
    pub notice: Option<Notice>,
    /// The balance, the newest operations and how syncing goes.
    pub wallet: Wallet,
    /// Counts the views made so far; shells drop a view older than the one they show.
    pub revision: u64,
}

/// A short message over the current screen, which the user closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    SettingsNotSaved,
    /// Signed out because the account signed in on another device.
    SessionReplaced,
    SessionEnded,
    /// The phone's secure storage lost the data key: local data was cleared, `lost` unsent operations with it.
    LocalDataCleared {
        lost: usize,
    },
    /// A message from the localisation files.
    Message {
        message_id: &'static str,
    },
}

/// What a feature's `update` may read and change besides its own screen's state.
pub struct Ctx<'a> {
    pub settings: &'a mut Settings,
    pub device_language: Language,
    pub wallet: &'a mut Wallet,
    pub bank_configured: bool,
}

impl Ctx<'_> {
    /// The language the app speaks now: the user's choice, else the device's.
    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or(self.device_language)
    }
}

/// What the engine found when it opened, for the first model.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Start {
    pub device_language: Language,
    pub utc_offset_minutes: i32,
    pub bank_configured: bool,
    /// The masked phone of who is signed in.
    pub signed_in: Option<String>,
    pub notice: Option<Notice>,
}

impl Model {
    /// The app as it opens with these stored settings: at the step of onboarding the user reached, or home.
    pub fn restore(settings: Settings, start: Start) -> Model {
        let first_run = Route::Language(LanguagePicker { purpose: LanguagePurpose::FirstRun });
        let stack = match settings.onboarding {
            OnboardingStage::ChooseLanguage => Stack::new(first_run),
            OnboardingStage::Intro { page } => Stack::from_routes(first_run, [Route::Intro(IntroPages::at(page))]),
            OnboardingStage::SignIn if start.signed_in.is_none() => Stack::new(Route::Phone(PhoneForm::default())),
            OnboardingStage::SignIn | OnboardingStage::Completed => Stack::new(Route::Home),
        };
        Model {
            settings,
            device_language: start.device_language,
            utc_offset_minutes: start.utc_offset_minutes,
            bank_configured: start.bank_configured,
            stack,
            notice: start.notice,
            wallet: Wallet { session: start.signed_in, ..Wallet::default() },
            revision: 0,
        }
    }

    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or(self.device_language)
    }

    /// The history list, wherever it is in the stack.
    pub fn history_mut(&mut self) -> Option<&mut HistoryList> {
        self.stack.routes_mut().find_map(|route| match route {
            Route::History(list) => Some(list),
            _ => None,
        })
    }

    /// The details of the operation `local_id`, if open.
    pub fn details_mut(&mut self, local_id: &str) -> Option<&mut OperationDetails> {
        self.stack.routes_mut().find_map(|route| match route {
            Route::Operation(details) if details.local_id == local_id => Some(details),
            _ => None,
        })
    }
}

#[cfg(test)]
pub(crate) fn start(device_language: Language) -> Start {
    Start { device_language, utc_offset_minutes: 360, bank_configured: true, signed_in: None, notice: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_install_opens_the_language_screen_in_the_device_language() {
        let model = Model::restore(Settings::default(), start(Language::Kk));
        assert_eq!(model.stack.routes(), &[Route::Language(LanguagePicker { purpose: LanguagePurpose::FirstRun })]);
        assert_eq!(model.language(), Language::Kk);
    }

    #[test]
    fn resumes_the_intro_page_with_the_chosen_language() {
        let settings = Settings { language: Some(Language::Ky), onboarding: OnboardingStage::Intro { page: 1 } };
        let model = Model::restore(settings, start(Language::En));
        assert_eq!(model.stack.top(), &Route::Intro(IntroPages { page: 1 }));
        assert_eq!(model.stack.depth(), 2, "back from the intro leads to the language screen");
        assert_eq!(model.language(), Language::Ky);
    }

    #[test]
    fn a_stored_page_past_the_end_resumes_at_the_last_page() {
        let settings = Settings { language: None, onboarding: OnboardingStage::Intro { page: 99 } };
        let model = Model::restore(settings, start(Language::Ru));
        assert_eq!(model.stack.top(), &Route::Intro(IntroPages { page: IntroPages::count() - 1 }));
    }

    #[test]
    fn resumes_sign_in_until_signed_in_then_opens_home() {
        let settings = Settings { language: Some(Language::Ru), onboarding: OnboardingStage::SignIn };
        assert_eq!(
            Model::restore(settings.clone(), start(Language::Ru)).stack.routes(),
            &[Route::Phone(PhoneForm::default())]
        );
        let signed_in = Start { signed_in: Some("+996 555 ***456".into()), ..start(Language::Ru) };
        assert_eq!(Model::restore(settings, signed_in).stack.routes(), &[Route::Home]);
    }

    #[test]
    fn after_onboarding_opens_home() {
        let settings = Settings { language: Some(Language::Ru), onboarding: OnboardingStage::Completed };
        assert_eq!(Model::restore(settings, start(Language::Ru)).stack.routes(), &[Route::Home]);
    }
}
