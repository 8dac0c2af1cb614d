//! What the user chose that must survive a restart.

use serde::{Deserialize, Serialize};

use crate::domain::Language;
use crate::features::onboarding::OnboardingStage;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language the user picked; `None` until they pick one (the device's language shows meanwhile).
    pub language: Option<Language>,
    pub onboarding: OnboardingStage,
    /// The app locks itself after this many minutes without a touch.
    #[serde(default = "default_auto_lock")]
    pub auto_lock_minutes: u32,
}

fn default_auto_lock() -> u32 {
    5
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { language: None, onboarding: OnboardingStage::default(), auto_lock_minutes: default_auto_lock() }
    }
}

impl Settings {
    pub fn auto_lock_ms(&self) -> u64 {
        u64::from(self.auto_lock_minutes) * 60_000
    }
}
