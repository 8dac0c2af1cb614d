//! Contact discovery through the sandbox bank's HTTP API in-process: blinded numbers evaluated within a daily
//! budget, a match by tag prefixes that answers exactly the customers under them (never the caller), a rotated key,
//! what a customer asking for every prefix or walking a block of numbers learns, and malformed requests.

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use axum::http::StatusCode;
use common::{Bank, Reply};
use rand_core::OsRng;
use serde_json::json;
use wallet_formats::contact_oprf::{Blinded, blind};
use wallet_protocol::contacts::{DAILY_BUDGET, MAX_ELEMENTS, MAX_PREFIXES};
use wallet_sandbox::seed::{CUSTOMERS, OTHER_BANK_CUSTOMERS};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const DANIYAR: &str = CUSTOMERS[3].1;
/// Кирилл Бакиров at Demir Bank: not a customer of this bank.
const KIRILL: &str = OTHER_BANK_CUSTOMERS[0].1;

async fn evaluate(bank: &Bank, token: &str, blinded: &[&Blinded]) -> Reply {
    let elements: Vec<&str> = blinded.iter().map(|b| b.element.as_str()).collect();
    bank.call("POST", "/v1/contacts/evaluate", Some(token), None, Some(json!({ "blinded": elements }))).await
}

/// What a phone does for `numbers`: blinds them, has them evaluated, and unblinds the answers into tags.
/// Returns the key's name and each number's tag.
async fn tags_of(bank: &Bank, token: &str, numbers: &[&str]) -> (String, Vec<String>) {
    let blinded: Vec<Blinded> = numbers.iter().map(|n| blind(n, &mut OsRng).expect("blinded")).collect();
    let reply = evaluate(bank, token, &blinded.iter().collect::<Vec<_>>()).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    assert_eq!(reply.body["prefix_len"], 4);
    let evaluated = reply.body["evaluated"].as_array().expect("evaluated");
    assert_eq!(evaluated.len(), numbers.len(), "one answer per number, in order");
    let tags = blinded
        .iter()
        .zip(evaluated)
        .map(|(b, e)| b.finalize(e.as_str().expect("hex")).expect("an element of the group"))
        .collect();
    (reply.text("key_id"), tags)
}

async fn match_tags(bank: &Bank, token: &str, key_id: &str, prefixes: &[String]) -> Reply {
    let body = json!({ "key_id": key_id, "prefixes": prefixes });
    bank.call("POST", "/v1/contacts/match", Some(token), None, Some(body)).await
}

fn tags(reply: &Reply) -> Vec<String> {
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    reply.body["tags"].as_array().expect("tags").iter().map(|h| h.as_str().expect("a tag").to_owned()).collect()
}

fn prefixes(tags: &[String]) -> Vec<String> {
    tags.iter().map(|t| t[..4].to_owned()).collect()
}

async fn rotate(bank: &Bank) -> String {
    let reply = bank.call("POST", "/dev/contacts/key", None, None, Some(json!({}))).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    assert!(reply.body.get("seed").is_none(), "the key's name only: {:?}", reply.body);
    reply.text("key_id")
}

#[tokio::test]
async fn a_phone_finds_exactly_its_contacts_with_the_wallet_never_itself() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let book = [BAKYT, DANIYAR, AIGUL, KIRILL];
    let (key_id, mine) = tags_of(&bank, &aigul, &book).await;
    assert!(mine.iter().all(|t| t.len() == 64), "{mine:?}");
    let answer = tags(&match_tags(&bank, &aigul, &key_id, &prefixes(&mine)).await);
    let sorted: BTreeSet<&String> = answer.iter().collect();
    assert_eq!(answer.iter().collect::<Vec<_>>(), sorted.into_iter().collect::<Vec<_>>(), "sorted, no duplicates");
    let found: Vec<&str> = book.iter().zip(&mine).filter(|(_, tag)| answer.contains(tag)).map(|(n, _)| *n).collect();
    assert_eq!(found, [BAKYT, DANIYAR], "customers of this bank, never the caller, never another bank's");

    // The same numbers evaluated again (blinded anew) give the same tags: the bank's key is stable.
    let (again_key, again) = tags_of(&bank, &aigul, &[BAKYT]).await;
    assert_eq!((again_key.as_str(), again[0].as_str()), (key_id.as_str(), mine[0].as_str()));

    // Bakyt finds Aigul; a newcomer is found from their first sign-in.
    let bakyt = bank.sign_in(BAKYT).await;
    let newcomer = "+996555000777";
    bank.sign_in(newcomer).await;
    let (_, his) = tags_of(&bank, &bakyt, &[AIGUL, newcomer]).await;
    assert_eq!(
        tags(&match_tags(&bank, &bakyt, &key_id, &prefixes(&his)).await).iter().filter(|t| his.contains(t)).count(),
        2
    );
    // Nothing asked, nothing answered, nothing counted.
    assert_eq!(tags(&match_tags(&bank, &aigul, &key_id, &[]).await), Vec::<String>::new());
    let empty = evaluate(&bank, &aigul, &[]).await;
    assert_eq!(empty.body["remaining"], DAILY_BUDGET - 5, "4 numbers and 1 again: {:?}", empty.body);
}

