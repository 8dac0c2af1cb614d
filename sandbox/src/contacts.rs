//! `/v1/contacts`: which of a phone's contacts have the wallet here, without the phone book leaving the phone.
//!
//! - The salt: [`SALT_BYTES`] random bytes as lower-case hex, made the first time it is asked for and kept in the
//!   database (`contact_salt`, one row); `POST /dev/contacts/salt` replaces it ([`rotate`]), after which matches
//!   made with the old one are refused with `409 salt_changed`.
//! - A match: the phone sends the first [`PREFIX_LEN`] hex characters of `contact_hash(salt, number)` for each
//!   contact (at most `MAX_PREFIXES`); the bank answers with the full hash of every customer of this bank (the
//!   `users` table) but the caller whose hash starts with one of them — sorted, without duplicates.
//! - Nothing here logs: neither a number nor a hash nor a prefix.

use std::collections::{BTreeSet, HashSet};

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use rusqlite::{OptionalExtension, Transaction, params};
use wallet_formats::contact_hash::{contact_hash, prefix};
use wallet_protocol::ErrorCode;
use wallet_protocol::contacts::{ContactMatch, ContactMatchRequest, ContactSalt, MAX_PREFIXES};

use crate::AppState;
use crate::auth::random_bytes;
use crate::error::ApiError;
use crate::extract::{Body, Customer};

/// How many hex characters of each hash the phone sends: 65 536 buckets, each shared by thousands of numbers.
pub const PREFIX_LEN: u8 = 4;
/// The salt's length in bytes (it travels as twice as many hex characters).
pub const SALT_BYTES: usize = 32;

fn new_salt() -> Result<String, ApiError> {
    Ok(random_bytes::<SALT_BYTES>()?.iter().map(|b| format!("{b:02x}")).collect())
}

/// The salt in use, made on first use.
pub fn current_salt(tx: &Transaction<'_>, now_ms: i64) -> Result<String, ApiError> {
    let stored: Option<String> =
        tx.query_row("SELECT salt FROM contact_salt WHERE id = 1", [], |row| row.get(0)).optional()?;
    if let Some(salt) = stored {
        return Ok(salt);
    }
    let salt = new_salt()?;
    tx.execute("INSERT INTO contact_salt (id, salt, created_ms) VALUES (1, ?1, ?2)", params![salt, now_ms])?;
    Ok(salt)
}

/// Replaces the salt: every hash made with the old one stops matching.
pub fn rotate(tx: &Transaction<'_>, now_ms: i64) -> Result<String, ApiError> {
    let salt = new_salt()?;
    tx.execute(
        "INSERT INTO contact_salt (id, salt, created_ms) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, created_ms = excluded.created_ms",
        params![salt, now_ms],
    )?;
    Ok(salt)
}

fn is_prefix(text: &str) -> bool {
    text.len() == usize::from(PREFIX_LEN) && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Checks a match's shape: at most `MAX_PREFIXES` prefixes, each exactly [`PREFIX_LEN`] lower-case hex characters.
/// The message names a bad prefix by its place, never by its value.
pub fn check_shape(request: &ContactMatchRequest) -> Result<(), ApiError> {
    if request.prefixes.len() > MAX_PREFIXES {
        return Err(ApiError::bad_request(format!("send at most {MAX_PREFIXES} prefixes at a time")));
    }
    if let Some(place) = request.prefixes.iter().position(|p| !is_prefix(p)) {
        return Err(ApiError::bad_request(format!(
            "prefix {place} (counting from 0) is not exactly {PREFIX_LEN} lower-case hex characters"
        )));
    }
    Ok(())
}

/// The full hashes of this bank's customers other than `user_id` under the asked prefixes.
pub fn matches(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &ContactMatchRequest,
    now_ms: i64,
) -> Result<ContactMatch, ApiError> {
    check_shape(request)?;
    let salt = current_salt(tx, now_ms)?;
    if request.salt != salt {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::SaltChanged,
            "the contacts were hashed with a salt no longer in use: ask for the new salt",
        ));
    }
    let asked: HashSet<&str> = request.prefixes.iter().map(String::as_str).collect();
    let mut hashes = BTreeSet::new();
    if !asked.is_empty() {
        let mut statement = tx.prepare("SELECT phone FROM users WHERE user_id <> ?1")?;
        let mut rows = statement.query([user_id])?;
        while let Some(row) = rows.next()? {
            let phone: String = row.get(0)?;
            let hash = contact_hash(&salt, &phone).ok_or_else(|| ApiError::internal("the stored salt is not hex"))?;
            if asked.contains(prefix(&hash, PREFIX_LEN)) {
                hashes.insert(hash);
            }
        }
    }
    Ok(ContactMatch { hashes: hashes.into_iter().collect() })
}

/// `GET /v1/contacts/salt`.
pub async fn salt(State(state): State<AppState>, _customer: Customer) -> Result<Json<ContactSalt>, ApiError> {
    let now_ms = state.clock.now_ms();
    let salt = state.db.tx(move |tx| current_salt(tx, now_ms)).await?;
    Ok(Json(ContactSalt { salt, prefix_len: PREFIX_LEN }))
}

/// `POST /v1/contacts/match`. A read: nothing changes (but the salt made on first use).
pub async fn match_contacts(
    State(state): State<AppState>,
    customer: Customer,
    Body(request): Body<ContactMatchRequest>,
) -> Result<Json<ContactMatch>, ApiError> {
    let now_ms = state.clock.now_ms();
    state.db.tx(move |tx| matches(tx, &customer.user_id, &request, now_ms)).await.map(Json)
}

/// `POST /dev/contacts/salt`: a new salt (the old one is refused from now on).
pub async fn rotate_salt(State(state): State<AppState>) -> Result<Json<ContactSalt>, ApiError> {
    let now_ms = state.clock.now_ms();
    let salt = state.db.tx(move |tx| rotate(tx, now_ms)).await?;
    Ok(Json(ContactSalt { salt, prefix_len: PREFIX_LEN }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asking(prefixes: Vec<String>) -> ContactMatchRequest {
        ContactMatchRequest { salt: "00".into(), prefixes }
    }

    #[test]
    fn prefixes_are_four_lower_case_hex_characters() {
        assert!(is_prefix("0a9f"));
        for bad in ["0A9F", "0a9", "0a9f0", "0a9g", "", "ж0a9", " a9f"] {
            assert!(!is_prefix(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_match_has_at_most_max_prefixes_all_well_formed() {
        assert!(check_shape(&asking(vec![])).is_ok());
        assert!(check_shape(&asking(vec!["abcd".into(); MAX_PREFIXES])).is_ok());
        let too_many = check_shape(&asking(vec!["abcd".into(); MAX_PREFIXES + 1])).err();
        assert_eq!(too_many.map(|e| (e.status, e.body.code)), Some((StatusCode::BAD_REQUEST, ErrorCode::BadRequest)));
        let malformed = check_shape(&asking(vec!["abcd".into(), "ABCD".into()])).err();
        assert_eq!(malformed.map(|e| e.body.message.contains("prefix 1 ")), Some(true));
    }

    #[test]
    fn salts_are_32_random_bytes_in_lower_case_hex() {
        let (a, b) = (new_salt().ok(), new_salt().ok());
        assert_ne!(a, b);
        let a = a.unwrap_or_default();
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')), "{a}");
    }
}
