//! The PIN screens as plain, localised data. The shell draws the pad from `keys` and shows `entered` dots.

use serde::Serialize;

use super::event::{BiometricsEvent, PinEvent};
use super::state::{BiometricOffer, PinLock, PinProblem, PinSetup, SetupPurpose, SetupStep};
use crate::app::{Action, Event};
use crate::features::history::Field;
use crate::i18n::Strings;
use crate::i18n::datetime::countdown;
use crate::security::pin::PIN_LENGTH;

/// Which PIN screen this is, for the shell's layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum PinMode {
    /// «Придумайте PIN-код».
    Create,
    /// «Повторите PIN-код».
    Repeat,
    /// The current PIN, before changing it.
    Current,
    /// The lock screen.
    Unlock,
    /// The PIN that confirms a payment.
    ConfirmPayment,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PinKey {
    pub label: String,
    pub event: Event,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PinScreen {
    pub mode: PinMode,
    pub title: String,
    pub subtitle: String,
    /// Digits in a PIN.
    pub length: u32,
    /// Digits typed so far: the dots to fill.
    pub entered: u32,
    /// The dots as a screen reader says them: «Введено цифр: 2 из 4».
    pub entered_label: String,
    /// 1–9, then 0.
    pub keys: Vec<PinKey>,
    pub erase: Action,
    /// What went wrong, or how long to wait («Попробуйте через 0:30»).
    pub error: Option<String>,
    /// The pad waits: too many wrong PINs, or a check is running.
    pub keys_enabled: bool,
    /// «Забыли PIN-код?» (lock screen).
    pub forgot: Option<Action>,
    /// «Войти по биометрии» (lock screen, when turned on).
    pub biometrics: Option<Action>,
    pub busy: bool,
    /// What is happening while busy: «Сохраняем PIN-код…», «Проверяем PIN-код…».
    pub progress: Option<String>,
    /// What the PIN confirms (a payment: the recipient, the amount, the fee, the total); empty on other PIN screens.
    pub summary: Vec<Field>,
}

/// The offer of biometric unlock after the PIN is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct BiometricsScreen {
    pub title: String,
    pub body: String,
    pub enable: Action,
    pub skip: Action,
    pub error: Option<String>,
    pub busy: bool,
}

fn keys() -> Vec<PinKey> {
    (1..=9u8)
        .chain([0])
        .map(|digit| PinKey { label: digit.to_string(), event: Event::Pin(PinEvent::Digit { digit }) })
        .collect()
}

fn problem_text(problem: Option<PinProblem>, now_ms: i64, t: &Strings<'_>) -> Option<String> {
    Some(match problem? {
        PinProblem::Weak(weak) => t.text(weak.message_id()),
        PinProblem::Mismatch => t.text("pin-mismatch"),
        PinProblem::Wrong { left_before_wipe } if left_before_wipe <= 5 => format!(
            "{} {}",
            t.text("pin-wrong"),
            t.text_with("pin-left-before-wipe", &[("count", left_before_wipe.into())])
        ),
        PinProblem::Wrong { .. } => t.text("pin-wrong"),
        PinProblem::LockedUntil { until_ms } if now_ms < until_ms => {
            t.text_with("pin-locked", &[("time", countdown(until_ms - now_ms).into())])
        }
        PinProblem::LockedUntil { .. } => t.text("pin-try-again"),
        PinProblem::Failed => t.text("pin-failed"),
        PinProblem::Message { message_id } => t.text(message_id),
    })
}

fn pad_enabled(busy: bool, problem: Option<PinProblem>, now_ms: i64) -> bool {
    !busy && !problem.is_some_and(|p| p.locks_at(now_ms))
}

