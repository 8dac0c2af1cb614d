//! Favourites and regular payments as plain, localised data.

use serde::Serialize;
use wallet_protocol::favourites::{RegularPayment, Schedule};

use super::event::{FavouritesEvent, ScheduleKind};
use super::state::{FavouriteForm, FavouritesModel, RegularForm};
use super::update::{form_problems, schedule};
use crate::app::Event;
use crate::app::view::Action;
use crate::domain::{Currency, Money};
use crate::features::settings::view::{ChoiceOption, ChoiceRow, ToggleRow};
use crate::features::signin::view::{FieldKind, TextField};
use crate::i18n::Strings;

/// A favourite in the list: what it pays, and its regular payment if it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct FavouriteRow {
    pub name: String,
    /// Who it pays: «MegaCom», «Кирилл Б.».
    pub payee: String,
    pub amount: String,
    /// «Каждый месяц, 31 числа · следующий 30.04.2027», «Приостановлен».
    pub rule: Option<String>,
    /// The last run was refused: «Последний платёж не прошёл: недостаточно средств на счёте».
    pub rule_problem: Option<String>,
    /// «Оплатить»: the confirmation with the amount, then the PIN.
    pub pay: Action,
    /// «Изменить».
    pub edit: Action,
    /// «Регулярный платёж» (new), or «Расписание» (change it).
    pub schedule: Action,
}

/// «Избранное».
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct FavouritesScreen {
    pub title: String,
    pub rows: Vec<FavouriteRow>,
    /// How to add one, when there are none.
    pub empty: Option<String>,
    /// The kept lists show: the bank could not be reached.
    pub offline: Option<String>,
    pub retry: Option<Action>,
    pub busy: bool,
}

/// A favourite saved from a payment, or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct FavouriteEditScreen {
    pub title: String,
    /// «Получатель: MegaCom».
    pub payee: String,
    /// `Favourites.EditName`.
    pub name: TextField,
    /// `Favourites.EditAmount`: what paying it fills in.
    pub amount: TextField,
    pub error: Option<String>,
    /// «Сохранить».
    pub submit: Action,
    /// «Удалить из избранного», for a saved one.
    pub delete: Option<Action>,
    pub busy: bool,
}

/// A favourite's regular payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct RegularEditScreen {
    pub title: String,
    /// The favourite's name and amount: «Мой MegaCom · 200,00 сом».
    pub favourite: String,
    /// Every month, every week, on each bill (only for a favourite that pays bills).
    pub kind: ChoiceRow,
    /// Monthly: `Favourites.EditDay`.
    pub day: Option<TextField>,
    /// «Если в месяце нет такого дня — в последний день месяца».
    pub day_note: Option<String>,
    /// Weekly: the weekday.
    pub weekday: Option<ChoiceRow>,
    /// «Платёж пройдёт, когда поставщик выставит счёт, на сумму счёта».
    pub bill_note: Option<String>,
    /// «Приостановить», for a saved one.
    pub pause: Option<ToggleRow>,
    /// «Банк выполнит платёж сам, даже когда телефон выключен».
    pub note: String,
    pub error: Option<String>,
    /// «Сохранить».
    pub submit: Action,
    /// «Удалить регулярный платёж», for a saved one.
    pub delete: Option<Action>,
    pub busy: bool,
}

fn favourites(event: FavouritesEvent) -> Event {
    Event::Favourites(event)
}

fn money(minor: i64, currency: &str, t: &Strings<'_>) -> String {
    Money::from_minor(minor, Currency::from_code(currency).unwrap_or(Currency::Kgs)).format(t.language())
}

const WEEKDAYS: [&str; 7] = [
    "favourites-weekday-1",
    "favourites-weekday-2",
    "favourites-weekday-3",
    "favourites-weekday-4",
    "favourites-weekday-5",
    "favourites-weekday-6",
    "favourites-weekday-7",
];

