//! `/v1/payment-requests`: «Разделить чек» — a customer asks someone to pay an amount.
//!
//! - A request names the requester's account, the amount (fixed) in the account's currency, an optional comment
//!   (at most [`COMMENT_MAX_UNITS`] UTF-16 units, trimmed: it goes into the code) and, optionally, the payer's
//!   number. A payer whose number is a customer of this bank sees it in their app (`in_wallet`, read at every
//!   answer); anyone else gets the link the requester shares.
//! - The link is a dynamic `p2p` ELQR code of the requester's account ([`crate::elqr::person_link`]): the amount
//!   fixed, the comment, the requester's name as others see it («Айгуль А.», cut to 25 units) and the request id as
//!   its transaction id. It is recorded in `qr_transactions` with no end, so paying it is the ordinary once-only
//!   payment of a dynamic code (`qr_pay`): nothing here moves money.
//! - The status is derived, never stored twice: `cancelled` when the requester cancelled it; `paid` while a payment
//!   holds its code (`qr_transactions.operation_id`, `paid_at` = that operation's creation); else `open`. A payment
//!   cancelled later releases the code (`qr_pay::release`), and the request is open again.
//! - Only the requester cancels (an open one; a cancelled one again is answered unchanged; a paid one is
//!   `request_paid`) or reminds (an open one: `reminders` + 1 and `reminded_at`, which the payer sees). A cancelled
//!   request's link is refused when paid or quoted ([`check_code`]). A reminded payer who is a customer here hears
//!   `request_reminder`; the requester hears `request_paid` when the paying operation is executed (`banking`).
//! - Nothing here logs: requests carry numbers and names.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use rusqlite::{OptionalExtension, Row, Transaction, params};
use time::OffsetDateTime;
use wallet_formats::elqr::{CodeKind, ElqrCode};
use wallet_protocol::ErrorCode;
use wallet_protocol::notifications::{BankEvent, BankEventKind};
use wallet_protocol::requests::{NewPaymentRequest, PaymentRequest, PaymentRequestList, PaymentRequestStatus};

use crate::AppState;
use crate::banking::{self, parse_time, rfc3339};
use crate::elqr::{self, COMMENT_MAX_UNITS};
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::idempotency;
use crate::notifications;
use crate::phone::{is_served_mobile, masked, shown_person};
use crate::qr_pay::{self, OWN_PROVIDER, PERSON_SERVICE};

