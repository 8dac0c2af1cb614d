//! The top-up screens as plain, localised data.

use serde::Serialize;
use wallet_formats::payment_card::{CardNumber, CardNumberError, CardScheme, Expiry, ExpiryError, cvv_ok, masked};
use wallet_protocol::card_topups::{AccountDetails, CardDecline};

use super::event::TopUpEvent;
use super::state::{
    CardChoice, CardForm, ChallengeForm, Loaded, Quote, StartedTopUp, TopUpMenu, TopUpOutcome, TopUpResult,
};
use super::update::{fee, holder_problem, request};
use crate::app::Event;
use crate::app::view::{Action, ShareSheet};
use crate::domain::Language;
use crate::features::signin::view::{FieldKind, TextField};
use crate::i18n::Strings;
use crate::i18n::datetime::time_of_day;

/// A label and its value, as a details list shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DetailRow {
    pub label: String,
    pub value: String,
}

/// «Пополнить»: the ways in, and the account's details with copy and share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TopUpScreen {
    pub title: String,
    /// «С карты».
    pub cards_title: String,
    /// «Visa •• 4412»: a saved card, `TopUp.SavedCard`.
    pub saved_cards: Vec<Action>,
    /// «С карты другого банка».
    pub new_card: Action,
    /// «Получить по QR-коду».
    pub receive: Action,
    /// «Реквизиты для перевода из другого банка или через терминал».
    pub details_title: String,
    pub details: Vec<DetailRow>,
    /// While they load, or why they did not come.
    pub details_status: Option<String>,
    /// «Повторить» when the bank could not be reached.
    pub retry: Option<Action>,
    /// «Поделиться реквизитами».
    pub share: Option<Action>,
    /// The button beside each detail that copies its value: «Скопировать».
    pub copy_label: String,
    /// What the shell says once it copied a value: «Скопировано».
    pub copied: String,
    pub busy: bool,
}

/// «Пополнение с карты»: a new card's fields, or a saved card, and the amount with its fee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CardTopUpScreen {
    pub title: String,
    /// A saved card: «Visa •• 4412, до 07/31».
    pub card: Option<String>,
    /// A new card: `TopUp.EditNumber`, grouped in fours.
    pub number: Option<TextField>,
    /// The card's scheme as the number is typed: «Visa», «Элкарт», «Mastercard», «МИР».
    pub scheme: Option<String>,
    /// `TopUp.EditExpiry`, «MM/YY».
    pub expiry: Option<TextField>,
    /// `TopUp.EditCvv`; its value is never shown (the shell draws dots).
    pub cvv: Option<TextField>,
    /// `TopUp.EditHolder`, optional.
    pub holder: Option<TextField>,
    /// «Запомнить карту для следующих пополнений» (`TopUp.ToggleSave`) and whether it is on.
    pub save: Option<Action>,
    pub save_on: bool,
    /// `TopUp.EditAmount`: what the account receives.
    pub amount: TextField,
    /// «Комиссия: 50,00 сом».
    pub fee: Option<String>,
    /// «С карты спишется 5 050,00 сом».
    pub total: Option<String>,
    /// The fee could not be asked, or the bank refused the card or amount.
    pub quote_error: Option<String>,
    pub retry_quote: Option<Action>,
    /// «Номер карты и CVV не сохраняются в телефоне…».
    pub note: String,
    /// Why the last «Пополнить» did not go through.
    pub error: Option<String>,
    /// «Пополнить».
    pub submit: Action,
    pub busy: bool,
}

/// The card issuer's 3-D Secure code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CardChallengeScreen {
    pub title: String,
    /// Who sent the code and what the SMS must say: compare before typing it.
    pub explain: String,
    /// `TopUp.EditCode`.
    pub field: TextField,
    pub code_length: u32,
    /// «Код действует до 21:45».
    pub expires: String,
    pub error: Option<String>,
    /// «Подтвердить».
    pub submit: Action,
    pub busy: bool,
}

