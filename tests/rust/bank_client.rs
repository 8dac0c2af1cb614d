//! The bank client against a real sandbox bank on 127.0.0.1, and against a hostile server that answers badly.

use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use rand_core::OsRng;
use tokio::net::TcpListener;
use wallet_core::api::{ApiError, BankClient, MAX_RESPONSE_BYTES, RetryPolicy, Timeouts};
use wallet_formats::contact_hash::prefix;
use wallet_formats::contact_oprf::blind;
use wallet_protocol::ErrorCode;
use wallet_protocol::auth::SmsVerifyRequest;
use wallet_protocol::contacts::{ContactEvaluateRequest, ContactMatchRequest, DAILY_BUDGET};
use wallet_protocol::notifications::{BankEventKind, PushPlatform, PushRegistration};
use wallet_protocol::operations::{NewOperation, OperationStatus, Recipient};
use wallet_protocol::requests::{NewPaymentRequest, PaymentRequestStatus};
use wallet_sandbox::seed::{CUSTOMERS, account_id};
use wallet_sandbox::{FaultPlan, RunningSandbox, Sandbox, SandboxConfig};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;

fn quick_retries() -> RetryPolicy {
    RetryPolicy { attempts: 4, first_delay: Duration::from_millis(10), max_delay: Duration::from_millis(40) }
}

async fn bank(dir: &tempfile::TempDir) -> RunningSandbox {
    let sandbox = Sandbox::open(SandboxConfig::new(dir.path().join("bank.sqlite"))).expect("sandbox");
    sandbox.serve(TcpListener::bind("127.0.0.1:0").await.expect("port")).expect("serves")
}

fn client(url: &str) -> BankClient {
    BankClient::new(url, Timeouts::default(), quick_retries()).expect("client")
}

async fn sign_in(bank: &RunningSandbox, client: &BankClient, phone: &str) -> String {
    let challenge = client.request_code(phone, Some("device-1")).await.expect("code sent");
    let code: String = bank.db().with_blocking(|conn| {
        conn.query_row("SELECT code FROM sms_challenges WHERE challenge_id = ?1", [&challenge.challenge_id], |row| {
            row.get(0)
        })
        .expect("stored code")
    });
    let request = SmsVerifyRequest { challenge_id: challenge.challenge_id, code, device_id: "test-device".into() };
    client.verify_code(&request).await.expect("signed in").token
}

fn transfer(amount_minor: i64) -> NewOperation {
    NewOperation {
        account_id: account_id(AIGUL),
        amount_minor,
        currency: "KGS".into(),
        recipient: Recipient::Phone { phone: BAKYT.into() },
        comment: Some("тест".into()),
        fee_minor: None,
        confirmation_id: None,
    }
}

fn count_operations(bank: &RunningSandbox, key: &str) -> i64 {
    bank.db().with_blocking(|conn| {
        conn.query_row("SELECT COUNT(*) FROM operations WHERE client_key = ?1", [key], |row| row.get(0)).expect("count")
    })
}

#[tokio::test]
async fn signs_in_reads_and_pays_through_the_api() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    assert_eq!(client.health().await.expect("health").api_version, "1.0");
    let token = sign_in(&bank, &client, AIGUL).await;
    assert_eq!(client.profile(&token).await.expect("profile").phone, AIGUL);
    let before = client.accounts(&token).await.expect("accounts").accounts[0].balance_minor;
    let operation = client.create_operation(&token, "key-1", &transfer(700)).await.expect("paid");
    assert_eq!(operation.status, OperationStatus::Executed);
    assert_eq!(client.accounts(&token).await.expect("accounts").accounts[0].balance_minor, before - 700);
    let history = client.changes(&token, "", 500).await.expect("history");
    assert!(history.operations.iter().any(|op| op.operation_id == operation.operation_id));
}

#[tokio::test]
async fn a_response_lost_after_the_commit_is_retried_and_executed_once() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let token = sign_in(&bank, &client, AIGUL).await;
    bank.faults().set(FaultPlan { drop_responses: 2, method: Some("POST".into()), ..FaultPlan::default() });
    let operation = client.create_operation(&token, "lost-twice", &transfer(300)).await.expect("third try answers");
    assert_eq!(operation.client_key.as_deref(), Some("lost-twice"));
    assert_eq!(count_operations(&bank, "lost-twice"), 1, "exactly one transfer exists");
}

