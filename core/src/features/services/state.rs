//! The catalogue as the phone keeps it, the catalogue screen and a provider's form.

use wallet_formats::service_account::ServiceAccountError;
use wallet_protocol::services::{ServiceCatalogue, ServiceProvider};

use crate::domain::{Currency, Money};
use crate::features::pay::AmountProblem;

/// The catalogue: the newest the phone has (from the store, then the bank), and how asking the bank went.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServicesModel {
    pub catalogue: Option<Box<ServiceCatalogue>>,
    /// The bank is being asked.
    pub loading: bool,
    /// Why the bank's catalogue did not come (what shows is the kept one, if any).
    pub problem: Option<&'static str>,
}

impl ServicesModel {
    pub fn provider(&self, provider_id: &str) -> Option<&ServiceProvider> {
        self.catalogue.as_ref()?.providers.iter().find(|p| p.provider_id == provider_id)
    }
}

/// «Платежи»: the categories, one category's providers, or what a search finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServicesBrowser {
    /// Providers of this currency: the account's.
    pub currency: Currency,
    pub category: Option<String>,
    pub query: String,
}

/// The provider's word about the account on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountCheck {
    NotAsked,
    Loading { account: String },
    Found { account: String, holder: Option<String>, debt: Option<Money> },
    Refused { account: String, message_id: &'static str },
    Offline { account: String },
}

impl AccountCheck {
    pub fn account(&self) -> Option<&str> {
        match self {
            AccountCheck::NotAsked => None,
            AccountCheck::Loading { account }
            | AccountCheck::Found { account, .. }
            | AccountCheck::Refused { account, .. }
            | AccountCheck::Offline { account } => Some(account),
        }
    }
}

/// A provider's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceForm {
    pub provider: ServiceProvider,
    /// The operator was chosen by the number typed (another operator's number was typed on this one's form).
    pub switched: bool,
    pub account_text: String,
    pub account: Result<String, ServiceAccountError>,
    pub check: AccountCheck,
    pub currency: Currency,
    pub amount_text: String,
    pub amount: Result<Money, AmountProblem>,
    /// The amount was typed by the user (a debt told later does not overwrite it).
    pub amount_typed: bool,
    /// «Продолжить» was pressed: unfinished fields show their problems too.
    pub tried: bool,
}
