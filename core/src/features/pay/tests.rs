//! Paying by QR through the app's one `update`: scan → confirm → PIN → outbox, each refusal on its screen.

use wallet_formats::elqr::{
    CodeKind, MerchantTemplate, NewElqr, ProviderTemplate, UNIVERSAL_ROUTER, build_payload, link,
};
use wallet_protocol::operations::Recipient;
use wallet_protocol::quotes::Quote;

use super::{PayEvent, QuoteState};
use crate::api::BankFailure;
use crate::app::model::start;
use crate::app::{Effect, Event, Model, Msg, Outcome, Rejection, Route, Screen, Settings, update, view};
use crate::domain::{Currency, Language, Money, Phone};
use crate::features::home::WalletSnapshot;
use crate::features::onboarding::OnboardingStage;
use crate::features::pin::{PinEvent, PinPurpose};
use crate::i18n::Catalog;
use crate::payments::scan::ScanProblem;
use crate::security::PinVerdict;
use crate::store::AccountRecord;

/// A merchant's code as the sandbox makes it: `amount_minor` fixes the amount (a dynamic code), `None` is static.
pub(crate) fn merchant_code(amount_minor: Option<u64>, currency: &str) -> String {
    let code = NewElqr {
        kind: if amount_minor.is_some() { CodeKind::Dynamic } else { CodeKind::Static },
        provider: ProviderTemplate {
            provider_id: "qr.sandbox.kg".into(),
            service_code: Some("pay".into()),
            recipient_id: Some("navat-cafe".into()),
            transaction_id: amount_minor.map(|_| "tx-1".into()),
            amount_editable: amount_minor.map(|_| false),
            recipient_id_editable: None,
            unknown: vec![],
        },
        merchant: Some(MerchantTemplate {
            merchant_id: Some("navat-cafe".into()),
            service_name: Some("Кафе Нават".into()),
            unknown: vec![],
        }),
        comment: None,
        additional: vec![],
        mcc: "5812".into(),
        currency: currency.into(),
        amount_minor,
        provider_name: "Кафе Нават".into(),
        unknown: vec![],
    };
    link(&build_payload(&code).expect("a valid code"), UNIVERSAL_ROUTER)
}

/// Home, signed in, with 1 000,00 сом available.
pub(crate) fn home_with_money() -> Model {
    let settings =
        Settings { language: Some(Language::Ru), onboarding: OnboardingStage::Completed, ..Settings::default() };
    let phone = Phone::parse("+996555123456").expect("phone");
    let mut model = Model::restore(
        settings,
        crate::app::Start {
            phone: Some(phone),
            security: crate::app::Security { terms_accepted: true, pin_set: true, ..Default::default() },
            ..start(Language::Ru)
        },
    );
    model.stack.apply(crate::app::Nav::Pop);
    let account = AccountRecord {
        account_id: "acc-1".into(),
        balance: Money::from_minor(100_000, Currency::Kgs),
        available: Money::from_minor(100_000, Currency::Kgs),
        confirmed_at_ms: 0,
    };
    let snapshot =
        WalletSnapshot { session: Some("+996 555 ***456".into()), accounts: vec![account], ..Default::default() };
    update(&mut model, Msg::Outcome(Outcome::WalletLoaded(snapshot))).expect("loads");
    model
}

fn pay(model: &mut Model, event: PayEvent) -> Result<Vec<Effect>, Rejection> {
    update(model, Msg::Ui(Event::Pay(event)))
}

fn done(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    update(model, Msg::Outcome(outcome)).expect("outcomes apply")
}

fn confirm_screen(model: &Model) -> super::view::PayConfirmScreen {
    match view(model, Catalog::shared()).screen {
        Screen::PayConfirm(screen) => screen,
        other => panic!("expected the confirmation, got {other:?}"),
    }
}

fn quote(fee_minor: i64) -> Quote {
    Quote {
        amount_minor: 0,
        fee_minor,
        currency: "KGS".into(),
        payee_name: "Кафе Нават".into(),
        payee_bank: None,
        needs_sms_code: false,
    }
}

