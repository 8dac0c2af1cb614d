//! The transfer screens as plain, localised data.

use serde::Serialize;

use super::event::TransferEvent;
use super::state::{CodeSent, Lookup, TransferCodeForm, TransferForm};
use super::update::{MAX_COMMENT, ready};
use crate::app::{Action, Event};
use crate::domain::{Language, Money};
use crate::features::signin::view::{FieldKind, TextField};
use crate::i18n::Strings;

/// «Перевод по номеру телефона»: the number (typed or from the contacts), who it reaches, amount and comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TransferScreen {
    pub title: String,
    /// `Transfer.EditPhone`.
    pub phone: TextField,
    /// The button that opens the system's contact picker; the number picked is sent as `Transfer.EditPhone`.
    pub pick_contact: String,
    /// «Получатель: Кирилл Б.», «Банк: Demir Bank» once the bank has answered.
    pub recipient: Option<String>,
    pub recipient_bank: Option<String>,
    /// «Перевод в другой банк: подтвердите кодом из SMS, комиссия по тарифу.»
    pub interbank_note: Option<String>,
    /// Why the number cannot receive (nobody with it, one's own), or that the bank cannot be reached.
    pub recipient_error: Option<String>,
    /// «Повторить» when the bank could not be reached.
    pub retry: Option<Action>,
    /// `Transfer.EditAmount`.
    pub amount: TextField,
    /// `Transfer.EditComment`.
    pub comment: TextField,
    /// «Продолжить».
    pub submit: Action,
    /// The bank is being asked who the number reaches.
    pub busy: bool,
}

/// The SMS code of a transfer to another bank, with what the SMS must say beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TransferCodeScreen {
    pub title: String,
    /// «Сверьте с SMS: перевод 1 500,00 сом получателю Кирилл Б. (Demir Bank). Вводите код, только если всё
    /// совпадает.»
    pub compare: String,
    /// «Мы отправили SMS с кодом на +996 555 ***456», or that it is being sent.
    pub status: String,
    /// `Transfer.EditCode`.
    pub field: TextField,
    pub code_length: u32,
    /// «Подтвердить».
    pub submit: Action,
    /// «Отправить код повторно».
    pub resend: Action,
    pub error: Option<String>,
    pub busy: bool,
}

