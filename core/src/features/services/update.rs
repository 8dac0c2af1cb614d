//! The rules of the catalogue and a provider's form.

use wallet_formats::service_account::{self, AccountRule, ServiceAccountError};
use wallet_protocol::services::{ServiceAccountCheck, ServiceCatalogue, ServiceProvider};

use super::event::ServicesEvent;
use super::state::{AccountCheck, ServiceForm, ServicesBrowser, ServicesModel};
use crate::api::BankFailure;
use crate::app::{Effect, Nav, Rejection, Route, Step};
use crate::domain::{Currency, Language, Money};
use crate::features::home::Wallet;
use crate::features::pay::update::{open_confirmation, parse_amount, typed};
use crate::features::pay::{AmountProblem, Payee};

fn wrong_screen(event: &ServicesEvent, screen: &'static str) -> Rejection {
    Rejection::WrongScreen { event: event.name(), screen }
}

/// The currency of the account paid from: som first, as everywhere.
fn currency(wallet: &Wallet, event: &'static str) -> Result<Currency, Rejection> {
    if wallet.session.is_none() {
        return Err(Rejection::NotNow { event, reason: "nobody is signed in" });
    }
    let currencies = || wallet.accounts.iter().map(|a| a.available.currency());
    currencies()
        .find(|c| *c == Currency::Kgs)
        .or_else(|| currencies().next())
        .ok_or(Rejection::NotNow { event, reason: "no account has loaded yet" })
}

/// Asks for the kept catalogue and the bank's, unless the bank is being asked already.
fn load(services: &mut ServicesModel) -> Vec<Effect> {
    if services.loading {
        return Vec::new();
    }
    services.loading = true;
    let mut effects = vec![Effect::FetchServices];
    if services.catalogue.is_none() {
        effects.insert(0, Effect::LoadServices);
    }
    effects
}

/// «Платежи» on home.
pub fn open(wallet: &Wallet, services: &mut ServicesModel) -> Result<Step, Rejection> {
    // (The favourites shown over the categories are read with the sync; see `features/favourites`.)
    let currency = currency(wallet, "Services.Open")?;
    let browser = ServicesBrowser { currency, category: None, query: String::new() };
    let mut step = Step::to(Nav::Push(Route::Services(browser)));
    step.effects.extend(load(services));
    Ok(step)
}

/// The catalogue, kept or from the bank (`fetched`: how asking the bank went; `None` for the kept one).
pub fn loaded(
    services: &mut ServicesModel,
    catalogue: Option<Box<ServiceCatalogue>>,
    fetched: Option<Result<(), BankFailure>>,
) {
    match fetched {
        None => {
            // The kept one never replaces what the bank already sent.
            if services.catalogue.is_none() {
                services.catalogue = catalogue;
            }
        }
        Some(Ok(())) => {
            services.loading = false;
            services.problem = None;
            if catalogue.is_some() {
                services.catalogue = catalogue;
            }
        }
        Some(Err(failure)) => {
            services.loading = false;
            services.problem = Some(match failure {
                BankFailure::Offline => "services-offline",
                BankFailure::Refused { message_id } => message_id,
            });
        }
    }
}

/// The providers of `currency` in the order of the catalogue.
pub fn providers(services: &ServicesModel, currency: Currency) -> impl Iterator<Item = &ServiceProvider> {
    services
        .catalogue
        .iter()
        .flat_map(|catalogue| catalogue.providers.iter())
        .filter(move |p| p.currency == currency.code())
}

/// The name of a provider or category in `language`.
pub fn name_in(names: &wallet_protocol::services::Names, language: Language) -> &str {
    match language {
        Language::Ky => &names.ky,
        Language::Ru => &names.ru,
        Language::Kk => &names.kk,
        Language::En => &names.en,
    }
}

