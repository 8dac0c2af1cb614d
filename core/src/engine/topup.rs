//! The top-up effects: the account's details and the saved cards, the fee of a top-up by card, the card sent to
//! the bank, and the issuer's code. Logs name what failed, never a card, a code or an account.

use wallet_protocol::card_topups::{CardTopUpQuoteRequest, ChallengeAnswer, NewCardTopUp};

use crate::api::BankFailure;
use crate::app::Outcome;
use crate::domain::{Currency, Money};
use crate::engine::services::BankServices;
use crate::features::topup::state::QuoteAbout;
use crate::platform::Log;

pub async fn load(bank: &BankServices, account_id: String, log: &Log) -> Outcome {
    let token = match bank.session_token(log, "topup") {
        Ok(token) => token,
        Err(failure) => return Outcome::TopUpLoaded { account_id, details: Err(failure), cards: Err(failure) },
    };
    let (details, cards) =
        tokio::join!(bank.client.account_details(&token, &account_id), bank.client.saved_cards(&token));
    let details = details.map(Box::new).map_err(|error| {
        log.info("topup", format!("no account details: {}", error.message_id()));
        BankFailure::of(&error)
    });
    let cards = cards.map(|saved| saved.cards).map_err(|error| {
        log.info("topup", format!("no saved cards: {}", error.message_id()));
        BankFailure::of(&error)
    });
    Outcome::TopUpLoaded { account_id, details, cards }
}

pub async fn quote(bank: &BankServices, request: CardTopUpQuoteRequest, log: &Log) -> Outcome {
    let about = QuoteAbout {
        amount_minor: request.amount_minor,
        card: match &request.card {
            wallet_protocol::card_topups::QuotedCard::New { bin } => bin.clone(),
            wallet_protocol::card_topups::QuotedCard::Saved { card_id } => card_id.clone(),
        },
    };
    let token = match bank.session_token(log, "topup") {
        Ok(token) => token,
        Err(failure) => return Outcome::CardTopUpQuoted { about, result: Err(failure) },
    };
    let result = match bank.client.quote_card_top_up(&token, &request).await {
        Ok(quote) => {
            let currency = Currency::from_code(&quote.currency).unwrap_or(Currency::Kgs);
            Ok((Money::from_minor(quote.fee_minor, currency), quote.scheme))
        }
        Err(error) => {
            log.info("topup", format!("no fee: {}", error.message_id()));
            Err(BankFailure::of(&error))
        }
    };
    Outcome::CardTopUpQuoted { about, result }
}

/// Sends the card once under `key` (a new one unless an earlier answer was lost).
pub async fn start(bank: &BankServices, request: NewCardTopUp, key: Option<String>, log: &Log) -> Outcome {
    let key = key.unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let token = match bank.session_token(log, "topup") {
        Ok(token) => token,
        Err(failure) => return Outcome::CardTopUpStarted { key, result: Err(failure) },
    };
    let result = bank.client.start_card_top_up(&token, &key, &request).await.map(Box::new).map_err(|error| {
        log.info("topup", format!("top-up by card not started: {}", error.message_id()));
        BankFailure::of(&error)
    });
    drop(request);
    Outcome::CardTopUpStarted { key, result }
}

pub async fn answer(bank: &BankServices, topup_id: String, code: String, key: Option<String>, log: &Log) -> Outcome {
    let key = key.unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let token = match bank.session_token(log, "topup") {
        Ok(token) => token,
        Err(failure) => return Outcome::CardChallengeAnswered { key, result: Err(failure) },
    };
    let result = bank
        .client
        .answer_card_challenge(&token, &key, &topup_id, &ChallengeAnswer { code })
        .await
        .map(Box::new)
        .map_err(|error| {
            log.info("topup", format!("the issuer's code not answered: {}", error.message_id()));
            BankFailure::of(&error)
        });
    Outcome::CardChallengeAnswered { key, result }
}
