//! Shake to pay through the app's one `update`: the detector on synthetic traces, each bank answer on its screen,
//! the payer into the common confirmation, the payee waiting for the money, and leaving the screen.

use wallet_protocol::operations::Recipient;
use wallet_protocol::shake::{ShakeMatch, ShakePair, ShakeRole};

use super::view::ShakeScreen;
use super::{ShakeCall, ShakeEvent, ShakeSide, ShakeStep};
use crate::api::BankFailure;
use crate::app::{Effect, Event, Model, Msg, Outcome, Rejection, Route, Screen, update, view};
use crate::domain::operation::{OperationKind, OperationStatus};
use crate::domain::{Currency, Money};
use crate::features::home::WalletSnapshot;
use crate::features::pay::tests::home_with_money;
use crate::i18n::Catalog;
use crate::payments::shake::AccelSample;
use crate::payments::shake_traces::{START_MS, car_ride, put_down_hard, real_shake, shifted, walking};
use crate::store::HistoryEntry;

/// 20 Nov 2026, 14:03 UTC: the wall clock the samples carry.
const NOW_MS: i64 = 1_795_183_380_000;

fn shake(model: &mut Model, event: ShakeEvent) -> Result<Vec<Effect>, Rejection> {
    update(model, Msg::Ui(Event::Shake(event)))
}

fn done(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    update(model, Msg::Outcome(outcome)).expect("outcomes apply")
}

fn screen(model: &Model) -> ShakeScreen {
    match view(model, Catalog::shared()).screen {
        Screen::Shake(screen) => screen,
        other => panic!("expected the shake screen, got {other:?}"),
    }
}

/// A trace moved onto the wall clock, starting at `at_ms`.
fn at(trace: Vec<AccelSample>, at_ms: i64) -> Vec<AccelSample> {
    shifted(&trace, at_ms - START_MS)
}

/// Feeds `samples` in batches of 25 (0.5 s at 50 Hz), as shells do; returns every effect asked for.
fn feed(model: &mut Model, samples: &[AccelSample]) -> Vec<Effect> {
    samples
        .chunks(25)
        .flat_map(|batch| shake(model, ShakeEvent::Samples { samples: batch.to_vec() }).expect("samples apply"))
        .collect()
}

/// Home → the shake screen → `role` chosen (a payee asking `amount`).
fn listening(role: ShakeSide, amount: Option<&str>) -> Model {
    let mut model = home_with_money();
    shake(&mut model, ShakeEvent::Open).expect("opens");
    assert_eq!(screen(&model).step, ShakeStep::Choosing);
    assert!(!screen(&model).listening, "not before a side is chosen");
    shake(&mut model, ShakeEvent::ChooseRole { role }).expect("chooses");
    if let Some(text) = amount {
        shake(&mut model, ShakeEvent::EditAmount { text: text.into() }).expect("types");
    }
    assert!(screen(&model).listening);
    model
}

/// A real shake felt: the report it makes.
fn shaken(model: &mut Model, seed: u64) -> wallet_protocol::shake::NewShake {
    let effects = feed(model, &at(real_shake(seed), NOW_MS));
    match &effects[..] {
        [Effect::ReportShake { shake }] => shake.clone(),
        other => panic!("one report: {other:?}"),
    }
}

fn shaken_at_ms(report: &wallet_protocol::shake::NewShake) -> i64 {
    (report.shaken_at.unix_timestamp_nanos() / 1_000_000) as i64
}

fn pair(amount_minor: Option<i64>, by_me: bool, by_peer: bool) -> ShakePair {
    ShakePair {
        shake_id: "s-1".into(),
        peer_name: "Кирилл Б.".into(),
        peer_phone_masked: "+996 700 ***222".into(),
        amount_minor,
        currency: amount_minor.map(|_| "KGS".into()),
        confirmed_by_me: by_me,
        confirmed_by_peer: by_peer,
    }
}

fn answer(call: ShakeCall, result: Result<ShakeMatch, BankFailure>) -> Outcome {
    Outcome::ShakeAnswered { call, result }
}

fn poll(shake_id: &str) -> ShakeCall {
    ShakeCall::Poll { shake_id: shake_id.into() }
}

