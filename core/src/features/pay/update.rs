//! The rules of paying by QR: what each event does on the scanner, the confirmation and the PIN, and what the
//! outcomes of the effects change.

use wallet_protocol::operations::MAX_AMOUNT_MINOR;
use wallet_protocol::quotes::{Quote, QuoteRequest};

use super::event::PayEvent;
use super::state::{AmountProblem, PayForm, Payee, QuoteState, ScanForm};
use crate::api::BankFailure;
use crate::app::{Effect, Nav, Rejection, Route, Step};
use crate::domain::{Currency, Money};
use crate::features::history::OperationDetails;
use crate::features::home::Wallet;
use crate::payments::scan::{self, PaymentIntent};
use crate::sync::Draft;

/// The longest text the scanner's field keeps: a payment link is a few hundred characters.
pub const MAX_PASTED: usize = 2048;

fn wrong_screen(event: &PayEvent, screen: &'static str) -> Rejection {
    Rejection::WrongScreen { event: event.name(), screen }
}

/// «Оплатить по QR» on home, for someone signed in.
pub fn open_scanner(wallet: &Wallet) -> Result<Step, Rejection> {
    if wallet.session.is_none() {
        return Err(Rejection::NotNow { event: "Pay.OpenScanner", reason: "nobody is signed in" });
    }
    Ok(Step::to(Nav::Push(Route::PayScan(ScanForm::default()))))
}

/// The scanner.
pub fn scanner(form: &mut ScanForm, event: PayEvent, wallet: &Wallet) -> Result<Step, Rejection> {
    match event {
        PayEvent::Scanned { text } => Ok(read(form, &text, wallet)),
        PayEvent::SubmitPasted => {
            let text = form.pasted.clone();
            Ok(read(form, &text, wallet))
        }
        PayEvent::EditPasted { text } => {
            form.pasted = text.chars().take(MAX_PASTED).collect();
            form.problem = None;
            form.image_problem = None;
            Ok(Step::stay())
        }
        PayEvent::ScannedImage { bytes } => {
            if form.busy {
                return Err(Rejection::NotNow { event: "Pay.ScannedImage", reason: "a picture is being read" });
            }
            form.busy = true;
            form.problem = None;
            form.image_problem = None;
            Ok(Step::stay().with(Effect::DecodeQr { bytes }))
        }
        other => Err(wrong_screen(&other, "pay-scan")),
    }
}

/// The texts found in a picture: the first that reads as a payment code is taken; otherwise the reason.
pub fn image_decoded(form: &mut ScanForm, result: Result<Vec<String>, &'static str>, wallet: &Wallet) -> Step {
    form.busy = false;
    let texts = match result {
        Ok(texts) => texts,
        Err(message_id) => {
            form.image_problem = Some(message_id);
            return Step::stay();
        }
    };
    if wallet.accounts.is_empty() && !texts.is_empty() {
        form.image_problem = Some("pay-accounts-not-loaded");
        return Step::stay();
    }
    let mut first_problem = None;
    for text in &texts {
        match scan::read(text, &held(wallet)) {
            Ok(intent) => return start(intent, wallet),
            Err(problem) => {
                first_problem.get_or_insert(problem);
            }
        }
    }
    form.problem = first_problem;
    if form.problem.is_none() {
        form.image_problem = Some("qr-image-no-code");
    }
    Step::stay()
}

/// The currencies of the accounts on this phone.
fn held(wallet: &Wallet) -> Vec<Currency> {
    wallet.accounts.iter().map(|a| a.available.currency()).collect()
}

fn read(form: &mut ScanForm, text: &str, wallet: &Wallet) -> Step {
    // Without accounts every code would look like "another currency": say what is really wrong.
    if wallet.accounts.is_empty() {
        form.problem = None;
        form.image_problem = Some("pay-accounts-not-loaded");
        return Step::stay();
    }
    match scan::read(text, &held(wallet)) {
        Ok(intent) => {
            form.problem = None;
            start(intent, wallet)
        }
        Err(problem) => {
            form.problem = Some(problem);
            Step::stay()
        }
    }
}

/// Pays a payment link the wallet already holds (a request made to me, a bill's code): the usual confirmation, or
/// a notice when the code cannot be paid from here (another currency, a damaged code).
pub fn pay_text(text: &str, wallet: &Wallet) -> Result<Step, scan::ScanProblem> {
    scan::read(text, &held(wallet)).map(|intent| start(intent, wallet))
}

/// The confirmation opens over the scanner («back» returns to it), asking for the fee at once when the amount is
/// known.
fn start(intent: PaymentIntent, wallet: &Wallet) -> Step {
    let (currency, amount, editable, comment) =
        (intent.currency, intent.amount, intent.amount_editable, intent.comment.clone());
    open_confirmation(Payee::Qr(intent), currency, amount, editable, comment, wallet)
}

