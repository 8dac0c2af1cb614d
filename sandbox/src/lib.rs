//! wallet-sandbox: a reference server of the wallet's bank API (DESIGN.md §7), for development, demos and the
//! end-to-end tests. The web preview mounts it in-process under `/bank`.
//!
//! So far it answers `GET /health`; the bank API issue adds accounts, payments and the rest.

use axum::routing::get;
use axum::{Json, Router};
use wallet_protocol::{API_VERSION, Health, HealthStatus};

/// The sandbox bank's routes.
pub fn router() -> Router {
    Router::new().route("/health", get(health))
}

async fn health() -> Json<Health> {
    Json(Health { status: HealthStatus::Ok, api_version: API_VERSION.to_owned() })
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    use super::*;

    #[tokio::test]
    async fn health_says_ok_and_the_api_version() {
        let response =
            router().oneshot(Request::get("/health").body(Body::empty()).expect("request")).await.expect("response");
        assert_eq!(response.status(), StatusCode::OK);
        let body = axum::body::to_bytes(response.into_body(), 1024).await.expect("body");
        let health: serde_json::Value = serde_json::from_slice(&body).expect("json");
        assert_eq!(health, serde_json::json!({"status": "ok", "api_version": "1.0"}));
    }
}
