//! «Платежи» through the app's one `update`: the catalogue kept and fetched, categories and search, a provider's
//! form with its account rule, the operator told by the number, the provider's word with the debt filled in, and
//! the common confirmation.

use wallet_protocol::operations::Recipient;
use wallet_protocol::services::{
    AccountRule, Names, ServiceAccountCheck, ServiceCatalogue, ServiceCategory, ServiceProvider,
};

use super::ServicesEvent;
use crate::api::BankFailure;
use crate::app::{Effect, Event, Model, Msg, Outcome, Rejection, Screen, update, view};
use crate::features::pay::tests::home_with_money;
use crate::i18n::Catalog;

fn names(ru: &str) -> Names {
    Names { ky: format!("{ru} (ky)"), ru: ru.into(), kk: format!("{ru} (kk)"), en: format!("{ru} (en)") }
}

fn provider(id: &str, category: &str, name: &str, account: AccountRule, currency: &str) -> ServiceProvider {
    ServiceProvider {
        provider_id: id.into(),
        category_id: category.into(),
        names: names(name),
        initials: name.chars().take(2).collect(),
        currency: currency.into(),
        account,
        account_label: names(if id == "severelectro" {
            "Лицевой счёт"
        } else {
            "Номер телефона"
        }),
        account_example: "1234567890".into(),
        min_amount_minor: 1_000,
        max_amount_minor: 10_000_000,
        tells_debt: id == "severelectro",
    }
}

fn catalogue() -> ServiceCatalogue {
    let phone = |prefixes: &[&str]| AccountRule::Phone { prefixes: prefixes.iter().map(|p| (*p).to_owned()).collect() };
    ServiceCatalogue {
        version: "1".into(),
        categories: vec![
            ServiceCategory { category_id: "mobile".into(), names: names("Мобильная связь") },
            ServiceCategory { category_id: "electricity".into(), names: names("Электроэнергия") },
            ServiceCategory { category_id: "gas".into(), names: names("Газ") },
        ],
        providers: vec![
            provider("megacom", "mobile", "MegaCom", phone(&["+99655"]), "KGS"),
            provider("beeline-kg", "mobile", "Beeline", phone(&["+99677"]), "KGS"),
            provider(
                "severelectro",
                "electricity",
                "Северэлектро",
                AccountRule::Digits { length: 10, luhn: false },
                "KGS",
            ),
            provider("kazgaz", "gas", "КазГаз", AccountRule::Digits { length: 8, luhn: false }, "KZT"),
        ],
    }
}

fn services(model: &mut Model, event: ServicesEvent) -> Result<Vec<Effect>, Rejection> {
    update(model, Msg::Ui(Event::Services(event)))
}

fn done(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    update(model, Msg::Outcome(outcome)).expect("outcomes apply")
}

fn screen(model: &Model) -> Screen {
    view(model, Catalog::shared()).screen
}

fn opened() -> Model {
    let mut model = home_with_money();
    let effects = services(&mut model, ServicesEvent::Open).expect("opens");
    assert_eq!(effects, vec![Effect::LoadServices, Effect::FetchServices]);
    done(&mut model, Outcome::ServicesLoaded { catalogue: Some(Box::new(catalogue())), fetched: Some(Ok(())) });
    model
}

fn form(model: &Model) -> super::ServicePayScreen {
    match screen(model) {
        Screen::ServicePay(form) => form,
        other => panic!("a provider's form, got {other:?}"),
    }
}

