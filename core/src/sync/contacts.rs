//! Which of the phone's contacts have the wallet, asked of the bank without the phone book leaving the phone in
//! clear (`wallet_protocol::contacts`): each number (E.164) is hashed with the bank's salt, only the hashes' first
//! few hex characters are sent, and the bank's full hashes under those prefixes are compared here. The answer is
//! cached (sealed) for a day; a bank out of reach answers from the cache when it covers the numbers.

use std::collections::BTreeSet;
use std::sync::Arc;

use wallet_formats::contact_hash::{contact_hash, prefix};
use wallet_protocol::ErrorCode;
use wallet_protocol::contacts::{ContactMatchRequest, MAX_PREFIXES};

use super::SyncError;
use crate::api::{ApiError, BankClient};
use crate::session::Credentials;
use crate::store::{ContactsCache, Store};

/// How long an answer stands before the bank is asked again.
pub const FRESH_FOR_MS: i64 = 24 * 60 * 60 * 1000;

/// The numbers (of those asked) that have the wallet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactsAnswer {
    pub with_wallet: Vec<String>,
    /// From a cache older than a day, because the bank could not be asked.
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
        let cache = self.store.contacts_cache()?;
        if let Some(cache) = &cache
            && now_ms.saturating_sub(cache.checked_at_ms) < FRESH_FOR_MS
            && let Some(with_wallet) = from_cache(cache, numbers)
        {
            return Ok(ContactsAnswer { with_wallet, stale: false });
        }
        match self.ask(numbers, now_ms).await {
            Ok(answer) => Ok(answer),
            Err(error) => match cache.as_ref().and_then(|cache| from_cache(cache, numbers)) {
                Some(with_wallet) if is_unreachable(&error) => Ok(ContactsAnswer { with_wallet, stale: true }),
                _ => Err(error),
            },
        }
    }

    async fn ask(&self, numbers: &[String], now_ms: i64) -> Result<ContactsAnswer, SyncError> {
        let token = self.credentials.token()?.ok_or(SyncError::NotSignedIn)?;
        // A salt may change between asking for it and using it: one more try with the new one.
        let mut tries = 0;
        loop {
            tries += 1;
            let salt = self.client.contact_salt(&token).await?;
            let hashes: Vec<Option<String>> = numbers.iter().map(|n| contact_hash(&salt.salt, n)).collect();
            if hashes.iter().any(Option::is_none) {
                return Err(ApiError::Malformed("the bank's salt is not hex".into()).into());
            }
            let hashes: Vec<String> = hashes.into_iter().flatten().collect();
            let prefixes: BTreeSet<String> = hashes.iter().map(|h| prefix(h, salt.prefix_len).to_owned()).collect();
            let mut found = BTreeSet::new();
            let prefixes: Vec<String> = prefixes.into_iter().collect();
            let mut changed = false;
            for chunk in prefixes.chunks(MAX_PREFIXES) {
                let request = ContactMatchRequest { salt: salt.salt.clone(), prefixes: chunk.to_vec() };
                match self.client.match_contacts(&token, &request).await {
                    Ok(answer) => found.extend(answer.hashes),
                    Err(error) if error.code() == Some(ErrorCode::SaltChanged) && tries < 2 => {
                        changed = true;
                        break;
                    }
                    Err(error) => return Err(error.into()),
                }
            }
            if changed {
                continue;
            }
            let known: Vec<(String, bool)> = hashes.iter().map(|h| (h.clone(), found.contains(h))).collect();
            let with_wallet = numbers.iter().zip(&known).filter(|(_, (_, has))| *has).map(|(n, _)| n.clone()).collect();
            let cache = ContactsCache { salt: salt.salt, prefix_len: salt.prefix_len, checked_at_ms: now_ms, known };
            self.store.save_contacts_cache(&cache)?;
            return Ok(ContactsAnswer { with_wallet, stale: false });
        }
    }
}

/// The answer the cache holds for every one of `numbers`, or `None` when it lacks one.
fn from_cache(cache: &ContactsCache, numbers: &[String]) -> Option<Vec<String>> {
    let mut with_wallet = Vec::new();
    for number in numbers {
        let hash = contact_hash(&cache.salt, number)?;
        let (_, has) = cache.known.iter().find(|(known, _)| *known == hash)?;
        if *has {
            with_wallet.push(number.clone());
        }
    }
    Some(with_wallet)
}

fn is_unreachable(error: &SyncError) -> bool {
    matches!(error, SyncError::Api(api) if api.is_transient())
}
