//! «Пополнить» through the app's one `update`: the menu with the details and saved cards, the card form with its
//! scheme, checks and fee, the card sent once (the same key after a lost answer), the issuer's code, the results.

use time::macros::datetime;
use wallet_protocol::card_topups::{
    AccountDetails, CardChallenge, CardDecline, CardScheme, CardSource, CardTopUp, CardTopUpStatus, MaskedCard,
    QuotedCard, SavedCard,
};

use super::TopUpEvent;
use super::state::QuoteAbout;
use crate::api::BankFailure;
use crate::app::{Effect, Event, Model, Msg, Outcome, Rejection, Route, Screen, update, view};
use crate::domain::{Currency, Money};
use crate::features::pay::tests::home_with_money;
use crate::i18n::Catalog;

const VISA: &str = "4169 5850 0000 0009";
/// 2026-12-07 12:00 UTC: the cards' expiry is checked against this day.
const NOW_MS: i64 = 1_796_644_800_000;

fn top_up(model: &mut Model, event: TopUpEvent) -> Result<Vec<Effect>, Rejection> {
    update(model, Msg::Ui(Event::TopUp(event)))
}

fn done(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    update(model, Msg::Outcome(outcome)).expect("outcomes apply")
}

fn screen(model: &Model) -> Screen {
    view(model, Catalog::shared()).screen
}

fn details() -> AccountDetails {
    AccountDetails {
        account_id: "acc-1".into(),
        currency: "KGS".into(),
        account_number: "1290012345678901".into(),
        bank_name: "Sandbox Bank".into(),
        bic: "129001".into(),
        holder_name: "Айгуль Асанова".into(),
        wallet_number: "996555123456".into(),
    }
}

fn saved() -> SavedCard {
    SavedCard {
        card_id: "card-1".into(),
        scheme: CardScheme::Visa,
        last4: "0009".into(),
        expiry_month: 7,
        expiry_year: 2031,
    }
}

fn answer(status: CardTopUpStatus, decline: Option<CardDecline>, attempts_left: u8, wrong_code: bool) -> CardTopUp {
    CardTopUp {
        topup_id: "t-1".into(),
        status,
        account_id: "acc-1".into(),
        amount_minor: 500_000,
        fee_minor: 5_000,
        currency: "KGS".into(),
        card: MaskedCard { scheme: CardScheme::Visa, last4: "0009".into() },
        challenge: (status == CardTopUpStatus::ChallengeRequired).then(|| CardChallenge {
            issuer_name: "Sandbox Card Issuer".into(),
            code_length: 6,
            expires_at: datetime!(2026-12-07 12:05 UTC),
            attempts_left,
        }),
        decline,
        operation_id: (status == CardTopUpStatus::Executed).then(|| "op-9".into()),
        saved_card_id: None,
        created_at: datetime!(2026-12-07 12:00 UTC),
        wrong_code,
    }
}

/// Home → «Пополнить» with the bank's answer.
fn at_menu() -> Model {
    let mut model = home_with_money();
    model.now_ms = NOW_MS;
    let effects = top_up(&mut model, TopUpEvent::Open).expect("opens");
    assert_eq!(effects, vec![Effect::LoadTopUp { account_id: "acc-1".into() }]);
    done(
        &mut model,
        Outcome::TopUpLoaded { account_id: "acc-1".into(), details: Ok(Box::new(details())), cards: Ok(vec![saved()]) },
    );
    model
}

/// The new card's form with a valid card and 5 000 сом typed, the fee quoted.
fn at_filled_form() -> Model {
    let mut model = at_menu();
    top_up(&mut model, TopUpEvent::NewCard).expect("opens the form");
    top_up(&mut model, TopUpEvent::EditNumber { text: VISA.replace(' ', "") }).expect("types");
    top_up(&mut model, TopUpEvent::EditExpiry { text: "0731".into() }).expect("types");
    top_up(&mut model, TopUpEvent::EditCvv { text: "042".into() }).expect("types");
    let effects = top_up(&mut model, TopUpEvent::EditAmount { text: "5000".into() }).expect("types");
    let [Effect::QuoteCardTopUp { request }] = &effects[..] else { panic!("asks for the fee: {effects:?}") };
    assert_eq!((request.amount_minor, &request.card), (500_000, &QuotedCard::New { bin: "416958".into() }));
    let about = QuoteAbout { amount_minor: 500_000, card: "416958".into() };
    done(
        &mut model,
        Outcome::CardTopUpQuoted { about, result: Ok((Money::from_minor(5_000, Currency::Kgs), CardScheme::Visa)) },
    );
    model
}

