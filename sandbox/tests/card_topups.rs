//! Top-ups by another bank's card through the sandbox's HTTP API in-process: the fee, the issuer's 3-D Secure code
//! approving, declining and timing out, a retried start and answer booked once, saving the card and using it
//! again, the card's number and CVV kept nowhere, and the accounts' details.

mod common;

use std::time::Duration;

use axum::http::StatusCode;
use common::{Bank, Reply};
use serde_json::{Value, json};
use wallet_sandbox::card_topups::{CHALLENGE_LIFETIME_MS, DECLINED_CARD};
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const CHYNARA: &str = CUSTOMERS[2].1;
const DANIYAR: &str = CUSTOMERS[3].1;
/// A Visa card the sandbox's issuer approves.
const VISA: &str = "4169585000000009";
const ELCART: &str = "9417010000000007";

/// A card's expiry year three years from the sandbox's today (the tests never set its clock), so no run date makes
/// the test cards expire.
fn expiry_year() -> i32 {
    time::OffsetDateTime::now_utc().year() + 3
}

fn new_card(number: &str, save: bool) -> Value {
    json!({ "type": "new", "number": number, "expiry_month": 7, "expiry_year": expiry_year(), "cvv": "042", "save": save })
}

fn top_up(phone: &str, amount_minor: i64, fee_minor: i64, card: Value) -> Value {
    let currency = if phone == DANIYAR { "KZT" } else { "KGS" };
    json!({ "account_id": account_id(phone), "amount_minor": amount_minor, "currency": currency,
            "fee_minor": fee_minor, "card": card })
}

async fn start(bank: &Bank, token: &str, key: &str, body: Value) -> Reply {
    bank.call("POST", "/v1/card-topups", Some(token), Some(key), Some(body)).await
}

async fn answer(bank: &Bank, token: &str, topup_id: &str, key: &str, code: &str) -> Reply {
    let path = format!("/v1/card-topups/{topup_id}/challenge");
    bank.call("POST", &path, Some(token), Some(key), Some(json!({ "code": code }))).await
}

/// The issuer's code, from the SMS it "sent" to the customer's phone.
async fn issuer_code(bank: &Bank, phone: &str) -> (String, String) {
    let sms = bank.sms(phone, Some("card")).await;
    assert_eq!(sms.status, StatusCode::OK, "{:?}", sms.body);
    (sms.text("code"), sms.text("text"))
}

