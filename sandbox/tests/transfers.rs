//! Transfers by phone number through the sandbox bank's HTTP API in-process (seed 004 §5.12, §5.25): who a number
//! reaches (masked, which bank), the interbank fee, the SMS code sent to the payer that names the amount and the
//! recipient, its wrong tries and lifetime, and the transfer that needs a fitting, verified, unused confirmation.

mod common;

use std::time::Duration;

use axum::http::StatusCode;
use common::{Bank, Reply};
use serde_json::{Value, json};
use wallet_sandbox::seed::{CUSTOMERS, OTHER_BANK_CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const DANIYAR: &str = CUSTOMERS[3].1;
/// Кирилл Бакиров at Demir Bank.
const KIRILL: &str = OTHER_BANK_CUSTOMERS[0].1;
/// Айгуль Сыдыкова at Optima Bank.
const AIGUL_S: &str = OTHER_BANK_CUSTOMERS[1].1;
/// Асель Нурланова at Kaspi Bank (tenge).
const ASEL: &str = OTHER_BANK_CUSTOMERS[3].1;

const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

async fn lookup(bank: &Bank, token: &str, phone: &str, currency: &str) -> Reply {
    let body = json!({ "phone": phone, "currency": currency });
    bank.call("POST", "/v1/recipients/lookup", Some(token), None, Some(body)).await
}

async fn quote(bank: &Bank, token: &str, phone: &str, amount_minor: i64) -> Reply {
    let body = json!({
        "account_id": account_id(AIGUL), "amount_minor": amount_minor, "currency": "KGS",
        "recipient": { "type": "phone", "phone": phone },
    });
    bank.call("POST", "/v1/quotes", Some(token), None, Some(body)).await
}

/// Aigul asks for the code of a transfer of `amount_minor` tyiyn to `phone`.
async fn ask_code(bank: &Bank, token: &str, key: &str, phone: &str, amount_minor: i64) -> Reply {
    let body =
        json!({ "account_id": account_id(AIGUL), "amount_minor": amount_minor, "currency": "KGS", "phone": phone });
    bank.call("POST", "/v1/transfer-codes", Some(token), Some(key), Some(body)).await
}

async fn verify(bank: &Bank, token: &str, confirmation_id: &str, code: &str) -> Reply {
    let path = format!("/v1/transfer-codes/{confirmation_id}/verify");
    bank.call("POST", &path, Some(token), None, Some(json!({ "code": code }))).await
}

/// Aigul transfers `amount_minor` tyiyn to `phone`, with a confirmation or without.
async fn transfer(
    bank: &Bank,
    token: &str,
    key: &str,
    phone: &str,
    amount_minor: i64,
    confirmation_id: Option<&str>,
) -> Reply {
    let mut body = json!({
        "account_id": account_id(AIGUL), "amount_minor": amount_minor, "currency": "KGS",
        "recipient": { "type": "phone", "phone": phone },
    });
    if let Some(id) = confirmation_id {
        body["confirmation_id"] = json!(id);
    }
    bank.call("POST", "/v1/operations", Some(token), Some(key), Some(body)).await
}

/// The code of Aigul's newest transfer SMS.
async fn sent_code(bank: &Bank) -> String {
    bank.sms(AIGUL, Some("transfer")).await.text("code")
}

/// A wrong code for `right`: the same length, another digit first.
fn wrong(right: &str) -> String {
    let first = if right.starts_with('0') { '1' } else { '0' };
    std::iter::once(first).chain(right.chars().skip(1)).collect()
}

/// Asks for a code and verifies it; returns the confirmation.
async fn confirmed(bank: &Bank, token: &str, key: &str, phone: &str, amount_minor: i64) -> String {
    let asked = ask_code(bank, token, key, phone, amount_minor).await;
    assert_eq!(asked.status, StatusCode::CREATED, "{:?}", asked.body);
    let confirmation_id = asked.text("confirmation_id");
    let verified = verify(bank, token, &confirmation_id, &sent_code(bank).await).await;
    assert_eq!(verified.status, StatusCode::OK, "{:?}", verified.body);
    assert_eq!(verified.body, json!({ "confirmation_id": confirmation_id }));
    confirmation_id
}

#[tokio::test]
async fn a_lookup_shows_this_banks_and_other_banks_customers_masked() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;

    let bakyt = lookup(&bank, &aigul, BAKYT, "KGS").await;
    assert_eq!(bakyt.status, StatusCode::OK, "{:?}", bakyt.body);
    let expected = json!({
        "name_masked": "Бакыт Т.", "bank_name": "Sandbox Bank", "same_bank": true, "needs_sms_code": false,
        "confirm_above_minor": 5_000_000,
    });
    assert_eq!(bakyt.body, expected);

    let kirill = lookup(&bank, &aigul, KIRILL, "KGS").await;
    assert_eq!(kirill.status, StatusCode::OK, "{:?}", kirill.body);
    let expected =
        json!({ "name_masked": "Кирилл Б.", "bank_name": "Demir Bank", "same_bank": false, "needs_sms_code": true });
    assert_eq!(kirill.body, expected);
    let other = lookup(&bank, &aigul, AIGUL_S, "KGS").await;
    assert_eq!((other.text("name_masked"), other.text("bank_name")), ("Айгуль С.".into(), "Optima Bank".into()));

    // A customer of this bank without a name is shown by the masked number.
    let newcomer = "+996555000777";
    bank.sign_in(newcomer).await;
    assert_eq!(lookup(&bank, &aigul, newcomer, "KGS").await.text("name_masked"), "+996 555 ***777");
}

