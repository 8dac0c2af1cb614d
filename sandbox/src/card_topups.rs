//! Money in: top-ups by another bank's card, with the sandbox playing the card's issuer and its 3-D Secure step,
//! and the accounts' details (реквизиты) for money in from another bank or a payment terminal.
//!
//! The card's number and CVV arrive in one request and are checked and dropped: a top-up keeps the scheme, the last
//! four digits, the expiry and how the sandbox's issuer answers the card (`declines`). The issuer's code goes to the
//! customer's phone (`GET /dev/sms?kind=card`). Test cards: every valid number is approved after its code, but
//! [`DECLINED_CARD`], which the issuer declines after it (not enough money on the card). A code not answered within
//! five minutes of the sandbox's clock times the top-up out; three wrong codes decline it. Only a right code books
//! the money, once: the answer carries an idempotency key and a top-up leaves its challenge only once.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::Serialize;
use time::OffsetDateTime;
use wallet_formats::payment_card::{CardNumber, CardScheme, Expiry, cvv_ok, masked};
use wallet_protocol::ErrorCode;
use wallet_protocol::card_topups::{
    AccountDetails, CardChallenge, CardDecline, CardSource, CardTopUp, CardTopUpQuote, CardTopUpQuoteRequest,
    CardTopUpStatus, ChallengeAnswer, MaskedCard, NewCardTopUp, QuotedCard, SavedCard, SavedCards,
};

use crate::AppState;
use crate::banking::{self, rfc3339};
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::idempotency;
use crate::receipts::Signer;
use crate::transfers::{BANK_NAME, amount_text, currency_word};

/// The card the sandbox's issuer declines after its code: not enough money on it.
pub const DECLINED_CARD: &str = "4000000000000002";
/// How the sandbox's issuer signs its SMS.
pub const ISSUER_NAME: &str = "Sandbox Card Issuer";
/// The bank's identification code (БИК) on the accounts' details.
pub const BIC: &str = "129001";
const CODE_LENGTH: u8 = 6;
const CHALLENGE_ATTEMPTS: u8 = 3;
/// How long the issuer waits for its code.
pub const CHALLENGE_LIFETIME_MS: i64 = 5 * 60_000;
const MAX_HOLDER: usize = 26;

fn ms(at: OffsetDateTime) -> i64 {
    (at.unix_timestamp_nanos() / 1_000_000) as i64
}

/// The smallest and largest top-up by card, in minor units.
fn amount_range(currency: &str) -> (i64, i64) {
    match currency {
        "KZT" => (10_000, 200_000_000),
        _ => (1_000, 50_000_000),
    }
}

/// The fee charged to the card on top of the amount: none for Элкарт, the national card; 1 % for the others,
/// rounded up to the minor unit, at least 10 сом or 100 тенге.
pub fn fee_minor(scheme: CardScheme, currency: &str, amount_minor: i64) -> i64 {
    if scheme == CardScheme::Elcart {
        return 0;
    }
    let minimum = if currency == "KZT" { 10_000 } else { 1_000 };
    ((amount_minor + 99) / 100).max(minimum)
}

fn invalid_card(message: &str) -> ApiError {
    ApiError::unprocessable(ErrorCode::CardInvalid, message)
}

fn check_amount(currency: &str, amount_minor: i64) -> Result<(), ApiError> {
    let (least, most) = amount_range(currency);
    if !(least..=most).contains(&amount_minor) {
        return Err(ApiError::unprocessable(
            ErrorCode::AmountInvalid,
            format!("a top-up by card is {} to {} {currency}", amount_text(least), amount_text(most)),
        ));
    }
    Ok(())
}

fn scheme_name(scheme: CardScheme) -> &'static str {
    match scheme {
        CardScheme::Elcart => "elcart",
        CardScheme::Visa => "visa",
        CardScheme::Mastercard => "mastercard",
        CardScheme::Mir => "mir",
    }
}

