//! Paying for services (seed 001 §4.10.9, seed 004 §5.18): mobile, internet, TV, electricity, gas, water, heating,
//! education, fines and taxes.
//!
//! `GET /v1/services` is the catalogue (the phone keeps it for offline use: a changed `version` replaces it);
//! `POST /v1/services/check` asks the provider about an account before paying (who it is, what is owed); the
//! payment itself is an ordinary operation (`POST /v1/operations`, quoted by `POST /v1/quotes`) to
//! `Recipient::Service`, sent through the outbox exactly once as every other.

use serde::{Deserialize, Serialize};
pub use wallet_formats::service_account::AccountRule;

pub mod paths {
    pub const SERVICES: &str = "/v1/services";
    /// `POST`: the provider's word about an account.
    pub const SERVICE_CHECK: &str = "/v1/services/check";
}

/// A text in each of the app's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    pub ky: String,
    pub ru: String,
    pub kk: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCategory {
    /// `mobile`, `internet`, `tv`, `electricity`, `gas`, `water`, `heating`, `education`, `fines`.
    pub category_id: String,
    pub names: Names,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceProvider {
    pub provider_id: String,
    pub category_id: String,
    pub names: Names,
    /// What its logo shows when there is no picture: «MC», «СЭ».
    pub initials: String,
    /// The currency it takes: providers of Kyrgyzstan take som, of Kazakhstan tenge.
    pub currency: String,
    pub account: AccountRule,
    /// What the account field is called: «Номер телефона», «Лицевой счёт», «Номер договора».
    pub account_label: Names,
    /// An example of an account, for the field's placeholder.
    pub account_example: String,
    pub min_amount_minor: i64,
    pub max_amount_minor: i64,
    /// The provider tells what is owed (`ServiceAccountCheck.debt_minor`): the amount is filled in with it.
    pub tells_debt: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCatalogue {
    /// Changes whenever anything in the catalogue does.
    pub version: String,
    pub categories: Vec<ServiceCategory>,
    pub providers: Vec<ServiceProvider>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceAccountCheckRequest {
    pub provider_id: String,
    pub account: String,
}

/// The provider's word about an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceAccountCheck {
    pub provider_id: String,
    /// As the provider writes it (a number in E.164, digits, a contract number).
    pub account: String,
    /// Whose account, masked: «Асанова А.»; absent where the provider does not say (a mobile number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder_masked: Option<String>,
    /// What is owed now, in minor units of `currency`; absent where the provider does not tell or nothing is owed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debt_minor: Option<i64>,
    pub currency: String,
}
