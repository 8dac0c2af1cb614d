//! Issue 5's promises against a sandbox bank on 127.0.0.1, driven by the core's events as a shell sends them:
//! online identification from home to the bank's answer — approval with the new limits, a rejection, a
//! resubmission that reopens only the selfie — with the app killed at every step, a dropped connection and a
//! bank that is away; and nothing of the passport on disk in clear or in the log.

use std::time::Duration;

use wallet_core::app::{DialogEvent, Screen};
use wallet_core::features::home::HomeEvent;
use wallet_core::features::kyc::view::KycState;
use wallet_core::features::kyc::{Declaration, KycEvent};
use wallet_core::features::pin::PinMode;
use wallet_core::identity::address::AddressField;
use wallet_core::identity::passport::FormField;
use wallet_core::identity::photo::PhotoKind;
use wallet_core::{Event, ViewModel};
use wallet_e2e::photos::{sample, thumbnail};
use wallet_e2e::shell::{Phone, Shell, sign_in_and_onboard};
use wallet_e2e::{Bank, KYC_REVIEW, all_bytes};
use wallet_formats::Sex;
use wallet_formats::mrz::{Td1Fields, compose_td1};
use wallet_sandbox::FaultPlan;
use wallet_sandbox::seed::CUSTOMERS;

/// Бакыт is not identified yet.
const BAKYT: &str = CUSTOMERS[1].1;
const PIN: &str = "5827";
const DOCUMENT: &str = "ID1234567";
const PERSONAL_NUMBER: &str = "21405199000123";

fn kyc(event: KycEvent) -> Event {
    Event::Kyc(event)
}

/// Today in Bishkek on the bank's clock, which reviews the passport.
fn today(bank: &Bank) -> time::Date {
    bank.sandbox.clock().now().to_offset(time::macros::offset!(+6)).date()
}

/// A passport valid for five more years. (`replace_year` has no 29 February five years on: the 28th then.)
fn five_years_on(bank: &Bank) -> time::Date {
    let today = today(bank);
    today
        .replace_year(today.year() + 5)
        .or_else(|_| today.replace_day(28).and_then(|day| day.replace_year(today.year() + 5)))
        .expect("a date")
}

fn dotted(date: time::Date) -> String {
    format!("{:02}.{:02}.{}", date.day(), u8::from(date.month()), date.year())
}

/// The ID card's machine-readable zone, as the phone's text recognition reads it.
fn id_card(expiry: time::Date) -> Vec<String> {
    compose_td1(&Td1Fields {
        document_code: "ID".into(),
        issuing_state: "KGZ".into(),
        document_number: DOCUMENT.into(),
        nationality: "KGZ".into(),
        birth_date: time::macros::date!(1990 - 05 - 14),
        sex: Sex::Male,
        expiry_date: expiry,
        surname: "TOKTOGULOV".into(),
        given_names: "BAKYT".into(),
        optional_data: Some(PERSONAL_NUMBER.into()),
        optional_data_2: None,
    })
}

fn state(view: &ViewModel) -> Option<KycState> {
    match &view.screen {
        Screen::KycStatus(status) => Some(status.state),
        _ => None,
    }
}

fn unlock(shell: &Shell) {
    shell.pin_screen(PinMode::Unlock);
    shell.type_pin(PIN);
    shell.until("home", |v| matches!(v.screen, Screen::Home(_)));
}

/// Home → «Онлайн-идентификация», once the stored application is read.
fn open_status(shell: &Shell) -> ViewModel {
    shell.send(Event::Home(HomeEvent::OpenIdentification));
    shell.until("the status", |v| state(v).is_some_and(|s| s != KycState::Loading))
}

/// The app killed and started again, unlocked, back at the checklist.
fn restart_to_checklist(phone: &Phone, shell: Shell) -> Shell {
    drop(shell);
    let shell = phone.open();
    unlock(&shell);
    open_status(&shell);
    shell.send(kyc(KycEvent::Start));
    // The explanation comes first, except when the bank sent the application back.
    if matches!(shell.core.view().screen, Screen::KycHowTo(_)) {
        shell.send(kyc(KycEvent::CloseHowTo));
    }
    shell.until("the checklist", |v| matches!(v.screen, Screen::KycChecklist(_)));
    shell
}