#[test]
fn the_menu_shows_the_ways_in_and_the_details_to_copy_and_share() {
    let mut model = at_menu();
    let Screen::TopUp(menu) = screen(&model) else { panic!("the menu") };
    assert_eq!(menu.title, "Пополнение");
    assert_eq!(menu.saved_cards.iter().map(|a| a.label.as_str()).collect::<Vec<_>>(), ["Visa •• 0009"]);
    let rows: Vec<(&str, &str)> = menu.details.iter().map(|r| (r.label.as_str(), r.value.as_str())).collect();
    assert!(rows.contains(&("Номер счёта", "1290012345678901")) && rows.contains(&("БИК", "129001")), "{rows:?}");
    assert!(rows.contains(&("Номер кошелька для терминала", "996555123456")), "{rows:?}");
    assert!(view(&model, Catalog::shared()).share.is_none());

    top_up(&mut model, TopUpEvent::ShareDetails).expect("shares");
    let sheet = view(&model, Catalog::shared()).share.expect("the share sheet");
    assert!(sheet.text.contains("Номер счёта: 1290012345678901") && sheet.files.is_empty(), "{}", sheet.text);
    update(&mut model, Msg::Ui(Event::ShareClosed)).expect("closes");
    assert!(view(&model, Catalog::shared()).share.is_none());

    // Offline: said, with «Повторить», which asks again.
    done(
        &mut model,
        Outcome::TopUpLoaded {
            account_id: "acc-1".into(),
            details: Err(BankFailure::Offline),
            cards: Err(BankFailure::Offline),
        },
    );
    let Screen::TopUp(menu) = screen(&model) else { panic!("the menu") };
    assert!(menu.details.is_empty() && menu.share.is_none());
    assert!(menu.details_status.as_deref().is_some_and(|s| s.starts_with("Нет связи")), "{menu:?}");
    let retry = menu.retry.expect("retry");
    assert_eq!(
        update(&mut model, Msg::Ui(retry.event)).expect("retries"),
        vec![Effect::LoadTopUp { account_id: "acc-1".into() }]
    );
}

#[test]
fn the_card_form_names_the_scheme_checks_the_fields_and_quotes_the_fee() {
    let mut model = at_menu();
    top_up(&mut model, TopUpEvent::NewCard).expect("opens the form");
    let form = |model: &Model| match screen(model) {
        Screen::CardTopUp(form) => form,
        other => panic!("the card form, got {other:?}"),
    };
    top_up(&mut model, TopUpEvent::EditNumber { text: "9417".into() }).expect("types");
    assert_eq!(form(&model).scheme.as_deref(), Some("Элкарт"));
    top_up(&mut model, TopUpEvent::EditNumber { text: "6011".into() }).expect("types");
    assert_eq!(
        form(&model).number.and_then(|f| f.error).as_deref(),
        Some("Принимаем карты Элкарт, Visa, Mastercard и МИР")
    );
    // A typo in the last digit: the check digit says so once the number is whole.
    top_up(&mut model, TopUpEvent::EditNumber { text: "4169585000000008".into() }).expect("types");
    let screen_now = form(&model);
    assert_eq!(screen_now.number.as_ref().map(|f| f.value.as_str()), Some("4169 5850 0000 0008"), "grouped in fours");
    assert_eq!(screen_now.number.and_then(|f| f.error).as_deref(), Some("В номере карты ошибка: проверьте цифры"));
    top_up(&mut model, TopUpEvent::EditExpiry { text: "1126".into() }).expect("types");
    let expiry = form(&model).expiry.expect("expiry");
    assert_eq!((expiry.value.as_str(), expiry.error.as_deref()), ("11/26", Some("Срок действия карты истёк")));
    top_up(&mut model, TopUpEvent::EditExpiry { text: "07/2031".into() }).expect("autofilled");
    assert_eq!(form(&model).expiry.map(|f| f.value).as_deref(), Some("07/31"), "a four-digit year");
    top_up(&mut model, TopUpEvent::EditHolder { text: "Айгуль".into() }).expect("types");
    assert!(form(&model).holder.and_then(|f| f.error).is_some(), "Latin letters only");
    assert!(!form(&model).submit.enabled);

    let mut model = at_filled_form();
    let filled = form(&model);
    assert_eq!(
        (filled.fee.as_deref(), filled.total.as_deref()),
        (Some("Комиссия: 50,00\u{a0}сом"), Some("С карты спишется 5\u{a0}050,00\u{a0}сом"))
    );
    assert!(filled.submit.enabled && filled.save_on);
    // A fee answer for an amount since changed is ignored, and a new one asked.
    let effects = top_up(&mut model, TopUpEvent::EditAmount { text: "100".into() }).expect("types");
    assert!(matches!(&effects[..], [Effect::QuoteCardTopUp { .. }]));
    let stale = QuoteAbout { amount_minor: 500_000, card: "416958".into() };
    done(
        &mut model,
        Outcome::CardTopUpQuoted {
            about: stale,
            result: Ok((Money::from_minor(5_000, Currency::Kgs), CardScheme::Visa)),
        },
    );
    assert!(form(&model).fee.is_none() && !form(&model).submit.enabled);
}