/// What a search finds: providers of the currency whose name in any language holds the text, case aside.
pub fn found<'a>(services: &'a ServicesModel, currency: Currency, query: &str) -> Vec<&'a ServiceProvider> {
    let query = query.trim().to_lowercase();
    providers(services, currency)
        .filter(|p| {
            [&p.names.ky, &p.names.ru, &p.names.kk, &p.names.en].iter().any(|n| n.to_lowercase().contains(&query))
        })
        .collect()
}

pub fn browser(
    browser: &mut ServicesBrowser,
    event: ServicesEvent,
    services: &mut ServicesModel,
) -> Result<Step, Rejection> {
    match event {
        ServicesEvent::Search { text } => {
            browser.query = text.chars().take(40).collect();
            Ok(Step::stay())
        }
        ServicesEvent::OpenCategory { category_id } => {
            let known =
                services.catalogue.as_ref().is_some_and(|c| c.categories.iter().any(|k| k.category_id == category_id));
            if !known {
                return Err(Rejection::NotNow { event: "Services.OpenCategory", reason: "no such category" });
            }
            browser.category = Some(category_id);
            Ok(Step::stay())
        }
        ServicesEvent::OpenProvider { provider_id } => {
            let provider = providers(services, browser.currency)
                .find(|p| p.provider_id == provider_id)
                .cloned()
                .ok_or(Rejection::NotNow { event: "Services.OpenProvider", reason: "no such provider" })?;
            Ok(Step::to(Nav::Push(Route::ServicePay(Box::new(form(provider, browser.currency))))))
        }
        ServicesEvent::Retry => {
            if services.loading {
                return Err(Rejection::NotNow { event: "Services.Retry", reason: "the bank is being asked" });
            }
            Ok(Step { nav: Nav::Stay, effects: load(services) })
        }
        other => Err(wrong_screen(&other, "services")),
    }
}

/// «back» in a category returns to the categories; elsewhere it leaves the catalogue.
pub fn back(browser: &mut ServicesBrowser) -> Option<Step> {
    browser.category.take().map(|_| Step::stay())
}

fn form(provider: ServiceProvider, currency: Currency) -> ServiceForm {
    ServiceForm {
        provider,
        switched: false,
        account_text: String::new(),
        account: Err(ServiceAccountError::Empty),
        check: AccountCheck::NotAsked,
        currency,
        amount_text: String::new(),
        amount: Err(AmountProblem::Zero),
        amount_typed: false,
        tried: false,
    }
}

/// «Повторить» on a past payment to a provider: its form with the account and the amount, asked about again.
pub fn again(
    provider_id: &str,
    account: &str,
    amount: Money,
    services: &ServicesModel,
    wallet: &Wallet,
) -> Result<Step, Rejection> {
    currency(wallet, "Operation.Repeat")?;
    let provider = services
        .provider(provider_id)
        .cloned()
        .ok_or(Rejection::NotNow { event: "Operation.Repeat", reason: "the catalogue has no such provider" })?;
    let mut form = form(provider, amount.currency());
    form.amount_text = typed(&amount);
    form.amount = parse_amount(&form.amount_text, form.currency);
    form.amount_typed = true;
    let effect = edit_account(&mut form, account, services);
    let step = Step::to(Nav::Push(Route::ServicePay(Box::new(form))));
    Ok(match effect {
        Some(effect) => step.with(effect),
        None => step,
    })
}

/// Reads the typed account; a mobile number of another operator of the same kind switches the form to it; a valid
/// account not asked about yet is asked about.
fn edit_account(form: &mut ServiceForm, text: &str, services: &ServicesModel) -> Option<Effect> {
    form.account_text = text.chars().take(40).collect();
    form.account = service_account::check(&form.provider.account, &form.account_text);
    if form.account == Err(ServiceAccountError::OtherOperator) {
        let operator = providers(services, form.currency).find(|p| {
            p.category_id == form.provider.category_id
                && matches!(p.account, AccountRule::Phone { .. })
                && service_account::check(&p.account, &form.account_text).is_ok()
        });
        if let Some(operator) = operator.cloned() {
            form.provider = operator;
            form.switched = true;
            form.account = service_account::check(&form.provider.account, &form.account_text);
        }
    }
    ask(form)
}

