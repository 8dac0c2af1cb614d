//! Sign-in's rules: the phone is checked on the phone before the bank is asked; the code must have its length, be
//! alive and have tries left; a new code only when the bank's countdown allows.

use super::event::SignInEvent;
use super::state::{Challenge, CodeForm, FormError, MAX_PHONE_TEXT, PhoneForm};
use crate::app::{Effect, Event, Nav, Rejection, Route, Step};
use crate::domain::Phone;

fn event_name(event: &SignInEvent) -> &'static str {
    Event::SignIn(event.clone()).name()
}

pub fn phone(form: &mut PhoneForm, event: SignInEvent, bank_configured: bool) -> Result<Step, Rejection> {
    let name = event_name(&event);
    match event {
        SignInEvent::EditPhone { text } => {
            form.text = text.chars().take(MAX_PHONE_TEXT).collect();
            form.error = None;
            Ok(Step::stay())
        }
        SignInEvent::SubmitPhone => {
            if form.busy {
                return Err(Rejection::NotNow { event: name, reason: "the code is already being sent" });
            }
            if !bank_configured {
                form.error = Some(FormError::new("bank-misconfigured"));
                return Ok(Step::stay());
            }
            match Phone::parse(&form.text) {
                Ok(phone) => {
                    form.busy = true;
                    form.error = None;
                    Ok(Step::stay().with(Effect::RequestCode { phone }))
                }
                Err(error) => {
                    form.error = Some(FormError::new(error.message_id()));
                    Ok(Step::stay())
                }
            }
        }
        _ => Err(Rejection::WrongScreen { event: name, screen: "phone" }),
    }
}

/// The bank sent the code: on to the code screen.
pub fn code_sent(form: &mut PhoneForm, challenge: Challenge) -> Step {
    form.busy = false;
    match Phone::parse(&form.text) {
        Ok(phone) => Step::to(Nav::Push(Route::Code(CodeForm::new(phone, form.purpose, challenge)))),
        Err(error) => {
            form.error = Some(FormError::new(error.message_id()));
            Step::stay()
        }
    }
}

/// A new code replaced the old one.
pub fn code_resent(form: &mut CodeForm, challenge: Challenge) {
    *form = CodeForm::new(form.phone.clone(), form.purpose, challenge);
}

/// The bank did not send a new code; `retry_at_ms` when it said how long to wait.
pub fn resend_refused(form: &mut CodeForm, error: FormError, retry_at_ms: Option<i64>) {
    form.resending = false;
    form.error = Some(error);
    form.resend_blocked_until_ms = retry_at_ms;
}

/// The bank did not take the code.
pub fn code_refused(form: &mut CodeForm, error: FormError) {
    form.busy = false;
    form.error = Some(error);
    // Out of tries, or the code is dead: only a new code helps.
    if matches!(error.message_id, "bank-too-many-attempts" | "bank-sms-code-expired") {
        form.exhausted = true;
        form.text.clear();
    }
}

pub fn code(form: &mut CodeForm, event: SignInEvent, now_ms: i64) -> Result<Step, Rejection> {
    let name = event_name(&event);
    match event {
        SignInEvent::EditCode { text } => {
            let before = std::mem::take(&mut form.text);
            form.text =
                text.chars().filter(char::is_ascii_digit).take(usize::from(form.challenge.code_length)).collect();
            if !form.exhausted {
                form.error = None;
            }
            // The last digit (or a whole code pasted) sends it, as the SMS's own code does: no «Войти» to look for.
            let completed = form.text.len() == usize::from(form.challenge.code_length) && form.text != before;
            if completed && !form.busy && !form.exhausted {
                return submit(form, now_ms, name);
            }
            Ok(Step::stay())
        }
        SignInEvent::CodeFromSms { code } => {
            if form.busy {
                return Err(Rejection::NotNow { event: name, reason: "the code is already being checked" });
            }
            form.text =
                code.chars().filter(char::is_ascii_digit).take(usize::from(form.challenge.code_length)).collect();
            submit(form, now_ms, name)
        }
        SignInEvent::SubmitCode => submit(form, now_ms, name),
        SignInEvent::ResendCode => {
            if !form.can_resend(now_ms) {
                return Err(Rejection::NotNow {
                    event: name,
                    reason: "a new code can be asked for when the countdown ends",
                });
            }
            form.resending = true;
            form.error = None;
            Ok(Step::stay().with(Effect::RequestCode { phone: form.phone.clone() }))
        }
        SignInEvent::EditPhone { .. } | SignInEvent::SubmitPhone => {
            Err(Rejection::WrongScreen { event: name, screen: "code" })
        }
    }
}

