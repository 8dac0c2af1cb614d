//! Transfers by phone number (seed 004 §5.12, §5.25): who a number reaches, and the SMS confirmation every
//! transfer to another bank needs, whatever its amount, and every transfer within this bank above
//! [`confirm_above_minor`].
//!
//! - A number reaches a customer of this bank (a free transfer, as before) or, through the directory of other
//!   banks' customers (`other_bank_customers`, seeded), a customer of another bank: an interbank transfer with the
//!   interbank fee ([`qr_pay::interbank_fee_minor`](crate::qr_pay::interbank_fee_minor)) whose money leaves this
//!   bank. Either way the payer sees the name masked («Кирилл Б.»); the payer's own number reaches nobody.
//! - An interbank transfer, or one to a customer of this bank of more than [`confirm_above_minor`] (the bank's
//!   step-up limit, which a lookup tells the phone), needs a confirmation: `POST /v1/transfer-codes` sends a [`CODE_LENGTH`]-digit code to
//!   the payer's own phone, in an SMS naming the amount and the recipient ([`sms_text`]), valid for
//!   [`CODE_LIFETIME_MS`]; [`MAX_ATTEMPTS`] wrong codes end it. Once verified, the transfer must reach the bank
//!   within [`VERIFIED_FOR_MS`] (time for a queued payment to be sent), for exactly the account, amount, currency and
//!   number the code was sent for, and pays one transfer ([`check_confirmation`], [`mark_used`]).
//! - The sandbox's SMS gateway is its database: the text is kept with the code and served at `GET /dev/sms`.

use axum::http::StatusCode;
use rusqlite::{OptionalExtension, Transaction, params};
use time::OffsetDateTime;
use wallet_protocol::ErrorCode;
use wallet_protocol::operations::{NewOperation, Recipient};
use wallet_protocol::recipients::{
    NewTransferCode, RecipientInfo, RecipientLookup, TransferCode, TransferCodeCheck, TransferCodeVerified,
};

use crate::banking;
use crate::error::ApiError;
use crate::phone::{is_served_mobile, masked, shown_person};

/// Above this amount (minor units of `currency`), a transfer within this bank is confirmed by an SMS code too (seed
/// 004 §5.12: «белгиленген лимиттен жогору (суммасы боюнча) операцияларды тастыктоого кошумча бир жолку купуя
/// белги»): 50 000,00 сом, 250 000,00 ₸.
pub fn confirm_above_minor(currency: &str) -> i64 {
    match currency {
        "KZT" => 25_000_000,
        _ => 5_000_000,
    }
}

/// Whether an operation of `amount_minor` is above the step-up limit, whoever receives it.
pub fn above_step_up(currency: &str, amount_minor: i64) -> bool {
    amount_minor > confirm_above_minor(currency)
}

/// Whether an operation needs a verified SMS code: every transfer by phone to another bank (`leaves_bank`), and
/// every operation above the step-up limit (seed 004 §5.12).
pub fn needs_confirmation(recipient: &Recipient, leaves_bank: bool, currency: &str, amount_minor: i64) -> bool {
    (matches!(recipient, Recipient::Phone { .. }) && leaves_bank) || above_step_up(currency, amount_minor)
}

/// The recipient as a confirmation keeps it, for the operation to name again: a phone as it is (E.164), a
/// payment code by its SHA-256 (a code can be long), a shake or a merchant by its id.
pub fn recipient_key(recipient: &Recipient) -> String {
    match recipient {
        Recipient::Phone { phone } => phone.clone(),
        Recipient::Merchant { merchant_id } => format!("merchant:{merchant_id}"),
        Recipient::Shake { shake_id } => format!("shake:{shake_id}"),
        Recipient::Service { provider_id, account } => format!("service:{provider_id}:{account}"),
        Recipient::Elqr { payload } => {
            let digest = ring::digest::digest(&ring::digest::SHA256, payload.as_bytes());
            let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
            format!("elqr:{hex}")
        }
    }
}