/// «Каждый месяц, 31 числа», «Каждую неделю, в пятницу», «По каждому счёту».
pub fn schedule_text(schedule: Schedule, t: &Strings<'_>) -> String {
    match schedule {
        Schedule::Monthly { day } => t.text_with("favourites-rule-monthly", &[("day", u64::from(day).into())]),
        Schedule::Weekly { weekday } => {
            let day = weekday.clamp(1, 7);
            t.text_with("favourites-rule-weekly", &[("weekday", t.text(&format!("favourites-day-name-{day}")).into())])
        }
        Schedule::OnBill => t.text("favourites-rule-bill"),
    }
}

fn rule_text(rule: &RegularPayment, t: &Strings<'_>) -> String {
    let schedule = schedule_text(rule.schedule, t);
    if rule.paused {
        return t.text_with("favourites-rule-paused", &[("schedule", schedule.into())]);
    }
    match rule.next_run {
        Some(next) => {
            let date =
                next.to_offset(time::UtcOffset::from_whole_seconds(6 * 3600).unwrap_or(time::UtcOffset::UTC)).date();
            let date = format!("{:02}.{:02}.{}", date.day(), u8::from(date.month()), date.year());
            t.text_with("favourites-rule-next", &[("schedule", schedule.into()), ("date", date.into())])
        }
        None => schedule,
    }
}

pub fn list_screen(model: &FavouritesModel, t: &Strings<'_>) -> FavouritesScreen {
    let rows = model
        .favourites
        .iter()
        .map(|favourite| {
            let rule = model.rule_of(&favourite.favourite_id);
            let rule_problem = rule.and_then(|r| r.last_run.as_ref()).and_then(|run| run.refusal).map(|code| {
                // The bank's sentence inside ours: «…не прошёл: недостаточно средств на счёте».
                let why = t.text(crate::api::refusal_message_id(code));
                let why = why.trim_end_matches('.');
                let mut letters = why.chars();
                let why = match letters.next() {
                    Some(first) => first.to_lowercase().chain(letters).collect::<String>(),
                    None => String::new(),
                };
                t.text_with("favourites-rule-refused", &[("reason", why.into())])
            });
            let id = favourite.favourite_id.clone();
            FavouriteRow {
                name: favourite.name.clone(),
                payee: favourite.payee_name.clone(),
                amount: money(favourite.amount_minor, &favourite.currency, t),
                rule: rule.map(|r| rule_text(r, t)),
                rule_problem,
                pay: Action::new(
                    t.text("favourites-pay"),
                    favourites(FavouritesEvent::Pay { favourite_id: id.clone() }),
                ),
                edit: Action::new(
                    t.text("favourites-edit"),
                    favourites(FavouritesEvent::Edit { favourite_id: id.clone() }),
                ),
                schedule: Action::new(
                    t.text(if rule.is_some() { "favourites-schedule-change" } else { "favourites-schedule-new" }),
                    favourites(FavouritesEvent::Schedule { favourite_id: id }),
                ),
            }
        })
        .collect::<Vec<_>>();
    FavouritesScreen {
        title: t.text("favourites-title"),
        empty: (rows.is_empty() && model.loaded).then(|| t.text("favourites-empty")),
        rows,
        offline: model.problem.map(|id| t.text(id)),
        retry: (model.problem.is_some() && !model.loading)
            .then(|| Action::new(t.text("pay-retry-quote"), favourites(FavouritesEvent::Retry))),
        busy: model.loading && !model.loaded,
    }
}

