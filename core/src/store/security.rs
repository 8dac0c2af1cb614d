//! The security tree: the PIN's verifier and failure count, the biometric key's fingerprint and the accepted terms;
//! and the drafts tree: what was typed in the wizard. All sealed. Everything here belongs to the signed-in person
//! and goes when they sign out or someone else signs in.

use serde::{Deserialize, Serialize};

use super::record::Record;
use super::{Store, StoreError};
use crate::features::onboarding::WizardDraft;
use crate::security::pin::{PinAttempts, PinVerifier};

const SECURITY: &str = "security";
const DRAFTS: &str = "drafts";
const PIN: &[u8] = b"pin";
const ATTEMPTS: &[u8] = b"pin_attempts";
const BIOMETRIC: &[u8] = b"biometric";
const TERMS: &[u8] = b"terms";
const WIZARD: &[u8] = b"wizard";

/// Which terms the user accepted, and when; and whether the bank has it on record yet (sync/terms.rs sends it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsAcceptance {
    pub version: String,
    pub accepted_at_ms: i64,
    /// The idempotency key it is sent with, made once, so a resend after a lost answer is recorded once.
    #[serde(default)]
    pub key: String,
    /// The bank answered it (kept on record, or refused an edition it does not publish).
    #[serde(default)]
    pub sent: bool,
}

/// The SHA-256 of the biometric unlock key held by the platform's secure storage: enough to recognise the key,
/// useless without it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BiometricFingerprint {
    pub sha256: Vec<u8>,
}

impl Record for PinVerifier {
    const VERSION: u32 = 1;
}
impl Record for PinAttempts {
    const VERSION: u32 = 1;
}
impl Record for TermsAcceptance {
    const VERSION: u32 = 1;
}
impl Record for BiometricFingerprint {
    const VERSION: u32 = 1;
}
impl Record for WizardDraft {
    const VERSION: u32 = 1;
}

impl Store {
    pub fn pin_verifier(&self) -> Result<Option<PinVerifier>, StoreError> {
        self.get_sealed(&self.security, SECURITY, PIN)
    }

    /// Stores a new PIN's verifier and clears the failures of the old one, in one step.
    pub fn save_pin(&self, verifier: &PinVerifier) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        batch.insert(PIN, self.seal(SECURITY, PIN, verifier)?);
        batch.remove(ATTEMPTS);
        self.security.apply_batch(batch)?;
        self.security.flush()?;
        Ok(())
    }

    pub fn pin_attempts(&self) -> Result<PinAttempts, StoreError> {
        Ok(self.get_sealed(&self.security, SECURITY, ATTEMPTS)?.unwrap_or_default())
    }

    pub fn save_pin_attempts(&self, attempts: &PinAttempts) -> Result<(), StoreError> {
        self.put_sealed(&self.security, SECURITY, ATTEMPTS, attempts)
    }

    pub fn biometric(&self) -> Result<Option<BiometricFingerprint>, StoreError> {
        self.get_sealed(&self.security, SECURITY, BIOMETRIC)
    }

    pub fn save_biometric(&self, fingerprint: &BiometricFingerprint) -> Result<(), StoreError> {
        self.put_sealed(&self.security, SECURITY, BIOMETRIC, fingerprint)
    }

    pub fn forget_biometric(&self) -> Result<(), StoreError> {
        self.security.remove(BIOMETRIC)?;
        self.security.flush()?;
        Ok(())
    }

    /// Forgets the PIN, its failures and the biometric key's fingerprint (the accepted terms stay).
    pub fn forget_pin(&self) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for key in [PIN, ATTEMPTS, BIOMETRIC] {
            batch.remove(key);
        }
        self.security.apply_batch(batch)?;
        self.security.flush()?;
        Ok(())
    }

    pub fn terms(&self) -> Result<Option<TermsAcceptance>, StoreError> {
        self.get_sealed(&self.security, SECURITY, TERMS)
    }

    pub fn save_terms(&self, acceptance: &TermsAcceptance) -> Result<(), StoreError> {
        self.put_sealed(&self.security, SECURITY, TERMS, acceptance)
    }

    /// Forgets the acceptance: the bank publishes an edition the user has not accepted.
    pub fn forget_terms(&self) -> Result<(), StoreError> {
        self.security.remove(TERMS)?;
        self.security.flush()?;
        Ok(())
    }

    pub fn wizard_draft(&self) -> Result<Option<WizardDraft>, StoreError> {
        self.get_sealed(&self.drafts, DRAFTS, WIZARD)
    }

    pub fn save_wizard_draft(&self, draft: &WizardDraft) -> Result<(), StoreError> {
        if draft.is_empty() {
            self.drafts.remove(WIZARD)?;
            self.drafts.flush()?;
            return Ok(());
        }
        self.put_sealed(&self.drafts, DRAFTS, WIZARD, draft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::security::pin::PinDigits;
    use crate::store::testing::{all_bytes, temp_store};

    #[test]
    fn a_new_pin_clears_the_old_failures_and_forgetting_keeps_the_terms() {
        let (_dir, store) = temp_store();
        assert_eq!(store.pin_verifier().expect("read"), None);
        store.save_pin_attempts(&PinAttempts { failures: 3, last_failure_ms: 5 }).expect("attempts");
        let verifier = PinVerifier::derive(&PinDigits::of("5827"), 1_000).expect("derive");
        store.save_pin(&verifier).expect("save");
        assert_eq!(store.pin_verifier().expect("read"), Some(verifier));
        assert_eq!(store.pin_attempts().expect("read"), PinAttempts::default());
        let terms = TermsAcceptance { version: "v".into(), accepted_at_ms: 1, key: "k".into(), sent: false };
        store.save_terms(&terms).expect("terms");
        store.save_biometric(&BiometricFingerprint { sha256: vec![1; 32] }).expect("bio");
        store.forget_pin().expect("forget");
        assert_eq!(store.pin_verifier().expect("read"), None);
        assert_eq!(store.biometric().expect("read"), None);
        assert_eq!(store.terms().expect("read"), Some(terms));
    }

    #[test]
    fn the_draft_is_sealed_and_an_empty_one_is_removed() {
        let (dir, store) = temp_store();
        let draft = WizardDraft { phone_text: "0555 123 456".into(), ..WizardDraft::default() };
        store.save_wizard_draft(&draft).expect("save");
        assert_eq!(store.wizard_draft().expect("read"), Some(draft));
        store.flush().expect("flush");
        let bytes = all_bytes(dir.path());
        assert!(!bytes.windows(7).any(|w| w == b"123 456"), "the typed phone is not on disk in clear");
        store.save_wizard_draft(&WizardDraft::default()).expect("clear");
        assert_eq!(store.wizard_draft().expect("read"), None);
    }
}
