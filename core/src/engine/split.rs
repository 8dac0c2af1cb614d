//! The split effects: keeping a bill with its requests queued, cancelling and reminding through the requests'
//! outbox, sending that outbox and reading the bank's list at every sync, and asking which contacts have the wallet.

use crate::api::BankFailure;
use crate::app::Outcome;
use crate::engine::services::BankServices;
use crate::features::split::Bill;
use crate::platform::Log;
use crate::store::Store;
use crate::sync::SyncError;
use wallet_protocol::ErrorCode;

/// The bills and the requests made to me, as the store holds them.
pub fn load(store: &Store, log: &Log) -> Outcome {
    let bills = store.bills().unwrap_or_else(|error| {
        log.error("split", format!("bills unreadable: {error}"));
        Vec::new()
    });
    let incoming = store.incoming_requests().map(|i| i.requests).unwrap_or_else(|error| {
        log.error("split", format!("requests made to me unreadable: {error}"));
        Vec::new()
    });
    Outcome::BillsLoaded { bills, incoming }
}

/// Keeps a new bill, under a fresh id and the time now, with a request queued for everyone asked.
pub async fn save(bank: &BankServices, mut bill: Bill, now_ms: i64, log: &Log) -> Outcome {
    bill.bill_id = uuid::Uuid::new_v4().to_string();
    bill.created_at_ms = now_ms;
    let result = match bank.requests.queue_bill(&bill).await {
        Ok(()) => Ok(bill.bill_id),
        Err(error) => {
            log.error("split", format!("the bill was not kept: {error}"));
            Err("split-not-saved")
        }
    };
    Outcome::BillSaved { result }
}

pub async fn cancel(bank: &BankServices, bill_id: &str, log: &Log) -> Outcome {
    let message_id = match bank.requests.cancel_bill(bill_id).await {
        Ok(Some(_)) => "split-cancel-queued",
        Ok(None) => "split-bill-missing",
        Err(error) => {
            log.error("split", format!("the cancel was not queued: {error}"));
            "split-not-saved"
        }
    };
    Outcome::BillActionQueued { message_id }
}

pub async fn remind(bank: &BankServices, bill_id: &str, person: usize, log: &Log) -> Outcome {
    let message_id = match bank.requests.remind(bill_id, person).await {
        Ok(Some(_)) => "split-remind-queued",
        Ok(None) => "split-remind-nothing",
        Err(error) => {
            log.error("split", format!("the reminder was not queued: {error}"));
            "split-not-saved"
        }
    };
    Outcome::BillActionQueued { message_id }
}

/// At every sync: send the requests' outbox, then read who has paid and what others ask of me. A failure here
/// does not fail the sync (the payments went through); the next sync tries again.
pub async fn catch_up(bank: &BankServices, log: &Log) {
    match bank.requests.send().await {
        Ok(report) if report.sent + report.refused > 0 => {
            log.info("split", format!("requests: {} sent, {} refused", report.sent, report.refused))
        }
        Ok(_) => {}
        Err(error) => {
            log.debug("split", format!("requests not sent: {}", error.kind()));
            return;
        }
    }
    if let Err(error) = bank.requests.refresh().await {
        log.debug("split", format!("requests not read: {}", error.kind()));
    }
}

/// Which of `numbers` have the wallet. Never logs a number.
pub async fn check_contacts(bank: &BankServices, numbers: Vec<String>, now_ms: i64, log: &Log) -> Outcome {
    let result = match bank.contacts.check(&numbers, now_ms).await {
        Ok(answer) => Ok((answer.with_wallet, answer.stale)),
        // The bank's daily budget of numbers is spent: say so, not «too many requests».
        Err(SyncError::Api(error)) if error.code() == Some(ErrorCode::RateLimited) => {
            log.info("split", "contacts not checked: the day's budget is spent");
            Err(BankFailure::Refused { message_id: "split-contacts-budget" })
        }
        Err(SyncError::Api(error)) => {
            log.info("split", format!("contacts not checked: {}", error.message_id()));
            Err(BankFailure::of(&error))
        }
        Err(SyncError::NotSignedIn) => Err(BankFailure::Refused { message_id: "bank-session-ended" }),
        Err(error) => {
            log.error("split", format!("contacts not checked: {}", error.kind()));
            Err(BankFailure::Refused { message_id: "split-contacts-failed" })
        }
    };
    Outcome::ContactsChecked { result }
}