fn ms(at: OffsetDateTime) -> i64 {
    i64::try_from(at.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

fn no_such_request() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such payment request of yours")
}

fn invalid_phone(message: &str) -> ApiError {
    ApiError::unprocessable(ErrorCode::InvalidPhone, message.to_owned())
}

/// The comment as it goes into the code: trimmed, `None` when nothing is left, refused over
/// [`COMMENT_MAX_UNITS`] UTF-16 units.
pub fn checked_comment(comment: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(comment) = comment.map(str::trim).filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    crate::free_text::check("comment", Some(comment))?;
    if comment.encode_utf16().count() > COMMENT_MAX_UNITS {
        return Err(ApiError::bad_request(format!(
            "the comment is longer than {COMMENT_MAX_UNITS} characters (UTF-16 units): it goes into the payment code"
        )));
    }
    Ok(Some(comment.to_owned()))
}

/// One request with its status, as its requester and its payer see it.
fn select(condition: &str) -> String {
    format!(
        "SELECT r.request_id, r.requester_name, r.payer_phone, r.amount_minor, r.currency, r.comment, r.link,
            r.created_at, r.cancelled_at, r.reminders, r.reminded_at, q.operation_id, o.created_at,
            EXISTS (SELECT 1 FROM users u WHERE u.phone = r.payer_phone)
         FROM payment_requests r
         LEFT JOIN qr_transactions q ON q.provider_id = '{OWN_PROVIDER}' AND q.transaction_id = r.request_id
         LEFT JOIN operations o ON o.operation_id = q.operation_id
         WHERE {condition}"
    )
}

/// Newest first; requests made in the same millisecond in the order they were made.
const NEWEST_FIRST: &str = "ORDER BY r.created_ms DESC, r.rowid DESC";

fn request_of(row: &Row<'_>) -> rusqlite::Result<PaymentRequest> {
    let time = |index: usize| -> rusqlite::Result<Option<OffsetDateTime>> {
        row.get::<_, Option<String>>(index)?.as_deref().map(parse_time).transpose()
    };
    let payer_phone: Option<String> = row.get(2)?;
    let cancelled = row.get::<_, Option<String>>(8)?.is_some();
    let paying_operation: Option<String> = row.get(11)?;
    let (status, paid_at) = match (cancelled, paying_operation) {
        (true, _) => (PaymentRequestStatus::Cancelled, None),
        (false, Some(_)) => (PaymentRequestStatus::Paid, time(12)?),
        (false, None) => (PaymentRequestStatus::Open, None),
    };
    Ok(PaymentRequest {
        request_id: row.get(0)?,
        requester_name: row.get(1)?,
        payer_phone_masked: payer_phone.as_deref().map(masked),
        in_wallet: row.get(13)?,
        amount_minor: row.get(3)?,
        currency: row.get(4)?,
        comment: row.get(5)?,
        status,
        link: row.get(6)?,
        created_at: parse_time(&row.get::<_, String>(7)?)?,
        paid_at,
        reminders: row.get(9)?,
        reminded_at: time(10)?,
    })
}

/// `user_id`'s request `request_id`; anyone else's, and one that does not exist, is `404 not_found`.
fn mine(tx: &Transaction<'_>, user_id: &str, request_id: &str) -> Result<PaymentRequest, ApiError> {
    tx.query_row(&select("r.request_id = ?1 AND r.user_id = ?2"), params![request_id, user_id], request_of)
        .optional()?
        .ok_or_else(no_such_request)
}

/// Makes a request of `user_id`: checks it, builds its link, records the link's code as payable once.
pub fn make(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &NewPaymentRequest,
    now: OffsetDateTime,
) -> Result<PaymentRequest, ApiError> {
    banking::check_amount(request.amount_minor)?;
    banking::payer_account(tx, user_id, &request.account_id, &request.currency)?;
    let comment = checked_comment(request.comment.as_deref())?;
    let (own_phone, own_name): (String, Option<String>) =
        tx.query_row("SELECT phone, display_name FROM users WHERE user_id = ?1", [user_id], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
    if let Some(payer) = &request.payer_phone {
        if !is_served_mobile(payer) {
            return Err(invalid_phone("expected a Kyrgyz (+996) or Kazakh (+7 7…) mobile number in E.164"));
        }
        if *payer == own_phone {
            return Err(invalid_phone("this is your own number: you cannot ask yourself to pay"));
        }
    }
    let requester_name = shown_person(own_name.as_deref(), &own_phone);
    let request_id = uuid::Uuid::new_v4().simple().to_string();
    let amount = u64::try_from(request.amount_minor).map_err(|_| ApiError::internal("a checked amount is negative"))?;
    let dynamic = elqr::Dynamic { amount_minor: amount, transaction_id: &request_id, comment: comment.as_deref() };
    let link = elqr::person_link(&request.account_id, &requester_name, &request.currency, dynamic)
        .map_err(|e| ApiError::internal(format!("the payment request's code does not build: {e}")))?;
    qr_pay::issue(tx, &request_id, None)?;
    tx.execute(
        "INSERT INTO payment_requests (request_id, user_id, account_id, payer_phone, amount_minor, currency, comment,
            requester_name, link, created_at, created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            request_id,
            user_id,
            request.account_id,
            request.payer_phone,
            request.amount_minor,
            request.currency,
            comment,
            requester_name,
            link,
            rfc3339(now),
            ms(now),
        ],
    )?;
    mine(tx, user_id, &request_id)
}

/// The requests `user_id` made, and those made to their number; newest first.
pub fn list(tx: &Transaction<'_>, user_id: &str) -> Result<PaymentRequestList, ApiError> {
    let sent = tx
        .prepare(&format!("{} {NEWEST_FIRST}", select("r.user_id = ?1")))?
        .query_map([user_id], request_of)?
        .collect::<Result<Vec<_>, _>>()?;
    let received = tx
        .prepare(&format!("{} {NEWEST_FIRST}", select("r.payer_phone = (SELECT phone FROM users WHERE user_id = ?1)")))?
        .query_map([user_id], request_of)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PaymentRequestList { sent, received })
}

