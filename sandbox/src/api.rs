//! The `/v1` routes for a signed-in customer: profile, accounts, operations and the bank's keys.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use wallet_protocol::accounts::Accounts;
use wallet_protocol::operations::{MAX_PAGE, NewOperation, Operation, OperationChanges};
use wallet_protocol::profile::Profile;
use wallet_protocol::receipts::BankKeys;
use wallet_protocol::{ErrorCode, IDEMPOTENCY_KEY_HEADER};

use crate::AppState;
use crate::banking;
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::idempotency::{self, Prior};

pub async fn profile(State(state): State<AppState>, customer: Customer) -> Result<Json<Profile>, ApiError> {
    state.db.tx(move |tx| banking::profile(tx, &customer.user_id)).await.map(Json)
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
    let limit = query.limit.unwrap_or(100).clamp(1, MAX_PAGE);
    state.db.tx(move |tx| banking::changes(tx, &customer.user_id, cursor, limit)).await.map(Json)
}

/// `POST /v1/operations`: idempotent by the `Idempotency-Key` header.
pub async fn create_operation(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Body(request): Body<NewOperation>,
) -> Result<Response, ApiError> {
    let key = headers
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|value| value.to_str().ok())
        .filter(|key| (1..=255).contains(&key.len()))
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorCode::IdempotencyKeyMissing,
                "send an Idempotency-Key of 1 to 255 characters",
            )
        })?
        .to_owned();
    let hash = idempotency::request_hash("POST /v1/operations", &request);
    let (signer, now, now_ms) = (state.signer.clone(), state.clock.now(), state.clock.now_ms());
    let delay_ms = state.config.execution_delay.as_millis() as i64;
    let (status, body) = state
        .db
        .tx(move |tx| {
            match idempotency::lookup(tx, &customer.user_id, &key, &hash)? {
                Prior::Replay { status, body } => return Ok((status, body)),
                Prior::Mismatch => {
                    return Err(ApiError::unprocessable(
                        ErrorCode::IdempotencyKeyReused,
                        "this Idempotency-Key was used for another request",
                    ));
                }
                Prior::None => {}
            }
            // A refusal is stored and replayed like a success, and must leave nothing else behind.
            tx.execute_batch("SAVEPOINT operation")?;
            let (status, body) = match banking::create(tx, &signer, now, delay_ms, &customer.user_id, &request, &key) {
                Ok(operation) => {
                    tx.execute_batch("RELEASE operation")?;
                    (StatusCode::CREATED.as_u16(), to_json(&operation)?)
                }
                Err(refusal) if refusal.status.is_client_error() => {
                    tx.execute_batch("ROLLBACK TO operation; RELEASE operation")?;
                    (refusal.status.as_u16(), to_json(&refusal.body)?)
                }
                Err(failure) => return Err(failure),
            };
            idempotency::store(tx, &customer.user_id, &key, &hash, status, &body, now_ms)?;
            Ok((status, body))
        })
        .await?;
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    Ok((status, [(header::CONTENT_TYPE, "application/json")], body).into_response())
}

fn to_json(value: &impl serde::Serialize) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::internal(format!("encoding: {e}")))
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
