//! The rules of online identification (seed 000 steps 10–22): what each tap does, what may be changed while an
//! application is with the bank, the guided photo sequence, and what the bank's answers do to the draft.

use time::Date;
use wallet_formats::mrz;
use wallet_protocol::kyc::{self as wire, KycItem, KycReason};

use super::event::KycEvent;
use super::state::{
    AddressEditor, Capture, Declaration, DistrictPicker, HowTo, Kyc, KycDraft, KycProgress, MAX_FIELD_CHARS,
    MrzReading, PassportEditor, Residency,
};
use crate::app::{Dialog, Effect, Nav, Notice, Rejection, Route, Step};
use crate::domain::Language;
use crate::identity::address::{self, AddressField};
use crate::identity::districts;
use crate::identity::passport;
use crate::identity::photo::{PhotoKind, PhotoProblem};

/// How often the app asks the bank about an application in review while a KYC screen shows.
pub const POLL_MS: u64 = 3_000;
/// The most text the camera's MRZ reading may bring (a TD1 is 3 × 30, a TD3 2 × 44 characters).
const MAX_MRZ_CHARS: usize = 400;

/// What the KYC rules may read and change besides the screen on top.
pub struct KycCtx<'a> {
    pub kyc: &'a mut Kyc,
    pub dialog: &'a mut Option<Dialog>,
    pub today: Date,
    pub language: Language,
}

/// The checklist item a photo belongs to.
pub fn item_of(kind: PhotoKind) -> KycItem {
    match kind {
        PhotoKind::PassportFront => KycItem::PassportFront,
        PhotoKind::PassportBack => KycItem::PassportBack,
        PhotoKind::SelfieWithPassport => KycItem::SelfieWithPassport,
    }
}

/// Whether `item` may be changed now: anything before sending or after a rejection; after a resubmission
/// request only what the bank asked for; nothing while the application is with the bank.
pub fn editable(progress: &KycProgress, item: KycItem) -> bool {
    match progress {
        KycProgress::NotStarted | KycProgress::Rejected { .. } => true,
        KycProgress::ResubmissionRequested { items, .. } => items.contains(&item),
        _ => false,
    }
}

/// The declarations are made once per application.
pub fn declarations_editable(progress: &KycProgress) -> bool {
    matches!(progress, KycProgress::NotStarted | KycProgress::Rejected { .. })
}

/// The photos and the passport data («Верификация пользователя») are done.
pub fn verification_done(draft: &KycDraft, progress: &KycProgress) -> bool {
    PhotoKind::ALL.iter().all(|kind| photo_done(draft, progress, *kind)) && passport_done(draft, progress)
}

/// A photo counts as done when it is on the phone, or at the bank from an earlier application that the bank did
/// not ask to retake.
pub fn photo_done(draft: &KycDraft, progress: &KycProgress, kind: PhotoKind) -> bool {
    draft.photo_taken(kind) || at_bank(progress, item_of(kind))
}

pub fn passport_done(draft: &KycDraft, progress: &KycProgress) -> bool {
    draft.passport_confirmed || at_bank(progress, KycItem::PassportData)
}

pub fn address_done(draft: &KycDraft, progress: &KycProgress) -> bool {
    draft.address_done || at_bank(progress, KycItem::AddressAndWork)
}

/// The bank holds `item` from the application sent (and has not asked for it again).
fn at_bank(progress: &KycProgress, item: KycItem) -> bool {
    match progress {
        KycProgress::ResubmissionRequested { items, .. } => !items.contains(&item),
        KycProgress::InReview { .. } | KycProgress::Approved { .. } => true,
        _ => false,
    }
}

/// Everything on the checklist is done and the user is a resident: «Отправить заявку» shows.
pub fn ready(kyc: &Kyc) -> bool {
    let progress = &kyc.progress;
    let declared = kyc.draft.declarations.all_done() || matches!(progress, KycProgress::ResubmissionRequested { .. });
    let editable_now = matches!(
        progress,
        KycProgress::NotStarted | KycProgress::Rejected { .. } | KycProgress::ResubmissionRequested { .. }
    );
    editable_now && declared && verification_done(&kyc.draft, progress) && address_done(&kyc.draft, progress)
}

fn not_now(event: &'static str, reason: &'static str) -> Rejection {
    Rejection::NotNow { event, reason }
}

