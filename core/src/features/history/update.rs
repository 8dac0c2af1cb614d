//! History's rules.

use super::event::HistoryEvent;
use super::state::{HistoryList, OperationDetails, ReceiptFacts};
use crate::app::{CancelResult, Dialog, Effect, Notice, Rejection, Step};
use wallet_protocol::operations::Recipient;

use crate::domain::operation::{Operation, OperationKind, OperationStatus};
use crate::features::home::update::open_operation;
use crate::store::{HistoryEntry, HistoryPage};

pub fn history(list: &mut HistoryList, event: HistoryEvent) -> Result<Step, Rejection> {
    match event {
        HistoryEvent::Open { index } => match list.entries.get(index as usize) {
            Some(HistoryEntry::Operation(operation)) => Ok(open_operation(&operation.local_id)),
            Some(HistoryEntry::Damaged { .. }) => {
                Err(Rejection::NotNow { event: "History.Open", reason: "a damaged record has nothing to show" })
            }
            None => Err(Rejection::OutOfRange {
                event: "History.Open",
                what: "operation",
                index,
                count: list.entries.len() as u32,
            }),
        },
        HistoryEvent::LoadMore => match (&list.next, list.loading) {
            (Some(next), false) => {
                let after = Some(next.clone());
                list.loading = true;
                Ok(Step::stay().with(Effect::LoadHistory { after }))
            }
            _ => Err(Rejection::NotNow { event: "History.LoadMore", reason: "no further page, or one is loading" }),
        },
        HistoryEvent::Resync => {
            list.loading = true;
            Ok(Step::stay().with(Effect::ResetCache))
        }
    }
}

pub fn history_loaded(list: &mut HistoryList, page: HistoryPage, append: bool) {
    if append {
        list.entries.extend(page.entries);
    } else {
        list.entries = page.entries;
    }
    list.next = page.next;
    list.loading = false;
}

/// «Повторить» makes sense: a payment or transfer this phone made (it knows where it went) that is over, to a
/// number or a code that can be paid again (not a one-time code, not a shake).
pub fn repeatable(operation: &Operation) -> bool {
    let over =
        matches!(operation.status, OperationStatus::Executed | OperationStatus::Rejected | OperationStatus::Cancelled);
    let again = match &operation.recipient {
        Some(Recipient::Phone { .. } | Recipient::Service { .. }) => true,
        Some(Recipient::Elqr { payload }) => {
            wallet_formats::elqr::parse(payload).is_ok_and(|code| code.kind == wallet_formats::elqr::CodeKind::Static)
        }
        _ => false,
    };
    operation.kind.is_outgoing() && over && again
}

/// «Повторить»: the same payment or transfer's first screen again, filled in.
pub fn repeat(
    details: &OperationDetails,
    wallet: &crate::features::home::Wallet,
    services: &crate::features::services::ServicesModel,
    notice: &mut Option<Notice>,
) -> Result<Step, Rejection> {
    let Some(operation) = details.operation.as_deref().filter(|op| repeatable(op)) else {
        return Err(Rejection::NotNow { event: "Operation.Repeat", reason: "nothing to pay again" });
    };
    match &operation.recipient {
        Some(Recipient::Phone { phone }) => crate::features::transfer::update::again(wallet, phone, operation.amount),
        Some(Recipient::Service { provider_id, account }) => {
            crate::features::services::update::again(provider_id, account, operation.amount, services, wallet)
        }
        Some(Recipient::Elqr { payload }) => Ok(crate::features::pay::update::again(payload, operation.amount, wallet)
            .unwrap_or_else(|problem| {
                *notice = Some(Notice::error(problem.message_id()));
                Step::stay()
            })),
        _ => Err(Rejection::NotNow { event: "Operation.Repeat", reason: "nothing to pay again" }),
    }
}

/// A receipt worth sharing: executed, with the bank's signature checked.
pub fn can_share(operation: &Operation) -> bool {
    operation.status == OperationStatus::Executed
        && operation.receipt == crate::domain::operation::ReceiptState::Verified
}

pub fn can_cancel(operation: &Operation) -> bool {
    match operation.status {
        OperationStatus::Queued => true,
        OperationStatus::Accepted => operation.revocable,
        _ => false,
    }
}

/// «Отменить» never cancels by itself: it asks first, naming the amount («Отменить платёж на 556,50 сом?»).
pub fn ask_to_cancel(details: &OperationDetails, dialog: &mut Option<Dialog>) -> Result<Step, Rejection> {
    let operation = cancellable(details, "Operation.Cancel")?;
    *dialog = Some(Dialog::CancelOperation {
        amount: operation.amount.checked_add(&operation.fee).unwrap_or(operation.amount),
        transfer: operation.kind == OperationKind::TransferOut,
    });
    Ok(Step::stay())
}

