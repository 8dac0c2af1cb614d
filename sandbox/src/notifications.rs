//! Push notifications and the event feed (`wallet_protocol::notifications`).
//!
//! - Where something happens to a customer, the code that does it records an event in the same transaction
//!   ([`record`]): a row of `events`, whose `seq` orders the customer's feed (`GET /v1/events`; the cursor is that
//!   `seq`), and a row of `pushes` for each device the customer registered — what the bank would send to FCM or
//!   APNs. The events: `money_in` and `operation_executed` (`banking::execute`, `banking::top_up`),
//!   `operation_rejected` (`banking::reject`), `request_paid` (`banking::execute` of the paying operation),
//!   `request_reminder` (`requests::remind`), `kyc_decided` (`kyc_api::review_due`).
//! - Delivery in process: [`PushFeed`] runs after every committed transaction ([`crate::db::Db::set_after_commit`]),
//!   reads the pushes recorded since it last looked, and sends each on a broadcast channel
//!   (`Sandbox::subscribe_pushes`) as a [`PushDelivery`]: the platform, the token and the [`PushMessage`]. The web
//!   preview (same process) hands each to the phone that registered the token. A rolled-back transaction recorded
//!   nothing, so it pushes nothing.
//! - Registrations: one per device (the session's `device_id`); a token belongs to one device (registering it for
//!   another device moves it). Signing out, and a session ended by another sign-in, remove the registrations.
//! - A push carries the event's id and kind only; nothing here is logged (tokens identify devices).

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use tokio::sync::broadcast;
use wallet_protocol::ErrorCode;
use wallet_protocol::notifications::{
    BankEvent, BankEventKind, BankEvents, DEFAULT_EVENTS_PAGE, MAX_EVENTS_PAGE, MAX_PUSH_TOKEN_LEN, PushMessage,
    PushPlatform, PushRegistration,
};

use crate::AppState;
use crate::banking::rfc3339;
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::wire::{from_wire, wire_name};

/// How many pushes a subscriber may fall behind before it loses the oldest (it reads the feed anyway).
const PUSH_BACKLOG: usize = 1024;

fn ms(at: OffsetDateTime) -> i64 {
    i64::try_from(at.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

fn instant(ms: i64) -> rusqlite::Result<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Integer, Box::new(e)))
}

/// A new event of `kind` at `at` with a fresh id; the caller fills in what its kind carries.
pub fn event(kind: BankEventKind, at: OffsetDateTime) -> BankEvent {
    BankEvent {
        event_id: uuid::Uuid::new_v4().to_string(),
        kind,
        at,
        operation_id: None,
        request_id: None,
        amount_minor: None,
        currency: None,
        counterparty_name: None,
        kyc_status: None,
    }
}

/// Records `event` for `user_id` and a push of it to each device the customer registered, in the caller's
/// transaction.
pub fn record(tx: &Transaction<'_>, user_id: &str, event: &BankEvent) -> Result<(), ApiError> {
    let kind = wire_name(&event.kind)?;
    let kyc_status = event.kyc_status.as_ref().map(wire_name).transpose()?;
    let at_ms = ms(event.at);
    tx.execute(
        "INSERT INTO events (user_id, event_id, kind, at_ms, operation_id, request_id, amount_minor, currency,
            counterparty_name, kyc_status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            user_id,
            event.event_id,
            kind,
            at_ms,
            event.operation_id,
            event.request_id,
            event.amount_minor,
            event.currency,
            event.counterparty_name,
            kyc_status,
        ],
    )?;
    tx.execute(
        "INSERT INTO pushes (user_id, device_id, platform, push_token, event_id, kind, sent_ms)
         SELECT user_id, device_id, platform, push_token, ?2, ?3, ?4 FROM push_devices WHERE user_id = ?1
         ORDER BY device_id",
        params![user_id, event.event_id, kind, at_ms],
    )?;
    Ok(())
}

/// A registration the bank keeps: a known platform and a token of 1 to [`MAX_PUSH_TOKEN_LEN`] printable ASCII
/// characters, not all spaces.
pub fn check_registration(registration: &PushRegistration) -> Result<(), ApiError> {
    let token = &registration.push_token;
    if token.is_empty() || token.len() > MAX_PUSH_TOKEN_LEN {
        return Err(ApiError::bad_request(format!("push_token must be 1 to {MAX_PUSH_TOKEN_LEN} characters")));
    }
    if !token.bytes().all(|b| (b' '..=b'~').contains(&b)) || token.trim().is_empty() {
        return Err(ApiError::bad_request("push_token must be printable ASCII"));
    }
    Ok(())
}

