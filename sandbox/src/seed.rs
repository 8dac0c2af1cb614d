//! Demo data for a new sandbox database: customers with balances and history, merchants with their payment QR
//! links, and contacts. Every number is fictional.

use rusqlite::{Connection, Transaction, params};
use time::OffsetDateTime;
use wallet_formats::Sex;
use wallet_protocol::operations::{NewOperation, Recipient};

use crate::banking::{self, ExecutionDelays, rfc3339};
use crate::elqr;
use crate::error::ApiError;
use crate::receipts::Signer;

/// Demo customers: name, phone, currency, opening balance in minor units, identified.
pub const CUSTOMERS: [(&str, &str, &str, i64, bool); 4] = [
    ("Айгуль Асанова", "+996555123456", "KGS", 10_000_000, true),
    ("Бакыт Токтогулов", "+996700654321", "KGS", 850_000, false),
    ("Чынара Мамбетова", "+996777000111", "KGS", 12_050, false),
    ("Данияр Ахметов", "+77011234567", "KZT", 15_000_000, false),
];

/// The demo customers' sex, by phone: the identification review refuses a passport whose personal number says
/// otherwise (see `kyc.rs`).
pub const CUSTOMER_SEX: [(&str, Sex); 4] = [
    ("+996555123456", Sex::Female),
    ("+996700654321", Sex::Male),
    ("+996777000111", Sex::Female),
    ("+77011234567", Sex::Male),
];

/// Demo merchants: id, name, MCC, currency.
pub const MERCHANTS: [(&str, &str, &str, &str); 4] = [
    ("globus-bishkek", "Глобус", "5411", "KGS"),
    ("navat-cafe", "Кафе Нават", "5812", "KGS"),
    ("bishkek-bus", "Бишкек автобус", "4111", "KGS"),
    ("magnum-almaty", "Magnum", "5411", "KZT"),
];

/// Customers of other banks, reachable by phone (an interbank transfer, confirmed by an SMS code): name, phone,
/// bank, currency. No demo customer of this bank has these numbers.
pub const OTHER_BANK_CUSTOMERS: [(&str, &str, &str, &str); 4] = [
    ("Кирилл Бакиров", "+996700111222", "Demir Bank", "KGS"),
    ("Айгуль Сыдыкова", "+996770333444", "Optima Bank", "KGS"),
    ("Нурлан Осмонов", "+996555888999", "Demir Bank", "KGS"),
    ("Асель Нурланова", "+77071112233", "Kaspi Bank", "KZT"),
];

/// Fills the directory of other banks' customers; what is there already stays (so older databases get it too).
pub fn other_banks(conn: &Connection) -> rusqlite::Result<()> {
    for (name, phone, bank, currency) in OTHER_BANK_CUSTOMERS {
        conn.execute(
            "INSERT OR IGNORE INTO other_bank_customers (phone, full_name, bank_name, currency) VALUES (?1, ?2, ?3, ?4)",
            params![phone, name, bank, currency],
        )?;
    }
    Ok(())
}

/// Records the demo customers' sex; what is there already stays (so older databases get it too).
pub fn particulars(conn: &Connection) -> rusqlite::Result<()> {
    for (phone, sex) in CUSTOMER_SEX {
        let sex = match sex {
            Sex::Female => "female",
            Sex::Male => "male",
            Sex::Unspecified => continue,
        };
        conn.execute(
            "INSERT OR IGNORE INTO customer_particulars (user_id, sex) SELECT user_id, ?2 FROM users WHERE phone = ?1",
            params![phone, sex],
        )?;
    }
    Ok(())
}

pub fn account_id(phone: &str) -> String {
    format!("acc-{}", phone.trim_start_matches('+'))
}

pub fn user_id(phone: &str) -> String {
    format!("usr-{}", phone.trim_start_matches('+'))
}

pub fn seed(tx: &Transaction<'_>, signer: &Signer, now: OffsetDateTime) -> Result<(), ApiError> {
    let at = rfc3339(now);
    let events_before: i64 = tx.query_row("SELECT COALESCE(MAX(seq), 0) FROM events", [], |row| row.get(0))?;
    for (name, phone, currency, balance, identified) in CUSTOMERS {
        tx.execute(
            "INSERT INTO users (user_id, phone, display_name, kyc_status, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![user_id(phone), phone, name, if identified { "approved" } else { "none" }, at],
        )?;
        tx.execute(
            "INSERT INTO accounts (account_id, user_id, currency, balance_minor) VALUES (?1, ?2, ?3, ?4)",
            params![account_id(phone), user_id(phone), currency, balance],
        )?;
    }
    for (id, name, mcc, currency) in MERCHANTS {
        let link = elqr::merchant_link(id, name, mcc, currency, None)
            .map_err(|e| ApiError::bad_request(format!("the demo merchant's code does not build: {e}")))?;
        tx.execute(
            "INSERT INTO merchants (merchant_id, name, mcc, currency, elqr_link) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, name, mcc, currency, link],
        )?;
    }
    let aigul = CUSTOMERS[0].1;
    for (_, phone, _, _, _) in &CUSTOMERS[1..3] {
        tx.execute(
            "INSERT INTO contacts (owner_user_id, name, phone) SELECT ?1, display_name, phone FROM users WHERE phone = ?2",
            params![user_id(aigul), phone],
        )?;
    }
    // Two months of Айгуль's history: a payment or a transfer every day or so.
    let pattern = [
        (Recipient::Merchant { merchant_id: "globus-bishkek".into() }, 184_500, None),
        (Recipient::Merchant { merchant_id: "navat-cafe".into() }, 95_000, Some("обед")),
        (Recipient::Phone { phone: CUSTOMERS[1].1.into() }, 150_000, Some("за билеты")),
        (Recipient::Merchant { merchant_id: "bishkek-bus".into() }, 2_000, None),
        (Recipient::Phone { phone: CUSTOMERS[2].1.into() }, 50_000, None),
    ];
    for day in (1..=60i64).rev() {
        let (recipient, amount, comment) = &pattern[(day % pattern.len() as i64) as usize];
        let request = NewOperation {
            account_id: account_id(aigul),
            amount_minor: amount + day * 100,
            currency: "KGS".into(),
            recipient: recipient.clone(),
            comment: comment.map(str::to_owned),
            fee_minor: None,
            confirmation_id: None,
        };
        let when = now - time::Duration::days(day) + time::Duration::hours(day % 9);
        banking::create(tx, signer, when, ExecutionDelays::NONE, &user_id(aigul), &request, &format!("seed-{day}"))?;
    }
    banking::top_up(tx, now - time::Duration::days(30), &account_id(aigul), 2_000_000)?;
    // The demo history is the past: nobody is told of it now (no device is registered yet, so nothing was pushed).
    tx.execute("DELETE FROM events WHERE seq > ?1", [events_before])?;
    Ok(())
}
