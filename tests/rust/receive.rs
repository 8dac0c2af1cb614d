//! «Получить по QR» end to end: two customers of the sandbox bank, each on a phone of their own (the engine, as a
//! shell drives it). Айгуль shows a code — with an amount and a comment, then the static one — Бакыт scans the link
//! and pays with his PIN, and after the syncs each balance moved by exactly the amount (no fee inside the bank).

use std::time::Duration;

use wallet_core::app::Screen;
use wallet_core::domain::{Currency, Language, Money};
use wallet_core::features::history::RowStatus;
use wallet_core::features::pay::PayEvent;
use wallet_core::features::pay::view::PayConfirmScreen;
use wallet_core::features::pin::PinMode;
use wallet_core::features::receive::{ReceiveEvent, ReceiveScreen};
use wallet_core::{Event, ViewModel};
use wallet_e2e::Bank;
use wallet_e2e::shell::{Phone, Shell, sign_in_and_onboard};
use wallet_formats::elqr::{self, CodeKind};
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const PIN: &str = "5827";

fn receiving(view: &ViewModel) -> Option<&ReceiveScreen> {
    match &view.screen {
        Screen::Receive(screen) => Some(screen),
        _ => None,
    }
}

fn confirmation(view: &ViewModel) -> Option<&PayConfirmScreen> {
    match &view.screen {
        Screen::PayConfirm(screen) => Some(screen),
        _ => None,
    }
}

/// Home's balance as it reads, once it says `minor` tyiyn.
fn home_shows(shell: &Shell, minor: i64) {
    let expected = Money::from_minor(minor, Currency::Kgs).format(Language::Ru);
    shell.until(
        &format!("home with {expected}"),
        |v| matches!(&v.screen, Screen::Home(h) if h.balance.as_ref().is_some_and(|b| b.amount == expected)),
    );
}

