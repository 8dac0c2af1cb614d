//! Sign-in's rules: the phone is checked on the phone before the bank is asked; the code must have its length.

use super::event::SignInEvent;
use super::state::{CodeForm, FormError, MAX_PHONE_TEXT, PhoneForm};
use crate::app::{Effect, Nav, Rejection, Route, Step};
use crate::domain::Phone;

pub fn phone(form: &mut PhoneForm, event: SignInEvent, bank_configured: bool) -> Result<Step, Rejection> {
    match event {
        SignInEvent::EditPhone { text } => {
            form.text = text.chars().take(MAX_PHONE_TEXT).collect();
            form.error = None;
            Ok(Step::stay())
        }
        SignInEvent::SubmitPhone => {
            if form.busy {
                return Err(Rejection::NotNow {
                    event: "SignIn.SubmitPhone",
                    reason: "the code is already being sent",
                });
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
        SignInEvent::EditCode { .. } | SignInEvent::SubmitCode => {
            Err(Rejection::WrongScreen { event: event_name(&event), screen: "phone" })
        }
    }
}

/// The bank sent the code: on to the code screen.
pub fn code_sent(form: &mut PhoneForm, challenge_id: String, code_length: u8) -> Step {
    form.busy = false;
    match Phone::parse(&form.text) {
        Ok(phone) => Step::to(Nav::Push(Route::Code(CodeForm {
            phone,
            challenge_id,
            code_length,
            text: String::new(),
            error: None,
            busy: false,
        }))),
        Err(error) => {
            form.error = Some(FormError::new(error.message_id()));
            Step::stay()
        }
    }
}

pub fn code(form: &mut CodeForm, event: SignInEvent) -> Result<Step, Rejection> {
    match event {
        SignInEvent::EditCode { text } => {
            form.text = text.chars().filter(char::is_ascii_digit).take(usize::from(form.code_length)).collect();
            form.error = None;
            Ok(Step::stay())
        }
        SignInEvent::SubmitCode => {
            if form.busy {
                return Err(Rejection::NotNow {
                    event: "SignIn.SubmitCode",
                    reason: "the code is already being checked",
                });
            }
            if form.text.len() != usize::from(form.code_length) {
                form.error = Some(FormError::new("signin-code-incomplete"));
                return Ok(Step::stay());
            }
            form.busy = true;
            form.error = None;
            Ok(Step::stay().with(Effect::VerifyCode {
                phone: form.phone.clone(),
                challenge_id: form.challenge_id.clone(),
                code: form.text.clone(),
            }))
        }
        SignInEvent::EditPhone { .. } | SignInEvent::SubmitPhone => {
            Err(Rejection::WrongScreen { event: event_name(&event), screen: "code" })
        }
    }
}

fn event_name(event: &SignInEvent) -> &'static str {
    crate::app::Event::SignIn(event.clone()).name()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let phone = Phone::parse("+996555123456").expect("phone");
        let mut form =
            CodeForm { phone, challenge_id: "c".into(), code_length: 6, text: String::new(), error: None, busy: false };
        code(&mut form, SignInEvent::EditCode { text: "12 34-5".into() }).expect("edit");
        assert_eq!(form.text, "12345");
        code(&mut form, SignInEvent::SubmitCode).expect("submit");
        assert_eq!(form.error, Some(FormError::new("signin-code-incomplete")));
        code(&mut form, SignInEvent::EditCode { text: "1234567".into() }).expect("edit");
        assert_eq!(form.text, "123456");
        let step = code(&mut form, SignInEvent::SubmitCode).expect("submit");
        assert!(matches!(&step.effects[..], [Effect::VerifyCode { code, .. }] if code == "123456"));
    }
}
