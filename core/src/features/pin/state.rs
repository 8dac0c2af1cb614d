//! The PIN screens' state. The digits live here only while typed (`PinDigits` wipes itself), never in a store.

use crate::security::{PinDigits, WeakPin};

/// Why a PIN screen is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupPurpose {
    /// The wizard, or a new PIN after «Забыли PIN-код?» and the SMS code.
    Onboarding,
    /// From the settings: the current PIN first.
    Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupStep {
    /// The current PIN (change only).
    Current,
    /// «Придумайте PIN-код».
    New,
    /// «Повторите PIN-код».
    Repeat,
}

/// What a PIN check is for, so its outcome reaches the right screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinPurpose {
    Unlock,
    Change,
    /// Confirming a payment (step-up).
    Pay,
}

/// A message on a PIN screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinProblem {
    Weak(WeakPin),
    /// The second entry differed: creation starts again.
    Mismatch,
    /// A wrong PIN; `left_before_wipe` more and the app signs out.
    Wrong {
        left_before_wipe: u32,
    },
    /// Too many wrong PINs: no PIN until then.
    LockedUntil {
        until_ms: i64,
    },
    /// The phone could not store or check the PIN.
    Failed,
    /// A message from the localisation files (biometrics).
    Message {
        message_id: &'static str,
    },
}

/// Creating a PIN (twice), or changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinSetup {
    pub purpose: SetupPurpose,
    pub step: SetupStep,
    pub entered: PinDigits,
    /// The first entry, while the second is typed.
    pub first: PinDigits,
    pub problem: Option<PinProblem>,
    pub busy: bool,
}

impl PinSetup {
    pub fn new(purpose: SetupPurpose) -> PinSetup {
        let step = match purpose {
            SetupPurpose::Onboarding => SetupStep::New,
            SetupPurpose::Change => SetupStep::Current,
        };
        PinSetup {
            purpose,
            step,
            entered: PinDigits::default(),
            first: PinDigits::default(),
            problem: None,
            busy: false,
        }
    }
}

/// The lock screen: the app opened, or was idle too long.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PinLock {
    pub entered: PinDigits,
    pub problem: Option<PinProblem>,
    pub busy: bool,
    /// The system's biometric prompt is up (busy with it, not with a PIN).
    pub awaiting_biometrics: bool,
}

/// The offer to unlock with biometrics, after the PIN is made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BiometricOffer {
    pub busy: bool,
    pub failed: bool,
}

impl PinProblem {
    /// Whether the PIN pad waits (no digits accepted) at `now_ms`.
    pub fn locks_at(&self, now_ms: i64) -> bool {
        matches!(self, PinProblem::LockedUntil { until_ms } if now_ms < *until_ms)
    }
}
