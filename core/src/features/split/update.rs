//! The rules of the split screens: making a bill (its total, people, way of splitting, tip — the shares worked out
//! by `crate::split` at every change), sending its requests through the outbox, following who has paid, reminding,
//! cancelling; paying a request made to me; the contacts who have the wallet.

use super::bill::{Bill, BillPerson, BillSource, RequestState};
use super::event::{DeviceContact, SplitEvent};
use super::state::{
    BillForm, BillScreenState, Contact, ContactsState, GroupScreenState, ItemDraft, MAX_ITEMS, MAX_PEOPLE, MAX_TYPED,
    Outcome, PersonDraft, SplitMode, SplitModel, TITLE_MAX,
};
use crate::api::BankFailure;
use crate::app::{Effect, Nav, Notice, Rejection, Route, Step};
use crate::domain::operation::{Operation, OperationStatus};
use crate::domain::{Currency, Money, Phone};
use crate::features::home::Wallet;
use crate::features::pay::update as pay_rules;
use crate::features::pay::{PayForm, Payee};
use crate::split::{Item, Mode, Percent, Tip, allocate, parse_amount, parse_share, split, split_items};

/// The most contacts kept from the phone's book.
pub const MAX_CONTACTS: usize = 5000;

fn signed_in(wallet: &Wallet, event: &'static str) -> Result<String, Rejection> {
    wallet.session.clone().ok_or(Rejection::NotNow { event, reason: "nobody is signed in" })
}

/// «Разделить чек» on home: the bills, read again from the store.
pub fn open_bills(wallet: &Wallet) -> Result<Step, Rejection> {
    signed_in(wallet, "Split.OpenBills")?;
    Ok(Step::to(Nav::Push(Route::SplitBills)).with(Effect::LoadBills))
}

/// A new bill in `currency` (its account when held), with me on it.
fn new_form(
    source: BillSource,
    title: String,
    currency: Currency,
    total: Option<Money>,
    wallet: &Wallet,
    me: String,
) -> BillForm {
    let account_id = wallet.accounts.iter().find(|a| a.available.currency() == currency).map(|a| a.account_id.clone());
    let mut form = BillForm {
        source,
        title: title.chars().take(TITLE_MAX).collect(),
        currency,
        account_id,
        total_text: total.map(|m| plain(&m)).unwrap_or_default(),
        tip_text: String::new(),
        mode: SplitMode::Equal,
        people: vec![PersonDraft { name: me, phone: None, me: true, value: String::new() }],
        items: Vec::new(),
        new_name: String::new(),
        new_phone: String::new(),
        group: String::new(),
        payer: None,
        new_problem: None,
        outcome: Outcome::Empty,
        problem: None,
        busy: false,
    };
    recompute(&mut form);
    form
}

/// An amount as it would be typed: `1500.00`.
fn plain(money: &Money) -> String {
    let mut amount = money.amount();
    amount.rescale(money.currency().minor_units());
    amount.to_string()
}

/// «Новый чек»: the total typed in, in som.
pub fn new_bill(wallet: &Wallet) -> Result<Step, Rejection> {
    let me = signed_in(wallet, "Split.NewBill")?;
    let form = new_form(BillSource::Typed, String::new(), Currency::Kgs, None, wallet, me);
    Ok(Step::to(Nav::Push(Route::SplitEditor(Box::new(form)))))
}

/// «Разделить чек» on one of my payments: its amount (without the fee) and recipient.
pub fn from_payment(operation: Option<&Operation>, wallet: &Wallet) -> Result<Step, Rejection> {
    let me = signed_in(wallet, "Split.FromPayment")?;
    let Some(operation) = operation.filter(|op| splittable(op)) else {
        return Err(Rejection::NotNow {
            event: "Split.FromPayment",
            reason: "not a payment of mine that went through",
        });
    };
    let source = BillSource::Payment { local_id: operation.local_id.clone() };
    let form = new_form(
        source,
        operation.counterparty.name.clone(),
        operation.amount.currency(),
        Some(operation.amount),
        wallet,
        me,
    );
    Ok(Step::to(Nav::Push(Route::SplitEditor(Box::new(form)))))
}

/// A payment of mine that went (or is going) through: worth splitting.
pub fn splittable(operation: &Operation) -> bool {
    operation.kind.is_outgoing()
        && matches!(operation.status, OperationStatus::Queued | OperationStatus::Accepted | OperationStatus::Executed)
}

