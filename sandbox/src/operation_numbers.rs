//! Human operation numbers: «2026-001234» — the Bishkek year an operation was created in and its sequence within
//! that year at this bank, from 000001 (six digits; more past 999 999). People read it out to support, and receipts
//! print it beside the operation id. It is not in the signed receipt body, so receipts issued before numbers
//! existed keep verifying; operations made before then have none.

use rusqlite::{Transaction, params};
use time::OffsetDateTime;

use crate::clock::bank_today;
use crate::error::ApiError;

/// The number of the `seq`-th operation of `year`.
pub fn number(year: i32, seq: i64) -> String {
    format!("{year:04}-{seq:06}")
}

/// Gives `operation_id`, created at `created`, the next number of its Bishkek year.
pub fn assign(tx: &Transaction<'_>, operation_id: &str, created: OffsetDateTime) -> Result<String, ApiError> {
    let year = bank_today(created).year();
    let seq: i64 =
        tx.query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM operation_numbers WHERE year = ?1", [year], |row| {
            row.get(0)
        })?;
    let number = number(year, seq);
    tx.execute(
        "INSERT INTO operation_numbers (operation_id, year, seq, number) VALUES (?1, ?2, ?3, ?4)",
        params![operation_id, year, seq, number],
    )?;
    Ok(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_the_year_and_six_digits_of_sequence() {
        assert_eq!(number(2026, 1), "2026-000001");
        assert_eq!(number(2026, 1234), "2026-001234");
        assert_eq!(number(2027, 999_999), "2027-999999");
        assert_eq!(number(2027, 1_000_000), "2027-1000000", "past a million it grows rather than wraps");
    }
}
