//! Issue 4's promises against a sandbox bank on 127.0.0.1, driven by the core's events as a shell sends them: the
//! whole wizard in Kyrgyz, resumed after a kill at every step; the PIN's lockout with a clock the test moves, across
//! restarts; the idle lock, «Забыли PIN-код?» and signing out with unsent operations. And what reaches the disk.

use std::time::Duration;

use wallet_core::app::DialogEvent;
use wallet_core::app::Screen;
use wallet_core::domain::{Currency, Money};
use wallet_core::features::home::HomeEvent;
use wallet_core::features::onboarding::IntroEvent;
use wallet_core::features::pin::{BiometricsEvent, PinEvent, PinMode};
use wallet_core::features::settings::SettingsEvent;
use wallet_core::features::signin::SignInEvent;
use wallet_core::features::terms::TermsEvent;
use wallet_core::platform::SecureStorage;
use wallet_core::sync::Draft;
use wallet_core::{Event, ViewModel};
use wallet_e2e::shell::{Phone, Shell, is_pin, sign_in_and_onboard};
use wallet_e2e::{Bank, all_bytes};
use wallet_protocol::operations::Recipient;
use wallet_sandbox::seed::{CUSTOMERS, account_id};

const AIGUL: &str = CUSTOMERS[0].1;
const PIN: &str = "5827";
const TOKEN_KEY: &str = "wallet.session-token.v1";

fn screen_title(view: &ViewModel) -> String {
    match &view.screen {
        Screen::Pin(s) => s.title.clone(),
        Screen::Terms(s) => s.title.clone(),
        Screen::Phone(s) => s.title.clone(),
        Screen::Code(s) => s.title.clone(),
        Screen::Home(s) => s.title.clone(),
        other => format!("{other:?}"),
    }
}

fn pin_error(view: &ViewModel) -> Option<String> {
    match &view.screen {
        Screen::Pin(pin) => pin.error.clone(),
        _ => None,
    }
}