/// Cuts what a shell sends to a sane length before it reaches any rule.
fn bounded(text: String) -> String {
    match text.char_indices().nth(MAX_FIELD_CHARS) {
        Some((at, _)) => text[..at].to_owned(),
        None => text,
    }
}

pub fn kyc(event: KycEvent, route: &mut Route, ctx: KycCtx<'_>) -> Result<Step, Rejection> {
    let KycCtx { kyc, dialog, today, language } = ctx;
    let name = event.name();
    match (event, route) {
        // Reading the machine-readable zone is the camera's doing, on the capture or the passport screen.
        (KycEvent::MrzRead { lines }, route @ (Route::KycCapture(_) | Route::KycPassport(_))) => {
            Ok(mrz_read(kyc, route, &lines, today, language))
        }
        (KycEvent::Start, Route::KycStatus) => match &kyc.progress {
            KycProgress::NotStarted | KycProgress::Rejected { .. } => {
                Ok(Step::to(Nav::Push(Route::KycHowTo(HowTo { then_checklist: true }))))
            }
            KycProgress::ResubmissionRequested { .. } => Ok(Step::to(Nav::Push(Route::KycChecklist))),
            _ => Err(not_now(name, "the application is with the bank")),
        },
        (KycEvent::OpenHowTo, Route::KycChecklist) => {
            Ok(Step::to(Nav::Push(Route::KycHowTo(HowTo { then_checklist: false }))))
        }
        (KycEvent::CloseHowTo, Route::KycHowTo(how)) if how.then_checklist => {
            Ok(Step::to(Nav::Replace(Route::KycChecklist)))
        }
        (KycEvent::CloseHowTo, Route::KycHowTo(_)) => Ok(Step::to(Nav::Pop)),
        (KycEvent::OpenVerification, Route::KycChecklist) => Ok(open_verification(kyc)),
        (KycEvent::OpenAddress, Route::KycChecklist) => {
            Ok(Step::to(Nav::Push(Route::KycAddress(AddressEditor::default()))))
        }
        (KycEvent::Declare { .. }, Route::KycChecklist) if !declarations_editable(&kyc.progress) => {
            Err(not_now(name, "the declarations were sent with the application"))
        }
        (KycEvent::Declare { item }, Route::KycChecklist) => Ok(declare(kyc, dialog, item)),
        (KycEvent::ConsentRead, Route::KycConsent) => {
            if declarations_editable(&kyc.progress) {
                kyc.draft.declarations.consent_read = true;
            }
            Ok(Step::to(Nav::Pop))
        }
        (KycEvent::OpenCapture { kind }, Route::KycVerification) => {
            if !editable(&kyc.progress, item_of(kind)) {
                return Err(not_now(name, "this photo is with the bank"));
            }
            Ok(Step::to(Nav::Push(Route::KycCapture(Capture::new(kind, false)))))
        }
        (KycEvent::Photo { kind, bytes }, Route::KycCapture(capture)) => {
            if kind != capture.kind {
                return Err(not_now(name, "the screen asks for another photo"));
            }
            if capture.checking {
                return Err(not_now(name, "the last photo is still being checked"));
            }
            if bytes.is_empty() {
                capture.problem = Some(PhotoProblem::NotAnImage);
                return Ok(Step::stay());
            }
            capture.checking = true;
            capture.problem = None;
            Ok(Step::stay().with(Effect::CheckPhoto { kind, bytes }))
        }
        (KycEvent::OpenPassport, Route::KycVerification) => {
            if !editable(&kyc.progress, KycItem::PassportData) {
                return Err(not_now(name, "the passport data is with the bank"));
            }
            Ok(Step::to(Nav::Push(Route::KycPassport(PassportEditor::default()))))
        }
        (KycEvent::EditPassport { field, text }, Route::KycPassport(_)) => {
            if !editable(&kyc.progress, KycItem::PassportData) {
                return Err(not_now(name, "the passport data is with the bank"));
            }
            *field.slot(&mut kyc.draft.passport) = bounded(text);
            kyc.draft.passport_confirmed = false;
            Ok(Step::stay())
        }
        (KycEvent::ConfirmPassport, Route::KycPassport(editor)) => {
            if !editable(&kyc.progress, KycItem::PassportData) {
                return Ok(Step::to(Nav::Pop));
            }
            let problems = passport::check(&kyc.draft.passport, mrz_of(&kyc.draft, today).as_ref(), today);
            editor.attempted = true;
            if problems.is_empty() {
                *dialog = Some(Dialog::ConfirmPassport);
            }
            Ok(Step::stay())
        }
        (KycEvent::CancelPassport, Route::KycPassport(_)) => Ok(Step::to(Nav::Pop)),
        (KycEvent::EditAddress { field, text }, Route::KycAddress(_)) => {
            if !editable(&kyc.progress, KycItem::AddressAndWork) {
                return Err(not_now(name, "the address is with the bank"));
            }
            if field == AddressField::District {
                return Err(not_now(name, "the district is picked, not typed"));
            }
            *field.slot(&mut kyc.draft.address) = bounded(text);
            kyc.draft.address_done = false;
            Ok(Step::stay())
        }
        (KycEvent::OpenDistricts, Route::KycAddress(_)) => {
            if !editable(&kyc.progress, KycItem::AddressAndWork) {
                return Err(not_now(name, "the address is with the bank"));
            }
            Ok(Step::to(Nav::Push(Route::KycDistricts(DistrictPicker::default()))))
        }
        (KycEvent::SearchDistricts { query }, Route::KycDistricts(picker)) => {
            picker.query = bounded(query);
            Ok(Step::stay())
        }
        (KycEvent::PickDistrict { id }, Route::KycDistricts(_)) => {
            let Some(district) = districts::district(&id) else {
                return Err(not_now(name, "no such district: send an id the picker showed"));
            };
            kyc.draft.address.district_id = district.id.to_owned();
            kyc.draft.address_done = false;
            Ok(Step::to(Nav::Pop))
        }
        (KycEvent::AddressNext, Route::KycAddress(editor)) => {
            if !editable(&kyc.progress, KycItem::AddressAndWork) {
                return Ok(Step::to(Nav::Pop));
            }
            editor.attempted = true;
            if !address::check(&kyc.draft.address).is_empty() {
                return Ok(Step::stay());
            }
            kyc.draft.address_done = true;
            Ok(Step::to(Nav::Pop))
        }
        (KycEvent::Submit, Route::KycChecklist) => submit(kyc, today, name),
        (KycEvent::SendNow, _) => match kyc.progress {
            KycProgress::Queued { .. } => {
                kyc.progress = KycProgress::Sending;
                Ok(Step::stay().with(Effect::SendKyc))
            }
            _ => Err(not_now(name, "nothing waits to be sent")),
        },
        (_, route) => Err(Rejection::WrongScreen { event: name, screen: route.name() }),
    }
}

