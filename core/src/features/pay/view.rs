//! The pay screens as plain, localised data.

use serde::Serialize;

use super::event::PayEvent;
use super::state::{PayForm, Payee, QuoteState, ScanForm};
use super::update::{balance_after, can_pay, total};
use crate::app::{Action, Event};
use crate::domain::Language;
use crate::features::history::Field;
use crate::features::home::Wallet;
use crate::i18n::Strings;
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
        ScanProblem::WrongCurrency { code } => t.text_with(problem.message_id(), &[("code", code.clone().into())]),
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
    let recipient = match &form.quote {
        QuoteState::Ready { payee_name, .. } if !payee_name.is_empty() => payee_name.clone(),
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
    }
    if let Some(comment) = &form.comment {
        fields.push(Field { label: t.text("pay-comment"), value: comment.clone() });
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