/// Opens the confirmation for any payee: the account in `currency`, the amount when known (then the fee is asked
/// for at once). Stays put when no account holds the currency (`scan::read` only accepts held currencies).
pub fn open_confirmation(
    payee: Payee,
    currency: Currency,
    amount: Option<Money>,
    amount_editable: bool,
    comment: Option<String>,
    wallet: &Wallet,
) -> Step {
    let Some(account) = wallet.accounts.iter().find(|a| a.available.currency() == currency) else {
        return Step::stay();
    };
    let amount_text = amount.as_ref().map(typed).unwrap_or_default();
    let mut form = PayForm {
        payee,
        currency,
        amount_editable,
        comment,
        account_id: account.account_id.clone(),
        amount_text,
        amount: amount.ok_or(AmountProblem::Zero),
        quote: QuoteState::NotAsked,
        problem: None,
        pin_when_quoted: false,
    };
    let effect = ask_quote(&mut form);
    let step = Step::to(Nav::Push(Route::PayConfirm(Box::new(form))));
    match effect {
        Some(effect) => step.with(effect),
        None => step,
    }
}

/// An amount as the field shows it, to the tyiyn, as it would be typed: `556.00`.
pub fn typed(money: &Money) -> String {
    let mut amount = money.amount();
    amount.rescale(money.currency().minor_units());
    amount.to_string()
}

/// «Повторить» on a past payment by a code: its confirmation again, with the amount paid last time where the code
/// lets the payer choose it.
pub fn again(payload: &str, amount: Money, wallet: &Wallet) -> Result<Step, scan::ScanProblem> {
    let mut step = pay_text(payload, wallet)?;
    if let Nav::Push(Route::PayConfirm(form)) = &mut step.nav
        && form.amount_editable
    {
        form.amount_text = typed(&amount);
        form.amount = parse_amount(&form.amount_text, form.currency);
        step.effects.extend(ask_quote(form));
    }
    Ok(step)
}

pub(crate) fn parse_amount(text: &str, currency: Currency) -> Result<Money, AmountProblem> {
    let money = Money::parse(text, currency).map_err(|e| AmountProblem::of(&e))?;
    match money.to_minor() {
        None => Err(AmountProblem::TooLarge),
        Some(minor) if minor > MAX_AMOUNT_MINOR => Err(AmountProblem::TooLarge),
        Some(minor) if minor <= 0 => Err(AmountProblem::Zero),
        Some(_) => Ok(money),
    }
}

/// Asks the bank for the fee of the amount on screen (nothing when there is no valid amount).
fn ask_quote(form: &mut PayForm) -> Option<Effect> {
    let minor = form.amount.as_ref().ok().and_then(Money::to_minor);
    let Some(amount_minor) = minor else {
        form.quote = QuoteState::NotAsked;
        return None;
    };
    form.quote = QuoteState::Loading { amount_minor };
    Some(Effect::QuotePayment {
        request: QuoteRequest {
            account_id: form.account_id.clone(),
            amount_minor,
            currency: form.currency.code().to_owned(),
            recipient: form.payee.recipient(),
        },
    })
}

/// What leaves the account: the amount, and the fee when the bank quoted one.
pub fn total(form: &PayForm) -> Option<Money> {
    let amount = form.amount.as_ref().ok()?;
    match &form.quote {
        QuoteState::Ready { fee, amount_minor, .. } if Some(*amount_minor) == amount.to_minor() => {
            amount.checked_add(fee).ok()
        }
        _ => Some(*amount),
    }
}

/// The account's available money after this payment (from the last confirmed balance).
pub fn balance_after(form: &PayForm, wallet: &Wallet) -> Option<Money> {
    let account = wallet.accounts.iter().find(|a| a.account_id == form.account_id)?;
    account.available.checked_sub(&total(form)?).ok()
}

/// Whether the PIN leads to an SMS code before the payment is made (seed 004 §5.12): a transfer to another bank,
/// or whatever the bank's quote for this amount says (above its step-up limit).
pub fn needs_sms_code(form: &PayForm) -> bool {
    let amount_minor = form.amount.as_ref().ok().and_then(Money::to_minor);
    form.payee.needs_sms_code()
        || matches!(&form.quote, QuoteState::Ready { needs_sms_code: true, amount_minor: quoted, .. }
            if Some(*quoted) == amount_minor)
}

/// Whether «Оплатить» may be pressed: a valid amount, a quote that came (or the bank out of reach, to queue it),
/// and enough money as far as the phone knows.
pub fn can_pay(form: &PayForm, wallet: &Wallet) -> bool {
    let amount_minor = form.amount.as_ref().ok().and_then(Money::to_minor);
    let quoted = matches!(&form.quote, QuoteState::Ready { .. } | QuoteState::Offline { .. })
        && form.quote.amount_minor() == amount_minor;
    quoted && balance_after(form, wallet).is_some_and(|b| !b.is_negative())
}

