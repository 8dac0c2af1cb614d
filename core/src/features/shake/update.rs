//! The rules of shake to pay: choose a side → listen (the detector runs here, on the samples the shell batches in)
//! → report the first shake → ask the bank every 0.5 s until it pairs it → both confirm → the payer pays through
//! the common confirmation (`features/pay`); the payee waits for the money, syncing until it shows.

use time::OffsetDateTime;
use wallet_protocol::shake::{NewShake, ShakeMatch, ShakePair};

use super::event::{ShakeEvent, ShakeSide};
use super::state::{ShakeCall, ShakeForm, ShakeStage};
use crate::api::BankFailure;
use crate::app::{Effect, Nav, Rejection, Route, Step};
use crate::domain::operation::{OperationKind, OperationStatus};
use crate::domain::{Currency, Money};
use crate::features::home::Wallet;
use crate::features::home::update::start_sync;
use crate::features::pay::Payee;
use crate::features::pay::update::{open_confirmation, parse_amount, straight_to_pin};
use crate::payments::shake::AccelSample;
use crate::store::HistoryEntry;

/// The message when the bank cannot be reached.
pub const OFFLINE: &str = "shake-offline";

fn not_now(event: &ShakeEvent, reason: &'static str) -> Rejection {
    Rejection::NotNow { event: event.name(), reason }
}

/// The wallet's home currency: som first, otherwise the first account's.
fn home_currency(wallet: &Wallet) -> Option<Currency> {
    let held = || wallet.accounts.iter().map(|a| a.available.currency());
    held().find(|c| *c == Currency::Kgs).or_else(|| held().next())
}

/// «Встряхнуть и оплатить» on home, for someone signed in with an account.
pub fn open(wallet: &Wallet) -> Result<Step, Rejection> {
    if wallet.session.is_none() {
        return Err(Rejection::NotNow { event: "Shake.Open", reason: "nobody is signed in" });
    }
    let currency =
        home_currency(wallet).ok_or(Rejection::NotNow { event: "Shake.Open", reason: "no account has loaded yet" })?;
    Ok(Step::to(Nav::Push(Route::Shake(Box::new(ShakeForm::new(currency))))))
}

/// An event on the shake screen.
pub fn shake(form: &mut ShakeForm, event: ShakeEvent, wallet: &Wallet) -> Result<Step, Rejection> {
    match event {
        ShakeEvent::ChooseRole { role } => {
            if !form.stage.is_idle() {
                return Err(not_now(&event, "a shake is under way"));
            }
            form.role = Some(role);
            if role == ShakeSide::Payer {
                // A payer asks nothing: the payee's ask (or the confirmation) decides the amount.
                form.amount_text.clear();
                form.amount = Ok(None);
            }
            listen(form);
            Ok(Step::stay())
        }
        ShakeEvent::EditAmount { text } => {
            if form.role != Some(ShakeSide::Payee) {
                return Err(not_now(&ShakeEvent::EditAmount { text }, "only the payee asks an amount"));
            }
            if !form.stage.is_idle() {
                return Err(not_now(&ShakeEvent::EditAmount { text }, "the shake went with its amount"));
            }
            form.amount_text = text.chars().take(32).collect();
            form.amount = if form.amount_text.trim().is_empty() {
                Ok(None)
            } else {
                parse_amount(&form.amount_text, form.currency).map(Some)
            };
            Ok(Step::stay())
        }
        ShakeEvent::Location { latitude_e6, longitude_e6 } => {
            if !(-90_000_000..=90_000_000).contains(&latitude_e6)
                || !(-180_000_000..=180_000_000).contains(&longitude_e6)
            {
                return Err(not_now(&event, "latitude ±90° and longitude ±180°, in millionths of a degree"));
            }
            form.location = Some((latitude_e6, longitude_e6));
            Ok(Step::stay())
        }
        ShakeEvent::Samples { samples } => Ok(felt(form, &samples)),
        ShakeEvent::Confirm => confirm(form, wallet).map_err(|reason| not_now(&event, reason)),
        ShakeEvent::Cancel => Ok(cancel(form)),
        ShakeEvent::Again => {
            if !form.stage.can_retry() {
                return Err(not_now(&event, "nothing to shake again for"));
            }
            listen(form);
            Ok(Step::stay())
        }
        ShakeEvent::Open => Err(Rejection::WrongScreen { event: event.name(), screen: "shake" }),
    }
}

