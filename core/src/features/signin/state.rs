//! The sign-in screens' state: what was typed, the message under the field, and whether the bank is being asked.

use serde::{Deserialize, Serialize};

use crate::domain::Phone;

/// A message under a field: its Fluent id, and how many tries are left when the bank said so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormError {
    pub message_id: &'static str,
    pub attempts_left: Option<u32>,
}

impl FormError {
    pub fn new(message_id: &'static str) -> FormError {
        FormError { message_id, attempts_left: None }
    }
}

/// Why the phone number is being confirmed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SignInPurpose {
    /// Signing in (the wizard, or after the session ended).
    #[default]
    SignIn,
    /// «Забыли PIN-код?»: the code proves the phone, then a new PIN is made.
    ResetPin,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhoneForm {
    pub text: String,
    pub purpose: SignInPurpose,
    pub error: Option<FormError>,
    /// Waiting for the bank to send the code.
    pub busy: bool,
}

/// A code the bank sent, with its rules: how long it lives and when another may be asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    pub challenge_id: String,
    pub code_length: u8,
    pub sent_at_ms: i64,
    pub expires_in_seconds: u32,
    pub resend_after_seconds: u32,
}

impl Challenge {
    pub fn expires_at_ms(&self) -> i64 {
        self.sent_at_ms + i64::from(self.expires_in_seconds) * 1000
    }

    pub fn resend_at_ms(&self) -> i64 {
        self.sent_at_ms + i64::from(self.resend_after_seconds) * 1000
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeForm {
    pub phone: Phone,
    pub purpose: SignInPurpose,
    pub challenge: Challenge,
    pub text: String,
    pub error: Option<FormError>,
    /// Waiting for the bank to check the code.
    pub busy: bool,
    /// Waiting for the bank to send a new code.
    pub resending: bool,
    /// The bank asked to wait this long before another code (too many codes in an hour).
    pub resend_blocked_until_ms: Option<i64>,
    /// The bank will not take more tries of this code: a new one is needed.
    pub exhausted: bool,
}

impl CodeForm {
    pub fn new(phone: Phone, purpose: SignInPurpose, challenge: Challenge) -> CodeForm {
        CodeForm {
            phone,
            purpose,
            challenge,
            text: String::new(),
            error: None,
            busy: false,
            resending: false,
            resend_blocked_until_ms: None,
            exhausted: false,
        }
    }

    /// When another code may be asked for.
    pub fn resend_at_ms(&self) -> i64 {
        self.challenge.resend_at_ms().max(self.resend_blocked_until_ms.unwrap_or(i64::MIN))
    }

    pub fn can_resend(&self, now_ms: i64) -> bool {
        !self.resending && !self.busy && now_ms >= self.resend_at_ms()
    }

    pub fn expired(&self, now_ms: i64) -> bool {
        now_ms >= self.challenge.expires_at_ms()
    }

    /// Whether typing and «Войти» make sense now.
    pub fn can_submit(&self, now_ms: i64) -> bool {
        !self.busy
            && !self.exhausted
            && !self.expired(now_ms)
            && self.text.len() == usize::from(self.challenge.code_length)
    }
}

/// The longest phone number text kept: anything longer is not a phone number.
pub const MAX_PHONE_TEXT: usize = 32;
