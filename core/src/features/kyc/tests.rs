//! The KYC rules through the app's one `update`: the guided sequence, the checklist's conditions, what is locked
//! while the bank has the application, and what a resubmission request reopens.

use time::macros::date;
use wallet_formats::Sex;
use wallet_formats::mrz::{Td1Fields, compose_td1};
use wallet_protocol::kyc::{KycItem, KycReason};

use super::state::{Declaration, KycDraft, KycProgress, Residency};
use super::{KycEvent, update as rules};
use crate::app::model::start;
use crate::app::{DialogEvent, Effect, Event, Model, Msg, Outcome, Rejection, Route, Screen, Settings, update, view};
use crate::domain::{Language, Phone};
use crate::features::home::HomeEvent;
use crate::features::onboarding::OnboardingStage;
use crate::i18n::Catalog;
use crate::identity::address::AddressField;
use crate::identity::passport::FormField;
use crate::identity::photo::{PhotoKind, PhotoProblem};

/// 2026-11-21 12:00 in Bishkek.
const NOW_MS: i64 = 1_795_269_600_000;

fn signed_in_home() -> Model {
    let settings =
        Settings { language: Some(Language::Ru), onboarding: OnboardingStage::Completed, ..Settings::default() };
    let phone = Phone::parse("+996555123456").expect("phone");
    let mut model = Model::restore(
        settings,
        crate::app::Start {
            phone: Some(phone),
            now_ms: NOW_MS,
            security: crate::app::Security { terms_accepted: true, pin_set: true, ..Default::default() },
            ..start(Language::Ru)
        },
    );
    // Unlocked.
    model.stack.apply(crate::app::Nav::Pop);
    assert_eq!(model.stack.top(), &Route::Home);
    model
}

fn ui(model: &mut Model, event: KycEvent) -> Vec<Effect> {
    update(model, Msg::Ui(Event::Kyc(event))).expect("applies")
}

fn done(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    update(model, Msg::Outcome(outcome)).expect("applies")
}

fn answer(model: &mut Model, answer: DialogEvent) {
    update(model, Msg::Ui(Event::Dialog(answer))).expect("answers");
}

fn opened(draft: KycDraft, progress: KycProgress) -> Model {
    let mut model = signed_in_home();
    let effects = update(&mut model, Msg::Ui(Event::Home(HomeEvent::OpenIdentification))).expect("opens");
    assert!(effects.contains(&Effect::LoadKyc));
    done(&mut model, Outcome::KycLoaded { draft: Box::new(draft), progress });
    assert_eq!(model.stack.top(), &Route::KycStatus);
    model
}

/// The ICAO-style ID card of the person typed below.
fn id_card_lines() -> Vec<String> {
    compose_td1(&Td1Fields {
        document_code: "ID".into(),
        issuing_state: "KGZ".into(),
        document_number: "ID1234567".into(),
        nationality: "KGZ".into(),
        birth_date: date!(1990 - 05 - 14),
        sex: Sex::Female,
        expiry_date: date!(2031 - 03 - 01),
        surname: "ASANOVA".into(),
        given_names: "AIGUL".into(),
        optional_data: Some("11405199000123".into()),
        optional_data_2: None,
    })
}

fn type_passport(model: &mut Model) {
    for (field, text) in [
        (FormField::Surname, "Асанова"),
        (FormField::GivenName, "Айгүл"),
        (FormField::Patronymic, "Бакыт кызы"),
        (FormField::BirthDate, "14.05.1990"),
        (FormField::IssueDate, "01.03.2021"),
        (FormField::ExpiryDate, "01.03.2031"),
        (FormField::IssuingAuthority, "МКК 211011"),
        (FormField::ResidenceAddress, "г. Бишкек, ул. Чүй, 12"),
        (FormField::DocumentNumber, "ID1234567"),
        (FormField::PersonalNumber, "11405199000123"),
    ] {
        ui(model, KycEvent::EditPassport { field, text: text.into() });
    }
}

