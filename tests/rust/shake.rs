//! Shake to pay end to end: phones (engines, as shells drive them) against a sandbox bank on 127.0.0.1, fed the
//! synthetic trace of a real shake on each phone's clock. A payer and a payee pair, see each other masked, both
//! confirm, the payer pays with the PIN and the payee's balance shows the money; three phones shaking together are
//! all asked to shake again.

use std::time::Duration;

use wallet_core::app::Screen;
use wallet_core::domain::{Currency, Language, Money};
use wallet_core::engine::Clock;
use wallet_core::features::history::RowStatus;
use wallet_core::features::pay::view::PayConfirmScreen;
use wallet_core::features::pin::PinMode;
use wallet_core::features::shake::{ShakeEvent, ShakeScreen, ShakeSide, ShakeStep};
use wallet_core::payments::shake::AccelSample;
use wallet_core::payments::shake_traces::{real_shake, shifted};
use wallet_core::{Event, ViewModel};
use wallet_e2e::Bank;
use wallet_e2e::shell::{Phone, Shell, sign_in_and_onboard};
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;
const CHYNARA: &str = CUSTOMERS[2].1;
const PIN: &str = "5827";

fn shake(event: ShakeEvent) -> Event {
    Event::Shake(event)
}

fn shake_screen(view: &ViewModel) -> Option<&ShakeScreen> {
    match &view.screen {
        Screen::Shake(screen) => Some(screen),
        _ => None,
    }
}

fn at_step(view: &ViewModel, step: ShakeStep) -> bool {
    shake_screen(view).is_some_and(|s| s.step == step)
}

fn confirmation(view: &ViewModel) -> Option<&PayConfirmScreen> {
    match &view.screen {
        Screen::PayConfirm(screen) => Some(screen),
        _ => None,
    }
}

/// A real shake as the accelerometer of `phone` just felt it: the trace moved so that its last sample is now on the
/// phone's clock (a shell times samples on the clock the core runs on).
fn felt_now(phone: &Phone, seed: u64) -> Vec<AccelSample> {
    let trace = real_shake(seed);
    let last = trace.last().map_or(0, |s| s.t_ms);
    shifted(&trace, phone.clock.now_ms() - last)
}

