//! The split screens as plain, localised data: the bills and the requests made to me, the bill being made (with
//! the shares worked out live and each extra tyiyn explained), and a bill's collecting.

use fluent_bundle::FluentValue;
use serde::Serialize;
use wallet_protocol::requests::PaymentRequestStatus;

use super::bill::{Bill, BillPerson, BillSource, IncomingRequest, RequestState};
use super::event::SplitEvent;
use super::group;
use super::state::{BillForm, BillScreenState, ContactsState, GroupScreenState, Outcome, SplitMode, SplitModel};
use super::update::{code_splittable, reminder_possible};
use crate::app::{Action, Event};
use crate::domain::{Currency, Language, Money, Phone};
use crate::features::pay::PayForm;
use crate::i18n::Strings;
use crate::split::{ListKind, SplitError};

/// «Разделить чек»: what others ask of me, and my bills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SplitBillsScreen {
    pub title: String,
    /// «Новый чек».
    pub new_bill: Action,
    /// «Вас просят оплатить», when someone asks.
    pub incoming_title: Option<String>,
    pub incoming: Vec<IncomingRow>,
    pub bills_title: String,
    pub bills: Vec<BillRow>,
    /// «Счетов пока нет…», when there are none.
    pub empty: Option<String>,
    /// «Группы», when a bill belongs to one.
    pub groups_title: Option<String>,
    pub groups: Vec<GroupRow>,
}

/// A group of bills on the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct GroupRow {
    pub name: String,
    pub open: Action,
}

/// A member of a group and where they stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct GroupMemberRow {
    pub name: String,
    /// «Получит 400,00 сом», «Должен 200,00 сом», «В расчёте».
    pub balance: String,
    pub owes: bool,
}

/// A group: each member's balance across its bills, and the fewest payments that settle it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SplitGroupScreen {
    pub title: String,
    /// «3 чека».
    pub bills_count: String,
    pub members: Vec<GroupMemberRow>,
    /// «Чтобы рассчитаться» or «Все в расчёте».
    pub payments_title: String,
    /// «Чынара → Я: 400,00 сом».
    pub payments: Vec<String>,
    pub bills: Vec<BillRow>,
    /// Why the balances could not be worked out.
    pub error: Option<String>,
}

/// A request made to me.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct IncomingRow {
    /// «Айгуль А. просит 366,67 сом».
    pub text: String,
    pub comment: Option<String>,
    /// «Напомнили 2 раза».
    pub reminded: Option<String>,
    /// «Оплатить».
    pub pay: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct BillRow {
    pub title: String,
    pub total: String,
    /// «Оплатили 2 из 3», «Все оплатили», «Отменён».
    pub status: String,
    pub settled: bool,
    pub open: Action,
}

/// A choice of how to split.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ModeChoice {
    pub label: String,
    pub selected: bool,
    pub choose: Event,
}

/// A switch: its text, whether it is on, and the event that flips it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Toggle {
    pub label: String,
    pub on: bool,
    pub flip: Event,
}

/// A person on the bill being made. The shell sends `Split.EditValue { person: index, text }` as `value` changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PersonRow {
    pub index: u32,
    /// «Я» for me.
    pub name: String,
    pub phone: Option<String>,
    /// «В кошельке», «Получит ссылку».
    pub delivery: Option<String>,
    /// «Доля», «%», «Сумма» — when the mode asks something of each person.
    pub value_label: Option<String>,
    pub value: String,
    /// What they pay, once the split works out.
    pub share: Option<String>,
    /// «+1 тыйын: …», when the rounding gave or took one.
    pub rounding: Option<String>,
    pub remove: Option<Action>,
}

/// An item of a bill split by items. The shell sends `Split.EditItemName`/`EditItemPrice { item: index, … }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ItemRow {
    pub index: u32,
    pub name: String,
    pub price: String,
    /// Who shared it: one switch per person.
    pub people: Vec<Toggle>,
    pub remove: Action,
}

/// A contact to add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactRow {
    pub name: String,
    pub phone: String,
    /// «В кошельке», when the bank said so.
    pub badge: Option<String>,
    pub has_wallet: bool,
    /// «Добавить»; disabled when already on the bill.
    pub add: Action,
}

