//! `/v1/shakes`: shake to pay (standards.md §7, after Bump). Each phone reports its shake — payer or payee, when,
//! and roughly where — and the bank pairs a payer's shake with a payee's:
//!
//! - Two shakes *fit* when their roles differ, they are different customers', they were shaken at most
//!   `SandboxConfig::shake_window` apart (2 s by default), and — when both sent a location — at most
//!   [`MAX_DISTANCE_M`] apart. A shake without a location fits by time alone.
//! - Shakes that fit, directly or through others, form a group. Once no new shake can join it (the window after
//!   its newest shake has passed, or [`EXPIRY_MS`] after its oldest), a group of two is *matched* and a larger one
//!   is *ambiguous* for everyone in it (they shake again). A shake that nothing fits *expires* [`EXPIRY_MS`] after
//!   it was shaken.
//! - Matched shakes show each other masked («Кирилл Б.», `+996 555 ***456`) and the payee's asked amount. Both
//!   confirm (`POST …/confirm`) before money moves; either may cancel (`POST …/cancel`), which ends it for both.
//!   The payer then pays with `Recipient::Shake { shake_id }` (see [`payee_for_payment`]), once.
//! - A customer has one shake waiting at a time: a new report cancels the one still waiting (a retried report
//!   does no harm).
//!
//! Nothing runs in the background: the bank decides whatever has fallen due on the sandbox's clock at every
//! report and every read, as identification reviews are decided (`kyc_api::review_due`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::{OptionalExtension, Transaction, params};
use wallet_protocol::ErrorCode;
use wallet_protocol::operations::MAX_AMOUNT_MINOR;
use wallet_protocol::shake::{NewShake, ShakeMatch, ShakePair, ShakeRole};

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{Body, Customer};
use crate::phone::{masked, shown_person};

/// A shake that nothing fits expires this long after it was shaken (on the sandbox's clock).
pub const EXPIRY_MS: i64 = 10_000;
/// The farthest two shakes with locations may be apart, in metres.
pub const MAX_DISTANCE_M: f64 = 1_000.0;
/// A shake may be reported at most this far ahead of the bank's clock (phones' clocks drift a little).
const MAX_AHEAD_MS: i64 = 30_000;
/// A report whose shake was felt longer ago than this is stale: nothing could pair with it any more.
pub const MAX_FELT_AGO_MS: u32 = 60_000;
/// The Earth's mean radius, for the haversine distance.
const EARTH_RADIUS_M: f64 = 6_371_000.0;

/// A shake still waiting for its partner, as the pairing rule sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub shake_id: String,
    pub user_id: String,
    pub role: ShakeRole,
    /// When it was shaken, in milliseconds since the Unix epoch.
    pub shaken_ms: i64,
    /// Latitude and longitude in millionths of a degree.
    pub location: Option<(i32, i32)>,
}

/// What the bank decides about waiting shakes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// These two pair.
    Matched(String, String),
    /// These could pair in more than one way: all shake again.
    Ambiguous(Vec<String>),
    /// Nothing fit this one in time.
    Expired(String),
}

