//! The rules of favourites and regular payments.

use wallet_protocol::favourites::{FavouriteUpdate, NewFavourite, NewRegularPayment, RegularPaymentUpdate, Schedule};
use wallet_protocol::operations::Recipient;

use super::event::{FavouritesEvent, ScheduleKind};
use super::state::{FavouriteForm, FavouritesModel, RegularForm};
use crate::api::BankFailure;
use crate::app::{Effect, FavouriteChange, Nav, Rejection, Route, Step};
use crate::domain::{Currency, Money};
use crate::features::history::OperationDetails;
use crate::features::home::Wallet;
use crate::features::pay::update::{open_confirmation, parse_amount, typed};
use crate::features::pay::{AmountProblem, Payee};

/// The longest name of a favourite, in characters.
pub const MAX_NAME: usize = wallet_protocol::favourites::MAX_NAME;

fn wrong_screen(event: &FavouritesEvent, screen: &'static str) -> Rejection {
    Rejection::WrongScreen { event: event.name(), screen }
}

/// Asks the bank for the lists, unless it is being asked.
pub fn load(model: &mut FavouritesModel) -> Option<Effect> {
    if model.loading {
        return None;
    }
    model.loading = true;
    Some(Effect::LoadFavourites)
}

fn signed_in(wallet: &Wallet, event: &'static str) -> Result<(), Rejection> {
    match wallet.session {
        Some(_) => Ok(()),
        None => Err(Rejection::NotNow { event, reason: "nobody is signed in" }),
    }
}

/// «Избранное» on home.
pub fn open(wallet: &Wallet, model: &mut FavouritesModel) -> Result<Step, Rejection> {
    signed_in(wallet, "Favourites.Open")?;
    let step = Step::to(Nav::Push(Route::Favourites));
    Ok(match load(model) {
        Some(effect) => step.with(effect),
        None => step,
    })
}

/// The lists from the bank (or, with `problem`, the kept ones).
pub fn loaded(
    model: &mut FavouritesModel,
    lists: Option<(Vec<wallet_protocol::favourites::Favourite>, Vec<wallet_protocol::favourites::RegularPayment>)>,
    problem: Option<BankFailure>,
) {
    model.loading = false;
    if let Some((favourites, rules)) = lists {
        model.favourites = favourites;
        model.rules = rules;
        model.loaded = true;
    }
    model.problem = problem.map(|failure| match failure {
        BankFailure::Offline => "favourites-offline",
        BankFailure::Refused { message_id } => message_id,
    });
}

/// A favourite paid: the common confirmation with its amount (which may be changed), then the PIN.
pub fn pay(model: &FavouritesModel, favourite_id: &str, wallet: &Wallet) -> Result<Step, Rejection> {
    signed_in(wallet, "Favourites.Pay")?;
    let favourite = model
        .favourite(favourite_id)
        .ok_or(Rejection::NotNow { event: "Favourites.Pay", reason: "no such favourite" })?;
    let currency = Currency::from_code(&favourite.currency)
        .ok_or(Rejection::NotNow { event: "Favourites.Pay", reason: "a currency the wallet does not hold" })?;
    let payee = Payee::Favourite {
        name: favourite.name.clone(),
        payee_name: favourite.payee_name.clone(),
        recipient: favourite.recipient.clone(),
    };
    let amount = Money::from_minor(favourite.amount_minor, currency);
    Ok(open_confirmation(payee, currency, Some(amount), true, None, wallet))
}

fn edit_form(model: &FavouritesModel, favourite_id: &str) -> Result<FavouriteForm, Rejection> {
    let favourite = model
        .favourite(favourite_id)
        .ok_or(Rejection::NotNow { event: "Favourites.Edit", reason: "no such favourite" })?;
    let currency = Currency::from_code(&favourite.currency).unwrap_or(Currency::Kgs);
    let amount = Money::from_minor(favourite.amount_minor, currency);
    Ok(FavouriteForm {
        existing: Some(favourite.favourite_id.clone()),
        recipient: favourite.recipient.clone(),
        payee_name: favourite.payee_name.clone(),
        account_id: favourite.account_id.clone(),
        currency,
        name: favourite.name.clone(),
        amount_text: typed(&amount),
        amount: Ok(amount),
        saving: false,
        key: None,
        problem: None,
        tried: false,
    })
}

/// Whether a favourite pays a provider that issues bills (a bill rule is offered).
fn billable(recipient: &Recipient) -> bool {
    matches!(recipient, Recipient::Service { .. })
}