/// The bill being made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SplitEditorScreen {
    pub title: String,
    /// «Из платежа: Глобус», «Из QR-кода: Кафе Нават».
    pub source: Option<String>,
    /// The bill's name (it goes into each request): `Split.EditTitle`.
    pub name_label: String,
    pub name: String,
    /// `Split.EditTotal`; not shown when split by items (the items make the total).
    pub total_label: Option<String>,
    pub total: String,
    pub currency: String,
    /// `Split.EditTip`: «10%» or an amount.
    pub tip_label: String,
    pub tip: String,
    pub tip_hint: String,
    /// «Как делим»: the heading over `modes`.
    pub modes_title: String,
    pub modes: Vec<ModeChoice>,
    pub include_me: Toggle,
    pub people_title: String,
    pub people: Vec<PersonRow>,
    pub items_title: Option<String>,
    pub items: Vec<ItemRow>,
    /// The labels of each item's name and price fields (`Split.EditItem`).
    pub item_name_label: String,
    pub item_price_label: String,
    pub add_item: Option<Action>,
    /// Adding someone by name and number (`Split.EditNewName`, `Split.EditNewPhone`, then `add_person`).
    pub new_name_label: String,
    pub new_name: String,
    pub new_phone_label: String,
    pub new_phone: String,
    pub new_problem: Option<String>,
    pub add_person: Action,
    /// `Split.EditGroup`: the group the bill belongs to (optional).
    pub group_label: String,
    pub group: String,
    pub group_hint: String,
    /// «Кто платил»: one choice per person (me first when on the bill).
    pub payer_label: String,
    pub payers: Vec<ModeChoice>,
    pub contacts_title: String,
    pub contacts: Vec<ContactRow>,
    /// «Проверяем, у кого есть кошелёк…», «Контакты не прочитаны…», an error.
    pub contacts_status: Option<String>,
    /// The shell has not passed the contacts: it may ask the system for them (and send `Split.ContactsRead`).
    pub contacts_wanted: bool,
    pub refresh_contacts: Option<Action>,
    /// «Итого 1 100,00 сом, из них чаевые 100,00 сом».
    pub summary: Option<String>,
    /// Why it does not split (percentages not summing to 100, …).
    pub error: Option<String>,
    /// Why «Отправить» did nothing.
    pub problem: Option<String>,
    pub busy: bool,
    /// «Отправить запросы».
    pub send: Action,
}

/// One person of a bill being collected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct BillPersonRow {
    pub name: String,
    pub amount: String,
    /// «Оплатил», «Ждём оплату», «В очереди на отправку», «Отменён», …
    pub status: String,
    pub paid: bool,
    pub rounding: Option<String>,
    /// The payment link for someone without the wallet, and a sentence to share it with.
    pub link: Option<String>,
    pub share_text: Option<String>,
    /// «Напомнить», to someone with the wallet who has not paid.
    pub remind: Option<Action>,
    /// «Поделиться ссылкой»: the button that hands `share_text` to the system's share sheet.
    pub share_label: String,
    /// «Скопировать ссылку»: the shell puts `link` on the clipboard (and never prints it).
    pub copy_link_label: String,
}

/// A bill being collected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SplitBillScreen {
    pub title: String,
    pub total: String,
    /// «Собрано 700,00 из 1 100,00 сом», «Все оплатили — счёт закрыт», «Чек отменён».
    pub status: String,
    pub settled: bool,
    pub cancelled: bool,
    pub people: Vec<BillPersonRow>,
    /// «Оплатить чек» (a bill made from a scanned code).
    pub pay_bill: Option<Action>,
    /// «Отменить чек», while requests are open.
    pub cancel: Option<Action>,
    /// Shown while the bill is not loaded yet.
    pub loading: bool,
    /// «Платил(а): Бакыт», when someone else paid; «Группа: …» when in a group.
    pub paid_by: Option<String>,
    pub group: Option<String>,
}

fn money(minor: i64, currency: Currency, language: Language) -> String {
    Money::from_minor(minor, currency).format(language)
}

fn event(event: SplitEvent) -> Event {
    Event::Split(event)
}

