//! The preview's API in-process: sessions by cookie, events in and views out, refusals, restart and start over.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use tower::ServiceExt;
use wallet_desktop::preview::{Bank, Devices, Preview, router};

struct Page {
    app: Router,
    bank: std::sync::Arc<Bank>,
    _dir: tempfile::TempDir,
}

impl Page {
    async fn new() -> Page {
        let dir = tempfile::tempdir().expect("temp dir");
        let bank = std::sync::Arc::new(Bank::start(&dir.path().join("sandbox.sqlite")).await.expect("bank starts"));
        let devices = Devices::new(dir.path().join("sessions"), bank.config());
        let preview = Preview::new(devices, bank.clone());
        Page { app: router(preview), bank, _dir: dir }
    }

    async fn call(&self, request: Request<Body>) -> (StatusCode, Option<String>, Value) {
        let response = self.app.clone().oneshot(request).await.expect("response");
        let status = response.status();
        let cookie = response
            .headers()
            .get(header::SET_COOKIE)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(';').next().unwrap_or_default().to_owned());
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.expect("body");
        let body = if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).unwrap_or(Value::Null) };
        (status, cookie, body)
    }

    async fn get(&self, path: &str, cookie: &str, language: &str) -> (StatusCode, Option<String>, Value) {
        let request = Request::get(path)
            .header(header::COOKIE, cookie)
            .header(header::ACCEPT_LANGUAGE, language)
            .body(Body::empty())
            .expect("request");
        self.call(request).await
    }

    async fn post(&self, path: &str, cookie: &str, body: &str) -> (StatusCode, Value) {
        let request = Request::post(path)
            .header(header::COOKIE, cookie)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_owned()))
            .expect("request");
        let (status, _, body) = self.call(request).await;
        (status, body)
    }

    /// Sends an event (as JSON) to phone A.
    async fn event(&self, cookie: &str, event: &str) -> (StatusCode, Value) {
        self.post("/api/devices/a/events", cookie, event).await
    }

    /// A new browser session: its cookie, from the first request.
    async fn session(&self, language: &str) -> String {
        let (status, cookie, _) = self.get("/api/devices/a/view", "", language).await;
        assert_eq!(status, StatusCode::OK);
        cookie.expect("a new session gets a cookie")
    }
}

#[tokio::test]
async fn a_new_browser_gets_a_session_and_its_language_pre_selected() {
    let preview = Page::new().await;
    let (status, cookie, body) = preview.get("/api/devices/a/view", "", "ky-KG,ru;q=0.8").await;
    assert_eq!(status, StatusCode::OK);
    assert!(cookie.expect("cookie").starts_with("wallet_preview_session="));
    assert_eq!(body["view"]["language"], "ky");
    assert_eq!(body["view"]["screen"]["kind"], "Language");
    assert_eq!(body["view"]["screen"]["title"], "Тилди тандаңыз");
}

#[tokio::test]
async fn events_from_the_views_drive_the_core() {
    let preview = Page::new().await;
    let cookie = preview.session("ru-RU").await;
    let (_, _, view) = preview.get("/api/devices/a/view", &cookie, "ru-RU").await;
    let kyrgyz = view["view"]["screen"]["options"][0]["select"].to_string();
    let (status, body) = preview.event(&cookie, &kyrgyz).await;
    assert_eq!(status, StatusCode::OK);
    let confirm = body["view"]["screen"]["confirm"]["event"].to_string();
    let (status, body) = preview.event(&cookie, &confirm).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["view"]["screen"]["kind"], "Intro");
    assert_eq!(body["view"]["screen"]["title"], "QR аркылуу төлөңүз");
    assert_eq!(body["view"]["back"]["event"], json!("Back"));
}

