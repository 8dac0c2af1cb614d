//! The sandbox bank's rules for money: accounts, operations (accept → execute | cancel | reject), each customer's
//! view of them with a change counter for history by cursor, limits, signed receipts on execution, a human number
//! for each operation, and the events the customers hear of (`notifications`).

use axum::http::StatusCode;
use rusqlite::{OptionalExtension, Row, Transaction, params};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use wallet_protocol::ErrorCode;
use wallet_protocol::accounts::{Account, Accounts};
use wallet_protocol::notifications::{BankEvent, BankEventKind};
use wallet_protocol::operations::{
    Counterparty, MAX_AMOUNT_MINOR, NewOperation, Operation, OperationChanges, OperationKind, OperationStatus,
    Recipient,
};
use wallet_protocol::profile::{KycStatus, Limits, Profile};
use wallet_protocol::quotes::{Quote, QuoteRequest};
use wallet_protocol::receipts::{Receipt, ReceiptBody};

use crate::config::SandboxConfig;
use crate::db::next_seq;
use crate::error::ApiError;
use crate::notifications;
use crate::operation_numbers;
use crate::phone::{masked, shown_person};
use crate::qr_pay::{self, QrPayee};
use crate::receipts::Signer;
use crate::transfers::{self, PhonePayee};

/// Limits in minor units: identified customers may do much more (the point of online identification). Until the
/// bank approves an application (in review, rejected, sent back) the customer has the limits of `none`.
fn limits(kyc: &str, currency: &str) -> Limits {
    let (single, daily, monthly) = match kyc {
        "approved" => (100_000_000, 200_000_000, 1_000_000_000),
        _ => (1_500_000, 3_000_000, 10_000_000),
    };
    Limits { currency: currency.to_owned(), single_operation_minor: single, daily_minor: daily, monthly_minor: monthly }
}

pub fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

pub(crate) fn parse_time(text: &str) -> rusqlite::Result<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

fn kind_name(kind: OperationKind) -> &'static str {
    match kind {
        OperationKind::Payment => "payment",
        OperationKind::TransferOut => "transfer_out",
        OperationKind::TransferIn => "transfer_in",
        OperationKind::TopUp => "top_up",
    }
}

fn kind_of(text: &str) -> OperationKind {
    match text {
        "payment" => OperationKind::Payment,
        "transfer_in" => OperationKind::TransferIn,
        "top_up" => OperationKind::TopUp,
        _ => OperationKind::TransferOut,
    }
}

fn status_of(text: &str) -> OperationStatus {
    match text {
        "executed" => OperationStatus::Executed,
        "rejected" => OperationStatus::Rejected,
        "cancelled" => OperationStatus::Cancelled,
        _ => OperationStatus::Accepted,
    }
}

