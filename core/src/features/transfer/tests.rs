//! Transfer by phone through the app's one `update`: the number → the masked recipient → the confirmation → the
//! PIN → (another bank) the SMS code compared with the transfer → the outbox.

use wallet_protocol::operations::Recipient;
use wallet_protocol::quotes::Quote;

use super::update::CodeRefusal;
use super::{FoundRecipient, Lookup, TransferEvent};
use crate::api::BankFailure;
use crate::app::{Effect, Event, Model, Msg, Outcome, Rejection, Route, Screen, update, view};
use crate::domain::{Currency, Money};
use crate::features::pay::tests::home_with_money;
use crate::features::pay::{PayEvent, Payee};
use crate::features::pin::{PinEvent, PinPurpose};
use crate::i18n::Catalog;
use crate::security::PinVerdict;

const KIRILL: &str = "+996700111222";

fn transfer(model: &mut Model, event: TransferEvent) -> Result<Vec<Effect>, Rejection> {
    update(model, Msg::Ui(Event::Transfer(event)))
}

fn done(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    update(model, Msg::Outcome(outcome)).expect("outcomes apply")
}

fn found(needs_sms_code: bool) -> FoundRecipient {
    FoundRecipient {
        name_masked: "Кирилл Б.".into(),
        bank_name: if needs_sms_code { "Demir Bank" } else { "Sandbox Bank" }.into(),
        same_bank: !needs_sms_code,
        needs_sms_code,
        confirm_above_minor: (!needs_sms_code).then_some(5_000_000),
    }
}

fn transfer_screen(model: &Model) -> super::view::TransferScreen {
    match view(model, Catalog::shared()).screen {
        Screen::Transfer(screen) => screen,
        other => panic!("expected the transfer form, got {other:?}"),
    }
}

/// The form filled for Kirill, the bank's answer about him given, «Продолжить» pressed, the fee quoted.
fn at_confirmation(needs_sms_code: bool) -> Model {
    let mut model = home_with_money();
    transfer(&mut model, TransferEvent::Open).expect("opens");
    let effects = transfer(&mut model, TransferEvent::EditPhone { text: "0700 111 222".into() }).expect("types");
    assert_eq!(effects, vec![Effect::LookupRecipient { phone: KIRILL.into(), currency: "KGS".into() }]);
    done(&mut model, Outcome::RecipientLookedUp { phone: KIRILL.into(), result: Ok(found(needs_sms_code)) });
    transfer(&mut model, TransferEvent::EditAmount { text: "150".into() }).expect("types");
    transfer(&mut model, TransferEvent::EditComment { text: " За обед ".into() }).expect("types");
    let effects = transfer(&mut model, TransferEvent::Continue).expect("continues");
    let [Effect::QuotePayment { request }] = &effects[..] else { panic!("asks for the fee: {effects:?}") };
    assert_eq!((request.amount_minor, &request.recipient), (15_000, &Recipient::Phone { phone: KIRILL.into() }));
    let fee = if needs_sms_code { 500 } else { 0 };
    let quote = Quote {
        amount_minor: 15_000,
        fee_minor: fee,
        currency: "KGS".into(),
        payee_name: "Кирилл Б.".into(),
        payee_bank: needs_sms_code.then(|| "Demir Bank".into()),
        needs_sms_code: false,
    };
    done(&mut model, Outcome::Quoted { amount_minor: 15_000, result: Ok(quote) });
    model
}

fn pin_confirms(model: &mut Model) -> Vec<Effect> {
    update(model, Msg::Ui(Event::Pay(PayEvent::Confirm))).expect("to the PIN");
    for digit in [5, 8, 2, 7] {
        update(model, Msg::Ui(Event::Pin(PinEvent::Digit { digit }))).expect("digit");
    }
    done(model, Outcome::PinChecked { purpose: PinPurpose::Pay, verdict: PinVerdict::Correct, at_ms: 0 })
}

