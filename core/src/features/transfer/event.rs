//! What the user can do while sending money by phone number.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum TransferEvent {
    /// «Перевод по номеру телефона» on home.
    Open,
    /// Typing the number, or one picked from the contacts.
    EditPhone {
        text: String,
    },
    EditAmount {
        text: String,
    },
    EditComment {
        text: String,
    },
    /// Ask the bank again who the number reaches (after it could not be reached).
    RetryLookup,
    /// «Продолжить»: the confirmation with the fee comes next.
    Continue,
    /// Typing the SMS code of a transfer to another bank (or the shell filling it in from the SMS).
    EditCode {
        text: String,
    },
    /// «Подтвердить» under the code.
    SubmitCode,
    /// «Отправить код повторно».
    ResendCode,
}

impl TransferEvent {
    /// A stable name for messages and logs; never what was typed.
    pub fn name(&self) -> &'static str {
        match self {
            TransferEvent::Open => "Transfer.Open",
            TransferEvent::EditPhone { .. } => "Transfer.EditPhone",
            TransferEvent::EditAmount { .. } => "Transfer.EditAmount",
            TransferEvent::EditComment { .. } => "Transfer.EditComment",
            TransferEvent::RetryLookup => "Transfer.RetryLookup",
            TransferEvent::Continue => "Transfer.Continue",
            TransferEvent::EditCode { .. } => "Transfer.EditCode",
            TransferEvent::SubmitCode => "Transfer.SubmitCode",
            TransferEvent::ResendCode => "Transfer.ResendCode",
        }
    }
}
