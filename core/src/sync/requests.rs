//! Split-bill payment requests meet the bank: the requests' outbox sent oldest first, each entry under its own
//! idempotency key until the bank's answer is written with the entry's removal (`store/split.rs`); then the bank's
//! list of requests, which says who has paid and what others ask of me.
//!
//! Every change to a bill goes through [`RequestSender`] under one lock, and the bank's answer is applied to the
//! bill as it is *after* the answer came (not as it was read before the call), so a «cancel» tapped while a request
//! was on its way is never overwritten.

use std::sync::Arc;

use wallet_protocol::ErrorCode;
use wallet_protocol::requests::{PaymentRequest, PaymentRequestStatus};

use super::SyncError;
use crate::api::{ApiError, BankClient};
use crate::features::split::bill::{Bill, IncomingRequest, IncomingRequests, RequestState};
use crate::session::Credentials;
use crate::store::{RequestAction, RequestEntry, Store};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RequestReport {
    pub sent: usize,
    pub refused: usize,
}

pub struct RequestSender {
    store: Arc<Store>,
    client: BankClient,
    credentials: Credentials,
    /// One writer of bills at a time (a send, a refresh, a new bill, a cancel or reminder being queued).
    bills: tokio::sync::Mutex<()>,
    /// One drain at a time.
    draining: tokio::sync::Mutex<()>,
}

/// What the bank said to one entry.
enum Answer {
    Request(PaymentRequest),
    /// Refused for good, with the bank's code.
    Refused(ApiError),
    /// A cancel or reminder for a request that never reached the bank: nothing to do.
    Moot,
}

impl RequestSender {
    pub fn new(store: Arc<Store>, client: BankClient, credentials: Credentials) -> RequestSender {
        RequestSender {
            store,
            client,
            credentials,
            bills: tokio::sync::Mutex::new(()),
            draining: tokio::sync::Mutex::new(()),
        }
    }

    fn token(&self) -> Result<String, SyncError> {
        self.credentials.token()?.ok_or(SyncError::NotSignedIn)
    }

    /// Keeps a new bill and queues a request for everyone on it but me, in one transaction.
    pub async fn queue_bill(&self, bill: &Bill) -> Result<(), SyncError> {
        let _bills = self.bills.lock().await;
        let actions = bill
            .people
            .iter()
            .enumerate()
            .filter(|(_, person)| person.request == RequestState::Queued)
            .map(|(position, person)| {
                let request = wallet_protocol::requests::NewPaymentRequest {
                    account_id: bill.account_id.clone(),
                    payer_phone: person.phone.clone(),
                    amount_minor: person.amount_minor,
                    currency: bill.currency.code().to_owned(),
                    comment: Some(bill.title.clone()).filter(|t| !t.is_empty()),
                };
                (position, RequestAction::Create(request), new_key())
            })
            .collect();
        Ok(self.store.save_bill(bill, actions)?)
    }