/// The pad, the dots and the message, as every PIN screen has them.
fn pad(
    (mode, title, subtitle): (PinMode, &str, &str),
    entered: usize,
    busy: bool,
    problem: Option<PinProblem>,
    now_ms: i64,
    t: &Strings<'_>,
) -> PinScreen {
    PinScreen {
        mode,
        title: t.text(title),
        subtitle: t.text(subtitle),
        length: PIN_LENGTH as u32,
        entered: entered as u32,
        entered_label: t
            .text_with("pin-entered", &[("entered", (entered as u64).into()), ("length", (PIN_LENGTH as u64).into())]),
        keys: keys(),
        erase: Action { label: t.text("pin-erase"), event: Event::Pin(PinEvent::Erase), enabled: !busy },
        error: problem_text(problem, now_ms, t),
        keys_enabled: pad_enabled(busy, problem, now_ms),
        forgot: None,
        biometrics: None,
        busy,
        progress: busy.then(|| {
            t.text(if matches!(mode, PinMode::Create | PinMode::Repeat) { "pin-saving" } else { "pin-checking" })
        }),
        summary: Vec::new(),
    }
}

pub fn setup_screen(form: &PinSetup, now_ms: i64, t: &Strings<'_>) -> PinScreen {
    let texts = match (form.step, form.purpose) {
        (SetupStep::Current, _) => (PinMode::Current, "pin-current-title", "pin-current-subtitle"),
        (SetupStep::New, SetupPurpose::Onboarding) => (PinMode::Create, "pin-create-title", "pin-create-subtitle"),
        (SetupStep::New, SetupPurpose::Change) => (PinMode::Create, "pin-new-title", "pin-create-subtitle"),
        (SetupStep::Repeat, _) => (PinMode::Repeat, "pin-repeat-title", "pin-repeat-subtitle"),
    };
    pad(texts, form.entered.len(), form.busy, form.problem, now_ms, t)
}

pub fn lock_screen(form: &PinLock, biometrics: bool, now_ms: i64, t: &Strings<'_>) -> PinScreen {
    let texts = (PinMode::Unlock, "pin-unlock-title", "pin-unlock-subtitle");
    let pad = pad(texts, form.entered.len(), form.busy, form.problem, now_ms, t);
    PinScreen {
        progress: if form.awaiting_biometrics { Some(t.text("pin-awaiting-biometrics")) } else { pad.progress.clone() },
        forgot: Some(Action { label: t.text("pin-forgot"), event: Event::Pin(PinEvent::Forgot), enabled: !form.busy }),
        biometrics: biometrics.then(|| Action {
            label: t.text("pin-use-biometrics"),
            event: Event::Pin(PinEvent::UseBiometrics),
            enabled: !form.busy,
        }),
        ..pad
    }
}

/// The PIN that confirms a payment: the same pad, biometrics when turned on, no «Забыли PIN-код?», and what is
/// being paid repeated above it.
pub fn pay_pin_screen(
    form: &PinLock,
    biometrics: bool,
    now_ms: i64,
    summary: Vec<Field>,
    t: &Strings<'_>,
) -> PinScreen {
    let texts = (PinMode::ConfirmPayment, "pay-pin-title", "pay-pin-subtitle");
    let pad = pad(texts, form.entered.len(), form.busy, form.problem, now_ms, t);
    PinScreen {
        summary,
        progress: if form.awaiting_biometrics { Some(t.text("pin-awaiting-biometrics")) } else { pad.progress.clone() },
        biometrics: biometrics.then(|| Action {
            label: t.text("pay-pin-biometrics"),
            event: Event::Pin(PinEvent::UseBiometrics),
            enabled: !form.busy,
        }),
        ..pad
    }
}

pub fn biometrics_screen(offer: &BiometricOffer, t: &Strings<'_>) -> BiometricsScreen {
    BiometricsScreen {
        title: t.text("biometrics-title"),
        body: t.text("biometrics-body"),
        enable: Action {
            label: t.text("biometrics-enable"),
            event: Event::Biometrics(BiometricsEvent::Enable),
            enabled: !offer.busy,
        },
        skip: Action {
            label: t.text("biometrics-skip"),
            event: Event::Biometrics(BiometricsEvent::Skip),
            enabled: !offer.busy,
        },
        error: offer.failed.then(|| t.text("biometrics-failed")),
        busy: offer.busy,
    }
}
