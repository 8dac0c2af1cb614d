//! Favourites and regular payments end to end (issue 20): Чынара, on her phone against a sandbox bank whose clock
//! stands at the end of April 2027, pays her Beeline number, saves it as a favourite from the result, pays it again
//! in two taps from home (the favourite, «Оплатить», then the PIN), and sets up a payment on the 31st of every
//! month: the bank runs it on 30 April, once. Raised beyond her balance and moved to Saturdays, the next run is
//! refused, and the phone's list says why.

use std::time::Duration;

use time::macros::datetime;
use wallet_core::Event;
use wallet_core::ViewModel;
use wallet_core::app::Screen;
use wallet_core::features::favourites::{FavouritesEvent, ScheduleKind};
use wallet_core::features::history::RowStatus;
use wallet_core::features::pay::PayEvent;
use wallet_core::features::pin::PinMode;
use wallet_core::features::services::ServicesEvent;
use wallet_e2e::Bank;
use wallet_e2e::shell::{Phone, Shell, sign_in_and_onboard};
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const CHYNARA: &str = CUSTOMERS[2].1;
const PIN: &str = "5827";

fn favourites(event: FavouritesEvent) -> Event {
    Event::Favourites(event)
}

/// «Оплатить» on the confirmation and the PIN; the result once executed.
fn confirm_and_pin(shell: &Shell) -> ViewModel {
    shell.until("«Оплатить»", |v| matches!(&v.screen, Screen::PayConfirm(c) if c.pay.enabled));
    shell.send(Event::Pay(PayEvent::Confirm));
    shell.pin_screen(PinMode::ConfirmPayment);
    shell.type_pin(PIN);
    shell.until("executed", |v| matches!(&v.screen, Screen::PayResult(r) if r.status == RowStatus::Executed))
}