fn scheme_of(text: &str) -> CardScheme {
    match text {
        "elcart" => CardScheme::Elcart,
        "mastercard" => CardScheme::Mastercard,
        "mir" => CardScheme::Mir,
        _ => CardScheme::Visa,
    }
}

/// A card as the top-up uses it, without its number.
struct Card {
    scheme: CardScheme,
    last4: String,
    expiry: Expiry,
    declines: bool,
    save: bool,
}

fn saved_card(tx: &Transaction<'_>, user_id: &str, card_id: &str) -> Result<Card, ApiError> {
    tx.query_row(
        "SELECT scheme, last4, expiry_month, expiry_year, declines FROM saved_cards WHERE user_id = ?1 AND card_id = ?2",
        params![user_id, card_id],
        |row| {
            Ok(Card {
                scheme: scheme_of(&row.get::<_, String>(0)?),
                last4: row.get(1)?,
                expiry: Expiry { month: row.get(2)?, year: row.get(3)? },
                declines: row.get(4)?,
                save: false,
            })
        },
    )
    .optional()?
    .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such saved card"))
}

/// Checks a card as it arrives; the number and CVV go no further than this function.
fn card_of(tx: &Transaction<'_>, user_id: &str, source: &CardSource, now: OffsetDateTime) -> Result<Card, ApiError> {
    let card = match source {
        CardSource::New { number, expiry_month, expiry_year, cvv, holder, save } => {
            let parsed = CardNumber::parse(number).map_err(|e| invalid_card(&e.to_string()))?;
            if !cvv_ok(cvv) {
                return Err(invalid_card("the CVV is three digits"));
            }
            if let Some(holder) = holder {
                if holder.chars().count() > MAX_HOLDER {
                    return Err(ApiError::bad_request("the name on the card is at most 26 characters"));
                }
                crate::free_text::check("holder", Some(holder))?;
            }
            Card {
                scheme: parsed.scheme(),
                last4: parsed.last4().to_owned(),
                expiry: Expiry { month: *expiry_month, year: *expiry_year },
                declines: parsed.digits() == DECLINED_CARD,
                save: *save,
            }
        }
        CardSource::Saved { card_id } => saved_card(tx, user_id, card_id)?,
    };
    if !(1..=12).contains(&card.expiry.month) {
        return Err(invalid_card("the expiry month is 1 to 12"));
    }
    card.expiry.check(now.date()).map_err(|e| invalid_card(&e.to_string()))?;
    Ok(card)
}

pub fn quote(tx: &Transaction<'_>, user_id: &str, request: &CardTopUpQuoteRequest) -> Result<CardTopUpQuote, ApiError> {
    check_amount(&request.currency, request.amount_minor)?;
    banking::payer_account(tx, user_id, &request.account_id, &request.currency)?;
    let scheme = match &request.card {
        QuotedCard::New { bin } => {
            if bin.len() != 6 || !bin.chars().all(|c| c.is_ascii_digit()) {
                return Err(ApiError::bad_request("bin is the card number's first six digits"));
            }
            CardScheme::of_prefix(bin).ok_or_else(|| invalid_card("the bank takes no card of this scheme"))?
        }
        QuotedCard::Saved { card_id } => saved_card(tx, user_id, card_id)?.scheme,
    };
    Ok(CardTopUpQuote {
        amount_minor: request.amount_minor,
        fee_minor: fee_minor(scheme, &request.currency, request.amount_minor),
        currency: request.currency.clone(),
        scheme,
    })
}

/// What is stored with the idempotency key: the request without the card's number and CVV.
#[derive(Serialize)]
struct Fingerprint<'a> {
    account_id: &'a str,
    amount_minor: i64,
    currency: &'a str,
    fee_minor: i64,
    card: String,
}