/// The payer scans `link` from home and waits for the bank's answer about the fee (none is asked without an amount).
fn scan(shell: &Shell, link: &str) -> PayConfirmScreen {
    shell.until("the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    shell.send(Event::Pay(PayEvent::OpenScanner));
    shell.until("the scanner", |v| matches!(v.screen, Screen::PayScan(_)));
    shell.send(Event::Pay(PayEvent::Scanned { text: link.into() }));
    let ready = shell.until("the bank's answer", |v| confirmation(v).is_some_and(|c| !c.busy));
    confirmation(&ready).cloned().expect("the confirmation")
}

/// «Оплатить», the PIN, and the result following the operation to «Исполнено»; then «Готово», home.
fn pay_with_pin(shell: &Shell) {
    shell.until("«Оплатить» enabled", |v| confirmation(v).is_some_and(|c| c.pay.enabled));
    shell.send(Event::Pay(PayEvent::Confirm));
    shell.pin_screen(PinMode::ConfirmPayment);
    shell.type_pin(PIN);
    let done =
        shell.until("executed", |v| matches!(&v.screen, Screen::PayResult(r) if r.status == RowStatus::Executed));
    let Screen::PayResult(result) = done.screen else { unreachable!() };
    assert_eq!(result.status_label.as_deref(), Some("Исполнено"));
    shell.send(result.done.event);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_with_an_amount_is_paid_once_and_the_static_code_takes_the_payers_amount() {
    let bank = Bank::start(Duration::ZERO).await;
    let (aigul_phone, bakyt_phone) = (Phone::new(&bank, "ru-RU", false), Phone::new(&bank, "ru-RU", false));
    let aigul = sign_in_and_onboard(&aigul_phone, &bank, AIGUL, PIN);
    let bakyt = sign_in_and_onboard(&bakyt_phone, &bank, BAKYT, PIN);
    let (aigul_account, bakyt_account) = (account_id(AIGUL), account_id(BAKYT));
    let (aigul_before, bakyt_before) = (bank.balance_minor(&aigul_account), bank.balance_minor(&bakyt_account));

    // Айгуль asks for 150,00 сом for lunch.
    aigul.until("the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    let Screen::Home(home) = aigul.core.view().screen else { unreachable!() };
    let open = home.receive.expect("«Получить по QR» on home");
    assert_eq!(open.label, "Получить по QR");
    aigul.send(open.event);
    let shown = aigul.until("the static code", |v| receiving(v).is_some_and(|r| r.qr.is_some()));
    assert_eq!(receiving(&shown).and_then(|r| r.account.clone()).as_deref(), Some("Счёт в сомах"));
    aigul.send(Event::Receive(ReceiveEvent::EditAmount { text: "150.00".into() }));
    aigul.send(Event::Receive(ReceiveEvent::EditComment { text: "За обед".into() }));
    let shown = aigul.until("the code for 150", |v| receiving(v).is_some_and(|r| r.comment == "За обед"));
    let screen = receiving(&shown).expect("the receive screen");
    assert_eq!(screen.hint.as_deref(), Some("Код на 150,00\u{a0}сом: оплатить по нему можно один раз"));
    let link = screen.link.clone().expect("the link");
    let share = screen.share_text.clone().expect("the text to share");
    assert_eq!(share, format!("Переведите мне 150,00\u{a0}сом по ссылке: {link}"));
    let code = elqr::parse(&link).expect("a valid ELQR link");
    assert_eq!((code.kind, code.amount_minor), (CodeKind::Dynamic, Some(15_000)));
    assert_eq!(code.provider.recipient_id.as_deref(), Some(aigul_account.as_str()));

    // Бакыт scans it: the amount is fixed, the bank names Айгуль, no fee inside the bank.
    let confirm = scan(&bakyt, &link);
    assert!(!confirm.amount_editable, "the code fixes the amount");
    assert_eq!(confirm.amount, "150,00\u{a0}сом");
    assert_eq!(confirm.fee, "Комиссия: 0,00\u{a0}сом");
    assert_eq!(confirm.details.first().map(|f| f.value.as_str()), Some("Айгуль А."), "{:?}", confirm.details);
    assert!(confirm.details.iter().any(|f| f.value == "За обед"), "the comment: {:?}", confirm.details);
    pay_with_pin(&bakyt);
    assert_eq!(bank.balance_minor(&aigul_account), aigul_before + 15_000);
    assert_eq!(bank.balance_minor(&bakyt_account), bakyt_before - 15_000);
    home_shows(&bakyt, bakyt_before - 15_000);
    // Айгуль's screen, still showing the code, says the money came (it asks the bank every few seconds meanwhile).
    let came = aigul.until("the code paid", |v| receiving(v).is_some_and(|r| r.received.is_some()));
    let screen = receiving(&came).expect("the receive screen");
    assert_eq!(screen.received.as_deref(), Some("Получено 150,00\u{a0}сом от Бакыт Т."));
    aigul.send(screen.again.clone().expect("«Получить ещё»").event);

    // The same code again: paid already, refused on the scanner, before any confirmation or PIN.
    bakyt.send(Event::Pay(PayEvent::OpenScanner));
    bakyt.until("the scanner", |v| matches!(v.screen, Screen::PayScan(_)));
    bakyt.send(Event::Pay(PayEvent::Scanned { text: link.clone() }));
    let refused = bakyt.until("refused", |v| matches!(&v.screen, Screen::PayScan(s) if s.error.is_some()));
    let Screen::PayScan(scanner) = refused.screen else { unreachable!() };
    assert_eq!(scanner.error.as_deref(), Some("Этот QR-код уже оплачен."));
    bakyt.send(Event::Back);

    // «Без суммы»: the static code; Бакыт types the amount himself.
    aigul.send(Event::Receive(ReceiveEvent::Clear));
    let shown = aigul.until("the static code", |v| receiving(v).is_some_and(|r| r.amount.is_empty()));
    let screen = receiving(&shown).expect("the receive screen");
    assert_eq!(screen.hint.as_deref(), Some("Любой может оплатить по этому коду любую сумму"));
    let link = screen.link.clone().expect("the link");
    assert_eq!(elqr::parse(&link).expect("parses").kind, CodeKind::Static);
    let confirm = scan(&bakyt, &link);
    assert!(confirm.amount_editable && confirm.amount.is_empty(), "the payer types the amount");
    bakyt.send(Event::Pay(PayEvent::EditAmount { text: "75,50".into() }));
    pay_with_pin(&bakyt);
    assert_eq!(bank.balance_minor(&aigul_account), aigul_before + 15_000 + 7_550);
    assert_eq!(bank.balance_minor(&bakyt_account), bakyt_before - 15_000 - 7_550);
    home_shows(&bakyt, bakyt_before - 22_550);

    // Айгуль's phone learns of both at its next sync.
    aigul.send(Event::Back);
    let idle = aigul.until(
        "home, not syncing",
        |v| matches!(&v.screen, Screen::Home(h) if h.refresh.as_ref().is_some_and(|r| r.enabled)),
    );
    let Screen::Home(home) = idle.screen else { unreachable!() };
    aigul.send(home.refresh.expect("«Обновить»").event);
    home_shows(&aigul, aigul_before + 22_550);
}