fn type_address(model: &mut Model) {
    ui(model, KycEvent::OpenDistricts);
    ui(model, KycEvent::SearchDistricts { query: "Ленин".into() });
    let Screen::KycDistricts(picker) = view(model, Catalog::shared()).screen else { panic!("the picker") };
    let pick = picker.groups[0].districts[0].pick.clone();
    update(model, Msg::Ui(pick)).expect("picked");
    for (field, text) in [
        (AddressField::Street, "Чүй"),
        (AddressField::House, "12А"),
        (AddressField::Workplace, "Школа №5"),
        (AddressField::Position, "Мугалим"),
    ] {
        ui(model, KycEvent::EditAddress { field, text: text.into() });
    }
}

fn take(model: &mut Model, kind: PhotoKind) {
    let effects = ui(model, KycEvent::Photo { kind, bytes: vec![0xff, 0xd8, 0xff] });
    assert_eq!(effects, vec![Effect::CheckPhoto { kind, bytes: vec![0xff, 0xd8, 0xff] }]);
    done(model, Outcome::PhotoChecked { kind, result: Ok(()) });
}

fn checklist(model: &Model) -> super::KycChecklistScreen {
    match view(model, Catalog::shared()).screen {
        Screen::KycChecklist(screen) => screen,
        other => panic!("expected the checklist, got {other:?}"),
    }
}

/// Walks the whole checklist to «Отправить заявку».
fn fill_everything(model: &mut Model) {
    ui(model, KycEvent::Start);
    assert!(matches!(model.stack.top(), Route::KycHowTo(_)));
    ui(model, KycEvent::CloseHowTo);
    assert_eq!(model.stack.top(), &Route::KycChecklist);
    ui(model, KycEvent::OpenVerification);
    for kind in [PhotoKind::PassportFront, PhotoKind::PassportBack, PhotoKind::SelfieWithPassport] {
        assert!(matches!(model.stack.top(), Route::KycCapture(c) if c.kind == kind && c.guided), "{kind:?} next");
        take(model, kind);
    }
    assert!(matches!(model.stack.top(), Route::KycPassport(_)), "then the passport data");
    type_passport(model);
    ui(model, KycEvent::ConfirmPassport);
    assert_eq!(model.dialog, Some(crate::app::Dialog::ConfirmPassport));
    answer(model, DialogEvent::Confirm);
    assert_eq!(model.stack.top(), &Route::KycChecklist, "back at the checklist, «back» skipping the steps");
    ui(model, KycEvent::OpenAddress);
    type_address(model);
    ui(model, KycEvent::AddressNext);
    assert_eq!(model.stack.top(), &Route::KycChecklist);
    for item in [Declaration::BeneficialOwner, Declaration::NotPoliticallyExposed, Declaration::PhoneOwner] {
        ui(model, KycEvent::Declare { item });
    }
    ui(model, KycEvent::Declare { item: Declaration::Resident });
    answer(model, DialogEvent::Confirm);
    ui(model, KycEvent::Declare { item: Declaration::Consent });
    assert_eq!(model.stack.top(), &Route::KycConsent);
    ui(model, KycEvent::ConsentRead);
}

#[test]
fn the_whole_checklist_leads_to_one_application_with_everything_typed() {
    let mut model = opened(KycDraft::default(), KycProgress::NotStarted);
    fill_everything(&mut model);
    let screen = checklist(&model);
    assert!(screen.rows.iter().all(|row| row.done), "every item ticked: {screen:?}");
    assert_eq!(screen.ready.as_deref(), Some("Ваша заявка готова к отправке"));
    let submit = screen.submit.expect("«Отправить заявку»");
    let effects = update(&mut model, Msg::Ui(submit.event)).expect("sent");
    let [Effect::SubmitKyc { application }] = effects.as_slice() else { panic!("one submission: {effects:?}") };
    assert_eq!(application.passport.birth_date, "1990-05-14");
    assert_eq!(application.passport.patronymic.as_deref(), Some("Бакыт кызы"));
    assert_eq!(application.passport.personal_number, "11405199000123");
    assert_eq!(application.address.district, "bishkek.leninsky");
    assert!(application.declarations.resident && application.declarations.terms_accepted);
    assert_eq!(application.resubmits, None);
    assert_eq!(model.kyc.progress, KycProgress::Sending);
    assert!(matches!(update(&mut model, Msg::Ui(Event::Kyc(KycEvent::Submit))), Err(Rejection::NotNow { .. })));
}

