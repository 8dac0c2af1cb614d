//! The sandbox bank's rules, through its HTTP API in-process.

mod common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use common::{Bank, Reply};
use ring::signature::{ED25519, UnparsedPublicKey};
use serde_json::{Value, json};
use tower::ServiceExt;
use wallet_protocol::receipts::Receipt;
use wallet_sandbox::FaultPlan;
use wallet_sandbox::clock::bank_today;
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const CHYNARA: &str = CUSTOMERS[2].1;

impl Bank {
    async fn sent_code(&self, phone: &str) -> String {
        self.sms(phone, None).await.body["code"].as_str().expect("a code was sent").to_owned()
    }

    /// Signs `phone` in on `device` and returns the token.
    async fn signed_in(&self, phone: &str, device: &str) -> String {
        let token = self.sign_in_on(phone, device).await;
        // The next sign-in of the same phone in a test must not wait for the resend delay.
        self.advance(Duration::from_secs(61));
        token
    }

    async fn transfer(&self, token: &str, key: &str, to: &str, amount_minor: i64) -> Reply {
        let body = json!({
            "account_id": account_id(AIGUL), "amount_minor": amount_minor, "currency": "KGS",
            "recipient": { "type": "phone", "phone": to },
        });
        self.call("POST", "/v1/operations", Some(token), Some(key), Some(body)).await
    }

    fn operations_with_key(&self, key: &str) -> i64 {
        self.sandbox.db().with_blocking(|conn| {
            conn.query_row("SELECT COUNT(*) FROM operations WHERE client_key = ?1", [key], |row| row.get(0))
                .expect("count")
        })
    }
}

#[tokio::test]
async fn signs_in_with_the_sms_code_and_creates_a_new_customer() {
    let bank = Bank::open();
    let challenge = bank.ask_code("+996555000999").await;
    assert_eq!(challenge.status, StatusCode::CREATED);
    assert_eq!(challenge.body["code_length"], 6);
    let code = bank.sent_code("+996555000999").await;
    let session = bank.verify(&challenge.body, &code, "device-1").await;
    assert_eq!(session.status, StatusCode::OK);
    assert_eq!(session.body["new_user"], true);
    let token = session.body["token"].as_str().expect("token");
    let profile = bank.call("GET", "/v1/profile", Some(token), None, None).await;
    assert_eq!(profile.body["phone"], "+996555000999");
    assert_eq!(profile.body["kyc_status"], "none");
    assert_eq!(bank.balance(token).await, (0, 0));
    // A used code cannot sign in again.
    assert_eq!(bank.verify(&challenge.body, &code, "device-1").await.body["code"], "sms_code_expired");
}

#[tokio::test]
async fn refuses_numbers_it_does_not_serve() {
    let bank = Bank::open();
    for phone in ["0555123456", "+996312123456", "+74951234567", "+996 555 123 456"] {
        let reply = bank.ask_code(phone).await;
        assert_eq!(
            (reply.status, reply.body["code"].clone()),
            (StatusCode::BAD_REQUEST, json!("invalid_phone")),
            "{phone}"
        );
    }
}

#[tokio::test]
async fn wrong_codes_count_down_then_lock_the_challenge() {
    let bank = Bank::open();
    let challenge = bank.ask_code(BAKYT).await.body;
    let right = bank.sent_code(BAKYT).await;
    let wrong = if right == "000000" { "111111" } else { "000000" };
    for left in (1..5).rev() {
        let reply = bank.verify(&challenge, wrong, "d").await;
        assert_eq!(reply.body["code"], "sms_code_invalid");
        assert_eq!(reply.body["attempts_left"], left);
    }
    let last = bank.verify(&challenge, wrong, "d").await;
    assert_eq!(
        (last.status, last.body["code"].clone()),
        (StatusCode::TOO_MANY_REQUESTS, json!("sms_too_many_attempts"))
    );
    // Even the right code no longer works for this challenge.
    assert_eq!(bank.verify(&challenge, &right, "d").await.body["code"], "sms_too_many_attempts");
}