pub fn profile(tx: &Transaction<'_>, user_id: &str) -> Result<Profile, ApiError> {
    let (phone, name, kyc): (String, Option<String>, String) =
        tx.query_row("SELECT phone, display_name, kyc_status FROM users WHERE user_id = ?1", [user_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?;
    let currency = if phone.starts_with("+7") { "KZT" } else { "KGS" };
    let kyc_status = match kyc.as_str() {
        "submitted" => KycStatus::Submitted,
        "in_review" => KycStatus::InReview,
        "approved" => KycStatus::Approved,
        "rejected" => KycStatus::Rejected,
        "resubmission_requested" => KycStatus::ResubmissionRequested,
        _ => KycStatus::None,
    };
    Ok(Profile {
        user_id: user_id.to_owned(),
        phone,
        display_name: name,
        kyc_status,
        limits: limits(&kyc, currency),
        terms: Some(crate::terms::status(tx, user_id)?),
    })
}

pub fn accounts(tx: &Transaction<'_>, user_id: &str, now: OffsetDateTime) -> Result<Accounts, ApiError> {
    let mut statement = tx.prepare(
        "SELECT account_id, currency, balance_minor, held_minor FROM accounts WHERE user_id = ?1 ORDER BY account_id",
    )?;
    let accounts = statement
        .query_map([user_id], |row| {
            let balance: i64 = row.get(2)?;
            let held: i64 = row.get(3)?;
            Ok(Account {
                account_id: row.get(0)?,
                currency: row.get(1)?,
                balance_minor: balance,
                available_minor: balance - held,
                as_of: now,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Accounts { accounts })
}

/// How long accepted operations wait before the bank executes them, in milliseconds (see [`SandboxConfig`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExecutionDelays {
    /// A payment that stays inside this bank.
    pub in_bank_ms: i64,
    /// Money that leaves this bank (an interbank transfer, another bank's payment code).
    pub leaving_ms: i64,
}

impl ExecutionDelays {
    /// Everything executes at once, in the request that makes it.
    pub const NONE: ExecutionDelays = ExecutionDelays { in_bank_ms: 0, leaving_ms: 0 };

    pub fn of(config: &SandboxConfig) -> ExecutionDelays {
        let ms = |delay: std::time::Duration| i64::try_from(delay.as_millis()).unwrap_or(i64::MAX);
        ExecutionDelays { in_bank_ms: ms(config.in_bank_execution_delay), leaving_ms: ms(config.execution_delay) }
    }

    fn for_payee(self, payee: &Payee) -> i64 {
        if payee.external_bank.is_some() { self.leaving_ms } else { self.in_bank_ms }
    }
}

/// Who gets the money, as found in the database.
struct Payee {
    kind: OperationKind,
    account_id: Option<String>,
    merchant_id: Option<String>,
    /// As the payer sees it: a merchant's or another bank's code's name as it is, a person's masked
    /// («Кирилл Б.», see [`shown_person`]).
    name: String,
    phone: Option<String>,
    /// Another bank or operator, when the money leaves this bank.
    external_bank: Option<String>,
    fee_minor: i64,
    /// A dynamic payment code this payment uses up.
    qr_transaction: Option<(String, String)>,
    /// The service provider and the account (as it writes it) this payment pays.
    service: Option<(String, String)>,
}

impl Payee {
    fn internal(kind: OperationKind, name: String) -> Payee {
        Payee {
            kind,
            account_id: None,
            merchant_id: None,
            name,
            phone: None,
            external_bank: None,
            fee_minor: 0,
            qr_transaction: None,
            service: None,
        }
    }
}

fn resolve_payee(
    tx: &Transaction<'_>,
    payer: &str,
    currency: &str,
    amount_minor: i64,
    recipient: &Recipient,
    now: OffsetDateTime,
) -> Result<Payee, ApiError> {
    match recipient {
        Recipient::Elqr { payload } => {
            let checked = qr_pay::check(tx, payload, currency, amount_minor, now)?;
            let fee_minor = qr_pay::fee_minor(&checked.payee, amount_minor);
            let mut payee = match checked.payee {
                QrPayee::Merchant { merchant_id } => {
                    resolve_payee(tx, payer, currency, amount_minor, &Recipient::Merchant { merchant_id }, now)?
                }
                QrPayee::Customer { account_id } => customer_by_account(tx, payer, currency, &account_id)?,
                QrPayee::External { provider_id, name } => {
                    Payee { external_bank: Some(provider_id), ..Payee::internal(OperationKind::Payment, name) }
                }
            };
            payee.fee_minor = fee_minor;
            payee.qr_transaction = checked.transaction;
            Ok(payee)
        }
        Recipient::Service { provider_id, account } => {
            let (provider, checked) = crate::services::check(tx, provider_id, account, Some(currency))?;
            if !(provider.min_amount_minor..=provider.max_amount_minor).contains(&amount_minor) {
                return Err(ApiError::unprocessable(
                    ErrorCode::AmountInvalid,
                    "the amount is outside what the provider takes",
                ));
            }
            let name = provider.names.ru.clone();
            Ok(Payee {
                external_bank: Some(name.clone()),
                fee_minor: crate::services::fee_minor(&provider, amount_minor),
                service: Some((provider.provider_id, checked.account)),
                ..Payee::internal(OperationKind::Payment, name)
            })
        }
        Recipient::Shake { shake_id } => {
            let found = crate::shakes::payee_for_payment(tx, payer, shake_id, currency, amount_minor)?;
            Ok(Payee {
                account_id: Some(found.account_id),
                phone: Some(found.phone),
                ..Payee::internal(OperationKind::TransferOut, found.name)
            })
        }
        other => resolve_direct(tx, payer, currency, amount_minor, other),
    }
}

/// A customer's «receive» code names their account.
fn customer_by_account(tx: &Transaction<'_>, payer: &str, currency: &str, account_id: &str) -> Result<Payee, ApiError> {
    let found: Option<(String, String, Option<String>, String)> = tx
        .query_row(
            "SELECT u.user_id, u.phone, u.display_name, a.currency FROM accounts a JOIN users u ON u.user_id = a.user_id
             WHERE a.account_id = ?1",
            [account_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .optional()?;
    let Some((user_id, phone, name, account_currency)) = found else {
        return Err(ApiError::unprocessable(ErrorCode::RecipientNotFound, "the code's account does not exist"));
    };
    if user_id == payer {
        return Err(ApiError::unprocessable(ErrorCode::RecipientNotFound, "this is your own code"));
    }
    if account_currency != currency {
        return Err(ApiError::unprocessable(ErrorCode::CurrencyMismatch, "the account takes another currency"));
    }
    Ok(Payee {
        account_id: Some(account_id.to_owned()),
        phone: Some(phone.clone()),
        ..Payee::internal(OperationKind::TransferOut, shown_person(name.as_deref(), &phone))
    })
}

fn resolve_direct(
    tx: &Transaction<'_>,
    payer: &str,
    currency: &str,
    amount_minor: i64,
    recipient: &Recipient,
) -> Result<Payee, ApiError> {
    let not_found = |what: &str| ApiError::unprocessable(ErrorCode::RecipientNotFound, what.to_owned());
    match recipient {
        Recipient::Merchant { merchant_id } => {
            let merchant: Option<(String, String)> = tx
                .query_row("SELECT name, currency FROM merchants WHERE merchant_id = ?1", [merchant_id], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })
                .optional()?;
            let (name, merchant_currency) = merchant.ok_or_else(|| not_found("no such merchant"))?;
            if merchant_currency != currency {
                return Err(ApiError::unprocessable(
                    ErrorCode::CurrencyMismatch,
                    "the merchant takes another currency",
                ));
            }
            Ok(Payee { merchant_id: Some(merchant_id.clone()), ..Payee::internal(OperationKind::Payment, name) })
        }
        // A customer of this bank, or of another one (an interbank transfer: the money leaves this bank, for the
        // interbank fee, and `create` asks for its SMS confirmation).
        Recipient::Phone { phone } => Ok(match transfers::resolve_phone(tx, payer, currency, phone)? {
            PhonePayee::Internal { account_id, name_masked } => Payee {
                account_id: Some(account_id),
                phone: Some(phone.clone()),
                ..Payee::internal(OperationKind::TransferOut, name_masked)
            },
            PhonePayee::OtherBank { name_masked, bank_name } => Payee {
                phone: Some(phone.clone()),
                external_bank: Some(bank_name),
                fee_minor: qr_pay::interbank_fee_minor(amount_minor),
                ..Payee::internal(OperationKind::TransferOut, name_masked)
            },
        }),
        Recipient::Elqr { .. } => Err(ApiError::bad_request("a payment code is read by resolve_payee")),
        Recipient::Shake { .. } => Err(ApiError::bad_request("a shake is read by resolve_payee")),
        Recipient::Service { .. } => Err(ApiError::bad_request("a service is read by resolve_payee")),
    }
}

/// The name the payer sees for `recipient` and the bank the money leaves to, checked as a payment would be but
/// changing nothing (a shake or a code is read, never used up): what a confirmation's SMS names.
pub(crate) fn payee_name(
    tx: &Transaction<'_>,
    payer: &str,
    currency: &str,
    amount_minor: i64,
    recipient: &Recipient,
    now: OffsetDateTime,
) -> Result<(String, Option<String>), ApiError> {
    tx.execute_batch("SAVEPOINT payee_name")?;
    let payee = resolve_payee(tx, payer, currency, amount_minor, recipient, now);
    tx.execute_batch("ROLLBACK TO payee_name; RELEASE payee_name")?;
    payee.map(|payee| (payee.name, payee.external_bank))
}

pub(crate) fn check_amount(amount_minor: i64) -> Result<(), ApiError> {
    if amount_minor <= 0 || amount_minor > MAX_AMOUNT_MINOR {
        return Err(ApiError::unprocessable(
            ErrorCode::AmountInvalid,
            "the amount must be positive and at most 13 digits",
        ));
    }
    Ok(())
}

/// The payer's account: its balance and what is held, when it is the customer's and holds `currency`.
pub(crate) fn payer_account(
    tx: &Transaction<'_>,
    user_id: &str,
    account_id: &str,
    currency: &str,
) -> Result<(i64, i64), ApiError> {
    let account: Option<(String, i64, i64)> = tx
        .query_row(
            "SELECT currency, balance_minor, held_minor FROM accounts WHERE account_id = ?1 AND user_id = ?2",
            params![account_id, user_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let (held_currency, balance, held) =
        account.ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such account"))?;
    if held_currency != currency {
        return Err(ApiError::unprocessable(ErrorCode::CurrencyMismatch, "the account holds another currency"));
    }
    Ok((balance, held))
}

/// What a payment would cost and whom it would reach, after the same checks of the recipient as `create`.
pub fn quote(
    tx: &Transaction<'_>,
    user_id: &str,
    request: &QuoteRequest,
    now: OffsetDateTime,
) -> Result<Quote, ApiError> {
    check_amount(request.amount_minor)?;
    payer_account(tx, user_id, &request.account_id, &request.currency)?;
    let payee = resolve_payee(tx, user_id, &request.currency, request.amount_minor, &request.recipient, now)?;
    let needs_sms_code = transfers::needs_confirmation(
        &request.recipient,
        payee.external_bank.is_some(),
        &request.currency,
        request.amount_minor,
    );
    Ok(Quote {
        amount_minor: request.amount_minor,
        fee_minor: payee.fee_minor,
        currency: request.currency.clone(),
        payee_name: payee.name,
        payee_bank: payee.external_bank,
        needs_sms_code,
    })
}

/// Accepts an operation: checks it, holds the money, numbers it, and executes it at once when its delay (in-bank or
/// leaving the bank) is zero. Business refusals are `Err` with a 4xx code.
pub fn create(
    tx: &Transaction<'_>,
    signer: &Signer,
    now: OffsetDateTime,
    delays: ExecutionDelays,
    user_id: &str,
    request: &NewOperation,
    client_key: &str,
) -> Result<Operation, ApiError> {
    create_as(tx, signer, now, delays, user_id, request, client_key, Authority::Customer)
}

/// Who asks for an operation: the customer now (an SMS code where the bank asks for one), or a regular payment the
/// customer set up earlier (the rule is the authority: no code can be typed at night).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authority {
    Customer,
    Rule,
}

#[allow(clippy::too_many_arguments)]
pub fn create_as(
    tx: &Transaction<'_>,
    signer: &Signer,
    now: OffsetDateTime,
    delays: ExecutionDelays,
    user_id: &str,
    request: &NewOperation,
    client_key: &str,
    authority: Authority,
) -> Result<Operation, ApiError> {
    check_amount(request.amount_minor)?;
    if request.fee_minor.is_some_and(|agreed| !(0..=MAX_AMOUNT_MINOR).contains(&agreed)) {
        return Err(ApiError::bad_request("fee_minor must be 0 to 13 digits"));
    }
    if request.comment.as_ref().is_some_and(|c| c.chars().count() > 140) {
        return Err(ApiError::bad_request("the comment is longer than 140 characters"));
    }
    crate::free_text::check("comment", request.comment.as_deref())?;
    let (balance, held) = payer_account(tx, user_id, &request.account_id, &request.currency)?;
    let currency = request.currency.clone();
    let payee = resolve_payee(tx, user_id, &currency, request.amount_minor, &request.recipient, now)?;
    let fee = payee.fee_minor;
    if request.fee_minor.is_some_and(|agreed| fee > agreed) {
        return Err(ApiError::unprocessable(ErrorCode::FeeChanged, "the fee is higher than the one agreed to"));
    }
    let profile = profile(tx, user_id)?;
    crate::limits::check(tx, &request.account_id, &profile.limits, request.amount_minor, now)?;
    // Over a limit, no code helps: that refusal comes first. Every transfer to another bank's customer is confirmed
    // by an SMS code, and every operation above the step-up limit (seed 004 §5.12).
    let leaves_bank = payee.external_bank.is_some();
    let confirmation = if authority == Authority::Customer
        && transfers::needs_confirmation(&request.recipient, leaves_bank, &currency, request.amount_minor)
    {
        let key = transfers::recipient_key(&request.recipient);
        Some(transfers::check_confirmation(tx, user_id, request, &key, now)?)
    } else {
        None
    };
    if balance - held < request.amount_minor + fee {
        return Err(ApiError::unprocessable(ErrorCode::InsufficientFunds, "not enough money on the account"));
    }

    let operation_id = uuid::Uuid::new_v4().to_string();
    let at = rfc3339(now);
    let delay_ms = delays.for_payee(&payee);
    tx.execute(
        "INSERT INTO operations (operation_id, payer_account_id, payee_account_id, merchant_id, kind, amount_minor,
            fee_minor, currency, comment, status, client_key, created_at, updated_at, execute_after_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'accepted', ?10, ?11, ?11, ?12)",
        params![
            operation_id,
            request.account_id,
            payee.account_id,
            payee.merchant_id,
            kind_name(payee.kind),
            request.amount_minor,
            fee,
            currency,
            request.comment,
            client_key,
            at,
            ((now.unix_timestamp_nanos() / 1_000_000) as i64).saturating_add(delay_ms),
        ],
    )?;
    operation_numbers::assign(tx, &operation_id, now)?;
    tx.execute(
        "UPDATE accounts SET held_minor = held_minor + ?1 WHERE account_id = ?2",
        params![request.amount_minor + fee, request.account_id],
    )?;
    if let Some(transaction) = &payee.qr_transaction {
        qr_pay::mark_paid(tx, transaction, &operation_id)?;
    }
    if let Some(confirmation_id) = &confirmation {
        transfers::mark_used(tx, confirmation_id, &operation_id)?;
    }
    if let Recipient::Shake { shake_id } = &request.recipient {
        crate::shakes::mark_paid_by(tx, shake_id, &operation_id)?;
    }
    if let Some((provider_id, account)) = &payee.service {
        crate::services::record_payment(tx, &operation_id, provider_id, account)?;
    }
    let counterparty_name = payee.name.clone();
    tx.execute(
        "INSERT INTO views (user_id, operation_id, account_id, kind, counterparty_name, counterparty_phone, merchant_id, seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            user_id,
            operation_id,
            request.account_id,
            kind_name(payee.kind),
            counterparty_name,
            payee.phone.as_deref().map(masked),
            payee.merchant_id,
            next_seq(tx)?,
        ],
    )?;
    if delay_ms <= 0 {
        execute(tx, signer, &operation_id, now)?;
    }
    view(tx, user_id, &operation_id)
}

/// An operation the bank refused as it was asked for (a regular payment's run without the money for it): kept
/// rejected with its reason, so the history and the inbox say what happened. Nothing is held or moved.
#[allow(clippy::too_many_arguments)]
pub fn record_refused(
    tx: &Transaction<'_>,
    now: OffsetDateTime,
    user_id: &str,
    request: &NewOperation,
    kind: OperationKind,
    counterparty_name: &str,
    client_key: &str,
    code: ErrorCode,
) -> Result<Operation, ApiError> {
    let operation_id = uuid::Uuid::new_v4().to_string();
    let at = rfc3339(now);
    tx.execute(
        "INSERT INTO operations (operation_id, payer_account_id, kind, amount_minor, fee_minor, currency, comment,
            status, client_key, created_at, updated_at, execute_after_ms)
         VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6, 'rejected', ?7, ?8, ?8, 0)",
        params![
            operation_id,
            request.account_id,
            kind_name(kind),
            request.amount_minor,
            request.currency,
            request.comment,
            client_key,
            at
        ],
    )?;
    operation_numbers::assign(tx, &operation_id, now)?;
    tx.execute(
        "INSERT INTO views (user_id, operation_id, account_id, kind, counterparty_name, seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![user_id, operation_id, request.account_id, kind_name(kind), counterparty_name, next_seq(tx)?],
    )?;
    tx.execute(
        "INSERT INTO operation_rejections (operation_id, code) VALUES (?1, ?2)",
        params![operation_id, crate::wire::wire_name(&code)?],
    )?;
    let rejected = operation_event(
        BankEventKind::OperationRejected,
        now,
        &operation_id,
        request.amount_minor,
        &request.currency,
        counterparty_name,
    );
    notifications::record(tx, user_id, &rejected)?;
    view(tx, user_id, &operation_id)
}

/// An event about an operation: its amount, and the other side as the customer who hears of it sees them.
fn operation_event(
    kind: BankEventKind,
    at: OffsetDateTime,
    operation_id: &str,
    amount_minor: i64,
    currency: &str,
    counterparty_name: &str,
) -> BankEvent {
    BankEvent {
        operation_id: Some(operation_id.to_owned()),
        amount_minor: Some(amount_minor),
        currency: Some(currency.to_owned()),
        counterparty_name: Some(counterparty_name.to_owned()),
        ..notifications::event(kind, at)
    }
}

/// The payment request `operation_id` pays, and its requester: a dynamic code of this bank that names a request.
fn request_paid_by(tx: &Transaction<'_>, operation_id: &str) -> Result<Option<(String, String)>, ApiError> {
    Ok(tx
        .query_row(
            "SELECT r.request_id, r.user_id FROM qr_transactions q JOIN payment_requests r ON r.request_id = q.transaction_id
             WHERE q.provider_id = ?1 AND q.operation_id = ?2",
            params![qr_pay::OWN_PROVIDER, operation_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?)
}

/// Executes an accepted operation: books it on both accounts, signs the receipt, shows it to the payee, and tells
/// the payer (`operation_executed`), the payee here (`money_in`) and the requester of a request it pays
/// (`request_paid`).
pub fn execute(tx: &Transaction<'_>, signer: &Signer, operation_id: &str, now: OffsetDateTime) -> Result<(), ApiError> {
    type Row = (String, Option<String>, String, i64, i64, String, Option<String>, String);
    let (payer_account, payee_account, kind, amount, fee, currency, comment, status): Row = tx.query_row(
        "SELECT payer_account_id, payee_account_id, kind, amount_minor, fee_minor, currency, comment, status
         FROM operations WHERE operation_id = ?1",
        [operation_id],
        |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?, row.get(7)?))
        },
    )?;
    if status != "accepted" {
        return Ok(());
    }
    let at = rfc3339(now);
    tx.execute(
        "UPDATE accounts SET balance_minor = balance_minor - ?1, held_minor = held_minor - ?1 WHERE account_id = ?2",
        params![amount + fee, payer_account],
    )?;
    tx.execute(
        "UPDATE operations SET status = 'executed', updated_at = ?1 WHERE operation_id = ?2",
        params![at, operation_id],
    )?;

    let (payer_user, payer_name, payer_phone): (String, Option<String>, String) = tx.query_row(
        "SELECT u.user_id, u.display_name, u.phone FROM accounts a JOIN users u ON u.user_id = a.user_id
         WHERE a.account_id = ?1",
        [&payer_account],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    let counterparty_name: String = tx.query_row(
        "SELECT counterparty_name FROM views WHERE user_id = ?1 AND operation_id = ?2",
        params![payer_user, operation_id],
        |row| row.get(0),
    )?;
    let payer_shown = shown_person(payer_name.as_deref(), &payer_phone);
    if let Some(payee_account) = &payee_account {
        tx.execute(
            "UPDATE accounts SET balance_minor = balance_minor + ?1 WHERE account_id = ?2",
            params![amount, payee_account],
        )?;
        let payee_user: String =
            tx.query_row("SELECT user_id FROM accounts WHERE account_id = ?1", [payee_account], |row| row.get(0))?;
        tx.execute(
            "INSERT INTO views (user_id, operation_id, account_id, kind, counterparty_name, counterparty_phone, seq)
             VALUES (?1, ?2, ?3, 'transfer_in', ?4, ?5, ?6)",
            params![payee_user, operation_id, payee_account, payer_shown, masked(&payer_phone), next_seq(tx)?],
        )?;
        let money_in = operation_event(BankEventKind::MoneyIn, now, operation_id, amount, &currency, &payer_shown);
        notifications::record(tx, &payee_user, &money_in)?;
    }
    crate::services::executed(tx, operation_id, amount)?;
    let executed =
        operation_event(BankEventKind::OperationExecuted, now, operation_id, amount, &currency, &counterparty_name);
    notifications::record(tx, &payer_user, &executed)?;
    if let Some((request_id, requester)) = request_paid_by(tx, operation_id)? {
        let paid = BankEvent {
            request_id: Some(request_id),
            ..operation_event(BankEventKind::RequestPaid, now, operation_id, amount, &currency, &payer_shown)
        };
        notifications::record(tx, &requester, &paid)?;
    }
    let body = ReceiptBody {
        operation_id: operation_id.to_owned(),
        kind: kind_of(&kind),
        account_id: payer_account,
        amount_minor: amount,
        currency,
        fee_minor: fee,
        counterparty_name,
        comment,
        executed_at: at,
    };
    let receipt = signer.sign(body).map_err(|e| ApiError::internal(format!("receipt: {e}")))?;
    let body_json = serde_json::to_string(&receipt.body).map_err(|e| ApiError::internal(format!("receipt: {e}")))?;
    tx.execute(
        "INSERT INTO receipts (operation_id, body, key_id, signature) VALUES (?1, ?2, ?3, ?4)",
        params![operation_id, body_json, receipt.key_id, receipt.signature],
    )?;
    touch(tx, &payer_user, operation_id)?;
    Ok(())
}

/// Executes every accepted operation whose time has come. Returns how many.
pub fn execute_due(tx: &Transaction<'_>, signer: &Signer, now: OffsetDateTime) -> Result<usize, ApiError> {
    let now_ms = (now.unix_timestamp_nanos() / 1_000_000) as i64;
    let due: Vec<String> = tx
        .prepare("SELECT operation_id FROM operations WHERE status = 'accepted' AND execute_after_ms <= ?1")?
        .query_map([now_ms], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    for operation_id in &due {
        execute(tx, signer, operation_id, now)?;
    }
    Ok(due.len())
}

/// Cancels an operation of `user_id` while it is only accepted; cancelling a cancelled one again is fine.
pub fn cancel(
    tx: &Transaction<'_>,
    user_id: &str,
    operation_id: &str,
    now: OffsetDateTime,
) -> Result<Operation, ApiError> {
    let current = view(tx, user_id, operation_id)?;
    if !matches!(current.kind, OperationKind::Payment | OperationKind::TransferOut) {
        return Err(ApiError::unprocessable(ErrorCode::NotRevocable, "only the payer can cancel"));
    }
    match current.status {
        OperationStatus::Cancelled => return Ok(current),
        OperationStatus::Accepted => {}
        _ => return Err(ApiError::new(StatusCode::CONFLICT, ErrorCode::NotRevocable, "the operation is already done")),
    }
    tx.execute(
        "UPDATE operations SET status = 'cancelled', updated_at = ?1 WHERE operation_id = ?2",
        params![rfc3339(now), operation_id],
    )?;
    tx.execute(
        "UPDATE accounts SET held_minor = held_minor - ?1 WHERE account_id = ?2",
        params![current.amount_minor + current.fee_minor, current.account_id],
    )?;
    qr_pay::release(tx, operation_id)?;
    crate::shakes::release(tx, operation_id)?;
    touch(tx, user_id, operation_id)?;
    view(tx, user_id, operation_id)
}

/// Rejects an accepted operation (the bank's checks or the other bank refused it, with `code`): the money held for
/// it is available again, a dynamic code it used may be paid again, and the payer hears `operation_rejected`.
/// Rejecting a rejected one again answers it unchanged; an executed or cancelled one is `409 not_revocable`.
pub fn reject(
    tx: &Transaction<'_>,
    operation_id: &str,
    code: ErrorCode,
    now: OffsetDateTime,
) -> Result<Operation, ApiError> {
    let payer: Option<String> = tx
        .query_row(
            "SELECT a.user_id FROM operations o JOIN accounts a ON a.account_id = o.payer_account_id
             WHERE o.operation_id = ?1 AND o.kind IN ('payment', 'transfer_out')",
            [operation_id],
            |row| row.get(0),
        )
        .optional()?;
    let payer = payer.ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such payment"))?;
    let current = view(tx, &payer, operation_id)?;
    match current.status {
        OperationStatus::Rejected => return Ok(current),
        OperationStatus::Accepted => {}
        _ => return Err(ApiError::new(StatusCode::CONFLICT, ErrorCode::NotRevocable, "the operation is already done")),
    }
    tx.execute(
        "UPDATE operations SET status = 'rejected', updated_at = ?1 WHERE operation_id = ?2",
        params![rfc3339(now), operation_id],
    )?;
    tx.execute(
        "UPDATE accounts SET held_minor = held_minor - ?1 WHERE account_id = ?2",
        params![current.amount_minor + current.fee_minor, current.account_id],
    )?;
    tx.execute(
        "INSERT INTO operation_rejections (operation_id, code) VALUES (?1, ?2)",
        params![operation_id, crate::wire::wire_name(&code)?],
    )?;
    qr_pay::release(tx, operation_id)?;
    crate::shakes::release(tx, operation_id)?;
    touch(tx, &payer, operation_id)?;
    let rejected = operation_event(
        BankEventKind::OperationRejected,
        now,
        operation_id,
        current.amount_minor,
        &current.currency,
        &current.counterparty.name,
    );
    notifications::record(tx, &payer, &rejected)?;
    view(tx, &payer, operation_id)
}

/// Marks the customer's view of an operation as changed, so the next history request returns it.
fn touch(tx: &Transaction<'_>, user_id: &str, operation_id: &str) -> Result<(), ApiError> {
    let seq = next_seq(tx)?;
    tx.execute(
        "UPDATE views SET seq = ?1 WHERE user_id = ?2 AND operation_id = ?3",
        params![seq, user_id, operation_id],
    )?;
    Ok(())
}

const VIEW_COLUMNS: &str = "v.operation_id, v.account_id, v.kind, o.status, o.amount_minor, o.fee_minor, o.currency,
    v.counterparty_name, v.counterparty_phone, v.merchant_id, o.comment, o.created_at, o.updated_at, o.client_key,
    r.body, r.key_id, r.signature, v.seq, n.number, j.code";

const VIEW_FROM: &str = "FROM views v JOIN operations o ON o.operation_id = v.operation_id
    LEFT JOIN receipts r ON r.operation_id = v.operation_id
    LEFT JOIN operation_numbers n ON n.operation_id = v.operation_id
    LEFT JOIN operation_rejections j ON j.operation_id = v.operation_id";

fn operation_of(row: &Row<'_>) -> rusqlite::Result<Operation> {
    let kind = kind_of(&row.get::<_, String>(2)?);
    let status = status_of(&row.get::<_, String>(3)?);
    let receipt =
        match (row.get::<_, Option<String>>(14)?, row.get::<_, Option<String>>(15)?, row.get::<_, Option<String>>(16)?)
        {
            (Some(body), Some(key_id), Some(signature)) => {
                serde_json::from_str::<ReceiptBody>(&body).ok().map(|body| Receipt { body, key_id, signature })
            }
            _ => None,
        };
    let payer_side = matches!(kind, OperationKind::Payment | OperationKind::TransferOut);
    // A code this bank no longer knows (a newer sandbox wrote it) reads as the protocol's `unknown`.
    let rejection = row
        .get::<_, Option<String>>(19)?
        .map(|code| crate::wire::from_wire::<ErrorCode>(&code).unwrap_or(ErrorCode::Unknown));
    Ok(Operation {
        operation_id: row.get(0)?,
        number: row.get(18)?,
        account_id: row.get(1)?,
        kind,
        status,
        amount_minor: row.get(4)?,
        // A top-up's fee is what its card paid on top (the account got the whole amount).
        fee_minor: if payer_side || kind == OperationKind::TopUp { row.get(5)? } else { 0 },
        currency: row.get(6)?,
        counterparty: Counterparty { name: row.get(7)?, phone_masked: row.get(8)?, merchant_id: row.get(9)? },
        comment: row.get(10)?,
        created_at: parse_time(&row.get::<_, String>(11)?)?,
        updated_at: parse_time(&row.get::<_, String>(12)?)?,
        revocable: payer_side && status == OperationStatus::Accepted,
        client_key: if payer_side { row.get(13)? } else { None },
        rejection: if payer_side { rejection } else { None },
        receipt,
    })
}

/// One operation as `user_id` sees it.
pub fn view(tx: &Transaction<'_>, user_id: &str, operation_id: &str) -> Result<Operation, ApiError> {
    tx.query_row(
        &format!("SELECT {VIEW_COLUMNS} {VIEW_FROM} WHERE v.user_id = ?1 AND v.operation_id = ?2"),
        params![user_id, operation_id],
        operation_of,
    )
    .optional()?
    .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such operation"))
}

/// The operations of `user_id` that changed after `cursor`, oldest change first.
pub fn changes(tx: &Transaction<'_>, user_id: &str, cursor: i64, limit: u32) -> Result<OperationChanges, ApiError> {
    let mut statement = tx.prepare(&format!(
        "SELECT {VIEW_COLUMNS} {VIEW_FROM} WHERE v.user_id = ?1 AND v.seq > ?2 ORDER BY v.seq LIMIT ?3"
    ))?;
    let mut last = cursor;
    let mut operations = Vec::new();
    let mut rows = statement.query(params![user_id, cursor, i64::from(limit) + 1])?;
    while let Some(row) = rows.next()? {
        if operations.len() == limit as usize {
            return Ok(OperationChanges { operations, cursor: last.to_string(), has_more: true });
        }
        last = row.get(17)?;
        operations.push(operation_of(row)?);
    }
    Ok(OperationChanges { operations, cursor: last.to_string(), has_more: false })
}

/// Where a top-up's money comes from, as the customer's history names it.
const TOP_UP_SOURCE: &str = "Терминал пополнения";

/// Money into an account from a payment terminal: for demos and tests (`/dev/top-up`).
pub fn top_up(tx: &Transaction<'_>, now: OffsetDateTime, account_id: &str, amount: i64) -> Result<(), ApiError> {
    credit(tx, None, now, account_id, amount, 0, TOP_UP_SOURCE).map(|_| ())
}

/// Money into an account from outside (a terminal, another bank's card): executed at once, numbered, heard of
/// (`money_in`), and with a signed receipt when a `signer` is given. `fee_minor` is what the source paid on top
/// (a card's fee): recorded on the operation, not taken from the account. Returns the operation's id.
pub fn credit(
    tx: &Transaction<'_>,
    signer: Option<&Signer>,
    now: OffsetDateTime,
    account_id: &str,
    amount: i64,
    fee_minor: i64,
    source: &str,
) -> Result<String, ApiError> {
    if amount <= 0 || amount > MAX_AMOUNT_MINOR {
        return Err(ApiError::unprocessable(ErrorCode::AmountInvalid, "the amount must be positive"));
    }
    let (user_id, currency): (String, String) = tx
        .query_row("SELECT user_id, currency FROM accounts WHERE account_id = ?1", [account_id], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .optional()?
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such account"))?;
    let operation_id = uuid::Uuid::new_v4().to_string();
    let at = rfc3339(now);
    tx.execute(
        "INSERT INTO operations (operation_id, payer_account_id, kind, amount_minor, fee_minor, currency, status,
            created_at, updated_at, execute_after_ms)
         VALUES (?1, ?2, 'top_up', ?3, ?4, ?5, 'executed', ?6, ?6, 0)",
        params![operation_id, account_id, amount, fee_minor, currency, at],
    )?;
    tx.execute(
        "UPDATE accounts SET balance_minor = balance_minor + ?1 WHERE account_id = ?2",
        params![amount, account_id],
    )?;
    tx.execute(
        "INSERT INTO views (user_id, operation_id, account_id, kind, counterparty_name, seq)
         VALUES (?1, ?2, ?3, 'top_up', ?4, ?5)",
        params![user_id, operation_id, account_id, source, next_seq(tx)?],
    )?;
    operation_numbers::assign(tx, &operation_id, now)?;
    if let Some(signer) = signer {
        let body = ReceiptBody {
            operation_id: operation_id.clone(),
            kind: OperationKind::TopUp,
            account_id: account_id.to_owned(),
            amount_minor: amount,
            currency: currency.clone(),
            fee_minor,
            counterparty_name: source.to_owned(),
            comment: None,
            executed_at: at,
        };
        let receipt = signer.sign(body).map_err(|e| ApiError::internal(format!("receipt: {e}")))?;
        let body_json =
            serde_json::to_string(&receipt.body).map_err(|e| ApiError::internal(format!("receipt: {e}")))?;
        tx.execute(
            "INSERT INTO receipts (operation_id, body, key_id, signature) VALUES (?1, ?2, ?3, ?4)",
            params![operation_id, body_json, receipt.key_id, receipt.signature],
        )?;
    }
    let money_in = operation_event(BankEventKind::MoneyIn, now, &operation_id, amount, &currency, source);
    notifications::record(tx, &user_id, &money_in)?;
    Ok(operation_id)
}
