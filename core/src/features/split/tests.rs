//! «Разделить чек» through the app's one `update` and `view`: making a bill in every mode, the people (typed, from
//! the contacts, me or not), every refusal on screen, sending through the outbox, the bill's collecting, and paying a
//! request made to me.

use wallet_protocol::requests::PaymentRequestStatus;

use super::bill::{Bill, BillPerson, BillSource, IncomingRequest, RequestState};
use super::event::{DeviceContact, SplitEvent};
use super::state::SplitMode;
use super::view::{SplitBillScreen, SplitEditorScreen, error_text};
use crate::api::BankFailure;
use crate::app::{Effect, Event, Model, Msg, Notice, Outcome, Rejection, Route, Screen, update, view};
use crate::domain::{Currency, Language, Money};
use crate::features::pay::tests::{home_with_money, merchant_code};
use crate::i18n::{Catalog, missing_marker};
use crate::split::{ListKind, SplitError};

fn split(model: &mut Model, event: SplitEvent) -> Result<Vec<Effect>, Rejection> {
    update(model, Msg::Ui(Event::Split(event)))
}

fn done(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    update(model, Msg::Outcome(outcome)).expect("outcomes apply")
}

fn editor(model: &Model) -> SplitEditorScreen {
    match view(model, Catalog::shared()).screen {
        Screen::SplitEditor(screen) => screen,
        other => panic!("expected the bill editor, got {other:?}"),
    }
}

fn bill_screen(model: &Model) -> SplitBillScreen {
    match view(model, Catalog::shared()).screen {
        Screen::SplitBill(screen) => screen,
        other => panic!("expected a bill, got {other:?}"),
    }
}

fn typed(model: &mut Model, events: impl IntoIterator<Item = SplitEvent>) {
    for event in events {
        split(model, event).expect("typed");
    }
}

fn add(model: &mut Model, name: &str, phone: &str) {
    typed(
        model,
        [
            SplitEvent::EditNewName { text: name.into() },
            SplitEvent::EditNewPhone { text: phone.into() },
            SplitEvent::AddPerson,
        ],
    );
}

/// Home → «Разделить чек» → «Новый чек», «Ужин», 1000\u{a0}сом, with Бакыт and Чынара.
fn dinner() -> Model {
    let mut model = home_with_money();
    assert_eq!(split(&mut model, SplitEvent::OpenBills).expect("opens"), vec![Effect::LoadBills]);
    split(&mut model, SplitEvent::NewBill).expect("new bill");
    typed(&mut model, [SplitEvent::EditTitle { text: "Ужин".into() }, SplitEvent::EditTotal { text: "1000".into() }]);
    add(&mut model, "Бакыт", "0700 654 321");
    add(&mut model, "Чынара", "+996 777 000 111");
    model
}

fn shares(screen: &SplitEditorScreen) -> Vec<(String, Option<String>)> {
    screen.people.iter().map(|p| (p.name.clone(), p.share.clone())).collect()
}

#[test]
fn an_equal_split_with_a_tip_shows_every_share_and_explains_the_extra_tyiyn() {
    let mut model = dinner();
    split(&mut model, SplitEvent::EditTip { text: "10%".into() }).expect("tip");
    let screen = editor(&model);
    assert_eq!(
        shares(&screen),
        vec![
            ("Я".into(), Some("366,67\u{a0}сом".into())),
            ("Бакыт".into(), Some("366,67\u{a0}сом".into())),
            ("Чынара".into(), Some("366,66\u{a0}сом".into())),
        ]
    );
    assert_eq!(screen.summary.as_deref(), Some("Итого 1\u{a0}100,00\u{a0}сом, из них чаевые 100,00\u{a0}сом"));
    assert!(screen.people[0].rounding.as_deref().is_some_and(|r| r.contains("первому в списке")), "{screen:?}");
    assert!(
        screen.people[2].rounding.as_deref().is_some_and(|r| r.contains("выше в списке")),
        "the remainders were equal: the one without the tyiyn is told why"
    );
    assert_eq!(screen.people[1].rounding.as_deref().map(|r| r.starts_with("+1")), Some(true));
    assert!(screen.send.enabled);
    assert_eq!(screen.people[1].phone.as_deref(), Some("+996 700 ***321"));
}

