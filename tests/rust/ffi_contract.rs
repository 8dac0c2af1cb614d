//! The FFI's promise to the shells: any event on any screen gives a new view or a typed `InvalidEvent` error —
//! never a panic — and a refused event changes nothing, not even across a restart.

use std::sync::Arc;

use wallet_core::Event;
use wallet_core::app::DialogEvent;
use wallet_core::features::history::{HistoryEvent, OperationEvent};
use wallet_core::features::home::HomeEvent;
use wallet_core::features::kyc::KycEvent;
use wallet_core::features::onboarding::{IntroEvent, LanguageEvent};
use wallet_core::features::pay::PayEvent;
use wallet_core::features::pin::{BiometricsEvent, PinEvent};
use wallet_core::features::receive::ReceiveEvent;
use wallet_core::features::settings::SettingsEvent;
use wallet_core::features::shake::{ShakeEvent, ShakeSide};
use wallet_core::features::signin::SignInEvent;
use wallet_core::features::split::{DeviceContact, SplitEvent, SplitMode};
use wallet_core::features::terms::TermsEvent;
use wallet_core::features::transfer::TransferEvent;
use wallet_core::identity::photo::PhotoKind;
use wallet_core::platform::desktop::MemorySecureStorage;
use wallet_e2e::open_core;
use wallet_ffi::{WalletCore, WalletError};

