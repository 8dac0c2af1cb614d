//! Push notifications and the event feed: the bank tells the phone that something happened to the customer (money
//! in, an operation executed or rejected, a payment request paid or reminded, the identification decided).
//!
//! - `PUT /v1/push-registration` [`PushRegistration`] → 204: where to push this installation's notifications.
//! - `DELETE /v1/push-registration` → 204: no more pushes to this installation (signing out does it too).
//! - `GET /v1/events?after=<cursor>&limit=<n>` → [`BankEvents`]: the customer's events, oldest first.
//!
//! A push ([`PushMessage`]) carries only an event's id and kind: it passes through Google's and Apple's servers, so
//! nothing personal and no amounts. The phone then reads the event itself from the feed.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::profile::KycStatus;

/// The longest push token the bank keeps (FCM's and APNs' are far shorter).
pub const MAX_PUSH_TOKEN_LEN: usize = 4096;

/// The most events one `GET /v1/events` returns.
pub const MAX_EVENTS_PAGE: u32 = 200;

/// How many events `GET /v1/events` returns without a `limit`.
pub const DEFAULT_EVENTS_PAGE: u32 = 50;

/// `PUT /v1/push-registration`: where to push this installation's notifications (the session's device). Idempotent:
/// the same body again changes nothing; a new token replaces the old one for this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushRegistration {
    pub platform: PushPlatform,
    /// The platform's token for this installation: 1 to [`MAX_PUSH_TOKEN_LEN`] printable ASCII characters.
    pub push_token: String,
}

/// Which service delivers the pushes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PushPlatform {
    /// Firebase Cloud Messaging (Android).
    Fcm,
    /// Apple Push Notification service (iOS).
    Apns,
    /// The web preview's phones: the sandbox hands the push over in-process.
    Preview,
}

/// `GET /v1/events`: a page of the signed-in customer's events, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankEvents {
    pub events: Vec<BankEvent>,
    /// Pass it back as `after` for the events after these. Opaque.
    pub cursor: String,
    /// More events wait beyond `cursor`.
    pub has_more: bool,
}

/// Something that happened to the customer. Which optional fields are present depends on the kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankEvent {
    pub event_id: String,
    pub kind: BankEventKind,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// `money_in`, `operation_executed`, `operation_rejected`; `request_paid`: the paying operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// `request_paid`, `request_reminder`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// With `currency`: the operation's or the request's amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Who paid or was paid, or who reminds: a person masked as elsewhere («Айгуль А.»), a merchant's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterparty_name: Option<String>,
    /// `kyc_decided`: `approved`, `rejected` or `resubmission_requested`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kyc_status: Option<KycStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BankEventKind {
    /// Money arrived on the customer's account (a transfer, a paid code or request, a shake, a top-up).
    MoneyIn,
    /// The customer's payment or transfer was executed.
    OperationExecuted,
    /// The customer's payment or transfer was rejected; the money held for it is available again.
    OperationRejected,
    /// A payment request of the customer's was paid.
    RequestPaid,
    /// The bank decided the customer's identification application.
    KycDecided,
    /// Someone reminds the customer of a payment request made to them.
    RequestReminder,
    /// A kind a newer bank sends that this app does not know: read, then skipped, so the rest of the feed still
    /// arrives (without it one new kind would stop every older app's events). Never sent by a bank.
    #[serde(other)]
    Unknown,
}

/// What a push carries. Pushes pass through Google's and Apple's servers, so no personal data and no amounts: the
/// phone fetches the event itself (`GET /v1/events`) when it gets one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushMessage {
    pub event_id: String,
    pub kind: BankEventKind,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_are_snake_case() {
        let registration = PushRegistration { platform: PushPlatform::Preview, push_token: "t-1".into() };
        assert_eq!(
            serde_json::to_value(&registration).ok(),
            Some(serde_json::json!({ "platform": "preview", "push_token": "t-1" }))
        );
        let kinds = [
            (BankEventKind::MoneyIn, "money_in"),
            (BankEventKind::OperationExecuted, "operation_executed"),
            (BankEventKind::OperationRejected, "operation_rejected"),
            (BankEventKind::RequestPaid, "request_paid"),
            (BankEventKind::KycDecided, "kyc_decided"),
            (BankEventKind::RequestReminder, "request_reminder"),
        ];
        for (kind, name) in kinds {
            assert_eq!(serde_json::to_value(kind).ok(), Some(serde_json::Value::String(name.into())));
        }
    }

    #[test]
    fn a_kind_this_app_does_not_know_reads_as_unknown_and_the_page_still_reads() {
        let page = serde_json::json!({
            "events": [
                { "event_id": "e1", "kind": "statement_ready", "at": "2026-03-15T10:00:00Z" },
                { "event_id": "e2", "kind": "money_in", "at": "2026-03-15T10:01:00Z", "amount_minor": 100, "currency": "KGS" },
            ],
            "cursor": "2",
            "has_more": false,
        });
        let page: BankEvents = serde_json::from_value(page).expect("the page reads");
        let kinds: Vec<BankEventKind> = page.events.iter().map(|event| event.kind).collect();
        assert_eq!(kinds, vec![BankEventKind::Unknown, BankEventKind::MoneyIn]);
    }

    #[test]
    fn an_event_leaves_out_what_its_kind_does_not_have() {
        let event = BankEvent {
            event_id: "e1".into(),
            kind: BankEventKind::KycDecided,
            at: time::macros::datetime!(2026-03-15 10:00 UTC),
            operation_id: None,
            request_id: None,
            amount_minor: None,
            currency: None,
            counterparty_name: None,
            kyc_status: Some(KycStatus::Approved),
        };
        let json = serde_json::to_value(&event).expect("serialises");
        let expected = serde_json::json!({
            "event_id": "e1", "kind": "kyc_decided", "at": "2026-03-15T10:00:00Z", "kyc_status": "approved",
        });
        assert_eq!(json, expected);
        assert_eq!(serde_json::from_value::<BankEvent>(json).ok(), Some(event));
        let push = PushMessage { event_id: "e1".into(), kind: BankEventKind::MoneyIn };
        assert_eq!(serde_json::to_string(&push).ok().as_deref(), Some(r#"{"event_id":"e1","kind":"money_in"}"#));
    }
}
