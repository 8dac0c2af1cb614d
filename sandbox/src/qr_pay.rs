//! Paying a national payment QR code (ELQR): the bank reads the payload itself with the same codec as the phone
//! (`wallet_formats::elqr`), so a code the phone accepted is checked again where the money moves.
//!
//! - This bank's own codes carry the provider id [`OWN_PROVIDER`]: service [`MERCHANT_SERVICE`] pays a merchant
//!   (recipient id = merchant id), service [`PERSON_SERVICE`] pays a customer (recipient id = account id).
//! - Any other provider is another bank or operator: the money leaves this bank (the sandbox books it to nobody),
//!   for the interbank fee of [`fee_minor`].
//! - A dynamic code pays once; a code this bank issued with a lifetime (`/dev/merchants/{id}/dynamic`) expires.
//! - A payment request's link (`requests.rs`) is a dynamic `p2p` code whose transaction id is the request id: it is
//!   refused with `request_cancelled` once the request is cancelled, and must be the code the bank made.

use rusqlite::{OptionalExtension, Transaction, params};
use time::OffsetDateTime;
use wallet_formats::elqr::{self, CodeKind, ElqrCode};
use wallet_protocol::ErrorCode;

use crate::error::ApiError;

/// The provider id in this bank's codes (ELQR tag 32, sub-ID 00).
pub const OWN_PROVIDER: &str = "qr.sandbox.kg";
/// The service code of a merchant's code.
pub const MERCHANT_SERVICE: &str = "pay";
/// The service code of a customer's «receive» code.
pub const PERSON_SERVICE: &str = "p2p";

/// Where a scanned code's money goes.
pub enum QrPayee {
    Merchant {
        merchant_id: String,
    },
    Customer {
        account_id: String,
    },
    /// Another bank's or operator's code.
    External {
        provider_id: String,
        name: String,
    },
}

/// A code that passed every check, and the dynamic transaction to mark as paid.
pub struct CheckedCode {
    pub payee: QrPayee,
    pub transaction: Option<(String, String)>,
}

fn invalid(message: &str) -> ApiError {
    ApiError::unprocessable(ErrorCode::QrInvalid, message.to_owned())
}

/// The currencies the sandbox holds: ISO 4217 alphabetic and numeric (ELQR tag 53 carries the number).
const CURRENCIES: [(&str, &str); 3] = [("KGS", "417"), ("KZT", "398"), ("USD", "840")];

pub(crate) fn currency_of(numeric: &str) -> Option<&'static str> {
    CURRENCIES.iter().find(|(_, number)| *number == numeric).map(|(code, _)| *code)
}

/// The number ELQR tag 53 carries for an account's currency.
pub fn currency_number(code: &str) -> Option<&'static str> {
    CURRENCIES.iter().find(|(alpha, _)| *alpha == code).map(|(_, number)| *number)
}

/// Reads and checks a code for a payment of `amount_minor` `currency` made at `now`.
pub fn check(
    tx: &Transaction<'_>,
    payload: &str,
    currency: &str,
    amount_minor: i64,
    now: OffsetDateTime,
) -> Result<CheckedCode, ApiError> {
    let code = elqr::parse(payload).map_err(|e| invalid(&format!("the payment code does not read: {e}")))?;
    if !code.checksum_ok {
        return Err(invalid("the payment code's checksum does not match"));
    }
    // A payment request's link: refused once the request is cancelled, and only as the bank made it.
    crate::requests::check_code(tx, &code)?;
    if currency_of(&code.currency) != Some(currency) {
        return Err(ApiError::unprocessable(ErrorCode::CurrencyMismatch, "the code asks for another currency"));
    }
    check_amount(&code, amount_minor)?;
    let transaction = dynamic_transaction(tx, &code, now)?;
    Ok(CheckedCode { payee: payee_of(&code)?, transaction })
}

/// A code with an amount fixes it, unless it says the amount may be edited. A static code's `0` is no amount.
fn check_amount(code: &ElqrCode, amount_minor: i64) -> Result<(), ApiError> {
    let fixed = match code.amount_minor {
        Some(0) | None => return Ok(()),
        Some(fixed) => fixed,
    };
    if code.provider.amount_editable == Some(true) || i64::try_from(fixed).ok() == Some(amount_minor) {
        return Ok(());
    }
    Err(ApiError::unprocessable(ErrorCode::QrAmountFixed, "the code fixes another amount"))
}

