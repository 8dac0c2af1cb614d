//! Idempotency as Stripe does it: the first result of a key — success or refusal — is stored with a hash of the
//! request and replayed for every retry; the same key with a different request is refused. Server failures
//! (5xx) are not stored: nothing happened, so a retry does it for the first time.

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use ring::digest::{SHA256, digest};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use wallet_protocol::{ErrorCode, IDEMPOTENCY_KEY_HEADER};

use crate::error::ApiError;

pub enum Prior {
    /// The key is new.
    None,
    /// The stored first result of this key.
    Replay { status: u16, body: String },
    /// The key was used for another request.
    Mismatch,
}

/// The `Idempotency-Key` of a write: 1 to 255 characters, or `400 idempotency_key_missing`.
pub fn key_of(headers: &HeaderMap) -> Result<String, ApiError> {
    headers
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|value| value.to_str().ok())
        .filter(|key| (1..=255).contains(&key.len()))
        .map(str::to_owned)
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorCode::IdempotencyKeyMissing,
                "send an Idempotency-Key of 1 to 255 characters",
            )
        })
}

/// A hash of what the request asks for (its route and its parsed body), so formatting does not matter.
pub fn request_hash(route: &str, request: &impl Serialize) -> String {
    let mut bytes = route.as_bytes().to_vec();
    bytes.push(b'\n');
    bytes.extend(serde_json::to_vec(request).unwrap_or_default());
    digest(&SHA256, &bytes).as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

pub fn lookup(tx: &Transaction<'_>, user_id: &str, key: &str, hash: &str) -> rusqlite::Result<Prior> {
    let stored: Option<(String, u16, String)> = tx
        .query_row(
            "SELECT request_hash, status, body FROM idempotency WHERE user_id = ?1 AND key = ?2",
            params![user_id, key],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    Ok(match stored {
        None => Prior::None,
        Some((stored_hash, status, body)) if stored_hash == hash => Prior::Replay { status, body },
        Some(_) => Prior::Mismatch,
    })
}

pub fn store(
    tx: &Transaction<'_>,
    user_id: &str,
    key: &str,
    hash: &str,
    status: u16,
    body: &str,
    now_ms: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO idempotency (user_id, key, request_hash, status, body, created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![user_id, key, hash, status, body, now_ms],
    )?;
    Ok(())
}

/// The first result of a write under its key: the stored one when the key was seen with the same request, else
/// `work`'s, stored. `work` runs in a savepoint: its success is `201 Created`; its refusal (4xx) leaves nothing
/// else behind and is stored like a success; its failure (5xx) is returned and stores nothing.
/// Returns the status and the JSON body to answer with.
pub fn once<T: Serialize>(
    tx: &Transaction<'_>,
    user_id: &str,
    key: &str,
    hash: &str,
    now_ms: i64,
    work: impl FnOnce(&Transaction<'_>) -> Result<T, ApiError>,
) -> Result<(u16, String), ApiError> {
    once_as(tx, user_id, key, hash, now_ms, StatusCode::CREATED, work)
}

/// [`once`] for a write that makes nothing new (a reminder): its success is `success` (`200 OK`) instead.
pub fn once_as<T: Serialize>(
    tx: &Transaction<'_>,
    user_id: &str,
    key: &str,
    hash: &str,
    now_ms: i64,
    success: StatusCode,
    work: impl FnOnce(&Transaction<'_>) -> Result<T, ApiError>,
) -> Result<(u16, String), ApiError> {
    match lookup(tx, user_id, key, hash)? {
        Prior::Replay { status, body } => return Ok((status, body)),
        Prior::Mismatch => {
            return Err(ApiError::unprocessable(
                ErrorCode::IdempotencyKeyReused,
                "this Idempotency-Key was used for another request",
            ));
        }
        Prior::None => {}
    }
    tx.execute_batch("SAVEPOINT idempotent")?;
    let (status, body) = match work(tx) {
        Ok(value) => {
            tx.execute_batch("RELEASE idempotent")?;
            (success.as_u16(), to_json(&value)?)
        }
        Err(refusal) if refusal.status.is_client_error() => {
            tx.execute_batch("ROLLBACK TO idempotent; RELEASE idempotent")?;
            (refusal.status.as_u16(), to_json(&refusal.body)?)
        }
        Err(failure) => return Err(failure),
    };
    store(tx, user_id, key, hash, status, &body, now_ms)?;
    Ok((status, body))
}

/// The HTTP response of a stored (or just made) result.
pub fn respond((status, body): (u16, String)) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn to_json(value: &impl Serialize) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::internal(format!("encoding: {e}")))
}
