//! The preview's pay endpoints in-process: the demo merchants and their tills' codes (from the sandbox's `/dev`), code
//! pictures (SVG, PNG that read back as the same link), a picture's bytes to the scanner, and the refusals as JSON
//! with a code and a message.

mod common;

use axum::body::Body;
use axum::http::{StatusCode, header};
use common::Page;
use serde_json::json;
use wallet_core::payments::qr_image;

fn encoded(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[tokio::test]
async fn demo_merchants_and_tills_codes_come_from_the_sandbox() {
    let page = Page::new(&[(header::CONTENT_TYPE, "application/json")]).await;

    let answer = page.call("GET", "/api/merchants", Body::empty()).await;
    assert_eq!(answer.status, StatusCode::OK);
    let merchants = answer.json();
    let ids: Vec<&str> =
        merchants.as_array().expect("a list").iter().filter_map(|m| m["merchant_id"].as_str()).collect();
    assert!(ids.contains(&"navat-cafe") && ids.contains(&"globus-bishkek"), "{merchants}");
    assert!(
        merchants.as_array().expect("a list").iter().all(|m| m["elqr_link"].as_str().is_some_and(|l| !l.is_empty()))
    );

    let answer =
        page.call("POST", "/api/merchants/globus-bishkek/dynamic", json!({"amount_minor": 55_650}).to_string()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.json());
    let code = answer.json();
    assert!(code["link"].as_str().is_some_and(|link| !link.is_empty()), "{code}");
    assert!(code["expires_at"].is_string() && code["transaction_id"].is_string(), "{code}");

    // Refusals: an id that is no merchant's, one the sandbox does not know, no amount, a zero amount.
    let answer = page.call("POST", "/api/merchants/..%2Fsms/dynamic", json!({"amount_minor": 100}).to_string()).await;
    assert_eq!((answer.status, answer.json()["code"].clone()), (StatusCode::NOT_FOUND, json!("no_such_merchant")));
    let answer =
        page.call("POST", "/api/merchants/no-such-shop/dynamic", json!({"amount_minor": 100}).to_string()).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.json()["code"], "bank_refused");
    assert!(answer.json()["message"].as_str().unwrap_or_default().contains("no such merchant"), "{}", answer.json());
    let answer = page.call("POST", "/api/merchants/navat-cafe/dynamic", json!({"amount": 100}).to_string()).await;
    assert!(answer.status.is_client_error());
    assert_eq!(answer.json()["code"], "bad_dynamic_request");
    let answer = page.call("POST", "/api/merchants/navat-cafe/dynamic", json!({"amount_minor": 0}).to_string()).await;
    assert_eq!((answer.status, answer.json()["code"].clone()), (StatusCode::BAD_REQUEST, json!("bad_dynamic_request")));
}

#[tokio::test]
async fn a_link_drawn_as_a_picture_reads_back_as_the_same_link() {
    let page = Page::new(&[(header::CONTENT_TYPE, "application/json")]).await;
    let link = "https://pay.payqr.kg/#00020101021132440012c2c.sandbox.kg01091234567891202Кафе Нават";

    let svg = page.call("GET", &format!("/api/qr.svg?text={}", encoded(link)), Body::empty()).await;
    assert_eq!(svg.status, StatusCode::OK);
    assert_eq!(svg.content_type, "image/svg+xml");
    assert!(String::from_utf8_lossy(&svg.bytes).contains("<svg"));

    let png = page.call("GET", &format!("/api/qr.png?text={}&module_px=6", encoded(link)), Body::empty()).await;
    assert_eq!(png.status, StatusCode::OK);
    assert_eq!(png.content_type, "image/png");
    assert_eq!(qr_image::decode(&png.bytes).expect("decodes"), vec![link.to_owned()]);

    for query in ["", "?text=", "?other=1", "?text=a&module_px=0", "?text=a&module_px=99", "?text=a&module_px=x"] {
        let answer = page.call("GET", &format!("/api/qr.png{query}"), Body::empty()).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(answer.json()["code"], "bad_qr_text", "{query}");
    }
    let long = "9".repeat(8_000);
    let answer = page.call("GET", &format!("/api/qr.svg?text={long}"), Body::empty()).await;
    assert_eq!((answer.status, answer.json()["code"].clone()), (StatusCode::BAD_REQUEST, json!("bad_qr_text")));
}

#[tokio::test]
async fn a_picture_reaches_the_scanner_as_bytes_and_refusals_say_why() {
    let page = Page::new(&[(header::CONTENT_TYPE, "application/json")]).await;

    // Not on the scanner: the core refuses, as it refuses any event of another screen.
    let answer = page.call("POST", "/api/devices/a/qr-image", vec![0x89, b'P', b'N', b'G']).await;
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert_eq!(answer.json()["code"], "invalid_event");
    assert!(answer.json()["message"].as_str().unwrap_or_default().contains("Pay.ScannedImage"), "{}", answer.json());

    // Over the route's limit (16 MiB, above the core's 8 MiB): the server refuses before the core sees it.
    let answer = page.call("POST", "/api/devices/a/qr-image", vec![0; 17 * 1024 * 1024]).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(answer.json()["code"], "bad_qr_image");
    assert!(answer.json()["message"].as_str().unwrap_or_default().starts_with("the picture was not received"));

    let answer = page.call("POST", "/api/devices/zz%2F/qr-image", vec![1]).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
}