fn checklist_done(view: &ViewModel) -> Vec<bool> {
    match &view.screen {
        Screen::KycChecklist(list) => list.rows.iter().map(|row| row.done).collect(),
        _ => Vec::new(),
    }
}

fn photo(shell: &Shell, kind: PhotoKind) {
    shell.send(kyc(KycEvent::Photo { kind, bytes: sample(kind) }));
    shell.until("the photo checked", |v| !matches!(&v.screen, Screen::KycCapture(c) if c.photo == kind));
}

fn type_passport(shell: &Shell, expiry: time::Date) {
    for (field, text) in [
        (FormField::Surname, "Токтогулов".to_owned()),
        (FormField::GivenName, "Бакыт".to_owned()),
        (FormField::Patronymic, "Асан уулу".to_owned()),
        (FormField::BirthDate, "14.05.1990".to_owned()),
        (FormField::IssueDate, "01.03.2021".to_owned()),
        (FormField::ExpiryDate, dotted(expiry)),
        (FormField::IssuingAuthority, "МКК 211011".to_owned()),
        (FormField::ResidenceAddress, "г. Бишкек, ул. Чүй, 12".to_owned()),
        (FormField::DocumentNumber, DOCUMENT.to_owned()),
        (FormField::PersonalNumber, PERSONAL_NUMBER.to_owned()),
    ] {
        shell.send(kyc(KycEvent::EditPassport { field, text }));
    }
}

/// Photos, MRZ, passport data with its guarantee, from the checklist back to it.
fn verification(shell: &Shell, expiry: time::Date) {
    shell.send(kyc(KycEvent::OpenVerification));
    shell.until("the front", |v| matches!(&v.screen, Screen::KycCapture(c) if c.photo == PhotoKind::PassportFront));
    photo(shell, PhotoKind::PassportFront);
    shell.until("the back", |v| matches!(&v.screen, Screen::KycCapture(c) if c.photo == PhotoKind::PassportBack));
    shell.send(kyc(KycEvent::MrzRead { lines: id_card(expiry) }));
    photo(shell, PhotoKind::PassportBack);
    photo(shell, PhotoKind::SelfieWithPassport);
    let form = shell.until("the passport form", |v| matches!(v.screen, Screen::KycPassport(_)));
    let Screen::KycPassport(form) = form.screen else { unreachable!() };
    let number = form.fields.iter().find(|f| f.field == FormField::DocumentNumber).map(|f| f.value.clone());
    assert_eq!(number.as_deref(), Some(DOCUMENT), "filled from the machine-readable zone");
    type_passport(shell, expiry);
    shell.send(kyc(KycEvent::ConfirmPassport));
    shell.until("the guarantee", |v| v.dialog.is_some());
    shell.send(Event::Dialog(DialogEvent::Confirm));
    shell.until("the checklist", |v| matches!(v.screen, Screen::KycChecklist(_)));
}

fn address(shell: &Shell, street: &str) {
    shell.send(kyc(KycEvent::OpenAddress));
    shell.send(kyc(KycEvent::OpenDistricts));
    shell.send(kyc(KycEvent::PickDistrict { id: "bishkek.leninsky".into() }));
    for (field, text) in [
        (AddressField::Street, street),
        (AddressField::House, "12"),
        (AddressField::Workplace, "Школа №5"),
        (AddressField::Position, "Мугалим"),
    ] {
        shell.send(kyc(KycEvent::EditAddress { field, text: text.into() }));
    }
    shell.send(kyc(KycEvent::AddressNext));
    shell.until("the checklist", |v| matches!(v.screen, Screen::KycChecklist(_)));
}

