//! The PIN screens' rules: a PIN is checked as soon as its last digit is typed; a new one must not be trivial and
//! must be typed the same twice, else creation starts again.

use super::event::PinEvent;
use super::state::{PinLock, PinProblem, PinPurpose, PinSetup, SetupStep};
use crate::app::{Effect, Event, Rejection, Step};
use crate::security::PinVerdict;
use crate::security::pin::{PinDigits, weakness};

fn type_digit(entered: &mut PinDigits, digit: u8, name: &'static str) -> Result<(), Rejection> {
    if digit > 9 {
        return Err(Rejection::OutOfRange { event: name, what: "digit", index: u32::from(digit), count: 10 });
    }
    if !entered.push(digit) {
        return Err(Rejection::NotNow { event: name, reason: "the PIN is complete" });
    }
    Ok(())
}

fn refuse_while(busy: bool, problem: Option<PinProblem>, now_ms: i64, name: &'static str) -> Result<(), Rejection> {
    if busy {
        return Err(Rejection::NotNow { event: name, reason: "the PIN is being checked" });
    }
    if problem.is_some_and(|p| p.locks_at(now_ms)) {
        return Err(Rejection::NotNow { event: name, reason: "too many wrong PINs: wait until the countdown ends" });
    }
    Ok(())
}

/// Types a digit unless the pad waits; true when the PIN is complete.
fn press(
    entered: &mut PinDigits,
    problem: &mut Option<PinProblem>,
    busy: bool,
    digit: u8,
    now_ms: i64,
    name: &'static str,
) -> Result<bool, Rejection> {
    refuse_while(busy, *problem, now_ms, name)?;
    type_digit(entered, digit, name)?;
    *problem = None;
    Ok(entered.is_complete())
}

/// Creating or changing the PIN.
pub fn setup(form: &mut PinSetup, event: PinEvent, now_ms: i64) -> Result<Step, Rejection> {
    let name = Event::Pin(event.clone()).name();
    match event {
        PinEvent::Digit { digit } => {
            if !press(&mut form.entered, &mut form.problem, form.busy, digit, now_ms, name)? {
                return Ok(Step::stay());
            }
            Ok(match form.step {
                SetupStep::Current => {
                    form.busy = true;
                    let pin = std::mem::take(&mut form.entered);
                    Step::stay().with(Effect::CheckPin { pin, purpose: PinPurpose::Change })
                }
                SetupStep::New => {
                    if let Some(weak) = weakness(&form.entered) {
                        form.problem = Some(PinProblem::Weak(weak));
                        form.entered.clear();
                    } else {
                        form.first = std::mem::take(&mut form.entered);
                        form.step = SetupStep::Repeat;
                    }
                    Step::stay()
                }
                SetupStep::Repeat if form.entered == form.first => {
                    form.busy = true;
                    form.first.clear();
                    let pin = std::mem::take(&mut form.entered);
                    Step::stay().with(Effect::CreatePin { pin })
                }
                SetupStep::Repeat => {
                    restart(form);
                    form.problem = Some(PinProblem::Mismatch);
                    Step::stay()
                }
            })
        }
        PinEvent::Erase => {
            refuse_while(form.busy, None, now_ms, name)?;
            form.entered.pop();
            Ok(Step::stay())
        }
        PinEvent::Forgot | PinEvent::UseBiometrics => Err(Rejection::WrongScreen { event: name, screen: "pin" }),
    }
}

/// Back to the first entry of a new PIN.
fn restart(form: &mut PinSetup) {
    form.step = SetupStep::New;
    form.entered.clear();
    form.first.clear();
    form.busy = false;
}

/// «Back» on the second entry returns to the first; elsewhere it is the stack's.
pub fn back_from_setup(form: &mut PinSetup) -> bool {
    if form.step == SetupStep::Repeat && !form.busy {
        restart(form);
        form.problem = None;
        return true;
    }
    false
}

/// The PIN could not be stored: start again.
pub fn not_created(form: &mut PinSetup) {
    restart(form);
    form.problem = Some(PinProblem::Failed);
}

/// The lock screen, or the PIN that confirms a payment (`purpose`). «Забыли PIN-код?» is the app's (it opens a
/// dialog, on the lock screen only).
pub fn lock(
    form: &mut PinLock,
    event: PinEvent,
    now_ms: i64,
    biometrics: bool,
    purpose: PinPurpose,
) -> Result<Step, Rejection> {
    let name = Event::Pin(event.clone()).name();
    match event {
        PinEvent::Digit { digit } => {
            if !press(&mut form.entered, &mut form.problem, form.busy, digit, now_ms, name)? {
                return Ok(Step::stay());
            }
            form.busy = true;
            let pin = std::mem::take(&mut form.entered);
            Ok(Step::stay().with(Effect::CheckPin { pin, purpose }))
        }
        PinEvent::Erase => {
            refuse_while(form.busy, None, now_ms, name)?;
            form.entered.pop();
            Ok(Step::stay())
        }
        PinEvent::UseBiometrics if !biometrics => {
            Err(Rejection::NotNow { event: name, reason: "biometric unlock is not turned on" })
        }
        PinEvent::UseBiometrics => {
            refuse_while(form.busy, None, now_ms, name)?;
            form.busy = true;
            form.awaiting_biometrics = true;
            Ok(Step::stay().with(Effect::UnlockWithBiometrics))
        }
        PinEvent::Forgot => Err(Rejection::WrongScreen { event: name, screen: "unlock" }),
    }
}

