//! Favourites and regular payments (seed 001 §1.6): a payment saved with a name, and the bank's own rules that pay
//! a favourite every month on a day (the month's last day when it is shorter), every week on a weekday, or whenever
//! its provider issues a bill. The rules run on the sandbox's clock ([`run_due`], with the operations that fall
//! due), each run once per period (`regular_runs`): an ordinary operation made with the rule's authority (no SMS
//! code), or, when the bank refuses it (not enough money, over a limit), an operation kept rejected with its reason.
//! Both reach the history and the inbox like any other.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use rusqlite::{OptionalExtension, Row, Transaction, params};
use time::{Date, OffsetDateTime, Time};
use wallet_protocol::ErrorCode;
use wallet_protocol::favourites::{
    Favourite, FavouriteUpdate, Favourites, MAX_FAVOURITES, MAX_NAME, NewFavourite, NewRegularPayment, RegularPayment,
    RegularPaymentUpdate, RegularPayments, RegularRun, Schedule,
};
use wallet_protocol::operations::{NewOperation, OperationKind, Recipient};

use crate::AppState;
use crate::banking::{self, Authority, ExecutionDelays, rfc3339};
use crate::clock::{BANK_OFFSET, bank_today};
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::idempotency;
use crate::receipts::Signer;

fn not_found(what: &str) -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, format!("no such {what}"))
}

fn check_name(name: &str) -> Result<String, ApiError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(ApiError::unprocessable(ErrorCode::TextInvalid, "a favourite's name is 1 to 40 characters"));
    }
    crate::free_text::check("name", Some(name))?;
    Ok(name.to_owned())
}

/// A favourite pays again only what can be paid again: not a shake, not a one-time code.
fn check_repeatable(recipient: &Recipient) -> Result<(), ApiError> {
    let one_time = match recipient {
        Recipient::Shake { .. } => true,
        Recipient::Elqr { payload } => {
            wallet_formats::elqr::parse(payload).is_ok_and(|code| code.kind != wallet_formats::elqr::CodeKind::Static)
        }
        _ => false,
    };
    if one_time {
        return Err(ApiError::unprocessable(ErrorCode::NotRepeatable, "a one-time recipient cannot be saved"));
    }
    Ok(())
}

fn kind_of(recipient: &Recipient) -> OperationKind {
    match recipient {
        Recipient::Phone { .. } | Recipient::Shake { .. } => OperationKind::TransferOut,
        _ => OperationKind::Payment,
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::internal(format!("json: {e}")))
}

fn from_json<T: serde::de::DeserializeOwned>(index: usize, text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e)))
}

const FAVOURITE_COLUMNS: &str =
    "favourite_id, name, account_id, amount_minor, currency, recipient, payee_name, created_at";

fn favourite_of(row: &Row<'_>) -> rusqlite::Result<Favourite> {
    Ok(Favourite {
        favourite_id: row.get(0)?,
        name: row.get(1)?,
        account_id: row.get(2)?,
        amount_minor: row.get(3)?,
        currency: row.get(4)?,
        recipient: from_json(5, &row.get::<_, String>(5)?)?,
        payee_name: row.get(6)?,
        created_at: banking::parse_time(&row.get::<_, String>(7)?)?,
    })
}

fn favourite(tx: &Transaction<'_>, user_id: &str, favourite_id: &str) -> Result<Favourite, ApiError> {
    tx.query_row(
        &format!("SELECT {FAVOURITE_COLUMNS} FROM favourites WHERE user_id = ?1 AND favourite_id = ?2"),
        params![user_id, favourite_id],
        favourite_of,
    )
    .optional()?
    .ok_or_else(|| not_found("favourite"))
}

pub fn create_favourite(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &NewFavourite,
    now: OffsetDateTime,
) -> Result<Favourite, ApiError> {
    let name = check_name(&request.name)?;
    banking::check_amount(request.amount_minor)?;
    banking::payer_account(tx, user_id, &request.account_id, &request.currency)?;
    check_repeatable(&request.recipient)?;
    let (payee_name, _) =
        banking::payee_name(tx, user_id, &request.currency, request.amount_minor, &request.recipient, now)?;
    let count: i64 = tx.query_row("SELECT COUNT(*) FROM favourites WHERE user_id = ?1", [user_id], |row| row.get(0))?;
    if count >= MAX_FAVOURITES as i64 {
        return Err(ApiError::unprocessable(ErrorCode::LimitExceeded, "at most 50 favourites"));
    }
    let favourite_id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO favourites (favourite_id, user_id, name, account_id, amount_minor, currency, recipient,
            payee_name, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            favourite_id,
            user_id,
            name,
            request.account_id,
            request.amount_minor,
            request.currency,
            to_json(&request.recipient)?,
            payee_name,
            rfc3339(now)
        ],
    )?;
    favourite(tx, user_id, &favourite_id)
}

