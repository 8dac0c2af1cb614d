//! Money in by card end to end (issue 20): a phone (the engine, as a shell drives it) against a sandbox bank. Чынара,
//! with almost nothing on her account, finds «Пополнить» on home, reads her account's details, tops up from a Visa
//! card through its issuer's 3-D Secure code — the card's start and the code's answer each lost once on the way
//! back and sent again, booked once — and then again from the saved card. A card the issuer declines, a code left
//! too long and three wrong codes move no money. The card's number and CVV reach neither the disk nor the log.

use std::time::Duration;

use wallet_core::Event;
use wallet_core::app::Screen;
use wallet_core::domain::{Currency, Language, Money};
use wallet_core::features::topup::TopUpEvent;
use wallet_e2e::shell::{Phone, Shell, sign_in_and_onboard};
use wallet_e2e::{Bank, all_bytes};
use wallet_sandbox::FaultPlan;
use wallet_sandbox::card_topups::{CHALLENGE_LIFETIME_MS, DECLINED_CARD};
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const CHYNARA: &str = CUSTOMERS[2].1;
const PIN: &str = "5827";
const VISA: &str = "4169585000000009";
const CVV: &str = "731";

fn top_up(event: TopUpEvent) -> Event {
    Event::TopUp(event)
}

/// An expiry three years from today, «MMYY» as typed.
fn expiry() -> String {
    let today = time::OffsetDateTime::now_utc().date();
    format!("{:02}{:02}", u8::from(today.month()), (today.year() + 3) % 100)
}