/// This bank's name, as a lookup shows it for its own customers.
pub const BANK_NAME: &str = "Sandbox Bank";
/// Digits in a transfer code.
pub const CODE_LENGTH: u8 = 6;
/// How long a transfer code may be verified.
pub const CODE_LIFETIME_MS: i64 = 5 * 60 * 1000;
/// Wrong codes that end a confirmation.
pub const MAX_ATTEMPTS: u32 = 3;
/// How long after its verification a confirmation pays a transfer (a queued payment needs time to reach the bank).
pub const VERIFIED_FOR_MS: i64 = 15 * 60 * 1000;
/// Transfer codes a customer may ask for in [`CODES_WINDOW_MS`] (every one is an SMS).
pub const MAX_CODES_PER_WINDOW: u32 = 10;
pub const CODES_WINDOW_MS: i64 = 60 * 60 * 1000;

/// Whom a phone number reaches.
pub(crate) enum PhonePayee {
    /// A customer of this bank, by their account in the transfer's currency.
    Internal { account_id: String, name_masked: String },
    /// A customer of another bank: the money leaves this bank.
    OtherBank { name_masked: String, bank_name: String },
}

fn refuse(code: ErrorCode, message: &str) -> ApiError {
    ApiError::unprocessable(code, message.to_owned())
}

fn not_needed() -> ApiError {
    refuse(
        ErrorCode::ConfirmationNotNeeded,
        "within this bank and the step-up limit, the operation needs no code: the PIN confirms it",
    )
}

