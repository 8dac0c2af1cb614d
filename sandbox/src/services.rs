//! The services catalogue of the sandbox: realistic demo providers of Kyrgyzstan and Kazakhstan (mobile operators,
//! internet, TV, electricity, gas, water, heating, education, fines and taxes), each with its account rule
//! (`wallet_formats::service_account`), the accounts they know with their holders and debts (`service_accounts`),
//! and their refusals: an account a provider does not have (`service_account_not_found`), a provider that is down
//! ([`DOWN_PROVIDER`], `service_unavailable`). A payment to a provider is an ordinary operation whose money leaves
//! the bank; once executed it lowers the account's debt (`service_payments`).

use axum::Json;
use axum::extract::State;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use wallet_formats::service_account::{self, AccountRule};
use wallet_protocol::ErrorCode;
use wallet_protocol::services::{
    Names, ServiceAccountCheck, ServiceAccountCheckRequest, ServiceCatalogue, ServiceCategory, ServiceProvider,
};

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{Body, Customer};

/// The provider that does not answer (its payments and checks are refused with `service_unavailable`).
pub const DOWN_PROVIDER: &str = "saima";
/// Bumped whenever the catalogue below changes: phones replace their copy.
const VERSION: &str = "2026-12-07.1";

fn names(ky: &str, ru: &str, kk: &str, en: &str) -> Names {
    Names { ky: ky.into(), ru: ru.into(), kk: kk.into(), en: en.into() }
}

fn phone_label() -> Names {
    names("Телефон номери", "Номер телефона", "Телефон нөмірі", "Phone number")
}

fn account_label() -> Names {
    names("Жеке эсеп", "Лицевой счёт", "Дербес шот", "Personal account")
}

fn contract_label() -> Names {
    names("Келишимдин номери", "Номер договора", "Шарт нөмірі", "Contract number")
}

const CATEGORIES: [(&str, &str, &str, &str, &str); 9] = [
    ("mobile", "Мобилдик байланыш", "Мобильная связь", "Ұялы байланыс", "Mobile"),
    ("internet", "Интернет", "Интернет", "Интернет", "Internet"),
    ("tv", "Телевидение", "Телевидение", "Теледидар", "TV"),
    ("electricity", "Электр энергиясы", "Электроэнергия", "Электр энергиясы", "Electricity"),
    ("gas", "Газ", "Газ", "Газ", "Gas"),
    ("water", "Суу", "Вода", "Су", "Water"),
    ("heating", "Жылуулук", "Отопление", "Жылу", "Heating"),
    ("education", "Билим берүү", "Образование", "Білім беру", "Education"),
    ("fines", "Айыптар жана салыктар", "Штрафы и налоги", "Айыппұлдар мен салықтар", "Fines and taxes"),
];

