//! The preview's JSON API, which the page calls: views, events, photos, a stream of views (and of the fingerprint
//! prompt), the prompt's answer, the files a phone shares, restart and start over. Paying by QR (pictures of codes,
//! the demo merchants, code pictures) is in `pay.rs`.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, JsonRejection};
use axum::extract::{Extension, FromRequestParts, Path, RawPathParams, RawQuery, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::{Stream, StreamExt, stream};
use serde::{Deserialize, Serialize};
use tokio_stream::wrappers::BroadcastStream;
use wallet_core::Event;
use wallet_core::features::kyc::KycEvent;
use wallet_core::identity::photo::PhotoKind;

use super::Preview;
use super::bank::BankStatus;
use super::cookie::SessionId;
use super::devices::{DeviceError, Devices, Phone, PhoneUpdate};

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
        let params = RawPathParams::from_request_parts(parts, preview).await.map_err(|rejection| ApiError {
            status: StatusCode::NOT_FOUND,
            code: "no_such_phone",
            message: rejection.body_text(),
        })?;
        let name =
            params.iter().find(|(key, _)| *key == "device").map(|(_, value)| value.to_owned()).ok_or(ApiError {
                status: StatusCode::NOT_FOUND,
                code: "no_such_phone",
                message: "the path names no phone".to_owned(),
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

/// `GET /api/devices/{device}/stream`: server-sent events, one `view` event per new view, the current one first, and
/// a `prompt` event (`{"id": 3}`, or `{"id": null}` when it goes) whenever the fingerprint prompt shows or goes, the
/// current state right after the first view.
pub async fn stream(
    State(devices): State<Devices>,
    TargetPhone(phone): TargetPhone,
) -> Result<Sse<impl Stream<Item = Result<SseEvent, Infallible>>>, ApiError> {
    // Subscribe before reading the current view, so no view falls between the two.
    let later = BroadcastStream::new(phone.updates.subscribe()).filter_map(|item| async move { item.ok() });
    let current = PhoneUpdate::View(devices.with_core(&phone, |core| core.envelope()).await?);
    let prompt = phone.prompt_update();
    let updates = stream::iter([current, prompt]).chain(later).map(|update| {
        Ok(match update {
            PhoneUpdate::View(json) => SseEvent::default().event("view").data(&*json),
            PhoneUpdate::Prompt(json) => SseEvent::default().event("prompt").data(&*json),
        })
    });
    Ok(Sse::new(updates).keep_alive(KeepAlive::default()))
}

/// The page's answer to the fingerprint prompt.
#[derive(Debug, Deserialize)]
pub struct PromptAnswer {
    /// The prompt answered, as the stream named it.
    pub id: u64,
    /// «Приложить палец» (true) or «Отмена» (false).
    pub approve: bool,
}

/// `POST /api/devices/{device}/biometric {"id": 3, "approve": true}`: the simulated system prompt answered. A prompt
/// no longer up (answered, timed out, its core closed) is a conflict.
pub async fn biometric(
    TargetPhone(phone): TargetPhone,
    body: Result<Json<PromptAnswer>, JsonRejection>,
) -> Result<StatusCode, ApiError> {
    let Json(answer) = body.map_err(|rejection| ApiError {
        status: StatusCode::BAD_REQUEST,
        code: "bad_prompt_answer",
        message: format!("send {{\"id\": …, \"approve\": true|false}} as JSON: {}", rejection.body_text()),
    })?;
    if phone.prompt.answer(answer.id, answer.approve) {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError {
            status: StatusCode::CONFLICT,
            code: "no_such_prompt",
            message: format!("no fingerprint prompt {} is up on this phone", answer.id),
        })
    }
}

/// A shared file's name as the core gives it (`receipt-2026-001234.pdf`): one name, no path. Anything with a path
/// separator, `..`, a leading dot or a control character is refused, so no name reaches outside the phone's folder.
pub fn valid_shared_name(name: &str) -> bool {
    (1..=128).contains(&name.len())
        && !name.starts_with('.')
        && !name.contains("..")
        && !name.chars().any(|c| c == '/' || c == '\\' || c == ':' || c.is_control())
}

/// `GET /api/devices/{device}/shared/{name}`: a file the phone's core shares (`ViewModel.share`), as a download. The
/// file must be one the share sheet on screen lists, and lie inside this phone's own folder.
pub async fn shared_file(
    State(devices): State<Devices>,
    TargetPhone(phone): TargetPhone,
    Path((_, name)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let not_found = |message: &str| ApiError::new(StatusCode::NOT_FOUND, "no_such_file", message);
    if !valid_shared_name(&name) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_file_name",
            "a shared file is named by one plain name",
        ));
    }
    let listed = devices
        .with_core(&phone, |core| {
            let view = core.engine.view();
            view.share.and_then(|sheet| sheet.files.into_iter().find(|file| file.name == name))
        })
        .await?;
    let Some(file) = listed else {
        return Err(not_found("the phone shares no file of this name now"));
    };
    let folder = phone.dir().to_owned();
    let path = std::path::PathBuf::from(&file.path);
    let read = tokio::task::spawn_blocking(move || {
        let (folder, path) = (folder.canonicalize()?, path.canonicalize()?);
        if !path.starts_with(&folder) || path.file_name() != Some(std::ffi::OsStr::new(&name)) {
            return Err(std::io::Error::new(std::io::ErrorKind::PermissionDenied, "outside the phone's folder"));
        }
        std::fs::read(path)
    })
    .await
    .map_err(|error| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "file_unreadable", error.to_string()))?;
    let bytes = read.map_err(|error| match error.kind() {
        std::io::ErrorKind::PermissionDenied => {
            ApiError::new(StatusCode::FORBIDDEN, "outside_the_phone", "the file is not in this phone's folder")
        }
        _ => not_found("the shared file is gone"),
    })?;
    let disposition = format!("attachment; filename=\"{}\"", file.name);
    Ok((
        [
            (header::CONTENT_TYPE, file.mime_type),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
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
