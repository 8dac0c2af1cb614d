//! The services effects: the catalogue kept on the phone and the bank's, and a provider's word about an account.

use std::sync::Arc;

use wallet_protocol::services::ServiceAccountCheckRequest;

use crate::api::BankFailure;
use crate::app::Outcome;
use crate::engine::services::BankServices;
use crate::platform::Log;
use crate::store::Store;

pub fn load(store: &Arc<Store>, log: &Log) -> Outcome {
    let catalogue = store.catalogue().unwrap_or_else(|error| {
        log.error("services", format!("the kept catalogue did not open: {error}"));
        None
    });
    Outcome::ServicesLoaded { catalogue: catalogue.map(Box::new), fetched: None }
}

/// The bank's catalogue, kept for offline use before it is shown.
pub async fn fetch(bank: &BankServices, store: &Arc<Store>, log: &Log) -> Outcome {
    let token = match bank.session_token(log, "services") {
        Ok(token) => token,
        Err(failure) => return Outcome::ServicesLoaded { catalogue: None, fetched: Some(Err(failure)) },
    };
    match bank.client.services(&token).await {
        Ok(catalogue) => {
            if let Err(error) = store.save_catalogue(&catalogue) {
                log.error("services", format!("the catalogue was not kept: {error}"));
            }
            Outcome::ServicesLoaded { catalogue: Some(Box::new(catalogue)), fetched: Some(Ok(())) }
        }
        Err(error) => {
            log.info("services", format!("no catalogue: {}", error.message_id()));
            Outcome::ServicesLoaded { catalogue: None, fetched: Some(Err(BankFailure::of(&error))) }
        }
    }
}

pub async fn check(bank: &BankServices, provider_id: String, account: String, log: &Log) -> Outcome {
    let token = match bank.session_token(log, "services") {
        Ok(token) => token,
        Err(failure) => return Outcome::ServiceAccountChecked { account, result: Err(failure) },
    };
    let request = ServiceAccountCheckRequest { provider_id, account: account.clone() };
    let result = bank.client.check_service_account(&token, &request).await.map(Box::new).map_err(|error| {
        log.info("services", format!("the account was not checked: {}", error.message_id()));
        BankFailure::of(&error)
    });
    Outcome::ServiceAccountChecked { account, result }
}