#[test]
fn a_fixed_amount_code_is_quoted_confirmed_with_the_pin_and_queued() {
    let mut model = home_with_money();
    pay(&mut model, PayEvent::OpenScanner).expect("opens");
    let scanned = merchant_code(Some(55_600), "417");
    let effects = pay(&mut model, PayEvent::Scanned { text: scanned.clone() }).expect("reads");
    let [Effect::QuotePayment { request }] = &effects[..] else { panic!("asks for the fee: {effects:?}") };
    assert_eq!((request.amount_minor, request.recipient.clone()), (55_600, Recipient::Elqr { payload: scanned }));
    assert!(!confirm_screen(&model).pay.enabled, "not before the fee is known");
    assert!(pay(&mut model, PayEvent::EditAmount { text: "1".into() }).is_err(), "the code fixes the amount");

    done(&mut model, Outcome::Quoted { amount_minor: 55_600, result: Ok(quote(0)) });
    let screen = confirm_screen(&model);
    assert_eq!(screen.amount, "556,00\u{a0}сом", "a fixed amount reads as money");
    assert_eq!(screen.fee, "Комиссия: 0,00\u{a0}сом");
    assert_eq!(screen.balance_after.as_deref(), Some("Останется: 444,00\u{a0}сом"));
    assert!(screen.pay.enabled);

    pay(&mut model, PayEvent::Confirm).expect("to the PIN");
    assert!(matches!(model.stack.top(), Route::PayPin(_)));
    let mut effects = Vec::new();
    for digit in [5, 8, 2, 7] {
        effects = update(&mut model, Msg::Ui(Event::Pin(PinEvent::Digit { digit }))).expect("digit");
    }
    assert!(matches!(&effects[..], [Effect::CheckPin { purpose: PinPurpose::Pay, .. }]));
    let wrong = PinVerdict::Wrong { failures: 1, left_before_wipe: 9, locked_until_ms: None };
    assert!(done(&mut model, Outcome::PinChecked { purpose: PinPurpose::Pay, verdict: wrong, at_ms: 0 }).is_empty());
    let right = Outcome::PinChecked { purpose: PinPurpose::Pay, verdict: PinVerdict::Correct, at_ms: 0 };
    let effects = done(&mut model, right);
    let [Effect::Pay { draft }] = &effects[..] else { panic!("queues: {effects:?}") };
    assert_eq!(draft.amount, Money::from_minor(55_600, Currency::Kgs));
    assert_eq!(draft.agreed_fee, Some(Money::from_minor(0, Currency::Kgs)));

    let effects = done(&mut model, Outcome::PaymentQueued { local_id: "op-1".into() });
    assert!(matches!(model.stack.top(), Route::PayResult(details) if details.local_id == "op-1"));
    assert_eq!(model.stack.depth(), 2, "back leads home, not into the finished flow");
    assert!(effects.contains(&Effect::Sync) && effects.contains(&Effect::LoadOperation { local_id: "op-1".into() }));
}

