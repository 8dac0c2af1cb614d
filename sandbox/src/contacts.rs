//! `/v1/contacts`: which of a phone's contacts have the wallet here, so that a customer learns only about the numbers
//! in their own address book (`wallet_protocol::contacts`, `wallet_formats::contact_oprf`).
//!
//! - The key: a random seed kept in the database (`contact_key`, one row, made on first use) and a random `key_id`
//!   naming it; `POST /dev/contacts/key` replaces both ([`rotate`]), after which matches naming the old key are
//!   refused with `409 contacts_key_changed`. The seed never leaves the bank.
//! - An evaluation: the bank evaluates the blinded numbers it is sent (it cannot see them) and counts them against
//!   the customer's [`DAILY_BUDGET`] over a sliding 24 hours (`contact_evaluations`); over it, `429 rate_limited`
//!   with `retry_after_seconds`. That budget is what stops a customer from testing the numbering plan.
//! - A match: the tags of every customer of this bank (the `users` table) but the caller under the asked
//!   [`PREFIX_LEN`]-character prefixes, sorted and without duplicates. Customers' tags are made when first needed and
//!   kept per key (`contact_tags`). The tags are useless without evaluations: asking every prefix lists tags nobody
//!   can link to a number.
//! - Nothing here logs: neither a number nor an element nor a tag.

use std::collections::BTreeSet;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use rusqlite::{OptionalExtension, Transaction, params};
use wallet_formats::contact_oprf::{self, ContactKey, OprfError, SEED_BYTES};
use wallet_protocol::ErrorCode;
use wallet_protocol::contacts::{
    ContactEvaluateRequest, ContactEvaluation, ContactMatch, ContactMatchRequest, DAILY_BUDGET, MAX_ELEMENTS,
    MAX_PREFIXES,
};

use crate::AppState;
use crate::auth::random_bytes;
use crate::error::ApiError;
use crate::extract::{Body, Customer};

/// How many hex characters of each tag a match sends: 65 536 buckets.
pub const PREFIX_LEN: u8 = 4;
/// The window of the budget.
pub const BUDGET_WINDOW_MS: i64 = 24 * 60 * 60 * 1000;

