//! The inbox as plain, localised data.

use serde::Serialize;
use wallet_protocol::notifications::BankEventKind;
use wallet_protocol::profile::KycStatus;

use super::event::InboxEvent;
use super::state::InboxList;
use crate::app::{Action, Event};
use crate::domain::operation::unix_ms;
use crate::domain::{Currency, Money};
use crate::i18n::Strings;
use crate::i18n::datetime::date_time;
use crate::store::InboxEntry;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct InboxItem {
    /// «Поступление», «Операция исполнена»…
    pub title: String,
    /// «250,00 сом от Айгуль А.».
    pub text: String,
    pub time: String,
    pub unread: bool,
    /// Opens what it is about.
    pub open: Event,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct InboxScreen {
    pub title: String,
    /// Newest first.
    pub items: Vec<InboxItem>,
    /// Shown when there is nothing.
    pub empty: Option<String>,
    /// «Прочитать все», while something is unread.
    pub read_all: Option<Action>,
    pub loading: bool,
}

fn amount(entry: &InboxEntry, t: &Strings<'_>) -> String {
    let event = &entry.event;
    match (event.amount_minor, event.currency.as_deref().and_then(Currency::from_code)) {
        (Some(minor), Some(currency)) => Money::from_minor(minor, currency).format(t.language()),
        _ => String::new(),
    }
}

/// An entry as the inbox lists it; `None` for an event of a kind this app does not know (the sync keeps none).
fn item(entry: &InboxEntry, index: usize, offset: i32, t: &Strings<'_>) -> Option<InboxItem> {
    let event = &entry.event;
    let name = event.counterparty_name.clone().unwrap_or_default();
    let with = |id: &str| t.text_with(id, &[("amount", amount(entry, t).into()), ("name", name.clone().into())]);
    let (title, text) = match event.kind {
        BankEventKind::MoneyIn => ("inbox-money-in", with("inbox-money-in-text")),
        BankEventKind::OperationExecuted => ("inbox-executed", with("inbox-operation-text")),
        BankEventKind::OperationRejected => ("inbox-rejected", with("inbox-operation-text")),
        BankEventKind::RequestPaid => ("inbox-request-paid", with("inbox-request-paid-text")),
        BankEventKind::RequestReminder => ("inbox-reminder", with("inbox-reminder-text")),
        BankEventKind::KycDecided => match event.kyc_status {
            Some(KycStatus::Approved) => ("inbox-kyc-approved", t.text("inbox-kyc-approved-text")),
            Some(KycStatus::ResubmissionRequested) => ("inbox-kyc-resubmit", t.text("inbox-kyc-resubmit-text")),
            _ => ("inbox-kyc-rejected", t.text("inbox-kyc-rejected-text")),
        },
        BankEventKind::Unknown => return None,
    };
    Some(InboxItem {
        title: t.text(title),
        text,
        time: date_time(unix_ms(event.at), offset, t.language()),
        unread: !entry.read,
        open: Event::Inbox(InboxEvent::OpenItem { index: index as u32 }),
    })
}

pub fn inbox_screen(list: &InboxList, offset: i32, t: &Strings<'_>) -> InboxScreen {
    let items: Vec<InboxItem> =
        list.entries.iter().enumerate().filter_map(|(i, entry)| item(entry, i, offset, t)).collect();
    InboxScreen {
        title: t.text("inbox-title"),
        empty: (items.is_empty() && !list.loading).then(|| t.text("inbox-empty")),
        read_all: list
            .entries
            .iter()
            .any(|entry| !entry.read)
            .then(|| Action::new(t.text("inbox-read-all"), Event::Inbox(InboxEvent::ReadAll))),
        items,
        loading: list.loading,
    }
}
