//! The customer's acceptance of the terms (the public offer, the privacy policy, remote service) as the bank keeps
//! it: a legal record of which edition, when, and on which device. The bank says which edition is current in the
//! profile; a newer one asks everyone to accept again.

use serde::{Deserialize, Serialize};

/// `POST /v1/terms/acceptances` (idempotent by its key): the customer accepted `version` of `documents`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsAcceptanceRequest {
    /// The edition accepted, as the bank names it: `2026-11-01`.
    pub version: String,
    /// The documents ticked: `offer`, `privacy`, `remote_service`.
    pub documents: Vec<String>,
    /// When the customer tapped «Продолжить», on the phone's clock (the bank records its own time beside it).
    pub accepted_at_ms: i64,
    /// The installation's random id.
    pub device_id: String,
}

/// Where the customer stands with the terms: in the profile, and the answer to an acceptance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsStatus {
    /// The edition in force now.
    pub current_version: String,
    /// The newest edition the customer accepted at the bank, if any.
    pub accepted_version: Option<String>,
}

impl TermsStatus {
    /// Whether the customer has accepted the edition in force.
    pub fn is_current(&self) -> bool {
        self.accepted_version.as_deref() == Some(self.current_version.as_str())
    }
}
