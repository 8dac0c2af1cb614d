//! Fault injection, configured per test (through [`Faults`] in-process or `PUT /dev/faults`): latency, requests
//! that fail with 503 before the bank does anything, and responses lost after the bank committed — the case
//! idempotency keys exist for. Applies to the `/v1` API only.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use parking_lot::Mutex;
use serde::{Deserialize, Serialize};
use wallet_protocol::ErrorCode;

use crate::error::ApiError;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaultPlan {
    /// Added to every matching request.
    #[serde(default)]
    pub latency_ms: u64,
    /// The next this many matching requests get `503 unavailable` and change nothing.
    #[serde(default)]
    pub fail_requests: u32,
    /// The next this many matching requests are carried out and committed, then their response is lost
    /// (the connection breaks).
    #[serde(default)]
    pub drop_responses: u32,
    /// Every matching request's connection breaks at once, as if the bank were unreachable.
    #[serde(default)]
    pub unreachable: bool,
    /// Only requests whose path (after `/v1`) starts with this, e.g. `/operations`.
    #[serde(default)]
    pub path_prefix: Option<String>,
    /// Only requests of this method, e.g. `POST`.
    #[serde(default)]
    pub method: Option<String>,
}

#[derive(Clone, Default)]
pub struct Faults {
    plan: Arc<Mutex<FaultPlan>>,
}

enum Action {
    Pass,
    Fail,
    Drop,
    Unreachable,
}

impl Faults {
    pub fn set(&self, plan: FaultPlan) {
        *self.plan.lock() = plan;
    }

    pub fn clear(&self) {
        self.set(FaultPlan::default());
    }

    pub fn plan(&self) -> FaultPlan {
        self.plan.lock().clone()
    }

    /// What happens to this request; counts it against the plan.
    fn decide(&self, method: &str, path: &str) -> (Duration, Action) {
        let mut plan = self.plan.lock();
        let matches = plan.path_prefix.as_deref().is_none_or(|prefix| path.starts_with(prefix))
            && plan.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(method));
        if !matches {
            return (Duration::ZERO, Action::Pass);
        }
        let latency = Duration::from_millis(plan.latency_ms);
        let action = if plan.unreachable {
            Action::Unreachable
        } else if plan.fail_requests > 0 {
            plan.fail_requests -= 1;
            Action::Fail
        } else if plan.drop_responses > 0 {
            plan.drop_responses -= 1;
            Action::Drop
        } else {
            Action::Pass
        };
        (latency, action)
    }
}

/// A response whose body breaks the connection: the client never learns the outcome.
fn broken_connection() -> Response {
    let lost = futures_util::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "injected: response lost",
        ))
    });
    Body::from_stream(lost).into_response()
}

pub async fn inject(State(faults): State<Faults>, request: Request, next: Next) -> Response {
    let (latency, action) = faults.decide(request.method().as_str(), request.uri().path());
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    match action {
        Action::Pass => next.run(request).await,
        Action::Fail => ApiError::new(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Unavailable,
            "injected fault: the bank is unavailable",
        )
        .into_response(),
        Action::Unreachable => broken_connection(),
        Action::Drop => {
            let _committed = next.run(request).await;
            broken_connection()
        }
    }
}
