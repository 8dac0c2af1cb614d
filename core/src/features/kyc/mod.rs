//! Online identification (seed 000 steps 10–22): the status from home, the explanation, the checklist with
//! «Верификация пользователя» (passport front, back, a selfie with the passport, the passport data), «Адрес и
//! работа», the five declarations and the consent text, then «Отправить заявку» and the bank's answer.
//! Residents of the Kyrgyz Republic only. The rules for each document and field are in `crate::identity`.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

pub use event::KycEvent;
pub use state::{Declaration, IdentifiedLimits, Kyc, KycDraft, KycProgress};
pub use view::{
    KycAddressScreen, KycCaptureScreen, KycChecklistScreen, KycConsentScreen, KycDistrictsScreen, KycHowToScreen,
    KycPassportScreen, KycStatusScreen, KycVerificationScreen,
};

#[cfg(test)]
mod tests;