/// The great-circle distance between two points given in millionths of a degree, in metres.
pub fn distance_m(a: (i32, i32), b: (i32, i32)) -> f64 {
    let radians = |e6: i32| (f64::from(e6) / 1_000_000.0).to_radians();
    let (lat_a, lat_b) = (radians(a.0), radians(b.0));
    let (d_lat, d_lon) = (lat_b - lat_a, radians(b.1) - radians(a.1));
    let h = (d_lat / 2.0).sin().powi(2) + lat_a.cos() * lat_b.cos() * (d_lon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

/// Whether two shakes may be a payer's and a payee's of one payment.
pub fn fits(a: &Pending, b: &Pending, window_ms: i64) -> bool {
    let near = match (a.location, b.location) {
        (Some(here), Some(there)) => distance_m(here, there) <= MAX_DISTANCE_M,
        _ => true,
    };
    a.role != b.role
        && a.user_id != b.user_id
        && (i128::from(a.shaken_ms) - i128::from(b.shaken_ms)).abs() <= i128::from(window_ms)
        && near
}

/// The pairing rule: decides, at `now_ms`, every group of waiting shakes that no new shake can join any more.
/// Groups still open and lone shakes not yet expired stay waiting (they get no verdict).
pub fn decide(pending: &[Pending], now_ms: i64, window_ms: i64) -> Vec<Verdict> {
    // Groups: shakes that fit, directly or through others (union–find over the indices).
    let mut parent: Vec<usize> = (0..pending.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while let Some(&up) = parent.get(i) {
            if up == i {
                break;
            }
            let grand = parent.get(up).copied().unwrap_or(up);
            if let Some(slot) = parent.get_mut(i) {
                *slot = grand;
            }
            i = up;
        }
        i
    }
    for (i, a) in pending.iter().enumerate() {
        for (j, b) in pending.iter().enumerate().skip(i + 1) {
            if fits(a, b, window_ms) {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                if let Some(slot) = parent.get_mut(rj) {
                    *slot = ri;
                }
            }
        }
    }
    let mut groups: Vec<(usize, Vec<&Pending>)> = Vec::new();
    for (i, shake) in pending.iter().enumerate() {
        let r = root(&mut parent, i);
        match groups.iter_mut().find(|(group_root, _)| *group_root == r) {
            Some((_, members)) => members.push(shake),
            None => groups.push((r, vec![shake])),
        }
    }

    let mut verdicts = Vec::new();
    for (_, members) in groups {
        let oldest = members.iter().map(|s| s.shaken_ms).min().unwrap_or(i64::MAX);
        let newest = members.iter().map(|s| s.shaken_ms).max().unwrap_or(i64::MAX);
        let expired = now_ms >= oldest.saturating_add(EXPIRY_MS);
        match members.as_slice() {
            [alone] => {
                if expired {
                    verdicts.push(Verdict::Expired(alone.shake_id.clone()));
                }
            }
            _ if !(expired || now_ms >= newest.saturating_add(window_ms)) => {}
            [a, b] => verdicts.push(Verdict::Matched(a.shake_id.clone(), b.shake_id.clone())),
            several => verdicts.push(Verdict::Ambiguous(several.iter().map(|s| s.shake_id.clone()).collect())),
        }
    }
    verdicts
}

fn window_ms(state: &AppState) -> i64 {
    i64::try_from(state.config.shake_window.as_millis()).unwrap_or(i64::MAX)
}

fn role_name(role: ShakeRole) -> &'static str {
    match role {
        ShakeRole::Payer => "payer",
        ShakeRole::Payee => "payee",
    }
}

fn role_of(name: &str) -> ShakeRole {
    if name == "payee" { ShakeRole::Payee } else { ShakeRole::Payer }
}

/// Applies the verdicts on every waiting shake that has fallen due at `now_ms`. Returns how many verdicts.
pub fn settle(tx: &Transaction<'_>, now_ms: i64, window_ms: i64) -> Result<usize, ApiError> {
    let pending: Vec<Pending> = tx
        .prepare(
            "SELECT shake_id, user_id, role, shaken_ms, latitude_e6, longitude_e6 FROM shakes
             WHERE state = 'waiting' ORDER BY shaken_ms, shake_id",
        )?
        .query_map([], |row| {
            let (latitude, longitude): (Option<i32>, Option<i32>) = (row.get(4)?, row.get(5)?);
            Ok(Pending {
                shake_id: row.get(0)?,
                user_id: row.get(1)?,
                role: role_of(&row.get::<_, String>(2)?),
                shaken_ms: row.get(3)?,
                location: latitude.zip(longitude),
            })
        })?
        .collect::<Result<_, _>>()?;
    let verdicts = decide(&pending, now_ms, window_ms);
    let mark = |shake_id: &str, state: &str, peer: Option<&str>| {
        tx.execute(
            "UPDATE shakes SET state = ?1, peer_shake_id = ?2, decided_ms = ?3 WHERE shake_id = ?4",
            params![state, peer, now_ms, shake_id],
        )
    };
    for verdict in &verdicts {
        match verdict {
            Verdict::Matched(a, b) => {
                mark(a, "matched", Some(b))?;
                mark(b, "matched", Some(a))?;
            }
            Verdict::Ambiguous(all) => {
                for shake_id in all {
                    mark(shake_id, "ambiguous", None)?;
                }
            }
            Verdict::Expired(shake_id) => {
                mark(shake_id, "expired", None)?;
            }
        }
    }
    Ok(verdicts.len())
}

/// Checks a report against the rules that need no database; returns when it was shaken (ms since the epoch).
pub fn check(shake: &NewShake, now_ms: i64) -> Result<i64, ApiError> {
    let shaken_ms = i64::try_from(shake.shaken_at.unix_timestamp_nanos() / 1_000_000)
        .map_err(|_| ApiError::bad_request("shaken_at is out of range"))?;
    let shaken_ms = match shake.felt_ms_ago {
        // The phone's own measure of the shake's age needs no agreement between the two clocks.
        Some(ago) if ago > MAX_FELT_AGO_MS => {
            return Err(ApiError::bad_request("felt_ms_ago is over 60000: the shake is too old to pair"));
        }
        Some(ago) => now_ms - i64::from(ago),
        None if shaken_ms > now_ms.saturating_add(MAX_AHEAD_MS) => {
            // Well formed, but the phone's clock disagrees with the bank's: the document cannot say "not ahead
            // of the bank", so this is the bank's refusal (422), not a malformed report (400).
            return Err(ApiError::unprocessable(
                ErrorCode::BadRequest,
                "shaken_at is in the future: is the phone's clock right?",
            ));
        }
        None => shaken_ms,
    };
    match (shake.latitude_e6, shake.longitude_e6) {
        (None, None) => {}
        (Some(latitude), Some(longitude)) => {
            if !(-90_000_000..=90_000_000).contains(&latitude) || !(-180_000_000..=180_000_000).contains(&longitude) {
                return Err(ApiError::bad_request("the location is not on Earth"));
            }
        }
        _ => return Err(ApiError::bad_request("send latitude_e6 and longitude_e6 together, or neither")),
    }
    match (shake.role, shake.amount_minor, &shake.currency) {
        (ShakeRole::Payer, None, None) | (ShakeRole::Payee, None, None) => {}
        (ShakeRole::Payer, _, _) => {
            return Err(ApiError::bad_request("only the payee names an amount"));
        }
        (ShakeRole::Payee, Some(amount), Some(_)) => {
            if amount <= 0 || amount > MAX_AMOUNT_MINOR {
                return Err(ApiError::unprocessable(
                    ErrorCode::AmountInvalid,
                    "the amount must be positive and at most 13 digits",
                ));
            }
        }
        (ShakeRole::Payee, _, _) => {
            return Err(ApiError::bad_request("send amount_minor and currency together, or neither"));
        }
    }
    Ok(shaken_ms)
}

/// Stores a checked report of `user_id`; the customer's shake still waiting (if any) is cancelled.
fn insert(
    tx: &Transaction<'_>,
    user_id: &str,
    shake: &NewShake,
    shaken_ms: i64,
    now_ms: i64,
) -> Result<String, ApiError> {
    if let Some(currency) = &shake.currency {
        let accounts: i64 = tx.query_row(
            "SELECT COUNT(*) FROM accounts WHERE user_id = ?1 AND currency = ?2",
            params![user_id, currency],
            |row| row.get(0),
        )?;
        if accounts == 0 {
            return Err(ApiError::unprocessable(ErrorCode::CurrencyMismatch, "you have no account in this currency"));
        }
    }
    tx.execute(
        "UPDATE shakes SET state = 'cancelled', decided_ms = ?1 WHERE user_id = ?2 AND state = 'waiting'",
        params![now_ms, user_id],
    )?;
    let shake_id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO shakes (shake_id, user_id, role, shaken_ms, latitude_e6, longitude_e6, amount_minor, currency,
            state, created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'waiting', ?9)",
        params![
            shake_id,
            user_id,
            role_name(shake.role),
            shaken_ms,
            shake.latitude_e6,
            shake.longitude_e6,
            shake.amount_minor,
            shake.currency,
            now_ms,
        ],
    )?;
    Ok(shake_id)
}