pub fn favourites(tx: &Transaction<'_>, user_id: &str) -> Result<Favourites, ApiError> {
    let mut statement =
        tx.prepare(&format!("SELECT {FAVOURITE_COLUMNS} FROM favourites WHERE user_id = ?1 ORDER BY rowid"))?;
    let favourites = statement.query_map([user_id], favourite_of)?.collect::<Result<Vec<_>, _>>()?;
    Ok(Favourites { favourites })
}

pub fn update_favourite(
    tx: &Transaction<'_>,
    user_id: &str,
    favourite_id: &str,
    update: &FavouriteUpdate,
) -> Result<Favourite, ApiError> {
    let current = favourite(tx, user_id, favourite_id)?;
    let name = match &update.name {
        Some(name) => check_name(name)?,
        None => current.name,
    };
    let amount = update.amount_minor.unwrap_or(current.amount_minor);
    banking::check_amount(amount)?;
    tx.execute(
        "UPDATE favourites SET name = ?1, amount_minor = ?2 WHERE favourite_id = ?3",
        params![name, amount, favourite_id],
    )?;
    favourite(tx, user_id, favourite_id)
}

/// Forgets a favourite and stops its regular payments; what they paid stays in the history.
pub fn delete_favourite(tx: &Transaction<'_>, user_id: &str, favourite_id: &str) -> Result<(), ApiError> {
    favourite(tx, user_id, favourite_id)?;
    tx.execute("DELETE FROM regular_runs WHERE regular_id IN (SELECT regular_id FROM regular_payments WHERE favourite_id = ?1)", [favourite_id])?;
    tx.execute("DELETE FROM regular_payments WHERE favourite_id = ?1", [favourite_id])?;
    tx.execute("DELETE FROM favourites WHERE favourite_id = ?1", [favourite_id])?;
    Ok(())
}

/// The service account a favourite pays, when its provider tells bills.
fn billed_account(favourite: &Favourite) -> Option<(String, String)> {
    match &favourite.recipient {
        Recipient::Service { provider_id, account } => {
            let provider = crate::services::provider(provider_id)?;
            let account = wallet_formats::service_account::check(&provider.account, account).ok()?;
            provider.tells_debt.then_some((provider.provider_id, account))
        }
        _ => None,
    }
}

fn check_schedule(schedule: Schedule, favourite: &Favourite) -> Result<(), ApiError> {
    let valid = match schedule {
        Schedule::Monthly { day } => (1..=31).contains(&day),
        Schedule::Weekly { weekday } => (1..=7).contains(&weekday),
        Schedule::OnBill => billed_account(favourite).is_some(),
    };
    if !valid {
        return Err(ApiError::unprocessable(ErrorCode::ScheduleInvalid, "the bank does not run this schedule"));
    }
    Ok(())
}

/// A rule as stored, with its favourite.
struct Rule {
    regular_id: String,
    user_id: String,
    favourite: Favourite,
    schedule: Schedule,
    paused: bool,
    starts_on: Date,
}

fn rules(tx: &Transaction<'_>, user_id: Option<&str>, regular_id: Option<&str>) -> Result<Vec<Rule>, ApiError> {
    let mut statement = tx.prepare(
        "SELECT r.regular_id, r.user_id, r.schedule, r.paused, r.starts_on, f.favourite_id, f.name, f.account_id,
            f.amount_minor, f.currency, f.recipient, f.payee_name, f.created_at
         FROM regular_payments r JOIN favourites f ON f.favourite_id = r.favourite_id
         WHERE (?1 IS NULL OR r.user_id = ?1) AND (?2 IS NULL OR r.regular_id = ?2) ORDER BY r.rowid",
    )?;
    let rows = statement.query_map(params![user_id, regular_id], |row| {
        let starts_on: String = row.get(4)?;
        Ok(Rule {
            regular_id: row.get(0)?,
            user_id: row.get(1)?,
            schedule: from_json(2, &row.get::<_, String>(2)?)?,
            paused: row.get(3)?,
            starts_on: Date::parse(&starts_on, time::macros::format_description!("[year]-[month]-[day]"))
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e)))?,
            favourite: Favourite {
                favourite_id: row.get(5)?,
                name: row.get(6)?,
                account_id: row.get(7)?,
                amount_minor: row.get(8)?,
                currency: row.get(9)?,
                recipient: from_json(10, &row.get::<_, String>(10)?)?,
                payee_name: row.get(11)?,
                created_at: banking::parse_time(&row.get::<_, String>(12)?)?,
            },
        })
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// The day a monthly rule runs in `year`/`month`: `day`, or the month's last day when it is shorter.
pub fn monthly_date(year: i32, month: time::Month, day: u8) -> Option<Date> {
    let last = month.length(year);
    Date::from_calendar_date(year, month, day.min(last)).ok()
}

