//! The catalogue and a provider's form as plain, localised data.

use serde::Serialize;
use wallet_formats::service_account::{AccountRule, ServiceAccountError};

use super::event::ServicesEvent;
use super::state::{AccountCheck, ServiceForm, ServicesBrowser, ServicesModel};
use super::update::{amount_problem, found, name_in, providers, ready};
use crate::app::Event;
use crate::app::view::Action;
use crate::domain::{Currency, Language, Money};
use crate::features::signin::view::{FieldKind, TextField};
use crate::i18n::Strings;

/// A provider in a list: its logo's initials, its name and its category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ProviderRow {
    pub initials: String,
    pub name: String,
    pub category: String,
    /// `Services.OpenProvider`.
    pub open: Action,
}

/// «Платежи»: the search, then the categories, a category's providers, or what the search found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ServicesScreen {
    pub title: String,
    /// `Services.Search`.
    pub search: TextField,
    /// «Избранное», over the favourites, on the categories' page when there are some.
    pub favourites_title: Option<String>,
    /// The favourites in the account's currency, each paid with the amount and the PIN.
    pub favourites: Vec<Action>,
    /// The categories (none while a category or a search shows).
    pub categories: Vec<Action>,
    /// The category open, as a heading over its providers.
    pub category: Option<String>,
    pub providers: Vec<ProviderRow>,
    /// «Ничего не нашлось», or that no catalogue has come yet.
    pub empty: Option<String>,
    /// «Нет связи с банком: каталог на …» — the kept catalogue shows.
    pub offline: Option<String>,
    pub retry: Option<Action>,
    pub busy: bool,
}

/// A provider's form: the account, the provider's word about it, the amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ServicePayScreen {
    /// The provider's name.
    pub title: String,
    pub initials: String,
    pub category: String,
    /// `Services.EditAccount`: a phone number, a personal account or a contract number, as the provider calls it.
    pub account: TextField,
    /// «Оператор определён по номеру: Beeline».
    pub operator_note: Option<String>,
    /// «Абонент: Асанова А.».
    pub holder: Option<String>,
    /// «Задолженность: 1 240,00 сом».
    pub debt: Option<String>,
    /// Why the provider refused the account, or that the bank cannot be reached.
    pub check_error: Option<String>,
    /// «Повторить» when the bank could not be reached.
    pub retry_check: Option<Action>,
    /// `Services.EditAmount`.
    pub amount: TextField,
    /// «От 10,00 до 100 000,00 сом».
    pub limits: String,
    /// «Продолжить».
    pub submit: Action,
    /// The provider is being asked about the account.
    pub busy: bool,
}

fn services(event: ServicesEvent) -> Event {
    Event::Services(event)
}

fn category_name(model: &ServicesModel, category_id: &str, language: Language) -> String {
    model
        .catalogue
        .iter()
        .flat_map(|c| c.categories.iter())
        .find(|c| c.category_id == category_id)
        .map(|c| name_in(&c.names, language).to_owned())
        .unwrap_or_default()
}

pub fn browser_screen(
    browser: &ServicesBrowser,
    model: &ServicesModel,
    saved: &crate::features::favourites::FavouritesModel,
    t: &Strings<'_>,
) -> ServicesScreen {
    let language = t.language();
    let row = |p: &wallet_protocol::services::ServiceProvider| ProviderRow {
        initials: p.initials.clone(),
        name: name_in(&p.names, language).to_owned(),
        category: category_name(model, &p.category_id, language),
        open: Action::new(
            name_in(&p.names, language).to_owned(),
            services(ServicesEvent::OpenProvider { provider_id: p.provider_id.clone() }),
        ),
    };
    let searching = !browser.query.trim().is_empty();
    let (categories, category, rows) = if searching {
        (Vec::new(), None, found(model, browser.currency, &browser.query).into_iter().map(row).collect::<Vec<_>>())
    } else if let Some(category_id) = &browser.category {
        let rows = providers(model, browser.currency).filter(|p| &p.category_id == category_id).map(row).collect();
        (Vec::new(), Some(category_name(model, category_id, language)), rows)
    } else {
        // Only the categories this currency's providers fill.
        let categories = model
            .catalogue
            .iter()
            .flat_map(|c| c.categories.iter())
            .filter(|c| providers(model, browser.currency).any(|p| p.category_id == c.category_id))
            .map(|c| {
                Action::new(
                    name_in(&c.names, language).to_owned(),
                    services(ServicesEvent::OpenCategory { category_id: c.category_id.clone() }),
                )
            })
            .collect();
        (categories, None, Vec::new())
    };
    let empty = match (&model.catalogue, searching && rows.is_empty()) {
        (None, _) if model.loading => None,
        (None, _) => Some(t.text("services-none-yet")),
        (Some(_), true) => Some(t.text("services-nothing-found")),
        _ => None,
    };
    let offline = model.problem.map(|id| t.text(id));
    // On the categories' page only: a search or a category is about providers.
    let favourites: Vec<Action> = if searching || browser.category.is_some() {
        Vec::new()
    } else {
        saved
            .favourites
            .iter()
            .filter(|f| f.currency == browser.currency.code())
            .map(|f| {
                let amount = Money::from_minor(f.amount_minor, browser.currency).format(language);
                Action::new(
                    format!("{} · {amount}", f.name),
                    Event::Favourites(crate::features::favourites::FavouritesEvent::Pay {
                        favourite_id: f.favourite_id.clone(),
                    }),
                )
            })
            .collect()
    };
    ServicesScreen {
        title: t.text("services-title"),
        search: TextField {
            kind: FieldKind::Text,
            label: t.text("services-search"),
            value: browser.query.clone(),
            placeholder: t.text("services-search-placeholder"),
            error: None,
        },
        favourites_title: (!favourites.is_empty()).then(|| t.text("favourites-title")),
        favourites,
        categories,
        category,
        providers: rows,
        empty,
        offline,
        retry: (model.problem.is_some() && !model.loading)
            .then(|| Action::new(t.text("pay-retry-quote"), services(ServicesEvent::Retry))),
        busy: model.loading && model.catalogue.is_none(),
    }
}

