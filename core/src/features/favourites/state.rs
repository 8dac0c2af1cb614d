//! Favourites and regular payments as the phone keeps them, and their forms.

use wallet_protocol::favourites::{Favourite, RegularPayment};
use wallet_protocol::operations::Recipient;

use super::event::ScheduleKind;
use crate::domain::{Currency, Money};
use crate::features::pay::AmountProblem;

/// The bank's lists as last read (from the store offline), and how asking went.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FavouritesModel {
    pub favourites: Vec<Favourite>,
    pub rules: Vec<RegularPayment>,
    /// The lists were read once (from the bank or the store).
    pub loaded: bool,
    pub loading: bool,
    /// Why the bank's lists did not come (what shows is the kept ones).
    pub problem: Option<&'static str>,
}

impl FavouritesModel {
    pub fn favourite(&self, favourite_id: &str) -> Option<&Favourite> {
        self.favourites.iter().find(|f| f.favourite_id == favourite_id)
    }

    pub fn rule_of(&self, favourite_id: &str) -> Option<&RegularPayment> {
        self.rules.iter().find(|r| r.favourite_id == favourite_id)
    }
}

/// A favourite being saved (from a past payment) or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FavouriteForm {
    /// The favourite changed; `None` for a new one.
    pub existing: Option<String>,
    pub recipient: Recipient,
    pub payee_name: String,
    pub account_id: String,
    pub currency: Currency,
    pub name: String,
    pub amount_text: String,
    pub amount: Result<Money, AmountProblem>,
    pub saving: bool,
    /// The idempotency key of a new favourite whose answer was lost.
    pub key: Option<String>,
    pub problem: Option<&'static str>,
    pub tried: bool,
}

/// A favourite's regular payment being set up or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegularForm {
    pub favourite_id: String,
    pub favourite_name: String,
    /// The rule changed; `None` for a new one.
    pub existing: Option<String>,
    pub kind: ScheduleKind,
    pub day_text: String,
    pub weekday: u8,
    pub paused: bool,
    /// The favourite pays a provider that issues bills: «По счёту» is offered.
    pub billable: bool,
    pub saving: bool,
    pub key: Option<String>,
    pub problem: Option<&'static str>,
}
