//! Payment requests («Разделить чек») through the sandbox bank's HTTP API in-process: a request reaches the payer's
//! app or only its link, the link is the requester's dynamic code paid once, the status follows the payment, and
//! cancelling, reminding, idempotency and every refusal.

mod common;

use std::time::Duration;

use axum::http::StatusCode;
use common::{Bank, Reply};
use serde_json::{Value, json};
use wallet_formats::elqr::{self, CodeKind};
use wallet_protocol::operations::MAX_AMOUNT_MINOR;
use wallet_sandbox::seed::{CUSTOMERS, OTHER_BANK_CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const CHYNARA: &str = CUSTOMERS[2].1;
/// Кирилл Бакиров at Demir Bank: not a customer of this bank.
const KIRILL: &str = OTHER_BANK_CUSTOMERS[0].1;

const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

/// Aigul's request to `payer` for `amount_minor` tyiyn of her som account.
fn asking(payer: Option<&str>, amount_minor: i64, comment: Option<&str>) -> Value {
    json!({
        "account_id": account_id(AIGUL), "payer_phone": payer, "amount_minor": amount_minor, "currency": "KGS",
        "comment": comment,
    })
}

async fn create(bank: &Bank, token: &str, key: &str, body: Value) -> Reply {
    bank.call("POST", "/v1/payment-requests", Some(token), Some(key), Some(body)).await
}

/// Aigul asks `payer` for `amount_minor`; the request must be made.
async fn made(bank: &Bank, token: &str, key: &str, payer: Option<&str>, amount_minor: i64) -> Reply {
    let reply = create(bank, token, key, asking(payer, amount_minor, Some("Ужин в Навате"))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.body);
    reply
}

async fn list(bank: &Bank, token: &str) -> Reply {
    let reply = bank.call("GET", "/v1/payment-requests", Some(token), None, None).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    reply
}

/// The request `id` in `side` (`sent` or `received`) of the customer's list.
async fn listed(bank: &Bank, token: &str, side: &str, id: &str) -> Value {
    let reply = list(bank, token).await;
    let found = reply.body[side].as_array().and_then(|all| all.iter().find(|r| r["request_id"] == id).cloned());
    found.unwrap_or_else(|| panic!("{id} is not in {side}: {:?}", reply.body))
}

async fn cancel(bank: &Bank, token: &str, id: &str) -> Reply {
    bank.call("POST", &format!("/v1/payment-requests/{id}/cancel"), Some(token), None, None).await
}

async fn remind(bank: &Bank, token: &str, key: &str, id: &str) -> Reply {
    bank.call("POST", &format!("/v1/payment-requests/{id}/remind"), Some(token), Some(key), None).await
}

/// A payment of `link` from `payer`'s som account.
fn paying(payer: &str, link: &str, amount_minor: i64) -> Value {
    json!({
        "account_id": account_id(payer), "amount_minor": amount_minor, "currency": "KGS",
        "recipient": { "type": "elqr", "payload": link },
    })
}

async fn pay(bank: &Bank, token: &str, payer: &str, key: &str, link: &str, amount_minor: i64) -> Reply {
    bank.call("POST", "/v1/operations", Some(token), Some(key), Some(paying(payer, link, amount_minor))).await
}

async fn quote(bank: &Bank, token: &str, payer: &str, link: &str, amount_minor: i64) -> Reply {
    bank.call("POST", "/v1/quotes", Some(token), None, Some(paying(payer, link, amount_minor))).await
}

fn parse(text: &str) -> time::OffsetDateTime {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).expect("rfc3339")
}

