//! Favourites and regular payments (seed 001 §1.6, periodic payment orders).
//!
//! A favourite is a payment or transfer saved with a name: its recipient, account and amount, paid again with only
//! the amount (pre-filled) and the PIN (`POST /v1/operations`, as every payment). A regular payment is a rule for
//! a favourite that the bank runs on its own clock — every month on a day (the month's last day when it is
//! shorter), every week on a weekday, or whenever the provider issues a bill —, each run an ordinary operation in
//! the history (refused ones too, with their reason) and an event in the inbox.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::operations::Recipient;

pub mod paths {
    /// `GET`: the customer's favourites; `POST` (with an `Idempotency-Key`): a new one.
    pub const FAVOURITES: &str = "/v1/favourites";
    /// `GET`: the customer's regular payments; `POST` (with an `Idempotency-Key`): a new one.
    pub const REGULAR_PAYMENTS: &str = "/v1/regular-payments";

    /// `PATCH`: rename a favourite or change its amount; `DELETE`: forget it (and its regular payments).
    pub fn favourite(favourite_id: &str) -> String {
        format!("{FAVOURITES}/{favourite_id}")
    }

    /// `PATCH`: change the schedule, pause or resume; `DELETE`: stop it for good.
    pub fn regular_payment(regular_id: &str) -> String {
        format!("{REGULAR_PAYMENTS}/{regular_id}")
    }
}

/// The longest name of a favourite, in characters.
pub const MAX_NAME: usize = 40;
/// The most favourites a customer keeps.
pub const MAX_FAVOURITES: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewFavourite {
    /// «Мой MegaCom», «Свет дома».
    pub name: String,
    pub account_id: String,
    /// Positive, in minor units of `currency`: what paying it fills in.
    pub amount_minor: i64,
    pub currency: String,
    /// A recipient that can be paid again: a phone, a merchant, a static payment code, a service account (not a
    /// shake, not a one-time code).
    pub recipient: Recipient,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Favourite {
    pub favourite_id: String,
    pub name: String,
    pub account_id: String,
    pub amount_minor: i64,
    pub currency: String,
    pub recipient: Recipient,
    /// Who it pays, as the bank names them: «MegaCom», «Кирилл Б.», «Северэлектро».
    pub payee_name: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Favourites {
    /// Oldest first.
    pub favourites: Vec<Favourite>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FavouriteUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_minor: Option<i64>,
}

/// When the bank runs a regular payment, in Bishkek's days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Schedule {
    /// Every month on `day` (1–31); a month without that day on its last day.
    Monthly { day: u8 },
    /// Every week on `weekday` (1 Monday … 7 Sunday).
    Weekly { weekday: u8 },
    /// Whenever the provider issues a bill: the bill's amount (a favourite paying a service account whose provider
    /// tells debts).
    OnBill,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewRegularPayment {
    pub favourite_id: String,
    pub schedule: Schedule,
}

/// How a run of a regular payment went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegularRun {
    /// The operation the run made: in the history, executed or refused.
    pub operation_id: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Why the bank refused it (`insufficient_funds`, `limit_exceeded`, …); absent when it went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal: Option<crate::ErrorCode>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegularPayment {
    pub regular_id: String,
    pub favourite_id: String,
    /// The favourite's name.
    pub name: String,
    pub schedule: Schedule,
    /// The favourite's amount (an on-bill rule pays each bill's amount instead).
    pub amount_minor: i64,
    pub currency: String,
    pub paused: bool,
    /// When it runs next (the start of that day in Bishkek); absent while paused or waiting for a bill.
    #[serde(default, with = "time::serde::rfc3339::option", skip_serializing_if = "Option::is_none")]
    pub next_run: Option<OffsetDateTime>,
    /// The latest run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_run: Option<RegularRun>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegularPayments {
    pub regular_payments: Vec<RegularPayment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RegularPaymentUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
}