/// A shake reported and the bank's first answer «waiting» in; returns the model.
fn waiting(role: ShakeSide, amount: Option<&str>) -> Model {
    let mut model = listening(role, amount);
    let report = shaken(&mut model, 1);
    let effects = done(
        &mut model,
        answer(
            ShakeCall::Report { shaken_at_ms: shaken_at_ms(&report) },
            Ok(ShakeMatch::Waiting { shake_id: "s-1".into() }),
        ),
    );
    assert_eq!(effects, vec![Effect::PollShake { shake_id: "s-1".into(), after_ms: 500 }], "asks again in 0.5 s");
    model
}

#[test]
fn a_real_shake_is_reported_once_with_its_time_and_walking_a_drop_or_a_car_are_not() {
    for seed in 0..10 {
        let mut model = listening(ShakeSide::Payer, None);
        let report = shaken(&mut model, seed);
        assert_eq!(report.role, ShakeRole::Payer);
        assert_eq!((report.amount_minor, report.currency.clone(), report.latitude_e6), (None, None, None));
        let t = shaken_at_ms(&report);
        assert!(t > NOW_MS && t < NOW_MS + 3_000, "the sample's time on the wall clock: {t}");
        assert_eq!(screen(&model).step, ShakeStep::Searching);
        assert!(!screen(&model).listening, "one shake is enough");
        // The rest of a long shake and another one later are not reported again.
        assert!(feed(&mut model, &at(real_shake(seed + 1), NOW_MS + 5_000)).is_empty());
    }
    for seed in 0..10 {
        for (what, trace) in [("walking", walking(seed)), ("put down", put_down_hard(seed)), ("car", car_ride(seed))] {
            let mut model = listening(ShakeSide::Payer, None);
            assert_eq!(feed(&mut model, &at(trace, NOW_MS)), vec![], "{what}, seed {seed}");
            assert_eq!(screen(&model).step, ShakeStep::Listening);
        }
    }
}

#[test]
fn samples_count_only_while_listening() {
    let mut model = home_with_money();
    // Not on the shake screen at all: dropped without a fuss (the sensor stops a moment late).
    let samples = at(real_shake(3), NOW_MS);
    assert_eq!(feed(&mut model, &samples), vec![]);
    shake(&mut model, ShakeEvent::Open).expect("opens");
    // No side chosen yet.
    assert_eq!(feed(&mut model, &samples), vec![]);
    // A payee's amount that is not an amount: no listening until it is fixed.
    shake(&mut model, ShakeEvent::ChooseRole { role: ShakeSide::Payee }).expect("chooses");
    shake(&mut model, ShakeEvent::EditAmount { text: "12,345".into() }).expect("types");
    let view = screen(&model);
    assert!(!view.listening);
    assert!(view.amount.and_then(|a| a.error).is_some());
    assert_eq!(feed(&mut model, &samples), vec![]);
    // What was felt before listening does not count afterwards: the same trace again is one shake.
    shake(&mut model, ShakeEvent::EditAmount { text: "200".into() }).expect("types");
    let report = shaken(&mut model, 3);
    assert_eq!(
        (report.role, report.amount_minor, report.currency.as_deref()),
        (ShakeRole::Payee, Some(20_000), Some("KGS"))
    );
    // A payer cannot ask an amount; nobody changes sides while a shake is under way.
    assert!(shake(&mut model, ShakeEvent::ChooseRole { role: ShakeSide::Payer }).is_err());
    assert!(shake(&mut model, ShakeEvent::EditAmount { text: "1".into() }).is_err());
}

#[test]
fn the_location_goes_with_the_report_when_the_shell_sends_one() {
    let mut model = listening(ShakeSide::Payer, None);
    let off_earth = ShakeEvent::Location { latitude_e6: 91_000_000, longitude_e6: 0 };
    assert!(matches!(shake(&mut model, off_earth), Err(Rejection::NotNow { .. })));
    shake(&mut model, ShakeEvent::Location { latitude_e6: 42_876_400, longitude_e6: 74_603_700 }).expect("applies");
    let report = shaken(&mut model, 2);
    assert_eq!((report.latitude_e6, report.longitude_e6), (Some(42_876_400), Some(74_603_700)));
}