fn no_such_shake() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such shake")
}

/// One shake's row.
struct Row {
    state: String,
    role: ShakeRole,
    peer: Option<String>,
    confirmed: bool,
    paid: bool,
    amount_minor: Option<i64>,
    currency: Option<String>,
}

/// `shake_id` when it is `user_id`'s (of `user_id: None`, anyone's).
fn row(tx: &Transaction<'_>, shake_id: &str, user_id: Option<&str>) -> Result<Option<(Row, String)>, ApiError> {
    Ok(tx
        .query_row(
            "SELECT state, role, peer_shake_id, confirmed, paid, amount_minor, currency, user_id FROM shakes
             WHERE shake_id = ?1 AND (?2 IS NULL OR user_id = ?2)",
            params![shake_id, user_id],
            |row| {
                let row_data = Row {
                    state: row.get(0)?,
                    role: role_of(&row.get::<_, String>(1)?),
                    peer: row.get(2)?,
                    confirmed: row.get(3)?,
                    paid: row.get(4)?,
                    amount_minor: row.get(5)?,
                    currency: row.get(6)?,
                };
                Ok((row_data, row.get(7)?))
            },
        )
        .optional()?)
}

/// The shake `shake_id` as `user_id` sees it; someone else's is not found.
fn view(tx: &Transaction<'_>, user_id: &str, shake_id: &str) -> Result<ShakeMatch, ApiError> {
    let (mine, _) = row(tx, shake_id, Some(user_id))?.ok_or_else(no_such_shake)?;
    let shake_id = shake_id.to_owned();
    let paired = match (mine.state.as_str(), &mine.peer) {
        ("waiting", _) => return Ok(ShakeMatch::Waiting { shake_id }),
        ("ambiguous", _) => return Ok(ShakeMatch::Ambiguous { shake_id }),
        ("expired", _) => return Ok(ShakeMatch::Expired { shake_id }),
        ("matched" | "confirmed", Some(peer_id)) => peer_id.clone(),
        _ => return Ok(ShakeMatch::Cancelled { shake_id }),
    };
    let (peer, peer_user) = row(tx, &paired, None)?.ok_or_else(|| ApiError::internal("a paired shake is missing"))?;
    let (name, phone): (Option<String>, String) =
        tx.query_row("SELECT display_name, phone FROM users WHERE user_id = ?1", [&peer_user], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
    let peer_name = shown_person(name.as_deref(), &phone);
    let asked = if mine.role == ShakeRole::Payee { &mine } else { &peer };
    let pair = ShakePair {
        shake_id,
        peer_name,
        peer_phone_masked: masked(&phone),
        amount_minor: asked.amount_minor,
        currency: asked.currency.clone(),
        confirmed_by_me: mine.confirmed,
        confirmed_by_peer: peer.confirmed,
    };
    Ok(if mine.state == "confirmed" { ShakeMatch::Confirmed(pair) } else { ShakeMatch::Matched(pair) })
}

/// Runs `work` in one transaction after deciding every shake that fell due, at the sandbox's time now (passed on).
async fn settled<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&Transaction<'_>, i64, i64) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let (now_ms, window_ms) = (state.clock.now_ms(), window_ms(state));
    state
        .db
        .tx(move |tx| {
            settle(tx, now_ms, window_ms)?;
            work(tx, now_ms, window_ms)
        })
        .await
}

