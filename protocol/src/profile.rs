//! `GET /v1/profile`: who is signed in, how far identified, and their limits.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub user_id: String,
    /// E.164.
    pub phone: String,
    pub display_name: Option<String>,
    pub kyc_status: KycStatus,
    pub limits: Limits,
    /// The terms in force and the edition this customer accepted; absent from a bank that does not keep them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<crate::terms::TermsStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KycStatus {
    /// Not identified: small limits.
    None,
    Submitted,
    InReview,
    Approved,
    Rejected,
    /// The bank asks for some items again (see `KycApplicationState::resubmit`).
    ResubmissionRequested,
}

/// Limits in minor units of `currency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    pub currency: String,
    pub single_operation_minor: i64,
    pub daily_minor: i64,
    pub monthly_minor: i64,
}