fn schedule_form(model: &FavouritesModel, favourite_id: &str) -> Result<RegularForm, Rejection> {
    let favourite = model
        .favourite(favourite_id)
        .ok_or(Rejection::NotNow { event: "Favourites.Schedule", reason: "no such favourite" })?;
    let rule = model.rule_of(favourite_id);
    let (kind, day, weekday) = match rule.map(|r| r.schedule) {
        Some(Schedule::Monthly { day }) => (ScheduleKind::Monthly, day, 1),
        Some(Schedule::Weekly { weekday }) => (ScheduleKind::Weekly, 1, weekday),
        Some(Schedule::OnBill) => (ScheduleKind::OnBill, 1, 1),
        None => (ScheduleKind::Monthly, 1, 1),
    };
    Ok(RegularForm {
        favourite_id: favourite.favourite_id.clone(),
        favourite_name: favourite.name.clone(),
        existing: rule.map(|r| r.regular_id.clone()),
        kind,
        day_text: day.to_string(),
        weekday,
        paused: rule.is_some_and(|r| r.paused),
        billable: billable(&favourite.recipient),
        saving: false,
        key: None,
        problem: None,
    })
}

/// The favourites list's own events (and «Оплатить» on home's favourites).
pub fn list(event: FavouritesEvent, model: &mut FavouritesModel, wallet: &Wallet) -> Result<Step, Rejection> {
    match event {
        FavouritesEvent::Pay { favourite_id } => pay(model, &favourite_id, wallet),
        FavouritesEvent::Edit { favourite_id } => {
            Ok(Step::to(Nav::Push(Route::FavouriteEdit(Box::new(edit_form(model, &favourite_id)?)))))
        }
        FavouritesEvent::Schedule { favourite_id } => {
            Ok(Step::to(Nav::Push(Route::RegularEdit(Box::new(schedule_form(model, &favourite_id)?)))))
        }
        FavouritesEvent::Retry => match load(model) {
            Some(effect) => Ok(Step::stay().with(effect)),
            None => Err(Rejection::NotNow { event: "Favourites.Retry", reason: "the bank is being asked" }),
        },
        other => Err(wrong_screen(&other, "favourites")),
    }
}

/// «В избранное» on a past payment: the form with its recipient, a name to give and its amount.
pub fn save_from(details: &OperationDetails) -> Result<Step, Rejection> {
    let operation = details
        .operation
        .as_deref()
        .filter(|op| can_save(op))
        .ok_or(Rejection::NotNow { event: "Favourites.Save", reason: "nothing to save" })?;
    let recipient =
        operation.recipient.clone().ok_or(Rejection::NotNow { event: "Favourites.Save", reason: "no recipient" })?;
    let name: String = operation.counterparty.name.chars().take(MAX_NAME).collect();
    Ok(Step::to(Nav::Push(Route::FavouriteEdit(Box::new(FavouriteForm {
        existing: None,
        recipient,
        payee_name: operation.counterparty.name.clone(),
        account_id: operation.account_id.clone(),
        currency: operation.amount.currency(),
        name,
        amount_text: typed(&operation.amount),
        amount: Ok(operation.amount),
        saving: false,
        key: None,
        problem: None,
        tried: false,
    })))))
}

/// A past payment that can be saved: outgoing, done, to a recipient that can be paid again.
pub fn can_save(operation: &crate::domain::operation::Operation) -> bool {
    crate::features::history::update::repeatable(operation)
}

fn name_problem(name: &str) -> Option<&'static str> {
    let name = name.trim();
    if name.is_empty() {
        Some("favourites-name-empty")
    } else if name.chars().count() > MAX_NAME {
        Some("favourites-name-long")
    } else {
        wallet_formats::free_text::hidden_character(name).map(|_| "text-hidden-character")
    }
}

pub fn form_problems(form: &FavouriteForm) -> (Option<&'static str>, Option<&'static str>) {
    (name_problem(&form.name), form.amount.as_ref().err().map(|p| p.message_id()))
}

pub fn favourite(form: &mut FavouriteForm, event: FavouritesEvent) -> Result<Step, Rejection> {
    if form.saving {
        return Err(Rejection::NotNow { event: event.name(), reason: "the bank is being asked" });
    }
    match event {
        FavouritesEvent::EditName { text } => {
            form.name = text.chars().take(MAX_NAME + 10).collect();
            form.key = None;
            form.problem = None;
            Ok(Step::stay())
        }
        FavouritesEvent::EditAmount { text } => {
            form.amount_text = text.chars().take(32).collect();
            form.amount = parse_amount(&form.amount_text, form.currency);
            form.key = None;
            form.problem = None;
            Ok(Step::stay())
        }
        FavouritesEvent::Submit => {
            form.tried = true;
            let (None, None) = form_problems(form) else {
                return Ok(Step::stay());
            };
            let amount_minor = form.amount.as_ref().ok().and_then(Money::to_minor).unwrap_or(0);
            let name = form.name.trim().to_owned();
            let change = match &form.existing {
                Some(id) => FavouriteChange::Update {
                    favourite_id: id.clone(),
                    update: FavouriteUpdate { name: Some(name), amount_minor: Some(amount_minor) },
                },
                None => FavouriteChange::Create(NewFavourite {
                    name,
                    account_id: form.account_id.clone(),
                    amount_minor,
                    currency: form.currency.code().to_owned(),
                    recipient: form.recipient.clone(),
                }),
            };
            form.saving = true;
            form.problem = None;
            Ok(Step::stay().with(Effect::ChangeFavourites { change, key: form.key.clone() }))
        }
        FavouritesEvent::Delete => {
            let Some(id) = form.existing.clone() else {
                return Err(Rejection::NotNow { event: "Favourites.Delete", reason: "not saved yet" });
            };
            form.saving = true;
            Ok(Step::stay()
                .with(Effect::ChangeFavourites { change: FavouriteChange::Delete { favourite_id: id }, key: None }))
        }
        other => Err(wrong_screen(&other, "favourite-edit")),
    }
}

