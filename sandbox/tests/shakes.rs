//! Shake to pay through the sandbox bank's HTTP API in-process: pairing by time and place on the sandbox's clock,
//! ambiguity, expiry, both confirmations, paying the matched payee, cancelling, and every refusal.

mod common;

use std::time::Duration;

use axum::http::StatusCode;
use common::{Bank, Reply};
use serde_json::json;
use wallet_sandbox::banking::rfc3339;
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const CHYNARA: &str = CUSTOMERS[2].1;
/// Bishkek, Ala-Too Square, in millionths of a degree.
const ALA_TOO: (i32, i32) = (42_876_400, 74_603_700);

impl Reply {
    fn state(&self) -> &str {
        self.body["state"].as_str().unwrap_or_else(|| panic!("no state in {}: {:?}", self.status, self.body))
    }

    fn shake_id(&self) -> String {
        self.body["shake_id"].as_str().unwrap_or_else(|| panic!("no shake_id in {:?}", self.body)).to_owned()
    }
}

/// Who shakes, and how.
struct Shake {
    role: &'static str,
    at: Option<(i32, i32)>,
    amount_minor: Option<i64>,
    currency: Option<&'static str>,
}

fn payer() -> Shake {
    Shake { role: "payer", at: None, amount_minor: None, currency: None }
}

fn payee() -> Shake {
    Shake { role: "payee", at: None, amount_minor: None, currency: None }
}

fn payee_asking(amount_minor: i64) -> Shake {
    Shake { amount_minor: Some(amount_minor), currency: Some("KGS"), ..payee() }
}

impl Shake {
    fn at(self, location: (i32, i32)) -> Shake {
        Shake { at: Some(location), ..self }
    }
}

impl Bank {
    /// Reports a shake felt now (on the sandbox's clock).
    async fn shake(&self, token: &str, shake: Shake) -> Reply {
        let mut body = json!({ "role": shake.role, "shaken_at": rfc3339(self.sandbox.clock().now()) });
        if let Some((latitude, longitude)) = shake.at {
            body["latitude_e6"] = json!(latitude);
            body["longitude_e6"] = json!(longitude);
        }
        if let Some(amount) = shake.amount_minor {
            body["amount_minor"] = json!(amount);
        }
        if let Some(currency) = shake.currency {
            body["currency"] = json!(currency);
        }
        self.call("POST", "/v1/shakes", Some(token), None, Some(body)).await
    }

    /// Reports a shake that must be accepted; returns its id.
    async fn shaken(&self, token: &str, shake: Shake) -> String {
        let reply = self.shake(token, shake).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.body);
        assert_eq!(reply.state(), "waiting");
        reply.shake_id()
    }

    async fn get(&self, token: &str, shake_id: &str) -> Reply {
        self.call("GET", &format!("/v1/shakes/{shake_id}"), Some(token), None, None).await
    }

    async fn confirm(&self, token: &str, shake_id: &str) -> Reply {
        self.call("POST", &format!("/v1/shakes/{shake_id}/confirm"), Some(token), None, None).await
    }

    async fn cancel(&self, token: &str, shake_id: &str) -> Reply {
        self.call("POST", &format!("/v1/shakes/{shake_id}/cancel"), Some(token), None, None).await
    }

    /// Aigul pays `amount_minor` сом-tyiyn to the payee of her shake.
    async fn pay(&self, token: &str, key: &str, shake_id: &str, amount_minor: i64) -> Reply {
        let body = json!({
            "account_id": account_id(AIGUL), "amount_minor": amount_minor, "currency": "KGS",
            "recipient": { "type": "shake", "shake_id": shake_id },
        });
        self.call("POST", "/v1/operations", Some(token), Some(key), Some(body)).await
    }

    /// Aigul (payer) and Bakyt (payee, asking 150 сом) shake a second apart; returns their shakes once matched.
    async fn matched_pair(&self, aigul: &str, bakyt: &str) -> (String, String) {
        let payer_shake = self.shaken(aigul, payer()).await;
        self.advance(Duration::from_secs(1));
        let payee_shake = self.shaken(bakyt, payee_asking(15_000)).await;
        self.advance(Duration::from_secs(2));
        assert_eq!(self.get(aigul, &payer_shake).await.state(), "matched");
        (payer_shake, payee_shake)
    }
}