#[tokio::test]
async fn a_rotated_key_is_contacts_key_changed_and_the_numbers_are_evaluated_again() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let (old_key, old) = tags_of(&bank, &aigul, &[BAKYT]).await;
    let wrong = match_tags(&bank, &aigul, "0011223344556677", &prefixes(&old)).await;
    assert_eq!(wrong.code(), (StatusCode::CONFLICT, "contacts_key_changed"));

    let new_key = rotate(&bank).await;
    assert_ne!(new_key, old_key);
    let stale = match_tags(&bank, &aigul, &old_key, &prefixes(&old)).await;
    assert_eq!(stale.code(), (StatusCode::CONFLICT, "contacts_key_changed"));
    let (key_id, new) = tags_of(&bank, &aigul, &[BAKYT]).await;
    assert_eq!(key_id, new_key);
    assert_ne!(new, old, "another key, another tag");
    assert!(tags(&match_tags(&bank, &aigul, &new_key, &prefixes(&new)).await).contains(&new[0]));
    assert_eq!(bank.count("SELECT COUNT(*) FROM contact_tags WHERE key_id <> (SELECT key_id FROM contact_key)"), 0);
}

#[tokio::test]
async fn the_daily_budget_counts_numbers_per_customer_and_refuses_past_it_without_counting() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let one = blind(BAKYT, &mut OsRng).expect("blinded");
    let batch: Vec<&Blinded> = vec![&one; MAX_ELEMENTS];
    let first = evaluate(&bank, &aigul, &batch).await;
    assert_eq!(first.body["remaining"], DAILY_BUDGET - 500, "{:?}", first.body);
    bank.advance(Duration::from_secs(3600));
    assert_eq!(evaluate(&bank, &aigul, &batch).await.body["remaining"], 0);

    // The budget is spent: one more number is refused, and says when to come back (when the first batch leaves
    // the 24 hours: 23 hours from now).
    let refused = evaluate(&bank, &aigul, &[&one]).await;
    assert_eq!(refused.code(), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
    assert_eq!(refused.body["retry_after_seconds"], 23 * 3600, "{:?}", refused.body);
    assert!(refused.text("message").contains("1000"), "{:?}", refused.body);
    assert!(!refused.text("message").contains(&one.element), "no element in a message");
    // Another customer has a budget of their own.
    let bakyt = bank.sign_in(BAKYT).await;
    assert_eq!(evaluate(&bank, &bakyt, &[&one]).await.status, StatusCode::OK);

    bank.advance(Duration::from_secs(23 * 3600));
    let back = evaluate(&bank, &aigul, &[&one]).await;
    assert_eq!(back.body["remaining"], DAILY_BUDGET - 500 - 1, "the first batch left the window: {:?}", back.body);
    let rows = format!(
        "SELECT COUNT(*) FROM contact_evaluations WHERE user_id = (SELECT user_id FROM users WHERE phone = '{AIGUL}')"
    );
    assert_eq!(bank.count(&rows), 2, "the batch of an hour later and the last one");
}

