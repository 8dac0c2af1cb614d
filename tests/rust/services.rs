//! Paying for services end to end (issue 20): Айгуль, on her phone against a sandbox bank, tops up her MegaCom number
//! from «Платежи» (the operator told by the number on another operator's form), pays her electricity bill after the
//! provider named her and the debt — which goes once paid —, and is told an unknown water account is not the
//! provider's. Offline, the catalogue she saw is still there.

use std::time::Duration;

use wallet_core::Event;
use wallet_core::ViewModel;
use wallet_core::app::Screen;
use wallet_core::features::history::RowStatus;
use wallet_core::features::pay::PayEvent;
use wallet_core::features::pin::PinMode;
use wallet_core::features::services::{ServicePayScreen, ServicesEvent};
use wallet_e2e::Bank;
use wallet_e2e::shell::{Phone, Shell, sign_in_and_onboard};
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const PIN: &str = "5827";

fn services(event: ServicesEvent) -> Event {
    Event::Services(event)
}

/// Home → «Платежи» → the category → the provider's form.
fn open_provider(shell: &Shell, category: &str, provider: &str) {
    let home = shell.until("home with «Платежи»", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    let Screen::Home(home) = home.screen else { unreachable!() };
    shell.send(home.services.expect("«Платежи» on home").event);
    shell.until("the categories", |v| matches!(&v.screen, Screen::Services(s) if !s.categories.is_empty()));
    shell.send(services(ServicesEvent::OpenCategory { category_id: category.into() }));
    shell.send(services(ServicesEvent::OpenProvider { provider_id: provider.into() }));
    shell.until("the provider's form", |v| matches!(v.screen, Screen::ServicePay(_)));
}

fn checked(shell: &Shell, what: &str) -> ServicePayScreen {
    let view = shell.until(
        what,
        |v| matches!(&v.screen, Screen::ServicePay(f) if !f.busy && (f.submit.enabled || f.check_error.is_some())),
    );
    let Screen::ServicePay(form) = view.screen else { unreachable!() };
    form
}

/// «Продолжить», «Оплатить» and the PIN; the result once executed.
fn pay_with_pin(shell: &Shell) -> ViewModel {
    shell.send(services(ServicesEvent::Continue));
    shell.until("«Оплатить»", |v| matches!(&v.screen, Screen::PayConfirm(c) if c.pay.enabled));
    shell.send(Event::Pay(PayEvent::Confirm));
    shell.pin_screen(PinMode::ConfirmPayment);
    shell.type_pin(PIN);
    shell.until("executed", |v| matches!(&v.screen, Screen::PayResult(r) if r.status == RowStatus::Executed))
}

fn debt_of(bank: &Bank, provider: &str, account: &str) -> i64 {
    bank.sandbox.db().with_blocking(|conn| {
        conn.query_row(
            "SELECT debt_minor FROM service_accounts WHERE provider_id = ?1 AND account = ?2",
            [provider, account],
            |row| row.get(0),
        )
        .expect("the account")
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mobile_top_up_and_a_utility_bill_after_the_providers_check_and_an_unknown_account_refused() {
    let bank = Bank::start(Duration::ZERO).await;
    let account = account_id(AIGUL);
    let before = bank.balance_minor(&account);
    let phone = Phone::new(&bank, "ru-KG", false);
    let shell = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);

    // Her own MegaCom number typed on Beeline's form: the operator follows the number.
    open_provider(&shell, "mobile", "beeline-kg");
    shell.send(services(ServicesEvent::EditAccount { text: "0555 123 456".into() }));
    shell.send(services(ServicesEvent::EditAmount { text: "100".into() }));
    let mobile = checked(&shell, "the number checked");
    assert_eq!(
        (mobile.title.as_str(), mobile.operator_note.as_deref()),
        ("MegaCom", Some("Оператор определён по номеру: MegaCom"))
    );
    assert!(mobile.holder.is_none() && mobile.check_error.is_none(), "{mobile:?}");
    pay_with_pin(&shell);
    assert_eq!(bank.balance_minor(&account), before - 10_000);
    shell.send(Event::Back);

    // The electricity bill: the provider names her and the debt, which fills the amount; paid, it is gone.
    open_provider(&shell, "electricity", "severelectro");
    shell.send(services(ServicesEvent::EditAccount { text: "1234567890".into() }));
    let bill = checked(&shell, "the bill checked");
    assert_eq!(bill.holder.as_deref(), Some("Абонент: Асанова А."));
    assert_eq!(bill.debt.as_deref().map(|d| d.replace('\u{a0}', " ")).as_deref(), Some("Задолженность: 1 240,00 сом"));
    assert_eq!(bill.amount.value, "1240.00");
    let done = pay_with_pin(&shell);
    let Screen::PayResult(result) = done.screen else { unreachable!() };
    assert!(format!("{result:?}").contains("Северэлектро"), "{result:?}");
    assert_eq!(bank.balance_minor(&account), before - 10_000 - 124_000);
    assert_eq!(debt_of(&bank, "severelectro", "1234567890"), 0, "paid once");
    shell.send(Event::Back);

    // A water account the provider does not have: said, and nothing can be paid.
    open_provider(&shell, "water", "vodokanal");
    shell.send(services(ServicesEvent::EditAccount { text: "1111111".into() }));
    let unknown = checked(&shell, "the refusal");
    assert_eq!(unknown.check_error.as_deref(), Some("У поставщика нет такого счёта. Проверьте номер"));
    assert!(!unknown.submit.enabled);
    assert_eq!(bank.count("SELECT COUNT(*) FROM service_payments"), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_catalogue_seen_once_is_there_offline() {
    let mut bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    let shell = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);
    open_provider(&shell, "gas", "gazprom-kg");
    drop(shell);

    bank.stop().await;
    let shell = phone.open();
    shell.pin_screen(PinMode::Unlock);
    shell.type_pin(PIN);
    let home = shell.until("home", |v| matches!(&v.screen, Screen::Home(h) if h.services.is_some()));
    let Screen::Home(home) = home.screen else { unreachable!() };
    shell.send(home.services.expect("«Платежи»").event);
    let offline = shell.until(
        "the kept catalogue, offline",
        |v| matches!(&v.screen, Screen::Services(s) if s.offline.is_some() && !s.categories.is_empty()),
    );
    let Screen::Services(browser) = offline.screen else { unreachable!() };
    assert!(browser.categories.iter().any(|c| c.label == "Газ"), "{:?}", browser.categories);
    bank.resume().await;
}
