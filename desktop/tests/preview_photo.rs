//! The preview's photo upload in-process: `POST /api/devices/{device}/photo?kind=…` with the photo's bytes as the
//! body reaches the core as `KycEvent::Photo`, and refusals come back as JSON with a code and a message.

mod common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{StatusCode, header};
use common::Page;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const NUMBER: &str = "+996700111222";

impl Page {
    async fn view(&self) -> Value {
        let answer = self.call("GET", "/api/devices/a/view", Body::empty()).await;
        assert_eq!(answer.status, StatusCode::OK);
        answer.json()["view"].clone()
    }

    /// Sends an event to phone A and expects it applied.
    async fn event(&self, event: Value) -> Value {
        let answer = self.call("POST", "/api/devices/a/events", event.to_string()).await;
        let body = answer.json();
        assert_eq!(answer.status, StatusCode::OK, "{event} was refused: {body}");
        body["view"].clone()
    }

    async fn photo(&self, query: &str, bytes: Vec<u8>) -> (StatusCode, Value) {
        let answer = self.call("POST", &format!("/api/devices/a/photo{query}"), bytes).await;
        (answer.status, answer.json())
    }

    /// Waits (up to 15 s) for the view to satisfy `done`, as the page waits for the next view.
    async fn wait_for(&self, what: &str, done: impl Fn(&Value) -> bool) -> Value {
        for _ in 0..300 {
            let view = self.view().await;
            if done(&view) {
                return view;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the view never showed {what}: {}", self.view().await);
    }

    async fn wait_for_screen(&self, kind: &str) -> Value {
        self.wait_for(kind, |view| view["screen"]["kind"] == kind).await
    }

    /// The code the sandbox bank "sent", from its `/dev/sms` (a plain HTTP/1.0 request: no client is needed).
    async fn sent_code(&self) -> String {
        let url = self.bank.url();
        let address = url.trim_start_matches("http://");
        let mut stream = tokio::net::TcpStream::connect(address).await.expect("the bank listens");
        let request = format!("GET /dev/sms?phone=%2B{} HTTP/1.0\r\nHost: {address}\r\n\r\n", &NUMBER[1..]);
        stream.write_all(request.as_bytes()).await.expect("request sent");
        let mut response = String::new();
        stream.read_to_string(&mut response).await.expect("response read");
        let body = response.split_once("\r\n\r\n").map(|(_, body)| body).unwrap_or_default();
        let sent: Value = serde_json::from_str(body).unwrap_or_else(|_| panic!("no code in {response}"));
        sent["code"].as_str().expect("a code").to_owned()
    }

    /// Through the wizard to home, then «Онлайн-идентификация» → the first photo of the guided sequence.
    async fn reach_the_first_photo(&self) -> Value {
        self.event(json!({"Language": "Confirm"})).await;
        self.event(json!({"Intro": "Next"})).await;
        self.event(json!({"Intro": "Next"})).await;
        self.event(json!({"Intro": "Finish"})).await;
        self.event(json!({"SignIn": {"EditPhone": {"text": NUMBER}}})).await;
        self.event(json!({"SignIn": "SubmitPhone"})).await;
        self.wait_for_screen("Code").await;
        let code = self.sent_code().await;
        // The code's last digit sends it: no «Войти».
        self.event(json!({"SignIn": {"EditCode": {"text": code}}})).await;
        self.wait_for_screen("Terms").await;
        for index in 0..3 {
            self.event(json!({"Terms": {"Toggle": {"index": index}}})).await;
        }
        self.event(json!({"Terms": "Continue"})).await;
        for _ in 0..2 {
            self.wait_for("an empty PIN", |view| {
                view["screen"]["kind"] == "Pin"
                    && view["screen"]["entered"] == 0
                    && view["screen"]["keys_enabled"] == true
            })
            .await;
            for digit in [5, 8, 2, 7] {
                self.event(json!({"Pin": {"Digit": {"digit": digit}}})).await;
            }
        }
        self.wait_for_screen("Biometrics").await;
        self.event(json!({"Biometrics": "Skip"})).await;
        let home = self.wait_for_screen("Home").await;
        self.event(home["screen"]["identification"]["open"].clone()).await;
        let status = self.wait_for("the way in", |view| view["screen"]["start"]["event"].is_object()).await;
        let how_to = self.event(status["screen"]["start"]["event"].clone()).await;
        let checklist = self.event(how_to["screen"]["close"]["event"].clone()).await;
        let verification = checklist["screen"]["rows"][0]["open"].clone();
        let capture = self.event(verification).await;
        assert!(is_capture(&capture), "{capture}");
        capture
    }
}

/// The capture screen. Not by `screen.kind`: `KycCaptureScreen` has a field `kind` (the photo's) that collides with
/// the `Screen` enum's tag in JSON, and the last of the two keys wins when parsed.
fn is_capture(view: &Value) -> bool {
    view["screen"]["take_label"].is_string() && view["screen"]["gallery_label"].is_string()
}

#[tokio::test]
async fn a_photo_reaches_the_core_as_bytes_and_refusals_say_why() {
    // A browser session in Russian.
    let page = Page::new(&[(header::ACCEPT_LANGUAGE, "ru-RU")]).await;

    // Not on a capture screen: the core refuses, as it refuses any event of another screen.
    let (status, body) = page.photo("?kind=passport_front", vec![0xff, 0xd8]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "invalid_event");
    assert!(body["message"].as_str().unwrap_or_default().contains("Kyc.Photo"), "{body}");

    let capture = page.reach_the_first_photo().await;
    assert_eq!(capture["screen"]["checking"], false);
    assert_eq!(capture["screen"]["step"], "Шаг 1 из 3");

    // The kind is named in the query, by one of three names.
    for query in ["", "?kind=passport", "?kind=PassportFront", "?other=passport_front"] {
        let (status, body) = page.photo(query, vec![1, 2, 3]).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["code"], "bad_photo_kind");
        let message = body["message"].as_str().unwrap_or_default();
        assert!(message.contains("passport_front, passport_back, selfie_with_passport"), "{message}");
    }
    let (_, body) = page.photo("?kind=passport", vec![1]).await;
    assert_eq!(
        body["message"],
        "no photo kind \"passport\": use one of passport_front, passport_back, selfie_with_passport"
    );

    // Another photo than the screen asks for: the core's refusal.
    let (status, body) = page.photo("?kind=selfie_with_passport", vec![0xff, 0xd8, 0xff]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "invalid_event");

    // A photo dispatched: the view checks it, then says what is wrong with it.
    let (status, body) = page.photo("?kind=passport_front", b"\x89PNG\r\n\x1a\nnot really a png".to_vec()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let screen = &body["view"]["screen"];
    assert!(is_capture(&body["view"]), "{body}");
    let checked = screen["checking"] == true || screen["problem"].is_string();
    assert!(checked, "the photo is being checked or was checked: {screen}");
    if screen["checking"] == true {
        assert_eq!(screen["checking_text"], "Проверяем фото…");
    }
    let done = page.wait_for("the photo's verdict", |view| view["screen"]["problem"].is_string()).await;
    assert_eq!(done["screen"]["checking"], false);
    assert_eq!(done["screen"]["problem"], "Фото повреждено и не открывается. Сфотографируйте ещё раз.");

    // Over the core's limit (12 MiB) the core answers with its message; over the route's (16 MiB), the server.
    let (status, body) = page.photo("?kind=passport_front", vec![0; 13 * 1024 * 1024]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let done = page
        .wait_for("the too-large verdict", |view| {
            view["screen"]["checking"] == false
                && view["screen"]["problem"].as_str().is_some_and(|p| p.starts_with("Файл больше 12 МБ"))
        })
        .await;
    assert!(is_capture(&done));
    let (status, body) = page.photo("?kind=passport_front", vec![0; 17 * 1024 * 1024]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["code"], "bad_photo");
    assert!(body["message"].as_str().unwrap_or_default().starts_with("the photo was not received"), "{body}");

    // An empty body is not a photo.
    let (status, body) = page.photo("?kind=passport_front", Vec::new()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body["view"]["screen"]["problem"],
        "Это не фотография. Сфотографируйте документ камерой или выберите снимок JPEG или PNG."
    );
}
