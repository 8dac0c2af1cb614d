//! The pay screens as plain, localised data.

use serde::Serialize;

use super::event::PayEvent;
use super::state::{PayForm, Payee, QuoteState, ScanForm};
use super::update::{balance_after, can_pay, total};
use crate::api::refusal_message_id;
use crate::app::{Action, Event};
use crate::domain::operation::{OperationKind, OperationStatus, ReceiptState};
use crate::domain::{Currency, Language, Money};
use crate::features::history::update::can_cancel;
use crate::features::history::view::{status_label, status_of};
use crate::features::history::{Field, OperationDetails, OperationEvent, RowStatus};
use crate::features::home::Wallet;
use crate::i18n::Strings;
use crate::i18n::datetime::date_time;
use crate::payments::scan::ScanProblem;

/// The scanner: the shell shows the camera (and sends `Pay.Scanned` with what it reads), a gallery button (sends
/// `Pay.ScannedImage` with the picture's bytes), and the field for a pasted link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PayScanScreen {
    pub title: String,
    /// «Наведите камеру на QR-код».
    pub hint: String,
    /// «Выбрать из галереи».
    pub gallery: String,
    pub paste_label: String,
    pub pasted: String,
    pub submit: Action,
    /// What was wrong with the last code or picture.
    pub error: Option<String>,
    /// A picture is being read.
    pub busy: bool,
}

/// The confirmation: who gets the money, how much, the fee and what is left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PayConfirmScreen {
    pub title: String,
    /// Recipient, service, bank, comment: what the code says.
    pub details: Vec<Field>,
    pub amount_label: String,
    /// The field's text when editable; the money formatted when the code, shake or form fixed it.
    pub amount: String,
    /// Whether the amount field takes typing (`Pay.EditAmount`); otherwise the code fixes it.
    pub amount_editable: bool,
    pub amount_error: Option<String>,
    /// «Комиссия: 0,00 сом», «Считаем комиссию…», or why it is not known.
    pub fee: String,
    /// «Итого: …» when the amount is valid.
    pub total: Option<String>,
    /// «Останется: …» from the last confirmed balance.
    pub balance_after: Option<String>,
    /// The bank refused the payment before it was made, or it could not be queued.
    pub error: Option<String>,
    /// «Повторить» when the bank could not be reached for the fee.
    pub retry: Option<Action>,
    /// The payment will wait in the queue until the bank is reachable.
    pub offline: bool,
    /// «Оплатить».
    pub pay: Action,
    /// The fee is being asked for.
    pub busy: bool,
    /// «Разделить чек»: a scanned code with its amount can be split with others first (see `features/split`).
    pub split: Option<Action>,
}

fn scan_error(problem: &ScanProblem, t: &Strings<'_>) -> String {
    match problem {
        ScanProblem::ForeignScheme { country: Some(country) } => {
            t.text_with(problem.message_id(), &[("country", country.clone().into())])
        }
        // A currency the wallet knows is named («в тенге»); another is given by its code.
        ScanProblem::WrongCurrency { code } => match code.parse().ok().and_then(Currency::from_numeric_code) {
            Some(Currency::Kgs) => t.text("pay-scan-wrong-currency-kgs"),
            Some(Currency::Kzt) => t.text("pay-scan-wrong-currency-kzt"),
            Some(Currency::Usd) => t.text("pay-scan-wrong-currency-usd"),
            None => t.text_with(problem.message_id(), &[("code", code.clone().into())]),
        },
        _ => t.text(problem.message_id()),
    }
}

pub fn scan_screen(form: &ScanForm, t: &Strings<'_>) -> PayScanScreen {
    let error = match (&form.problem, form.image_problem) {
        (Some(problem), _) => Some(scan_error(problem, t)),
        (None, Some(message_id)) => Some(t.text(message_id)),
        (None, None) => None,
    };
    PayScanScreen {
        title: t.text("pay-scan-title"),
        hint: t.text("pay-scan-hint"),
        gallery: t.text("pay-scan-gallery"),
        paste_label: t.text("pay-scan-paste"),
        pasted: form.pasted.clone(),
        submit: Action {
            label: t.text("pay-scan-submit"),
            event: Event::Pay(PayEvent::SubmitPasted),
            enabled: !form.pasted.trim().is_empty() && !form.busy,
        },
        error,
        busy: form.busy,
    }
}

