//! The sandbox's clock: the real time plus an offset that tests (and `/dev/clock`) can move forward, so code
//! lifetimes and delays can be tested without sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use time::{Date, OffsetDateTime, Time, UtcOffset};

/// The bank is in Bishkek (UTC+6, no daylight saving): its days and months — for limits, expiry dates and ages —
/// are Bishkek's, not UTC's.
pub const BANK_OFFSET: UtcOffset = time::macros::offset!(+6);

/// The bank's date at `at`.
pub fn bank_today(at: OffsetDateTime) -> Date {
    at.to_offset(BANK_OFFSET).date()
}

/// The instant the bank's day of `at` began.
pub fn bank_day_start(at: OffsetDateTime) -> OffsetDateTime {
    bank_today(at).with_time(Time::MIDNIGHT).assume_offset(BANK_OFFSET)
}

/// The instant the bank's month of `at` began.
pub fn bank_month_start(at: OffsetDateTime) -> OffsetDateTime {
    let today = bank_today(at);
    today.replace_day(1).unwrap_or(today).with_time(Time::MIDNIGHT).assume_offset(BANK_OFFSET)
}

#[derive(Clone, Default)]
pub struct Clock {
    offset_ms: Arc<AtomicI64>,
}

impl Clock {
    /// Never panics: an offset the calendar cannot hold (moved too far) leaves the real time.
    pub fn now(&self) -> OffsetDateTime {
        let real = OffsetDateTime::now_utc();
        real.checked_add(time::Duration::milliseconds(self.offset_ms.load(Ordering::Relaxed))).unwrap_or(real)
    }

    /// Milliseconds since the Unix epoch, as the database stores instants.
    pub fn now_ms(&self) -> i64 {
        (self.now().unix_timestamp_nanos() / 1_000_000) as i64
    }

    pub fn advance(&self, by: Duration) {
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        let _ =
            self.offset_ms.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |offset| Some(offset.saturating_add(by)));
    }

    /// Moves the clock to `at`, forward or back (tests put the bank on a day of their choosing with it); it runs on
    /// from there.
    pub fn set(&self, at: OffsetDateTime) {
        let offset = (at - OffsetDateTime::now_utc()).whole_milliseconds();
        self.offset_ms.store(i64::try_from(offset).unwrap_or(i64::MAX), Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn a_clock_moved_beyond_the_calendar_still_tells_a_time() {
        let clock = Clock::default();
        clock.advance(Duration::from_secs(u64::MAX));
        clock.advance(Duration::from_secs(u64::MAX));
        let now = clock.now();
        assert!(now.year() >= 2026, "{now}");
        assert!(clock.now_ms() > 0);
    }

    #[test]
    fn the_banks_days_and_months_begin_at_midnight_in_bishkek() {
        // 02:30 on 1 March in Bishkek is still 28 February in UTC.
        let at = datetime!(2028-02-29 20:30 UTC);
        assert_eq!(bank_today(at), time::macros::date!(2028 - 03 - 01));
        assert_eq!(bank_day_start(at), datetime!(2028-02-29 18:00 UTC));
        assert_eq!(bank_month_start(at), datetime!(2028-02-29 18:00 UTC));
        let new_year = datetime!(2026-12-31 17:59:59 UTC);
        assert_eq!(bank_day_start(new_year), datetime!(2026-12-30 18:00 UTC));
        assert_eq!(bank_month_start(new_year), datetime!(2026-11-30 18:00 UTC));
        assert_eq!(bank_month_start(datetime!(2026-12-31 18:00 UTC)), datetime!(2026-12-31 18:00 UTC));
    }
}