/// Every event a shell could send, with indexes at and past every edge.
fn every_event() -> Vec<Event> {
    let mut events = vec![
        Event::Back,
        Event::DismissNotice,
        Event::Network { online: true },
        Event::Network { online: false },
        Event::Language(LanguageEvent::Confirm),
        Event::Intro(IntroEvent::Next),
        Event::Intro(IntroEvent::Finish),
        Event::SignIn(SignInEvent::EditPhone { text: "0555 123 456".into() }),
        Event::SignIn(SignInEvent::EditPhone { text: "ж".repeat(10_000) }),
        Event::SignIn(SignInEvent::SubmitPhone),
        Event::SignIn(SignInEvent::EditCode { text: "12ab34".into() }),
        Event::SignIn(SignInEvent::SubmitCode),
        Event::Home(HomeEvent::OpenLanguage),
        Event::Home(HomeEvent::SignIn),
        Event::Home(HomeEvent::Refresh),
        Event::Home(HomeEvent::OpenHistory),
        Event::History(HistoryEvent::LoadMore),
        Event::History(HistoryEvent::Resync),
        Event::Operation(OperationEvent::Cancel),
        Event::Lifecycle { foreground: true },
        Event::Lifecycle { foreground: false },
        Event::Dialog(DialogEvent::Confirm),
        Event::Dialog(DialogEvent::Cancel),
        Event::SignIn(SignInEvent::CodeFromSms { code: "654321".into() }),
        Event::SignIn(SignInEvent::ResendCode),
        Event::Terms(TermsEvent::Agree),
        Event::Terms(TermsEvent::Continue),
        Event::Pin(PinEvent::Erase),
        Event::Pin(PinEvent::Forgot),
        Event::Pin(PinEvent::UseBiometrics),
        Event::Biometrics(BiometricsEvent::Enable),
        Event::Biometrics(BiometricsEvent::Skip),
        Event::Home(HomeEvent::OpenSettings),
        Event::Settings(SettingsEvent::OpenLanguage),
        Event::Settings(SettingsEvent::ChangePin),
        Event::Settings(SettingsEvent::SetBiometrics { enabled: true }),
        Event::Settings(SettingsEvent::Logout),
        Event::Home(HomeEvent::OpenIdentification),
        Event::Kyc(KycEvent::Start),
        Event::Kyc(KycEvent::Submit),
        Event::Kyc(KycEvent::Photo { kind: PhotoKind::PassportFront, bytes: vec![0xff, 0xd8] }),
        Event::Kyc(KycEvent::MrzRead { lines: vec!["P<UTO".into()] }),
        Event::Pay(PayEvent::OpenScanner),
        Event::Pay(PayEvent::Scanned { text: "ж".repeat(10_000) }),
        Event::Pay(PayEvent::ScannedImage { bytes: vec![0x89, b'P', b'N', b'G'] }),
        Event::Pay(PayEvent::Confirm),
        Event::Receive(ReceiveEvent::Open),
        Event::Receive(ReceiveEvent::EditAmount { text: "ж".repeat(10_000) }),
        Event::Receive(ReceiveEvent::EditComment { text: "ж".repeat(10_000) }),
        Event::Receive(ReceiveEvent::ChooseAccount { account_id: String::new() }),
        Event::Receive(ReceiveEvent::Clear),
        Event::Transfer(TransferEvent::Open),
        Event::Transfer(TransferEvent::EditPhone { text: "ж".repeat(10_000) }),
        Event::Transfer(TransferEvent::Continue),
        Event::Transfer(TransferEvent::SubmitCode),
        Event::Transfer(TransferEvent::ResendCode),
        Event::Shake(ShakeEvent::Open),
        Event::Shake(ShakeEvent::ChooseRole { role: ShakeSide::Payee }),
        Event::Shake(ShakeEvent::EditAmount { text: "ж".repeat(10_000) }),
        Event::Shake(ShakeEvent::Location { latitude_e6: i32::MAX, longitude_e6: i32::MIN }),
        Event::Shake(ShakeEvent::Samples {
            samples: vec![
                wallet_core::payments::shake::AccelSample { t_ms: i64::MAX, x: f32::NAN, y: f32::INFINITY, z: 0.0 },
                wallet_core::payments::shake::AccelSample { t_ms: i64::MIN, x: f32::MAX, y: f32::MIN, z: -0.0 },
            ],
        }),
        Event::Shake(ShakeEvent::Confirm),
        Event::Shake(ShakeEvent::Cancel),
        Event::Shake(ShakeEvent::Again),
        Event::Split(SplitEvent::OpenBills),
        Event::Split(SplitEvent::NewBill),
        Event::Split(SplitEvent::FromPayment),
        Event::Split(SplitEvent::FromCode),
        Event::Split(SplitEvent::EditTitle { text: "ж".repeat(10_000) }),
        Event::Split(SplitEvent::EditTotal { text: "9".repeat(10_000) }),
        Event::Split(SplitEvent::EditTip { text: "%%%".into() }),
        Event::Split(SplitEvent::SetMode { mode: SplitMode::Items }),
        Event::Split(SplitEvent::IncludeMe { included: false }),
        Event::Split(SplitEvent::EditNewName { text: "\u{0}".into() }),
        Event::Split(SplitEvent::EditNewPhone { text: "+".repeat(1_000) }),
        Event::Split(SplitEvent::AddPerson),
        Event::Split(SplitEvent::AddContact { phone: "+996700654321".into() }),
        Event::Split(SplitEvent::AddItem),
        Event::Split(SplitEvent::Send),
        Event::Split(SplitEvent::OpenBill { bill_id: "nope".into() }),
        Event::Split(SplitEvent::CancelBill),
        Event::Split(SplitEvent::PayBill),
        Event::Split(SplitEvent::PayRequest { request_id: "nope".into() }),
        Event::Split(SplitEvent::ContactsRead {
            contacts: vec![DeviceContact { name: "ж".repeat(1_000), phone: "0700 654 321".into() }; 3],
        }),
        Event::Split(SplitEvent::RefreshContacts),
        Event::Split(SplitEvent::EditGroup { text: "г".repeat(10_000) }),
        Event::Split(SplitEvent::OpenGroup { name: "nope".into() }),
    ];
    for digit in [0, 9, 10, u8::MAX] {
        events.push(Event::Pin(PinEvent::Digit { digit }));
    }
    for minutes in [0, 5, u32::MAX] {
        events.push(Event::Settings(SettingsEvent::SetAutoLock { minutes }));
    }
    for index in [0, 1, 2, 3, 4, 1000, u32::MAX] {
        events.push(Event::Split(SplitEvent::EditValue { person: index, text: "1".into() }));
        events.push(Event::Split(SplitEvent::RemovePerson { person: index }));
        events.push(Event::Split(SplitEvent::EditItemName { item: index, text: "a".into() }));
        events.push(Event::Split(SplitEvent::EditItemPrice { item: index, text: "1".into() }));
        events.push(Event::Split(SplitEvent::ToggleItemPerson { item: index, person: index }));
        events.push(Event::Split(SplitEvent::RemoveItem { item: index }));
        events.push(Event::Split(SplitEvent::Remind { person: index }));
        events.push(Event::Split(SplitEvent::SetPayer { person: index }));
        events.push(Event::Terms(TermsEvent::Toggle { index }));
        events.push(Event::Terms(TermsEvent::Open { index }));
        events.push(Event::Language(LanguageEvent::Select { index }));
        events.push(Event::Intro(IntroEvent::ShowPage { index }));
        events.push(Event::Home(HomeEvent::OpenRecent { index }));
        events.push(Event::History(HistoryEvent::Open { index }));
    }
    events
}

