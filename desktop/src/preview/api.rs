//! The preview's JSON API, which the page calls: views, events, a stream of views, restart and start over.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::{Stream, StreamExt, stream};
use serde::Serialize;
use tokio_stream::wrappers::BroadcastStream;
use wallet_core::Event;

use super::Preview;
use super::bank::BankStatus;
use super::cookie::SessionId;
use super::devices::{DeviceError, Devices, Phone};

/// An error as the page shows it: a stable code and a message for people.
#[derive(Debug, Serialize)]
pub struct ApiError {
    #[serde(skip)]
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self)).into_response()
    }
}

impl From<DeviceError> for ApiError {
    fn from(error: DeviceError) -> Self {
        let (status, code) = match error {
            DeviceError::BadName(_) => (StatusCode::NOT_FOUND, "no_such_phone"),
            DeviceError::TooMany => (StatusCode::TOO_MANY_REQUESTS, "too_many_phones"),
            DeviceError::Open(_) | DeviceError::Join(_) => (StatusCode::INTERNAL_SERVER_ERROR, "core_unavailable"),
        };
        ApiError { status, code, message: error.to_string() }
    }
}

/// The browser's first language (`Accept-Language: ky-KG,ru;q=0.8` → `ky-KG`), as a phone's device locale.
fn browser_locale(headers: &HeaderMap) -> String {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(',').next())
        .map(|tag| tag.split(';').next().unwrap_or("").trim().to_owned())
        .filter(|tag| !tag.is_empty())
        .unwrap_or_else(|| "ru".to_owned())
}

/// The browser's time zone, from the `X-UTC-Offset` header the page sends (minutes east of UTC); Bishkek's without.
fn browser_offset(headers: &HeaderMap) -> i32 {
    headers
        .get("x-utc-offset")
        .and_then(|value| value.to_str().ok()?.trim().parse::<i32>().ok())
        .filter(|minutes| (-14 * 60..=14 * 60).contains(minutes))
        .unwrap_or(360)
}

/// The phone a `/api/devices/{device}/…` request is about, in the request's browser session.
pub struct TargetPhone(Arc<Phone>);

impl FromRequestParts<Preview> for TargetPhone {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, preview: &Preview) -> Result<Self, Self::Rejection> {
        let devices = &preview.devices;
        let Path(name) = Path::<String>::from_request_parts(parts, preview).await.map_err(|rejection| ApiError {
            status: StatusCode::NOT_FOUND,
            code: "no_such_phone",
            message: rejection.body_text(),
        })?;
        let session = parts.extensions.get::<SessionId>().copied().ok_or(ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "no_session",
            message: "the request has no browser session".to_owned(),
        })?;
        let (locale, offset) = (browser_locale(&parts.headers), browser_offset(&parts.headers));
        Ok(TargetPhone(devices.phone(session, &name, &locale, offset)?))
    }
}

fn json_response(envelope: Arc<str>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], envelope.to_string()).into_response()
}

/// `GET /api/devices/{device}/view`: the phone's current view.
pub async fn view(State(devices): State<Devices>, TargetPhone(phone): TargetPhone) -> Result<Response, ApiError> {
    Ok(json_response(devices.with_core(&phone, |core| core.envelope()).await?))
}

/// `POST /api/devices/{device}/events` with an event as JSON: applies it and answers with the new view.
pub async fn event(
    State(devices): State<Devices>,
    TargetPhone(phone): TargetPhone,
    body: Bytes,
) -> Result<Response, ApiError> {
    let event: Event = serde_json::from_slice(&body).map_err(|error| ApiError {
        status: StatusCode::BAD_REQUEST,
        code: "bad_event",
        message: format!("not an event of the wallet: {error}"),
    })?;
    let applied = devices.with_core(&phone, |core| core.engine.dispatch(event).map(|()| core.envelope())).await?;
    match applied {
        Ok(envelope) => Ok(json_response(envelope)),
        Err(rejection) => {
            Err(ApiError { status: StatusCode::CONFLICT, code: "invalid_event", message: rejection.to_string() })
        }
    }
}

/// `GET /api/devices/{device}/stream`: server-sent events, one `view` event per new view, the current one first.
pub async fn stream(
    State(devices): State<Devices>,
    TargetPhone(phone): TargetPhone,
) -> Result<Sse<impl Stream<Item = Result<SseEvent, Infallible>>>, ApiError> {
    // Subscribe before reading the current view, so no view falls between the two.
    let later = BroadcastStream::new(phone.views.subscribe()).filter_map(|item| async move { item.ok() });
    let current = devices.with_core(&phone, |core| core.envelope()).await?;
    let views = stream::once(async move { current })
        .chain(later)
        .map(|json| Ok(SseEvent::default().event("view").data(&*json)));
    Ok(Sse::new(views).keep_alive(KeepAlive::default()))
}

/// `POST /api/devices/{device}/restart`: closes the phone's core and opens it again, as killing the app would.
pub async fn restart(State(devices): State<Devices>, TargetPhone(phone): TargetPhone) -> Result<Response, ApiError> {
    Ok(json_response(devices.restart(&phone).await?))
}

/// `GET /api/bank`: the sandbox bank's address and whether it is serving.
pub async fn bank_status(State(preview): State<Preview>) -> Json<BankStatus> {
    Json(preview.bank.status().await)
}

/// `POST /api/bank/stop`: the bank becomes unreachable, as when the network is down.
pub async fn stop_bank(State(preview): State<Preview>) -> Json<BankStatus> {
    preview.bank.stop().await;
    Json(preview.bank.status().await)
}

/// `POST /api/bank/start`: the bank serves again.
pub async fn start_bank(State(preview): State<Preview>) -> Result<Json<BankStatus>, ApiError> {
    preview.bank.resume().await.map_err(|error| ApiError {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        code: "bank_unavailable",
        message: error.to_string(),
    })?;
    Ok(Json(preview.bank.status().await))
}

/// `POST /api/session/reset`: deletes this browser's phones and their data, as a new install would start.
pub async fn reset(
    State(devices): State<Devices>,
    Extension(session): Extension<SessionId>,
) -> Result<StatusCode, ApiError> {
    devices.reset(session).await?;
    Ok(StatusCode::NO_CONTENT)
}
