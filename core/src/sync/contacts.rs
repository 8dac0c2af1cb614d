//! Which of the phone's contacts have the wallet, asked of the bank so that no number leaves the phone and the
//! phone learns only about its own contacts (`wallet_protocol::contacts`): each number (E.164) is blinded and
//! evaluated by the bank's oblivious PRF into a tag, only the tags' first few hex characters are sent, and the
//! bank's tags under those prefixes are compared here.
//!
//! Every number's answer is cached (sealed, named by an HMAC under a key of this phone's own) for a day; only
//! numbers without a fresh answer are evaluated, so a daily look at the address book stays within the bank's budget.
//! A bank out of reach or a spent budget answers from the cache when it covers the numbers.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use rand_core::OsRng;
use ring::rand::{SecureRandom, SystemRandom};
use wallet_formats::contact_hash::{contact_hash, prefix};
use wallet_formats::contact_oprf::{Blinded, blind};
use wallet_protocol::contacts::{ContactEvaluateRequest, ContactMatchRequest, MAX_ELEMENTS, MAX_PREFIXES};
use wallet_protocol::{ErrorBody, ErrorCode};

use super::SyncError;
use crate::api::{ApiError, BankClient};
use crate::session::Credentials;
use crate::store::{ContactsCache, KnownContact, Store};

/// How long an answer stands before the bank is asked again.
pub const FRESH_FOR_MS: i64 = 24 * 60 * 60 * 1000;
/// How long an answer is kept for a bank out of reach.
pub const KEPT_FOR_MS: i64 = 30 * FRESH_FOR_MS;

/// The numbers (of those asked) that have the wallet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactsAnswer {
    pub with_wallet: Vec<String>,
    /// Some answers are from a cache older than a day, because the bank could not be asked.
    pub stale: bool,
}

pub struct ContactMatcher {
    store: Arc<Store>,
    client: BankClient,
    credentials: Credentials,
}

impl ContactMatcher {
    pub fn new(store: Arc<Store>, client: BankClient, credentials: Credentials) -> ContactMatcher {
        ContactMatcher { store, client, credentials }
    }

    /// Which of `numbers` (E.164) have the wallet.
    pub async fn check(&self, numbers: &[String], now_ms: i64) -> Result<ContactsAnswer, SyncError> {
        let mut cache = self.store.contacts_cache()?.unwrap_or_default();
        if cache.local_key.is_empty() {
            cache.local_key = new_local_key()?;
        }
        let ids: Vec<String> = numbers.iter().map(|n| local_id(&cache.local_key, n)).collect::<Result<_, _>>()?;
        let unique: BTreeSet<(&String, &String)> = numbers.iter().zip(&ids).collect();
        let to_ask: Vec<(&String, &String)> =
            unique.into_iter().filter(|(_, id)| !is_fresh(&cache, id, now_ms)).collect();
        if to_ask.is_empty() {
            return Ok(
                answer(&cache, numbers, &ids, now_ms).unwrap_or(ContactsAnswer { with_wallet: vec![], stale: false })
            );
        }
        let numbers_to_ask: Vec<&str> = to_ask.iter().map(|(n, _)| n.as_str()).collect();
        let (found, failure) = self.ask(&numbers_to_ask).await;
        if !found.is_empty() {
            let by_number: HashMap<&str, bool> = found.iter().map(|(n, has)| (n.as_str(), *has)).collect();
            cache.known.retain(|known| now_ms.saturating_sub(known.checked_at_ms) < KEPT_FOR_MS);
            for (number, id) in &to_ask {
                if let Some(has_wallet) = by_number.get(number.as_str()) {
                    cache.known.retain(|known| known.id != **id);
                    cache.known.push(KnownContact {
                        id: (*id).clone(),
                        has_wallet: *has_wallet,
                        checked_at_ms: now_ms,
                    });
                }
            }
            self.store.save_contacts_cache(&cache)?;
        }
        match failure {
            None => answer(&cache, numbers, &ids, now_ms).ok_or_else(|| missing_answer().into()),
            // Out of reach or over the day's budget: what the cache knows, if it knows every number.
            Some(error) if can_wait(&error) => answer(&cache, numbers, &ids, now_ms).ok_or(error),
            Some(error) => Err(error),
        }
    }

    /// The answer for each of `numbers` the bank could be asked about, and why it stopped short, if it did.
    async fn ask(&self, numbers: &[&str]) -> (Vec<(String, bool)>, Option<SyncError>) {
        let mut found = Vec::new();
        // The bank may change its key between evaluating and matching: one more try under the new key.
        for attempt in 0..2 {
            match self.ask_once(numbers, &mut found).await {
                Ok(()) => return (found, None),
                Err(SyncError::Api(error)) if error.code() == Some(ErrorCode::ContactsKeyChanged) && attempt == 0 => {
                    found.clear();
                }
                Err(error) => return (found, Some(error)),
            }
        }
        (found, Some(missing_answer().into()))
    }