#[test]
fn sending_keeps_the_bill_and_queues_a_request_for_everyone_but_me() {
    let mut model = dinner();
    let effects = split(&mut model, SplitEvent::Send).expect("sends");
    let [Effect::SaveBill { bill }] = &effects[..] else { panic!("keeps the bill: {effects:?}") };
    assert_eq!((bill.title.as_str(), bill.subtotal_minor, bill.tip_minor), ("Ужин", 100_000, 0));
    assert_eq!(bill.account_id, "acc-1");
    let people: Vec<(&str, Option<&str>, i64, &RequestState)> =
        bill.people.iter().map(|p| (p.name.as_str(), p.phone.as_deref(), p.amount_minor, &p.request)).collect();
    assert_eq!(
        people,
        vec![
            ("+996 555 ***456", None, 33_334, &RequestState::Mine),
            ("Бакыт", Some("+996700654321"), 33_333, &RequestState::Queued),
            ("Чынара", Some("+996777000111"), 33_333, &RequestState::Queued),
        ]
    );
    assert!(editor(&model).busy, "no second send while the first is kept");
    assert!(split(&mut model, SplitEvent::Send).is_err());
    let effects = done(&mut model, Outcome::BillSaved { result: Ok("bill-1".into()) });
    assert!(effects.contains(&Effect::LoadBills) && effects.contains(&Effect::Sync), "{effects:?}");
    assert_eq!(model.stack.top().name(), "split-bill");
    assert!(bill_screen(&model).loading, "until the store is read");
}

#[test]
fn a_bill_that_could_not_be_kept_says_so_and_can_be_sent_again() {
    let mut model = dinner();
    split(&mut model, SplitEvent::Send).expect("sends");
    done(&mut model, Outcome::BillSaved { result: Err("split-not-saved") });
    let screen = editor(&model);
    assert_eq!(screen.problem.as_deref(), Some("Не удалось сохранить на телефоне. Попробуйте ещё раз"));
    assert!(screen.send.enabled);
}

#[test]
fn switching_modes_starts_from_the_equal_split_and_wrong_sums_are_explained() {
    let mut model = dinner();
    split(&mut model, SplitEvent::SetMode { mode: SplitMode::Percent }).expect("percent");
    let values: Vec<String> = editor(&model).people.iter().map(|p| p.value.clone()).collect();
    assert_eq!(values, ["33.34", "33.33", "33.33"]);
    split(&mut model, SplitEvent::EditValue { person: 0, text: "50".into() }).expect("types");
    let screen = editor(&model);
    assert_eq!(screen.error.as_deref(), Some("Проценты в сумме дают 116,66, а должны дать 100"));
    assert!(!screen.send.enabled);
    assert!(screen.people.iter().all(|p| p.share.is_none()));
    split(&mut model, SplitEvent::EditValue { person: 1, text: "25".into() }).expect("types");
    split(&mut model, SplitEvent::EditValue { person: 2, text: "25".into() }).expect("types");
    let screen = editor(&model);
    assert_eq!(screen.error, None);
    assert_eq!(screen.people[0].share.as_deref(), Some("500,00\u{a0}сом"));

    split(&mut model, SplitEvent::SetMode { mode: SplitMode::Exact }).expect("exact");
    let values: Vec<String> = editor(&model).people.iter().map(|p| p.value.clone()).collect();
    assert_eq!(values, ["333.34", "333.33", "333.33"]);
    split(&mut model, SplitEvent::EditValue { person: 2, text: "100".into() }).expect("types");
    assert_eq!(
        editor(&model).error.as_deref(),
        Some("Суммы участников дают 766,67\u{a0}сом, а чек — 1\u{a0}000,00\u{a0}сом")
    );

    split(&mut model, SplitEvent::SetMode { mode: SplitMode::Shares }).expect("shares");
    split(&mut model, SplitEvent::EditValue { person: 0, text: "2".into() }).expect("types");
    assert_eq!(
        shares(&editor(&model)).into_iter().map(|(_, s)| s.unwrap_or_default()).collect::<Vec<_>>(),
        ["500,00\u{a0}сом", "250,00\u{a0}сом", "250,00\u{a0}сом"]
    );
    split(&mut model, SplitEvent::EditValue { person: 1, text: "1.5".into() }).expect("types");
    assert!(editor(&model).error.is_some_and(|e| e.contains("«1.5» — не доля")));
}

