//! The preview's accelerometer: a browser has none, so «shake» has the server feed the phone's core a recorded trace
//! (`wallet_core::payments::shake_traces`, the detector's own test traces) as a phone's shell streams its sensor:
//! starting now on the wall clock, in batches of half a second, each sent when its last sample is due. Samples are
//! never from the future nor older than ones already sent (the detector drops those), and two phones shaken at once
//! report shakes as close in time as two real ones. The core's detector decides whether it was a shake.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use wallet_core::Event;
use wallet_core::features::shake::ShakeEvent;
use wallet_core::payments::shake::AccelSample;
use wallet_core::payments::shake_traces;

use super::api::{ApiError, TargetPhone, dispatch};
use super::devices::Devices;

/// About half a second at 50 Hz: what a shell sends at a time.
const BATCH: usize = 25;

/// A recorded trace, made from a seed.
type Trace = fn(u64) -> Vec<AccelSample>;

/// The traces by the names the `trace` query parameter takes (3 to 10 seconds long; not the minute in a car).
const TRACES: [(&str, Trace); 3] = [
    ("shake", shake_traces::real_shake),
    ("walking", shake_traces::walking),
    ("put_down_hard", shake_traces::put_down_hard),
];

fn trace_named(query: Option<&str>) -> Result<Trace, ApiError> {
    let name = query
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find_map(|(name, value)| (name == "trace").then_some(value))
        .unwrap_or("shake");
    TRACES.iter().find(|(known, _)| *known == name).map(|(_, trace)| *trace).ok_or_else(|| {
        let names = TRACES.map(|(name, _)| name).join(", ");
        ApiError::new(StatusCode::BAD_REQUEST, "bad_trace", format!("no trace {name:?}: use one of {names}"))
    })
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// `trace` moved so that its first sample is at `start_ms` on the wall clock, as `Shake.Samples` wants its times.
fn starting_at(trace: &[AccelSample], start_ms: i64) -> Vec<AccelSample> {
    let first = trace.first().map_or(start_ms, |sample| sample.t_ms);
    shake_traces::shifted(trace, start_ms - first)
}

/// `POST /api/devices/{device}/shake?trace=shake|walking|put_down_hard`: the phone "lives through" the trace (a new
/// one each time) from now on, streamed to its core as `Shake.Samples` batches in real time; the answer, the view
/// after the last batch, comes when the trace ends (a shake takes about 3 s). The core refuses samples anywhere but
/// on the shake screen, and ignores them there while it is not listening.
pub async fn shake(
    State(devices): State<Devices>,
    TargetPhone(phone): TargetPhone,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let trace = trace_named(query.as_deref())?;
    let start = now_ms();
    let samples = starting_at(&trace(start.unsigned_abs()), start);
    let mut answer = None;
    for batch in samples.chunks(BATCH) {
        let due = batch.last().map_or(0, |sample| sample.t_ms) - now_ms();
        if due > 0 {
            tokio::time::sleep(Duration::from_millis(due.unsigned_abs())).await;
        }
        let event = Event::Shake(ShakeEvent::Samples { samples: batch.to_vec() });
        answer = Some(dispatch(&devices, &phone, event).await?);
    }
    answer.ok_or_else(|| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "bad_trace", "the trace has no samples"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trace_is_named_and_starts_now() {
        assert!(trace_named(None).is_ok());
        assert!(trace_named(Some("trace=walking")).is_ok());
        let refused = trace_named(Some("trace=dance")).expect_err("refused");
        assert_eq!(refused.code(), "bad_trace");
        let trace = shake_traces::real_shake(7);
        let moved = starting_at(&trace, 1_700_000_000_000);
        assert_eq!(moved.first().map(|s| s.t_ms), Some(1_700_000_000_000));
        assert_eq!(moved.len(), trace.len());
        assert_eq!(moved[1].t_ms - moved[0].t_ms, trace[1].t_ms - trace[0].t_ms);
    }
}
