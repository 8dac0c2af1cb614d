//! Push notifications and the event feed through the sandbox bank's HTTP API in-process: registrations per device,
//! the events of each side of a payment, a request and a top-up, the feed by cursor and only one's own, the pushes
//! recorded for registered devices only and handed to in-process subscribers after the commit.

mod common;

use std::time::Duration;

use axum::http::StatusCode;
use common::{Bank, Reply};
use serde_json::{Value, json};
use wallet_protocol::notifications::{BankEventKind, PushMessage, PushPlatform};
use wallet_sandbox::PushDelivery;
use wallet_sandbox::seed::{CUSTOMERS, OTHER_BANK_CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const CHYNARA: &str = CUSTOMERS[2].1;
/// Кирилл Бакиров at Demir Bank: not a customer of this bank.
const KIRILL: &str = OTHER_BANK_CUSTOMERS[0].1;

impl Bank {
    async fn register(&self, token: &str, platform: &str, push_token: &str) -> Reply {
        let body = json!({ "platform": platform, "push_token": push_token });
        self.call("PUT", "/v1/push-registration", Some(token), None, Some(body)).await
    }

    /// The customer's events after `after` (from the start with `""`), at most `limit`.
    async fn events(&self, token: &str, after: &str, limit: u32) -> Reply {
        self.call("GET", &format!("/v1/events?after={after}&limit={limit}"), Some(token), None, None).await
    }

    /// All of the customer's events, oldest first.
    async fn all_events(&self, token: &str) -> Vec<Value> {
        let reply = self.events(token, "", 200).await;
        assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
        reply.body["events"].as_array().cloned().unwrap_or_default()
    }

    /// The kinds of the customer's events, oldest first.
    async fn event_kinds(&self, token: &str) -> Vec<String> {
        self.all_events(token).await.iter().map(|e| e["kind"].as_str().unwrap_or("").to_owned()).collect()
    }

    /// The pushes recorded for `phone`, oldest first.
    async fn pushes(&self, phone: &str) -> Vec<Value> {
        let reply =
            self.call("GET", &format!("/dev/pushes?phone={}", phone.replace('+', "%2B")), None, None, None).await;
        assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
        reply.body.as_array().cloned().unwrap_or_default()
    }

    /// Aigul transfers `amount_minor` to `to` under `key`.
    async fn transfer(&self, token: &str, key: &str, to: &str, amount_minor: i64) -> Reply {
        let body = json!({
            "account_id": account_id(AIGUL), "amount_minor": amount_minor, "currency": "KGS",
            "recipient": { "type": "phone", "phone": to },
        });
        self.call("POST", "/v1/operations", Some(token), Some(key), Some(body)).await
    }

    async fn top_up(&self, phone: &str, amount_minor: i64) {
        let body = json!({ "phone": phone, "amount_minor": amount_minor });
        let reply = self.call("POST", "/dev/top-up", None, None, Some(body)).await;
        assert_eq!(reply.status, StatusCode::NO_CONTENT, "{:?}", reply.body);
    }

    fn registrations(&self) -> i64 {
        self.count("SELECT COUNT(*) FROM push_devices")
    }
}

#[tokio::test]
async fn a_registration_is_one_per_device_and_the_same_body_again_changes_nothing() {
    let bank = Bank::open();
    let aigul = bank.sign_in_on(AIGUL, "aigul-phone").await;
    assert_eq!(bank.register(&aigul, "fcm", "token-1").await.status, StatusCode::NO_CONTENT);
    let stamp = || bank.count("SELECT updated_ms FROM push_devices WHERE device_id = 'aigul-phone'");
    let first = stamp();
    bank.advance(Duration::from_secs(5));
    assert_eq!(bank.register(&aigul, "fcm", "token-1").await.status, StatusCode::NO_CONTENT);
    assert_eq!((bank.registrations(), stamp()), (1, first), "the same body changes nothing");

    // A new token replaces the old one for this device.
    assert_eq!(bank.register(&aigul, "fcm", "token-2").await.status, StatusCode::NO_CONTENT);
    let kept =
        bank.count("SELECT COUNT(*) FROM push_devices WHERE push_token = 'token-2' AND user_id = 'usr-996555123456'");
    assert_eq!((bank.registrations(), kept), (1, 1));

    // A token is one installation's: registered by another device, it moves there.
    let bakyt = bank.sign_in_on(BAKYT, "bakyt-phone").await;
    assert_eq!(bank.register(&bakyt, "fcm", "token-2").await.status, StatusCode::NO_CONTENT);
    let moved =
        bank.count("SELECT COUNT(*) FROM push_devices WHERE device_id = 'bakyt-phone' AND push_token = 'token-2'");
    assert_eq!((bank.registrations(), moved), (1, 1));

    for bad in [json!({ "platform": "fcm", "push_token": "" }), json!({ "platform": "fcm", "push_token": "тег" })] {
        let refused = bank.call("PUT", "/v1/push-registration", Some(&aigul), None, Some(bad)).await;
        assert_eq!(refused.code(), (StatusCode::BAD_REQUEST, "bad_request"));
    }
    let unknown_platform = json!({ "platform": "sms", "push_token": "t" });
    let refused = bank.call("PUT", "/v1/push-registration", Some(&aigul), None, Some(unknown_platform)).await;
    assert_eq!(refused.code(), (StatusCode::BAD_REQUEST, "bad_request"));
    assert_eq!(bank.register("forged", "fcm", "t").await.code(), (StatusCode::UNAUTHORIZED, "unauthorized"));
}

#[tokio::test]
async fn unregistering_signing_out_and_another_sign_in_end_the_pushes_to_that_device() {
    let bank = Bank::open();
    let bakyt = bank.sign_in_on(BAKYT, "b1").await;
    bank.register(&bakyt, "apns", "apns-b1").await;
    for _ in 0..2 {
        let reply = bank.call("DELETE", "/v1/push-registration", Some(&bakyt), None, None).await;
        assert_eq!(reply.status, StatusCode::NO_CONTENT, "idempotent: 204 either way");
    }
    assert_eq!(bank.registrations(), 0);

    bank.register(&bakyt, "apns", "apns-b1").await;
    let out = bank.call("POST", "/v1/auth/logout", Some(&bakyt), None, None).await;
    assert_eq!((out.status, bank.registrations()), (StatusCode::NO_CONTENT, 0), "signing out");
    bank.top_up(BAKYT, 1_000).await;
    assert_eq!(bank.pushes(BAKYT).await, Vec::<Value>::new(), "nothing is pushed to a signed-out device");

    bank.advance(Duration::from_secs(61));
    let again = bank.sign_in_on(BAKYT, "b1").await;
    bank.register(&again, "apns", "apns-b1").await;
    bank.advance(Duration::from_secs(61));
    let _elsewhere = bank.sign_in_on(BAKYT, "b2").await;
    assert_eq!(bank.registrations(), 0, "the session another sign-in ended no longer gets pushes");
}

#[tokio::test]
async fn a_transfer_tells_the_payer_it_executed_and_the_payee_money_came_in() {
    let bank = Bank::open();
    let aigul = bank.sign_in_on(AIGUL, "a").await;
    let bakyt = bank.sign_in_on(BAKYT, "b").await;
    bank.register(&bakyt, "fcm", "bakyt-fcm").await;
    let paid = bank.transfer(&aigul, "k1", BAKYT, 12_345).await;
    let operation_id = paid.text("operation_id");

    let incoming = bank.all_events(&bakyt).await;
    assert_eq!(incoming.len(), 1, "{incoming:?}");
    let money_in = &incoming[0];
    let expected = json!({
        "event_id": money_in["event_id"], "kind": "money_in", "at": money_in["at"], "operation_id": operation_id,
        "amount_minor": 12_345, "currency": "KGS", "counterparty_name": "Айгуль А.",
    });
    assert_eq!(money_in, &expected);
    let outgoing = bank.all_events(&aigul).await;
    assert_eq!(outgoing.len(), 1, "{outgoing:?}");
    assert_eq!(
        (outgoing[0]["kind"].clone(), outgoing[0]["operation_id"].clone(), outgoing[0]["counterparty_name"].clone()),
        (json!("operation_executed"), json!(operation_id), json!("Бакыт Т."))
    );

    // The push names the event and its kind, nothing more; only registered devices get one.
    let pushes = bank.pushes(BAKYT).await;
    assert_eq!(pushes.len(), 1);
    assert_eq!(
        (pushes[0]["device_id"].clone(), pushes[0]["platform"].clone(), pushes[0]["push_token"].clone()),
        (json!("b"), json!("fcm"), json!("bakyt-fcm"))
    );
    assert_eq!(pushes[0]["message"], json!({ "event_id": money_in["event_id"], "kind": "money_in" }));
    assert_eq!(bank.pushes(AIGUL).await, Vec::<Value>::new(), "Aigul registered no device");
    let unknown = bank.call("GET", "/dev/pushes?phone=%2B996555000999", None, None, None).await;
    assert_eq!(unknown.code(), (StatusCode::NOT_FOUND, "not_found"));

    // A refused payment happened to nobody.
    let refused = bank.transfer(&aigul, "k2", BAKYT, 0).await;
    assert_eq!(refused.code().0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!((bank.all_events(&bakyt).await.len(), bank.all_events(&aigul).await.len()), (1, 1));
}

#[tokio::test]
async fn a_delayed_payment_is_heard_of_when_executed_and_a_rejected_one_when_rejected() {
    let bank = Bank::open_with(|config| config.in_bank_execution_delay = Duration::from_secs(60));
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let accepted = bank.transfer(&aigul, "k1", BAKYT, 500).await.text("operation_id");
    let rejected = bank.transfer(&aigul, "k2", BAKYT, 700).await.text("operation_id");
    assert_eq!(bank.event_kinds(&aigul).await, Vec::<String>::new(), "accepted is not news");

    let reject = format!("/dev/operations/{rejected}/reject");
    assert_eq!(bank.call("POST", &reject, None, None, Some(json!({}))).await.status, StatusCode::OK);
    bank.advance(Duration::from_secs(60));
    assert_eq!(bank.sandbox.execute_due().await.expect("executes"), 1);
    let events = bank.all_events(&aigul).await;
    let seen: Vec<(Value, Value)> = events.iter().map(|e| (e["kind"].clone(), e["operation_id"].clone())).collect();
    assert_eq!(
        seen,
        vec![(json!("operation_rejected"), json!(rejected)), (json!("operation_executed"), json!(accepted))]
    );
    assert_eq!(
        (events[0]["amount_minor"].clone(), events[0]["counterparty_name"].clone()),
        (json!(700), json!("Бакыт Т."))
    );
    assert_eq!(bank.event_kinds(&bakyt).await, vec!["money_in"], "the rejected payment never reached Bakyt");
}

#[tokio::test]
async fn a_request_reminds_its_payer_and_its_payment_tells_the_requester() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let ask = |payer: &str| json!({ "account_id": account_id(AIGUL), "payer_phone": payer, "amount_minor": 30_000, "currency": "KGS" });
    let request = bank.call("POST", "/v1/payment-requests", Some(&aigul), Some("r1"), Some(ask(BAKYT))).await;
    let (request_id, link) = (request.text("request_id"), request.text("link"));
    bank.call("POST", &format!("/v1/payment-requests/{request_id}/remind"), Some(&aigul), Some("m1"), None).await;
    let reminders = bank.all_events(&bakyt).await;
    assert_eq!(reminders.len(), 1, "{reminders:?}");
    let expected = json!({
        "event_id": reminders[0]["event_id"], "kind": "request_reminder", "at": reminders[0]["at"],
        "request_id": request_id, "amount_minor": 30_000, "currency": "KGS", "counterparty_name": "Айгуль А.",
    });
    assert_eq!(reminders[0], expected);

    // A reminder to someone who is not a customer here is news to nobody.
    let outside = bank.call("POST", "/v1/payment-requests", Some(&aigul), Some("r2"), Some(ask(KIRILL))).await;
    let path = format!("/v1/payment-requests/{}/remind", outside.text("request_id"));
    assert_eq!(bank.call("POST", &path, Some(&aigul), Some("m2"), None).await.status, StatusCode::OK);
    assert_eq!(bank.count("SELECT COUNT(*) FROM events"), 1);

    let body = json!({
        "account_id": account_id(BAKYT), "amount_minor": 30_000, "currency": "KGS",
        "recipient": { "type": "elqr", "payload": link },
    });
    let paid = bank.call("POST", "/v1/operations", Some(&bakyt), Some("p1"), Some(body)).await;
    let operation_id = paid.text("operation_id");
    let heard = bank.all_events(&aigul).await;
    let kinds: Vec<&str> = heard.iter().map(|e| e["kind"].as_str().unwrap_or("")).collect();
    assert_eq!(kinds, vec!["money_in", "request_paid"]);
    let request_paid = &heard[1];
    assert_eq!(
        (request_paid["request_id"].clone(), request_paid["operation_id"].clone()),
        (json!(request_id), json!(operation_id))
    );
    assert_eq!(
        (request_paid["amount_minor"].clone(), request_paid["counterparty_name"].clone()),
        (json!(30_000), json!("Бакыт Т."))
    );
    assert_eq!(bank.event_kinds(&bakyt).await, vec!["request_reminder", "operation_executed"]);
}

#[tokio::test]
async fn the_feed_pages_by_cursor_and_lists_only_the_customers_own_events() {
    let bank = Bank::open();
    let bakyt = bank.sign_in(BAKYT).await;
    let chynara = bank.sign_in(CHYNARA).await;
    for amount in [100, 200, 300] {
        bank.top_up(BAKYT, amount).await;
    }
    let first = bank.events(&bakyt, "", 2).await;
    let amounts = |reply: &Reply| -> Vec<Value> {
        reply.body["events"]
            .as_array()
            .map(|e| e.iter().map(|e| e["amount_minor"].clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!((amounts(&first), first.body["has_more"].clone()), (vec![json!(100), json!(200)], json!(true)));
    assert_eq!(first.body["events"][0]["counterparty_name"], "Терминал пополнения");
    let rest = bank.events(&bakyt, &first.text("cursor"), 2).await;
    assert_eq!((amounts(&rest), rest.body["has_more"].clone()), (vec![json!(300)], json!(false)));
    let empty = bank.events(&bakyt, &rest.text("cursor"), 2).await;
    assert_eq!(
        (amounts(&empty), empty.text("cursor")),
        (vec![], rest.text("cursor")),
        "an empty page keeps the cursor"
    );

    assert_eq!(bank.all_events(&chynara).await, Vec::<Value>::new(), "Chynara sees none of Bakyt's");
    let default = bank.call("GET", "/v1/events", Some(&bakyt), None, None).await;
    assert_eq!(amounts(&default).len(), 3);
    for bad in ["/v1/events?after=nonsense", "/v1/events?after=-1", "/v1/events?limit=0", "/v1/events?limit=201"] {
        let refused = bank.call("GET", bad, Some(&bakyt), None, None).await;
        assert_eq!(refused.code(), (StatusCode::BAD_REQUEST, "bad_request"), "{bad}");
    }
    assert_eq!(bank.events("forged", "", 1).await.code().0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_subscriber_gets_each_push_after_its_transaction_commits() {
    let bank = Bank::open();
    let mut pushes = bank.sandbox.subscribe_pushes();
    let bakyt = bank.sign_in_on(BAKYT, "b").await;
    bank.register(&bakyt, "preview", "preview-phone-b").await;
    assert!(pushes.try_recv().is_err(), "a registration pushes nothing");

    bank.top_up(BAKYT, 5_000).await;
    let delivered: PushDelivery = pushes.try_recv().expect("a push");
    assert_eq!((delivered.platform, delivered.push_token.as_str()), (PushPlatform::Preview, "preview-phone-b"));
    assert_eq!(delivered.message.kind, BankEventKind::MoneyIn);
    // By the time the push arrives the event is in the feed, for the phone to fetch.
    let feed = bank.all_events(&bakyt).await;
    assert_eq!(feed.last().map(|e| e["event_id"].clone()), Some(json!(delivered.message.event_id)));

    // A payment the bank refuses rolls back and pushes nothing.
    let aigul = bank.sign_in(AIGUL).await;
    assert_eq!(bank.transfer(&aigul, "k", BAKYT, 10_000_000_000).await.code().0, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(pushes.try_recv().is_err());
    bank.transfer(&aigul, "k2", BAKYT, 100).await;
    let next = pushes.try_recv().expect("a push");
    let newest = bank.all_events(&bakyt).await.last().and_then(|e| e["event_id"].as_str().map(str::to_owned));
    let expected = PushMessage { event_id: newest.unwrap_or_default(), kind: BankEventKind::MoneyIn };
    assert_eq!((next.push_token.as_str(), next.message), ("preview-phone-b", expected));
    assert!(pushes.try_recv().is_err(), "one device, one push");
}

#[tokio::test]
async fn a_request_is_heard_of_as_paid_when_its_payment_is_executed_not_when_accepted() {
    let bank = Bank::open_with(|config| config.in_bank_execution_delay = Duration::from_secs(60));
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let ask =
        json!({ "account_id": account_id(AIGUL), "payer_phone": BAKYT, "amount_minor": 5_000, "currency": "KGS" });
    let link = bank.call("POST", "/v1/payment-requests", Some(&aigul), Some("r1"), Some(ask)).await.text("link");
    let body = json!({
        "account_id": account_id(BAKYT), "amount_minor": 5_000, "currency": "KGS",
        "recipient": { "type": "elqr", "payload": link },
    });
    let accepted = bank.call("POST", "/v1/operations", Some(&bakyt), Some("p1"), Some(body)).await;
    assert_eq!(accepted.text("status"), "accepted");
    assert_eq!(bank.event_kinds(&aigul).await, Vec::<String>::new(), "the request shows paid, but no money moved yet");
    bank.advance(Duration::from_secs(60));
    assert_eq!(bank.sandbox.execute_due().await.expect("executes"), 1);
    assert_eq!(bank.event_kinds(&aigul).await, vec!["money_in", "request_paid"]);
}
