//! The favourites effects: the bank's lists (kept for offline use), and a change sent once.

use std::sync::Arc;

use crate::api::BankFailure;
use crate::app::{FavouriteChange, Outcome};
use crate::engine::services::BankServices;
use crate::platform::Log;
use crate::store::Store;

/// The bank's favourites and regular payments, kept; the kept ones with the reason when the bank cannot answer.
pub async fn load(bank: &BankServices, store: &Arc<Store>, log: &Log) -> Outcome {
    let kept = || match store.favourites() {
        Ok(lists) => lists.map(Box::new),
        Err(error) => {
            log.error("favourites", format!("the kept favourites did not open: {error}"));
            None
        }
    };
    let token = match bank.session_token(log, "favourites") {
        Ok(token) => token,
        Err(failure) => return Outcome::FavouritesLoaded { lists: kept(), problem: Some(failure) },
    };
    let (favourites, rules) = tokio::join!(bank.client.favourites(&token), bank.client.regular_payments(&token));
    match (favourites, rules) {
        (Ok(favourites), Ok(rules)) => {
            let lists = (favourites.favourites, rules.regular_payments);
            if let Err(error) = store.save_favourites(&lists) {
                log.error("favourites", format!("the favourites were not kept: {error}"));
            }
            Outcome::FavouritesLoaded { lists: Some(Box::new(lists)), problem: None }
        }
        (Err(error), _) | (_, Err(error)) => {
            log.info("favourites", format!("no favourites: {}", error.message_id()));
            Outcome::FavouritesLoaded { lists: kept(), problem: Some(BankFailure::of(&error)) }
        }
    }
}

pub async fn change(bank: &BankServices, change: FavouriteChange, key: Option<String>, log: &Log) -> Outcome {
    let key = key.unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let token = match bank.session_token(log, "favourites") {
        Ok(token) => token,
        Err(failure) => return Outcome::FavouritesChanged { key, result: Err(failure) },
    };
    let result = bank.client.change_favourites(&token, &key, &change).await.map_err(|error| {
        log.info("favourites", format!("the change was not made: {}", error.message_id()));
        BankFailure::of(&error)
    });
    Outcome::FavouritesChanged { key, result }
}
