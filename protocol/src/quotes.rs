//! Fee quotes: what a payment will cost before the customer confirms it. `POST /v1/quotes` (a read: nothing is
//! held or booked, so it needs no idempotency key and may be retried).

use serde::{Deserialize, Serialize};

use crate::operations::Recipient;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRequest {
    pub account_id: String,
    /// Positive, in minor units of `currency`.
    pub amount_minor: i64,
    pub currency: String,
    pub recipient: Recipient,
}

/// The bank's answer: who gets the money and what it costs. The same checks as a payment run first (the recipient
/// exists, a dynamic code is still valid and unpaid, the amount fits the code), so a refusal comes before the PIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub amount_minor: i64,
    pub fee_minor: i64,
    pub currency: String,
    /// The recipient as the bank knows it: a merchant's name, a person's masked name («Кирилл Б.»).
    pub payee_name: String,
    /// The bank or operator that receives the money, when it is not this bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank: Option<String>,
    /// The payment must be confirmed by an SMS code (`POST /v1/transfer-codes`) before it is made: a transfer to
    /// another bank, or any payment above the bank's step-up limit (seed 004 §5.12).
    #[serde(default)]
    pub needs_sms_code: bool,
}
