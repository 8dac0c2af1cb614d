//! Online identification (seed 000 steps 10–22): documents, the application, and its review.
//! `POST /v1/kyc/documents` for each photo, then `POST /v1/kyc/applications`, both with an `Idempotency-Key`, then
//! `GET /v1/kyc/applications/{id}` until reviewed. A resubmission is a new application that reuses the ids of the
//! documents the bank did not ask for again.

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
    /// The machine-readable zone as the phone read it from the passport (lines without line breaks), if it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mrz_lines: Option<Vec<String>>,
    /// The application this one answers, when the bank asked for a resubmission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resubmits: Option<String>,
}

/// What the bank may ask to be done again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KycItem {
    PassportFront,
    PassportBack,
    SelfieWithPassport,
    PassportData,
    AddressAndWork,
}

/// Why the bank rejected an application or asked for items again. New reasons may appear; a client reads an
/// unknown one as [`KycReason::Other`] and shows the bank's `message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KycReason {
    DocumentExpired,
    Underage,
    NotResident,
    /// The typed passport data disagrees with the machine-readable zone.
    DataMismatch,
    /// A photo cannot be read.
    PhotoUnreadable,
    /// The passport is not the account holder's: its name or sex differs from the customer the bank knows.
    NotTheCustomer,
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KycApplicationState {
    pub application_id: String,
    pub status: KycStatus,
    /// Why it was rejected or sent back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<KycReason>,
    /// The bank's words for a person (in Russian), shown when the app has no text of its own for the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// With `resubmission_requested`: exactly what to do again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resubmit: Vec<KycItem>,
}

/// The largest photo the bank takes, before base64.
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;