/// Seed 004 §5.12: when the bank's quote says a payment needs an SMS code (above its step-up limit), the PIN leads to
/// the code screen, which names the payment as the SMS does, and the payment is queued with its confirmation.
#[test]
fn a_payment_the_bank_quotes_as_needing_a_code_asks_for_the_sms_after_the_pin() {
    use crate::features::transfer::TransferEvent;
    let mut model = home_with_money();
    pay(&mut model, PayEvent::OpenScanner).expect("opens");
    let scanned = merchant_code(Some(55_600), "417");
    pay(&mut model, PayEvent::Scanned { text: scanned.clone() }).expect("reads");
    let quoted = Quote { needs_sms_code: true, ..quote(0) };
    done(&mut model, Outcome::Quoted { amount_minor: 55_600, result: Ok(quoted) });
    pay(&mut model, PayEvent::Confirm).expect("to the PIN");
    for digit in [5, 8, 2, 7] {
        update(&mut model, Msg::Ui(Event::Pin(PinEvent::Digit { digit }))).expect("digit");
    }
    let right = Outcome::PinChecked { purpose: PinPurpose::Pay, verdict: PinVerdict::Correct, at_ms: 0 };
    let effects = done(&mut model, right);
    let [Effect::RequestTransferCode { request }] = &effects[..] else { panic!("asks for the SMS: {effects:?}") };
    assert_eq!(request.phone, None, "no number: the recipient is the code");
    assert_eq!(request.recipient, Some(Recipient::Elqr { payload: scanned }));
    assert_eq!(request.amount_minor, 55_600);
    let Screen::TransferCode(screen) = view(&model, Catalog::shared()).screen else { panic!("the code screen") };
    assert_eq!(screen.title, "Подтверждение оплаты");
    assert_eq!(
        screen.compare,
        "Сверьте с SMS: оплата 556,00\u{a0}сом получателю Кафе Нават. Вводите код, только если всё совпадает"
    );

    done(&mut model, Outcome::TransferCodeSent { result: Ok(("conf-7".into(), 6)) });
    update(&mut model, Msg::Ui(Event::Transfer(TransferEvent::EditCode { text: "123456".into() }))).expect("types");
    update(&mut model, Msg::Ui(Event::Transfer(TransferEvent::SubmitCode))).expect("checks");
    let effects = done(&mut model, Outcome::TransferCodeChecked { result: Ok("conf-7".into()) });
    let [Effect::Pay { draft }] = &effects[..] else { panic!("queued: {effects:?}") };
    assert_eq!(draft.confirmation_id.as_deref(), Some("conf-7"));
}

/// A quote for another amount than the one on screen decides nothing: no code is asked on its word.
#[test]
fn a_code_asked_for_by_a_quote_of_another_amount_is_not_asked() {
    let mut model = home_with_money();
    pay(&mut model, PayEvent::OpenScanner).expect("opens");
    pay(&mut model, PayEvent::Scanned { text: merchant_code(Some(55_600), "417") }).expect("reads");
    done(&mut model, Outcome::Quoted { amount_minor: 55_600, result: Ok(quote(0)) });
    let Route::PayConfirm(form) = model.stack.top_mut() else { panic!("the confirmation") };
    form.quote = QuoteState::Ready {
        amount_minor: 99_900,
        fee: Money::from_minor(0, Currency::Kgs),
        payee_name: "Кафе Нават".into(),
        payee_bank: None,
        needs_sms_code: true,
    };
    assert!(!super::update::needs_sms_code(form));
}

