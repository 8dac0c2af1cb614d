//! How fast a tap becomes a view (DESIGN.md §10: dispatch → ViewModel p99 ≤ 1 ms), and how fast a core opens.
//!
//! `cargo bench -p wallet-core --features desktop --bench dispatch` — prints a Markdown table for
//! docs/benchmarks.md. Timings are reported, never asserted.

use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use wallet_core::app::{self, Model, Msg, Settings, Start};
use wallet_core::domain::Language;
use wallet_core::features::onboarding::{IntroEvent, LanguageEvent, OnboardingStage};
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
    let catalog = Catalog::shared();
    let mut model = Model::restore(settings, Start { device_language: Language::Ru, ..Start::default() });
    let mut stats = Stats::new();
    for i in 0..iterations {
        let view = stats.time(|| {
            let _effects = app::update(&mut model, Msg::Ui(event(i % 3)));
            app::view(&model, catalog)
        });
        std::hint::black_box(view);
    }
    stats.row(what)
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
    println!("{}", engine_dispatch(n, false, select, "dispatch + view(), language screen (engine)"));
    println!("{}", engine_dispatch(n, true, show_page, "dispatch + view(), intro page (engine)"));
    println!("{}", to_listener(n / 10));
    println!("{}", cold_start(if quick { 5 } else { 50 }));
}
