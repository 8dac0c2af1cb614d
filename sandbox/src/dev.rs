//! `/dev`: what only the sandbox has — the SMS codes it "sent" (sign-in and interbank transfer codes), fault
//! injection, its clock, top-ups, the demo merchants' payment links, and rejecting an accepted payment. (The pushes
//! it "sent" are `notifications::dev_pushes`.) A real bank has none of this.

use std::time::Duration;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use wallet_protocol::ErrorCode;
use wallet_protocol::operations::Operation;

use crate::AppState;
use crate::banking;
use crate::elqr;
use crate::error::ApiError;
use crate::extract::Body;
use crate::faults::FaultPlan;
use crate::qr_pay;

#[derive(Deserialize)]
pub struct SmsQuery {
    phone: String,
    /// `sign_in`, `transfer` or `card` (a card issuer's 3-D Secure code): the newest SMS of that kind only.
    kind: Option<String>,
}

/// An SMS the sandbox "sent".
#[derive(Serialize)]
pub struct SentCode {
    /// The sign-in challenge's id, the transfer confirmation's, or the card top-up's.
    pub challenge_id: String,
    pub code: String,
    /// `sign_in`, `transfer` or `card`.
    pub kind: String,
    /// The whole text, as the customer reads it (transfer codes: the amount and the recipient; card codes: the
    /// amount charged and the card).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// `GET /dev/sms?phone=+996…[&kind=sign_in|transfer|card]`: the newest code sent to the phone — a sign-in code,
/// an interbank transfer's code with its text, or a card issuer's 3-D Secure code with its text.
pub async fn sms(State(state): State<AppState>, Query(query): Query<SmsQuery>) -> Result<Json<SentCode>, ApiError> {
    if query.kind.as_deref().is_some_and(|kind| !matches!(kind, "sign_in" | "transfer" | "card")) {
        return Err(ApiError::bad_request("kind is sign_in, transfer or card"));
    }
    state
        .db
        .tx(move |tx| {
            Ok(tx
                .query_row(
                    // Ties in the same millisecond (the tests' clock stands still): the later row of its table,
                    // and a transfer code before a sign-in code (one signs in before transferring).
                    "SELECT id, code, kind, text FROM (
                         SELECT challenge_id AS id, code, 'sign_in' AS kind, NULL AS text, created_ms, 0 AS rank, rowid AS seq
                         FROM sms_challenges WHERE phone = ?1
                         UNION ALL
                         SELECT confirmation_id, code, 'transfer', sms_text, created_ms, 1, rowid
                         FROM transfer_codes WHERE payer_phone = ?1
                         UNION ALL
                         SELECT topup_id, code, 'card', sms_text, created_ms, 2, rowid
                         FROM card_topups WHERE payer_phone = ?1
                     )
                     WHERE ?2 IS NULL OR kind = ?2 ORDER BY created_ms DESC, rank DESC, seq DESC LIMIT 1",
                    params![query.phone, query.kind],
                    |row| {
                        Ok(SentCode {
                            challenge_id: row.get(0)?,
                            code: row.get(1)?,
                            kind: row.get(2)?,
                            text: row.get(3)?,
                        })
                    },
                )
                .optional()?)
        })
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no code was sent to this phone"))
}

pub async fn get_faults(State(state): State<AppState>) -> Json<FaultPlan> {
    Json(state.faults.plan())
}

pub async fn put_faults(State(state): State<AppState>, Body(plan): Body<FaultPlan>) -> Json<FaultPlan> {
    state.faults.set(plan);
    Json(state.faults.plan())
}

#[derive(Deserialize)]
pub struct ClockAdvance {
    seconds: u64,
}

/// `POST /dev/clock {"seconds": n}`: moves the sandbox's clock forward (code lifetimes, execution delays,
/// identification reviews).
pub async fn advance_clock(
    State(state): State<AppState>,
    Body(advance): Body<ClockAdvance>,
) -> Result<StatusCode, ApiError> {
    if advance.seconds > MAX_CLOCK_ADVANCE_SECONDS {
        return Err(ApiError::bad_request("seconds: at most 3 153 600 000 (a hundred years) at a time"));
    }
    state.clock.advance(Duration::from_secs(advance.seconds));
    Ok(StatusCode::NO_CONTENT)
}

/// The farthest one `/dev/clock` moves the clock: a hundred years, well inside the dates the bank can write.
pub const MAX_CLOCK_ADVANCE_SECONDS: u64 = 100 * 365 * 24 * 3600;