#[test]
fn each_answer_of_the_bank_has_its_screen() {
    let ru = |id: &str| Catalog::shared().strings(crate::domain::Language::Ru).text(id);
    let cases: [(Result<ShakeMatch, BankFailure>, ShakeStep, &str); 6] = [
        (Ok(ShakeMatch::Ambiguous { shake_id: "s-1".into() }), ShakeStep::Ambiguous, "shake-ambiguous"),
        (Ok(ShakeMatch::Expired { shake_id: "s-1".into() }), ShakeStep::Expired, "shake-expired"),
        (Ok(ShakeMatch::Cancelled { shake_id: "s-1".into() }), ShakeStep::Cancelled, "shake-cancelled-by-peer"),
        (Err(BankFailure::Refused { message_id: "bank-session-ended" }), ShakeStep::Failed, "shake-failed"),
        (Ok(ShakeMatch::Waiting { shake_id: "s-1".into() }), ShakeStep::Searching, "shake-searching"),
        (Ok(ShakeMatch::Matched(pair(Some(20_000), false, false))), ShakeStep::Matched, ""),
    ];
    let mut messages = Vec::new();
    for (result, step, message_id) in cases {
        let mut model = waiting(ShakeSide::Payer, None);
        done(&mut model, answer(poll("s-1"), result));
        let view = screen(&model);
        assert_eq!(view.step, step);
        if !message_id.is_empty() {
            assert_eq!(view.message, ru(message_id));
        }
        assert_eq!(
            view.again.is_some(),
            matches!(step, ShakeStep::Ambiguous | ShakeStep::Expired | ShakeStep::Cancelled | ShakeStep::Failed)
        );
        messages.push(view.message);
    }
    assert_eq!(messages[0], "Рядом встряхнули несколько телефонов — встряхните ещё раз");
    let matched = screen(&{
        let mut model = waiting(ShakeSide::Payer, None);
        done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Matched(pair(Some(20_000), false, false)))));
        model
    });
    assert_eq!(matched.message, "Оплатить Кирилл Б.? Проверьте, что это тот, кому вы платите");
    let values: Vec<&str> = matched.peer.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values, ["Кирилл Б.", "+996 700 ***222", "200,00\u{a0}сом"]);
    assert!(matched.confirm.as_ref().is_some_and(|a| a.enabled) && matched.cancel.is_some());
    messages.dedup();
    assert_eq!(messages.len(), 6, "each its own message");

    // The report itself not reaching the bank: said so, and «Встряхнуть ещё раз».
    let mut model = listening(ShakeSide::Payer, None);
    let report = shaken(&mut model, 4);
    done(&mut model, answer(ShakeCall::Report { shaken_at_ms: shaken_at_ms(&report) }, Err(BankFailure::Offline)));
    let view = screen(&model);
    assert_eq!((view.step, view.error.as_deref()), (ShakeStep::Failed, Some(ru("shake-offline").as_str())));
    assert!(view.again.is_some());
}

#[test]
fn ambiguous_asks_to_shake_again_and_listening_starts_afresh() {
    let mut model = waiting(ShakeSide::Payee, Some("200"));
    let effects = done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Ambiguous { shake_id: "s-1".into() })));
    assert_eq!(effects, vec![], "no more asking");
    assert!(!screen(&model).listening);
    assert_eq!(feed(&mut model, &at(real_shake(5), NOW_MS + 20_000)), vec![], "not before «again»");
    assert!(shake(&mut model, ShakeEvent::Confirm).is_err());
    shake(&mut model, ShakeEvent::Again).expect("again");
    assert_eq!(screen(&model).step, ShakeStep::Listening);
    assert_eq!(screen(&model).amount.map(|a| a.value), Some("200".into()), "the amount stays");
    let effects = feed(&mut model, &at(real_shake(6), NOW_MS + 40_000));
    assert!(matches!(&effects[..], [Effect::ReportShake { shake }] if shake.amount_minor == Some(20_000)));
}

#[test]
fn polling_runs_one_at_a_time_while_the_screen_shows_and_survives_an_outage() {
    let mut model = waiting(ShakeSide::Payer, None);
    // Typing elsewhere on the screen does not start a second poll.
    assert_eq!(shake(&mut model, ShakeEvent::Location { latitude_e6: 1, longitude_e6: 1 }).expect("applies"), vec![]);
    let effects = done(&mut model, answer(poll("s-1"), Err(BankFailure::Offline)));
    assert_eq!(effects, vec![Effect::PollShake { shake_id: "s-1".into(), after_ms: 500 }]);
    assert!(screen(&model).offline);
    assert_eq!(screen(&model).step, ShakeStep::Searching);
    let effects = done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Waiting { shake_id: "s-1".into() })));
    assert_eq!(effects.len(), 1);
    assert!(!screen(&model).offline);
    // An answer about an older shake changes nothing.
    done(&mut model, answer(poll("s-0"), Ok(ShakeMatch::Expired { shake_id: "s-0".into() })));
    assert_eq!(screen(&model).step, ShakeStep::Searching);
}