/// «Верификация пользователя»: the first time straight into the guided photos; later the list to retake from.
fn open_verification(kyc: &Kyc) -> Step {
    let fresh = PhotoKind::ALL.iter().all(|kind| !photo_done(&kyc.draft, &kyc.progress, *kind))
        && !passport_done(&kyc.draft, &kyc.progress);
    if fresh && editable(&kyc.progress, KycItem::PassportFront) {
        return Step::to(Nav::Push(Route::KycCapture(Capture::new(PhotoKind::PassportFront, true))));
    }
    Step::to(Nav::Push(Route::KycVerification))
}

fn declare(kyc: &mut Kyc, dialog: &mut Option<Dialog>, item: Declaration) -> Step {
    let declarations = &mut kyc.draft.declarations;
    match item {
        Declaration::Resident => *dialog = Some(Dialog::Residency),
        Declaration::Consent => return Step::to(Nav::Push(Route::KycConsent)),
        Declaration::BeneficialOwner => declarations.beneficial_owner ^= true,
        Declaration::NotPoliticallyExposed => declarations.not_politically_exposed ^= true,
        Declaration::PhoneOwner => declarations.phone_owner ^= true,
    }
    Step::stay()
}

/// The answer to «Вы резидент Кыргызской Республики?».
pub fn residency_answered(kyc: &mut Kyc, resident: bool) -> Step {
    if declarations_editable(&kyc.progress) {
        kyc.draft.declarations.residency = if resident { Residency::Resident } else { Residency::NonResident };
    }
    Step::stay()
}

/// «ПОДТВЕРДИТЬ» in the guarantee dialog: the passport data is done.
pub fn passport_confirmed(kyc: &mut Kyc, route: &Route) -> Step {
    if !matches!(route, Route::KycPassport(_)) {
        return Step::stay();
    }
    kyc.draft.passport_confirmed = true;
    Step::to(Nav::Pop)
}