/// Pushes `user_id`'s notifications to `device_id` as `registration` says. The same registration again changes
/// nothing; a token registered for another device moves to this one.
pub fn register(
    tx: &Transaction<'_>,
    user_id: &str,
    device_id: &str,
    registration: &PushRegistration,
    now_ms: i64,
) -> Result<(), ApiError> {
    let platform = wire_name(&registration.platform)?;
    tx.execute(
        "DELETE FROM push_devices WHERE platform = ?1 AND push_token = ?2 AND device_id <> ?3",
        params![platform, registration.push_token, device_id],
    )?;
    tx.execute(
        "INSERT INTO push_devices (device_id, user_id, platform, push_token, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (device_id) DO UPDATE SET user_id = excluded.user_id, platform = excluded.platform,
            push_token = excluded.push_token, updated_ms = excluded.updated_ms
         WHERE user_id <> excluded.user_id OR platform <> excluded.platform OR push_token <> excluded.push_token",
        params![device_id, user_id, platform, registration.push_token, now_ms],
    )?;
    Ok(())
}

/// No more pushes of `user_id` to `device_id` (none registered is fine).
pub fn unregister(tx: &Transaction<'_>, user_id: &str, device_id: &str) -> Result<(), ApiError> {
    tx.execute("DELETE FROM push_devices WHERE user_id = ?1 AND device_id = ?2", params![user_id, device_id])?;
    Ok(())
}

/// No more pushes of `user_id` to any device: their sessions are over.
pub fn unregister_customer(tx: &Transaction<'_>, user_id: &str) -> Result<(), ApiError> {
    tx.execute("DELETE FROM push_devices WHERE user_id = ?1", [user_id])?;
    Ok(())
}

/// The feed's position: after the event with this `seq` (`0`: from the start). Anything but a number this bank
/// gave is refused.
pub fn parse_cursor(after: Option<&str>) -> Result<i64, ApiError> {
    match after {
        None | Some("") => Ok(0),
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|seq| *seq >= 0)
            .ok_or_else(|| ApiError::bad_request("the cursor is not one this bank gave")),
    }
}

/// The page size asked for, within 1 and [`MAX_EVENTS_PAGE`]; [`DEFAULT_EVENTS_PAGE`] without one.
pub fn parse_limit(limit: Option<&str>) -> Result<u32, ApiError> {
    match limit {
        None => Ok(DEFAULT_EVENTS_PAGE),
        Some(text) => text
            .parse::<u32>()
            .ok()
            .filter(|limit| (1..=MAX_EVENTS_PAGE).contains(limit))
            .ok_or_else(|| ApiError::bad_request(format!("limit must be 1 to {MAX_EVENTS_PAGE}"))),
    }
}

/// A unit enum stored by its wire name in column `index`.
fn stored<T: DeserializeOwned>(index: usize, name: String) -> rusqlite::Result<T> {
    from_wire(&name).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, e.body.message.into())
    })
}

fn event_of(row: &Row<'_>) -> rusqlite::Result<BankEvent> {
    Ok(BankEvent {
        event_id: row.get(1)?,
        kind: stored(2, row.get(2)?)?,
        at: instant(row.get(3)?)?,
        operation_id: row.get(4)?,
        request_id: row.get(5)?,
        amount_minor: row.get(6)?,
        currency: row.get(7)?,
        counterparty_name: row.get(8)?,
        kyc_status: row.get::<_, Option<String>>(9)?.map(|text| stored(9, text)).transpose()?,
    })
}

/// `user_id`'s events after the cursor `after`, oldest first, at most `limit`.
pub fn feed(tx: &Transaction<'_>, user_id: &str, after: i64, limit: u32) -> Result<BankEvents, ApiError> {
    let mut statement = tx.prepare(
        "SELECT seq, event_id, kind, at_ms, operation_id, request_id, amount_minor, currency, counterparty_name,
            kyc_status
         FROM events WHERE user_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
    )?;
    let mut rows = statement.query(params![user_id, after, i64::from(limit) + 1])?;
    let (mut events, mut last) = (Vec::new(), after);
    while let Some(row) = rows.next()? {
        if events.len() == limit as usize {
            return Ok(BankEvents { events, cursor: last.to_string(), has_more: true });
        }
        last = row.get(0)?;
        events.push(event_of(row)?);
    }
    Ok(BankEvents { events, cursor: last.to_string(), has_more: false })
}