/// Home → «Встряхнуть и оплатить» → the side chosen (a payee asking `amount`) → listening.
fn ready_to_shake(shell: &Shell, role: ShakeSide, amount: Option<&str>) {
    shell.until("the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    let home = shell.core.view();
    let Screen::Home(screen) = &home.screen else { unreachable!() };
    let open = screen.shake.clone().expect("«Встряхнуть и оплатить» when signed in");
    shell.send(open.event);
    shell.until("the choice", |v| at_step(v, ShakeStep::Choosing));
    shell.send(shake(ShakeEvent::ChooseRole { role }));
    if let Some(text) = amount {
        shell.send(shake(ShakeEvent::EditAmount { text: text.into() }));
    }
    shell.until("listening", |v| shake_screen(v).is_some_and(|s| s.listening));
}

/// The shell streams the accelerometer in batches of 25 samples (0.5 s at 50 Hz).
fn shake_phone(shell: &Shell, samples: &[AccelSample]) {
    for batch in samples.chunks(25) {
        shell.send(shake(ShakeEvent::Samples { samples: batch.to_vec() }));
    }
    shell.until("the shake reported", |v| shake_screen(v).is_some_and(|s| !s.listening));
}

fn peer_values(screen: &ShakeScreen) -> Vec<String> {
    screen.peer.iter().map(|f| f.value.replace('\u{a0}', " ")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payer_and_a_payee_shake_together_confirm_and_the_money_moves() {
    let bank = Bank::start(Duration::ZERO).await;
    let (payer_phone, payee_phone) = (Phone::new(&bank, "ru-RU", false), Phone::new(&bank, "ru-RU", false));
    let payer = sign_in_and_onboard(&payer_phone, &bank, AIGUL, PIN);
    let payee = sign_in_and_onboard(&payee_phone, &bank, BAKYT, PIN);
    let (payer_before, payee_before) = (bank.balance_minor(&account_id(AIGUL)), bank.balance_minor(&account_id(BAKYT)));

    ready_to_shake(&payee, ShakeSide::Payee, Some("200"));
    ready_to_shake(&payer, ShakeSide::Payer, None);
    // The two shakes reach the bank within a second of each other (the window is 2 s, on the bank's clock).
    shake_phone(&payee, &felt_now(&payee_phone, 11));
    shake_phone(&payer, &felt_now(&payer_phone, 12));

    // Paired: each sees the other masked, and the amount the payee asked.
    let seen = payer.until("the match", |v| at_step(v, ShakeStep::Matched));
    let seen = shake_screen(&seen).expect("the shake screen");
    assert_eq!(peer_values(seen), ["Бакыт Т.", "+996 700 ***321", "200,00 сом"]);
    assert_eq!(seen.message, "Оплатить Бакыт Т.? Проверьте, что это тот, кому вы платите");
    let seen = payee.until("the match", |v| at_step(v, ShakeStep::Matched));
    let seen = shake_screen(&seen).expect("the shake screen");
    assert_eq!(peer_values(seen), ["Айгуль А.", "+996 555 ***456", "200,00 сом"]);
    for seen in [payer.core.view(), payee.core.view()] {
        let text = format!("{seen:?}");
        for secret in ["Асанова", "Токтогулов", AIGUL, BAKYT] {
            assert!(!text.contains(secret), "{secret} shows");
        }
    }

    // Both confirm. The payer confirmed the peer and the amount asked once: only the PIN is left, and it repeats
    // what it pays; the payee is told who is paying and that it takes seconds.
    payer.send(shake(ShakeEvent::Confirm));
    payer.until("waiting for the payee", |v| at_step(v, ShakeStep::WaitingForPeer));
    payee.send(shake(ShakeEvent::Confirm));
    let waiting = payee.until("waiting for the money", |v| at_step(v, ShakeStep::AwaitingPayment));
    assert_eq!(
        shake_screen(&waiting).map(|s| s.message.as_str()),
        Some("Айгуль А. подтверждает оплату PIN-кодом — деньги придут через несколько секунд")
    );
    let pin = payer.pin_screen(PinMode::ConfirmPayment);
    let Screen::Pin(pad) = &pin.screen else { unreachable!() };
    let summary: Vec<_> = pad.summary.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(summary, ["Бакыт Т.", "200,00\u{a0}сом", "0,00\u{a0}сом", "200,00\u{a0}сом"], "no second «Оплатить»");
    assert!(confirmation(&payee.core.view()).is_none(), "the payee never pays");

    // The PIN, and the operation is executed.
    payer.type_pin(PIN);
    payer.until("executed", |v| matches!(&v.screen, Screen::PayResult(r) if r.status == RowStatus::Executed));
    assert_eq!(bank.balance_minor(&account_id(AIGUL)), payer_before - 20_000, "no fee inside the bank");
    assert_eq!(bank.balance_minor(&account_id(BAKYT)), payee_before + 20_000);

    // The payee's sync brings the money: the screen says so, and home shows the new balance.
    let paid = payee.until("the money came", |v| at_step(v, ShakeStep::Done));
    let message = shake_screen(&paid).map(|s| s.message.replace('\u{a0}', " "));
    assert_eq!(message.as_deref(), Some("Оплата от Айгуль А. получена: 200,00 сом"));
    payee.send(Event::Back);
    let expected = Money::from_minor(payee_before + 20_000, Currency::Kgs).format(Language::Ru);
    payee.until(
        "the new balance",
        |v| matches!(&v.screen, Screen::Home(h) if h.balance.as_ref().is_some_and(|b| b.amount == expected)),
    );
    payer.send(Event::Back);
    let expected = Money::from_minor(payer_before - 20_000, Currency::Kgs).format(Language::Ru);
    payer.until(
        "the new balance",
        |v| matches!(&v.screen, Screen::Home(h) if h.balance.as_ref().is_some_and(|b| b.amount == expected)),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_phones_shaking_together_are_asked_to_shake_again() {
    let bank = Bank::start(Duration::ZERO).await;
    let phones =
        [Phone::new(&bank, "ru-RU", false), Phone::new(&bank, "ru-RU", false), Phone::new(&bank, "ru-RU", false)];
    let payer = sign_in_and_onboard(&phones[0], &bank, AIGUL, PIN);
    let payee = sign_in_and_onboard(&phones[1], &bank, BAKYT, PIN);
    let other = sign_in_and_onboard(&phones[2], &bank, CHYNARA, PIN);
    ready_to_shake(&payer, ShakeSide::Payer, None);
    ready_to_shake(&payee, ShakeSide::Payee, Some("200"));
    ready_to_shake(&other, ShakeSide::Payee, None);
    for ((shell, phone), seed) in
        [(&payer, &phones[0]), (&payee, &phones[1]), (&other, &phones[2])].into_iter().zip(21..)
    {
        shake_phone(shell, &felt_now(phone, seed));
    }
    for shell in [&payer, &payee, &other] {
        let ambiguous = shell.until("ambiguous", |v| at_step(v, ShakeStep::Ambiguous));
        let screen = shake_screen(&ambiguous).expect("the shake screen");
        assert_eq!(screen.message, "Рядом встряхнули несколько телефонов — встряхните ещё раз");
        assert!(screen.peer.is_empty(), "nobody is shown");
        shell.send(screen.again.clone().expect("«Встряхнуть ещё раз»").event);
        shell.until("listening again", |v| shake_screen(v).is_some_and(|s| s.listening));
    }
    // The third steps away; the two shake again and pair.
    other.send(Event::Back);
    shake_phone(&payee, &felt_now(&phones[1], 24));
    shake_phone(&payer, &felt_now(&phones[0], 25));
    for shell in [&payer, &payee] {
        shell.until("the match", |v| at_step(v, ShakeStep::Matched));
    }
}

/// Two phones whose clocks are hours off the bank's — one five hours ahead, one three behind — still pair: each
/// tells the bank how long ago it felt the shake, and the bank dates both on its own clock.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phones_whose_clocks_are_hours_off_the_banks_still_pair() {
    let bank = Bank::start(Duration::ZERO).await;
    let (payer_phone, payee_phone) = (Phone::new(&bank, "ru-RU", false), Phone::new(&bank, "ru-RU", false));
    payer_phone.clock.advance(5 * 3_600_000);
    payee_phone.clock.advance(-3 * 3_600_000);
    let payer = sign_in_and_onboard(&payer_phone, &bank, AIGUL, PIN);
    let payee = sign_in_and_onboard(&payee_phone, &bank, BAKYT, PIN);
    ready_to_shake(&payee, ShakeSide::Payee, Some("200"));
    ready_to_shake(&payer, ShakeSide::Payer, None);
    shake_phone(&payee, &felt_now(&payee_phone, 31));
    shake_phone(&payer, &felt_now(&payer_phone, 32));
    for shell in [&payer, &payee] {
        let matched = shell.until("the match", |v| at_step(v, ShakeStep::Matched));
        assert_eq!(
            shake_screen(&matched).and_then(|s| s.peer.last()).map(|f| f.value.replace('\u{a0}', " ")).as_deref(),
            Some("200,00 сом")
        );
    }
}