pub fn bills_screen(model: &SplitModel, language: Language, t: &Strings<'_>) -> SplitBillsScreen {
    let incoming: Vec<IncomingRow> = model.open_incoming().map(|r| incoming_row(r, language, t)).collect();
    let bills: Vec<BillRow> = model.bills.iter().map(|b| bill_row(b, language, t)).collect();
    let groups: Vec<GroupRow> = group::names(&model.bills)
        .into_iter()
        .map(|name| GroupRow {
            open: Action::new(name.clone(), event(SplitEvent::OpenGroup { name: name.clone() })),
            name,
        })
        .collect();
    SplitBillsScreen {
        title: t.text("split-title"),
        new_bill: Action::new(t.text("split-new-bill"), event(SplitEvent::NewBill)),
        incoming_title: (!incoming.is_empty()).then(|| t.text("split-incoming-title")),
        incoming,
        bills_title: t.text("split-bills-title"),
        empty: bills.is_empty().then(|| t.text("split-bills-empty")),
        bills,
        groups_title: (!groups.is_empty()).then(|| t.text("split-groups-title")),
        groups,
    }
}

pub fn group_screen(
    state: &GroupScreenState,
    model: &SplitModel,
    language: Language,
    t: &Strings<'_>,
) -> SplitGroupScreen {
    let bills: Vec<BillRow> = model
        .bills
        .iter()
        .filter(|b| b.group.as_deref() == Some(state.name.as_str()))
        .map(|b| bill_row(b, language, t))
        .collect();
    let mut screen = SplitGroupScreen {
        title: state.name.clone(),
        bills_count: t.text_with("split-group-bills", &[("count", (bills.len() as u64).into())]),
        members: Vec::new(),
        payments_title: t.text("split-group-settled"),
        payments: Vec::new(),
        bills,
        error: None,
    };
    let summary = match group::summary(&model.bills, &state.name) {
        Ok(Some(summary)) => summary,
        Ok(None) => return screen,
        Err(error) => {
            screen.error = Some(error_text(&error, None, language, t));
            return screen;
        }
    };
    let name = |i: usize| match summary.members.get(i).and_then(|m| m.name.clone()) {
        Some(name) => name,
        None => t.text("split-me"),
    };
    screen.members = summary
        .members
        .iter()
        .enumerate()
        .map(|(i, member)| {
            let minor = member.balance.to_minor().unwrap_or(0);
            let amount = Money::from_minor(minor.saturating_abs(), summary.currency).format(language);
            GroupMemberRow {
                name: name(i),
                balance: match minor {
                    0 => t.text("split-group-even"),
                    m if m > 0 => t.text_with("split-group-owed", &[("amount", amount.into())]),
                    _ => t.text_with("split-group-owes", &[("amount", amount.into())]),
                },
                owes: minor < 0,
            }
        })
        .collect();
    if !summary.payments.is_empty() {
        screen.payments_title = t.text("split-group-payments-title");
    }
    screen.payments = summary
        .payments
        .iter()
        .map(|(from, to, amount)| {
            t.text_with(
                "split-group-payment",
                &[("from", name(*from).into()), ("to", name(*to).into()), ("amount", amount.format(language).into())],
            )
        })
        .collect();
    screen
}

pub fn incoming_row(request: &IncomingRequest, language: Language, t: &Strings<'_>) -> IncomingRow {
    IncomingRow {
        text: t.text_with(
            "split-incoming-text",
            &[("name", request.requester_name.clone().into()), ("amount", request.amount().format(language).into())],
        ),
        comment: request.comment.clone(),
        reminded: (request.reminders > 0)
            .then(|| t.text_with("split-incoming-reminded", &[("count", u64::from(request.reminders).into())])),
        pay: Action::new(
            t.text("split-incoming-pay"),
            event(SplitEvent::PayRequest { request_id: request.request_id.clone() }),
        ),
    }
}

fn bill_row(bill: &Bill, language: Language, t: &Strings<'_>) -> BillRow {
    BillRow {
        title: bill.title.clone(),
        total: bill.total().format(language),
        status: bill_status(bill, language, t),
        settled: bill.settled(),
        open: Action::new(t.text("split-open-bill"), event(SplitEvent::OpenBill { bill_id: bill.bill_id.clone() })),
    }
}