#[test]
fn the_result_follows_the_operation_and_cancel_asks_first() {
    use super::view::ResultMark;
    use crate::app::{Dialog, DialogEvent, Nav};
    use crate::domain::operation::{Operation, OperationStatus, ReceiptState};
    use crate::features::history::{OperationDetails, OperationEvent, RowStatus};
    use crate::store::history::tests::operation;
    let mut model = home_with_money();
    model.stack.apply(Nav::Finish(Route::PayResult(OperationDetails::loading("op-1"))));
    let result = |model: &Model| match view(model, Catalog::shared()).screen {
        Screen::PayResult(screen) => screen,
        other => panic!("the result, got {other:?}"),
    };
    assert_eq!(result(&model).headline, "Сохраняем платёж…");
    let mut op = operation("op-1", 1_795_161_780_000, OperationStatus::Accepted);
    op.revocable = true;
    op.amount = Money::from_minor(55_650, Currency::Kgs);
    op.fee = Money::from_minor(0, Currency::Kgs);
    op.counterparty.name = "Глобус".into();
    let loaded = |model: &mut Model, op: &Operation| {
        let operation = Some(Box::new(op.clone()));
        done(model, Outcome::OperationLoaded { local_id: "op-1".into(), operation, receipt: None, damaged: false })
    };
    loaded(&mut model, &op);
    let screen = result(&model);
    assert_eq!((screen.mark, screen.headline.as_str()), (ResultMark::Waiting, "Принято банком"));
    assert_eq!((screen.amount.as_str(), screen.total.as_str()), ("556,50\u{a0}сом", "Итого: 556,50\u{a0}сом"));
    assert_eq!((screen.recipient.as_str(), screen.done.label.as_str()), ("Глобус", "Готово"));
    let cancel = screen.cancel.expect("cancellable while the bank has it");
    assert_eq!(cancel.label, "Отменить платёж");
    // Cancelling asks first, naming the amount; «Не отменять» leaves it be.
    update(&mut model, Msg::Ui(cancel.event.clone())).expect("asks");
    let dialog = view(&model, Catalog::shared()).dialog.expect("a question");
    assert_eq!(dialog.text, "Отменить платёж на 556,50\u{a0}сом? Деньги вернутся на счёт.");
    assert!(dialog.destructive);
    update(&mut model, Msg::Ui(Event::Dialog(DialogEvent::Cancel))).expect("keeps it");
    assert_eq!(model.dialog, None);
    update(&mut model, Msg::Ui(Event::Operation(OperationEvent::Cancel))).expect("asks again");
    assert!(matches!(model.dialog, Some(Dialog::CancelOperation { .. })));
    let effects = update(&mut model, Msg::Ui(Event::Dialog(DialogEvent::Confirm))).expect("cancels");
    assert_eq!(effects, vec![Effect::Cancel { local_id: "op-1".into() }]);
    // The bank executes it meanwhile: the screen turns into «Оплачено» with its receipt, by itself.
    op.status = OperationStatus::Executed;
    op.revocable = false;
    op.receipt = ReceiptState::Verified;
    loaded(&mut model, &op);
    let screen = result(&model);
    assert_eq!(
        (screen.mark, screen.headline.as_str(), screen.status),
        (ResultMark::Done, "Оплачено", RowStatus::Executed)
    );
    assert_eq!((screen.status_label.as_deref(), screen.details.label.as_str()), (Some("Исполнено"), "Квитанция"));
    assert!(screen.cancel.is_none());
    // «Квитанция» opens the details; «Готово» (from the result) goes home.
    update(&mut model, Msg::Ui(screen.details.event.clone())).expect("details");
    assert!(matches!(model.stack.top(), Route::Operation(_)));
    update(&mut model, Msg::Ui(Event::Back)).expect("back");
    update(&mut model, Msg::Ui(Event::Pay(PayEvent::Done))).expect("done");
    assert!(matches!(model.stack.top(), Route::Home));
}

#[test]
fn each_bad_code_is_refused_on_the_scanner_with_its_reason() {
    let mut model = home_with_money();
    pay(&mut model, PayEvent::OpenScanner).expect("opens");
    let good = merchant_code(Some(100), "417");
    let forged = good.replacen("54031", "54039", 1);
    assert_ne!(forged, good);
    let cases = [
        ("https://example.com", ScanProblem::NotAPaymentCode),
        (&good[..good.len() - 30], ScanProblem::Damaged),
        (&forged, ScanProblem::ChecksumMismatch),
        (&merchant_code(Some(100), "398"), ScanProblem::WrongCurrency { code: "398".into() }),
    ];
    let mut messages = Vec::new();
    for (text, problem) in cases {
        assert!(pay(&mut model, PayEvent::Scanned { text: text.into() }).expect("applies").is_empty());
        assert!(matches!(model.stack.top(), Route::PayScan(form) if form.problem == Some(problem.clone())));
        let Screen::PayScan(screen) = view(&model, Catalog::shared()).screen else { panic!("the scanner") };
        let message = screen.error.expect("a message");
        assert!(!message.contains('⟦'), "{message}");
        messages.push(message);
    }
    assert!(messages[3].contains("тенге"), "names the code's currency: {}", messages[3]);
    messages.dedup();
    assert_eq!(messages.len(), 4, "each problem its own message");
}

