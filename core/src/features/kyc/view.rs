//! The online identification screens as plain, localised data (seed 000 steps 10–22, their words).

use serde::Serialize;
use time::Date;
use wallet_protocol::kyc::{KycItem, KycReason};

use super::event::KycEvent;
use super::state::{
    AddressEditor, Capture, Declaration, DistrictPicker, HowTo, Kyc, KycProgress, MrzReading, PassportEditor, Residency,
};
use super::update::{
    address_done, declarations_editable, editable, item_of, mrz_of, passport_done, photo_done, ready,
    reason_message_id, verification_done,
};
use crate::app::{Action, Event};
use crate::domain::Language;
use crate::i18n::Strings;
use crate::identity::address::{self, AddressField, AddressProblem};
use crate::identity::districts::{self, DISTRICTS, REGIONS};
use crate::identity::passport::{self, FieldProblem, FormField};
use crate::identity::photo::{PhotoKind, PhotoProblem};

/// Where the application is, for the shell's icon and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum KycState {
    Loading,
    NotStarted,
    Queued,
    Sending,
    InReview,
    Approved,
    Rejected,
    ResubmissionRequested,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct LabelValue {
    pub label: String,
    pub value: String,
}

/// «Онлайн-идентификация» from home: where the application is, and the way in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KycStatusScreen {
    pub title: String,
    pub state: KycState,
    pub headline: String,
    pub text: String,
    /// Why the bank rejected or sent it back.
    pub reason: Option<String>,
    /// With a resubmission request: exactly what to do again.
    pub to_redo: Vec<String>,
    /// After approval: the new limits.
    pub limits: Vec<LabelValue>,
    /// Show a progress indicator (loading, sending, in review).
    pub busy: bool,
    /// «Пройти онлайн-идентификацию», «Пройти заново», «Исправить».
    pub start: Option<Action>,
    /// «Отправить сейчас», while the application waits for the network.
    pub send_now: Option<Action>,
}

/// «Как пройти онлайн-идентификацию?».
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KycHowToScreen {
    pub title: String,
    pub intro: String,
    pub steps: Vec<String>,
    /// «Понятно».
    pub close: Action,
}

/// How a checklist row looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum RowStyle {
    /// «Верификация пользователя >»: opens a screen.
    Section,
    /// A declaration with its tick.
    Declaration,
    /// «Я согласен и ознакомлен с условиями и правилами»: the underlined part opens the text.
    Link,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChecklistRow {
    pub label: String,
    /// ✓.
    pub done: bool,
    pub style: RowStyle,
    /// Sent when the row is tapped; `None` when it cannot be changed now.
    pub open: Option<Event>,
}

/// The checklist (seed 000 steps 13, 17, 19, 21).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KycChecklistScreen {
    pub title: String,
    /// «Как пройти онлайн-идентификацию? >».
    pub how_to: Action,
    /// «Для прохождения Онлайн идентификации Вам нужно заполнить все данные…».
    pub intro: String,
    pub rows: Vec<ChecklistRow>,
    /// A non-resident is sent to a branch; nothing can be sent.
    pub non_resident: Option<String>,
    /// «Ваша заявка готова к отправке».
    pub ready: Option<String>,
    /// «Отправить заявку», only when everything is done.
    pub submit: Option<Action>,
    /// What the bank asked to redo, or where the application is.
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct VerificationRow {
    pub label: String,
    pub done: bool,
    /// «Сфотографировать», «Переснять», «Заполнить», «Изменить»; `None` when it is with the bank.
    pub action: Option<Action>,
}

/// «Верификация пользователя»: the three photos and the passport data, each retakable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KycVerificationScreen {
    pub title: String,
    pub rows: Vec<VerificationRow>,
}

/// Which camera the shell opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum CameraFacing {
    Back,
    /// The selfie: the front camera.
    Front,
}