/// How a top-up by card ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TopUpResultScreen {
    pub title: String,
    /// The money is on the account (a check), or not (a cross).
    pub success: bool,
    /// «Зачислено 5 000,00 сом», «Пополнение не прошло».
    pub headline: String,
    /// Why it did not go through, and that no money moved.
    pub reason: Option<String>,
    pub rows: Vec<DetailRow>,
    /// «Квитанция».
    pub receipt: Option<Action>,
    /// «Попробовать снова».
    pub again: Option<Action>,
    /// «Готово»: home.
    pub done: Action,
}

fn top_up(event: TopUpEvent) -> Event {
    Event::TopUp(event)
}

fn detail_rows(details: &AccountDetails, t: &Strings<'_>) -> Vec<DetailRow> {
    let row = |label: &str, value: &str| DetailRow { label: t.text(label), value: value.to_owned() };
    vec![
        row("topup-details-holder", &details.holder_name),
        row("topup-details-account", &details.account_number),
        row("topup-details-bank", &details.bank_name),
        row("topup-details-bic", &details.bic),
        row("topup-details-currency", &details.currency),
        row("topup-details-wallet", &details.wallet_number),
    ]
}

/// The details as one text for the share sheet, when it is open.
pub fn share_sheet(menu: &TopUpMenu, t: &Strings<'_>) -> Option<ShareSheet> {
    let Loaded::Ready(details) = &menu.details else {
        return None;
    };
    if !menu.sharing {
        return None;
    }
    let lines: Vec<String> = detail_rows(details, t).iter().map(|r| format!("{}: {}", r.label, r.value)).collect();
    Some(ShareSheet {
        title: t.text("topup-details-share"),
        text: format!("{}\n{}", t.text("topup-details-title"), lines.join("\n")),
        files: Vec::new(),
        close: Action::new(t.text("share-close"), Event::ShareClosed),
    })
}