/// Starts listening afresh: what the detector heard before does not count.
fn listen(form: &mut ShakeForm) {
    form.stage = ShakeStage::Listening;
    form.detector.0.reset();
    form.confirming = false;
    form.offline = false;
    form.problem = None;
}

/// Samples from the accelerometer: the first shake found while listening is reported, with the time of the sample
/// that completed it (the shell's wall clock) as `shaken_at`.
fn felt(form: &mut ShakeForm, samples: &[AccelSample]) -> Step {
    if !form.listening() {
        return Step::stay();
    }
    let Some(role) = form.role else {
        return Step::stay();
    };
    let Some(&shaken_at_ms) = form.detector.0.push(samples).first() else {
        return Step::stay();
    };
    let Ok(shaken_at) = OffsetDateTime::from_unix_timestamp_nanos(i128::from(shaken_at_ms) * 1_000_000) else {
        // Not a time on any clock: a broken sensor or shell. Keep listening.
        return Step::stay();
    };
    let asked = match (role, &form.amount) {
        (ShakeSide::Payee, Ok(Some(amount))) => amount.to_minor(),
        _ => None,
    };
    let shake = NewShake {
        role: role.role(),
        shaken_at,
        latitude_e6: form.location.map(|(latitude, _)| latitude),
        longitude_e6: form.location.map(|(_, longitude)| longitude),
        amount_minor: asked,
        currency: asked.map(|_| form.currency.code().to_owned()),
        // Measured when the report leaves (the engine's clock), not here: `update` reads no clock.
        felt_ms_ago: None,
    };
    form.stage = ShakeStage::Reporting { shaken_at_ms };
    Step::stay().with(Effect::ReportShake { shake })
}

/// «Подтвердить» on a match; «Оплатить» for a payer both confirmed (the confirmation again, after «back»).
fn confirm(form: &mut ShakeForm, wallet: &Wallet) -> Result<Step, &'static str> {
    match &form.stage {
        ShakeStage::Matched { pair } if !form.confirming => {
            let shake_id = pair.shake_id.clone();
            form.confirming = true;
            form.problem = None;
            Ok(Step::stay().with(Effect::ConfirmShake { shake_id }))
        }
        ShakeStage::Matched { .. } => Err("the confirmation is on its way"),
        ShakeStage::Paying { pair } => {
            let pair = pair.clone();
            Ok(pay(form, &pair, wallet))
        }
        _ => Err("there is nothing to confirm"),
    }
}

/// The payment's confirmation for the payee both confirmed: the payee's amount fixed when they asked one.
fn pay(form: &mut ShakeForm, pair: &ShakePair, wallet: &Wallet) -> Step {
    let currency = match &pair.currency {
        Some(code) => Currency::from_code(code),
        None => Some(form.currency),
    };
    let Some(currency) = currency.filter(|c| wallet.accounts.iter().any(|a| a.available.currency() == *c)) else {
        form.problem = Some("bank-currency-mismatch");
        return Step::stay();
    };
    let amount = pair.amount_minor.map(|minor| Money::from_minor(minor, currency));
    let payee = Payee::Shake { shake_id: pair.shake_id.clone(), peer_name: pair.peer_name.clone() };
    let step = open_confirmation(payee, currency, amount, amount.is_none(), None, wallet);
    // The payer confirmed the peer and the amount the payee asked: only the PIN is left, not another «Оплатить».
    if amount.is_some() { straight_to_pin(step) } else { step }
}