#[tokio::test]
async fn server_failures_are_retried_for_idempotent_calls_only() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let token = sign_in(&bank, &client, AIGUL).await;

    bank.faults().set(FaultPlan { fail_requests: 3, ..FaultPlan::default() });
    assert!(client.accounts(&token).await.is_ok(), "three 503s, then an answer on the fourth try");

    bank.faults().set(FaultPlan { fail_requests: 4, ..FaultPlan::default() });
    assert!(matches!(client.accounts(&token).await, Err(ApiError::Server { status: 503, .. })), "gives up after four");

    bank.faults().set(FaultPlan { fail_requests: 1, ..FaultPlan::default() });
    assert!(
        matches!(client.request_code(BAKYT, None).await, Err(ApiError::Server { .. })),
        "an SMS request is never resent"
    );
    bank.faults().clear();
}

#[tokio::test]
async fn refusals_and_ended_sessions_are_typed() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let first = sign_in(&bank, &client, AIGUL).await;
    let refused = client.create_operation(&first, "too-much", &transfer(99_999_999_999)).await;
    assert_eq!(refused.as_ref().err().and_then(ApiError::code), Some(ErrorCode::LimitExceeded), "{refused:?}");
    assert_eq!(refused.err().map(|e| e.message_id()), Some("bank-limit-exceeded"));

    bank.clock().advance(Duration::from_secs(61));
    let _second = sign_in(&bank, &client, AIGUL).await;
    assert_eq!(client.profile(&first).await, Err(ApiError::SessionEnded { replaced: true }));
    assert_eq!(client.profile("forged").await, Err(ApiError::SessionEnded { replaced: false }));
    let invalid = client.request_code("+1 555", None).await;
    assert_eq!(invalid.err().and_then(|e| e.code()), Some(ErrorCode::InvalidPhone));
}

#[tokio::test]
async fn an_unreachable_bank_is_offline_after_the_retries() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("port");
    let address = listener.local_addr().expect("address");
    drop(listener);
    let client = client(&format!("http://{address}"));
    assert_eq!(client.health().await, Err(ApiError::Offline));
}

#[tokio::test]
async fn refuses_an_insecure_bank_address() {
    let result = BankClient::new("http://bank.example.kg", Timeouts::default(), RetryPolicy::default());
    assert!(matches!(result, Err(ApiError::InsecureUrl(_))));
}

/// Aigul asks Bakyt for `amount_minor` tyiyn.
fn asking_bakyt(amount_minor: i64) -> NewPaymentRequest {
    NewPaymentRequest {
        account_id: account_id(AIGUL),
        payer_phone: Some(BAKYT.into()),
        amount_minor,
        currency: "KGS".into(),
        comment: Some("Ужин".into()),
    }
}

fn count_requests(bank: &RunningSandbox) -> i64 {
    bank.db().with_blocking(|conn| {
        conn.query_row("SELECT COUNT(*) FROM payment_requests", [], |row| row.get(0)).expect("count")
    })
}

#[tokio::test]
async fn a_payment_request_lost_on_the_way_back_is_made_once() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let token = sign_in(&bank, &client, AIGUL).await;
    bank.faults().set(FaultPlan { drop_responses: 2, method: Some("POST".into()), ..FaultPlan::default() });
    let request = client.create_payment_request(&token, "split-1", &asking_bakyt(45_000)).await.expect("made");
    assert_eq!((request.status, request.amount_minor, request.in_wallet), (PaymentRequestStatus::Open, 45_000, true));
    assert_eq!(request.requester_name, "Айгуль А.");
    assert_eq!(count_requests(&bank), 1, "exactly one request exists");
    let again = client.create_payment_request(&token, "split-1", &asking_bakyt(45_000)).await.expect("replayed");
    assert_eq!(again, request);
    let refused = client.create_payment_request(&token, "split-2", &asking_bakyt(0)).await;
    assert_eq!(refused.err().and_then(|e| e.code()), Some(ErrorCode::AmountInvalid));
}

#[tokio::test]
async fn payment_requests_lists_the_sent_and_the_received() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let aigul = sign_in(&bank, &client, AIGUL).await;
    let bakyt = sign_in(&bank, &client, BAKYT).await;
    let request = client.create_payment_request(&aigul, "split-1", &asking_bakyt(10_000)).await.expect("made");
    bank.faults().set(FaultPlan { fail_requests: 2, ..FaultPlan::default() });
    let hers = client.payment_requests(&aigul).await.expect("a read is retried");
    assert_eq!((hers.sent, hers.received), (vec![request.clone()], vec![]));
    let his = client.payment_requests(&bakyt).await.expect("list");
    assert_eq!((his.sent, his.received), (vec![], vec![request]));
}

