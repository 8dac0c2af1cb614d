//! The «receive» screen as plain, localised data.

use serde::Serialize;

use super::event::ReceiveEvent;
use super::state::{COMMENT_MAX, CodeProblem, ReceiveForm};
use crate::app::{Action, Event};
use crate::domain::{Currency, Language};
use crate::features::home::Wallet;
use crate::i18n::Strings;
use crate::payments::qr_image::QrMatrix;

/// «Получить по QR»: the customer's code to show or share. The shell draws `qr` (leaving `QUIET_ZONE` light modules
/// around it), shares `share_text` through the system's sheet, and sends `Receive.EditAmount`/`EditComment` as the
/// fields change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ReceiveScreen {
    pub title: String,
    pub account_label: String,
    /// «Счёт в сомах»; `None` until the accounts are read.
    pub account: Option<String>,
    /// The accounts to receive into, when there is more than one (another currency).
    pub accounts: Vec<ReceiveAccount>,
    pub name_label: String,
    /// Who the code names, as the payer sees it.
    pub name: String,
    /// «Сумма (необязательно)».
    pub amount_label: String,
    pub amount: String,
    pub amount_error: Option<String>,
    pub comment_label: String,
    pub comment: String,
    /// «Не больше 32 символов».
    pub comment_hint: String,
    pub comment_error: Option<String>,
    /// The code, when the fields make one.
    pub qr: Option<QrMatrix>,
    /// The payment link the code holds, through the national router.
    pub link: Option<String>,
    /// «Любой может оплатить по этому коду любую сумму» or «Код на 150,00 сом…».
    pub hint: Option<String>,
    /// «Поделиться».
    pub share_label: String,
    /// A sentence and the link, for the system's share sheet.
    pub share_text: Option<String>,
    /// «Без суммы»: back to the static code, when an amount or a comment is typed.
    pub clear: Option<Action>,
    /// Why there is no code (the accounts not read yet, a value over the code's limits).
    pub error: Option<String>,
    /// «Скопировать ссылку»: the shell puts `link` on the clipboard. Shells never print the link itself (hundreds
    /// of characters no one reads).
    pub copy_link_label: String,
    /// Money came in while the screen showed: «Получено 250,00 сом от Айгуль А.», drawn instead of the code.
    pub received: Option<String>,
    /// «Получить ещё»: a fresh code after money came.
    pub again: Option<Action>,
}

/// One of the customer's accounts to receive into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ReceiveAccount {
    /// «Счёт в тенге».
    pub label: String,
    pub selected: bool,
    pub choose: Event,
}

fn account_label(currency: Currency, t: &Strings<'_>) -> String {
    t.text_with("receive-account", &[("currency", currency.code().into())])
}

pub fn receive_screen(form: &ReceiveForm, wallet: &Wallet, language: Language, t: &Strings<'_>) -> ReceiveScreen {
    let selected = form.account_id.as_deref();
    let account =
        wallet.accounts.iter().find(|a| Some(a.account_id.as_str()) == selected).map(|a| a.available.currency());
    let accounts = if wallet.accounts.len() > 1 {
        wallet
            .accounts
            .iter()
            .map(|a| ReceiveAccount {
                label: account_label(a.available.currency(), t),
                selected: Some(a.account_id.as_str()) == selected,
                choose: Event::Receive(ReceiveEvent::ChooseAccount { account_id: a.account_id.clone() }),
            })
            .collect()
    } else {
        Vec::new()
    };
    let code = form.code.as_ref().ok();
    let amount_text = |amount: crate::domain::Money| amount.format(language);
    let hint = code.map(|code| match code.amount {
        Some(amount) => t.text_with("receive-hint-amount", &[("amount", amount_text(amount).into())]),
        None => t.text("receive-hint-static"),
    });
    let share_text = code.map(|code| match code.amount {
        Some(amount) => t.text_with(
            "receive-share-amount",
            &[("amount", amount_text(amount).into()), ("link", code.link.clone().into())],
        ),
        None => t.text_with("receive-share-static", &[("link", code.link.clone().into())]),
    });
    let error = match form.code {
        Err(CodeProblem::NoAccount) => Some(t.text("receive-no-account")),
        Err(CodeProblem::NotBuilt { message_id }) => Some(t.text(message_id)),
        Err(CodeProblem::Input) | Ok(_) => None,
    };
    let max = || (COMMENT_MAX as u64).into();
    ReceiveScreen {
        title: t.text("receive-title"),
        account_label: t.text("receive-account-label"),
        account: account.map(|currency| account_label(currency, t)),
        accounts,
        name_label: t.text("receive-name-label"),
        name: form.name.clone(),
        amount_label: t.text("receive-amount"),
        amount: form.amount_text.clone(),
        amount_error: match &form.amount {
            Some(Err(problem)) => Some(t.text(problem.message_id())),
            _ => None,
        },
        comment_label: t.text("receive-comment"),
        comment: form.comment.clone(),
        comment_hint: t.text_with("receive-comment-hint", &[("max", max())]),
        comment_error: form
            .comment_over()
            .map(|count| t.text_with("receive-comment-too-long", &[("max", max()), ("count", (count as u64).into())]))
            .or_else(|| {
                wallet_formats::free_text::hidden_character(&form.comment).map(|_| t.text("text-hidden-character"))
            }),
        qr: code.map(|code| code.qr.clone()),
        link: code.map(|code| code.link.clone()),
        hint,
        share_label: t.text("receive-share"),
        share_text,
        clear: (!form.amount_text.is_empty() || !form.comment.is_empty())
            .then(|| Action::new(t.text("receive-clear"), Event::Receive(ReceiveEvent::Clear))),
        error,
        copy_link_label: t.text("receive-copy-link"),
        received: form.received.as_ref().map(|(amount, from)| {
            t.text_with("notice-money-in", &[("amount", amount.format(language).into()), ("from", from.clone().into())])
        }),
        again: form
            .received
            .is_some()
            .then(|| Action::new(t.text("receive-again"), Event::Receive(ReceiveEvent::Again))),
    }
}
