//! Onboarding: the first screens a new user sees, exactly as seed 000 steps 3–5 — choose the language,
//! then the intro pages with «Далее» and «Готово». Later steps (phone, SMS code, terms, PIN) join here.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

pub use event::{IntroEvent, LanguageEvent};
pub use state::{INTRO_PAGES, IntroPages, LanguagePicker, LanguagePurpose, OnboardingStage};
pub use view::{IntroScreen, LanguageOption, LanguageScreen};