/// Resolves a number for a transfer of `currency` by `payer`: a customer of this bank first, then the directory of
/// other banks' customers. The payer's own number, and a number nobody has, are `recipient_not_found`.
pub(crate) fn resolve_phone(
    tx: &Transaction<'_>,
    payer: &str,
    currency: &str,
    phone: &str,
) -> Result<PhonePayee, ApiError> {
    let customer: Option<(String, Option<String>)> = tx
        .query_row("SELECT user_id, display_name FROM users WHERE phone = ?1", [phone], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .optional()?;
    if let Some((user_id, name)) = customer {
        if user_id == payer {
            return Err(refuse(ErrorCode::RecipientNotFound, "this is your own number"));
        }
        let account: Option<String> = tx
            .query_row(
                "SELECT account_id FROM accounts WHERE user_id = ?1 AND currency = ?2",
                params![user_id, currency],
                |row| row.get(0),
            )
            .optional()?;
        let account_id = account
            .ok_or_else(|| refuse(ErrorCode::CurrencyMismatch, "the recipient has no account in this currency"))?;
        return Ok(PhonePayee::Internal { account_id, name_masked: shown_person(name.as_deref(), phone) });
    }
    let other: Option<(String, String, String)> = tx
        .query_row("SELECT full_name, bank_name, currency FROM other_bank_customers WHERE phone = ?1", [phone], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()?;
    let (name, bank_name, their_currency) = other
        .ok_or_else(|| refuse(ErrorCode::RecipientNotFound, "nobody with this phone has a wallet here or elsewhere"))?;
    if their_currency != currency {
        return Err(refuse(ErrorCode::CurrencyMismatch, "the recipient's bank takes another currency"));
    }
    Ok(PhonePayee::OtherBank { name_masked: shown_person(Some(&name), phone), bank_name })
}

fn check_phone(phone: &str) -> Result<(), ApiError> {
    if is_served_mobile(phone) {
        return Ok(());
    }
    Err(refuse(ErrorCode::InvalidPhone, "expected a Kyrgyz (+996) or Kazakh (+7 7…) mobile number in E.164"))
}

/// `POST /v1/recipients/lookup`: who a number reaches, masked, and whether the transfer needs an SMS code.
pub fn lookup(tx: &Transaction<'_>, payer: &str, request: &RecipientLookup) -> Result<RecipientInfo, ApiError> {
    check_phone(&request.phone)?;
    Ok(match resolve_phone(tx, payer, &request.currency, &request.phone)? {
        PhonePayee::Internal { name_masked, .. } => RecipientInfo {
            name_masked,
            bank_name: BANK_NAME.to_owned(),
            same_bank: true,
            needs_sms_code: false,
            confirm_above_minor: Some(confirm_above_minor(&request.currency)),
        },
        PhonePayee::OtherBank { name_masked, bank_name } => {
            RecipientInfo { name_masked, bank_name, same_bank: false, needs_sms_code: true, confirm_above_minor: None }
        }
    })
}

fn ms(at: OffsetDateTime) -> i64 {
    i64::try_from(at.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

fn seconds(ms: i64) -> u32 {
    u32::try_from((ms.max(0) + 999) / 1000).unwrap_or(u32::MAX)
}

/// `1 500,00`: whole units grouped by three with no-break spaces, a comma, two decimals.
pub fn amount_text(amount_minor: i64) -> String {
    let minor = amount_minor.unsigned_abs();
    let units = (minor / 100).to_string();
    let mut grouped = String::with_capacity(units.len() * 2);
    for (i, digit) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push('\u{a0}');
        }
        grouped.push(digit);
    }
    let sign = if amount_minor < 0 { "-" } else { "" };
    format!("{sign}{grouped},{:02}", minor % 100)
}

/// The word for a currency in the SMS: «сом», «тенге», else its ISO code.
pub fn currency_word(currency: &str) -> &str {
    match currency {
        "KGS" => "сом",
        "KZT" => "тенге",
        other => other,
    }
}

/// The SMS that carries a transfer code: the amount and the recipient, so the customer can compare them with the
/// confirmation screen before typing the code (seed 004 §5.25).
/// `what` is «Перевод» or «Оплата».
pub fn sms_text(
    code: &str,
    what: &str,
    amount_minor: i64,
    currency: &str,
    recipient_name: &str,
    bank_name: &str,
) -> String {
    format!(
        "Код {code}. {what} {} {} получателю {recipient_name} ({bank_name}). Никому не сообщайте код.",
        amount_text(amount_minor),
        currency_word(currency)
    )
}

/// A transfer code sent, as the bank answers and as the SMS gateway logs it.
pub struct SentTransferCode {
    pub answer: TransferCode,
    /// The payer's phone, masked, and the code: what the sandbox prints (never the text, which names a person).
    pub log_line: String,
}

/// `POST /v1/transfer-codes`: checks the transfer as far as a confirmation can (amount, account, recipient at
/// another bank), then "sends" the SMS: stores the code with its text.
pub fn request_code(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &NewTransferCode,
    now: OffsetDateTime,
) -> Result<SentTransferCode, ApiError> {
    banking::check_amount(request.amount_minor)?;
    banking::payer_account(tx, user_id, &request.account_id, &request.currency)?;
    // An operation over a limit would be refused whatever the code: no SMS for it.
    let limits = banking::profile(tx, user_id)?.limits;
    crate::limits::check(tx, &request.account_id, &limits, request.amount_minor, now)?;
    let recipient = match (&request.recipient, &request.phone) {
        (Some(recipient), None) => recipient.clone(),
        (None, Some(phone)) => Recipient::Phone { phone: phone.clone() },
        _ => return Err(ApiError::bad_request("name the recipient by exactly one of phone and recipient")),
    };
    let (name_masked, bank_name, payment) = match &recipient {
        Recipient::Phone { phone } => {
            check_phone(phone)?;
            match resolve_phone(tx, user_id, &request.currency, phone)? {
                PhonePayee::OtherBank { name_masked, bank_name } => (name_masked, bank_name, false),
                PhonePayee::Internal { name_masked, .. } if above_step_up(&request.currency, request.amount_minor) => {
                    (name_masked, BANK_NAME.to_owned(), false)
                }
                PhonePayee::Internal { .. } => return Err(not_needed()),
            }
        }
        other if above_step_up(&request.currency, request.amount_minor) => {
            let (name, external_bank) =
                banking::payee_name(tx, user_id, &request.currency, request.amount_minor, other, now)?;
            (name, external_bank.unwrap_or_else(|| BANK_NAME.to_owned()), true)
        }
        _ => return Err(not_needed()),
    };
    let now_ms = ms(now);
    let (count, oldest): (u32, Option<i64>) = tx.query_row(
        "SELECT COUNT(*), MIN(created_ms) FROM transfer_codes WHERE user_id = ?1 AND created_ms > ?2",
        params![user_id, now_ms - CODES_WINDOW_MS],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    if count >= MAX_CODES_PER_WINDOW {
        let wait = oldest.unwrap_or(now_ms) + CODES_WINDOW_MS - now_ms;
        return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, ErrorCode::SmsTooManyAttempts, "too many codes")
            .retry_after(seconds(wait)));
    }
    let payer_phone: String =
        tx.query_row("SELECT phone FROM users WHERE user_id = ?1", [user_id], |row| row.get(0))?;
    let code = crate::auth::random_code(CODE_LENGTH)?;
    let what = if payment { "Оплата" } else { "Перевод" };
    let text = sms_text(&code, what, request.amount_minor, &request.currency, &name_masked, &bank_name);
    let confirmation_id = uuid::Uuid::new_v4().to_string();
    let expires_ms = now_ms + CODE_LIFETIME_MS;
    tx.execute(
        "INSERT INTO transfer_codes (confirmation_id, user_id, account_id, amount_minor, currency, recipient_phone,
            payer_phone, sms_text, code, created_ms, expires_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            confirmation_id,
            user_id,
            request.account_id,
            request.amount_minor,
            request.currency,
            recipient_key(&recipient),
            payer_phone,
            text,
            code,
            now_ms,
            expires_ms,
        ],
    )?;
    Ok(SentTransferCode {
        answer: TransferCode {
            confirmation_id,
            expires_at: now + time::Duration::milliseconds(CODE_LIFETIME_MS),
            code_length: CODE_LENGTH,
            recipient_name_masked: name_masked,
            bank_name,
            amount_minor: request.amount_minor,
            currency: request.currency.clone(),
        },
        log_line: format!("sandbox: SMS to {}: transfer code {code}", masked(&payer_phone)),
    })
}