/// Walking the numbering plan through lookups (each names who has a wallet, masked, and where) stops at the burst
/// limit, refused numbers counted too; the wait is said, the next lookup goes once it passes, and the day's limit
/// holds across bursts. Another customer is not limited by it.
#[tokio::test]
async fn looking_up_numbers_one_after_another_is_rate_limited() {
    use wallet_sandbox::lookup_limit::{BURST_MS, DAY_MS, PER_BURST, PER_DAY};
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let walk = |n: u32| format!("+99655510{n:04}");
    for n in 0..PER_BURST {
        let answer = lookup(&bank, &aigul, &walk(n), "KGS").await;
        assert_eq!(answer.code(), (UNPROCESSABLE, "recipient_not_found"), "lookup {n}: refused, still counted");
    }
    let over = lookup(&bank, &aigul, BAKYT, "KGS").await;
    assert_eq!(over.code(), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
    let wait = over.body["retry_after_seconds"].as_i64().expect("the wait is said");
    assert!(wait > 0 && wait <= BURST_MS / 1000, "{wait}");
    assert_eq!(lookup(&bank, &bakyt, AIGUL, "KGS").await.code().0, StatusCode::OK, "another customer's own limit");
    bank.advance(Duration::from_millis(u64::try_from(BURST_MS).expect("positive")));
    assert_eq!(lookup(&bank, &aigul, BAKYT, "KGS").await.code().0, StatusCode::OK, "the burst passed");
    bank.advance(Duration::from_millis(u64::try_from(BURST_MS).expect("positive")));
    // Bursts spread over the day still stop at the day's limit.
    let mut done = PER_BURST + 1;
    while done < PER_DAY {
        for _ in 0..PER_BURST.min(PER_DAY - done) {
            assert_eq!(lookup(&bank, &aigul, &walk(done), "KGS").await.code().1, "recipient_not_found", "{done}");
            done += 1;
        }
        bank.advance(Duration::from_millis(u64::try_from(BURST_MS).expect("positive")));
    }
    let day = lookup(&bank, &aigul, BAKYT, "KGS").await;
    assert_eq!(day.code(), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"), "the day's {PER_DAY}");
    let wait = day.body["retry_after_seconds"].as_i64().expect("the wait is said");
    assert!(wait > BURST_MS / 1000 && wait <= DAY_MS / 1000, "until the day's first lookup leaves: {wait}");
}

#[tokio::test]
async fn a_lookup_refuses_unknown_own_and_malformed_numbers() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let unknown = lookup(&bank, &aigul, "+996555999999", "KGS").await;
    assert_eq!(unknown.code(), (UNPROCESSABLE, "recipient_not_found"));
    let own = lookup(&bank, &aigul, AIGUL, "KGS").await;
    assert_eq!(own.code(), (UNPROCESSABLE, "recipient_not_found"));
    assert_eq!(own.text("message"), "this is your own number");
    assert_eq!(lookup(&bank, &aigul, "0555123456", "KGS").await.code(), (UNPROCESSABLE, "invalid_phone"));
    // Кирилл's bank takes som, Данияр's account tenge.
    assert_eq!(lookup(&bank, &aigul, KIRILL, "KZT").await.code(), (UNPROCESSABLE, "currency_mismatch"));
    assert_eq!(lookup(&bank, &aigul, DANIYAR, "KGS").await.code(), (UNPROCESSABLE, "currency_mismatch"));
    let anonymous =
        bank.call("POST", "/v1/recipients/lookup", None, None, Some(json!({"phone": KIRILL, "currency": "KGS"})));
    assert_eq!(anonymous.await.code(), (StatusCode::UNAUTHORIZED, "unauthorized"));
}

#[tokio::test]
async fn an_interbank_quote_has_the_interbank_fee_and_names_the_bank() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let quoted = quote(&bank, &aigul, KIRILL, 150_000).await;
    assert_eq!(quoted.status, StatusCode::OK, "{:?}", quoted.body);
    let expected = json!({
        "amount_minor": 150_000, "fee_minor": 1_500, "currency": "KGS", "payee_name": "Кирилл Б.",
        "payee_bank": "Demir Bank", "needs_sms_code": true,
    });
    assert_eq!(quoted.body, expected);
    // 1 %, at least 5 som and at most 200 som.
    assert_eq!(quote(&bank, &aigul, KIRILL, 10_000).await.body["fee_minor"], 500);
    assert_eq!(quote(&bank, &aigul, AIGUL_S, 5_000_000).await.body["fee_minor"], 20_000);
    // Inside this bank: free, the name masked, no other bank.
    let internal = quote(&bank, &aigul, BAKYT, 150_000).await;
    assert_eq!(
        internal.body,
        json!({
            "amount_minor": 150_000, "fee_minor": 0, "currency": "KGS", "payee_name": "Бакыт Т.",
            "needs_sms_code": false,
        })
    );
    // Above the step-up limit, the quote says the code is needed inside the bank too.
    assert_eq!(quote(&bank, &aigul, BAKYT, 5_000_001).await.body["needs_sms_code"], true);
    assert_eq!(quote(&bank, &aigul, "+996555999999", 100).await.code(), (UNPROCESSABLE, "recipient_not_found"));
}

