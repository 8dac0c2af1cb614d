//! `/v1/kyc`: identification online. The customer uploads three photos (`POST /v1/kyc/documents`), sends the
//! application that names them (`POST /v1/kyc/applications`), and reads its state
//! (`GET /v1/kyc/applications/{id}`) until the bank has decided. The bank decides once `kyc_review_delay` of the
//! sandbox's clock has passed since submission: when anything of the customer's is read (the application, the
//! profile, the events, a new operation) and in the server's background tick; the customer hears `kyc_decided`. The
//! rules are in [`crate::kyc`], given what the bank knows of the customer (their name and sex).
//!
//! Photos and applications stay in the database after the decision, as a bank keeps them; a new application
//! (after a rejection or a request to resubmit) may name documents uploaded before. Nothing here is logged.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::de::DeserializeOwned;
use time::OffsetDateTime;
use wallet_formats::Sex;
use wallet_protocol::ErrorCode;
use wallet_protocol::kyc::{
    DocumentAccepted, DocumentKind, DocumentUpload, KycApplication, KycApplicationState, KycItem, KycReason,
};
use wallet_protocol::notifications::{BankEvent, BankEventKind};
use wallet_protocol::profile::KycStatus;

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::idempotency;
use crate::kyc::{self, Decision, KnownCustomer, KnownName};
use crate::kyc_documents::{self, MAX_DOCUMENT_BASE64, check_document};
use crate::notifications;
use crate::wire::{from_wire, wire_name};

/// The body limit of `POST /v1/kyc/documents` (axum's default is 2 MB): 12 MiB, the base64 of the largest photo
/// (about 10.7 MiB) and room for the JSON around it.
pub const DOCUMENT_BODY_LIMIT: usize = 12 * 1024 * 1024;
const _: () = assert!(DOCUMENT_BODY_LIMIT > MAX_DOCUMENT_BASE64 + 64 * 1024);