fn bill_status(bill: &Bill, language: Language, t: &Strings<'_>) -> String {
    if let Some(payer) = bill.paid_by.and_then(|p| bill.people.get(p)) {
        return t.text_with("split-paid-by", &[("name", payer.name.clone().into())]);
    }
    if bill.settled() {
        return t.text("split-status-settled");
    }
    if bill.cancelled {
        return t.text("split-status-cancelled");
    }
    let asked = bill.asked().count() as u64;
    let paid = bill.asked().filter(|p| p.paid()).count() as u64;
    t.text_with(
        "split-status-collecting",
        &[
            ("paid", paid.into()),
            ("asked", asked.into()),
            ("collected", money(bill.collected_minor(), bill.currency, language).into()),
            ("total", money(bill.asked().map(|p| p.amount_minor).sum(), bill.currency, language).into()),
        ],
    )
}

fn mode_label(mode: SplitMode) -> &'static str {
    match mode {
        SplitMode::Equal => "split-mode-equal",
        SplitMode::Shares => "split-mode-shares",
        SplitMode::Percent => "split-mode-percent",
        SplitMode::Exact => "split-mode-exact",
        SplitMode::Items => "split-mode-items",
    }
}

pub fn editor_screen(
    form: &BillForm,
    model: &SplitModel,
    me: Option<&str>,
    language: Language,
    t: &Strings<'_>,
) -> SplitEditorScreen {
    let split = form.outcome.split();
    let value_label = match form.mode {
        SplitMode::Shares => Some("split-value-share"),
        SplitMode::Percent => Some("split-value-percent"),
        SplitMode::Exact => Some("split-value-amount"),
        SplitMode::Equal | SplitMode::Items => None,
    };
    let people = form
        .people
        .iter()
        .enumerate()
        .map(|(i, person)| {
            let share = split.and_then(|s| s.shares.get(i));
            let delivery = (!person.me).then(|| {
                let has = person.phone.as_ref().and_then(|p| model.contacts.iter().find(|c| &c.phone == p));
                match has.and_then(|c| c.has_wallet) {
                    Some(true) => t.text("split-delivery-wallet"),
                    _ if person.phone.is_none() => t.text("split-delivery-link"),
                    _ => t.text("split-delivery-phone"),
                }
            });
            PersonRow {
                index: i as u32,
                name: if person.me { t.text("split-me") } else { person.name.clone() },
                phone: person.phone.as_deref().and_then(|p| Phone::parse(p).ok()).map(|p| p.masked()),
                delivery,
                value_label: value_label.map(|id| t.text(id)),
                value: person.value.clone(),
                share: share.map(|s| s.amount.format(language)),
                rounding: share.filter(|s| s.extra_tyiyn || rounded_down(s)).map(|s| t.text(s.rounding.message_id())),
                remove: Some(Action::new(t.text("split-remove"), event(SplitEvent::RemovePerson { person: i as u32 }))),
            }
        })
        .collect();
    let items_mode = form.mode == SplitMode::Items;
    let items = if items_mode {
        form.items
            .iter()
            .enumerate()
            .map(|(i, item)| ItemRow {
                index: i as u32,
                name: item.name.clone(),
                price: item.price.clone(),
                people: form
                    .people
                    .iter()
                    .enumerate()
                    .map(|(p, person)| Toggle {
                        label: if person.me { t.text("split-me") } else { person.name.clone() },
                        on: item.people.contains(&p),
                        flip: event(SplitEvent::ToggleItemPerson { item: i as u32, person: p as u32 }),
                    })
                    .collect(),
                remove: Action::new(t.text("split-remove"), event(SplitEvent::RemoveItem { item: i as u32 })),
            })
            .collect()
    } else {
        Vec::new()
    };
    let on_bill = |phone: &str| form.people.iter().any(|p| p.phone.as_deref() == Some(phone));
    let contacts = model
        .contacts
        .iter()
        .map(|c| ContactRow {
            name: c.name.clone(),
            phone: Phone::parse(&c.phone).map(|p| p.masked()).unwrap_or_default(),
            badge: (c.has_wallet == Some(true)).then(|| t.text("split-delivery-wallet")),
            has_wallet: c.has_wallet == Some(true),
            add: Action {
                label: t.text(if on_bill(&c.phone) { "split-contact-added" } else { "split-contact-add" }),
                event: event(SplitEvent::AddContact { phone: c.phone.clone() }),
                enabled: !on_bill(&c.phone) && !form.busy,
            },
        })
        .collect();
    let contacts_status = match model.contacts_state {
        ContactsState::NotRead => Some(t.text("split-contacts-not-read")),
        ContactsState::Checking => Some(t.text("split-contacts-checking")),
        ContactsState::Checked { stale: true } => Some(t.text("split-contacts-stale")),
        ContactsState::Checked { stale: false } => None,
        ContactsState::Failed { message_id } => Some(t.text(message_id)),
    };
    let summary = split.map(|s| {
        if s.tip.to_minor() == Some(0) {
            t.text_with("split-summary", &[("total", s.total.format(language).into())])
        } else {
            t.text_with(
                "split-summary-tip",
                &[("total", s.total.format(language).into()), ("tip", s.tip.format(language).into())],
            )
        }
    });
    let error = match &form.outcome {
        Outcome::Refused(error) => Some(error_text(error, me, language, t)),
        _ => None,
    };
    let ready = split.is_some() && !form.busy;
    SplitEditorScreen {
        title: t.text("split-editor-title"),
        source: source_text(&form.source, &form.title, t),
        name_label: t.text("split-name-label"),
        name: form.title.clone(),
        total_label: (!items_mode).then(|| t.text("split-total-label")),
        total: if items_mode {
            split.map(|s| s.subtotal.format(language)).unwrap_or_default()
        } else {
            form.total_text.clone()
        },
        currency: form.currency.code().to_owned(),
        tip_label: t.text("split-tip-label"),
        tip: form.tip_text.clone(),
        tip_hint: t.text("split-tip-hint"),
        modes_title: t.text("split-modes-title"),
        modes: SplitMode::ALL
            .iter()
            .map(|mode| ModeChoice {
                label: t.text(mode_label(*mode)),
                selected: *mode == form.mode,
                choose: event(SplitEvent::SetMode { mode: *mode }),
            })
            .collect(),
        include_me: Toggle {
            label: t.text("split-include-me"),
            on: form.me_included(),
            flip: event(SplitEvent::IncludeMe { included: !form.me_included() }),
        },
        people_title: t.text("split-people-title"),
        people,
        items_title: items_mode.then(|| t.text("split-items-title")),
        item_name_label: t.text("split-item-name"),
        item_price_label: t.text("split-item-price"),
        items,
        add_item: items_mode.then(|| Action::new(t.text("split-add-item"), event(SplitEvent::AddItem))),
        new_name_label: t.text("split-new-name"),
        new_name: form.new_name.clone(),
        new_phone_label: t.text("split-new-phone"),
        new_phone: form.new_phone.clone(),
        new_problem: form.new_problem.map(|id| t.text(id)),
        add_person: Action::new(t.text("split-add-person"), event(SplitEvent::AddPerson)),
        group_label: t.text("split-group-label"),
        group: form.group.clone(),
        group_hint: t.text("split-group-hint"),
        payer_label: t.text("split-payer-label"),
        payers: form
            .people
            .iter()
            .enumerate()
            .map(|(i, person)| ModeChoice {
                label: if person.me { t.text("split-me") } else { person.name.clone() },
                selected: if person.me { form.payer.is_none() } else { form.payer == Some(i) },
                choose: event(SplitEvent::SetPayer { person: i as u32 }),
            })
            .collect(),
        contacts_title: t.text("split-contacts-title"),
        contacts,
        contacts_status,
        contacts_wanted: model.contacts_state == ContactsState::NotRead,
        refresh_contacts: matches!(model.contacts_state, ContactsState::Checked { .. } | ContactsState::Failed { .. })
            .then(|| Action::new(t.text("split-contacts-refresh"), event(SplitEvent::RefreshContacts))),
        summary,
        error,
        problem: form.problem.map(|id| t.text(id)),
        busy: form.busy,
        send: Action {
            label: t.text(if form.payer.is_some() { "split-save-group" } else { "split-send" }),
            event: event(SplitEvent::Send),
            enabled: ready,
        },
    }
}