#[test]
fn split_by_items_shares_what_people_had_and_the_items_make_the_total() {
    let mut model = dinner();
    split(&mut model, SplitEvent::SetMode { mode: SplitMode::Items }).expect("items");
    assert_eq!(editor(&model).total_label, None, "the items make the total");
    typed(
        &mut model,
        [
            SplitEvent::AddItem,
            SplitEvent::EditItemName { item: 0, text: "Плов".into() },
            SplitEvent::EditItemPrice { item: 0, text: "600".into() },
            SplitEvent::AddItem,
            SplitEvent::EditItemName { item: 1, text: "Чай".into() },
            SplitEvent::EditItemPrice { item: 1, text: "100".into() },
            // Tea only for me and Бакыт.
            SplitEvent::ToggleItemPerson { item: 1, person: 2 },
        ],
    );
    let screen = editor(&model);
    assert_eq!(screen.total, "700,00\u{a0}сом");
    assert_eq!(
        shares(&screen).into_iter().map(|(_, s)| s.unwrap_or_default()).collect::<Vec<_>>(),
        ["250,00\u{a0}сом", "250,00\u{a0}сом", "200,00\u{a0}сом"]
    );
    assert!(!screen.items[1].people[2].on);
    // Nobody had the tea: said with the item's name.
    typed(
        &mut model,
        [SplitEvent::ToggleItemPerson { item: 1, person: 0 }, SplitEvent::ToggleItemPerson { item: 1, person: 1 }],
    );
    assert_eq!(editor(&model).error.as_deref(), Some("Позицию 2 («Чай») никто не выбрал"));
    // Removing a person keeps the items' marks on the right people.
    split(&mut model, SplitEvent::ToggleItemPerson { item: 1, person: 2 }).expect("Чынара had tea after all");
    split(&mut model, SplitEvent::RemovePerson { person: 1 }).expect("removes Бакыт");
    let screen = editor(&model);
    assert_eq!(screen.items[1].people.iter().map(|p| p.on).collect::<Vec<_>>(), [false, true]);
    assert_eq!(screen.items[0].people.iter().map(|p| p.on).collect::<Vec<_>>(), [true, true]);
}

#[test]
fn people_are_checked_as_they_are_added() {
    let mut model = dinner();
    add(&mut model, "", "0700 654 321");
    assert_eq!(editor(&model).new_problem.as_deref(), Some("Этот человек уже в чеке"));
    add(&mut model, "Я сам", "0555 123 456");
    assert!(editor(&model).new_problem.is_some_and(|p| p.starts_with("Это ваш номер")));
    add(&mut model, "Кто-то", "12345");
    assert!(editor(&model).new_problem.is_some(), "a number that is not a mobile one");
    add(&mut model, "", "");
    assert_eq!(editor(&model).new_problem.as_deref(), Some("Введите имя или номер телефона"));
    // Without a number: named, and gets a link.
    add(&mut model, "Асель", "");
    let screen = editor(&model);
    assert_eq!(screen.new_problem, None);
    assert_eq!(screen.people[3].delivery.as_deref(), Some("Получит ссылку на оплату"));
    assert_eq!(screen.new_name, "", "the fields empty after adding");
    // Without a name the masked number names them.
    add(&mut model, "", "0770 333 444");
    assert_eq!(editor(&model).people[4].name, "+996 770 ***444");
}

