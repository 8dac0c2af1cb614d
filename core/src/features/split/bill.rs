//! A split bill as the phone keeps it: who owes what, and where each person's payment request is. The amounts were
//! fixed by `crate::split` when the bill was made; from then on only the requests' fates change.

use serde::{Deserialize, Serialize};
use wallet_protocol::requests::{PaymentRequest, PaymentRequestStatus};

use crate::domain::{Currency, Money};
use crate::store::Record;

/// Where the bill's total came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum BillSource {
    /// Typed in.
    Typed,
    /// One of my payments (its local id in the history).
    Payment { local_id: String },
    /// A scanned dynamic payment code (a restaurant's bill): the link, so the bill can be paid from here.
    Code { link: String },
}

/// Where one person's payment request is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestState {
    /// My own share: nothing to ask.
    Mine,
    /// A share of 0 (a guest): nothing to ask.
    Nothing,
    /// In the phone's outbox, not yet at the bank.
    Queued,
    /// The bank has it.
    Sent {
        request_id: String,
        /// The payment link (a dynamic ELQR code) to share with someone without the wallet.
        link: String,
        /// The payer has the wallet: the request shows in their app.
        in_wallet: bool,
        status: PaymentRequestStatus,
        reminders: u32,
    },
    /// The bank refused it: the message says why.
    Refused { message_id: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillPerson {
    pub name: String,
    /// E.164, when known (typed, or from the contacts).
    pub phone: Option<String>,
    pub amount_minor: i64,
    /// Why their share is what it is (the extra tyiyn), as a message id (`split-rounding-…`).
    pub rounding: String,
    pub request: RequestState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bill {
    pub bill_id: String,
    pub created_at_ms: i64,
    pub title: String,
    pub currency: Currency,
    /// The account the money comes into.
    pub account_id: String,
    pub subtotal_minor: i64,
    pub tip_minor: i64,
    pub source: BillSource,
    pub people: Vec<BillPerson>,
    /// «Отменить»: the open requests are (being) cancelled at the bank.
    pub cancelled: bool,
    /// The group it belongs to (a trip, a flat), when named: its balances count this bill.
    #[serde(default)]
    pub group: Option<String>,
    /// Who paid it: a position on the bill; `None` is me (and the others are asked with requests).
    #[serde(default)]
    pub paid_by: Option<usize>,
}

impl Record for Bill {
    const VERSION: u32 = 1;
}

impl Bill {
    pub fn total(&self) -> Money {
        Money::from_minor(self.subtotal_minor.saturating_add(self.tip_minor), self.currency)
    }

    /// The people asked to pay (everyone but me).
    pub fn asked(&self) -> impl Iterator<Item = &BillPerson> {
        self.people.iter().filter(|p| !matches!(p.request, RequestState::Mine | RequestState::Nothing))
    }

    /// Everyone asked has paid.
    pub fn settled(&self) -> bool {
        let mut asked = self.asked().peekable();
        asked.peek().is_some() && asked.all(|p| p.paid())
    }

    /// What has come in, in minor units.
    pub fn collected_minor(&self) -> i64 {
        self.asked().filter(|p| p.paid()).map(|p| p.amount_minor).sum()
    }

    /// What is still owed, in minor units (nothing once cancelled).
    pub fn outstanding_minor(&self) -> i64 {
        if self.cancelled {
            return 0;
        }
        self.asked().filter(|p| p.open()).map(|p| p.amount_minor).sum()
    }

    /// Takes the bank's word on one of this bill's requests; `true` when something changed.
    pub fn absorb(&mut self, request: &PaymentRequest) -> bool {
        let Some(person) = self.people.iter_mut().find(|p| p.request_id() == Some(request.request_id.as_str())) else {
            return false;
        };
        let fresh = RequestState::Sent {
            request_id: request.request_id.clone(),
            link: request.link.clone(),
            in_wallet: request.in_wallet,
            status: request.status,
            reminders: request.reminders,
        };
        if person.request == fresh {
            return false;
        }
        person.request = fresh;
        true
    }
}

impl BillPerson {
    pub fn request_id(&self) -> Option<&str> {
        match &self.request {
            RequestState::Sent { request_id, .. } => Some(request_id),
            _ => None,
        }
    }

    pub fn paid(&self) -> bool {
        matches!(self.request, RequestState::Sent { status: PaymentRequestStatus::Paid, .. })
    }

    /// Still to be paid: queued, or at the bank and open.
    pub fn open(&self) -> bool {
        matches!(self.request, RequestState::Queued | RequestState::Sent { status: PaymentRequestStatus::Open, .. })
    }

    pub fn amount(&self, currency: Currency) -> Money {
        Money::from_minor(self.amount_minor, currency)
    }
}

/// A request someone made to me, as the bank told it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomingRequest {
    pub request_id: String,
    /// «Айгуль А.»
    pub requester_name: String,
    pub amount_minor: i64,
    pub currency: Currency,
    pub comment: Option<String>,
    pub status: PaymentRequestStatus,
    /// What paying it pays.
    pub link: String,
    pub reminders: u32,
    pub created_at_ms: i64,
}

impl IncomingRequest {
    /// The bank's request, or `None` in a currency this app does not know.
    pub fn of(request: &PaymentRequest) -> Option<IncomingRequest> {
        Some(IncomingRequest {
            request_id: request.request_id.clone(),
            requester_name: request.requester_name.clone(),
            amount_minor: request.amount_minor,
            currency: Currency::from_code(&request.currency)?,
            comment: request.comment.clone(),
            status: request.status,
            link: request.link.clone(),
            reminders: request.reminders,
            created_at_ms: (request.created_at.unix_timestamp_nanos() / 1_000_000) as i64,
        })
    }

    pub fn amount(&self) -> Money {
        Money::from_minor(self.amount_minor, self.currency)
    }
}

/// The requests made to me, as last read from the bank.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomingRequests {
    pub requests: Vec<IncomingRequest>,
}

impl Record for IncomingRequests {
    const VERSION: u32 = 1;
}
