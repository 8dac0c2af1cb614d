//! Payment requests («Разделить чек»): asking someone to pay an amount. `POST /v1/payment-requests` (with an
//! `Idempotency-Key`), `GET /v1/payment-requests`, `POST /v1/payment-requests/{id}/cancel`.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPaymentRequest {
    /// The payer, when they have the wallet (E.164); otherwise the request is shared as a link.
    pub payer_phone: Option<String>,
    pub amount_minor: i64,
    pub currency: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentRequestStatus {
    Open,
    Paid,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRequest {
    pub request_id: String,
    pub requester_name: String,
    pub payer_phone_masked: Option<String>,
    pub amount_minor: i64,
    pub currency: String,
    pub comment: Option<String>,
    pub status: PaymentRequestStatus,
    /// A payment link (dynamic ELQR) for payers without the wallet.
    pub link: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}