#[tokio::test]
async fn the_transfer_sms_goes_to_the_payer_and_names_the_amount_and_the_recipient() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let before = bank.sandbox.clock().now();
    let asked = ask_code(&bank, &aigul, "code-1", KIRILL, 150_000).await;
    assert_eq!(asked.status, StatusCode::CREATED, "{:?}", asked.body);
    let confirmation_id = asked.text("confirmation_id");
    assert_eq!(asked.body["code_length"], 6);
    assert_eq!(asked.body["recipient_name_masked"], "Кирилл Б.");
    assert_eq!(asked.body["bank_name"], "Demir Bank");
    assert_eq!((asked.body["amount_minor"].clone(), asked.text("currency")), (json!(150_000), "KGS".into()));
    let expires =
        time::OffsetDateTime::parse(&asked.text("expires_at"), &time::format_description::well_known::Rfc3339)
            .expect("rfc3339");
    let lifetime = expires - before;
    assert!(lifetime > time::Duration::seconds(299) && lifetime <= time::Duration::seconds(301), "{lifetime}");

    let sms = bank.sms(AIGUL, Some("transfer")).await;
    assert_eq!(sms.status, StatusCode::OK, "{:?}", sms.body);
    let code = sms.text("code");
    assert!(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()), "{code}");
    assert_eq!(sms.text("challenge_id"), confirmation_id);
    assert_eq!(
        sms.text("text"),
        format!("Код {code}. Перевод 1\u{a0}500,00 сом получателю Кирилл Б. (Demir Bank). Никому не сообщайте код.")
    );
    // The newest SMS of any kind is this one; the sign-in code is still there by its kind.
    assert_eq!(bank.sms(AIGUL, None).await.text("kind"), "transfer");
    assert_eq!(bank.sms(AIGUL, Some("sign_in")).await.text("kind"), "sign_in");
    assert_eq!(bank.sms(KIRILL, Some("transfer")).await.status, StatusCode::NOT_FOUND, "nothing went to the payee");

    // A retry under the same key is the same confirmation, and no second SMS.
    let again = ask_code(&bank, &aigul, "code-1", KIRILL, 150_000).await;
    assert_eq!((again.status, again.text("confirmation_id")), (StatusCode::CREATED, confirmation_id));
    assert_eq!(bank.count("SELECT COUNT(*) FROM transfer_codes"), 1);
    let body = json!({ "account_id": account_id(AIGUL), "amount_minor": 150_000, "currency": "KGS", "phone": KIRILL });
    let keyless = bank.call("POST", "/v1/transfer-codes", Some(&aigul), None, Some(body)).await;
    assert_eq!(keyless.code(), (StatusCode::BAD_REQUEST, "idempotency_key_missing"));

    // Tenge, to a customer of a Kazakh bank (within Данияр's limits as an unidentified customer).
    let daniyar = bank.sign_in(DANIYAR).await;
    let body =
        json!({ "account_id": account_id(DANIYAR), "amount_minor": 1_234_567, "currency": "KZT", "phone": ASEL });
    let tenge = bank.call("POST", "/v1/transfer-codes", Some(&daniyar), Some("tenge"), Some(body)).await;
    assert_eq!(tenge.status, StatusCode::CREATED, "{:?}", tenge.body);
    let sms = bank.sms(DANIYAR, Some("transfer")).await;
    let expected = format!(
        "Код {}. Перевод 12\u{a0}345,67 тенге получателю Асель Н. (Kaspi Bank). Никому не сообщайте код.",
        sms.text("code")
    );
    assert_eq!(sms.text("text"), expected);
}

