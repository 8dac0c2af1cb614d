//! The one `view`: the model as plain, localised data for the shells to draw. Pure, like `update`.

use serde::Serialize;

use super::dialog::{DialogView, dialog_view};
use super::event::Event;
use super::model::{Model, Notice};
use super::navigation::Route;
use super::update::can_go_back;
use crate::domain::Language;
use crate::features::favourites::{self, FavouriteEditScreen, FavouritesScreen, RegularEditScreen};
use crate::features::history::{self, HistoryScreen, OperationScreen};
use crate::features::home::{self, HomeScreen};
use crate::features::inbox::{self, InboxScreen};
use crate::features::kyc::{
    self, KycAddressScreen, KycCaptureScreen, KycChecklistScreen, KycConsentScreen, KycDistrictsScreen, KycHowToScreen,
    KycPassportScreen, KycStatusScreen, KycVerificationScreen,
};
use crate::features::onboarding::{self, IntroScreen, LanguageScreen};
use crate::features::pay::{
    self,
    view::{PayConfirmScreen, PayResultScreen, PayScanScreen},
};
use crate::features::pin::{self, BiometricsScreen, PinScreen};
use crate::features::receive::{self, ReceiveScreen};
use crate::features::services::{self, ServicePayScreen, ServicesScreen};
use crate::features::settings::{self, SettingsScreen};
use crate::features::shake::{self, ShakeScreen};
use crate::features::signin::{self, CodeScreen, PhoneScreen};
use crate::features::split::{self, SplitBillScreen, SplitBillsScreen, SplitEditorScreen, SplitGroupScreen};
use crate::features::terms::{self, TermsDocumentScreen, TermsScreen};
use crate::features::topup::{self, CardChallengeScreen, CardTopUpScreen, TopUpResultScreen, TopUpScreen};
use crate::features::transfer::{
    self,
    view::{TransferCodeScreen, TransferScreen},
};
use crate::i18n::{Catalog, Strings};

/// Everything a shell needs to draw the app right now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ViewModel {
    /// Grows with every view; a shell ignores a view older than the one it shows.
    pub revision: u64,
    /// The language of every text in this view.
    pub language: Language,
    /// The back arrow, when «back» leads somewhere.
    pub back: Option<Action>,
    pub notice: Option<NoticeView>,
    /// A question to answer before anything else.
    pub dialog: Option<DialogView>,
    /// Files to hand to the system's share sheet (then send `ShareClosed`).
    pub share: Option<ShareSheet>,
    /// Texts for what the system draws on the shell's behalf, in the view's language.
    pub system: SystemTexts,
    pub screen: Screen,
}

/// The texts of the system's own prompts and messages the shells show (the fingerprint or face prompt, a camera or
/// the contacts not allowed), so they too are in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SystemTexts {
    /// The biometric prompt's title for what it opens now: «Вход в Кошелёк», «Подтверждение оплаты», or turning
    /// fingerprint sign-in on.
    pub biometric_title: String,
    /// Its subtitle (Android) or reason (iOS): «Приложите палец или посмотрите на экран».
    pub biometric_subtitle: String,
    /// Its button that leaves the prompt for the PIN pad: «Ввести PIN-код».
    pub biometric_cancel: String,
    /// Where the camera was refused (the scanner, identification photos).
    pub camera_denied: String,
    /// Where the contacts were refused (a transfer's number, a bill's people).
    pub contacts_denied: String,
    /// The button that opens the app's page in the phone's settings.
    pub open_settings: String,
    /// The scanner's torch button while the torch is off: «Включить фонарик».
    pub torch_on: String,
    /// The same button while it is on: «Выключить фонарик».
    pub torch_off: String,
}

/// What to share: a sentence and files the core wrote in its own folder (a receipt's PNG and PDF). The shell opens
/// the system's share sheet with them (Android: a FileProvider URI; iOS: the file URLs) and sends `ShareClosed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ShareSheet {
    pub title: String,
    pub text: String,
    pub files: Vec<SharedFile>,
    pub close: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SharedFile {
    /// `receipt-2026-001234.pdf`.
    pub name: String,
    /// `image/png`, `application/pdf`.
    pub mime_type: String,
    /// Where the core wrote it, inside its data folder.
    pub path: String,
}

/// A button: its text, the event it sends and whether it can be pressed now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Action {
    pub label: String,
    pub event: Event,
    pub enabled: bool,
}

impl Action {
    pub fn new(label: String, event: Event) -> Action {
        Action { label, event, enabled: true }
    }
}

/// How a notice is drawn: green for a success, neutral for information, amber for a warning, red for an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum NoticeKind {
    Success,
    Info,
    Warning,
    Error,
}

/// How long a success or an information stays before the shell closes it (sending `dismiss`).
pub const NOTICE_HIDE_AFTER_MS: u32 = 4_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NoticeView {
    pub text: String,
    pub kind: NoticeKind,
    pub dismiss: Action,
    /// Close it by itself after this long (successes and information); `None`: it stays until closed.
    pub hide_after_ms: Option<u32>,
}

/// The screen on top, with its content.
// A view is made once per change and handed over whole; boxing the larger screens would only add allocations.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(tag = "kind")]
pub enum Screen {
    Language(LanguageScreen),
    Intro(IntroScreen),
    Phone(PhoneScreen),
    Code(CodeScreen),
    Terms(TermsScreen),
    TermsDocument(TermsDocumentScreen),
    /// Creating, repeating, changing or entering the PIN (`mode` says which).
    Pin(PinScreen),
    Biometrics(BiometricsScreen),
    Settings(SettingsScreen),
    Home(HomeScreen),
    History(HistoryScreen),
    Operation(OperationScreen),
    KycStatus(KycStatusScreen),
    KycHowTo(KycHowToScreen),
    KycChecklist(KycChecklistScreen),
    KycVerification(KycVerificationScreen),
    KycCapture(KycCaptureScreen),
    KycPassport(KycPassportScreen),
    KycAddress(KycAddressScreen),
    KycDistricts(KycDistrictsScreen),
    KycConsent(KycConsentScreen),
    PayScan(PayScanScreen),
    PayConfirm(PayConfirmScreen),
    /// After the PIN: paid, at the bank, waiting for a connection, refused or cancelled.
    PayResult(PayResultScreen),
    /// «Уведомления».
    Inbox(InboxScreen),
    /// «Получить по QR»: the customer's code, static or with an amount.
    Receive(ReceiveScreen),
    Transfer(TransferScreen),
    TransferCode(TransferCodeScreen),
    /// «Встряхнуть и оплатить».
    Shake(ShakeScreen),
    /// «Разделить чек»: the bills and the requests made to me.
    SplitBills(SplitBillsScreen),
    /// A bill being made: people, the way of splitting, the shares.
    SplitEditor(SplitEditorScreen),
    /// A bill being collected: who has paid.
    SplitBill(SplitBillScreen),
    /// A group: each member's balance and the fewest payments to settle.
    SplitGroup(SplitGroupScreen),
    /// «Избранное»: the favourites and their regular payments.
    Favourites(FavouritesScreen),
    /// A favourite saved from a payment, or changed.
    FavouriteEdit(FavouriteEditScreen),
    /// A favourite's regular payment.
    RegularEdit(RegularEditScreen),
    /// «Платежи»: the services catalogue.
    Services(ServicesScreen),
    /// A provider's form: the account, the provider's word about it, the amount.
    ServicePay(ServicePayScreen),
    /// «Пополнить»: the ways in and the account's details.
    TopUp(TopUpScreen),
    /// «Пополнение с карты»: the card and the amount with its fee.
    CardTopUp(CardTopUpScreen),
    /// The card issuer's 3-D Secure code.
    CardChallenge(CardChallengeScreen),
    /// How a top-up by card ended.
    TopUpResult(TopUpResultScreen),
}

pub fn view(model: &Model, catalog: &Catalog) -> ViewModel {
    let language = model.language();
    let t = catalog.strings(language);
    ViewModel {
        revision: model.revision,
        language,
        back: can_go_back(model).then(|| Action::new(t.text("nav-back"), Event::Back)),
        notice: model.notice.as_ref().map(|notice| notice_view(notice, &t)),
        dialog: model.dialog.map(|dialog| dialog_view(dialog, &t)),
        share: model.share.clone().or_else(|| match model.stack.top() {
            Route::TopUp(menu) => topup::view::share_sheet(menu, &t),
            _ => None,
        }),
        system: system_texts(model, &t),
        screen: screen(model, language, &t),
    }
}

fn system_texts(model: &Model, t: &Strings<'_>) -> SystemTexts {
    let title = match model.stack.top() {
        Route::PayPin(_) => "system-biometric-payment",
        Route::Biometrics(_) | Route::Settings => "system-biometric-enable",
        _ => "system-biometric-unlock",
    };
    SystemTexts {
        biometric_title: t.text(title),
        biometric_subtitle: t.text("system-biometric-subtitle"),
        biometric_cancel: t.text("system-biometric-cancel"),
        camera_denied: t.text("system-camera-denied"),
        contacts_denied: t.text("system-contacts-denied"),
        open_settings: t.text("system-open-settings"),
        torch_on: t.text("system-torch-on"),
        torch_off: t.text("system-torch-off"),
    }
}