/// The schedule the form describes, when it is whole.
pub fn schedule(form: &RegularForm) -> Option<Schedule> {
    match form.kind {
        ScheduleKind::Monthly => {
            let day: u8 = form.day_text.trim().parse().ok()?;
            (1..=31).contains(&day).then_some(Schedule::Monthly { day })
        }
        ScheduleKind::Weekly => (1..=7).contains(&form.weekday).then_some(Schedule::Weekly { weekday: form.weekday }),
        ScheduleKind::OnBill => form.billable.then_some(Schedule::OnBill),
    }
}

pub fn regular(form: &mut RegularForm, event: FavouritesEvent) -> Result<Step, Rejection> {
    if form.saving {
        return Err(Rejection::NotNow { event: event.name(), reason: "the bank is being asked" });
    }
    form.problem = None;
    match event {
        FavouritesEvent::ChooseKind { kind } => {
            if kind == ScheduleKind::OnBill && !form.billable {
                return Err(Rejection::NotNow {
                    event: "Favourites.ChooseKind",
                    reason: "this favourite pays no bills",
                });
            }
            form.kind = kind;
            form.key = None;
            Ok(Step::stay())
        }
        FavouritesEvent::EditDay { text } => {
            // The newest two digits: «31» typed after the «1» the field starts with is the 31st, not the 13th.
            let digits: Vec<char> = text.chars().filter(char::is_ascii_digit).collect();
            form.day_text = digits[digits.len().saturating_sub(2)..].iter().collect();
            form.key = None;
            Ok(Step::stay())
        }
        FavouritesEvent::ChooseWeekday { weekday } => {
            if !(1..=7).contains(&weekday) {
                return Err(Rejection::NotNow { event: "Favourites.ChooseWeekday", reason: "a weekday is 1 to 7" });
            }
            form.weekday = weekday;
            form.key = None;
            Ok(Step::stay())
        }
        FavouritesEvent::TogglePause => {
            if form.existing.is_none() {
                return Err(Rejection::NotNow { event: "Favourites.TogglePause", reason: "not saved yet" });
            }
            form.paused = !form.paused;
            Ok(Step::stay())
        }
        FavouritesEvent::SubmitSchedule => {
            let Some(schedule) = schedule(form) else {
                form.problem = Some("favourites-day-invalid");
                return Ok(Step::stay());
            };
            let change = match &form.existing {
                Some(id) => FavouriteChange::UpdateRule {
                    regular_id: id.clone(),
                    update: RegularPaymentUpdate { schedule: Some(schedule), paused: Some(form.paused) },
                },
                None => {
                    FavouriteChange::CreateRule(NewRegularPayment { favourite_id: form.favourite_id.clone(), schedule })
                }
            };
            form.saving = true;
            Ok(Step::stay().with(Effect::ChangeFavourites { change, key: form.key.clone() }))
        }
        FavouritesEvent::DeleteSchedule => {
            let Some(id) = form.existing.clone() else {
                return Err(Rejection::NotNow { event: "Favourites.DeleteSchedule", reason: "not saved yet" });
            };
            form.saving = true;
            Ok(Step::stay()
                .with(Effect::ChangeFavourites { change: FavouriteChange::DeleteRule { regular_id: id }, key: None }))
        }
        other => Err(wrong_screen(&other, "regular-edit")),
    }
}

/// The bank's answer to a change: done (back to where the form was opened, the lists read again), or why not (an
/// unknown answer keeps its key for «Сохранить» again).
pub fn changed(route: &mut Route, key: String, result: Result<(), BankFailure>, model: &mut FavouritesModel) -> Step {
    let (saving, form_key, problem) = match route {
        Route::FavouriteEdit(form) => (&mut form.saving, &mut form.key, &mut form.problem),
        Route::RegularEdit(form) => (&mut form.saving, &mut form.key, &mut form.problem),
        _ => return Step::stay(),
    };
    *saving = false;
    match result {
        Ok(()) => {
            *form_key = None;
            let mut step = Step::to(Nav::Pop);
            step.effects.extend(load(model));
            step
        }
        Err(BankFailure::Offline) => {
            *form_key = Some(key);
            *problem = Some("favourites-offline-retry");
            Step::stay()
        }
        Err(BankFailure::Refused { message_id }) => {
            *form_key = None;
            *problem = Some(message_id);
            Step::stay()
        }
    }
}

/// An amount problem of the favourite form, for the view.
pub fn amount_problem(form: &FavouriteForm) -> Option<AmountProblem> {
    form.amount.as_ref().err().copied()
}