fn dynamic_transaction(
    tx: &Transaction<'_>,
    code: &ElqrCode,
    now: OffsetDateTime,
) -> Result<Option<(String, String)>, ApiError> {
    if code.kind != CodeKind::Dynamic {
        return Ok(None);
    }
    let Some(transaction_id) = code.provider.transaction_id.clone().filter(|t| !t.is_empty()) else {
        return Err(invalid("a dynamic code without a transaction id"));
    };
    let provider = code.provider.provider_id.clone();
    let known: Option<(Option<i64>, Option<String>)> = tx
        .query_row(
            "SELECT expires_ms, operation_id FROM qr_transactions WHERE provider_id = ?1 AND transaction_id = ?2",
            params![provider, transaction_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    if let Some((expires_ms, operation_id)) = known {
        if operation_id.is_some() {
            return Err(ApiError::unprocessable(ErrorCode::QrAlreadyPaid, "this code was paid already"));
        }
        let now_ms = (now.unix_timestamp_nanos() / 1_000_000) as i64;
        if expires_ms.is_some_and(|expires| now_ms >= expires) {
            return Err(ApiError::unprocessable(ErrorCode::QrExpired, "this code's time is over"));
        }
    }
    Ok(Some((provider, transaction_id)))
}

fn payee_of(code: &ElqrCode) -> Result<QrPayee, ApiError> {
    let provider = &code.provider;
    // The code's names become the payee's name on the receipt and the payer's screen.
    crate::free_text::check("the code's recipient name", Some(&code.provider_name))?;
    if provider.provider_id != OWN_PROVIDER {
        return Ok(QrPayee::External { provider_id: provider.provider_id.clone(), name: code.provider_name.clone() });
    }
    let recipient = provider.recipient_id.clone().filter(|r| !r.is_empty());
    let Some(recipient) = recipient else {
        return Err(invalid("the code names no recipient"));
    };
    match provider.service_code.as_deref() {
        Some(MERCHANT_SERVICE) => Ok(QrPayee::Merchant { merchant_id: recipient }),
        Some(PERSON_SERVICE) => Ok(QrPayee::Customer { account_id: recipient }),
        _ => Err(ApiError::unprocessable(ErrorCode::RecipientNotFound, "this bank has no such service")),
    }
}

/// Marks a dynamic code as paid by `operation_id`, in the payment's transaction.
pub fn mark_paid(
    tx: &Transaction<'_>,
    (provider, transaction_id): &(String, String),
    operation_id: &str,
) -> Result<(), ApiError> {
    tx.execute(
        "INSERT INTO qr_transactions (provider_id, transaction_id, operation_id) VALUES (?1, ?2, ?3)
         ON CONFLICT (provider_id, transaction_id) DO UPDATE SET operation_id = excluded.operation_id",
        params![provider, transaction_id, operation_id],
    )?;
    Ok(())
}

/// Lets a dynamic code be paid again after its payment was cancelled or rejected.
pub fn release(tx: &Transaction<'_>, operation_id: &str) -> Result<(), ApiError> {
    tx.execute("UPDATE qr_transactions SET operation_id = NULL WHERE operation_id = ?1", [operation_id])?;
    Ok(())
}

/// Records a dynamic code this bank issued, payable until `expires_ms` (`None`: until it is paid).
pub fn issue(tx: &Transaction<'_>, transaction_id: &str, expires_ms: Option<i64>) -> Result<(), ApiError> {
    tx.execute(
        "INSERT INTO qr_transactions (provider_id, transaction_id, expires_ms) VALUES (?1, ?2, ?3)",
        params![OWN_PROVIDER, transaction_id, expires_ms],
    )?;
    Ok(())
}

/// The sandbox's tariff: payments inside this bank are free; a code of another bank costs 1 %, at least 5 and at
/// most 200 of the currency's units.
pub fn fee_minor(payee: &QrPayee, amount_minor: i64) -> i64 {
    match payee {
        QrPayee::External { .. } => interbank_fee_minor(amount_minor),
        QrPayee::Merchant { .. } | QrPayee::Customer { .. } => 0,
    }
}

/// The fee for money that leaves this bank (another bank's code, a transfer by phone to another bank's customer):
/// 1 %, at least 5 and at most 200 of the currency's units.
pub fn interbank_fee_minor(amount_minor: i64) -> i64 {
    (amount_minor / 100).clamp(500, 20_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interbank_fee_is_one_percent_within_its_bounds() {
        let external = QrPayee::External { provider_id: "qr.bakai.kg".into(), name: "Bakai".into() };
        assert_eq!(fee_minor(&external, 10_000), 500);
        assert_eq!(fee_minor(&external, 100_000), 1_000);
        assert_eq!(fee_minor(&external, 100_000_000), 20_000);
        assert_eq!(fee_minor(&QrPayee::Merchant { merchant_id: "m".into() }, 100_000), 0);
    }
}
