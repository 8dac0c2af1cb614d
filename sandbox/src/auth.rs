//! Signing in by SMS code, and sessions: one active session per customer — signing in on another device ends
//! the old one, which then hears `session_replaced`.

use axum::Json;
use std::net::SocketAddr;

use axum::Extension;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::digest::{SHA256, digest};
use ring::rand::{SecureRandom, SystemRandom};
use rusqlite::{OptionalExtension, Transaction, params};
use subtle::ConstantTimeEq;
use wallet_protocol::ErrorCode;
use wallet_protocol::auth::{SessionGrant, SmsChallenge, SmsChallengeRequest, SmsVerifyRequest};

use crate::AppState;
use crate::banking::rfc3339;
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::phone::{is_served_mobile, masked};
use crate::seed::{account_id, user_id};

/// How long a session lasts without signing in again.
const SESSION_DAYS: i64 = 30;

pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N], ApiError> {
    let mut bytes = [0u8; N];
    SystemRandom::new().fill(&mut bytes).map_err(|_| ApiError::internal("random generator failed"))?;
    Ok(bytes)
}

/// A code of `length` digits, uniform (rejection sampling, no modulo bias).
pub(crate) fn random_code(length: u8) -> Result<String, ApiError> {
    let mut code = String::with_capacity(length as usize);
    while code.len() < length as usize {
        let [byte] = random_bytes::<1>()?;
        if byte < 250 {
            code.push(char::from(b'0' + byte % 10));
        }
    }
    Ok(code)
}

fn hash_token(token: &str) -> String {
    digest(&SHA256, token.as_bytes()).as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

fn seconds(ms: i64) -> u32 {
    u32::try_from((ms.max(0) + 999) / 1000).unwrap_or(u32::MAX)
}

/// `POST /v1/auth/sms`.
pub async fn challenge(
    State(state): State<AppState>,
    source: Option<Extension<ConnectInfo<SocketAddr>>>,
    Body(request): Body<SmsChallengeRequest>,
) -> Result<(StatusCode, Json<SmsChallenge>), ApiError> {
    if let Some(id) = &request.device_id {
        check_device_id(id)?;
    }
    let device = request.device_id.clone();
    // The machine itself (the preview, tests, an emulator on the host) is not a pumping source: not counted.
    let source = source
        .map(|Extension(ConnectInfo(address))| address.ip())
        .filter(|ip| !ip.is_loopback())
        .map(|ip| ip.to_string());
    if !is_served_mobile(&request.phone) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidPhone,
            "expected a Kyrgyz (+996) or Kazakh (+7 7…) mobile number in E.164",
        ));
    }
    let rules = state.config.sms.clone();
    let now = state.clock.now_ms();
    let code = random_code(rules.code_length)?;
    let challenge_id = uuid::Uuid::new_v4().to_string();
    let phone = request.phone.clone();
    let (id, stored_code) = (challenge_id.clone(), code.clone());
    state
        .db
        .tx(move |tx| {
            let window_start = now - rules.window.as_millis() as i64;
            let (count, oldest, newest): (u32, Option<i64>, Option<i64>) = tx.query_row(
                "SELECT COUNT(*), MIN(created_ms), MAX(created_ms) FROM sms_challenges WHERE phone = ?1 AND created_ms > ?2",
                params![phone, window_start],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?;
            if let Some(newest) = newest {
                let wait = newest + rules.resend_after.as_millis() as i64 - now;
                if wait > 0 {
                    return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, ErrorCode::SmsResendTooSoon, "wait before asking again")
                        .retry_after(seconds(wait)));
                }
            }
            if count >= rules.max_codes_per_window {
                let wait = oldest.unwrap_or(now) + rules.window.as_millis() as i64 - now;
                return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, ErrorCode::SmsTooManyAttempts, "too many codes")
                    .retry_after(seconds(wait)));
            }
            // One device, or one address, asking for codes to many numbers: SMS pumping.
            for (column, value, max) in [("device_id", &device, rules.max_codes_per_device), ("source", &source, rules.max_codes_per_source)] {
                let Some(value) = value else { continue };
                let (asked, first): (u32, Option<i64>) = tx.query_row(
                    &format!("SELECT COUNT(*), MIN(created_ms) FROM sms_askers WHERE {column} = ?1 AND created_ms > ?2"),
                    params![value, window_start],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )?;
                if asked >= max {
                    let wait = first.unwrap_or(now) + rules.window.as_millis() as i64 - now;
                    return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited, "too many codes from here: wait")
                        .retry_after(seconds(wait)));
                }
            }
            // One live code per phone: a new one ends the older ones, so guesses do not add up across codes.
            tx.execute("UPDATE sms_challenges SET used = 1 WHERE phone = ?1 AND used = 0", params![phone])?;
            tx.execute(
                "INSERT INTO sms_challenges (challenge_id, phone, code, created_ms, expires_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, phone, stored_code, now, now + rules.code_lifetime.as_millis() as i64],
            )?;
            tx.execute(
                "INSERT INTO sms_askers (challenge_id, device_id, source, created_ms) VALUES (?1, ?2, ?3, ?4)",
                params![id, device, source, now],
            )?;
            Ok(())
        })
        .await?;
    // The sandbox's stand-in for an SMS gateway: the code goes to its log (and to GET /dev/sms).
    println!("sandbox: SMS to {}: your code is {code}", masked(&request.phone));
    Ok((
        StatusCode::CREATED,
        Json(SmsChallenge {
            challenge_id,
            code_length: state.config.sms.code_length,
            expires_in_seconds: state.config.sms.code_lifetime.as_secs() as u32,
            resend_after_seconds: state.config.sms.resend_after.as_secs() as u32,
        }),
    ))
}