/// The period a scheduled rule is due in on `today`, and the day it runs in it (`None` for a bill rule).
fn occurrence(schedule: Schedule, today: Date) -> Option<(String, Date)> {
    match schedule {
        Schedule::Monthly { day } => {
            let date = monthly_date(today.year(), today.month(), day)?;
            Some((format!("{:04}-{:02}", today.year(), u8::from(today.month())), date))
        }
        Schedule::Weekly { weekday } => {
            let back = i64::from(today.weekday().number_from_monday()) - i64::from(weekday);
            let date = today.checked_sub(time::Duration::days(back))?;
            let (year, week, _) = date.to_iso_week_date();
            Some((format!("{year:04}-W{week:02}"), date))
        }
        Schedule::OnBill => None,
    }
}

fn ran(tx: &Transaction<'_>, regular_id: &str, period: &str) -> Result<bool, ApiError> {
    Ok(tx
        .query_row(
            "SELECT 1 FROM regular_runs WHERE regular_id = ?1 AND period = ?2",
            params![regular_id, period],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// When a scheduled rule runs next: this period's day if it has not run and is still ahead or today, else the next
/// period's.
fn next_run(tx: &Transaction<'_>, rule: &Rule, today: Date) -> Result<Option<OffsetDateTime>, ApiError> {
    if rule.paused {
        return Ok(None);
    }
    let Some((period, date)) = occurrence(rule.schedule, today) else {
        return Ok(None);
    };
    let next = if date >= today.max(rule.starts_on) && !ran(tx, &rule.regular_id, &period)? {
        Some(date)
    } else {
        match rule.schedule {
            Schedule::Monthly { day } => {
                let first = today.replace_day(1).ok().and_then(|d| d.checked_add(time::Duration::days(32)));
                first.and_then(|d| monthly_date(d.year(), d.month(), day))
            }
            _ => date.checked_add(time::Duration::days(7)),
        }
    };
    Ok(next.map(|date| date.with_time(Time::MIDNIGHT).assume_offset(BANK_OFFSET)))
}

fn regular_view(tx: &Transaction<'_>, rule: &Rule, now: OffsetDateTime) -> Result<RegularPayment, ApiError> {
    let last_run = tx
        .query_row(
            "SELECT operation_id, at, refusal FROM regular_runs WHERE regular_id = ?1 ORDER BY rowid DESC LIMIT 1",
            [&rule.regular_id],
            |row| {
                Ok(RegularRun {
                    operation_id: row.get(0)?,
                    at: banking::parse_time(&row.get::<_, String>(1)?)?,
                    refusal: row
                        .get::<_, Option<String>>(2)?
                        .map(|code| crate::wire::from_wire::<ErrorCode>(&code).unwrap_or(ErrorCode::Unknown)),
                })
            },
        )
        .optional()?;
    Ok(RegularPayment {
        regular_id: rule.regular_id.clone(),
        favourite_id: rule.favourite.favourite_id.clone(),
        name: rule.favourite.name.clone(),
        schedule: rule.schedule,
        amount_minor: rule.favourite.amount_minor,
        currency: rule.favourite.currency.clone(),
        paused: rule.paused,
        next_run: next_run(tx, rule, bank_today(now))?,
        last_run,
    })
}

fn regular(
    tx: &Transaction<'_>,
    user_id: &str,
    regular_id: &str,
    now: OffsetDateTime,
) -> Result<RegularPayment, ApiError> {
    let rule =
        rules(tx, Some(user_id), Some(regular_id))?.into_iter().next().ok_or_else(|| not_found("regular payment"))?;
    regular_view(tx, &rule, now)
}

pub fn create_regular(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &NewRegularPayment,
    now: OffsetDateTime,
) -> Result<RegularPayment, ApiError> {
    let favourite = favourite(tx, user_id, &request.favourite_id)?;
    check_schedule(request.schedule, &favourite)?;
    let regular_id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO regular_payments (regular_id, user_id, favourite_id, schedule, paused, starts_on, created_at)
         VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)",
        params![
            regular_id,
            user_id,
            favourite.favourite_id,
            to_json(&request.schedule)?,
            bank_today(now).to_string(),
            rfc3339(now)
        ],
    )?;
    regular(tx, user_id, &regular_id, now)
}

pub fn regular_payments(tx: &Transaction<'_>, user_id: &str, now: OffsetDateTime) -> Result<RegularPayments, ApiError> {
    let regular_payments =
        rules(tx, Some(user_id), None)?.iter().map(|rule| regular_view(tx, rule, now)).collect::<Result<_, _>>()?;
    Ok(RegularPayments { regular_payments })
}

pub fn update_regular(
    tx: &Transaction<'_>,
    user_id: &str,
    regular_id: &str,
    update: &RegularPaymentUpdate,
    now: OffsetDateTime,
) -> Result<RegularPayment, ApiError> {
    let rule =
        rules(tx, Some(user_id), Some(regular_id))?.into_iter().next().ok_or_else(|| not_found("regular payment"))?;
    let schedule = update.schedule.unwrap_or(rule.schedule);
    check_schedule(schedule, &rule.favourite)?;
    tx.execute(
        "UPDATE regular_payments SET schedule = ?1, paused = ?2 WHERE regular_id = ?3",
        params![to_json(&schedule)?, update.paused.unwrap_or(rule.paused), regular_id],
    )?;
    regular(tx, user_id, regular_id, now)
}

pub fn delete_regular(tx: &Transaction<'_>, user_id: &str, regular_id: &str) -> Result<(), ApiError> {
    let gone = tx
        .execute("DELETE FROM regular_payments WHERE user_id = ?1 AND regular_id = ?2", params![user_id, regular_id])?;
    if gone == 0 {
        return Err(not_found("regular payment"));
    }
    tx.execute("DELETE FROM regular_runs WHERE regular_id = ?1", [regular_id])?;
    Ok(())
}

/// The run a rule owes now, if any: its period and the amount.
fn due(tx: &Transaction<'_>, rule: &Rule, today: Date) -> Result<Option<(String, i64)>, ApiError> {
    if rule.paused {
        return Ok(None);
    }
    let owed = match rule.schedule {
        Schedule::OnBill => {
            let Some((provider_id, account)) = billed_account(&rule.favourite) else {
                return Ok(None);
            };
            let bill: Option<(i64, i64)> = tx
                .query_row(
                    "SELECT debt_minor, bill_seq FROM service_accounts WHERE provider_id = ?1 AND account = ?2",
                    params![provider_id, account],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            match bill {
                Some((debt, seq)) if debt > 0 && seq > 0 => Some((format!("bill-{seq}"), debt)),
                _ => None,
            }
        }
        schedule => occurrence(schedule, today)
            .filter(|(_, date)| *date <= today && *date >= rule.starts_on)
            .map(|(period, _)| (period, rule.favourite.amount_minor)),
    };
    Ok(match owed {
        Some((period, amount)) if !ran(tx, &rule.regular_id, &period)? => Some((period, amount)),
        _ => None,
    })
}

/// Runs every regular payment that falls due at `now`, once per period. Returns how many ran (refused ones too).
pub fn run_due(
    tx: &Transaction<'_>,
    signer: &Signer,
    delays: ExecutionDelays,
    now: OffsetDateTime,
) -> Result<usize, ApiError> {
    let today = bank_today(now);
    let mut runs = 0;
    for rule in rules(tx, None, None)? {
        let Some((period, amount_minor)) = due(tx, &rule, today)? else {
            continue;
        };
        let favourite = &rule.favourite;
        let request = NewOperation {
            account_id: favourite.account_id.clone(),
            amount_minor,
            currency: favourite.currency.clone(),
            recipient: favourite.recipient.clone(),
            comment: Some(format!("Регулярный платёж: {}", favourite.name)),
            fee_minor: None,
            confirmation_id: None,
        };
        let key = format!("regular-{}-{period}", rule.regular_id);
        tx.execute_batch("SAVEPOINT regular_run")?;
        let (operation_id, refusal) =
            match banking::create_as(tx, signer, now, delays, &rule.user_id, &request, &key, Authority::Rule) {
                Ok(operation) => {
                    tx.execute_batch("RELEASE regular_run")?;
                    (operation.operation_id, None)
                }
                Err(refused) if refused.status.is_client_error() => {
                    tx.execute_batch("ROLLBACK TO regular_run; RELEASE regular_run")?;
                    let kind = kind_of(&favourite.recipient);
                    let code = refused.body.code;
                    let operation = banking::record_refused(
                        tx,
                        now,
                        &rule.user_id,
                        &request,
                        kind,
                        &favourite.payee_name,
                        &key,
                        code,
                    )?;
                    (operation.operation_id, Some(code))
                }
                Err(failure) => {
                    tx.execute_batch("ROLLBACK TO regular_run; RELEASE regular_run")?;
                    return Err(failure);
                }
            };
        let refusal = refusal.map(|code| crate::wire::wire_name(&code)).transpose()?;
        tx.execute(
            "INSERT INTO regular_runs (regular_id, period, operation_id, at, refusal) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![rule.regular_id, period, operation_id, rfc3339(now), refusal],
        )?;
        runs += 1;
    }
    Ok(runs)
}

/// `POST /v1/favourites`.
pub async fn create_favourite_route(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Body(request): Body<NewFavourite>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash("POST /v1/favourites", &request);
    let (now, now_ms) = (state.clock.now(), state.clock.now_ms());
    let result = state
        .db
        .tx(move |tx| {
            idempotency::once(tx, &customer.user_id, &key, &hash, now_ms, |tx| {
                create_favourite(tx, &customer.user_id, &request, now)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

/// `GET /v1/favourites`.
pub async fn favourites_route(State(state): State<AppState>, customer: Customer) -> Result<Json<Favourites>, ApiError> {
    state.db.tx(move |tx| favourites(tx, &customer.user_id)).await.map(Json)
}

/// A PATCH body: an object (serde would read a JSON array into a struct whose fields are all optional).
type Patch = serde_json::Map<String, serde_json::Value>;

fn patch<T: serde::de::DeserializeOwned>(mut body: Patch) -> Result<T, ApiError> {
    // JSON has one kind of number: `259.0` is the integer 259 (as JSON Schema says), which serde would refuse for an
    // integer field once it went through a `Value`.
    for value in body.values_mut() {
        if let Some(whole) = value.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            && !value.is_i64()
            && !value.is_u64()
        {
            *value = serde_json::Value::from(whole as i64);
        }
    }
    serde_json::from_value(serde_json::Value::Object(body))
        .map_err(|e| ApiError::bad_request(format!("malformed JSON: {e}")))
}

/// `PATCH /v1/favourites/{id}`.
pub async fn update_favourite_route(
    State(state): State<AppState>,
    customer: Customer,
    Path(favourite_id): Path<String>,
    Body(update): Body<Patch>,
) -> Result<Json<Favourite>, ApiError> {
    let update: FavouriteUpdate = patch(update)?;
    state.db.tx(move |tx| update_favourite(tx, &customer.user_id, &favourite_id, &update)).await.map(Json)
}

/// `DELETE /v1/favourites/{id}`.
pub async fn delete_favourite_route(
    State(state): State<AppState>,
    customer: Customer,
    Path(favourite_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.db.tx(move |tx| delete_favourite(tx, &customer.user_id, &favourite_id)).await.map(|()| StatusCode::NO_CONTENT)
}

/// `POST /v1/regular-payments`.
pub async fn create_regular_route(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Body(request): Body<NewRegularPayment>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash("POST /v1/regular-payments", &request);
    let (now, now_ms) = (state.clock.now(), state.clock.now_ms());
    let result = state
        .db
        .tx(move |tx| {
            idempotency::once(tx, &customer.user_id, &key, &hash, now_ms, |tx| {
                create_regular(tx, &customer.user_id, &request, now)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

/// `GET /v1/regular-payments`.
pub async fn regular_payments_route(
    State(state): State<AppState>,
    customer: Customer,
) -> Result<Json<RegularPayments>, ApiError> {
    let now = state.clock.now();
    state.db.tx(move |tx| regular_payments(tx, &customer.user_id, now)).await.map(Json)
}

/// `PATCH /v1/regular-payments/{id}`.
pub async fn update_regular_route(
    State(state): State<AppState>,
    customer: Customer,
    Path(regular_id): Path<String>,
    Body(update): Body<Patch>,
) -> Result<Json<RegularPayment>, ApiError> {
    let update: RegularPaymentUpdate = patch(update)?;
    let now = state.clock.now();
    state.db.tx(move |tx| update_regular(tx, &customer.user_id, &regular_id, &update, now)).await.map(Json)
}

/// `DELETE /v1/regular-payments/{id}`.
pub async fn delete_regular_route(
    State(state): State<AppState>,
    customer: Customer,
    Path(regular_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.db.tx(move |tx| delete_regular(tx, &customer.user_id, &regular_id)).await.map(|()| StatusCode::NO_CONTENT)
}