#[tokio::test]
async fn a_payer_and_a_payee_a_second_apart_pair_and_see_each_other_masked() {
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let payer_shake = bank.shaken(&aigul, payer().at(ALA_TOO)).await;
    bank.advance(Duration::from_secs(1));
    let near = (ALA_TOO.0 + 2_700, ALA_TOO.1 + 2_000);
    let payee_shake = bank.shaken(&bakyt, payee_asking(15_000).at(near)).await;
    // Within the window another shake could still join: both wait.
    bank.advance(Duration::from_millis(1_500));
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "waiting");
    bank.advance(Duration::from_millis(500));

    let seen_by_payer = bank.get(&aigul, &payer_shake).await;
    assert_eq!(seen_by_payer.status, StatusCode::OK);
    assert_eq!(
        seen_by_payer.body,
        json!({
            "state": "matched", "shake_id": payer_shake, "peer_name": "Бакыт Т.",
            "peer_phone_masked": "+996 700 ***321", "amount_minor": 15_000, "currency": "KGS",
            "confirmed_by_me": false, "confirmed_by_peer": false,
        })
    );
    let seen_by_payee = bank.get(&bakyt, &payee_shake).await;
    assert_eq!(seen_by_payee.state(), "matched");
    assert_eq!(seen_by_payee.body["peer_name"], "Айгуль А.");
    assert_eq!(seen_by_payee.body["peer_phone_masked"], "+996 555 ***456");
    assert_eq!(seen_by_payee.body["amount_minor"], 15_000);
    // Nobody's full name or number crosses.
    for reply in [&seen_by_payer, &seen_by_payee] {
        let text = reply.body.to_string();
        for secret in ["Асанова", "Токтогулов", AIGUL, BAKYT] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }
}

