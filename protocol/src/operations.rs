//! Payments and transfers, and the history of operations.
//!
//! `POST /v1/operations` with an `Idempotency-Key` makes one; `GET /v1/operations?cursor=…&limit=…` returns the
//! operations that changed since the cursor, oldest change first; `POST /v1/operations/{id}/cancel` cancels one
//! while it is still revocable (accepted, not yet executed).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::receipts::Receipt;

/// The largest amount any payment takes, in minor units: 13 digits, as the national QR standard allows.
pub const MAX_AMOUNT_MINOR: i64 = 9_999_999_999_999;

/// The most operations one history request returns.
pub const MAX_PAGE: u32 = 500;

/// A payment or transfer the customer asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOperation {
    pub account_id: String,
    /// Positive, in minor units of `currency`.
    pub amount_minor: i64,
    pub currency: String,
    pub recipient: Recipient,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The fee the customer was shown and agreed to (from `POST /v1/quotes`). The bank refuses with `fee_changed`
    /// when its fee is higher. Absent when the payment was queued offline without a quote: the bank's tariff applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_minor: Option<i64>,
    /// An interbank transfer's confirmation: the id of the SMS code the customer typed and the bank verified
    /// (`POST /v1/transfer-codes`, then `…/verify`). The bank refuses such a transfer without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_id: Option<String>,
}

/// Whom the money goes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Recipient {
    Merchant {
        merchant_id: String,
    },
    /// A customer by phone number (E.164).
    Phone {
        phone: String,
    },
    /// A national payment QR code (ELQR) as scanned: the bare payload, which the bank parses and checks itself.
    Elqr {
        payload: String,
    },
    /// The payee of a shake both customers confirmed (`POST /v1/shakes`): the payer's own `shake_id`.
    Shake {
        shake_id: String,
    },
    /// A service provider of the catalogue (`GET /v1/services`) and the account it knows the customer by.
    Service {
        provider_id: String,
        account: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationKind {
    Payment,
    TransferOut,
    TransferIn,
    TopUp,
}

/// Where an operation is at the bank. (`queued` exists only on the phone, before the bank has it.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationStatus {
    /// The bank has it and will execute it; it can still be cancelled.
    Accepted,
    Executed,
    Rejected,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counterparty {
    /// A merchant's name, or a person's name masked («Кирилл Б.»).
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_masked: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_id: Option<String>,
}

/// An operation as the signed-in customer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    pub operation_id: String,
    /// The human number, printed on receipts beside `operation_id`: the Bishkek year of creation and a sequence
    /// within that year at the bank («2026-001234»). Not part of the signed receipt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub account_id: String,
    pub kind: OperationKind,
    pub status: OperationStatus,
    /// Positive; the kind says the direction.
    pub amount_minor: i64,
    pub currency: String,
    pub fee_minor: i64,
    pub counterparty: Counterparty,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// Whether `cancel` is still possible.
    pub revocable: bool,
    /// The idempotency key the operation was made with, for the device that made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_key: Option<String>,
    /// Why the bank rejected it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection: Option<crate::ErrorCode>,
    /// The bank's signed receipt, once executed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt: Option<Receipt>,
}

/// What changed since a cursor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationChanges {
    pub operations: Vec<Operation>,
    /// Pass it back to get the changes after these.
    pub cursor: String,
    /// More changes wait beyond `cursor`.
    pub has_more: bool,
}
