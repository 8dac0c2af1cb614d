//! Favourites through the app's one `update`: saved from a past payment, listed with their rules, paid with the
//! amount and the PIN, changed; a regular payment set up, paused and its refusal told; a lost answer saved once.

use time::macros::datetime;
use wallet_protocol::ErrorCode;
use wallet_protocol::favourites::{Favourite, FavouriteUpdate, RegularPayment, RegularRun, Schedule};
use wallet_protocol::operations::Recipient;

use super::{FavouritesEvent, ScheduleKind};
use crate::api::BankFailure;
use crate::app::{Effect, Event, FavouriteChange, Model, Msg, Outcome, Rejection, Route, Screen, update, view};
use crate::domain::operation::{Counterparty, Operation, OperationKind, OperationStatus, ReceiptState};
use crate::domain::{Currency, Money};
use crate::features::history::OperationDetails;
use crate::features::pay::tests::home_with_money;
use crate::i18n::Catalog;

fn service() -> Recipient {
    Recipient::Service { provider_id: "megacom".into(), account: "+996555123456".into() }
}

fn favourite() -> Favourite {
    Favourite {
        favourite_id: "fav-1".into(),
        name: "Мой MegaCom".into(),
        account_id: "acc-1".into(),
        amount_minor: 20_000,
        currency: "KGS".into(),
        recipient: service(),
        payee_name: "MegaCom".into(),
        created_at: datetime!(2027-04-01 10:00 UTC),
    }
}

fn rule(refusal: Option<ErrorCode>) -> RegularPayment {
    RegularPayment {
        regular_id: "reg-1".into(),
        favourite_id: "fav-1".into(),
        name: "Мой MegaCom".into(),
        schedule: Schedule::Monthly { day: 31 },
        amount_minor: 20_000,
        currency: "KGS".into(),
        paused: false,
        next_run: Some(datetime!(2027-04-30 00:00 +6)),
        last_run: refusal.map(|code| RegularRun {
            operation_id: "op-7".into(),
            at: datetime!(2027-03-31 03:00 UTC),
            refusal: Some(code),
        }),
    }
}

fn favourites(model: &mut Model, event: FavouritesEvent) -> Result<Vec<Effect>, Rejection> {
    update(model, Msg::Ui(Event::Favourites(event)))
}

fn done(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    update(model, Msg::Outcome(outcome)).expect("outcomes apply")
}

fn screen(model: &Model) -> Screen {
    view(model, Catalog::shared()).screen
}

fn with_lists(rules: Vec<RegularPayment>) -> Model {
    let mut model = home_with_money();
    done(&mut model, Outcome::FavouritesLoaded { lists: Some(Box::new((vec![favourite()], rules))), problem: None });
    model
}

fn paid_operation() -> Operation {
    Operation {
        local_id: "op-1".into(),
        operation_id: Some("op-1".into()),
        account_id: "acc-1".into(),
        kind: OperationKind::Payment,
        status: OperationStatus::Executed,
        amount: Money::from_minor(20_000, Currency::Kgs),
        fee: Money::from_minor(0, Currency::Kgs),
        counterparty: Counterparty { name: "MegaCom".into(), phone_masked: None, merchant_id: None },
        comment: None,
        created_at_ms: 0,
        updated_at_ms: 0,
        revocable: false,
        rejection: None,
        receipt: ReceiptState::Verified,
        number: None,
        recipient: Some(service()),
    }
}

#[test]
fn home_shows_favourites_and_one_is_paid_with_the_amount_and_the_pin() {
    let mut model = with_lists(Vec::new());
    let Screen::Home(home) = screen(&model) else { panic!("home") };
    assert_eq!(home.favourites_title.as_deref(), Some("Избранное"));
    let pay = home.favourites.first().cloned().expect("a favourite on home");
    assert_eq!(pay.label.replace('\u{a0}', " "), "Мой MegaCom · 200,00 сом");
    let effects = update(&mut model, Msg::Ui(pay.event)).expect("pays");
    let [Effect::QuotePayment { request }] = &effects[..] else { panic!("asks for the fee: {effects:?}") };
    assert_eq!((request.amount_minor, &request.recipient), (20_000, &service()));
    let Screen::PayConfirm(confirm) = screen(&model) else { panic!("the confirmation") };
    assert!(confirm.amount_editable && confirm.amount == "200.00", "the amount may be changed: {confirm:?}");
    assert!(confirm.details.iter().any(|f| f.value == "Мой MegaCom"), "{:?}", confirm.details);
}

