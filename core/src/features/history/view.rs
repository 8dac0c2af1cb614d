//! The history screens as plain, localised data.

use serde::Serialize;

use super::event::{HistoryEvent, OperationEvent};
use super::state::{HistoryList, OperationDetails};
use super::update::can_cancel;
use crate::api::refusal_message_id;
use crate::app::{Action, Event};
use crate::domain::operation::{Operation, OperationKind, OperationStatus, ReceiptState};
use crate::i18n::Strings;
use crate::i18n::datetime::date_time;
use crate::store::HistoryEntry;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum RowStatus {
    Queued,
    Accepted,
    Executed,
    Rejected,
    Cancelled,
    /// The record did not open.
    Damaged,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Direction {
    Incoming,
    Outgoing,
}

/// A line of the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct OperationRow {
    /// Who: «Глобус», «Бакыт Т.».
    pub title: String,
    /// What and when: «Оплата · 20.11.2026, 14:03».
    pub subtitle: String,
    /// Signed: «−1 845,00 сом», «+500,00 сом».
    pub amount: String,
    pub direction: Direction,
    pub status: RowStatus,
    pub status_label: String,
    /// Whether the amount moved money: false for a cancelled or rejected operation, which the shells draw plainly
    /// (struck through, grey), never as a bold minus.
    pub counted: bool,
    /// The day's heading to draw above this line, on the first line of each day: «Сегодня», «Вчера», «5 декабря».
    pub day: Option<String>,
    /// Sent when the line is tapped; none for a damaged line.
    pub open: Option<Event>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HistoryScreen {
    pub title: String,
    pub rows: Vec<OperationRow>,
    /// Shown when there are no operations.
    pub empty: Option<String>,
    pub load_more: Option<Action>,
    /// A page is being read: show progress.
    pub loading: bool,
    /// Offered when a line is damaged: download the history again.
    pub resync: Option<Action>,
    /// «Нет связи — данные на 14:03».
    pub sync_status: Option<String>,
    pub offline: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Field {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ReceiptView {
    pub state: ReceiptState,
    pub text: String,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct OperationScreen {
    pub title: String,
    pub counterparty: String,
    pub amount: String,
    pub direction: Direction,
    pub status: RowStatus,
    pub fields: Vec<Field>,
    pub receipt: Option<ReceiptView>,
    /// «Отменить», while the operation is queued or still revocable.
    pub cancel: Option<Action>,
    /// Reading, or a cancel is on its way: show progress.
    pub busy: bool,
    /// The record is damaged: this text, and the history offers a fresh download.
    pub damaged: Option<String>,
    /// «Разделить чек»: one of my payments, split with others (see `features/split`).
    pub split: Option<Action>,
    /// «Поделиться»: the receipt as a picture and a document (executed, the signature checked).
    pub share: Option<Action>,
    /// «Повторить»: the same payment or transfer again, when the phone knows where it went.
    pub repeat: Option<Action>,
    /// «В избранное»: a payment or transfer that can be paid again, saved with a name.
    pub save_favourite: Option<Action>,
}

/// The bank's RFC 3339 time as the app shows dates; the text as signed if it does not parse.
fn signed_time(rfc3339: &str, offset: i32, t: &Strings<'_>) -> String {
    match time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339) {
        Ok(at) => date_time(crate::domain::operation::unix_ms(at), offset, t.language()),
        Err(_) => rfc3339.to_owned(),
    }
}

fn kind_label(kind: OperationKind, t: &Strings<'_>) -> String {
    t.text(match kind {
        OperationKind::Payment => "kind-payment",
        OperationKind::TransferOut => "kind-transfer-out",
        OperationKind::TransferIn => "kind-transfer-in",
        OperationKind::TopUp => "kind-top-up",
    })
}

pub fn status_of(status: OperationStatus) -> RowStatus {
    match status {
        OperationStatus::Queued => RowStatus::Queued,
        OperationStatus::Accepted => RowStatus::Accepted,
        OperationStatus::Executed => RowStatus::Executed,
        OperationStatus::Rejected => RowStatus::Rejected,
        OperationStatus::Cancelled => RowStatus::Cancelled,
    }
}

pub fn status_label(status: RowStatus, t: &Strings<'_>) -> String {
    t.text(match status {
        RowStatus::Queued => "status-queued",
        RowStatus::Accepted => "status-accepted",
        RowStatus::Executed => "status-executed",
        RowStatus::Rejected => "status-rejected",
        RowStatus::Cancelled => "status-cancelled",
        RowStatus::Damaged => "history-damaged",
    })
}

fn signed_amount(operation: &Operation, t: &Strings<'_>) -> (String, Direction) {
    let formatted = operation.amount.format(t.language());
    if operation.kind.is_outgoing() {
        (format!("\u{2212}{formatted}"), Direction::Outgoing)
    } else {
        (format!("+{formatted}"), Direction::Incoming)
    }
}

/// A history line for `entry`, opened with `open`.
pub fn row(entry: &HistoryEntry, open: Event, utc_offset_minutes: i32, t: &Strings<'_>) -> OperationRow {
    match entry {
        HistoryEntry::Operation(operation) => {
            let (amount, direction) = signed_amount(operation, t);
            let status = status_of(operation.status);
            OperationRow {
                title: operation.counterparty.name.clone(),
                subtitle: format!(
                    "{} · {}",
                    kind_label(operation.kind, t),
                    date_time(operation.created_at_ms, utc_offset_minutes, t.language())
                ),
                amount,
                direction,
                status,
                status_label: status_label(status, t),
                counted: !matches!(status, RowStatus::Cancelled | RowStatus::Rejected),
                day: None,
                open: Some(open),
            }
        }
        HistoryEntry::Damaged { .. } => OperationRow {
            title: t.text("history-damaged"),
            subtitle: String::new(),
            amount: String::new(),
            direction: Direction::Outgoing,
            status: RowStatus::Damaged,
            status_label: t.text("history-damaged"),
            counted: false,
            day: None,
            open: None,
        },
    }
}

pub fn history_screen(
    list: &HistoryList,
    sync_status: (Option<String>, bool),
    (now_ms, offset): (i64, i32),
    t: &Strings<'_>,
) -> HistoryScreen {
    let mut rows: Vec<OperationRow> = list
        .entries
        .iter()
        .enumerate()
        .map(|(index, entry)| row(entry, Event::History(HistoryEvent::Open { index: index as u32 }), offset, t))
        .collect();
    // The list is newest first: a heading wherever the day changes.
    let mut previous = None;
    for (row, entry) in rows.iter_mut().zip(&list.entries) {
        let HistoryEntry::Operation(operation) = entry else { continue };
        let day = day_of(operation.created_at_ms, offset);
        if previous != Some(day) {
            row.day = Some(day_title(day, day_of(now_ms, offset), t));
            previous = Some(day);
        }
    }
    let damaged = list.entries.iter().any(|entry| matches!(entry, HistoryEntry::Damaged { .. }));
    HistoryScreen {
        title: t.text("history-title"),
        empty: (rows.is_empty() && !list.loading).then(|| t.text("history-empty")),
        rows,
        load_more: list.next.as_ref().map(|_| Action {
            label: t.text("history-load-more"),
            event: Event::History(HistoryEvent::LoadMore),
            enabled: !list.loading,
        }),
        loading: list.loading,
        resync: damaged.then(|| Action::new(t.text("history-resync"), Event::History(HistoryEvent::Resync))),
        sync_status: sync_status.0,
        offline: sync_status.1,
    }
}

/// The date of `ms` in the device's zone.
fn day_of(ms: i64, offset: i32) -> time::Date {
    crate::app::model::today_at(ms, offset)
}

/// «Сегодня», «Вчера», «5 декабря», or «5 декабря 2025» for another year.
fn day_title(day: time::Date, today: time::Date, t: &Strings<'_>) -> String {
    if day == today {
        return t.text("history-today");
    }
    if today.previous_day() == Some(day) {
        return t.text("history-yesterday");
    }
    let args = [
        ("day", u64::from(day.day()).into()),
        ("month", u64::from(u8::from(day.month())).into()),
        ("year", day.year().to_string().into()),
    ];
    t.text_with(if day.year() == today.year() { "history-day" } else { "history-day-year" }, &args)
}

/// «Поделиться», for a receipt worth sharing.
pub fn share_action(operation: &Operation, t: &Strings<'_>) -> Option<Action> {
    super::update::can_share(operation)
        .then(|| Action::new(t.text("receipt-share"), Event::Operation(OperationEvent::ShareReceipt)))
}

pub fn operation_screen(details: &OperationDetails, offset: i32, t: &Strings<'_>) -> OperationScreen {
    let Some(operation) = details.operation.as_deref() else {
        return OperationScreen {
            title: t.text("operation-title"),
            counterparty: String::new(),
            amount: String::new(),
            direction: Direction::Outgoing,
            status: if details.damaged { RowStatus::Damaged } else { RowStatus::Queued },
            fields: Vec::new(),
            receipt: None,
            cancel: None,
            busy: details.loading,
            damaged: details.damaged.then(|| t.text("operation-damaged")),
            split: None,
            share: None,
            repeat: None,
            save_favourite: None,
        };
    };
    let (amount, direction) = signed_amount(operation, t);
    let status = status_of(operation.status);
    let field = |label: &str, value: String| Field { label: t.text(label), value };
    let mut fields = vec![
        field("operation-field-status", status_label(status, t)),
        field("operation-field-date", date_time(operation.created_at_ms, offset, t.language())),
    ];
    if let Some(code) = operation.rejection {
        fields.push(field("operation-field-reason", t.text(refusal_message_id(code))));
    }
    if let Some(comment) = &operation.comment {
        fields.push(field("operation-field-comment", comment.clone()));
    }
    if operation.kind.is_outgoing() {
        fields.push(field("operation-field-fee", operation.fee.format(t.language())));
    }
    if let Some(number) = &operation.number {
        fields.push(field("operation-field-number", format!("№ {number}")));
    }
    if let Some(id) = &operation.operation_id {
        fields.push(field("receipt-bank-id", id.clone()));
    }
    let receipt = match operation.receipt {
        ReceiptState::Verified => Some(ReceiptView {
            state: ReceiptState::Verified,
            text: t.text("operation-receipt-verified"),
            fields: details
                .receipt
                .iter()
                .map(|facts| field("operation-field-executed", signed_time(&facts.executed_at, offset, t)))
                .collect(),
        }),
        ReceiptState::Invalid => Some(ReceiptView {
            state: ReceiptState::Invalid,
            text: t.text("operation-receipt-invalid"),
            fields: Vec::new(),
        }),
        // A receipt is promised only for what the bank may still execute.
        ReceiptState::None
            if operation.kind.is_outgoing()
                && matches!(operation.status, OperationStatus::Queued | OperationStatus::Accepted) =>
        {
            Some(ReceiptView { state: ReceiptState::None, text: t.text("operation-receipt-none"), fields: Vec::new() })
        }
        ReceiptState::None => None,
    };
    OperationScreen {
        title: kind_label(operation.kind, t),
        counterparty: operation.counterparty.name.clone(),
        amount,
        direction,
        status,
        fields,
        receipt,
        cancel: can_cancel(operation).then(|| Action {
            label: t.text("operation-cancel"),
            event: Event::Operation(OperationEvent::Cancel),
            enabled: !details.cancelling,
        }),
        busy: details.loading || details.cancelling,
        damaged: None,
        split: crate::features::split::update::splittable(operation).then(|| {
            Action::new(t.text("split-from-payment"), Event::Split(crate::features::split::SplitEvent::FromPayment))
        }),
        share: share_action(operation, t),
        repeat: super::update::repeatable(operation)
            .then(|| Action::new(t.text("operation-repeat"), Event::Operation(OperationEvent::Repeat))),
        save_favourite: save_favourite_action(operation, t),
    }
}

/// «В избранное», for a payment that can be paid again.
pub fn save_favourite_action(operation: &Operation, t: &Strings<'_>) -> Option<Action> {
    crate::features::favourites::update::can_save(operation).then(|| {
        Action::new(t.text("favourites-save"), Event::Favourites(crate::features::favourites::FavouritesEvent::Save))
    })
}