/// `POST /v1/shakes`: `201` with where the new shake is (usually `waiting`).
pub async fn report(
    State(state): State<AppState>,
    customer: Customer,
    Body(shake): Body<NewShake>,
) -> Result<(StatusCode, Json<ShakeMatch>), ApiError> {
    let shaken_ms = check(&shake, state.clock.now_ms())?;
    // What fell due before this report is decided without it.
    settled(&state, move |tx, now_ms, window_ms| {
        let shake_id = insert(tx, &customer.user_id, &shake, shaken_ms, now_ms)?;
        settle(tx, now_ms, window_ms)?;
        view(tx, &customer.user_id, &shake_id)
    })
    .await
    .map(|found| (StatusCode::CREATED, Json(found)))
}

/// `GET /v1/shakes/{id}`: the customer's own shakes only.
pub async fn shake_state(
    State(state): State<AppState>,
    customer: Customer,
    Path(shake_id): Path<String>,
) -> Result<Json<ShakeMatch>, ApiError> {
    settled(&state, move |tx, _, _| view(tx, &customer.user_id, &shake_id)).await.map(Json)
}

/// `POST /v1/shakes/{id}/confirm`: the customer agrees to pay (or be paid by) the peer shown. Confirming again
/// changes nothing; once both confirmed the shake is `confirmed`. Only a matched shake can be confirmed.
pub async fn confirm(
    State(state): State<AppState>,
    customer: Customer,
    Path(shake_id): Path<String>,
) -> Result<Json<ShakeMatch>, ApiError> {
    settled(&state, move |tx, now_ms, _| {
        let (mine, _) = row(tx, &shake_id, Some(&customer.user_id))?.ok_or_else(no_such_shake)?;
        match (mine.state.as_str(), &mine.peer) {
            ("confirmed", _) => {}
            ("matched", Some(peer_id)) => {
                tx.execute("UPDATE shakes SET confirmed = 1 WHERE shake_id = ?1", [&shake_id])?;
                let peer_confirmed: bool =
                    tx.query_row("SELECT confirmed FROM shakes WHERE shake_id = ?1", [peer_id], |row| row.get(0))?;
                if peer_confirmed {
                    tx.execute(
                        "UPDATE shakes SET state = 'confirmed', decided_ms = ?1 WHERE shake_id IN (?2, ?3)",
                        params![now_ms, shake_id, peer_id],
                    )?;
                }
            }
            _ => {
                return Err(ApiError::unprocessable(
                    ErrorCode::ShakeNotMatched,
                    "the shake is not matched: nothing to confirm",
                ));
            }
        }
        view(tx, &customer.user_id, &shake_id)
    })
    .await
    .map(Json)
}

