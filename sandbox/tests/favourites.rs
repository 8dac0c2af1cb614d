//! Favourites and regular payments through the sandbox's HTTP API in-process: a favourite saved, renamed, paid and
//! forgotten; one-time recipients refused; a monthly rule for the 31st run on the 30th of a 30-day month, once,
//! then on the 31st of the next; a run refused for lack of money kept in the history with its reason and told in
//! the events; a weekly rule; a rule that pays each bill its provider issues, once.

mod common;

use axum::http::StatusCode;
use common::{Bank, Reply};
use serde_json::{Value, json};
use time::macros::datetime;
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const CHYNARA: &str = CUSTOMERS[2].1;

fn megacom(phone: &str, amount_minor: i64) -> Value {
    json!({ "name": "Мой MegaCom", "account_id": account_id(phone), "amount_minor": amount_minor, "currency": "KGS",
            "recipient": { "type": "service", "provider_id": "megacom", "account": "+996555123456" } })
}

async fn save(bank: &Bank, token: &str, key: &str, body: Value) -> Reply {
    bank.call("POST", "/v1/favourites", Some(token), Some(key), Some(body)).await
}

async fn schedule(bank: &Bank, token: &str, key: &str, favourite_id: &str, schedule: Value) -> Reply {
    let body = json!({ "favourite_id": favourite_id, "schedule": schedule });
    bank.call("POST", "/v1/regular-payments", Some(token), Some(key), Some(body)).await
}

async fn rule(bank: &Bank, token: &str) -> Value {
    let list = bank.call("GET", "/v1/regular-payments", Some(token), None, None).await;
    list.body["regular_payments"][0].clone()
}

