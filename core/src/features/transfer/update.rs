//! The rules of a transfer by phone number, and of the SMS code that confirms one to another bank.

use wallet_protocol::recipients::NewTransferCode;

use super::event::TransferEvent;
use super::state::{CodeSent, FoundRecipient, Lookup, TransferCodeForm, TransferForm};
use crate::api::BankFailure;
use crate::app::{Effect, Nav, Rejection, Route, Step};
use crate::domain::{Currency, Phone, PhoneError};
use crate::features::home::Wallet;
use crate::features::pay::update::{open_confirmation, parse_amount};
use crate::features::pay::{AmountProblem, PayForm, Payee};
use crate::sync::Draft;

/// The longest comment the bank takes.
pub const MAX_COMMENT: usize = 140;

/// Why the bank did not accept the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRefusal {
    pub message_id: &'static str,
    /// The code can no longer be used (expired, too many wrong tries): a new one is needed.
    pub dead: bool,
}

fn wrong_screen(event: &TransferEvent, screen: &'static str) -> Rejection {
    Rejection::WrongScreen { event: event.name(), screen }
}

/// «Перевод по номеру телефона» on home, for someone signed in with an account.
pub fn open(wallet: &Wallet) -> Result<Step, Rejection> {
    if wallet.session.is_none() {
        return Err(Rejection::NotNow { event: "Transfer.Open", reason: "nobody is signed in" });
    }
    // Som first: the wallet's home currency; otherwise whatever the first account holds.
    let currency = wallet
        .accounts
        .iter()
        .map(|a| a.available.currency())
        .find(|c| *c == Currency::Kgs)
        .or_else(|| wallet.accounts.first().map(|a| a.available.currency()))
        .ok_or(Rejection::NotNow { event: "Transfer.Open", reason: "no account has loaded yet" })?;
    Ok(Step::to(Nav::Push(Route::Transfer(TransferForm {
        phone_text: String::new(),
        phone: Err(PhoneError::NotANumber),
        lookup: Lookup::NotAsked,
        currency,
        amount_text: String::new(),
        amount: Err(AmountProblem::Zero),
        comment: String::new(),
        tried: false,
    }))))
}

/// «Повторить» on a past transfer: the form with the number and the amount, the recipient asked for again (they
/// may have changed bank since).
pub fn again(wallet: &Wallet, phone: &str, amount: crate::domain::Money) -> Result<Step, Rejection> {
    let mut step = open(wallet)?;
    if let Nav::Push(Route::Transfer(form)) = &mut step.nav {
        form.phone_text = phone.to_owned();
        form.phone = Phone::parse(phone);
        form.amount_text = crate::features::pay::update::typed(&amount);
        form.amount = parse_amount(&form.amount_text, form.currency);
        step.effects.extend(look_up(form));
    }
    Ok(step)
}

/// Asks who the number reaches, unless the answer on screen is already about it.
fn look_up(form: &mut TransferForm) -> Option<Effect> {
    let phone = form.phone.as_ref().ok()?.e164().to_owned();
    if form.lookup.phone() == Some(phone.as_str()) && !matches!(form.lookup, Lookup::Offline { .. }) {
        return None;
    }
    form.lookup = Lookup::Loading { phone: phone.clone() };
    Some(Effect::LookupRecipient { phone, currency: form.currency.code().to_owned() })
}

fn with(effect: Option<Effect>) -> Step {
    match effect {
        Some(effect) => Step::stay().with(effect),
        None => Step::stay(),
    }
}

/// The found recipient, when the amount is valid too: what «Продолжить» needs.
pub fn ready(form: &TransferForm) -> Option<&FoundRecipient> {
    match &form.lookup {
        Lookup::Found { recipient, .. }
            if form.amount.is_ok()
                && form.comment.chars().count() <= MAX_COMMENT
                && wallet_formats::free_text::hidden_character(&form.comment).is_none() =>
        {
            Some(recipient)
        }
        _ => None,
    }
}

pub fn transfer(
    form: &mut TransferForm,
    event: TransferEvent,
    wallet: &Wallet,
    me: Option<&Phone>,
) -> Result<Step, Rejection> {
    match event {
        TransferEvent::EditPhone { text } => {
            form.phone_text = text.chars().take(32).collect();
            form.phone = Phone::parse(&form.phone_text);
            match &form.phone {
                Err(_) => form.lookup = Lookup::NotAsked,
                // One's own number reaches nobody: say so here rather than the bank's «not found».
                Ok(phone) if Some(phone) == me => {
                    form.lookup = Lookup::Refused { phone: phone.e164().to_owned(), message_id: "transfer-own-number" };
                    return Ok(Step::stay());
                }
                Ok(_) => {}
            }
            Ok(with(look_up(form)))
        }
        TransferEvent::EditAmount { text } => {
            form.amount_text = text.chars().take(32).collect();
            form.amount = parse_amount(&form.amount_text, form.currency);
            Ok(Step::stay())
        }
        TransferEvent::EditComment { text } => {
            // Kept a little past the limit so the screen can say it is too long rather than cut it silently.
            form.comment = text.chars().take(MAX_COMMENT + 20).collect();
            Ok(Step::stay())
        }
        TransferEvent::RetryLookup => match form.lookup {
            Lookup::Offline { .. } => Ok(with(look_up(form))),
            _ => Err(Rejection::NotNow { event: "Transfer.RetryLookup", reason: "the bank has answered" }),
        },
        TransferEvent::Continue => {
            form.tried = true;
            let Some(recipient) = ready(form).cloned() else {
                return Ok(Step::stay());
            };
            let (Ok(phone), Ok(amount)) = (&form.phone, &form.amount) else {
                return Ok(Step::stay());
            };
            let needs_sms_code = recipient.needs_code_for(amount);
            let payee = Payee::Phone {
                phone: phone.e164().to_owned(),
                name_masked: recipient.name_masked,
                bank_name: recipient.bank_name,
                needs_sms_code,
            };
            let comment = Some(form.comment.trim().to_owned()).filter(|c| !c.is_empty());
            // The amount was typed here; the confirmation shows it fixed («back» to change it).
            Ok(open_confirmation(payee, form.currency, Some(*amount), false, comment, wallet))
        }
        other => Err(wrong_screen(&other, "transfer")),
    }
}

