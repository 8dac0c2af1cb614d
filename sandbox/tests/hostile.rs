//! What a hostile client tries against the sandbox bank over a real socket (the probe's kind of test, kept): headers
//! sent too slowly, the developer routes from another site or another host name or with a form's body, the clock
//! moved beyond the calendar. Each case would have passed before its fix.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use wallet_sandbox::{RunningSandbox, Sandbox, SandboxConfig};

async fn serving(configure: impl FnOnce(&mut SandboxConfig)) -> (RunningSandbox, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = SandboxConfig::new(dir.path().join("bank.sqlite"));
    configure(&mut config);
    let sandbox = Sandbox::open(config).expect("opens");
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("port");
    (sandbox.serve(listener).expect("serves"), dir)
}

/// Sends `request` as raw bytes and reads the answer until the server closes the connection (or 5 s pass).
async fn raw(bank: &RunningSandbox, request: &str) -> String {
    let address = bank.url().trim_start_matches("http://").to_owned();
    let mut stream = TcpStream::connect(address).await.expect("connects");
    stream.write_all(request.as_bytes()).await.expect("writes");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).into_owned()
}

fn post(path: &str, host: &str, content_type: &str, extra: &str, body: &str) -> String {
    format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n{body}",
        body.len()
    )
}

#[tokio::test]
async fn a_client_sending_its_headers_too_slowly_is_cut_off() {
    let (bank, _dir) = serving(|config| config.header_read_timeout = Duration::from_millis(300)).await;
    let address = bank.url().trim_start_matches("http://").to_owned();
    let mut stream = TcpStream::connect(address).await.expect("connects");
    stream.write_all(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ").await.expect("half a request");
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "the server closed the connection");
    assert!(started.elapsed() < Duration::from_secs(4), "within the header timeout, not whenever the client likes");
    // The bank still answers others.
    let health = raw(&bank, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").await;
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
}

#[tokio::test]
async fn the_developer_routes_refuse_other_sites_other_host_names_and_form_bodies() {
    let (bank, _dir) = serving(|_| {}).await;
    let top_up = r#"{"phone":"+996555123456","amount_minor":100}"#;
    let json = "application/json";
    let answer = raw(&bank, &post("/dev/top-up", "127.0.0.1", json, "", top_up)).await;
    assert!(answer.starts_with("HTTP/1.1 204"), "the developer's own request: {answer}");
    let answer = raw(&bank, &post("/dev/top-up", "127.0.0.1", "text/plain", "", top_up)).await;
    assert!(answer.starts_with("HTTP/1.1 415"), "a cross-site form's text/plain: {answer}");
    let answer = raw(&bank, &post("/dev/top-up", "127.0.0.1", json, "Origin: https://evil.example\r\n", top_up)).await;
    assert!(answer.starts_with("HTTP/1.1 403") && answer.contains("forbidden"), "another site: {answer}");
    let answer = raw(&bank, &post("/dev/top-up", "rebound.evil.example", json, "", top_up)).await;
    assert!(answer.starts_with("HTTP/1.1 403"), "DNS rebinding: {answer}");
    let codes =
        raw(&bank, "GET /dev/sms?phone=%2B996555123456 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
            .await;
    assert!(codes.starts_with("HTTP/1.1 403"), "SMS codes read through a rebound name: {codes}");
}

#[tokio::test]
async fn the_clock_moved_beyond_the_calendar_is_refused_and_the_bank_keeps_working() {
    let (bank, _dir) = serving(|_| {}).await;
    let json = "application/json";
    let answer = raw(&bank, &post("/dev/clock", "127.0.0.1", json, "", r#"{"seconds":1000000000000}"#)).await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    let answer = raw(&bank, &post("/dev/clock", "127.0.0.1", json, "", r#"{"seconds":3153600000}"#)).await;
    assert!(answer.starts_with("HTTP/1.1 204"), "a hundred years is the most: {answer}");
    let answer = raw(&bank, &post("/dev/clock", "127.0.0.1", json, "", r#"{"seconds":3153600000}"#)).await;
    assert!(answer.starts_with("HTTP/1.1 204"), "{answer}");
    // Requests that read the clock still answer, and the bank still says it executes.
    let sms = r#"{"phone":"+996555123456"}"#;
    let answer = raw(&bank, &post("/v1/auth/sms", "127.0.0.1", json, "", sms)).await;
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let health = raw(&bank, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").await;
    assert!(health.starts_with("HTTP/1.1 200") && health.contains(r#""status":"ok""#), "{health}");
}

/// The answer's status line and its body parsed as the API's `ErrorBody` (`{"code": …, "message": …}`).
fn error_body(answer: &str) -> (String, serde_json::Value) {
    let status = answer.lines().next().unwrap_or_default().to_owned();
    let body = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
    let value = serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {answer}"));
    (status, value)
}

#[tokio::test]
async fn every_refusal_is_an_error_body_with_its_own_status() {
    let (bank, _dir) = serving(|_| {}).await;
    let get = |path: &str| format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    let (status, body) = error_body(&raw(&bank, &get("/v1/no-such-route")).await);
    assert!(status.starts_with("HTTP/1.1 404"), "{status}");
    assert_eq!(body["code"], "not_found", "{body}");

    let answer = raw(&bank, "DELETE /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").await;
    assert!(answer.to_ascii_lowercase().contains("\r\nallow: get"), "the methods the path takes: {answer}");
    let (status, body) = error_body(&answer);
    assert!(status.starts_with("HTTP/1.1 405"), "{status}");
    assert_eq!(body["code"], "bad_request", "{body}");

    // Was axum's text/plain "Failed to deserialize query string".
    let (status, body) = error_body(&raw(&bank, &get("/dev/sms?phone=%2B996555123456&phone=x&kind=%FF")).await);
    assert!(status.starts_with("HTTP/1.1 400"), "{status}");
    assert_eq!(body["code"], "bad_request", "{body}");

    // Was 400: a body over the limit is the client's to shorten, not to fix.
    let big = format!(r#"{{"phone":"+996555123456","device_id":"{}"}}"#, "x".repeat(3 * 1024 * 1024));
    let (status, body) =
        error_body(&raw(&bank, &post("/v1/auth/sms", "127.0.0.1", "application/json", "", &big)).await);
    assert!(status.starts_with("HTTP/1.1 413"), "{status}");
    assert_eq!(body["code"], "bad_request", "{body}");
}
