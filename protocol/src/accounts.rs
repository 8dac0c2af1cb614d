//! `GET /v1/accounts`: the customer's accounts and balances.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub account_id: String,
    /// ISO 4217 alphabetic code.
    pub currency: String,
    /// Booked balance, in minor units.
    pub balance_minor: i64,
    /// What can be spent now: the balance less operations accepted but not yet executed.
    pub available_minor: i64,
    /// When the bank computed these numbers.
    #[serde(with = "time::serde::rfc3339")]
    pub as_of: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accounts {
    pub accounts: Vec<Account>,
}