/// The roundings worth a sentence: the extra tyiyn, and who did not get it though their remainder was as large.
const SHOWN_ROUNDINGS: [&str; 3] =
    ["split-rounding-up-remainder", "split-rounding-up-first-listed", "split-rounding-down-listed-later"];

fn rounded_down(share: &crate::split::Share) -> bool {
    matches!(share.rounding, crate::split::Rounding::DownListedLater)
}

fn source_text(source: &BillSource, title: &str, t: &Strings<'_>) -> Option<String> {
    match source {
        BillSource::Typed => None,
        BillSource::Payment { .. } => Some(t.text_with("split-source-payment", &[("name", title.to_owned().into())])),
        BillSource::Code { .. } => Some(t.text_with("split-source-code", &[("name", title.to_owned().into())])),
    }
}

/// A split refused, in words, with the numbers it concerns. `me` is the name the rules know me by (the masked
/// number), shown as «Я».
pub fn error_text(error: &SplitError, me: Option<&str>, language: Language, t: &Strings<'_>) -> String {
    let name = |n: &str| -> FluentValue<'static> {
        if Some(n) == me { t.text("split-me").into() } else { n.to_owned().into() }
    };
    let number = |n: usize| -> FluentValue<'static> { (n as u64).into() };
    let id = error.message_id();
    match error {
        SplitError::EmptyName { position } => t.text_with(id, &[("position", number(*position))]),
        SplitError::DuplicateName { name: n, .. } => t.text_with(id, &[("name", name(n))]),
        SplitError::TotalNotPositive { .. } | SplitError::NoShares | SplitError::NoPeople | SplitError::NoItems => {
            t.text(id)
        }
        SplitError::NotAnAmount { text, .. } => t.text_with(id, &[("text", text.clone().into())]),
        SplitError::NotAPercent { text } | SplitError::NotAShare { text } => {
            t.text_with(id, &[("text", text.clone().into())])
        }
        SplitError::CountMismatch { list, given, people } => {
            let list = match list {
                ListKind::Shares => "shares",
                ListKind::Percentages => "percentages",
                ListKind::Amounts => "amounts",
            };
            t.text_with(id, &[("list", list.into()), ("given", number(*given)), ("people", number(*people))])
        }
        SplitError::PercentNot100 { sum_hundredths } => {
            let sum = format!("{}.{:02}", sum_hundredths / 100, sum_hundredths % 100);
            let sum = if language == Language::En { sum } else { sum.replace('.', ",") };
            t.text_with(id, &[("sum", sum.into())])
        }
        SplitError::ExactMismatch { sum, total } => {
            t.text_with(id, &[("sum", sum.format(language).into()), ("total", total.format(language).into())])
        }
        SplitError::NegativeAmount { amount } => t.text_with(id, &[("amount", amount.format(language).into())]),
        SplitError::CurrencyMismatch { expected, found } => {
            t.text_with(id, &[("expected", expected.code().into()), ("found", found.code().into())])
        }
        SplitError::ItemUnassigned { position, name: item } => {
            t.text_with(id, &[("position", number(*position)), ("item", item.clone().into())])
        }
        SplitError::ItemUnknownPerson { position, name: item, .. } => {
            t.text_with(id, &[("position", number(*position)), ("item", item.clone().into())])
        }
        SplitError::TooLarge => t.text(id),
        SplitError::BalancesNotZero { sum } => t.text_with(id, &[("sum", sum.format(language).into())]),
        SplitError::BillMismatch { paid, shares } => {
            t.text_with(id, &[("paid", paid.format(language).into()), ("shares", shares.format(language).into())])
        }
        SplitError::MemberCount { members, given } => {
            t.text_with(id, &[("members", number(*members)), ("given", number(*given))])
        }
        SplitError::UnknownMember { name: n } => t.text_with(id, &[("name", name(n))]),
    }
}