/// A confirmation as stored.
struct Confirmation {
    account_id: String,
    amount_minor: i64,
    currency: String,
    recipient_phone: String,
    code: String,
    expires_ms: i64,
    attempts: u32,
    verified_ms: Option<i64>,
    operation_id: Option<String>,
}

/// `user_id`'s confirmation `confirmation_id` (someone else's is not found).
fn confirmation(tx: &Transaction<'_>, user_id: &str, confirmation_id: &str) -> Result<Option<Confirmation>, ApiError> {
    Ok(tx
        .query_row(
            "SELECT account_id, amount_minor, currency, recipient_phone, code, expires_ms, attempts, verified_ms,
                operation_id
             FROM transfer_codes WHERE confirmation_id = ?1 AND user_id = ?2",
            params![confirmation_id, user_id],
            |row| {
                Ok(Confirmation {
                    account_id: row.get(0)?,
                    amount_minor: row.get(1)?,
                    currency: row.get(2)?,
                    recipient_phone: row.get(3)?,
                    code: row.get(4)?,
                    expires_ms: row.get(5)?,
                    attempts: row.get(6)?,
                    verified_ms: row.get(7)?,
                    operation_id: row.get(8)?,
                })
            },
        )
        .optional()?)
}

fn too_many_wrong_codes() -> ApiError {
    let mut error = ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::SmsTooManyAttempts,
        "too many wrong codes: ask for a new one",
    );
    error.body.attempts_left = Some(0);
    error
}

/// `POST /v1/transfer-codes/{id}/verify`. The outer `Err` is a failure (nothing is kept); the inner one a refusal,
/// kept with the transaction so that wrong codes count. Wrong codes are refused like sign-in codes:
/// `sms_code_invalid` with `attempts_left`, and the last one `sms_too_many_attempts`. Verifying again with the
/// right code is fine.
pub fn verify(
    tx: &Transaction<'_>,
    user_id: &str,
    confirmation_id: &str,
    check: &TransferCodeCheck,
    now: OffsetDateTime,
) -> Result<Result<TransferCodeVerified, ApiError>, ApiError> {
    let Some(found) = confirmation(tx, user_id, confirmation_id)? else {
        return Ok(Err(refuse(ErrorCode::ConfirmationInvalid, "no such confirmation: ask for a new code")));
    };
    if found.operation_id.is_some() {
        return Ok(Err(refuse(ErrorCode::ConfirmationUsed, "this confirmation paid a transfer already")));
    }
    if found.attempts >= MAX_ATTEMPTS {
        return Ok(Err(too_many_wrong_codes()));
    }
    let now_ms = ms(now);
    if found.verified_ms.is_none() && found.expires_ms <= now_ms {
        return Ok(Err(refuse(ErrorCode::ConfirmationExpired, "the code expired: ask for a new one")));
    }
    if !bool::from(subtle::ConstantTimeEq::ct_eq(found.code.as_bytes(), check.code.trim().as_bytes())) {
        tx.execute("UPDATE transfer_codes SET attempts = attempts + 1 WHERE confirmation_id = ?1", [confirmation_id])?;
        let left = MAX_ATTEMPTS - found.attempts - 1;
        if left == 0 {
            return Ok(Err(too_many_wrong_codes()));
        }
        let mut error = refuse(ErrorCode::SmsCodeInvalid, "wrong code");
        error.body.attempts_left = Some(left);
        return Ok(Err(error));
    }
    if found.verified_ms.is_none() {
        tx.execute(
            "UPDATE transfer_codes SET verified_ms = ?1 WHERE confirmation_id = ?2",
            params![now_ms, confirmation_id],
        )?;
    }
    Ok(Ok(TransferCodeVerified { confirmation_id: confirmation_id.to_owned() }))
}

