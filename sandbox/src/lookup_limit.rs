//! How many numbers a customer may look up (`POST /v1/recipients/lookup`). Each answer tells whether a number has
//! a wallet, masked name and bank, so an unbounded customer could walk the numbering plan and list who banks
//! where. A person typing transfers needs a few a day: [`PER_BURST`] in [`BURST_MS`], [`PER_DAY`] in 24 hours.
//! Over either, `429 rate_limited` with `retry_after_seconds` until the oldest counted lookup leaves its window.

use axum::http::StatusCode;
use rusqlite::{Transaction, params};
use wallet_protocol::ErrorCode;

use crate::error::ApiError;

/// Lookups in [`BURST_MS`].
pub const PER_BURST: u32 = 30;
pub const BURST_MS: i64 = 10 * 60 * 1000;
/// Lookups in a sliding day.
pub const PER_DAY: u32 = 200;
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Counts one lookup by `user_id` at `now_ms`, or refuses it when a window is full (a refused one is not counted).
pub fn count(tx: &Transaction<'_>, user_id: &str, now_ms: i64) -> Result<(), ApiError> {
    tx.execute("DELETE FROM recipient_lookups WHERE user_id = ?1 AND at_ms <= ?2", params![user_id, now_ms - DAY_MS])?;
    for (limit, window) in [(PER_BURST, BURST_MS), (PER_DAY, DAY_MS)] {
        let (used, oldest): (u32, Option<i64>) = tx.query_row(
            "SELECT COUNT(*), MIN(at_ms) FROM recipient_lookups WHERE user_id = ?1 AND at_ms > ?2",
            params![user_id, now_ms - window],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        if used >= limit {
            let wait_ms = oldest.unwrap_or(now_ms) + window - now_ms;
            let seconds = u32::try_from((wait_ms.max(0) + 999) / 1000).unwrap_or(u32::MAX);
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::RateLimited,
                "too many numbers looked up: wait before the next",
            )
            .retry_after(seconds));
        }
    }
    tx.execute("INSERT INTO recipient_lookups (user_id, at_ms) VALUES (?1, ?2)", params![user_id, now_ms])?;
    Ok(())
}
