//! The preview's stand-ins for a phone's device, in-process: the page's stream says whether the simulated fingerprint
//! prompt is up, answers to no prompt are refused, and the files a phone shares are served only by a plain name the
//! share sheet on screen lists (never a path, never outside the phone's folder).

mod common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{StatusCode, header};
use common::Page;
use futures_util::StreamExt;
use serde_json::json;

/// The first events of `/api/devices/a/stream`, as `(name, data)`, until `count` of them came.
async fn first_events(page: &Page, count: usize) -> Vec<(String, String)> {
    let response = page.open("GET", "/api/devices/a/stream").await;
    assert_eq!(response.status(), StatusCode::OK);
    let content_type = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(content_type.starts_with("text/event-stream"), "{content_type}");
    let mut body = response.into_body().into_data_stream();
    let mut text = String::new();
    let mut events = Vec::new();
    while events.len() < count {
        let chunk = tokio::time::timeout(Duration::from_secs(10), body.next())
            .await
            .expect("the stream goes on")
            .expect("a chunk")
            .expect("bytes");
        text.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = text.find("\n\n") {
            let frame: String = text.drain(..end + 2).collect();
            let field = |name: &str| {
                frame.lines().find_map(|line| line.strip_prefix(name)).map(|value| value.trim().to_owned())
            };
            if let (Some(event), Some(data)) = (field("event:"), field("data:")) {
                events.push((event, data));
            }
        }
    }
    events
}

#[tokio::test]
async fn the_stream_starts_with_the_view_and_whether_a_fingerprint_prompt_is_up() {
    let page = Page::new(&[(header::ACCEPT_LANGUAGE, "ru-RU")]).await;
    let events = first_events(&page, 2).await;
    assert_eq!(events[0].0, "view");
    let view: serde_json::Value = serde_json::from_str(&events[0].1).expect("a view as JSON");
    assert_eq!(view["view"]["screen"]["kind"], "Language");
    assert_eq!(events[1], ("prompt".to_owned(), r#"{"id":null}"#.to_owned()), "no prompt is up");
}

#[tokio::test]
async fn an_answer_to_no_prompt_is_refused() {
    let page = Page::new(&[(header::CONTENT_TYPE, "application/json")]).await;
    let answer = page.call("POST", "/api/devices/a/biometric", json!({"id": 1, "approve": true}).to_string()).await;
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert_eq!(answer.json()["code"], "no_such_prompt");

    for body in [r#"{"approve": true}"#, r#"{"id": "one", "approve": true}"#, "yes"] {
        let answer = page.call("POST", "/api/devices/a/biometric", body).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(answer.json()["code"], "bad_prompt_answer", "{body}");
    }
}

#[tokio::test]
async fn shared_files_are_served_only_by_a_plain_name_the_share_sheet_lists() {
    let page = Page::new(&[]).await;
    // Names with a path, a parent, a hidden file or a drive are refused before anything is looked up.
    for name in ["..", "..%2Fsandbox.sqlite", "a%2Fb.pdf", "a%5Cb.pdf", ".secret", "c%3Aboot.ini", "a%00.png"] {
        let answer = page.call("GET", &format!("/api/devices/a/shared/{name}"), Body::empty()).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{name}");
        assert_eq!(answer.json()["code"], "bad_file_name", "{name}");
    }
    // A plain name is served only while the phone's share sheet lists it: none is open here.
    for name in ["receipt-2026-000001.pdf", "store", "secrets"] {
        let answer = page.call("GET", &format!("/api/devices/a/shared/{name}"), Body::empty()).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{name}");
        assert_eq!(answer.json()["code"], "no_such_file", "{name}");
    }
    // The phone is named as for every other route.
    let answer = page.call("GET", "/api/devices/..%2Fx/shared/receipt.pdf", Body::empty()).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.json()["code"], "no_such_phone");
}