pub fn edit_screen(form: &FavouriteForm, t: &Strings<'_>) -> FavouriteEditScreen {
    let (name_problem, amount_problem) = form_problems(form);
    let show =
        |problem: Option<&'static str>, typed: bool| problem.filter(|_| form.tried || typed).map(|id| t.text(id));
    FavouriteEditScreen {
        title: t.text(if form.existing.is_some() { "favourites-edit-title" } else { "favourites-save-title" }),
        payee: t.text_with("favourites-payee", &[("name", form.payee_name.clone().into())]),
        name: TextField {
            kind: FieldKind::Text,
            label: t.text("favourites-name"),
            value: form.name.clone(),
            placeholder: t.text("favourites-name-placeholder"),
            error: show(name_problem, !form.name.is_empty()),
        },
        amount: TextField {
            kind: FieldKind::Amount,
            label: t.text("pay-amount"),
            value: form.amount_text.clone(),
            placeholder: t.text("transfer-amount-placeholder"),
            error: show(amount_problem, !form.amount_text.trim().is_empty()),
        },
        error: form.problem.map(|id| t.text(id)),
        submit: Action {
            label: t.text("favourites-submit"),
            event: favourites(FavouritesEvent::Submit),
            enabled: !form.saving && name_problem.is_none() && amount_problem.is_none(),
        },
        delete: form.existing.as_ref().map(|_| Action {
            label: t.text("favourites-delete"),
            event: favourites(FavouritesEvent::Delete),
            enabled: !form.saving,
        }),
        busy: form.saving,
    }
}

pub fn regular_screen(form: &RegularForm, model: &FavouritesModel, t: &Strings<'_>) -> RegularEditScreen {
    let option = |kind: ScheduleKind, id: &str| ChoiceOption {
        label: t.text(id),
        selected: form.kind == kind,
        select: favourites(FavouritesEvent::ChooseKind { kind }),
    };
    let mut kinds = vec![
        option(ScheduleKind::Monthly, "favourites-kind-monthly"),
        option(ScheduleKind::Weekly, "favourites-kind-weekly"),
    ];
    if form.billable {
        kinds.push(option(ScheduleKind::OnBill, "favourites-kind-bill"));
    }
    let amount = model.favourite(&form.favourite_id).map(|f| money(f.amount_minor, &f.currency, t)).unwrap_or_default();
    let day_invalid = form.kind == ScheduleKind::Monthly && schedule(form).is_none();
    RegularEditScreen {
        title: t.text("favourites-schedule-title"),
        favourite: format!("{} · {amount}", form.favourite_name),
        kind: ChoiceRow { label: t.text("favourites-kind"), options: kinds },
        day: (form.kind == ScheduleKind::Monthly).then(|| TextField {
            kind: FieldKind::AccountNumber,
            label: t.text("favourites-day"),
            value: form.day_text.clone(),
            placeholder: "1–31".to_owned(),
            error: day_invalid.then(|| t.text("favourites-day-invalid")),
        }),
        day_note: (form.kind == ScheduleKind::Monthly).then(|| t.text("favourites-day-note")),
        weekday: (form.kind == ScheduleKind::Weekly).then(|| ChoiceRow {
            label: t.text("favourites-weekday"),
            options: (1..=7u8)
                .map(|weekday| ChoiceOption {
                    label: t.text(WEEKDAYS[usize::from(weekday - 1)]),
                    selected: form.weekday == weekday,
                    select: favourites(FavouritesEvent::ChooseWeekday { weekday }),
                })
                .collect(),
        }),
        bill_note: (form.kind == ScheduleKind::OnBill).then(|| t.text("favourites-bill-note")),
        pause: form.existing.as_ref().map(|_| ToggleRow {
            label: t.text("favourites-pause"),
            on: form.paused,
            toggle: favourites(FavouritesEvent::TogglePause),
        }),
        note: t.text("favourites-schedule-note"),
        error: form.problem.map(|id| t.text(id)),
        submit: Action {
            label: t.text("favourites-submit"),
            event: favourites(FavouritesEvent::SubmitSchedule),
            enabled: !form.saving && schedule(form).is_some(),
        },
        delete: form.existing.as_ref().map(|_| Action {
            label: t.text("favourites-schedule-delete"),
            event: favourites(FavouritesEvent::DeleteSchedule),
            enabled: !form.saving,
        }),
        busy: form.saving,
    }
}