#[tokio::test]
async fn a_request_reaches_the_payers_app_and_its_link_is_the_requesters_dynamic_code() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let chynara = bank.sign_in(CHYNARA).await;
    let before = bank.sandbox.clock().now();
    let request = made(&bank, &aigul, "r1", Some(BAKYT), 150_000).await;
    let id = request.text("request_id");
    let expected = json!({
        "request_id": id, "requester_name": "Айгуль А.", "payer_phone_masked": "+996 700 ***321", "in_wallet": true,
        "amount_minor": 150_000, "currency": "KGS", "comment": "Ужин в Навате", "status": "open",
        "link": request.text("link"), "created_at": request.text("created_at"), "paid_at": null, "reminders": 0,
        "reminded_at": null,
    });
    assert_eq!(request.body, expected);
    let created = parse(&request.text("created_at"));
    assert!(created >= before && created <= bank.sandbox.clock().now(), "the sandbox's clock: {created}");

    // The link: Aigul's account's p2p code, dynamic, the amount fixed, the comment, the request id as transaction.
    let link = request.text("link");
    assert!(link.starts_with("https://pay.payqr.kg/#"), "{link}");
    let code = elqr::parse(&link).expect("the link reads");
    assert!(code.checksum_ok);
    assert_eq!((code.kind, code.amount_minor), (CodeKind::Dynamic, Some(150_000)));
    assert_eq!(code.comment.as_deref(), Some("Ужин в Навате"));
    assert_eq!(code.provider.transaction_id.as_deref(), Some(id.as_str()));
    assert_eq!(code.provider.provider_id, "qr.sandbox.kg");
    assert_eq!(code.provider.service_code.as_deref(), Some("p2p"));
    assert_eq!(code.provider.recipient_id, Some(account_id(AIGUL)));
    assert_eq!(code.provider.amount_editable, Some(false));
    assert_eq!((code.mcc.as_str(), code.currency.as_str(), code.provider_name.as_str()), ("4829", "417", "Айгуль А."));
    // Recorded as a dynamic code payable once, with no end.
    let recorded = format!(
        "SELECT COUNT(*) FROM qr_transactions WHERE provider_id = 'qr.sandbox.kg' AND transaction_id = '{id}'
         AND expires_ms IS NULL AND operation_id IS NULL"
    );
    assert_eq!(bank.count(&recorded), 1);

    // Aigul sent it; Bakyt received it, the same request; Chynara sees nothing.
    let aiguls = list(&bank, &aigul).await;
    assert_eq!((aiguls.body["sent"].clone(), aiguls.body["received"].clone()), (json!([expected]), json!([])));
    let bakyts = list(&bank, &bakyt).await;
    assert_eq!((bakyts.body["sent"].clone(), bakyts.body["received"].clone()), (json!([]), json!([expected])));
    assert_eq!(list(&bank, &chynara).await.body, json!({ "sent": [], "received": [] }));

    // Newest first.
    let second = made(&bank, &aigul, "r2", Some(BAKYT), 20_000).await.text("request_id");
    let newest: Vec<Value> = list(&bank, &bakyt).await.body["received"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|r| r["request_id"].clone())
        .collect();
    assert_eq!(newest, vec![json!(second), json!(id)]);
    assert_eq!(bank.call("GET", "/v1/payment-requests", None, None, None).await.code().0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_payer_without_the_wallet_here_gets_only_the_link() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let other_bank = made(&bank, &aigul, "r1", Some(KIRILL), 50_000).await;
    assert_eq!(other_bank.body["in_wallet"], false);
    assert_eq!(other_bank.body["payer_phone_masked"], "+996 700 ***222");
    let nobody = made(&bank, &aigul, "r2", None, 50_000).await;
    assert_eq!(
        (nobody.body["in_wallet"].clone(), nobody.body["payer_phone_masked"].clone()),
        (json!(false), json!(null))
    );
    // No comment: none in the answer nor in the code.
    let plain = create(&bank, &aigul, "r3", asking(None, 1_000, Some("   "))).await;
    assert_eq!(plain.body["comment"], Value::Null);
    assert_eq!(elqr::parse(&plain.text("link")).expect("reads").comment, None);

    // A number that joins the bank later has the request in its app from then on.
    let newcomer = "+996555000777";
    let request = made(&bank, &aigul, "r4", Some(newcomer), 70_000).await;
    assert_eq!(request.body["in_wallet"], false);
    let token = bank.sign_in(newcomer).await;
    let received = listed(&bank, &token, "received", &request.text("request_id")).await;
    assert_eq!(received["in_wallet"], true);
    assert_eq!(received["requester_name"], "Айгуль А.");
}