#[tokio::test]
async fn a_code_is_only_for_a_transfer_to_another_bank_that_could_go() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let same_bank = ask_code(&bank, &aigul, "a", BAKYT, 10_000).await;
    assert_eq!(same_bank.code(), (UNPROCESSABLE, "confirmation_not_needed"));
    assert_eq!(
        ask_code(&bank, &aigul, "b", "+996555999999", 10_000).await.code(),
        (UNPROCESSABLE, "recipient_not_found")
    );
    assert_eq!(ask_code(&bank, &aigul, "c", AIGUL, 10_000).await.code(), (UNPROCESSABLE, "recipient_not_found"));
    assert_eq!(ask_code(&bank, &aigul, "d", KIRILL, 0).await.code(), (UNPROCESSABLE, "amount_invalid"));
    let body = json!({ "account_id": account_id(BAKYT), "amount_minor": 10_000, "currency": "KGS", "phone": KIRILL });
    let not_hers = bank.call("POST", "/v1/transfer-codes", Some(&aigul), Some("e"), Some(body)).await;
    assert_eq!(not_hers.code(), (StatusCode::NOT_FOUND, "not_found"));
    assert_eq!(bank.count("SELECT COUNT(*) FROM transfer_codes"), 0, "no SMS went");
}

/// A transfer over the payer's limits would be refused whatever the code: the bank says so before any SMS.
#[tokio::test]
async fn no_code_is_sent_for_a_transfer_over_the_payers_limits() {
    let bank = Bank::open();
    let bakyt = bank.sign_in(BAKYT).await;
    // Бакыт is not identified: 15 000,00 сом at most at a time.
    let body =
        json!({ "account_id": account_id(BAKYT), "amount_minor": 1_500_001, "currency": "KGS", "phone": KIRILL });
    let over = bank.call("POST", "/v1/transfer-codes", Some(&bakyt), Some("a"), Some(body)).await;
    assert_eq!(over.code(), (UNPROCESSABLE, "limit_exceeded"));
    assert_eq!(bank.count("SELECT COUNT(*) FROM transfer_codes"), 0, "no SMS went");
    let body =
        json!({ "account_id": account_id(BAKYT), "amount_minor": 1_500_000, "currency": "KGS", "phone": KIRILL });
    let within = bank.call("POST", "/v1/transfer-codes", Some(&bakyt), Some("b"), Some(body)).await;
    assert_eq!(within.status, StatusCode::CREATED, "{:?}", within.body);
}

