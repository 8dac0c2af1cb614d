//! «Разделить чек» end to end: phones (engines, as shells drive them) against a sandbox bank on 127.0.0.1 — a real
//! payment split and its requests paid by other sandbox customers, in their wallets and by link; requests queued
//! offline sent exactly once; a cancelled bill's link that no longer pays; and the contacts check, through a proxy
//! that records every byte the phone sends, leaking no number.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use wallet_core::app::Screen;
use wallet_core::features::history::RowStatus;
use wallet_core::features::pay::PayEvent;
use wallet_core::features::pin::PinMode;
use wallet_core::features::split::view::{SplitBillScreen, SplitEditorScreen};
use wallet_core::features::split::{DeviceContact, SplitEvent, SplitMode};
use wallet_core::{Event, ViewModel};
use wallet_e2e::Bank;
use wallet_e2e::shell::{Phone, Shell, sign_in_and_onboard};
use wallet_sandbox::FaultPlan;
use wallet_sandbox::elqr::merchant_link;
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const CHYNARA: &str = CUSTOMERS[2].1;
const PIN: &str = "5827";

fn split(event: SplitEvent) -> Event {
    Event::Split(event)
}

/// Money as the screens show it, with plain spaces.
fn plain(text: &str) -> String {
    text.replace('\u{a0}', " ")
}

fn editor(view: &ViewModel) -> Option<&SplitEditorScreen> {
    match &view.screen {
        Screen::SplitEditor(screen) => Some(screen),
        _ => None,
    }
}

fn bill(view: &ViewModel) -> Option<&SplitBillScreen> {
    match &view.screen {
        Screen::SplitBill(screen) => Some(screen),
        _ => None,
    }
}

/// The status line of `name` on the bill on screen.
fn status_of(view: &ViewModel, name: &str) -> Option<String> {
    bill(view)?.people.iter().find(|p| p.name == name).map(|p| p.status.clone())
}

fn type_person(shell: &Shell, name: &str, phone: &str) {
    shell.send(split(SplitEvent::EditNewName { text: name.into() }));
    shell.send(split(SplitEvent::EditNewPhone { text: phone.into() }));
    shell.send(split(SplitEvent::AddPerson));
}

/// The confirmation on screen paid with the PIN, to the operation's screen.
fn pay_with_pin(shell: &Shell) {
    shell.until("«Оплатить» enabled", |v| matches!(&v.screen, Screen::PayConfirm(c) if c.pay.enabled));
    shell.send(Event::Pay(PayEvent::Confirm));
    shell.pin_screen(PinMode::ConfirmPayment);
    shell.type_pin(PIN);
    shell.until("the payment done", |v| matches!(&v.screen, Screen::PayResult(r) if r.status == RowStatus::Executed));
}

/// Home shows the request `text`; «Оплатить» it with the PIN.
fn pay_request(shell: &Shell, text: &str) {
    shell.send(Event::Home(wallet_core::features::home::HomeEvent::Refresh));
    let home = shell
        .until(text, |v| matches!(&v.screen, Screen::Home(h) if h.requests.iter().any(|r| plain(&r.text) == text)));
    let Screen::Home(home) = home.screen else { unreachable!() };
    let request = home.requests.iter().find(|r| plain(&r.text) == text).expect("the request");
    shell.send(request.pay.event.clone());
    pay_with_pin(shell);
}