/// Taking one photo. The shell opens the camera (or the gallery) and sends `Event::Kyc(KycEvent::Photo { kind, bytes })`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KycCaptureScreen {
    /// Which photo (not `kind`: that names the screen in the views' JSON).
    pub photo: PhotoKind,
    /// «Шаг 1 из 3».
    pub step: Option<String>,
    pub title: String,
    pub instruction: String,
    pub camera: CameraFacing,
    /// Run text recognition on the frames and send `MrzRead` (the zone is on this side of the document).
    pub read_mrz: bool,
    /// «Сфотографировать».
    pub take_label: String,
    /// «Выбрать из галереи».
    pub gallery_label: String,
    /// The photo is being checked: show a progress indicator.
    pub checking: bool,
    pub checking_text: Option<String>,
    /// Why to take it again.
    pub problem: Option<String>,
    /// What became of the machine-readable zone.
    pub mrz_note: Option<String>,
}

/// How the shell offers a field's keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum InputKind {
    Text,
    Name,
    /// `ДД.ММ.ГГГГ`; a date picker may send ISO dates.
    Date,
    Digits,
    /// Two Latin letters and seven digits.
    DocumentNumber,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PassportFieldView {
    pub field: FormField,
    pub label: String,
    pub value: String,
    pub input: InputKind,
    pub required: bool,
    /// «* При наличии в паспорте».
    pub note: Option<String>,
    pub error: Option<String>,
}

/// The passport data form (seed 000 steps 15–16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KycPassportScreen {
    pub title: String,
    pub subtitle: String,
    pub fields: Vec<PassportFieldView>,
    /// «Данные заполнены из машиночитаемой зоны паспорта — проверьте их».
    pub mrz_note: Option<String>,
    pub editable: bool,
    /// «Подтвердить».
    pub confirm: Action,
    /// «Отмена».
    pub cancel: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AddressFieldView {
    pub field: AddressField,
    /// «Улица *».
    pub label: String,
    /// The text, or the district's name.
    pub value: String,
    pub required: bool,
    pub error: Option<String>,
    /// The district: tapping opens the picker instead of a keyboard.
    pub pick: Option<Event>,
}

/// «Адрес и работа» (seed 000 step 18).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KycAddressScreen {
    pub title: String,
    pub fields: Vec<AddressFieldView>,
    pub editable: bool,
    /// «Далее», only when every starred field is valid.
    pub next: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DistrictRow {
    pub name: String,
    pub selected: bool,
    pub pick: Event,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DistrictGroup {
    pub region: String,
    pub districts: Vec<DistrictRow>,
}

/// The picker of «Район»: regions with their districts, filtered by what is typed in the search field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KycDistrictsScreen {
    pub title: String,
    pub query: String,
    pub search_hint: String,
    pub groups: Vec<DistrictGroup>,
    /// «Ничего не найдено».
    pub empty: Option<String>,
}

/// The consent text (seed 000 step 20) with «Прочитано».
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct KycConsentScreen {
    pub title: String,
    pub paragraphs: Vec<String>,
    pub read: Action,
}

fn kyc_event(event: KycEvent) -> Event {
    Event::Kyc(event)
}

fn state_of(kyc: &Kyc) -> KycState {
    if !kyc.loaded {
        return KycState::Loading;
    }
    match kyc.progress {
        KycProgress::NotStarted => KycState::NotStarted,
        KycProgress::Queued { .. } => KycState::Queued,
        KycProgress::Sending => KycState::Sending,
        KycProgress::InReview { .. } => KycState::InReview,
        KycProgress::Approved { .. } => KycState::Approved,
        KycProgress::Rejected { .. } => KycState::Rejected,
        KycProgress::ResubmissionRequested { .. } => KycState::ResubmissionRequested,
    }
}

/// The reason in the app's words, or the bank's own when the app has none.
fn reason_text(reason: KycReason, message: &Option<String>, t: &Strings<'_>) -> Option<String> {
    reason_message_id(reason).map(|id| t.text(id)).or_else(|| message.clone())
}

