//! The sign-in screens' state: what was typed, the message under the field, and whether the bank is being asked.

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

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhoneForm {
    pub text: String,
    pub error: Option<FormError>,
    /// Waiting for the bank to send the code.
    pub busy: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeForm {
    pub phone: Phone,
    pub challenge_id: String,
    pub code_length: u8,
    pub text: String,
    pub error: Option<FormError>,
    /// Waiting for the bank to check the code.
    pub busy: bool,
}

/// The longest phone number text kept: anything longer is not a phone number.
pub const MAX_PHONE_TEXT: usize = 32;
