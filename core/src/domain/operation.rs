//! An operation in the wallet's history: what the bank said about it, or — while it waits in the outbox — what
//! the user asked for. Amounts are `Money`; statuses include `Queued`, which only the phone knows.

use serde::{Deserialize, Serialize};
use wallet_protocol::ErrorCode;
use wallet_protocol::operations as wire;

use super::currency::Currency;
use super::money::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationStatus {
    /// On the phone, waiting to be sent.
    Queued,
    /// The bank has it; it can still be cancelled.
    Accepted,
    Executed,
    Rejected,
    Cancelled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationKind {
    Payment,
    TransferOut,
    TransferIn,
    TopUp,
}

impl OperationKind {
    /// Money leaves the account.
    pub fn is_outgoing(self) -> bool {
        matches!(self, OperationKind::Payment | OperationKind::TransferOut)
    }

    /// Money comes in.
    pub fn is_incoming(self) -> bool {
        !self.is_outgoing()
    }
}

/// Whether the bank's signature on the receipt checked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ReceiptState {
    None,
    Verified,
    /// The signature does not verify: the receipt is never shown as valid.
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counterparty {
    pub name: String,
    pub phone_masked: Option<String>,
    pub merchant_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    /// The phone's id: the idempotency key for what the phone made, the bank's id for the rest.
    pub local_id: String,
    /// The bank's id, once the bank has it.
    pub operation_id: Option<String>,
    pub account_id: String,
    pub kind: OperationKind,
    pub status: OperationStatus,
    pub amount: Money,
    pub fee: Money,
    pub counterparty: Counterparty,
    pub comment: Option<String>,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    pub revocable: bool,
    pub rejection: Option<ErrorCode>,
    pub receipt: ReceiptState,
    /// The bank's number for people («2026-001234»), printed on the receipt beside the bank's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Where the money went, as this phone asked (the number, the scanned code): what «Повторить» pays again.
    /// Kept on the phone only; the bank's record of the same operation takes it over from the queued one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<wire::Recipient>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConversionError {
    #[error("the bank named a currency the wallet does not hold: {0}")]
    UnknownCurrency(String),
    #[error("the bank sent a negative amount")]
    NegativeAmount,
}

/// Milliseconds since the Unix epoch.
pub fn unix_ms(at: time::OffsetDateTime) -> i64 {
    (at.unix_timestamp_nanos() / 1_000_000) as i64
}

impl Operation {
    /// The wallet's record of an operation the bank reported; `receipt` is the verdict on its receipt.
    pub fn from_bank(operation: &wire::Operation, receipt: ReceiptState) -> Result<Operation, ConversionError> {
        let currency = Currency::from_code(&operation.currency)
            .ok_or_else(|| ConversionError::UnknownCurrency(operation.currency.clone()))?;
        if operation.amount_minor < 0 || operation.fee_minor < 0 {
            return Err(ConversionError::NegativeAmount);
        }
        Ok(Operation {
            local_id: operation.client_key.clone().unwrap_or_else(|| operation.operation_id.clone()),
            operation_id: Some(operation.operation_id.clone()),
            account_id: operation.account_id.clone(),
            kind: match operation.kind {
                wire::OperationKind::Payment => OperationKind::Payment,
                wire::OperationKind::TransferOut => OperationKind::TransferOut,
                wire::OperationKind::TransferIn => OperationKind::TransferIn,
                wire::OperationKind::TopUp => OperationKind::TopUp,
            },
            status: match operation.status {
                wire::OperationStatus::Accepted => OperationStatus::Accepted,
                wire::OperationStatus::Executed => OperationStatus::Executed,
                wire::OperationStatus::Rejected => OperationStatus::Rejected,
                wire::OperationStatus::Cancelled => OperationStatus::Cancelled,
            },
            amount: Money::from_minor(operation.amount_minor, currency),
            fee: Money::from_minor(operation.fee_minor, currency),
            counterparty: Counterparty {
                name: operation.counterparty.name.clone(),
                phone_masked: operation.counterparty.phone_masked.clone(),
                merchant_id: operation.counterparty.merchant_id.clone(),
            },
            comment: operation.comment.clone(),
            created_at_ms: unix_ms(operation.created_at),
            updated_at_ms: unix_ms(operation.updated_at),
            revocable: operation.revocable,
            rejection: operation.rejection,
            receipt,
            number: operation.number.clone(),
            recipient: None,
        })
    }
}