fn account_problem(error: ServiceAccountError, rule: &AccountRule) -> (&'static str, Option<u64>) {
    match (error, rule) {
        (ServiceAccountError::Empty, _) => ("services-account-empty", None),
        (ServiceAccountError::NotAPhone, _) => ("services-account-phone", None),
        (ServiceAccountError::OtherOperator, _) => ("services-account-operator", None),
        (ServiceAccountError::NotDigits, _) => ("services-account-digits", None),
        (ServiceAccountError::WrongLength, AccountRule::Digits { length, .. }) => {
            ("services-account-length", Some(u64::from(*length)))
        }
        (ServiceAccountError::WrongLength, _) => ("services-account-contract", None),
        (ServiceAccountError::CheckDigit, _) => ("services-account-check", None),
        (ServiceAccountError::BadCharacter, _) => ("services-account-contract", None),
    }
}

pub fn form_screen(form: &ServiceForm, model: &ServicesModel, t: &Strings<'_>) -> ServicePayScreen {
    let language = t.language();
    let provider = &form.provider;
    let kind = match provider.account {
        AccountRule::Phone { .. } => FieldKind::Phone,
        AccountRule::Digits { .. } => FieldKind::AccountNumber,
        AccountRule::Contract { .. } => FieldKind::Text,
    };
    let typed_enough = form.account_text.chars().filter(char::is_ascii_alphanumeric).count() >= 12;
    let account_error = match &form.account {
        Err(ServiceAccountError::Empty) if !form.tried => None,
        Err(error) if form.tried || typed_enough || *error == ServiceAccountError::OtherOperator => {
            let (id, length) = account_problem(*error, &provider.account);
            Some(match length {
                Some(length) => t.text_with(id, &[("length", length.into())]),
                None => t.text(id),
            })
        }
        _ => None,
    };
    let (mut holder, mut debt, mut check_error, mut retry_check) = (None, None, None, None);
    match &form.check {
        AccountCheck::Found { holder: name, debt: owed, .. } => {
            holder = name.as_ref().map(|name| t.text_with("services-holder", &[("name", name.clone().into())]));
            debt = owed.map(|owed| t.text_with("services-debt", &[("amount", owed.format(language).into())]));
        }
        AccountCheck::Refused { message_id, .. } => check_error = Some(t.text(message_id)),
        AccountCheck::Offline { .. } => {
            check_error = Some(t.text("services-check-offline"));
            retry_check = Some(Action::new(t.text("pay-retry-quote"), services(ServicesEvent::RetryCheck)));
        }
        AccountCheck::NotAsked | AccountCheck::Loading { .. } => {}
    }
    let amount_error = match amount_problem(form) {
        Some(id) if form.tried || !form.amount_text.trim().is_empty() => Some(t.text(id)),
        _ => None,
    };
    let currency = Currency::from_code(&provider.currency).unwrap_or(form.currency);
    let limits = t.text_with(
        "services-limits",
        &[
            ("min", Money::from_minor(provider.min_amount_minor, currency).format(language).into()),
            ("max", Money::from_minor(provider.max_amount_minor, currency).format(language).into()),
        ],
    );
    ServicePayScreen {
        title: name_in(&provider.names, language).to_owned(),
        initials: provider.initials.clone(),
        category: category_name(model, &provider.category_id, language),
        account: TextField {
            kind,
            label: name_in(&provider.account_label, language).to_owned(),
            value: form.account_text.clone(),
            placeholder: provider.account_example.clone(),
            error: account_error,
        },
        operator_note: form.switched.then(|| {
            t.text_with("services-operator", &[("name", name_in(&provider.names, language).to_owned().into())])
        }),
        holder,
        debt,
        check_error,
        retry_check,
        amount: TextField {
            kind: FieldKind::Amount,
            label: t.text("pay-amount"),
            value: form.amount_text.clone(),
            placeholder: t.text("transfer-amount-placeholder"),
            error: amount_error,
        },
        limits,
        submit: Action {
            label: t.text("transfer-continue"),
            event: services(ServicesEvent::Continue),
            enabled: ready(form),
        },
        busy: matches!(form.check, AccountCheck::Loading { .. }),
    }
}