#[test]
fn without_me_everyone_asked_pays_and_nobody_to_ask_is_said() {
    let mut model = home_with_money();
    split(&mut model, SplitEvent::OpenBills).expect("opens");
    split(&mut model, SplitEvent::NewBill).expect("new bill");
    typed(&mut model, [SplitEvent::EditTitle { text: "Такси".into() }, SplitEvent::EditTotal { text: "300".into() }]);
    split(&mut model, SplitEvent::Send).expect("pressed");
    assert_eq!(editor(&model).problem.as_deref(), Some("Добавьте хотя бы одного человека, кроме себя"));
    add(&mut model, "Бакыт", "0700654321");
    split(&mut model, SplitEvent::IncludeMe { included: false }).expect("not me");
    assert_eq!(shares(&editor(&model)), vec![("Бакыт".into(), Some("300,00\u{a0}сом".into()))]);
    split(&mut model, SplitEvent::IncludeMe { included: false }).expect("again: nothing changes");
    split(&mut model, SplitEvent::RemovePerson { person: 0 }).expect("removes Бакыт");
    assert_eq!(editor(&model).error.as_deref(), Some("Добавьте хотя бы одного человека"));
    split(&mut model, SplitEvent::IncludeMe { included: true }).expect("me again");
    assert_eq!(editor(&model).people[0].name, "Я");
}

#[test]
fn a_bill_needs_a_name_and_a_total() {
    let mut model = home_with_money();
    split(&mut model, SplitEvent::OpenBills).expect("opens");
    split(&mut model, SplitEvent::NewBill).expect("new bill");
    add(&mut model, "Бакыт", "0700654321");
    assert!(!editor(&model).send.enabled, "no total yet");
    split(&mut model, SplitEvent::EditTotal { text: "12,345".into() }).expect("types");
    assert!(editor(&model).error.is_some_and(|e| e.starts_with("«12,345» — не сумма")));
    split(&mut model, SplitEvent::EditTotal { text: "0".into() }).expect("types");
    assert_eq!(editor(&model).error.as_deref(), Some("Сумма чека должна быть больше нуля"));
    split(&mut model, SplitEvent::EditTotal { text: "100".into() }).expect("types");
    split(&mut model, SplitEvent::Send).expect("pressed");
    assert_eq!(editor(&model).problem.as_deref(), Some("Назовите чек — название увидят в запросе"));
    split(&mut model, SplitEvent::EditTitle { text: "x".repeat(100) }).expect("types");
    assert_eq!(editor(&model).name.chars().count(), 32, "the title goes into a code comment of 32");
}

#[test]
fn contacts_are_normalised_and_only_their_numbers_go_to_be_checked() {
    let mut model = dinner();
    let contacts = vec![
        DeviceContact { name: "Чынара".into(), phone: "0777 000 111".into() },
        DeviceContact { name: "Чынара (раб.)".into(), phone: "+996777000111".into() },
        DeviceContact { name: "Аптека".into(), phone: "312 123".into() },
        DeviceContact { name: "Мама".into(), phone: "+996 555 123 456".into() },
        DeviceContact { name: "  ".into(), phone: "0770333444".into() },
    ];
    let effects = split(&mut model, SplitEvent::ContactsRead { contacts }).expect("read");
    assert_eq!(
        effects,
        vec![Effect::CheckContacts { numbers: vec!["+996770333444".into(), "+996777000111".into()] }],
        "each number once, landlines and my own number left out"
    );
    assert_eq!(editor(&model).contacts_status.as_deref(), Some("Проверяем, у кого есть кошелёк…"));
    done(&mut model, Outcome::ContactsChecked { result: Ok((vec!["+996777000111".into()], false)) });
    let screen = editor(&model);
    let rows: Vec<(&str, bool, bool)> =
        screen.contacts.iter().map(|c| (c.name.as_str(), c.has_wallet, c.add.enabled)).collect();
    assert_eq!(rows, vec![("Чынара", true, false), ("+996 770 ***444", false, true)], "on the bill already");
    assert_eq!(screen.people[2].delivery.as_deref(), Some("В кошельке"));
    assert_eq!(screen.contacts_status, None);
    split(&mut model, SplitEvent::AddContact { phone: "+996770333444".into() }).expect("adds");
    assert_eq!(editor(&model).people.len(), 4);
    assert!(split(&mut model, SplitEvent::AddContact { phone: "+996700000000".into() }).is_err());
    // Offline: said, with a way to try again.
    split(&mut model, SplitEvent::RefreshContacts).expect("again");
    done(&mut model, Outcome::ContactsChecked { result: Err(BankFailure::Offline) });
    let screen = editor(&model);
    assert!(screen.contacts_status.is_some_and(|s| s.starts_with("Нет связи с банком")));
    assert!(screen.refresh_contacts.is_some());
}