/// The key in use and its name.
pub struct CurrentKey {
    pub key_id: String,
    pub key: ContactKey,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn key_of(seed: &[u8]) -> Result<ContactKey, ApiError> {
    ContactKey::from_seed(seed).map_err(|_| ApiError::internal("the stored contacts key is unusable"))
}

/// The key in use, made on first use.
pub fn current_key(tx: &Transaction<'_>, now_ms: i64) -> Result<CurrentKey, ApiError> {
    let stored: Option<(String, Vec<u8>)> = tx
        .query_row("SELECT key_id, seed FROM contact_key WHERE id = 1", [], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    if let Some((key_id, seed)) = stored {
        return Ok(CurrentKey { key: key_of(&seed)?, key_id });
    }
    rotate(tx, now_ms)
}

/// Replaces the key: every tag made under the old one stops matching, and its customers' tags are dropped.
pub fn rotate(tx: &Transaction<'_>, now_ms: i64) -> Result<CurrentKey, ApiError> {
    let seed = random_bytes::<SEED_BYTES>()?;
    let key_id = hex(&random_bytes::<8>()?);
    tx.execute(
        "INSERT INTO contact_key (id, key_id, seed, created_ms) VALUES (1, ?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET key_id = excluded.key_id, seed = excluded.seed, created_ms = excluded.created_ms",
        params![key_id, seed.as_slice(), now_ms],
    )?;
    tx.execute("DELETE FROM contact_tags WHERE key_id <> ?1", [&key_id])?;
    Ok(CurrentKey { key: key_of(&seed)?, key_id })
}

/// Checks an evaluation's shape: at most `MAX_ELEMENTS`, each 64 lower-case hex characters. The message names a bad
/// element by its place, never by its value.
pub fn check_elements(request: &ContactEvaluateRequest) -> Result<(), ApiError> {
    if request.blinded.len() > MAX_ELEMENTS {
        return Err(ApiError::bad_request(format!("send at most {MAX_ELEMENTS} numbers at a time")));
    }
    if let Some(place) = request.blinded.iter().position(|e| !contact_oprf::is_element_hex(e)) {
        return Err(ApiError::bad_request(format!(
            "element {place} (counting from 0) is not exactly 64 lower-case hex characters"
        )));
    }
    Ok(())
}

/// Counts `numbers` evaluations for `user_id` at `now_ms`, or refuses them all when they would pass the budget
/// (a refused evaluation is not counted). Returns what is left of the budget.
fn spend_budget(tx: &Transaction<'_>, user_id: &str, numbers: u32, now_ms: i64) -> Result<u32, ApiError> {
    let window_start = now_ms - BUDGET_WINDOW_MS;
    tx.execute("DELETE FROM contact_evaluations WHERE user_id = ?1 AND at_ms <= ?2", params![user_id, window_start])?;
    let spent: Vec<(i64, u32)> = tx
        .prepare("SELECT at_ms, numbers FROM contact_evaluations WHERE user_id = ?1 ORDER BY at_ms")?
        .query_map([user_id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let used: u32 = spent.iter().map(|(_, n)| n).sum();
    if used.saturating_add(numbers) > DAILY_BUDGET {
        // The wait until enough of the oldest evaluations leave the window for these to fit.
        let mut freed = 0u32;
        let mut until_ms = now_ms;
        for (at_ms, n) in &spent {
            freed += n;
            until_ms = at_ms + BUDGET_WINDOW_MS;
            if used - freed + numbers <= DAILY_BUDGET {
                break;
            }
        }
        let seconds = u32::try_from(((until_ms - now_ms).max(0) + 999) / 1000).unwrap_or(u32::MAX);
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::RateLimited,
            format!(
                "{used} of the {DAILY_BUDGET} numbers a day were checked already: wait before checking {numbers} more"
            ),
        )
        .retry_after(seconds));
    }
    if numbers > 0 {
        tx.execute(
            "INSERT INTO contact_evaluations (user_id, at_ms, numbers) VALUES (?1, ?2, ?3)",
            params![user_id, now_ms, numbers],
        )?;
    }
    Ok(DAILY_BUDGET - used - numbers)
}

/// Evaluates the blinded numbers of `user_id`'s request under the current key, within the budget.
pub fn evaluate_for(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &ContactEvaluateRequest,
    now_ms: i64,
) -> Result<ContactEvaluation, ApiError> {
    check_elements(request)?;
    let current = current_key(tx, now_ms)?;
    let mut evaluated = Vec::with_capacity(request.blinded.len());
    for (place, element) in request.blinded.iter().enumerate() {
        match current.key.evaluate_blinded(element) {
            Ok(answer) => evaluated.push(answer),
            // Checked as hex above: well-formed, but not a point a phone's blinding makes.
            Err(OprfError::NotHex | OprfError::InvalidElement | OprfError::InvalidSeed) => {
                return Err(ApiError::unprocessable(
                    ErrorCode::ContactElementInvalid,
                    format!("element {place} (counting from 0) is not a blinded number"),
                ));
            }
        }
    }
    let numbers = u32::try_from(evaluated.len()).unwrap_or(u32::MAX);
    let remaining = spend_budget(tx, user_id, numbers, now_ms)?;
    Ok(ContactEvaluation { key_id: current.key_id, evaluated, prefix_len: PREFIX_LEN, remaining })
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

/// Makes the tag of every customer who has none under `current` yet (new customers, or after a rotation).
fn tag_new_customers(tx: &Transaction<'_>, current: &CurrentKey) -> Result<(), ApiError> {
    let untagged: Vec<(String, String)> = tx
        .prepare(
            "SELECT user_id, phone FROM users u
             WHERE NOT EXISTS (SELECT 1 FROM contact_tags t WHERE t.key_id = ?1 AND t.user_id = u.user_id)",
        )?
        .query_map([&current.key_id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut insert = tx.prepare("INSERT INTO contact_tags (key_id, user_id, tag) VALUES (?1, ?2, ?3)")?;
    for (user_id, phone) in untagged {
        let tag = current.key.tag(&phone).map_err(|_| ApiError::internal("a customer's number could not be tagged"))?;
        insert.execute(params![current.key_id, user_id, tag])?;
    }
    Ok(())
}

/// The tags of this bank's customers other than `user_id` under the asked prefixes.
pub fn matches(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &ContactMatchRequest,
    now_ms: i64,
) -> Result<ContactMatch, ApiError> {
    check_shape(request)?;
    let current = current_key(tx, now_ms)?;
    if request.key_id != current.key_id {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::ContactsKeyChanged,
            "the contacts were evaluated under a key no longer in use: evaluate them again",
        ));
    }
    let asked: BTreeSet<&str> = request.prefixes.iter().map(String::as_str).collect();
    let mut tags = BTreeSet::new();
    if !asked.is_empty() {
        tag_new_customers(tx, &current)?;
        // Tags are lower-case hex, so every tag starting with `p` sorts in [p, p + "g").
        let mut under =
            tx.prepare("SELECT tag FROM contact_tags WHERE key_id = ?1 AND tag >= ?2 AND tag < ?3 AND user_id <> ?4")?;
        for prefix in asked {
            let rows = under.query_map(params![current.key_id, prefix, format!("{prefix}g"), user_id], |row| {
                row.get::<_, String>(0)
            })?;
            for tag in rows {
                tags.insert(tag?);
            }
        }
    }
    Ok(ContactMatch { tags: tags.into_iter().collect() })
}

/// `POST /v1/contacts/evaluate`.
pub async fn evaluate(
    State(state): State<AppState>,
    customer: Customer,
    Body(request): Body<ContactEvaluateRequest>,
) -> Result<Json<ContactEvaluation>, ApiError> {
    let now_ms = state.clock.now_ms();
    state.db.tx(move |tx| evaluate_for(tx, &customer.user_id, &request, now_ms)).await.map(Json)
}

/// `POST /v1/contacts/match`. A read: nothing changes (but the key made on first use and customers' tags).
pub async fn match_contacts(
    State(state): State<AppState>,
    customer: Customer,
    Body(request): Body<ContactMatchRequest>,
) -> Result<Json<ContactMatch>, ApiError> {
    let now_ms = state.clock.now_ms();
    state.db.tx(move |tx| matches(tx, &customer.user_id, &request, now_ms)).await.map(Json)
}

/// What `POST /dev/contacts/key` answers: the new key's name (never its seed).
#[derive(Debug, serde::Serialize)]
pub struct RotatedKey {
    pub key_id: String,
}

/// `POST /dev/contacts/key`: a new key (matches naming the old one are refused from now on).
pub async fn rotate_key(State(state): State<AppState>) -> Result<Json<RotatedKey>, ApiError> {
    let now_ms = state.clock.now_ms();
    let key_id = state.db.tx(move |tx| rotate(tx, now_ms).map(|current| current.key_id)).await?;
    Ok(Json(RotatedKey { key_id }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asking(prefixes: Vec<String>) -> ContactMatchRequest {
        ContactMatchRequest { key_id: "00".into(), prefixes }
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
    fn an_evaluation_has_at_most_max_elements_all_well_formed() {
        let element = "ab".repeat(32);
        let request = |blinded: Vec<String>| ContactEvaluateRequest { blinded };
        assert!(check_elements(&request(vec![element.clone(); MAX_ELEMENTS])).is_ok());
        assert!(check_elements(&request(vec![element.clone(); MAX_ELEMENTS + 1])).is_err());
        let malformed = check_elements(&request(vec![element, "AB".repeat(32)])).err();
        assert_eq!(malformed.map(|e| e.body.message.contains("element 1 ")), Some(true));
    }
}