#[tokio::test]
async fn paying_the_link_makes_the_request_paid_for_both_and_moves_the_money_once() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let chynara = bank.sign_in(CHYNARA).await;
    let request = made(&bank, &aigul, "r1", Some(BAKYT), 150_000).await;
    let (id, link) = (request.text("request_id"), request.text("link"));

    let quoted = quote(&bank, &bakyt, BAKYT, &link, 150_000).await;
    assert_eq!(quoted.status, StatusCode::OK, "{:?}", quoted.body);
    assert_eq!(
        quoted.body,
        json!({
            "amount_minor": 150_000, "fee_minor": 0, "currency": "KGS", "payee_name": "Айгуль А.",
            "needs_sms_code": false,
        })
    );
    assert_eq!(pay(&bank, &bakyt, BAKYT, "p0", &link, 100_000).await.code(), (UNPROCESSABLE, "qr_amount_fixed"));
    assert_eq!(listed(&bank, &aigul, "sent", &id).await["status"], "open", "a refused payment pays nothing");

    let (aigul_before, bakyt_before) = (bank.balance(&aigul).await.0, bank.balance(&bakyt).await.0);
    let paid = pay(&bank, &bakyt, BAKYT, "p1", &link, 150_000).await;
    assert_eq!(paid.status, StatusCode::CREATED, "{:?}", paid.body);
    assert_eq!((paid.body["status"].clone(), paid.body["fee_minor"].clone()), (json!("executed"), json!(0)));
    assert_eq!(bank.balance(&aigul).await.0, aigul_before + 150_000);
    assert_eq!(bank.balance(&bakyt).await.0, bakyt_before - 150_000);

    for (token, side) in [(&aigul, "sent"), (&bakyt, "received")] {
        let seen = listed(&bank, token, side, &id).await;
        assert_eq!(seen["status"], "paid", "{side}: {seen:?}");
        assert_eq!(seen["paid_at"], paid.body["created_at"], "{side}: paid when the payment was made");
    }

    // Once: a retry under the same key is the same payment; another payment of it is refused, for anyone.
    assert_eq!(pay(&bank, &bakyt, BAKYT, "p1", &link, 150_000).await.body["operation_id"], paid.body["operation_id"]);
    assert_eq!(pay(&bank, &bakyt, BAKYT, "p2", &link, 150_000).await.code(), (UNPROCESSABLE, "qr_already_paid"));
    assert_eq!(pay(&bank, &chynara, CHYNARA, "p3", &link, 150_000).await.code(), (UNPROCESSABLE, "qr_already_paid"));
    assert_eq!(quote(&bank, &bakyt, BAKYT, &link, 150_000).await.code(), (UNPROCESSABLE, "qr_already_paid"));
    assert_eq!(bank.balance(&aigul).await.0, aigul_before + 150_000, "paid exactly once");
}

#[tokio::test]
async fn a_request_whose_payment_is_cancelled_is_open_again() {
    let bank = Bank::open_with(|config| config.in_bank_execution_delay = Duration::from_secs(600));
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let request = made(&bank, &aigul, "r1", Some(BAKYT), 30_000).await;
    let (id, link) = (request.text("request_id"), request.text("link"));
    let accepted = pay(&bank, &bakyt, BAKYT, "p1", &link, 30_000).await;
    assert_eq!((accepted.status, accepted.text("status")), (StatusCode::CREATED, "accepted".to_owned()));
    assert_eq!(listed(&bank, &aigul, "sent", &id).await["status"], "paid", "an accepted payment holds the code");

    let operation = accepted.text("operation_id");
    let cancelled = bank.call("POST", &format!("/v1/operations/{operation}/cancel"), Some(&bakyt), None, None).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{:?}", cancelled.body);
    let open = listed(&bank, &aigul, "sent", &id).await;
    assert_eq!((open["status"].clone(), open["paid_at"].clone()), (json!("open"), Value::Null));
    // …and may be paid again.
    assert_eq!(pay(&bank, &bakyt, BAKYT, "p2", &link, 30_000).await.status, StatusCode::CREATED);
    assert_eq!(listed(&bank, &bakyt, "received", &id).await["status"], "paid");
}