pub fn transfer_screen(form: &TransferForm, t: &Strings<'_>) -> TransferScreen {
    let digits = form.phone_text.chars().filter(char::is_ascii_digit).count();
    let phone_error = match &form.phone {
        // A number still being typed is not an error yet.
        Err(error) if form.tried || digits >= 12 => Some(t.text(error.message_id())),
        _ => None,
    };
    let (mut recipient, mut recipient_bank, mut interbank_note, mut recipient_error, mut retry) =
        (None, None, None, None, None);
    match &form.lookup {
        Lookup::Found { recipient: found, .. } => {
            recipient = Some(found.name_masked.clone());
            recipient_bank = Some(found.bank_name.clone());
            interbank_note = if found.needs_sms_code {
                Some(t.text("transfer-interbank-note"))
            } else {
                // Within the bank, above its step-up limit: say before «Далее» that an SMS code will be asked.
                match (&form.amount, found.confirm_above_minor) {
                    (Ok(amount), Some(limit)) if found.over_step_up_limit(amount) => {
                        let limit = Money::from_minor(limit, form.currency).format(t.language());
                        Some(t.text_with("transfer-large-note", &[("limit", limit.into())]))
                    }
                    _ => None,
                }
            };
        }
        Lookup::Refused { message_id, .. } => recipient_error = Some(t.text(message_id)),
        Lookup::Offline { .. } => {
            recipient_error = Some(t.text("transfer-lookup-offline"));
            retry = Some(Action::new(t.text("pay-retry-quote"), Event::Transfer(TransferEvent::RetryLookup)));
        }
        Lookup::NotAsked | Lookup::Loading { .. } => {}
    }
    let amount_error = match &form.amount {
        Err(problem) if form.tried || !form.amount_text.trim().is_empty() => Some(t.text(problem.message_id())),
        _ => None,
    };
    let comment_error = if form.comment.chars().count() > MAX_COMMENT {
        Some(t.text_with("transfer-comment-too-long", &[("max", (MAX_COMMENT as u64).into())]))
    } else {
        wallet_formats::free_text::hidden_character(&form.comment).map(|_| t.text("text-hidden-character"))
    };
    TransferScreen {
        title: t.text("transfer-title"),
        phone: TextField {
            kind: FieldKind::Phone,
            label: t.text("transfer-phone"),
            value: form.phone_text.clone(),
            placeholder: "+996".to_owned(),
            error: phone_error,
        },
        pick_contact: t.text("transfer-pick-contact"),
        recipient: recipient.map(|name| t.text_with("transfer-recipient", &[("name", name.into())])),
        recipient_bank: recipient_bank.map(|bank| t.text_with("transfer-bank", &[("bank", bank.into())])),
        interbank_note,
        recipient_error,
        retry,
        amount: TextField {
            kind: FieldKind::Amount,
            label: t.text("pay-amount"),
            value: form.amount_text.clone(),
            placeholder: t.text("transfer-amount-placeholder"),
            error: amount_error,
        },
        comment: TextField {
            kind: FieldKind::Text,
            label: t.text("transfer-comment"),
            value: form.comment.clone(),
            placeholder: String::new(),
            error: comment_error,
        },
        submit: Action {
            label: t.text("transfer-continue"),
            event: Event::Transfer(TransferEvent::Continue),
            enabled: ready(form).is_some(),
        },
        busy: matches!(form.lookup, Lookup::Loading { .. }),
    }
}

pub fn code_screen(
    form: &TransferCodeForm,
    own_phone: Option<&str>,
    language: Language,
    t: &Strings<'_>,
) -> TransferCodeScreen {
    let draft = &form.draft;
    let amount = draft.amount.format(language);
    let name = draft.counterparty_name.clone();
    let (title, compare) = match &form.bank_name {
        Some(bank) => (
            t.text("transfer-code-title"),
            t.text_with(
                "transfer-code-compare",
                &[("amount", amount.into()), ("name", name.into()), ("bank", bank.clone().into())],
            ),
        ),
        None => (
            t.text("transfer-code-title-payment"),
            t.text_with("transfer-code-compare-payment", &[("amount", amount.into()), ("name", name.into())]),
        ),
    };
    let (status, code_length, error) = match &form.sent {
        CodeSent::Requesting => (t.text("transfer-code-sending"), 6, None),
        CodeSent::Sent { code_length, .. } => (
            t.text_with("transfer-code-sent", &[("phone", own_phone.unwrap_or_default().to_owned().into())]),
            u32::from(*code_length),
            form.problem.map(|id| t.text(id)),
        ),
        CodeSent::Failed { message_id } => (t.text("transfer-code-not-sent"), 6, Some(t.text(message_id))),
    };
    let sent = matches!(form.sent, CodeSent::Sent { .. });
    TransferCodeScreen {
        title,
        compare,
        status,
        field: TextField {
            kind: FieldKind::SmsCode,
            label: t.text("signin-code-label"),
            value: form.code.clone(),
            placeholder: String::new(),
            error: None,
        },
        code_length,
        submit: Action {
            label: t.text("transfer-code-submit"),
            event: Event::Transfer(TransferEvent::SubmitCode),
            enabled: sent && !form.checking && form.code.len() == code_length as usize,
        },
        resend: Action {
            label: t.text("signin-resend"),
            event: Event::Transfer(TransferEvent::ResendCode),
            enabled: !form.checking && form.sent != CodeSent::Requesting,
        },
        error,
        busy: form.checking || form.sent == CodeSent::Requesting,
    }
}
