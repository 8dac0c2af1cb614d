//! The preview in-process for the HTTP tests: its sandbox bank and sessions in a temporary folder, and one browser
//! session (the cookie its first view set) that every request carries.

// Each test file uses its own part of these helpers.
#![allow(dead_code)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderName, Request, StatusCode, header};
use serde_json::Value;
use tower::ServiceExt;
use wallet_desktop::preview::{Bank, Devices, Preview, router};

pub struct Page {
    app: Router,
    pub bank: Arc<Bank>,
    cookie: String,
    headers: Vec<(HeaderName, &'static str)>,
    _dir: tempfile::TempDir,
}

/// An answer: its status, its content type (`""` when it has none) and its body.
pub struct Answer {
    pub status: StatusCode,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl Answer {
    /// The body as JSON (`null` when it is none).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).unwrap_or(Value::Null)
    }
}

impl Page {
    /// A preview with its sandbox bank, and a browser session; `headers` go with every request, the first too (the
    /// one that starts the session, so a language there is the session's).
    pub async fn new(headers: &[(HeaderName, &'static str)]) -> Page {
        let dir = tempfile::tempdir().expect("temp dir");
        let bank = Arc::new(Bank::start(&dir.path().join("sandbox.sqlite")).await.expect("bank starts"));
        let devices = Devices::new(dir.path().join("sessions"), bank.config());
        let app = router(Preview::new(devices, bank.clone()));
        let mut page = Page { app, bank, cookie: String::new(), headers: headers.to_vec(), _dir: dir };
        let response = page.app.clone().oneshot(page.request("GET", "/api/devices/a/view", Body::empty())).await;
        let response = response.expect("response");
        let cookie = response.headers().get(header::SET_COOKIE).and_then(|v| v.to_str().ok()).expect("cookie");
        page.cookie = cookie.split(';').next().unwrap_or_default().to_owned();
        page
    }

    fn request(&self, method: &str, path: &str, body: Body) -> Request<Body> {
        let mut request = Request::builder().method(method).uri(path).header(header::COOKIE, &self.cookie);
        for (name, value) in &self.headers {
            request = request.header(name, *value);
        }
        request.body(body).expect("request")
    }

    /// The response to a request of the session as it comes, its body not yet read (a stream of events).
    pub async fn open(&self, method: &str, path: &str) -> axum::response::Response {
        self.app.clone().oneshot(self.request(method, path, Body::empty())).await.expect("response")
    }

    /// The answer to a request of the session.
    pub async fn call(&self, method: &str, path: &str, body: impl Into<Body>) -> Answer {
        let response = self.app.clone().oneshot(self.request(method, path, body.into())).await.expect("response");
        let status = response.status();
        let content_type =
            response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 24).await.expect("body").to_vec();
        Answer { status, content_type, bytes }
    }
}