#[tokio::test]
async fn a_cancelled_request_stops_its_link_and_cancelling_again_answers_the_same() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let request = made(&bank, &aigul, "r1", Some(BAKYT), 40_000).await;
    let (id, link) = (request.text("request_id"), request.text("link"));

    let cancelled = cancel(&bank, &aigul, &id).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{:?}", cancelled.body);
    let mut expected = request.body.clone();
    expected["status"] = json!("cancelled");
    assert_eq!(cancelled.body, expected);
    let again = cancel(&bank, &aigul, &id).await;
    assert_eq!((again.status, again.body.clone()), (StatusCode::OK, expected.clone()));
    assert_eq!(listed(&bank, &bakyt, "received", &id).await, expected);

    let (before, _) = bank.balance(&bakyt).await;
    let refused = pay(&bank, &bakyt, BAKYT, "p1", &link, 40_000).await;
    assert_eq!(refused.code(), (UNPROCESSABLE, "request_cancelled"));
    assert_eq!(quote(&bank, &bakyt, BAKYT, &link, 40_000).await.code(), (UNPROCESSABLE, "request_cancelled"));
    // Before the other checks: even with the wrong amount the answer is that it was cancelled.
    assert_eq!(quote(&bank, &bakyt, BAKYT, &link, 1).await.code(), (UNPROCESSABLE, "request_cancelled"));
    assert_eq!(bank.balance(&bakyt).await.0, before);
    assert_eq!(remind(&bank, &aigul, "m1", &id).await.code(), (StatusCode::CONFLICT, "request_cancelled"));
}

#[tokio::test]
async fn a_paid_request_cannot_be_cancelled_or_reminded() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let request = made(&bank, &aigul, "r1", Some(BAKYT), 25_000).await;
    let id = request.text("request_id");
    assert_eq!(pay(&bank, &bakyt, BAKYT, "p1", &request.text("link"), 25_000).await.status, StatusCode::CREATED);
    assert_eq!(cancel(&bank, &aigul, &id).await.code(), (StatusCode::CONFLICT, "request_paid"));
    assert_eq!(remind(&bank, &aigul, "m1", &id).await.code(), (StatusCode::CONFLICT, "request_paid"));
    assert_eq!(listed(&bank, &aigul, "sent", &id).await["status"], "paid");
}

#[tokio::test]
async fn reminders_count_once_per_key_and_show_to_the_payer() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let id = made(&bank, &aigul, "r1", Some(BAKYT), 60_000).await.text("request_id");

    let before = bank.sandbox.clock().now();
    let first = remind(&bank, &aigul, "m1", &id).await;
    assert_eq!(first.status, StatusCode::OK, "{:?}", first.body);
    assert_eq!((first.body["reminders"].clone(), first.text("status")), (json!(1), "open".to_owned()));
    let first_at = parse(&first.text("reminded_at"));
    assert!(first_at >= before && first_at <= bank.sandbox.clock().now(), "the sandbox's clock: {first_at}");
    bank.advance(Duration::from_secs(3_600));
    let second = remind(&bank, &aigul, "m2", &id).await;
    assert_eq!(second.body["reminders"], 2);
    let second_at = second.text("reminded_at");
    assert!(parse(&second_at) - first_at >= time::Duration::seconds(3_600), "{first_at} → {second_at}");

    // A retry under a key replays its answer and counts nothing.
    let replay = remind(&bank, &aigul, "m2", &id).await;
    assert_eq!((replay.status, replay.body.clone()), (StatusCode::OK, second.body.clone()));
    assert_eq!(bank.count(&format!("SELECT reminders FROM payment_requests WHERE request_id = '{id}'")), 2);
    let seen = listed(&bank, &bakyt, "received", &id).await;
    assert_eq!((seen["reminders"].clone(), seen["reminded_at"].clone()), (json!(2), json!(second_at)));

    // A key is for one request; a reminder needs one.
    let other = made(&bank, &aigul, "r2", Some(BAKYT), 1_000).await.text("request_id");
    assert_eq!(remind(&bank, &aigul, "m2", &other).await.code(), (UNPROCESSABLE, "idempotency_key_reused"));
    let keyless = bank.call("POST", &format!("/v1/payment-requests/{other}/remind"), Some(&aigul), None, None).await;
    assert_eq!(keyless.code(), (StatusCode::BAD_REQUEST, "idempotency_key_missing"));
    assert_eq!(listed(&bank, &aigul, "sent", &other).await["reminders"], 0);
}