#[derive(Deserialize)]
pub struct TopUp {
    phone: String,
    amount_minor: i64,
}

/// `POST /dev/top-up {"phone": …, "amount_minor": …}`: money arrives on the customer's account.
pub async fn top_up(State(state): State<AppState>, Body(request): Body<TopUp>) -> Result<StatusCode, ApiError> {
    let now = state.clock.now();
    state
        .db
        .tx(move |tx| {
            let account: Option<String> = tx
                .query_row(
                    "SELECT a.account_id FROM accounts a JOIN users u ON u.user_id = a.user_id WHERE u.phone = ?1",
                    params![request.phone],
                    |row| row.get(0),
                )
                .optional()?;
            let account =
                account.ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such customer"))?;
            banking::top_up(tx, now, &account, request.amount_minor)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize)]
pub struct Merchant {
    pub merchant_id: String,
    pub name: String,
    pub currency: String,
    pub elqr_link: String,
}

/// `GET /dev/merchants`: the demo merchants and their static payment links.
pub async fn merchants(State(state): State<AppState>) -> Result<Json<Vec<Merchant>>, ApiError> {
    state
        .db
        .tx(|tx| {
            let mut statement =
                tx.prepare("SELECT merchant_id, name, currency, elqr_link FROM merchants ORDER BY merchant_id")?;
            let merchants = statement
                .query_map([], |row| {
                    Ok(Merchant {
                        merchant_id: row.get(0)?,
                        name: row.get(1)?,
                        currency: row.get(2)?,
                        elqr_link: row.get(3)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(merchants)
        })
        .await
        .map(Json)
}

#[derive(Deserialize)]
pub struct DynamicRequest {
    amount_minor: u64,
    /// How long the code may be paid; 15 minutes when not given, at most a day.
    ttl_seconds: Option<u64>,
    comment: Option<String>,
}

#[derive(Serialize)]
pub struct DynamicCode {
    pub link: String,
    pub transaction_id: String,
    pub expires_at: String,
}

/// `POST /dev/merchants/{id}/dynamic {"amount_minor": …, "ttl_seconds": …}`: what a merchant's till shows — a
/// dynamic code for one purchase, payable once, until it expires.
pub async fn dynamic_link(
    State(state): State<AppState>,
    Path(merchant_id): Path<String>,
    Body(request): Body<DynamicRequest>,
) -> Result<Json<DynamicCode>, ApiError> {
    let now = state.clock.now();
    // At most a day: a till's code is for one purchase.
    let ttl = time::Duration::seconds(request.ttl_seconds.unwrap_or(900).min(86_400) as i64);
    state
        .db
        .tx(move |tx| {
            let merchant: Option<(String, String, String)> = tx
                .query_row("SELECT name, mcc, currency FROM merchants WHERE merchant_id = ?1", [&merchant_id], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })
                .optional()?;
            let (name, mcc, currency) = merchant
                .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such merchant"))?;
            let transaction_id = uuid::Uuid::new_v4().simple().to_string();
            let dynamic = elqr::Dynamic {
                amount_minor: request.amount_minor,
                transaction_id: &transaction_id,
                comment: request.comment.as_deref(),
            };
            let link = elqr::merchant_link(&merchant_id, &name, &mcc, &currency, Some(dynamic))
                .map_err(|e| ApiError::bad_request(format!("the code does not build: {e}")))?;
            let expires = now + ttl;
            qr_pay::issue(tx, &transaction_id, Some((expires.unix_timestamp_nanos() / 1_000_000) as i64))?;
            Ok(DynamicCode { link, transaction_id, expires_at: banking::rfc3339(expires) })
        })
        .await
        .map(Json)
}

#[derive(Deserialize)]
pub struct Rejection {
    /// Why, as the payer's operation will say (`rejection`); `recipient_not_found` when not given.
    #[serde(default)]
    code: Option<ErrorCode>,
}

/// `POST /dev/operations/{id}/reject {"code": …}`: the bank's checks (or the other bank) refuse an accepted payment,
/// as a real bank's may after accepting it: the hold is released and the payer hears `operation_rejected`. Answers
/// the operation as the payer sees it.
pub async fn reject_operation(
    State(state): State<AppState>,
    Path(operation_id): Path<String>,
    Body(rejection): Body<Rejection>,
) -> Result<Json<Operation>, ApiError> {
    let now = state.clock.now();
    let code = rejection.code.unwrap_or(ErrorCode::RecipientNotFound);
    state.db.tx(move |tx| banking::reject(tx, &operation_id, code, now)).await.map(Json)
}