/// «Разделить чек» on the confirmation of a scanned code with its amount.
pub fn from_code(pay: &PayForm, wallet: &Wallet) -> Result<Step, Rejection> {
    let me = signed_in(wallet, "Split.FromCode")?;
    let (Payee::Qr(intent), Ok(amount)) = (&pay.payee, &pay.amount) else {
        return Err(Rejection::NotNow { event: "Split.FromCode", reason: "no scanned code with an amount" });
    };
    let source = BillSource::Code { link: intent.scanned.clone() };
    let form = new_form(source, intent.recipient.clone(), pay.currency, Some(*amount), wallet, me);
    Ok(Step::to(Nav::Push(Route::SplitEditor(Box::new(form)))))
}

/// Whether the confirmation of `pay` offers «Разделить чек».
pub fn code_splittable(pay: &PayForm) -> bool {
    matches!((&pay.payee, &pay.amount), (Payee::Qr(_), Ok(_)))
}

/// An event on the bill being made.
pub fn editor(form: &mut BillForm, event: SplitEvent, model: &SplitModel, wallet: &Wallet) -> Result<Step, Rejection> {
    if form.busy {
        return Err(Rejection::NotNow { event: event.name(), reason: "the bill is being saved" });
    }
    form.problem = None;
    match event {
        SplitEvent::EditTitle { text } => form.title = text.chars().take(TITLE_MAX).collect(),
        SplitEvent::EditTotal { text } => form.total_text = text.chars().take(MAX_TYPED).collect(),
        SplitEvent::EditTip { text } => form.tip_text = text.chars().take(MAX_TYPED).collect(),
        SplitEvent::SetMode { mode } => {
            form.mode = mode;
            prefill(form);
        }
        SplitEvent::IncludeMe { included } => include_me(form, included, wallet)?,
        SplitEvent::EditValue { person, text } => {
            let person = form.people.get_mut(person as usize).ok_or(no_such("Split.EditValue", NO_PERSON))?;
            person.value = text.chars().take(MAX_TYPED).collect();
        }
        SplitEvent::EditNewName { text } => {
            form.new_name = text.chars().take(MAX_TYPED).collect();
            form.new_problem = None;
        }
        SplitEvent::EditNewPhone { text } => {
            form.new_phone = text.chars().take(MAX_TYPED).collect();
            form.new_problem = None;
        }
        SplitEvent::AddPerson => add_typed(form, model, wallet),
        SplitEvent::EditGroup { text } => form.group = text.chars().take(TITLE_MAX).collect(),
        SplitEvent::SetPayer { person } => {
            let person = person as usize;
            let Some(draft) = form.people.get(person) else {
                return Err(no_such("Split.SetPayer", NO_PERSON));
            };
            form.payer = (!draft.me).then_some(person);
        }
        SplitEvent::AddContact { phone } => {
            let contact = model
                .contacts
                .iter()
                .find(|c| c.phone == phone)
                .ok_or(no_such("Split.AddContact", "no such contact"))?;
            let (name, phone) = (contact.name.clone(), contact.phone.clone());
            if let Err(problem) = add(form, name, Some(phone), wallet) {
                form.new_problem = Some(problem);
            }
        }
        SplitEvent::RemovePerson { person } => remove_person(form, person as usize)?,
        SplitEvent::AddItem => {
            if form.items.len() >= MAX_ITEMS {
                form.problem = Some("split-too-many-items");
            } else {
                let everyone = (0..form.people.len()).collect();
                form.items.push(ItemDraft { name: String::new(), price: String::new(), people: everyone });
            }
        }
        SplitEvent::EditItemName { item, text } => {
            item_mut(form, item, "Split.EditItemName")?.name = text.chars().take(MAX_TYPED).collect();
        }
        SplitEvent::EditItemPrice { item, text } => {
            item_mut(form, item, "Split.EditItemPrice")?.price = text.chars().take(MAX_TYPED).collect();
        }
        SplitEvent::ToggleItemPerson { item, person } => {
            let person = person as usize;
            if person >= form.people.len() {
                return Err(no_such("Split.ToggleItemPerson", NO_PERSON));
            }
            let item = item_mut(form, item, "Split.ToggleItemPerson")?;
            match item.people.iter().position(|p| *p == person) {
                Some(at) => {
                    item.people.remove(at);
                }
                None => {
                    item.people.push(person);
                    item.people.sort_unstable();
                }
            }
        }
        SplitEvent::RemoveItem { item } => {
            let item = item as usize;
            if item >= form.items.len() {
                return Err(no_such("Split.RemoveItem", NO_ITEM));
            }
            form.items.remove(item);
        }
        SplitEvent::Send => return Ok(send(form)),
        other => return Err(Rejection::WrongScreen { event: other.name(), screen: "split-editor" }),
    }
    recompute(form);
    Ok(Step::stay())
}

