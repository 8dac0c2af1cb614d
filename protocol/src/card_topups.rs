//! Money in from another bank's card, and the account's details for money in from anywhere else.
//!
//! A top-up by card: `POST /v1/card-topups/quote` (a read) gives the fee; `POST /v1/card-topups` (with an
//! `Idempotency-Key`) sends the card once and answers with the card issuer's 3-D Secure step; `POST
//! /v1/card-topups/{id}/challenge` (with an `Idempotency-Key`) answers it with the code the issuer sent, and the
//! money is booked once, then; `GET /v1/card-topups/{id}` says where a top-up stands (a challenge left unanswered
//! times out). The card's number and CVV travel in one request and are kept nowhere: the bank answers with the
//! masked card and, when asked to save it, a token (`card_id`) for the next top-up.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
pub use wallet_formats::payment_card::CardScheme;

pub mod paths {
    use crate::paths::ACCOUNTS;

    pub const CARD_TOPUPS: &str = "/v1/card-topups";
    /// `POST`: the fee of a top-up by card (a read).
    pub const CARD_TOPUP_QUOTE: &str = "/v1/card-topups/quote";
    /// `GET`: the customer's saved cards.
    pub const CARDS: &str = "/v1/cards";

    /// `GET`: where a top-up by card stands.
    pub fn card_topup(topup_id: &str) -> String {
        format!("{CARD_TOPUPS}/{topup_id}")
    }

    /// `POST` (with an `Idempotency-Key`): the answer to the card issuer's 3-D Secure step.
    pub fn challenge(topup_id: &str) -> String {
        format!("{CARD_TOPUPS}/{topup_id}/challenge")
    }

    /// `DELETE`: forget a saved card.
    pub fn card(card_id: &str) -> String {
        format!("{CARDS}/{card_id}")
    }

    /// `GET`: the account's details (реквизиты) for money in from another bank or a payment terminal.
    pub fn account_details(account_id: &str) -> String {
        format!("{ACCOUNTS}/{account_id}/details")
    }
}

/// Which card: one typed now, or one saved at an earlier top-up.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CardSource {
    New {
        /// Digits only.
        number: String,
        expiry_month: u8,
        /// Four digits.
        expiry_year: u16,
        cvv: String,
        /// The name on the card, when the customer typed it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        holder: Option<String>,
        /// Keep a token of the card for the next top-up.
        #[serde(default)]
        save: bool,
    },
    Saved {
        card_id: String,
    },
}

// Never the number or the CVV, even in a debug print.
impl fmt::Debug for CardSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CardSource::New { number, save, .. } => {
                let last4 = number.get(number.len().saturating_sub(4)..).unwrap_or_default();
                write!(f, "CardSource::New(•• {last4}, save: {save})")
            }
            CardSource::Saved { card_id } => write!(f, "CardSource::Saved({card_id})"),
        }
    }
}

/// Which card a quote is for: its first six digits are enough for the fee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuotedCard {
    New { bin: String },
    Saved { card_id: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardTopUpQuoteRequest {
    pub account_id: String,
    /// What the account is to receive, in minor units of `currency`.
    pub amount_minor: i64,
    pub currency: String,
    pub card: QuotedCard,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardTopUpQuote {
    pub amount_minor: i64,
    /// Charged to the card on top of the amount.
    pub fee_minor: i64,
    pub currency: String,
    pub scheme: CardScheme,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCardTopUp {
    pub account_id: String,
    /// What the account receives, in minor units of `currency`; the card is charged this plus the fee.
    pub amount_minor: i64,
    pub currency: String,
    /// The fee the customer was shown; the bank refuses with `fee_changed` when its own is higher.
    pub fee_minor: i64,
    pub card: CardSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardTopUpStatus {
    /// The card's issuer asks for its 3-D Secure code (`challenge`).
    ChallengeRequired,
    /// The money is on the account (`operation_id`).
    Executed,
    /// No money moved (`decline` says why).
    Declined,
}

/// Why a top-up by card moved no money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardDecline {
    /// The card's bank said no (not enough money on the card, the card blocked for payments online).
    IssuerDeclined,
    /// Too many wrong 3-D Secure codes.
    ChallengeFailed,
    /// The 3-D Secure step was not answered in time.
    TimedOut,
}

/// The card issuer's 3-D Secure step: a code it sent to the cardholder's phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardChallenge {
    /// The bank that issued the card, as its SMS signs.
    pub issuer_name: String,
    pub code_length: u8,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    pub attempts_left: u8,
}

/// A card as the bank may show it: the scheme and the last four digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MaskedCard {
    pub scheme: CardScheme,
    pub last4: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardTopUp {
    pub topup_id: String,
    pub status: CardTopUpStatus,
    pub account_id: String,
    pub amount_minor: i64,
    pub fee_minor: i64,
    pub currency: String,
    pub card: MaskedCard,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge: Option<CardChallenge>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline: Option<CardDecline>,
    /// The booked operation, once executed: it is in the history with its receipt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// The saved card's token, when the customer asked to save it and the top-up went through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_card_id: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// The answer this comes with held a wrong code (`challenge.attempts_left` says how many remain; none left
    /// declines the top-up).
    #[serde(default)]
    pub wrong_code: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeAnswer {
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedCard {
    pub card_id: String,
    pub scheme: CardScheme,
    pub last4: String,
    pub expiry_month: u8,
    pub expiry_year: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedCards {
    pub cards: Vec<SavedCard>,
}

/// An account's details (реквизиты) for money in from another bank or a payment terminal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountDetails {
    pub account_id: String,
    pub currency: String,
    /// The account number other banks pay to (16 digits in Kyrgyzstan).
    pub account_number: String,
    pub bank_name: String,
    /// The bank's identification code.
    pub bic: String,
    /// Whose account it is, as a payment order names the recipient.
    pub holder_name: String,
    /// What a payment terminal asks for: the wallet's number (the phone number's digits).
    pub wallet_number: String,
}
