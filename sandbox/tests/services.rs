//! Paying for services through the sandbox's HTTP API in-process: the catalogue of both countries, the providers'
//! word about an account (holder and debt), their refusals (no such account, a number of another operator, a
//! provider that is down), and a payment by the ordinary operation that lowers the debt it pays, once.

mod common;

use axum::http::StatusCode;
use common::{Bank, Reply};
use serde_json::json;
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;

async fn check(bank: &Bank, token: &str, provider_id: &str, account: &str) -> Reply {
    let body = json!({ "provider_id": provider_id, "account": account });
    bank.call("POST", "/v1/services/check", Some(token), None, Some(body)).await
}

#[tokio::test]
async fn the_catalogue_has_every_category_and_providers_of_both_countries() {
    let bank = Bank::open();
    let token = bank.sign_in(AIGUL).await;
    let catalogue = bank.call("GET", "/v1/services", Some(&token), None, None).await;
    assert_eq!(catalogue.status, StatusCode::OK);
    let categories: Vec<&str> = catalogue.body["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .filter_map(|c| c["category_id"].as_str())
        .collect();
    assert_eq!(
        categories,
        ["mobile", "internet", "tv", "electricity", "gas", "water", "heating", "education", "fines"]
    );
    let providers = catalogue.body["providers"].as_array().expect("providers");
    for category in &categories {
        assert!(providers.iter().any(|p| p["category_id"] == *category && p["currency"] == "KGS"), "{category}");
    }
    let kcell = providers.iter().find(|p| p["provider_id"] == "kcell").expect("Kcell");
    assert_eq!((kcell["currency"].clone(), kcell["account"]["type"].clone()), (json!("KZT"), json!("phone")));
    let electricity = providers.iter().find(|p| p["provider_id"] == "severelectro").expect("Северэлектро");
    assert_eq!(electricity["names"]["ky"], "Северэлектро");
    assert_eq!(electricity["account"], json!({ "type": "digits", "length": 10, "luhn": false }));
    assert_eq!(electricity["account_label"]["ru"], "Лицевой счёт");
    // Only for a signed-in customer.
    assert_eq!(bank.call("GET", "/v1/services", None, None, None).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_provider_names_the_holder_and_the_debt_or_says_why_not() {
    let bank = Bank::open();
    let token = bank.sign_in(AIGUL).await;
    let known = check(&bank, &token, "severelectro", "12 3456 7890").await;
    assert_eq!(known.status, StatusCode::OK, "{:?}", known.body);
    assert_eq!(
        known.body,
        json!({ "provider_id": "severelectro", "account": "1234567890",
                                   "holder_masked": "Асанова А.", "debt_minor": 124_000, "currency": "KGS" })
    );
    // No debt: none told.
    let paid_up = check(&bank, &token, "severelectro", "2345678901").await;
    assert!(paid_up.body.get("debt_minor").is_none(), "{:?}", paid_up.body);
    // A mobile number of the operator: a subscriber, unnamed.
    let mobile = check(&bank, &token, "megacom", "0555 765 432").await;
    assert_eq!((mobile.status, mobile.text("account")), (StatusCode::OK, "+996555765432".to_owned()));
    assert!(mobile.body.get("holder_masked").is_none());
    for (provider, account, code) in [
        ("severelectro", "9999999999", "service_account_not_found"),
        ("severelectro", "12345", "service_account_not_found"),
        ("gazprom-kg", "12345675", "service_account_not_found"),
        ("megacom", "0700 123 456", "service_account_not_found"),
        ("saima", "ST-20031", "service_unavailable"),
        ("no-such", "1", "recipient_not_found"),
    ] {
        let reply = check(&bank, &token, provider, account).await;
        assert_eq!(reply.code(), (StatusCode::UNPROCESSABLE_ENTITY, code), "{provider} {account}: {:?}", reply.body);
    }
}

#[tokio::test]
async fn a_bill_is_paid_once_by_an_ordinary_operation_and_its_debt_goes_down() {
    let bank = Bank::open();
    let token = bank.sign_in(AIGUL).await;
    let (before, _) = bank.balance(&token).await;
    let service = json!({ "type": "service", "provider_id": "severelectro", "account": "1234567890" });
    let quote =
        json!({ "account_id": account_id(AIGUL), "amount_minor": 124_000, "currency": "KGS", "recipient": service });
    let quoted = bank.call("POST", "/v1/quotes", Some(&token), None, Some(quote.clone())).await;
    assert_eq!(quoted.status, StatusCode::OK, "{:?}", quoted.body);
    assert_eq!((quoted.text("payee_name"), quoted.body["fee_minor"].clone()), ("Северэлектро".to_owned(), json!(0)));
    let pay = |key: &'static str| bank.call("POST", "/v1/operations", Some(&token), Some(key), Some(quote.clone()));
    let first = pay("bill-1").await;
    assert_eq!(first.status, StatusCode::CREATED, "{:?}", first.body);
    let again = pay("bill-1").await;
    assert_eq!(again.text("operation_id"), first.text("operation_id"), "a retry replays");
    bank.sandbox.execute_due().await.expect("executes");
    assert_eq!(bank.balance(&token).await.0, before - 124_000);
    let after = check(&bank, &token, "severelectro", "1234567890").await;
    assert!(after.body.get("debt_minor").is_none(), "paid up: {:?}", after.body);

    // Refusals before any money moves: the provider down, an unknown account, an amount it does not take.
    let refused = |recipient: serde_json::Value, amount: i64| json!({ "account_id": account_id(AIGUL), "amount_minor": amount, "currency": "KGS", "recipient": recipient });
    for (body, code) in [
        (
            refused(json!({ "type": "service", "provider_id": "saima", "account": "ST-20031" }), 10_000),
            "service_unavailable",
        ),
        (
            refused(json!({ "type": "service", "provider_id": "vodokanal", "account": "1111111" }), 10_000),
            "service_account_not_found",
        ),
        (
            refused(json!({ "type": "service", "provider_id": "megacom", "account": "+996555765432" }), 500),
            "amount_invalid",
        ),
        (
            refused(json!({ "type": "service", "provider_id": "kcell", "account": "+77011234567" }), 10_000),
            "currency_mismatch",
        ),
    ] {
        let reply = bank.call("POST", "/v1/operations", Some(&token), Some(code), Some(body)).await;
        assert_eq!(reply.code(), (StatusCode::UNPROCESSABLE_ENTITY, code), "{:?}", reply.body);
    }
    assert_eq!(bank.count("SELECT COUNT(*) FROM service_payments"), 1);
}
