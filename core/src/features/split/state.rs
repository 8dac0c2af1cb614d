//! The split screens' state, and the part of the model that holds the bills, the requests made to me and the
//! contacts.

use serde::{Deserialize, Serialize};

use super::bill::{Bill, BillSource, IncomingRequest};
use crate::domain::Currency;
use crate::split::{ItemsSplit, Split, SplitError};

/// The most people on one bill.
pub const MAX_PEOPLE: usize = 30;
/// The most items on one bill.
pub const MAX_ITEMS: usize = 50;
/// What a bill's title may hold: it goes into each request's payment code as the comment (ELQR tag 34).
pub const TITLE_MAX: usize = 32;
/// The longest text a field keeps.
pub const MAX_TYPED: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum SplitMode {
    #[default]
    Equal,
    Shares,
    Percent,
    Exact,
    Items,
}

impl SplitMode {
    pub const ALL: [SplitMode; 5] =
        [SplitMode::Equal, SplitMode::Shares, SplitMode::Percent, SplitMode::Exact, SplitMode::Items];
}

/// One person on a bill being made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonDraft {
    pub name: String,
    /// E.164, when known.
    pub phone: Option<String>,
    pub me: bool,
    /// Their share, percentage or exact amount, as typed (by the mode).
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemDraft {
    pub name: String,
    pub price: String,
    /// Positions in the people's list.
    pub people: Vec<usize>,
}

/// What the split comes to, worked out in `update` whenever an input changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// No total typed yet (or no items priced).
    Empty,
    Split(Split),
    Items(ItemsSplit),
    Refused(SplitError),
}

impl Outcome {
    pub fn split(&self) -> Option<&Split> {
        match self {
            Outcome::Split(split) => Some(split),
            Outcome::Items(items) => Some(&items.split),
            Outcome::Empty | Outcome::Refused(_) => None,
        }
    }
}

/// The bill being made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillForm {
    pub source: BillSource,
    pub title: String,
    pub currency: Currency,
    /// The account the money comes into; `None` until the accounts are read.
    pub account_id: Option<String>,
    pub total_text: String,
    pub tip_text: String,
    pub mode: SplitMode,
    /// Me first, when I pay a share.
    pub people: Vec<PersonDraft>,
    pub items: Vec<ItemDraft>,
    pub new_name: String,
    pub new_phone: String,
    /// The group's name, when the bill belongs to one.
    pub group: String,
    /// Who paid: a position in `people`; `None` is me.
    pub payer: Option<usize>,
    /// Why the typed person was not added (a message id).
    pub new_problem: Option<&'static str>,
    pub outcome: Outcome,
    /// Why «Отправить запросы» did nothing (a message id).
    pub problem: Option<&'static str>,
    /// Being written to the phone's outbox.
    pub busy: bool,
}

impl BillForm {
    pub fn me_included(&self) -> bool {
        self.people.iter().any(|p| p.me)
    }
}

/// A group's screen: its bills are those of [`SplitModel::bills`] with its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupScreenState {
    pub name: String,
}

/// A bill's screen: the bill itself is in [`SplitModel::bills`], read from the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillScreenState {
    pub bill_id: String,
}

/// A contact and whether they have the wallet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    /// E.164.
    pub phone: String,
    /// `None` until the bank has been asked.
    pub has_wallet: Option<bool>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ContactsState {
    /// The shell has not passed the contacts (not allowed, or not yet).
    #[default]
    NotRead,
    Checking,
    Checked {
        /// From the cache, because the bank could not be asked.
        stale: bool,
    },
    Failed {
        message_id: &'static str,
    },
}

/// The model's part for split bills.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SplitModel {
    /// Newest first.
    pub bills: Vec<Bill>,
    /// What others ask of me, newest first.
    pub incoming: Vec<IncomingRequest>,
    pub contacts: Vec<Contact>,
    pub contacts_state: ContactsState,
}

impl SplitModel {
    pub fn bill(&self, bill_id: &str) -> Option<&Bill> {
        self.bills.iter().find(|b| b.bill_id == bill_id)
    }

    /// Requests made to me that wait to be paid.
    pub fn open_incoming(&self) -> impl Iterator<Item = &IncomingRequest> {
        self.incoming.iter().filter(|r| r.status == wallet_protocol::requests::PaymentRequestStatus::Open)
    }
}
