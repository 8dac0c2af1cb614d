//! The rules of the «receive» screen: which account, the amount and comment checked, and the code made from them.
//!
//! Without an amount the code is STATIC: anyone may pay it, any amount, any number of times. With an amount it is
//! DYNAMIC: the amount is fixed and the bank lets it be paid once (`qr_transactions`). The sandbox bank pays a
//! dynamic `p2p` code whose transaction id it has never seen (only its own tills' codes are issued beforehand, to
//! give them a lifetime), so the phone makes the transaction id itself, from what the model holds — no call to the
//! bank, and the code works offline.

use ring::digest;
use wallet_formats::elqr::{CodeKind, ElqrError, NewElqr, ProviderTemplate, UNIVERSAL_ROUTER, build_payload, link};
use wallet_protocol::operations::MAX_AMOUNT_MINOR;

use super::event::ReceiveEvent;
use super::state::{CodeProblem, MAX_TYPED, NAME_MAX, PERSON_SERVICE, ReceiveCode, ReceiveForm, TRANSFER_MCC};
use crate::app::{MoneyReceived, Nav, Rejection, Route, Step};
use crate::domain::{Currency, Money};
use crate::features::home::Wallet;
use crate::features::pay::AmountProblem;
use crate::payments::qr_image;
use crate::store::AccountRecord;

/// The longest amount text kept, as on the pay screen.
const MAX_AMOUNT_TEXT: usize = 32;

/// What the screen takes from the app when it opens.
pub struct Opening<'a> {
    /// This bank's provider id (`BankConfig.qr_provider_id`).
    pub provider_id: &'a str,
    /// The newest time an outcome brought, and the count of views so far (see `ReceiveForm::opened_at_ms`).
    pub at_ms: i64,
    pub revision: u64,
}

/// «Получить по QR» on home, for someone signed in: the static code of the som account.
pub fn open(wallet: &Wallet, opening: Opening<'_>) -> Result<Step, Rejection> {
    let Some(session) = &wallet.session else {
        return Err(Rejection::NotNow { event: "Receive.Open", reason: "nobody is signed in" });
    };
    let mut form = ReceiveForm {
        provider_id: opening.provider_id.to_owned(),
        // The name the bank has for the customer («Айгуль А.»); the masked number until the profile is read.
        name: name_in_code(wallet.name.as_deref().unwrap_or(session)),
        account_id: default_account(wallet).map(|a| a.account_id.clone()),
        amount_text: String::new(),
        amount: None,
        comment: String::new(),
        opened_at_ms: opening.at_ms,
        opened_at_revision: opening.revision,
        serial: 0,
        received: None,
        code: Err(CodeProblem::NoAccount),
    };
    rebuild(&mut form, wallet);
    Ok(Step::to(Nav::Push(Route::Receive(Box::new(form)))))
}

/// An event on the screen.
pub fn receive(form: &mut ReceiveForm, event: ReceiveEvent, wallet: &Wallet) -> Result<Step, Rejection> {
    match event {
        ReceiveEvent::Open => return Err(Rejection::WrongScreen { event: "Receive.Open", screen: "receive" }),
        ReceiveEvent::EditAmount { text } => {
            form.amount_text = text.chars().take(MAX_AMOUNT_TEXT).collect();
            form.amount = parse_amount(&form.amount_text, currency(form, wallet));
        }
        ReceiveEvent::EditComment { text } => form.comment = text.chars().take(MAX_TYPED).collect(),
        ReceiveEvent::ChooseAccount { account_id } => {
            if !wallet.accounts.iter().any(|a| a.account_id == account_id) {
                return Err(Rejection::NotNow { event: "Receive.ChooseAccount", reason: "no such account" });
            }
            if form.account_id.as_deref() == Some(account_id.as_str()) {
                return Ok(Step::stay());
            }
            form.account_id = Some(account_id);
            form.amount = parse_amount(&form.amount_text, currency(form, wallet));
        }
        ReceiveEvent::Clear => {
            form.amount_text.clear();
            form.amount = None;
            form.comment.clear();
        }
        ReceiveEvent::Again => form.received = None,
    }
    rebuild(form, wallet);
    Ok(Step::stay())
}

/// A code with an amount shows and nothing has come yet: someone is about to pay it.
pub fn awaiting_payment(form: &ReceiveForm) -> bool {
    form.received.is_none() && form.code.as_ref().is_ok_and(|code| code.amount.is_some())
}

/// Money came in while the screen showed (the newest of what a sync brought).
pub fn money_received(form: &mut ReceiveForm, received: &MoneyReceived) {
    form.received = Some((received.amount, received.from.clone()));
}

/// The accounts were read again. A screen opened before they were gets the som account, one whose account is gone
/// gets another; otherwise the code stays as it is, so it does not change under the payer's camera at every sync.
pub fn wallet_changed(form: &mut ReceiveForm, wallet: &Wallet) {
    let held = form.account_id.as_ref().is_some_and(|id| wallet.accounts.iter().any(|a| &a.account_id == id));
    if held {
        return;
    }
    form.account_id = default_account(wallet).map(|a| a.account_id.clone());
    form.amount = parse_amount(&form.amount_text, currency(form, wallet));
    rebuild(form, wallet);
}