#[test]
fn a_past_payment_is_saved_once_even_when_the_answer_is_lost() {
    let mut model = with_lists(Vec::new());
    let mut details = OperationDetails::loading("op-1");
    details.loading = false;
    details.operation = Some(Box::new(paid_operation()));
    model.stack.apply(crate::app::Nav::Push(Route::Operation(details)));
    let Screen::Operation(operation) = screen(&model) else { panic!("the operation") };
    let save = operation.save_favourite.expect("«В избранное»");
    update(&mut model, Msg::Ui(save.event)).expect("opens the form");
    let Screen::FavouriteEdit(form) = screen(&model) else { panic!("the form") };
    assert_eq!((form.name.value.as_str(), form.amount.value.as_str()), ("MegaCom", "200.00"));
    favourites(&mut model, FavouritesEvent::EditName { text: "  ".into() }).expect("types");
    favourites(&mut model, FavouritesEvent::Submit).expect("tries");
    let Screen::FavouriteEdit(form) = screen(&model) else { panic!("the form") };
    assert_eq!(form.name.error.as_deref(), Some("Дайте платежу название"));
    favourites(&mut model, FavouritesEvent::EditName { text: "Мой MegaCom".into() }).expect("types");
    let effects = favourites(&mut model, FavouritesEvent::Submit).expect("saves");
    let [Effect::ChangeFavourites { change: FavouriteChange::Create(new), key: None }] = &effects[..] else {
        panic!("creates: {effects:?}")
    };
    assert_eq!((new.name.as_str(), new.amount_minor, &new.recipient), ("Мой MegaCom", 20_000, &service()));
    done(&mut model, Outcome::FavouritesChanged { key: "k-1".into(), result: Err(BankFailure::Offline) });
    let effects = favourites(&mut model, FavouritesEvent::Submit).expect("saves again");
    assert!(matches!(&effects[..], [Effect::ChangeFavourites { key: Some(key), .. }] if key == "k-1"), "{effects:?}");
    let effects = done(&mut model, Outcome::FavouritesChanged { key: "k-1".into(), result: Ok(()) });
    assert_eq!(effects, vec![Effect::LoadFavourites]);
    assert!(matches!(model.stack.top(), Route::Operation(_)), "back where it was saved from");
}

#[test]
fn a_regular_payment_is_set_up_and_its_refusal_is_told() {
    let mut model = with_lists(Vec::new());
    favourites(&mut model, FavouritesEvent::Open).expect("opens");
    favourites(&mut model, FavouritesEvent::Schedule { favourite_id: "fav-1".into() }).expect("schedules");
    let Screen::RegularEdit(form) = screen(&model) else { panic!("the rule's form") };
    assert_eq!(form.kind.options.len(), 3, "a provider's bill can be the trigger");
    assert!(form.pause.is_none() && form.delete.is_none());
    favourites(&mut model, FavouritesEvent::EditDay { text: "32".into() }).expect("types");
    let Screen::RegularEdit(form) = screen(&model) else { panic!("the rule's form") };
    assert!(!form.submit.enabled && form.day.and_then(|d| d.error).is_some());
    // Typed after the «1» the field starts with: the newest two digits.
    favourites(&mut model, FavouritesEvent::EditDay { text: "131".into() }).expect("types");
    let Screen::RegularEdit(form) = screen(&model) else { panic!("the rule's form") };
    assert_eq!(form.day.map(|d| d.value).as_deref(), Some("31"));
    let effects = favourites(&mut model, FavouritesEvent::SubmitSchedule).expect("saves");
    let [Effect::ChangeFavourites { change: FavouriteChange::CreateRule(new), .. }] = &effects[..] else {
        panic!("creates a rule: {effects:?}")
    };
    assert_eq!(new.schedule, Schedule::Monthly { day: 31 });
    done(&mut model, Outcome::FavouritesChanged { key: "k".into(), result: Ok(()) });
    done(
        &mut model,
        Outcome::FavouritesLoaded {
            lists: Some(Box::new((vec![favourite()], vec![rule(Some(ErrorCode::InsufficientFunds))]))),
            problem: None,
        },
    );
    let Screen::Favourites(list) = screen(&model) else { panic!("the list") };
    let row = &list.rows[0];
    assert_eq!(row.rule.as_deref(), Some("Каждый месяц, 31 числа · следующий 30.04.2027"));
    assert!(row.rule_problem.as_deref().is_some_and(|p| p.starts_with("Последний платёж не прошёл")), "{row:?}");

    // Changed: weekly on Friday, paused.
    update(&mut model, Msg::Ui(row.schedule.event.clone())).expect("opens the rule");
    favourites(&mut model, FavouritesEvent::ChooseKind { kind: ScheduleKind::Weekly }).expect("weekly");
    favourites(&mut model, FavouritesEvent::ChooseWeekday { weekday: 5 }).expect("Friday");
    favourites(&mut model, FavouritesEvent::TogglePause).expect("pauses");
    let effects = favourites(&mut model, FavouritesEvent::SubmitSchedule).expect("saves");
    let [Effect::ChangeFavourites { change: FavouriteChange::UpdateRule { regular_id, update }, .. }] = &effects[..]
    else {
        panic!("updates the rule: {effects:?}")
    };
    assert_eq!(
        (regular_id.as_str(), update.schedule, update.paused),
        ("reg-1", Some(Schedule::Weekly { weekday: 5 }), Some(true))
    );
}