/// The customer's operations whose comment names a regular payment, oldest first.
async fn regular_operations(bank: &Bank, token: &str) -> Vec<Value> {
    let history = bank.call("GET", "/v1/operations?cursor=0&limit=500", Some(token), None, None).await;
    history.body["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .filter(|op| op["comment"].as_str().is_some_and(|c| c.starts_with("Регулярный платёж")))
        .cloned()
        .collect()
}

#[tokio::test]
async fn a_favourite_is_saved_renamed_paid_and_forgotten() {
    let bank = Bank::open();
    let token = bank.sign_in(AIGUL).await;
    let saved = save(&bank, &token, "f1", megacom(AIGUL, 20_000)).await;
    assert_eq!(saved.status, StatusCode::CREATED, "{:?}", saved.body);
    assert_eq!((saved.text("payee_name"), saved.body["amount_minor"].clone()), ("MegaCom".to_owned(), json!(20_000)));
    let id = saved.text("favourite_id");
    assert_eq!(save(&bank, &token, "f1", megacom(AIGUL, 20_000)).await.text("favourite_id"), id, "a retry replays");

    let renamed = bank
        .call(
            "PATCH",
            &format!("/v1/favourites/{id}"),
            Some(&token),
            None,
            Some(json!({ "name": "Телефон", "amount_minor": 15_000 })),
        )
        .await;
    assert_eq!((renamed.text("name"), renamed.body["amount_minor"].clone()), ("Телефон".to_owned(), json!(15_000)));
    let list = bank.call("GET", "/v1/favourites", Some(&token), None, None).await;
    assert_eq!(list.body["favourites"].as_array().map(Vec::len), Some(1));

    // Paying it is an ordinary payment to its recipient.
    let favourite = &list.body["favourites"][0];
    let pay = json!({ "account_id": favourite["account_id"], "amount_minor": favourite["amount_minor"],
                      "currency": "KGS", "recipient": favourite["recipient"] });
    assert_eq!(
        bank.call("POST", "/v1/operations", Some(&token), Some("p1"), Some(pay)).await.status,
        StatusCode::CREATED
    );

    // A shake and a blank name are refused; someone else cannot touch it.
    let shake = json!({ "name": "Встряска", "account_id": account_id(AIGUL), "amount_minor": 100, "currency": "KGS",
                        "recipient": { "type": "shake", "shake_id": "s-1" } });
    assert_eq!(save(&bank, &token, "f2", shake).await.code(), (StatusCode::UNPROCESSABLE_ENTITY, "not_repeatable"));
    let mut blank = megacom(AIGUL, 100);
    blank["name"] = json!("   ");
    assert_eq!(save(&bank, &token, "f3", blank).await.code(), (StatusCode::UNPROCESSABLE_ENTITY, "text_invalid"));
    let other = bank.sign_in(CHYNARA).await;
    let foreign = bank.call("DELETE", &format!("/v1/favourites/{id}"), Some(&other), None, None).await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    let forgotten = bank.call("DELETE", &format!("/v1/favourites/{id}"), Some(&token), None, None).await;
    assert_eq!(forgotten.status, StatusCode::NO_CONTENT);
    assert_eq!(bank.call("GET", "/v1/favourites", Some(&token), None, None).await.body["favourites"], json!([]));
}

#[tokio::test]
async fn a_monthly_rule_for_the_31st_runs_on_the_30th_of_a_30_day_month_once_then_on_the_31st() {
    let bank = Bank::open();
    // 29 April 2027, 10:00 in Bishkek.
    bank.sandbox.clock().set(datetime!(2027-04-29 04:00 UTC));
    let token = bank.sign_in(AIGUL).await;
    let favourite = save(&bank, &token, "f1", megacom(AIGUL, 20_000)).await.text("favourite_id");
    let made = schedule(&bank, &token, "r1", &favourite, json!({ "type": "monthly", "day": 31 })).await;
    assert_eq!(made.status, StatusCode::CREATED, "{:?}", made.body);
    assert_eq!(made.text("next_run"), "2027-04-30T00:00:00+06:00", "April has no 31st: its last day");
    let (before, _) = bank.balance(&token).await;

    bank.sandbox.execute_due().await.expect("runs");
    assert!(regular_operations(&bank, &token).await.is_empty(), "not yet");

    // 30 April, 09:00 in Bishkek: it runs, once however often the bank looks.
    bank.sandbox.clock().set(datetime!(2027-04-30 03:00 UTC));
    bank.sandbox.execute_due().await.expect("runs");
    bank.sandbox.execute_due().await.expect("runs again");
    let ran = regular_operations(&bank, &token).await;
    assert_eq!(ran.len(), 1, "{ran:?}");
    assert_eq!((ran[0]["status"].clone(), ran[0]["amount_minor"].clone()), (json!("executed"), json!(20_000)));
    assert_eq!(bank.balance(&token).await.0, before - 20_000);
    let listed = rule(&bank, &token).await;
    assert_eq!(listed["last_run"]["operation_id"], ran[0]["operation_id"]);
    assert_eq!(listed["next_run"], "2027-05-31T00:00:00+06:00");

    // 31 May: the next month's run (a month on, the session has ended: signed in again to look).
    bank.sandbox.clock().set(datetime!(2027-05-31 03:00 UTC));
    bank.sandbox.execute_due().await.expect("runs");
    let token = bank.sign_in(AIGUL).await;
    assert_eq!(regular_operations(&bank, &token).await.len(), 2);

    // Paused, it does not run; resumed, it does.
    let id = listed["regular_id"].as_str().expect("id").to_owned();
    let paused = bank
        .call("PATCH", &format!("/v1/regular-payments/{id}"), Some(&token), None, Some(json!({ "paused": true })))
        .await;
    assert_eq!((paused.body["paused"].clone(), paused.body.get("next_run").cloned()), (json!(true), None));
    bank.sandbox.clock().set(datetime!(2027-06-30 03:00 UTC));
    bank.sandbox.execute_due().await.expect("runs");
    let token = bank.sign_in(AIGUL).await;
    assert_eq!(regular_operations(&bank, &token).await.len(), 2, "paused");
    let deleted = bank.call("DELETE", &format!("/v1/regular-payments/{id}"), Some(&token), None, None).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    assert_eq!(rule(&bank, &token).await, Value::Null);
}

#[tokio::test]
async fn a_run_without_the_money_is_refused_kept_in_the_history_and_told() {
    let bank = Bank::open();
    bank.sandbox.clock().set(datetime!(2027-03-10 04:00 UTC));
    let token = bank.sign_in(CHYNARA).await;
    // A little more than she has.
    let (balance, _) = bank.balance(&token).await;
    let mut favourite = megacom(CHYNARA, balance + 1_000);
    favourite["recipient"]["account"] = json!("+996777000111");
    favourite["recipient"]["provider_id"] = json!("beeline-kg");
    let favourite = save(&bank, &token, "f1", favourite).await.text("favourite_id");
    schedule(&bank, &token, "r1", &favourite, json!({ "type": "monthly", "day": 10 })).await;
    let (before, _) = bank.balance(&token).await;
    bank.sandbox.execute_due().await.expect("runs");

    let ran = regular_operations(&bank, &token).await;
    assert_eq!(ran.len(), 1);
    assert_eq!(
        (ran[0]["status"].clone(), ran[0]["rejection"].clone()),
        (json!("rejected"), json!("insufficient_funds"))
    );
    assert_eq!(ran[0]["counterparty"]["name"], "Beeline");
    assert_eq!(bank.balance(&token).await.0, before, "nothing moved");
    assert_eq!(rule(&bank, &token).await["last_run"]["refusal"], "insufficient_funds");
    let events = bank.call("GET", "/v1/events", Some(&token), None, None).await;
    let told = events.body["events"]
        .as_array()
        .expect("events")
        .iter()
        .any(|e| e["kind"] == "operation_rejected" && e["operation_id"] == ran[0]["operation_id"]);
    assert!(told, "{:?}", events.body);
    // The month's run is spent: it is not tried again the same month.
    bank.sandbox.execute_due().await.expect("runs");
    assert_eq!(regular_operations(&bank, &token).await.len(), 1);
}

#[tokio::test]
async fn weekly_and_bill_rules_run_when_they_should_and_bad_schedules_are_refused() {
    let bank = Bank::open();
    // Wednesday 3 March 2027.
    bank.sandbox.clock().set(datetime!(2027-03-03 04:00 UTC));
    let token = bank.sign_in(AIGUL).await;
    let phone = save(&bank, &token, "f1", megacom(AIGUL, 5_000)).await.text("favourite_id");
    let weekly = schedule(&bank, &token, "r1", &phone, json!({ "type": "weekly", "weekday": 5 })).await;
    assert_eq!(weekly.text("next_run"), "2027-03-05T00:00:00+06:00", "Friday");
    for (bad, key) in [
        (json!({ "type": "monthly", "day": 32 }), "b1"),
        (json!({ "type": "weekly", "weekday": 0 }), "b2"),
        (json!({ "type": "on_bill" }), "b3"),
    ] {
        let refused = schedule(&bank, &token, key, &phone, bad).await;
        assert_eq!(refused.code(), (StatusCode::UNPROCESSABLE_ENTITY, "schedule_invalid"), "{:?}", refused.body);
    }
    bank.sandbox.clock().set(datetime!(2027-03-05 04:00 UTC));
    bank.sandbox.execute_due().await.expect("runs");
    let token = bank.sign_in(AIGUL).await;
    assert_eq!(regular_operations(&bank, &token).await.len(), 1);

    // A bill rule: nothing until the provider issues a bill; then that bill, once.
    let light = json!({ "name": "Свет", "account_id": account_id(AIGUL), "amount_minor": 100_000, "currency": "KGS",
                        "recipient": { "type": "service", "provider_id": "severelectro", "account": "2345678901" } });
    let light = save(&bank, &token, "f2", light).await.text("favourite_id");
    let on_bill = schedule(&bank, &token, "r2", &light, json!({ "type": "on_bill" })).await;
    assert_eq!(on_bill.status, StatusCode::CREATED, "{:?}", on_bill.body);
    bank.sandbox.execute_due().await.expect("runs");
    assert_eq!(regular_operations(&bank, &token).await.len(), 1, "no bill yet");
    let bill = json!({ "provider_id": "severelectro", "account": "2345678901", "amount_minor": 73_050 });
    assert_eq!(bank.call("POST", "/dev/services/bills", None, None, Some(bill)).await.status, StatusCode::NO_CONTENT);
    bank.sandbox.execute_due().await.expect("runs");
    bank.sandbox.execute_due().await.expect("runs again");
    let ran = regular_operations(&bank, &token).await;
    assert_eq!(ran.len(), 2);
    assert_eq!(
        (ran[1]["amount_minor"].clone(), ran[1]["counterparty"]["name"].clone()),
        (json!(73_050), json!("Северэлектро"))
    );
    let debt = bank
        .count("SELECT debt_minor FROM service_accounts WHERE provider_id = 'severelectro' AND account = '2345678901'");
    assert_eq!(debt, 0, "the bill is paid");
}
