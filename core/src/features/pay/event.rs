//! What the user (or the camera) can do while paying by QR.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum PayEvent {
    /// «Оплатить по QR» on home: the scanner opens.
    OpenScanner,
    /// The camera read a QR code (the text inside it, as read).
    Scanned { text: String },
    /// A picture from the gallery: the core finds the QR code in it. Checked by content, never trusted by name.
    ScannedImage { bytes: Vec<u8> },
    /// Typing or pasting a payment link into the scanner's text field.
    EditPasted { text: String },
    /// «Продолжить» under the pasted link.
    SubmitPasted,
    /// Typing the amount, where the code lets the user choose it.
    EditAmount { text: String },
    /// Ask the bank for the fee again (after it could not be reached).
    RetryQuote,
    /// «Оплатить»: the PIN (or biometrics) comes next.
    Confirm,
    /// «Готово» on the result: home.
    Done,
    /// «Квитанция» on the result: the operation's details with its receipt.
    OpenDetails,
}

impl PayEvent {
    /// A stable name for messages and logs; never what was typed or scanned.
    pub fn name(&self) -> &'static str {
        match self {
            PayEvent::OpenScanner => "Pay.OpenScanner",
            PayEvent::Scanned { .. } => "Pay.Scanned",
            PayEvent::ScannedImage { .. } => "Pay.ScannedImage",
            PayEvent::EditPasted { .. } => "Pay.EditPasted",
            PayEvent::SubmitPasted => "Pay.SubmitPasted",
            PayEvent::EditAmount { .. } => "Pay.EditAmount",
            PayEvent::RetryQuote => "Pay.RetryQuote",
            PayEvent::Confirm => "Pay.Confirm",
            PayEvent::Done => "Pay.Done",
            PayEvent::OpenDetails => "Pay.OpenDetails",
        }
    }
}