    /// «Отменить»: marks the bill cancelled and queues a cancel for every request still open (or still queued: the
    /// create goes first, then its cancel). `None` when there is no such bill.
    pub async fn cancel_bill(&self, bill_id: &str) -> Result<Option<Bill>, SyncError> {
        let _bills = self.bills.lock().await;
        let Some(mut bill) = self.store.bill(bill_id)? else {
            return Ok(None);
        };
        if bill.cancelled {
            return Ok(Some(bill));
        }
        bill.cancelled = true;
        let actions = bill
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.open())
            .map(|(i, _)| (i, RequestAction::Cancel, new_key()))
            .collect();
        self.store.save_bill(&bill, actions)?;
        Ok(Some(bill))
    }

    /// «Напомнить» one person of a bill. `None` when there is no such bill or person, or nothing to remind of.
    pub async fn remind(&self, bill_id: &str, person: usize) -> Result<Option<Bill>, SyncError> {
        let _bills = self.bills.lock().await;
        let Some(bill) = self.store.bill(bill_id)? else {
            return Ok(None);
        };
        if bill.cancelled || !bill.people.get(person).is_some_and(|p| p.open()) {
            return Ok(None);
        }
        self.store.save_bill(&bill, vec![(person, RequestAction::Remind, new_key())])?;
        Ok(Some(bill))
    }

    /// Sends the requests' outbox, oldest first, until it is empty or the bank cannot be reached.
    pub async fn send(&self) -> Result<RequestReport, SyncError> {
        let _one_at_a_time = self.draining.lock().await;
        let mut report = RequestReport::default();
        while let Some(entry) = self.store.request_outbox_head()? {
            let token = self.token()?;
            let answer = self.ask(&token, &entry).await?;
            let _bills = self.bills.lock().await;
            let mut bill = self.store.bill(&entry.bill_id)?;
            if let Some(bill) = bill.as_mut() {
                match &answer {
                    Answer::Request(request) => {
                        apply(bill, entry.person, request);
                        report.sent += 1;
                    }
                    Answer::Refused(error) => {
                        refused(bill, &entry, error);
                        report.refused += 1;
                    }
                    Answer::Moot => {}
                }
            }
            self.store.finish_request(&entry, bill.as_ref())?;
        }
        Ok(report)
    }

    async fn ask(&self, token: &str, entry: &RequestEntry) -> Result<Answer, SyncError> {
        let request_id = {
            let bill = self.store.bill(&entry.bill_id)?;
            bill.and_then(|b| b.people.get(entry.person).and_then(|p| p.request_id().map(str::to_owned)))
        };
        let result = match (&entry.action, request_id) {
            (RequestAction::Create(request), _) => self.client.create_payment_request(token, &entry.key, request).await,
            (RequestAction::Cancel, Some(id)) => self.client.cancel_payment_request(token, &id).await,
            (RequestAction::Remind, Some(id)) => self.client.remind_payment_request(token, &entry.key, &id).await,
            (RequestAction::Cancel | RequestAction::Remind, None) => return Ok(Answer::Moot),
        };
        match result {
            Ok(request) => Ok(Answer::Request(request)),
            Err(error @ ApiError::Refused(_)) => Ok(Answer::Refused(error)),
            Err(error) => Err(error.into()),
        }
    }

    /// Reads the bank's list: who has paid my bills, and what others ask of me.
    pub async fn refresh(&self) -> Result<(), SyncError> {
        let token = self.token()?;
        let list = self.client.payment_requests(&token).await?;
        let _bills = self.bills.lock().await;
        let mut changed = Vec::new();
        for mut bill in self.store.bills()? {
            let mut touched = false;
            for request in &list.sent {
                touched |= bill.absorb(request);
            }
            if touched {
                changed.push(bill);
            }
        }
        self.store.update_bills(&changed)?;
        let incoming = IncomingRequests { requests: list.received.iter().filter_map(IncomingRequest::of).collect() };
        if self.store.incoming_requests()? != incoming {
            self.store.save_incoming_requests(&incoming)?;
        }
        Ok(())
    }
}

/// A fresh idempotency key, made once per entry and kept for every try.
fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The bank's answer to a create, cancel or reminder of `person`.
fn apply(bill: &mut Bill, person: usize, request: &PaymentRequest) {
    if let Some(person) = bill.people.get_mut(person) {
        person.request = RequestState::Sent {
            request_id: request.request_id.clone(),
            link: request.link.clone(),
            in_wallet: request.in_wallet,
            status: request.status,
            reminders: request.reminders,
        };
    }
}

/// A refusal: a create's is shown on the person; a cancel or reminder refused because the request was paid (or
/// cancelled) meanwhile says so; others change nothing.
fn refused(bill: &mut Bill, entry: &RequestEntry, error: &ApiError) {
    let Some(person) = bill.people.get_mut(entry.person) else {
        return;
    };
    match (&entry.action, error.code(), &mut person.request) {
        (RequestAction::Create(_), _, request) => {
            *request = RequestState::Refused { message_id: error.message_id().to_owned() }
        }
        (_, Some(ErrorCode::RequestPaid), RequestState::Sent { status, .. }) => *status = PaymentRequestStatus::Paid,
        (_, Some(ErrorCode::RequestCancelled), RequestState::Sent { status, .. }) => {
            *status = PaymentRequestStatus::Cancelled
        }
        _ => {}
    }
}