fn requests_in_bank(bank: &Bank) -> i64 {
    bank.sandbox.db().with_blocking(|conn| {
        conn.query_row("SELECT COUNT(*) FROM payment_requests", [], |row| row.get(0)).expect("count")
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_real_payment_is_split_and_each_share_is_paid_by_another_customer() {
    let bank = Bank::start(Duration::ZERO).await;
    let aigul_phone = Phone::new(&bank, "ru-RU", false);
    let aigul = sign_in_and_onboard(&aigul_phone, &bank, AIGUL, PIN);
    let aigul_before = bank.balance_minor(&account_id(AIGUL));

    // Dinner at Глобус, paid by Айгуль: 1 200 сом.
    aigul.until("the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    aigul.send(Event::Pay(PayEvent::OpenScanner));
    let globus = merchant_link("globus-bishkek", "Глобус", "5411", "KGS", None).expect("the shop's code");
    aigul.send(Event::Pay(PayEvent::Scanned { text: globus }));
    aigul.send(Event::Pay(PayEvent::EditAmount { text: "1200".into() }));
    pay_with_pin(&aigul);

    // «Разделить чек» on the payment («Квитанция» from its result): Бакыт and Чынара have the wallet, Кирилл gets a
    // link.
    let Screen::PayResult(result) = aigul.core.view().screen else { unreachable!() };
    aigul.send(result.details.event);
    let paid = aigul.until("the payment's details", |v| matches!(&v.screen, Screen::Operation(o) if o.split.is_some()));
    let Screen::Operation(operation) = &paid.screen else { unreachable!() };
    aigul.send(operation.split.clone().expect("«Разделить чек» on my payment").event);
    let opened = aigul.until("the editor", |v| editor(v).is_some());
    assert_eq!(editor(&opened).map(|e| e.total.as_str()), Some("1200.00"));
    type_person(&aigul, "Бакыт", "0700 654 321");
    type_person(&aigul, "Чынара", "0777 000 111");
    type_person(&aigul, "Кирилл", "");
    aigul.send(split(SplitEvent::SetMode { mode: SplitMode::Exact }));
    for (person, amount) in [(0, "500"), (1, "300"), (2, "100"), (3, "300")] {
        aigul.send(split(SplitEvent::EditValue { person, text: amount.into() }));
    }
    let ready = aigul.until("the shares", |v| editor(v).is_some_and(|e| e.send.enabled));
    let shares: Vec<String> = editor(&ready).expect("editor").people.iter().filter_map(|p| p.share.clone()).collect();
    assert_eq!(
        shares.iter().map(|s| plain(s)).collect::<Vec<_>>(),
        ["500,00 сом", "300,00 сом", "100,00 сом", "300,00 сом"]
    );
    aigul.send(split(SplitEvent::Send));
    let sent = aigul.until("the requests at the bank", |v| {
        status_of(v, "Кирилл").as_deref() == Some("Ждём оплату по ссылке")
            && status_of(v, "Бакыт").as_deref() == Some("Ждём оплату — запрос в кошельке")
    });
    let link = bill(&sent).and_then(|b| b.people.iter().find(|p| p.name == "Кирилл")).and_then(|p| p.link.clone());
    let link = link.expect("Кирилл's link");
    assert_eq!(requests_in_bank(&bank), 3, "one request per person asked, none for me");

    // Бакыт pays his share from home, and Кирилл's link for him (Кирилл has no wallet here).
    let bakyt_phone = Phone::new(&bank, "ru-RU", false);
    let bakyt = sign_in_and_onboard(&bakyt_phone, &bank, BAKYT, PIN);
    pay_request(&bakyt, "Айгуль А. просит 300,00 сом");
    bakyt.send(Event::Back);
    bakyt.until("home", |v| matches!(v.screen, Screen::Home(_)));
    bakyt.send(Event::Pay(PayEvent::OpenScanner));
    bakyt.send(Event::Pay(PayEvent::Scanned { text: link }));
    pay_with_pin(&bakyt);

    // Чынара pays hers.
    let chynara_phone = Phone::new(&bank, "ru-RU", false);
    let chynara = sign_in_and_onboard(&chynara_phone, &bank, CHYNARA, PIN);
    pay_request(&chynara, "Айгуль А. просит 100,00 сом");

    // Айгуль's bill follows the bank to the end, by itself.
    let settled = aigul.until("the bill settled", |v| bill(v).is_some_and(|b| b.settled));
    let screen = bill(&settled).expect("bill");
    assert_eq!(plain(&screen.status), "Все оплатили — чек закрыт");
    assert!(screen.people.iter().filter(|p| p.name != "Я").all(|p| p.paid && p.remind.is_none()));
    assert_eq!(screen.cancel, None);
    assert_eq!(bank.balance_minor(&account_id(AIGUL)), aigul_before - 120_000 + 70_000);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_made_offline_go_exactly_once_and_a_cancelled_bills_link_pays_nothing() {
    let mut bank = Bank::start(Duration::ZERO).await;
    let aigul_phone = Phone::new(&bank, "ru-RU", false);
    let aigul = sign_in_and_onboard(&aigul_phone, &bank, AIGUL, PIN);
    aigul.until("the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));

    bank.stop().await;
    aigul.send(split(SplitEvent::OpenBills));
    aigul.send(split(SplitEvent::NewBill));
    aigul.send(split(SplitEvent::EditTitle { text: "Такси".into() }));
    aigul.send(split(SplitEvent::EditTotal { text: "600".into() }));
    type_person(&aigul, "Бакыт", "0700 654 321");
    type_person(&aigul, "Кирилл", "");
    aigul.until("ready", |v| editor(v).is_some_and(|e| e.send.enabled));
    aigul.send(split(SplitEvent::Send));
    aigul.until("queued on the phone", |v| {
        status_of(v, "Бакыт").as_deref() == Some("Запрос в очереди — отправится, когда будет связь")
    });

    // The bank is back, and its first answer to a request is lost: the same key goes again.
    bank.resume().await;
    bank.sandbox.faults().set(FaultPlan {
        drop_responses: 1,
        path_prefix: Some("/payment-requests".into()),
        method: Some("POST".into()),
        ..FaultPlan::default()
    });
    aigul.send(Event::Network { online: true });
    let sent = aigul.until("sent", |v| {
        status_of(v, "Бакыт").as_deref() == Some("Ждём оплату — запрос в кошельке")
            && status_of(v, "Кирилл").as_deref() == Some("Ждём оплату по ссылке")
    });
    assert_eq!(requests_in_bank(&bank), 2, "each request made once despite the lost answer");
    let link = bill(&sent).and_then(|b| b.people.iter().find(|p| p.name == "Кирилл")).and_then(|p| p.link.clone());
    let link = link.expect("Кирилл's link");

    // A reminder to Бакыт shows on his phone.
    let remind = bill(&sent).and_then(|b| b.people.iter().find(|p| p.name == "Бакыт")).and_then(|p| p.remind.clone());
    aigul.send(remind.expect("«Напомнить»").event);
    aigul.until("reminded", |v| status_of(v, "Бакыт").is_some_and(|s| s.contains("напомнили 1 раз")));
    let bakyt_phone = Phone::new(&bank, "ru-RU", false);
    let bakyt = sign_in_and_onboard(&bakyt_phone, &bank, BAKYT, PIN);
    bakyt.until("the request, reminded", |v| {
        matches!(&v.screen, Screen::Home(h) if h.requests.iter().any(|r| r.reminded.as_deref() == Some("Напомнили 1 раз")))
    });

    // The bill is cancelled: gone from Бакыт's home, and its link refused before any PIN.
    aigul.send(split(SplitEvent::CancelBill));
    let cancelled = aigul.until("cancelled", |v| status_of(v, "Бакыт").as_deref() == Some("Запрос отменён"));
    assert!(bill(&cancelled).is_some_and(|b| b.cancelled && b.cancel.is_none()));
    bakyt.send(Event::Home(wallet_core::features::home::HomeEvent::Refresh));
    bakyt.until("the request gone", |v| matches!(&v.screen, Screen::Home(h) if h.requests.is_empty()));
    bakyt.send(Event::Pay(PayEvent::OpenScanner));
    bakyt.send(Event::Pay(PayEvent::Scanned { text: link }));
    // Refused where it was scanned: a cancelled request never reaches a confirmation with a total.
    let refused = bakyt.until("the refusal", |v| matches!(&v.screen, Screen::PayScan(s) if s.error.is_some()));
    let Screen::PayScan(scanner) = &refused.screen else { unreachable!() };
    assert_eq!(scanner.error.as_deref(), Some("Запрос отменён тем, кто его отправил. Оплачивать его не нужно."));
}

/// A proxy between the phone and the bank that keeps every byte the phone sends.
struct Recorder {
    url: String,
    sent: Arc<Mutex<Vec<u8>>>,
}

async fn recorder(bank: &Bank) -> Recorder {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("port");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let target = bank.url().trim_start_matches("http://").to_owned();
    let sent = Arc::new(Mutex::new(Vec::new()));
    let kept = sent.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let Ok(server) = TcpStream::connect(&target).await else { continue };
            let kept = kept.clone();
            tokio::spawn(async move {
                let (mut client_in, mut client_out) = client.into_split();
                let (mut server_in, mut server_out) = server.into_split();
                let upstream = async move {
                    let mut buffer = [0u8; 8192];
                    while let Ok(n) = client_in.read(&mut buffer).await {
                        if n == 0 {
                            break;
                        }
                        kept.lock().expect("record").extend_from_slice(&buffer[..n]);
                        if server_out.write_all(&buffer[..n]).await.is_err() {
                            break;
                        }
                    }
                };
                let downstream = async move {
                    let _ = tokio::io::copy(&mut server_in, &mut client_out).await;
                };
                tokio::join!(upstream, downstream);
            });
        }
    });
    Recorder { url, sent }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contacts_leave_the_phone_only_blinded_and_as_tag_prefixes_and_the_answer_is_cached() {
    let bank = Bank::start(Duration::ZERO).await;
    let proxy = recorder(&bank).await;
    let mut phone = Phone::new(&bank, "ru-RU", false);
    if let Some(config) = phone.config.bank.as_mut() {
        config.url = proxy.url.clone();
    }
    let aigul = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);
    aigul.until("the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    aigul.send(split(SplitEvent::OpenBills));
    aigul.send(split(SplitEvent::NewBill));
    let book =
        [("Бакыт", "0700 654 321"), ("Чынара", "+996 777 000 111"), ("Мама", "0770 000 001"), ("Кирилл", "0700111222")];
    let contacts: Vec<DeviceContact> =
        book.iter().map(|(name, phone)| DeviceContact { name: (*name).into(), phone: (*phone).into() }).collect();
    let before = proxy.sent.lock().expect("record").len();
    aigul.send(split(SplitEvent::ContactsRead { contacts: contacts.clone() }));
    let checked = aigul.until("the contacts checked", |v| {
        editor(v).is_some_and(|e| e.contacts.len() == 4 && e.contacts_status.is_none())
    });
    let with_wallet: Vec<&str> =
        editor(&checked).expect("editor").contacts.iter().filter(|c| c.has_wallet).map(|c| c.name.as_str()).collect();
    assert_eq!(with_wallet, ["Бакыт", "Чынара"], "the bank's customers, found by hash");

    let sent = String::from_utf8_lossy(&proxy.sent.lock().expect("record")[before..]).into_owned();
    assert!(sent.contains("/v1/contacts/evaluate") && sent.contains("/v1/contacts/match"), "the phone asked the bank");
    let seed = bank.sandbox.db().with_blocking(|conn| {
        conn.query_row("SELECT seed FROM contact_key", [], |row| row.get::<_, Vec<u8>>(0)).expect("the bank's key")
    });
    let key = wallet_formats::contact_oprf::ContactKey::from_seed(&seed).expect("a key");
    for e164 in ["+996700654321", "+996777000111", "+996770000001", "+996700111222"] {
        let national = format!("0{}", &e164[4..]);
        for form in [e164, &e164[1..], &e164[4..], national.as_str()] {
            assert!(!sent.contains(form), "the number {form} left the phone");
        }
        let tag = key.tag(e164).expect("tag");
        assert!(!sent.contains(&tag), "a whole tag left the phone");
        assert!(sent.contains(&format!("\"{}\"", &tag[..4])), "its 4-character prefix did");
    }
    let spent = bank.sandbox.db().with_blocking(|conn| {
        conn.query_row("SELECT SUM(numbers) FROM contact_evaluations", [], |row| row.get::<_, i64>(0)).expect("spent")
    });
    assert_eq!(spent, 4, "four numbers evaluated, once each");

    // The same contacts again within the day: answered from the cache, nothing sent.
    let before = proxy.sent.lock().expect("record").len();
    aigul.send(split(SplitEvent::ContactsRead { contacts: contacts.clone() }));
    aigul.until("checked again", |v| editor(v).is_some_and(|e| e.contacts_status.is_none()));
    let again = String::from_utf8_lossy(&proxy.sent.lock().expect("record")[before..]).into_owned();
    assert!(!again.contains("/v1/contacts"), "the cached answer stood");

    // A contact added since: only that number is evaluated, and the bank's budget is spent on it alone.
    let mut grown = contacts.clone();
    grown.push(DeviceContact { name: "Айгуль 2".into(), phone: "0555 000 777".into() });
    aigul.send(split(SplitEvent::ContactsRead { contacts: grown.clone() }));
    aigul.until("the new one checked", |v| {
        editor(v).is_some_and(|e| e.contacts.len() == 5 && e.contacts_status.is_none())
    });
    let spent = bank.sandbox.db().with_blocking(|conn| {
        conn.query_row("SELECT SUM(numbers) FROM contact_evaluations", [], |row| row.get::<_, i64>(0)).expect("spent")
    });
    assert_eq!(spent, 5, "the cached four were not asked again");

    // The day's budget spent (by this phone or another of Aigul's): a contact the cache lacks cannot be checked,
    // and the screen says why; those it has still show.
    let now_ms = bank.sandbox.clock().now_ms();
    bank.sandbox.db().with_blocking(|conn| {
        conn.execute(
            "INSERT INTO contact_evaluations (user_id, at_ms, numbers) SELECT user_id, ?2, 1000 FROM users WHERE phone = ?1",
            (AIGUL, now_ms),
        )
        .expect("budget spent")
    });
    grown.push(DeviceContact { name: "Кто-то".into(), phone: "0555 000 778".into() });
    aigul.send(split(SplitEvent::ContactsRead { contacts: grown }));
    let refused = aigul.until("the budget's refusal", |v| {
        editor(v).and_then(|e| e.contacts_status.as_deref()).is_some_and(|s| !s.starts_with("Проверяем"))
    });
    let status = editor(&refused).and_then(|e| e.contacts_status.clone()).unwrap_or_default();
    assert!(status.starts_with("Сегодня проверено слишком много номеров"), "{status}");
    let logged = phone.logger.lines();
    assert!(logged.iter().all(|(_, _, line)| !line.contains("700654321") && !line.contains("777000111")));
}