/// «Отмена»: a shake under way ends for both phones; with nothing under way the screen closes.
fn cancel(form: &mut ShakeForm) -> Step {
    match &form.stage {
        // The report's answer finds the screen moved on and cancels the shake it names.
        ShakeStage::Reporting { .. } => {}
        ShakeStage::Waiting { .. }
        | ShakeStage::Matched { .. }
        | ShakeStage::PeerConfirming { .. }
        | ShakeStage::Paying { .. }
        | ShakeStage::AwaitingPayment { .. } => {
            let shake_id = form.stage.shake_id().unwrap_or_default().to_owned();
            form.stage = ShakeStage::Cancelled { by_me: true };
            form.confirming = false;
            form.problem = None;
            return Step::stay().with(Effect::CancelShake { shake_id });
        }
        _ => return Step::to(Nav::Pop),
    }
    form.stage = ShakeStage::Cancelled { by_me: true };
    Step::stay()
}

/// «Back» leaves the screen; a shake waiting for a partner or a confirmation is cancelled at the bank. A payee both
/// confirmed is not: the payer may be paying, and the money comes with the next sync anyway.
pub fn back(form: &ShakeForm) -> Step {
    let step = Step::to(Nav::Pop);
    match &form.stage {
        ShakeStage::Waiting { shake_id } => step.with(Effect::CancelShake { shake_id: shake_id.clone() }),
        ShakeStage::Matched { pair } | ShakeStage::PeerConfirming { pair } | ShakeStage::Paying { pair } => {
            step.with(Effect::CancelShake { shake_id: pair.shake_id.clone() })
        }
        _ => step,
    }
}

fn message(failure: BankFailure) -> &'static str {
    match failure {
        BankFailure::Offline => OFFLINE,
        BankFailure::Refused { message_id } => message_id,
    }
}

/// The bank answered `call`. `form` is the shake screen wherever it is in the stack; `on_top` says whether it is
/// the screen shown (only then does the payer's confirmation open over it).
pub fn answered(
    form: Option<&mut ShakeForm>,
    on_top: bool,
    call: ShakeCall,
    result: Result<ShakeMatch, BankFailure>,
    wallet: &mut Wallet,
) -> Step {
    match call {
        ShakeCall::Report { shaken_at_ms } => match form {
            Some(form) if form.stage == (ShakeStage::Reporting { shaken_at_ms }) => apply(form, on_top, result, wallet),
            // The screen moved on (closed, cancelled): the shake the bank holds must not pair with anyone.
            _ => match result {
                Ok(ShakeMatch::Waiting { shake_id } | ShakeMatch::Matched(ShakePair { shake_id, .. })) => {
                    Step::stay().with(Effect::CancelShake { shake_id })
                }
                _ => Step::stay(),
            },
        },
        ShakeCall::Poll { shake_id } => {
            let Some(form) = form else {
                return Step::stay();
            };
            form.polling = false;
            if form.stage.shake_id() != Some(shake_id.as_str()) {
                return Step::stay();
            }
            match result {
                // Polling goes on: the screen says the bank is out of reach meanwhile.
                Err(BankFailure::Offline) => {
                    form.offline = true;
                    Step::stay()
                }
                result => apply(form, on_top, result, wallet),
            }
        }
        ShakeCall::Confirm { shake_id } => {
            let Some(form) = form.filter(|f| f.stage.shake_id() == Some(shake_id.as_str())) else {
                return Step::stay();
            };
            form.confirming = false;
            match result {
                // The next poll shows where the shake is; the message says why the confirmation did not go.
                Err(failure) => {
                    form.problem = Some(message(failure));
                    Step::stay()
                }
                result => apply(form, on_top, result, wallet),
            }
        }
        ShakeCall::Cancel { .. } => {
            if let (Some(form), Err(failure)) = (form, result)
                && form.stage == (ShakeStage::Cancelled { by_me: true })
            {
                form.problem = Some(message(failure));
            }
            Step::stay()
        }
    }
}