fn sent(request_id: &str, in_wallet: bool, status: PaymentRequestStatus) -> RequestState {
    RequestState::Sent {
        request_id: request_id.into(),
        link: format!("https://pay/{request_id}"),
        in_wallet,
        status,
        reminders: 0,
    }
}

fn person(name: &str, amount_minor: i64, request: RequestState) -> BillPerson {
    BillPerson { name: name.into(), phone: None, amount_minor, rounding: "split-rounding-exact".into(), request }
}

fn loaded_bill(people: Vec<BillPerson>) -> Model {
    let mut model = home_with_money();
    split(&mut model, SplitEvent::OpenBills).expect("opens");
    let bill = Bill {
        bill_id: "b1".into(),
        created_at_ms: 1,
        title: "Ужин".into(),
        currency: Currency::Kgs,
        account_id: "acc-1".into(),
        subtotal_minor: people.iter().map(|p| p.amount_minor).sum(),
        tip_minor: 0,
        source: BillSource::Typed,
        people,
        cancelled: false,
        group: None,
        paid_by: None,
    };
    done(&mut model, Outcome::BillsLoaded { bills: vec![bill], incoming: Vec::new() });
    split(&mut model, SplitEvent::OpenBill { bill_id: "b1".into() }).expect("opens the bill");
    model
}

#[test]
fn a_bill_shows_who_has_paid_reminds_those_with_the_wallet_and_links_the_others() {
    let mut model = loaded_bill(vec![
        person("+996 555 ***456", 30_000, RequestState::Mine),
        person("Бакыт", 30_000, sent("r1", true, PaymentRequestStatus::Paid)),
        person("Чынара", 30_000, sent("r2", true, PaymentRequestStatus::Open)),
        person("Асель", 30_000, sent("r3", false, PaymentRequestStatus::Open)),
        person("Гость", 0, RequestState::Nothing),
    ]);
    let screen = bill_screen(&model);
    assert_eq!(screen.status, "Собрано 300,00\u{a0}сом из 900,00\u{a0}сом");
    let rows: Vec<(&str, &str, bool, bool)> = screen
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.status.as_str(), p.remind.is_some(), p.link.is_some()))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Я", "Моя доля", false, false),
            ("Бакыт", "Оплатил", false, false),
            ("Чынара", "Ждём оплату — запрос в кошельке", true, false),
            ("Асель", "Ждём оплату по ссылке", false, true),
            ("Гость", "Ничего не должен", false, false),
        ]
    );
    assert_eq!(
        screen.people[3].share_text.as_deref(),
        Some("«Ужин»: ваша доля 300,00\u{a0}сом. Оплатите по ссылке: https://pay/r3")
    );
    assert_eq!(
        split(&mut model, SplitEvent::Remind { person: 2 }).expect("reminds"),
        vec![Effect::RemindRequest { bill_id: "b1".into(), person: 2 }]
    );
    assert!(split(&mut model, SplitEvent::Remind { person: 1 }).is_err(), "paid already");
    assert!(split(&mut model, SplitEvent::Remind { person: 3 }).is_err(), "no wallet: the link is shared instead");
    let effects = done(&mut model, Outcome::BillActionQueued { message_id: "split-remind-queued" });
    assert!(effects.contains(&Effect::LoadBills));
    assert_eq!(model.notice, Some(Notice::info("split-remind-queued")));
    assert_eq!(
        split(&mut model, SplitEvent::CancelBill).expect("cancels"),
        vec![Effect::CancelBill { bill_id: "b1".into() }]
    );
}