#[tokio::test]
async fn creating_is_idempotent_by_its_key() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let first = made(&bank, &aigul, "same", Some(BAKYT), 10_000).await;
    let again = made(&bank, &aigul, "same", Some(BAKYT), 10_000).await;
    assert_eq!(again.body, first.body, "the same request, link and all");
    assert_eq!(bank.count("SELECT COUNT(*) FROM payment_requests"), 1);
    assert_eq!(bank.count("SELECT COUNT(*) FROM qr_transactions WHERE expires_ms IS NULL"), 1);
    let other = create(&bank, &aigul, "same", asking(Some(BAKYT), 20_000, None)).await;
    assert_eq!(other.code(), (UNPROCESSABLE, "idempotency_key_reused"));
    let keyless = bank.call("POST", "/v1/payment-requests", Some(&aigul), None, Some(asking(None, 10_000, None))).await;
    assert_eq!(keyless.code(), (StatusCode::BAD_REQUEST, "idempotency_key_missing"));
    // A refusal is replayed too.
    let refused = create(&bank, &aigul, "bad", asking(None, 0, None)).await;
    assert_eq!(refused.code(), (UNPROCESSABLE, "amount_invalid"));
    assert_eq!(create(&bank, &aigul, "bad", asking(None, 0, None)).await.body, refused.body);
    assert_eq!(bank.count("SELECT COUNT(*) FROM payment_requests"), 1);
}

#[tokio::test]
async fn every_bad_request_is_refused_with_its_code_and_leaves_nothing() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let with = |change: &dyn Fn(&mut Value)| {
        let mut body = asking(Some(BAKYT), 10_000, Some("Ужин"));
        change(&mut body);
        body
    };
    let cases: Vec<(Value, (StatusCode, &str))> = vec![
        (with(&|b| b["account_id"] = json!(account_id(BAKYT))), (StatusCode::NOT_FOUND, "not_found")),
        (with(&|b| b["account_id"] = json!("acc-nope")), (StatusCode::NOT_FOUND, "not_found")),
        (with(&|b| b["currency"] = json!("KZT")), (UNPROCESSABLE, "currency_mismatch")),
        (with(&|b| b["amount_minor"] = json!(0)), (UNPROCESSABLE, "amount_invalid")),
        (with(&|b| b["amount_minor"] = json!(-500)), (UNPROCESSABLE, "amount_invalid")),
        (with(&|b| b["amount_minor"] = json!(MAX_AMOUNT_MINOR + 1)), (UNPROCESSABLE, "amount_invalid")),
        (with(&|b| b["comment"] = json!("ж".repeat(33))), (StatusCode::BAD_REQUEST, "bad_request")),
        (with(&|b| b["payer_phone"] = json!("0700654321")), (UNPROCESSABLE, "invalid_phone")),
        (with(&|b| b["payer_phone"] = json!("+996 700 654 321")), (UNPROCESSABLE, "invalid_phone")),
        (with(&|b| b["payer_phone"] = json!("+996312123456")), (UNPROCESSABLE, "invalid_phone")),
        (with(&|b| b["payer_phone"] = json!(AIGUL)), (UNPROCESSABLE, "invalid_phone")),
        (with(&|b| b["amount_minor"] = json!("100")), (StatusCode::BAD_REQUEST, "bad_request")),
    ];
    for (i, (body, expected)) in cases.into_iter().enumerate() {
        let reply = create(&bank, &aigul, &format!("k{i}"), body.clone()).await;
        assert_eq!(reply.code(), expected, "{body}: {:?}", reply.body);
    }
    let own = create(&bank, &aigul, "own", with(&|b| b["payer_phone"] = json!(AIGUL))).await;
    assert!(own.text("message").contains("cannot ask yourself"), "{:?}", own.body);
    let long = create(&bank, &aigul, "long", with(&|b| b["comment"] = json!("ж".repeat(33)))).await;
    assert!(long.text("message").contains("32"), "{:?}", long.body);
    let anonymous = bank.call("POST", "/v1/payment-requests", None, Some("x"), Some(asking(None, 1, None))).await;
    assert_eq!(anonymous.code().0, StatusCode::UNAUTHORIZED);
    assert_eq!(bank.count("SELECT COUNT(*) FROM payment_requests"), 0);
    assert_eq!(bank.count("SELECT COUNT(*) FROM qr_transactions"), 0, "no code was recorded");

    // The edges that fit: the largest amount, 32 units of comment once trimmed.
    let largest =
        create(&bank, &aigul, "max", asking(None, MAX_AMOUNT_MINOR, Some(&format!("  {}  ", "ж".repeat(32))))).await;
    assert_eq!(largest.status, StatusCode::CREATED, "{:?}", largest.body);
    assert_eq!(largest.body["comment"], "ж".repeat(32));
    let code = elqr::parse(&largest.text("link")).expect("reads");
    assert_eq!(code.amount_minor, Some(MAX_AMOUNT_MINOR as u64));
}

