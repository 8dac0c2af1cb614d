//! Contact matching through the sandbox bank's HTTP API in-process: the salt, a match by hash prefixes that answers
//! exactly the customers under them (never the caller), a rotated or wrong salt, and malformed requests.

mod common;

use std::collections::BTreeSet;

use axum::http::StatusCode;
use common::{Bank, Reply};
use serde_json::json;
use wallet_formats::contact_hash::{contact_hash, prefix};
use wallet_protocol::contacts::MAX_PREFIXES;
use wallet_sandbox::seed::{CUSTOMERS, OTHER_BANK_CUSTOMERS};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const DANIYAR: &str = CUSTOMERS[3].1;
/// Кирилл Бакиров at Demir Bank: not a customer of this bank.
const KIRILL: &str = OTHER_BANK_CUSTOMERS[0].1;

async fn salt(bank: &Bank, token: &str) -> String {
    let reply = bank.call("GET", "/v1/contacts/salt", Some(token), None, None).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    assert_eq!(reply.body["prefix_len"], 4);
    reply.text("salt")
}

async fn rotate(bank: &Bank) -> String {
    let reply = bank.call("POST", "/dev/contacts/salt", None, None, None).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    reply.text("salt")
}

async fn match_contacts(bank: &Bank, token: &str, salt: &str, prefixes: &[String]) -> Reply {
    let body = json!({ "salt": salt, "prefixes": prefixes });
    bank.call("POST", "/v1/contacts/match", Some(token), None, Some(body)).await
}

fn hash(salt: &str, phone: &str) -> String {
    contact_hash(salt, phone).expect("the salt is hex")
}

fn prefix_of(salt: &str, phone: &str) -> String {
    prefix(&hash(salt, phone), 4).to_owned()
}

fn hashes(reply: &Reply) -> Vec<String> {
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    reply.body["hashes"].as_array().expect("hashes").iter().map(|h| h.as_str().expect("a hash").to_owned()).collect()
}

#[tokio::test]
async fn the_salt_is_32_random_bytes_in_lower_case_hex_the_same_for_everyone_until_rotated() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let bakyt = bank.sign_in(BAKYT).await;
    let first = salt(&bank, &aigul).await;
    assert_eq!(first.len(), 64, "{first}");
    assert!(first.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')), "{first}");
    assert_eq!(salt(&bank, &aigul).await, first, "kept");
    assert_eq!(salt(&bank, &bakyt).await, first, "one salt for every customer");
    assert_eq!(bank.count("SELECT COUNT(*) FROM contact_salt"), 1);

    let rotated = rotate(&bank).await;
    assert_ne!(rotated, first);
    assert_eq!(rotated.len(), 64);
    assert_eq!(salt(&bank, &bakyt).await, rotated);
    let anonymous = bank.call("GET", "/v1/contacts/salt", None, None, None).await;
    assert_eq!(anonymous.code(), (StatusCode::UNAUTHORIZED, "unauthorized"));
}

