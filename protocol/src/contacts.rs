//! Which of the phone's contacts have the wallet, without the phone book leaving the phone in clear.
//!
//! 1. `GET /v1/contacts/salt` → [`ContactSalt`]: the bank's current salt and how many hex characters of a hash
//!    the phone may send.
//! 2. The phone hashes each normalised number (E.164) with the salt (`wallet_formats::contact_hash`) and sends only
//!    the first `prefix_len` hex characters of each hash: `POST /v1/contacts/match` with [`ContactMatchRequest`].
//! 3. The bank answers with the full hashes of its customers that start with one of those prefixes
//!    ([`ContactMatch`]), and the phone compares them with its own. The bank learns buckets of numbers, each shared
//!    by thousands of possible numbers, never a number; the phone learns only hashes of numbers it already has.
//!
//! A salt the bank no longer uses is refused (`salt_changed`): ask for the new one and hash again.

use serde::{Deserialize, Serialize};

/// The most prefixes one match may carry.
pub const MAX_PREFIXES: usize = 5000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactSalt {
    /// Hex; the key of the HMAC.
    pub salt: String,
    /// How many leading hex characters of each hash the phone sends.
    pub prefix_len: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactMatchRequest {
    /// The salt the prefixes were made with.
    pub salt: String,
    /// Lower-case hex, `prefix_len` characters each, at most [`MAX_PREFIXES`].
    pub prefixes: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactMatch {
    /// The full hashes (lower-case hex) of this bank's wallet customers under the asked prefixes; never the
    /// caller's own.
    pub hashes: Vec<String>,
}