/// The cancel was confirmed in the dialog.
pub fn cancel(details: &mut OperationDetails) -> Result<Step, Rejection> {
    cancellable(details, "Dialog.Confirm")?;
    details.cancelling = true;
    Ok(Step::stay().with(Effect::Cancel { local_id: details.local_id.clone() }))
}

fn cancellable<'a>(details: &'a OperationDetails, event: &'static str) -> Result<&'a Operation, Rejection> {
    match details.operation.as_deref() {
        Some(operation) if can_cancel(operation) && !details.cancelling => Ok(operation),
        _ => Err(Rejection::NotNow { event, reason: "the operation cannot be cancelled now" }),
    }
}

pub fn details_loaded(
    details: &mut OperationDetails,
    operation: Option<Box<Operation>>,
    receipt: Option<ReceiptFacts>,
    damaged: bool,
) {
    details.operation = operation;
    details.receipt = receipt;
    details.damaged = damaged;
    details.loading = false;
}

/// A cancel ended: say how, and read the operation, the balance and the list again.
pub fn cancel_finished(details: Option<&mut OperationDetails>, local_id: &str, result: CancelResult) -> (Step, Notice) {
    if let Some(details) = details {
        details.cancelling = false;
    }
    let notice = match result {
        CancelResult::Cancelled => Notice::success("operation-cancelled"),
        CancelResult::Sending => Notice::info("operation-cancel-sending"),
        CancelResult::NotRevocable => Notice::warning("bank-not-revocable"),
        CancelResult::Failed { message_id } => Notice::error(message_id),
    };
    let step = Step::stay().with(Effect::LoadOperation { local_id: local_id.to_owned() }).with(Effect::LoadWallet);
    (step, notice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::history::tests::operation;

    #[test]
    fn opens_operations_by_position_and_refuses_damage_and_gaps() {
        let mut list = HistoryList {
            entries: vec![
                HistoryEntry::Operation(operation("a", 2, OperationStatus::Executed)),
                HistoryEntry::Damaged { key: vec![1] },
            ],
            next: None,
            loading: false,
        };
        let step = history(&mut list, HistoryEvent::Open { index: 0 }).expect("open");
        assert_eq!(step.effects, vec![Effect::LoadOperation { local_id: "a".into() }]);
        assert!(matches!(history(&mut list, HistoryEvent::Open { index: 1 }), Err(Rejection::NotNow { .. })));
        assert!(matches!(history(&mut list, HistoryEvent::Open { index: 2 }), Err(Rejection::OutOfRange { .. })));
        assert!(history(&mut list, HistoryEvent::LoadMore).is_err(), "no next page");
    }

    #[test]
    fn pages_append_and_one_load_at_a_time() {
        let mut list = HistoryList { entries: vec![], next: Some(vec![9]), loading: false };
        let step = history(&mut list, HistoryEvent::LoadMore).expect("more");
        assert_eq!(step.effects, vec![Effect::LoadHistory { after: Some(vec![9]) }]);
        assert!(history(&mut list, HistoryEvent::LoadMore).is_err(), "already loading");
        let page = HistoryPage { entries: vec![HistoryEntry::Damaged { key: vec![1] }], next: None };
        history_loaded(&mut list, page, true);
        assert_eq!((list.entries.len(), list.loading, list.next.clone()), (1, false, None));
    }

    #[test]
    fn cancel_is_offered_while_queued_or_revocable_only() {
        let mut queued = operation("q", 1, OperationStatus::Queued);
        assert!(can_cancel(&queued));
        queued.status = OperationStatus::Accepted;
        queued.revocable = false;
        assert!(!can_cancel(&queued));
        queued.revocable = true;
        assert!(can_cancel(&queued));
        let mut details = OperationDetails::loading("q");
        let mut dialog = None;
        assert!(ask_to_cancel(&details, &mut dialog).is_err(), "nothing loaded yet");
        details_loaded(&mut details, Some(Box::new(queued)), None, false);
        // «Отменить» asks first, naming the amount with the fee; nothing is cancelled yet.
        let step = ask_to_cancel(&details, &mut dialog).expect("asks");
        assert!(step.effects.is_empty());
        assert!(matches!(dialog, Some(Dialog::CancelOperation { transfer: false, .. })));
        let step = cancel(&mut details).expect("cancel");
        assert_eq!(step.effects, vec![Effect::Cancel { local_id: "q".into() }]);
        assert!(cancel(&mut details).is_err(), "not twice");
        assert!(ask_to_cancel(&details, &mut dialog).is_err(), "nor asked again while on its way");
    }
}
