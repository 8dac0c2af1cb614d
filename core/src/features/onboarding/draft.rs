//! What the wizard keeps of what was typed, sealed in the store's drafts tree: the phone number as typed, the code
//! the bank sent (its id and rules, never the code itself), and the terms' ticks. Never a PIN.

use serde::{Deserialize, Serialize};

use crate::domain::Phone;
use crate::features::signin::Challenge;

#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardDraft {
    #[serde(default)]
    pub phone_text: String,
    #[serde(default)]
    pub challenge: Option<ChallengeDraft>,
    #[serde(default)]
    pub terms_ticked: Vec<bool>,
}

/// The code screen to reopen: for which phone, and the bank's challenge.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeDraft {
    pub phone: Phone,
    pub challenge: Challenge,
}

impl WizardDraft {
    pub fn is_empty(&self) -> bool {
        self.phone_text.is_empty() && self.challenge.is_none() && !self.terms_ticked.iter().any(|t| *t)
    }
}

// What was typed is personal: debug output says only what is there.
impl std::fmt::Debug for WizardDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WizardDraft")
            .field("phone_chars", &self.phone_text.chars().count())
            .field("challenge", &self.challenge.is_some())
            .field("terms_ticked", &self.terms_ticked)
            .finish()
    }
}

impl std::fmt::Debug for ChallengeDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ChallengeDraft({})", self.phone.masked())
    }
}
