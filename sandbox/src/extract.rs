//! Request extractors that answer malformed requests with the API's own JSON errors.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use wallet_protocol::ErrorCode;

use crate::AppState;
use crate::error::ApiError;

/// A JSON body; a malformed one is a `bad_request` error body.
pub struct Body<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|e| ApiError::bad_request(format!("unreadable body: {e}")))?;
        serde_json::from_slice(&bytes).map(Body).map_err(|e| ApiError::bad_request(format!("malformed JSON: {e}")))
    }
}

/// The signed-in customer of a request (`Authorization: Bearer <token>`).
pub struct Customer {
    pub user_id: String,
    pub token_hash: String,
}

impl FromRequestParts<AppState> for Customer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or_else(|| ApiError::unauthorized(ErrorCode::Unauthorized, "sign in first"))?
            .to_owned();
        crate::auth::customer_of(state, &token).await
    }
}