/// The attack the probe made on the salted hashes: ask for every prefix, then test numbers offline. With the OPRF
/// the tags of every customer come back, but a number can only be tested by having the bank evaluate it, and a
/// walk of a block of numbers stops at the budget.
#[tokio::test]
async fn a_customer_asking_for_every_prefix_learns_nothing_beyond_their_budget() {
    let bank = Bank::open();
    let mallory = bank.sign_in("+996555000666").await;
    let (key_id, _) = tags_of(&bank, &mallory, &[]).await;
    let every: Vec<String> = (0..=0xffff).map(|i| format!("{i:04x}")).collect();
    let mut listed = BTreeSet::new();
    for chunk in every.chunks(MAX_PREFIXES) {
        listed.extend(tags(&match_tags(&bank, &mallory, &key_id, chunk).await));
    }
    let customers = bank.count("SELECT COUNT(*) FROM users") as usize;
    assert_eq!(listed.len(), customers - 1, "every other customer's tag, as the salted hashes were");

    // Walking Bakyt's block (+996 700 65x xxx, which holds him) number by number, through the bank as a phone must.
    let block: Vec<String> = (653_800..655_000).map(|i| format!("+996700{i}")).collect();
    let block: Vec<&str> = block.iter().map(String::as_str).collect();
    assert!(block.contains(&BAKYT));
    let mut tested = Vec::new();
    for chunk in block.chunks(100) {
        let blinded: Vec<Blinded> = chunk.iter().map(|n| blind(n, &mut OsRng).expect("blinded")).collect();
        let reply = evaluate(&bank, &mallory, &blinded.iter().collect::<Vec<_>>()).await;
        if reply.status != StatusCode::OK {
            assert_eq!(reply.code(), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
            break;
        }
        let evaluated = reply.body["evaluated"].as_array().expect("evaluated");
        for ((number, b), e) in chunk.iter().zip(&blinded).zip(evaluated) {
            tested.push((*number, b.finalize(e.as_str().expect("hex")).expect("tag")));
        }
    }
    assert_eq!(tested.len(), DAILY_BUDGET as usize, "the walk stops at the budget");
    let found: Vec<&str> = tested.iter().filter(|(_, tag)| listed.contains(tag)).map(|(n, _)| *n).collect();
    assert_eq!(found, [BAKYT], "only a customer among the numbers evaluated");
    // The 200 numbers past the budget stay untested: the list of tags says nothing of them.
    assert_eq!(tested.last().map(|(n, _)| *n), Some("+996700654799"));
}

#[tokio::test]
async fn malformed_or_too_many_elements_and_prefixes_are_bad_requests() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bad = (StatusCode::BAD_REQUEST, "bad_request");
    let good = blind(BAKYT, &mut OsRng).expect("blinded").element;
    let call = |blinded: serde_json::Value| {
        bank.call("POST", "/v1/contacts/evaluate", Some(&aigul), None, Some(json!({ "blinded": blinded })))
    };
    for malformed in ["AB".repeat(32), "ab".repeat(31), "ab".repeat(33), "zz".repeat(32), String::new()] {
        let reply = call(json!([good, malformed])).await;
        assert_eq!(reply.code(), bad, "{malformed:?}");
        assert!(reply.text("message").contains("element 1 "), "{:?}", reply.body);
    }
    // Hex of the right length that is no point of the group.
    let not_a_point = call(json!([good, "ff".repeat(32)])).await;
    assert_eq!(not_a_point.code(), (StatusCode::UNPROCESSABLE_ENTITY, "contact_element_invalid"));
    assert!(not_a_point.text("message").contains("element 1 "), "{:?}", not_a_point.body);
    let too_many = call(json!(vec![good.clone(); MAX_ELEMENTS + 1])).await;
    assert_eq!(too_many.code(), bad);
    assert!(too_many.text("message").contains(&MAX_ELEMENTS.to_string()), "{:?}", too_many.body);
    let refused_counted = call(json!([])).await;
    assert_eq!(refused_counted.body["remaining"], DAILY_BUDGET, "refused requests spend nothing");

    let key_id = refused_counted.text("key_id");
    for malformed in ["ABCD", "abc", "abcde", "abcg", "", "аб"] {
        let reply = match_tags(&bank, &aigul, &key_id, &["abcd".to_owned(), malformed.to_owned()]).await;
        assert_eq!(reply.code(), bad, "{malformed:?}");
        assert!(reply.text("message").contains("prefix 1 "), "{:?}", reply.body);
    }
    let refused = match_tags(&bank, &aigul, &key_id, &vec!["abcd".to_owned(); MAX_PREFIXES + 1]).await;
    assert_eq!(refused.code(), bad);
    let most: Vec<String> = (0..MAX_PREFIXES).map(|i| format!("{i:04x}")).collect();
    assert_eq!(match_tags(&bank, &aigul, &key_id, &most).await.status, StatusCode::OK, "{MAX_PREFIXES} is fine");
    let anonymous = bank.call("POST", "/v1/contacts/evaluate", None, None, Some(json!({ "blinded": [] })));
    assert_eq!(anonymous.await.code(), (StatusCode::UNAUTHORIZED, "unauthorized"));
    let anonymous =
        bank.call("POST", "/v1/contacts/match", None, None, Some(json!({ "key_id": key_id, "prefixes": [] })));
    assert_eq!(anonymous.await.code(), (StatusCode::UNAUTHORIZED, "unauthorized"));
}
