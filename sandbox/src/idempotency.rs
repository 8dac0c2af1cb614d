//! Idempotency as Stripe does it: the first result of a key — success or refusal — is stored with a hash of the
//! request and replayed for every retry; the same key with a different request is refused. Server failures
//! (5xx) are not stored: nothing happened, so a retry does it for the first time.

use ring::digest::{SHA256, digest};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;

pub enum Prior {
    /// The key is new.
    None,
    /// The stored first result of this key.
    Replay { status: u16, body: String },
    /// The key was used for another request.
    Mismatch,
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
