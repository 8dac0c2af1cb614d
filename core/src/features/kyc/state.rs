//! Online identification's part of the model: what the user has done so far (the draft, kept sealed on the
//! phone), where the application is, and the state of each KYC screen.

use serde::{Deserialize, Serialize};
use wallet_protocol::kyc::{KycItem, KycReason};

use crate::domain::Money;
use crate::identity::address::AddressForm;
use crate::identity::passport::PassportForm;
use crate::identity::photo::{PhotoKind, PhotoProblem};

/// The five declarations of the checklist, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Declaration {
    /// «Подтверждаю, что являюсь бенефициарным лицом (конечный выгодоприобретатель)».
    BeneficialOwner,
    /// «Не являюсь публичным должностным лицом».
    NotPoliticallyExposed,
    /// «Статус клиента - резидент».
    Resident,
    /// «Я подтверждаю, что являюсь владельцем этого номера».
    PhoneOwner,
    /// «Я согласен и ознакомлен с условиями и правилами»: ticked by «Прочитано» under the text.
    Consent,
}

impl Declaration {
    pub const ALL: [Declaration; 5] = [
        Declaration::BeneficialOwner,
        Declaration::NotPoliticallyExposed,
        Declaration::Resident,
        Declaration::PhoneOwner,
        Declaration::Consent,
    ];
}

/// The answer to «Статус клиента - резидент». Online identification is for residents of the Kyrgyz Republic only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Residency {
    #[default]
    Unanswered,
    Resident,
    /// Told to visit a branch; nothing can be sent.
    NonResident,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declarations {
    pub beneficial_owner: bool,
    pub not_politically_exposed: bool,
    pub residency: Residency,
    pub phone_owner: bool,
    pub consent_read: bool,
}

impl Declarations {
    pub fn is_done(&self, declaration: Declaration) -> bool {
        match declaration {
            Declaration::BeneficialOwner => self.beneficial_owner,
            Declaration::NotPoliticallyExposed => self.not_politically_exposed,
            Declaration::Resident => self.residency == Residency::Resident,
            Declaration::PhoneOwner => self.phone_owner,
            Declaration::Consent => self.consent_read,
        }
    }

    pub fn all_done(&self) -> bool {
        Declaration::ALL.iter().all(|d| self.is_done(*d))
    }
}

/// Everything the user has done towards the application. Sealed in the store after every change, so a killed
/// app loses nothing; the photos themselves are stored apart (sealed too). Deleted once the bank has decided.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KycDraft {
    /// Which photos are on the phone, checked and sealed, in `PhotoKind::ALL`.
    pub photos_taken: [bool; 3],
    pub passport: PassportForm,
    /// «ПОДТВЕРДИТЬ» in the dialog: the user vouched for the passport data.
    pub passport_confirmed: bool,
    /// The machine-readable zone as the phone's camera read it, when its check digits held.
    pub mrz_lines: Option<Vec<String>>,
    pub address: AddressForm,
    /// «Далее» on «Адрес и работа» with every starred field valid.
    pub address_done: bool,
    pub declarations: Declarations,
    /// The application whose resubmission request was applied to this draft (applied once).
    pub reopened_for: Option<String>,
}

impl KycDraft {
    pub fn photo_taken(&self, kind: PhotoKind) -> bool {
        self.photos_taken[kind.index()]
    }

    pub fn set_photo_taken(&mut self, kind: PhotoKind, taken: bool) {
        self.photos_taken[kind.index()] = taken;
    }

    pub fn is_empty(&self) -> bool {
        *self == KycDraft::default()
    }
}

/// Where the application is. Read from the store (the sender writes it), never guessed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum KycProgress {
    /// Nothing sent (or a rejected application was started over).
    #[default]
    NotStarted,
    /// Saved on the phone and waiting for the bank; `problem` says why it has not gone yet.
    Queued {
        problem: Option<&'static str>,
    },
    /// On its way right now.
    Sending,
    InReview {
        application_id: String,
    },
    Approved {
        limits: Option<IdentifiedLimits>,
    },
    Rejected {
        reason: KycReason,
        message: Option<String>,
    },
    ResubmissionRequested {
        application_id: String,
        items: Vec<KycItem>,
        reason: KycReason,
        message: Option<String>,
    },
}

impl KycProgress {
    /// An application is with the bank or on its way: nothing can be changed now.
    pub fn locked(&self) -> bool {
        matches!(
            self,
            KycProgress::Queued { .. }
                | KycProgress::Sending
                | KycProgress::InReview { .. }
                | KycProgress::Approved { .. }
        )
    }
}

/// The limits an identified customer has, as the bank reported them after approval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentifiedLimits {
    pub single_operation: Money,
    pub daily: Money,
    pub monthly: Money,
}

/// Online identification's part of the model.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kyc {
    /// The store was read (until then the screens show a progress indicator).
    pub loaded: bool,
    pub draft: KycDraft,
    /// The draft as last handed to the store.
    pub saved_draft: KycDraft,
    pub progress: KycProgress,
    /// A `PollKyc` is on its way.
    pub polling: bool,
}

/// «Как пройти онлайн-идентификацию?»: from «Пройти онлайн-идентификацию» it leads on to the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HowTo {
    pub then_checklist: bool,
}

/// Taking one photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    pub kind: PhotoKind,
    /// Part of the guided sequence front → back → selfie → passport data (a retake returns instead).
    pub guided: bool,
    /// The photo is being checked.
    pub checking: bool,
    pub problem: Option<PhotoProblem>,
    /// What the camera's text recognition made of the machine-readable zone.
    pub mrz: MrzReading,
}

impl Capture {
    pub fn new(kind: PhotoKind, guided: bool) -> Capture {
        Capture { kind, guided, checking: false, problem: None, mrz: MrzReading::None }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MrzReading {
    None,
    /// Read, every check digit held; the form was pre-filled.
    Read,
    /// Read, but the check digits did not hold (a misread): the user types the data.
    Unreliable,
}

/// The passport data form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PassportEditor {
    /// «Подтвердить» was pressed once: from now on every problem shows.
    pub attempted: bool,
    /// Reached from the guided sequence: done leads back to the checklist.
    pub guided: bool,
}

/// «Адрес и работа».
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddressEditor {
    pub attempted: bool,
}

/// The picker of «Район».
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DistrictPicker {
    pub query: String,
}

/// The longest text a form field keeps; anything longer is cut (the rules refuse far shorter texts anyway).
pub const MAX_FIELD_CHARS: usize = 500;