fn item_label(item: KycItem) -> &'static str {
    match item {
        KycItem::PassportFront => "kyc-photo-front",
        KycItem::PassportBack => "kyc-photo-back",
        KycItem::SelfieWithPassport => "kyc-photo-selfie",
        KycItem::PassportData => "kyc-passport-data",
        KycItem::AddressAndWork => "kyc-address",
    }
}

pub fn status_screen(kyc: &Kyc, language: Language, t: &Strings<'_>) -> KycStatusScreen {
    let state = state_of(kyc);
    let (headline, text) = match state {
        KycState::Loading => ("kyc-status-loading", "kyc-status-why"),
        KycState::NotStarted => ("kyc-status-not-started", "kyc-status-why"),
        KycState::Queued => ("kyc-status-queued", "kyc-status-queued-text"),
        KycState::Sending => ("kyc-status-sending", "kyc-status-queued-text"),
        KycState::InReview => ("kyc-status-in-review", "kyc-status-in-review-text"),
        KycState::Approved => ("kyc-status-approved", "kyc-status-approved-text"),
        KycState::Rejected => ("kyc-status-rejected", "kyc-status-rejected-text"),
        KycState::ResubmissionRequested => ("kyc-status-resubmission", "kyc-status-resubmission-text"),
    };
    let mut text = t.text(text);
    let (mut reason, mut to_redo, mut limits) = (None, Vec::new(), Vec::new());
    match &kyc.progress {
        KycProgress::Queued { problem: Some(problem) } => text = format!("{text} {}", t.text(problem)),
        KycProgress::Rejected { reason: why, message } => reason = reason_text(*why, message, t),
        KycProgress::ResubmissionRequested { items, reason: why, message, .. } => {
            reason = reason_text(*why, message, t);
            to_redo = items.iter().map(|item| t.text(item_label(*item))).collect();
        }
        KycProgress::Approved { limits: Some(identified) } => {
            limits = vec![
                LabelValue { label: t.text("kyc-limit-single"), value: identified.single_operation.format(language) },
                LabelValue { label: t.text("kyc-limit-daily"), value: identified.daily.format(language) },
                LabelValue { label: t.text("kyc-limit-monthly"), value: identified.monthly.format(language) },
            ];
        }
        _ => {}
    }
    let start = match state {
        KycState::NotStarted => Some("kyc-start"),
        KycState::Rejected => Some("kyc-start-again"),
        KycState::ResubmissionRequested => Some("kyc-fix"),
        _ => None,
    }
    .map(|label| Action::new(t.text(label), kyc_event(KycEvent::Start)));
    KycStatusScreen {
        title: t.text("kyc-title"),
        state,
        headline: t.text(headline),
        text,
        reason,
        to_redo,
        limits,
        busy: matches!(state, KycState::Loading | KycState::Sending | KycState::InReview),
        start,
        send_now: (state == KycState::Queued)
            .then(|| Action::new(t.text("kyc-send-now"), kyc_event(KycEvent::SendNow))),
    }
}

pub fn how_to_screen(how: &HowTo, t: &Strings<'_>) -> KycHowToScreen {
    KycHowToScreen {
        title: t.text("kyc-how-to"),
        intro: t.text("kyc-intro"),
        steps: (1..=6).map(|n| t.text(&format!("kyc-how-to-{n}"))).collect(),
        close: Action::new(
            t.text(if how.then_checklist { "kyc-how-to-continue" } else { "kyc-how-to-close" }),
            kyc_event(KycEvent::CloseHowTo),
        ),
    }
}

fn declaration_label(declaration: Declaration) -> &'static str {
    match declaration {
        Declaration::BeneficialOwner => "kyc-declare-beneficial-owner",
        Declaration::NotPoliticallyExposed => "kyc-declare-not-pep",
        Declaration::Resident => "kyc-declare-resident",
        Declaration::PhoneOwner => "kyc-declare-phone-owner",
        Declaration::Consent => "kyc-declare-consent",
    }
}