const NO_PERSON: &str = "no such person on the bill";
const NO_ITEM: &str = "no such item on the bill";

/// An event naming a person, an item or a contact that is not there: a shell's mistake.
fn no_such(event: &'static str, reason: &'static str) -> Rejection {
    Rejection::NotNow { event, reason }
}

fn item_mut<'a>(form: &'a mut BillForm, item: u32, event: &'static str) -> Result<&'a mut ItemDraft, Rejection> {
    form.items.get_mut(item as usize).ok_or(no_such(event, NO_ITEM))
}

fn include_me(form: &mut BillForm, included: bool, wallet: &Wallet) -> Result<(), Rejection> {
    if included == form.me_included() {
        return Ok(());
    }
    if included {
        let me = signed_in(wallet, "Split.IncludeMe")?;
        form.people.insert(0, PersonDraft { name: me, phone: None, me: true, value: String::new() });
        form.payer = form.payer.map(|p| p + 1);
        for item in &mut form.items {
            for person in &mut item.people {
                *person += 1;
            }
            item.people.insert(0, 0);
        }
        refill(form);
        Ok(())
    } else {
        remove_person(form, 0)
    }
}

/// «Добавить» the typed name and number: the number is optional (without one, the person gets a link to pay);
/// without a name the number names them.
fn add_typed(form: &mut BillForm, model: &SplitModel, wallet: &Wallet) {
    let typed = form.new_phone.trim();
    let phone = if typed.is_empty() {
        None
    } else {
        match Phone::parse(typed) {
            Ok(phone) => Some(phone),
            Err(error) => {
                form.new_problem = Some(error.message_id());
                return;
            }
        }
    };
    let mut name = form.new_name.trim().to_owned();
    if name.is_empty() {
        // A contact with this number lends its name; otherwise the masked number.
        let known = phone.as_ref().and_then(|p| model.contacts.iter().find(|c| c.phone == p.e164()));
        name = match (known, &phone) {
            (Some(contact), _) => contact.name.clone(),
            (None, Some(phone)) => phone.masked(),
            (None, None) => {
                form.new_problem = Some("split-person-needs-name");
                return;
            }
        };
    }
    match add(form, name, phone.map(|p| p.e164().to_owned()), wallet) {
        Ok(()) => {
            form.new_name.clear();
            form.new_phone.clear();
            form.new_problem = None;
        }
        Err(problem) => form.new_problem = Some(problem),
    }
}

fn add(form: &mut BillForm, name: String, phone: Option<String>, wallet: &Wallet) -> Result<(), &'static str> {
    if form.people.len() >= MAX_PEOPLE {
        return Err("split-too-many-people");
    }
    if let Some(phone) = &phone {
        if form.people.iter().any(|p| p.phone.as_ref() == Some(phone)) {
            return Err("split-person-twice");
        }
        if wallet.session.as_deref().is_some_and(|me| Phone::parse(phone).is_ok_and(|p| p.masked() == me)) {
            return Err("split-person-is-me");
        }
    }
    let name: String = name.chars().take(MAX_TYPED).collect();
    if wallet_formats::free_text::hidden_character(&name).is_some() {
        return Err("text-hidden-character");
    }
    if form.people.iter().any(|p| p.name.trim().to_lowercase() == name.trim().to_lowercase()) {
        return Err("split-person-twice");
    }
    let position = form.people.len();
    form.people.push(PersonDraft { name, phone, me: false, value: String::new() });
    for item in &mut form.items {
        item.people.push(position);
    }
    refill(form);
    Ok(())
}

fn remove_person(form: &mut BillForm, person: usize) -> Result<(), Rejection> {
    if person >= form.people.len() {
        return Err(no_such("Split.RemovePerson", NO_PERSON));
    }
    form.people.remove(person);
    form.payer = match form.payer {
        Some(payer) if payer == person => None,
        Some(payer) if payer > person => Some(payer - 1),
        other => other,
    };
    for item in &mut form.items {
        item.people.retain(|p| *p != person);
        for p in &mut item.people {
            if *p > person {
                *p -= 1;
            }
        }
    }
    refill(form);
    Ok(())
}