#[test]
fn the_card_goes_once_and_a_lost_answer_is_retried_with_the_same_key() {
    let mut model = at_filled_form();
    let effects = top_up(&mut model, TopUpEvent::Submit).expect("sends");
    let [Effect::StartCardTopUp { request, key: None }] = &effects[..] else { panic!("sends the card: {effects:?}") };
    let CardSource::New { number, cvv, expiry_month, expiry_year, save, .. } = &request.card else {
        panic!("a new card")
    };
    assert_eq!(
        (number.as_str(), cvv.as_str(), *expiry_month, *expiry_year, *save),
        ("4169585000000009", "042", 7, 2031, true)
    );
    assert_eq!((request.amount_minor, request.fee_minor), (500_000, 5_000));
    assert!(!format!("{effects:?}{model:?}").contains("4169585000000009"), "the number in a debug print");
    assert!(!format!("{model:?}").contains("042\""), "the CVV in a debug print");
    assert!(top_up(&mut model, TopUpEvent::Submit).is_err(), "not twice while the bank has it");

    done(&mut model, Outcome::CardTopUpStarted { key: "key-1".into(), result: Err(BankFailure::Offline) });
    let Screen::CardTopUp(form) = screen(&model) else { panic!("still the form") };
    assert!(form.error.as_deref().is_some_and(|e| e.contains("не спишутся дважды")), "{form:?}");
    let effects = top_up(&mut model, TopUpEvent::Submit).expect("sends again");
    assert!(matches!(&effects[..], [Effect::StartCardTopUp { key: Some(key), .. }] if key == "key-1"), "{effects:?}");

    let challenge = answer(CardTopUpStatus::ChallengeRequired, None, 3, false);
    done(&mut model, Outcome::CardTopUpStarted { key: "key-1".into(), result: Ok(Box::new(challenge)) });
    let Screen::CardChallenge(code) = screen(&model) else { panic!("the issuer's code") };
    assert!(code.explain.contains("Sandbox Card Issuer") && code.explain.contains("Visa •• 0009"), "{}", code.explain);
    assert!(code.explain.contains("5\u{a0}050,00\u{a0}сом"), "what the SMS names: {}", code.explain);
    assert_eq!(code.code_length, 6);
    // The CVV is gone from the form underneath once the bank had the card.
    let Some(Route::CardTopUp(form)) = model.stack.routes().iter().rev().nth(1) else { panic!("the form under it") };
    assert!(form.cvv.is_empty());

    // A wrong code: said with the tries left; a lost answer to the right one goes again under the same key.
    top_up(&mut model, TopUpEvent::EditCode { text: "111111".into() }).expect("types");
    let effects = top_up(&mut model, TopUpEvent::SubmitCode).expect("sends");
    assert!(matches!(&effects[..], [Effect::AnswerCardChallenge { key: None, .. }]));
    done(
        &mut model,
        Outcome::CardChallengeAnswered {
            key: "a-1".into(),
            result: Ok(Box::new(answer(CardTopUpStatus::ChallengeRequired, None, 2, true))),
        },
    );
    let Screen::CardChallenge(code) = screen(&model) else { panic!("the code again") };
    assert_eq!(code.error.as_deref(), Some("Неверный код. Осталось попыток: 2"));
    assert!(code.field.value.is_empty());
    top_up(&mut model, TopUpEvent::EditCode { text: "123456".into() }).expect("types");
    top_up(&mut model, TopUpEvent::SubmitCode).expect("sends");
    done(&mut model, Outcome::CardChallengeAnswered { key: "a-2".into(), result: Err(BankFailure::Offline) });
    let effects = top_up(&mut model, TopUpEvent::SubmitCode).expect("sends again");
    assert!(
        matches!(&effects[..], [Effect::AnswerCardChallenge { key: Some(key), code, .. }] if key == "a-2" && code == "123456")
    );

    let effects = done(
        &mut model,
        Outcome::CardChallengeAnswered {
            key: "a-2".into(),
            result: Ok(Box::new(answer(CardTopUpStatus::Executed, None, 0, false))),
        },
    );
    assert!(effects.contains(&Effect::LoadWallet), "the balance follows: {effects:?}");
    let Screen::TopUpResult(result) = screen(&model) else { panic!("the result") };
    assert!(result.success);
    assert_eq!(result.headline, "Зачислено 5\u{a0}000,00\u{a0}сом");
    assert!(
        result.rows.iter().any(|r| r.label == "Списано с карты" && r.value == "5\u{a0}050,00\u{a0}сом"),
        "{:?}",
        result.rows
    );
    assert_eq!(model.stack.routes().len(), 2, "the flow is done: back leads home");
    assert!(!format!("{model:?}").contains("4169585000000009"), "nothing of the card is left but its last digits");
    let effects = top_up(&mut model, TopUpEvent::OpenReceipt).expect("opens the receipt");
    assert_eq!(effects, vec![Effect::LoadOperation { local_id: "op-9".into() }]);
    assert!(matches!(model.stack.top(), Route::Operation(_)));
}

