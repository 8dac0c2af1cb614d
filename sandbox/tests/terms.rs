//! The terms as a legal record at the sandbox bank: the edition in force in the profile, acceptances kept once with
//! the device and both clocks, an unknown edition refused, and a new edition asking everyone again.

mod common;

use axum::http::StatusCode;
use common::Bank;
use serde_json::{Value, json};
use wallet_sandbox::terms::FIRST_EDITION;

fn acceptance(version: &str) -> Value {
    json!({
        "version": version,
        "documents": ["offer", "privacy", "remote_service"],
        "accepted_at_ms": 1_790_000_000_000_i64,
        "device_id": "device-7",
    })
}

#[tokio::test]
async fn an_acceptance_is_kept_once_and_the_profile_says_the_edition_is_accepted() {
    let bank = Bank::open();
    let token = bank.sign_in("+996555000301").await;
    let profile = bank.call("GET", "/v1/profile", Some(&token), None, None).await;
    assert_eq!(profile.body["terms"], json!({ "current_version": FIRST_EDITION, "accepted_version": null }));

    let accepted =
        bank.call("POST", "/v1/terms/acceptances", Some(&token), Some("t-1"), Some(acceptance(FIRST_EDITION))).await;
    assert_eq!(accepted.status, StatusCode::CREATED, "{:?}", accepted.body);
    assert_eq!(accepted.body, json!({ "current_version": FIRST_EDITION, "accepted_version": FIRST_EDITION }));
    // Sent again after a lost answer: the same answer, one record.
    let again =
        bank.call("POST", "/v1/terms/acceptances", Some(&token), Some("t-1"), Some(acceptance(FIRST_EDITION))).await;
    assert_eq!((again.status, again.body.clone()), (StatusCode::CREATED, accepted.body.clone()));
    assert_eq!(bank.count("SELECT COUNT(*) FROM terms_acceptances"), 1);
    let (device, phone_time, bank_time): (String, i64, i64) = bank.sandbox.db().with_blocking(|conn| {
        conn.query_row("SELECT device_id, accepted_at_ms, received_ms FROM terms_acceptances", [], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .expect("kept")
    });
    assert_eq!((device.as_str(), phone_time), ("device-7", 1_790_000_000_000));
    let now = bank.sandbox.clock().now_ms();
    assert!((0..60_000).contains(&(now - bank_time)), "the bank's own time beside the phone's: {bank_time} vs {now}");
    let profile = bank.call("GET", "/v1/profile", Some(&token), None, None).await;
    assert_eq!(profile.body["terms"]["accepted_version"], FIRST_EDITION);
}

#[tokio::test]
async fn an_edition_the_bank_never_published_and_a_partial_acceptance_are_refused() {
    let bank = Bank::open();
    let token = bank.sign_in("+996555000302").await;
    let unknown =
        bank.call("POST", "/v1/terms/acceptances", Some(&token), Some("t-1"), Some(acceptance("2030-01-01"))).await;
    assert_eq!(unknown.code(), (StatusCode::UNPROCESSABLE_ENTITY, "terms_version_unknown"));
    let mut partial = acceptance(FIRST_EDITION);
    partial["documents"] = json!(["offer", "privacy"]);
    let refused = bank.call("POST", "/v1/terms/acceptances", Some(&token), Some("t-2"), Some(partial)).await;
    assert_eq!(refused.code(), (StatusCode::BAD_REQUEST, "bad_request"));
    let mut no_device = acceptance(FIRST_EDITION);
    no_device["device_id"] = json!(" ");
    let refused = bank.call("POST", "/v1/terms/acceptances", Some(&token), Some("t-3"), Some(no_device)).await;
    assert_eq!(refused.code(), (StatusCode::BAD_REQUEST, "bad_request"));
    let no_key = bank.call("POST", "/v1/terms/acceptances", Some(&token), None, Some(acceptance(FIRST_EDITION))).await;
    assert_eq!(no_key.code(), (StatusCode::BAD_REQUEST, "idempotency_key_missing"));
    let signed_out =
        bank.call("POST", "/v1/terms/acceptances", None, Some("t-4"), Some(acceptance(FIRST_EDITION))).await;
    assert_eq!(signed_out.status, StatusCode::UNAUTHORIZED);
    assert_eq!(bank.count("SELECT COUNT(*) FROM terms_acceptances"), 0);
}

#[tokio::test]
async fn a_new_edition_asks_everyone_to_accept_again() {
    let bank = Bank::open();
    let token = bank.sign_in("+996555000303").await;
    bank.call("POST", "/v1/terms/acceptances", Some(&token), Some("t-1"), Some(acceptance(FIRST_EDITION))).await;

    let publish = |version: &str| bank.call("POST", "/dev/terms", None, None, Some(json!({ "version": version })));
    assert_eq!(publish("2027-03-01").await.status, StatusCode::NO_CONTENT);
    assert_eq!(publish("2027-02-01").await.status, StatusCode::BAD_REQUEST, "not newer than the one in force");
    assert_eq!(publish("next").await.status, StatusCode::BAD_REQUEST);
    let profile = bank.call("GET", "/v1/profile", Some(&token), None, None).await;
    assert_eq!(profile.body["terms"], json!({ "current_version": "2027-03-01", "accepted_version": FIRST_EDITION }));

    let renewed =
        bank.call("POST", "/v1/terms/acceptances", Some(&token), Some("t-2"), Some(acceptance("2027-03-01"))).await;
    assert_eq!(renewed.body, json!({ "current_version": "2027-03-01", "accepted_version": "2027-03-01" }));
    assert_eq!(bank.count("SELECT COUNT(*) FROM terms_acceptances"), 2, "the earlier acceptance stays on record");
}