#[test]
fn the_recipient_shows_masked_with_the_bank_before_any_money_moves() {
    let mut model = home_with_money();
    transfer(&mut model, TransferEvent::Open).expect("opens");
    // Half a number asks nothing and shows no error yet.
    assert!(transfer(&mut model, TransferEvent::EditPhone { text: "0700".into() }).expect("types").is_empty());
    assert_eq!(transfer_screen(&model).phone.error, None);
    transfer(&mut model, TransferEvent::EditPhone { text: KIRILL.into() }).expect("types");
    assert!(transfer_screen(&model).busy);
    done(&mut model, Outcome::RecipientLookedUp { phone: KIRILL.into(), result: Ok(found(true)) });
    let screen = transfer_screen(&model);
    assert_eq!(screen.recipient.as_deref(), Some("Получатель: Кирилл Б."));
    assert_eq!(screen.recipient_bank.as_deref(), Some("Банк: Demir Bank"));
    assert!(screen.interbank_note.is_some_and(|n| n.contains("SMS")));
    assert!(!screen.submit.enabled, "no amount yet");
    // The same number again asks nothing more.
    assert!(transfer(&mut model, TransferEvent::EditPhone { text: "+996 700 111 222".into() }).expect("t").is_empty());
}

#[test]
fn a_late_answer_about_another_number_is_ignored_and_each_refusal_explained() {
    let mut model = home_with_money();
    transfer(&mut model, TransferEvent::Open).expect("opens");
    transfer(&mut model, TransferEvent::EditPhone { text: KIRILL.into() }).expect("types");
    transfer(&mut model, TransferEvent::EditPhone { text: "+996770333444".into() }).expect("types");
    done(&mut model, Outcome::RecipientLookedUp { phone: KIRILL.into(), result: Ok(found(true)) });
    assert_eq!(transfer_screen(&model).recipient, None, "that answer was about the number before");

    let nobody = Err(BankFailure::Refused { message_id: "bank-recipient-not-found" });
    done(&mut model, Outcome::RecipientLookedUp { phone: "+996770333444".into(), result: nobody });
    let screen = transfer_screen(&model);
    assert_eq!(
        screen.recipient_error,
        Some(Catalog::shared().strings(crate::domain::Language::Ru).text("bank-recipient-not-found"))
    );
    transfer(&mut model, TransferEvent::EditAmount { text: "10".into() }).expect("types");
    assert!(transfer(&mut model, TransferEvent::Continue).expect("stays").is_empty());
    assert!(matches!(model.stack.top(), Route::Transfer(_)));

    // Offline: said so, with «Повторить», which asks again.
    transfer(&mut model, TransferEvent::EditPhone { text: KIRILL.into() }).expect("types");
    done(&mut model, Outcome::RecipientLookedUp { phone: KIRILL.into(), result: Err(BankFailure::Offline) });
    let screen = transfer_screen(&model);
    assert!(screen.recipient_error.is_some() && screen.retry.is_some() && !screen.submit.enabled);
    let effects = transfer(&mut model, TransferEvent::RetryLookup).expect("asks again");
    assert_eq!(effects.len(), 1);
    assert!(matches!(&model.stack.top(), Route::Transfer(form) if matches!(form.lookup, Lookup::Loading { .. })));
}

#[test]
fn bad_input_gets_its_own_message_once_continue_is_pressed() {
    let mut model = home_with_money();
    transfer(&mut model, TransferEvent::Open).expect("opens");
    transfer(&mut model, TransferEvent::EditPhone { text: "0312 123".into() }).expect("types");
    transfer(&mut model, TransferEvent::EditComment { text: "ы".repeat(141) }).expect("types");
    transfer(&mut model, TransferEvent::Continue).expect("stays");
    let screen = transfer_screen(&model);
    assert!(screen.phone.error.is_some(), "a number that is no mobile");
    assert!(screen.amount.error.is_some(), "no amount");
    assert!(screen.comment.error.is_some_and(|e| e.contains("140")));
}

#[test]
fn inside_the_bank_the_pin_queues_the_transfer_with_its_comment() {
    let mut model = at_confirmation(false);
    let effects = pin_confirms(&mut model);
    let [Effect::Pay { draft }] = &effects[..] else { panic!("queued at once: {effects:?}") };
    assert_eq!(draft.recipient, Recipient::Phone { phone: KIRILL.into() });
    assert_eq!(draft.amount, Money::from_minor(15_000, Currency::Kgs));
    assert_eq!(draft.comment.as_deref(), Some("За обед"));
    assert_eq!((draft.counterparty_name.as_str(), draft.confirmation_id.as_deref()), ("Кирилл Б.", None));
}

