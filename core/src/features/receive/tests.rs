//! «Получить по QR» through the app's one `update`: the static code, the code with an amount, each refusal on the
//! screen, the accounts, and the codes read back as the payer's phone reads them.

use wallet_formats::elqr::{self, CodeKind};

use super::ReceiveEvent;
use crate::app::model::start;
use crate::app::{Event, Model, Msg, Outcome, Rejection, Route, Screen, Settings, update, view};
use crate::domain::{Currency, Language, Money};
use crate::features::home::WalletSnapshot;
use crate::features::pay::tests::home_with_money;
use crate::i18n::Catalog;
use crate::payments::qr_image;
use crate::payments::scan;
use crate::store::AccountRecord;

fn receive(model: &mut Model, event: ReceiveEvent) -> Result<(), Rejection> {
    let effects = update(model, Msg::Ui(Event::Receive(event)))?;
    // The code is made on the phone; at most the bank is asked sooner, while a code with an amount waits to be paid.
    assert!(
        effects.iter().all(|effect| matches!(effect, crate::app::Effect::SyncLater { .. })),
        "the code is made on the phone: {effects:?}"
    );
    Ok(())
}

fn screen(model: &Model) -> super::ReceiveScreen {
    match view(model, Catalog::shared()).screen {
        Screen::Receive(screen) => screen,
        other => panic!("expected the receive screen, got {other:?}"),
    }
}

fn ru(id: &str) -> String {
    Catalog::shared().strings(Language::Ru).text(id)
}

fn opened() -> Model {
    let mut model = home_with_money();
    receive(&mut model, ReceiveEvent::Open).expect("opens");
    model
}

fn account(id: &str, currency: Currency) -> AccountRecord {
    AccountRecord {
        account_id: id.into(),
        balance: Money::from_minor(100_000, currency),
        available: Money::from_minor(100_000, currency),
        confirmed_at_ms: 0,
    }
}

fn load(model: &mut Model, accounts: Vec<AccountRecord>) {
    let snapshot = WalletSnapshot { session: Some("+996 555 ***456".into()), accounts, ..Default::default() };
    update(model, Msg::Outcome(Outcome::WalletLoaded(snapshot))).expect("loads");
}

#[test]
fn home_offers_it_only_when_signed_in() {
    let Screen::Home(home) = view(&home_with_money(), Catalog::shared()).screen else { panic!("home") };
    let action = home.receive.expect("signed in: «Получить по QR»");
    assert_eq!((action.label.as_str(), action.event), ("Получить по QR", Event::Receive(ReceiveEvent::Open)));

    let settings = Settings { language: Some(Language::Ru), ..Settings::default() };
    let mut signed_out = Model::restore(settings, start(Language::Ru));
    signed_out.stack.apply(crate::app::Nav::Reset(Route::Home));
    let Screen::Home(home) = view(&signed_out, Catalog::shared()).screen else { panic!("home") };
    assert!(home.receive.is_none());
    let before = signed_out.clone();
    let refused = receive(&mut signed_out, ReceiveEvent::Open);
    assert!(matches!(refused, Err(Rejection::NotNow { event: "Receive.Open", .. })), "{refused:?}");
    assert_eq!(signed_out, before, "a rejection changes nothing");
}