/// Where the bank says the form's shake is.
fn apply(form: &mut ShakeForm, on_top: bool, result: Result<ShakeMatch, BankFailure>, wallet: &mut Wallet) -> Step {
    let found = match result {
        Ok(found) => found,
        Err(failure) => {
            form.stage = ShakeStage::Failed { message_id: message(failure) };
            return Step::stay();
        }
    };
    form.offline = false;
    let next = match found {
        ShakeMatch::Waiting { shake_id } => ShakeStage::Waiting { shake_id },
        ShakeMatch::Matched(pair) if pair.confirmed_by_me => ShakeStage::PeerConfirming { pair },
        ShakeMatch::Matched(pair) => ShakeStage::Matched { pair },
        ShakeMatch::Confirmed(pair) if form.role == Some(ShakeSide::Payee) => {
            ShakeStage::AwaitingPayment { pair, seen: known_operations(wallet) }
        }
        ShakeMatch::Confirmed(pair) => ShakeStage::Paying { pair },
        ShakeMatch::Ambiguous { .. } => ShakeStage::Ambiguous,
        ShakeMatch::Expired { .. } => ShakeStage::Expired,
        ShakeMatch::Cancelled { .. } => ShakeStage::Cancelled { by_me: false },
    };
    let (from, to) = (form.stage.rank(), next.rank());
    if to != 0 && to < from {
        // An answer to a request sent before a newer one: the shake has moved on.
        return Step::stay();
    }
    if to == from && to != 0 {
        if let ShakeStage::AwaitingPayment { .. } = form.stage {
            // Still confirmed: bring the bank's changes, the payment may be among them.
            return start_sync(wallet);
        }
        if from == 4 {
            return Step::stay();
        }
    }
    form.stage = next;
    if to != 0 && to != from {
        form.problem = None;
    }
    match &form.stage {
        ShakeStage::Paying { pair } if on_top => {
            let pair = pair.clone();
            pay(form, &pair, wallet)
        }
        ShakeStage::AwaitingPayment { .. } => start_sync(wallet),
        _ => Step::stay(),
    }
}

/// The operations the phone holds now, so that the payment that comes later can be told from them.
fn known_operations(wallet: &Wallet) -> Vec<String> {
    wallet
        .recent
        .iter()
        .filter_map(|entry| match entry {
            HistoryEntry::Operation(op) => Some(op.local_id.clone()),
            HistoryEntry::Damaged { .. } => None,
        })
        .collect()
}

/// The wallet was read again: a payee waiting for the payment finds it among the new operations (money in, not
/// refused, of the amount asked when one was).
pub fn wallet_changed(form: &mut ShakeForm, wallet: &Wallet) {
    let ShakeStage::AwaitingPayment { pair, seen } = &form.stage else {
        return;
    };
    let paid = wallet.recent.iter().find_map(|entry| match entry {
        HistoryEntry::Operation(op)
            if op.kind == OperationKind::TransferIn
                && !matches!(op.status, OperationStatus::Rejected | OperationStatus::Cancelled)
                && !seen.contains(&op.local_id)
                && pair.amount_minor.is_none_or(|asked| op.amount.to_minor() == Some(asked)) =>
        {
            Some(op.amount)
        }
        _ => None,
    });
    if let Some(amount) = paid {
        form.stage = ShakeStage::Done { pair: pair.clone(), amount };
        form.problem = None;
    }
}

/// Asks the bank about the shake on screen after a pause, while it waits for a partner, a confirmation or the
/// payment; one request at a time, and only while the screen shows (leaving it stops the asking).
pub fn keep_polling(top: &mut Route, effects: &mut Vec<Effect>) {
    let Route::Shake(form) = top else {
        return;
    };
    if form.polling {
        return;
    }
    let (Some(after_ms), Some(shake_id)) = (form.poll_after_ms(), form.stage.shake_id()) else {
        return;
    };
    let shake_id = shake_id.to_owned();
    form.polling = true;
    effects.push(Effect::PollShake { shake_id, after_ms });
}
