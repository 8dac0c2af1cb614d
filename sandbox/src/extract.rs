//! Request extractors that answer malformed requests with the API's own JSON errors.

use axum::extract::rejection::BytesRejection;
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
        let bytes = axum::body::Bytes::from_request(request, state).await.map_err(unreadable_body)?;
        let malformed = |e: serde_json::Error| ApiError::bad_request(format!("malformed JSON: {e}"));
        match serde_json::from_slice(&bytes) {
            Ok(body) => Ok(Body(body)),
            Err(first) if first.classify() == serde_json::error::Category::Data => {
                let mut value: serde_json::Value = serde_json::from_slice(&bytes).map_err(malformed)?;
                if whole_numbers_as_integers(&mut value) {
                    serde_json::from_value(value).map(Body).map_err(|_| malformed(first))
                } else {
                    Err(malformed(first))
                }
            }
            Err(e) => Err(malformed(e)),
        }
    }
}

/// JSON Schema, and so the API document, counts `448.0` as the integer 448, so the bank takes it where an integer
/// goes (amounts in minor units, times in ms). serde_json reads such a number as an `f64`; below 2^53 that `f64`
/// is exactly the integer written, and it becomes that integer, never a float amount. Anything with a fraction, or
/// too large to be exact, stays as it was and is refused by the field's type. Says whether anything changed.
fn whole_numbers_as_integers(value: &mut serde_json::Value) -> bool {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    match value {
        serde_json::Value::Number(number) => match number.as_f64() {
            Some(float) if number.is_f64() && float.fract() == 0.0 && float.abs() < EXACT => {
                // In range and whole: the cast is exact.
                *value = serde_json::Value::from(float as i64);
                true
            }
            _ => false,
        },
        serde_json::Value::Array(items) => {
            items.iter_mut().fold(false, |changed, item| whole_numbers_as_integers(item) | changed)
        }
        serde_json::Value::Object(fields) => {
            fields.values_mut().fold(false, |changed, field| whole_numbers_as_integers(field) | changed)
        }
        _ => false,
    }
}

/// The rejection's own status (413 for a body over the route's limit: the client must send less, not fix its JSON;
/// 400 otherwise) with the API's error body.
fn unreadable_body(rejection: BytesRejection) -> ApiError {
    ApiError::new(rejection.status(), ErrorCode::BadRequest, format!("unreadable body: {}", rejection.body_text()))
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