#[tokio::test]
async fn a_match_answers_the_full_hashes_of_the_customers_under_the_prefixes_but_never_the_callers() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let salt = salt(&bank, &aigul).await;
    // Two customers' buckets, Aigul's own, a number of another bank, and the same bucket twice.
    let prefixes = [BAKYT, DANIYAR, AIGUL, KIRILL, BAKYT].map(|phone| prefix_of(&salt, phone)).to_vec();
    let answer = hashes(&match_contacts(&bank, &aigul, &salt, &prefixes).await);

    // What the bank must answer, worked out here from the demo customers: everyone but Aigul in those buckets
    // (Bakyt and Daniyar; another customer only if their hash shared a bucket by chance).
    let expected: BTreeSet<String> = CUSTOMERS
        .iter()
        .filter(|customer| customer.1 != AIGUL)
        .map(|customer| hash(&salt, customer.1))
        .filter(|h| prefixes.iter().any(|p| h.starts_with(p.as_str())))
        .collect();
    assert_eq!(answer, expected.iter().cloned().collect::<Vec<_>>(), "sorted, no duplicates");
    assert!(answer.contains(&hash(&salt, BAKYT)) && answer.contains(&hash(&salt, DANIYAR)), "{answer:?}");
    assert!(!answer.contains(&hash(&salt, AIGUL)), "never the caller's own");
    assert!(!answer.contains(&hash(&salt, KIRILL)), "not a customer of this bank");
    assert!(answer.iter().all(|h| h.len() == 64), "full hashes");

    // Bakyt asking for Aigul's bucket finds her.
    let bakyt = bank.sign_in(BAKYT).await;
    let found = hashes(&match_contacts(&bank, &bakyt, &salt, &[prefix_of(&salt, AIGUL)]).await);
    assert!(found.contains(&hash(&salt, AIGUL)), "{found:?}");
    assert!(!found.contains(&hash(&salt, BAKYT)));
    // Nothing asked, nothing answered.
    assert_eq!(hashes(&match_contacts(&bank, &aigul, &salt, &[]).await), Vec::<String>::new());

    // A newcomer is a customer from their first sign-in.
    let newcomer = "+996555000777";
    bank.sign_in(newcomer).await;
    let joined = hashes(&match_contacts(&bank, &aigul, &salt, &[prefix_of(&salt, newcomer)]).await);
    assert!(joined.contains(&hash(&salt, newcomer)), "{joined:?}");
}

#[tokio::test]
async fn a_wrong_or_rotated_salt_is_salt_changed() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let old = salt(&bank, &aigul).await;
    let asked = [prefix_of(&old, BAKYT)];
    let wrong = match_contacts(&bank, &aigul, &"00".repeat(32), &asked).await;
    assert_eq!(wrong.code(), (StatusCode::CONFLICT, "salt_changed"));
    assert_eq!(match_contacts(&bank, &aigul, &old.to_uppercase(), &asked).await.code().1, "salt_changed");
    assert!(hashes(&match_contacts(&bank, &aigul, &old, &asked).await).contains(&hash(&old, BAKYT)));

    let new = rotate(&bank).await;
    let stale = match_contacts(&bank, &aigul, &old, &asked).await;
    assert_eq!(stale.code(), (StatusCode::CONFLICT, "salt_changed"));
    let again = hashes(&match_contacts(&bank, &aigul, &new, &[prefix_of(&new, BAKYT)]).await);
    assert!(again.contains(&hash(&new, BAKYT)), "hashed again with the new salt: {again:?}");
    assert_ne!(hash(&new, BAKYT), hash(&old, BAKYT));
}

#[tokio::test]
async fn malformed_or_too_many_prefixes_are_bad_requests() {
    let bank = Bank::open();
    let aigul = bank.sign_in(AIGUL).await;
    let salt = salt(&bank, &aigul).await;
    let bad = (StatusCode::BAD_REQUEST, "bad_request");
    for malformed in ["ABCD", "abc", "abcde", "abcg", "", "аб"] {
        let reply = match_contacts(&bank, &aigul, &salt, &["abcd".to_owned(), malformed.to_owned()]).await;
        assert_eq!(reply.code(), bad, "{malformed:?}");
        assert!(reply.text("message").contains("prefix 1 "), "{:?}", reply.body);
    }
    let too_many = vec!["abcd".to_owned(); MAX_PREFIXES + 1];
    let refused = match_contacts(&bank, &aigul, &salt, &too_many).await;
    assert_eq!(refused.code(), bad);
    assert!(refused.text("message").contains(&MAX_PREFIXES.to_string()), "{:?}", refused.body);
    let most: Vec<String> = (0..MAX_PREFIXES).map(|i| format!("{i:04x}")).collect();
    assert_eq!(match_contacts(&bank, &aigul, &salt, &most).await.status, StatusCode::OK, "{MAX_PREFIXES} is fine");
    let not_a_list =
        bank.call("POST", "/v1/contacts/match", Some(&aigul), None, Some(json!({ "salt": salt, "prefixes": "abcd" })));
    assert_eq!(not_a_list.await.code(), bad);
    let anonymous = bank.call("POST", "/v1/contacts/match", None, None, Some(json!({ "salt": salt, "prefixes": [] })));
    assert_eq!(anonymous.await.code(), (StatusCode::UNAUTHORIZED, "unauthorized"));
}