fn declarations(shell: &Shell) {
    for item in [Declaration::BeneficialOwner, Declaration::NotPoliticallyExposed, Declaration::PhoneOwner] {
        shell.send(kyc(KycEvent::Declare { item }));
    }
    shell.send(kyc(KycEvent::Declare { item: Declaration::Resident }));
    shell.send(Event::Dialog(DialogEvent::Confirm));
    shell.send(kyc(KycEvent::Declare { item: Declaration::Consent }));
    shell.send(kyc(KycEvent::ConsentRead));
}

fn submit(shell: &Shell) {
    let ready = shell.until("ready to send", |v| matches!(&v.screen, Screen::KycChecklist(c) if c.submit.is_some()));
    let Screen::KycChecklist(list) = ready.screen else { unreachable!() };
    assert_eq!(list.ready.as_deref(), Some("Ваша заявка готова к отправке"));
    shell.send(kyc(KycEvent::Submit));
}

/// Everything from home to «Отправить заявку», in one go.
fn apply(shell: &Shell, expiry: time::Date, street: &str) {
    open_status(shell);
    shell.send(kyc(KycEvent::Start));
    shell.send(kyc(KycEvent::CloseHowTo));
    verification(shell, expiry);
    address(shell, street);
    declarations(shell);
    submit(shell);
}

