//! What the user can do while putting money in.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum TopUpEvent {
    /// «Пополнить» on home.
    Open,
    /// Ask the bank again for the account's details and the saved cards (after it could not be reached).
    Retry,
    /// «Поделиться реквизитами»: the details as a text for the system's share sheet.
    ShareDetails,
    /// «С карты другого банка»: the card form, empty.
    NewCard,
    /// «С карты Visa •• 4412»: the card form for a saved card (only the amount to type).
    SavedCard {
        card_id: String,
    },
    /// «Получить по QR»: the receive code.
    Receive,
    EditNumber {
        text: String,
    },
    EditExpiry {
        text: String,
    },
    EditCvv {
        text: String,
    },
    EditHolder {
        text: String,
    },
    EditAmount {
        text: String,
    },
    /// «Запомнить карту»: keep the bank's token of the card for the next top-up.
    ToggleSave,
    /// Ask for the fee again (after the bank could not be reached).
    RetryQuote,
    /// «Пополнить»: the card goes to the bank, which answers with the issuer's 3-D Secure step.
    Submit,
    /// Typing the issuer's code (or the shell filling it in from the SMS).
    EditCode {
        text: String,
    },
    /// «Подтвердить» under the code.
    SubmitCode,
    /// «Попробовать снова» after a declined top-up: the card form again, with the amount.
    Again,
    /// «Квитанция» after a top-up went through: the operation with its receipt.
    OpenReceipt,
}

impl TopUpEvent {
    /// A stable name for messages and logs; never what was typed.
    pub fn name(&self) -> &'static str {
        match self {
            TopUpEvent::Open => "TopUp.Open",
            TopUpEvent::Retry => "TopUp.Retry",
            TopUpEvent::ShareDetails => "TopUp.ShareDetails",
            TopUpEvent::NewCard => "TopUp.NewCard",
            TopUpEvent::SavedCard { .. } => "TopUp.SavedCard",
            TopUpEvent::Receive => "TopUp.Receive",
            TopUpEvent::EditNumber { .. } => "TopUp.EditNumber",
            TopUpEvent::EditExpiry { .. } => "TopUp.EditExpiry",
            TopUpEvent::EditCvv { .. } => "TopUp.EditCvv",
            TopUpEvent::EditHolder { .. } => "TopUp.EditHolder",
            TopUpEvent::EditAmount { .. } => "TopUp.EditAmount",
            TopUpEvent::ToggleSave => "TopUp.ToggleSave",
            TopUpEvent::RetryQuote => "TopUp.RetryQuote",
            TopUpEvent::Submit => "TopUp.Submit",
            TopUpEvent::EditCode { .. } => "TopUp.EditCode",
            TopUpEvent::SubmitCode => "TopUp.SubmitCode",
            TopUpEvent::Again => "TopUp.Again",
            TopUpEvent::OpenReceipt => "TopUp.OpenReceipt",
        }
    }
}
