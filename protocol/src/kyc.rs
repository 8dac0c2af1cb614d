//! Online identification (seed 000 steps 10–22): documents, the application, and its review.
//! `POST /v1/kyc/documents`, then `POST /v1/kyc/applications` (with an `Idempotency-Key`), then
//! `GET /v1/kyc/applications/{id}` until reviewed.

use serde::{Deserialize, Serialize};

use crate::profile::KycStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    PassportFront,
    PassportBack,
    /// The customer holding the passport, face and front page visible.
    SelfieWithPassport,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentUpload {
    pub kind: DocumentKind,
    /// `image/jpeg` or `image/png`.
    pub content_type: String,
    /// Standard base64.
    pub data_base64: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentAccepted {
    pub document_id: String,
}

/// The passport form. Dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassportData {
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub birth_date: String,
    pub issue_date: String,
    pub expiry_date: String,
    pub issuing_authority: String,
    pub residence_address: String,
    pub document_number: String,
    /// The 14-digit personal number (ПИН).
    pub personal_number: String,
}

/// «Адрес и работа».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressAndWork {
    pub district: String,
    pub aiyl_aimak: Option<String>,
    pub settlement: Option<String>,
    pub microdistrict: Option<String>,
    pub street: String,
    pub house: String,
    pub apartment: Option<String>,
    pub workplace: String,
    pub position: String,
}

/// The five declarations of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declarations {
    pub beneficial_owner: bool,
    pub not_politically_exposed: bool,
    pub resident: bool,
    pub phone_owner: bool,
    pub terms_accepted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KycApplication {
    pub document_ids: Vec<String>,
    pub passport: PassportData,
    pub address: AddressAndWork,
    pub declarations: Declarations,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KycApplicationState {
    pub application_id: String,
    pub status: KycStatus,
    /// Why it was rejected, for the customer.
    pub reason: Option<String>,
}