#[tokio::test]
async fn a_card_top_up_is_quoted_challenged_and_booked_once() {
    let bank = Bank::open();
    let token = bank.sign_in(CHYNARA).await;
    let (before, _) = bank.balance(&token).await;

    // The fee: 1 % for Visa, at least 10 сом; nothing for Элкарт.
    let quote = |bin: &str, amount: i64| {
        json!({ "account_id": account_id(CHYNARA), "amount_minor": amount, "currency": "KGS",
                "card": { "type": "new", "bin": bin } })
    };
    let visa = bank.call("POST", "/v1/card-topups/quote", Some(&token), None, Some(quote("416958", 500_000))).await;
    assert_eq!(
        (visa.status, &visa.body["fee_minor"], &visa.body["scheme"]),
        (StatusCode::OK, &json!(5_000), &json!("visa"))
    );
    let small = bank.call("POST", "/v1/card-topups/quote", Some(&token), None, Some(quote("416958", 50_000))).await;
    assert_eq!(small.body["fee_minor"], 1_000);
    let elcart = bank.call("POST", "/v1/card-topups/quote", Some(&token), None, Some(quote("941701", 500_000))).await;
    assert_eq!((elcart.body["fee_minor"].clone(), elcart.body["scheme"].clone()), (json!(0), json!("elcart")));

    // A fee lower than the bank's is refused before anything is sent.
    let cheap = start(&bank, &token, "k-cheap", top_up(CHYNARA, 500_000, 4_999, new_card(VISA, false))).await;
    assert_eq!(cheap.code(), (StatusCode::UNPROCESSABLE_ENTITY, "fee_changed"));

    let started = start(&bank, &token, "k1", top_up(CHYNARA, 500_000, 5_000, new_card(VISA, true))).await;
    assert_eq!(started.status, StatusCode::CREATED, "{:?}", started.body);
    assert_eq!(started.body["status"], "challenge_required");
    assert_eq!(started.body["card"], json!({ "scheme": "visa", "last4": "0009" }));
    assert_eq!(started.body["challenge"]["code_length"], 6);
    assert_eq!(started.body["challenge"]["attempts_left"], 3);
    let topup_id = started.text("topup_id");
    // The start lost on the way and sent again: the same top-up, not a second one.
    let again = start(&bank, &token, "k1", top_up(CHYNARA, 500_000, 5_000, new_card(VISA, true))).await;
    assert_eq!(again.text("topup_id"), topup_id);
    assert_eq!(bank.count("SELECT COUNT(*) FROM card_topups"), 1);

    let (code, text) = issuer_code(&bank, CHYNARA).await;
    assert!(text.contains("5\u{a0}050,00 сом") && text.contains("Visa •• 0009"), "{text}");
    assert_eq!(bank.balance(&token).await.0, before, "nothing moves before the code");

    // A wrong code: still waiting, one attempt fewer.
    let wrong = answer(&bank, &token, &topup_id, "a1", "000000").await;
    assert_eq!(wrong.status, StatusCode::OK);
    assert_eq!(
        (wrong.body["wrong_code"].clone(), wrong.body["challenge"]["attempts_left"].clone()),
        (json!(true), json!(2))
    );

    let done = answer(&bank, &token, &topup_id, "a2", &code).await;
    assert_eq!(done.body["status"], "executed", "{:?}", done.body);
    let operation_id = done.text("operation_id");
    let card_id = done.text("saved_card_id");
    // The answer lost and sent again: replayed, booked once.
    let replay = answer(&bank, &token, &topup_id, "a2", &code).await;
    assert_eq!(replay.body, done.body);
    // Another answer with a new key: the top-up as it stands, nothing booked again.
    let late = answer(&bank, &token, &topup_id, "a3", &code).await;
    assert_eq!(late.body["operation_id"], operation_id.as_str());
    assert_eq!(bank.balance(&token).await.0, before + 500_000, "the amount credited once; the fee was the card's");

    // In the history with its fee and a signed receipt.
    let history = bank.call("GET", "/v1/operations?cursor=0&limit=50", Some(&token), None, None).await;
    let operation = history.body["operations"]
        .as_array()
        .and_then(|ops| ops.iter().find(|op| op["operation_id"] == operation_id.as_str()))
        .cloned()
        .expect("the top-up in the history");
    assert_eq!((operation["kind"].clone(), operation["amount_minor"].clone()), (json!("top_up"), json!(500_000)));
    assert_eq!(
        (operation["fee_minor"].clone(), operation["counterparty"]["name"].clone()),
        (json!(5_000), json!("Visa •• 0009"))
    );
    assert_eq!(operation["receipt"]["body"]["amount_minor"], 500_000);

    // The card saved, by its token and masked: again with only the token and the issuer's code.
    let cards = bank.call("GET", "/v1/cards", Some(&token), None, None).await;
    assert_eq!(
        cards.body["cards"],
        json!([{ "card_id": card_id, "scheme": "visa", "last4": "0009",
                                              "expiry_month": 7, "expiry_year": expiry_year() }])
    );
    let saved = json!({ "type": "saved", "card_id": card_id });
    let second = start(&bank, &token, "k2", top_up(CHYNARA, 100_000, 1_000, saved)).await;
    assert_eq!(second.status, StatusCode::CREATED, "{:?}", second.body);
    let (code, _) = issuer_code(&bank, CHYNARA).await;
    let second = answer(&bank, &token, &second.text("topup_id"), "a4", &code).await;
    assert_eq!(second.body["status"], "executed");
    assert_eq!(bank.balance(&token).await.0, before + 600_000);

    // Forgotten, it cannot pay again.
    let forgotten = bank.call("DELETE", &format!("/v1/cards/{card_id}"), Some(&token), None, None).await;
    assert_eq!(forgotten.status, StatusCode::NO_CONTENT);
    let gone =
        start(&bank, &token, "k3", top_up(CHYNARA, 100_000, 1_000, json!({ "type": "saved", "card_id": card_id })))
            .await;
    assert_eq!(gone.code(), (StatusCode::NOT_FOUND, "not_found"));

    // The number and the CVV are nowhere in the bank's database.
    let dump = bank.dump();
    assert!(!dump.contains(VISA) && !dump.contains("416958500"), "the card number is stored");
    assert!(!dump.contains("\"042\""), "the CVV is stored");
}