#[test]
fn a_bill_settles_when_everyone_asked_has_paid_and_follows_the_bank_closely_until_then() {
    let mut model = loaded_bill(vec![
        person("+996 555 ***456", 50_000, RequestState::Mine),
        person("Бакыт", 50_000, sent("r1", true, PaymentRequestStatus::Open)),
    ]);
    let effects =
        done(&mut model, Outcome::SyncFinished { at_ms: 10, problem: None, received: Vec::new(), new_events: 0 });
    assert!(effects.contains(&Effect::LoadBills));
    assert!(
        effects.iter().any(|e| matches!(e, Effect::SyncLater { after_ms, .. } if *after_ms < 10_000)),
        "{effects:?}"
    );
    let mut bill = model.split.bills[0].clone();
    bill.people[1].request = sent("r1", true, PaymentRequestStatus::Paid);
    done(&mut model, Outcome::BillsLoaded { bills: vec![bill], incoming: Vec::new() });
    let screen = bill_screen(&model);
    assert!(screen.settled);
    assert_eq!(screen.status, "Все оплатили — чек закрыт");
    assert_eq!(screen.cancel, None);
    assert!(split(&mut model, SplitEvent::CancelBill).is_err());
    let effects =
        done(&mut model, Outcome::SyncFinished { at_ms: 20, problem: None, received: Vec::new(), new_events: 0 });
    assert!(!effects.iter().any(|e| matches!(e, Effect::SyncLater { after_ms, .. } if *after_ms < 10_000)));
}

/// Айгуль's open request to me for 366,67 сом, paid by `link`.
pub(crate) fn incoming(link: String, reminders: u32) -> IncomingRequest {
    IncomingRequest {
        request_id: "r9".into(),
        requester_name: "Айгуль А.".into(),
        amount_minor: 36_667,
        currency: Currency::Kgs,
        comment: Some("Ужин".into()),
        status: PaymentRequestStatus::Open,
        link,
        reminders,
        created_at_ms: 1,
    }
}

#[test]
fn a_request_made_to_me_shows_on_home_and_pays_through_the_usual_confirmation() {
    let mut model = home_with_money();
    let request = incoming(merchant_code(Some(36_667), "417"), 2);
    done(&mut model, Outcome::BillsLoaded { bills: Vec::new(), incoming: vec![request] });
    let Screen::Home(home) = view(&model, Catalog::shared()).screen else { panic!("home") };
    assert_eq!(home.requests.len(), 1);
    assert_eq!(home.requests[0].text, "Айгуль А. просит 366,67\u{a0}сом");
    assert_eq!(home.requests[0].reminded.as_deref(), Some("Напомнили 2 раза"));
    let effects = update(&mut model, Msg::Ui(home.requests[0].pay.event.clone())).expect("pays");
    assert!(effects.iter().any(|e| matches!(e, Effect::QuotePayment { request } if request.amount_minor == 36_667)));
    assert_eq!(model.stack.top().name(), "pay-confirm");
    assert!(split(&mut model, SplitEvent::PayRequest { request_id: "nope".into() }).is_err());
}

