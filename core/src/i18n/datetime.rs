//! Dates and times as the app shows them, in the device's time zone: `14:03`, `20.11.2026, 14:03`
//! (`20 Nov 2026, 14:03` in English).

use time::{OffsetDateTime, UtcOffset};

use crate::domain::Language;

fn local(ms: i64, utc_offset_minutes: i32) -> OffsetDateTime {
    let utc =
        OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let offset = UtcOffset::from_whole_seconds(utc_offset_minutes.saturating_mul(60)).unwrap_or(UtcOffset::UTC);
    utc.to_offset(offset)
}

/// `14:03`.
pub fn time_of_day(ms: i64, utc_offset_minutes: i32) -> String {
    let at = local(ms, utc_offset_minutes);
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// `20.11.2026, 14:03`, or `20 Nov 2026, 14:03` in English.
pub fn date_time(ms: i64, utc_offset_minutes: i32, language: Language) -> String {
    let at = local(ms, utc_offset_minutes);
    let time = format!("{:02}:{:02}", at.hour(), at.minute());
    match language {
        Language::En => {
            let month = &format!("{:?}", at.month())[..3];
            format!("{} {month} {}, {time}", at.day(), at.year())
        }
        _ => format!("{:02}.{:02}.{}, {time}", at.day(), u8::from(at.month()), at.year()),
    }
}

/// A wait as it counts down: `0:42`, `12:05`, `1:00:00`. Rounded up, so it never shows `0:00` while waiting.
pub fn countdown(remaining_ms: i64) -> String {
    let seconds = (remaining_ms.max(0) + 999) / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdowns_round_up_to_the_second() {
        assert_eq!(countdown(30_000), "0:30");
        assert_eq!(countdown(29_001), "0:30");
        assert_eq!(countdown(1), "0:01");
        assert_eq!(countdown(725_000), "12:05");
        assert_eq!(countdown(3_600_000), "1:00:00");
        assert_eq!(countdown(-5), "0:00");
    }

    /// 2026-11-20 08:03 UTC.
    const MS: i64 = 1_795_161_780_000;

    #[test]
    fn shows_the_time_in_the_devices_zone() {
        assert_eq!(time_of_day(MS, 360), "14:03", "Bishkek");
        assert_eq!(time_of_day(MS, 300), "13:03", "Almaty");
        assert_eq!(time_of_day(MS, 0), "08:03");
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(date_time(MS, 360, Language::Ru), "20.11.2026, 14:03");
        assert_eq!(date_time(MS, 360, Language::Ky), "20.11.2026, 14:03");
        assert_eq!(date_time(MS, 360, Language::En), "20 Nov 2026, 14:03");
        // 20:03 UTC is already the next day in Bishkek.
        assert_eq!(date_time(MS + 12 * 3_600_000, 360, Language::Kk), "21.11.2026, 02:03");
    }
}