#[tokio::test]
async fn both_confirm_then_the_payer_pays_the_shake_once() {
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let (payer_shake, payee_shake) = bank.matched_pair(&aigul, &bakyt).await;

    // One confirmation is not enough.
    let confirmed = bank.confirm(&aigul, &payer_shake).await;
    assert_eq!((confirmed.status, confirmed.state()), (StatusCode::OK, "matched"));
    assert_eq!(
        (confirmed.body["confirmed_by_me"].clone(), confirmed.body["confirmed_by_peer"].clone()),
        (json!(true), json!(false))
    );
    assert_eq!(bank.confirm(&aigul, &payer_shake).await.state(), "matched", "confirming again changes nothing");
    let seen_by_payee = bank.get(&bakyt, &payee_shake).await;
    assert_eq!(
        (seen_by_payee.body["confirmed_by_me"].clone(), seen_by_payee.body["confirmed_by_peer"].clone()),
        (json!(false), json!(true))
    );
    assert_eq!(
        bank.pay(&aigul, "k-early", &payer_shake, 15_000).await.code(),
        (StatusCode::UNPROCESSABLE_ENTITY, "shake_not_confirmed")
    );

    // Both: confirmed for both.
    let both = bank.confirm(&bakyt, &payee_shake).await;
    assert_eq!(both.state(), "confirmed");
    assert_eq!(
        (both.body["confirmed_by_me"].clone(), both.body["confirmed_by_peer"].clone()),
        (json!(true), json!(true))
    );
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "confirmed");

    // The payee asked 150 сом: another amount, or the payee paying, is refused.
    let wrong = bank.pay(&aigul, "k-wrong", &payer_shake, 14_000).await;
    assert_eq!(wrong.code(), (StatusCode::UNPROCESSABLE_ENTITY, "shake_amount_mismatch"));
    let backwards = json!({
        "account_id": account_id(BAKYT), "amount_minor": 15_000, "currency": "KGS",
        "recipient": { "type": "shake", "shake_id": payee_shake },
    });
    let by_payee = bank.call("POST", "/v1/operations", Some(&bakyt), Some("k-back"), Some(backwards)).await;
    assert_eq!(by_payee.code(), (StatusCode::UNPROCESSABLE_ENTITY, "recipient_not_found"));

    let (payer_before, payee_before) = (bank.balance(&aigul).await.0, bank.balance(&bakyt).await.0);
    let paid = bank.pay(&aigul, "k-pay", &payer_shake, 15_000).await;
    assert_eq!(paid.status, StatusCode::CREATED, "{:?}", paid.body);
    assert_eq!(paid.body["status"], "executed");
    assert_eq!(paid.body["kind"], "transfer_out");
    assert_eq!(paid.body["counterparty"]["name"], "Бакыт Т.");
    assert_eq!(paid.body["counterparty"]["phone_masked"], "+996 700 ***321");
    assert_eq!(bank.balance(&aigul).await.0, payer_before - 15_000);
    assert_eq!(bank.balance(&bakyt).await.0, payee_before + 15_000);
    // The payee hears of the money.
    let heard = bank.call("GET", "/v1/events", Some(&bakyt), None, None).await.body;
    assert_eq!(
        (heard["events"][0]["kind"].clone(), heard["events"][0]["operation_id"].clone()),
        (json!("money_in"), paid.body["operation_id"].clone())
    );

    // A retry replays; another payment of the same shake is refused; a paid shake is not cancelled.
    let replay = bank.pay(&aigul, "k-pay", &payer_shake, 15_000).await;
    assert_eq!(
        (replay.status, replay.body["operation_id"].clone()),
        (StatusCode::CREATED, paid.body["operation_id"].clone())
    );
    let again = bank.pay(&aigul, "k-again", &payer_shake, 15_000).await;
    assert_eq!(again.code(), (StatusCode::UNPROCESSABLE_ENTITY, "shake_already_paid"));
    assert_eq!(bank.cancel(&bakyt, &payee_shake).await.code(), (StatusCode::UNPROCESSABLE_ENTITY, "not_revocable"));
    assert_eq!(bank.balance(&bakyt).await.0, payee_before + 15_000);
}

/// A payment the bank rejects, or one the payer cancels while it is only accepted, paid nothing: the shake may be
/// paid again (it stayed «paid» before, and the two people could not settle).
#[tokio::test]
async fn a_rejected_or_cancelled_payment_leaves_the_shake_payable_again() {
    let bank = Bank::open_with(|config| config.in_bank_execution_delay = Duration::from_secs(3600));
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let (payer_shake, payee_shake) = bank.matched_pair(&aigul, &bakyt).await;
    bank.confirm(&aigul, &payer_shake).await;
    bank.confirm(&bakyt, &payee_shake).await;

    let first = bank.pay(&aigul, "k-1", &payer_shake, 15_000).await;
    assert_eq!((first.status, first.body["status"].clone()), (StatusCode::CREATED, json!("accepted")));
    let id = first.text("operation_id");
    let rejected = bank.call("POST", &format!("/dev/operations/{id}/reject"), None, None, Some(json!({}))).await;
    assert_eq!(rejected.body["status"], "rejected", "{:?}", rejected.body);

    let second = bank.pay(&aigul, "k-2", &payer_shake, 15_000).await;
    assert_eq!(
        (second.status, second.body["status"].clone()),
        (StatusCode::CREATED, json!("accepted")),
        "{:?}",
        second.body
    );
    let id = second.text("operation_id");
    let cancelled = bank.call("POST", &format!("/v1/operations/{id}/cancel"), Some(&aigul), None, None).await;
    assert_eq!(cancelled.body["status"], "cancelled", "{:?}", cancelled.body);

    let third = bank.pay(&aigul, "k-3", &payer_shake, 15_000).await;
    assert_eq!(third.status, StatusCode::CREATED, "{:?}", third.body);
    // Still once at a time: while this one stands, another is refused.
    let fourth = bank.pay(&aigul, "k-4", &payer_shake, 15_000).await;
    assert_eq!(fourth.code(), (StatusCode::UNPROCESSABLE_ENTITY, "shake_already_paid"));
}