#[tokio::test]
async fn cancel_payment_request_cancels_once_and_encodes_the_id() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let token = sign_in(&bank, &client, AIGUL).await;
    let request = client.create_payment_request(&token, "split-1", &asking_bakyt(10_000)).await.expect("made");
    // The answer is lost: the retry finds it cancelled already and answers the same.
    bank.faults().set(FaultPlan { drop_responses: 1, method: Some("POST".into()), ..FaultPlan::default() });
    let cancelled = client.cancel_payment_request(&token, &request.request_id).await.expect("cancelled");
    assert_eq!(cancelled.status, PaymentRequestStatus::Cancelled);
    assert_eq!(cancelled.request_id, request.request_id);
    // An id that would be another path if it were not encoded is just an unknown request.
    for odd in ["../../operations", "a/b?c=d#e", "x y"] {
        let refused = client.cancel_payment_request(&token, odd).await;
        assert_eq!(refused.err().and_then(|e| e.code()), Some(ErrorCode::NotFound), "{odd}");
    }
}

#[tokio::test]
async fn remind_payment_request_counts_one_reminder_per_key() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let token = sign_in(&bank, &client, AIGUL).await;
    let request = client.create_payment_request(&token, "split-1", &asking_bakyt(10_000)).await.expect("made");
    bank.faults().set(FaultPlan { drop_responses: 2, method: Some("POST".into()), ..FaultPlan::default() });
    let reminded = client.remind_payment_request(&token, "remind-1", &request.request_id).await.expect("reminded");
    assert_eq!((reminded.reminders, reminded.reminded_at.is_some()), (1, true), "the retries counted nothing");
    let second = client.remind_payment_request(&token, "remind-2", &request.request_id).await.expect("reminded");
    assert_eq!(second.reminders, 2);
    client.cancel_payment_request(&token, &request.request_id).await.expect("cancelled");
    let refused = client.remind_payment_request(&token, "remind-3", &request.request_id).await;
    assert_eq!(refused.err().and_then(|e| e.code()), Some(ErrorCode::RequestCancelled));
}

#[tokio::test]
async fn contacts_are_evaluated_blind_and_matched_by_tag_prefix_and_a_changed_key_is_heard() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let token = sign_in(&bank, &client, AIGUL).await;
    let blinded: Vec<_> = [BAKYT, AIGUL].iter().map(|n| blind(n, &mut OsRng).expect("blinded")).collect();
    let request = ContactEvaluateRequest { blinded: blinded.iter().map(|b| b.element.clone()).collect() };
    let evaluation = client.evaluate_contacts(&token, &request).await.expect("evaluated");
    assert_eq!((evaluation.evaluated.len(), evaluation.prefix_len, evaluation.remaining), (2, 4, DAILY_BUDGET - 2));
    let tags: Vec<String> =
        blinded.iter().zip(&evaluation.evaluated).map(|(b, e)| b.finalize(e).expect("a group element")).collect();
    let (bakyt, own) = (&tags[0], &tags[1]);
    let request = ContactMatchRequest {
        key_id: evaluation.key_id.clone(),
        prefixes: vec![prefix(bakyt, 4).to_owned(), prefix(own, 4).to_owned()],
    };
    let found = client.match_contacts(&token, &request).await.expect("matched");
    assert!(found.tags.contains(bakyt) && !found.tags.contains(own), "{:?}", found.tags);

    bank.db().tx(|tx| wallet_sandbox::contacts::rotate(tx, 0).map(|_| ())).await.expect("a new key");
    let stale = client.match_contacts(&token, &request).await;
    assert_eq!(stale.err().and_then(|e| e.code()), Some(ErrorCode::ContactsKeyChanged));
    assert_eq!(
        client.evaluate_contacts("forged", &ContactEvaluateRequest { blinded: vec![] }).await.err(),
        Some(ApiError::SessionEnded { replaced: false })
    );
}

/// A server that answers every request to `/v1/accounts` in the given bad way.
async fn hostile(answer: fn() -> Response) -> String {
    let app = Router::new().route("/v1/accounts", get(move || async move { answer() }));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("port");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{address}")
}