/// Seed 004 §5.12: within the bank, more than the bank's step-up limit (50 000,00 сом here) asks for the SMS code
/// too, and the form says so before «Продолжить»; up to the limit, no note and no code.
#[test]
fn inside_the_bank_above_the_step_up_limit_the_form_warns_and_the_pin_asks_for_the_sms_code() {
    let mut model = home_with_money();
    let rich = crate::store::AccountRecord {
        account_id: "acc-1".into(),
        balance: Money::from_minor(10_000_000, Currency::Kgs),
        available: Money::from_minor(10_000_000, Currency::Kgs),
        confirmed_at_ms: 0,
    };
    let snapshot = crate::features::home::WalletSnapshot {
        session: Some("+996 555 ***456".into()),
        accounts: vec![rich],
        ..Default::default()
    };
    done(&mut model, Outcome::WalletLoaded(snapshot));
    transfer(&mut model, TransferEvent::Open).expect("opens");
    transfer(&mut model, TransferEvent::EditPhone { text: KIRILL.into() }).expect("types");
    done(&mut model, Outcome::RecipientLookedUp { phone: KIRILL.into(), result: Ok(found(false)) });
    transfer(&mut model, TransferEvent::EditAmount { text: "50000".into() }).expect("types");
    assert_eq!(transfer_screen(&model).interbank_note, None, "at the limit");
    transfer(&mut model, TransferEvent::EditAmount { text: "50000,01".into() }).expect("types");
    assert_eq!(
        transfer_screen(&model).interbank_note.as_deref(),
        Some("Перевод больше 50\u{a0}000,00\u{a0}сом: подтверждение кодом из SMS")
    );
    transfer(&mut model, TransferEvent::Continue).expect("continues");
    let Route::PayConfirm(form) = model.stack.top() else { panic!("the confirmation") };
    assert!(matches!(&form.payee, Payee::Phone { needs_sms_code: true, .. }));
    let quote = Quote {
        amount_minor: 5_000_001,
        fee_minor: 0,
        currency: "KGS".into(),
        payee_name: "Кирилл Б.".into(),
        payee_bank: None,
        needs_sms_code: false,
    };
    done(&mut model, Outcome::Quoted { amount_minor: 5_000_001, result: Ok(quote) });
    let effects = pin_confirms(&mut model);
    let [Effect::RequestTransferCode { request }] = &effects[..] else { panic!("asks for the SMS: {effects:?}") };
    assert_eq!((request.amount_minor, request.phone.as_deref()), (5_000_001, Some(KIRILL)));
    assert!(matches!(model.stack.top(), Route::TransferCode(_)), "the code replaces the PIN");
}

#[test]
fn to_another_bank_the_sms_code_is_compared_checked_and_then_the_transfer_queued() {
    let mut model = at_confirmation(true);
    let Route::PayConfirm(form) = model.stack.top() else { panic!("the confirmation") };
    assert!(matches!(&form.payee, Payee::Phone { needs_sms_code: true, .. }) && !form.amount_editable);

    let effects = pin_confirms(&mut model);
    let [Effect::RequestTransferCode { request }] = &effects[..] else { panic!("asks for the SMS: {effects:?}") };
    assert_eq!((request.amount_minor, request.phone.as_deref()), (15_000, Some(KIRILL)));
    assert!(matches!(model.stack.top(), Route::TransferCode(_)), "the code replaces the PIN");
    let code_screen = |model: &Model| match view(model, Catalog::shared()).screen {
        Screen::TransferCode(screen) => screen,
        other => panic!("expected the code screen, got {other:?}"),
    };
    let screen = code_screen(&model);
    assert_eq!(
        screen.compare,
        "Сверьте с SMS: перевод 150,00\u{a0}сом получателю Кирилл Б. (Demir Bank). Вводите код, только если всё совпадает"
    );
    assert!(screen.busy && !screen.submit.enabled);

    done(&mut model, Outcome::TransferCodeSent { result: Ok(("conf-1".into(), 6)) });
    transfer(&mut model, TransferEvent::EditCode { text: "12a34".into() }).expect("types");
    assert!(transfer(&mut model, TransferEvent::SubmitCode).is_err(), "not complete");
    transfer(&mut model, TransferEvent::EditCode { text: "1234567".into() }).expect("types");
    let effects = transfer(&mut model, TransferEvent::SubmitCode).expect("checks");
    assert_eq!(effects, vec![Effect::VerifyTransferCode { confirmation_id: "conf-1".into(), code: "123456".into() }]);
    let wrong = Err(CodeRefusal { message_id: "bank-sms-code-invalid", dead: false });
    done(&mut model, Outcome::TransferCodeChecked { result: wrong });
    let screen = code_screen(&model);
    assert!(screen.error.is_some() && screen.field.value.is_empty() && !screen.busy);

    transfer(&mut model, TransferEvent::EditCode { text: "654321".into() }).expect("types");
    transfer(&mut model, TransferEvent::SubmitCode).expect("checks");
    let effects = done(&mut model, Outcome::TransferCodeChecked { result: Ok("conf-1".into()) });
    let [Effect::Pay { draft }] = &effects[..] else { panic!("queued: {effects:?}") };
    assert_eq!(draft.confirmation_id.as_deref(), Some("conf-1"));
    assert_eq!(draft.agreed_fee, Some(Money::from_minor(500, Currency::Kgs)));
    done(&mut model, Outcome::PaymentQueued { local_id: "op-1".into() });
    assert!(matches!(model.stack.top(), Route::PayResult(_)));
    assert_eq!(model.stack.depth(), 2, "back leads home");
}