#[test]
fn a_scanned_code_with_an_amount_can_be_split_before_it_is_paid() {
    let mut model = home_with_money();
    update(&mut model, Msg::Ui(Event::Pay(crate::features::pay::PayEvent::OpenScanner))).expect("scanner");
    let code = merchant_code(Some(120_000), "417");
    update(&mut model, Msg::Ui(Event::Pay(crate::features::pay::PayEvent::Scanned { text: code }))).expect("scans");
    let Screen::PayConfirm(confirm) = view(&model, Catalog::shared()).screen else { panic!("confirmation") };
    let action = confirm.split.expect("«Разделить чек»");
    update(&mut model, Msg::Ui(action.event)).expect("splits");
    let screen = editor(&model);
    assert_eq!(screen.total, "1200.00");
    assert!(screen.source.is_some_and(|s| s.starts_with("Из QR-кода")));
    assert!(matches!(&model.stack.top(), Route::SplitEditor(form) if matches!(form.source, BillSource::Code { .. })));
}

#[test]
fn every_refusal_reads_in_every_language() {
    let som = |minor| Money::from_minor(minor, Currency::Kgs);
    let errors = [
        SplitError::NoPeople,
        SplitError::EmptyName { position: 2 },
        SplitError::DuplicateName { name: "Бакыт".into(), first: 1, second: 2 },
        SplitError::TotalNotPositive { total: som(0) },
        SplitError::NotAnAmount { text: "abc".into(), currency: Currency::Kgs },
        SplitError::NotAPercent { text: "101".into() },
        SplitError::NotAShare { text: "-1".into() },
        SplitError::CountMismatch { list: ListKind::Shares, given: 2, people: 3 },
        SplitError::CountMismatch { list: ListKind::Percentages, given: 2, people: 3 },
        SplitError::CountMismatch { list: ListKind::Amounts, given: 2, people: 3 },
        SplitError::NoShares,
        SplitError::PercentNot100 { sum_hundredths: 9_950 },
        SplitError::ExactMismatch { sum: som(100), total: som(200) },
        SplitError::NegativeAmount { amount: som(-5) },
        SplitError::CurrencyMismatch { expected: Currency::Kgs, found: Currency::Kzt },
        SplitError::NoItems,
        SplitError::ItemUnassigned { position: 1, name: "Чай".into() },
        SplitError::ItemUnknownPerson { position: 1, name: "Чай".into(), person: 5, people: 2 },
        SplitError::TooLarge,
        SplitError::BalancesNotZero { sum: som(1) },
        SplitError::BillMismatch { paid: som(1), shares: som(2) },
        SplitError::MemberCount { members: 3, given: 2 },
        SplitError::UnknownMember { name: "Кирилл".into() },
    ];
    for language in Language::ALL {
        let t = Catalog::shared().strings(language);
        for error in &errors {
            let text = error_text(error, None, language, &t);
            assert!(!text.contains('⟦') && !text.is_empty(), "{language:?} {error:?}: {text}");
            assert_ne!(text, missing_marker(error.message_id()));
        }
        let text = error_text(&SplitError::PercentNot100 { sum_hundredths: 9_950 }, None, language, &t);
        assert!(text.contains("99.50") || text.contains("99,50"), "{language:?}: {text}");
    }
}

#[test]
fn someone_else_paying_keeps_the_bill_for_its_group_without_asking_anyone() {
    let mut model = dinner();
    split(&mut model, SplitEvent::SetPayer { person: 1 }).expect("Бакыт paid");
    let screen = editor(&model);
    assert_eq!(screen.send.label, "Сохранить в группу");
    assert_eq!(screen.payers.iter().map(|p| p.selected).collect::<Vec<_>>(), [false, true, false]);
    split(&mut model, SplitEvent::Send).expect("pressed");
    assert!(editor(&model).problem.is_some_and(|p| p.starts_with("Если платил не я")));
    split(&mut model, SplitEvent::EditGroup { text: " Каракол ".into() }).expect("types");
    // The payer moves with the list.
    split(&mut model, SplitEvent::IncludeMe { included: false }).expect("not me");
    assert_eq!(editor(&model).payers.iter().map(|p| p.selected).collect::<Vec<_>>(), [true, false]);
    split(&mut model, SplitEvent::IncludeMe { included: true }).expect("me again");
    let effects = split(&mut model, SplitEvent::Send).expect("sends");
    let [Effect::SaveBill { bill }] = &effects[..] else { panic!("keeps the bill: {effects:?}") };
    assert_eq!((bill.paid_by, bill.group.as_deref()), (Some(1), Some("Каракол")));
    assert!(bill.people.iter().all(|p| matches!(p.request, RequestState::Mine | RequestState::Nothing)));
    // Removing the payer makes it me again.
    let mut model = dinner();
    split(&mut model, SplitEvent::SetPayer { person: 2 }).expect("Чынара paid");
    split(&mut model, SplitEvent::RemovePerson { person: 2 }).expect("removes her");
    assert_eq!(editor(&model).send.label, "Отправить запросы");
}

