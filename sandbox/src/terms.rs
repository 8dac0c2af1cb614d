//! The terms as a legal record: which editions the bank has published (the newest is in force), and each
//! customer's acceptances — the edition, the documents ticked, the phone's time and the bank's, the device. Kept for
//! good, never changed; an acceptance is idempotent by its key, so a phone that sends it again after a lost answer
//! records it once.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Deserialize;
use wallet_protocol::ErrorCode;
use wallet_protocol::terms::{TermsAcceptanceRequest, TermsStatus};

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::idempotency;

/// The first edition, published with the bank: the one the app's texts are (`core`'s `TERMS_VERSION`).
pub const FIRST_EDITION: &str = "2026-11-01";

/// The documents an acceptance names, all of them.
pub const DOCUMENTS: [&str; 3] = ["offer", "privacy", "remote_service"];

/// Where `user_id` stands: the edition in force and the newest they accepted.
pub fn status(tx: &Transaction<'_>, user_id: &str) -> Result<TermsStatus, ApiError> {
    let current_version = current(tx)?;
    let accepted_version = tx
        .query_row(
            "SELECT version FROM terms_acceptances WHERE user_id = ?1 ORDER BY version DESC LIMIT 1",
            [user_id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(TermsStatus { current_version, accepted_version })
}

fn current(tx: &Transaction<'_>) -> Result<String, ApiError> {
    Ok(tx
        .query_row("SELECT MAX(version) FROM terms_editions", [], |row| row.get::<_, Option<String>>(0))?
        .unwrap_or_else(|| FIRST_EDITION.to_owned()))
}

/// An edition's name: a date, `YYYY-MM-DD`, so that the newest sorts last.
fn is_edition(version: &str) -> bool {
    crate::kyc::parse_date(version).is_some()
}

/// `POST /v1/terms/acceptances`: idempotent by the `Idempotency-Key` header.
pub async fn accept(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Body(request): Body<TermsAcceptanceRequest>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash("POST /v1/terms/acceptances", &request);
    let now_ms = state.clock.now_ms();
    let result = state
        .db
        .tx(move |tx| {
            idempotency::once(tx, &customer.user_id, &key, &hash, now_ms, |tx| {
                record(tx, &customer.user_id, &key, &request, now_ms)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

/// 9999-12-31T23:59:59.999Z: the last time `accepted_at_ms` may name (the API document's maximum).
const LAST_MS: i64 = 253_402_300_799_999;

fn record(
    tx: &Transaction<'_>,
    user_id: &str,
    key: &str,
    request: &TermsAcceptanceRequest,
    now_ms: i64,
) -> Result<TermsStatus, ApiError> {
    crate::auth::check_device_id(&request.device_id)?;
    if !(0..=LAST_MS).contains(&request.accepted_at_ms) {
        return Err(ApiError::bad_request("accepted_at_ms must be a time from 1970 to the year 9999, in ms"));
    }
    let mut documents = request.documents.clone();
    documents.sort_unstable();
    let mut all = DOCUMENTS.map(str::to_owned).to_vec();
    all.sort_unstable();
    if documents != all {
        return Err(ApiError::bad_request(
            "documents: an acceptance names offer, privacy and remote_service, once each",
        ));
    }
    let published: bool =
        tx.query_row("SELECT EXISTS (SELECT 1 FROM terms_editions WHERE version = ?1)", [&request.version], |row| {
            row.get(0)
        })?;
    if !published {
        return Err(ApiError::unprocessable(
            ErrorCode::TermsVersionUnknown,
            format!("the bank has not published the terms of {}", request.version),
        ));
    }
    tx.execute(
        "INSERT INTO terms_acceptances (acceptance_key, user_id, version, documents, accepted_at_ms, received_ms,
            device_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![key, user_id, request.version, documents.join(","), request.accepted_at_ms, now_ms, request.device_id],
    )?;
    status(tx, user_id)
}

#[derive(Deserialize)]
pub struct Edition {
    version: String,
}

/// `POST /dev/terms {"version": "2027-03-01"}`: the bank publishes a new edition; everyone must accept it again.
pub async fn publish(State(state): State<AppState>, Body(edition): Body<Edition>) -> Result<StatusCode, ApiError> {
    if !is_edition(&edition.version) {
        return Err(ApiError::bad_request("version must be a date YYYY-MM-DD"));
    }
    let now_ms = state.clock.now_ms();
    state
        .db
        .tx(move |tx| {
            if edition.version <= current(tx)? {
                return Err(ApiError::bad_request("a new edition must be newer than the one in force"));
            }
            tx.execute(
                "INSERT INTO terms_editions (version, published_ms) VALUES (?1, ?2)",
                params![edition.version, now_ms],
            )?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edition_is_a_date() {
        assert!(is_edition(FIRST_EDITION));
        assert!(!is_edition("2026-13-01"));
        assert!(!is_edition("v2"));
        assert!(!is_edition("2026-11-01 "));
    }
}