pub fn checklist_screen(kyc: &Kyc, t: &Strings<'_>) -> KycChecklistScreen {
    let (draft, progress) = (&kyc.draft, &kyc.progress);
    let verification_items =
        [KycItem::PassportFront, KycItem::PassportBack, KycItem::SelfieWithPassport, KycItem::PassportData];
    let verification_open =
        verification_items.iter().any(|item| editable(progress, *item)) || verification_done(draft, progress);
    let mut rows = vec![
        ChecklistRow {
            label: t.text("kyc-verification"),
            done: verification_done(draft, progress),
            style: RowStyle::Section,
            open: verification_open.then(|| kyc_event(KycEvent::OpenVerification)),
        },
        ChecklistRow {
            label: t.text("kyc-address"),
            done: address_done(draft, progress),
            style: RowStyle::Section,
            open: Some(kyc_event(KycEvent::OpenAddress)),
        },
    ];
    let resubmitting = matches!(progress, KycProgress::ResubmissionRequested { .. });
    let can_declare = declarations_editable(progress);
    rows.extend(Declaration::ALL.iter().map(|declaration| ChecklistRow {
        label: t.text(declaration_label(*declaration)),
        done: draft.declarations.is_done(*declaration) || resubmitting || progress.locked(),
        style: if *declaration == Declaration::Consent { RowStyle::Link } else { RowStyle::Declaration },
        open: can_declare.then(|| kyc_event(KycEvent::Declare { item: *declaration })),
    }));
    let non_resident = draft.declarations.residency == Residency::NonResident && can_declare;
    let ready = ready(kyc) && !non_resident;
    let status = match progress {
        KycProgress::ResubmissionRequested { items, .. } => Some(t.text_with(
            "kyc-checklist-redo",
            &[("items", items.iter().map(|i| t.text(item_label(*i))).collect::<Vec<_>>().join(", ").into())],
        )),
        KycProgress::Queued { .. } | KycProgress::Sending => Some(t.text("kyc-status-queued")),
        KycProgress::InReview { .. } => Some(t.text("kyc-status-in-review")),
        KycProgress::Approved { .. } => Some(t.text("kyc-status-approved")),
        _ => None,
    };
    KycChecklistScreen {
        title: t.text("kyc-title"),
        how_to: Action::new(t.text("kyc-how-to"), kyc_event(KycEvent::OpenHowTo)),
        intro: t.text("kyc-intro"),
        rows,
        non_resident: non_resident.then(|| t.text("kyc-non-resident")),
        ready: ready.then(|| t.text("kyc-ready")),
        submit: ready.then(|| Action::new(t.text("kyc-submit"), kyc_event(KycEvent::Submit))),
        status,
    }
}

fn photo_label(kind: PhotoKind) -> &'static str {
    match kind {
        PhotoKind::PassportFront => "kyc-photo-front",
        PhotoKind::PassportBack => "kyc-photo-back",
        PhotoKind::SelfieWithPassport => "kyc-photo-selfie",
    }
}

pub fn verification_screen(kyc: &Kyc, t: &Strings<'_>) -> KycVerificationScreen {
    let (draft, progress) = (&kyc.draft, &kyc.progress);
    let mut rows: Vec<VerificationRow> = PhotoKind::ALL
        .iter()
        .map(|kind| {
            let done = photo_done(draft, progress, *kind);
            VerificationRow {
                label: t.text(photo_label(*kind)),
                done,
                action: editable(progress, item_of(*kind)).then(|| {
                    Action::new(
                        t.text(if done { "kyc-retake" } else { "kyc-take" }),
                        kyc_event(KycEvent::OpenCapture { kind: *kind }),
                    )
                }),
            }
        })
        .collect();
    let done = passport_done(draft, progress);
    rows.push(VerificationRow {
        label: t.text("kyc-passport-data"),
        done,
        action: editable(progress, KycItem::PassportData).then(|| {
            Action::new(t.text(if done { "kyc-edit" } else { "kyc-fill" }), kyc_event(KycEvent::OpenPassport))
        }),
    });
    KycVerificationScreen { title: t.text("kyc-verification"), rows }
}