fn details(form: &PayForm, t: &Strings<'_>) -> Vec<Field> {
    let recipient = match (&form.payee, &form.quote) {
        // A provider by its name in the user's language, whatever the bank calls it.
        (Payee::Service { names, .. }, _) => crate::features::services::update::name_in(names, t.language()).to_owned(),
        (_, QuoteState::Ready { payee_name, .. }) if !payee_name.is_empty() => payee_name.clone(),
        _ => form.payee.shown_name().to_owned(),
    };
    let mut fields = vec![Field { label: t.text("pay-recipient"), value: recipient }];
    match &form.payee {
        Payee::Qr(intent) => {
            if let Some(service) = &intent.service {
                fields.push(Field { label: t.text("pay-service"), value: service.clone() });
            }
            let provider = intent.provider_name.map_or_else(|| intent.provider_id.clone(), str::to_owned);
            fields.push(Field { label: t.text("pay-provider"), value: provider });
        }
        Payee::Phone { bank_name, .. } => {
            fields.push(Field { label: t.text("pay-provider"), value: bank_name.clone() });
        }
        Payee::Shake { .. } => {}
        Payee::Favourite { name, .. } => {
            fields.push(Field { label: t.text("pay-favourite"), value: name.clone() });
        }
        Payee::Service { account_label, account, holder, .. } => {
            let language = t.language();
            let label = crate::features::services::update::name_in(account_label, language).to_owned();
            fields.push(Field { label, value: account.clone() });
            if let Some(holder) = holder {
                fields.push(Field { label: t.text("pay-service-holder"), value: holder.clone() });
            }
        }
    }
    if let Some(comment) = &form.comment {
        fields.push(Field { label: t.text("pay-comment"), value: comment.clone() });
    }
    fields
}

/// Above the PIN: to whom, how much, the fee and the total, so the PIN is typed knowing what it confirms.
pub fn pin_summary(form: &PayForm, language: Language, t: &Strings<'_>) -> Vec<Field> {
    let mut fields = details(form, t).into_iter().take(1).collect::<Vec<_>>();
    if let Ok(amount) = &form.amount {
        fields.push(Field { label: t.text("pay-pin-amount"), value: amount.format(language) });
    }
    if let QuoteState::Ready { fee, .. } = &form.quote {
        fields.push(Field { label: t.text("pay-pin-fee"), value: fee.format(language) });
    }
    if let Some(total) = total(form).filter(|_| form.amount.is_ok()) {
        fields.push(Field { label: t.text("pay-pin-total"), value: total.format(language) });
    }
    fields
}

fn fee_text(form: &PayForm, language: Language, t: &Strings<'_>) -> String {
    match &form.quote {
        QuoteState::NotAsked => t.text("pay-fee-after-amount"),
        QuoteState::Loading { .. } => t.text("pay-fee-loading"),
        QuoteState::Ready { fee, .. } => t.text_with("pay-fee", &[("amount", fee.format(language).into())]),
        QuoteState::Offline { .. } => t.text("pay-fee-offline"),
        QuoteState::Refused { .. } => t.text("pay-fee-unknown"),
    }
}

pub fn confirm_screen(form: &PayForm, wallet: &Wallet, language: Language, t: &Strings<'_>) -> PayConfirmScreen {
    let amount_error = match &form.amount {
        Err(problem) if !form.amount_text.trim().is_empty() => Some(t.text(problem.message_id())),
        _ => None,
    };
    let error = match (&form.quote, form.problem) {
        (_, Some(message_id)) => Some(t.text(message_id)),
        (QuoteState::Refused { message_id, .. }, None) => Some(t.text(message_id)),
        _ => None,
    };
    let short = balance_after(form, wallet).is_some_and(|b| b.is_negative());
    let error = error.or_else(|| short.then(|| t.text("bank-insufficient-funds")));
    let money = |id: &str, amount: String| t.text_with(id, &[("amount", amount.into())]);
    let valid = form.amount.is_ok();
    PayConfirmScreen {
        title: t.text("pay-confirm-title"),
        details: details(form, t),
        amount_label: t.text("pay-amount"),
        // A fixed amount is read, not edited: shown as money («556,00 сом»); an editable one as typed.
        amount: match (&form.amount, form.amount_editable) {
            (Ok(amount), false) => amount.format(language),
            _ => form.amount_text.clone(),
        },
        amount_editable: form.amount_editable,
        amount_error,
        fee: fee_text(form, language, t),
        total: total(form).filter(|_| valid).map(|m| money("pay-total", m.format(language))),
        balance_after: balance_after(form, wallet)
            .filter(|_| valid)
            .map(|m| money("pay-balance-after", m.format(language))),
        error,
        retry: matches!(form.quote, QuoteState::Offline { .. })
            .then(|| Action::new(t.text("pay-retry-quote"), Event::Pay(PayEvent::RetryQuote))),
        offline: matches!(form.quote, QuoteState::Offline { .. }),
        pay: Action {
            label: t.text("pay-confirm"),
            event: Event::Pay(PayEvent::Confirm),
            enabled: can_pay(form, wallet),
        },
        busy: matches!(form.quote, QuoteState::Loading { .. }),
        split: crate::features::split::view::split_code_action(form, t),
    }
}