#[tokio::test]
async fn quoting_a_shake_does_not_use_it_up() {
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let (payer_shake, payee_shake) = bank.matched_pair(&aigul, &bakyt).await;
    bank.confirm(&aigul, &payer_shake).await;
    assert_eq!(bank.confirm(&bakyt, &payee_shake).await.state(), "confirmed");
    let body = json!({
        "account_id": account_id(AIGUL), "amount_minor": 15_000, "currency": "KGS",
        "recipient": { "type": "shake", "shake_id": payer_shake },
    });
    for _ in 0..2 {
        let quote = bank.call("POST", "/v1/quotes", Some(&aigul), None, Some(body.clone())).await;
        assert_eq!(quote.status, StatusCode::OK, "{:?}", quote.body);
        assert_eq!((quote.body["fee_minor"].clone(), quote.body["payee_name"].clone()), (json!(0), json!("Бакыт Т.")));
    }
    let paid = bank.pay(&aigul, "k-after-quotes", &payer_shake, 15_000).await;
    assert_eq!(paid.status, StatusCode::CREATED, "{:?}", paid.body);
}

#[tokio::test]
async fn a_payee_asking_nothing_is_paid_what_the_payer_chooses() {
    let bank = Bank::open();
    let (aigul, chynara) = (bank.sign_in(AIGUL).await, bank.sign_in(CHYNARA).await);
    let payer_shake = bank.shaken(&aigul, payer()).await;
    let payee_shake = bank.shaken(&chynara, payee()).await;
    bank.advance(Duration::from_secs(2));
    let matched = bank.get(&chynara, &payee_shake).await;
    assert_eq!(matched.state(), "matched");
    assert_eq!((matched.body.get("amount_minor"), matched.body.get("currency")), (None, None));
    bank.confirm(&aigul, &payer_shake).await;
    bank.confirm(&chynara, &payee_shake).await;
    let before = bank.balance(&chynara).await.0;
    assert_eq!(bank.pay(&aigul, "k", &payer_shake, 777).await.status, StatusCode::CREATED);
    assert_eq!(bank.balance(&chynara).await.0, before + 777);
}

