//! wallet-protocol: the bank API as the wallet and the sandbox bank both see it, documented in
//! `docs/openapi.yaml`. Only wire types live here — no I/O and no rules. Amounts travel as integer minor units
//! with their ISO 4217 currency code; the core turns them into its own `Money` at the boundary.

pub mod accounts;
pub mod auth;
pub mod card_topups;
pub mod contacts;
pub mod error;
pub mod favourites;
pub mod health;
pub mod kyc;
pub mod notifications;
pub mod operations;
pub mod profile;
pub mod quotes;
pub mod receipts;
pub mod recipients;
pub mod requests;
pub mod services;
pub mod shake;
pub mod terms;

pub use error::{ErrorBody, ErrorCode};
pub use health::{API_VERSION, Health, HealthStatus};

/// The header that carries a write's idempotency key: the same key always gets the same result.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";

/// Paths of the API, relative to the bank's base URL.
pub mod paths {
    pub const HEALTH: &str = "/health";
    pub const SMS_CHALLENGE: &str = "/v1/auth/sms";
    pub const SMS_VERIFY: &str = "/v1/auth/sms/verify";
    pub const LOGOUT: &str = "/v1/auth/logout";
    pub const PROFILE: &str = "/v1/profile";
    pub const ACCOUNTS: &str = "/v1/accounts";
    pub const OPERATIONS: &str = "/v1/operations";
    pub const QUOTES: &str = "/v1/quotes";
    pub const BANK_KEYS: &str = "/v1/keys";
    pub const KYC_DOCUMENTS: &str = "/v1/kyc/documents";
    pub const KYC_APPLICATIONS: &str = "/v1/kyc/applications";
    pub const PAYMENT_REQUESTS: &str = "/v1/payment-requests";
    pub const SHAKES: &str = "/v1/shakes";
    /// `POST`: who a phone number reaches (masked), at which bank.
    pub const RECIPIENT_LOOKUP: &str = "/v1/recipients/lookup";
    /// `POST` (with an `Idempotency-Key`): the SMS code that confirms an interbank transfer.
    pub const TRANSFER_CODES: &str = "/v1/transfer-codes";
    /// `POST`: the bank's oblivious evaluation of blinded contact numbers, within a daily budget.
    pub const CONTACTS_EVALUATE: &str = "/v1/contacts/evaluate";
    /// `POST`: the tags of customers with the wallet under the prefixes sent.
    pub const CONTACTS_MATCH: &str = "/v1/contacts/match";
    /// `PUT`: where to push this installation's notifications; `DELETE`: no more pushes to it.
    pub const PUSH_REGISTRATION: &str = "/v1/push-registration";
    /// `GET`: the customer's events after a cursor, oldest first.
    pub const EVENTS: &str = "/v1/events";
    /// `POST` (with an `Idempotency-Key`): the customer accepted an edition of the terms.
    pub const TERMS_ACCEPTANCES: &str = "/v1/terms/acceptances";

    /// `GET`: where a KYC application is in review.
    pub fn kyc_application(application_id: &str) -> String {
        format!("{KYC_APPLICATIONS}/{application_id}")
    }

    /// `POST`: checks the SMS code of an interbank transfer's confirmation.
    pub fn verify_transfer_code(confirmation_id: &str) -> String {
        format!("{TRANSFER_CODES}/{confirmation_id}/verify")
    }

    /// `POST`: cancels an operation while the bank still allows it.
    pub fn cancel_operation(operation_id: &str) -> String {
        format!("{OPERATIONS}/{operation_id}/cancel")
    }
}