fn photo_problem(problem: PhotoProblem, t: &Strings<'_>) -> String {
    match problem {
        PhotoProblem::NotAnImage => t.text("kyc-photo-not-an-image"),
        PhotoProblem::Unreadable => t.text("kyc-photo-unreadable"),
        PhotoProblem::TooLarge { max, .. } => {
            t.text_with("kyc-photo-too-large", &[("megabytes", ((max / (1024 * 1024)) as u64).into())])
        }
        PhotoProblem::TooSmall { .. } => t.text("kyc-photo-too-small"),
        PhotoProblem::TooDark => t.text("kyc-photo-too-dark"),
        PhotoProblem::Blurred => t.text("kyc-photo-blurred"),
        PhotoProblem::Glare => t.text("kyc-photo-glare"),
    }
}

pub fn capture_screen(capture: &Capture, t: &Strings<'_>) -> KycCaptureScreen {
    let (title, instruction) = match capture.kind {
        PhotoKind::PassportFront => ("kyc-photo-front", "kyc-capture-front"),
        PhotoKind::PassportBack => ("kyc-photo-back", "kyc-capture-back"),
        PhotoKind::SelfieWithPassport => ("kyc-photo-selfie", "kyc-capture-selfie"),
    };
    let position = capture.kind.index() as u64 + 1;
    KycCaptureScreen {
        photo: capture.kind,
        step: capture
            .guided
            .then(|| t.text_with("kyc-capture-step", &[("step", position.into()), ("count", 3_u64.into())])),
        title: t.text(title),
        instruction: t.text(instruction),
        camera: if capture.kind == PhotoKind::SelfieWithPassport { CameraFacing::Front } else { CameraFacing::Back },
        read_mrz: capture.kind != PhotoKind::SelfieWithPassport,
        take_label: t.text("kyc-take"),
        gallery_label: t.text("kyc-gallery"),
        checking: capture.checking,
        checking_text: capture.checking.then(|| t.text("kyc-photo-checking")),
        problem: capture.problem.map(|problem| photo_problem(problem, t)),
        mrz_note: match capture.mrz {
            MrzReading::None => None,
            MrzReading::Read => Some(t.text("kyc-mrz-read")),
            MrzReading::Unreliable => Some(t.text("kyc-mrz-unreliable")),
        },
    }
}

fn field_label(field: FormField) -> &'static str {
    match field {
        FormField::Surname => "kyc-field-surname",
        FormField::GivenName => "kyc-field-given-name",
        FormField::Patronymic => "kyc-field-patronymic",
        FormField::BirthDate => "kyc-field-birth-date",
        FormField::IssueDate => "kyc-field-issue-date",
        FormField::ExpiryDate => "kyc-field-expiry-date",
        FormField::IssuingAuthority => "kyc-field-authority",
        FormField::ResidenceAddress => "kyc-field-residence",
        FormField::DocumentNumber => "kyc-field-document-number",
        FormField::PersonalNumber => "kyc-field-personal-number",
    }
}

fn input_of(field: FormField) -> InputKind {
    match field {
        FormField::Surname | FormField::GivenName | FormField::Patronymic => InputKind::Name,
        FormField::BirthDate | FormField::IssueDate | FormField::ExpiryDate => InputKind::Date,
        FormField::DocumentNumber => InputKind::DocumentNumber,
        FormField::PersonalNumber => InputKind::Digits,
        FormField::IssuingAuthority | FormField::ResidenceAddress => InputKind::Text,
    }
}

