//! Shake to pay (seed 001 §4.10.8): a payer and a payee shake their phones; the bank pairs shakes close in time
//! and place, both see the other (masked) and confirm, then the payer pays with
//! [`Recipient::Shake`](crate::operations::Recipient::Shake).
//!
//! `POST /v1/shakes` reports a shake; `GET /v1/shakes/{id}` says where it is, until matched, ambiguous or
//! expired; `POST /v1/shakes/{id}/confirm` confirms the peer (money moves only once both confirmed);
//! `POST /v1/shakes/{id}/cancel` ends it for both.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Which side of the payment the shaking customer is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShakeRole {
    Payer,
    Payee,
}

/// A shake the phone felt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewShake {
    pub role: ShakeRole,
    /// When the phone felt it (the phone's clock).
    #[serde(with = "time::serde::rfc3339")]
    pub shaken_at: OffsetDateTime,
    /// How long before sending this report the phone felt the shake, by its own clock. The bank then dates the
    /// shake by its own clock less this, so two phones whose clocks are off the bank's (by seconds or hours) still
    /// pair; without it the bank takes `shaken_at` as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub felt_ms_ago: Option<u32>,
    /// Coarse location in millionths of a degree, when the user allowed it (both or neither).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude_e6: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude_e6: Option<i32>,
    /// The payee's asked amount, if any (with its currency); a payer sends neither.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// The two shakes the bank paired, as one of the two customers sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShakePair {
    /// This customer's shake.
    pub shake_id: String,
    /// The other customer's name, masked («Кирилл Б.»).
    pub peer_name: String,
    /// The other customer's phone, masked (`+996 555 ***456`).
    pub peer_phone_masked: String,
    /// The amount the payee asked for, if any, with its currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    pub confirmed_by_me: bool,
    pub confirmed_by_peer: bool,
}

/// Where a shake is. JSON: `{"state": "waiting", "shake_id": "…"}`; `matched` and `confirmed` carry the fields
/// of [`ShakePair`] beside `state`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ShakeMatch {
    /// The bank waits for shakes that may pair with this one.
    Waiting { shake_id: String },
    /// Exactly one shake paired with this one: both customers confirm (or cancel).
    Matched(ShakePair),
    /// Both confirmed: the payer may pay with `Recipient::Shake`.
    Confirmed(ShakePair),
    /// Several shakes could pair: everyone involved shakes again.
    Ambiguous { shake_id: String },
    /// No partner in time.
    Expired { shake_id: String },
    /// One of the two cancelled (or the customer shook again while this one waited).
    Cancelled { shake_id: String },
}

impl ShakeMatch {
    pub fn shake_id(&self) -> &str {
        match self {
            ShakeMatch::Matched(pair) | ShakeMatch::Confirmed(pair) => &pair.shake_id,
            ShakeMatch::Waiting { shake_id }
            | ShakeMatch::Ambiguous { shake_id }
            | ShakeMatch::Expired { shake_id }
            | ShakeMatch::Cancelled { shake_id } => shake_id,
        }
    }
}

/// The paths of one shake.
pub mod paths {
    use crate::paths::SHAKES;

    /// `GET`: where the shake is.
    pub fn shake(shake_id: &str) -> String {
        format!("{SHAKES}/{shake_id}")
    }

    /// `POST`: confirms the peer.
    pub fn confirm(shake_id: &str) -> String {
        format!("{SHAKES}/{shake_id}/confirm")
    }

    /// `POST`: ends the shake for both.
    pub fn cancel(shake_id: &str) -> String {
        format!("{SHAKES}/{shake_id}/cancel")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_tagged_and_pairs_flat() {
        let waiting = ShakeMatch::Waiting { shake_id: "s1".into() };
        assert_eq!(serde_json::to_string(&waiting).ok().as_deref(), Some(r#"{"state":"waiting","shake_id":"s1"}"#));
        let matched = ShakeMatch::Matched(ShakePair {
            shake_id: "s1".into(),
            peer_name: "Кирилл Б.".into(),
            peer_phone_masked: "+996 555 ***456".into(),
            amount_minor: Some(15_000),
            currency: Some("KGS".into()),
            confirmed_by_me: true,
            confirmed_by_peer: false,
        });
        let json = serde_json::to_value(&matched).expect("serialises");
        let expected = serde_json::json!({
            "state": "matched", "shake_id": "s1", "peer_name": "Кирилл Б.", "peer_phone_masked": "+996 555 ***456",
            "amount_minor": 15000, "currency": "KGS", "confirmed_by_me": true, "confirmed_by_peer": false,
        });
        assert_eq!(json, expected);
        assert_eq!(serde_json::from_value::<ShakeMatch>(json).ok(), Some(matched.clone()));
        assert_eq!(matched.shake_id(), "s1");
        assert_eq!(paths::confirm("s1"), "/v1/shakes/s1/confirm");
    }

    #[test]
    fn a_payer_sends_no_amount_and_no_location_when_not_allowed() {
        let shake: NewShake =
            serde_json::from_str(r#"{"role":"payer","shaken_at":"2025-05-01T10:00:00Z"}"#).expect("parses");
        assert_eq!(shake.role, ShakeRole::Payer);
        assert_eq!((shake.latitude_e6, shake.amount_minor, shake.currency), (None, None, None));
    }
}