#[test]
fn everything_typed_is_handed_to_the_store_and_nothing_before_the_stored_draft_was_read() {
    let mut model = signed_in_home();
    update(&mut model, Msg::Ui(Event::Home(HomeEvent::OpenIdentification))).expect("opens");
    // The stored draft is still being read: nothing typed can exist yet, and nothing may overwrite it.
    let mut stored = KycDraft::default();
    stored.address.street = "Чүй".into();
    let effects =
        done(&mut model, Outcome::KycLoaded { draft: Box::new(stored.clone()), progress: KycProgress::NotStarted });
    assert!(!effects.iter().any(|e| matches!(e, Effect::SaveKycDraft(_))), "reading is not writing");
    assert_eq!(model.kyc.draft, stored);
    ui(&mut model, KycEvent::Start);
    ui(&mut model, KycEvent::CloseHowTo);
    ui(&mut model, KycEvent::OpenAddress);
    let effects = ui(&mut model, KycEvent::EditAddress { field: AddressField::House, text: "7".into() });
    let [Effect::SaveKycDraft(saved)] = effects.as_slice() else { panic!("saved: {effects:?}") };
    assert_eq!((saved.address.street.as_str(), saved.address.house.as_str()), ("Чүй", "7"));
}

#[test]
fn a_refused_photo_says_why_and_a_retake_is_accepted() {
    let mut model = opened(KycDraft::default(), KycProgress::NotStarted);
    ui(&mut model, KycEvent::Start);
    ui(&mut model, KycEvent::CloseHowTo);
    ui(&mut model, KycEvent::OpenVerification);
    ui(&mut model, KycEvent::Photo { kind: PhotoKind::PassportFront, bytes: vec![1] });
    let second =
        update(&mut model, Msg::Ui(Event::Kyc(KycEvent::Photo { kind: PhotoKind::PassportFront, bytes: vec![1] })));
    assert!(second.is_err(), "one check at a time");
    done(&mut model, Outcome::PhotoChecked { kind: PhotoKind::PassportFront, result: Err(PhotoProblem::Glare) });
    let Screen::KycCapture(capture) = view(&model, Catalog::shared()).screen else { panic!("still the capture") };
    assert_eq!(capture.problem.as_deref(), Some("На документе блик. Наклоните паспорт или уберите лампу."));
    assert!(!model.kyc.draft.photo_taken(PhotoKind::PassportFront));
    let wrong_kind =
        update(&mut model, Msg::Ui(Event::Kyc(KycEvent::Photo { kind: PhotoKind::PassportBack, bytes: vec![1] })));
    assert!(wrong_kind.is_err(), "the screen asks for the front");
    take(&mut model, PhotoKind::PassportFront);
    assert!(model.kyc.draft.photo_taken(PhotoKind::PassportFront));
    // A retake from the list returns to the list.
    model.stack.apply(crate::app::Nav::Replace(Route::KycVerification));
    ui(&mut model, KycEvent::OpenCapture { kind: PhotoKind::PassportFront });
    take(&mut model, PhotoKind::PassportFront);
    assert_eq!(model.stack.top(), &Route::KycVerification);
}