/// Asks the provider about the account on screen, unless its answer is there already.
fn ask(form: &mut ServiceForm) -> Option<Effect> {
    let Ok(account) = form.account.clone() else {
        form.check = AccountCheck::NotAsked;
        return None;
    };
    if form.check.account() == Some(account.as_str()) && !matches!(form.check, AccountCheck::Offline { .. }) {
        return None;
    }
    form.check = AccountCheck::Loading { account: account.clone() };
    Some(Effect::CheckServiceAccount { provider_id: form.provider.provider_id.clone(), account })
}

fn with(effect: Option<Effect>) -> Step {
    match effect {
        Some(effect) => Step::stay().with(effect),
        None => Step::stay(),
    }
}

/// The amount, when it is within what the provider takes.
pub fn amount_problem(form: &ServiceForm) -> Option<&'static str> {
    match &form.amount {
        Err(problem) => Some(problem.message_id()),
        Ok(amount) => {
            let minor = amount.to_minor().unwrap_or(i64::MAX);
            (!(form.provider.min_amount_minor..=form.provider.max_amount_minor).contains(&minor))
                .then_some("services-amount-outside")
        }
    }
}

/// The checked account with a valid amount: what «Продолжить» needs.
pub fn ready(form: &ServiceForm) -> bool {
    matches!(form.check, AccountCheck::Found { .. }) && amount_problem(form).is_none()
}

pub fn service(
    form: &mut ServiceForm,
    event: ServicesEvent,
    services: &ServicesModel,
    wallet: &Wallet,
) -> Result<Step, Rejection> {
    match event {
        ServicesEvent::EditAccount { text } => Ok(with(edit_account(form, &text, services))),
        ServicesEvent::RetryCheck => match form.check {
            AccountCheck::Offline { .. } => Ok(with(ask(form))),
            _ => Err(Rejection::NotNow { event: "Services.RetryCheck", reason: "the provider has answered" }),
        },
        ServicesEvent::EditAmount { text } => {
            form.amount_text = text.chars().take(32).collect();
            form.amount = parse_amount(&form.amount_text, form.currency);
            form.amount_typed = true;
            Ok(Step::stay())
        }
        ServicesEvent::Continue => {
            form.tried = true;
            let (AccountCheck::Found { account, holder, .. }, Ok(amount)) = (&form.check, &form.amount) else {
                return Ok(Step::stay());
            };
            if !ready(form) {
                return Ok(Step::stay());
            }
            let payee = Payee::Service {
                provider_id: form.provider.provider_id.clone(),
                names: form.provider.names.clone(),
                account_label: form.provider.account_label.clone(),
                account: account.clone(),
                holder: holder.clone(),
            };
            Ok(open_confirmation(payee, form.currency, Some(*amount), false, None, wallet))
        }
        other => Err(wrong_screen(&other, "service-pay")),
    }
}

/// The provider's word about an account; one about an account no longer on screen is ignored. A debt fills the
/// amount in unless the user typed one.
pub fn checked(form: &mut ServiceForm, account: &str, result: Result<ServiceAccountCheck, BankFailure>) {
    if form.check != (AccountCheck::Loading { account: account.to_owned() }) {
        return;
    }
    let account = account.to_owned();
    form.check = match result {
        Ok(answer) => {
            let debt = answer.debt_minor.map(|minor| Money::from_minor(minor, form.currency));
            if let (Some(debt), false) = (&debt, form.amount_typed) {
                form.amount_text = typed(debt);
                form.amount = Ok(*debt);
            }
            AccountCheck::Found { account, holder: answer.holder_masked, debt }
        }
        Err(BankFailure::Offline) => AccountCheck::Offline { account },
        Err(BankFailure::Refused { message_id }) => AccountCheck::Refused { account, message_id },
    };
}