#[tokio::test]
async fn paying_before_both_confirmed_is_refused_and_moves_nothing() {
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let waiting = bank.shaken(&aigul, payer()).await;
    let refused = bank.pay(&aigul, "k1", &waiting, 15_000).await;
    assert_eq!(refused.code(), (StatusCode::UNPROCESSABLE_ENTITY, "shake_not_confirmed"));
    bank.advance(Duration::from_secs(1));
    let payee_shake = bank.shaken(&bakyt, payee_asking(15_000)).await;
    bank.advance(Duration::from_secs(2));
    assert_eq!(bank.get(&bakyt, &payee_shake).await.state(), "matched");
    let before = (bank.balance(&aigul).await.0, bank.balance(&bakyt).await.0);
    let refused = bank.pay(&aigul, "k2", &waiting, 15_000).await;
    assert_eq!(refused.code(), (StatusCode::UNPROCESSABLE_ENTITY, "shake_not_confirmed"));
    bank.confirm(&bakyt, &payee_shake).await;
    let refused = bank.pay(&aigul, "k3", &waiting, 15_000).await;
    assert_eq!(refused.code(), (StatusCode::UNPROCESSABLE_ENTITY, "shake_not_confirmed"));
    assert_eq!((bank.balance(&aigul).await.0, bank.balance(&bakyt).await.0), before);
    // A refusal leaves the shake payable once both confirm.
    bank.confirm(&aigul, &waiting).await;
    assert_eq!(bank.pay(&aigul, "k4", &waiting, 15_000).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn three_shakes_at_once_are_ambiguous_for_all() {
    let bank = Bank::open();
    let (aigul, bakyt, chynara) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await, bank.sign_in(CHYNARA).await);
    let shakes = [
        (aigul.clone(), bank.shaken(&aigul, payer()).await),
        (bakyt.clone(), bank.shaken(&bakyt, payee()).await),
        (chynara.clone(), bank.shaken(&chynara, payee()).await),
    ];
    bank.advance(Duration::from_secs(2));
    for (token, shake_id) in &shakes {
        let reply = bank.get(token, shake_id).await;
        assert_eq!(reply.body, json!({ "state": "ambiguous", "shake_id": shake_id }));
        assert_eq!(bank.confirm(token, shake_id).await.code(), (StatusCode::UNPROCESSABLE_ENTITY, "shake_not_matched"));
    }
    // They shake again, one payee steps back: a pair.
    let again = bank.shaken(&aigul, payer()).await;
    let payee_again = bank.shaken(&bakyt, payee()).await;
    bank.advance(Duration::from_secs(2));
    assert_eq!(bank.get(&aigul, &again).await.state(), "matched");
    assert_eq!(bank.get(&bakyt, &payee_again).await.state(), "matched");
}

#[tokio::test]
async fn a_partner_three_kilometres_away_does_not_pair() {
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let payer_shake = bank.shaken(&aigul, payer().at(ALA_TOO)).await;
    // 0.027° north: 3 km.
    let payee_shake = bank.shaken(&bakyt, payee().at((ALA_TOO.0 + 27_000, ALA_TOO.1))).await;
    bank.advance(Duration::from_secs(5));
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "waiting");
    assert_eq!(bank.get(&bakyt, &payee_shake).await.state(), "waiting");
    bank.advance(Duration::from_secs(5));
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "expired");
    assert_eq!(bank.get(&bakyt, &payee_shake).await.state(), "expired");
    // Without a location on one side, time alone pairs them.
    let payer_shake = bank.shaken(&aigul, payer().at(ALA_TOO)).await;
    let payee_shake = bank.shaken(&bakyt, payee()).await;
    bank.advance(Duration::from_secs(2));
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "matched");
    assert_eq!(bank.get(&bakyt, &payee_shake).await.state(), "matched");
}

#[tokio::test]
async fn shakes_three_seconds_apart_do_not_pair() {
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let payer_shake = bank.shaken(&aigul, payer()).await;
    bank.advance(Duration::from_secs(3));
    let payee_shake = bank.shaken(&bakyt, payee()).await;
    bank.advance(Duration::from_secs(3));
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "waiting");
    assert_eq!(bank.get(&bakyt, &payee_shake).await.state(), "waiting");
    bank.advance(Duration::from_secs(7));
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "expired");
    assert_eq!(bank.get(&bakyt, &payee_shake).await.state(), "expired");
}

#[tokio::test]
async fn a_lone_shake_expires_after_ten_seconds_of_sandbox_clock() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let shake_id = bank.shaken(&aigul, payer()).await;
    bank.advance(Duration::from_millis(9_900));
    assert_eq!(bank.get(&aigul, &shake_id).await.state(), "waiting");
    bank.advance(Duration::from_millis(100));
    let expired = bank.get(&aigul, &shake_id).await;
    assert_eq!(
        (expired.status, expired.body.clone()),
        (StatusCode::OK, json!({ "state": "expired", "shake_id": shake_id }))
    );
    assert_eq!(bank.confirm(&aigul, &shake_id).await.code(), (StatusCode::UNPROCESSABLE_ENTITY, "shake_not_matched"));
    // A partner that comes too late finds nobody.
    let bakyt = bank.sign_in(BAKYT).await;
    let late = bank.shaken(&bakyt, payee()).await;
    bank.advance(Duration::from_secs(3));
    assert_eq!(bank.get(&bakyt, &late).await.state(), "waiting");
}