pub fn menu_screen(menu: &TopUpMenu, t: &Strings<'_>) -> TopUpScreen {
    let saved_cards = match &menu.cards {
        Loaded::Ready(cards) => cards
            .iter()
            .map(|card| {
                Action::new(
                    format!("{} {}", card.scheme.display_name(), masked(&card.last4)),
                    top_up(TopUpEvent::SavedCard { card_id: card.card_id.clone() }),
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    let (details, details_status, retry) = match &menu.details {
        Loaded::Loading => (Vec::new(), Some(t.text("topup-details-loading")), None),
        Loaded::Ready(details) => (detail_rows(details, t), None, None),
        Loaded::Failed { message_id } => (
            Vec::new(),
            Some(t.text(message_id)),
            Some(Action::new(t.text("pay-retry-quote"), top_up(TopUpEvent::Retry))),
        ),
    };
    let share = matches!(menu.details, Loaded::Ready(_))
        .then(|| Action::new(t.text("topup-details-share"), top_up(TopUpEvent::ShareDetails)));
    TopUpScreen {
        title: t.text("topup-title"),
        cards_title: t.text("topup-cards-title"),
        saved_cards,
        new_card: Action::new(t.text("topup-new-card"), top_up(TopUpEvent::NewCard)),
        receive: Action::new(t.text("topup-receive"), top_up(TopUpEvent::Receive)),
        details_title: t.text("topup-details-title"),
        details,
        details_status,
        retry,
        share,
        copy_label: t.text("topup-copy"),
        copied: t.text("topup-copied"),
        busy: menu.details == Loaded::Loading || menu.cards == Loaded::Loading,
    }
}

fn number_problem(error: CardNumberError) -> &'static str {
    match error {
        CardNumberError::Empty => "topup-number-empty",
        CardNumberError::NotDigits => "topup-number-digits",
        CardNumberError::UnknownScheme => "topup-number-scheme",
        CardNumberError::WrongLength => "topup-number-length",
        CardNumberError::CheckDigit => "topup-number-check",
    }
}

fn expiry_problem(error: ExpiryError) -> &'static str {
    match error {
        ExpiryError::Empty | ExpiryError::Format => "topup-expiry-format",
        ExpiryError::Month => "topup-expiry-month",
        ExpiryError::Expired => "topup-expiry-expired",
        ExpiryError::TooFar => "topup-expiry-far",
    }
}

pub fn card_screen(form: &CardForm, t: &Strings<'_>) -> CardTopUpScreen {
    let language = t.language();
    let new_card = form.card == CardChoice::New;
    let field = |kind, label: &str, value: String, placeholder: &str, error: Option<&'static str>| TextField {
        kind,
        label: t.text(label),
        value,
        placeholder: placeholder.to_owned(),
        error: error.map(|id| t.text(id)),
    };
    let (mut number, mut scheme, mut expiry, mut cvv, mut holder, mut save, mut card) =
        (None, None, None, None, None, None, None);
    match &form.card {
        CardChoice::New => {
            let typed = form.number.expose();
            let digits = typed.chars().filter(char::is_ascii_digit).count();
            let number_error = match CardNumber::parse(typed) {
                // A number still being typed is not wrong yet, unless its start fits no scheme.
                Err(CardNumberError::UnknownScheme) if digits >= 4 => Some("topup-number-scheme"),
                Err(error) if form.tried || digits >= 16 => Some(number_problem(error)),
                _ => None,
            };
            number = Some(field(
                FieldKind::CardNumber,
                "topup-number",
                typed.to_owned(),
                "0000 0000 0000 0000",
                number_error,
            ));
            scheme = CardScheme::of_prefix(typed).map(|s| s.display_name().to_owned());
            let expiry_error = match Expiry::parse(&form.expiry_text, form.today) {
                Err(error) if form.tried || form.expiry_text.len() == 5 => Some(expiry_problem(error)),
                _ => None,
            };
            expiry =
                Some(field(FieldKind::CardExpiry, "topup-expiry", form.expiry_text.clone(), "MM/YY", expiry_error));
            let cvv_error = (form.tried && !cvv_ok(form.cvv.expose())).then_some("topup-cvv-digits");
            cvv = Some(field(FieldKind::CardCvv, "topup-cvv", form.cvv.expose().to_owned(), "•••", cvv_error));
            holder = Some(field(
                FieldKind::CardHolder,
                "topup-holder",
                form.holder.clone(),
                "AIGUL ASANOVA",
                holder_problem(&form.holder),
            ));
            save = Some(Action::new(t.text("topup-save-card"), top_up(TopUpEvent::ToggleSave)));
        }
        CardChoice::Saved(saved) => {
            let until = Expiry { month: saved.expiry_month, year: saved.expiry_year }.text();
            card = Some(t.text_with(
                "topup-saved-card",
                &[
                    ("card", format!("{} {}", saved.scheme.display_name(), masked(&saved.last4)).into()),
                    ("expiry", until.into()),
                ],
            ));
        }
    }
    let amount_error = match &form.amount {
        Err(problem) if form.tried || !form.amount_text.trim().is_empty() => Some(problem.message_id()),
        _ => None,
    };
    let amount = field(FieldKind::Amount, "topup-amount", form.amount_text.clone(), "0,00", amount_error);
    let (mut fee_text, mut total, mut quote_error, mut retry_quote) = (None, None, None, None);
    if let (Some(fee), Ok(amount)) = (fee(form), &form.amount) {
        fee_text = Some(t.text_with("topup-fee", &[("fee", fee.format(language).into())]));
        if let Ok(sum) = amount.checked_add(fee) {
            total = Some(t.text_with("topup-total", &[("total", sum.format(language).into())]));
        }
    }
    if let Quote::Failed { message_id, offline, .. } = &form.quote {
        quote_error = Some(t.text(message_id));
        if *offline {
            retry_quote = Some(Action::new(t.text("pay-retry-quote"), top_up(TopUpEvent::RetryQuote)));
        }
    }
    CardTopUpScreen {
        title: t.text("topup-card-title"),
        card,
        number,
        scheme,
        expiry,
        cvv,
        holder,
        save,
        save_on: new_card && form.save,
        amount,
        fee: fee_text,
        total,
        quote_error,
        retry_quote,
        note: t.text("topup-card-note"),
        error: form.problem.map(|id| t.text(id)),
        submit: Action {
            label: t.text("topup-submit"),
            event: top_up(TopUpEvent::Submit),
            enabled: !form.sending && request(form).is_some(),
        },
        busy: form.sending || matches!(form.quote, Quote::Loading { .. }),
    }
}

fn card_name(topup: &StartedTopUp) -> String {
    format!("{} {}", topup.scheme.display_name(), masked(&topup.last4))
}

pub fn challenge_screen(form: &ChallengeForm, utc_offset_minutes: i32, t: &Strings<'_>) -> CardChallengeScreen {
    let language = t.language();
    let topup = &form.topup;
    let charged = topup.amount.checked_add(&topup.fee).unwrap_or(topup.amount);
    let error = form.problem.map(|id| match id {
        "topup-code-wrong" => t.text_with("topup-code-wrong", &[("left", u64::from(form.attempts_left).into())]),
        other => t.text(other),
    });
    CardChallengeScreen {
        title: t.text("topup-code-title"),
        explain: t.text_with(
            "topup-code-explain",
            &[
                ("issuer", form.issuer_name.clone().into()),
                ("card", card_name(topup).into()),
                ("amount", charged.format(language).into()),
            ],
        ),
        field: TextField {
            kind: FieldKind::SmsCode,
            label: t.text("signin-code-label"),
            value: form.code.clone(),
            placeholder: String::new(),
            error: None,
        },
        code_length: u32::from(form.code_length),
        expires: t
            .text_with("topup-code-expires", &[("time", time_of_day(form.expires_at_ms, utc_offset_minutes).into())]),
        error,
        submit: Action {
            label: t.text("transfer-code-submit"),
            event: top_up(TopUpEvent::SubmitCode),
            enabled: !form.checking && form.code.len() == usize::from(form.code_length),
        },
        busy: form.checking,
    }
}

pub fn result_screen(result: &TopUpResult, language: Language, t: &Strings<'_>) -> TopUpResultScreen {
    let topup = &result.topup;
    let charged = topup.amount.checked_add(&topup.fee).unwrap_or(topup.amount);
    let row = |label: &str, value: String| DetailRow { label: t.text(label), value };
    let mut rows =
        vec![row("topup-result-card", card_name(topup)), row("topup-result-amount", topup.amount.format(language))];
    let (success, headline, reason, receipt, again) = match &result.outcome {
        TopUpOutcome::Executed { .. } => {
            rows.push(row("topup-result-fee", topup.fee.format(language)));
            rows.push(row("topup-result-charged", charged.format(language)));
            (
                true,
                t.text_with("topup-result-done", &[("amount", topup.amount.format(language).into())]),
                None,
                Some(Action::new(t.text("topup-result-receipt"), top_up(TopUpEvent::OpenReceipt))),
                None,
            )
        }
        TopUpOutcome::Declined { reason } => {
            let why = match reason {
                CardDecline::IssuerDeclined => "topup-declined-issuer",
                CardDecline::ChallengeFailed => "topup-declined-code",
                CardDecline::TimedOut => "topup-declined-time",
            };
            (
                false,
                t.text("topup-result-declined"),
                Some(t.text(why)),
                None,
                Some(Action::new(t.text("topup-result-again"), top_up(TopUpEvent::Again))),
            )
        }
    };
    TopUpResultScreen {
        title: t.text("topup-title"),
        success,
        headline,
        reason,
        rows,
        receipt,
        again,
        done: Action::new(t.text("pay-result-done"), Event::Back),
    }
}