/// A push the bank recorded, as `GET /dev/pushes` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedPush {
    pub device_id: String,
    pub platform: PushPlatform,
    pub push_token: String,
    pub message: PushMessage,
    pub sent_at: String,
}

/// Every push recorded for the customer with `phone`, oldest first; `None` when the bank has no such customer.
pub fn recorded_pushes(tx: &Transaction<'_>, phone: &str) -> Result<Option<Vec<RecordedPush>>, ApiError> {
    let user_id: Option<String> =
        tx.query_row("SELECT user_id FROM users WHERE phone = ?1", [phone], |row| row.get(0)).optional()?;
    let Some(user_id) = user_id else {
        return Ok(None);
    };
    let rows: Vec<(String, String, String, String, String, i64)> = tx
        .prepare(
            "SELECT device_id, platform, push_token, event_id, kind, sent_ms FROM pushes WHERE user_id = ?1
             ORDER BY seq",
        )?
        .query_map([user_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?)))?
        .collect::<Result<_, _>>()?;
    let mut pushes = Vec::with_capacity(rows.len());
    for (device_id, platform, push_token, event_id, kind, sent_ms) in rows {
        pushes.push(RecordedPush {
            device_id,
            platform: from_wire(&platform)?,
            push_token,
            message: PushMessage { event_id, kind: from_wire(&kind)? },
            sent_at: rfc3339(instant(sent_ms)?),
        });
    }
    Ok(Some(pushes))
}

/// A push on its way to a device: what FCM or APNs would be handed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushDelivery {
    pub platform: PushPlatform,
    pub push_token: String,
    pub message: PushMessage,
}

/// The sandbox's push service in process: after each committed transaction ([`PushFeed::deliver_recorded`]) it
/// sends the pushes recorded since it last looked to every subscriber, in the order they were recorded. A
/// subscriber that falls more than [`PUSH_BACKLOG`] behind loses the oldest (`RecvError::Lagged`); the feed
/// (`GET /v1/events`) still has every event.
#[derive(Clone)]
pub struct PushFeed {
    sender: broadcast::Sender<PushDelivery>,
    /// The `seq` of the last push sent; pushes recorded before the sandbox started are not sent again.
    delivered: Arc<AtomicI64>,
}

impl PushFeed {
    /// A feed that sends the pushes recorded from now on.
    pub fn starting_after_recorded(conn: &Connection) -> rusqlite::Result<PushFeed> {
        let last: i64 = conn.query_row("SELECT COALESCE(MAX(seq), 0) FROM pushes", [], |row| row.get(0))?;
        let (sender, _) = broadcast::channel(PUSH_BACKLOG);
        Ok(PushFeed { sender, delivered: Arc::new(AtomicI64::new(last)) })
    }

    /// The pushes recorded from now on, as they are committed.
    pub fn subscribe(&self) -> broadcast::Receiver<PushDelivery> {
        self.sender.subscribe()
    }

    /// Sends the pushes recorded after the last one sent. Runs after a commit, with the connection held; a failure
    /// to read them is reported (without what they say) and they go with the next commit.
    pub fn deliver_recorded(&self, conn: &Connection) {
        let after = self.delivered.load(Ordering::Acquire);
        match recorded_after(conn, after) {
            Ok(pushes) => {
                for (seq, delivery) in pushes {
                    // No subscriber is fine: the bank records its pushes either way.
                    let _ = self.sender.send(delivery);
                    self.delivered.store(seq, Ordering::Release);
                }
            }
            Err(error) => eprintln!("sandbox: reading the recorded pushes failed: {error}"),
        }
    }
}

fn recorded_after(conn: &Connection, after: i64) -> rusqlite::Result<Vec<(i64, PushDelivery)>> {
    conn.prepare("SELECT seq, platform, push_token, event_id, kind FROM pushes WHERE seq > ?1 ORDER BY seq")?
        .query_map([after], |row| {
            Ok((
                row.get(0)?,
                PushDelivery {
                    platform: stored(1, row.get(1)?)?,
                    push_token: row.get(2)?,
                    message: PushMessage { event_id: row.get(3)?, kind: stored(4, row.get(4)?)? },
                },
            ))
        })?
        .collect()
}