#[tokio::test]
async fn sessions_and_phones_are_apart() {
    let preview = Page::new().await;
    let first = preview.session("ru").await;
    let second = preview.session("en").await;
    assert_ne!(first, second);
    preview.event(&first, r#"{"Language":"Confirm"}"#).await;
    let (_, _, mine) = preview.get("/api/devices/a/view", &first, "ru").await;
    let (_, _, theirs) = preview.get("/api/devices/a/view", &second, "en").await;
    let (_, _, my_other_phone) = preview.get("/api/devices/b/view", &first, "kk").await;
    assert_eq!(mine["view"]["screen"]["kind"], "Intro");
    assert_eq!(theirs["view"]["screen"]["kind"], "Language");
    assert_eq!(my_other_phone["view"]["screen"]["kind"], "Language");
    assert_eq!(my_other_phone["view"]["language"], "kk");
}

#[tokio::test]
async fn refusals_are_json_with_a_code_and_a_message() {
    let preview = Page::new().await;
    let cookie = preview.session("ru").await;
    let (status, body) = preview.event(&cookie, r#"{"Intro":"Finish"}"#).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "invalid_event");
    assert_eq!(
        body["message"],
        "Intro.Finish does not apply to the language screen; send only the events of the current view"
    );

    let (status, body) = preview.event(&cookie, r#"{"Language":{"Select":{"index":99}}}"#).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body["message"].as_str().unwrap_or_default().contains("language 99"));

    let (status, body) = preview.event(&cookie, r#"{"Teleport":{}}"#).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["code"], "bad_event");

    let (status, _, body) = preview.get("/api/devices/..%2F..%2Fetc/view", &cookie, "ru").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["code"], "no_such_phone");

    for name in ["b", "c", "d"] {
        assert_eq!(preview.get(&format!("/api/devices/{name}/view"), &cookie, "ru").await.0, StatusCode::OK);
    }
    let (status, _, body) = preview.get("/api/devices/e/view", &cookie, "ru").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(body["code"], "too_many_phones");
}

#[tokio::test]
async fn a_restart_keeps_the_language_and_starts_a_new_instance() {
    let preview = Page::new().await;
    let cookie = preview.session("ru").await;
    preview.event(&cookie, r#"{"Language":{"Select":{"index":0}}}"#).await;
    let (_, before) = preview.event(&cookie, r#"{"Language":"Confirm"}"#).await;
    let (status, after) = preview.post("/api/devices/a/restart", &cookie, "").await;
    assert_eq!(status, StatusCode::OK);
    assert_ne!(after["instance"], before["instance"]);
    assert_eq!(after["view"]["language"], "ky");
    assert_eq!(after["view"]["screen"]["kind"], "Intro");
}

#[tokio::test]
async fn starting_over_forgets_the_session_data() {
    let preview = Page::new().await;
    let cookie = preview.session("ru").await;
    preview.event(&cookie, r#"{"Language":"Confirm"}"#).await;
    let (status, _) = preview.post("/api/session/reset", &cookie, "").await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, _, view) = preview.get("/api/devices/a/view", &cookie, "ru").await;
    assert_eq!(view["view"]["screen"]["kind"], "Language");
}

#[tokio::test]
async fn serves_the_page_and_the_sandbox_bank() {
    let preview = Page::new().await;
    let (status, _, _) = preview.get("/", "", "ru").await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = preview.get("/assets/app.js", "", "ru").await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = preview.get("/assets/nope.js", "", "ru").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, bank) = preview.get("/api/bank", "", "ru").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bank["running"], true);
    assert_eq!(bank["url"], preview.bank.url().as_str());
}

#[tokio::test]
async fn the_sandbox_bank_stops_and_starts_again_on_its_port() {
    let preview = Page::new().await;
    let health = format!("{}/health", preview.bank.url());
    let reachable = |url: String| async move {
        tokio::net::TcpStream::connect(url.trim_start_matches("http://").trim_end_matches("/health")).await.is_ok()
    };
    assert!(reachable(health.clone()).await);
    let (_, stopped) = preview.post("/api/bank/stop", "", "").await;
    assert_eq!(stopped["running"], false);
    assert!(!reachable(health.clone()).await, "nobody listens while stopped");
    let (_, started) = preview.post("/api/bank/start", "", "").await;
    assert_eq!(started["running"], true);
    assert!(reachable(health).await);
}

/// A page on another site, or one reached through a rebound host name, cannot stop the bank or read a phone; a
/// control route takes JSON only, so a cross-site form's `text/plain` post is refused too.
#[tokio::test]
async fn the_preview_refuses_other_sites_rebound_names_and_form_posts_to_its_controls() {
    let preview = Page::new().await;
    let stop = |content_type: &str, extra: Option<(header::HeaderName, &str)>| {
        let mut request = Request::post("/api/bank/stop").header(header::CONTENT_TYPE, content_type);
        if let Some((name, value)) = extra {
            request = request.header(name, value);
        }
        request.body(Body::from("{}")).expect("request")
    };
    let (status, _, body) = preview.call(stop("text/plain", None)).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::UNSUPPORTED_MEDIA_TYPE, Some("bad_request")));
    let (status, _, _) = preview.call(stop("application/json", Some((header::ORIGIN, "https://evil.example")))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = preview.call(stop("application/json", Some((header::HOST, "evil.example:8080")))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let read = Request::get("/api/devices/a/view").header(header::HOST, "evil.example").body(Body::empty());
    let (status, _, _) = preview.call(read.expect("request")).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a phone's view read through a rebound name");
    assert!(preview.bank.status().await.running, "the bank still runs");
    let (status, _, _) = preview.call(stop("application/json", Some((header::ORIGIN, "http://127.0.0.1:8080")))).await;
    assert_eq!(status, StatusCode::OK, "the preview's own page");
}