fn field_problem(field: FormField, problem: FieldProblem, t: &Strings<'_>) -> String {
    let names = matches!(field, FormField::Surname | FormField::GivenName | FormField::Patronymic);
    let id = match problem {
        FieldProblem::Required => "kyc-error-required",
        FieldProblem::NameCharacters if !names => "kyc-error-characters",
        FieldProblem::TooLong { max } => return t.text_with("kyc-error-too-long", &[("max", (max as u64).into())]),
        FieldProblem::NameCharacters => "kyc-error-name",
        FieldProblem::NotADate => "kyc-error-date",
        FieldProblem::BirthInFuture => "kyc-error-birth-future",
        FieldProblem::Underage => "kyc-error-underage",
        FieldProblem::TooOld => "kyc-error-too-old",
        FieldProblem::IssueBeforeBirth => "kyc-error-issue-before-birth",
        FieldProblem::IssueInFuture => "kyc-error-issue-future",
        FieldProblem::Expired => "kyc-error-expired",
        FieldProblem::ExpiryBeforeIssue => "kyc-error-expiry-before-issue",
        FieldProblem::DocumentNumberFormat => "kyc-error-document-number",
        FieldProblem::PersonalNumberLength => "kyc-error-pin-length",
        FieldProblem::PersonalNumberDigits => "kyc-error-pin-digits",
        FieldProblem::PersonalNumberSex => "kyc-error-pin-sex",
        FieldProblem::PersonalNumberDate => "kyc-error-pin-date",
        FieldProblem::PersonalNumberBirthDate => "kyc-error-pin-birth-date",
        FieldProblem::DisagreesWithMrz => "kyc-error-mrz",
    };
    t.text(id)
}

pub fn passport_screen(kyc: &Kyc, editor: &PassportEditor, today: Date, t: &Strings<'_>) -> KycPassportScreen {
    let form = &kyc.draft.passport;
    let zone = mrz_of(&kyc.draft, today);
    let problems = passport::check(form, zone.as_ref(), today);
    let fields = FormField::ALL
        .iter()
        .map(|field| {
            let value = field.value(form);
            // Before the first «Подтвердить» only what is typed is judged, and a mismatch with the passport always shows.
            let error = problems
                .iter()
                .find(|e| e.field == *field)
                .filter(|e| editor.attempted || !value.trim().is_empty() || e.problem == FieldProblem::DisagreesWithMrz)
                .filter(|e| editor.attempted || e.problem != FieldProblem::Required)
                .map(|e| field_problem(e.field, e.problem, t));
            PassportFieldView {
                field: *field,
                label: t.text(field_label(*field)),
                value: value.to_owned(),
                input: input_of(*field),
                required: *field != FormField::Patronymic,
                note: (*field == FormField::Patronymic).then(|| t.text("kyc-field-patronymic-note")),
                error,
            }
        })
        .collect();
    KycPassportScreen {
        title: t.text("kyc-passport-title"),
        subtitle: t.text("kyc-passport-subtitle"),
        fields,
        mrz_note: zone.is_some().then(|| t.text("kyc-passport-from-mrz")),
        editable: editable(&kyc.progress, KycItem::PassportData),
        confirm: Action::new(t.text("kyc-confirm"), kyc_event(KycEvent::ConfirmPassport)),
        cancel: Action::new(t.text("kyc-cancel"), kyc_event(KycEvent::CancelPassport)),
    }
}

fn address_label(field: AddressField) -> &'static str {
    match field {
        AddressField::District => "kyc-address-district",
        AddressField::AiylAimak => "kyc-address-aiyl-aimak",
        AddressField::Settlement => "kyc-address-settlement",
        AddressField::Microdistrict => "kyc-address-microdistrict",
        AddressField::Street => "kyc-address-street",
        AddressField::House => "kyc-address-house",
        AddressField::Apartment => "kyc-address-apartment",
        AddressField::Workplace => "kyc-address-workplace",
        AddressField::Position => "kyc-address-position",
    }
}