/// The people changed: shares give a newcomer 1; percentages and exact amounts start again from an equal split
/// (the old ones no longer sum to anything meaningful).
fn refill(form: &mut BillForm) {
    match form.mode {
        SplitMode::Shares => {
            for person in form.people.iter_mut().filter(|p| p.value.trim().is_empty()) {
                person.value = "1".into();
            }
        }
        SplitMode::Percent | SplitMode::Exact => prefill(form),
        SplitMode::Equal | SplitMode::Items => {}
    }
}

/// A new mode starts from the equal split: a share of 1 each, equal percentages, equal amounts of the total (the
/// leftover hundredths and tyiyns to the first listed, as the split itself would give them).
fn prefill(form: &mut BillForm) {
    let count = form.people.len();
    let equal = |total: i64| allocate(total, &vec![1; count]).map(|parts| parts.iter().map(|p| p.minor).collect());
    let values: Vec<String> = match form.mode {
        SplitMode::Shares => vec!["1".to_owned(); count],
        SplitMode::Percent => equal(10_000)
            .map(|parts: Vec<i64>| parts.iter().map(|h| format!("{}.{:02}", h / 100, h % 100)).collect())
            .unwrap_or_default(),
        SplitMode::Exact => match parse_amount(&form.total_text, form.currency).ok().and_then(|m| m.to_minor()) {
            Some(total) => equal(total)
                .map(|parts: Vec<i64>| {
                    parts.iter().map(|minor| plain(&Money::from_minor(*minor, form.currency))).collect()
                })
                .unwrap_or_default(),
            None => Vec::new(),
        },
        SplitMode::Equal | SplitMode::Items => Vec::new(),
    };
    for (i, person) in form.people.iter_mut().enumerate() {
        person.value = values.get(i).cloned().unwrap_or_default();
    }
}

/// Works the split out again from what is typed.
pub fn recompute(form: &mut BillForm) {
    form.outcome = compute(form);
}

fn compute(form: &BillForm) -> Outcome {
    let names: Vec<String> = form.people.iter().map(|p| p.name.clone()).collect();
    let currency = form.currency;
    let tip = match form.tip_text.trim() {
        "" => None,
        text => match Tip::parse(text, currency) {
            Ok(tip) => Some(tip),
            Err(error) => return Outcome::Refused(error),
        },
    };
    if form.mode == SplitMode::Items {
        if form.items.iter().all(|i| i.price.trim().is_empty()) {
            return Outcome::Empty;
        }
        let mut items = Vec::with_capacity(form.items.len());
        for item in &form.items {
            let price = match parse_amount(&item.price, currency) {
                Ok(price) => price,
                Err(error) => return Outcome::Refused(error),
            };
            items.push(Item { name: item.name.clone(), price, people: item.people.clone() });
        }
        return match split_items(currency, &names, &items, tip.as_ref()) {
            Ok(split) => Outcome::Items(split),
            Err(error) => Outcome::Refused(error),
        };
    }
    if form.total_text.trim().is_empty() {
        return Outcome::Empty;
    }
    let total = match parse_amount(&form.total_text, currency) {
        Ok(total) => total,
        Err(error) => return Outcome::Refused(error),
    };
    let values = form.people.iter().map(|p| p.value.as_str());
    let mode = match form.mode {
        SplitMode::Equal | SplitMode::Items => Ok(Mode::Equal),
        SplitMode::Shares => values.map(parse_share).collect::<Result<_, _>>().map(Mode::Shares),
        SplitMode::Percent => values.map(Percent::parse).collect::<Result<_, _>>().map(Mode::Percent),
        SplitMode::Exact => values.map(|v| parse_amount(v, currency)).collect::<Result<_, _>>().map(Mode::Exact),
    };
    match mode.and_then(|mode| split(total, &names, &mode, tip.as_ref())) {
        Ok(split) => Outcome::Split(split),
        Err(error) => Outcome::Refused(error),
    }
}