/// Paths of events from a new install to each screen of the app.
fn every_screen() -> Vec<Vec<Event>> {
    let confirm = Event::Language(LanguageEvent::Confirm);
    let next = Event::Intro(IntroEvent::Next);
    let finish = Event::Intro(IntroEvent::Finish);
    let to_home = vec![confirm.clone(), next.clone(), next.clone(), finish];
    let mut to_settings_language = to_home.clone();
    to_settings_language.push(Event::Home(HomeEvent::OpenLanguage));
    // Without a bank, «Войти» still opens the phone screen, which says the bank is not set up.
    let mut to_phone = to_home.clone();
    to_phone.push(Event::Home(HomeEvent::SignIn));
    let mut to_settings = to_home.clone();
    to_settings.push(Event::Home(HomeEvent::OpenSettings));

    vec![
        vec![],
        vec![confirm.clone()],
        vec![confirm.clone(), next.clone()],
        vec![confirm, next.clone(), next],
        to_home,
        to_settings_language,
        to_phone,
        to_settings,
    ]
}

/// A new install walked along `path`.
fn walk(path: &[Event]) -> (tempfile::TempDir, Arc<MemorySecureStorage>, Arc<WalletCore>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let storage = Arc::new(MemorySecureStorage::default());
    let core = open_core(dir.path(), "ru-RU", storage.clone()).expect("opens");
    for step in path {
        core.dispatch(step.clone()).expect("the path to the screen is valid");
    }
    (dir, storage, core)
}

#[test]
fn any_event_on_any_screen_is_a_view_or_a_typed_error() {
    let mut refused = 0;
    let mut applied = 0;
    for path in every_screen() {
        // What a restart shows after walking the path and nothing else: the refused events must not change it.
        let baseline = {
            let (dir, storage, core) = walk(&path);
            drop(core);
            let reopened = open_core(dir.path(), "ru-RU", storage).expect("reopens");
            reopened.view().screen
        };
        for event in every_event() {
            let (dir, storage, core) = walk(&path);
            let before = core.view();
            match core.dispatch(event.clone()) {
                Ok(()) => applied += 1,
                Err(WalletError::InvalidEvent(message)) => {
                    refused += 1;
                    assert!(message.contains(event.name()), "the message names the event: {message}");
                    assert_eq!(core.view(), before, "{} changed the view although refused", event.name());
                    drop(core);
                    let reopened = open_core(dir.path(), "ru-RU", storage).expect("reopens");
                    assert_eq!(reopened.view().screen, baseline, "{} changed what is stored", event.name());
                }
                Err(other) => panic!("{} gave {other:?}, not InvalidEvent", event.name()),
            }
        }
    }
    // Both kinds happen, so the loop really crossed the rules both ways.
    assert!(refused > 50 && applied > 10, "refused {refused}, applied {applied}");
}
