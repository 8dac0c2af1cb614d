//! What the user chose that must survive a restart.

use serde::{Deserialize, Serialize};

use crate::domain::Language;
use crate::features::onboarding::OnboardingStage;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language the user picked; `None` until they pick one (the device's language shows meanwhile).
    pub language: Option<Language>,
    pub onboarding: OnboardingStage,
}