#[tokio::test]
async fn reports_are_checked() {
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let bad = (StatusCode::BAD_REQUEST, "bad_request");
    let asking = Shake { amount_minor: Some(15_000), currency: Some("KGS"), ..payer() };
    assert_eq!(bank.shake(&aigul, asking).await.code(), bad, "a payer names no amount");
    assert_eq!(bank.shake(&bakyt, Shake { currency: None, ..payee_asking(100) }).await.code(), bad);
    let zero = bank.shake(&bakyt, payee_asking(0)).await;
    assert_eq!(zero.code(), (StatusCode::UNPROCESSABLE_ENTITY, "amount_invalid"));
    let tenge = bank.shake(&bakyt, Shake { currency: Some("KZT"), ..payee_asking(100) }).await;
    assert_eq!(tenge.code(), (StatusCode::UNPROCESSABLE_ENTITY, "currency_mismatch"));
    let future =
        json!({ "role": "payer", "shaken_at": rfc3339(bank.sandbox.clock().now() + time::Duration::minutes(5)) });
    let ahead = bank.call("POST", "/v1/shakes", Some(&aigul), None, Some(future)).await;
    assert_eq!(ahead.code(), (StatusCode::UNPROCESSABLE_ENTITY, "bad_request"), "well formed, the clock is off");
    let half = json!({ "role": "payer", "shaken_at": rfc3339(bank.sandbox.clock().now()), "latitude_e6": 1 });
    assert_eq!(bank.call("POST", "/v1/shakes", Some(&aigul), None, Some(half)).await.code(), bad);
    let nonsense = json!({ "role": "thief", "shaken_at": "yesterday" });
    assert_eq!(bank.call("POST", "/v1/shakes", Some(&aigul), None, Some(nonsense)).await.code(), bad);
    let anonymous = json!({ "role": "payer", "shaken_at": rfc3339(bank.sandbox.clock().now()) });
    let signed_out = bank.call("POST", "/v1/shakes", None, None, Some(anonymous)).await;
    assert_eq!(signed_out.code(), (StatusCode::UNAUTHORIZED, "unauthorized"));
    // Nothing refused was stored: a good report pairs as usual.
    let payer_shake = bank.shaken(&aigul, payer()).await;
    let payee_shake = bank.shaken(&bakyt, payee()).await;
    bank.advance(Duration::from_secs(2));
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "matched");
    assert_eq!(bank.get(&bakyt, &payee_shake).await.state(), "matched");
}

#[tokio::test]
async fn nobody_else_can_read_confirm_cancel_or_pay_a_shake() {
    let bank = Bank::open();
    let (aigul, bakyt, chynara) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await, bank.sign_in(CHYNARA).await);
    let (payer_shake, payee_shake) = bank.matched_pair(&aigul, &bakyt).await;
    let not_found = (StatusCode::NOT_FOUND, "not_found");
    for shake_id in [&payer_shake, &payee_shake, &"no-such-shake".to_owned()] {
        assert_eq!(bank.get(&chynara, shake_id).await.code(), not_found);
        assert_eq!(bank.confirm(&chynara, shake_id).await.code(), not_found);
        assert_eq!(bank.cancel(&chynara, shake_id).await.code(), not_found);
    }
    // Not even the peer reads the other's shake by its id.
    assert_eq!(bank.get(&bakyt, &payer_shake).await.code(), not_found);
    // Chynara paying with Aigul's shake finds no shake of hers.
    bank.confirm(&aigul, &payer_shake).await;
    bank.confirm(&bakyt, &payee_shake).await;
    let stolen = json!({
        "account_id": account_id(CHYNARA), "amount_minor": 15_000, "currency": "KGS",
        "recipient": { "type": "shake", "shake_id": payer_shake },
    });
    let reply = bank.call("POST", "/v1/operations", Some(&chynara), Some("k"), Some(stolen)).await;
    assert_eq!(reply.code(), (StatusCode::UNPROCESSABLE_ENTITY, "recipient_not_found"));
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "confirmed");
}