#[tokio::test]
async fn malformed_truncated_or_oversized_answers_are_typed_errors() {
    let not_json = hostile(|| "<html>proxy login</html>".into_response()).await;
    assert!(matches!(client(&not_json).accounts("t").await, Err(ApiError::Malformed(_))));

    let wrong_shape = hostile(|| (StatusCode::OK, r#"{"accounts": 5}"#).into_response()).await;
    assert!(matches!(client(&wrong_shape).accounts("t").await, Err(ApiError::Malformed(_))));

    let truncated = hostile(|| (StatusCode::OK, r#"{"accounts": [{"account_id": "a", "curr"#).into_response()).await;
    assert!(matches!(client(&truncated).accounts("t").await, Err(ApiError::Malformed(_))));

    let oversized = hostile(|| {
        let big = vec![b' '; MAX_RESPONSE_BYTES + 1];
        ([(header::CONTENT_TYPE, "application/json")], big).into_response()
    })
    .await;
    assert!(matches!(client(&oversized).accounts("t").await, Err(ApiError::TooLarge { .. })));

    let streamed_oversize = hostile(|| {
        let chunks = tokio_stream::iter((0..5).map(|_| Ok::<_, std::io::Error>(vec![b' '; MAX_RESPONSE_BYTES / 4])));
        Body::from_stream(chunks).into_response()
    })
    .await;
    assert!(matches!(client(&streamed_oversize).accounts("t").await, Err(ApiError::TooLarge { .. })));

    let error_without_body = hostile(|| StatusCode::IM_A_TEAPOT.into_response()).await;
    assert!(matches!(client(&error_without_body).accounts("t").await, Err(ApiError::Malformed(_))));
}

fn push_devices(bank: &RunningSandbox, push_token: &str) -> i64 {
    bank.db().with_blocking(|conn| {
        conn.query_row(
            "SELECT COUNT(*) FROM push_devices WHERE device_id = 'test-device' AND push_token = ?1",
            [push_token],
            |row| row.get(0),
        )
        .expect("count")
    })
}

fn registration(push_token: &str) -> PushRegistration {
    PushRegistration { platform: PushPlatform::Fcm, push_token: push_token.into() }
}

#[tokio::test]
async fn register_push_keeps_one_registration_for_the_device_through_lost_answers() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let token = sign_in(&bank, &client, BAKYT).await;
    bank.faults().set(FaultPlan { drop_responses: 2, method: Some("PUT".into()), ..FaultPlan::default() });
    client.register_push(&token, &registration("fcm-1")).await.expect("registered on the third try");
    client.register_push(&token, &registration("fcm-2")).await.expect("a new token");
    assert_eq!((push_devices(&bank, "fcm-1"), push_devices(&bank, "fcm-2")), (0, 1), "the new token replaced the old");
    let refused = client.register_push(&token, &registration("")).await;
    assert_eq!(refused.err().and_then(|e| e.code()), Some(ErrorCode::BadRequest));
    assert_eq!(
        client.register_push("forged", &registration("x")).await,
        Err(ApiError::SessionEnded { replaced: false })
    );
}

#[tokio::test]
async fn unregister_push_ends_the_registration_and_may_be_repeated() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let token = sign_in(&bank, &client, BAKYT).await;
    client.register_push(&token, &registration("fcm-1")).await.expect("registered");
    bank.faults().set(FaultPlan { drop_responses: 1, method: Some("DELETE".into()), ..FaultPlan::default() });
    client.unregister_push(&token).await.expect("unregistered on the second try");
    client.unregister_push(&token).await.expect("again: nothing to remove, still fine");
    assert_eq!(push_devices(&bank, "fcm-1"), 0);
}

#[tokio::test]
async fn events_are_read_by_cursor_and_retried() {
    let dir = tempfile::tempdir().expect("dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let aigul = sign_in(&bank, &client, AIGUL).await;
    let bakyt = sign_in(&bank, &client, BAKYT).await;
    let paid = client.create_operation(&aigul, "key-1", &transfer(700)).await.expect("paid");
    bank.faults().set(FaultPlan { fail_requests: 2, ..FaultPlan::default() });
    let page = client.events(&bakyt, None).await.expect("a read is retried");
    assert_eq!(page.events.len(), 1, "{page:?}");
    let money_in = &page.events[0];
    assert_eq!(
        (money_in.kind, money_in.operation_id.as_deref()),
        (BankEventKind::MoneyIn, Some(paid.operation_id.as_str()))
    );
    assert_eq!((money_in.amount_minor, money_in.counterparty_name.as_deref()), (Some(700), Some("Айгуль А.")));
    let after = client.events(&bakyt, Some(&page.cursor)).await.expect("the next page");
    assert_eq!((after.events.len(), after.has_more, after.cursor), (0, false, page.cursor));
    let odd = client.events(&bakyt, Some("1&limit=500")).await;
    assert_eq!(odd.err().and_then(|e| e.code()), Some(ErrorCode::BadRequest), "the cursor is sent encoded");
}