#[test]
fn the_static_code_reads_back_as_the_customers_account_with_the_amount_to_type() {
    let model = opened();
    let screen = screen(&model);
    assert_eq!(screen.title, "Получить по QR");
    assert_eq!(screen.account.as_deref(), Some("Счёт в сомах"));
    assert!(screen.accounts.is_empty(), "one account: nothing to choose");
    assert_eq!(screen.name, "+996 555 ***456");
    assert_eq!(screen.hint.as_deref(), Some("Любой может оплатить по этому коду любую сумму"));
    assert!(screen.clear.is_none() && screen.error.is_none() && screen.amount_error.is_none());

    let link = screen.link.expect("a link");
    assert!(link.starts_with(elqr::UNIVERSAL_ROUTER), "{link}");
    assert_eq!(screen.share_text.as_deref(), Some(format!("Переведите мне деньги по ссылке: {link}").as_str()));
    assert_eq!(screen.qr, Some(qr_image::matrix(&link).expect("renders")), "the matrix of the link itself");

    let intent = scan::read(&link, &[Currency::Kgs]).expect("the payer's phone reads it");
    assert!(intent.amount_editable && intent.amount.is_none() && !intent.dynamic);
    assert_eq!((intent.recipient.as_str(), intent.provider_id.as_str()), ("+996 555 ***456", "qr.sandbox.kg"));
    let code = elqr::parse(&link).expect("parses");
    assert!(code.checksum_ok);
    assert_eq!(code.kind, CodeKind::Static);
    assert_eq!(code.provider.service_code.as_deref(), Some("p2p"));
    assert_eq!(code.provider.recipient_id.as_deref(), Some("acc-1"));
    assert_eq!((code.provider.transaction_id, code.comment, code.currency.as_str()), (None, None, "417"));
}

#[test]
fn an_amount_and_a_comment_make_a_dynamic_code_that_fixes_them() {
    let mut model = opened();
    receive(&mut model, ReceiveEvent::EditAmount { text: "150.00".into() }).expect("types");
    receive(&mut model, ReceiveEvent::EditComment { text: " За обед: пятница ".into() }).expect("types");
    let screen = screen(&model);
    assert_eq!(screen.hint.as_deref(), Some("Код на 150,00\u{a0}сом: оплатить по нему можно один раз"));
    let link = screen.link.expect("a link");
    assert_eq!(
        screen.share_text.as_deref(),
        Some(format!("Переведите мне 150,00\u{a0}сом по ссылке: {link}").as_str())
    );
    assert_eq!(screen.clear.map(|a| a.event), Some(Event::Receive(ReceiveEvent::Clear)));

    let intent = scan::read(&link, &[Currency::Kgs]).expect("reads");
    assert_eq!(intent.amount, Some(Money::from_minor(15_000, Currency::Kgs)));
    assert!(!intent.amount_editable && intent.dynamic);
    assert_eq!(intent.comment.as_deref(), Some("За обед: пятница"), "trimmed, the colon is plain text");
    let code = elqr::parse(&link).expect("parses");
    assert_eq!(
        (code.kind, code.amount_minor, code.provider.amount_editable),
        (CodeKind::Dynamic, Some(15_000), Some(false))
    );
    let transaction = code.provider.transaction_id.expect("a dynamic code names its transaction");
    assert!(transaction.starts_with("p2p-") && transaction.len() == 20, "{transaction}");

    // «Без суммы»: the static code again.
    receive(&mut model, ReceiveEvent::Clear).expect("clears");
    let screen = self::screen(&model);
    assert_eq!((screen.amount.as_str(), screen.comment.as_str()), ("", ""));
    let code = elqr::parse(&screen.link.expect("a link")).expect("parses");
    assert_eq!((code.kind, code.amount_minor), (CodeKind::Static, None));
}

#[test]
fn the_same_amount_asked_again_is_a_new_code_and_the_same_model_makes_the_same_one() {
    let mut model = opened();
    let transaction = |model: &Model| {
        let link = screen(model).link.expect("a link");
        elqr::parse(&link).expect("parses").provider.transaction_id.expect("dynamic")
    };
    receive(&mut model, ReceiveEvent::EditAmount { text: "150".into() }).expect("types");
    let first = transaction(&model);

    // Pure: the same model and event make the same code.
    let mut twin = model.clone();
    receive(&mut model, ReceiveEvent::EditAmount { text: "200".into() }).expect("types");
    receive(&mut twin, ReceiveEvent::EditAmount { text: "200".into() }).expect("types");
    assert_eq!(screen(&model), screen(&twin));

    // Each dynamic code is paid once, so asking for 150 again needs another transaction id: on this screen…
    receive(&mut model, ReceiveEvent::Clear).expect("clears");
    receive(&mut model, ReceiveEvent::EditAmount { text: "150".into() }).expect("types");
    let again = transaction(&model);
    assert_ne!(first, again);
    // …and after opening the screen again (the engine counts a view for every change in between).
    update(&mut model, Msg::Ui(Event::Back)).expect("back");
    model.revision += 2;
    receive(&mut model, ReceiveEvent::Open).expect("opens");
    receive(&mut model, ReceiveEvent::EditAmount { text: "150".into() }).expect("types");
    let reopened = transaction(&model);
    assert!(reopened != first && reopened != again);
}