#[test]
fn a_dead_code_needs_a_new_one_and_back_returns_to_the_confirmation() {
    let mut model = at_confirmation(true);
    pin_confirms(&mut model);
    done(&mut model, Outcome::TransferCodeSent { result: Err(BankFailure::Offline) });
    let effects = transfer(&mut model, TransferEvent::ResendCode).expect("asks again");
    assert!(matches!(&effects[..], [Effect::RequestTransferCode { .. }]));
    assert!(transfer(&mut model, TransferEvent::ResendCode).is_err(), "one request at a time");
    done(&mut model, Outcome::TransferCodeSent { result: Ok(("conf-2".into(), 6)) });
    transfer(&mut model, TransferEvent::EditCode { text: "111111".into() }).expect("types");
    transfer(&mut model, TransferEvent::SubmitCode).expect("checks");
    let dead = Err(CodeRefusal { message_id: "bank-confirmation-expired", dead: true });
    done(&mut model, Outcome::TransferCodeChecked { result: dead });
    assert!(transfer(&mut model, TransferEvent::SubmitCode).is_err(), "that code is over");
    assert!(transfer(&mut model, TransferEvent::ResendCode).is_ok());
    update(&mut model, Msg::Ui(Event::Back)).expect("back");
    assert!(matches!(model.stack.top(), Route::PayConfirm(_)));
}

#[test]
fn nobody_signed_in_cannot_transfer() {
    let mut model = home_with_money();
    model.wallet.session = None;
    assert!(transfer(&mut model, TransferEvent::Open).is_err());
}

#[test]
fn ones_own_number_is_named_as_such_without_asking_the_bank() {
    let mut model = home_with_money();
    model.phone = Some(crate::domain::Phone::parse("+996555123456").expect("phone"));
    transfer(&mut model, TransferEvent::Open).expect("opens");
    let effects = transfer(&mut model, TransferEvent::EditPhone { text: "0555 123 456".into() }).expect("types");
    assert!(effects.is_empty(), "no lookup: {effects:?}");
    let screen = transfer_screen(&model);
    let said = format!("{screen:?}");
    assert!(said.contains("Это ваш собственный номер"), "{said}");
    // Another number with the same masked form is someone else: the bank is asked.
    let effects = transfer(&mut model, TransferEvent::EditPhone { text: "0555 999 456".into() }).expect("types");
    assert!(matches!(&effects[..], [Effect::LookupRecipient { .. }]), "{effects:?}");
}

#[test]
fn a_comment_with_a_direction_override_is_refused_on_the_form() {
    let mut model = home_with_money();
    transfer(&mut model, TransferEvent::Open).expect("opens");
    transfer(&mut model, TransferEvent::EditPhone { text: "0700 111 222".into() }).expect("types");
    done(&mut model, Outcome::RecipientLookedUp { phone: "+996700111222".into(), result: Ok(found(false)) });
    transfer(&mut model, TransferEvent::EditAmount { text: "150".into() }).expect("types");
    transfer(&mut model, TransferEvent::EditComment { text: "обед \u{202E}десбо".into() }).expect("types");
    let screen = transfer_screen(&model);
    assert!(
        screen.comment.error.as_deref().is_some_and(|e| e.starts_with("Уберите невидимый")),
        "{:?}",
        screen.comment.error
    );
    assert!(!screen.submit.enabled);
    transfer(&mut model, TransferEvent::EditComment { text: "обед".into() }).expect("types");
    assert!(transfer_screen(&model).submit.enabled);
}