/// `POST /v1/kyc/documents`: idempotent by the `Idempotency-Key` header.
pub async fn upload_document(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::DocumentInvalid, "the photo is larger than 8 MiB")
        } else {
            ApiError::bad_request("unreadable body")
        }
    })?;
    let upload: DocumentUpload = json_of(&body)?;
    drop(body);
    let hash = idempotency::request_hash("POST /v1/kyc/documents", &upload);
    let now_ms = state.clock.now_ms();
    let result = state
        .db
        .tx(move |tx| {
            idempotency::once(tx, &customer.user_id, &key, &hash, now_ms, |tx| {
                store_document(tx, &customer.user_id, &upload, now_ms)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

fn json_of<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|e| ApiError::bad_request(format!("malformed JSON: {e}")))
}

fn store_document(
    tx: &Transaction<'_>,
    user_id: &str,
    upload: &DocumentUpload,
    now_ms: i64,
) -> Result<DocumentAccepted, ApiError> {
    let bytes = check_document(upload)?;
    kyc_documents::within_quota(tx, user_id, bytes.len(), now_ms)?;
    let document_id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO kyc_documents (document_id, user_id, kind, content_type, bytes, created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![document_id, user_id, wire_name(&upload.kind)?, upload.content_type, bytes, now_ms],
    )?;
    Ok(DocumentAccepted { document_id })
}

/// `POST /v1/kyc/applications`: idempotent by the `Idempotency-Key` header.
pub async fn submit_application(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Body(application): Body<KycApplication>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash("POST /v1/kyc/applications", &application);
    let (now, now_ms) = (state.clock.now(), state.clock.now_ms());
    let review_after_ms = now_ms.saturating_add(i64::try_from(state.config.kyc_review_delay.as_millis()).unwrap_or(0));
    let result = state
        .db
        .tx(move |tx| {
            // Whether an application is still in review depends on the reviews that are due.
            review_due(tx, Some(&customer.user_id), now)?;
            idempotency::once(tx, &customer.user_id, &key, &hash, now_ms, |tx| {
                submit(tx, &customer.user_id, &application, now_ms, review_after_ms)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

/// Checks and stores an application; the customer is then `in_review`. Refusals are 4xx errors.
pub fn submit(
    tx: &Transaction<'_>,
    user_id: &str,
    application: &KycApplication,
    now_ms: i64,
    review_after_ms: i64,
) -> Result<KycApplicationState, ApiError> {
    if let Some(field) = kyc::malformed_date(&application.passport) {
        return Err(ApiError::bad_request(format!("passport.{field} must be a date YYYY-MM-DD")));
    }
    crate::free_text::check_application(application)?;
    let already = |message: &str| ApiError::unprocessable(ErrorCode::KycAlreadySubmitted, message);
    let status: String =
        tx.query_row("SELECT kyc_status FROM users WHERE user_id = ?1", [user_id], |row| row.get(0))?;
    if status == "approved" {
        return Err(already("the customer is identified already"));
    }
    let in_review: i64 = tx.query_row(
        "SELECT COUNT(*) FROM kyc_applications WHERE user_id = ?1 AND status = 'in_review'",
        [user_id],
        |row| row.get(0),
    )?;
    if in_review > 0 {
        return Err(already("an application is in review"));
    }

    // What the answered application asked for again, and the documents it had.
    let answered = match &application.resubmits {
        None => None,
        Some(answered_id) => Some(answered(tx, user_id, answered_id)?),
    };

    let mut kinds = Vec::with_capacity(application.document_ids.len());
    for document_id in &application.document_ids {
        let kind: Option<String> = tx
            .query_row(
                "SELECT kind FROM kyc_documents WHERE document_id = ?1 AND user_id = ?2",
                params![document_id, user_id],
                |row| row.get(0),
            )
            .optional()?;
        let kind = kind.ok_or_else(|| {
            ApiError::unprocessable(ErrorCode::DocumentMissing, format!("the bank has no document {document_id}"))
        })?;
        kinds.push((from_wire::<DocumentKind>(&kind)?, document_id.as_str()));
    }
    let all = [DocumentKind::PassportFront, DocumentKind::PassportBack, DocumentKind::SelfieWithPassport];
    if kinds.len() != all.len() || !all.iter().all(|kind| kinds.iter().filter(|(k, _)| k == kind).count() == 1) {
        return Err(ApiError::unprocessable(
            ErrorCode::DocumentMissing,
            "an application names exactly one passport_front, one passport_back and one selfie_with_passport",
        ));
    }
    if let Some(answered) = &answered {
        for (kind, document_id) in &kinds {
            let asked_again = answered.items.contains(&item_of(*kind));
            if asked_again && answered.document_ids.iter().any(|old| old == document_id) {
                return Err(ApiError::unprocessable(
                    ErrorCode::DocumentMissing,
                    format!("the bank asked for a new {} photo", wire_name(kind)?),
                ));
            }
        }
    }

    let application_id = uuid::Uuid::new_v4().to_string();
    let stored = serde_json::to_string(application).map_err(|e| ApiError::internal(format!("encoding: {e}")))?;
    tx.execute(
        "INSERT INTO kyc_applications (application_id, user_id, application, status, resubmits, submitted_ms,
            review_after_ms)
         VALUES (?1, ?2, ?3, 'in_review', ?4, ?5, ?6)",
        params![application_id, user_id, stored, application.resubmits, now_ms, review_after_ms],
    )?;
    for (_, document_id) in &kinds {
        tx.execute(
            "INSERT INTO kyc_application_documents (application_id, document_id) VALUES (?1, ?2)",
            params![application_id, document_id],
        )?;
    }
    if let Some(answered_id) = &application.resubmits {
        tx.execute(
            "UPDATE kyc_applications SET superseded_by = ?1 WHERE application_id = ?2",
            params![application_id, answered_id],
        )?;
    }
    tx.execute("UPDATE users SET kyc_status = 'in_review' WHERE user_id = ?1", [user_id])?;
    Ok(KycApplicationState {
        application_id,
        status: KycStatus::InReview,
        reason: None,
        message: None,
        resubmit: Vec::new(),
    })
}

/// An application the bank sent back, as a resubmission sees it.
struct Answered {
    items: Vec<KycItem>,
    document_ids: Vec<String>,
}

/// The application `answered_id` of `user_id` when it asks for a resubmission not yet sent.
fn answered(tx: &Transaction<'_>, user_id: &str, answered_id: &str) -> Result<Answered, ApiError> {
    let found: Option<(String, Option<String>, Option<String>)> = tx
        .query_row(
            "SELECT status, resubmit, superseded_by FROM kyc_applications WHERE application_id = ?1 AND user_id = ?2",
            params![answered_id, user_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let (status, resubmit, superseded_by) = found.ok_or_else(|| {
        ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "`resubmits` names no application of yours")
    })?;
    if status != "resubmission_requested" || superseded_by.is_some() {
        return Err(ApiError::bad_request("the application named in `resubmits` does not wait for a resubmission"));
    }
    let items = match resubmit {
        Some(json) => {
            serde_json::from_str(&json).map_err(|_| ApiError::internal("a stored application is unreadable"))?
        }
        None => Vec::new(),
    };
    let document_ids = tx
        .prepare("SELECT document_id FROM kyc_application_documents WHERE application_id = ?1")?
        .query_map([answered_id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(Answered { items, document_ids })
}

fn item_of(kind: DocumentKind) -> KycItem {
    match kind {
        DocumentKind::PassportFront => KycItem::PassportFront,
        DocumentKind::PassportBack => KycItem::PassportBack,
        DocumentKind::SelfieWithPassport => KycItem::SelfieWithPassport,
    }
}

/// `GET /v1/kyc/applications/{id}`: the customer's own applications only.
pub async fn application_state(
    State(state): State<AppState>,
    customer: Customer,
    Path(application_id): Path<String>,
) -> Result<Json<KycApplicationState>, ApiError> {
    let now = state.clock.now();
    state
        .db
        .tx(move |tx| {
            review_due(tx, Some(&customer.user_id), now)?;
            load_state(tx, &customer.user_id, &application_id)
        })
        .await
        .map(Json)
}

fn load_state(tx: &Transaction<'_>, user_id: &str, application_id: &str) -> Result<KycApplicationState, ApiError> {
    type Stored = (String, Option<String>, Option<String>, Option<String>);
    let found: Option<Stored> = tx
        .query_row(
            "SELECT status, reason, message, resubmit FROM kyc_applications WHERE application_id = ?1 AND user_id = ?2",
            params![application_id, user_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .optional()?;
    let (status, reason, message, resubmit) =
        found.ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such application"))?;
    let resubmit = match resubmit {
        Some(json) => {
            serde_json::from_str(&json).map_err(|_| ApiError::internal("a stored application is unreadable"))?
        }
        None => Vec::new(),
    };
    Ok(KycApplicationState {
        application_id: application_id.to_owned(),
        status: from_wire(&status)?,
        reason: reason.as_deref().map(from_wire::<KycReason>).transpose()?,
        message,
        resubmit,
    })
}

/// What the bank knows of `user_id` to compare a passport with: the name it shows (`users.display_name`, the demo
/// customers') and the sex (`customer_particulars`).
fn known_customer(tx: &Transaction<'_>, user_id: &str) -> Result<KnownCustomer, ApiError> {
    let (display_name, sex): (Option<String>, Option<String>) = tx.query_row(
        "SELECT u.display_name, p.sex FROM users u LEFT JOIN customer_particulars p ON p.user_id = u.user_id
         WHERE u.user_id = ?1",
        [user_id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let sex = match sex.as_deref() {
        Some("female") => Some(Sex::Female),
        Some("male") => Some(Sex::Male),
        _ => None,
    };
    Ok(KnownCustomer { name: display_name.as_deref().and_then(KnownName::from_display_name), sex })
}

/// Decides every application in review whose time has come — of `user_id`, or of everyone. Returns how many.
/// The decision's date is the bank's date when the review fell due, however late it is read.
pub fn review_due(tx: &Transaction<'_>, user_id: Option<&str>, now: OffsetDateTime) -> Result<usize, ApiError> {
    let now_ms = i64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX);
    let due: Vec<(String, String, String, i64)> = tx
        .prepare(
            "SELECT application_id, user_id, application, review_after_ms FROM kyc_applications
             WHERE status = 'in_review' AND review_after_ms <= ?1 AND (?2 IS NULL OR user_id = ?2)",
        )?
        .query_map(params![now_ms, user_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for (application_id, owner, stored, review_after_ms) in &due {
        // Never the parser's message: it may quote the passport.
        let application: KycApplication =
            serde_json::from_str(stored).map_err(|_| ApiError::internal("a stored application is unreadable"))?;
        let due_at = OffsetDateTime::from_unix_timestamp_nanos(i128::from(*review_after_ms) * 1_000_000)
            .map_err(|_| ApiError::internal("a stored review time is out of range"))?;
        let known = known_customer(tx, owner)?;
        let (status, reason, message, items) = match kyc::review(&application, &known, kyc::bank_today(due_at)) {
            Decision::Approved => (KycStatus::Approved, None, None, Vec::new()),
            Decision::Rejected { reason, message } => (KycStatus::Rejected, Some(reason), Some(message), Vec::new()),
            Decision::Resubmit { items, reason, message } => {
                (KycStatus::ResubmissionRequested, Some(reason), Some(message), items)
            }
        };
        let decided = BankEvent { kyc_status: Some(status), ..notifications::event(BankEventKind::KycDecided, now) };
        notifications::record(tx, owner, &decided)?;
        let status = wire_name(&status)?;
        let resubmit = if items.is_empty() {
            None
        } else {
            Some(serde_json::to_string(&items).map_err(|e| ApiError::internal(format!("encoding: {e}")))?)
        };
        tx.execute(
            "UPDATE kyc_applications SET status = ?1, reason = ?2, message = ?3, resubmit = ?4, reviewed_ms = ?5
             WHERE application_id = ?6",
            params![status, reason.as_ref().map(wire_name).transpose()?, message, resubmit, now_ms, application_id],
        )?;
        tx.execute("UPDATE users SET kyc_status = ?1 WHERE user_id = ?2", params![status, owner])?;
    }
    Ok(due.len())
}
