//! The client's transfer-by-phone calls against a sandbox bank on 127.0.0.1: which calls are retried (the lookup,
//! and the code request under its key) and which are not (the code check: every try counts), and the bank's
//! refusals as message ids.

use std::time::Duration;

use tokio::net::TcpListener;
use wallet_protocol::ErrorCode;
use wallet_protocol::auth::SmsVerifyRequest;
use wallet_protocol::operations::{NewOperation, OperationKind, OperationStatus, Recipient};
use wallet_protocol::recipients::{NewTransferCode, RecipientInfo, RecipientLookup, TransferCodeCheck};
use wallet_sandbox::seed::{CUSTOMERS, OTHER_BANK_CUSTOMERS, account_id};
use wallet_sandbox::{FaultPlan, RunningSandbox, Sandbox, SandboxConfig};

use super::{ApiError, BankClient, RetryPolicy, Timeouts};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const KIRILL: &str = OTHER_BANK_CUSTOMERS[0].1;

async fn bank(dir: &tempfile::TempDir) -> RunningSandbox {
    let sandbox = Sandbox::open(SandboxConfig::new(dir.path().join("bank.sqlite"))).expect("sandbox");
    sandbox.serve(TcpListener::bind("127.0.0.1:0").await.expect("port")).expect("serves")
}

fn client(url: &str) -> BankClient {
    let retry =
        RetryPolicy { attempts: 4, first_delay: Duration::from_millis(10), max_delay: Duration::from_millis(40) };
    BankClient::new(url, Timeouts::default(), retry).expect("client")
}

fn stored(bank: &RunningSandbox, sql: &str, id: &str) -> String {
    bank.db().with_blocking(|conn| conn.query_row(sql, [id], |row| row.get(0)).expect("stored"))
}

async fn sign_in(bank: &RunningSandbox, client: &BankClient, phone: &str) -> String {
    let challenge = client.request_code(phone, None).await.expect("code sent");
    let code = stored(bank, "SELECT code FROM sms_challenges WHERE challenge_id = ?1", &challenge.challenge_id);
    let request = SmsVerifyRequest { challenge_id: challenge.challenge_id, code, device_id: "test-device".into() };
    client.verify_code(&request).await.expect("signed in").token
}

fn faults(path_prefix: &str, fail_requests: u32, drop_responses: u32) -> FaultPlan {
    FaultPlan {
        fail_requests,
        drop_responses,
        path_prefix: Some(path_prefix.into()),
        method: Some("POST".into()),
        ..FaultPlan::default()
    }
}

fn refusal(result: Result<impl std::fmt::Debug, ApiError>) -> (Option<ErrorCode>, &'static str) {
    match result {
        Err(error) => (error.code(), error.message_id()),
        Ok(value) => panic!("expected a refusal, got {value:?}"),
    }
}

#[tokio::test]
async fn an_interbank_transfer_by_phone_is_looked_up_confirmed_by_sms_and_paid_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bank = bank(&dir).await;
    let client = client(&bank.url());
    let token = sign_in(&bank, &client, AIGUL).await;

    // The lookup is a read: a bank failing once is retried.
    bank.faults().set(faults("/recipients", 1, 0));
    let lookup = |phone: &str| RecipientLookup { phone: phone.into(), currency: "KGS".into() };
    let kirill = client.lookup_recipient(&token, &lookup(KIRILL)).await;
    let expected = RecipientInfo {
        name_masked: "Кирилл Б.".into(),
        bank_name: "Demir Bank".into(),
        same_bank: false,
        needs_sms_code: true,
        confirm_above_minor: None,
    };
    assert_eq!(kirill, Ok(expected));
    assert_eq!(bank.faults().plan().fail_requests, 0, "the failure was met and retried");
    let own = client.lookup_recipient(&token, &lookup(AIGUL)).await;
    assert_eq!(refusal(own), (Some(ErrorCode::RecipientNotFound), "bank-recipient-not-found"));

    // The code request goes again under its key when the answer is lost: one SMS, one confirmation.
    let request = NewTransferCode {
        account_id: account_id(AIGUL),
        amount_minor: 150_000,
        currency: "KGS".into(),
        phone: Some(KIRILL.into()),
        recipient: None,
    };
    bank.faults().set(faults("/transfer-codes", 0, 1));
    let code = client.request_transfer_code(&token, "code-key", &request).await.expect("code sent");
    assert_eq!(bank.faults().plan().drop_responses, 0, "the answer was lost once");
    assert_eq!((code.code_length, code.recipient_name_masked.as_str()), (6, "Кирилл Б."));
    let sent = stored(
        &bank,
        "SELECT COUNT(*) || '' FROM transfer_codes WHERE user_id = (SELECT user_id FROM users WHERE phone = ?1)",
        AIGUL,
    );
    assert_eq!(sent, "1");
    let right = stored(&bank, "SELECT code FROM transfer_codes WHERE confirmation_id = ?1", &code.confirmation_id);

    // The check is not retried: a failure comes back as it is, and a wrong code says the tries left.
    bank.faults().set(faults("/transfer-codes", 1, 0));
    let check = |code: &str| TransferCodeCheck { code: code.into() };
    let failed = client.verify_transfer_code(&token, &code.confirmation_id, &check(&right)).await;
    assert!(matches!(failed, Err(ApiError::Server { status: 503, .. })), "{failed:?}");
    match client.verify_transfer_code(&token, &code.confirmation_id, &check("x")).await {
        Err(ApiError::Refused(body)) => {
            assert_eq!((body.code, body.attempts_left), (ErrorCode::SmsCodeInvalid, Some(2)));
        }
        other => panic!("expected a wrong code, got {other:?}"),
    }
    let verified = client.verify_transfer_code(&token, &code.confirmation_id, &check(&right)).await;
    assert_eq!(verified.map(|v| v.confirmation_id), Ok(code.confirmation_id.clone()));

    let operation = NewOperation {
        account_id: account_id(AIGUL),
        amount_minor: 150_000,
        currency: "KGS".into(),
        recipient: Recipient::Phone { phone: KIRILL.into() },
        comment: None,
        fee_minor: Some(1_500),
        confirmation_id: Some(code.confirmation_id.clone()),
    };
    let made = client.create_operation(&token, "transfer-key", &operation).await.expect("transferred");
    assert_eq!(
        (made.kind, made.status, made.fee_minor),
        (OperationKind::TransferOut, OperationStatus::Executed, 1_500)
    );
    let again = client.create_operation(&token, "another-key", &operation).await;
    assert_eq!(refusal(again), (Some(ErrorCode::ConfirmationUsed), "bank-confirmation-used"));
    let unconfirmed = NewOperation { confirmation_id: None, ..operation };
    let refused = client.create_operation(&token, "third-key", &unconfirmed).await;
    assert_eq!(refusal(refused), (Some(ErrorCode::ConfirmationRequired), "bank-confirmation-required"));

    // Inside the bank no code is needed (nor sent).
    let inside = NewTransferCode {
        account_id: account_id(AIGUL),
        amount_minor: 10_000,
        currency: "KGS".into(),
        phone: Some(BAKYT.into()),
        recipient: None,
    };
    let not_needed = client.request_transfer_code(&token, "inside-key", &inside).await;
    assert_eq!(refusal(not_needed), (Some(ErrorCode::ConfirmationNotNeeded), "bank-confirmation-not-needed"));
}
