//! Paying by QR (and transferring by phone) end to end: a phone (the engine, as a shell drives it) against a sandbox bank on 127.0.0.1 — the
//! code scanned, the fee quoted, the PIN, the outbox, the receipt; a dropped answer and an offline queue still pay
//! exactly once.

use std::time::Duration;

use wallet_core::app::Screen;
use wallet_core::domain::operation::ReceiptState;
use wallet_core::features::history::RowStatus;
use wallet_core::features::pay::PayEvent;
use wallet_core::features::pin::PinMode;
use wallet_core::features::transfer::TransferEvent;
use wallet_core::features::transfer::view::TransferScreen;
use wallet_core::{Event, ViewModel};
use wallet_e2e::Bank;
use wallet_e2e::shell::{Phone, Shell, sign_in_and_onboard};
use wallet_sandbox::FaultPlan;
use wallet_sandbox::elqr::{Dynamic, merchant_link};
use wallet_sandbox::seed::{CUSTOMERS, OTHER_BANK_CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const PIN: &str = "5827";

fn pay(event: PayEvent) -> Event {
    Event::Pay(event)
}

fn confirmation(view: &ViewModel) -> Option<&wallet_core::features::pay::view::PayConfirmScreen> {
    match &view.screen {
        Screen::PayConfirm(screen) => Some(screen),
        _ => None,
    }
}

/// Home with the balance loaded → the scanner → `text` scanned → the confirmation ready to pay.
fn scan(shell: &Shell, text: &str) {
    shell.until("the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    shell.send(pay(PayEvent::OpenScanner));
    shell.until("the scanner", |v| matches!(v.screen, Screen::PayScan(_)));
    shell.send(pay(PayEvent::Scanned { text: text.into() }));
    shell.until("the confirmation", |v| confirmation(v).is_some());
}

/// «Оплатить» and the PIN; returns the result screen once `status` shows.
fn confirm_with_pin(shell: &Shell, status: RowStatus) -> ViewModel {
    shell.until("«Оплатить» enabled", |v| confirmation(v).is_some_and(|c| c.pay.enabled));
    shell.send(pay(PayEvent::Confirm));
    shell.pin_screen(PinMode::ConfirmPayment);
    shell.type_pin(PIN);
    shell.until("the result", |v| matches!(&v.screen, Screen::PayResult(r) if r.status == status))
}

fn payments_to(bank: &Bank, merchant_id: &str, amount_minor: i64) -> i64 {
    bank.sandbox.db().with_blocking(|conn| {
        conn.query_row(
            "SELECT COUNT(*) FROM operations WHERE merchant_id = ?1 AND amount_minor = ?2",
            (merchant_id, amount_minor),
            |row| row.get(0),
        )
        .expect("count")
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dynamic_code_is_paid_once_with_the_pin_and_its_receipt_verifies() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-RU", false);
    let shell = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);
    let before = bank.balance_minor(&account_id(AIGUL));
    let till = Dynamic { amount_minor: 55_600, transaction_id: "till-7-0001", comment: Some("Стол 7") };
    let link = merchant_link("navat-cafe", "Кафе Нават", "5812", "KGS", Some(till)).expect("the till's code");

    scan(&shell, &link);
    let ready = shell.until("the fee", |v| confirmation(v).is_some_and(|c| c.pay.enabled));
    let screen = confirmation(&ready).expect("confirmation");
    assert!(!screen.amount_editable, "a dynamic code fixes the amount");
    assert_eq!(screen.fee, "Комиссия: 0,00\u{a0}сом");
    assert!(screen.details.iter().any(|f| f.value == "Стол 7"), "the comment shows: {:?}", screen.details);

    let done = confirm_with_pin(&shell, RowStatus::Executed);
    let Screen::PayResult(result) = &done.screen else { unreachable!() };
    assert_eq!((result.headline.as_str(), result.details.label.as_str()), ("Оплачено", "Квитанция"));
    // «Квитанция»: the details, with the bank's receipt verified.
    shell.send(result.details.event.clone());
    let details = shell.until("the details", |v| matches!(&v.screen, Screen::Operation(o) if o.receipt.is_some()));
    let Screen::Operation(operation) = &details.screen else { unreachable!() };
    assert_eq!(operation.receipt.as_ref().map(|r| r.state), Some(ReceiptState::Verified));
    assert_eq!(bank.balance_minor(&account_id(AIGUL)), before - 55_600);
    assert_eq!(payments_to(&bank, "navat-cafe", 55_600), 1);

    // The same code again: the bank says it was paid, and the scanner says so, before any confirmation or PIN.
    shell.send(Event::Back);
    shell.send(pay(PayEvent::Done));
    shell.until("home", |v| matches!(v.screen, Screen::Home(_)));
    shell.send(pay(PayEvent::OpenScanner));
    shell.send(pay(PayEvent::Scanned { text: link.clone() }));
    let refused = shell.until("the refusal", |v| matches!(&v.screen, Screen::PayScan(s) if s.error.is_some()));
    let Screen::PayScan(scanner) = &refused.screen else { unreachable!() };
    assert_eq!(scanner.error.as_deref(), Some("Этот QR-код уже оплачен."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_answer_and_an_offline_queue_still_pay_exactly_once() {
    let mut bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-RU", false);
    let shell = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);
    let globus = merchant_link("globus-bishkek", "Глобус", "5411", "KGS", None).expect("the shop's code");

    // The bank books the payment but its answer is lost: the outbox sends it again with the same key.
    bank.sandbox.faults().set(FaultPlan {
        drop_responses: 1,
        path_prefix: Some("/operations".into()),
        ..FaultPlan::default()
    });
    scan(&shell, &globus);
    shell.send(pay(PayEvent::EditAmount { text: "123,45".into() }));
    confirm_with_pin(&shell, RowStatus::Executed);
    assert_eq!(payments_to(&bank, "globus-bishkek", 12_345), 1, "one payment despite the lost answer");

    // The bank is out of reach: the payment waits in the queue, visible, and leaves when it is back.
    bank.stop().await;
    shell.send(Event::Back);
    scan(&shell, &globus);
    shell.send(pay(PayEvent::EditAmount { text: "77".into() }));
    let offline = shell.until("the offline note", |v| confirmation(v).is_some_and(|c| c.offline));
    assert!(confirmation(&offline).is_some_and(|c| c.retry.is_some()));
    confirm_with_pin(&shell, RowStatus::Queued);
    assert_eq!(payments_to(&bank, "globus-bishkek", 7_700), 0);
    bank.resume().await;
    shell.send(Event::Network { online: true });
    shell.until(
        "executed after the bank came back",
        |v| matches!(&v.screen, Screen::PayResult(r) if r.status == RowStatus::Executed),
    );
    assert_eq!(payments_to(&bank, "globus-bishkek", 7_700), 1);
}

fn transfer(event: TransferEvent) -> Event {
    Event::Transfer(event)
}

/// Home → «Перевод по номеру телефона» → the number → the bank's answer about it, as the form shows it.
fn transfer_to(shell: &Shell, phone: &str, amount: &str) -> TransferScreen {
    shell.until("the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    shell.send(transfer(TransferEvent::Open));
    shell.until("the transfer form", |v| matches!(v.screen, Screen::Transfer(_)));
    shell.send(transfer(TransferEvent::EditPhone { text: phone.into() }));
    shell.send(transfer(TransferEvent::EditAmount { text: amount.into() }));
    let ready = shell.until("the recipient", |v| matches!(&v.screen, Screen::Transfer(t) if t.submit.enabled));
    let Screen::Transfer(form) = ready.screen else { unreachable!() };
    form
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transfer_by_phone_inside_the_bank_shows_the_masked_name_and_needs_no_sms() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-RU", false);
    let shell = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);
    let bakyt = CUSTOMERS[1].1;
    let (aigul_before, bakyt_before) = (bank.balance_minor(&account_id(AIGUL)), bank.balance_minor(&account_id(bakyt)));

    let form = transfer_to(&shell, bakyt, "250");
    let recipient = form.recipient.expect("the recipient");
    assert!(recipient.ends_with('.') && !recipient.contains(CUSTOMERS[1].0), "masked: {recipient}");
    assert!(form.interbank_note.is_none(), "inside the bank: no SMS code");
    shell.send(transfer(TransferEvent::Continue));
    confirm_with_pin(&shell, RowStatus::Executed);
    assert_eq!(bank.balance_minor(&account_id(AIGUL)), aigul_before - 25_000);
    assert_eq!(bank.balance_minor(&account_id(bakyt)), bakyt_before + 25_000);
}

/// The newest transfer SMS the sandbox "sent" to `phone`: its code and its whole text.
fn transfer_sms(bank: &Bank, phone: &str) -> Option<(String, String)> {
    bank.sandbox.db().with_blocking(|conn| {
        conn.query_row(
            "SELECT code, sms_text FROM transfer_codes WHERE payer_phone = ?1 ORDER BY created_ms DESC LIMIT 1",
            [phone],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .ok()
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transfer_to_another_bank_is_confirmed_by_an_sms_naming_what_the_screen_shows() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-RU", false);
    let shell = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);
    let (kirill, kirills_bank) = (OTHER_BANK_CUSTOMERS[0].1, OTHER_BANK_CUSTOMERS[0].2);
    let before = bank.balance_minor(&account_id(AIGUL));

    let form = transfer_to(&shell, kirill, "1500");
    assert_eq!(form.recipient.as_deref(), Some("Получатель: Кирилл Б."));
    assert_eq!(form.recipient_bank, Some(format!("Банк: {kirills_bank}")));
    assert!(form.interbank_note.is_some());
    shell.send(transfer(TransferEvent::Continue));
    let quoted = shell.until("the fee", |v| confirmation(v).is_some_and(|c| c.pay.enabled));
    let fee = confirmation(&quoted).map(|c| c.fee.clone()).unwrap_or_default();
    assert_eq!(fee, "Комиссия: 15,00\u{a0}сом", "1 % to another bank");
    shell.send(pay(PayEvent::Confirm));
    shell.pin_screen(PinMode::ConfirmPayment);
    shell.type_pin(PIN);

    let sent = shell.until("the code screen", |v| matches!(&v.screen, Screen::TransferCode(c) if c.resend.enabled));
    let Screen::TransferCode(code_screen) = &sent.screen else { unreachable!() };
    let (code, text) = transfer_sms(&bank, AIGUL).expect("the SMS");
    // What the user compares: the SMS names the same amount and recipient as the screen beside the field.
    assert!(text.contains("1\u{a0}500,00 сом") && text.contains("Кирилл Б.") && text.contains(kirills_bank), "{text}");
    assert!(code_screen.compare.contains("1\u{a0}500,00\u{a0}сом") && code_screen.compare.contains("Кирилл Б."));

    // A wrong code is refused with tries left; nothing moves.
    let wrong: String = code.chars().map(|c| if c == '0' { '1' } else { '0' }).collect();
    shell.send(transfer(TransferEvent::EditCode { text: wrong }));
    shell.send(transfer(TransferEvent::SubmitCode));
    shell.until("the refusal", |v| matches!(&v.screen, Screen::TransferCode(c) if c.error.is_some() && !c.busy));
    assert_eq!(bank.balance_minor(&account_id(AIGUL)), before);

    shell.send(transfer(TransferEvent::EditCode { text: code }));
    shell.send(transfer(TransferEvent::SubmitCode));
    shell.until("executed", |v| matches!(&v.screen, Screen::PayResult(r) if r.status == RowStatus::Executed));
    assert_eq!(bank.balance_minor(&account_id(AIGUL)), before - 150_000 - 1_500);
}

/// Seed 004 §5.12: a till's code above the bank's step-up limit (60 000,00 сом over 50 000,00) is confirmed by the
/// PIN and then an SMS code, on the screen that names the payment as the SMS does; the money moves once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_above_the_step_up_limit_is_confirmed_by_an_sms_code_after_the_pin() {
    let bank = Bank::start(Duration::ZERO).await;
    let now = bank.sandbox.clock().now();
    bank.sandbox
        .db()
        .tx(move |tx| wallet_sandbox::banking::top_up(tx, now, &account_id(AIGUL), 10_000_000))
        .await
        .expect("topped up");
    // 60 000,00 сом is above the phone's offline limit (50 000,00 сом here): a quoted payment is not capped by it.
    let phone = Phone::new(&bank, "ru-RU", false);
    let shell = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);
    let before = bank.balance_minor(&account_id(AIGUL));
    let till = Dynamic { amount_minor: 6_000_000, transaction_id: "till-7-0060", comment: None };
    let link = merchant_link("navat-cafe", "Кафе Нават", "5812", "KGS", Some(till)).expect("the till's code");

    scan(&shell, &link);
    shell.until("«Оплатить» enabled", |v| confirmation(v).is_some_and(|c| c.pay.enabled));
    shell.send(pay(PayEvent::Confirm));
    shell.pin_screen(PinMode::ConfirmPayment);
    shell.type_pin(PIN);
    let sent = shell.until("the code screen", |v| matches!(&v.screen, Screen::TransferCode(c) if c.resend.enabled));
    let Screen::TransferCode(code_screen) = &sent.screen else { unreachable!() };
    assert_eq!(code_screen.title, "Подтверждение оплаты");
    let (code, text) = transfer_sms(&bank, AIGUL).expect("the SMS");
    assert!(text.contains("Оплата 60\u{a0}000,00 сом получателю Кафе Нават"), "{text}");
    assert!(code_screen.compare.contains("60\u{a0}000,00\u{a0}сом получателю Кафе Нават"), "{}", code_screen.compare);
    assert_eq!(bank.balance_minor(&account_id(AIGUL)), before, "nothing moves before the code");

    shell.send(transfer(TransferEvent::EditCode { text: code }));
    shell.send(transfer(TransferEvent::SubmitCode));
    shell.until("executed", |v| matches!(&v.screen, Screen::PayResult(r) if r.status == RowStatus::Executed));
    assert_eq!(bank.balance_minor(&account_id(AIGUL)), before - 6_000_000);
    assert_eq!(payments_to(&bank, "navat-cafe", 6_000_000), 1);
}