#[tokio::test]
async fn transfer_codes_are_limited_per_hour() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    for i in 0..10 {
        let asked = ask_code(&bank, &aigul, &format!("k{i}"), KIRILL, 10_000).await;
        assert_eq!(asked.status, StatusCode::CREATED, "code {i}: {:?}", asked.body);
        bank.advance(Duration::from_secs(60));
    }
    let eleventh = ask_code(&bank, &aigul, "k10", KIRILL, 10_000).await;
    assert_eq!(eleventh.code(), (StatusCode::TOO_MANY_REQUESTS, "sms_too_many_attempts"));
    assert_eq!(eleventh.body["retry_after_seconds"], 60 * 60 - 10 * 60);
    bank.advance(Duration::from_secs(60 * 60 - 10 * 60 + 1));
    assert_eq!(ask_code(&bank, &aigul, "k11", KIRILL, 10_000).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn wrong_codes_say_the_tries_left_and_three_end_the_confirmation() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let confirmation_id = ask_code(&bank, &aigul, "code", KIRILL, 150_000).await.text("confirmation_id");
    let right = sent_code(&bank).await;

    let first = verify(&bank, &aigul, &confirmation_id, &wrong(&right)).await;
    assert_eq!(first.code(), (UNPROCESSABLE, "sms_code_invalid"));
    assert_eq!(first.body["attempts_left"], 2);
    let second = verify(&bank, &aigul, &confirmation_id, "12").await;
    assert_eq!((second.code(), second.body["attempts_left"].clone()), ((UNPROCESSABLE, "sms_code_invalid"), json!(1)));
    let third = verify(&bank, &aigul, &confirmation_id, &wrong(&right)).await;
    assert_eq!(third.code(), (StatusCode::TOO_MANY_REQUESTS, "sms_too_many_attempts"));
    assert_eq!(third.body["attempts_left"], 0);

    // Dead: the right code no longer helps, and the transfer is refused; a new code works.
    let late = verify(&bank, &aigul, &confirmation_id, &right).await;
    assert_eq!(late.code(), (StatusCode::TOO_MANY_REQUESTS, "sms_too_many_attempts"));
    let refused = transfer(&bank, &aigul, "t1", KIRILL, 150_000, Some(&confirmation_id)).await;
    assert_eq!(refused.code(), (UNPROCESSABLE, "confirmation_invalid"));
    let fresh = confirmed(&bank, &aigul, "code-2", KIRILL, 150_000).await;
    assert_eq!(transfer(&bank, &aigul, "t2", KIRILL, 150_000, Some(&fresh)).await.status, StatusCode::CREATED);

    // Someone else's confirmation, or none by that id, is not there to verify.
    let bakyt = bank.sign_in(BAKYT).await;
    assert_eq!(verify(&bank, &bakyt, &fresh, &right).await.code(), (UNPROCESSABLE, "confirmation_invalid"));
    assert_eq!(verify(&bank, &aigul, "nope", &right).await.code(), (UNPROCESSABLE, "confirmation_invalid"));
}

