//! Onboarding: the first screens a new user sees, exactly as seed 000 steps 3–5 — choose the language, then the
//! intro pages with «Далее» and «Готово». The later steps are features of their own (`signin`, `terms`, `pin`);
//! the order of the whole wizard and its resume are `app::wizard`'s. `draft` is what the wizard keeps of what was
//! typed, so a killed app reopens at the same step with it.

pub mod draft;
pub mod event;
pub mod state;
pub mod update;
pub mod view;

pub use draft::{ChallengeDraft, WizardDraft};
pub use event::{IntroEvent, LanguageEvent};
pub use state::{INTRO_PAGES, IntroPages, LanguagePicker, LanguagePurpose, OnboardingStage};
pub use view::{IntroScreen, LanguageOption, LanguageScreen};