/// «Отправить запросы»: the bill is kept and a request for everyone but me goes into the outbox.
fn send(form: &mut BillForm) -> Step {
    let hidden = |text: &str| wallet_formats::free_text::hidden_character(text).is_some();
    let problem = if form.title.trim().is_empty() {
        Some("split-title-missing")
    } else if hidden(&form.title) || hidden(&form.group) || form.items.iter().any(|item| hidden(&item.name)) {
        Some("text-hidden-character")
    } else if form.payer.is_some() && form.group.trim().is_empty() {
        Some("split-group-needed")
    } else if !form.people.iter().any(|p| !p.me) {
        Some("split-nobody-to-ask")
    } else if form.account_id.is_none() {
        Some("pay-accounts-not-loaded")
    } else if form.outcome.split().is_none() {
        Some("split-fix-first")
    } else {
        None
    };
    let (Some(split), Some(account_id), None) = (form.outcome.split(), form.account_id.clone(), problem) else {
        form.problem = problem;
        return Step::stay();
    };
    let people = form
        .people
        .iter()
        .zip(&split.shares)
        .map(|(person, share)| BillPerson {
            name: person.name.clone(),
            phone: person.phone.clone(),
            amount_minor: share.amount_minor,
            rounding: share.rounding.message_id().to_owned(),
            // Someone else paid: the bill only counts in its group, nobody is asked.
            request: match (person.me, share.amount_minor, form.payer) {
                (true, _, _) => RequestState::Mine,
                (false, 0, _) | (false, _, Some(_)) => RequestState::Nothing,
                (false, _, None) => RequestState::Queued,
            },
        })
        .collect();
    let bill = Bill {
        // Given by the engine when it keeps the bill.
        bill_id: String::new(),
        created_at_ms: 0,
        title: form.title.trim().to_owned(),
        currency: form.currency,
        account_id,
        subtotal_minor: split.subtotal.to_minor().unwrap_or(0),
        tip_minor: split.tip.to_minor().unwrap_or(0),
        source: form.source.clone(),
        people,
        cancelled: false,
        group: Some(form.group.trim().to_owned()).filter(|g| !g.is_empty()),
        paid_by: form.payer,
    };
    form.busy = true;
    Step::stay().with(Effect::SaveBill { bill: Box::new(bill) })
}

/// The accounts were read: a bill begun before they were gets its account.
pub fn wallet_changed(form: &mut BillForm, wallet: &Wallet) {
    if form.account_id.is_none() {
        form.account_id =
            wallet.accounts.iter().find(|a| a.available.currency() == form.currency).map(|a| a.account_id.clone());
    }
}

/// The bill was kept (its requests queued), or why not.
pub fn bill_saved(form: &mut BillForm, result: Result<String, &'static str>) -> Step {
    form.busy = false;
    match result {
        Ok(bill_id) => Step::to(Nav::Replace(Route::SplitBill(BillScreenState { bill_id }))).with(Effect::LoadBills),
        Err(message_id) => {
            form.problem = Some(message_id);
            Step::stay()
        }
    }
}

/// An event on the bills' list.
pub fn bills(
    event: SplitEvent,
    model: &SplitModel,
    wallet: &Wallet,
    notice: &mut Option<Notice>,
) -> Result<Step, Rejection> {
    match event {
        SplitEvent::NewBill => new_bill(wallet),
        SplitEvent::OpenBill { bill_id } => {
            if model.bill(&bill_id).is_none() {
                return Err(Rejection::NotNow { event: "Split.OpenBill", reason: "no such bill" });
            }
            Ok(Step::to(Nav::Push(Route::SplitBill(BillScreenState { bill_id }))))
        }
        SplitEvent::PayRequest { request_id } => pay_request(&request_id, model, wallet, notice),
        SplitEvent::OpenGroup { name } => {
            if !model.bills.iter().any(|b| b.group.as_deref() == Some(name.as_str())) {
                return Err(Rejection::NotNow { event: "Split.OpenGroup", reason: "no such group" });
            }
            Ok(Step::to(Nav::Push(Route::SplitGroup(GroupScreenState { name }))))
        }
        other => Err(Rejection::WrongScreen { event: other.name(), screen: "split-bills" }),
    }
}

/// An event on a bill's screen.
pub fn bill(
    state: &BillScreenState,
    event: SplitEvent,
    model: &SplitModel,
    wallet: &Wallet,
    notice: &mut Option<Notice>,
) -> Result<Step, Rejection> {
    let Some(bill) = model.bill(&state.bill_id) else {
        return Err(Rejection::NotNow { event: event.name(), reason: "the bill is not loaded" });
    };
    match event {
        SplitEvent::Remind { person } => {
            let person = person as usize;
            let can = bill.people.get(person).is_some_and(|p| reminder_possible(bill, p));
            if !can {
                return Err(Rejection::NotNow { event: "Split.Remind", reason: "nothing to remind of" });
            }
            Ok(Step::stay().with(Effect::RemindRequest { bill_id: bill.bill_id.clone(), person }))
        }
        SplitEvent::CancelBill => {
            if bill.cancelled || bill.settled() || bill.outstanding_minor() == 0 {
                return Err(Rejection::NotNow { event: "Split.CancelBill", reason: "nothing to cancel" });
            }
            Ok(Step::stay().with(Effect::CancelBill { bill_id: bill.bill_id.clone() }))
        }
        SplitEvent::PayBill => match &bill.source {
            BillSource::Code { link } => Ok(pay_link(link, wallet, notice)),
            _ => Err(Rejection::NotNow { event: "Split.PayBill", reason: "the bill was not made from a code" }),
        },
        other => Err(Rejection::WrongScreen { event: other.name(), screen: "split-bill" }),
    }
}