/// Back on the status screen, waiting for the bank's decision (the app asks every few seconds).
fn decision(shell: &Shell, bank: &Bank, wanted: KycState) -> ViewModel {
    shell.until("in review", |v| matches!(&v.screen, Screen::KycChecklist(c) if c.status.is_some()));
    shell.send(Event::Back);
    shell.until("the status in review", |v| state(v) == Some(KycState::InReview));
    bank.sandbox.clock().advance(KYC_REVIEW);
    shell.until("the decision", |v| state(v) == Some(wanted))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approval_with_the_app_killed_at_every_step_and_nothing_of_the_passport_in_clear() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    let expiry = five_years_on(&bank);
    let shell = sign_in_and_onboard(&phone, &bank, BAKYT, PIN);
    let status = open_status(&shell);
    assert_eq!(state(&status), Some(KycState::NotStarted));
    shell.send(kyc(KycEvent::Start));
    shell.send(kyc(KycEvent::CloseHowTo));
    shell.send(kyc(KycEvent::OpenVerification));
    photo(&shell, PhotoKind::PassportFront);

    // Killed after the first photo: it is still there, sealed.
    let shell = restart_to_checklist(&phone, shell);
    shell.send(kyc(KycEvent::OpenVerification));
    let list = shell.until("the verification list", |v| matches!(v.screen, Screen::KycVerification(_)));
    let Screen::KycVerification(list) = list.screen else { unreachable!() };
    assert_eq!(list.rows.iter().map(|r| r.done).collect::<Vec<_>>(), [true, false, false, false]);
    shell.send(kyc(KycEvent::OpenCapture { kind: PhotoKind::PassportBack }));
    shell.send(kyc(KycEvent::MrzRead { lines: id_card(expiry) }));
    photo(&shell, PhotoKind::PassportBack);
    shell.send(kyc(KycEvent::OpenCapture { kind: PhotoKind::SelfieWithPassport }));
    photo(&shell, PhotoKind::SelfieWithPassport);
    shell.send(kyc(KycEvent::OpenPassport));
    type_passport(&shell, expiry);

    // Killed while typing: what was typed is back.
    drop(shell);
    let shell = phone.open();
    unlock(&shell);
    open_status(&shell);
    shell.send(kyc(KycEvent::Start));
    shell.send(kyc(KycEvent::CloseHowTo));
    shell.send(kyc(KycEvent::OpenVerification));
    shell.send(kyc(KycEvent::OpenPassport));
    let form = shell.until("the form", |v| matches!(v.screen, Screen::KycPassport(_)));
    let Screen::KycPassport(form) = form.screen else { unreachable!() };
    let values: Vec<&str> = form.fields.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values[..3], ["Токтогулов", "Бакыт", "Асан уулу"]);
    shell.send(kyc(KycEvent::ConfirmPassport));
    shell.until("the guarantee", |v| v.dialog.is_some());
    shell.send(Event::Dialog(DialogEvent::Confirm));
    shell.send(Event::Back);

    // Killed after the address and again after the declarations.
    let shell = restart_to_checklist(&phone, shell);
    assert_eq!(checklist_done(&shell.core.view())[..2], [true, false]);
    address(&shell, "Чүй");
    let shell = restart_to_checklist(&phone, shell);
    assert_eq!(checklist_done(&shell.core.view())[..2], [true, true]);
    declarations(&shell);
    let shell = restart_to_checklist(&phone, shell);
    assert!(checklist_done(&shell.core.view()).iter().all(|done| *done));

    // Nothing typed or photographed is on the disk in clear, nor in the log.
    let bytes = all_bytes(phone.data.dir.path());
    for secret in [DOCUMENT.as_bytes(), PERSONAL_NUMBER.as_bytes(), "Токтогулов".as_bytes(), b"TOKTOGULOV"] {
        assert!(!bytes.windows(secret.len()).any(|w| w == secret), "{} is on disk", String::from_utf8_lossy(secret));
    }
    let log: String = phone.logger.lines().into_iter().map(|(_, area, line)| format!("{area}: {line}\n")).collect();
    assert!(!log.contains(DOCUMENT) && !log.contains(PERSONAL_NUMBER) && !log.contains("Токтогулов"), "{log}");

    submit(&shell);
    let approved = decision(&shell, &bank, KycState::Approved);
    let Screen::KycStatus(status) = approved.screen else { unreachable!() };
    assert_eq!(status.headline, "Поздравляем! Вы успешно прошли идентификацию");
    let limits: Vec<String> = status.limits.iter().map(|l| l.value.replace('\u{a0}', " ")).collect();
    assert_eq!(limits, ["1 000 000,00 сом", "2 000 000,00 сом", "10 000 000,00 сом"]);
    assert_eq!(approved.notice.map(|n| n.text).as_deref(), Some("Поздравляем! Вы успешно прошли идентификацию."));

    // The bank has it all: the draft and the photos are gone from the phone.
    drop(shell);
    let (store, _, _) = phone.data.open(&bank.url(), bank.key(), 0);
    assert_eq!(store.kyc_draft().expect("read"), None);
    for kind in [PhotoKind::PassportFront, PhotoKind::PassportBack, PhotoKind::SelfieWithPassport] {
        assert!(!store.has_kyc_photo(kind).expect("read"), "{kind:?} deleted");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passport_that_expires_during_the_review_is_rejected_and_everything_is_deleted() {
    // This bank takes three days to look at an application.
    let review = Duration::from_secs(3 * 86_400);
    let bank = Bank::start_reviewing_after(Duration::ZERO, review).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    let expiry = today(&bank).next_day().and_then(|d| d.next_day()).expect("a date");
    let shell = sign_in_and_onboard(&phone, &bank, BAKYT, PIN);
    apply(&shell, expiry, "Чүй");
    shell.until("in review", |v| matches!(&v.screen, Screen::KycChecklist(c) if c.status.is_some()));
    shell.send(Event::Back);
    shell.until("the status in review", |v| state(v) == Some(KycState::InReview));
    bank.sandbox.clock().advance(review);
    let rejected = shell.until("the rejection", |v| state(v) == Some(KycState::Rejected));
    let Screen::KycStatus(status) = rejected.screen else { unreachable!() };
    assert_eq!(status.reason.as_deref(), Some("Срок действия паспорта истёк."));
    assert_eq!(status.start.map(|a| a.label).as_deref(), Some("Пройти заново"));
    drop(shell);
    let (store, _, _) = phone.data.open(&bank.url(), bank.key(), 0);
    assert_eq!(store.kyc_draft().expect("read"), None, "the draft goes with the decision");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resubmission_reopens_only_the_selfie_and_the_second_application_is_approved() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    let expiry = five_years_on(&bank);
    let shell = sign_in_and_onboard(&phone, &bank, BAKYT, PIN);
    // The sandbox asks for the selfie again when the street is «Повтор фото».
    apply(&shell, expiry, wallet_sandbox::kyc::RETAKE_SELFIE_STREET);
    let back = decision(&shell, &bank, KycState::ResubmissionRequested);
    let Screen::KycStatus(status) = back.screen else { unreachable!() };
    assert_eq!(status.to_redo, ["Фото с паспортом в руке"]);
    // Killed: the request survives, and is applied once.
    let shell = restart_to_checklist(&phone, shell);
    assert_eq!(checklist_done(&shell.core.view()), [false, true, true, true, true, true, true]);
    shell.send(kyc(KycEvent::OpenVerification));
    let list = shell.until("the verification list", |v| matches!(v.screen, Screen::KycVerification(_)));
    let Screen::KycVerification(list) = list.screen else { unreachable!() };
    assert_eq!(list.rows.iter().map(|r| r.action.is_some()).collect::<Vec<_>>(), [false, false, true, false]);
    shell.send(kyc(KycEvent::OpenCapture { kind: PhotoKind::SelfieWithPassport }));
    photo(&shell, PhotoKind::SelfieWithPassport);
    shell.send(Event::Back);
    submit(&shell);
    decision(&shell, &bank, KycState::Approved);
    let documents: i64 = bank.sandbox.db().with_blocking(|conn| {
        conn.query_row("SELECT COUNT(*) FROM kyc_documents", [], |row| row.get(0)).expect("count")
    });
    assert_eq!(documents, 4, "three photos, then only the new selfie");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_answer_and_an_absent_bank_still_make_one_application() {
    let mut bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    let expiry = five_years_on(&bank);
    let shell = sign_in_and_onboard(&phone, &bank, BAKYT, PIN);
    // A photo too small is refused on the phone with its reason.
    open_status(&shell);
    shell.send(kyc(KycEvent::Start));
    shell.send(kyc(KycEvent::CloseHowTo));
    shell.send(kyc(KycEvent::OpenVerification));
    shell.send(kyc(KycEvent::Photo { kind: PhotoKind::PassportFront, bytes: thumbnail() }));
    let refused = shell.until("the reason", |v| matches!(&v.screen, Screen::KycCapture(c) if c.problem.is_some()));
    let Screen::KycCapture(capture) = refused.screen else { unreachable!() };
    assert_eq!(
        capture.problem.as_deref(),
        Some("Слишком маленькое фото. Подойдите ближе, чтобы документ занял весь кадр.")
    );
    shell.send(Event::Back);
    shell.send(Event::Back);
    shell.send(Event::Back);
    shell.send(Event::Back);
    shell.until("home", |v| matches!(v.screen, Screen::Home(_)));

    // The bank is away when «Отправить заявку» is pressed: the application waits on the phone.
    bank.stop().await;
    apply(&shell, expiry, "Чүй");
    shell.until("queued", |v| {
        matches!(&v.screen, Screen::KycChecklist(c) if c.status.as_deref() == Some("Заявка сохранена и ждёт отправки"))
    });
    shell.send(Event::Back);
    let queued = shell.until("the status queued", |v| state(v) == Some(KycState::Queued));
    let Screen::KycStatus(status) = queued.screen else { unreachable!() };
    assert!(status.send_now.is_some());
    drop(shell);

    // Back, but the first photo's answer is lost after the bank stored it: the retry with the same key gets the
    // same document, not a second one.
    bank.resume().await;
    bank.sandbox.faults().set(FaultPlan {
        drop_responses: 1,
        path_prefix: Some("/kyc/documents".into()),
        ..FaultPlan::default()
    });
    let shell = phone.open();
    unlock(&shell);
    open_status(&shell);
    shell.until("sent by the sync", |v| state(v) == Some(KycState::InReview));
    let (documents, applications): (i64, i64) = bank.sandbox.db().with_blocking(|conn| {
        let count = |table: &str| {
            conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| row.get(0)).expect("count")
        };
        (count("kyc_documents"), count("kyc_applications"))
    });
    assert_eq!((documents, applications), (3, 1));
    bank.sandbox.clock().advance(KYC_REVIEW);
    shell.until("approved", |v| state(v) == Some(KycState::Approved));
}

/// Every KYC event a shell could send, with hostile payloads: a view or a typed refusal, never a panic, and a
/// refused event changes nothing.
fn every_kyc_event() -> Vec<KycEvent> {
    let mut events = vec![
        KycEvent::Start,
        KycEvent::OpenHowTo,
        KycEvent::CloseHowTo,
        KycEvent::OpenVerification,
        KycEvent::OpenAddress,
        KycEvent::ConsentRead,
        KycEvent::OpenPassport,
        KycEvent::ConfirmPassport,
        KycEvent::CancelPassport,
        KycEvent::OpenDistricts,
        KycEvent::SearchDistricts { query: "ж".repeat(10_000) },
        KycEvent::PickDistrict { id: "atlantis".into() },
        KycEvent::PickDistrict { id: "bishkek.leninsky".into() },
        KycEvent::AddressNext,
        KycEvent::Submit,
        KycEvent::SendNow,
        KycEvent::MrzRead { lines: vec![] },
        KycEvent::MrzRead { lines: vec!["<".repeat(100_000)] },
        KycEvent::EditPassport { field: FormField::PersonalNumber, text: "\u{0}\u{202e}".repeat(5_000) },
        KycEvent::EditAddress { field: AddressField::District, text: "bishkek.leninsky".into() },
        KycEvent::EditAddress { field: AddressField::House, text: "12".into() },
    ];
    for item in Declaration::ALL {
        events.push(KycEvent::Declare { item });
    }
    for kind in [PhotoKind::PassportFront, PhotoKind::PassportBack, PhotoKind::SelfieWithPassport] {
        events.push(KycEvent::OpenCapture { kind });
        events.push(KycEvent::Photo { kind, bytes: Vec::new() });
        events.push(KycEvent::Photo { kind, bytes: b"GIF89a not a photo".to_vec() });
    }
    events
}

/// From home to each KYC screen.
fn every_kyc_screen() -> Vec<Vec<KycEvent>> {
    let checklist = vec![KycEvent::Start, KycEvent::CloseHowTo];
    let with = |extra: &[KycEvent]| checklist.iter().cloned().chain(extra.iter().cloned()).collect::<Vec<_>>();
    vec![
        vec![],
        vec![KycEvent::Start],
        checklist.clone(),
        with(&[KycEvent::OpenHowTo]),
        with(&[KycEvent::OpenVerification]),
        with(&[KycEvent::OpenAddress]),
        with(&[KycEvent::OpenAddress, KycEvent::OpenDistricts]),
        with(&[KycEvent::Declare { item: Declaration::Consent }]),
        with(&[KycEvent::Declare { item: Declaration::Resident }]),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_kyc_event_on_any_kyc_screen_is_a_view_or_a_typed_refusal() {
    let bank = Bank::start(Duration::ZERO).await;
    let phone = Phone::new(&bank, "ru-KG", false);
    let shell = sign_in_and_onboard(&phone, &bank, BAKYT, PIN);
    let home = |shell: &Shell| {
        shell.core.dispatch(Event::Dialog(DialogEvent::Cancel)).ok();
        while !matches!(shell.core.view().screen, Screen::Home(_)) {
            let quiet = shell.until("a settled screen", |v| {
                !matches!(&v.screen, Screen::KycCapture(c) if c.checking) && state(v) != Some(KycState::Loading)
            });
            if matches!(quiet.screen, Screen::Home(_)) {
                break;
            }
            shell.send(Event::Back);
        }
    };
    let (mut refused, mut applied) = (0, 0);
    for path in every_kyc_screen() {
        for event in every_kyc_event() {
            home(&shell);
            open_status(&shell);
            for step in &path {
                shell.send(kyc(step.clone()));
            }
            let before = shell.core.view();
            match shell.core.dispatch(kyc(event.clone())) {
                Ok(()) => applied += 1,
                Err(rejection) => {
                    refused += 1;
                    assert!(rejection.to_string().contains(event.name()), "names the event: {rejection}");
                    assert_eq!(shell.core.view(), before, "{} changed the view although refused", event.name());
                }
            }
        }
    }
    assert!(refused > 100 && applied > 20, "refused {refused}, applied {applied}");
}