/// Phone number → code → the wizard's end, for tests whose subject comes after.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_wizard_in_kyrgyz_resumes_at_every_step_and_leaves_no_secret_on_disk() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ky-KG", true);

    // Steps 3–5: the device's Kyrgyz is pre-selected; «Далее» through the intro to «Готово».
    let shell = phone.open();
    let first = shell.until("the language screen", |v| matches!(v.screen, Screen::Language(_)));
    let Screen::Language(language) = &first.screen else { unreachable!() };
    assert_eq!(language.title, "Тилди тандаңыз");
    shell.send(language.confirm.event.clone());
    shell.send(Event::Intro(IntroEvent::Next));
    shell.send(Event::Intro(IntroEvent::Next));
    shell.send(Event::Intro(IntroEvent::Finish));

    // Step 6, killed while typing: the number comes back as typed.
    shell.until("the phone screen", |v| matches!(v.screen, Screen::Phone(_)));
    shell.send(Event::SignIn(SignInEvent::EditPhone { text: "0555 12-34-56".into() }));
    drop(shell);
    let shell = phone.open();
    let phone_view = shell.until("the phone screen", |v| matches!(v.screen, Screen::Phone(_)));
    let Screen::Phone(form) = &phone_view.screen else { unreachable!() };
    assert_eq!((form.field.value.as_str(), form.submit.label.as_str()), ("0555 12-34-56", "Кирүү"));

    // Step 7: the code, its lifetime and the resend countdown; killed on this screen, it comes back without the code.
    shell.send(Event::SignIn(SignInEvent::SubmitPhone));
    let code_view = shell.until("the code screen", |v| matches!(v.screen, Screen::Code(_)));
    let Screen::Code(code) = &code_view.screen else { unreachable!() };
    assert!(!code.resend.enabled, "a new code only after the countdown");
    assert_eq!(code.resend_hint.as_deref(), Some("Жаңы кодду 1:00 өткөндөн кийин сурасаңыз болот"));
    assert_eq!(code.lifetime, "Код 5 мүнөт жарактуу");
    shell.send(Event::SignIn(SignInEvent::EditCode { text: "12".into() }));
    drop(shell);
    let shell = phone.open();
    let code_view = shell.until("the code screen again", |v| matches!(v.screen, Screen::Code(_)));
    let Screen::Code(code) = &code_view.screen else { unreachable!() };
    assert_eq!(code.field.value, "", "the code is never kept");
    assert_eq!(code.subtitle, "Кодду +996 555 ***456 номерине жөнөттүк");

    // The countdown ends (both clocks move a minute): a new code, and the old one no longer works.
    phone.clock.advance(61_000);
    bank.sandbox.clock().advance(Duration::from_secs(61));
    shell.until("resend enabled", |v| matches!(&v.screen, Screen::Code(c) if c.resend.enabled));
    let (old_challenge, _) = bank.sent_code(AIGUL);
    shell.send(Event::SignIn(SignInEvent::ResendCode));
    shell.until("a new code", |v| matches!(&v.screen, Screen::Code(c) if !c.resend.enabled && !c.busy));
    let (new_challenge, sent) = bank.sent_code(AIGUL);
    assert_ne!(old_challenge, new_challenge);
    let wrong = if sent == "000000" { "111111" } else { "000000" };
    // The last digit sends the code by itself.
    shell.send(Event::SignIn(SignInEvent::EditCode { text: wrong.into() }));
    let refused = shell.until("the refusal", |v| matches!(&v.screen, Screen::Code(c) if c.field.error.is_some()));
    let Screen::Code(code) = &refused.screen else { unreachable!() };
    assert!(code.field.error.as_deref().is_some_and(|e| e.contains('4')), "{:?}", code.field.error);
    shell.send(Event::SignIn(SignInEvent::CodeFromSms { code: sent.clone() }));

    // Step 8: «Улантуу» only when every document is ticked; each opens its text; ticks survive a kill.
    let terms_view = shell.until("the terms", |v| matches!(v.screen, Screen::Terms(_)));
    let Screen::Terms(terms) = &terms_view.screen else { unreachable!() };
    assert_eq!((terms.title.as_str(), terms.accept.label.as_str()), ("Колдонуу шарттары", "Улантуу"));
    assert!(!terms.accept.enabled && terms.items.len() == 3);
    shell.send(terms.items[1].open.event.clone());
    let document = shell.until("a document", |v| matches!(v.screen, Screen::TermsDocument(_)));
    let Screen::TermsDocument(text) = &document.screen else { unreachable!() };
    assert_eq!(text.title, "Жеке маалыматтарды иштетүүгө макулдук");
    assert!(text.paragraphs.len() >= 3);
    shell.send(Event::Terms(TermsEvent::Agree));
    shell.send(Event::Terms(TermsEvent::Toggle { index: 0 }));
    let ticked = shell.until(
        "two ticked",
        |v| matches!(&v.screen, Screen::Terms(t) if t.items.iter().filter(|i| i.checked).count() == 2),
    );
    let Screen::Terms(terms) = &ticked.screen else { unreachable!() };
    assert!(!terms.accept.enabled);
    drop(shell);
    let shell = phone.open();
    let resumed = shell.until("the terms again", |v| matches!(v.screen, Screen::Terms(_)));
    let Screen::Terms(terms) = &resumed.screen else { unreachable!() };
    assert_eq!(terms.items.iter().map(|i| i.checked).collect::<Vec<_>>(), [true, true, false]);
    shell.send(Event::Terms(TermsEvent::Toggle { index: 2 }));
    shell.send(Event::Terms(TermsEvent::Continue));

    // Step 9: a trivial PIN is refused with its reason; a mismatch starts again; a kill forgets what was typed.
    let create = shell.pin_screen(PinMode::Create);
    assert_eq!(screen_title(&create), "PIN-код ойлоп табыңыз");
    shell.type_pin("1111");
    let weak = shell.until("the refusal", |v| pin_error(v).is_some());
    assert_eq!(
        pin_error(&weak).as_deref(),
        Some("PIN-код өтө жөнөкөй: бирдей сандарды табуу оңой. Башкасын ойлоп табыңыз.")
    );
    shell.type_pin(PIN);
    shell.pin_screen(PinMode::Repeat);
    shell.type_pin("5828");
    let mismatch = shell.until("the mismatch", |v| is_pin(v, PinMode::Create) && pin_error(v).is_some());
    assert_eq!(pin_error(&mismatch).as_deref(), Some("PIN-коддор дал келген жок. PIN-кодду кайрадан ойлоп табыңыз."));
    shell.type_pin(PIN);
    shell.pin_screen(PinMode::Repeat);
    drop(shell);
    let shell = phone.open();
    shell.pin_screen(PinMode::Create);
    shell.type_pin(PIN);
    shell.pin_screen(PinMode::Repeat);
    shell.type_pin(PIN);

    // The biometrics offer, turned on: its key goes to secure storage.
    let offer = shell.until("the biometrics offer", |v| matches!(v.screen, Screen::Biometrics(_)));
    let Screen::Biometrics(offer) = &offer.screen else { unreachable!() };
    assert_eq!(offer.skip.label, "Азыр эмес");
    shell.send(Event::Biometrics(BiometricsEvent::Enable));
    let home = shell.until("home with the balance", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    assert_eq!(screen_title(&home), "Капчык");
    let biometric_key = phone.data.keys.get(wallet_core::security::pin_vault::BIOMETRIC_KEY_NAME.into());
    assert!(biometric_key.expect("read").is_some_and(|key| key.len() == 32));
    drop(shell);

    // Opened again: the lock screen offers the fingerprint by itself. Cancelled, the pad waits for the PIN and the
    // screen cannot be stepped over; «by fingerprint» asks again, and the biometric key opens it.
    phone.data.keys.cancel_biometric_prompts(true);
    let shell = phone.open();
    let lock = shell.pin_screen(PinMode::Unlock);
    assert_eq!(screen_title(&lock), "PIN-кодду киргизиңиз");
    assert!(lock.back.is_none(), "the lock screen cannot be stepped over");
    phone.data.keys.cancel_biometric_prompts(false);
    shell.send(Event::Pin(PinEvent::UseBiometrics));
    shell.until("home", |v| matches!(v.screen, Screen::Home(_)));
    drop(shell);
    // And when the person does not cancel, the fingerprint alone opens the app: no tap on the lock screen.
    let shell = phone.open();
    shell.until("home without a tap", |v| matches!(v.screen, Screen::Home(_)));
    drop(shell);

    // What reached the disk: no PIN, no verifier in clear, no token, no SMS code, no phone number.
    let token = phone.data.keys.get(TOKEN_KEY.into()).expect("read").expect("a token");
    let bytes = all_bytes(phone.data.dir.path());
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    // Four digits also turn up inside longer numbers (a timestamp in milliseconds): the PIN as a value of its own is
    // what must not be there.
    let alone = |needle: &[u8]| {
        bytes
            .windows(needle.len() + 2)
            .any(|w| w[1..=needle.len()] == *needle && !w[0].is_ascii_digit() && !w[needle.len() + 1].is_ascii_digit())
    };
    assert!(!alone(PIN.as_bytes()), "the PIN");
    assert!(!contains(b"iterations") && !contains(b"600000"), "the verifier in clear");
    assert!(!contains(&token), "the session token");
    assert!(!contains(sent.as_bytes()), "the SMS code");
    if let Some(at) = bytes.windows(9).position(|w| w == b"555123456") {
        panic!("the phone number on disk: {:?}", String::from_utf8_lossy(&bytes[at.saturating_sub(80)..at + 40]));
    }
    assert!(!contains(b"12-34-56"), "the phone number as typed");
    for (_, _, line) in phone.logger.lines() {
        assert!(!line.contains(PIN) && !line.contains(&sent) && !line.contains("555123456"), "in the log: {line}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_wrong_pins_wait_30_s_doubling_across_restarts_and_ten_wipe_the_session() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    drop(sign_in_and_onboard(&phone, &bank, AIGUL, PIN));

    let mut shell = phone.open();
    let wrong = |shell: &Shell, failures: usize| {
        shell.pin_screen(PinMode::Unlock);
        shell.type_pin("0852");
        shell.until(&format!("failure {failures}"), |v| pin_error(v).is_some())
    };
    for failure in 1..=4 {
        let view = wrong(&shell, failure);
        assert!(pin_error(&view).is_some_and(|e| e.starts_with("Неверный PIN-код.")), "{:?}", pin_error(&view));
        if failure == 2 {
            // Killed between failures: they still count.
            drop(shell);
            shell = phone.open();
        }
    }
    let fifth = wrong(&shell, 5);
    assert_eq!(pin_error(&fifth).as_deref(), Some("Слишком много неверных попыток. Попробуйте через 0:30"));
    let Screen::Pin(pad) = &fifth.screen else { unreachable!() };
    assert!(!pad.keys_enabled);
    assert!(shell.core.dispatch(Event::Pin(PinEvent::Digit { digit: 5 })).is_err(), "the pad waits");

    phone.clock.advance(30_000);
    shell.until("the wait is over", |v| matches!(&v.screen, Screen::Pin(p) if p.keys_enabled));
    let sixth = wrong(&shell, 6);
    assert_eq!(pin_error(&sixth).as_deref(), Some("Слишком много неверных попыток. Попробуйте через 1:00"));

    // A restart does not shorten the wait: the right PIN typed now is not even looked at.
    drop(shell);
    let shell = phone.open();
    shell.pin_screen(PinMode::Unlock);
    shell.type_pin(PIN);
    let still = shell.until("still waiting", |v| pin_error(v).is_some());
    assert!(pin_error(&still).is_some_and(|e| e.starts_with("Слишком много неверных попыток")));

    let mut wait = 60_000;
    for failure in 7..=9 {
        phone.clock.advance(wait);
        shell.until("the wait is over", |v| matches!(&v.screen, Screen::Pin(p) if p.keys_enabled));
        wrong(&shell, failure);
        wait *= 2;
    }
    phone.clock.advance(wait);
    shell.until("the wait is over", |v| matches!(&v.screen, Screen::Pin(p) if p.keys_enabled));
    shell.pin_screen(PinMode::Unlock);
    shell.type_pin("0852");
    let wiped = shell.until("the phone number", |v| matches!(v.screen, Screen::Phone(_)));
    assert_eq!(
        wiped.notice.map(|n| n.text).as_deref(),
        Some(
            "10 раз введён неверный PIN-код. Для безопасности вход на этом телефоне сброшен — подтвердите номер кодом из SMS."
        )
    );
    assert_eq!(phone.data.keys.get(TOKEN_KEY.into()).expect("read"), None, "the token is gone");
    drop(shell);
    let shell = phone.open();
    shell.until("the phone number after a restart", |v| matches!(v.screen, Screen::Phone(_)));

    // The same person confirms the number by SMS and makes a new PIN; the terms need no second acceptance.
    bank.sandbox.clock().advance(Duration::from_secs(61));
    shell.send(Event::SignIn(SignInEvent::EditPhone { text: AIGUL.into() }));
    shell.send(Event::SignIn(SignInEvent::SubmitPhone));
    shell.until("the code screen", |v| matches!(v.screen, Screen::Code(_)));
    let (_, code) = bank.sent_code(AIGUL);
    shell.send(Event::SignIn(SignInEvent::CodeFromSms { code }));
    shell.pin_screen(PinMode::Create);
}

/// A phone whose clock runs five hours ahead of the bank's signs in, syncs and pays as any other. Five wrong PINs
/// make it wait 30 s; when the network then puts its clock right (five hours back), the wait is still 30 s — the
/// countdown does not jump to 5:00:30 and the pad opens 30 s later, with the right PIN taken.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_clock_hours_off_the_banks_neither_locks_for_hours_nor_counts_down_nonsense() {
    const FIVE_HOURS: i64 = 5 * 3_600_000;
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    phone.clock.advance(FIVE_HOURS);
    let shell = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);
    shell.until("the balance from the bank", |v| matches!(&v.screen, Screen::Home(h) if h.balance.is_some()));
    drop(shell);

    let shell = phone.open();
    for failure in 1..=5 {
        shell.pin_screen(PinMode::Unlock);
        shell.type_pin("0852");
        shell.until(&format!("failure {failure}"), |v| pin_error(v).is_some());
    }
    let locked = "Слишком много неверных попыток. Попробуйте через 0:30";
    assert_eq!(pin_error(&shell.core.view()).as_deref(), Some(locked));

    phone.clock.advance(-FIVE_HOURS);
    // The countdown's ticks (every second) bring the corrected time; the wait reads the same 30 s.
    std::thread::sleep(Duration::from_millis(2_500));
    let corrected = shell.core.view();
    assert_eq!(pin_error(&corrected).as_deref(), Some(locked));
    let Screen::Pin(pad) = &corrected.screen else { panic!("the lock screen") };
    assert!(!pad.keys_enabled, "still waiting");
    phone.clock.advance(30_000);
    shell.until("the wait is over", |v| matches!(&v.screen, Screen::Pin(p) if p.keys_enabled));
    shell.type_pin(PIN);
    shell.until("home", |v| matches!(v.screen, Screen::Home(_)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_lock_forgot_pin_and_signing_out_with_an_unsent_operation() {
    let mut bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    let shell = sign_in_and_onboard(&phone, &bank, AIGUL, PIN);

    // Five minutes without a touch, found when the app comes back to the foreground: the PIN again.
    phone.clock.advance(4 * 60_000);
    shell.send(Event::Lifecycle { foreground: true });
    shell.send(Event::Home(HomeEvent::Refresh));
    phone.clock.advance(4 * 60_000);
    shell.send(Event::Lifecycle { foreground: false });
    shell.send(Event::Lifecycle { foreground: true });
    assert!(matches!(shell.core.view().screen, Screen::Home(_)), "a touch four minutes ago keeps it open");
    phone.clock.advance(60_000);
    shell.send(Event::Lifecycle { foreground: true });
    shell.pin_screen(PinMode::Unlock);

    // «Забыли PIN-код?»: the dialog, the number confirmed by SMS, a new PIN; the old one no longer opens.
    shell.send(Event::Pin(PinEvent::Forgot));
    let dialog = shell.until("the dialog", |v| v.dialog.is_some());
    assert_eq!(dialog.dialog.map(|d| d.title).as_deref(), Some("Забыли PIN-код?"));
    shell.send(Event::Dialog(DialogEvent::Confirm));
    let number = shell.until("the phone, filled in", |v| matches!(v.screen, Screen::Phone(_)));
    let Screen::Phone(form) = &number.screen else { unreachable!() };
    assert_eq!((form.title.as_str(), form.field.value.as_str()), ("Подтвердите номер", AIGUL));
    bank.sandbox.clock().advance(Duration::from_secs(61));
    shell.send(Event::SignIn(SignInEvent::SubmitPhone));
    shell.until("the code screen", |v| matches!(v.screen, Screen::Code(_)));
    let (_, code) = bank.sent_code(AIGUL);
    shell.send(Event::SignIn(SignInEvent::CodeFromSms { code }));
    shell.pin_screen(PinMode::Create);
    shell.type_pin("3691");
    shell.pin_screen(PinMode::Repeat);
    shell.type_pin("3691");
    shell.until("home", |v| matches!(v.screen, Screen::Home(_)));
    drop(shell);
    let shell = phone.open();
    shell.pin_screen(PinMode::Unlock);
    shell.type_pin(PIN);
    shell.until("the old PIN refused", |v| pin_error(v).is_some());
    shell.type_pin("3691");
    shell.until("home", |v| matches!(v.screen, Screen::Home(_)));
    drop(shell);

    // An operation made offline waits in the outbox; signing out warns that it would not be sent.
    bank.stop().await;
    {
        let (_store, sync, _) = phone.data.open(&bank.url(), bank.key(), 5_000_000);
        let draft = Draft {
            account_id: account_id(AIGUL),
            amount: Money::from_minor(10_000, Currency::Kgs),
            recipient: Recipient::Phone { phone: CUSTOMERS[1].1.into() },
            counterparty_name: "Бакыт Т.".into(),
            comment: None,
            agreed_fee: None,
            confirmation_id: None,
        };
        sync.enqueue(draft, wallet_e2e::now_ms()).expect("queued");
    }
    let shell = phone.open();
    shell.pin_screen(PinMode::Unlock);
    shell.type_pin("3691");
    shell.until("home with the queue", |v| matches!(&v.screen, Screen::Home(h) if h.waiting.is_some()));
    shell.send(Event::Home(HomeEvent::OpenSettings));
    shell.until("the settings", |v| matches!(v.screen, Screen::Settings(_)));
    shell.send(Event::Settings(SettingsEvent::Logout));
    let warning = shell.until("the warning", |v| v.dialog.is_some());
    let dialog = warning.dialog.expect("dialog");
    assert_eq!(dialog.text, "1 операция ещё не отправлена в банк. Если выйти сейчас, она не будет отправлена.");
    assert!(dialog.destructive);
    shell.send(Event::Dialog(DialogEvent::Confirm));
    shell.until("the phone number", |v| matches!(v.screen, Screen::Phone(_)));
    drop(shell);
    assert_eq!(phone.data.keys.get(TOKEN_KEY.into()).expect("read"), None, "the token is gone");
    let shell = phone.open();
    shell.until("still signed out after a restart", |v| matches!(v.screen, Screen::Phone(_)));
}

/// The terms the bank keeps for `number`: (edition, device) of each acceptance, oldest first.
fn acceptances(bank: &Bank, number: &str) -> Vec<(String, String)> {
    bank.sandbox.db().with_blocking(|conn| {
        let mut rows = conn
            .prepare(
                "SELECT a.version, a.device_id FROM terms_acceptances a JOIN users u ON u.user_id = a.user_id
                 WHERE u.phone = ?1 ORDER BY a.received_ms",
            )
            .expect("query");
        rows.query_map([number], |row| Ok((row.get(0)?, row.get(1)?))).expect("rows").map(|r| r.expect("row")).collect()
    })
}

fn wait_for(what: &str, done: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "not within 15 s: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_accepted_terms_reach_the_bank_once_and_a_missing_record_asks_for_them_again_after_the_pin() {
    const NUMBER: &str = "+996555000778";
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    let shell = sign_in_and_onboard(&phone, &bank, NUMBER, PIN);

    // The first sync after the wizard sends the acceptance, with this installation's id; later syncs do not again.
    wait_for("the acceptance at the bank", || acceptances(&bank, NUMBER).len() == 1);
    let (edition, device) = acceptances(&bank, NUMBER).remove(0);
    assert_eq!(edition, wallet_core::features::terms::TERMS_VERSION);
    assert_eq!(edition, wallet_sandbox::terms::FIRST_EDITION, "the app shows the edition the bank publishes");
    assert!(!device.is_empty());
    shell.send(Event::Home(HomeEvent::Refresh));
    shell.send(Event::Home(HomeEvent::Refresh));
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(acceptances(&bank, NUMBER).len(), 1, "sent once");

    // The bank has no record of it any more; an hour later the profile says so: the terms again, with a subtitle
    // that says they changed, and no way back past them.
    bank.sandbox.db().with_blocking(|conn| conn.execute("DELETE FROM terms_acceptances", []).expect("deleted"));
    phone.clock.advance(61 * 60_000);
    shell.send(Event::Lifecycle { foreground: true });
    shell.pin_screen(PinMode::Unlock);
    shell.type_pin(PIN);
    // The sync on coming back may have run under the lock screen (the terms then wait under it), or not yet.
    let next = shell.until("the terms or home", |v| matches!(v.screen, Screen::Terms(_) | Screen::Home(_)));
    if matches!(next.screen, Screen::Home(_)) {
        shell.send(Event::Home(HomeEvent::Refresh));
    }
    let terms = shell.until("the terms again", |v| matches!(v.screen, Screen::Terms(_)));
    let Screen::Terms(screen) = &terms.screen else { unreachable!() };
    assert_eq!(
        screen.subtitle,
        "Мы обновили условия. Прочитайте их и примите, чтобы продолжить пользоваться кошельком."
    );
    assert!(terms.back.is_none(), "no way past them");

    // Killed here, the app asks for them again, after the PIN: nothing shows before it.
    drop(shell);
    let shell = phone.open();
    shell.pin_screen(PinMode::Unlock);
    shell.type_pin(PIN);
    let terms = shell.until("the terms after a restart", |v| matches!(v.screen, Screen::Terms(_)));
    let Screen::Terms(screen) = &terms.screen else { unreachable!() };
    for item in screen.items.iter() {
        shell.send(item.toggle.clone());
    }
    shell.until("all ticked", |v| matches!(&v.screen, Screen::Terms(t) if t.accept.enabled));
    shell.send(Event::Terms(TermsEvent::Continue));
    shell.until("home", |v| matches!(v.screen, Screen::Home(_)));
    wait_for("the new acceptance at the bank", || acceptances(&bank, NUMBER).len() == 1);
}