/// `POST /v1/shakes/{id}/cancel`: ends the shake for both customers. A shake already over (expired, ambiguous,
/// cancelled) stays as it is; a paid one cannot be cancelled (cancel the operation instead).
pub async fn cancel(
    State(state): State<AppState>,
    customer: Customer,
    Path(shake_id): Path<String>,
) -> Result<Json<ShakeMatch>, ApiError> {
    settled(&state, move |tx, now_ms, _| {
        let (mine, _) = row(tx, &shake_id, Some(&customer.user_id))?.ok_or_else(no_such_shake)?;
        if mine.paid {
            return Err(ApiError::unprocessable(
                ErrorCode::NotRevocable,
                "the shake was paid: cancel the operation instead",
            ));
        }
        if matches!(mine.state.as_str(), "waiting" | "matched" | "confirmed") {
            tx.execute(
                "UPDATE shakes SET state = 'cancelled', decided_ms = ?1 WHERE shake_id IN (?2, ?3)",
                params![now_ms, shake_id, mine.peer],
            )?;
        }
        view(tx, &customer.user_id, &shake_id)
    })
    .await
    .map(Json)
}

/// The payee of a confirmed shake, as a payment resolves it.
pub(crate) struct ShakePayee {
    pub account_id: String,
    /// The payee as the payer sees them: the masked name (or the masked phone).
    pub name: String,
    pub phone: String,
}

