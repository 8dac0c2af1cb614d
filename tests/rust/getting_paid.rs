//! Paying and getting paid end to end (issue 15): two customers of a sandbox bank on phones of their own. Бакыт
//! pays Айгуль's code with an amount; the bank pushes to Айгуль's registered phone, the push makes it sync at once
//! (its own timer is a minute away), her receive screen says the money came, her inbox lists it and opens it.
//! Бакыт's result screen follows the payment to «Исполнено» and shares its receipt as a PNG and a PDF whose text
//! names the amount and the operation's number. Айгуль, identified at the bank, shows as identified.

use std::time::Duration;

use wallet_core::Event;
use wallet_core::app::Screen;
use wallet_core::app::settings::PushPlatform;
use wallet_core::features::history::RowStatus;
use wallet_core::features::inbox::InboxEvent;
use wallet_core::features::pay::PayEvent;
use wallet_core::features::pin::PinMode;
use wallet_core::features::receive::ReceiveEvent;
use wallet_e2e::Bank;
use wallet_e2e::shell::{Phone, Shell, sign_in_and_onboard};
use wallet_sandbox::seed::CUSTOMERS;

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const PIN: &str = "5827";

fn home_ready(shell: &Shell) -> wallet_core::features::home::HomeScreen {
    let view = shell.until("home with the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    let Screen::Home(home) = view.screen else { unreachable!() };
    home
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_push_brings_the_money_to_the_receive_screen_and_the_inbox_and_the_payer_shares_the_receipt() {
    let bank = Bank::start(Duration::ZERO).await;
    let mut pushes = bank.sandbox.subscribe_pushes();
    let (aigul_phone, bakyt_phone) = (Phone::new(&bank, "ru-RU", false), Phone::new(&bank, "ru-RU", false));
    let aigul = sign_in_and_onboard(&aigul_phone, &bank, AIGUL, PIN);
    let bakyt = sign_in_and_onboard(&bakyt_phone, &bank, BAKYT, PIN);

    // Айгуль's phone gets its push address; the core gives it to the bank at its next sync.
    aigul.send(Event::PushToken { platform: PushPlatform::Preview, token: "push-aigul".into() });
    // Identified at the bank (not from this phone): the bank's profile says so.
    let home = aigul.until(
        "home, identified",
        |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some() && format!("{h:?}").contains("Пройдена")),
    );
    let Screen::Home(home) = home.screen else { unreachable!() };
    assert_eq!(home.inbox.as_ref().map(|a| a.label.as_str()), Some("Уведомления"));
    assert_eq!(home.inbox_unread, 0, "a new installation's past is not news");

    // Her code for 250 som, named by her name at the bank.
    aigul.send(home.receive.expect("«Получить по QR»").event);
    aigul.send(Event::Receive(ReceiveEvent::EditAmount { text: "250".into() }));
    let shown = aigul.until(
        "the code for 250",
        |v| matches!(&v.screen, Screen::Receive(r) if r.hint.as_deref().is_some_and(|h| h.contains("250"))),
    );
    let Screen::Receive(code) = shown.screen else { unreachable!() };
    assert_eq!(code.name, "Айгуль А.");
    let link = code.link.expect("the link");

    // Бакыт pays it: the PIN repeats what it confirms; the result follows the payment to «Исполнено».
    home_ready(&bakyt);
    bakyt.send(Event::Pay(PayEvent::OpenScanner));
    bakyt.send(Event::Pay(PayEvent::Scanned { text: link }));
    bakyt.until("«Оплатить»", |v| matches!(&v.screen, Screen::PayConfirm(c) if c.pay.enabled));
    bakyt.send(Event::Pay(PayEvent::Confirm));
    let pin = bakyt.pin_screen(PinMode::ConfirmPayment);
    let Screen::Pin(pad) = pin.screen else { unreachable!() };
    let summary: Vec<_> = pad.summary.iter().map(|f| (f.label.as_str(), f.value.replace('\u{a0}', " "))).collect();
    assert_eq!(
        summary,
        [
            ("Получатель", "Айгуль А.".into()),
            ("Сумма", "250,00 сом".into()),
            ("Комиссия", "0,00 сом".into()),
            ("Итого", "250,00 сом".into())
        ]
    );
    bakyt.type_pin(PIN);
    let done =
        bakyt.until("executed", |v| matches!(&v.screen, Screen::PayResult(r) if r.status == RowStatus::Executed));
    let Screen::PayResult(result) = done.screen else { unreachable!() };
    // A code of a person, not a merchant: the bank makes it a transfer.
    assert_eq!((result.headline.as_str(), result.status_label.as_deref()), ("Переведено", Some("Исполнено")));
    assert!(result.cancel.is_none(), "nothing to cancel once executed");

    // The bank pushed to Айгуль's device; the push (all the shell passes on) makes her phone sync at once.
    let push = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let delivery = pushes.recv().await.expect("the push feed");
            if delivery.push_token == "push-aigul" {
                return delivery;
            }
        }
    })
    .await
    .expect("a push for Айгуль's phone within 10 s");
    aigul.send(Event::PushReceived { event_id: push.message.event_id });
    let came = aigul.until("the code paid", |v| matches!(&v.screen, Screen::Receive(r) if r.received.is_some()));
    let Screen::Receive(paid) = came.screen else { unreachable!() };
    assert_eq!(paid.received.as_deref(), Some("Получено 250,00\u{a0}сом от Бакыт Т."));

    // Home counts it unread; the inbox lists it and opens its operation.
    aigul.send(Event::Back);
    let home = aigul.until("the unread badge", |v| matches!(&v.screen, Screen::Home(h) if h.inbox_unread >= 1));
    let Screen::Home(home) = home.screen else { unreachable!() };
    aigul.send(home.inbox.expect("«Уведомления»").event);
    let inbox = aigul.until("the inbox", |v| matches!(&v.screen, Screen::Inbox(i) if !i.items.is_empty()));
    let Screen::Inbox(inbox) = inbox.screen else { unreachable!() };
    let newest = &inbox.items[0];
    assert_eq!(
        (newest.title.as_str(), newest.text.as_str(), newest.unread),
        ("Поступление", "250,00\u{a0}сом от Бакыт Т.", true)
    );
    aigul.send(newest.open.clone());
    aigul.until("its operation", |v| matches!(&v.screen, Screen::Operation(o) if o.status == RowStatus::Executed));
    aigul.send(Event::Back);
    aigul.until(
        "read now",
        |v| matches!(&v.screen, Screen::Inbox(i) if i.items.first().is_some_and(|item| !item.unread)),
    );
    aigul.send(Event::Inbox(InboxEvent::ReadAll));

    // Бакыт shares the receipt: a PNG and a PDF, the PDF's text holding the amount and the operation's number.
    bakyt.send(result.share.expect("«Поделиться»").event);
    let asked = bakyt.until("the share sheet", |v| v.share.is_some());
    let sheet = asked.share.expect("the share sheet");
    let names: Vec<_> = sheet.files.iter().map(|f| f.mime_type.as_str()).collect();
    assert_eq!(names, ["image/png", "application/pdf"]);
    let png = std::fs::read(&sheet.files[0].path).expect("the PNG");
    let picture = image::load_from_memory(&png).expect("decodes");
    assert_eq!(picture.width(), 1080);
    let pdf = std::fs::read(&sheet.files[1].path).expect("the PDF");
    let text = pdf_extract::extract_text_from_mem(&pdf).expect("the PDF's text");
    assert!(text.contains("250,00"), "the amount: {text}");
    let number = sheet.text.split("№ ").nth(1).and_then(|rest| rest.split(':').next()).expect("a number in the text");
    assert!(number.len() == 11 && number.as_bytes()[4] == b'-', "«2026-001234»: {number}");
    assert!(text.contains(&format!("№ {number}")), "the operation's number on the receipt: {text}");
    bakyt.send(sheet.close.event);
    bakyt.until("the sheet closed", |v| v.share.is_none());
    assert!(std::fs::metadata(&sheet.files[0].path).is_ok(), "the files stay for the share sheet to read");
}