fn screen(model: &Model, language: Language, t: &Strings<'_>) -> Screen {
    let offset = model.utc_offset_minutes;
    match model.stack.top() {
        Route::Language(picker) => Screen::Language(onboarding::view::language_screen(picker, language, t)),
        Route::Intro(pages) => Screen::Intro(onboarding::view::intro_screen(pages, t)),
        Route::Phone(form) => Screen::Phone(signin::view::phone_screen(form, t)),
        Route::Code(form) => Screen::Code(signin::view::code_screen(form, model.now_ms, t)),
        Route::Terms(form) => {
            // Past the wizard, the terms shown again are a new edition.
            let renewal = model.settings.onboarding == crate::features::onboarding::OnboardingStage::Completed;
            Screen::Terms(terms::view::terms_screen(form, renewal, t))
        }
        Route::TermsDocument(reader) => Screen::TermsDocument(terms::view::document_screen(reader, t)),
        Route::CreatePin(setup) => Screen::Pin(pin::view::setup_screen(setup, model.now_ms, t)),
        Route::Unlock(lock) => {
            Screen::Pin(pin::view::lock_screen(lock, model.security.biometrics_enabled, model.now_ms, t))
        }
        Route::Biometrics(offer) => Screen::Biometrics(pin::view::biometrics_screen(offer, t)),
        Route::Settings => Screen::Settings(settings::view::settings_screen(
            &model.settings,
            &model.security,
            model.wallet.session.as_deref(),
            language,
            t,
        )),
        Route::Home => Screen::Home(home::view::home_screen(
            &model.wallet,
            &model.kyc,
            &model.split,
            &model.favourites,
            language,
            offset,
            t,
        )),
        Route::History(list) => {
            let status = home::view::sync_status(&model.wallet, offset, t);
            Screen::History(history::view::history_screen(list, status, (model.now_ms, offset), t))
        }
        Route::Operation(details) => Screen::Operation(history::view::operation_screen(details, offset, t)),
        Route::PayResult(details) => Screen::PayResult(pay::view::result_screen(details, offset, t)),
        Route::Inbox(list) => Screen::Inbox(inbox::view::inbox_screen(list, offset, t)),
        Route::KycStatus => Screen::KycStatus(kyc::view::status_screen(&model.kyc, language, t)),
        Route::KycHowTo(how) => Screen::KycHowTo(kyc::view::how_to_screen(how, t)),
        Route::KycChecklist => Screen::KycChecklist(kyc::view::checklist_screen(&model.kyc, t)),
        Route::KycVerification => Screen::KycVerification(kyc::view::verification_screen(&model.kyc, t)),
        Route::KycCapture(capture) => Screen::KycCapture(kyc::view::capture_screen(capture, t)),
        Route::KycPassport(editor) => {
            Screen::KycPassport(kyc::view::passport_screen(&model.kyc, editor, model.today(), t))
        }
        Route::KycAddress(editor) => Screen::KycAddress(kyc::view::address_screen(&model.kyc, editor, language, t)),
        Route::KycDistricts(picker) => {
            Screen::KycDistricts(kyc::view::districts_screen(&model.kyc, picker, language, t))
        }
        Route::KycConsent => Screen::KycConsent(kyc::view::consent_screen(t)),
        Route::PayScan(form) => Screen::PayScan(pay::view::scan_screen(form, t)),
        Route::PayConfirm(form) => Screen::PayConfirm(pay::view::confirm_screen(form, &model.wallet, language, t)),
        Route::PayPin(lock) => {
            // The confirmation under the PIN says what is being paid.
            let routes = model.stack.routes();
            let summary = match routes.len().checked_sub(2).and_then(|i| routes.get(i)) {
                Some(Route::PayConfirm(form)) => pay::view::pin_summary(form, language, t),
                _ => Vec::new(),
            };
            Screen::Pin(pin::view::pay_pin_screen(lock, model.security.biometrics_enabled, model.now_ms, summary, t))
        }
        Route::Receive(form) => Screen::Receive(receive::view::receive_screen(form, &model.wallet, language, t)),
        Route::Transfer(form) => Screen::Transfer(transfer::view::transfer_screen(form, t)),
        Route::TransferCode(form) => {
            let own_phone = model.wallet.session.as_deref();
            Screen::TransferCode(transfer::view::code_screen(form, own_phone, language, t))
        }
        Route::Shake(form) => Screen::Shake(shake::view::shake_screen(form, language, t)),
        Route::Favourites => Screen::Favourites(favourites::view::list_screen(&model.favourites, t)),
        Route::FavouriteEdit(form) => Screen::FavouriteEdit(favourites::view::edit_screen(form, t)),
        Route::RegularEdit(form) => Screen::RegularEdit(favourites::view::regular_screen(form, &model.favourites, t)),
        Route::Services(browser) => {
            Screen::Services(services::view::browser_screen(browser, &model.services, &model.favourites, t))
        }
        Route::ServicePay(form) => Screen::ServicePay(services::view::form_screen(form, &model.services, t)),
        Route::TopUp(menu) => Screen::TopUp(topup::view::menu_screen(menu, t)),
        Route::CardTopUp(form) => Screen::CardTopUp(topup::view::card_screen(form, t)),
        Route::CardChallenge(form) => {
            Screen::CardChallenge(topup::view::challenge_screen(form, model.utc_offset_minutes, t))
        }
        Route::TopUpResult(result) => Screen::TopUpResult(topup::view::result_screen(result, language, t)),
        Route::SplitBills => Screen::SplitBills(split::view::bills_screen(&model.split, language, t)),
        Route::SplitEditor(form) => Screen::SplitEditor(split::view::editor_screen(
            form,
            &model.split,
            model.wallet.session.as_deref(),
            language,
            t,
        )),
        Route::SplitBill(state) => {
            let held = |bill: &crate::features::split::Bill| {
                model.wallet.accounts.iter().any(|a| a.available.currency() == bill.currency)
            };
            let can_pay = model.split.bill(&state.bill_id).is_some_and(held);
            Screen::SplitBill(split::view::bill_screen(state, &model.split, can_pay, language, t))
        }
        Route::SplitGroup(state) => Screen::SplitGroup(split::view::group_screen(state, &model.split, language, t)),
    }
}