#[test]
fn each_bad_amount_has_its_own_message_and_no_code() {
    let mut model = opened();
    let cases = [
        ("abc", "pay-amount-not-a-number"),
        ("0", "pay-amount-zero"),
        ("0,00", "pay-amount-zero"),
        ("1,234", "pay-amount-too-precise"),
        ("99999999999999999", "pay-amount-too-large"),
        ("100000000000", "pay-amount-too-large"),
    ];
    for (text, message) in cases {
        receive(&mut model, ReceiveEvent::EditAmount { text: text.into() }).expect("types");
        let screen = screen(&model);
        assert_eq!(screen.amount_error, Some(ru(message)), "{text}");
        assert_eq!((screen.qr, screen.link, screen.share_text, screen.hint), (None, None, None, None), "{text}");
        assert_eq!(screen.error, None, "the field says it");
    }
    // The largest amount the standard allows still makes a code.
    receive(&mut model, ReceiveEvent::EditAmount { text: "99999999999,99".into() }).expect("types");
    let link = screen(&model).link.expect("a code");
    assert_eq!(elqr::parse(&link).expect("parses").amount_minor, Some(9_999_999_999_999));
    // An emptied field is the static code again.
    receive(&mut model, ReceiveEvent::EditAmount { text: "  ".into() }).expect("types");
    let screen = screen(&model);
    assert!(screen.amount_error.is_none());
    assert_eq!(elqr::parse(&screen.link.expect("a code")).expect("parses").kind, CodeKind::Static);
}

#[test]
fn a_comment_over_the_codes_limit_is_said_and_makes_no_code() {
    let mut model = opened();
    let screen = screen(&model);
    assert_eq!(screen.comment_hint, "Не больше 32 символов");
    receive(&mut model, ReceiveEvent::EditAmount { text: "150".into() }).expect("types");
    receive(&mut model, ReceiveEvent::EditComment { text: "ж".repeat(33) }).expect("types");
    let screen = self::screen(&model);
    assert_eq!(
        screen.comment_error.as_deref(),
        Some("Комментарий длиннее 32 символов (33): сократите его, иначе код не прочитают")
    );
    assert_eq!((screen.qr, screen.link), (None, None));
    // 32 units exactly fit; an emoji is two.
    receive(&mut model, ReceiveEvent::EditComment { text: format!("{}😀", "ж".repeat(30)) }).expect("types");
    let link = self::screen(&model).link.expect("32 units fit");
    assert_eq!(elqr::parse(&link).expect("parses").comment, Some(format!("{}😀", "ж".repeat(30))));
    receive(&mut model, ReceiveEvent::EditComment { text: format!("{}😀", "ж".repeat(31)) }).expect("types");
    assert!(self::screen(&model).comment_error.is_some_and(|e| e.contains("(33)")));
}

#[test]
fn a_customer_with_several_currencies_chooses_the_account() {
    let mut model = home_with_money();
    load(
        &mut model,
        vec![account("usd-1", Currency::Usd), account("kzt-1", Currency::Kzt), account("acc-1", Currency::Kgs)],
    );
    receive(&mut model, ReceiveEvent::Open).expect("opens");
    let screen = screen(&model);
    assert_eq!(screen.account.as_deref(), Some("Счёт в сомах"), "som first, wherever it is in the list");
    let labels: Vec<_> = screen.accounts.iter().map(|a| (a.label.as_str(), a.selected)).collect();
    assert_eq!(labels, [("Счёт в долларах США", false), ("Счёт в тенге", false), ("Счёт в сомах", true)]);

    receive(&mut model, ReceiveEvent::EditAmount { text: "1,5".into() }).expect("types");
    let choose = screen.accounts[1].choose.clone();
    update(&mut model, Msg::Ui(choose)).expect("chooses the tenge account");
    let screen = self::screen(&model);
    assert_eq!(screen.account.as_deref(), Some("Счёт в тенге"));
    let intent = scan::read(&screen.link.expect("a code"), &[Currency::Kzt]).expect("reads");
    assert_eq!(intent.amount, Some(Money::from_minor(150, Currency::Kzt)), "the amount is in the account's currency");
    assert_eq!(elqr::parse(&self::screen(&model).link.expect("a code")).expect("parses").currency, "398");

    let unknown = receive(&mut model, ReceiveEvent::ChooseAccount { account_id: "nope".into() });
    assert!(matches!(unknown, Err(Rejection::NotNow { .. })), "{unknown:?}");
    let wrong = receive(&mut model, ReceiveEvent::Open);
    assert!(matches!(wrong, Err(Rejection::WrongScreen { screen: "receive", .. })), "{wrong:?}");
}

