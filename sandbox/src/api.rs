//! The `/v1` routes for a signed-in customer: profile, accounts, operations, transfers by phone and their SMS
//! confirmations, and the bank's keys.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;
use wallet_protocol::accounts::Accounts;
use wallet_protocol::operations::{MAX_PAGE, NewOperation, Operation, OperationChanges};
use wallet_protocol::profile::Profile;
use wallet_protocol::quotes::{Quote, QuoteRequest};
use wallet_protocol::receipts::BankKeys;
use wallet_protocol::recipients::{
    NewTransferCode, RecipientInfo, RecipientLookup, TransferCodeCheck, TransferCodeVerified,
};

use crate::AppState;
use crate::banking;
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::idempotency;
use crate::kyc_api;
use crate::transfers;

pub async fn profile(State(state): State<AppState>, customer: Customer) -> Result<Json<Profile>, ApiError> {
    let now = state.clock.now();
    state
        .db
        .tx(move |tx| {
            kyc_api::review_due(tx, Some(&customer.user_id), now)?;
            banking::profile(tx, &customer.user_id)
        })
        .await
        .map(Json)
}

pub async fn accounts(State(state): State<AppState>, customer: Customer) -> Result<Json<Accounts>, ApiError> {
    let now = state.clock.now();
    state.db.tx(move |tx| banking::accounts(tx, &customer.user_id, now)).await.map(Json)
}

#[derive(Deserialize)]
pub struct HistoryQuery {
    cursor: Option<String>,
    limit: Option<u32>,
}

/// `GET /v1/operations?cursor=…&limit=…`: what changed since the cursor (from the start without one).
pub async fn history(
    State(state): State<AppState>,
    customer: Customer,
    Query(query): Query<HistoryQuery>,
) -> Result<Json<OperationChanges>, ApiError> {
    let cursor = match query.cursor.as_deref() {
        None | Some("") => 0,
        Some(text) => text.parse::<i64>().map_err(|_| ApiError::bad_request("the cursor is not one this bank gave"))?,
    };
    // Refused rather than clamped: a client asking for more than a page holds is told, as `/v1/events` does.
    let limit = match query.limit {
        None => 100,
        Some(limit @ 1..=MAX_PAGE) => limit,
        Some(_) => return Err(ApiError::bad_request(format!("limit must be 1 to {MAX_PAGE}"))),
    };
    state.db.tx(move |tx| banking::changes(tx, &customer.user_id, cursor, limit)).await.map(Json)
}

/// `POST /v1/operations`: idempotent by the `Idempotency-Key` header.
pub async fn create_operation(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Body(request): Body<NewOperation>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash("POST /v1/operations", &request);
    let (signer, now, now_ms) = (state.signer.clone(), state.clock.now(), state.clock.now_ms());
    let delays = banking::ExecutionDelays::of(&state.config);
    let result = state
        .db
        .tx(move |tx| {
            // The limits depend on identification: decide a review that is due first.
            kyc_api::review_due(tx, Some(&customer.user_id), now)?;
            idempotency::once(tx, &customer.user_id, &key, &hash, now_ms, |tx| {
                banking::create(tx, &signer, now, delays, &customer.user_id, &request, &key)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

/// `POST /v1/quotes`: the fee and the recipient of a payment before the customer confirms it. A quote changes
/// nothing: what resolving the payee writes as a payment would (a shake marked paid) is rolled back.
pub async fn quote(
    State(state): State<AppState>,
    customer: Customer,
    Body(request): Body<QuoteRequest>,
) -> Result<Json<Quote>, ApiError> {
    let now = state.clock.now();
    state
        .db
        .tx(move |tx| {
            tx.execute_batch("SAVEPOINT quote")?;
            let quote = banking::quote(tx, &customer.user_id, &request, now);
            tx.execute_batch("ROLLBACK TO quote; RELEASE quote")?;
            quote
        })
        .await
        .map(Json)
}

/// `POST /v1/recipients/lookup`: who a phone number reaches (masked) and at which bank.
pub async fn lookup_recipient(
    State(state): State<AppState>,
    customer: Customer,
    Body(request): Body<RecipientLookup>,
) -> Result<Json<RecipientInfo>, ApiError> {
    // Counted in a transaction of its own: a number nobody has tells as much as one somebody has, so a lookup the
    // bank refuses still counts.
    let (now_ms, user_id) = (state.clock.now_ms(), customer.user_id.clone());
    state.db.tx(move |tx| crate::lookup_limit::count(tx, &user_id, now_ms)).await?;
    state.db.tx(move |tx| transfers::lookup(tx, &customer.user_id, &request)).await.map(Json)
}

/// `POST /v1/transfer-codes`: sends the SMS code of an interbank transfer to the payer's own phone. Idempotent by
/// the `Idempotency-Key` header: a retry gets the first answer and sends no second SMS.
pub async fn request_transfer_code(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Body(request): Body<NewTransferCode>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash("POST /v1/transfer-codes", &request);
    let (now, now_ms) = (state.clock.now(), state.clock.now_ms());
    let result = state
        .db
        .tx(move |tx| {
            idempotency::once(tx, &customer.user_id, &key, &hash, now_ms, |tx| {
                let sent = transfers::request_code(tx, &customer.user_id, &request, now)?;
                // The sandbox's stand-in for an SMS gateway: the code goes to its log, the text to GET /dev/sms.
                println!("{}", sent.log_line);
                Ok(sent.answer)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

/// `POST /v1/transfer-codes/{id}/verify`: checks the typed code; wrong codes count even though the request fails.
pub async fn verify_transfer_code(
    State(state): State<AppState>,
    customer: Customer,
    Path(confirmation_id): Path<String>,
    Body(check): Body<TransferCodeCheck>,
) -> Result<Json<TransferCodeVerified>, ApiError> {
    let now = state.clock.now();
    let outcome =
        state.db.tx(move |tx| transfers::verify(tx, &customer.user_id, &confirmation_id, &check, now)).await?;
    outcome.map(Json)
}

/// `POST /v1/operations/{id}/cancel`.
pub async fn cancel(
    State(state): State<AppState>,
    customer: Customer,
    Path(operation_id): Path<String>,
) -> Result<Json<Operation>, ApiError> {
    let now = state.clock.now();
    state.db.tx(move |tx| banking::cancel(tx, &customer.user_id, &operation_id, now)).await.map(Json)
}

/// `GET /v1/keys`.
pub async fn keys(State(state): State<AppState>) -> Json<BankKeys> {
    Json(BankKeys { keys: vec![state.signer.bank_key()] })
}