fn notice_view(notice: &Notice, t: &Strings<'_>) -> NoticeView {
    let text = match notice {
        Notice::SettingsNotSaved => t.text("notice-settings-not-saved"),
        Notice::SessionReplaced => t.text("bank-session-replaced"),
        Notice::SessionEnded => t.text("bank-session-ended"),
        Notice::LocalDataCleared { lost: 0 } => t.text("notice-local-data-cleared"),
        Notice::LocalDataCleared { lost } => format!(
            "{} {}",
            t.text("notice-local-data-cleared"),
            t.text_with("notice-unsent-lost", &[("count", (*lost as u64).into())])
        ),
        Notice::Message { message_id, .. } => t.text(message_id),
        Notice::MoneyIn { amount, from } => t.text_with(
            "notice-money-in",
            &[("amount", amount.format(t.language()).into()), ("from", from.clone().into())],
        ),
    };
    let kind = notice.kind();
    NoticeView {
        text,
        kind,
        dismiss: Action::new(t.text("notice-dismiss"), Event::DismissNotice),
        hide_after_ms: matches!(kind, NoticeKind::Success | NoticeKind::Info).then_some(NOTICE_HIDE_AFTER_MS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::DialogEvent;
    use crate::app::model::start;
    use crate::app::{CancelResult, Msg, Outcome, Settings, SyncProblem, update};
    use crate::domain::operation::{OperationStatus, ReceiptState};
    use crate::domain::{Currency, Money};
    use crate::features::history::{HistoryEvent, OperationEvent, ReceiptFacts};
    use crate::features::home::{HomeEvent, WalletSnapshot};
    use crate::features::onboarding::{IntroEvent, LanguageEvent, OnboardingStage};
    use crate::features::pin::{BiometricsEvent, PinEvent, PinMode, PinPurpose};
    use crate::features::settings::SettingsEvent;
    use crate::features::signin::update::tests::challenge;
    use crate::features::signin::{FormError, SignInEvent};
    use crate::features::terms::TermsEvent;
    use crate::i18n::missing_marker;
    use crate::security::{BiometricVerdict, PinVerdict};
    use crate::store::history::tests::operation;
    use crate::store::{AccountRecord, HistoryEntry, HistoryPage};

    fn apply(model: &mut Model, msg: Msg) -> ViewModel {
        update(model, msg).expect("applies");
        view(model, Catalog::shared())
    }

    fn ui(event: Event) -> Msg {
        Msg::Ui(event)
    }

    fn done(outcome: Outcome) -> Msg {
        Msg::Outcome(outcome)
    }

    /// A history with one operation of each status, a receipt of each verdict, and a damaged record.
    fn sample_history() -> Vec<HistoryEntry> {
        let statuses = [
            OperationStatus::Queued,
            OperationStatus::Accepted,
            OperationStatus::Executed,
            OperationStatus::Rejected,
            OperationStatus::Cancelled,
        ];
        let mut entries: Vec<HistoryEntry> = statuses
            .iter()
            .enumerate()
            .map(|(i, status)| {
                let mut op = operation(&format!("op{i}"), 1_795_161_780_000 - i as i64 * 86_400_000, *status);
                op.operation_id = Some(format!("bank-{i}"));
                op.revocable = *status == OperationStatus::Accepted;
                op.receipt =
                    if *status == OperationStatus::Executed { ReceiptState::Verified } else { ReceiptState::None };
                if *status == OperationStatus::Rejected {
                    op.rejection = Some(wallet_protocol::ErrorCode::InsufficientFunds);
                }
                op.comment = Some("обед".into());
                HistoryEntry::Operation(op)
            })
            .collect();
        let mut incoming = operation("in", 1_795_000_000_000, OperationStatus::Executed);
        incoming.kind = crate::domain::operation::OperationKind::TransferIn;
        incoming.receipt = ReceiptState::Invalid;
        entries.push(HistoryEntry::Operation(incoming));
        entries.push(HistoryEntry::Damaged { key: vec![0] });
        entries
    }

    /// Every reachable screen of the app, with every kind of notice and message, in the given language.
    fn every_screen(language: Language) -> Vec<ViewModel> {
        let mut model = Model::restore(Settings { language: Some(language), ..Settings::default() }, start(language));
        let mut views = vec![view(&model, Catalog::shared())];
        views.push(apply(&mut model, done(Outcome::SettingsNotSaved)));
        views.push(apply(&mut model, ui(Event::Language(LanguageEvent::Confirm))));
        views.push(apply(&mut model, ui(Event::Intro(IntroEvent::Next))));
        views.push(apply(&mut model, ui(Event::Intro(IntroEvent::Next))));
        // The phone number, with each message the field can show.
        views.push(apply(&mut model, ui(Event::Intro(IntroEvent::Finish))));
        for text in ["12", "0312 123 456", "+7 495 123 45 67"] {
            apply(&mut model, ui(Event::SignIn(SignInEvent::EditPhone { text: text.into() })));
            views.push(apply(&mut model, ui(Event::SignIn(SignInEvent::SubmitPhone))));
        }
        apply(&mut model, ui(Event::SignIn(SignInEvent::EditPhone { text: "0555123456".into() })));
        views.push(apply(&mut model, ui(Event::SignIn(SignInEvent::SubmitPhone))));
        views.push(apply(
            &mut model,
            done(Outcome::CodeRefused { error: FormError::new("bank-resend-too-soon"), retry_at_ms: None }),
        ));
        apply(&mut model, ui(Event::SignIn(SignInEvent::SubmitPhone)));
        // The code, incomplete, then refused with tries left.
        views.push(apply(&mut model, done(Outcome::CodeSent { challenge: challenge(0) })));
        views.push(apply(&mut model, ui(Event::SignIn(SignInEvent::SubmitCode))));
        views.push(apply(&mut model, ui(Event::SignIn(SignInEvent::EditCode { text: "123456".into() }))));
        let wrong = FormError { message_id: "bank-sms-code-invalid", attempts_left: Some(2) };
        views.push(apply(&mut model, done(Outcome::SignInRefused { error: wrong })));
        // The resend countdown runs out, then the code's lifetime; the bank refuses another code for an hour.
        views.push(apply(&mut model, done(Outcome::Tick { now_ms: 61_000 })));
        views.push(apply(&mut model, ui(Event::SignIn(SignInEvent::ResendCode))));
        let too_many = FormError { message_id: "bank-too-many-attempts", attempts_left: None };
        views.push(apply(&mut model, done(Outcome::CodeRefused { error: too_many, retry_at_ms: Some(3_600_000) })));
        views.push(apply(&mut model, done(Outcome::Tick { now_ms: 301_000 })));
        // The terms: each document opens; «Продолжить» once all are ticked.
        let phone = crate::domain::Phone::parse("+996555123456").expect("phone");
        let signed_in = Outcome::SignedIn { phone, terms_accepted: false, pin_set: false, biometrics_enabled: false };
        views.push(apply(&mut model, done(signed_in)));
        views.push(apply(&mut model, ui(Event::Terms(TermsEvent::Toggle { index: 0 }))));
        for index in 0..crate::features::terms::DOCUMENTS.len() as u32 {
            views.push(apply(&mut model, ui(Event::Terms(TermsEvent::Open { index }))));
            views.push(apply(&mut model, ui(Event::Terms(TermsEvent::Agree))));
        }
        views.push(apply(&mut model, ui(Event::Terms(TermsEvent::Continue))));
        views.push(apply(&mut model, done(Outcome::TermsNotSaved)));
        apply(&mut model, ui(Event::Terms(TermsEvent::Continue)));
        // The PIN: trivial, repeated wrong, not stored, then made; the biometrics offer.
        views.push(apply(&mut model, done(Outcome::TermsAccepted)));
        for pin in ["1111", "1234", "1212", "1990", "5827", "5828", "5827"] {
            for digit in pin.bytes() {
                apply(&mut model, ui(Event::Pin(PinEvent::Digit { digit: digit - b'0' })));
            }
            views.push(view(&model, Catalog::shared()));
        }
        views.push(apply(&mut model, ui(Event::Pin(PinEvent::Erase))));
        apply(&mut model, ui(Event::Pin(PinEvent::Digit { digit: 7 })));
        views.push(apply(&mut model, done(Outcome::PinNotCreated)));
        for digit in [5, 8, 2, 7, 5, 8, 2, 7] {
            apply(&mut model, ui(Event::Pin(PinEvent::Digit { digit })));
        }
        model.security.biometrics_available = true;
        views.push(apply(&mut model, done(Outcome::PinCreated)));
        views.push(apply(&mut model, ui(Event::Biometrics(BiometricsEvent::Enable))));
        views.push(apply(&mut model, done(Outcome::BiometricsSet { enabled: false, ok: false })));
        views.push(apply(&mut model, ui(Event::Biometrics(BiometricsEvent::Skip))));
        // Home, signed in, syncing, then with data, offline, with a queue.
        let account = AccountRecord {
            account_id: "acc".into(),
            balance: Money::from_minor(123_456, Currency::Kgs),
            available: Money::from_minor(100_000, Currency::Kgs),
            confirmed_at_ms: 1_795_161_780_000,
        };
        let snapshot = WalletSnapshot {
            session: Some("+996 555 ***456".into()),
            accounts: vec![account],
            recent: sample_history(),
            waiting: 3,
            unread: 2,
            name: Some("Айгуль А.".into()),
        };
        views.push(apply(&mut model, done(Outcome::WalletLoaded(snapshot))));
        views.push(apply(
            &mut model,
            done(Outcome::SyncFinished {
                at_ms: 1_795_161_780_000,
                problem: None,
                received: Vec::new(),
                new_events: 0,
            }),
        ));
        views.push(apply(
            &mut model,
            done(Outcome::SyncFinished {
                at_ms: 0,
                problem: Some(SyncProblem::Offline),
                received: Vec::new(),
                new_events: 0,
            }),
        ));
        views.push(apply(
            &mut model,
            done(Outcome::SyncFinished {
                at_ms: 0,
                problem: Some(SyncProblem::BankFailed),
                received: Vec::new(),
                new_events: 0,
            }),
        ));
        let other = Some(SyncProblem::Other { message_id: "store-damaged" });
        views.push(apply(
            &mut model,
            done(Outcome::SyncFinished { at_ms: 0, problem: other, received: Vec::new(), new_events: 0 }),
        ));
        // The history, its pages, and each operation's details.
        views.push(apply(&mut model, ui(Event::Home(HomeEvent::OpenHistory))));
        let page = HistoryPage { entries: sample_history(), next: Some(vec![1]) };
        views.push(apply(&mut model, done(Outcome::HistoryLoaded { page, append: false })));
        views.push(apply(
            &mut model,
            done(Outcome::HistoryLoaded { page: HistoryPage { entries: vec![], next: None }, append: false }),
        ));
        let page = HistoryPage { entries: sample_history(), next: None };
        apply(&mut model, done(Outcome::HistoryLoaded { page, append: false }));
        for (index, entry) in sample_history().into_iter().enumerate() {
            let HistoryEntry::Operation(op) = entry else { continue };
            views.push(apply(&mut model, ui(Event::History(HistoryEvent::Open { index: index as u32 }))));
            let receipt = (op.receipt == ReceiptState::Verified).then(|| ReceiptFacts {
                operation_id: "bank-2".into(),
                executed_at: "2026-11-20T08:03:00Z".into(),
                key_id: "k".into(),
            });
            views.push(apply(
                &mut model,
                done(Outcome::OperationLoaded {
                    local_id: op.local_id.clone(),
                    operation: Some(Box::new(op)),
                    receipt,
                    damaged: false,
                }),
            ));
            apply(&mut model, ui(Event::Back));
        }
        apply(&mut model, ui(Event::History(HistoryEvent::Open { index: 0 })));
        views.push(apply(
            &mut model,
            done(Outcome::OperationLoaded { local_id: "op0".into(), operation: None, receipt: None, damaged: true }),
        ));
        for result in [
            CancelResult::Cancelled,
            CancelResult::Sending,
            CancelResult::NotRevocable,
            CancelResult::Failed { message_id: "bank-offline" },
        ] {
            views.push(apply(&mut model, done(Outcome::CancelFinished { local_id: "op0".into(), result })));
        }
        every_guard_screen(&mut model, &mut views);
        every_kyc_screen(&mut model, &mut views);
        every_pay_screen(&mut model, &mut views);
        every_inbox_screen(&mut model, &mut views);
        every_receive_screen(&mut model, &mut views);
        every_transfer_screen(&mut model, &mut views);
        every_shake_screen(&mut model, &mut views);
        every_split_screen(&mut model, &mut views);
        views.push(apply(
            &mut model,
            done(Outcome::SyncFinished {
                at_ms: 0,
                problem: Some(SyncProblem::SessionEnded { replaced: true }),
                received: Vec::new(),
                new_events: 0,
            }),
        ));
        views.push(apply(
            &mut model,
            done(Outcome::SyncFinished {
                at_ms: 0,
                problem: Some(SyncProblem::SessionEnded { replaced: false }),
                received: Vec::new(),
                new_events: 0,
            }),
        ));
        model.notice = Some(Notice::LocalDataCleared { lost: 0 });
        views.push(view(&model, Catalog::shared()));
        model.notice = Some(Notice::LocalDataCleared { lost: 2 });
        views.push(view(&model, Catalog::shared()));
        apply(&mut model, ui(Event::Back));
        apply(&mut model, ui(Event::Back));
        views.push(apply(&mut model, ui(Event::Home(HomeEvent::OpenLanguage))));
        views
    }

    /// The settings, changing the PIN, the lock screen with each message, the dialogs and a wipe.
    fn every_guard_screen(model: &mut Model, views: &mut Vec<ViewModel>) {
        let wrong = |left_before_wipe| PinVerdict::Wrong {
            failures: 10 - left_before_wipe,
            left_before_wipe,
            locked_until_ms: None,
        };
        let type_pin = |model: &mut Model| {
            for digit in [5, 8, 2, 8] {
                apply(model, ui(Event::Pin(PinEvent::Digit { digit })));
            }
        };
        apply(model, ui(Event::Back));
        apply(model, ui(Event::Back));
        views.push(apply(model, ui(Event::Home(HomeEvent::OpenSettings))));
        views.push(apply(model, ui(Event::Settings(SettingsEvent::SetAutoLock { minutes: 1 }))));
        views.push(apply(model, ui(Event::Settings(SettingsEvent::Logout))));
        views.push(apply(model, ui(Event::Dialog(DialogEvent::Cancel))));
        model.wallet.waiting = 0;
        views.push(apply(model, ui(Event::Settings(SettingsEvent::Logout))));
        apply(model, ui(Event::Back));
        views.push(apply(model, ui(Event::Settings(SettingsEvent::ChangePin))));
        type_pin(model);
        views.push(view(model, Catalog::shared()));
        let change = PinPurpose::Change;
        views.push(apply(model, done(Outcome::PinChecked { purpose: change, verdict: wrong(9), at_ms: 0 })));
        type_pin(model);
        views.push(apply(model, done(Outcome::PinCheckFailed { purpose: change })));
        type_pin(model);
        views.push(apply(model, done(Outcome::PinChecked { purpose: change, verdict: PinVerdict::Correct, at_ms: 0 })));
        apply(model, ui(Event::Back));
        // Idle: the lock screen, with each message; «Забыли PIN-код?».
        apply(model, ui(Event::Back));
        model.security.biometrics_enabled = true;
        let generation = model.security.idle_generation;
        // The lock screen asks for the fingerprint at once; cancelled, the pad waits for the PIN.
        views.push(apply(model, done(Outcome::IdleDue { generation })));
        views.push(apply(model, done(Outcome::BiometricUnlock { verdict: BiometricVerdict::Cancelled })));
        let unlock = PinPurpose::Unlock;
        let now = model.now_ms;
        for verdict in [wrong(8), wrong(4), PinVerdict::Locked { until_ms: now + 30_000 }] {
            type_pin(model);
            views.push(apply(model, done(Outcome::PinChecked { purpose: unlock, verdict, at_ms: now })));
        }
        views.push(apply(model, done(Outcome::Tick { now_ms: now + 30_000 })));
        views.push(apply(model, ui(Event::Pin(PinEvent::UseBiometrics))));
        views.push(apply(model, done(Outcome::BiometricUnlock { verdict: BiometricVerdict::Mismatch })));
        views.push(apply(model, ui(Event::Pin(PinEvent::Forgot))));
        views.push(apply(model, ui(Event::Dialog(DialogEvent::Confirm))));
        apply(model, ui(Event::Back));
        type_pin(model);
        views.push(apply(model, done(Outcome::PinChecked { purpose: unlock, verdict: PinVerdict::Correct, at_ms: 0 })));
        views.push(apply(model, done(Outcome::PinChecked { purpose: unlock, verdict: PinVerdict::Wiped, at_ms: 0 })));
        apply(model, ui(Event::DismissNotice));
        // Signed in again, back home for the rest of the walk.
        let phone = crate::domain::Phone::parse("+996555123456").expect("phone");
        let again = Outcome::SignedIn { phone, terms_accepted: true, pin_set: true, biometrics_enabled: false };
        views.push(apply(model, done(again)));
    }

    /// Paying by QR from home: the scanner with each problem, the confirmation in each state, the PIN.
    fn every_pay_screen(model: &mut Model, views: &mut Vec<ViewModel>) {
        use crate::api::BankFailure;
        use crate::features::pay::PayEvent;
        use crate::features::pay::tests::merchant_code;
        let pay = |event| ui(Event::Pay(event));
        // Signed in again after the guard's walk: the account comes back from the store.
        let account = AccountRecord {
            account_id: "acc".into(),
            balance: Money::from_minor(123_456, Currency::Kgs),
            available: Money::from_minor(100_000, Currency::Kgs),
            confirmed_at_ms: 1_795_161_780_000,
        };
        let snapshot =
            WalletSnapshot { session: Some("+996 555 ***456".into()), accounts: vec![account], ..Default::default() };
        apply(model, done(Outcome::WalletLoaded(snapshot)));
        views.push(apply(model, pay(PayEvent::OpenScanner)));
        let promptpay = "00020101021129370016A000000677010111011300668012345675802TH530376463046197";
        let good = merchant_code(Some(100), "417");
        let forged = good.replacen("54031", "54039", 1);
        for text in ["hello", &good[..40], &forged, promptpay, &merchant_code(Some(100), "398")] {
            views.push(apply(model, pay(PayEvent::Scanned { text: text.into() })));
        }
        apply(model, pay(PayEvent::ScannedImage { bytes: vec![1] }));
        for id in ["qr-image-not-an-image", "qr-image-too-large", "qr-image-no-code", "qr-image-unreadable"] {
            views.push(apply(model, done(Outcome::QrDecoded { result: Err(id) })));
            apply(model, pay(PayEvent::ScannedImage { bytes: vec![1] }));
        }
        views.push(apply(model, done(Outcome::QrDecoded { result: Ok(vec![merchant_code(None, "417")]) })));
        for text in ["abc", "0", "1,234", "99999999999999999", "50"] {
            views.push(apply(model, pay(PayEvent::EditAmount { text: text.into() })));
        }
        views.push(apply(model, done(Outcome::Quoted { amount_minor: 5_000, result: Err(BankFailure::Offline) })));
        views.push(apply(model, pay(PayEvent::RetryQuote)));
        let refused = Err(BankFailure::Refused { message_id: "bank-limit-exceeded" });
        views.push(apply(model, done(Outcome::Quoted { amount_minor: 5_000, result: refused })));
        apply(model, pay(PayEvent::RetryQuote));
        let quote = wallet_protocol::quotes::Quote {
            amount_minor: 5_000,
            fee_minor: 500,
            currency: "KGS".into(),
            payee_name: "Кафе Нават".into(),
            payee_bank: Some("qr.bakai.kg".into()),
            needs_sms_code: false,
        };
        views.push(apply(model, done(Outcome::Quoted { amount_minor: 5_000, result: Ok(quote) })));
        views.push(apply(model, pay(PayEvent::Confirm)));
        views.push(apply(model, done(Outcome::PaymentNotQueued { message_id: "pay-over-offline-limit" })));
        for id in ["pay-account-unknown", "pay-not-queued", "bank-insufficient-funds"] {
            apply(model, pay(PayEvent::Confirm));
            views.push(apply(model, done(Outcome::PaymentNotQueued { message_id: id })));
        }
        // The PIN repeats what is paid; then the result in every state the bank may bring, and cancel's question.
        views.push(apply(model, pay(PayEvent::Confirm)));
        let right = Outcome::PinChecked { purpose: PinPurpose::Pay, verdict: PinVerdict::Correct, at_ms: 0 };
        apply(model, done(right));
        views.push(apply(model, done(Outcome::PaymentQueued { local_id: "op-9".into() })));
        let mut op = operation("op-9", 1_795_161_780_000, OperationStatus::Queued);
        for (status, receipt, rejection) in [
            (OperationStatus::Queued, ReceiptState::None, None),
            (OperationStatus::Accepted, ReceiptState::None, None),
            (OperationStatus::Executed, ReceiptState::Verified, None),
            (OperationStatus::Rejected, ReceiptState::None, Some(wallet_protocol::ErrorCode::InsufficientFunds)),
            (OperationStatus::Cancelled, ReceiptState::None, None),
        ] {
            (op.status, op.receipt, op.rejection, op.revocable) = (status, receipt, rejection, true);
            let operation = Some(Box::new(op.clone()));
            let loaded = Outcome::OperationLoaded { local_id: "op-9".into(), operation, receipt: None, damaged: false };
            views.push(apply(model, done(loaded)));
            if status == OperationStatus::Accepted {
                views.push(apply(model, ui(Event::Operation(OperationEvent::Cancel))));
                apply(model, ui(Event::Dialog(DialogEvent::Cancel)));
            }
        }
        apply(model, pay(PayEvent::Done));
    }

    /// The inbox with an item of every kind, all read; a receipt's share sheet.
    fn every_inbox_screen(model: &mut Model, views: &mut Vec<ViewModel>) {
        use crate::features::inbox::InboxEvent;
        use wallet_protocol::notifications::{BankEvent, BankEventKind};
        use wallet_protocol::profile::KycStatus;
        views.push(apply(model, ui(Event::Inbox(InboxEvent::Open))));
        let event = |kind, kyc_status| BankEvent {
            event_id: format!("{kind:?}-{kyc_status:?}"),
            kind,
            at: time::OffsetDateTime::UNIX_EPOCH + time::Duration::seconds(1_795_161_780),
            operation_id: Some("op-1".into()),
            request_id: Some("rq-1".into()),
            amount_minor: Some(25_000),
            currency: Some("KGS".into()),
            counterparty_name: Some("Айгуль А.".into()),
            kyc_status,
        };
        let entries = [
            event(BankEventKind::MoneyIn, None),
            event(BankEventKind::OperationExecuted, None),
            event(BankEventKind::OperationRejected, None),
            event(BankEventKind::RequestPaid, None),
            event(BankEventKind::RequestReminder, None),
            event(BankEventKind::KycDecided, Some(KycStatus::Approved)),
            event(BankEventKind::KycDecided, Some(KycStatus::Rejected)),
            event(BankEventKind::KycDecided, Some(KycStatus::ResubmissionRequested)),
        ]
        .into_iter()
        .map(|event| crate::store::InboxEntry { event, read: false })
        .collect();
        views.push(apply(model, done(Outcome::InboxLoaded { entries })));
        views.push(apply(model, ui(Event::Inbox(InboxEvent::ReadAll))));
        views.push(apply(model, done(Outcome::InboxLoaded { entries: Vec::new() })));
        let sheet = ShareSheet {
            title: "receipt".into(),
            text: "text".into(),
            files: Vec::new(),
            close: Action::new("close".into(), Event::ShareClosed),
        };
        views.push(apply(model, done(Outcome::ReceiptShared { result: Ok(sheet) })));
        apply(model, ui(Event::ShareClosed));
        views.push(apply(model, done(Outcome::ReceiptShared { result: Err("receipt-not-made") })));
        apply(model, ui(Event::DismissNotice));
        apply(model, ui(Event::Back));
    }

    /// Transfer by phone from home: the form in each state, the confirmation, the PIN, the SMS code in each state.
    fn every_transfer_screen(model: &mut Model, views: &mut Vec<ViewModel>) {
        use crate::api::BankFailure;
        use crate::features::transfer::update::CodeRefusal;
        use crate::features::transfer::{FoundRecipient, TransferEvent};
        let transfer = |event| ui(Event::Transfer(event));
        let phone = "+996700111222";
        views.push(apply(model, transfer(TransferEvent::Open)));
        for text in ["0700", "0312 123 456", "0700 111 222"] {
            views.push(apply(model, transfer(TransferEvent::EditPhone { text: text.into() })));
        }
        let offline = Outcome::RecipientLookedUp { phone: phone.into(), result: Err(BankFailure::Offline) };
        views.push(apply(model, done(offline)));
        views.push(apply(model, transfer(TransferEvent::RetryLookup)));
        let unknown = Err(BankFailure::Refused { message_id: "bank-recipient-not-found" });
        views.push(apply(model, done(Outcome::RecipientLookedUp { phone: phone.into(), result: unknown })));
        apply(model, transfer(TransferEvent::EditPhone { text: "".into() }));
        apply(model, transfer(TransferEvent::EditPhone { text: phone.into() }));
        let found = FoundRecipient {
            name_masked: "Кирилл Б.".into(),
            bank_name: "Demir Bank".into(),
            same_bank: false,
            needs_sms_code: true,
            confirm_above_minor: None,
        };
        views.push(apply(model, done(Outcome::RecipientLookedUp { phone: phone.into(), result: Ok(found) })));
        views.push(apply(model, transfer(TransferEvent::Continue)));
        views.push(apply(model, transfer(TransferEvent::EditComment { text: "ы".repeat(150) })));
        apply(model, transfer(TransferEvent::EditComment { text: "За обед".into() }));
        views.push(apply(model, transfer(TransferEvent::EditAmount { text: "150".into() })));
        views.push(apply(model, transfer(TransferEvent::Continue)));
        let quote = wallet_protocol::quotes::Quote {
            amount_minor: 15_000,
            fee_minor: 1_500,
            currency: "KGS".into(),
            payee_name: "Кирилл Б.".into(),
            payee_bank: Some("Demir Bank".into()),
            needs_sms_code: false,
        };
        views.push(apply(model, done(Outcome::Quoted { amount_minor: 15_000, result: Ok(quote) })));
        views.push(apply(model, ui(Event::Pay(crate::features::pay::PayEvent::Confirm))));
        for digit in [5, 8, 2, 8] {
            apply(model, ui(Event::Pin(PinEvent::Digit { digit })));
        }
        let pay = crate::features::pin::PinPurpose::Pay;
        views.push(apply(model, done(Outcome::PinChecked { purpose: pay, verdict: PinVerdict::Correct, at_ms: 0 })));
        views.push(apply(model, done(Outcome::TransferCodeSent { result: Err(BankFailure::Offline) })));
        views.push(apply(model, transfer(TransferEvent::ResendCode)));
        views.push(apply(model, done(Outcome::TransferCodeSent { result: Ok(("conf-1".into(), 6)) })));
        views.push(apply(model, transfer(TransferEvent::EditCode { text: "123456".into() })));
        views.push(apply(model, transfer(TransferEvent::SubmitCode)));
        let wrong = Err(CodeRefusal { message_id: "bank-sms-code-invalid", dead: false });
        views.push(apply(model, done(Outcome::TransferCodeChecked { result: wrong })));
        apply(model, transfer(TransferEvent::EditCode { text: "123456".into() }));
        apply(model, transfer(TransferEvent::SubmitCode));
        let dead = Err(CodeRefusal { message_id: "bank-confirmation-expired", dead: true });
        views.push(apply(model, done(Outcome::TransferCodeChecked { result: dead })));
        for _ in 0..3 {
            apply(model, ui(Event::Back));
        }
    }

    /// «Встряхнуть и оплатить» from home: the payee with a bad amount, then every step to the money, and every end.
    fn every_shake_screen(model: &mut Model, views: &mut Vec<ViewModel>) {
        use crate::api::BankFailure;
        use crate::features::shake::{ShakeCall, ShakeEvent, ShakeSide, ShakeStage};
        use crate::payments::shake_traces::{START_MS, real_shake, shifted};
        use wallet_protocol::shake::{ShakeMatch, ShakePair};
        let wallet = model.wallet.clone();
        let shake = |event| ui(Event::Shake(event));
        let pair = |confirmed_by_me, confirmed_by_peer| ShakePair {
            shake_id: "s".into(),
            peer_name: "Кирилл Б.".into(),
            peer_phone_masked: "+996 700 ***222".into(),
            amount_minor: Some(20_000),
            currency: Some("KGS".into()),
            confirmed_by_me,
            confirmed_by_peer,
        };
        let answer = |call, result| done(Outcome::ShakeAnswered { call, result });
        let poll = || ShakeCall::Poll { shake_id: "s".into() };
        views.push(apply(model, shake(ShakeEvent::Open)));
        views.push(apply(model, shake(ShakeEvent::ChooseRole { role: ShakeSide::Payee })));
        views.push(apply(model, shake(ShakeEvent::EditAmount { text: "abc".into() })));
        views.push(apply(model, shake(ShakeEvent::EditAmount { text: "200".into() })));
        let mut reported = None;
        for batch in shifted(&real_shake(1), 1_795_183_380_000 - START_MS).chunks(25) {
            let effects = update(model, shake(ShakeEvent::Samples { samples: batch.to_vec() })).expect("samples");
            if let [crate::app::Effect::ReportShake { shake }] = &effects[..] {
                reported = Some((shake.shaken_at.unix_timestamp_nanos() / 1_000_000) as i64);
            }
        }
        views.push(view(model, Catalog::shared()));
        let report = ShakeCall::Report { shaken_at_ms: reported.expect("a shake") };
        views.push(apply(model, answer(report, Ok(ShakeMatch::Waiting { shake_id: "s".into() }))));
        views.push(apply(model, answer(poll(), Err(BankFailure::Offline))));
        views.push(apply(model, answer(poll(), Ok(ShakeMatch::Matched(pair(false, false))))));
        views.push(apply(model, shake(ShakeEvent::Confirm)));
        let refused = Err(BankFailure::Refused { message_id: "bank-shake-not-matched" });
        views.push(apply(model, answer(ShakeCall::Confirm { shake_id: "s".into() }, refused)));
        views.push(apply(model, answer(poll(), Ok(ShakeMatch::Matched(pair(true, false))))));
        views.push(apply(model, answer(poll(), Ok(ShakeMatch::Confirmed(pair(true, true))))));
        let mut payment = operation("shake-in", 1_795_183_390_000, OperationStatus::Executed);
        payment.kind = crate::domain::operation::OperationKind::TransferIn;
        payment.amount = Money::from_minor(20_000, Currency::Kgs);
        let mut snapshot = WalletSnapshot { session: wallet.session.clone(), ..Default::default() };
        snapshot.accounts = wallet.accounts.clone();
        snapshot.recent = vec![HistoryEntry::Operation(payment)];
        views.push(apply(model, done(Outcome::WalletLoaded(snapshot))));
        // The payer's side, and every way a shake ends.
        let ends = [
            ShakeStage::Paying { pair: pair(true, true) },
            ShakeStage::Ambiguous,
            ShakeStage::Expired,
            ShakeStage::Cancelled { by_me: true },
            ShakeStage::Cancelled { by_me: false },
            ShakeStage::Failed { message_id: "shake-offline" },
            ShakeStage::Failed { message_id: "bank-shake-already-paid" },
        ];
        for stage in ends {
            if let Route::Shake(form) = model.stack.top_mut() {
                form.role = Some(ShakeSide::Payer);
                form.stage = stage;
            }
            views.push(view(model, Catalog::shared()));
        }
        views.push(apply(model, shake(ShakeEvent::Again)));
        apply(model, ui(Event::Back));
        model.wallet = wallet;
    }

    /// «Разделить чек» from home: the bills with a request made to me, a new bill in every mode with each refusal,
    /// the contacts in each state, sending, and a bill with a person in every state, cancelled and settled.
    fn every_split_screen(model: &mut Model, views: &mut Vec<ViewModel>) {
        use crate::api::BankFailure;
        use crate::features::split::{
            Bill, BillPerson, BillSource, DeviceContact, RequestState, SplitEvent, SplitMode,
        };
        use wallet_protocol::requests::PaymentRequestStatus;
        let split = |event| ui(Event::Split(event));
        let incoming = crate::features::split::tests::incoming("https://pay.payqr.kg/#x".into(), 1);
        views.push(apply(model, done(Outcome::BillsLoaded { bills: Vec::new(), incoming: vec![incoming] })));
        views.push(apply(model, split(SplitEvent::OpenBills)));
        views.push(apply(model, split(SplitEvent::NewBill)));
        for event in [
            SplitEvent::EditTitle { text: "Ужин".into() },
            SplitEvent::EditTotal { text: "abc".into() },
            SplitEvent::EditTotal { text: "0".into() },
            SplitEvent::EditTotal { text: "1000".into() },
            SplitEvent::EditTip { text: "10%".into() },
            SplitEvent::AddPerson,
            SplitEvent::EditNewPhone { text: "0555 123 456".into() },
            SplitEvent::AddPerson,
            SplitEvent::EditNewName { text: "Бакыт".into() },
            SplitEvent::EditNewPhone { text: "0700 654 321".into() },
            SplitEvent::AddPerson,
            SplitEvent::EditNewName { text: "Бакыт".into() },
            SplitEvent::AddPerson,
            SplitEvent::EditNewName { text: "Асель".into() },
            SplitEvent::EditNewPhone { text: String::new() },
            SplitEvent::AddPerson,
        ] {
            views.push(apply(model, split(event)));
        }
        let contacts = vec![
            DeviceContact { name: "Чынара".into(), phone: "0777 000 111".into() },
            DeviceContact { name: "Кирилл".into(), phone: "0700 111 222".into() },
        ];
        views.push(apply(model, split(SplitEvent::ContactsRead { contacts })));
        views.push(apply(model, done(Outcome::ContactsChecked { result: Err(BankFailure::Offline) })));
        views.push(apply(model, split(SplitEvent::RefreshContacts)));
        let checked = Outcome::ContactsChecked { result: Ok((vec!["+996777000111".into()], true)) };
        views.push(apply(model, done(checked)));
        views.push(apply(model, split(SplitEvent::AddContact { phone: "+996777000111".into() })));
        for (mode, value) in [
            (SplitMode::Shares, "x"),
            (SplitMode::Shares, "0"),
            (SplitMode::Percent, "150"),
            (SplitMode::Percent, "50"),
            (SplitMode::Exact, "-5"),
            (SplitMode::Exact, "5"),
        ] {
            views.push(apply(model, split(SplitEvent::SetMode { mode })));
            views.push(apply(model, split(SplitEvent::EditValue { person: 0, text: value.into() })));
        }
        views.push(apply(model, split(SplitEvent::SetMode { mode: SplitMode::Items })));
        for event in [
            SplitEvent::AddItem,
            SplitEvent::EditItemName { item: 0, text: "Плов".into() },
            SplitEvent::EditItemPrice { item: 0, text: "600".into() },
            SplitEvent::ToggleItemPerson { item: 0, person: 0 },
            SplitEvent::SetMode { mode: SplitMode::Equal },
            SplitEvent::IncludeMe { included: false },
            SplitEvent::Send,
        ] {
            views.push(apply(model, split(event)));
        }
        views.push(apply(model, done(Outcome::BillSaved { result: Err("split-not-saved") })));
        views.push(apply(model, split(SplitEvent::Send)));
        views.push(apply(model, done(Outcome::BillSaved { result: Ok("b1".into()) })));
        let sent = |id: &str, in_wallet, status, reminders| RequestState::Sent {
            request_id: id.into(),
            link: "https://pay.payqr.kg/#x".into(),
            in_wallet,
            status,
            reminders,
        };
        let person = |name: &str, request, rounding: &str| BillPerson {
            name: name.into(),
            phone: None,
            amount_minor: 10_000,
            rounding: rounding.into(),
            request,
        };
        let mut bill = Bill {
            bill_id: "b1".into(),
            created_at_ms: 1,
            title: "Ужин".into(),
            currency: Currency::Kgs,
            account_id: "acc".into(),
            subtotal_minor: 80_000,
            tip_minor: 10_000,
            source: BillSource::Code { link: "https://pay.payqr.kg/#x".into() },
            people: vec![
                person("+996 555 ***456", RequestState::Mine, "split-rounding-up-first-listed"),
                person("A", RequestState::Nothing, "split-rounding-exact"),
                person("B", RequestState::Queued, "split-rounding-up-remainder"),
                person("C", RequestState::Refused { message_id: "bank-invalid-phone".into() }, "split-rounding-exact"),
                person("D", sent("1", true, PaymentRequestStatus::Open, 0), "split-rounding-down-listed-later"),
                person("E", sent("2", true, PaymentRequestStatus::Open, 2), "split-rounding-down-remainder"),
                person("F", sent("3", false, PaymentRequestStatus::Open, 0), "split-rounding-exact"),
                person("G", sent("4", true, PaymentRequestStatus::Paid, 0), "split-rounding-exact"),
                person("H", sent("5", true, PaymentRequestStatus::Cancelled, 0), "split-rounding-exact"),
            ],
            cancelled: false,
            group: Some("Каракол".into()),
            paid_by: None,
        };
        views.push(apply(model, done(Outcome::BillsLoaded { bills: vec![bill.clone()], incoming: Vec::new() })));
        for message_id in ["split-cancel-queued", "split-remind-queued", "split-remind-nothing", "split-bill-missing"] {
            views.push(apply(model, done(Outcome::BillActionQueued { message_id })));
        }
        bill.cancelled = true;
        views.push(apply(model, done(Outcome::BillsLoaded { bills: vec![bill.clone()], incoming: Vec::new() })));
        bill.cancelled = false;
        bill.people = vec![bill.people[0].clone(), bill.people[7].clone()];
        let mut taxi = bill.clone();
        taxi.bill_id = "b2".into();
        taxi.paid_by = Some(1);
        taxi.people[1].request = RequestState::Nothing;
        let bills = vec![bill, taxi];
        views.push(apply(model, done(Outcome::BillsLoaded { bills, incoming: Vec::new() })));
        views.push(apply(model, ui(Event::Back)));
        views.push(apply(model, split(SplitEvent::OpenGroup { name: "Каракол".into() })));
        views.push(apply(model, split(SplitEvent::OpenBill { bill_id: "b2".into() })));
        views.push(apply(model, ui(Event::Back)));
        views.push(apply(model, ui(Event::Back)));
        views.push(apply(model, split(SplitEvent::NewBill)));
        views.push(apply(model, split(SplitEvent::EditNewName { text: "Бакыт".into() })));
        views.push(apply(model, split(SplitEvent::AddPerson)));
        views.push(apply(model, split(SplitEvent::SetPayer { person: 1 })));
        views.push(apply(model, split(SplitEvent::Send)));
        views.push(apply(model, ui(Event::Back)));
        views.push(apply(model, ui(Event::Back)));
        model.split = crate::features::split::SplitModel::default();
    }

    /// «Получить по QR» from home: the static code, each amount problem, a comment too long, the code with an
    /// amount, two accounts, the accounts not read yet, and a code over the format's limits.
    fn every_receive_screen(model: &mut Model, views: &mut Vec<ViewModel>) {
        use crate::features::receive::ReceiveEvent;
        let receive = |event| ui(Event::Receive(event));
        let account = |id: &str, currency| AccountRecord {
            account_id: id.into(),
            balance: Money::from_minor(100_000, currency),
            available: Money::from_minor(100_000, currency),
            confirmed_at_ms: 1_795_161_780_000,
        };
        let accounts = |accounts| {
            let snapshot = WalletSnapshot { session: Some("+996 555 ***456".into()), accounts, ..Default::default() };
            done(Outcome::WalletLoaded(snapshot))
        };
        views.push(apply(model, receive(ReceiveEvent::Open)));
        for text in ["abc", "0", "1,234", "99999999999999999", "150"] {
            views.push(apply(model, receive(ReceiveEvent::EditAmount { text: text.into() })));
        }
        views.push(apply(model, receive(ReceiveEvent::EditComment { text: "ы".repeat(40) })));
        views.push(apply(model, receive(ReceiveEvent::EditComment { text: "обед".into() })));
        views.push(apply(model, accounts(vec![account("acc", Currency::Kgs), account("kzt", Currency::Kzt)])));
        views.push(apply(model, receive(ReceiveEvent::ChooseAccount { account_id: "kzt".into() })));
        views.push(apply(model, receive(ReceiveEvent::Clear)));
        views.push(apply(model, accounts(vec![])));
        apply(model, ui(Event::Back));
        let provider = std::mem::replace(&mut model.qr_provider_id, "q".repeat(40));
        views.push(apply(model, accounts(vec![account("acc", Currency::Kgs)])));
        views.push(apply(model, receive(ReceiveEvent::Open)));
        model.qr_provider_id = provider;
        apply(model, ui(Event::Back));
    }

    /// Online identification from home: every screen, each photo problem, the dialogs, and every state.
    fn every_kyc_screen(model: &mut Model, views: &mut Vec<ViewModel>) {
        use crate::features::kyc::{Declaration, IdentifiedLimits, KycDraft, KycEvent, KycProgress};
        use crate::identity::passport::FormField;
        use crate::identity::photo::{PhotoKind, PhotoProblem};
        use wallet_protocol::kyc::{KycItem, KycReason};
        let kyc = |event| ui(Event::Kyc(event));
        views.push(apply(model, ui(Event::Home(HomeEvent::OpenIdentification))));
        let loaded = Outcome::KycLoaded { draft: Box::new(KycDraft::default()), progress: KycProgress::NotStarted };
        views.push(apply(model, done(loaded)));
        views.push(apply(model, kyc(KycEvent::Start)));
        views.push(apply(model, kyc(KycEvent::CloseHowTo)));
        views.push(apply(model, kyc(KycEvent::OpenVerification)));
        views.push(apply(model, kyc(KycEvent::Photo { kind: PhotoKind::PassportFront, bytes: vec![1] })));
        for problem in [
            PhotoProblem::NotAnImage,
            PhotoProblem::Unreadable,
            PhotoProblem::TooLarge { bytes: 20 << 20, max: 12 << 20 },
            PhotoProblem::TooSmall { width: 640, height: 480 },
            PhotoProblem::TooDark,
            PhotoProblem::Blurred,
            PhotoProblem::Glare,
        ] {
            let kind = PhotoKind::PassportFront;
            views.push(apply(model, done(Outcome::PhotoChecked { kind, result: Err(problem) })));
        }
        views.push(apply(model, kyc(KycEvent::MrzRead { lines: vec!["I<UTO".into()] })));
        for kind in [PhotoKind::PassportFront, PhotoKind::PassportBack, PhotoKind::SelfieWithPassport] {
            views.push(apply(model, done(Outcome::PhotoChecked { kind, result: Ok(()) })));
        }
        for (field, text) in [(FormField::BirthDate, "31.02.1990"), (FormField::DocumentNumber, "12")] {
            apply(model, kyc(KycEvent::EditPassport { field, text: text.into() }));
        }
        views.push(apply(model, kyc(KycEvent::ConfirmPassport)));
        model.kyc.draft.passport_confirmed = true;
        views.push(apply(model, ui(Event::Back)));
        views.push(apply(model, kyc(KycEvent::OpenVerification)));
        apply(model, ui(Event::Back));
        views.push(apply(model, kyc(KycEvent::OpenAddress)));
        views.push(apply(model, kyc(KycEvent::OpenDistricts)));
        views.push(apply(model, kyc(KycEvent::SearchDistricts { query: "Zzz".into() })));
        apply(model, ui(Event::Back));
        apply(model, ui(Event::Back));
        views.push(apply(model, kyc(KycEvent::Declare { item: Declaration::Resident })));
        views.push(apply(model, ui(Event::Dialog(DialogEvent::Cancel))));
        views.push(apply(model, kyc(KycEvent::Declare { item: Declaration::Consent })));
        views.push(apply(model, kyc(KycEvent::ConsentRead)));
        model.dialog = Some(crate::app::Dialog::ConfirmPassport);
        views.push(view(model, Catalog::shared()));
        model.dialog = None;
        apply(model, ui(Event::Back));
        let identified = IdentifiedLimits {
            single_operation: Money::from_minor(10_000_000, Currency::Kgs),
            daily: Money::from_minor(30_000_000, Currency::Kgs),
            monthly: Money::from_minor(100_000_000, Currency::Kgs),
        };
        let mut states = vec![
            KycProgress::Queued { problem: Some("bank-offline") },
            KycProgress::Sending,
            KycProgress::InReview { application_id: "a".into() },
            KycProgress::Approved { limits: Some(identified) },
        ];
        for reason in [
            KycReason::DocumentExpired,
            KycReason::Underage,
            KycReason::NotResident,
            KycReason::DataMismatch,
            KycReason::PhotoUnreadable,
            KycReason::Other,
        ] {
            states.push(KycProgress::Rejected { reason, message: Some("Обратитесь в банк".into()) });
        }
        states.push(KycProgress::ResubmissionRequested {
            application_id: "a".into(),
            items: vec![
                KycItem::PassportFront,
                KycItem::PassportBack,
                KycItem::SelfieWithPassport,
                KycItem::PassportData,
                KycItem::AddressAndWork,
            ],
            reason: KycReason::PhotoUnreadable,
            message: None,
        });
        for progress in states {
            views.push(apply(model, done(Outcome::KycChanged { progress, polled: false, notice: None })));
        }
        views.push(apply(model, kyc(KycEvent::Start)));
        apply(model, ui(Event::Back));
        apply(model, ui(Event::Back));
    }

    fn texts(view: &ViewModel) -> Vec<String> {
        let json = serde_json::to_value(view).expect("views serialise");
        let mut out = Vec::new();
        collect_strings(&json, &mut out);
        out
    }

    fn collect_strings(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
            _ => {}
        }
    }

    #[test]
    fn every_screen_has_every_text_in_every_language() {
        let marker = missing_marker("");
        let prefix = marker.trim_end_matches('⟧');
        for language in Language::ALL {
            let views = every_screen(language);
            assert!(views.len() > 40, "the walk reaches every screen");
            for view in views {
                for text in texts(&view) {
                    assert!(!text.contains(prefix), "{language:?} lacks {text} on {:?}", view.screen);
                }
            }
        }
    }

    #[test]
    fn every_screen_is_in_its_own_language() {
        // The same screen must read differently in each language (a text copied across files would not).
        let titles: Vec<Vec<String>> = Language::ALL
            .iter()
            .map(|language| {
                every_screen(*language)
                    .iter()
                    .map(|view| match &view.screen {
                        Screen::Language(s) => s.title.clone(),
                        Screen::Intro(s) => s.title.clone(),
                        Screen::Phone(s) => s.title.clone(),
                        Screen::Code(s) => s.title.clone(),
                        Screen::Home(s) => s.title.clone(),
                        Screen::History(s) => s.title.clone(),
                        Screen::Operation(s) => s.title.clone(),
                        Screen::Terms(s) => s.title.clone(),
                        Screen::TermsDocument(s) => s.title.clone(),
                        Screen::Pin(s) => s.title.clone(),
                        Screen::Biometrics(s) => s.title.clone(),
                        Screen::Settings(s) => s.title.clone(),
                        Screen::KycStatus(s) => s.headline.clone(),
                        Screen::KycHowTo(s) => s.title.clone(),
                        Screen::KycChecklist(s) => s.intro.clone(),
                        Screen::KycVerification(s) => s.title.clone(),
                        Screen::KycCapture(s) => s.instruction.clone(),
                        Screen::KycPassport(s) => s.subtitle.clone(),
                        Screen::KycAddress(s) => s.title.clone(),
                        Screen::KycDistricts(s) => s.search_hint.clone(),
                        Screen::KycConsent(s) => s.title.clone(),
                        Screen::PayScan(s) => s.title.clone(),
                        Screen::PayConfirm(s) => s.title.clone(),
                        Screen::PayResult(s) => s.headline.clone(),
                        Screen::Inbox(s) => s.title.clone(),
                        Screen::Receive(s) => s.title.clone(),
                        Screen::Transfer(s) => s.title.clone(),
                        Screen::TransferCode(s) => s.title.clone(),
                        Screen::Shake(s) => s.title.clone(),
                        Screen::SplitBills(s) => s.title.clone(),
                        Screen::SplitEditor(s) => s.title.clone(),
                        Screen::SplitBill(s) => s.status.clone(),
                        Screen::SplitGroup(s) => s.payments_title.clone(),
                        Screen::Favourites(s) => s.title.clone(),
                        Screen::FavouriteEdit(s) => s.payee.clone(),
                        Screen::RegularEdit(s) => s.note.clone(),
                        Screen::Services(s) => s.title.clone(),
                        Screen::ServicePay(s) => s.limits.clone(),
                        Screen::TopUp(s) => s.title.clone(),
                        Screen::CardTopUp(s) => s.title.clone(),
                        Screen::CardChallenge(s) => s.title.clone(),
                        Screen::TopUpResult(s) => s.headline.clone(),
                    })
                    .collect()
            })
            .collect();
        for (i, a) in titles.iter().enumerate() {
            for b in &titles[i + 1..] {
                // Words that truly are the same in Russian, Kyrgyz and Kazakh.
                let shared_words = ["Баланс", "Операция"];
                let same: Vec<_> =
                    a.iter().zip(b).filter(|(x, y)| x == y && !shared_words.contains(&x.as_str())).collect();
                assert!(same.is_empty(), "titles shared between languages: {same:?}");
            }
        }
    }

    #[test]
    fn back_is_offered_exactly_where_it_leads_somewhere() {
        let views = every_screen(Language::Ru);
        let backs: Vec<bool> = views.iter().take(6).map(|v| v.back.is_some()).collect();
        // language, language + notice, intro 1, intro 2, intro 3, phone (back to the intro's last page)
        assert_eq!(backs, [false, false, true, true, true, true]);
        assert_eq!(views[2].back.as_ref().map(|b| b.label.as_str()), Some("Назад"));
    }

    #[test]
    fn the_view_of_a_completed_onboarding_is_home_in_the_chosen_language() {
        let settings =
            Settings { language: Some(Language::Kk), onboarding: OnboardingStage::Completed, ..Settings::default() };
        let vm = view(&Model::restore(settings, start(Language::En)), Catalog::shared());
        assert_eq!(vm.language, Language::Kk);
        let Screen::Home(home) = vm.screen else { panic!("expected home, got {:?}", vm.screen) };
        assert_eq!(home.title, "Әмиян");
        assert_eq!(home.language.value, "Қазақша");
        assert_eq!(home.sign_in.map(|a| a.label), Some("Кіру".into()), "signed out: «Войти»");
    }

    #[test]
    fn home_shows_the_balance_as_of_when_offline_and_the_queue() {
        let views = every_screen(Language::Ru);
        let offline = views
            .iter()
            .find_map(|v| match &v.screen {
                Screen::Home(home) if home.offline => Some(home.clone()),
                _ => None,
            })
            .expect("an offline home");
        assert_eq!(offline.sync_status.as_deref(), Some("Нет связи — данные на 14:03"));
        assert_eq!(offline.balance.as_ref().map(|b| b.amount.replace('\u{a0}', " ")), Some("1 234,56 сом".into()));
        assert_eq!(offline.waiting.as_deref(), Some("В очереди 3 операции — отправятся, когда будет связь"));
        assert_eq!(offline.recent.len(), 7);
        assert_eq!(offline.recent[6].open, None, "a damaged line opens nothing");
    }

    #[test]
    fn details_show_the_receipts_verdict_and_offer_cancel_only_when_allowed() {
        let views = every_screen(Language::Ru);
        let details: Vec<_> = views
            .iter()
            .filter_map(|v| match &v.screen {
                Screen::Operation(s) if !s.fields.is_empty() => Some(s.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(details.len(), 6);
        let cancellable: Vec<bool> = details.iter().map(|d| d.cancel.is_some()).collect();
        assert_eq!(cancellable, [true, true, false, false, false, false], "queued and accepted only");
        assert_eq!(details[2].receipt.as_ref().map(|r| r.state), Some(ReceiptState::Verified));
        assert_eq!(details[5].receipt.as_ref().map(|r| r.state), Some(ReceiptState::Invalid));
        assert!(
            details[3].fields.iter().any(|f| f.value == "Недостаточно средств на счёте."),
            "the reason of a refusal"
        );
        let executed = details[2].receipt.as_ref().map(|r| r.fields.clone()).unwrap_or_default();
        assert_eq!(executed[0].value, "20.11.2026, 14:03", "the receipt's time in the device's zone");
    }

    #[test]
    fn the_wizards_phone_goes_back_to_the_intro_and_the_terms_to_the_phone() {
        let stage = |stage| Settings { language: Some(Language::Ru), onboarding: stage, ..Settings::default() };
        let mut model = Model::restore(stage(OnboardingStage::SignIn), start(Language::Ru));
        assert!(view(&model, Catalog::shared()).back.is_some(), "the phone screen offers «back»");
        update(&mut model, Msg::Ui(Event::Back)).expect("back");
        assert!(matches!(model.stack.top(), Route::Intro(pages) if pages.is_last()));
        assert!(matches!(model.settings.onboarding, OnboardingStage::Intro { .. }), "kept for a restart");
        update(&mut model, Msg::Ui(Event::Back)).expect("back again");
        assert!(matches!(model.stack.top(), Route::Intro(pages) if !pages.is_last()));

        let phone = crate::domain::Phone::parse("+996555123456").expect("phone");
        let signed_in = crate::app::Start { phone: Some(phone), ..start(Language::Ru) };
        let mut model = Model::restore(stage(OnboardingStage::Terms), signed_in);
        assert!(matches!(model.stack.top(), Route::Terms(_)));
        update(&mut model, Msg::Ui(Event::Back)).expect("back");
        assert!(matches!(model.stack.top(), Route::Phone(form) if form.text == "+996555123456"));
        assert_eq!(model.settings.onboarding, OnboardingStage::SignIn);
    }

    #[test]
    fn the_systems_prompts_and_the_spoken_texts_follow_the_screen_and_the_language() {
        let views = every_screen(Language::Ru);
        let titles = |pick: fn(&Screen) -> bool| -> Vec<String> {
            views.iter().filter(|v| pick(&v.screen)).map(|v| v.system.biometric_title.clone()).collect()
        };
        let unlock = titles(|s| matches!(s, Screen::Pin(p) if p.mode == PinMode::Unlock));
        let payment = titles(|s| matches!(s, Screen::Pin(p) if p.mode == PinMode::ConfirmPayment));
        let offer = titles(|s| matches!(s, Screen::Biometrics(_)));
        assert!(!unlock.is_empty() && !payment.is_empty() && !offer.is_empty(), "the walk reaches each prompt");
        assert!(unlock.iter().all(|t| t == "Вход в Кошелёк"), "{unlock:?}");
        assert!(payment.iter().all(|t| t == "Подтверждение оплаты"), "{payment:?}");
        assert!(offer.iter().all(|t| t == "Вход по отпечатку или лицу"), "{offer:?}");
        assert_eq!(views[0].system.biometric_cancel, "Ввести PIN-код");

        let spoken: Vec<String> = views
            .iter()
            .filter_map(|v| match &v.screen {
                Screen::Pin(pad) => Some(pad.entered_label.clone()),
                _ => None,
            })
            .collect();
        assert!(spoken.contains(&"Введено цифр: 0 из 4".to_owned()), "{spoken:?}");
        let settings =
            Settings { language: Some(Language::Ky), onboarding: OnboardingStage::Completed, ..Settings::default() };
        let phone = crate::domain::Phone::parse("+996555123456").expect("phone");
        let security = crate::app::Security { pin_set: true, terms_accepted: true, ..Default::default() };
        let mut model =
            Model::restore(settings, crate::app::Start { phone: Some(phone), security, ..start(Language::Ky) });
        apply(&mut model, ui(Event::Pin(PinEvent::Digit { digit: 1 })));
        let Screen::Pin(pad) = apply(&mut model, ui(Event::Pin(PinEvent::Digit { digit: 7 }))).screen else {
            panic!("the lock screen")
        };
        assert_eq!(pad.entered_label, "Киргизилген сандар: 4 ичинен 2");

        let kk = every_screen(Language::Kk);
        assert_eq!(kk[0].system.camera_denied, "Камераға рұқсат жоқ. Телефонның баптауларында рұқсат беріңіз.");
        let shake = kk.iter().find_map(|v| match &v.screen {
            Screen::Shake(s) => Some(s.clone()),
            _ => None,
        });
        assert_eq!(shake.map(|s| s.sample_rate_hz), Some(50));
    }

    /// Someone past the wizard, signed in, with a PIN, on `route` (the lock screen on top when `locked`).
    fn onboarded(locked: bool) -> Model {
        let settings =
            Settings { language: Some(Language::Ru), onboarding: OnboardingStage::Completed, ..Settings::default() };
        let phone = crate::domain::Phone::parse("+996555123456").expect("phone");
        let security = crate::app::Security { pin_set: true, terms_accepted: true, ..Default::default() };
        let mut model =
            Model::restore(settings, crate::app::Start { phone: Some(phone), security, ..start(Language::Ru) });
        if !locked {
            model.stack = crate::app::navigation::Stack::new(Route::Home);
        }
        model
    }

    fn standing(model: &mut Model, standing: crate::sync::terms::TermsStanding) -> ViewModel {
        apply(model, done(Outcome::TermsStanding { standing }))
    }

    #[test]
    fn a_new_edition_of_the_terms_is_asked_for_at_once_or_after_the_pin_and_an_old_app_says_update() {
        use crate::sync::terms::TermsStanding::*;
        let mut open = onboarded(false);
        let view = standing(&mut open, AcceptAgain);
        let Screen::Terms(terms) = &view.screen else { panic!("the terms, got {:?}", view.screen) };
        assert_eq!(
            terms.subtitle,
            "Мы обновили условия. Прочитайте их и примите, чтобы продолжить пользоваться кошельком."
        );
        assert!(view.back.is_none() && !open.security.terms_accepted);

        let mut locked = onboarded(true);
        assert!(matches!(locked.stack.top(), Route::Unlock(_)));
        standing(&mut locked, AcceptAgain);
        assert!(matches!(locked.stack.routes(), [Route::Terms(_), Route::Unlock(_)]), "the PIN first");

        let mut current = onboarded(false);
        assert!(matches!(standing(&mut current, Current).screen, Screen::Home(_)));

        // During the wizard the terms come in their own turn.
        let mut wizard = onboarded(false);
        wizard.settings.onboarding = OnboardingStage::CreatePin;
        standing(&mut wizard, AcceptAgain);
        assert!(matches!(wizard.stack.top(), Route::Home) && wizard.security.terms_accepted);

        let mut old_app = onboarded(false);
        let told = standing(&mut old_app, UpdateApp);
        let notice = told.notice.expect("told once");
        assert_eq!(notice.text, "Банк опубликовал новые условия. Обновите приложение, чтобы прочитать и принять их.");
        assert_eq!(notice.kind, NoticeKind::Warning);
        apply(&mut old_app, ui(notice.dismiss.event));
        assert!(standing(&mut old_app, UpdateApp).notice.is_none(), "not at every sync");
        assert!(matches!(old_app.stack.top(), Route::Home), "the wallet stays usable");
    }

    #[test]
    fn the_inbox_badge_is_spoken_with_its_count_in_each_language() {
        let catalog = Catalog::shared();
        let badge = |language: Language, count: u64| {
            catalog.strings(language).text_with("home-inbox-unread", &[("count", count.into())])
        };
        assert_eq!(badge(Language::Ru, 1), "1 новое");
        assert_eq!(badge(Language::Ru, 21), "21 новое");
        assert_eq!(badge(Language::Ru, 3), "3 новых");
        assert_eq!(badge(Language::Ru, 11), "11 новых");
        assert_eq!(badge(Language::Ky, 2), "2 жаңы");
        assert_eq!(badge(Language::En, 2), "2 new");
    }

    #[test]
    fn the_lock_screen_asks_for_the_fingerprint_by_itself_and_a_cancel_leaves_the_pad() {
        let settings =
            Settings { language: Some(Language::Ru), onboarding: OnboardingStage::Completed, ..Settings::default() };
        let phone = crate::domain::Phone::parse("+996555123456").expect("phone");
        let security = crate::app::Security {
            pin_set: true,
            biometrics_enabled: true,
            terms_accepted: true,
            ..Default::default()
        };
        let mut model =
            Model::restore(settings, crate::app::Start { phone: Some(phone), security, ..start(Language::Ru) });
        let effects = crate::app::on_start(&mut model);
        assert!(effects.contains(&crate::app::Effect::UnlockWithBiometrics), "{effects:?}");
        let Screen::Pin(pad) = view(&model, Catalog::shared()).screen else { panic!("the lock screen") };
        assert!(pad.busy && !pad.keys_enabled, "the prompt is up");
        apply(&mut model, done(Outcome::BiometricUnlock { verdict: BiometricVerdict::Cancelled }));
        let Screen::Pin(pad) = view(&model, Catalog::shared()).screen else { panic!("still the lock screen") };
        assert!(!pad.busy && pad.keys_enabled, "the PIN instead");
        // Idle later: the lock screen comes with the prompt again.
        model.stack.apply(crate::app::Nav::Pop);
        let generation = model.security.idle_generation;
        let effects = update(&mut model, done(Outcome::IdleDue { generation })).expect("locks");
        assert!(effects.contains(&crate::app::Effect::UnlockWithBiometrics), "{effects:?}");
    }

    #[test]
    fn notices_have_a_kind_and_what_was_on_its_way_says_when_it_went() {
        let mut model =
            Model::restore(Settings { language: Some(Language::Ru), ..Settings::default() }, start(Language::Ru));
        apply(&mut model, done(Outcome::BillActionQueued { message_id: "split-remind-queued" }));
        let notice = view(&model, Catalog::shared()).notice.expect("a notice");
        assert_eq!((notice.text.as_str(), notice.kind), ("Напоминание отправляется", NoticeKind::Info));
        apply(
            &mut model,
            done(Outcome::SyncFinished {
                at_ms: 1,
                problem: Some(SyncProblem::Offline),
                received: Vec::new(),
                new_events: 0,
            }),
        );
        assert_eq!(view(&model, Catalog::shared()).notice.map(|n| n.text).as_deref(), Some("Напоминание отправляется"));
        apply(&mut model, done(Outcome::SyncFinished { at_ms: 2, problem: None, received: Vec::new(), new_events: 0 }));
        let notice = view(&model, Catalog::shared()).notice.expect("a notice");
        assert_eq!(
            (notice.text.as_str(), notice.kind, notice.hide_after_ms),
            ("Напоминание отправлено", NoticeKind::Success, Some(NOTICE_HIDE_AFTER_MS))
        );
        apply(&mut model, done(Outcome::SettingsNotSaved));
        let notice = view(&model, Catalog::shared()).notice.expect("a notice");
        assert_eq!((notice.kind, notice.hide_after_ms), (NoticeKind::Error, None), "an error stays until closed");
    }

    #[test]
    fn history_lines_are_grouped_by_day_and_a_cancelled_amount_is_not_counted() {
        use crate::features::history::HistoryList;
        let day = 86_400_000;
        // 2026-11-20 14:03 in Bishkek (UTC+6, the test model's zone).
        let now = 1_795_161_780_000;
        let mut cancelled = operation("c", now - day, OperationStatus::Cancelled);
        cancelled.kind = crate::domain::operation::OperationKind::Payment;
        let entries = vec![
            HistoryEntry::Operation(operation("a", now - 60_000, OperationStatus::Executed)),
            HistoryEntry::Operation(operation("b", now - 120_000, OperationStatus::Executed)),
            HistoryEntry::Operation(cancelled),
            HistoryEntry::Operation(operation("d", now - 3 * day, OperationStatus::Executed)),
            HistoryEntry::Operation(operation("e", now - 400 * day, OperationStatus::Executed)),
        ];
        let list = HistoryList { entries, next: None, loading: false };
        for (language, days) in [
            (Language::Ru, ["Сегодня", "Вчера", "17 ноября", "16 октября 2025"]),
            (Language::En, ["Today", "Yesterday", "17 November", "16 October 2025"]),
            (Language::Kk, ["Бүгін", "Кеше", "17 қараша", "2025 жылғы 16 қазан"]),
            (Language::Ky, ["Бүгүн", "Кечээ", "17-ноябрь", "2025-ж., 16-октябрь"]),
        ] {
            let t = Catalog::shared().strings(language);
            let screen = crate::features::history::view::history_screen(&list, (None, false), (now, 360), &t);
            let headings: Vec<_> = screen.rows.iter().filter_map(|row| row.day.clone()).collect();
            assert_eq!(headings, days, "{language:?}");
            assert_eq!(screen.rows.iter().map(|row| row.counted).collect::<Vec<_>>(), [true, true, false, true, true]);
        }
    }
}