/// `PUT /v1/push-registration`: `204`. Idempotent by nature.
pub async fn register_device(
    State(state): State<AppState>,
    customer: Customer,
    Body(registration): Body<PushRegistration>,
) -> Result<StatusCode, ApiError> {
    check_registration(&registration)?;
    let now_ms = state.clock.now_ms();
    state
        .db
        .tx(move |tx| {
            let device_id = crate::auth::session_device(tx, &customer.token_hash)?;
            register(tx, &customer.user_id, &device_id, &registration, now_ms)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /v1/push-registration`: `204`, whether or not the device was registered.
pub async fn unregister_device(State(state): State<AppState>, customer: Customer) -> Result<StatusCode, ApiError> {
    state
        .db
        .tx(move |tx| {
            let device_id = crate::auth::session_device(tx, &customer.token_hash)?;
            unregister(tx, &customer.user_id, &device_id)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
pub struct EventsQuery {
    after: Option<String>,
    limit: Option<String>,
}

/// `GET /v1/events?after=…&limit=…`: the customer's own events after the cursor, oldest first. An identification
/// review that has fallen due is decided first, as every read of the customer's does.
pub async fn events(
    State(state): State<AppState>,
    customer: Customer,
    Query(query): Query<EventsQuery>,
) -> Result<Json<BankEvents>, ApiError> {
    let after = parse_cursor(query.after.as_deref())?;
    let limit = parse_limit(query.limit.as_deref())?;
    let now = state.clock.now();
    state
        .db
        .tx(move |tx| {
            crate::kyc_api::review_due(tx, Some(&customer.user_id), now)?;
            feed(tx, &customer.user_id, after, limit)
        })
        .await
        .map(Json)
}

/// `GET /dev/pushes?phone=…`: the pushes recorded for the customer, oldest first (newest last).
pub async fn dev_pushes(
    State(state): State<AppState>,
    Query(query): Query<PushesQuery>,
) -> Result<Json<Vec<RecordedPush>>, ApiError> {
    state
        .db
        .tx(move |tx| recorded_pushes(tx, &query.phone))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such customer"))
}

#[derive(Deserialize)]
pub struct PushesQuery {
    phone: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registration(token: &str) -> PushRegistration {
        PushRegistration { platform: PushPlatform::Fcm, push_token: token.to_owned() }
    }

    fn refused(result: Result<impl std::fmt::Debug, ApiError>) -> Option<ErrorCode> {
        result.err().map(|e| e.body.code)
    }

    #[test]
    fn tokens_are_printable_ascii_of_at_most_4096_characters() {
        assert!(check_registration(&registration("fcm:APA91b-x_y.z")).is_ok());
        assert!(check_registration(&registration(&"a".repeat(MAX_PUSH_TOKEN_LEN))).is_ok());
        let bad = Some(ErrorCode::BadRequest);
        for token in ["", "   ", "tab\there", "новый", "nul\0", "line\nbreak"] {
            assert_eq!(refused(check_registration(&registration(token))), bad, "{token:?}");
        }
        assert_eq!(refused(check_registration(&registration(&"a".repeat(MAX_PUSH_TOKEN_LEN + 1)))), bad);
    }

    #[test]
    fn cursors_and_limits_are_numbers_the_bank_gives() {
        assert_eq!(parse_cursor(None).ok(), Some(0));
        assert_eq!(parse_cursor(Some("")).ok(), Some(0));
        assert_eq!(parse_cursor(Some("42")).ok(), Some(42));
        for bad in ["-1", "x", "4 2", "99999999999999999999"] {
            assert_eq!(refused(parse_cursor(Some(bad))), Some(ErrorCode::BadRequest), "{bad}");
        }
        assert_eq!(parse_limit(None).ok(), Some(DEFAULT_EVENTS_PAGE));
        assert_eq!(parse_limit(Some("1")).ok(), Some(1));
        assert_eq!(parse_limit(Some("200")).ok(), Some(MAX_EVENTS_PAGE));
        for bad in ["0", "201", "-5", "many", ""] {
            assert_eq!(refused(parse_limit(Some(bad))), Some(ErrorCode::BadRequest), "{bad}");
        }
    }
}
