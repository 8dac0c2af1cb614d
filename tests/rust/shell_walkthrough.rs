//! A shell's walk through seed 000 steps 3–5 over the FFI surface: listen, tap what the views offer, restart.

use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::time::Duration;

use parking_lot::Mutex;
use wallet_core::ViewModel;
use wallet_core::app::Screen;
use wallet_core::domain::Language;
use wallet_core::platform::ViewListener;
use wallet_core::platform::desktop::MemorySecureStorage;
use wallet_e2e::open_core;

struct Listener(Mutex<Sender<ViewModel>>);

impl ViewListener for Listener {
    fn on_view(&self, view: ViewModel) {
        let _ = self.0.lock().send(view);
    }
}

#[test]
fn a_shell_walks_the_first_run_in_kyrgyz_and_a_restart_keeps_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let storage = Arc::new(MemorySecureStorage::default());
    let core = open_core(dir.path(), "ru-KG", storage.clone()).expect("opens");
    let (sender, views) = channel();
    core.set_listener(Arc::new(Listener(Mutex::new(sender))));
    let next_view = || views.recv_timeout(Duration::from_secs(5)).expect("a view");

    let first = next_view();
    let Screen::Language(language) = &first.screen else { panic!("starts with the language screen") };
    let kyrgyz = language.options.iter().find(|o| o.language == Language::Ky).expect("Kyrgyz offered");
    core.dispatch(kyrgyz.select.clone()).expect("select");
    let selected = next_view();
    let Screen::Language(language) = &selected.screen else { panic!("still the language screen") };
    assert_eq!(language.title, "Тилди тандаңыз");
    core.dispatch(language.confirm.event.clone()).expect("confirm");

    let mut titles = Vec::new();
    loop {
        let view = next_view();
        match &view.screen {
            Screen::Intro(intro) => {
                titles.push(intro.title.clone());
                core.dispatch(intro.primary.event.clone()).expect("Кийинки / Даяр");
            }
            Screen::Home(home) => {
                assert_eq!(home.title, "Капчык");
                break;
            }
            other => panic!("unexpected screen {other:?}"),
        }
    }
    assert_eq!(titles, ["QR аркылуу төлөңүз", "Интернетсиз да иштейт", "Чекти достор менен бөлүшүңүз"]);

    drop(core);
    let reopened = open_core(dir.path(), "en-US", storage).expect("reopens");
    let view = reopened.view();
    assert_eq!(view.language, Language::Ky);
    assert!(matches!(view.screen, Screen::Home(_)), "onboarding stays done");
}