#[test]
fn a_pasted_link_and_a_picture_lead_to_the_same_confirmation() {
    let mut model = home_with_money();
    pay(&mut model, PayEvent::OpenScanner).expect("opens");
    pay(&mut model, PayEvent::EditPasted { text: merchant_code(None, "417") }).expect("types");
    pay(&mut model, PayEvent::SubmitPasted).expect("reads");
    assert!(matches!(model.stack.top(), Route::PayConfirm(form) if form.amount_editable));
    update(&mut model, Msg::Ui(Event::Back)).expect("back");

    let effects = pay(&mut model, PayEvent::ScannedImage { bytes: vec![1, 2, 3] }).expect("reads the picture");
    assert_eq!(effects, vec![Effect::DecodeQr { bytes: vec![1, 2, 3] }]);
    assert!(pay(&mut model, PayEvent::ScannedImage { bytes: vec![] }).is_err(), "one picture at a time");
    done(&mut model, Outcome::QrDecoded { result: Err("qr-image-no-code") });
    assert!(matches!(model.stack.top(), Route::PayScan(form) if form.image_problem == Some("qr-image-no-code")));
    let texts = vec!["not a code".to_owned(), merchant_code(Some(2_000), "417")];
    done(&mut model, Outcome::QrDecoded { result: Ok(texts) });
    assert!(matches!(model.stack.top(), Route::PayConfirm(form) if form.amount.is_ok()));
}

#[test]
fn a_typed_amount_is_checked_quoted_and_a_stale_quote_ignored() {
    let mut model = home_with_money();
    pay(&mut model, PayEvent::OpenScanner).expect("opens");
    assert!(pay(&mut model, PayEvent::Scanned { text: merchant_code(None, "417") }).expect("reads").is_empty());
    for (text, message) in
        [("abc", "pay-amount-not-a-number"), ("0", "pay-amount-zero"), ("1,234", "pay-amount-too-precise")]
    {
        assert!(pay(&mut model, PayEvent::EditAmount { text: text.into() }).expect("types").is_empty());
        let expected = Catalog::shared().strings(Language::Ru).text(message);
        assert_eq!(confirm_screen(&model).amount_error, Some(expected), "{text}");
    }
    assert_eq!(pay(&mut model, PayEvent::EditAmount { text: "50".into() }).expect("types").len(), 1);
    assert_eq!(pay(&mut model, PayEvent::EditAmount { text: "60".into() }).expect("types").len(), 1);
    done(&mut model, Outcome::Quoted { amount_minor: 5_000, result: Ok(quote(999)) });
    assert!(
        matches!(&model.stack.top(), Route::PayConfirm(form) if form.quote == QuoteState::Loading { amount_minor: 6_000 })
    );
    // The bank is out of reach: the payment may still be queued, and says so.
    done(&mut model, Outcome::Quoted { amount_minor: 6_000, result: Err(BankFailure::Offline) });
    let screen = confirm_screen(&model);
    assert!(screen.offline && screen.pay.enabled && screen.retry.is_some());
    // More than there is.
    pay(&mut model, PayEvent::EditAmount { text: "5000".into() }).expect("types");
    done(&mut model, Outcome::Quoted { amount_minor: 500_000, result: Ok(quote(0)) });
    let screen = confirm_screen(&model);
    assert!(!screen.pay.enabled);
    assert!(screen.error.is_some_and(|e| e.contains("Недостаточно")), "says why");
    assert!(pay(&mut model, PayEvent::Confirm).is_err());
}