#[test]
fn a_favourite_is_renamed_and_offline_the_kept_list_shows() {
    let mut model = with_lists(Vec::new());
    favourites(&mut model, FavouritesEvent::Open).expect("opens");
    done(&mut model, Outcome::FavouritesLoaded { lists: None, problem: Some(BankFailure::Offline) });
    let Screen::Favourites(list) = screen(&model) else { panic!("the list") };
    assert_eq!(list.rows.len(), 1, "what was read before");
    assert_eq!(list.offline.as_deref(), Some("Нет связи с банком: показано сохранённое избранное"));
    favourites(&mut model, FavouritesEvent::Edit { favourite_id: "fav-1".into() }).expect("edits");
    favourites(&mut model, FavouritesEvent::EditAmount { text: "150".into() }).expect("types");
    let effects = favourites(&mut model, FavouritesEvent::Submit).expect("saves");
    let expected = FavouriteChange::Update {
        favourite_id: "fav-1".into(),
        update: FavouriteUpdate { name: Some("Мой MegaCom".into()), amount_minor: Some(15_000) },
    };
    assert!(matches!(&effects[..], [Effect::ChangeFavourites { change, .. }] if *change == expected), "{effects:?}");
}

#[test]
fn every_favourites_text_exists_in_every_language() {
    let mut model = with_lists(vec![rule(Some(ErrorCode::InsufficientFunds))]);
    for route in [
        None,
        Some(FavouritesEvent::Edit { favourite_id: "fav-1".into() }),
        Some(FavouritesEvent::Schedule { favourite_id: "fav-1".into() }),
    ] {
        if model.stack.depth() == 1 {
            favourites(&mut model, FavouritesEvent::Open).expect("opens");
        }
        if let Some(event) = route {
            favourites(&mut model, event).expect("opens");
        }
        for language in crate::domain::Language::ALL {
            model.settings.language = Some(language);
            let json = serde_json::to_string(&view(&model, Catalog::shared())).expect("json");
            assert!(!json.contains('⟦'), "{language:?}: {json}");
        }
        model.settings.language = Some(crate::domain::Language::Ru);
        update(&mut model, Msg::Ui(Event::Back)).expect("back");
    }
}

#[test]
fn the_catalogue_shows_the_favourites_over_its_categories() {
    let mut model = with_lists(Vec::new());
    update(&mut model, Msg::Ui(Event::Services(crate::features::services::ServicesEvent::Open))).expect("opens");
    let Screen::Services(catalogue) = screen(&model) else { panic!("the catalogue") };
    assert_eq!(catalogue.favourites_title.as_deref(), Some("Избранное"));
    let pay = catalogue.favourites.first().cloned().expect("the favourite");
    assert_eq!(pay.label.replace('\u{a0}', " "), "Мой MegaCom · 200,00 сом");
    let effects = update(&mut model, Msg::Ui(pay.event)).expect("pays");
    assert!(
        matches!(&effects[..], [Effect::QuotePayment { request }] if request.recipient == service()),
        "{effects:?}"
    );
    // A search is about providers only.
    update(&mut model, Msg::Ui(Event::Back)).expect("back");
    update(
        &mut model,
        Msg::Ui(Event::Services(crate::features::services::ServicesEvent::Search { text: "meg".into() })),
    )
    .expect("searches");
    let Screen::Services(catalogue) = screen(&model) else { panic!("the catalogue") };
    assert!(catalogue.favourites.is_empty());
}
