//! What the user can do on the «receive» screen.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ReceiveEvent {
    /// «Получить по QR» on home: the screen opens with the static code of the som account.
    Open,
    /// Typing the amount the code asks for; an empty field is a static code.
    EditAmount { text: String },
    /// Typing the comment the payer will see (ELQR tag 34, at most 32 characters).
    EditComment { text: String },
    /// Another of the customer's accounts (another currency) receives.
    ChooseAccount { account_id: String },
    /// «Без суммы»: back to the static code, the amount and the comment emptied.
    Clear,
    /// «Получить ещё» after money came: a fresh code (a code with an amount is paid once).
    Again,
}

impl ReceiveEvent {
    /// A stable name for messages and logs; never what was typed.
    pub fn name(&self) -> &'static str {
        match self {
            ReceiveEvent::Open => "Receive.Open",
            ReceiveEvent::EditAmount { .. } => "Receive.EditAmount",
            ReceiveEvent::EditComment { .. } => "Receive.EditComment",
            ReceiveEvent::ChooseAccount { .. } => "Receive.ChooseAccount",
            ReceiveEvent::Clear => "Receive.Clear",
            ReceiveEvent::Again => "Receive.Again",
        }
    }
}
