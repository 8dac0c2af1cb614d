//! The preview's JSON API, which the page calls: views, events, photos, a stream of views, restart and start over.
//! Paying by QR (pictures of codes, the demo merchants, code pictures) is in `pay.rs`.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Extension, FromRequestParts, Path, RawQuery, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::{Stream, StreamExt, stream};
use serde::Serialize;
use tokio_stream::wrappers::BroadcastStream;
use wallet_core::Event;
use wallet_core::features::kyc::KycEvent;
use wallet_core::identity::photo::PhotoKind;

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

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError { status, code, message: message.into() }
    }

    #[cfg(test)]
    pub fn code(&self) -> &'static str {
        self.code
    }
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
pub struct TargetPhone(pub(super) Arc<Phone>);

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
    dispatch(&devices, &phone, event).await
}

/// Applies `event` to the phone's core: the new view, or the core's refusal as a conflict.
pub(super) async fn dispatch(devices: &Devices, phone: &Phone, event: Event) -> Result<Response, ApiError> {
    let applied = devices.with_core(phone, |core| core.engine.dispatch(event).map(|()| core.envelope())).await?;
    match applied {
        Ok(envelope) => Ok(json_response(envelope)),
        Err(rejection) => {
            Err(ApiError { status: StatusCode::CONFLICT, code: "invalid_event", message: rejection.to_string() })
        }
    }
}

/// The most a photo upload may carry: above the core's own limit (12 MiB), so the core refuses a larger photo with
/// its message rather than the server with a bare status.
pub const PHOTO_BODY_LIMIT: usize = 16 * 1024 * 1024;

/// The photo kinds as the `kind` query parameter names them.
const PHOTO_KINDS: [(&str, PhotoKind); 3] = [
    ("passport_front", PhotoKind::PassportFront),
    ("passport_back", PhotoKind::PassportBack),
    ("selfie_with_passport", PhotoKind::SelfieWithPassport),
];

fn photo_kind(query: Option<&str>) -> Result<PhotoKind, ApiError> {
    let kind = query
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find_map(|(name, value)| (name == "kind").then_some(value));
    let names = PHOTO_KINDS.map(|(name, _)| name).join(", ");
    let Some(kind) = kind else {
        return Err(ApiError {
            status: StatusCode::BAD_REQUEST,
            code: "bad_photo_kind",
            message: format!("say which photo this is: ?kind= one of {names}"),
        });
    };
    PHOTO_KINDS.iter().find(|(name, _)| *name == kind).map(|(_, kind)| *kind).ok_or_else(|| ApiError {
        status: StatusCode::BAD_REQUEST,
        code: "bad_photo_kind",
        message: format!("no photo kind {kind:?}: use one of {names}"),
    })
}

/// `POST /api/devices/{device}/photo?kind=passport_front|passport_back|selfie_with_passport` with the photo's bytes
/// as they are (JPEG or PNG, as a camera or a gallery gives them) as the body: the shell's `KycEvent::Photo`, without
/// spelling a megabyte of bytes as a JSON array. Answers with the new view, as `events` does.
pub async fn photo(
    State(devices): State<Devices>,
    TargetPhone(phone): TargetPhone,
    RawQuery(query): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let kind = photo_kind(query.as_deref())?;
    let bytes = body.map_err(|rejection| ApiError {
        status: rejection.status(),
        code: "bad_photo",
        message: format!("the photo was not received: {}", rejection.body_text()),
    })?;
    dispatch(&devices, &phone, Event::Kyc(KycEvent::Photo { kind, bytes: bytes.to_vec() })).await
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