#[tokio::test]
async fn an_expired_code_and_a_stale_confirmation_are_refused() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let confirmation_id = ask_code(&bank, &aigul, "code", KIRILL, 150_000).await.text("confirmation_id");
    let code = sent_code(&bank).await;
    bank.advance(Duration::from_secs(5 * 60));
    assert_eq!(verify(&bank, &aigul, &confirmation_id, &code).await.code(), (UNPROCESSABLE, "confirmation_expired"));
    let refused = transfer(&bank, &aigul, "t1", KIRILL, 150_000, Some(&confirmation_id)).await;
    assert_eq!(refused.code(), (UNPROCESSABLE, "confirmation_expired"));

    // Verified just in time, then sent (as a queued payment is) within 15 minutes: fine; after them: refused.
    let on_time = confirmed(&bank, &aigul, "code-2", KIRILL, 150_000).await;
    bank.advance(Duration::from_secs(15 * 60 - 1));
    assert_eq!(transfer(&bank, &aigul, "t2", KIRILL, 150_000, Some(&on_time)).await.status, StatusCode::CREATED);
    let stale = confirmed(&bank, &aigul, "code-3", KIRILL, 150_000).await;
    bank.advance(Duration::from_secs(15 * 60));
    let refused = transfer(&bank, &aigul, "t3", KIRILL, 150_000, Some(&stale)).await;
    assert_eq!(refused.code(), (UNPROCESSABLE, "confirmation_expired"));
}

#[tokio::test]
async fn a_verified_confirmation_pays_one_interbank_transfer_with_its_fee() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let (balance, _) = bank.balance(&aigul).await;
    let confirmation_id = confirmed(&bank, &aigul, "code", KIRILL, 150_000).await;

    let made = transfer(&bank, &aigul, "t1", KIRILL, 150_000, Some(&confirmation_id)).await;
    assert_eq!(made.status, StatusCode::CREATED, "{:?}", made.body);
    assert_eq!(made.body["kind"], "transfer_out");
    assert_eq!(made.body["status"], "executed");
    assert_eq!(made.body["fee_minor"], 1_500);
    assert_eq!(made.body["counterparty"], json!({ "name": "Кирилл Б.", "phone_masked": "+996 700 ***222" }));
    assert_eq!(made.body["receipt"]["body"]["counterparty_name"], "Кирилл Б.");
    assert_eq!(bank.balance(&aigul).await, (balance - 151_500, balance - 151_500), "amount and fee leave the payer");

    // The same request again replays the first result; the confirmation pays no second transfer.
    let replay = transfer(&bank, &aigul, "t1", KIRILL, 150_000, Some(&confirmation_id)).await;
    assert_eq!(
        (replay.status, replay.body["operation_id"].clone()),
        (StatusCode::CREATED, made.body["operation_id"].clone())
    );
    let twice = transfer(&bank, &aigul, "t2", KIRILL, 150_000, Some(&confirmation_id)).await;
    assert_eq!(twice.code(), (UNPROCESSABLE, "confirmation_used"));
    assert_eq!(verify(&bank, &aigul, &confirmation_id, "000000").await.code(), (UNPROCESSABLE, "confirmation_used"));
    assert_eq!(bank.balance(&aigul).await.0, balance - 151_500);
    let sent = "SELECT COUNT(*) FROM operations WHERE kind = 'transfer_out' AND payee_account_id IS NULL";
    assert_eq!(bank.count(sent), 1, "one transfer left the bank");
}