/// An installation's id as the API document says it: 1 to 128 characters, not only spaces.
pub(crate) fn check_device_id(id: &str) -> Result<(), ApiError> {
    // Blank as both Rust and the document's regex (ECMAScript `\s`) count it: U+FEFF is blank to the one, U+0085 to
    // the other; the document's pattern is `[^\s\u0085]`, so the two agree on every string.
    let blank = id.chars().all(|c| c.is_whitespace() || c == '\u{feff}');
    if blank || id.chars().count() > 128 {
        return Err(ApiError::bad_request("device_id must be 1 to 128 characters, not only spaces"));
    }
    Ok(())
}

/// `POST /v1/auth/sms/verify`.
pub async fn verify(
    State(state): State<AppState>,
    Body(request): Body<SmsVerifyRequest>,
) -> Result<Json<SessionGrant>, ApiError> {
    check_device_id(&request.device_id)?;
    let token = URL_SAFE_NO_PAD.encode(random_bytes::<32>()?);
    let token_hash = hash_token(&token);
    let max_attempts = state.config.sms.max_attempts;
    let now = state.clock.now();
    let now_ms = state.clock.now_ms();
    // Wrong attempts must be counted even though the request fails, so the transaction returns the outcome.
    let outcome = state
        .db
        .tx(move |tx| {
            let challenge: Option<(String, String, i64, u32, bool)> = tx
                .query_row(
                    "SELECT phone, code, expires_ms, attempts, used FROM sms_challenges WHERE challenge_id = ?1",
                    [&request.challenge_id],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)),
                )
                .optional()?;
            let Some((phone, code, expires_ms, attempts, used)) = challenge else {
                return Ok(Err(ApiError::unprocessable(ErrorCode::SmsCodeExpired, "no such code: ask for a new one")));
            };
            if used || expires_ms <= now_ms {
                return Ok(Err(ApiError::unprocessable(ErrorCode::SmsCodeExpired, "the code expired: ask for a new one")));
            }
            if attempts >= max_attempts {
                return Ok(Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, ErrorCode::SmsTooManyAttempts, "too many wrong codes: ask for a new one")));
            }
            if !bool::from(code.as_bytes().ct_eq(request.code.trim().as_bytes())) {
                tx.execute("UPDATE sms_challenges SET attempts = attempts + 1 WHERE challenge_id = ?1", [&request.challenge_id])?;
                let left = max_attempts - attempts - 1;
                let mut error = if left == 0 {
                    ApiError::new(StatusCode::TOO_MANY_REQUESTS, ErrorCode::SmsTooManyAttempts, "too many wrong codes: ask for a new one")
                } else {
                    ApiError::unprocessable(ErrorCode::SmsCodeInvalid, "wrong code")
                };
                error.body.attempts_left = Some(left);
                return Ok(Err(error));
            }
            tx.execute("UPDATE sms_challenges SET used = 1 WHERE challenge_id = ?1", [&request.challenge_id])?;
            let existing: Option<String> =
                tx.query_row("SELECT user_id FROM users WHERE phone = ?1", [&phone], |row| row.get(0)).optional()?;
            let new_user = existing.is_none();
            let user = match existing {
                Some(user) => user,
                None => {
                    let currency = if phone.starts_with("+7") { "KZT" } else { "KGS" };
                    tx.execute(
                        "INSERT INTO users (user_id, phone, created_at) VALUES (?1, ?2, ?3)",
                        params![user_id(&phone), phone, rfc3339(now)],
                    )?;
                    tx.execute(
                        "INSERT INTO accounts (account_id, user_id, currency, balance_minor) VALUES (?1, ?2, ?3, 0)",
                        params![account_id(&phone), user_id(&phone), currency],
                    )?;
                    user_id(&phone)
                }
            };
            tx.execute("UPDATE sessions SET ended = 'replaced' WHERE user_id = ?1 AND ended IS NULL", [&user])?;
            // The ended sessions' devices hear no more of this customer; the new one registers itself.
            crate::notifications::unregister_customer(tx, &user)?;
            let expires = now + time::Duration::days(SESSION_DAYS);
            tx.execute(
                "INSERT INTO sessions (token_hash, user_id, device_id, created_ms, expires_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![token_hash, user, request.device_id, now_ms, (expires.unix_timestamp_nanos() / 1_000_000) as i64],
            )?;
            Ok(Ok(SessionGrant { token, user_id: user, expires_at: expires, new_user }))
        })
        .await?;
    outcome.map(Json)
}

