//! The inbox's rules: open it, open an item (marked read, then what it is about), read them all.

use wallet_protocol::notifications::BankEventKind;

use super::event::InboxEvent;
use super::state::InboxList;
use crate::app::{Effect, Nav, Rejection, Route, Step};
use crate::features::history::OperationDetails;
use crate::features::home::Wallet;
use crate::store::InboxEntry;

pub fn open(wallet: &Wallet) -> Result<Step, Rejection> {
    if wallet.session.is_none() {
        return Err(Rejection::NotNow { event: "Inbox.Open", reason: "nobody is signed in" });
    }
    Ok(Step::to(Nav::Push(Route::Inbox(InboxList { entries: Vec::new(), loading: true }))).with(Effect::LoadInbox))
}

pub fn inbox(list: &mut InboxList, event: InboxEvent) -> Result<Step, Rejection> {
    match event {
        InboxEvent::Open => Err(Rejection::WrongScreen { event: "Inbox.Open", screen: "inbox" }),
        InboxEvent::OpenItem { index } => {
            let count = list.entries.len() as u32;
            let Some(entry) = list.entries.get_mut(index as usize) else {
                return Err(Rejection::OutOfRange { event: "Inbox.OpenItem", what: "inbox item", index, count });
            };
            entry.read = true;
            let read = Effect::MarkInboxRead { event_ids: Some(vec![entry.event.event_id.clone()]) };
            Ok(about(entry).with(read))
        }
        InboxEvent::ReadAll => {
            list.entries.iter_mut().for_each(|entry| entry.read = true);
            Ok(Step::stay().with(Effect::MarkInboxRead { event_ids: None }))
        }
    }
}

/// Where an item leads: its operation, the bills (a request paid), home (a reminder: the request is there), or the
/// identification's status.
fn about(entry: &InboxEntry) -> Step {
    let event = &entry.event;
    match (event.kind, &event.operation_id) {
        (BankEventKind::KycDecided, _) => Step::to(Nav::Push(Route::KycStatus)).with(Effect::LoadKyc),
        (BankEventKind::RequestReminder, _) => Step::to(Nav::Pop),
        (BankEventKind::RequestPaid, _) => Step::to(Nav::Push(Route::SplitBills)).with(Effect::LoadBills),
        (_, Some(operation_id)) => Step::to(Nav::Push(Route::Operation(OperationDetails::loading(operation_id))))
            .with(Effect::LoadOperation { local_id: operation_id.clone() }),
        (_, None) => Step::stay(),
    }
}

pub fn loaded(list: &mut InboxList, entries: Vec<InboxEntry>) {
    list.entries = entries;
    list.loading = false;
}