struct Demo {
    id: &'static str,
    category: &'static str,
    /// ky, ru, kk, en.
    names: [&'static str; 4],
    initials: &'static str,
    currency: &'static str,
    rule: fn() -> (AccountRule, Names),
    example: &'static str,
    tells_debt: bool,
}

fn prefixes(list: &[&str]) -> (AccountRule, Names) {
    (AccountRule::Phone { prefixes: list.iter().map(|p| (*p).to_owned()).collect() }, phone_label())
}

fn digits(length: u8, luhn: bool) -> (AccountRule, Names) {
    (AccountRule::Digits { length, luhn }, account_label())
}

fn contract() -> (AccountRule, Names) {
    (AccountRule::Contract { min_length: 5, max_length: 16 }, contract_label())
}

const PROVIDERS: [Demo; 17] = [
    Demo {
        id: "megacom",
        category: "mobile",
        names: ["MegaCom", "MegaCom", "MegaCom", "MegaCom"],
        initials: "MC",
        currency: "KGS",
        rule: || prefixes(&["+99655", "+99699", "+996755"]),
        example: "0555 123 456",
        tells_debt: false,
    },
    Demo {
        id: "beeline-kg",
        category: "mobile",
        names: ["Beeline", "Beeline", "Beeline", "Beeline"],
        initials: "BL",
        currency: "KGS",
        rule: || prefixes(&["+99677", "+99622"]),
        example: "0777 123 456",
        tells_debt: false,
    },
    Demo {
        id: "o-kg",
        category: "mobile",
        names: ["O!", "O!", "O!", "O!"],
        initials: "O!",
        currency: "KGS",
        rule: || prefixes(&["+99670", "+99650"]),
        example: "0700 123 456",
        tells_debt: false,
    },
    Demo {
        id: "aknet",
        category: "internet",
        names: ["Акнет", "Акнет", "Акнет", "Aknet"],
        initials: "АК",
        currency: "KGS",
        rule: contract,
        example: "AK-100234",
        tells_debt: true,
    },
    Demo {
        id: "saima",
        category: "internet",
        names: ["Сайма Телеком", "Сайма Телеком", "Сайма Телеком", "Saima Telecom"],
        initials: "СТ",
        currency: "KGS",
        rule: contract,
        example: "ST-20031",
        tells_debt: true,
    },
    Demo {
        id: "jet",
        category: "tv",
        names: ["Jet ТВ", "Jet ТВ", "Jet ТВ", "Jet TV"],
        initials: "JT",
        currency: "KGS",
        rule: || digits(9, false),
        example: "500100200",
        tells_debt: false,
    },
    Demo {
        id: "severelectro",
        category: "electricity",
        names: ["Северэлектро", "Северэлектро", "Северэлектро", "Severelectro"],
        initials: "СЭ",
        currency: "KGS",
        rule: || digits(10, false),
        example: "1234567890",
        tells_debt: true,
    },
    Demo {
        id: "gazprom-kg",
        category: "gas",
        names: ["Газпром Кыргызстан", "Газпром Кыргызстан", "Газпром Қырғызстан", "Gazprom Kyrgyzstan"],
        initials: "ГП",
        currency: "KGS",
        rule: || digits(8, true),
        example: "12345674",
        tells_debt: true,
    },
    Demo {
        id: "vodokanal",
        category: "water",
        names: ["Бишкексуудоканал", "Бишкекводоканал", "Бішкексуарнасы", "Bishkekvodokanal"],
        initials: "БВ",
        currency: "KGS",
        rule: || digits(7, false),
        example: "7654321",
        tells_debt: true,
    },
    Demo {
        id: "teploset",
        category: "heating",
        names: ["Бишкекжылуулуктармагы", "Бишкектеплосеть", "Бішкекжылужелісі", "Bishkekteploset"],
        initials: "БТ",
        currency: "KGS",
        rule: || digits(9, false),
        example: "100200300",
        tells_debt: true,
    },
    Demo {
        id: "kstu",
        category: "education",
        names: ["КМТУ (окуу акысы)", "КГТУ им. Раззакова (оплата обучения)", "ҚМТУ (оқу ақысы)", "KSTU (tuition)"],
        initials: "КТ",
        currency: "KGS",
        rule: contract,
        example: "KSTU-2024-117",
        tells_debt: true,
    },
    Demo {
        id: "safe-city",
        category: "fines",
        names: ["Коопсуз шаар: айыптар", "Безопасный город: штрафы", "Қауіпсіз қала: айыппұлдар", "Safe City: fines"],
        initials: "БГ",
        currency: "KGS",
        rule: || digits(14, false),
        example: "12345678901234",
        tells_debt: true,
    },
    Demo {
        id: "gns",
        category: "fines",
        names: ["Салык кызматы: салыктар", "Налоговая служба: налоги", "Салық қызметі: салықтар", "Tax service: taxes"],
        initials: "НС",
        currency: "KGS",
        rule: || digits(14, false),
        example: "21234199000123",
        tells_debt: true,
    },
    Demo {
        id: "kcell",
        category: "mobile",
        names: ["Kcell", "Kcell", "Kcell", "Kcell"],
        initials: "KC",
        currency: "KZT",
        rule: || prefixes(&["+7701", "+7702", "+7775", "+7778"]),
        example: "8 701 123 45 67",
        tells_debt: false,
    },
    Demo {
        id: "beeline-kz",
        category: "mobile",
        names: ["Beeline Казахстан", "Beeline Казахстан", "Beeline Қазақстан", "Beeline Kazakhstan"],
        initials: "BL",
        currency: "KZT",
        rule: || prefixes(&["+7705", "+7771", "+7776", "+7777"]),
        example: "8 705 123 45 67",
        tells_debt: false,
    },
    Demo {
        id: "tele2-kz",
        category: "mobile",
        names: ["Tele2", "Tele2", "Tele2", "Tele2"],
        initials: "T2",
        currency: "KZT",
        rule: || prefixes(&["+7707", "+7747", "+7700", "+7708"]),
        example: "8 707 123 45 67",
        tells_debt: false,
    },
    Demo {
        id: "almaty-energo",
        category: "electricity",
        names: ["Алматыэнергосбыт", "Алматыэнергосбыт", "Алматыэнергосбыт", "Almatyenergosbyt"],
        initials: "АЭ",
        currency: "KZT",
        rule: || digits(10, false),
        example: "9876543210",
        tells_debt: true,
    },
];

/// The accounts the demo providers know: provider, account, holder (masked as the provider shows it), debt.
pub const ACCOUNTS: [(&str, &str, &str, i64); 12] = [
    ("severelectro", "1234567890", "Асанова А.", 124_000),
    ("severelectro", "2345678901", "Токтогулов Б.", 0),
    ("gazprom-kg", "12345674", "Мамбетова Ч.", 56_050),
    ("vodokanal", "7654321", "Асанова А.", 31_500),
    ("teploset", "100200300", "Асанова А.", 210_000),
    ("aknet", "AK-100234", "Асанова А.", 99_000),
    ("saima", "ST-20031", "Токтогулов Б.", 85_000),
    ("jet", "500100200", "Мамбетова Ч.", 0),
    ("kstu", "KSTU-2024-117", "Асанова А.", 2_450_000),
    ("safe-city", "12345678901234", "Асанова А.", 300_000),
    ("gns", "21234199000123", "Асанова А.", 50_000),
    ("almaty-energo", "9876543210", "Ахметов Д.", 1_250_000),
];

fn provider_of(demo: &Demo) -> ServiceProvider {
    let (account, account_label) = (demo.rule)();
    let [ky, ru, kk, en] = demo.names;
    let (min, max) = if demo.currency == "KZT" { (10_000, 50_000_000) } else { (1_000, 10_000_000) };
    ServiceProvider {
        provider_id: demo.id.into(),
        category_id: demo.category.into(),
        names: names(ky, ru, kk, en),
        initials: demo.initials.into(),
        currency: demo.currency.into(),
        account,
        account_label,
        account_example: demo.example.into(),
        min_amount_minor: min,
        max_amount_minor: max,
        tells_debt: demo.tells_debt,
    }
}

pub fn catalogue() -> ServiceCatalogue {
    ServiceCatalogue {
        version: VERSION.into(),
        categories: CATEGORIES
            .iter()
            .map(|(id, ky, ru, kk, en)| ServiceCategory { category_id: (*id).into(), names: names(ky, ru, kk, en) })
            .collect(),
        providers: PROVIDERS.iter().map(provider_of).collect(),
    }
}

pub fn provider(provider_id: &str) -> Option<ServiceProvider> {
    PROVIDERS.iter().find(|demo| demo.id == provider_id).map(provider_of)
}

/// Fills the providers' accounts; what is there already stays (a paid debt stays paid).
pub fn seed(conn: &Connection) -> rusqlite::Result<()> {
    for (provider_id, account, holder, debt) in ACCOUNTS {
        conn.execute(
            "INSERT OR IGNORE INTO service_accounts (provider_id, account, holder_masked, debt_minor)
             VALUES (?1, ?2, ?3, ?4)",
            params![provider_id, account, holder, debt],
        )?;
    }
    Ok(())
}

/// The fee of a payment to a provider: fines and taxes 1 % (at least 10 сом / 100 ₸), everything else nothing.
pub fn fee_minor(provider: &ServiceProvider, amount_minor: i64) -> i64 {
    if provider.category_id != "fines" {
        return 0;
    }
    let minimum = if provider.currency == "KZT" { 10_000 } else { 1_000 };
    ((amount_minor + 99) / 100).max(minimum)
}

/// What a provider says about `account` (checked against its rule first), in `currency`.
pub fn check(
    tx: &Transaction<'_>,
    provider_id: &str,
    account: &str,
    currency: Option<&str>,
) -> Result<(ServiceProvider, ServiceAccountCheck), ApiError> {
    let provider = provider(provider_id)
        .ok_or_else(|| ApiError::unprocessable(ErrorCode::RecipientNotFound, "no such service provider"))?;
    if currency.is_some_and(|c| c != provider.currency) {
        return Err(ApiError::unprocessable(ErrorCode::CurrencyMismatch, "the provider takes another currency"));
    }
    if provider.provider_id == DOWN_PROVIDER {
        return Err(ApiError::unprocessable(ErrorCode::ServiceUnavailable, "the provider does not answer"));
    }
    let normalized = service_account::check(&provider.account, account)
        .map_err(|e| ApiError::unprocessable(ErrorCode::ServiceAccountNotFound, e.to_string()))?;
    let known: Option<(String, i64)> = tx
        .query_row(
            "SELECT holder_masked, debt_minor FROM service_accounts WHERE provider_id = ?1 AND account = ?2",
            params![provider.provider_id, normalized],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let answer = match (&provider.account, known) {
        // Any number of the operator's is a subscriber; operators do not name them.
        (AccountRule::Phone { .. }, _) => ServiceAccountCheck {
            provider_id: provider.provider_id.clone(),
            account: normalized,
            holder_masked: None,
            debt_minor: None,
            currency: provider.currency.clone(),
        },
        (_, Some((holder, debt))) => ServiceAccountCheck {
            provider_id: provider.provider_id.clone(),
            account: normalized,
            holder_masked: Some(holder),
            debt_minor: (provider.tells_debt && debt > 0).then_some(debt),
            currency: provider.currency.clone(),
        },
        (_, None) => {
            return Err(ApiError::unprocessable(ErrorCode::ServiceAccountNotFound, "the provider has no such account"));
        }
    };
    Ok((provider, answer))
}

/// Remembers which account an operation pays, to lower its debt once executed.
pub fn record_payment(
    tx: &Transaction<'_>,
    operation_id: &str,
    provider_id: &str,
    account: &str,
) -> Result<(), ApiError> {
    tx.execute(
        "INSERT INTO service_payments (operation_id, provider_id, account) VALUES (?1, ?2, ?3)",
        params![operation_id, provider_id, account],
    )?;
    Ok(())
}

/// An executed payment lowers the debt of the account it paid (never below nothing).
pub fn executed(tx: &Transaction<'_>, operation_id: &str, amount_minor: i64) -> Result<(), ApiError> {
    tx.execute(
        "UPDATE service_accounts SET debt_minor = MAX(0, debt_minor - ?1)
         WHERE (provider_id, account) = (SELECT provider_id, account FROM service_payments WHERE operation_id = ?2)",
        params![amount_minor, operation_id],
    )?;
    Ok(())
}

/// `GET /v1/services`.
pub async fn catalogue_route(_customer: Customer) -> Json<ServiceCatalogue> {
    Json(catalogue())
}

/// `POST /v1/services/check`: a read.
pub async fn check_route(
    State(state): State<AppState>,
    _customer: Customer,
    Body(request): Body<ServiceAccountCheckRequest>,
) -> Result<Json<ServiceAccountCheck>, ApiError> {
    state
        .db
        .tx(move |tx| check(tx, &request.provider_id, &request.account, None).map(|(_, answer)| answer))
        .await
        .map(Json)
}

/// What `POST /dev/services/bills` takes: a provider's new bill for an account.
#[derive(Debug, serde::Deserialize)]
pub struct NewBill {
    pub provider_id: String,
    pub account: String,
    pub amount_minor: i64,
}

/// `POST /dev/services/bills`: the provider issues a bill (the debt grows by it; a regular payment «on a bill»
/// pays it at its next run).
pub async fn issue_bill(
    State(state): State<AppState>,
    Body(bill): Body<NewBill>,
) -> Result<axum::http::StatusCode, ApiError> {
    if bill.amount_minor <= 0 {
        return Err(ApiError::unprocessable(ErrorCode::AmountInvalid, "a bill is positive"));
    }
    state
        .db
        .tx(move |tx| {
            let billed = tx.execute(
                "UPDATE service_accounts SET debt_minor = debt_minor + ?1, bill_seq = bill_seq + 1
                 WHERE provider_id = ?2 AND account = ?3",
                params![bill.amount_minor, bill.provider_id, bill.account],
            )?;
            if billed == 0 {
                return Err(ApiError::unprocessable(
                    ErrorCode::ServiceAccountNotFound,
                    "the provider has no such account",
                ));
            }
            Ok(axum::http::StatusCode::NO_CONTENT)
        })
        .await
}
