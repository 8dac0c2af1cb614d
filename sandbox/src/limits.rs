//! The customer's limits, checked on every payment and transfer out: one operation, the bank's day and the bank's
//! month — days and months in Bishkek (`clock::BANK_OFFSET`), as the customer's statements count them, not UTC's.
//! What counts: the account's payments and transfers out that hold or moved money (accepted or executed), with
//! their fees; cancelled and rejected ones do not.

use rusqlite::{Transaction, params};
use time::OffsetDateTime;
use wallet_protocol::ErrorCode;
use wallet_protocol::profile::Limits;

use crate::banking::rfc3339;
use crate::clock::{bank_day_start, bank_month_start};
use crate::error::ApiError;

/// Refuses `amount_minor` from `account_id` at `now` when it would pass any of `limits`.
pub fn check(
    tx: &Transaction<'_>,
    account_id: &str,
    limits: &Limits,
    amount_minor: i64,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    if amount_minor > limits.single_operation_minor {
        return Err(ApiError::unprocessable(ErrorCode::LimitExceeded, "over the single-operation limit"));
    }
    if spent_since(tx, account_id, bank_day_start(now))? + amount_minor > limits.daily_minor {
        return Err(ApiError::unprocessable(ErrorCode::LimitExceeded, "over the daily limit"));
    }
    if spent_since(tx, account_id, bank_month_start(now))? + amount_minor > limits.monthly_minor {
        return Err(ApiError::unprocessable(ErrorCode::LimitExceeded, "over the monthly limit"));
    }
    Ok(())
}

/// What left `account_id` from `since` on (an index on the account and the time keeps this flat as the bank grows).
fn spent_since(tx: &Transaction<'_>, account_id: &str, since: OffsetDateTime) -> rusqlite::Result<i64> {
    tx.query_row(
        "SELECT COALESCE(SUM(amount_minor + fee_minor), 0) FROM operations
         WHERE payer_account_id = ?1 AND created_at >= ?2
           AND kind IN ('payment', 'transfer_out') AND status IN ('accepted', 'executed')",
        params![account_id, lower_bound(since)],
        |row| row.get(0),
    )
}

/// `created_at` is RFC 3339 text in UTC with as many fraction digits as the instant needs ("…T18:00:00Z",
/// "…T18:00:00.25Z"). The text of `since` without its "Z" sorts before every instant of that second and after
/// every earlier one, so the comparison stays a plain (indexable) text comparison.
fn lower_bound(since: OffsetDateTime) -> String {
    let text = rfc3339(since.to_offset(time::UtcOffset::UTC));
    text.strip_suffix('Z').map(str::to_owned).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn the_lower_bound_sorts_before_every_instant_of_its_second_and_after_the_one_before() {
        let bound = lower_bound(datetime!(2026-12-06 18:00 UTC));
        assert_eq!(bound, "2026-12-06T18:00:00");
        for later in ["2026-12-06T18:00:00Z", "2026-12-06T18:00:00.000001Z", "2026-12-06T18:00:00.5Z"] {
            assert!(later >= bound.as_str(), "{later}");
        }
        assert!("2026-12-06T17:59:59.999999999Z" < bound.as_str());
        assert_eq!(lower_bound(datetime!(2026-12-07 00:00 +6)), "2026-12-06T18:00:00");
    }
}
