//! The browser session: a random id in a cookie, so each browser gets its own phones.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::middleware::Next;
use axum::response::Response;
use uuid::Uuid;

const NAME: &str = "wallet_preview_session";

/// The browser session a request belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionId(pub Uuid);

/// Reads the session cookie, or starts a new session and sets the cookie on the response.
pub async fn ensure_session(mut request: Request, next: Next) -> Response {
    let existing = request
        .headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == NAME)
        .and_then(|(_, value)| Uuid::parse_str(value).ok());
    let session = SessionId(existing.unwrap_or_else(Uuid::new_v4));
    request.extensions_mut().insert(session);
    let mut response = next.run(request).await;
    if existing.is_none() {
        let cookie = format!("{NAME}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000", session.0);
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}