/// `POST /v1/auth/logout`: ends this session, and the pushes to its device.
pub async fn logout(State(state): State<AppState>, customer: Customer) -> Result<StatusCode, ApiError> {
    state
        .db
        .tx(move |tx| {
            let device_id = session_device(tx, &customer.token_hash)?;
            crate::notifications::unregister(tx, &customer.user_id, &device_id)?;
            tx.execute("UPDATE sessions SET ended = 'logout' WHERE token_hash = ?1", [&customer.token_hash])?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The device a session was signed in on (`SmsVerifyRequest::device_id`).
pub(crate) fn session_device(tx: &Transaction<'_>, token_hash: &str) -> Result<String, ApiError> {
    tx.query_row("SELECT device_id FROM sessions WHERE token_hash = ?1", [token_hash], |row| row.get(0))
        .optional()?
        .ok_or_else(|| ApiError::unauthorized(ErrorCode::Unauthorized, "the session is over: sign in again"))
}

/// The customer a bearer token belongs to, or why not.
pub async fn customer_of(state: &AppState, token: &str) -> Result<Customer, ApiError> {
    let token_hash = hash_token(token);
    let now_ms = state.clock.now_ms();
    let hash = token_hash.clone();
    let session: Option<(String, i64, Option<String>)> = state
        .db
        .tx(move |tx| {
            Ok(tx
                .query_row("SELECT user_id, expires_ms, ended FROM sessions WHERE token_hash = ?1", [&hash], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })
                .optional()?)
        })
        .await?;
    match session {
        Some((user_id, expires_ms, None)) if expires_ms > now_ms => Ok(Customer { user_id, token_hash }),
        Some((_, _, Some(reason))) if reason == "replaced" => {
            Err(ApiError::unauthorized(ErrorCode::SessionReplaced, "this account signed in on another device"))
        }
        _ => Err(ApiError::unauthorized(ErrorCode::Unauthorized, "the session is over: sign in again")),
    }
}