fn home(shell: &Shell) -> wallet_core::features::home::HomeScreen {
    let view = shell.until("home", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    let Screen::Home(home) = view.screen else { unreachable!() };
    home
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_favourite_paid_in_two_taps_and_a_monthly_payment_run_on_the_30th_then_refused() {
    let bank = Bank::start(Duration::ZERO).await;
    // 29 April 2027, 10:00 in Bishkek, before she signs in (a session lives on the bank's clock).
    bank.sandbox.clock().set(datetime!(2027-04-29 04:00 UTC));
    let account = account_id(CHYNARA);
    let before = bank.balance_minor(&account);
    let phone = Phone::new(&bank, "ru-KG", false);
    let shell = sign_in_and_onboard(&phone, &bank, CHYNARA, PIN);

    // Her own Beeline number, 200 сом.
    shell.send(home(&shell).services.expect("«Платежи»").event);
    shell.until("the categories", |v| matches!(&v.screen, Screen::Services(s) if !s.categories.is_empty()));
    shell.send(Event::Services(ServicesEvent::OpenCategory { category_id: "mobile".into() }));
    shell.send(Event::Services(ServicesEvent::OpenProvider { provider_id: "beeline-kg".into() }));
    shell.send(Event::Services(ServicesEvent::EditAccount { text: "0777 000 111".into() }));
    shell.send(Event::Services(ServicesEvent::EditAmount { text: "200".into() }));
    shell.until("checked", |v| matches!(&v.screen, Screen::ServicePay(f) if f.submit.enabled));
    shell.send(Event::Services(ServicesEvent::Continue));
    let done = confirm_and_pin(&shell);

    // «В избранное» on the result.
    let Screen::PayResult(result) = done.screen else { unreachable!() };
    shell.send(result.save_favourite.expect("«В избранное»").event);
    let form = shell.until("the favourite's form", |v| matches!(v.screen, Screen::FavouriteEdit(_)));
    let Screen::FavouriteEdit(form) = form.screen else { unreachable!() };
    assert_eq!((form.name.value.as_str(), form.amount.value.as_str()), ("Beeline", "200.00"));
    shell.send(favourites(FavouritesEvent::EditName { text: "Мой Beeline".into() }));
    shell.send(favourites(FavouritesEvent::Submit));
    shell.until("back on the result", |v| matches!(v.screen, Screen::PayResult(_)));
    shell.send(Event::Back);

    // Two taps from home: the favourite, «Оплатить» (then the PIN).
    let on_home =
        shell.until("the favourite on home", |v| matches!(&v.screen, Screen::Home(h) if !h.favourites.is_empty()));
    let Screen::Home(home_screen) = on_home.screen else { unreachable!() };
    let favourite = home_screen.favourites[0].clone();
    assert_eq!(favourite.label.replace('\u{a0}', " "), "Мой Beeline · 200,00 сом");
    shell.send(favourite.event);
    confirm_and_pin(&shell);
    assert_eq!(bank.balance_minor(&account), before - 40_000);
    shell.send(Event::Back);

    // Every month on the 31st.
    shell.send(home(&shell).all_favourites.expect("«Все избранные»").event);
    let list = shell.until("the list", |v| matches!(&v.screen, Screen::Favourites(l) if !l.rows.is_empty()));
    let Screen::Favourites(list) = list.screen else { unreachable!() };
    shell.send(list.rows[0].schedule.event.clone());
    shell.until("the rule's form", |v| matches!(v.screen, Screen::RegularEdit(_)));
    shell.send(favourites(FavouritesEvent::EditDay { text: "31".into() }));
    shell.send(favourites(FavouritesEvent::SubmitSchedule));
    let listed =
        shell.until("the rule listed", |v| matches!(&v.screen, Screen::Favourites(l) if l.rows[0].rule.is_some()));
    let Screen::Favourites(list) = listed.screen else { unreachable!() };
    assert_eq!(list.rows[0].rule.as_deref(), Some("Каждый месяц, 31 числа · следующий 30.04.2027"));

    // 30 April: the bank runs it once, however often it looks.
    bank.sandbox.clock().set(datetime!(2027-04-30 03:00 UTC));
    bank.sandbox.execute_due().await.expect("runs");
    bank.sandbox.execute_due().await.expect("runs again");
    assert_eq!(bank.balance_minor(&account), before - 60_000);

    // Raised beyond her balance and moved to Saturdays: the run on Saturday 1 May is refused, and the list says why.
    shell.send(list.rows[0].edit.event.clone());
    shell.until("the favourite's form", |v| matches!(v.screen, Screen::FavouriteEdit(_)));
    let too_much = format!("{}", (before - 60_000) / 100 + 100);
    shell.send(favourites(FavouritesEvent::EditAmount { text: too_much }));
    shell.send(favourites(FavouritesEvent::Submit));
    let list = shell.until("the list again", |v| matches!(v.screen, Screen::Favourites(_)));
    let Screen::Favourites(list) = list.screen else { unreachable!() };
    shell.send(list.rows[0].schedule.event.clone());
    shell.until("the rule's form", |v| matches!(v.screen, Screen::RegularEdit(_)));
    shell.send(favourites(FavouritesEvent::ChooseKind { kind: ScheduleKind::Weekly }));
    shell.send(favourites(FavouritesEvent::ChooseWeekday { weekday: 6 }));
    shell.send(favourites(FavouritesEvent::SubmitSchedule));
    shell.until("the list again", |v| matches!(&v.screen, Screen::Favourites(l) if l.rows[0].rule.as_deref().is_some_and(|r| r.starts_with("Каждую неделю"))));
    bank.sandbox.clock().set(datetime!(2027-05-01 03:00 UTC));
    bank.sandbox.execute_due().await.expect("runs");
    assert_eq!(bank.balance_minor(&account), before - 60_000, "refused: nothing moved");
    // The bank's event makes the phone sync at once; the list is read again.
    shell.send(Event::PushReceived { event_id: "e-refused".into() });
    let told = shell
        .until("the refusal said", |v| matches!(&v.screen, Screen::Favourites(l) if l.rows[0].rule_problem.is_some()));
    let Screen::Favourites(list) = told.screen else { unreachable!() };
    let problem = list.rows[0].rule_problem.clone().unwrap_or_default();
    assert_eq!(problem, "Последний платёж не прошёл: недостаточно средств на счёте");
}
