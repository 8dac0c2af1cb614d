//! How fast a tap becomes a view (DESIGN.md §10: dispatch → ViewModel p99 ≤ 1 ms) on every wizard screen, and how fast
//! a core opens.
//!
//! `cargo bench -p wallet-core --features desktop --bench dispatch` — prints a Markdown table for
//! docs/benchmarks.md. Timings are reported, never asserted.

use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use wallet_core::app::{self, Model, Msg, Security, Settings, Start};
use wallet_core::domain::{Language, Phone};
use wallet_core::features::onboarding::{ChallengeDraft, IntroEvent, LanguageEvent, OnboardingStage, WizardDraft};
use wallet_core::features::pin::PinEvent;
use wallet_core::features::signin::{Challenge, SignInEvent};
use wallet_core::features::terms::TermsEvent;
use wallet_core::i18n::Catalog;
use wallet_core::platform::desktop::{MemorySecureStorage, RecordingLogger};
use wallet_core::platform::{Platform, ViewListener};
use wallet_core::{CoreConfig, Engine, Event, ViewModel};

struct Stats {
    samples: Vec<Duration>,
}

impl Stats {
    fn new() -> Stats {
        Stats { samples: Vec::new() }
    }

    fn time<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let start = Instant::now();
        let result = f();
        self.samples.push(start.elapsed());
        result
    }

    fn row(mut self, what: &str) -> String {
        self.samples.sort();
        let at = |q: f64| self.samples[((self.samples.len() - 1) as f64 * q).round() as usize];
        let micros = |d: Duration| format!("{:.1} µs", d.as_secs_f64() * 1e6);
        format!(
            "| {what} | {} | {} | {} | {} |",
            self.samples.len(),
            micros(at(0.5)),
            micros(at(0.99)),
            micros(at(1.0))
        )
    }
}

fn select(index: u32) -> Event {
    Event::Language(LanguageEvent::Select { index })
}

fn show_page(index: u32) -> Event {
    Event::Intro(IntroEvent::ShowPage { index })
}

/// The pure part: `update` then `view`, no engine.
fn pure(iterations: u32, settings: Settings, event: fn(u32) -> Event, what: &str) -> String {
    pure_on(
        iterations,
        Model::restore(settings, Start { device_language: Language::Ru, ..Start::default() }),
        event,
        what,
    )
}

fn pure_on(iterations: u32, mut model: Model, event: fn(u32) -> Event, what: &str) -> String {
    let catalog = Catalog::shared();
    let mut stats = Stats::new();
    for i in 0..iterations {
        let view = stats.time(|| {
            let _effects = app::update(&mut model, Msg::Ui(event(i)));
            app::view(&model, catalog)
        });
        std::hint::black_box(view);
    }
    stats.row(what)
}

/// The wizard's later screens (seed 000 steps 6–9) and the lock screen, each opened as the app resumes it.
fn wizard_screens(iterations: u32) -> Vec<String> {
    let phone = Phone::parse("+996555123456").expect("phone");
    let at = |stage| Settings { language: Some(Language::Ky), onboarding: stage, ..Settings::default() };
    let start = |signed_in: bool, security: Security, draft: WizardDraft| Start {
        device_language: Language::Ky,
        phone: signed_in.then(|| phone.clone()),
        security,
        draft,
        ..Start::default()
    };
    let challenge = Challenge {
        challenge_id: "c".into(),
        code_length: 6,
        sent_at_ms: 0,
        expires_in_seconds: 300,
        resend_after_seconds: 60,
    };
    let with_code = WizardDraft {
        phone_text: "0555 123 456".into(),
        challenge: Some(ChallengeDraft { phone: phone.clone(), challenge }),
        terms_ticked: vec![],
    };
    let accepted = Security { terms_accepted: true, ..Security::default() };
    let locked = Security { terms_accepted: true, pin_set: true, ..Security::default() };
    let models = [
        (
            "phone number: typing",
            Model::restore(at(OnboardingStage::SignIn), start(false, Security::default(), WizardDraft::default())),
            edit_phone as fn(u32) -> Event,
        ),
        (
            "SMS code: typing",
            Model::restore(at(OnboardingStage::SignIn), start(false, Security::default(), with_code)),
            edit_code,
        ),
        (
            "terms: ticking",
            Model::restore(at(OnboardingStage::Terms), start(true, Security::default(), WizardDraft::default())),
            toggle,
        ),
        (
            "create PIN: digit / erase",
            Model::restore(at(OnboardingStage::CreatePin), start(true, accepted, WizardDraft::default())),
            digit_or_erase,
        ),
        (
            "lock screen: digit / erase",
            Model::restore(at(OnboardingStage::Completed), start(true, locked, WizardDraft::default())),
            digit_or_erase,
        ),
    ];
    models
        .into_iter()
        .map(|(what, model, event)| pure_on(iterations, model, event, &format!("update + view, {what} (pure)")))
        .collect()
}