/// The confirmation an operation that needs one carries (see [`needs_confirmation`]), when it may pay it:
/// `user_id`'s, verified within [`VERIFIED_FOR_MS`], unused, for this account, amount, currency and recipient
/// ([`recipient_key`]). Returns its id.
pub(crate) fn check_confirmation(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &NewOperation,
    recipient_key: &str,
    now: OffsetDateTime,
) -> Result<String, ApiError> {
    let Some(confirmation_id) = request.confirmation_id.as_deref() else {
        return Err(refuse(
            ErrorCode::ConfirmationRequired,
            "this operation needs a confirmation by SMS code (a transfer to another bank, or above the step-up limit)",
        ));
    };
    let Some(found) = confirmation(tx, user_id, confirmation_id)? else {
        return Err(refuse(ErrorCode::ConfirmationInvalid, "no such confirmation"));
    };
    let same = found.account_id == request.account_id
        && found.amount_minor == request.amount_minor
        && found.currency == request.currency
        && found.recipient_phone == recipient_key;
    if !same {
        return Err(refuse(ErrorCode::ConfirmationInvalid, "the confirmation was made for another transfer"));
    }
    if found.operation_id.is_some() {
        return Err(refuse(ErrorCode::ConfirmationUsed, "this confirmation paid a transfer already"));
    }
    if found.attempts >= MAX_ATTEMPTS {
        return Err(refuse(ErrorCode::ConfirmationInvalid, "the confirmation ended after too many wrong codes"));
    }
    let now_ms = ms(now);
    match found.verified_ms {
        None if found.expires_ms <= now_ms => {
            Err(refuse(ErrorCode::ConfirmationExpired, "the code expired before it was verified"))
        }
        None => Err(refuse(ErrorCode::ConfirmationRequired, "the SMS code was not verified yet")),
        Some(verified) if verified + VERIFIED_FOR_MS <= now_ms => {
            Err(refuse(ErrorCode::ConfirmationExpired, "the confirmation is more than 15 minutes old"))
        }
        Some(_) => Ok(confirmation_id.to_owned()),
    }
}

/// Marks a confirmation as having paid `operation_id`, in the transfer's transaction (a refusal rolls it back).
pub(crate) fn mark_used(tx: &Transaction<'_>, confirmation_id: &str, operation_id: &str) -> Result<(), ApiError> {
    tx.execute(
        "UPDATE transfer_codes SET operation_id = ?1 WHERE confirmation_id = ?2",
        params![operation_id, confirmation_id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_the_russian_way() {
        assert_eq!(amount_text(150_000), "1\u{a0}500,00");
        assert_eq!(amount_text(5), "0,05");
        assert_eq!(amount_text(10_000), "100,00");
        assert_eq!(amount_text(100_000), "1\u{a0}000,00");
        assert_eq!(amount_text(123_456_789), "1\u{a0}234\u{a0}567,89");
        assert_eq!(amount_text(999_999_999_999_999), "9\u{a0}999\u{a0}999\u{a0}999\u{a0}999,99");
        assert_eq!(amount_text(-150_000), "-1\u{a0}500,00");
    }

    #[test]
    fn the_sms_names_the_amount_and_the_recipient() {
        assert_eq!(
            sms_text("123456", "Перевод", 150_000, "KGS", "Кирилл Б.", "Demir Bank"),
            "Код 123456. Перевод 1\u{a0}500,00 сом получателю Кирилл Б. (Demir Bank). Никому не сообщайте код."
        );
        assert_eq!(currency_word("KZT"), "тенге");
        assert_eq!(currency_word("USD"), "USD");
    }
}
