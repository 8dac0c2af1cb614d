//! The top-up screens' state.

use std::fmt;

use wallet_protocol::card_topups::{AccountDetails, CardDecline, CardScheme, SavedCard};

use crate::domain::{Currency, Money};
use crate::features::pay::AmountProblem;

/// A typed secret (a card's number or CVV): kept as typed, printed as dots, wiped when dropped.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(String);

impl Secret {
    pub fn new(text: String) -> Secret {
        Secret(text)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(••••)")
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.clear();
    }
}

/// A call to the bank whose answer a screen waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded<T> {
    Loading,
    Ready(T),
    /// Out of reach or refused: the message to show, with «Повторить».
    Failed {
        message_id: &'static str,
    },
}

/// «Пополнить»: the ways in, and the account's details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopUpMenu {
    pub account_id: String,
    pub currency: Currency,
    pub details: Loaded<AccountDetails>,
    pub cards: Loaded<Vec<SavedCard>>,
    /// The share sheet with the details is open.
    pub sharing: bool,
}

/// Which card the form tops up from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardChoice {
    /// Typed now: the number, expiry, CVV and name are fields of the form.
    New,
    Saved(SavedCard),
}

/// The bank's fee for the amount and card on screen; each state remembers what it is about, so an answer for an
/// amount or card since changed is ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quote {
    None,
    Loading { about: QuoteAbout },
    Ready { about: QuoteAbout, fee: Money, scheme: CardScheme },
    Failed { about: QuoteAbout, message_id: &'static str, offline: bool },
}

/// What a fee is for: the amount and the card's first six digits (or its token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteAbout {
    pub amount_minor: i64,
    pub card: String,
}

impl Quote {
    pub fn about(&self) -> Option<&QuoteAbout> {
        match self {
            Quote::None => None,
            Quote::Loading { about } | Quote::Ready { about, .. } | Quote::Failed { about, .. } => Some(about),
        }
    }
}

/// «Пополнение с карты».
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardForm {
    pub account_id: String,
    pub currency: Currency,
    pub card: CardChoice,
    pub number: Secret,
    pub expiry_text: String,
    pub cvv: Secret,
    pub holder: String,
    pub save: bool,
    pub amount_text: String,
    pub amount: Result<Money, AmountProblem>,
    pub quote: Quote,
    /// The card is with the bank: waiting for its answer.
    pub sending: bool,
    /// The idempotency key of the top-up being sent: kept while the bank's answer is unknown, so «Пополнить»
    /// again replays rather than tops up twice; a new one for a new attempt after a clear answer.
    pub key: Option<String>,
    /// Why the last «Пополнить» did not go through.
    pub problem: Option<&'static str>,
    /// «Пополнить» was pressed: unfinished fields show their problems too.
    pub tried: bool,
    /// Today, for the expiry («the card has expired»).
    pub today: time::Date,
}

/// The top-up the bank started, as the challenge and result screens tell it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartedTopUp {
    pub topup_id: String,
    pub amount: Money,
    pub fee: Money,
    pub scheme: CardScheme,
    pub last4: String,
    /// Which saved card it was, for «Попробовать снова».
    pub saved_card: Option<SavedCard>,
}

/// The card issuer's 3-D Secure step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeForm {
    pub topup: StartedTopUp,
    pub issuer_name: String,
    pub code_length: u8,
    pub attempts_left: u8,
    /// When the issuer stops waiting (ms since the epoch).
    pub expires_at_ms: i64,
    pub code: String,
    pub checking: bool,
    /// The idempotency key of the answer being sent (kept while its outcome is unknown).
    pub key: Option<String>,
    pub problem: Option<&'static str>,
}

/// How a top-up by card ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopUpOutcome {
    Executed { operation_id: String },
    Declined { reason: CardDecline },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopUpResult {
    pub topup: StartedTopUp,
    pub outcome: TopUpOutcome,
}
