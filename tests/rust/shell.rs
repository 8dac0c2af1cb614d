//! A shell in a test: opens the core on a folder with in-memory secure storage and a clock the test moves, sends
//! events, and waits for views. Plus the wizard's steps as a person does them.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use wallet_core::app::Screen;
use wallet_core::engine::{Clock, ManualClock};
use wallet_core::features::onboarding::IntroEvent;
use wallet_core::features::pin::{BiometricsEvent, PinEvent, PinMode};
use wallet_core::features::signin::SignInEvent;
use wallet_core::features::terms::TermsEvent;
use wallet_core::platform::desktop::{MemorySecureStorage, RecordingLogger};
use wallet_core::platform::{Platform, ViewListener};
use wallet_core::{BankConfig, CoreConfig, Engine, Event, ViewModel};

use crate::Bank;

struct Listener(Mutex<Sender<ViewModel>>);

impl ViewListener for Listener {
    fn on_view(&self, view: ViewModel) {
        if let Ok(sender) = self.0.lock() {
            let _ = sender.send(view);
        }
    }
}

/// The configuration a phone gets for `bank`.
pub fn config(bank: &Bank, dir: &std::path::Path, locale: &str) -> CoreConfig {
    CoreConfig {
        bank: Some(BankConfig {
            url: bank.url(),
            public_key: base64::engine::general_purpose::STANDARD.encode(bank.sandbox.public_key()),
            offline_limit_minor: 5_000_000,
            qr_provider_id: wallet_sandbox::qr_pay::OWN_PROVIDER.to_owned(),
            pins: Vec::new(),
        }),
        ..CoreConfig::local(dir.to_string_lossy(), locale)
    }
}

pub struct Shell {
    pub core: Engine,
    views: Receiver<ViewModel>,
}

/// A clock that starts now and moves only when the test says.
pub fn manual_clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::at(crate::now_ms()))
}

impl Shell {
    pub fn open(
        config: CoreConfig,
        keys: Arc<MemorySecureStorage>,
        logger: Arc<RecordingLogger>,
        clock: Arc<dyn Clock>,
    ) -> Shell {
        let core =
            Engine::open_with_clock(config, Platform { secure_storage: keys, logger }, clock).expect("core opens");
        let (sender, views) = channel();
        core.set_listener(Arc::new(Listener(Mutex::new(sender))));
        Shell { core, views }
    }

    /// The view now if it satisfies `wanted`, else the first that does, waiting up to 15 s.
    pub fn until(&self, what: &str, wanted: impl Fn(&ViewModel) -> bool) -> ViewModel {
        let now = self.core.view();
        if wanted(&now) {
            return now;
        }
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.views.recv_timeout(left) {
                // Views still queued from before this call are history, not an answer.
                Ok(view) if view.revision < now.revision => {}
                Ok(view) if wanted(&view) => return view,
                Ok(_) => {}
                Err(_) => panic!("no view with {what} within 15 s; the last is {:#?}", self.core.view()),
            }
        }
    }

    pub fn send(&self, event: Event) {
        let name = event.name();
        self.core.dispatch(event).unwrap_or_else(|rejection| panic!("{name} rejected: {rejection}"));
    }

    /// Types a PIN on the pad shown now.
    pub fn type_pin(&self, pin: &str) {
        for digit in pin.bytes() {
            self.send(Event::Pin(PinEvent::Digit { digit: digit - b'0' }));
        }
    }

    /// Waits for the PIN screen in `mode` that is ready for digits.
    pub fn pin_screen(&self, mode: PinMode) -> ViewModel {
        self.until(&format!("the {mode:?} PIN pad"), |v| is_pin(v, mode))
    }

    /// Seed 000 steps 8–9 and the biometrics offer, from the terms to home: every document ticked, the PIN twice,
    /// biometrics skipped.
    pub fn accept_terms_and_make_pin(&self, pin: &str) {
        let terms = self.until("the terms", |v| matches!(v.screen, Screen::Terms(_)));
        let Screen::Terms(screen) = &terms.screen else { unreachable!() };
        for item in screen.items.iter().filter(|item| !item.checked) {
            self.send(item.toggle.clone());
        }
        self.until("all terms ticked", |v| matches!(&v.screen, Screen::Terms(t) if t.accept.enabled));
        self.send(Event::Terms(TermsEvent::Continue));
        self.pin_screen(PinMode::Create);
        self.type_pin(pin);
        self.pin_screen(PinMode::Repeat);
        self.type_pin(pin);
        let next = self.until("the offer or home", |v| matches!(v.screen, Screen::Biometrics(_) | Screen::Home(_)));
        if matches!(next.screen, Screen::Biometrics(_)) {
            self.send(Event::Biometrics(BiometricsEvent::Skip));
        }
    }
}

pub fn is_pin(view: &ViewModel, mode: PinMode) -> bool {
    matches!(&view.screen, Screen::Pin(pin) if pin.mode == mode && pin.keys_enabled && pin.entered == 0)
}

/// A phone in a test: its data folder and keys, its log, its clock and its configuration, so the app can be killed
/// and started again on the same data.
pub struct Phone {
    pub data: crate::PhoneData,
    pub logger: Arc<RecordingLogger>,
    pub clock: Arc<ManualClock>,
    pub config: CoreConfig,
}

impl Phone {
    pub fn new(bank: &Bank, locale: &str, biometrics: bool) -> Phone {
        let data = crate::PhoneData::new();
        let config = CoreConfig { biometrics_available: biometrics, ..config(bank, data.dir.path(), locale) };
        Phone { data, logger: Arc::new(RecordingLogger::default()), clock: manual_clock(), config }
    }

    /// The app started (again): the previous one must be dropped first, as a killed process is.
    pub fn open(&self) -> Shell {
        self.open_with(self.data.keys.clone())
    }

    pub fn open_with(&self, keys: Arc<MemorySecureStorage>) -> Shell {
        Shell::open(self.config.clone(), keys, self.logger.clone(), self.clock.clone())
    }
}

/// Seed 000 steps 3–9 as a person does them, for `number`, to home.
pub fn sign_in_and_onboard(phone: &Phone, bank: &Bank, number: &str, pin: &str) -> Shell {
    let shell = phone.open();
    shell.until("the language screen", |v| matches!(v.screen, Screen::Language(_)));
    let Screen::Language(language) = shell.core.view().screen else { unreachable!() };
    shell.send(language.confirm.event);
    for _ in 0..2 {
        shell.send(Event::Intro(IntroEvent::Next));
    }
    shell.send(Event::Intro(IntroEvent::Finish));
    shell.send(Event::SignIn(SignInEvent::EditPhone { text: number.into() }));
    shell.send(Event::SignIn(SignInEvent::SubmitPhone));
    shell.until("the code screen", |v| matches!(v.screen, Screen::Code(_)));
    let (_, code) = bank.sent_code(number);
    shell.send(Event::SignIn(SignInEvent::CodeFromSms { code }));
    shell.accept_terms_and_make_pin(pin);
    shell.until("home", |v| matches!(v.screen, Screen::Home(_)));
    shell
}