#[test]
fn the_machine_readable_zone_fills_the_form_and_a_typed_mismatch_is_flagged() {
    let mut model = opened(KycDraft::default(), KycProgress::NotStarted);
    ui(&mut model, KycEvent::Start);
    ui(&mut model, KycEvent::CloseHowTo);
    ui(&mut model, KycEvent::OpenVerification);
    take(&mut model, PhotoKind::PassportFront);
    ui(&mut model, KycEvent::MrzRead { lines: id_card_lines() });
    let Screen::KycCapture(capture) = view(&model, Catalog::shared()).screen else { panic!("capture") };
    assert!(capture.mrz_note.is_some_and(|note| note.starts_with("Машиночитаемая зона распознана")));
    assert_eq!(model.kyc.draft.passport.document_number, "ID1234567");
    assert_eq!(model.kyc.draft.passport.personal_number, "11405199000123");
    // A misread zone (a check digit off) is not kept and does not spoil the good reading.
    let mut misread = id_card_lines();
    misread[1] = misread[1].replacen('9', "8", 1);
    ui(&mut model, KycEvent::MrzRead { lines: misread });
    assert_eq!(model.kyc.draft.mrz_lines, Some(id_card_lines()));
    take(&mut model, PhotoKind::PassportBack);
    take(&mut model, PhotoKind::SelfieWithPassport);
    type_passport(&mut model);
    ui(&mut model, KycEvent::EditPassport { field: FormField::DocumentNumber, text: "ID7654321".into() });
    ui(&mut model, KycEvent::ConfirmPassport);
    assert_eq!(model.dialog, None, "no guarantee asked while a field disagrees");
    let Screen::KycPassport(form) = view(&model, Catalog::shared()).screen else { panic!("passport") };
    let number = form.fields.iter().find(|f| f.field == FormField::DocumentNumber).expect("field");
    assert_eq!(number.error.as_deref(), Some("Не совпадает с машиночитаемой зоной паспорта. Проверьте."));
    assert!(form.mrz_note.is_some());
}

#[test]
fn a_non_resident_is_sent_to_a_branch_and_nothing_can_be_sent() {
    let mut model = opened(KycDraft::default(), KycProgress::NotStarted);
    fill_everything(&mut model);
    ui(&mut model, KycEvent::Declare { item: Declaration::Resident });
    answer(&mut model, DialogEvent::Cancel);
    assert_eq!(model.kyc.draft.declarations.residency, Residency::NonResident);
    let screen = checklist(&model);
    assert!(screen.non_resident.is_some_and(|text| text.contains("отделении банка")));
    assert_eq!(screen.submit, None);
    assert!(update(&mut model, Msg::Ui(Event::Kyc(KycEvent::Submit))).is_err());
}

#[test]
fn nothing_changes_while_the_bank_has_the_application_and_approval_clears_the_draft() {
    let mut model = opened(KycDraft::default(), KycProgress::NotStarted);
    fill_everything(&mut model);
    ui(&mut model, KycEvent::Submit);
    let effects = done(
        &mut model,
        Outcome::KycChanged {
            progress: KycProgress::InReview { application_id: "app-1".into() },
            polled: false,
            notice: None,
        },
    );
    assert_eq!(model.kyc.draft.photos_taken, [false; 3], "the phone's copies went to the bank");
    assert!(effects.contains(&Effect::PollKyc { after_ms: rules::POLL_MS }), "asks about it while the screen shows");
    let rows = checklist(&model).rows;
    assert!(rows.iter().all(|row| row.done), "all with the bank: {rows:?}");
    assert!(rows[2..].iter().all(|row| row.open.is_none()), "the declarations were made");
    ui(&mut model, KycEvent::OpenAddress);
    let edit = update(
        &mut model,
        Msg::Ui(Event::Kyc(KycEvent::EditAddress { field: AddressField::Street, text: "x".into() })),
    );
    assert!(matches!(edit, Err(Rejection::NotNow { .. })), "read-only while in review");
    let approved = KycProgress::Approved { limits: None };
    done(&mut model, Outcome::KycChanged { progress: approved, polled: true, notice: None });
    assert_eq!(model.kyc.draft, KycDraft::default());
    let notice = view(&model, Catalog::shared()).notice.expect("told");
    assert_eq!(notice.text, "Поздравляем! Вы успешно прошли идентификацию.");
}