fn address_problem(problem: AddressProblem, t: &Strings<'_>) -> String {
    let id = match problem {
        AddressProblem::Required => "kyc-error-required",
        AddressProblem::UnknownDistrict => "kyc-error-district",
        AddressProblem::TooLong { max } => return t.text_with("kyc-error-too-long", &[("max", (max as u64).into())]),
        AddressProblem::Characters => "kyc-error-characters",
        AddressProblem::HouseFormat => "kyc-error-house",
        AddressProblem::ApartmentFormat => "kyc-error-apartment",
    };
    t.text(id)
}

pub fn address_screen(kyc: &Kyc, editor: &AddressEditor, language: Language, t: &Strings<'_>) -> KycAddressScreen {
    let form = &kyc.draft.address;
    let problems = address::check(form);
    let editable_now = editable(&kyc.progress, KycItem::AddressAndWork);
    let fields = AddressField::ALL
        .iter()
        .map(|field| {
            let value = match field {
                AddressField::District => {
                    districts::district(&form.district_id).map(|d| d.names.get(language).to_owned()).unwrap_or_default()
                }
                other => other.value(form).to_owned(),
            };
            let error = problems
                .iter()
                .find(|e| e.field == *field)
                .filter(|e| editor.attempted || (!value.trim().is_empty() && e.problem != AddressProblem::Required))
                .map(|e| address_problem(e.problem, t));
            let required = field.required();
            let label =
                if required { format!("{} *", t.text(address_label(*field))) } else { t.text(address_label(*field)) };
            AddressFieldView {
                field: *field,
                label,
                value,
                required,
                error,
                pick: (*field == AddressField::District && editable_now).then(|| kyc_event(KycEvent::OpenDistricts)),
            }
        })
        .collect();
    KycAddressScreen {
        title: t.text("kyc-address"),
        fields,
        editable: editable_now,
        next: Action {
            label: t.text("kyc-next"),
            event: kyc_event(KycEvent::AddressNext),
            enabled: problems.is_empty() || !editable_now,
        },
    }
}

pub fn districts_screen(kyc: &Kyc, picker: &DistrictPicker, language: Language, t: &Strings<'_>) -> KycDistrictsScreen {
    let query = picker.query.trim();
    let found = if query.is_empty() { DISTRICTS.iter().collect() } else { districts::search(query, language) };
    let groups: Vec<DistrictGroup> = REGIONS
        .iter()
        .filter_map(|region| {
            let districts: Vec<DistrictRow> = found
                .iter()
                .filter(|d| d.region == region.id)
                .map(|d| DistrictRow {
                    name: d.names.get(language).to_owned(),
                    selected: kyc.draft.address.district_id == d.id,
                    pick: kyc_event(KycEvent::PickDistrict { id: d.id.to_owned() }),
                })
                .collect();
            (!districts.is_empty()).then(|| DistrictGroup { region: region.names.get(language).to_owned(), districts })
        })
        .collect();
    KycDistrictsScreen {
        title: t.text("kyc-address-district"),
        query: picker.query.clone(),
        search_hint: t.text("kyc-districts-search"),
        empty: groups.is_empty().then(|| t.text("kyc-districts-none")),
        groups,
    }
}

/// How many paragraphs the consent text has (`kyc-consent-1` …).
pub const CONSENT_PARAGRAPHS: u32 = 7;

pub fn consent_screen(t: &Strings<'_>) -> KycConsentScreen {
    KycConsentScreen {
        title: t.text("kyc-consent-title"),
        paragraphs: (1..=CONSENT_PARAGRAPHS).map(|n| t.text(&format!("kyc-consent-{n}"))).collect(),
        read: Action::new(t.text("kyc-consent-read"), kyc_event(KycEvent::ConsentRead)),
    }
}