/// What a check's verdict shows on a PIN screen; `None` when it was right.
pub fn problem_after(verdict: PinVerdict) -> Option<PinProblem> {
    match verdict {
        PinVerdict::Correct => None,
        PinVerdict::Wrong { locked_until_ms: Some(until_ms), .. } | PinVerdict::Locked { until_ms } => {
            Some(PinProblem::LockedUntil { until_ms })
        }
        PinVerdict::Wrong { left_before_wipe, .. } => Some(PinProblem::Wrong { left_before_wipe }),
        PinVerdict::Wiped | PinVerdict::NoPin => Some(PinProblem::Failed),
    }
}

/// The current PIN was checked while changing it: on to the new one, or the message.
pub fn change_checked(form: &mut PinSetup, verdict: PinVerdict) {
    form.busy = false;
    form.entered.clear();
    match problem_after(verdict) {
        None => {
            form.step = SetupStep::New;
            form.problem = None;
        }
        problem => form.problem = problem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::pin::SetupPurpose;
    use crate::security::WeakPin;

    fn type_pin(form: &mut PinSetup, pin: &str) -> Step {
        let mut last = Step::stay();
        for c in pin.bytes() {
            last = setup(form, PinEvent::Digit { digit: c - b'0' }, 0).expect("digit");
        }
        last
    }

    #[test]
    fn a_pin_is_created_after_the_same_two_entries() {
        let mut form = PinSetup::new(SetupPurpose::Onboarding);
        type_pin(&mut form, "5827");
        assert_eq!(form.step, SetupStep::Repeat);
        let step = type_pin(&mut form, "5827");
        assert!(matches!(&step.effects[..], [Effect::CreatePin { pin }] if pin.is_complete()));
        assert!(form.busy);
    }

    #[test]
    fn a_mismatch_restarts_creation_and_a_trivial_pin_is_refused_with_its_reason() {
        let mut form = PinSetup::new(SetupPurpose::Onboarding);
        type_pin(&mut form, "1111");
        assert_eq!(form.problem, Some(PinProblem::Weak(WeakPin::AllSame)));
        assert_eq!((form.step, form.entered.len()), (SetupStep::New, 0));
        type_pin(&mut form, "5827");
        let step = type_pin(&mut form, "5828");
        assert!(step.effects.is_empty());
        assert_eq!(form.problem, Some(PinProblem::Mismatch));
        assert_eq!(form.step, SetupStep::New);
        assert!(form.first.is_empty(), "the first entry is forgotten");
    }

    #[test]
    fn changing_checks_the_current_pin_first() {
        let mut form = PinSetup::new(SetupPurpose::Change);
        let step = type_pin(&mut form, "5827");
        assert!(matches!(&step.effects[..], [Effect::CheckPin { purpose: PinPurpose::Change, .. }]));
        change_checked(&mut form, PinVerdict::Wrong { failures: 1, left_before_wipe: 9, locked_until_ms: None });
        assert_eq!(form.step, SetupStep::Current);
        assert_eq!(form.problem, Some(PinProblem::Wrong { left_before_wipe: 9 }));
        type_pin(&mut form, "5827");
        change_checked(&mut form, PinVerdict::Correct);
        assert_eq!(form.step, SetupStep::New);
    }

    #[test]
    fn the_pad_waits_while_locked_out() {
        let mut form = PinLock { problem: Some(PinProblem::LockedUntil { until_ms: 30_000 }), ..PinLock::default() };
        assert!(matches!(
            lock(&mut form, PinEvent::Digit { digit: 1 }, 29_999, false, PinPurpose::Unlock),
            Err(Rejection::NotNow { .. })
        ));
        lock(&mut form, PinEvent::Digit { digit: 1 }, 30_000, false, PinPurpose::Unlock).expect("after the wait");
        assert!(
            lock(&mut form, PinEvent::Digit { digit: 10 }, 30_000, false, PinPurpose::Unlock).is_err(),
            "not a digit"
        );
        assert!(lock(&mut form, PinEvent::UseBiometrics, 30_000, false, PinPurpose::Unlock).is_err(), "not turned on");
    }
}