/// A reminder goes to someone with the wallet whose request is open at the bank.
pub fn reminder_possible(bill: &Bill, person: &BillPerson) -> bool {
    !bill.cancelled
        && matches!(
            person.request,
            RequestState::Sent { in_wallet: true, status: wallet_protocol::requests::PaymentRequestStatus::Open, .. }
        )
}

/// «Оплатить» a request made to me: the usual confirmation of its payment code.
pub fn pay_request(
    request_id: &str,
    model: &SplitModel,
    wallet: &Wallet,
    notice: &mut Option<Notice>,
) -> Result<Step, Rejection> {
    let Some(request) = model.open_incoming().find(|r| r.request_id == request_id) else {
        return Err(Rejection::NotNow { event: "Split.PayRequest", reason: "no such open request" });
    };
    Ok(pay_link(&request.link, wallet, notice))
}

/// The confirmation of a link the wallet holds, or a notice saying why it cannot be paid from here.
fn pay_link(link: &str, wallet: &Wallet, notice: &mut Option<Notice>) -> Step {
    pay_rules::pay_text(link, wallet).unwrap_or_else(|problem| {
        *notice = Some(Notice::error(problem.message_id()));
        Step::stay()
    })
}

/// The shell read the contacts: the numbers this wallet serves, normalised, each once; then the bank is asked
/// which of them have the wallet.
pub fn contacts_read(model: &mut SplitModel, contacts: Vec<DeviceContact>, wallet: &Wallet) -> Step {
    let mut kept: Vec<Contact> = Vec::new();
    for contact in contacts.into_iter().take(MAX_CONTACTS) {
        let Ok(phone) = Phone::parse(&contact.phone) else {
            continue;
        };
        if kept.iter().any(|c| c.phone == phone.e164()) || wallet.session.as_deref() == Some(&phone.masked()) {
            continue;
        }
        let name = contact.name.trim();
        let name = if name.is_empty() { phone.masked() } else { name.chars().take(MAX_TYPED).collect() };
        let has_wallet = model.contacts.iter().find(|c| c.phone == phone.e164()).and_then(|c| c.has_wallet);
        kept.push(Contact { name, phone: phone.e164().to_owned(), has_wallet });
    }
    kept.sort_by_key(|c| c.name.to_lowercase());
    model.contacts = kept;
    check_contacts(model, wallet)
}

/// Asks the bank which contacts have the wallet (when someone is signed in and there are any).
pub fn check_contacts(model: &mut SplitModel, wallet: &Wallet) -> Step {
    if wallet.session.is_none() || model.contacts.is_empty() {
        return Step::stay();
    }
    if model.contacts_state == ContactsState::Checking {
        return Step::stay();
    }
    model.contacts_state = ContactsState::Checking;
    let numbers = model.contacts.iter().map(|c| c.phone.clone()).collect();
    Step::stay().with(Effect::CheckContacts { numbers })
}

/// The bank's answer about the contacts.
pub fn contacts_checked(model: &mut SplitModel, result: Result<(Vec<String>, bool), BankFailure>) {
    match result {
        Ok((with_wallet, stale)) => {
            for contact in &mut model.contacts {
                contact.has_wallet = Some(with_wallet.contains(&contact.phone));
            }
            // Those with the wallet first: they get the request in the app.
            model.contacts.sort_by(|a, b| {
                b.has_wallet.cmp(&a.has_wallet).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            });
            model.contacts_state = ContactsState::Checked { stale };
        }
        Err(BankFailure::Offline) => {
            model.contacts_state = ContactsState::Failed { message_id: "split-contacts-offline" }
        }
        Err(BankFailure::Refused { message_id }) => model.contacts_state = ContactsState::Failed { message_id },
    }
}