#[tokio::test]
async fn cancelling_ends_the_shake_for_both() {
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let (payer_shake, payee_shake) = bank.matched_pair(&aigul, &bakyt).await;
    bank.confirm(&aigul, &payer_shake).await;
    let cancelled = bank.cancel(&bakyt, &payee_shake).await;
    assert_eq!(
        (cancelled.status, cancelled.body.clone()),
        (StatusCode::OK, json!({ "state": "cancelled", "shake_id": payee_shake }))
    );
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "cancelled");
    assert_eq!(
        bank.confirm(&bakyt, &payee_shake).await.code(),
        (StatusCode::UNPROCESSABLE_ENTITY, "shake_not_matched")
    );
    assert_eq!(
        bank.pay(&aigul, "k", &payer_shake, 15_000).await.code(),
        (StatusCode::UNPROCESSABLE_ENTITY, "shake_not_confirmed")
    );
    // Cancelling again, or a shake already over, changes nothing.
    assert_eq!(bank.cancel(&aigul, &payer_shake).await.state(), "cancelled");
}

#[tokio::test]
async fn a_new_shake_replaces_the_one_still_waiting() {
    let bank = Bank::open();
    let (aigul, bakyt) = (bank.sign_in(AIGUL).await, bank.sign_in(BAKYT).await);
    let first = bank.shaken(&aigul, payer()).await;
    // The same shake reported twice (a retry after a lost answer) is not two candidates.
    let second = bank.shaken(&aigul, payer()).await;
    assert_eq!(bank.get(&aigul, &first).await.state(), "cancelled");
    let payee_shake = bank.shaken(&bakyt, payee()).await;
    bank.advance(Duration::from_secs(2));
    assert_eq!(bank.get(&aigul, &second).await.state(), "matched");
    assert_eq!(bank.get(&bakyt, &payee_shake).await.state(), "matched");
}

/// Seed 004 §5.12: paying a shake above the step-up limit needs an SMS code too, made for this shake, and its SMS
/// says «Оплата» and names the payee; asking for the code uses nothing up.
#[tokio::test]
async fn a_shake_paid_above_the_step_up_limit_needs_an_sms_code_for_this_shake() {
    let bank = Bank::open();
    let (aigul, chynara) = (bank.sign_in(AIGUL).await, bank.sign_in(CHYNARA).await);
    let payer_shake = bank.shaken(&aigul, payer()).await;
    let payee_shake = bank.shaken(&chynara, payee()).await;
    bank.advance(Duration::from_secs(2));
    bank.confirm(&aigul, &payer_shake).await;
    bank.confirm(&chynara, &payee_shake).await;
    let amount = 6_000_000;
    let refused = bank.pay(&aigul, "k-1", &payer_shake, amount).await;
    assert_eq!(refused.code(), (StatusCode::UNPROCESSABLE_ENTITY, "confirmation_required"));

    let body = json!({
        "account_id": account_id(AIGUL), "amount_minor": amount, "currency": "KGS",
        "recipient": { "type": "shake", "shake_id": payer_shake },
    });
    let asked = bank.call("POST", "/v1/transfer-codes", Some(&aigul), Some("c-1"), Some(body)).await;
    assert_eq!(asked.status, StatusCode::CREATED, "{:?}", asked.body);
    let sms = bank.sms(AIGUL, Some("transfer")).await;
    assert!(sms.text("text").contains("Оплата 60\u{a0}000,00 сом получателю Чынара М."), "{:?}", sms.body);
    assert_eq!(bank.get(&aigul, &payer_shake).await.state(), "confirmed", "the code's request used nothing up");
    let confirmation_id = asked.text("confirmation_id");
    let path = format!("/v1/transfer-codes/{confirmation_id}/verify");
    let verified = bank.call("POST", &path, Some(&aigul), None, Some(json!({ "code": sms.text("code") }))).await;
    assert_eq!(verified.status, StatusCode::OK, "{:?}", verified.body);
    let body = json!({
        "account_id": account_id(AIGUL), "amount_minor": amount, "currency": "KGS",
        "recipient": { "type": "shake", "shake_id": payer_shake }, "confirmation_id": confirmation_id,
    });
    let paid = bank.call("POST", "/v1/operations", Some(&aigul), Some("k-2"), Some(body)).await;
    assert_eq!(paid.status, StatusCode::CREATED, "{:?}", paid.body);
}