#[test]
fn back_while_waiting_cancels_at_the_bank_and_a_late_report_is_cancelled_too() {
    let mut model = waiting(ShakeSide::Payer, None);
    let effects = update(&mut model, Msg::Ui(Event::Back)).expect("back");
    assert_eq!(effects, vec![Effect::CancelShake { shake_id: "s-1".into() }]);
    assert_eq!(model.stack.top(), &Route::Home);
    // The poll that was on its way finds no screen: nothing more is asked.
    assert_eq!(done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Waiting { shake_id: "s-1".into() }))), vec![]);

    // Left while the report was on its way: the shake it made is cancelled when the answer comes.
    let mut model = listening(ShakeSide::Payee, None);
    let report = shaken(&mut model, 7);
    assert_eq!(update(&mut model, Msg::Ui(Event::Back)).expect("back"), vec![]);
    let late = answer(
        ShakeCall::Report { shaken_at_ms: shaken_at_ms(&report) },
        Ok(ShakeMatch::Waiting { shake_id: "s-9".into() }),
    );
    assert_eq!(done(&mut model, late), vec![Effect::CancelShake { shake_id: "s-9".into() }]);

    // «Отмена» on a match ends it for both; the screen says so and offers another shake.
    let mut model = waiting(ShakeSide::Payer, None);
    done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Matched(pair(None, false, false)))));
    assert_eq!(
        shake(&mut model, ShakeEvent::Cancel).expect("cancels"),
        vec![Effect::CancelShake { shake_id: "s-1".into() }]
    );
    let view = screen(&model);
    assert_eq!((view.step, view.again.is_some(), view.cancel.is_some()), (ShakeStep::Cancelled, true, false));
    // With nothing under way «Отмена» closes the screen.
    shake(&mut model, ShakeEvent::Cancel).expect("closes");
    assert_eq!(model.stack.top(), &Route::Home);
}

#[test]
fn both_confirmed_the_payer_pays_through_the_confirmation_with_the_shake_as_recipient() {
    let mut model = waiting(ShakeSide::Payer, None);
    done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Matched(pair(Some(20_000), false, false)))));
    let effects = shake(&mut model, ShakeEvent::Confirm).expect("confirms");
    assert_eq!(effects, vec![Effect::ConfirmShake { shake_id: "s-1".into() }], "the poll is still on its way");
    assert!(screen(&model).busy);
    assert!(shake(&mut model, ShakeEvent::Confirm).is_err(), "once");
    let confirm = ShakeCall::Confirm { shake_id: "s-1".into() };
    done(&mut model, answer(confirm, Ok(ShakeMatch::Matched(pair(Some(20_000), true, false)))));
    assert_eq!(screen(&model).step, ShakeStep::WaitingForPeer);
    assert_eq!(screen(&model).message, "Ждём подтверждения от Кирилл Б.…");
    // The poll sent before the confirmation answers late: the screen does not go back.
    let effects = done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Matched(pair(Some(20_000), false, false)))));
    assert_eq!(screen(&model).step, ShakeStep::WaitingForPeer);
    assert_eq!(effects.len(), 1, "and asks again");

    let effects = done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Confirmed(pair(Some(20_000), true, true)))));
    let [Effect::QuotePayment { request }] = &effects[..] else { panic!("asks for the fee: {effects:?}") };
    assert_eq!(request.recipient, Recipient::Shake { shake_id: "s-1".into() });
    assert_eq!((request.amount_minor, request.currency.as_str()), (20_000, "KGS"));
    let Route::PayConfirm(form) = model.stack.top() else { panic!("the confirmation: {:?}", model.stack.top()) };
    assert!(!form.amount_editable, "the payee asked 200,00");
    assert_eq!(form.amount, Ok(Money::from_minor(20_000, Currency::Kgs)));
    let Screen::PayConfirm(confirmation) = view(&model, Catalog::shared()).screen else { unreachable!() };
    assert_eq!(confirmation.details[0].value, "Кирилл Б.");
    // The fee comes: the PIN at once — the payer confirmed the peer and the amount already, no second «Оплатить».
    let quote = wallet_protocol::quotes::Quote {
        amount_minor: 20_000,
        fee_minor: 0,
        currency: "KGS".into(),
        payee_name: "Кирилл Б.".into(),
        payee_bank: None,
        needs_sms_code: false,
    };
    done(&mut model, Outcome::Quoted { amount_minor: 20_000, result: Ok(quote) });
    assert!(matches!(model.stack.top(), Route::PayPin(_)), "{:?}", model.stack.top());
    update(&mut model, Msg::Ui(Event::Back)).expect("back from the PIN: the confirmation, with «Оплатить»");
    assert!(matches!(model.stack.top(), Route::PayConfirm(form) if !form.pin_when_quoted));

    // Back from the confirmation: «Оплатить» opens it again; leaving the shake screen then cancels the shake.
    update(&mut model, Msg::Ui(Event::Back)).expect("back");
    assert_eq!(screen(&model).step, ShakeStep::Paying);
    assert!(screen(&model).confirm.is_some());
    shake(&mut model, ShakeEvent::Confirm).expect("reopens");
    assert!(matches!(model.stack.top(), Route::PayConfirm(_)));
    update(&mut model, Msg::Ui(Event::Back)).expect("back");
    let effects = update(&mut model, Msg::Ui(Event::Back)).expect("back");
    assert_eq!(effects, vec![Effect::CancelShake { shake_id: "s-1".into() }]);

    // A payee who asked nothing: the payer types the amount.
    let mut model = waiting(ShakeSide::Payer, None);
    let effects = done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Confirmed(pair(None, true, true)))));
    assert_eq!(effects, vec![], "no amount, no fee to ask yet");
    let Route::PayConfirm(form) = model.stack.top() else { panic!("the confirmation") };
    assert!(form.amount_editable);
}

