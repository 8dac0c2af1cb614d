//! The sign-in screens as plain, localised data.

use serde::Serialize;

use super::event::SignInEvent;
use super::state::{CodeForm, FormError, PhoneForm, SignInPurpose};
use crate::app::{Action, Event};
use crate::i18n::Strings;
use crate::i18n::datetime::countdown;

/// What a text field holds, so the shell picks the keyboard (on the sign-in screens it also says which event an
/// edit sends; elsewhere the screen's field names it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum FieldKind {
    /// `SignInEvent::EditPhone`; a phone keyboard.
    Phone,
    /// `SignInEvent::EditCode`; a digit keyboard, and the SMS's code may be filled in.
    SmsCode,
    /// An amount of money: a decimal keyboard.
    Amount,
    /// Free text (a comment).
    Text,
    /// A payment card's number: a digit keyboard, grouped in fours, the system's card autofill.
    CardNumber,
    /// A card's expiry, «MM/YY»: a digit keyboard.
    CardExpiry,
    /// A card's CVV2/CVC2: a digit keyboard, the digits hidden, never autofilled or kept by the keyboard.
    CardCvv,
    /// A name as printed on a card (Latin capitals).
    CardHolder,
    /// A service provider's personal account: digits only, a digit keyboard.
    AccountNumber,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TextField {
    pub kind: FieldKind,
    pub label: String,
    pub value: String,
    pub placeholder: String,
    /// What is wrong with the value, in the user's language.
    pub error: Option<String>,
}

/// Seed 000 step 6: the phone number and «Войти».
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PhoneScreen {
    pub title: String,
    pub subtitle: String,
    pub field: TextField,
    pub submit: Action,
    /// The bank is being asked: show progress.
    pub busy: bool,
    /// What is happening while busy: «Отправляем SMS с кодом…».
    pub progress: Option<String>,
}

/// Seed 000 step 7: the code from the SMS and «Войти».
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CodeScreen {
    pub title: String,
    /// «Мы отправили код на +996 555 ***456».
    pub subtitle: String,
    pub field: TextField,
    pub code_length: u32,
    pub submit: Action,
    /// «Отправить код повторно», enabled when its countdown is over.
    pub resend: Action,
    /// «Новый код можно запросить через 0:42» while counting down.
    pub resend_hint: Option<String>,
    /// «Код действует 5 минут», or «Срок действия кода истёк…».
    pub lifetime: String,
    pub busy: bool,
    /// What is happening while busy: «Проверяем код…», «Отправляем SMS с кодом…».
    pub progress: Option<String>,
}

fn error_text(error: Option<FormError>, t: &Strings<'_>) -> Option<String> {
    error.map(|error| match error.attempts_left {
        Some(left) if left > 0 => {
            format!("{} {}", t.text(error.message_id), t.text_with("signin-attempts-left", &[("count", left.into())]))
        }
        _ => t.text(error.message_id),
    })
}

pub fn phone_screen(form: &PhoneForm, t: &Strings<'_>) -> PhoneScreen {
    let (title, subtitle) = match form.purpose {
        SignInPurpose::SignIn => ("signin-phone-title", "signin-phone-subtitle"),
        SignInPurpose::ResetPin => ("reset-phone-title", "reset-phone-subtitle"),
    };
    PhoneScreen {
        title: t.text(title),
        subtitle: t.text(subtitle),
        field: TextField {
            kind: FieldKind::Phone,
            label: t.text("signin-phone-label"),
            value: form.text.clone(),
            placeholder: "+996 555 123 456".to_owned(),
            error: error_text(form.error, t),
        },
        submit: Action {
            label: t.text("signin-submit"),
            event: Event::SignIn(SignInEvent::SubmitPhone),
            enabled: !form.busy && !form.text.trim().is_empty(),
        },
        busy: form.busy,
        progress: form.busy.then(|| t.text("signin-sending")),
    }
}

pub fn code_screen(form: &CodeForm, now_ms: i64, t: &Strings<'_>) -> CodeScreen {
    let waiting = form.resend_at_ms() - now_ms;
    let lifetime = if form.expired(now_ms) {
        t.text("bank-sms-code-expired")
    } else {
        let minutes = form.challenge.expires_in_seconds.div_ceil(60);
        t.text_with("signin-code-lifetime", &[("count", minutes.into())])
    };
    CodeScreen {
        title: t.text("signin-code-title"),
        subtitle: t.text_with("signin-code-subtitle", &[("phone", form.phone.masked().into())]),
        field: TextField {
            kind: FieldKind::SmsCode,
            label: t.text("signin-code-label"),
            value: form.text.clone(),
            placeholder: "•".repeat(usize::from(form.challenge.code_length)),
            error: error_text(form.error, t),
        },
        code_length: u32::from(form.challenge.code_length),
        submit: Action {
            label: t.text("signin-submit"),
            event: Event::SignIn(SignInEvent::SubmitCode),
            enabled: form.can_submit(now_ms),
        },
        resend: Action {
            label: t.text("signin-resend"),
            event: Event::SignIn(SignInEvent::ResendCode),
            enabled: form.can_resend(now_ms),
        },
        resend_hint: (waiting > 0).then(|| t.text_with("signin-resend-in", &[("time", countdown(waiting).into())])),
        lifetime,
        busy: form.busy || form.resending,
        progress: if form.busy {
            Some(t.text("signin-checking"))
        } else {
            form.resending.then(|| t.text("signin-sending"))
        },
    }
}