fn fingerprint(request: &NewCardTopUp) -> Fingerprint<'_> {
    let card = match &request.card {
        CardSource::New { number, expiry_month, expiry_year, holder, save, .. } => {
            let last4 = number.get(number.len().saturating_sub(4)..).unwrap_or_default();
            let bin = number.get(..6).unwrap_or_default();
            format!("new {bin} {last4} {expiry_month}/{expiry_year} {} {save}", holder.as_deref().unwrap_or_default())
        }
        CardSource::Saved { card_id } => format!("saved {card_id}"),
    };
    Fingerprint {
        account_id: &request.account_id,
        amount_minor: request.amount_minor,
        currency: &request.currency,
        fee_minor: request.fee_minor,
        card,
    }
}

/// The issuer's SMS: what is paid, to whom, with which card, so the customer can compare before typing the code.
fn sms_text(code: &str, amount_minor: i64, currency: &str, card: &Card) -> String {
    format!(
        "{ISSUER_NAME}: код 3-D Secure {code}. Оплата {} {} в {BANK_NAME}, карта {} {}. Никому не сообщайте код.",
        amount_text(amount_minor),
        currency_word(currency),
        card.scheme.display_name(),
        masked(&card.last4),
    )
}

pub struct Started {
    pub topup: CardTopUp,
    /// The sandbox's stand-in for the issuer's SMS gateway: the code goes to its log (the phone masked).
    pub log_line: String,
}

pub fn start(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &NewCardTopUp,
    now: OffsetDateTime,
) -> Result<Started, ApiError> {
    check_amount(&request.currency, request.amount_minor)?;
    if !(0..=wallet_protocol::operations::MAX_AMOUNT_MINOR).contains(&request.fee_minor) {
        return Err(ApiError::bad_request("fee_minor must be 0 to 13 digits"));
    }
    banking::payer_account(tx, user_id, &request.account_id, &request.currency)?;
    let card = card_of(tx, user_id, &request.card, now)?;
    let fee = fee_minor(card.scheme, &request.currency, request.amount_minor);
    if fee > request.fee_minor {
        return Err(ApiError::unprocessable(ErrorCode::FeeChanged, "the fee is higher than the one agreed to"));
    }
    let payer_phone: String =
        tx.query_row("SELECT phone FROM users WHERE user_id = ?1", [user_id], |row| row.get(0))?;
    let code = crate::auth::random_code(CODE_LENGTH)?;
    let text = sms_text(&code, request.amount_minor + fee, &request.currency, &card);
    let topup_id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO card_topups (topup_id, user_id, account_id, amount_minor, fee_minor, currency, scheme, last4,
            expiry_month, expiry_year, declines, save_card, status, code, attempts_left, expires_ms, payer_phone,
            sms_text, created_at, created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'challenge_required', ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        params![
            topup_id,
            user_id,
            request.account_id,
            request.amount_minor,
            fee,
            request.currency,
            scheme_name(card.scheme),
            card.last4,
            card.expiry.month,
            card.expiry.year,
            card.declines,
            card.save,
            code,
            CHALLENGE_ATTEMPTS,
            ms(now) + CHALLENGE_LIFETIME_MS,
            payer_phone,
            text,
            rfc3339(now),
            ms(now),
        ],
    )?;
    Ok(Started {
        topup: view(tx, user_id, &topup_id)?,
        log_line: format!("sandbox: 3-D Secure SMS to {}: code {code}", crate::phone::masked(&payer_phone)),
    })
}

/// A top-up as stored.
struct Stored {
    account_id: String,
    amount_minor: i64,
    fee_minor: i64,
    card: Card,
    status: String,
    code: String,
    attempts_left: u8,
    expires_ms: i64,
}