/// The issuer's newest code to `phone`, as its SMS says it.
fn issuer_code(bank: &Bank, phone: &str) -> (String, String) {
    bank.sandbox.db().with_blocking(|conn| {
        conn.query_row(
            "SELECT code, sms_text FROM card_topups WHERE payer_phone = ?1 ORDER BY created_ms DESC, rowid DESC LIMIT 1",
            [phone],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("the issuer's SMS")
    })
}

fn open_top_up(shell: &Shell) {
    let view = shell.until("home with «Пополнить»", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    let Screen::Home(home) = view.screen else { unreachable!() };
    shell.send(home.top_up.expect("«Пополнить» on home").event);
    shell.until("the details", |v| matches!(&v.screen, Screen::TopUp(m) if !m.details.is_empty()));
}

/// The card form filled with a new card for `amount`, the fee quoted.
fn fill_new_card(shell: &Shell, number: &str, amount: &str) {
    shell.send(top_up(TopUpEvent::NewCard));
    shell.until("the card form", |v| matches!(v.screen, Screen::CardTopUp(_)));
    shell.send(top_up(TopUpEvent::EditNumber { text: number.into() }));
    shell.send(top_up(TopUpEvent::EditExpiry { text: expiry() }));
    shell.send(top_up(TopUpEvent::EditCvv { text: CVV.into() }));
    shell.send(top_up(TopUpEvent::EditAmount { text: amount.into() }));
    shell.until("«Пополнить» with the fee", |v| matches!(&v.screen, Screen::CardTopUp(f) if f.submit.enabled));
}

fn challenge(shell: &Shell) -> wallet_core::features::topup::CardChallengeScreen {
    let view = shell.until("the issuer's code", |v| matches!(v.screen, Screen::CardChallenge(_)));
    let Screen::CardChallenge(screen) = view.screen else { unreachable!() };
    screen
}

fn result(shell: &Shell) -> wallet_core::features::topup::TopUpResultScreen {
    let view = shell.until("the result", |v| matches!(v.screen, Screen::TopUpResult(_)));
    let Screen::TopUpResult(screen) = view.screen else { unreachable!() };
    screen
}

/// Чынара signed in on a new phone: the phone, its shell, her account and its balance.
fn chynara_at_home(bank: &Bank) -> (Phone, Shell, String, i64) {
    let account = account_id(CHYNARA);
    let before = bank.balance_minor(&account);
    let phone = Phone::new(bank, "ru-KG", false);
    let shell = sign_in_and_onboard(&phone, bank, CHYNARA, PIN);
    (phone, shell, account, before)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_customer_tops_up_by_card_once_despite_lost_answers_then_from_the_saved_card() {
    let bank = Bank::start(Duration::ZERO).await;
    let (phone, shell, account, before) = chynara_at_home(&bank);

    open_top_up(&shell);
    let Screen::TopUp(menu) = shell.core.view().screen else { unreachable!() };
    let account_number = menu.details.iter().find(|r| r.label == "Номер счёта").map(|r| r.value.clone());
    assert!(account_number.is_some_and(|n| n.len() == 16), "{:?}", menu.details);
    assert!(menu.details.iter().any(|r| r.label == "Номер кошелька для терминала" && r.value == "996777000111"));
    assert!(menu.saved_cards.is_empty());

    fill_new_card(&shell, VISA, "1000");
    let Screen::CardTopUp(form) = shell.core.view().screen else { unreachable!() };
    assert_eq!(form.scheme.as_deref(), Some("Visa"));
    assert_eq!(form.total.map(|t| t.replace('\u{a0}', " ")).as_deref(), Some("С карты спишется 1 010,00 сом"));

    // The bank starts the top-up, and its answer is lost: the client sends it again with the same key.
    bank.sandbox.faults().set(FaultPlan {
        drop_responses: 1,
        path_prefix: Some("/card-topups".into()),
        method: Some("POST".into()),
        ..FaultPlan::default()
    });
    shell.send(form.submit.event);
    let code_screen = challenge(&shell);
    assert!(code_screen.explain.contains("Visa •• 0009"), "{}", code_screen.explain);
    assert_eq!(bank.count("SELECT COUNT(*) FROM card_topups"), 1, "one top-up however often the card went");
    let (code, sms) = issuer_code(&bank, CHYNARA);
    assert!(sms.replace('\u{a0}', " ").contains("1 010,00 сом"), "{sms}");
    assert_eq!(bank.balance_minor(&account), before, "nothing moves before the code");

    // The right code, its answer lost too: sent again, booked once.
    bank.sandbox.faults().set(FaultPlan {
        drop_responses: 1,
        path_prefix: Some("/card-topups".into()),
        method: Some("POST".into()),
        ..FaultPlan::default()
    });
    shell.send(top_up(TopUpEvent::EditCode { text: code }));
    shell.send(top_up(TopUpEvent::SubmitCode));
    let done = result(&shell);
    assert!(done.success, "{done:?}");
    assert_eq!(done.headline.replace('\u{a0}', " "), "Зачислено 1 000,00 сом");
    assert_eq!(bank.balance_minor(&account), before + 100_000, "credited once");
    assert_eq!(bank.count("SELECT COUNT(*) FROM operations WHERE kind = 'top_up' AND fee_minor = 1000"), 1);

    // The receipt: the operation, synced, with the bank's signed receipt.
    shell.send(done.receipt.expect("«Квитанция»").event);
    shell.until(
        "the top-up with its receipt",
        |v| matches!(&v.screen, Screen::Operation(o) if format!("{o:?}").contains("Visa •• 0009")),
    );
    shell.send(Event::Back);
    shell.send(Event::Back);

    // The card was saved: again with only the amount and the issuer's code.
    open_top_up(&shell);
    let Screen::TopUp(menu) = shell.core.view().screen else { unreachable!() };
    let saved = menu.saved_cards.first().cloned().expect("the saved card");
    assert_eq!(saved.label, "Visa •• 0009");
    shell.send(saved.event);
    shell.send(top_up(TopUpEvent::EditAmount { text: "200".into() }));
    shell.until("«Пополнить»", |v| matches!(&v.screen, Screen::CardTopUp(f) if f.submit.enabled && f.cvv.is_none()));
    shell.send(top_up(TopUpEvent::Submit));
    challenge(&shell);
    let (code, _) = issuer_code(&bank, CHYNARA);
    shell.send(top_up(TopUpEvent::EditCode { text: code }));
    shell.send(top_up(TopUpEvent::SubmitCode));
    assert!(result(&shell).success);
    assert_eq!(bank.balance_minor(&account), before + 120_000);
    shell.send(Event::Back);
    let expected = Money::from_minor(before + 120_000, Currency::Kgs).format(Language::Ru);
    shell.until(
        "home with the new balance",
        |v| matches!(&v.screen, Screen::Home(h) if h.balance.as_ref().is_some_and(|b| b.amount == expected)),
    );
    drop(shell);

    // Neither the number nor the CVV reached the disk or the log.
    let bytes = all_bytes(phone.data.dir.path());
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(!contains(VISA.as_bytes()) && !contains(b"4169 5850"), "the card number on disk");
    assert!(!contains(format!("\"{CVV}\"").as_bytes()), "the CVV on disk");
    for (_, _, line) in phone.logger.lines() {
        assert!(!line.contains("41695850") && !line.contains("4169 5850") && !line.contains(CVV), "in the log: {line}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn declined_timed_out_and_mistyped_top_ups_say_why_and_move_no_money() {
    let bank = Bank::start(Duration::ZERO).await;
    let (_phone, shell, account, before) = chynara_at_home(&bank);

    // The issuer declines the card after its code.
    open_top_up(&shell);
    fill_new_card(&shell, DECLINED_CARD, "500");
    shell.send(top_up(TopUpEvent::Submit));
    challenge(&shell);
    let (code, _) = issuer_code(&bank, CHYNARA);
    shell.send(top_up(TopUpEvent::EditCode { text: code }));
    shell.send(top_up(TopUpEvent::SubmitCode));
    let declined = result(&shell);
    assert!(!declined.success && declined.reason.as_deref().is_some_and(|r| r.contains("отклонил")), "{declined:?}");

    // «Попробовать снова» is a fresh form; the code is left past its time: timed out.
    shell.send(declined.again.expect("again").event);
    shell.until("the card form again", |v| matches!(v.screen, Screen::CardTopUp(_)));
    shell.send(Event::Back);
    open_top_up(&shell);
    fill_new_card(&shell, VISA, "500");
    shell.send(top_up(TopUpEvent::Submit));
    challenge(&shell);
    let (code, _) = issuer_code(&bank, CHYNARA);
    bank.sandbox.clock().advance(Duration::from_millis(CHALLENGE_LIFETIME_MS as u64 + 1_000));
    shell.send(top_up(TopUpEvent::EditCode { text: code }));
    shell.send(top_up(TopUpEvent::SubmitCode));
    let late = result(&shell);
    assert!(late.reason.as_deref().is_some_and(|r| r.contains("вовремя")), "{late:?}");

    // Three wrong codes.
    shell.send(Event::Back);
    open_top_up(&shell);
    fill_new_card(&shell, VISA, "500");
    shell.send(top_up(TopUpEvent::Submit));
    challenge(&shell);
    for left in [2, 1] {
        shell.send(top_up(TopUpEvent::EditCode { text: "000000".into() }));
        shell.send(top_up(TopUpEvent::SubmitCode));
        let wanted = format!("Неверный код. Осталось попыток: {left}");
        shell.until(
            "the wrong code said",
            |v| matches!(&v.screen, Screen::CardChallenge(c) if c.error.as_deref() == Some(wanted.as_str()) && !c.busy),
        );
    }
    shell.send(top_up(TopUpEvent::EditCode { text: "000000".into() }));
    shell.send(top_up(TopUpEvent::SubmitCode));
    let failed = result(&shell);
    assert!(failed.reason.as_deref().is_some_and(|r| r.contains("три раза")), "{failed:?}");

    assert_eq!(bank.balance_minor(&account), before, "no money moved");
    assert_eq!(bank.count("SELECT COUNT(*) FROM saved_cards"), 0, "a card is saved only when its top-up went through");
}
