//! What the user (or the camera) can do in online identification.

use serde::{Deserialize, Serialize};

use super::state::Declaration;
use crate::identity::address::AddressField;
use crate::identity::passport::FormField;
use crate::identity::photo::PhotoKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum KycEvent {
    /// «Пройти онлайн-идентификацию» (or «Пройти заново» after a rejection, «Исправить» after a request).
    Start,
    /// «Как пройти онлайн-идентификацию?».
    OpenHowTo,
    /// «Понятно» under the explanation.
    CloseHowTo,
    /// «Верификация пользователя»: the photos and the passport data.
    OpenVerification,
    /// «Адрес и работа».
    OpenAddress,
    /// A declaration tapped: the resident status asks, the consent opens its text, the others tick.
    Declare {
        item: Declaration,
    },
    /// «Прочитано» under the consent text.
    ConsentRead,
    /// Take (or retake) one photo.
    OpenCapture {
        kind: PhotoKind,
    },
    /// The shell's camera or gallery produced a photo. Its bytes are checked by content, never trusted by name.
    Photo {
        kind: PhotoKind,
        bytes: Vec<u8>,
    },
    /// The shell's text recognition found the machine-readable zone (lines as read).
    MrzRead {
        lines: Vec<String>,
    },
    /// «Паспортные данные» on the verification list.
    OpenPassport,
    /// Typing in the passport form.
    EditPassport {
        field: FormField,
        text: String,
    },
    /// «Подтвердить» under the passport form: asks for the guarantee.
    ConfirmPassport,
    /// «Отмена» under the passport form.
    CancelPassport,
    /// Typing in «Адрес и работа».
    EditAddress {
        field: AddressField,
        text: String,
    },
    /// «Район *»: opens the picker.
    OpenDistricts,
    SearchDistricts {
        query: String,
    },
    PickDistrict {
        id: String,
    },
    /// «Далее» under «Адрес и работа».
    AddressNext,
    /// «Отправить заявку».
    Submit,
    /// «Отправить сейчас» while the application waits for the network.
    SendNow,
}

impl KycEvent {
    /// A stable name for messages and logs; never what was typed or photographed.
    pub fn name(&self) -> &'static str {
        match self {
            KycEvent::Start => "Kyc.Start",
            KycEvent::OpenHowTo => "Kyc.OpenHowTo",
            KycEvent::CloseHowTo => "Kyc.CloseHowTo",
            KycEvent::OpenVerification => "Kyc.OpenVerification",
            KycEvent::OpenAddress => "Kyc.OpenAddress",
            KycEvent::Declare { .. } => "Kyc.Declare",
            KycEvent::ConsentRead => "Kyc.ConsentRead",
            KycEvent::OpenCapture { .. } => "Kyc.OpenCapture",
            KycEvent::Photo { .. } => "Kyc.Photo",
            KycEvent::MrzRead { .. } => "Kyc.MrzRead",
            KycEvent::OpenPassport => "Kyc.OpenPassport",
            KycEvent::EditPassport { .. } => "Kyc.EditPassport",
            KycEvent::ConfirmPassport => "Kyc.ConfirmPassport",
            KycEvent::CancelPassport => "Kyc.CancelPassport",
            KycEvent::EditAddress { .. } => "Kyc.EditAddress",
            KycEvent::OpenDistricts => "Kyc.OpenDistricts",
            KycEvent::SearchDistricts { .. } => "Kyc.SearchDistricts",
            KycEvent::PickDistrict { .. } => "Kyc.PickDistrict",
            KycEvent::AddressNext => "Kyc.AddressNext",
            KycEvent::Submit => "Kyc.Submit",
            KycEvent::SendNow => "Kyc.SendNow",
        }
    }
}