fn stored(tx: &Transaction<'_>, user_id: &str, topup_id: &str) -> Result<Stored, ApiError> {
    tx.query_row(
        "SELECT account_id, amount_minor, fee_minor, scheme, last4, expiry_month, expiry_year, declines,
            save_card, status, code, attempts_left, expires_ms
         FROM card_topups WHERE user_id = ?1 AND topup_id = ?2",
        params![user_id, topup_id],
        |row| {
            Ok(Stored {
                account_id: row.get(0)?,
                amount_minor: row.get(1)?,
                fee_minor: row.get(2)?,
                card: Card {
                    scheme: scheme_of(&row.get::<_, String>(3)?),
                    last4: row.get(4)?,
                    expiry: Expiry { month: row.get(5)?, year: row.get(6)? },
                    declines: row.get(7)?,
                    save: row.get(8)?,
                },
                status: row.get(9)?,
                code: row.get(10)?,
                attempts_left: row.get(11)?,
                expires_ms: row.get(12)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such top-up"))
}

fn decline(tx: &Transaction<'_>, topup_id: &str, reason: &str) -> Result<(), ApiError> {
    tx.execute(
        "UPDATE card_topups SET status = 'declined', decline = ?1 WHERE topup_id = ?2",
        params![reason, topup_id],
    )?;
    Ok(())
}

/// A challenge past its time is declined as timed out (when it is next looked at: nothing moved meanwhile).
fn settle_time_out(
    tx: &Transaction<'_>,
    topup_id: &str,
    top_up: &Stored,
    now: OffsetDateTime,
) -> Result<bool, ApiError> {
    if top_up.status == "challenge_required" && ms(now) > top_up.expires_ms {
        decline(tx, topup_id, "timed_out")?;
        return Ok(true);
    }
    Ok(false)
}

/// `user_id`'s top-up as the API shows it; `wrong_code` marks an answer that just failed.
pub fn view(tx: &Transaction<'_>, user_id: &str, topup_id: &str) -> Result<CardTopUp, ApiError> {
    let row = |row: &Row<'_>| -> rusqlite::Result<CardTopUp> {
        let status: String = row.get(1)?;
        let expires_ms: i64 = row.get(9)?;
        let challenge = (status == "challenge_required").then(|| CardChallenge {
            issuer_name: ISSUER_NAME.to_owned(),
            code_length: CODE_LENGTH,
            expires_at: OffsetDateTime::from_unix_timestamp_nanos(i128::from(expires_ms) * 1_000_000)
                .unwrap_or(OffsetDateTime::UNIX_EPOCH),
            attempts_left: row.get(8).unwrap_or(0),
        });
        Ok(CardTopUp {
            topup_id: row.get(0)?,
            status: match status.as_str() {
                "executed" => CardTopUpStatus::Executed,
                "declined" => CardTopUpStatus::Declined,
                _ => CardTopUpStatus::ChallengeRequired,
            },
            account_id: row.get(2)?,
            amount_minor: row.get(3)?,
            fee_minor: row.get(4)?,
            currency: row.get(5)?,
            card: MaskedCard { scheme: scheme_of(&row.get::<_, String>(6)?), last4: row.get(7)? },
            challenge,
            decline: row.get::<_, Option<String>>(10)?.map(|reason| match reason.as_str() {
                "challenge_failed" => CardDecline::ChallengeFailed,
                "timed_out" => CardDecline::TimedOut,
                _ => CardDecline::IssuerDeclined,
            }),
            operation_id: row.get(11)?,
            saved_card_id: row.get(12)?,
            created_at: banking::parse_time(&row.get::<_, String>(13)?)?,
            wrong_code: false,
        })
    };
    tx.query_row(
        "SELECT topup_id, status, account_id, amount_minor, fee_minor, currency, scheme, last4, attempts_left,
            expires_ms, decline, operation_id, saved_card_id, created_at
         FROM card_topups WHERE user_id = ?1 AND topup_id = ?2",
        params![user_id, topup_id],
        row,
    )
    .optional()?
    .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such top-up"))
}

/// Where a top-up stands, a challenge past its time declined first.
pub fn state(tx: &Transaction<'_>, user_id: &str, topup_id: &str, now: OffsetDateTime) -> Result<CardTopUp, ApiError> {
    let top_up = stored(tx, user_id, topup_id)?;
    settle_time_out(tx, topup_id, &top_up, now)?;
    view(tx, user_id, topup_id)
}

/// The answer to the issuer's challenge. A wrong code is answered with the top-up still waiting (`wrong_code`,
/// one attempt fewer); the last wrong one declines it. A right one books the money (or, for the declined test
/// card, declines). A top-up no longer waiting is answered as it stands.
pub fn answer(
    tx: &Transaction<'_>,
    signer: &Signer,
    user_id: &str,
    topup_id: &str,
    answer: &ChallengeAnswer,
    now: OffsetDateTime,
) -> Result<CardTopUp, ApiError> {
    let top_up = stored(tx, user_id, topup_id)?;
    if settle_time_out(tx, topup_id, &top_up, now)? || top_up.status != "challenge_required" {
        return view(tx, user_id, topup_id);
    }
    if answer.code != top_up.code {
        let left = top_up.attempts_left.saturating_sub(1);
        tx.execute("UPDATE card_topups SET attempts_left = ?1 WHERE topup_id = ?2", params![left, topup_id])?;
        if left == 0 {
            decline(tx, topup_id, "challenge_failed")?;
        }
        return Ok(CardTopUp { wrong_code: true, ..view(tx, user_id, topup_id)? });
    }
    if top_up.card.declines {
        decline(tx, topup_id, "issuer_declined")?;
        return view(tx, user_id, topup_id);
    }
    let source = format!("{} {}", top_up.card.scheme.display_name(), masked(&top_up.card.last4));
    let operation_id =
        banking::credit(tx, Some(signer), now, &top_up.account_id, top_up.amount_minor, top_up.fee_minor, &source)?;
    let saved_card_id = if top_up.card.save { Some(save_card(tx, user_id, &top_up.card)?) } else { None };
    tx.execute(
        "UPDATE card_topups SET status = 'executed', operation_id = ?1, saved_card_id = ?2 WHERE topup_id = ?3",
        params![operation_id, saved_card_id, topup_id],
    )?;
    view(tx, user_id, topup_id)
}

/// Keeps the card's token (the same card saved twice is one card).
fn save_card(tx: &Transaction<'_>, user_id: &str, card: &Card) -> Result<String, ApiError> {
    let existing: Option<String> = tx
        .query_row(
            "SELECT card_id FROM saved_cards WHERE user_id = ?1 AND scheme = ?2 AND last4 = ?3 AND expiry_month = ?4
               AND expiry_year = ?5",
            params![user_id, scheme_name(card.scheme), card.last4, card.expiry.month, card.expiry.year],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(card_id) = existing {
        return Ok(card_id);
    }
    let card_id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO saved_cards (card_id, user_id, scheme, last4, expiry_month, expiry_year, declines)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            card_id,
            user_id,
            scheme_name(card.scheme),
            card.last4,
            card.expiry.month,
            card.expiry.year,
            card.declines
        ],
    )?;
    Ok(card_id)
}

pub fn cards(tx: &Transaction<'_>, user_id: &str) -> Result<SavedCards, ApiError> {
    let mut statement = tx.prepare(
        "SELECT card_id, scheme, last4, expiry_month, expiry_year FROM saved_cards WHERE user_id = ?1 ORDER BY rowid",
    )?;
    let cards = statement
        .query_map([user_id], |row| {
            Ok(SavedCard {
                card_id: row.get(0)?,
                scheme: scheme_of(&row.get::<_, String>(1)?),
                last4: row.get(2)?,
                expiry_month: row.get(3)?,
                expiry_year: row.get(4)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(SavedCards { cards })
}

/// The account's details: the account number is the bank's code and thirteen digits fixed by the account.
pub fn details(tx: &Transaction<'_>, user_id: &str, account_id: &str) -> Result<AccountDetails, ApiError> {
    let (currency, phone, name): (String, String, Option<String>) = tx
        .query_row(
            "SELECT a.currency, u.phone, u.display_name FROM accounts a JOIN users u ON u.user_id = a.user_id
             WHERE a.account_id = ?1 AND a.user_id = ?2",
            params![account_id, user_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such account"))?;
    let digest = ring::digest::digest(&ring::digest::SHA256, account_id.as_bytes());
    let tail: String = digest.as_ref().iter().take(13).map(|b| char::from(b'0' + b % 10)).collect();
    Ok(AccountDetails {
        account_id: account_id.to_owned(),
        currency,
        account_number: format!("{}{tail}", &BIC[..3]),
        bank_name: BANK_NAME.to_owned(),
        bic: BIC.to_owned(),
        holder_name: name.unwrap_or_else(|| crate::phone::masked(&phone)),
        wallet_number: phone.trim_start_matches('+').to_owned(),
    })
}

/// `POST /v1/card-topups/quote`: a read.
pub async fn quote_route(
    State(state): State<AppState>,
    customer: Customer,
    Body(request): Body<CardTopUpQuoteRequest>,
) -> Result<Json<CardTopUpQuote>, ApiError> {
    state.db.tx(move |tx| quote(tx, &customer.user_id, &request)).await.map(Json)
}

/// `POST /v1/card-topups`.
pub async fn start_route(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Body(request): Body<NewCardTopUp>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash("POST /v1/card-topups", &fingerprint(&request));
    let (now, now_ms) = (state.clock.now(), state.clock.now_ms());
    let result = state
        .db
        .tx(move |tx| {
            idempotency::once(tx, &customer.user_id, &key, &hash, now_ms, |tx| {
                let started = start(tx, &customer.user_id, &request, now)?;
                println!("{}", started.log_line);
                Ok(started.topup)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

/// `GET /v1/card-topups/{id}`.
pub async fn state_route(
    State(state): State<AppState>,
    customer: Customer,
    Path(topup_id): Path<String>,
) -> Result<Json<CardTopUp>, ApiError> {
    let now = state.clock.now();
    state.db.tx(move |tx| self::state(tx, &customer.user_id, &topup_id, now)).await.map(Json)
}

/// `POST /v1/card-topups/{id}/challenge`: answered with `200`, its result stored under the idempotency key.
pub async fn answer_route(
    State(state): State<AppState>,
    customer: Customer,
    headers: HeaderMap,
    Path(topup_id): Path<String>,
    Body(request): Body<ChallengeAnswer>,
) -> Result<Response, ApiError> {
    let key = idempotency::key_of(&headers)?;
    let hash = idempotency::request_hash(&format!("POST /v1/card-topups/{topup_id}/challenge"), &request);
    let (signer, now, now_ms) = (state.signer.clone(), state.clock.now(), state.clock.now_ms());
    let result = state
        .db
        .tx(move |tx| {
            idempotency::once_as(tx, &customer.user_id, &key, &hash, now_ms, StatusCode::OK, |tx| {
                answer(tx, &signer, &customer.user_id, &topup_id, &request, now)
            })
        })
        .await?;
    Ok(idempotency::respond(result))
}

/// `GET /v1/cards`.
pub async fn cards_route(State(state): State<AppState>, customer: Customer) -> Result<Json<SavedCards>, ApiError> {
    state.db.tx(move |tx| cards(tx, &customer.user_id)).await.map(Json)
}

/// `DELETE /v1/cards/{id}`: the token forgotten; top-ups made with it stay in the history.
pub async fn forget_card_route(
    State(state): State<AppState>,
    customer: Customer,
    Path(card_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .tx(move |tx| {
            let gone = tx.execute(
                "DELETE FROM saved_cards WHERE user_id = ?1 AND card_id = ?2",
                params![customer.user_id, card_id],
            )?;
            if gone == 0 {
                return Err(ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such saved card"));
            }
            Ok(StatusCode::NO_CONTENT)
        })
        .await
}

/// `GET /v1/accounts/{id}/details`.
pub async fn details_route(
    State(state): State<AppState>,
    customer: Customer,
    Path(account_id): Path<String>,
) -> Result<Json<AccountDetails>, ApiError> {
    state.db.tx(move |tx| details(tx, &customer.user_id, &account_id)).await.map(Json)
}