/// The bank's answer about a number; one for a number no longer on screen is ignored.
pub fn looked_up(form: &mut TransferForm, phone: &str, result: Result<FoundRecipient, BankFailure>) {
    if form.lookup != (Lookup::Loading { phone: phone.to_owned() }) {
        return;
    }
    let phone = phone.to_owned();
    form.lookup = match result {
        Ok(recipient) => Lookup::Found { phone, recipient },
        Err(BankFailure::Offline) => Lookup::Offline { phone },
        Err(BankFailure::Refused { message_id }) => Lookup::Refused { phone, message_id },
    };
}

/// The PIN confirmed a transfer to another bank: the code screen replaces the PIN and asks for the SMS.
pub fn ask_code(form: &PayForm, draft: Draft) -> Step {
    let bank_name = match &form.payee {
        Payee::Phone { bank_name, .. } => Some(bank_name.clone()),
        _ => None,
    };
    let mut code_form = TransferCodeForm {
        draft: Box::new(draft),
        bank_name,
        sent: CodeSent::Requesting,
        code: String::new(),
        checking: false,
        problem: None,
    };
    let effect = request_code(&mut code_form);
    Step::to(Nav::Replace(Route::TransferCode(code_form))).with(effect)
}

fn request_code(form: &mut TransferCodeForm) -> Effect {
    form.sent = CodeSent::Requesting;
    form.code.clear();
    form.problem = None;
    let draft = &form.draft;
    // A transfer names the number; any other payment its recipient, as the operation will.
    let (phone, recipient) = match &draft.recipient {
        wallet_protocol::operations::Recipient::Phone { phone } => (Some(phone.clone()), None),
        other => (None, Some(other.clone())),
    };
    Effect::RequestTransferCode {
        request: NewTransferCode {
            account_id: draft.account_id.clone(),
            amount_minor: draft.amount.to_minor().unwrap_or(0),
            currency: draft.amount.currency().code().to_owned(),
            phone,
            recipient,
        },
    }
}

pub fn code(form: &mut TransferCodeForm, event: TransferEvent) -> Result<Step, Rejection> {
    match event {
        TransferEvent::EditCode { text } => {
            let length = match form.sent {
                CodeSent::Sent { code_length, .. } => usize::from(code_length),
                _ => 6,
            };
            form.code = text.chars().filter(char::is_ascii_digit).take(length).collect();
            form.problem = None;
            Ok(Step::stay())
        }
        TransferEvent::SubmitCode => {
            let CodeSent::Sent { confirmation_id, code_length } = &form.sent else {
                return Err(Rejection::NotNow { event: "Transfer.SubmitCode", reason: "no code was sent" });
            };
            if form.checking || form.code.len() != usize::from(*code_length) {
                return Err(Rejection::NotNow { event: "Transfer.SubmitCode", reason: "the code is not complete" });
            }
            form.checking = true;
            form.problem = None;
            let effect =
                Effect::VerifyTransferCode { confirmation_id: confirmation_id.clone(), code: form.code.clone() };
            Ok(Step::stay().with(effect))
        }
        TransferEvent::ResendCode => {
            if form.checking || form.sent == CodeSent::Requesting {
                return Err(Rejection::NotNow { event: "Transfer.ResendCode", reason: "the bank is being asked" });
            }
            Ok(Step::stay().with(request_code(form)))
        }
        other => Err(wrong_screen(&other, "transfer-code")),
    }
}

pub fn code_sent(form: &mut TransferCodeForm, result: Result<(String, u8), BankFailure>) {
    form.sent = match result {
        Ok((confirmation_id, code_length)) => CodeSent::Sent { confirmation_id, code_length },
        Err(BankFailure::Offline) => CodeSent::Failed { message_id: "transfer-code-offline" },
        Err(BankFailure::Refused { message_id }) => CodeSent::Failed { message_id },
    };
}

/// The bank checked the code: right → the transfer goes to the outbox with its confirmation.
pub fn code_checked(form: &mut TransferCodeForm, result: Result<String, CodeRefusal>) -> Step {
    match result {
        Ok(confirmation_id) => {
            let mut draft = (*form.draft).clone();
            draft.confirmation_id = Some(confirmation_id);
            Step::stay().with(Effect::Pay { draft: Box::new(draft) })
        }
        Err(refusal) => {
            form.checking = false;
            form.code.clear();
            form.problem = Some(refusal.message_id);
            if refusal.dead {
                form.sent = CodeSent::Failed { message_id: refusal.message_id };
            }
            Step::stay()
        }
    }
}