#[test]
fn categories_of_the_accounts_currency_then_providers_and_search() {
    let mut model = opened();
    let Screen::Services(browser) = screen(&model) else { panic!("the catalogue") };
    let labels: Vec<&str> = browser.categories.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(labels, ["Мобильная связь", "Электроэнергия"], "no category only tenge providers fill");
    services(&mut model, ServicesEvent::OpenCategory { category_id: "mobile".into() }).expect("opens");
    let Screen::Services(browser) = screen(&model) else { panic!("the category") };
    assert_eq!(browser.category.as_deref(), Some("Мобильная связь"));
    assert_eq!(browser.providers.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["MegaCom", "Beeline"]);
    // «back» returns to the categories, not home.
    update(&mut model, Msg::Ui(Event::Back)).expect("back");
    let Screen::Services(browser) = screen(&model) else { panic!("still the catalogue") };
    assert!(browser.category.is_none() && !browser.categories.is_empty());

    services(&mut model, ServicesEvent::Search { text: "северэл".into() }).expect("searches");
    let Screen::Services(browser) = screen(&model) else { panic!("the search") };
    assert_eq!(browser.providers.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Северэлектро"]);
    assert_eq!(browser.providers[0].category, "Электроэнергия");
    services(&mut model, ServicesEvent::Search { text: "казгаз".into() }).expect("searches");
    let Screen::Services(browser) = screen(&model) else { panic!("the search") };
    assert!(browser.providers.is_empty() && browser.empty.is_some(), "another currency's provider is not offered");
}

#[test]
fn offline_the_kept_catalogue_shows_and_says_so() {
    let mut model = home_with_money();
    services(&mut model, ServicesEvent::Open).expect("opens");
    done(&mut model, Outcome::ServicesLoaded { catalogue: Some(Box::new(catalogue())), fetched: None });
    done(&mut model, Outcome::ServicesLoaded { catalogue: None, fetched: Some(Err(BankFailure::Offline)) });
    let Screen::Services(browser) = screen(&model) else { panic!("the catalogue") };
    assert_eq!(browser.offline.as_deref(), Some("Нет связи с банком: показан сохранённый каталог"));
    assert_eq!(browser.categories.len(), 2);
    let retry = browser.retry.expect("retry");
    assert_eq!(update(&mut model, Msg::Ui(retry.event)).expect("retries"), vec![Effect::FetchServices]);
}

#[test]
fn a_bill_is_checked_its_debt_filled_in_and_confirmed_with_the_holder() {
    let mut model = opened();
    services(&mut model, ServicesEvent::OpenProvider { provider_id: "severelectro".into() }).expect("opens");
    assert_eq!(form(&model).account.label, "Лицевой счёт");
    assert!(services(&mut model, ServicesEvent::EditAccount { text: "12345".into() }).expect("types").is_empty());
    let effects = services(&mut model, ServicesEvent::EditAccount { text: "12 3456 7890".into() }).expect("types");
    assert_eq!(
        effects,
        vec![Effect::CheckServiceAccount { provider_id: "severelectro".into(), account: "1234567890".into() }]
    );
    assert!(form(&model).busy && !form(&model).submit.enabled);
    let answer = ServiceAccountCheck {
        provider_id: "severelectro".into(),
        account: "1234567890".into(),
        holder_masked: Some("Асанова А.".into()),
        debt_minor: Some(124_000),
        currency: "KGS".into(),
    };
    done(&mut model, Outcome::ServiceAccountChecked { account: "1234567890".into(), result: Ok(Box::new(answer)) });
    let filled = form(&model);
    assert_eq!(filled.holder.as_deref(), Some("Абонент: Асанова А."));
    assert_eq!(filled.debt.map(|d| d.replace('\u{a0}', " ")).as_deref(), Some("Задолженность: 1 240,00 сом"));
    assert_eq!(filled.amount.value, "1240.00", "the debt filled in");
    assert!(filled.submit.enabled);

    let effects = services(&mut model, ServicesEvent::Continue).expect("continues");
    let [Effect::QuotePayment { request }] = &effects[..] else { panic!("asks for the fee: {effects:?}") };
    assert_eq!(
        request.recipient,
        Recipient::Service { provider_id: "severelectro".into(), account: "1234567890".into() }
    );
    assert_eq!(request.amount_minor, 124_000);
    let Screen::PayConfirm(confirm) = screen(&model) else { panic!("the confirmation") };
    let details: Vec<(&str, &str)> = confirm.details.iter().map(|f| (f.label.as_str(), f.value.as_str())).collect();
    assert!(
        details.contains(&("Лицевой счёт", "1234567890")) && details.contains(&("Абонент", "Асанова А.")),
        "{details:?}"
    );
    assert!(details.iter().any(|(_, v)| *v == "Северэлектро"), "{details:?}");
}

#[test]
fn the_operator_is_told_by_the_number_and_refusals_are_said() {
    let mut model = opened();
    services(&mut model, ServicesEvent::OpenProvider { provider_id: "megacom".into() }).expect("opens");
    let effects = services(&mut model, ServicesEvent::EditAccount { text: "0777 123 456".into() }).expect("types");
    assert_eq!(
        effects,
        vec![Effect::CheckServiceAccount { provider_id: "beeline-kg".into(), account: "+996777123456".into() }]
    );
    let switched = form(&model);
    assert_eq!(
        (switched.title.as_str(), switched.operator_note.as_deref()),
        ("Beeline", Some("Оператор определён по номеру: Beeline"))
    );
    // The provider refuses; an answer about a number since changed is ignored.
    done(
        &mut model,
        Outcome::ServiceAccountChecked {
            account: "+996777123456".into(),
            result: Err(BankFailure::Refused { message_id: "bank-service-unavailable" }),
        },
    );
    assert_eq!(
        form(&model).check_error.as_deref(),
        Some("Поставщик сейчас не отвечает. Деньги не списаны, попробуйте позже")
    );
    services(&mut model, ServicesEvent::EditAccount { text: "0777 123 45".into() }).expect("types");
    done(
        &mut model,
        Outcome::ServiceAccountChecked { account: "+996777123456".into(), result: Err(BankFailure::Offline) },
    );
    assert!(form(&model).check_error.is_none(), "an answer about another number");
    // An amount outside the provider's limits.
    services(&mut model, ServicesEvent::EditAmount { text: "5".into() }).expect("types");
    assert_eq!(form(&model).amount.error.as_deref(), Some("Сумма вне допустимых пределов поставщика"));
}

#[test]
fn every_services_text_exists_in_every_language() {
    let mut model = opened();
    services(&mut model, ServicesEvent::OpenProvider { provider_id: "severelectro".into() }).expect("opens");
    services(&mut model, ServicesEvent::EditAccount { text: "123".into() }).expect("types");
    services(&mut model, ServicesEvent::Continue).expect("tries");
    for language in crate::domain::Language::ALL {
        model.settings.language = Some(language);
        let json = serde_json::to_string(&view(&model, Catalog::shared())).expect("json");
        assert!(!json.contains('⟦'), "{language:?}: {json}");
    }
}