/// Resolves `Recipient::Shake { shake_id }` for a payment of `amount_minor` `currency` by `payer`: the shake must
/// be the payer's own, on the payer's side, confirmed by both and not paid yet, and the amount must be the one the
/// payee asked for (when they asked). Marks the shake paid (undone with the operation's refusal, which rolls
/// back, and by [`release`] when the accepted operation is later rejected or cancelled). Refusals are 422 with the
/// reason's code.
pub(crate) fn payee_for_payment(
    tx: &Transaction<'_>,
    payer: &str,
    shake_id: &str,
    currency: &str,
    amount_minor: i64,
) -> Result<ShakePayee, ApiError> {
    let refuse = |code: ErrorCode, message: &str| Err(ApiError::unprocessable(code, message.to_owned()));
    let Some((mine, _)) = row(tx, shake_id, Some(payer))? else {
        return refuse(ErrorCode::RecipientNotFound, "you have no shake with this id");
    };
    if mine.role != ShakeRole::Payer {
        return refuse(ErrorCode::RecipientNotFound, "the payee of a shake does not pay it");
    }
    if mine.paid {
        return refuse(ErrorCode::ShakeAlreadyPaid, "this shake was paid already");
    }
    let (Some(peer_id), "confirmed") = (&mine.peer, mine.state.as_str()) else {
        return refuse(ErrorCode::ShakeNotConfirmed, "both must confirm the shake before paying");
    };
    let Some((peer, payee_user)) = row(tx, peer_id, None)? else {
        return Err(ApiError::internal("a paired shake is missing"));
    };
    if peer.currency.as_deref().is_some_and(|asked| asked != currency) {
        return refuse(ErrorCode::CurrencyMismatch, "the payee asked for another currency");
    }
    if peer.amount_minor.is_some_and(|asked| asked != amount_minor) {
        return refuse(ErrorCode::ShakeAmountMismatch, "the payee asked for another amount");
    }
    let found: Option<(String, Option<String>, String)> = tx
        .query_row(
            "SELECT a.account_id, u.display_name, u.phone FROM accounts a JOIN users u ON u.user_id = a.user_id
             WHERE a.user_id = ?1 AND a.currency = ?2",
            params![payee_user, currency],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let Some((account_id, name, phone)) = found else {
        return refuse(ErrorCode::CurrencyMismatch, "the payee has no account in this currency");
    };
    tx.execute("UPDATE shakes SET paid = 1 WHERE shake_id IN (?1, ?2)", params![shake_id, peer_id])?;
    Ok(ShakePayee { account_id, name: shown_person(name.as_deref(), &phone), phone })
}

/// Records that `operation_id` pays the shake `shake_id` (and its peer), once the operation exists.
pub(crate) fn mark_paid_by(tx: &Transaction<'_>, shake_id: &str, operation_id: &str) -> Result<(), ApiError> {
    tx.execute(
        "INSERT INTO shake_payments (operation_id, shake_id, peer_shake_id)
         SELECT ?1, shake_id, peer_shake_id FROM shakes WHERE shake_id = ?2 AND peer_shake_id IS NOT NULL",
        params![operation_id, shake_id],
    )?;
    Ok(())
}

/// The operation that paid a shake was rejected or cancelled: nothing was paid, so both shakes may be paid again
/// (a rejected transfer must not leave the two people unable to settle).
pub(crate) fn release(tx: &Transaction<'_>, operation_id: &str) -> Result<(), ApiError> {
    tx.execute(
        "UPDATE shakes SET paid = 0 WHERE shake_id IN (
             SELECT shake_id FROM shake_payments WHERE operation_id = ?1
             UNION SELECT peer_shake_id FROM shake_payments WHERE operation_id = ?1)",
        [operation_id],
    )?;
    tx.execute("DELETE FROM shake_payments WHERE operation_id = ?1", [operation_id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: i64 = 2_000;
    /// Bishkek, Ala-Too Square.
    const ALA_TOO: (i32, i32) = (42_876_400, 74_603_700);

    fn shake(id: &str, role: ShakeRole, shaken_ms: i64) -> Pending {
        Pending { shake_id: id.into(), user_id: format!("user-{id}"), role, shaken_ms, location: None }
    }

    fn at(mut pending: Pending, location: (i32, i32)) -> Pending {
        pending.location = Some(location);
        pending
    }

    fn matched(a: &str, b: &str) -> Verdict {
        Verdict::Matched(a.into(), b.into())
    }

    #[test]
    fn distances_are_great_circle_metres() {
        assert_eq!(distance_m(ALA_TOO, ALA_TOO), 0.0);
        // 0.009° of latitude is about 1 km anywhere.
        let north = (ALA_TOO.0 + 9_000, ALA_TOO.1);
        assert!((distance_m(ALA_TOO, north) - 1_000.8).abs() < 1.0, "{}", distance_m(ALA_TOO, north));
        // Bishkek to Almaty: about 190 km.
        let almaty = (43_238_900, 76_889_700);
        assert!((distance_m(ALA_TOO, almaty) / 1_000.0 - 190.0).abs() < 10.0);
        // Antipodes and the poles do not break it.
        assert!((distance_m((90_000_000, 0), (-90_000_000, 0)) - std::f64::consts::PI * EARTH_RADIUS_M).abs() < 1.0);
        assert!(distance_m((0, 180_000_000), (0, -180_000_000)) < 1.0);
    }

    #[test]
    fn a_payer_and_a_payee_a_second_apart_match_once_the_window_closes() {
        let both = [shake("a", ShakeRole::Payer, 0), shake("b", ShakeRole::Payee, 1_000)];
        assert_eq!(decide(&both, 1_000, WINDOW), vec![]);
        assert_eq!(decide(&both, 2_999, WINDOW), vec![]);
        assert_eq!(decide(&both, 3_000, WINDOW), vec![matched("a", "b")]);
        // Read much later, they still match (lazily decided = decided on time).
        assert_eq!(decide(&both, 60_000, WINDOW), vec![matched("a", "b")]);
    }

    #[test]
    fn shakes_that_do_not_fit_never_match() {
        let payer = shake("a", ShakeRole::Payer, 0);
        // The same role, the same customer, too far apart in time.
        let cases = [
            shake("b", ShakeRole::Payer, 500),
            Pending { user_id: payer.user_id.clone(), ..shake("b", ShakeRole::Payee, 500) },
            shake("b", ShakeRole::Payee, 2_001),
            shake("b", ShakeRole::Payee, -3_000),
        ];
        for other in cases {
            assert!(!fits(&payer, &other, WINDOW), "{other:?}");
            let verdicts = decide(&[payer.clone(), other.clone()], 20_000, WINDOW);
            assert_eq!(verdicts, vec![Verdict::Expired("a".into()), Verdict::Expired("b".into())], "{other:?}");
        }
        // Exactly at the window's edge still fits.
        assert!(fits(&payer, &shake("b", ShakeRole::Payee, 2_000), WINDOW));
        assert!(fits(&payer, &shake("b", ShakeRole::Payee, -2_000), WINDOW));
    }

    #[test]
    fn locations_must_be_within_a_kilometre_when_both_are_known() {
        let payer = at(shake("a", ShakeRole::Payer, 0), ALA_TOO);
        let near = at(shake("b", ShakeRole::Payee, 300), (ALA_TOO.0 + 8_000, ALA_TOO.1));
        let far = at(shake("b", ShakeRole::Payee, 300), (ALA_TOO.0 + 27_000, ALA_TOO.1));
        assert!(fits(&payer, &near, WINDOW));
        assert!(!fits(&payer, &far, WINDOW));
        // Without a location on either side, time alone decides.
        assert!(fits(&payer, &shake("b", ShakeRole::Payee, 300), WINDOW));
        assert!(fits(&shake("a", ShakeRole::Payer, 0), &far, WINDOW));
    }

    #[test]
    fn more_than_one_candidate_on_either_side_is_ambiguous_for_everyone() {
        let ids = |verdicts: Vec<Verdict>| match verdicts.as_slice() {
            [Verdict::Ambiguous(ids)] => ids.clone(),
            other => panic!("{other:?}"),
        };
        // One payer, two payees.
        let three =
            [shake("a", ShakeRole::Payer, 0), shake("b", ShakeRole::Payee, 100), shake("c", ShakeRole::Payee, 200)];
        assert_eq!(ids(decide(&three, 5_000, WINDOW)), vec!["a", "b", "c"]);
        // A chain: a fits b, b fits c, a does not fit c — b has two candidates, so all three shake again.
        let chain =
            [shake("a", ShakeRole::Payer, 0), shake("b", ShakeRole::Payee, 1_500), shake("c", ShakeRole::Payer, 3_200)];
        assert!(!fits(&chain[0], &chain[2], WINDOW));
        assert_eq!(decide(&chain, 5_000, WINDOW), vec![]);
        assert_eq!(ids(decide(&chain, 5_200, WINDOW)), vec!["a", "b", "c"]);
        // Two pairs far apart are two matches.
        let two_places = [
            at(shake("a", ShakeRole::Payer, 0), ALA_TOO),
            at(shake("b", ShakeRole::Payee, 100), ALA_TOO),
            at(shake("c", ShakeRole::Payer, 50), (ALA_TOO.0 + 100_000, ALA_TOO.1)),
            at(shake("d", ShakeRole::Payee, 150), (ALA_TOO.0 + 100_000, ALA_TOO.1)),
        ];
        assert_eq!(decide(&two_places, 3_000, WINDOW), vec![matched("a", "b"), matched("c", "d")]);
    }

    #[test]
    fn a_lone_shake_waits_ten_seconds_then_expires() {
        let alone = [shake("a", ShakeRole::Payee, 1_000)];
        assert_eq!(decide(&alone, 10_999, WINDOW), vec![]);
        assert_eq!(decide(&alone, 11_000, WINDOW), vec![Verdict::Expired("a".into())]);
    }

    #[test]
    fn a_group_that_keeps_growing_is_decided_ten_seconds_after_its_oldest_shake() {
        // Shakes every 1.5 s, alternating roles: the window never closes, the expiry does.
        let busy: Vec<Pending> = (0..8)
            .map(|i| {
                let role = if i % 2 == 0 { ShakeRole::Payer } else { ShakeRole::Payee };
                shake(&format!("s{i}"), role, i * 1_500)
            })
            .collect();
        assert_eq!(decide(&busy, 9_999, WINDOW), vec![]);
        assert!(matches!(decide(&busy, 10_000, WINDOW).as_slice(), [Verdict::Ambiguous(ids)] if ids.len() == 8));
    }

    #[test]
    fn extreme_times_do_not_overflow() {
        let edge = [shake("a", ShakeRole::Payer, i64::MIN), shake("b", ShakeRole::Payee, i64::MAX)];
        assert!(!fits(&edge[0], &edge[1], i64::MAX));
        let expired = vec![Verdict::Expired("a".into()), Verdict::Expired("b".into())];
        assert_eq!(decide(&edge, i64::MAX, i64::MAX), expired);
        let close = [shake("a", ShakeRole::Payer, i64::MAX - 1), shake("b", ShakeRole::Payee, i64::MAX)];
        assert_eq!(decide(&close, i64::MAX, WINDOW), vec![matched("a", "b")]);
        assert_eq!(decide(&[], 0, WINDOW), vec![]);
    }

    fn report(role: ShakeRole, amount_minor: Option<i64>, currency: Option<&str>) -> NewShake {
        NewShake {
            role,
            shaken_at: time::OffsetDateTime::UNIX_EPOCH + time::Duration::seconds(1_000),
            latitude_e6: None,
            longitude_e6: None,
            amount_minor,
            currency: currency.map(str::to_owned),
            felt_ms_ago: None,
        }
    }

    #[test]
    fn reports_are_checked() {
        let now = 1_000_000;
        let code = |shake: &NewShake| check(shake, now).err().map(|e| (e.status, e.body.code));
        let bad = Some((StatusCode::BAD_REQUEST, ErrorCode::BadRequest));
        assert_eq!(check(&report(ShakeRole::Payer, None, None), now).ok(), Some(1_000_000));
        assert_eq!(code(&report(ShakeRole::Payee, Some(15_000), Some("KGS"))), None);
        assert_eq!(code(&report(ShakeRole::Payer, Some(15_000), Some("KGS"))), bad);
        assert_eq!(code(&report(ShakeRole::Payer, None, Some("KGS"))), bad);
        assert_eq!(code(&report(ShakeRole::Payee, Some(15_000), None)), bad);
        let invalid = Some((StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::AmountInvalid));
        assert_eq!(code(&report(ShakeRole::Payee, Some(0), Some("KGS"))), invalid);
        assert_eq!(code(&report(ShakeRole::Payee, Some(MAX_AMOUNT_MINOR + 1), Some("KGS"))), invalid);
        let mut located = report(ShakeRole::Payer, None, None);
        located.latitude_e6 = Some(ALA_TOO.0);
        assert_eq!(code(&located), bad);
        located.longitude_e6 = Some(ALA_TOO.1);
        assert_eq!(code(&located), None);
        located.latitude_e6 = Some(90_000_001);
        assert_eq!(code(&located), bad);
        // Ahead of the bank's clock by the phone's drift at most.
        assert_eq!(check(&report(ShakeRole::Payer, None, None), now - MAX_AHEAD_MS).ok(), Some(1_000_000));
        let ahead = check(&report(ShakeRole::Payer, None, None), now - MAX_AHEAD_MS - 1).err();
        assert_eq!(ahead.map(|e| e.body.code), Some(ErrorCode::BadRequest));
    }

    #[test]
    fn a_report_with_its_age_is_dated_by_the_banks_clock_whatever_the_phone_says() {
        let bank_now = 1_000_000 + 5 * 3_600_000;
        let mut aged = report(ShakeRole::Payer, None, None);
        aged.felt_ms_ago = Some(250);
        // The phone's clock is five hours behind the bank's: its shaken_at is still good for nothing but the record.
        assert_eq!(check(&aged, bank_now).ok(), Some(bank_now - 250));
        // Five hours ahead: no «in the future» refusal either.
        assert_eq!(check(&aged, 1_000_000 - 5 * 3_600_000).ok(), Some(1_000_000 - 5 * 3_600_000 - 250));
        aged.felt_ms_ago = Some(MAX_FELT_AGO_MS + 1);
        assert_eq!(check(&aged, bank_now).err().map(|e| e.body.code), Some(ErrorCode::BadRequest));
    }
}