#[tokio::test]
async fn an_interbank_transfer_without_a_fitting_confirmation_is_refused() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let (balance, _) = bank.balance(&aigul).await;
    let refusal = |reply: Reply| reply.code().1.to_owned();

    assert_eq!(refusal(transfer(&bank, &aigul, "t1", KIRILL, 150_000, None).await), "confirmation_required");
    assert_eq!(refusal(transfer(&bank, &aigul, "t2", KIRILL, 150_000, Some("nope")).await), "confirmation_invalid");
    // Asked for but not verified yet.
    let unverified = ask_code(&bank, &aigul, "code-1", KIRILL, 150_000).await.text("confirmation_id");
    let refused = transfer(&bank, &aigul, "t3", KIRILL, 150_000, Some(&unverified)).await;
    assert_eq!(refusal(refused), "confirmation_required");

    // Verified, but for another amount, another recipient, or by someone else.
    let confirmation_id = confirmed(&bank, &aigul, "code-2", KIRILL, 150_000).await;
    let other_amount = transfer(&bank, &aigul, "t4", KIRILL, 150_001, Some(&confirmation_id)).await;
    assert_eq!(other_amount.code(), (UNPROCESSABLE, "confirmation_invalid"));
    let other_person = transfer(&bank, &aigul, "t5", AIGUL_S, 150_000, Some(&confirmation_id)).await;
    assert_eq!(refusal(other_person), "confirmation_invalid");
    let bakyt = bank.sign_in(BAKYT).await;
    let body = json!({
        "account_id": account_id(BAKYT), "amount_minor": 150_000, "currency": "KGS",
        "recipient": { "type": "phone", "phone": KIRILL }, "confirmation_id": confirmation_id,
    });
    let borrowed = bank.call("POST", "/v1/operations", Some(&bakyt), Some("t6"), Some(body)).await;
    assert_eq!(refusal(borrowed), "confirmation_invalid");

    assert_eq!(bank.balance(&aigul).await.0, balance, "nothing left the payer");
    // The refusals did not use it up: the right transfer still goes.
    assert_eq!(
        transfer(&bank, &aigul, "t7", KIRILL, 150_000, Some(&confirmation_id)).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_transfer_inside_the_bank_by_phone_needs_no_code() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let (balance, _) = bank.balance(&aigul).await;
    let made = transfer(&bank, &aigul, "t1", BAKYT, 150_000, None).await;
    assert_eq!(made.status, StatusCode::CREATED, "{:?}", made.body);
    assert_eq!(made.body["fee_minor"], 0);
    assert_eq!(made.body["counterparty"], json!({ "name": "Бакыт Т.", "phone_masked": "+996 700 ***321" }));
    assert_eq!(bank.balance(&aigul).await.0, balance - 150_000);

    // Bakyt sees the money from Aigul, masked too.
    let bakyt = bank.sign_in(BAKYT).await;
    let history = bank.call("GET", "/v1/operations", Some(&bakyt), None, None).await;
    let incoming: Vec<&Value> = history.body["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .filter(|op| op["operation_id"] == made.body["operation_id"])
        .collect();
    assert_eq!(incoming.len(), 1);
    assert_eq!(incoming[0]["kind"], "transfer_in");
    assert_eq!(incoming[0]["counterparty"]["name"], "Айгуль А.");
}

/// Seed 004 §5.12: above the bank's step-up limit (50 000,00 сом, which the lookup tells), a transfer within the
/// bank needs the SMS code too, and the SMS names the amount and the recipient; up to the limit it needs none.
#[tokio::test]
async fn a_transfer_inside_the_bank_above_the_step_up_limit_needs_a_code() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let top_up = json!({ "phone": AIGUL, "amount_minor": 20_000_000 });
    assert_eq!(bank.call("POST", "/dev/top-up", None, None, Some(top_up)).await.status, StatusCode::NO_CONTENT);
    assert_eq!(lookup(&bank, &aigul, BAKYT, "KGS").await.body["confirm_above_minor"], 5_000_000);
    assert_eq!(lookup(&bank, &aigul, DANIYAR, "KZT").await.body["confirm_above_minor"], 25_000_000);

    let at_the_limit = transfer(&bank, &aigul, "t1", BAKYT, 5_000_000, None).await;
    assert_eq!(at_the_limit.status, StatusCode::CREATED, "{:?}", at_the_limit.body);
    assert_eq!(
        ask_code(&bank, &aigul, "c1", BAKYT, 5_000_000).await.code(),
        (UNPROCESSABLE, "confirmation_not_needed")
    );
    let above = transfer(&bank, &aigul, "t2", BAKYT, 5_000_001, None).await;
    assert_eq!(above.code(), (UNPROCESSABLE, "confirmation_required"));

    let asked = ask_code(&bank, &aigul, "c2", BAKYT, 6_000_000).await;
    assert_eq!(asked.status, StatusCode::CREATED, "{:?}", asked.body);
    assert_eq!(
        (asked.text("recipient_name_masked"), asked.text("bank_name")),
        ("Бакыт Т.".into(), "Sandbox Bank".into())
    );
    let sms = bank.sms(AIGUL, Some("transfer")).await;
    assert!(
        sms.text("text").contains("Перевод 60\u{a0}000,00 сом получателю Бакыт Т. (Sandbox Bank)"),
        "{:?}",
        sms.body
    );
    let confirmation_id = asked.text("confirmation_id");
    assert_eq!(verify(&bank, &aigul, &confirmation_id, &sent_code(&bank).await).await.status, StatusCode::OK);
    // The confirmation is for exactly this amount and number.
    let other_amount = transfer(&bank, &aigul, "t3", BAKYT, 7_000_000, Some(&confirmation_id)).await;
    assert_eq!(other_amount.code(), (UNPROCESSABLE, "confirmation_invalid"));
    let paid = transfer(&bank, &aigul, "t4", BAKYT, 6_000_000, Some(&confirmation_id)).await;
    assert_eq!(paid.status, StatusCode::CREATED, "{:?}", paid.body);
    let again = transfer(&bank, &aigul, "t5", BAKYT, 6_000_000, Some(&confirmation_id)).await;
    assert_eq!(again.code(), (UNPROCESSABLE, "confirmation_used"));
}

