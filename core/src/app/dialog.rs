//! A question over the screen that needs an answer before anything happens: signing out (with a warning when
//! operations still wait to be sent) and «Забыли PIN-код?».

use serde::{Deserialize, Serialize};

use super::event::Event;
use super::view::Action;
use crate::domain::Money;
use crate::i18n::Strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    /// «Отменить платёж на 556,50 сом?»: `amount` with the fee; a transfer says «перевод».
    CancelOperation { amount: Money, transfer: bool },
    /// Signing out; `waiting` operations have not reached the bank and would be lost.
    Logout { waiting: usize },
    /// A new PIN needs the phone number confirmed by an SMS code.
    ForgotPin,
    /// «Нажав "ПОДТВЕРДИТЬ" Вы гарантируете корректность данных…» (seed 000 step 16).
    ConfirmPassport,
    /// «Вы резидент Кыргызской Республики?»: «Нет» sends a non-resident to a branch.
    Residency,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum DialogEvent {
    Confirm,
    Cancel,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DialogView {
    pub title: String,
    pub text: String,
    pub confirm: Action,
    pub cancel: Action,
    /// The confirmation loses something: draw it as dangerous.
    pub destructive: bool,
}

pub fn dialog_view(dialog: Dialog, t: &Strings<'_>) -> DialogView {
    let cancel = match dialog {
        Dialog::ConfirmPassport => "kyc-guarantee-cancel",
        Dialog::Residency => "kyc-residency-no",
        Dialog::CancelOperation { .. } => "cancel-operation-keep",
        _ => "dialog-cancel",
    };
    let (title, text, confirm, destructive) = match dialog {
        Dialog::Logout { waiting: 0 } => ("logout-title", t.text("logout-text"), "logout-confirm", false),
        Dialog::Logout { waiting } => (
            "logout-title",
            t.text_with("logout-unsent", &[("count", (waiting as u64).into())]),
            "logout-confirm-anyway",
            true,
        ),
        Dialog::ForgotPin => ("forgot-title", t.text("forgot-text"), "forgot-confirm", false),
        Dialog::ConfirmPassport => {
            ("kyc-guarantee-title", t.text("kyc-guarantee-text"), "kyc-guarantee-confirm", false)
        }
        Dialog::Residency => ("kyc-residency-title", t.text("kyc-residency-text"), "kyc-residency-yes", false),
        Dialog::CancelOperation { amount, transfer } => {
            let amount = amount.format(t.language());
            if transfer {
                (
                    "cancel-transfer-title",
                    t.text_with("cancel-transfer-text", &[("amount", amount.into())]),
                    "cancel-transfer-confirm",
                    true,
                )
            } else {
                (
                    "cancel-payment-title",
                    t.text_with("cancel-payment-text", &[("amount", amount.into())]),
                    "cancel-payment-confirm",
                    true,
                )
            }
        }
    };
    DialogView {
        title: t.text(title),
        text,
        confirm: Action::new(t.text(confirm), Event::Dialog(DialogEvent::Confirm)),
        cancel: Action::new(t.text(cancel), Event::Dialog(DialogEvent::Cancel)),
        destructive,
    }
}
