//! The sandbox bank in-process for the HTTP tests: a fresh database in a temporary folder, requests through its
//! router, and sign-in by the code the bank "sent".

// Each test file uses its own part of these helpers.
#![allow(dead_code)]

use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use tower::ServiceExt;
use wallet_sandbox::{Sandbox, SandboxConfig};

pub struct Bank {
    pub sandbox: Sandbox,
    app: Router,
    _dir: tempfile::TempDir,
}

/// An answer: its status and its JSON body (`null` when there is none).
pub struct Reply {
    pub status: StatusCode,
    pub body: Value,
}

impl Reply {
    /// The status and the error code of a refusal (`""` when the body has none).
    pub fn code(&self) -> (StatusCode, &str) {
        (self.status, self.body["code"].as_str().unwrap_or(""))
    }

    /// A text field of the body, which must be there.
    pub fn text(&self, field: &str) -> String {
        self.body[field].as_str().unwrap_or_else(|| panic!("no {field} in {}: {:?}", self.status, self.body)).to_owned()
    }
}

impl Bank {
    /// A sandbox with the demo data that executes operations at once.
    pub fn open() -> Bank {
        Bank::open_with(|_| {})
    }

    /// A sandbox with the demo data and the configuration `configure` leaves (delays, windows).
    pub fn open_with(configure: impl FnOnce(&mut SandboxConfig)) -> Bank {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut config = SandboxConfig::new(dir.path().join("bank.sqlite"));
        configure(&mut config);
        let sandbox = Sandbox::open(config).expect("sandbox opens");
        Bank { app: sandbox.router(), sandbox, _dir: dir }
    }

    /// The bank's router, for a request whose response the test reads itself.
    pub fn router(&self) -> Router {
        self.app.clone()
    }

    /// Sends `body` as it is (any bytes), with the session's token and the idempotency key if given.
    pub async fn send(&self, method: &str, path: &str, token: Option<&str>, key: Option<&str>, body: Body) -> Reply {
        let mut request = Request::builder().method(method).uri(path);
        // As every client of this JSON API does (the developer routes refuse a write without it).
        if method != "GET" {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        let response = self.app.clone().oneshot(request.body(body).expect("request")).await.expect("response");
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 22).await.expect("body");
        Reply { status, body: serde_json::from_slice(&bytes).unwrap_or(Value::Null) }
    }

    /// Sends a JSON body, or none.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        key: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        let body = body.map_or_else(Body::empty, |json| Body::from(json.to_string()));
        self.send(method, path, token, key, body).await
    }

    /// The newest SMS the bank "sent" to `phone` (`kind`: `sign_in`, `transfer`, or either).
    pub async fn sms(&self, phone: &str, kind: Option<&str>) -> Reply {
        let mut path = format!("/dev/sms?phone={}", phone.replace('+', "%2B"));
        if let Some(kind) = kind {
            path.push_str(&format!("&kind={kind}"));
        }
        self.call("GET", &path, None, None, None).await
    }

    /// Asks for a sign-in code for `phone`.
    pub async fn ask_code(&self, phone: &str) -> Reply {
        self.call("POST", "/v1/auth/sms", None, None, Some(json!({ "phone": phone }))).await
    }

    /// Answers the sign-in `challenge` (the body of [`Bank::ask_code`]'s reply) with `code` on `device`.
    pub async fn verify(&self, challenge: &Value, code: &str, device: &str) -> Reply {
        let body = json!({ "challenge_id": challenge["challenge_id"], "code": code, "device_id": device });
        self.call("POST", "/v1/auth/sms/verify", None, None, Some(body)).await
    }

    /// Signs `phone` in with the code the bank sent; returns the session's token.
    pub async fn sign_in(&self, phone: &str) -> String {
        self.sign_in_on(phone, "d").await
    }

    /// Signs `phone` in on `device` with the code the bank sent; returns the session's token.
    pub async fn sign_in_on(&self, phone: &str, device: &str) -> String {
        let challenge = self.ask_code(phone).await;
        assert_eq!(challenge.status, StatusCode::CREATED, "{:?}", challenge.body);
        let code = self.sms(phone, Some("sign_in")).await.text("code");
        let session = self.verify(&challenge.body, &code, device).await;
        assert_eq!(session.status, StatusCode::OK, "{:?}", session.body);
        session.text("token")
    }

    /// Moves the sandbox's clock forward.
    pub fn advance(&self, by: Duration) {
        self.sandbox.clock().advance(by);
    }

    /// The balance and the available amount of the customer's first account.
    pub async fn balance(&self, token: &str) -> (i64, i64) {
        let reply = self.call("GET", "/v1/accounts", Some(token), None, None).await;
        let account = &reply.body["accounts"][0];
        (account["balance_minor"].as_i64().expect("balance"), account["available_minor"].as_i64().expect("available"))
    }

    /// The number `sql` (a `SELECT COUNT(*) …`) counts in the bank's database.
    pub fn count(&self, sql: &str) -> i64 {
        self.sandbox.db().with_blocking(|conn| conn.query_row(sql, [], |row| row.get(0)).expect("count"))
    }

    /// Every value in every table of the bank's database, as text: for checking what is never stored.
    pub fn dump(&self) -> String {
        self.sandbox.db().with_blocking(|conn| {
            let tables: Vec<String> = conn
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
                .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
                .expect("tables");
            let mut dump = String::new();
            for table in tables {
                let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).expect("select");
                let columns = statement.column_count();
                let mut rows = statement.query([]).expect("rows");
                while let Some(row) = rows.next().expect("row") {
                    for i in 0..columns {
                        let value: rusqlite::types::Value = row.get(i).expect("value");
                        dump.push_str(&format!("{value:?}\n"));
                    }
                }
            }
            dump
        })
    }
}
