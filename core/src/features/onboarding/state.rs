//! Onboarding's part of the model: which screen of the wizard, and how far the user got (persisted).

use serde::{Deserialize, Serialize};

/// How far the user got through onboarding. Persisted with the settings so a restart resumes the same step.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum OnboardingStage {
    #[default]
    ChooseLanguage,
    Intro {
        page: u32,
    },
    /// Phone number and SMS code (seed 000 steps 6–7).
    SignIn,
    /// The terms (step 8).
    Terms,
    /// Create the PIN, twice (step 9).
    CreatePin,
    /// The offer of biometric unlock.
    Biometrics,
    Completed,
}

/// Why the language screen is open: the first step of onboarding, or from the settings later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguagePurpose {
    FirstRun,
    Settings,
}

/// The language screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguagePicker {
    pub purpose: LanguagePurpose,
}

/// The intro pages, at one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntroPages {
    pub page: u32,
}

/// One intro page: message ids of its texts and the name of its picture, which each shell ships.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntroPage {
    pub title: &'static str,
    pub body: &'static str,
    pub illustration: &'static str,
}

pub const INTRO_PAGES: [IntroPage; 3] = [
    IntroPage { title: "intro-qr-title", body: "intro-qr-body", illustration: "intro_qr" },
    IntroPage { title: "intro-offline-title", body: "intro-offline-body", illustration: "intro_offline" },
    IntroPage { title: "intro-split-title", body: "intro-split-body", illustration: "intro_split" },
];

impl IntroPages {
    pub fn count() -> u32 {
        INTRO_PAGES.len() as u32
    }

    /// The intro at `page`, or at the last page if a stored page no longer exists (the intro got shorter).
    pub fn at(page: u32) -> IntroPages {
        IntroPages { page: page.min(Self::count() - 1) }
    }

    pub fn is_last(&self) -> bool {
        self.page + 1 >= Self::count()
    }

    pub fn content(&self) -> &'static IntroPage {
        &INTRO_PAGES[Self::at(self.page).page as usize]
    }
}