fn paid_already() -> ApiError {
    ApiError::new(StatusCode::CONFLICT, ErrorCode::RequestPaid, "the payment request was paid already")
}

/// Cancels `user_id`'s open request: its link stops paying. A cancelled one is answered as it is.
pub fn cancel(
    tx: &Transaction<'_>,
    user_id: &str,
    request_id: &str,
    now: OffsetDateTime,
) -> Result<PaymentRequest, ApiError> {
    let current = mine(tx, user_id, request_id)?;
    match current.status {
        PaymentRequestStatus::Cancelled => Ok(current),
        PaymentRequestStatus::Paid => Err(paid_already()),
        PaymentRequestStatus::Open => {
            tx.execute(
                "UPDATE payment_requests SET cancelled_at = ?1 WHERE request_id = ?2",
                params![rfc3339(now), request_id],
            )?;
            mine(tx, user_id, request_id)
        }
    }
}

/// Reminds the payer of `user_id`'s open request: one more reminder, at `now`; a payer who is a customer here hears
/// of it (`request_reminder`).
pub fn remind(
    tx: &Transaction<'_>,
    user_id: &str,
    request_id: &str,
    now: OffsetDateTime,
) -> Result<PaymentRequest, ApiError> {
    let current = mine(tx, user_id, request_id)?;
    match current.status {
        PaymentRequestStatus::Paid => Err(paid_already()),
        PaymentRequestStatus::Cancelled => Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::RequestCancelled,
            "the payment request was cancelled: there is nothing to remind of",
        )),
        PaymentRequestStatus::Open => {
            tx.execute(
                "UPDATE payment_requests SET reminders = reminders + 1, reminded_at = ?1 WHERE request_id = ?2",
                params![rfc3339(now), request_id],
            )?;
            let payer: Option<String> = tx
                .query_row(
                    "SELECT u.user_id FROM payment_requests r JOIN users u ON u.phone = r.payer_phone
                     WHERE r.request_id = ?1",
                    [request_id],
                    |row| row.get(0),
                )
                .optional()?;
            if let Some(payer) = payer {
                let reminder = BankEvent {
                    request_id: Some(current.request_id.clone()),
                    amount_minor: Some(current.amount_minor),
                    currency: Some(current.currency.clone()),
                    counterparty_name: Some(current.requester_name.clone()),
                    ..notifications::event(BankEventKind::RequestReminder, now)
                };
                notifications::record(tx, &payer, &reminder)?;
            }
            mine(tx, user_id, request_id)
        }
    }
}