#[tokio::test]
async fn declined_timed_out_and_failed_top_ups_move_no_money() {
    let bank = Bank::open();
    let token = bank.sign_in(CHYNARA).await;
    let (before, _) = bank.balance(&token).await;
    let top_ups = "SELECT COUNT(*) FROM operations WHERE kind = 'top_up'";
    let booked = bank.count(top_ups);

    // The issuer declines this card after its code.
    let declined = start(&bank, &token, "d1", top_up(CHYNARA, 200_000, 2_000, new_card(DECLINED_CARD, true))).await;
    let (code, _) = issuer_code(&bank, CHYNARA).await;
    let declined = answer(&bank, &token, &declined.text("topup_id"), "d2", &code).await;
    assert_eq!(
        (declined.body["status"].clone(), declined.body["decline"].clone()),
        (json!("declined"), json!("issuer_declined"))
    );
    assert!(declined.body.get("saved_card_id").is_none() && declined.body.get("operation_id").is_none());

    // Not answered in time: timed out, and a late right code changes nothing.
    let slow = start(&bank, &token, "t1", top_up(CHYNARA, 200_000, 2_000, new_card(ELCART, false))).await;
    let slow_id = slow.text("topup_id");
    let (code, _) = issuer_code(&bank, CHYNARA).await;
    bank.advance(Duration::from_millis(CHALLENGE_LIFETIME_MS as u64 + 1_000));
    let state = bank.call("GET", &format!("/v1/card-topups/{slow_id}"), Some(&token), None, None).await;
    assert_eq!((state.body["status"].clone(), state.body["decline"].clone()), (json!("declined"), json!("timed_out")));
    let late = answer(&bank, &token, &slow_id, "t2", &code).await;
    assert_eq!(late.body["decline"], "timed_out");

    // Three wrong codes decline it.
    let typo = start(&bank, &token, "w1", top_up(CHYNARA, 200_000, 0, new_card(ELCART, false))).await;
    let typo_id = typo.text("topup_id");
    for (i, left) in [(1, 2), (2, 1)] {
        let wrong = answer(&bank, &token, &typo_id, &format!("w-{i}"), "999999").await;
        assert_eq!(wrong.body["challenge"]["attempts_left"], left);
    }
    let last = answer(&bank, &token, &typo_id, "w-3", "999999").await;
    assert_eq!(
        (last.body["status"].clone(), last.body["decline"].clone(), last.body["wrong_code"].clone()),
        (json!("declined"), json!("challenge_failed"), json!(true))
    );

    assert_eq!(bank.balance(&token).await.0, before, "no money moved");
    assert_eq!(bank.count(top_ups), booked);
    assert_eq!(bank.count("SELECT COUNT(*) FROM saved_cards"), 0);
}

#[tokio::test]
async fn bad_cards_and_amounts_are_refused_with_their_reason() {
    let bank = Bank::open();
    let token = bank.sign_in(CHYNARA).await;
    let year = expiry_year();
    let refused = |number: &str, month: u8, year: i32, cvv: &str| json!({ "type": "new", "number": number, "expiry_month": month, "expiry_year": year, "cvv": cvv });
    for (card, why) in [
        (refused("4169585000000008", 7, year, "042"), "check digit"),
        (refused("6011000000000004", 7, year, "042"), "scheme"),
        (refused(VISA, 7, year, "42"), "cvv"),
        (refused(VISA, 13, year, "042"), "month"),
        (refused(VISA, 1, 2020, "042"), "expired"),
    ] {
        let reply = start(&bank, &token, &format!("bad-{why}"), top_up(CHYNARA, 100_000, 1_000, card)).await;
        assert_eq!(reply.code(), (StatusCode::UNPROCESSABLE_ENTITY, "card_invalid"), "{why}: {:?}", reply.body);
    }
    for amount in [999, 50_000_001] {
        let reply =
            start(&bank, &token, &format!("amount-{amount}"), top_up(CHYNARA, amount, 500_000, new_card(VISA, false)))
                .await;
        assert_eq!(reply.code().1, "amount_invalid", "{amount}: {:?}", reply.body);
    }
    // Another customer's account, or one in another currency.
    let other = json!({ "account_id": account_id(DANIYAR), "amount_minor": 100_000, "currency": "KZT",
                        "fee_minor": 10_000, "card": new_card(VISA, false) });
    assert_ne!(start(&bank, &token, "other", other).await.status, StatusCode::CREATED);
    assert_eq!(bank.count("SELECT COUNT(*) FROM card_topups"), 0);
}

#[tokio::test]
async fn the_account_details_name_the_bank_and_the_wallet_number() {
    let bank = Bank::open();
    let token = bank.sign_in(DANIYAR).await;
    let path = format!("/v1/accounts/{}/details", account_id(DANIYAR));
    let details = bank.call("GET", &path, Some(&token), None, None).await;
    assert_eq!(details.status, StatusCode::OK, "{:?}", details.body);
    let number = details.text("account_number");
    assert!(number.len() == 16 && number.chars().all(|c| c.is_ascii_digit()) && number.starts_with("129"), "{number}");
    assert_eq!(
        (details.text("bic"), details.text("wallet_number"), details.text("currency")),
        ("129001".to_owned(), "77011234567".to_owned(), "KZT".to_owned())
    );
    assert_eq!(details.text("holder_name"), "Данияр Ахметов");
    // Stable, and nobody else's.
    assert_eq!(bank.call("GET", &path, Some(&token), None, None).await.text("account_number"), number);
    let other = bank.sign_in(CHYNARA).await;
    assert_eq!(bank.call("GET", &path, Some(&other), None, None).await.status, StatusCode::NOT_FOUND);
}