fn group_bill(id: &str, paid_by: Option<usize>, total: i64, bakyt_paid: bool) -> Bill {
    let third = total / 3;
    let bakyt = if bakyt_paid {
        sent("r-b", true, PaymentRequestStatus::Paid)
    } else if paid_by.is_some() {
        RequestState::Nothing
    } else {
        sent("r-b2", true, PaymentRequestStatus::Open)
    };
    let chynara = if paid_by.is_some() { RequestState::Nothing } else { sent("r-c", true, PaymentRequestStatus::Open) };
    Bill {
        bill_id: id.into(),
        created_at_ms: 1,
        title: id.into(),
        currency: Currency::Kgs,
        account_id: "acc-1".into(),
        subtotal_minor: total,
        tip_minor: 0,
        source: BillSource::Typed,
        people: vec![
            person("+996 555 ***456", third, RequestState::Mine),
            BillPerson { phone: Some("+996700654321".into()), ..person("Бакыт", third, bakyt) },
            BillPerson { phone: Some("+996777000111".into()), ..person("Чынара", third, chynara) },
        ],
        cancelled: false,
        group: Some("Каракол".into()),
        paid_by,
    }
}

#[test]
fn a_group_keeps_balances_across_bills_and_suggests_the_fewest_payments() {
    let mut model = home_with_money();
    split(&mut model, SplitEvent::OpenBills).expect("opens");
    // Dinner: I paid 900, Бакыт has paid me his 300. Taxi: Бакыт paid 600.
    let bills = vec![group_bill("Ужин", None, 90_000, true), group_bill("Такси", Some(1), 60_000, false)];
    done(&mut model, Outcome::BillsLoaded { bills, incoming: Vec::new() });
    let Screen::SplitBills(list) = view(&model, Catalog::shared()).screen else { panic!("the bills") };
    assert_eq!(list.groups.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(), ["Каракол"]);
    assert_eq!(list.bills[1].status, "Платил(а): Бакыт");
    update(&mut model, Msg::Ui(list.groups[0].open.event.clone())).expect("opens the group");
    let Screen::SplitGroup(group) = view(&model, Catalog::shared()).screen else { panic!("the group") };
    let members: Vec<(String, String)> = group.members.iter().map(|m| (m.name.clone(), m.balance.clone())).collect();
    assert_eq!(
        members,
        vec![
            ("Я".into(), "Получит 100,00\u{a0}сом".into()),
            ("Бакыт".into(), "Получит 400,00\u{a0}сом".into()),
            ("Чынара".into(), "Должен 500,00\u{a0}сом".into()),
        ]
    );
    assert_eq!(
        group.payments,
        ["Чынара → Я: 100,00\u{a0}сом", "Чынара → Бакыт: 400,00\u{a0}сом"],
        "two payments, along debts that existed"
    );
    assert_eq!(group.bills_count, "2 чека");
    split(&mut model, SplitEvent::OpenBill { bill_id: "Такси".into() }).expect("a bill of the group");
    let screen = bill_screen(&model);
    assert_eq!(screen.paid_by.as_deref(), Some("Платил(а): Бакыт"));
    assert_eq!(screen.people[2].status, "Доля в группе");
    assert_eq!(screen.cancel, None, "nothing to cancel: nobody was asked");
    assert!(split(&mut model, SplitEvent::CancelBill).is_err());
}