#[test]
fn a_refusal_before_the_pin_and_a_queue_that_fails_are_shown_on_the_confirmation() {
    let mut model = home_with_money();
    pay(&mut model, PayEvent::OpenScanner).expect("opens");
    pay(&mut model, PayEvent::Scanned { text: merchant_code(Some(100), "417") }).expect("reads");
    let refused = Err(BankFailure::Refused { message_id: "bank-limit-exceeded" });
    done(&mut model, Outcome::Quoted { amount_minor: 100, result: refused });
    let screen = confirm_screen(&model);
    assert_eq!(screen.error, Some(Catalog::shared().strings(Language::Ru).text("bank-limit-exceeded")));
    assert!(!screen.pay.enabled);

    pay(&mut model, PayEvent::RetryQuote).expect("asks again");
    done(&mut model, Outcome::Quoted { amount_minor: 100, result: Ok(quote(500)) });
    assert_eq!(confirm_screen(&model).total.as_deref(), Some("Итого к списанию: 6,00\u{a0}сом"));
    pay(&mut model, PayEvent::Confirm).expect("to the PIN");
    done(&mut model, Outcome::PaymentNotQueued { message_id: "pay-over-offline-limit" });
    assert!(matches!(model.stack.top(), Route::PayConfirm(form) if form.problem == Some("pay-over-offline-limit")));
}

#[test]
fn a_code_that_can_never_be_paid_is_refused_on_the_scanner_not_on_a_confirmation() {
    for message_id in ["bank-qr-already-paid", "bank-qr-expired"] {
        let mut model = home_with_money();
        pay(&mut model, PayEvent::OpenScanner).expect("opens");
        pay(&mut model, PayEvent::Scanned { text: merchant_code(Some(100), "417") }).expect("reads");
        done(&mut model, Outcome::Quoted { amount_minor: 100, result: Err(BankFailure::Refused { message_id }) });
        let Screen::PayScan(screen) = view(&model, Catalog::shared()).screen else { panic!("back on the scanner") };
        assert_eq!(screen.error, Some(Catalog::shared().strings(Language::Ru).text(message_id)));
    }
    // A request made to me, paid from home, is refused on home with a notice.
    let mut model = home_with_money();
    let step = crate::features::pay::update::pay_text(&merchant_code(Some(100), "417"), &model.wallet).expect("a code");
    model.stack.apply(step.nav);
    let cancelled = Err(BankFailure::Refused { message_id: "bank-request-cancelled" });
    done(&mut model, Outcome::Quoted { amount_minor: 100, result: cancelled });
    assert!(matches!(model.stack.top(), Route::Home));
    assert_eq!(model.notice, Some(crate::app::Notice::error("bank-request-cancelled")));
}

#[test]
fn before_the_accounts_load_a_code_is_not_called_another_currency() {
    let mut model = home_with_money();
    pay(&mut model, PayEvent::OpenScanner).expect("opens");
    model.wallet.accounts.clear();
    pay(&mut model, PayEvent::Scanned { text: merchant_code(Some(100), "417") }).expect("reads");
    assert!(matches!(model.stack.top(), Route::PayScan(form) if form.problem.is_none()
            && form.image_problem == Some("pay-accounts-not-loaded")));
    let Screen::PayScan(screen) = view(&model, Catalog::shared()).screen else { panic!("the scanner") };
    assert!(screen.error.is_some_and(|e| e.contains("не загрузились")));
}