fn edit_phone(i: u32) -> Event {
    Event::SignIn(SignInEvent::EditPhone { text: ["0555", "0555 12", "0555 12 34"][(i % 3) as usize].into() })
}

fn edit_code(i: u32) -> Event {
    Event::SignIn(SignInEvent::EditCode { text: ["1", "12", "123"][(i % 3) as usize].into() })
}

fn toggle(i: u32) -> Event {
    Event::Terms(TermsEvent::Toggle { index: i % 3 })
}

/// Never completes the PIN: a digit, then erase it.
fn digit_or_erase(i: u32) -> Event {
    if i.is_multiple_of(2) { Event::Pin(PinEvent::Digit { digit: 5 }) } else { Event::Pin(PinEvent::Erase) }
}

fn platform() -> Platform {
    Platform { secure_storage: Arc::new(MemorySecureStorage::default()), logger: Arc::new(RecordingLogger::default()) }
}

fn open(dir: &std::path::Path) -> Engine {
    let config = CoreConfig::local(dir.to_string_lossy(), "ky-KG");
    Engine::open(config, platform()).expect("core opens")
}

/// Through the engine: `dispatch` returns, then the view is read — what a shell waiting for `view()` sees.
fn engine_dispatch(iterations: u32, to_intro: bool, event: fn(u32) -> Event, what: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = open(dir.path());
    if to_intro {
        engine.dispatch(Event::Language(LanguageEvent::Confirm)).expect("to the intro");
    }
    let mut stats = Stats::new();
    for i in 0..iterations {
        let view = stats.time(|| {
            engine.dispatch(event(i % 3)).expect("applies");
            engine.view()
        });
        std::hint::black_box(view);
    }
    stats.row(what)
}

struct ChannelListener(Mutex<Sender<ViewModel>>);

impl ViewListener for ChannelListener {
    fn on_view(&self, view: ViewModel) {
        let _ = self.0.lock().send(view);
    }
}

/// Through the engine to the listener: from `dispatch` to the shell's callback on the views thread.
fn to_listener(iterations: u32) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = open(dir.path());
    engine.dispatch(Event::Language(LanguageEvent::Confirm)).expect("to the intro");
    let (sender, views) = channel();
    engine.set_listener(Arc::new(ChannelListener(Mutex::new(sender))));
    let _ = views.recv_timeout(Duration::from_secs(5));
    let mut stats = Stats::new();
    for i in 0..iterations {
        stats.time(|| {
            engine.dispatch(show_page((i + 1) % 3)).expect("applies");
            // Views are delivered newest-first; wait for the one for this tap.
            loop {
                let view = views.recv_timeout(Duration::from_secs(5)).expect("a view");
                if let wallet_core::Screen::Intro(intro) = &view.screen
                    && intro.page == (i + 1) % 3
                {
                    break;
                }
            }
        });
    }
    stats.row("dispatch → listener callback (intro page)")
}

/// Opening a core on an existing store up to its first view.
fn cold_start(iterations: u32) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let engine = open(dir.path());
        engine.dispatch(Event::Language(LanguageEvent::Confirm)).expect("to the intro");
    }
    let mut stats = Stats::new();
    for _ in 0..iterations {
        let engine = stats.time(|| {
            let engine = open(dir.path());
            std::hint::black_box(engine.view());
            engine
        });
        drop(engine);
    }
    stats.row("cold start: open store + first view (settings only)")
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` would too — keep those runs short.
    let quick = std::env::args().any(|a| a == "--quick") || std::env::var_os("WALLET_BENCH_QUICK").is_some();
    let n = if quick { 200 } else { 20_000 };
    let intro_settings = Settings {
        language: Some(Language::Ky),
        onboarding: OnboardingStage::Intro { page: 0 },
        ..Settings::default()
    };
    println!("| what | runs | p50 | p99 | max |");
    println!("|---|---|---|---|---|");
    println!("{}", pure(n * 5, Settings::default(), select, "update + view, language screen (pure)"));
    println!("{}", pure(n * 5, intro_settings, show_page, "update + view, intro page (pure)"));
    for row in wizard_screens(n * 5) {
        println!("{row}");
    }
    println!("{}", engine_dispatch(n, false, select, "dispatch + view(), language screen (engine)"));
    println!("{}", engine_dispatch(n, true, show_page, "dispatch + view(), intro page (engine)"));
    println!("{}", to_listener(n / 10));
    println!("{}", cold_start(if quick { 5 } else { 50 }));
}