/// The som account if there is one (most people receive in som), else the first.
fn default_account(wallet: &Wallet) -> Option<&AccountRecord> {
    let som = wallet.accounts.iter().find(|a| a.available.currency() == Currency::Kgs);
    som.or_else(|| wallet.accounts.first())
}

fn account<'a>(form: &ReceiveForm, wallet: &'a Wallet) -> Option<&'a AccountRecord> {
    let id = form.account_id.as_deref()?;
    wallet.accounts.iter().find(|a| a.account_id == id)
}

/// The receiving account's currency (som until the accounts are read).
fn currency(form: &ReceiveForm, wallet: &Wallet) -> Currency {
    account(form, wallet).map_or(Currency::Kgs, |a| a.available.currency())
}

/// The name in the code (tag 59, at most 25 units). The phone knows no display name of its own person (the bank's
/// profile is not kept), so it is the masked phone («+996 555 ***456»); the payer's app shows the bank's name for
/// the account once it asks the bank for the fee.
fn name_in_code(session: &str) -> String {
    let mut units = 0;
    session
        .chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= NAME_MAX
        })
        .collect()
}

/// An amount as on the pay screen: positive, at most the currency's minor digits, at most 13 digits of minor
/// units; `None` for an empty field.
pub fn parse_amount(text: &str, currency: Currency) -> Option<Result<Money, AmountProblem>> {
    if text.trim().is_empty() {
        return None;
    }
    let checked =
        Money::parse(text, currency).map_err(|e| AmountProblem::of(&e)).and_then(|money| match money.to_minor() {
            None => Err(AmountProblem::TooLarge),
            Some(minor) if minor > MAX_AMOUNT_MINOR => Err(AmountProblem::TooLarge),
            Some(minor) if minor <= 0 => Err(AmountProblem::Zero),
            Some(_) => Ok(money),
        });
    Some(checked)
}

/// Makes the code again from what the screen holds.
fn rebuild(form: &mut ReceiveForm, wallet: &Wallet) {
    form.serial += 1;
    form.code = build(form, wallet);
}

fn build(form: &ReceiveForm, wallet: &Wallet) -> Result<ReceiveCode, CodeProblem> {
    let account = account(form, wallet).ok_or(CodeProblem::NoAccount)?;
    let amount = match &form.amount {
        None => None,
        Some(Ok(money)) => Some(*money),
        Some(Err(_)) => return Err(CodeProblem::Input),
    };
    if form.comment_over().is_some() || wallet_formats::free_text::hidden_character(&form.comment).is_some() {
        return Err(CodeProblem::Input);
    }
    let amount_minor = match amount {
        None => None,
        Some(money) => Some(money.to_minor().and_then(|m| u64::try_from(m).ok()).ok_or(CodeProblem::Input)?),
    };
    let comment = form.comment_in_code();
    let currency = account.available.currency();
    let code = NewElqr {
        kind: if amount_minor.is_some() { CodeKind::Dynamic } else { CodeKind::Static },
        provider: ProviderTemplate {
            provider_id: form.provider_id.clone(),
            service_code: Some(PERSON_SERVICE.to_owned()),
            recipient_id: Some(account.account_id.clone()),
            transaction_id: amount_minor.map(|minor| transaction_id(form, &account.account_id, minor, comment)),
            // As the bank's own codes: a dynamic code says its amount is fixed; a static one says nothing and the
            // payer types the amount.
            amount_editable: amount_minor.map(|_| false),
            recipient_id_editable: None,
            unknown: Vec::new(),
        },
        // No merchant template: a person sells nothing, and the payer's app would show the name twice («Услуга»).
        merchant: None,
        comment: comment.map(str::to_owned),
        additional: Vec::new(),
        mcc: TRANSFER_MCC.to_owned(),
        currency: format!("{:03}", currency.numeric_code()),
        amount_minor,
        provider_name: form.name.clone(),
        unknown: Vec::new(),
    };
    let payload = build_payload(&code).map_err(|error| CodeProblem::NotBuilt { message_id: build_message(&error) })?;
    let link = link(&payload, UNIVERSAL_ROUTER);
    let qr = qr_image::matrix(&link).map_err(|error| CodeProblem::NotBuilt { message_id: error.message_id() })?;
    Ok(ReceiveCode { link, qr, amount })
}

fn build_message(error: &ElqrError) -> &'static str {
    match error {
        ElqrError::TooLong { .. } => "receive-code-too-long",
        _ => "receive-code-failed",
    }
}

/// A dynamic code's transaction id (tag 32/11): the first 64 bits of a SHA-256 over the account, the amount, the
/// comment, and what makes this opening of the screen and this code in it unlike any other (see `ReceiveForm`).
/// It says nothing readable, and two codes of one person never share it.
fn transaction_id(form: &ReceiveForm, account_id: &str, amount_minor: u64, comment: Option<&str>) -> String {
    let mut hash = digest::Context::new(&digest::SHA256);
    let parts = [
        account_id.to_owned(),
        amount_minor.to_string(),
        comment.unwrap_or_default().to_owned(),
        form.opened_at_ms.to_string(),
        form.opened_at_revision.to_string(),
        form.serial.to_string(),
    ];
    for part in &parts {
        hash.update(part.as_bytes());
        hash.update(&[0]);
    }
    let digest = hash.finish();
    let hex: String = digest.as_ref().iter().take(8).map(|byte| format!("{byte:02x}")).collect();
    format!("p2p-{hex}")
}
