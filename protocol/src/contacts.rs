//! Which of the phone's contacts have the wallet, so that a customer learns only about the numbers in their own
//! address book and the bank never sees a number (`wallet_formats::contact_oprf`, an oblivious PRF):
//!
//! 1. The phone blinds each normalised number (E.164) and sends the blinded elements: `POST /v1/contacts/evaluate`
//!    with [`ContactEvaluateRequest`]. The bank evaluates them with its key, which never leaves the bank, and counts
//!    them against the customer's daily budget ([`DAILY_BUDGET`]); over it, `429 rate_limited` with
//!    `retry_after_seconds`. The answer ([`ContactEvaluation`]) names the key (`key_id`).
//! 2. The phone unblinds each answer into the number's tag and sends the first `prefix_len` hex characters of each:
//!    `POST /v1/contacts/match` with [`ContactMatchRequest`]. The bank answers every customer's tag under those
//!    prefixes ([`ContactMatch`]), and the phone compares them with its own. A tag cannot be computed without the
//!    bank's key, so tags are worth nothing for numbers one has not had evaluated; the bank learns buckets of tags.
//!
//! A key the bank no longer uses is refused (`contacts_key_changed`): evaluate the numbers again.

use serde::{Deserialize, Serialize};

/// The most blinded numbers one evaluation may carry.
pub const MAX_ELEMENTS: usize = 500;
/// The most numbers a customer may have evaluated in 24 hours: an address book, not a numbering plan.
pub const DAILY_BUDGET: u32 = 1000;
/// The most prefixes one match may carry.
pub const MAX_PREFIXES: usize = 5000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactEvaluateRequest {
    /// Blinded elements: 64 lower-case hex characters each, at most [`MAX_ELEMENTS`].
    pub blinded: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactEvaluation {
    /// Which key evaluated (hex); a match names it.
    pub key_id: String,
    /// The evaluated elements, in the order asked.
    pub evaluated: Vec<String>,
    /// How many leading hex characters of each tag a match sends.
    pub prefix_len: u8,
    /// How many more numbers may be evaluated before the 24 hours' budget is spent.
    pub remaining: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactMatchRequest {
    /// The key the tags were made under.
    pub key_id: String,
    /// Lower-case hex, `prefix_len` characters each, at most [`MAX_PREFIXES`].
    pub prefixes: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactMatch {
    /// The tags (lower-case hex) of this bank's wallet customers under the asked prefixes; never the caller's own.
    pub tags: Vec<String>,
}