#[tokio::test]
async fn only_the_requester_cancels_or_reminds() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let chynara = bank.sign_in(CHYNARA).await;
    let request = made(&bank, &aigul, "r1", Some(BAKYT), 5_000).await;
    let id = request.text("request_id");
    let not_found = (StatusCode::NOT_FOUND, "not_found");
    assert_eq!(cancel(&bank, &bakyt, &id).await.code(), not_found, "not the payer");
    assert_eq!(cancel(&bank, &chynara, &id).await.code(), not_found);
    assert_eq!(remind(&bank, &bakyt, "m1", &id).await.code(), not_found);
    assert_eq!(remind(&bank, &chynara, "m1", &id).await.code(), not_found);
    assert_eq!(cancel(&bank, &aigul, "no-such-request").await.code(), not_found);
    assert_eq!(remind(&bank, &aigul, "m1", "no-such-request").await.code(), not_found);
    assert_eq!(listed(&bank, &aigul, "sent", &id).await, request.body, "nothing changed");
}

#[tokio::test]
async fn a_code_that_names_a_request_but_is_not_its_link_pays_nothing() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let request = made(&bank, &aigul, "r1", Some(BAKYT), 150_000).await;
    let id = request.text("request_id");
    let real = elqr::parse(&request.text("link")).expect("reads");
    // The same code for 1 tyiyn, with a valid checksum.
    let mut cheap = real.to_new();
    cheap.amount_minor = Some(1);
    let cheap = elqr::build_payload(&cheap).expect("builds");
    assert_eq!(pay(&bank, &bakyt, BAKYT, "p1", &cheap, 1).await.code(), (UNPROCESSABLE, "qr_invalid"));
    // To another account.
    let mut elsewhere = real.to_new();
    elsewhere.provider.recipient_id = Some(account_id(CHYNARA));
    let elsewhere = elqr::build_payload(&elsewhere).expect("builds");
    assert_eq!(pay(&bank, &bakyt, BAKYT, "p2", &elsewhere, 150_000).await.code(), (UNPROCESSABLE, "qr_invalid"));
    assert_eq!(listed(&bank, &aigul, "sent", &id).await["status"], "open");
    // The requester's own link is not hers to pay.
    let own = pay(&bank, &aigul, AIGUL, "p3", &request.text("link"), 150_000).await;
    assert_eq!(own.code(), (UNPROCESSABLE, "recipient_not_found"));
}
