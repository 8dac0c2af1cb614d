//! Shake to pay (seed 001 §4.10.8): a payer and a payee shake their phones; the bank pairs shakes close in time
//! and place. `POST /v1/shakes`, then `GET /v1/shakes/{id}` until matched.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShakeRole {
    Payer,
    Payee,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewShake {
    pub role: ShakeRole,
    #[serde(with = "time::serde::rfc3339")]
    pub shaken_at: OffsetDateTime,
    /// Coarse location in millionths of a degree, when the user allowed it.
    pub latitude_e6: Option<i32>,
    pub longitude_e6: Option<i32>,
    /// The payee's asked amount, if any.
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ShakeMatch {
    Waiting {
        shake_id: String,
    },
    Matched {
        shake_id: String,
        peer_name: String,
        peer_phone_masked: String,
    },
    /// Several shakes matched: both shake again.
    Ambiguous {
        shake_id: String,
    },
    Expired {
        shake_id: String,
    },
}