/// The checks a payment request adds to paying (or quoting) a code: when a dynamic code of this bank names a
/// request by its transaction id, the request must not be cancelled (`request_cancelled`), and the code must be
/// the request's own link — its account, `p2p`, the amount fixed, the currency — so that no other code can mark
/// the request paid (`qr_invalid`). Codes that name no request pass.
pub(crate) fn check_code(tx: &Transaction<'_>, code: &ElqrCode) -> Result<(), ApiError> {
    let provider = &code.provider;
    if code.kind != CodeKind::Dynamic || provider.provider_id != OWN_PROVIDER {
        return Ok(());
    }
    let Some(transaction_id) = provider.transaction_id.as_deref() else {
        return Ok(());
    };
    let found: Option<(String, i64, String, Option<String>)> = tx
        .query_row(
            "SELECT account_id, amount_minor, currency, cancelled_at FROM payment_requests WHERE request_id = ?1",
            [transaction_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .optional()?;
    let Some((account_id, amount_minor, currency, cancelled_at)) = found else {
        return Ok(());
    };
    if cancelled_at.is_some() {
        return Err(ApiError::unprocessable(
            ErrorCode::RequestCancelled,
            "the payment request was cancelled by who sent it: its link no longer pays",
        ));
    }
    let same = provider.service_code.as_deref() == Some(PERSON_SERVICE)
        && provider.recipient_id.as_deref() == Some(account_id.as_str())
        && provider.amount_editable != Some(true)
        && code.amount_minor.and_then(|a| i64::try_from(a).ok()) == Some(amount_minor)
        && qr_pay::currency_of(&code.currency) == Some(currency.as_str());
    if !same {
        return Err(ApiError::unprocessable(
            ErrorCode::QrInvalid,
            "the code names a payment request but is not the request's link",
        ));
    }
    Ok(())
}

/// `POST /v1/payment-requests`: `201` with the request. Idempotent by the `Idempotency-Key` header.
pub async fn create(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Body(request): Body<NewPaymentRequest>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash("POST /v1/payment-requests", &request);
    let now = state.clock.now();
    let result = state
        .db
        .tx(move |tx| {
            idempotency::once(tx, &customer.user_id, &key, &hash, ms(now), |tx| {
                make(tx, &customer.user_id, &request, now)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

/// `GET /v1/payment-requests`.
pub async fn requests(State(state): State<AppState>, customer: Customer) -> Result<Json<PaymentRequestList>, ApiError> {
    state.db.tx(move |tx| list(tx, &customer.user_id)).await.map(Json)
}

/// `POST /v1/payment-requests/{id}/cancel`: idempotent by nature (cancelling again answers the same).
pub async fn cancel_request(
    State(state): State<AppState>,
    customer: Customer,
    Path(request_id): Path<String>,
) -> Result<Json<PaymentRequest>, ApiError> {
    let now = state.clock.now();
    state.db.tx(move |tx| cancel(tx, &customer.user_id, &request_id, now)).await.map(Json)
}

/// `POST /v1/payment-requests/{id}/remind`: `200` with the request. Idempotent by the `Idempotency-Key` header: a
/// retry counts no second reminder.
pub async fn remind_request(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Path(request_id): Path<String>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash(&format!("POST /v1/payment-requests/{request_id}/remind"), &());
    let now = state.clock.now();
    let result = state
        .db
        .tx(move |tx| {
            idempotency::once_as(tx, &customer.user_id, &key, &hash, ms(now), StatusCode::OK, |tx| {
                remind(tx, &customer.user_id, &request_id, now)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_trimmed_and_limited_to_32_utf16_units() {
        assert_eq!(checked_comment(None).ok(), Some(None));
        assert_eq!(checked_comment(Some("   ")).ok(), Some(None));
        assert_eq!(checked_comment(Some("  Ужин  ")).ok(), Some(Some("Ужин".to_owned())));
        let exactly = "ж".repeat(32);
        assert_eq!(checked_comment(Some(&format!(" {exactly} "))).ok(), Some(Some(exactly.clone())));
        let over = checked_comment(Some(&format!("{exactly}ж"))).err().map(|e| (e.status, e.body.code));
        assert_eq!(over, Some((StatusCode::BAD_REQUEST, ErrorCode::BadRequest)));
        // 16 emoji are 32 units; one more is over.
        assert!(checked_comment(Some(&"😀".repeat(16))).is_ok());
        assert!(checked_comment(Some(&"😀".repeat(17))).is_err());
    }
}