#[tokio::test]
async fn codes_expire_and_resending_waits() {
    let bank = Bank::open();
    let challenge = bank.ask_code(CHYNARA).await.body;
    let again = bank.ask_code(CHYNARA).await;
    assert_eq!(again.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(again.body["code"], "sms_resend_too_soon");
    assert!(again.body["retry_after_seconds"].as_u64().expect("seconds") <= 60);
    let code = bank.sent_code(CHYNARA).await;
    bank.sandbox.clock().advance(Duration::from_secs(5 * 60 + 1));
    assert_eq!(bank.verify(&challenge, &code, "d").await.body["code"], "sms_code_expired");
    assert_eq!(bank.ask_code(CHYNARA).await.status, StatusCode::CREATED, "a new code after the wait");
}

/// Asks for a sign-in code for `phone` as `device` from the network address `from`.
async fn ask_code_from(bank: &Bank, phone: &str, device: Option<&str>, from: [u8; 4]) -> Reply {
    let mut body = json!({ "phone": phone });
    if let Some(device) = device {
        body["device_id"] = json!(device);
    }
    let address = std::net::SocketAddr::from((from, 40_000));
    let request = Request::builder()
        .method("POST")
        .uri("/v1/auth/sms")
        .header(header::CONTENT_TYPE, "application/json")
        .extension(axum::extract::ConnectInfo(address))
        .body(Body::from(body.to_string()))
        .expect("request");
    let response = bank.router().oneshot(request).await.expect("response");
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.expect("body");
    Reply { status, body: serde_json::from_slice(&bytes).unwrap_or(Value::Null) }
}

#[tokio::test]
async fn a_new_code_ends_the_old_one() {
    let bank = Bank::open();
    let first = bank.ask_code(CHYNARA).await.body;
    let old = bank.sent_code(CHYNARA).await;
    bank.advance(Duration::from_secs(61));
    let second = bank.ask_code(CHYNARA).await.body;
    let new = bank.sent_code(CHYNARA).await;
    // Guesses do not add up across two live codes: the first one is over.
    assert_eq!(bank.verify(&first, &old, "d").await.body["code"], "sms_code_expired");
    assert_eq!(bank.verify(&second, &new, "d").await.status, StatusCode::OK);
}

#[tokio::test]
async fn one_device_or_one_address_asking_for_many_numbers_is_stopped() {
    let bank = Bank::open_with(|config| {
        config.sms.max_codes_per_device = 3;
        config.sms.max_codes_per_source = 5;
    });
    let number = |n: u32| format!("+99655590{n:04}");
    // A device asks for codes to three numbers; the fourth is refused until the window has passed.
    for n in 0..3 {
        assert_eq!(ask_code_from(&bank, &number(n), Some("pump"), [203, 0, 113, 7]).await.status, StatusCode::CREATED);
    }
    let refused = ask_code_from(&bank, &number(3), Some("pump"), [203, 0, 113, 8]).await;
    assert_eq!(refused.code(), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
    let wait = refused.body["retry_after_seconds"].as_u64().expect("says how long to wait");
    assert!((1..=3600).contains(&wait), "{wait}");
    // Another device from the same address still may, until the address has asked five times.
    for n in 3..5 {
        assert_eq!(ask_code_from(&bank, &number(n), Some("other"), [203, 0, 113, 7]).await.status, StatusCode::CREATED);
    }
    let from_address = ask_code_from(&bank, &number(5), Some("third"), [203, 0, 113, 7]).await;
    assert_eq!(from_address.code(), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
    // A device id is not needed to be counted by address, and another address is not affected.
    assert_eq!(ask_code_from(&bank, &number(6), None, [203, 0, 113, 7]).await.code().1, "rate_limited");
    assert_eq!(ask_code_from(&bank, &number(7), None, [198, 51, 100, 1]).await.status, StatusCode::CREATED);
    // The machine itself (the preview, an emulator on the host) is not counted by address.
    for n in 8..14 {
        assert_eq!(ask_code_from(&bank, &number(n), None, [127, 0, 0, 1]).await.status, StatusCode::CREATED);
    }
    bank.advance(Duration::from_secs(60 * 60 + 1));
    assert_eq!(ask_code_from(&bank, &number(14), Some("pump"), [203, 0, 113, 7]).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_device_id_must_be_sensible() {
    let bank = Bank::open();
    for device in ["", "   ", &"x".repeat(129)] {
        let reply = ask_code_from(&bank, AIGUL, Some(device), [203, 0, 113, 9]).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{device:?}");
    }
}

#[tokio::test]
async fn signing_in_on_another_device_ends_the_old_session() {
    let bank = Bank::open();
    let first = bank.signed_in(AIGUL, "phone-a").await;
    let second = bank.signed_in(AIGUL, "phone-b").await;
    let old = bank.call("GET", "/v1/profile", Some(&first), None, None).await;
    assert_eq!((old.status, old.body["code"].clone()), (StatusCode::UNAUTHORIZED, json!("session_replaced")));
    assert_eq!(bank.call("GET", "/v1/profile", Some(&second), None, None).await.status, StatusCode::OK);
    assert_eq!(bank.call("POST", "/v1/auth/logout", Some(&second), None, None).await.status, StatusCode::NO_CONTENT);
    let after = bank.call("GET", "/v1/profile", Some(&second), None, None).await;
    assert_eq!(after.body["code"], "unauthorized");
    assert_eq!(bank.call("GET", "/v1/accounts", None, None, None).await.body["code"], "unauthorized");
}

#[tokio::test]
async fn a_transfer_moves_the_money_once_with_a_signed_receipt() {
    let bank = Bank::open();
    let aigul = bank.signed_in(AIGUL, "a").await;
    let bakyt = bank.signed_in(BAKYT, "b").await;
    let (aigul_before, _) = bank.balance(&aigul).await;
    let (bakyt_before, _) = bank.balance(&bakyt).await;

    let reply = bank.transfer(&aigul, "key-1", BAKYT, 12_345).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.body);
    assert_eq!(reply.body["status"], "executed");
    assert_eq!(reply.body["kind"], "transfer_out");
    assert_eq!(reply.body["counterparty"]["name"], "Бакыт Т.");
    assert_eq!(reply.body["client_key"], "key-1");
    assert_eq!(bank.balance(&aigul).await.0, aigul_before - 12_345);
    assert_eq!(bank.balance(&bakyt).await.0, bakyt_before + 12_345);

    let receipt: Receipt = serde_json::from_value(reply.body["receipt"].clone()).expect("a receipt");
    let signature = STANDARD.decode(&receipt.signature).expect("base64");
    let key = UnparsedPublicKey::new(&ED25519, bank.sandbox.public_key());
    key.verify(&receipt.body.canonical_bytes().expect("bytes"), &signature).expect("signed by the bank");
    let mut forged = receipt.body.clone();
    forged.amount_minor += 1;
    assert!(key.verify(&forged.canonical_bytes().expect("bytes"), &signature).is_err());

    let incoming = bank.call("GET", "/v1/operations?limit=500", Some(&bakyt), None, None).await;
    let last = incoming.body["operations"].as_array().expect("list").last().cloned().expect("one");
    assert_eq!((last["kind"].clone(), last["amount_minor"].clone()), (json!("transfer_in"), json!(12_345)));
    assert_eq!(last["counterparty"]["name"], "Айгуль А.");
    assert_eq!(last["client_key"], Value::Null, "the payee does not see the payer's key");
}

#[tokio::test]
async fn the_same_key_replays_the_first_result_and_a_different_request_is_refused() {
    let bank = Bank::open();
    let aigul = bank.signed_in(AIGUL, "a").await;
    let first = bank.transfer(&aigul, "key-2", BAKYT, 500).await;
    let again = bank.transfer(&aigul, "key-2", BAKYT, 500).await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.body, first.body);
    assert_eq!(bank.operations_with_key("key-2"), 1);

    let other = bank.transfer(&aigul, "key-2", BAKYT, 501).await;
    assert_eq!(
        (other.status, other.body["code"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!("idempotency_key_reused"))
    );
    let no_key = bank
        .call(
            "POST",
            "/v1/operations",
            Some(&aigul),
            None,
            Some(json!({
            "account_id": account_id(AIGUL), "amount_minor": 1, "currency": "KGS",
            "recipient": { "type": "phone", "phone": BAKYT } })),
        )
        .await;
    assert_eq!(no_key.body["code"], "idempotency_key_missing");
}

#[tokio::test]
async fn a_refusal_is_replayed_too_and_leaves_nothing_behind() {
    let bank = Bank::open();
    let chynara = bank.signed_in(CHYNARA, "c").await;
    let body = |amount: i64| {
        json!({
        "account_id": account_id(CHYNARA), "amount_minor": amount, "currency": "KGS",
        "recipient": { "type": "phone", "phone": BAKYT } })
    };
    let refused = bank.call("POST", "/v1/operations", Some(&chynara), Some("k"), Some(body(1_000_000))).await;
    assert_eq!(
        (refused.status, refused.body["code"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!("insufficient_funds"))
    );
    assert_eq!(bank.operations_with_key("k"), 0);
    bank.call("POST", "/dev/top-up", None, None, Some(json!({ "phone": CHYNARA, "amount_minor": 2_000_000 }))).await;
    let replayed = bank.call("POST", "/v1/operations", Some(&chynara), Some("k"), Some(body(1_000_000))).await;
    assert_eq!(replayed.body["code"], "insufficient_funds", "the first result stands for the key");
    let fresh = bank.call("POST", "/v1/operations", Some(&chynara), Some("k2"), Some(body(1_000_000))).await;
    assert_eq!(fresh.status, StatusCode::CREATED);
}

#[tokio::test]
async fn checks_amounts_recipients_and_limits() {
    let bank = Bank::open();
    let bakyt = bank.signed_in(BAKYT, "b").await;
    let send = |key: &'static str, amount: i64, recipient: Value| {
        let body = json!({ "account_id": account_id(BAKYT), "amount_minor": amount, "currency": "KGS", "recipient": recipient });
        let bank = &bank;
        let token = bakyt.clone();
        async move { bank.call("POST", "/v1/operations", Some(&token), Some(key), Some(body)).await.body["code"].clone() }
    };
    assert_eq!(send("a", 0, json!({"type": "phone", "phone": AIGUL})).await, "amount_invalid");
    assert_eq!(send("b", 100, json!({"type": "phone", "phone": "+996555999999"})).await, "recipient_not_found");
    assert_eq!(send("c", 100, json!({"type": "phone", "phone": BAKYT})).await, "recipient_not_found");
    assert_eq!(send("d", 100, json!({"type": "merchant", "merchant_id": "magnum-almaty"})).await, "currency_mismatch");
    // Not identified: 15 000 som per operation.
    assert_eq!(
        send("e", 1_500_001, json!({"type": "merchant", "merchant_id": "globus-bishkek"})).await,
        "limit_exceeded"
    );
    let paid = send("f", 25_000, json!({"type": "merchant", "merchant_id": "globus-bishkek"})).await;
    assert_eq!(paid, Value::Null, "a payment within the limits has no error code");
}

/// An unidentified customer may send 15 000 som an operation, 30 000 a day and 100 000 a month, where days and
/// months begin at midnight in Bishkek (18:00 UTC the day before).
#[tokio::test]
async fn daily_and_monthly_limits_count_in_bishkek_days_and_months() {
    use time::{Duration as Span, Time};
    use wallet_sandbox::clock::{BANK_OFFSET, bank_month_start};

    let bank = Bank::open();
    // A month in Bishkek, whatever the day the test runs.
    let month = bank_month_start(bank.sandbox.clock().now() + Span::days(40));
    let at = |day: i64, hour: u8, minute: u8| {
        let date = month.to_offset(BANK_OFFSET).date() + Span::days(day - 1);
        date.with_time(Time::from_hms(hour, minute, 0).expect("a time")).assume_offset(BANK_OFFSET)
    };
    bank.sandbox.clock().set(at(1, 23, 45));
    let customer = "+996555000333";
    let token = bank.signed_in(customer, "d").await;
    let top_up = json!({ "phone": customer, "amount_minor": 50_000_000 });
    bank.call("POST", "/dev/top-up", None, None, Some(top_up)).await;
    let accounts = bank.call("GET", "/v1/accounts", Some(&token), None, None).await.body;
    let account = accounts["accounts"][0]["account_id"].as_str().expect("an account").to_owned();
    let keys = std::sync::atomic::AtomicU32::new(0);
    let pay = |token: &str, som: i64| {
        let body = json!({ "account_id": account, "amount_minor": som * 100, "currency": "KGS",
            "recipient": { "type": "merchant", "merchant_id": "globus-bishkek" } });
        let key = format!("k{}", keys.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
        let (bank, token) = (&bank, token.to_owned());
        async move {
            let reply = bank.call("POST", "/v1/operations", Some(&token), Some(&key), Some(body)).await;
            (reply.body["code"].as_str().map(str::to_owned), reply.body["message"].as_str().map(str::to_owned))
        }
    };
    let refused = |why: &str| (Some("limit_exceeded".to_owned()), Some(why.to_owned()));
    let paid = (None, None);

    // Unidentified: 15 000 som an operation, 30 000 a day, 100 000 a month.
    bank.sandbox.clock().set(at(1, 23, 50));
    assert_eq!(pay(&token, 15_000).await, paid);
    assert_eq!(pay(&token, 15_001).await, refused("over the single-operation limit"));
    assert_eq!(pay(&token, 15_000).await, paid);
    assert_eq!(pay(&token, 1).await, refused("over the daily limit"));
    // 00:10 in Bishkek is still the day before in UTC: the bank's new day has begun all the same.
    bank.sandbox.clock().set(at(2, 0, 10));
    assert_eq!(pay(&token, 15_000).await, paid);
    assert_eq!(pay(&token, 15_000).await, paid);
    bank.sandbox.clock().set(at(3, 12, 0));
    assert_eq!(pay(&token, 15_000).await, paid);
    assert_eq!(pay(&token, 15_000).await, paid);
    bank.sandbox.clock().set(at(4, 12, 0));
    assert_eq!(pay(&token, 10_000).await, paid, "100 000 this month");
    assert_eq!(pay(&token, 1).await, refused("over the monthly limit"), "the day's limit would allow it");
    // The next month begins at midnight in Bishkek, on the month's last day in UTC.
    let next = bank_month_start(at(4, 12, 0) + Span::days(31));
    bank.sandbox.clock().set(next - Span::minutes(5));
    let token = bank.signed_in(customer, "d").await;
    assert_eq!(pay(&token, 1).await, refused("over the monthly limit"), "five minutes before");
    bank.sandbox.clock().set(next + Span::minutes(5));
    assert_eq!(pay(&token, 15_000).await, paid);
}

#[tokio::test]
async fn an_accepted_operation_can_be_cancelled_until_it_is_executed() {
    let bank = Bank::open_with(|config| config.in_bank_execution_delay = Duration::from_secs(3600));
    let aigul = bank.signed_in(AIGUL, "a").await;
    let (balance, available) = bank.balance(&aigul).await;
    let accepted = bank.transfer(&aigul, "k1", BAKYT, 10_000).await.body;
    assert_eq!((accepted["status"].clone(), accepted["revocable"].clone()), (json!("accepted"), json!(true)));
    assert_eq!(bank.balance(&aigul).await, (balance, available - 10_000), "held, not booked");
    let id = accepted["operation_id"].as_str().expect("id");
    let cancelled = bank.call("POST", &format!("/v1/operations/{id}/cancel"), Some(&aigul), None, None).await;
    assert_eq!(cancelled.body["status"], "cancelled");
    assert_eq!(bank.balance(&aigul).await, (balance, available));
    let twice = bank.call("POST", &format!("/v1/operations/{id}/cancel"), Some(&aigul), None, None).await;
    assert_eq!(twice.status, StatusCode::OK, "cancelling again is harmless");

    let second = bank.transfer(&aigul, "k2", BAKYT, 20_000).await.body;
    bank.sandbox.clock().advance(Duration::from_secs(3601));
    assert_eq!(bank.sandbox.execute_due().await.expect("executes"), 1);
    let id = second["operation_id"].as_str().expect("id");
    let late = bank.call("POST", &format!("/v1/operations/{id}/cancel"), Some(&aigul), None, None).await;
    assert_eq!((late.status, late.body["code"].clone()), (StatusCode::CONFLICT, json!("not_revocable")));
    assert_eq!(bank.balance(&aigul).await, (balance - 20_000, available - 20_000));
}

#[tokio::test]
async fn history_comes_in_pages_by_cursor_and_changes_come_again() {
    let bank = Bank::open_with(|config| config.in_bank_execution_delay = Duration::from_secs(3600));
    let aigul = bank.signed_in(AIGUL, "a").await;
    let mut cursor = String::new();
    let mut seen = 0;
    loop {
        let page =
            bank.call("GET", &format!("/v1/operations?limit=25&cursor={cursor}"), Some(&aigul), None, None).await;
        seen += page.body["operations"].as_array().expect("list").len();
        cursor = page.body["cursor"].as_str().expect("cursor").to_owned();
        if page.body["has_more"] == false {
            break;
        }
    }
    assert_eq!(seen, 61, "the demo history: 60 operations and a top-up");
    let empty = bank.call("GET", &format!("/v1/operations?cursor={cursor}"), Some(&aigul), None, None).await;
    assert_eq!(empty.body["operations"], json!([]));
    assert_eq!(empty.body["cursor"], cursor.as_str(), "an empty page keeps the cursor");

    let accepted = bank.transfer(&aigul, "k", BAKYT, 100).await.body;
    let id = accepted["operation_id"].as_str().expect("id");
    bank.call("POST", &format!("/v1/operations/{id}/cancel"), Some(&aigul), None, None).await;
    let changes = bank.call("GET", &format!("/v1/operations?cursor={cursor}"), Some(&aigul), None, None).await;
    let operations = changes.body["operations"].as_array().expect("list");
    assert_eq!(operations.len(), 1, "one operation, in its newest state");
    assert_eq!(operations[0]["status"], "cancelled");
    let bad = bank.call("GET", "/v1/operations?cursor=nonsense", Some(&aigul), None, None).await;
    assert_eq!(bad.body["code"], "bad_request");
    // The document's page is 1 to 500: outside it is refused (was clamped, so 501 looked accepted).
    for limit in ["0", "501", "", "many"] {
        let page = bank.call("GET", &format!("/v1/operations?limit={limit}"), Some(&aigul), None, None).await;
        assert_eq!(page.code(), (StatusCode::BAD_REQUEST, "bad_request"), "limit={limit}");
    }
    let most = bank.call("GET", "/v1/operations?limit=500", Some(&aigul), None, None).await;
    assert_eq!(most.code().0, StatusCode::OK);
}

/// JSON Schema, and so the API document, counts 448.0 as the integer 448: the bank takes such a number wherever an
/// integer goes, exactly, and still refuses a fraction and a number too large to be exact.
#[tokio::test]
async fn whole_numbers_written_with_a_fraction_are_integers() {
    let bank = Bank::open();
    let aigul = bank.signed_in(AIGUL, "a").await;
    let transfer = |amount: Value| {
        json!({
            "account_id": "acc-996555123456", "amount_minor": amount, "currency": "KGS",
            "recipient": { "type": "phone", "phone": BAKYT },
        })
    };
    let whole = bank.call("POST", "/v1/operations", Some(&aigul), Some("w"), Some(transfer(json!(448.0)))).await;
    assert_eq!(whole.code().0, StatusCode::CREATED, "{:?}", whole.body);
    assert_eq!(whole.body["amount_minor"], 448, "exactly the integer written");
    for (key, amount) in [("f", json!(448.5)), ("b", json!(9_007_199_254_740_992.0_f64)), ("e", json!(1e300))] {
        let refused =
            bank.call("POST", "/v1/operations", Some(&aigul), Some(key), Some(transfer(amount.clone()))).await;
        assert_eq!(refused.code(), (StatusCode::BAD_REQUEST, "bad_request"), "{amount}");
    }
}

#[tokio::test]
async fn injected_faults_fail_before_or_lose_the_response_after_the_commit() {
    let bank = Bank::open();
    let aigul = bank.signed_in(AIGUL, "a").await;
    bank.sandbox.faults().set(FaultPlan { fail_requests: 1, method: Some("POST".into()), ..FaultPlan::default() });
    let failed = bank.transfer(&aigul, "f1", BAKYT, 100).await;
    assert_eq!((failed.status, failed.body["code"].clone()), (StatusCode::SERVICE_UNAVAILABLE, json!("unavailable")));
    assert_eq!(bank.operations_with_key("f1"), 0, "nothing happened");

    bank.sandbox.faults().set(FaultPlan { drop_responses: 1, method: Some("POST".into()), ..FaultPlan::default() });
    let request = Request::post("/v1/operations")
        .header(header::AUTHORIZATION, format!("Bearer {aigul}"))
        .header("Idempotency-Key", "f2")
        .body(Body::from(
            json!({ "account_id": account_id(AIGUL), "amount_minor": 100, "currency": "KGS",
                    "recipient": { "type": "phone", "phone": BAKYT } })
            .to_string(),
        ))
        .expect("request");
    let response = bank.router().oneshot(request).await.expect("response head");
    assert!(axum::body::to_bytes(response.into_body(), 1 << 20).await.is_err(), "the response is lost");
    assert_eq!(bank.operations_with_key("f2"), 1, "but the bank committed it");
    let retried = bank.transfer(&aigul, "f2", BAKYT, 100).await;
    assert_eq!(retried.status, StatusCode::CREATED);
    assert_eq!(bank.operations_with_key("f2"), 1, "the retry replays it");
}

#[tokio::test]
async fn the_demo_merchants_have_payment_links() {
    let bank = Bank::open();
    let merchants = bank.call("GET", "/dev/merchants", None, None, None).await.body;
    let links: Vec<&str> = merchants.as_array().expect("list").iter().filter_map(|m| m["elqr_link"].as_str()).collect();
    assert_eq!(links.len(), 4);
    assert!(links.iter().all(|link| link.starts_with("https://pay.payqr.kg/#000201")), "{links:?}");
    let keys = bank.call("GET", "/v1/keys", None, None, None).await.body;
    assert_eq!(keys["keys"][0]["algorithm"], "ed25519");
    assert_eq!(
        STANDARD.decode(keys["keys"][0]["public_key"].as_str().expect("key")).expect("b64"),
        bank.sandbox.public_key()
    );
}

/// Paying national payment QR codes (ELQR): the bank reads the code itself.
mod qr_payments {
    use super::*;
    use wallet_formats::elqr::{self, CodeKind, NewElqr, ProviderTemplate};

    async fn dynamic(bank: &Bank, amount_minor: u64, ttl_seconds: u64) -> String {
        let body = json!({ "amount_minor": amount_minor, "ttl_seconds": ttl_seconds, "comment": "Заказ 7" });
        let reply = bank.call("POST", "/dev/merchants/navat-cafe/dynamic", None, None, Some(body)).await;
        assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
        reply.body["link"].as_str().expect("link").to_owned()
    }

    async fn static_link(bank: &Bank) -> String {
        let reply = bank.call("GET", "/dev/merchants", None, None, None).await;
        reply.body[0]["elqr_link"].as_str().expect("a merchant's link").to_owned()
    }

    fn request(payload: &str, amount_minor: i64, fee_minor: Option<i64>) -> Value {
        json!({
            "account_id": account_id(AIGUL), "amount_minor": amount_minor, "currency": "KGS",
            "recipient": { "type": "elqr", "payload": payload }, "fee_minor": fee_minor,
        })
    }

    async fn quote(bank: &Bank, token: &str, payload: &str, amount_minor: i64) -> Reply {
        bank.call("POST", "/v1/quotes", Some(token), None, Some(request(payload, amount_minor, None))).await
    }

    async fn pay(bank: &Bank, token: &str, key: &str, payload: &str, amount_minor: i64, fee: Option<i64>) -> Reply {
        bank.call("POST", "/v1/operations", Some(token), Some(key), Some(request(payload, amount_minor, fee))).await
    }

    /// Another bank's code, as `wallet qr build` makes it.
    fn other_bank_code() -> String {
        let code = NewElqr {
            kind: CodeKind::Static,
            provider: ProviderTemplate {
                provider_id: "qr.bakai.kg".into(),
                service_code: Some("12345678901234".into()),
                recipient_id: Some("1240020001234567".into()),
                transaction_id: None,
                amount_editable: None,
                recipient_id_editable: None,
                unknown: vec![],
            },
            merchant: None,
            comment: None,
            additional: vec![],
            mcc: "5411".into(),
            currency: "417".into(),
            amount_minor: Some(0),
            provider_name: "9417 **** **** 5269".into(),
            unknown: vec![],
        };
        elqr::build_payload(&code).expect("builds")
    }

    #[tokio::test]
    async fn a_dynamic_code_is_quoted_paid_once_and_then_refused() {
        let bank = Bank::open();
        let token = bank.signed_in(AIGUL, "phone-1").await;
        let link = dynamic(&bank, 55_600, 900).await;
        let quoted = quote(&bank, &token, &link, 55_600).await;
        assert_eq!(quoted.status, StatusCode::OK, "{:?}", quoted.body);
        assert_eq!(
            (quoted.body["fee_minor"].as_i64(), quoted.body["payee_name"].as_str()),
            (Some(0), Some("Кафе Нават"))
        );
        let fixed = pay(&bank, &token, "k-0", &link, 100, None).await;
        assert_eq!(fixed.body["code"], "qr_amount_fixed", "{:?}", fixed.body);

        let (before, _) = bank.balance(&token).await;
        let paid = pay(&bank, &token, "k-1", &link, 55_600, Some(0)).await;
        assert_eq!(paid.status, StatusCode::CREATED, "{:?}", paid.body);
        assert_eq!(paid.body["status"], "executed");
        assert_eq!(bank.balance(&token).await.0, before - 55_600);
        // A retry with the same key is the same payment; a new one is refused.
        assert_eq!(
            pay(&bank, &token, "k-1", &link, 55_600, Some(0)).await.body["operation_id"],
            paid.body["operation_id"]
        );
        assert_eq!(pay(&bank, &token, "k-2", &link, 55_600, Some(0)).await.body["code"], "qr_already_paid");
        assert_eq!(quote(&bank, &token, &link, 55_600).await.body["code"], "qr_already_paid");
    }

    /// Seed 004 §5.12: a payment above the bank's step-up limit (50 000,00 сом) is quoted as needing an SMS code,
    /// refused without one, and paid once with a confirmation made for exactly this code and amount; the SMS says
    /// «Оплата» and names the merchant. At the limit, the PIN is enough.
    #[tokio::test]
    async fn a_payment_above_the_step_up_limit_needs_an_sms_code_naming_the_merchant() {
        let bank = Bank::open();
        let token = bank.signed_in(AIGUL, "phone-1").await;
        let top_up = json!({ "phone": AIGUL, "amount_minor": 20_000_000 });
        bank.call("POST", "/dev/top-up", None, None, Some(top_up)).await;
        let link = dynamic(&bank, 6_000_000, 900).await;
        assert_eq!(quote(&bank, &token, &link, 6_000_000).await.body["needs_sms_code"], true);
        let at_limit = dynamic(&bank, 5_000_000, 900).await;
        assert_eq!(quote(&bank, &token, &at_limit, 5_000_000).await.body["needs_sms_code"], false);
        assert_eq!(pay(&bank, &token, "k-0", &at_limit, 5_000_000, Some(0)).await.status, StatusCode::CREATED);

        let refused = pay(&bank, &token, "k-1", &link, 6_000_000, Some(0)).await;
        assert_eq!(refused.code(), (StatusCode::UNPROCESSABLE_ENTITY, "confirmation_required"));
        let ask = |key: &'static str, recipient: Value, amount_minor: i64| {
            let body = json!({
                "account_id": account_id(AIGUL), "amount_minor": amount_minor, "currency": "KGS", "recipient": recipient,
            });
            bank.call("POST", "/v1/transfer-codes", Some(&token), Some(key), Some(body))
        };
        let by_code = json!({ "type": "elqr", "payload": link });
        let small = ask("c-0", by_code.clone(), 5_000_000).await;
        assert_eq!(small.code(), (StatusCode::UNPROCESSABLE_ENTITY, "confirmation_not_needed"));
        let asked = ask("c-1", by_code, 6_000_000).await;
        assert_eq!(asked.status, StatusCode::CREATED, "{:?}", asked.body);
        let sms = bank.sms(AIGUL, Some("transfer")).await;
        assert_eq!(
            sms.text("text"),
            format!(
                "Код {}. Оплата 60\u{a0}000,00 сом получателю Кафе Нават (Sandbox Bank). Никому не сообщайте код.",
                sms.text("code")
            )
        );
        let confirmation_id = asked.text("confirmation_id");
        let path = format!("/v1/transfer-codes/{confirmation_id}/verify");
        let verified = bank.call("POST", &path, Some(&token), None, Some(json!({ "code": sms.text("code") }))).await;
        assert_eq!(verified.status, StatusCode::OK, "{:?}", verified.body);

        // Made for this code: another code of the same amount does not take it.
        let other = dynamic(&bank, 6_000_000, 900).await;
        let mut elsewhere = request(&other, 6_000_000, Some(0));
        elsewhere["confirmation_id"] = json!(confirmation_id);
        let refused = bank.call("POST", "/v1/operations", Some(&token), Some("k-2"), Some(elsewhere)).await;
        assert_eq!(refused.code(), (StatusCode::UNPROCESSABLE_ENTITY, "confirmation_invalid"));
        let mut body = request(&link, 6_000_000, Some(0));
        body["confirmation_id"] = json!(confirmation_id);
        let paid = bank.call("POST", "/v1/operations", Some(&token), Some("k-3"), Some(body)).await;
        assert_eq!(paid.status, StatusCode::CREATED, "{:?}", paid.body);

        // Exactly one of a phone and a recipient.
        let both = json!({
            "account_id": account_id(AIGUL), "amount_minor": 6_000_000, "currency": "KGS", "phone": BAKYT,
            "recipient": { "type": "elqr", "payload": other },
        });
        let refused = bank.call("POST", "/v1/transfer-codes", Some(&token), Some("c-2"), Some(both)).await;
        assert_eq!(refused.code(), (StatusCode::BAD_REQUEST, "bad_request"));
    }

    #[tokio::test]
    async fn an_expired_a_forged_and_a_foreign_currency_code_are_each_refused() {
        let bank = Bank::open();
        let token = bank.signed_in(AIGUL, "phone-1").await;
        let link = dynamic(&bank, 1_000, 60).await;
        bank.sandbox.clock().advance(Duration::from_secs(61));
        assert_eq!(quote(&bank, &token, &link, 1_000).await.body["code"], "qr_expired");

        let payload = elqr::payload_of(&static_link(&bank).await).expect("payload").into_owned();
        // A Latin «с» for the Cyrillic one: it looks the same, but the checksum no longer matches.
        let forged = payload.replacen("автобус", "автобуc", 1);
        assert_ne!(forged, payload);
        assert_eq!(quote(&bank, &token, &forged, 1_000).await.body["code"], "qr_invalid");
        assert_eq!(quote(&bank, &token, "garbage", 1_000).await.body["code"], "qr_invalid");

        let mut tenge = elqr::parse(&payload).expect("parses").to_new();
        tenge.currency = "398".into();
        let tenge = elqr::build_payload(&tenge).expect("builds");
        assert_eq!(quote(&bank, &token, &tenge, 1_000).await.body["code"], "currency_mismatch");
    }

    #[tokio::test]
    async fn another_banks_code_costs_the_interbank_fee_and_a_higher_fee_than_agreed_is_refused() {
        let bank = Bank::open();
        let token = bank.signed_in(AIGUL, "phone-1").await;
        let code = other_bank_code();
        let quoted = quote(&bank, &token, &code, 100_000).await;
        assert_eq!(quoted.status, StatusCode::OK, "{:?}", quoted.body);
        assert_eq!(quoted.body["fee_minor"], 1_000);
        assert_eq!(quoted.body["payee_bank"], "qr.bakai.kg");
        assert_eq!(quoted.body["payee_name"], "9417 **** **** 5269");
        assert_eq!(pay(&bank, &token, "k-1", &code, 100_000, Some(500)).await.body["code"], "fee_changed");
        let (before, _) = bank.balance(&token).await;
        let paid = pay(&bank, &token, "k-2", &code, 100_000, Some(1_000)).await;
        assert_eq!((paid.status, paid.body["fee_minor"].as_i64()), (StatusCode::CREATED, Some(1_000)));
        assert_eq!(bank.balance(&token).await.0, before - 101_000, "the amount and the fee");
    }
}

#[tokio::test]
async fn the_demo_customer_aigul_is_identified_with_the_identified_limits() {
    let bank = Bank::open();
    let aigul = bank.call("GET", "/v1/profile", Some(&bank.sign_in(AIGUL).await), None, None).await.body;
    let bakyt = bank.call("GET", "/v1/profile", Some(&bank.sign_in(BAKYT).await), None, None).await.body;
    assert_eq!((aigul["kyc_status"].clone(), bakyt["kyc_status"].clone()), (json!("approved"), json!("none")));
    for limit in ["single_operation_minor", "daily_minor", "monthly_minor"] {
        assert!(aigul["limits"][limit].as_i64() > bakyt["limits"][limit].as_i64(), "{limit}");
    }
}

/// The year and the sequence of an operation's number («2026-000123»).
fn year_and_seq(operation: &Value) -> (i32, i64) {
    let number = operation["number"].as_str().unwrap_or_else(|| panic!("no number: {operation}"));
    let (year, seq) = number.split_once('-').expect("year-sequence");
    assert_eq!((year.len(), seq.len()), (4, 6), "{number}");
    (year.parse().expect("a year"), seq.parse().expect("a sequence"))
}

#[tokio::test]
async fn operations_are_numbered_in_sequence_within_the_bishkek_year() {
    let bank = Bank::open();
    let aigul = bank.signed_in(AIGUL, "a").await;
    // The demo history: every operation numbered, once, 000001… without gaps in each year.
    let history = bank.call("GET", "/v1/operations?limit=500", Some(&aigul), None, None).await;
    let mut by_year: std::collections::BTreeMap<i32, Vec<i64>> = Default::default();
    for operation in history.body["operations"].as_array().expect("list") {
        let (year, seq) = year_and_seq(operation);
        by_year.entry(year).or_default().push(seq);
    }
    for (year, mut seqs) in by_year {
        seqs.sort_unstable();
        assert_eq!(seqs, (1..=seqs.len() as i64).collect::<Vec<_>>(), "{year}");
    }

    // 23:58 on New Year's Eve in Bishkek (17:58 UTC), in a year the bank has no operations of yet.
    let year = bank_today(bank.sandbox.clock().now()).year() + 2;
    let eve = time::Date::from_calendar_date(year, time::Month::December, 31).expect("a date");
    bank.sandbox.clock().set(eve.with_hms(17, 58, 0).expect("a time").assume_utc());
    let aigul = bank.signed_in(AIGUL, "a").await;
    let first = bank.transfer(&aigul, "k1", BAKYT, 100).await.body;
    let second = bank.transfer(&aigul, "k2", BAKYT, 100).await.body;
    assert_eq!(
        (first["number"].clone(), second["number"].clone()),
        (json!(format!("{year}-000001")), json!(format!("{year}-000002")))
    );
    // 00:00:01 on 1 January in Bishkek, still 31 December in UTC: a new year, a new sequence.
    bank.advance(Duration::from_secs(60));
    let new_year = bank.transfer(&aigul, "k3", BAKYT, 100).await.body;
    let next = format!("{}-000001", year + 1);
    assert_eq!(new_year["number"], next.as_str());

    // The same number wherever the operation is shown, to either side; never in the signed receipt.
    let bakyt = bank.signed_in(BAKYT, "b").await;
    let incoming = bank.call("GET", "/v1/operations?limit=500", Some(&bakyt), None, None).await;
    let seen = incoming.body["operations"].as_array().expect("list").last().cloned().expect("one");
    assert_eq!((seen["operation_id"].clone(), seen["number"].clone()), (new_year["operation_id"].clone(), json!(next)));
    assert_eq!(new_year["receipt"]["body"].get("number"), None);
    let replayed = bank.transfer(&aigul, "k3", BAKYT, 100).await.body;
    assert_eq!(replayed["number"], new_year["number"], "a replay is the same operation");
}

#[tokio::test]
async fn an_accepted_payment_the_bank_rejects_releases_the_money_and_says_why() {
    let bank = Bank::open_with(|config| config.in_bank_execution_delay = Duration::from_secs(3600));
    let aigul = bank.signed_in(AIGUL, "a").await;
    let (balance, available) = bank.balance(&aigul).await;
    let accepted = bank.transfer(&aigul, "k1", BAKYT, 10_000).await.body;
    let id = accepted["operation_id"].as_str().expect("id");
    let path = format!("/dev/operations/{id}/reject");
    let rejected = bank.call("POST", &path, None, None, Some(json!({ "code": "limit_exceeded" }))).await;
    assert_eq!(rejected.status, StatusCode::OK, "{:?}", rejected.body);
    assert_eq!(
        (rejected.body["status"].clone(), rejected.body["rejection"].clone(), rejected.body["revocable"].clone()),
        (json!("rejected"), json!("limit_exceeded"), json!(false))
    );
    assert_eq!(bank.balance(&aigul).await, (balance, available), "the hold is released");
    bank.advance(Duration::from_secs(3601));
    assert_eq!(bank.sandbox.execute_due().await.expect("executes"), 0, "a rejected payment never executes");
    let history = bank.call("GET", "/v1/operations?limit=500", Some(&aigul), None, None).await;
    let last = history.body["operations"].as_array().expect("list").last().cloned().expect("one");
    assert_eq!((last["operation_id"].as_str(), last["rejection"].clone()), (Some(id), json!("limit_exceeded")));

    assert_eq!(bank.call("POST", &path, None, None, Some(json!({}))).await.body["status"], "rejected", "again");
    let executed = bank.transfer(&aigul, "k2", BAKYT, 10_000).await.body;
    bank.advance(Duration::from_secs(3601));
    bank.sandbox.execute_due().await.expect("executes");
    let late = format!("/dev/operations/{}/reject", executed["operation_id"].as_str().expect("id"));
    assert_eq!(
        bank.call("POST", &late, None, None, Some(json!({}))).await.code(),
        (StatusCode::CONFLICT, "not_revocable")
    );
    let unknown = bank.call("POST", "/dev/operations/nope/reject", None, None, Some(json!({}))).await;
    assert_eq!(unknown.code(), (StatusCode::NOT_FOUND, "not_found"));
}

/// A comment with a NUL, a line break or a right-to-left override would reach the signed receipt and the payee's
/// screen looking like something else: refused before anything is stored.
#[tokio::test]
async fn comments_with_control_or_direction_characters_are_refused() {
    let bank = Bank::open();
    let aigul = bank.signed_in(AIGUL, "a").await;
    let send = |key: String, comment: &str| {
        let body = json!({
            "account_id": account_id(AIGUL), "amount_minor": 100, "currency": "KGS",
            "recipient": { "type": "phone", "phone": BAKYT }, "comment": comment,
        });
        let (bank, token) = (&bank, aigul.clone());
        async move { bank.call("POST", "/v1/operations", Some(&token), Some(&key), Some(body)).await }
    };
    for (i, comment) in
        ["обед \u{202E}десбо", "a\u{0}b", "за обед\nи кофе", "\u{2066}x\u{2069}"].into_iter().enumerate()
    {
        let reply = send(format!("bad-{i}"), comment).await;
        assert_eq!(reply.code(), (StatusCode::UNPROCESSABLE_ENTITY, "text_invalid"), "{comment:?}");
        assert!(reply.text("message").contains("U+"), "the message names the character");
        assert_eq!(bank.operations_with_key(&format!("bad-{i}")), 0);
    }
    let fine = send("fine".into(), "За обед 👍").await;
    assert_eq!(fine.status, StatusCode::CREATED);
}