/// What the big mark on the result says at a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ResultMark {
    /// A check: executed.
    Done,
    /// A clock: on the phone waiting for a connection, or at the bank being executed.
    Waiting,
    /// A cross: the bank refused it.
    Refused,
    /// Cancelled: no money moved.
    Cancelled,
}

/// After the PIN: what happened to the payment, updated as the bank answers, with where to go next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PayResultScreen {
    pub mark: ResultMark,
    /// «Оплачено», «Переведено», «Принято банком», «Ждёт связи», «Платёж не прошёл», «Платёж отменён».
    pub headline: String,
    pub status: RowStatus,
    /// «Исполнено», as the history says it; `None` where it would repeat the headline.
    pub status_label: Option<String>,
    /// What happens next, or why it failed.
    pub message: Option<String>,
    /// «556,50 сом».
    pub amount: String,
    /// «Комиссия: 0,00 сом».
    pub fee: String,
    /// «Итого: 556,50 сом».
    pub total: String,
    pub recipient: String,
    /// When it was made: «07.12.2026, 14:03».
    pub time: String,
    /// «Готово»: home.
    pub done: Action,
    /// «Квитанция» (or «Подробности» before the receipt): the operation's details.
    pub details: Action,
    /// «Отменить платёж», while it can be; never the screen's main action, and it asks first.
    pub cancel: Option<Action>,
    /// «Поделиться»: the receipt as a picture and a document, once executed.
    pub share: Option<Action>,
    /// «В избранное», once executed, for a payment that can be paid again.
    pub save_favourite: Option<Action>,
    /// Reading the operation, or a cancel on its way.
    pub busy: bool,
}

pub fn result_screen(details: &OperationDetails, offset: i32, t: &Strings<'_>) -> PayResultScreen {
    let language = t.language();
    let money = |id: &str, amount: &Money| t.text_with(id, &[("amount", amount.format(language).into())]);
    let details_action = |id: &str| Action {
        label: t.text(id),
        event: Event::Pay(PayEvent::OpenDetails),
        enabled: details.operation.is_some(),
    };
    let done = Action::new(t.text("pay-result-done"), Event::Pay(PayEvent::Done));
    let Some(operation) = details.operation.as_deref() else {
        return PayResultScreen {
            mark: ResultMark::Waiting,
            headline: t.text("pay-result-saving"),
            status: RowStatus::Queued,
            status_label: None,
            message: details.damaged.then(|| t.text("operation-damaged")),
            amount: String::new(),
            fee: String::new(),
            total: String::new(),
            recipient: String::new(),
            time: String::new(),
            done,
            details: details_action("pay-result-details"),
            cancel: None,
            share: None,
            save_favourite: None,
            busy: details.loading,
        };
    };
    let transfer = operation.kind == OperationKind::TransferOut;
    let status = status_of(operation.status);
    let (mark, headline, message) = match operation.status {
        OperationStatus::Executed => {
            (ResultMark::Done, if transfer { "pay-result-transferred" } else { "pay-result-paid" }, None)
        }
        OperationStatus::Accepted => {
            (ResultMark::Waiting, "pay-result-accepted", Some(t.text("pay-result-accepted-text")))
        }
        OperationStatus::Queued => (ResultMark::Waiting, "pay-result-queued", Some(t.text("pay-result-queued-text"))),
        OperationStatus::Rejected => (
            ResultMark::Refused,
            if transfer { "pay-result-transfer-rejected" } else { "pay-result-rejected" },
            Some(operation.rejection.map_or_else(|| t.text("bank-refused"), |code| t.text(refusal_message_id(code)))),
        ),
        OperationStatus::Cancelled => (
            ResultMark::Cancelled,
            if transfer { "pay-result-transfer-cancelled" } else { "pay-result-cancelled" },
            Some(t.text("pay-result-cancelled-text")),
        ),
    };
    let total = operation.amount.checked_add(&operation.fee).unwrap_or(operation.amount);
    let has_receipt = operation.receipt != ReceiptState::None;
    let headline = t.text(headline);
    let label = status_label(status, t);
    PayResultScreen {
        mark,
        status_label: (label != headline).then_some(label),
        headline,
        status,
        message,
        amount: operation.amount.format(language),
        fee: money("pay-result-fee", &operation.fee),
        total: money("pay-result-total", &total),
        recipient: operation.counterparty.name.clone(),
        time: date_time(operation.created_at_ms, offset, language),
        done,
        details: details_action(if has_receipt { "pay-result-receipt" } else { "pay-result-details" }),
        cancel: can_cancel(operation).then(|| Action {
            label: t.text(if transfer { "pay-result-cancel-transfer" } else { "pay-result-cancel" }),
            event: Event::Operation(OperationEvent::Cancel),
            enabled: !details.cancelling,
        }),
        share: crate::features::history::view::share_action(operation, t),
        save_favourite: crate::features::history::view::save_favourite_action(operation, t),
        busy: details.loading || details.cancelling,
    }
}
