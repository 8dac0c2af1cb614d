//! Payment requests («Разделить чек»): asking someone to pay an amount.
//!
//! - `POST /v1/payment-requests` (with an `Idempotency-Key`) → 201 [`PaymentRequest`].
//! - `GET /v1/payment-requests` → [`PaymentRequestList`]: the requests this customer sent, and those sent to them.
//! - `POST /v1/payment-requests/{id}/cancel` → the request, cancelled (a paid one: `request_paid`).
//! - `POST /v1/payment-requests/{id}/remind` (with an `Idempotency-Key`) → the request, reminded.
//!
//! Every request comes with a payment link: a dynamic ELQR code of the requester's account with the amount fixed and
//! the request id as its transaction id, payable once. A payer with the wallet at this bank also sees the request in
//! their app (`in_wallet`); either way paying the link is what pays the request.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPaymentRequest {
    /// The requester's account that receives the money.
    pub account_id: String,
    /// The payer's number (E.164) when the requester has one; the bank delivers the request in the app when that
    /// number has the wallet here. `None`: only the link, shared by the requester.
    pub payer_phone: Option<String>,
    pub amount_minor: i64,
    pub currency: String,
    /// What it is for (at most 32 characters: it goes into the code's comment).
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
    /// Who asks, as the payer sees them («Айгуль А.»).
    pub requester_name: String,
    /// The payer's number, masked («+996 700 ***321»), when the request named one.
    pub payer_phone_masked: Option<String>,
    /// The payer has the wallet at this bank: the request shows in their app.
    pub in_wallet: bool,
    pub amount_minor: i64,
    pub currency: String,
    pub comment: Option<String>,
    pub status: PaymentRequestStatus,
    /// The payment link (a dynamic ELQR code, amount fixed, payable once) for payers without the wallet.
    pub link: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When the payment that paid it was made.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub paid_at: Option<OffsetDateTime>,
    /// How many reminders the requester sent, and the newest one's time.
    #[serde(default)]
    pub reminders: u32,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub reminded_at: Option<OffsetDateTime>,
}

/// `GET /v1/payment-requests`: newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRequestList {
    /// The requests this customer made.
    pub sent: Vec<PaymentRequest>,
    /// The requests made to this customer's number (whatever their status).
    pub received: Vec<PaymentRequest>,
}

pub mod paths {
    use crate::paths::PAYMENT_REQUESTS;

    /// `POST`: cancels an open request (its link stops paying).
    pub fn cancel(request_id: &str) -> String {
        format!("{PAYMENT_REQUESTS}/{request_id}/cancel")
    }

    /// `POST` (with an `Idempotency-Key`): reminds the payer of an open request.
    pub fn remind(request_id: &str) -> String {
        format!("{PAYMENT_REQUESTS}/{request_id}/remind")
    }
}