pub fn bill_screen(
    state: &BillScreenState,
    model: &SplitModel,
    wallet_has_code_currency: bool,
    language: Language,
    t: &Strings<'_>,
) -> SplitBillScreen {
    let Some(bill) = model.bill(&state.bill_id) else {
        return SplitBillScreen {
            title: t.text("split-title"),
            total: String::new(),
            status: t.text("split-bill-loading"),
            settled: false,
            cancelled: false,
            people: Vec::new(),
            pay_bill: None,
            cancel: None,
            loading: true,
            paid_by: None,
            group: None,
        };
    };
    let people = bill.people.iter().enumerate().map(|(i, person)| person_row(bill, i, person, language, t)).collect();
    let collected = bill.collected_minor();
    let asked: i64 = bill.asked().map(|p| p.amount_minor).sum();
    let status = if bill.settled() {
        t.text("split-bill-settled")
    } else if bill.cancelled {
        t.text("split-bill-cancelled")
    } else {
        t.text_with(
            "split-bill-collected",
            &[
                ("collected", money(collected, bill.currency, language).into()),
                ("total", money(asked, bill.currency, language).into()),
            ],
        )
    };
    SplitBillScreen {
        title: bill.title.clone(),
        total: if bill.tip_minor > 0 {
            t.text_with(
                "split-bill-total-tip",
                &[
                    ("total", bill.total().format(language).into()),
                    ("tip", money(bill.tip_minor, bill.currency, language).into()),
                ],
            )
        } else {
            t.text_with("split-bill-total", &[("total", bill.total().format(language).into())])
        },
        status,
        settled: bill.settled(),
        cancelled: bill.cancelled,
        people,
        pay_bill: (matches!(bill.source, BillSource::Code { .. }) && wallet_has_code_currency && !bill.cancelled)
            .then(|| Action::new(t.text("split-pay-bill"), event(SplitEvent::PayBill))),
        cancel: (!bill.cancelled && !bill.settled() && bill.outstanding_minor() > 0)
            .then(|| Action::new(t.text("split-cancel-bill"), event(SplitEvent::CancelBill))),
        loading: false,
        paid_by: bill
            .paid_by
            .and_then(|p| bill.people.get(p))
            .map(|p| t.text_with("split-paid-by", &[("name", p.name.clone().into())])),
        group: bill.group.as_ref().map(|g| t.text_with("split-bill-group", &[("name", g.clone().into())])),
    }
}