/// The photo passed or failed its check. In the guided sequence a good photo leads to the next step.
pub fn photo_checked(kyc: &mut Kyc, route: &mut Route, kind: PhotoKind, result: Result<(), PhotoProblem>) -> Step {
    if result.is_ok() {
        kyc.draft.set_photo_taken(kind, true);
    }
    let Route::KycCapture(capture) = route else {
        return Step::stay();
    };
    if capture.kind != kind {
        return Step::stay();
    }
    capture.checking = false;
    match result {
        Err(problem) => {
            capture.problem = Some(problem);
            Step::stay()
        }
        Ok(()) if !capture.guided => Step::to(Nav::Pop),
        Ok(()) => {
            let next_photo =
                PhotoKind::ALL.iter().find(|k| editable(&kyc.progress, item_of(**k)) && !kyc.draft.photo_taken(**k));
            match next_photo {
                Some(next) => Step::to(Nav::Replace(Route::KycCapture(Capture::new(*next, true)))),
                None if !passport_done(&kyc.draft, &kyc.progress) => {
                    Step::to(Nav::Replace(Route::KycPassport(PassportEditor { attempted: false, guided: true })))
                }
                None => Step::to(Nav::Pop),
            }
        }
    }
}

/// The machine-readable zone, when it parses and holds: kept, and the empty fields of the form filled from it.
fn mrz_read(kyc: &mut Kyc, route: &mut Route, lines: &[String], today: Date, language: Language) -> Step {
    if !editable(&kyc.progress, KycItem::PassportData) {
        return Step::stay();
    }
    let total: usize = lines.iter().map(|line| line.chars().count()).sum();
    let reading = match mrz::parse(&lines.join("\n"), today) {
        Ok(zone) if total <= MAX_MRZ_CHARS && zone.valid() => {
            let kept: Vec<String> = lines.iter().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect();
            if kyc.draft.mrz_lines.as_ref() != Some(&kept) {
                kyc.draft.mrz_lines = Some(kept);
                kyc.draft.passport_confirmed = false;
            }
            passport::prefill_from_mrz(&mut kyc.draft.passport, &zone, language);
            MrzReading::Read
        }
        _ => MrzReading::Unreliable,
    };
    if let Route::KycCapture(capture) = route {
        // A good reading is not spoilt by a later blurry frame.
        if capture.mrz != MrzReading::Read {
            capture.mrz = reading;
        }
    }
    Step::stay()
}

/// The zone kept in the draft, read again for the form's cross-check.
pub fn mrz_of(draft: &KycDraft, today: Date) -> Option<mrz::Mrz> {
    let lines = draft.mrz_lines.as_ref()?;
    mrz::parse(&lines.join("\n"), today).ok().filter(|zone| zone.valid())
}

/// «Отправить заявку»: the application is built from the draft and handed to the sender.
fn submit(kyc: &mut Kyc, today: Date, name: &'static str) -> Result<Step, Rejection> {
    if !ready(kyc) {
        return Err(not_now(name, "every item of the checklist must be done, by a resident"));
    }
    let resubmits = match &kyc.progress {
        KycProgress::ResubmissionRequested { application_id, .. } => Some(application_id.clone()),
        _ => None,
    };
    let zone = mrz_of(&kyc.draft, today);
    let passport = passport::to_wire(&kyc.draft.passport, today);
    let address = address::to_wire(&kyc.draft.address);
    let (Ok(passport), Ok(address)) = (passport, address) else {
        // Done items that no longer pass (a document that expired since): back to the form.
        kyc.draft.passport_confirmed &= passport::check(&kyc.draft.passport, zone.as_ref(), today).is_empty();
        kyc.draft.address_done &= address::check(&kyc.draft.address).is_empty();
        return Ok(Step::stay());
    };
    // A resubmission answers an application whose declarations the bank holds already.
    let vouched = resubmits.is_some();
    let d = &kyc.draft.declarations;
    let application = wire::KycApplication {
        document_ids: Vec::new(),
        passport,
        address,
        declarations: wire::Declarations {
            beneficial_owner: d.beneficial_owner || vouched,
            not_politically_exposed: d.not_politically_exposed || vouched,
            resident: d.residency == Residency::Resident || vouched,
            phone_owner: d.phone_owner || vouched,
            terms_accepted: d.consent_read || vouched,
        },
        mrz_lines: kyc.draft.mrz_lines.clone().filter(|_| zone.is_some()),
        resubmits,
    };
    kyc.progress = KycProgress::Sending;
    Ok(Step::stay().with(Effect::SubmitKyc { application: Box::new(application) }))
}