#[test]
fn the_operations_screen_syncs_every_few_seconds_until_the_bank_has_finished_the_payment() {
    use crate::domain::operation::OperationStatus;
    use crate::store::history::tests::operation;
    let later = |effects: &[Effect]| {
        effects.iter().find_map(|e| match e {
            Effect::SyncLater { after_ms, .. } => Some(*after_ms),
            _ => None,
        })
    };
    let mut model = home_with_money();
    done(&mut model, Outcome::PaymentQueued { local_id: "op-1".into() });
    let effects =
        done(&mut model, Outcome::SyncFinished { at_ms: 1, problem: None, received: Vec::new(), new_events: 0 });
    assert_eq!(later(&effects), Some(3_000), "not yet read: soon");
    let sync_again = |model: &mut Model, status| {
        let loaded = Outcome::OperationLoaded {
            local_id: "op-1".into(),
            operation: Some(Box::new(operation("op-1", 1, status))),
            receipt: None,
            damaged: false,
        };
        done(model, loaded);
        let timer = model.wallet.sync.timer;
        let effects = done(model, Outcome::SyncDue { timer });
        assert_eq!(effects, vec![Effect::Sync], "the sooner timer is the one that counts");
        done(model, Outcome::SyncFinished { at_ms: 2, problem: None, received: Vec::new(), new_events: 0 })
    };
    assert_eq!(later(&sync_again(&mut model, OperationStatus::Accepted)), Some(3_000), "accepted: still soon");
    assert_eq!(later(&sync_again(&mut model, OperationStatus::Executed)), Some(60_000), "done: the usual minute");
    // Offline: the usual backoff, not a sync every three seconds.
    done(
        &mut model,
        Outcome::OperationLoaded {
            local_id: "op-1".into(),
            operation: Some(Box::new(operation("op-1", 1, OperationStatus::Queued))),
            receipt: None,
            damaged: false,
        },
    );
    let timer = model.wallet.sync.timer;
    done(&mut model, Outcome::SyncDue { timer });
    let effects = done(
        &mut model,
        Outcome::SyncFinished {
            at_ms: 3,
            problem: Some(crate::app::SyncProblem::Offline),
            received: Vec::new(),
            new_events: 0,
        },
    );
    assert_eq!(later(&effects), Some(5_000));
}

#[test]
fn repeat_fills_in_a_past_transfer_or_a_shops_code_and_never_a_one_time_code() {
    use crate::domain::operation::{Operation, OperationStatus};
    use crate::features::history::{OperationDetails, OperationEvent};
    use crate::store::history::tests::operation;
    use wallet_protocol::operations::Recipient;
    let opened = |recipient: Recipient, amount_minor: i64| {
        let mut model = home_with_money();
        let mut op: Operation = operation("op-1", 1, OperationStatus::Executed);
        op.kind = crate::domain::operation::OperationKind::TransferOut;
        op.amount = Money::from_minor(amount_minor, Currency::Kgs);
        op.recipient = Some(recipient);
        let details =
            OperationDetails { operation: Some(Box::new(op)), loading: false, ..OperationDetails::loading("op-1") };
        model.stack.apply(crate::app::Nav::Push(Route::Operation(details)));
        model
    };
    let repeat_shown = |model: &Model| match view(model, Catalog::shared()).screen {
        Screen::Operation(screen) => screen.repeat.map(|a| a.label),
        other => panic!("the operation, got {other:?}"),
    };

    // A transfer by number: the form again, the number and the amount typed in, the recipient asked for.
    let mut model = opened(Recipient::Phone { phone: "+996700654321".into() }, 25_000);
    assert_eq!(repeat_shown(&model).as_deref(), Some("Повторить"));
    let effects = update(&mut model, Msg::Ui(Event::Operation(OperationEvent::Repeat))).expect("repeats");
    assert!(matches!(&effects[..], [Effect::LookupRecipient { phone, .. }] if phone == "+996700654321"), "{effects:?}");
    assert!(matches!(model.stack.top(), Route::Transfer(form) if form.amount_text == "250.00"));

    // A shop's static code: its confirmation again, with last time's amount, and the fee asked for.
    let mut model = opened(Recipient::Elqr { payload: merchant_code(None, "417") }, 12_345);
    let effects = update(&mut model, Msg::Ui(Event::Operation(OperationEvent::Repeat))).expect("repeats");
    assert!(
        matches!(&effects[..], [Effect::QuotePayment { request }] if request.amount_minor == 12_345),
        "{effects:?}"
    );
    assert!(matches!(model.stack.top(), Route::PayConfirm(form) if form.amount_text == "123.45"));

    // A till's one-time code, a shake, an operation not from this phone: nothing to repeat.
    for recipient in
        [Recipient::Elqr { payload: merchant_code(Some(100), "417") }, Recipient::Shake { shake_id: "s-1".into() }]
    {
        let mut model = opened(recipient, 100);
        assert_eq!(repeat_shown(&model), None);
        assert!(update(&mut model, Msg::Ui(Event::Operation(OperationEvent::Repeat))).is_err());
    }
}
