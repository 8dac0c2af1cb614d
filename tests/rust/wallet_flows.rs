//! The wallet as a shell drives it, through the core's engine (which `WalletCore` wraps for the FFI), against a
//! sandbox bank on 127.0.0.1: sign in by SMS code, accept the terms, make the PIN, see the balance and the history, open an operation with its verified receipt, then lose the bank and find
//! everything still there, marked offline, after a restart.

use std::sync::Arc;
use std::time::Duration;

use wallet_core::app::Screen;
use wallet_core::domain::operation::ReceiptState;
use wallet_core::engine::SystemClock;
use wallet_core::features::history::{HistoryEvent, RowStatus};
use wallet_core::features::home::HomeEvent;
use wallet_core::features::pin::PinMode;
use wallet_core::features::signin::SignInEvent;
use wallet_core::platform::desktop::{MemorySecureStorage, RecordingLogger};
use wallet_core::{Event, ViewModel};
use wallet_e2e::Bank;
use wallet_e2e::shell::{self, Shell};
use wallet_sandbox::seed::CUSTOMERS;

const AIGUL: &str = CUSTOMERS[0].1;

fn open(bank: &Bank, dir: &std::path::Path, keys: Arc<MemorySecureStorage>, logger: Arc<RecordingLogger>) -> Shell {
    Shell::open(shell::config(bank, dir, "ru-KG"), keys, logger, Arc::new(SystemClock))
}

fn home(view: &ViewModel) -> Option<&wallet_core::features::home::HomeScreen> {
    match &view.screen {
        Screen::Home(home) => Some(home),
        _ => None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_see_the_history_and_keep_it_offline() {
    let mut bank = Bank::start(Duration::ZERO).await;
    let dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(MemorySecureStorage::default());
    let logger = Arc::new(RecordingLogger::default());
    {
        let shell = open(&bank, dir.path(), keys.clone(), logger.clone());
        // Past the language and the intro, straight to seed 000 step 6.
        shell.send(shell.core.view().screen_language_confirm());
        for _ in 0..2 {
            shell.send(Event::Intro(wallet_core::features::onboarding::IntroEvent::Next));
        }
        shell.send(Event::Intro(wallet_core::features::onboarding::IntroEvent::Finish));
        let phone = shell.until("the phone screen", |v| matches!(v.screen, Screen::Phone(_)));
        let Screen::Phone(screen) = &phone.screen else { unreachable!() };
        assert_eq!((screen.title.as_str(), screen.submit.label.as_str()), ("Номер телефона", "Войти"));

        shell.send(Event::SignIn(SignInEvent::EditPhone { text: "0555 12-34-56".into() }));
        shell.send(Event::SignIn(SignInEvent::SubmitPhone));
        let code = shell.until("the code screen", |v| matches!(v.screen, Screen::Code(_)));
        let Screen::Code(screen) = &code.screen else { unreachable!() };
        assert_eq!(screen.subtitle, "Мы отправили код на +996 555 ***456");
        let (_, sent) = bank.sent_code(AIGUL);
        let wrong = if sent == "000000" { "111111" } else { "000000" };
        // The last digit sends the code: no «Войти» needed.
        shell.send(Event::SignIn(SignInEvent::EditCode { text: wrong.into() }));
        let refused = shell.until("the refusal", |v| matches!(&v.screen, Screen::Code(c) if c.field.error.is_some()));
        let Screen::Code(screen) = &refused.screen else { unreachable!() };
        assert_eq!(
            screen.field.error.as_deref(),
            Some("Неверный код. Проверьте SMS и введите код ещё раз. Осталось попыток: 4")
        );

        shell.send(Event::SignIn(SignInEvent::EditCode { text: sent }));
        shell.accept_terms_and_make_pin("5827");
        let signed_in = shell.until("home with the balance, synced", |v| {
            home(v).is_some_and(|h| {
                h.balance.is_some()
                    && h.recent.len() == 5
                    && h.sync_status.as_deref().is_some_and(|s| s.starts_with("Обновлено"))
            })
        });
        let home_screen = home(&signed_in).expect("home");
        let balance = bank.balance_minor(&wallet_sandbox::seed::account_id(AIGUL));
        let expected = wallet_core::domain::Money::from_minor(balance, wallet_core::domain::Currency::Kgs);
        assert_eq!(
            home_screen.balance.as_ref().map(|b| b.amount.clone()),
            Some(expected.format(wallet_core::domain::Language::Ru))
        );

        shell.send(Event::Home(HomeEvent::OpenHistory));
        let first_page =
            shell.until("a page of history", |v| matches!(&v.screen, Screen::History(h) if h.rows.len() == 50));
        let Screen::History(history) = &first_page.screen else { unreachable!() };
        assert!(history.load_more.is_some());
        shell.send(Event::History(HistoryEvent::LoadMore));
        shell.until(
            "the whole history",
            |v| matches!(&v.screen, Screen::History(h) if h.rows.len() == 61 && h.load_more.is_none()),
        );

        shell.send(Event::History(HistoryEvent::Open { index: 0 }));
        let details =
            shell.until("an operation", |v| matches!(&v.screen, Screen::Operation(o) if !o.fields.is_empty()));
        let Screen::Operation(operation) = &details.screen else { unreachable!() };
        assert_eq!(operation.status, RowStatus::Executed);
        assert_eq!(operation.receipt.as_ref().map(|r| r.state), Some(ReceiptState::Verified));
        assert!(operation.cancel.is_none(), "an executed operation cannot be cancelled");
    }

    bank.stop().await;
    let shell = open(&bank, dir.path(), keys.clone(), logger.clone());
    shell.pin_screen(PinMode::Unlock);
    shell.type_pin("5827");
    let offline = shell.until("home offline, as of the last sync", |v| home(v).is_some_and(|h| h.offline));
    let home_screen = home(&offline).expect("home");
    assert!(
        home_screen.sync_status.as_deref().is_some_and(|s| s.starts_with("Нет связи — данные на ")),
        "{:?}",
        home_screen.sync_status
    );
    assert!(home_screen.balance.is_some(), "the balance is still shown");
    shell.send(Event::Home(HomeEvent::OpenHistory));
    let history = shell.until("the history offline", |v| matches!(&v.screen, Screen::History(h) if h.rows.len() == 50));
    let Screen::History(screen) = &history.screen else { unreachable!() };
    assert!(screen.offline);

    // Nothing personal reached the log: no phone number, no code.
    for (_, _, line) in logger.lines() {
        assert!(!line.contains("555123456") && !line.contains("123 456"), "a phone number in the log: {line}");
    }
}

/// The language screen's confirm event, as a shell finds it in the view.
trait LanguageConfirm {
    fn screen_language_confirm(&self) -> Event;
}

impl LanguageConfirm for ViewModel {
    fn screen_language_confirm(&self) -> Event {
        match &self.screen {
            Screen::Language(language) => language.confirm.event.clone(),
            other => panic!("expected the language screen, got {other:?}"),
        }
    }
}