/// The confirmation screen.
pub fn confirm(form: &mut PayForm, event: PayEvent, wallet: &Wallet) -> Result<Step, Rejection> {
    match event {
        PayEvent::EditAmount { .. } if !form.amount_editable => {
            Err(Rejection::NotNow { event: "Pay.EditAmount", reason: "the code fixes the amount" })
        }
        PayEvent::EditAmount { text } => {
            form.amount_text = text.chars().take(32).collect();
            form.amount = parse_amount(&form.amount_text, form.currency);
            form.problem = None;
            Ok(match ask_quote(form) {
                Some(effect) => Step::stay().with(effect),
                None => Step::stay(),
            })
        }
        PayEvent::RetryQuote => match ask_quote(form) {
            Some(effect) => Ok(Step::stay().with(effect)),
            None => Err(Rejection::NotNow { event: "Pay.RetryQuote", reason: "there is no valid amount" }),
        },
        PayEvent::Confirm => {
            if !can_pay(form, wallet) {
                return Err(Rejection::NotNow { event: "Pay.Confirm", reason: "the payment is not ready" });
            }
            form.problem = None;
            Ok(Step::to(Nav::Push(Route::PayPin(Default::default()))))
        }
        other => Err(wrong_screen(&other, "pay-confirm")),
    }
}

/// The result after the PIN: «Готово» goes home (the flow was finished under it), «Квитанция» opens the details.
pub fn result(details: &OperationDetails, event: PayEvent) -> Result<Step, Rejection> {
    match event {
        PayEvent::Done => Ok(Step::to(Nav::Pop)),
        PayEvent::OpenDetails => Ok(Step::to(Nav::Push(Route::Operation(details.clone())))
            .with(Effect::LoadOperation { local_id: details.local_id.clone() })),
        other => Err(wrong_screen(&other, "pay-result")),
    }
}

/// The bank's quote arrived; one for an amount no longer on screen is ignored.
pub fn quoted(form: &mut PayForm, amount_minor: i64, result: Result<Quote, BankFailure>) {
    if form.quote != (QuoteState::Loading { amount_minor }) {
        return;
    }
    form.quote = match result {
        Ok(quote) => QuoteState::Ready {
            amount_minor,
            fee: Money::from_minor(quote.fee_minor, form.currency),
            payee_name: quote.payee_name,
            payee_bank: quote.payee_bank,
            needs_sms_code: quote.needs_sms_code,
        },
        Err(BankFailure::Offline) => QuoteState::Offline { amount_minor },
        Err(BankFailure::Refused { message_id }) => QuoteState::Refused { amount_minor, message_id },
    };
}

/// The confirmation `step` opens goes on to the PIN by itself once the fee is known (see `PayForm::pin_when_quoted`).
pub fn straight_to_pin(mut step: Step) -> Step {
    if let Nav::Push(Route::PayConfirm(form)) = &mut step.nav {
        form.pin_when_quoted = true;
    }
    step
}

/// The fee came for a confirmation that needs no second «Оплатить»: the PIN, at once.
pub fn pin_if_ready(form: &mut PayForm, wallet: &Wallet) -> Option<Nav> {
    if !form.pin_when_quoted || !can_pay(form, wallet) {
        return None;
    }
    form.pin_when_quoted = false;
    Some(Nav::Push(Route::PayPin(Default::default())))
}

/// Why the code on the confirmation can never be paid, when the bank said so: paid already (a one-time code),
/// expired, or a payment request that was paid or cancelled.
pub fn dead_code(form: &PayForm) -> Option<&'static str> {
    match &form.quote {
        QuoteState::Refused { message_id, .. }
            if matches!(
                *message_id,
                "bank-qr-already-paid" | "bank-qr-expired" | "bank-request-paid" | "bank-request-cancelled"
            ) =>
        {
            Some(message_id)
        }
        _ => None,
    }
}

/// The PIN was right: the payment as the outbox takes it (an interbank transfer adds its verified SMS
/// confirmation).
pub fn draft(form: &PayForm) -> Option<Draft> {
    let amount = *form.amount.as_ref().ok()?;
    let agreed_fee = match &form.quote {
        QuoteState::Ready { fee, .. } => Some(*fee),
        _ => None,
    };
    let counterparty_name = match &form.quote {
        QuoteState::Ready { payee_name, .. } => payee_name.clone(),
        _ => form.payee.shown_name().to_owned(),
    };
    Some(Draft {
        account_id: form.account_id.clone(),
        amount,
        recipient: form.payee.recipient(),
        counterparty_name,
        comment: form.comment.clone(),
        agreed_fee,
        confirmation_id: None,
    })
}