    /// Evaluates `numbers` in batches and matches their tags; the numbers answered go into `found` even when a later
    /// batch fails (the budget ran out, the connection dropped), so what the bank did count is not lost.
    async fn ask_once(&self, numbers: &[&str], found: &mut Vec<(String, bool)>) -> Result<(), SyncError> {
        let token = self.credentials.token()?.ok_or(SyncError::NotSignedIn)?;
        let mut key_id: Option<String> = None;
        let mut prefix_len = 0;
        let mut tagged: Vec<(&str, String)> = Vec::with_capacity(numbers.len());
        let mut stopped = None;
        for chunk in numbers.chunks(MAX_ELEMENTS) {
            let blinded: Vec<Blinded> = chunk
                .iter()
                .map(|n| blind(n, &mut OsRng))
                .collect::<Result<_, _>>()
                .map_err(|_| SyncError::Api(ApiError::Malformed("a number could not be blinded".into())))?;
            let request = ContactEvaluateRequest { blinded: blinded.iter().map(|b| b.element.clone()).collect() };
            let evaluation = match self.client.evaluate_contacts(&token, &request).await {
                Ok(evaluation) => evaluation,
                Err(error) => {
                    stopped = Some(error);
                    break;
                }
            };
            if evaluation.evaluated.len() != chunk.len() {
                return Err(ApiError::Malformed("the bank's evaluation does not match what was sent".into()).into());
            }
            if key_id.as_ref().is_some_and(|k| *k != evaluation.key_id) {
                // The key changed between batches: the tags so far are worth nothing; start again.
                let changed = ErrorBody::new(ErrorCode::ContactsKeyChanged, "the key changed between batches");
                return Err(ApiError::Refused(changed).into());
            }
            for ((number, blinded), evaluated) in chunk.iter().zip(&blinded).zip(&evaluation.evaluated) {
                let tag = blinded
                    .finalize(evaluated)
                    .map_err(|_| ApiError::Malformed("the bank's evaluation is not a group element".into()))?;
                tagged.push((number, tag));
            }
            key_id = Some(evaluation.key_id);
            prefix_len = evaluation.prefix_len;
        }
        if let Some(key_id) = key_id
            && !tagged.is_empty()
        {
            let prefixes: BTreeSet<String> = tagged.iter().map(|(_, tag)| prefix(tag, prefix_len).to_owned()).collect();
            let prefixes: Vec<String> = prefixes.into_iter().collect();
            let mut customers = BTreeSet::new();
            for chunk in prefixes.chunks(MAX_PREFIXES) {
                let request = ContactMatchRequest { key_id: key_id.clone(), prefixes: chunk.to_vec() };
                customers.extend(self.client.match_contacts(&token, &request).await?.tags);
            }
            found.extend(tagged.iter().map(|(number, tag)| ((*number).to_owned(), customers.contains(tag))));
        }
        match stopped {
            Some(error) => Err(error.into()),
            None => Ok(()),
        }
    }
}

/// A new key for naming numbers in the cache: 32 random bytes as hex.
fn new_local_key() -> Result<String, SyncError> {
    let mut key = [0u8; 32];
    SystemRandom::new()
        .fill(&mut key)
        .map_err(|_| SyncError::Api(ApiError::Malformed("the phone's random generator failed".into())))?;
    Ok(key.iter().map(|b| format!("{b:02x}")).collect())
}

fn local_id(local_key: &str, number: &str) -> Result<String, SyncError> {
    contact_hash(local_key, number)
        .ok_or_else(|| ApiError::Malformed("the contacts cache's key is not hex".into()).into())
}

fn is_fresh(cache: &ContactsCache, id: &str, now_ms: i64) -> bool {
    cache.known.iter().any(|known| known.id == id && now_ms.saturating_sub(known.checked_at_ms) < FRESH_FOR_MS)
}

/// The answer the cache holds for every one of `numbers` (named by `ids`), or `None` when it lacks one.
fn answer(cache: &ContactsCache, numbers: &[String], ids: &[String], now_ms: i64) -> Option<ContactsAnswer> {
    let mut with_wallet = Vec::new();
    let mut stale = false;
    for (number, id) in numbers.iter().zip(ids) {
        let known = cache.known.iter().find(|known| known.id == *id)?;
        stale |= now_ms.saturating_sub(known.checked_at_ms) >= FRESH_FOR_MS;
        if known.has_wallet {
            with_wallet.push(number.clone());
        }
    }
    Some(ContactsAnswer { with_wallet, stale })
}

fn missing_answer() -> ApiError {
    ApiError::Malformed("the bank answered without every number".into())
}

/// A failure the cache may stand in for: the bank out of reach, or the day's budget spent.
fn can_wait(error: &SyncError) -> bool {
    matches!(error, SyncError::Api(api) if api.is_transient() || api.code() == Some(ErrorCode::RateLimited))
}