#[test]
fn the_payee_never_pays_and_waits_until_the_money_shows() {
    let mut model = waiting(ShakeSide::Payee, Some("200"));
    done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Matched(pair(Some(20_000), false, false)))));
    assert_eq!(screen(&model).message, "Получить деньги от Кирилл Б.? Проверьте, что это тот, кто вам платит");
    shake(&mut model, ShakeEvent::Confirm).expect("confirms");
    let confirm = ShakeCall::Confirm { shake_id: "s-1".into() };
    let effects = done(&mut model, answer(confirm, Ok(ShakeMatch::Confirmed(pair(Some(20_000), true, true)))));
    assert!(!model.stack.routes().iter().any(|r| matches!(r, Route::PayConfirm(_))), "a payee never pays");
    assert!(effects.contains(&Effect::Sync), "the money comes with a sync: {effects:?}");
    // The poll on its way answers; from now on the bank is asked every 2 s, each time with a sync.
    let effects = done(&mut model, answer(poll("s-1"), Ok(ShakeMatch::Confirmed(pair(Some(20_000), true, true)))));
    assert_eq!(effects, vec![Effect::PollShake { shake_id: "s-1".into(), after_ms: 2_000 }], "a sync is running");
    let view = screen(&model);
    assert_eq!(
        (view.step, view.message.as_str()),
        (ShakeStep::AwaitingPayment, "Кирилл Б. подтверждает оплату PIN-кодом — деньги придут через несколько секунд")
    );
    assert!(view.confirm.is_none() && view.done.is_some() && view.cancel.is_some());

    // A sync brings the payment.
    let mut payment = crate::store::history::tests::operation("in-1", NOW_MS, OperationStatus::Executed);
    payment.kind = OperationKind::TransferIn;
    payment.amount = Money::from_minor(20_000, Currency::Kgs);
    let mut snapshot = WalletSnapshot { session: Some("+996 555 ***456".into()), ..Default::default() };
    snapshot.accounts = model.wallet.accounts.clone();
    snapshot.recent = vec![HistoryEntry::Operation(payment)];
    done(&mut model, Outcome::WalletLoaded(snapshot));
    let view = screen(&model);
    assert_eq!(view.step, ShakeStep::Done);
    assert_eq!(view.message, "Оплата от Кирилл Б. получена: 200,00\u{a0}сом");
    // Leaving now cancels nothing.
    assert_eq!(update(&mut model, Msg::Ui(Event::Back)).expect("back"), vec![]);
}