/// The bank's (or the sender's) latest word on the application.
pub fn progress_changed(kyc: &mut Kyc, notice: &mut Option<Notice>, progress: KycProgress) -> Step {
    let before = std::mem::replace(&mut kyc.progress, progress);
    match &kyc.progress {
        KycProgress::Approved { .. } | KycProgress::Rejected { .. } => {
            // The sender deleted the draft and the photos with the decision.
            kyc.draft = KycDraft::default();
            kyc.saved_draft = KycDraft::default();
            // Told once, when the decision arrives (not at every start afterwards).
            let awaited =
                matches!(before, KycProgress::InReview { .. } | KycProgress::Queued { .. } | KycProgress::Sending);
            if awaited {
                *notice = Some(if matches!(kyc.progress, KycProgress::Approved { .. }) {
                    Notice::success("kyc-approved-notice")
                } else {
                    Notice::warning("kyc-rejected-notice")
                });
            }
        }
        KycProgress::InReview { .. } => {
            // The bank holds the photos now; the phone deleted its copies.
            kyc.draft.photos_taken = [false; 3];
        }
        KycProgress::ResubmissionRequested { application_id, items, .. }
            if kyc.draft.reopened_for.as_deref() != Some(application_id) =>
        {
            kyc.draft.photos_taken = [false; 3];
            reopen(&mut kyc.draft, items);
            kyc.draft.reopened_for = Some(application_id.clone());
            *notice = Some(Notice::warning("kyc-resubmission-notice"));
        }
        _ => {}
    }
    Step::stay()
}

/// Undoes exactly the items the bank asked for again.
fn reopen(draft: &mut KycDraft, items: &[KycItem]) {
    for item in items {
        match item {
            KycItem::PassportFront => draft.set_photo_taken(PhotoKind::PassportFront, false),
            KycItem::PassportBack => {
                draft.set_photo_taken(PhotoKind::PassportBack, false);
                draft.mrz_lines = None;
            }
            KycItem::SelfieWithPassport => draft.set_photo_taken(PhotoKind::SelfieWithPassport, false),
            KycItem::PassportData => draft.passport_confirmed = false,
            KycItem::AddressAndWork => draft.address_done = false,
        }
    }
}

/// Whether the reason has a text of its own (else the bank's message shows).
pub fn reason_message_id(reason: KycReason) -> Option<&'static str> {
    match reason {
        KycReason::DocumentExpired => Some("kyc-reason-document-expired"),
        KycReason::Underage => Some("kyc-reason-underage"),
        KycReason::NotResident => Some("kyc-reason-not-resident"),
        KycReason::DataMismatch => Some("kyc-reason-data-mismatch"),
        KycReason::PhotoUnreadable => Some("kyc-reason-photo-unreadable"),
        KycReason::NotTheCustomer => Some("kyc-reason-not-the-customer"),
        KycReason::Other => None,
    }
}

/// Whether a KYC screen is on top (the app then asks the bank about a review more often).
pub fn on_kyc_screen(route: &Route) -> bool {
    matches!(
        route,
        Route::KycStatus
            | Route::KycHowTo(_)
            | Route::KycChecklist
            | Route::KycVerification
            | Route::KycCapture(_)
            | Route::KycPassport(_)
            | Route::KycAddress(_)
            | Route::KycDistricts(_)
            | Route::KycConsent
    )
}

/// Keeps one poll of an application in review on its way while a KYC screen shows.
pub fn keep_polling(kyc: &mut Kyc, top: &Route, effects: &mut Vec<Effect>) {
    if !kyc.polling && matches!(kyc.progress, KycProgress::InReview { .. }) && on_kyc_screen(top) {
        kyc.polling = true;
        effects.push(Effect::PollKyc { after_ms: POLL_MS });
    }
}

/// Asks for the draft to be stored when it changed (once the stored one was read, so it is never overwritten
/// by an empty one).
pub fn keep_draft(kyc: &mut Kyc, effects: &mut Vec<Effect>) {
    if kyc.loaded && kyc.draft != kyc.saved_draft {
        kyc.saved_draft = kyc.draft.clone();
        effects.push(Effect::SaveKycDraft(Box::new(kyc.draft.clone())));
    }
}