#[test]
fn a_declined_top_up_says_why_and_offers_the_card_again() {
    for (decline, why) in [
        (CardDecline::IssuerDeclined, "отклонил"),
        (CardDecline::ChallengeFailed, "три раза"),
        (CardDecline::TimedOut, "вовремя"),
    ] {
        let mut model = at_menu();
        top_up(&mut model, TopUpEvent::SavedCard { card_id: "card-1".into() }).expect("opens the saved card");
        let Screen::CardTopUp(form) = screen(&model) else { panic!("the card form") };
        assert_eq!(form.card.as_deref(), Some("Карта Visa •• 0009, действует до 07/31"));
        assert!(form.number.is_none() && form.cvv.is_none(), "a saved card asks only for the amount");
        let effects = top_up(&mut model, TopUpEvent::EditAmount { text: "5000".into() }).expect("types");
        let [Effect::QuoteCardTopUp { request }] = &effects[..] else { panic!("the fee: {effects:?}") };
        assert_eq!(request.card, QuotedCard::Saved { card_id: "card-1".into() });
        let about = QuoteAbout { amount_minor: 500_000, card: "card-1".into() };
        done(
            &mut model,
            Outcome::CardTopUpQuoted { about, result: Ok((Money::from_minor(5_000, Currency::Kgs), CardScheme::Visa)) },
        );
        let effects = top_up(&mut model, TopUpEvent::Submit).expect("sends");
        let [Effect::StartCardTopUp { request, .. }] = &effects[..] else { panic!("sends: {effects:?}") };
        assert_eq!(request.card, CardSource::Saved { card_id: "card-1".into() });
        done(
            &mut model,
            Outcome::CardTopUpStarted {
                key: "k".into(),
                result: Ok(Box::new(answer(CardTopUpStatus::Declined, Some(decline), 0, false))),
            },
        );
        let Screen::TopUpResult(result) = screen(&model) else { panic!("the result") };
        assert!(!result.success && result.receipt.is_none());
        assert!(result.reason.as_deref().is_some_and(|r| r.contains(why) && r.contains("не списаны")), "{result:?}");
        let again = result.again.expect("again");
        let effects = update(&mut model, Msg::Ui(again.event)).expect("again");
        assert!(matches!(&effects[..], [Effect::QuoteCardTopUp { request }] if request.amount_minor == 500_000));
        let Screen::CardTopUp(form) = screen(&model) else { panic!("the card form again") };
        assert_eq!((form.amount.value.as_str(), form.card.is_some()), ("5000.00", true));
    }
}

#[test]
fn every_top_up_text_exists_in_every_language() {
    let mut model = at_filled_form();
    for language in crate::domain::Language::ALL {
        model.settings.language = Some(language);
        let json = serde_json::to_string(&view(&model, Catalog::shared())).expect("json");
        assert!(!json.contains('⟦'), "{language:?}: {json}");
    }
}