fn person_row(bill: &Bill, index: usize, person: &BillPerson, language: Language, t: &Strings<'_>) -> BillPersonRow {
    let amount = person.amount(bill.currency).format(language);
    let status = match &person.request {
        RequestState::Mine => t.text("split-person-mine"),
        RequestState::Nothing if bill.paid_by.is_some() && person.amount_minor > 0 => t.text("split-person-group"),
        RequestState::Nothing => t.text("split-person-nothing"),
        RequestState::Queued if bill.cancelled => t.text("split-person-cancelling"),
        RequestState::Queued => t.text("split-person-queued"),
        RequestState::Refused { message_id } => t.text(message_id),
        RequestState::Sent { status: PaymentRequestStatus::Paid, .. } => t.text("split-person-paid"),
        RequestState::Sent { status: PaymentRequestStatus::Cancelled, .. } => t.text("split-person-cancelled"),
        RequestState::Sent { .. } if bill.cancelled => t.text("split-person-cancelling"),
        RequestState::Sent { in_wallet: true, reminders, .. } if *reminders > 0 => {
            t.text_with("split-person-reminded", &[("count", u64::from(*reminders).into())])
        }
        RequestState::Sent { in_wallet: true, .. } => t.text("split-person-waiting-wallet"),
        RequestState::Sent { .. } => t.text("split-person-waiting-link"),
    };
    let link = match &person.request {
        RequestState::Sent { link, in_wallet: false, status: PaymentRequestStatus::Open, .. } if !bill.cancelled => {
            Some(link.clone())
        }
        _ => None,
    };
    let share_text = link.as_ref().map(|link| {
        t.text_with(
            "split-share-text",
            &[("title", bill.title.clone().into()), ("amount", amount.clone().into()), ("link", link.clone().into())],
        )
    });
    BillPersonRow {
        name: if person.request == RequestState::Mine { t.text("split-me") } else { person.name.clone() },
        amount,
        status,
        paid: person.paid(),
        rounding: SHOWN_ROUNDINGS.contains(&person.rounding.as_str()).then(|| t.text(&person.rounding)),
        link,
        share_text,
        remind: reminder_possible(bill, person)
            .then(|| Action::new(t.text("split-remind"), event(SplitEvent::Remind { person: index as u32 }))),
        share_label: t.text("split-share-link"),
        copy_link_label: t.text("receive-copy-link"),
    }
}

/// «Разделить чек» on the confirmation of a scanned code with an amount.
pub fn split_code_action(pay: &PayForm, t: &Strings<'_>) -> Option<Action> {
    code_splittable(pay).then(|| Action::new(t.text("split-from-code"), event(SplitEvent::FromCode)))
}