#[test]
fn a_resubmission_reopens_only_what_the_bank_asked_for() {
    let mut model = opened(KycDraft::default(), KycProgress::NotStarted);
    fill_everything(&mut model);
    ui(&mut model, KycEvent::Submit);
    done(
        &mut model,
        Outcome::KycChanged {
            progress: KycProgress::InReview { application_id: "app-1".into() },
            polled: false,
            notice: None,
        },
    );
    let resubmit = KycProgress::ResubmissionRequested {
        application_id: "app-1".into(),
        items: vec![KycItem::PassportData, KycItem::SelfieWithPassport],
        reason: KycReason::DataMismatch,
        message: None,
    };
    done(&mut model, Outcome::KycChanged { progress: resubmit.clone(), polled: true, notice: None });
    assert!(!model.kyc.draft.passport_confirmed);
    // The same answer again (a later poll, a restart) does not undo what was fixed meanwhile.
    model.kyc.draft.passport_confirmed = true;
    done(&mut model, Outcome::KycChanged { progress: resubmit, polled: false, notice: None });
    assert!(model.kyc.draft.passport_confirmed);
    model.kyc.draft.passport_confirmed = false;
    let screen = checklist(&model);
    assert!(!screen.rows[0].done, "verification reopened");
    assert!(screen.rows[1].done && screen.rows[2..].iter().all(|r| r.done && r.open.is_none()));
    ui(&mut model, KycEvent::OpenVerification);
    assert_eq!(model.stack.top(), &Route::KycVerification);
    let Screen::KycVerification(list) = view(&model, Catalog::shared()).screen else { panic!("list") };
    let actions: Vec<bool> = list.rows.iter().map(|row| row.action.is_some()).collect();
    assert_eq!(actions, [false, false, true, true], "only the selfie and the data can be redone");
    assert!(update(&mut model, Msg::Ui(Event::Kyc(KycEvent::OpenCapture { kind: PhotoKind::PassportFront }))).is_err());
    ui(&mut model, KycEvent::OpenCapture { kind: PhotoKind::SelfieWithPassport });
    take(&mut model, PhotoKind::SelfieWithPassport);
    ui(&mut model, KycEvent::OpenPassport);
    ui(&mut model, KycEvent::ConfirmPassport);
    answer(&mut model, DialogEvent::Confirm);
    update(&mut model, Msg::Ui(Event::Back)).expect("back to the checklist");
    let submit = checklist(&model).submit.expect("ready again");
    let effects = update(&mut model, Msg::Ui(submit.event)).expect("sent");
    let [Effect::SubmitKyc { application }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(application.resubmits.as_deref(), Some("app-1"));
}

#[test]
fn the_address_waits_for_every_starred_field_and_the_district_is_picked_not_typed() {
    let mut model = opened(KycDraft::default(), KycProgress::NotStarted);
    ui(&mut model, KycEvent::Start);
    ui(&mut model, KycEvent::CloseHowTo);
    ui(&mut model, KycEvent::OpenAddress);
    let Screen::KycAddress(screen) = view(&model, Catalog::shared()).screen else { panic!("address") };
    assert!(!screen.next.enabled);
    assert_eq!(screen.fields[0].label, "Район *");
    let typed = KycEvent::EditAddress { field: AddressField::District, text: "bishkek.leninsky".into() };
    assert!(update(&mut model, Msg::Ui(Event::Kyc(typed))).is_err());
    ui(&mut model, KycEvent::OpenDistricts);
    assert!(update(&mut model, Msg::Ui(Event::Kyc(KycEvent::PickDistrict { id: "atlantis".into() }))).is_err());
    update(&mut model, Msg::Ui(Event::Back)).expect("back");
    type_address(&mut model);
    let Screen::KycAddress(screen) = view(&model, Catalog::shared()).screen else { panic!("address") };
    assert!(screen.next.enabled, "{screen:?}");
    assert_eq!(screen.fields[0].value, "Ленинский район");
}