#[test]
fn opened_before_the_accounts_load_the_code_comes_with_them_and_then_stays() {
    let mut model = home_with_money();
    load(&mut model, vec![]);
    receive(&mut model, ReceiveEvent::Open).expect("opens");
    let empty = screen(&model);
    assert_eq!((empty.error, empty.qr, empty.account), (Some(ru("receive-no-account")), None, None));

    load(&mut model, vec![account("acc-1", Currency::Kgs)]);
    receive(&mut model, ReceiveEvent::EditAmount { text: "150".into() }).expect("types");
    let shown = screen(&model);
    assert!(shown.link.is_some() && shown.error.is_none());
    // A sync reads the same accounts again: the code on screen does not change under the payer's camera.
    load(&mut model, vec![account("acc-1", Currency::Kgs)]);
    assert_eq!(screen(&model), shown);
}

#[test]
fn a_code_over_the_formats_limits_is_a_message_not_a_panic() {
    let mut model = home_with_money();
    model.qr_provider_id = "provider-id-of-forty-characters.bank.kg".into();
    receive(&mut model, ReceiveEvent::Open).expect("opens");
    let screen = screen(&model);
    assert_eq!((screen.error, screen.qr), (Some(ru("receive-code-too-long")), None));
}

#[test]
fn money_that_comes_in_replaces_the_code_and_elsewhere_is_a_notice() {
    use crate::app::{MoneyReceived, Notice};
    let received = |amount_minor: i64| Outcome::SyncFinished {
        at_ms: 1,
        problem: None,
        received: vec![MoneyReceived {
            local_id: "in-1".into(),
            amount: Money::from_minor(amount_minor, Currency::Kgs),
            from: "Айгуль А.".into(),
        }],
        new_events: 0,
    };
    let mut model = opened();
    receive(&mut model, ReceiveEvent::EditAmount { text: "250".into() }).expect("types");
    let link = screen(&model).link.expect("a code");
    assert_eq!(screen(&model).copy_link_label, "Скопировать ссылку");
    update(&mut model, Msg::Outcome(received(25_000))).expect("applies");
    let paid = screen(&model);
    assert_eq!(paid.received.as_deref(), Some("Получено 250,00\u{a0}сом от Айгуль А."));
    assert_eq!(model.notice, None, "the screen says it, not a notice over it");
    // «Получить ещё»: a fresh code, never the one just paid.
    receive(&mut model, ReceiveEvent::Again).expect("again");
    let again = screen(&model);
    assert_eq!((again.received, again.again), (None, None));
    assert_ne!(again.link.expect("a new code"), link);

    let mut home = home_with_money();
    update(&mut home, Msg::Outcome(received(10_000))).expect("applies");
    assert_eq!(
        home.notice,
        Some(Notice::MoneyIn { amount: Money::from_minor(10_000, Currency::Kgs), from: "Айгуль А.".into() })
    );
    let notice = view(&home, Catalog::shared()).notice.expect("a notice");
    assert_eq!(notice.text, "Получено 100,00\u{a0}сом от Айгуль А.");
    assert_eq!((notice.kind, notice.hide_after_ms), (crate::app::view::NoticeKind::Success, Some(4_000)));
}
