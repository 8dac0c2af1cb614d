//! The transfer screens' state: the form (number, recipient, amount, comment) and the SMS code of an interbank
//! transfer.

use crate::domain::{Currency, Money, Phone, PhoneError};
use crate::features::pay::AmountProblem;
use crate::sync::Draft;

/// Who a number reaches, as the bank told it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundRecipient {
    /// «Кирилл Б.»: enough to recognise a friend, too little to harvest names by number.
    pub name_masked: String,
    pub bank_name: String,
    pub same_bank: bool,
    /// A transfer to another bank is confirmed with an SMS code (seed 004 §5.12).
    pub needs_sms_code: bool,
    /// Within the bank: a transfer of more than this (minor units of the form's currency) is confirmed with an SMS
    /// code too (the bank's step-up limit, seed 004 §5.12).
    pub confirm_above_minor: Option<i64>,
}

impl FoundRecipient {
    /// Whether a transfer of `amount` to this recipient is confirmed with an SMS code.
    pub fn needs_code_for(&self, amount: &Money) -> bool {
        self.needs_sms_code || self.over_step_up_limit(amount)
    }

    /// Within the bank, and more than its step-up limit.
    pub fn over_step_up_limit(&self, amount: &Money) -> bool {
        matches!((self.confirm_above_minor, amount.to_minor()), (Some(limit), Some(minor)) if minor > limit)
    }
}

/// The bank's answer about the number on screen; each state remembers the number it is about, so an answer for
/// a number since changed is ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    NotAsked,
    Loading {
        phone: String,
    },
    Found {
        phone: String,
        recipient: FoundRecipient,
    },
    /// Nobody with this number, one's own number, or another refusal.
    Refused {
        phone: String,
        message_id: &'static str,
    },
    /// The bank cannot be reached: the recipient cannot be shown, so the transfer waits.
    Offline {
        phone: String,
    },
}

impl Lookup {
    pub fn phone(&self) -> Option<&str> {
        match self {
            Lookup::NotAsked => None,
            Lookup::Loading { phone }
            | Lookup::Found { phone, .. }
            | Lookup::Refused { phone, .. }
            | Lookup::Offline { phone } => Some(phone),
        }
    }
}

/// «Перевод по номеру телефона».
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferForm {
    pub phone_text: String,
    pub phone: Result<Phone, PhoneError>,
    pub lookup: Lookup,
    /// The currency of the account paid from (som first).
    pub currency: Currency,
    pub amount_text: String,
    pub amount: Result<Money, AmountProblem>,
    pub comment: String,
    /// «Продолжить» was pressed: unfinished fields show their problems too.
    pub tried: bool,
}

/// Where the SMS code stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeSent {
    /// The bank is being asked to send it.
    Requesting,
    Sent {
        confirmation_id: String,
        code_length: u8,
    },
    /// It could not be sent (no connection, a refusal): «Отправить код повторно».
    Failed {
        message_id: &'static str,
    },
}

/// The SMS code of a transfer to another bank. The PIN is behind it; the payment waits here until the bank has
/// checked the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferCodeForm {
    pub draft: Box<Draft>,
    /// The recipient's bank, for a transfer by phone; `None` for a payment (a code, a shake).
    pub bank_name: Option<String>,
    pub sent: CodeSent,
    pub code: String,
    /// The bank is checking the code, or the payment is being queued.
    pub checking: bool,
    pub problem: Option<&'static str>,
}