/// The status of the operation `id` in the customer's history.
async fn status_of(bank: &Bank, token: &str, id: &str) -> String {
    let history = bank.call("GET", "/v1/operations?limit=500", Some(token), None, None).await;
    let operations = history.body["operations"].as_array().cloned().unwrap_or_default();
    let found = operations.into_iter().find(|operation| operation["operation_id"] == id);
    found.map(|operation| operation["status"].as_str().unwrap_or("").to_owned()).unwrap_or_default()
}

#[tokio::test]
async fn a_transfer_inside_the_bank_executes_after_the_short_delay_while_an_interbank_one_still_waits() {
    let bank = Bank::open_with(|config| {
        config.in_bank_execution_delay = Duration::from_secs(1);
        config.execution_delay = Duration::from_secs(10);
    });
    let aigul = bank.sign_in(AIGUL).await;
    let inside = transfer(&bank, &aigul, "inside", BAKYT, 10_000, None).await;
    let confirmation = confirmed(&bank, &aigul, "code", KIRILL, 10_000).await;
    let leaving = transfer(&bank, &aigul, "leaving", KIRILL, 10_000, Some(&confirmation)).await;
    assert_eq!((inside.text("status"), leaving.text("status")), ("accepted".into(), "accepted".into()));
    let (inside, leaving) = (inside.text("operation_id"), leaving.text("operation_id"));

    assert_eq!(bank.sandbox.execute_due().await.expect("executes"), 0, "nothing is due at once");
    bank.advance(Duration::from_secs(1));
    assert_eq!(bank.sandbox.execute_due().await.expect("executes"), 1);
    assert_eq!(status_of(&bank, &aigul, &inside).await, "executed");
    assert_eq!(status_of(&bank, &aigul, &leaving).await, "accepted", "money leaving the bank still waits");

    bank.advance(Duration::from_secs(9));
    assert_eq!(bank.sandbox.execute_due().await.expect("executes"), 1);
    assert_eq!(status_of(&bank, &aigul, &leaving).await, "executed");
}