fn submit(form: &mut CodeForm, now_ms: i64, name: &'static str) -> Result<Step, Rejection> {
    if form.busy {
        return Err(Rejection::NotNow { event: name, reason: "the code is already being checked" });
    }
    if form.exhausted {
        form.error = Some(FormError::new("bank-too-many-attempts"));
        return Ok(Step::stay());
    }
    if form.expired(now_ms) {
        form.exhausted = true;
        form.error = Some(FormError::new("bank-sms-code-expired"));
        return Ok(Step::stay());
    }
    if form.text.len() != usize::from(form.challenge.code_length) {
        form.error = Some(FormError::new("signin-code-incomplete"));
        return Ok(Step::stay());
    }
    form.busy = true;
    form.error = None;
    Ok(Step::stay().with(Effect::VerifyCode {
        phone: form.phone.clone(),
        challenge_id: form.challenge.challenge_id.clone(),
        code: form.text.clone(),
        purpose: form.purpose,
    }))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::features::signin::SignInPurpose;

    pub fn challenge(sent_at_ms: i64) -> Challenge {
        Challenge {
            challenge_id: "c".into(),
            code_length: 6,
            sent_at_ms,
            expires_in_seconds: 300,
            resend_after_seconds: 60,
        }
    }

    fn code_form() -> CodeForm {
        CodeForm::new(Phone::parse("+996555123456").expect("phone"), SignInPurpose::SignIn, challenge(0))
    }

    #[test]
    fn a_valid_number_asks_the_bank_for_a_code() {
        let mut form = PhoneForm::default();
        phone(&mut form, SignInEvent::EditPhone { text: "0555 123 456".into() }, true).expect("edit");
        let step = phone(&mut form, SignInEvent::SubmitPhone, true).expect("submit");
        let expected = Phone::parse("+996555123456").expect("phone");
        assert_eq!(step.effects, vec![Effect::RequestCode { phone: expected }]);
        assert!(form.busy);
        assert!(
            matches!(phone(&mut form, SignInEvent::SubmitPhone, true), Err(Rejection::NotNow { .. })),
            "no double send"
        );
    }

    #[test]
    fn a_bad_number_gets_a_message_naming_the_expected_form() {
        let mut form = PhoneForm { text: "0312 123 456".into(), ..PhoneForm::default() };
        let step = phone(&mut form, SignInEvent::SubmitPhone, true).expect("submit");
        assert!(step.effects.is_empty());
        assert_eq!(form.error, Some(FormError::new("phone-landline")));
        phone(&mut form, SignInEvent::EditPhone { text: "0".into() }, true).expect("edit");
        assert_eq!(form.error, None, "typing clears the message");
    }

    #[test]
    fn the_code_keeps_digits_up_to_its_length() {
        let mut form = code_form();
        code(&mut form, SignInEvent::EditCode { text: "12 34-5".into() }, 0).expect("edit");
        assert_eq!(form.text, "12345");
        code(&mut form, SignInEvent::SubmitCode, 0).expect("submit");
        assert_eq!(form.error, Some(FormError::new("signin-code-incomplete")));
        // The last digit sends the code by itself.
        let step = code(&mut form, SignInEvent::EditCode { text: "1234567".into() }, 0).expect("edit");
        assert_eq!(form.text, "123456");
        assert!(matches!(&step.effects[..], [Effect::VerifyCode { code, .. }] if code == "123456"));
        assert!(form.busy);
    }

    #[test]
    fn a_code_read_from_the_sms_is_sent_at_once() {
        let mut form = code_form();
        let step = code(&mut form, SignInEvent::CodeFromSms { code: "Ваш код 654321".into() }, 0).expect("sms");
        assert!(matches!(&step.effects[..], [Effect::VerifyCode { code, .. }] if code == "654321"));
    }

    #[test]
    fn resend_waits_for_its_countdown_and_the_banks_wait() {
        let mut form = code_form();
        assert!(code(&mut form, SignInEvent::ResendCode, 59_999).is_err());
        let step = code(&mut form, SignInEvent::ResendCode, 60_000).expect("resend");
        assert!(matches!(&step.effects[..], [Effect::RequestCode { .. }]));
        resend_refused(&mut form, FormError::new("bank-too-many-attempts"), Some(3_600_000));
        assert!(!form.can_resend(3_599_999));
        assert!(form.can_resend(3_600_000));
        code_resent(&mut form, challenge(3_600_000));
        assert_eq!((form.error, form.resending, form.challenge.sent_at_ms), (None, false, 3_600_000));
    }

    #[test]
    fn an_expired_or_exhausted_code_needs_a_new_one() {
        let mut form = code_form();
        let step = code(&mut form, SignInEvent::EditCode { text: "123456".into() }, 300_000).expect("edit");
        assert!(step.effects.is_empty());
        assert_eq!(form.error, Some(FormError::new("bank-sms-code-expired")));
        let mut form = code_form();
        code_refused(&mut form, FormError { message_id: "bank-too-many-attempts", attempts_left: Some(0) });
        assert!(form.exhausted && !form.can_submit(1));
    }
}
