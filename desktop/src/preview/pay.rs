//! Paying by QR in the preview: a picture of a code from the "gallery" (its bytes, as the photo upload sends them),
//! the sandbox's demo merchants with their static codes and their tills' dynamic ones, and any link drawn as a QR
//! picture (SVG or PNG) to download and choose from the gallery again. Nothing here logs what a code says.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use wallet_core::Event;
use wallet_core::features::pay::PayEvent;
use wallet_core::payments::qr_image::{self, MAX_MODULE_PX, QrImageError};

use super::Preview;
use super::api::{ApiError, PHOTO_BODY_LIMIT, TargetPhone, dispatch};
use super::devices::Devices;

/// The most a picture of a code may carry: the photos' limit, above the core's own (8 MiB), so the core refuses a
/// larger picture with its message rather than the server with a bare status.
pub const QR_IMAGE_BODY_LIMIT: usize = PHOTO_BODY_LIMIT;

/// `POST /api/devices/{device}/qr-image` with a picture's bytes as they are (PNG, JPEG, whatever the gallery gave)
/// as the body: the shell's `PayEvent::ScannedImage`. The core judges the bytes by their content and finds the code;
/// answers with the new view, as `events` does.
pub async fn qr_image(
    State(devices): State<Devices>,
    TargetPhone(phone): TargetPhone,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let bytes = body.map_err(|rejection| {
        ApiError::new(
            rejection.status(),
            "bad_qr_image",
            format!("the picture was not received: {}", rejection.body_text()),
        )
    })?;
    dispatch(&devices, &phone, Event::Pay(PayEvent::ScannedImage { bytes: bytes.to_vec() })).await
}

/// A demo merchant of the sandbox bank and its static code (the sticker at the till; the customer types the amount).
#[derive(Debug, Serialize, Deserialize)]
pub struct Merchant {
    pub merchant_id: String,
    pub name: String,
    pub currency: String,
    pub elqr_link: String,
}

/// What a till asks the bank for: a code for one purchase.
#[derive(Debug, Serialize, Deserialize)]
pub struct DynamicRequest {
    /// In tyiyn (or the merchant's currency's minor units), above zero.
    pub amount_minor: u64,
    /// How long the code may be paid; the sandbox's 15 minutes when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_seconds: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// The sandbox's answer to a till: the link to show as a code, and until when it may be paid.
#[derive(Debug, Serialize, Deserialize)]
pub struct DynamicCode {
    pub link: String,
    pub transaction_id: String,
    pub expires_at: String,
}

/// The sandbox's error body: its message is passed on.
#[derive(Deserialize)]
struct SandboxError {
    message: String,
}

/// Calls the sandbox's `/dev/{path}` and reads its JSON answer; a refusal comes back with the sandbox's message.
async fn sandbox_call<T: serde::de::DeserializeOwned>(
    preview: &Preview,
    method: Method,
    path: &str,
    json: Option<Bytes>,
) -> Result<T, ApiError> {
    let unavailable = |message: String| ApiError::new(StatusCode::BAD_GATEWAY, "bank_unavailable", message);
    let (status, body) = preview.bank.dev(method, path, json).await.map_err(unavailable)?;
    if !status.is_success() {
        let message = serde_json::from_slice::<SandboxError>(&body)
            .map(|error| error.message)
            .unwrap_or_else(|_| status.canonical_reason().unwrap_or("no reason given").to_owned());
        let status = if status.is_client_error() { status } else { StatusCode::BAD_GATEWAY };
        return Err(ApiError::new(status, "bank_refused", format!("the sandbox bank refused: {message}")));
    }
    serde_json::from_slice(&body)
        .map_err(|error| unavailable(format!("the sandbox bank's answer is unreadable: {error}")))
}

/// `GET /api/merchants`: the sandbox bank's demo merchants with their static payment links.
pub async fn merchants(State(preview): State<Preview>) -> Result<Json<Vec<Merchant>>, ApiError> {
    sandbox_call(&preview, Method::GET, "merchants", None).await.map(Json)
}

/// A merchant id as the sandbox makes them (`navat-cafe`): lowercase letters, digits and dashes.
fn valid_merchant_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `POST /api/merchants/{id}/dynamic {"amount_minor": 55600, "ttl_seconds": 900, "comment": "…"}`: what the
/// merchant's till shows for one purchase — a dynamic code with the amount fixed, payable once, until it expires.
pub async fn dynamic(
    State(preview): State<Preview>,
    Path(merchant_id): Path<String>,
    body: Result<Json<DynamicRequest>, JsonRejection>,
) -> Result<Json<DynamicCode>, ApiError> {
    if !valid_merchant_id(&merchant_id) {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "no_such_merchant", "no demo merchant has this id"));
    }
    let Json(request) = body.map_err(|rejection| {
        ApiError::new(
            rejection.status(),
            "bad_dynamic_request",
            format!(
                "send {{\"amount_minor\": …, \"ttl_seconds\": …, \"comment\": …}} as JSON: {}",
                rejection.body_text()
            ),
        )
    })?;
    if request.amount_minor == 0 {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "bad_dynamic_request", "amount_minor must be above zero"));
    }
    let json = serde_json::to_vec(&request)
        .map(Bytes::from)
        .map_err(|error| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "bad_dynamic_request", error.to_string()))?;
    sandbox_call(&preview, Method::POST, &format!("merchants/{merchant_id}/dynamic"), Some(json)).await.map(Json)
}

#[derive(Deserialize)]
pub struct QrQuery {
    text: String,
    /// The PNG's pixels per module; 8 when not given.
    module_px: Option<u32>,
}

fn qr_query(query: Result<Query<QrQuery>, QueryRejection>) -> Result<QrQuery, ApiError> {
    let Query(query) = query.map_err(|rejection| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_qr_text",
            format!("say what to draw: ?text=…: {}", rejection.body_text()),
        )
    })?;
    if query.text.is_empty() {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "bad_qr_text", "the text to draw is empty"));
    }
    Ok(query)
}

fn qr_error(error: QrImageError) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "bad_qr_text", format!("no QR picture: {error}"))
}

/// `GET /api/qr.svg?text=…`: the text as a QR code (level M, with its quiet zone), as `wallet qr render` draws it.
pub async fn qr_svg(query: Result<Query<QrQuery>, QueryRejection>) -> Result<Response, ApiError> {
    let svg = qr_image::svg(&qr_query(query)?.text).map_err(qr_error)?;
    Ok(([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "no-store")], svg).into_response())
}

/// `GET /api/qr.png?text=…&module_px=8`: the same code as a PNG, e.g. to choose from the "gallery".
pub async fn qr_png(query: Result<Query<QrQuery>, QueryRejection>) -> Result<Response, ApiError> {
    let query = qr_query(query)?;
    let module_px = query.module_px.unwrap_or(8);
    if !(1..=MAX_MODULE_PX).contains(&module_px) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_qr_text",
            format!("module_px is 1 to {MAX_MODULE_PX}, not {module_px}"),
        ));
    }
    let png = qr_image::png(&query.text, module_px).map_err(qr_error)?;
    Ok(([(header::CONTENT_TYPE, "image/png"), (header::CACHE_CONTROL, "no-store")], png).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merchant_ids_cannot_leave_the_merchants_path() {
        assert!(valid_merchant_id("navat-cafe"));
        for id in ["", "../sms", "a/b", "a?b=1", "Navat", "кафе", &"a".repeat(65)] {
            assert!(!valid_merchant_id(id), "{id}");
        }
    }
}
