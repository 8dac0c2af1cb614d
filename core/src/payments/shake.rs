//! «Shake to pay»: telling a deliberate shake from walking, a phone put down hard or a car ride, from the
//! accelerometer alone (standards.md §7, after Square's `seismic`).
//!
//! A sample is *accelerating* when the length of its acceleration (gravity included) exceeds the sensitivity's
//! threshold. The detector keeps the samples of the last 0.5 s; the phone is *shaking* when they span at least
//! 0.25 s, number at least four and at least three quarters of them are accelerating. Each time it is shaking the
//! window starts again. A shake that goes on counts once: a shake is reported only when the phone was not shaking
//! in the second before it, so reported shakes are always at least 1 s apart.
//!
//! Shells sample at about 50 Hz and send batches (about 25 samples every 0.5 s); the result does not depend on how
//! the samples are batched. Hostile input is harmless: samples not newer than the newest one taken are dropped
//! (out of order, duplicated), samples closer than 3 ms to the one before are skipped (a sensor far faster than
//! asked), non-finite values count as not accelerating, a gap longer than the window empties it, and the window
//! never holds more than [`MAX_WINDOW_SAMPLES`].

use std::collections::VecDeque;

/// How often the shells read the accelerometer while listening (the rate the thresholds were tuned at).
pub const SAMPLE_RATE_HZ: u32 = 50;

/// One accelerometer reading, including gravity, in m/s², at `t_ms` (milliseconds). The detector needs only a clock
/// that does not go back; shake to pay (`ShakeEvent::Samples`) wants the wall clock, since the time of the sample
/// that completes a shake is the `shaken_at` the bank pairs by.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AccelSample {
    pub t_ms: i64,
    pub x: f32,
    pub y: f32,
    pub z: f32,
}

/// How hard the user must shake: the acceleration (gravity included) a sample must exceed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ShakeSensitivity {
    /// 11 m/s²: a gentle shake is enough.
    Light,
    /// 13 m/s²: the default; walking does not reach it.
    Medium,
    /// 15 m/s²: only a vigorous shake.
    Hard,
}

impl ShakeSensitivity {
    /// The acceleration a sample must exceed to count as accelerating, in m/s².
    pub fn threshold(self) -> f64 {
        match self {
            ShakeSensitivity::Light => 11.0,
            ShakeSensitivity::Medium => 13.0,
            ShakeSensitivity::Hard => 15.0,
        }
    }
}

/// The window: the samples of the last 0.5 s.
const WINDOW_MS: i64 = 500;
/// The window must span at least this to say «shaking».
const MIN_SPAN_MS: i64 = 250;
/// The window must hold at least this many samples to say «shaking».
const MIN_SAMPLES: usize = 4;
/// Reported shakes are at least this far apart, and a shake is reported only after this long without shaking.
pub const DEBOUNCE_MS: i64 = 1_000;
/// Samples closer than this to the one taken before are skipped (at most ~333 samples a second are looked at).
const MIN_SPACING_MS: i64 = 3;
/// The most samples the window holds, whatever comes in.
pub const MAX_WINDOW_SAMPLES: usize = 200;

#[derive(Debug, Clone, Copy)]
struct Reading {
    t_ms: i64,
    accelerating: bool,
}

/// Finds shakes in a stream of accelerometer samples. See the module's documentation for the rules.
#[derive(Debug, Clone)]
pub struct ShakeDetector {
    /// The threshold squared (compared with |a|², no square root per sample).
    threshold_sq: f64,
    window: VecDeque<Reading>,
    /// How many readings in `window` are accelerating.
    accelerating: usize,
    /// The time of the newest sample taken.
    newest: Option<i64>,
    /// The last time the window said «shaking», reported or not.
    last_shaking: Option<i64>,
}

impl ShakeDetector {
    pub fn new(sensitivity: ShakeSensitivity) -> Self {
        let threshold = sensitivity.threshold();
        ShakeDetector {
            threshold_sq: threshold * threshold,
            window: VecDeque::with_capacity(64),
            accelerating: 0,
            newest: None,
            last_shaking: None,
        }
    }

    /// Feeds a batch (shells send ~25 samples every 0.5 s); returns the times (t_ms) of shakes detected, debounced
    /// to one per ~1 s.
    pub fn push(&mut self, samples: &[AccelSample]) -> Vec<i64> {
        samples.iter().filter_map(|sample| self.push_one(sample)).collect()
    }

    /// Forgets everything: the window, the newest time and the last shake (a new screen, a new sensitivity).
    pub fn reset(&mut self) {
        self.window.clear();
        self.accelerating = 0;
        self.newest = None;
        self.last_shaking = None;
    }

    fn push_one(&mut self, sample: &AccelSample) -> Option<i64> {
        let t_ms = sample.t_ms;
        if let Some(newest) = self.newest {
            // Older, duplicated, or too close to the sample before: dropped.
            if t_ms <= newest || t_ms.saturating_sub(newest) < MIN_SPACING_MS {
                return None;
            }
        }
        self.newest = Some(t_ms);

        // Out with what is older than the window (after a long gap, everything).
        let cutoff = t_ms.saturating_sub(WINDOW_MS);
        while self.window.front().is_some_and(|oldest| oldest.t_ms < cutoff) {
            self.pop_oldest();
        }
        while self.window.len() >= MAX_WINDOW_SAMPLES {
            self.pop_oldest();
        }
        let accelerating = self.is_accelerating(sample);
        self.window.push_back(Reading { t_ms, accelerating });
        if accelerating {
            self.accelerating += 1;
        }

        if !self.is_shaking() {
            return None;
        }
        self.window.clear();
        self.accelerating = 0;
        let quiet_before = self.last_shaking.is_none_or(|last| t_ms.saturating_sub(last) >= DEBOUNCE_MS);
        self.last_shaking = Some(t_ms);
        quiet_before.then_some(t_ms)
    }

    fn pop_oldest(&mut self) {
        if let Some(oldest) = self.window.pop_front()
            && oldest.accelerating
        {
            self.accelerating = self.accelerating.saturating_sub(1);
        }
    }

    /// |a| above the threshold; NaN and infinities are not accelerating.
    fn is_accelerating(&self, sample: &AccelSample) -> bool {
        let (x, y, z) = (f64::from(sample.x), f64::from(sample.y), f64::from(sample.z));
        let magnitude_sq = x * x + y * y + z * z;
        magnitude_sq.is_finite() && magnitude_sq > self.threshold_sq
    }

    fn is_shaking(&self) -> bool {
        let (Some(oldest), Some(newest)) = (self.window.front(), self.window.back()) else {
            return false;
        };
        let count = self.window.len();
        count >= MIN_SAMPLES
            && newest.t_ms.saturating_sub(oldest.t_ms) >= MIN_SPAN_MS
            && self.accelerating.saturating_mul(4) >= count.saturating_mul(3)
    }

    /// How many samples the window holds now.
    pub fn window_len(&self) -> usize {
        self.window.len()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::payments::shake_traces::{car_ride, put_down_hard, real_shake, shifted, walking};

    const ALL: [ShakeSensitivity; 3] = [ShakeSensitivity::Light, ShakeSensitivity::Medium, ShakeSensitivity::Hard];

    fn shakes(sensitivity: ShakeSensitivity, samples: &[AccelSample]) -> Vec<i64> {
        ShakeDetector::new(sensitivity).push(samples)
    }

    fn at(t_ms: i64, x: f32, y: f32, z: f32) -> AccelSample {
        AccelSample { t_ms, x, y, z }
    }

    /// `count` samples 20 ms apart from `start`, all with the acceleration `(x, 0, z)`.
    fn steady(start: i64, count: i64, x: f32, z: f32) -> Vec<AccelSample> {
        (0..count).map(|i| at(start + i * 20, x, 0.0, z)).collect()
    }

    #[test]
    fn a_real_shake_is_one_shake_at_every_sensitivity() {
        for seed in 0..20 {
            let trace = real_shake(seed);
            for sensitivity in ALL {
                let found = shakes(sensitivity, &trace);
                assert_eq!(found.len(), 1, "seed {seed} at {sensitivity:?}: {found:?}");
            }
        }
    }

    #[test]
    fn the_shake_is_reported_while_the_phone_shakes() {
        let trace = real_shake(7);
        let (first, last) = (trace.first().map(|s| s.t_ms), trace.last().map(|s| s.t_ms));
        let found = shakes(ShakeSensitivity::Medium, &trace);
        let t = found.first().copied();
        assert!(t > first && t < last, "{found:?} in {first:?}..{last:?}");
    }

    #[test]
    fn walking_a_phone_put_down_hard_and_a_car_ride_are_not_shakes() {
        for seed in 0..50 {
            assert_eq!(shakes(ShakeSensitivity::Medium, &walking(seed)), Vec::<i64>::new(), "walking, seed {seed}");
            assert_eq!(shakes(ShakeSensitivity::Hard, &walking(seed)), Vec::<i64>::new(), "walking, seed {seed}");
            assert_eq!(shakes(ShakeSensitivity::Medium, &car_ride(seed)), Vec::<i64>::new(), "car, seed {seed}");
            assert_eq!(shakes(ShakeSensitivity::Hard, &car_ride(seed)), Vec::<i64>::new(), "car, seed {seed}");
            for sensitivity in ALL {
                let found = shakes(sensitivity, &put_down_hard(seed));
                assert_eq!(found, Vec::<i64>::new(), "put down, seed {seed} at {sensitivity:?}");
            }
        }
    }

    #[test]
    fn two_shakes_three_seconds_apart_are_two_shakes() {
        for seed in 0..10 {
            let second = shifted(&real_shake(seed), 3_000);
            let second_start = second.first().map_or(i64::MAX, |s| s.t_ms);
            let mut trace: Vec<AccelSample> = real_shake(seed).into_iter().filter(|s| s.t_ms < second_start).collect();
            trace.extend(second);
            let found = shakes(ShakeSensitivity::Medium, &trace);
            assert_eq!(found.len(), 2, "seed {seed}: {found:?}");
            assert_eq!(found[1] - found[0], 3_000, "seed {seed}");
        }
    }

    #[test]
    fn batches_of_any_size_find_the_same_shakes() {
        let second = shifted(&real_shake(2), 4_000);
        let mut trace: Vec<AccelSample> = real_shake(1).into_iter().filter(|s| s.t_ms < second[0].t_ms).collect();
        trace.extend(second);
        let whole = shakes(ShakeSensitivity::Medium, &trace);
        assert_eq!(whole.len(), 2);
        for size in [1, 2, 3, 7, 25, 26, 100, trace.len()] {
            let mut detector = ShakeDetector::new(ShakeSensitivity::Medium);
            let found: Vec<i64> = trace.chunks(size).flat_map(|batch| detector.push(batch)).collect();
            assert_eq!(found, whole, "batches of {size}");
        }
        let mut detector = ShakeDetector::new(ShakeSensitivity::Medium);
        let mut found = Vec::new();
        for sample in &trace {
            found.extend(detector.push(std::slice::from_ref(sample)));
            found.extend(detector.push(&[]));
        }
        assert_eq!(found, whole, "sample by sample");
    }

    #[test]
    fn a_steady_hard_push_is_a_shake_and_rest_is_not() {
        // 20 m/s² for 0.4 s: every sample accelerating, the window spans 0.26 s at the 14th.
        assert_eq!(shakes(ShakeSensitivity::Hard, &steady(0, 20, 20.0, 0.0)), vec![260]);
        assert_eq!(shakes(ShakeSensitivity::Light, &steady(0, 500, 0.0, 9.81)), Vec::<i64>::new());
        // Three quarters exactly is enough; fewer is not.
        let mut mixed = Vec::new();
        for i in 0..40 {
            let x = if i % 4 == 3 { 0.0 } else { 20.0 };
            mixed.push(at(i * 20, x, 0.0, 0.0));
        }
        assert_eq!(shakes(ShakeSensitivity::Medium, &mixed).len(), 1);
        let mut sparse = Vec::new();
        for i in 0..200 {
            let x = if i % 3 == 2 { 0.0 } else { 20.0 };
            sparse.push(at(i * 20, x, 0.0, 0.0));
        }
        assert_eq!(shakes(ShakeSensitivity::Medium, &sparse), Vec::<i64>::new());
    }

    #[test]
    fn a_shake_that_goes_on_counts_once_until_a_quiet_second() {
        // Shaking for 5 s: one shake.
        assert_eq!(shakes(ShakeSensitivity::Medium, &steady(0, 250, 20.0, 0.0)).len(), 1);
        // Shaking (found at 260), 0.4 s of rest, shaking again (found at 1 180, 0.92 s later): one shake.
        let mut short_rest = steady(0, 20, 20.0, 0.0);
        short_rest.extend(steady(400, 20, 0.0, 9.81));
        short_rest.extend(steady(800, 25, 20.0, 0.0));
        assert_eq!(shakes(ShakeSensitivity::Medium, &short_rest), vec![260]);
        // With 1.2 s of rest the second is found at 1 980: two shakes.
        let mut long_rest = steady(0, 20, 20.0, 0.0);
        long_rest.extend(steady(400, 60, 0.0, 9.81));
        long_rest.extend(steady(1_600, 25, 20.0, 0.0));
        assert_eq!(shakes(ShakeSensitivity::Medium, &long_rest), vec![260, 1_980]);
    }

    #[test]
    fn samples_out_of_order_or_duplicated_are_dropped() {
        let mut detector = ShakeDetector::new(ShakeSensitivity::Medium);
        assert_eq!(detector.push(&steady(1_000, 5, 0.0, 9.81)), Vec::<i64>::new());
        let before = detector.window_len();
        // Older and equal times change nothing, even when they would be a shake.
        assert_eq!(detector.push(&steady(0, 50, 20.0, 0.0)), Vec::<i64>::new());
        assert_eq!(detector.push(&[at(1_080, 30.0, 0.0, 0.0), at(1_080, 30.0, 0.0, 0.0)]), Vec::<i64>::new());
        assert_eq!(detector.window_len(), before);
        // Timestamps going back in a batch: only the newer ones count.
        let mut zigzag = Vec::new();
        for i in 0..40 {
            zigzag.push(at(2_000 + i * 20, 20.0, 0.0, 0.0));
            zigzag.push(at(1_990 + i * 20 - 100, 20.0, 0.0, 0.0));
        }
        assert_eq!(detector.push(&zigzag), vec![2_260]);
        // A sample 1 ms after the one before is skipped.
        let mut detector = ShakeDetector::new(ShakeSensitivity::Medium);
        detector.push(&[at(0, 0.0, 0.0, 9.81), at(1, 0.0, 0.0, 9.81)]);
        assert_eq!(detector.window_len(), 1);
    }

    #[test]
    fn nan_and_infinite_values_are_not_accelerating() {
        for bad in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY, f32::MAX, f32::MIN] {
            let trace: Vec<AccelSample> = (0..100).map(|i| at(i * 20, bad, bad, 9.81)).collect();
            let found = shakes(ShakeSensitivity::Light, &trace);
            // f32::MAX squared is finite in f64: that is a (very) hard shake, the others are nothing.
            let expected = if bad.is_finite() { 1 } else { 0 };
            assert_eq!(found.len(), expected, "{bad}");
        }
        // A shake with a NaN sample here and there is still a shake.
        let mut trace = real_shake(4);
        for sample in trace.iter_mut().step_by(10) {
            sample.x = f32::NAN;
        }
        assert_eq!(shakes(ShakeSensitivity::Medium, &trace).len(), 1);
        // A shake made only of NaN is none.
        let mut trace = real_shake(4);
        for sample in &mut trace {
            sample.y = f32::NAN;
        }
        assert_eq!(shakes(ShakeSensitivity::Light, &trace), Vec::<i64>::new());
    }

    #[test]
    fn a_long_gap_empties_the_window() {
        let mut detector = ShakeDetector::new(ShakeSensitivity::Medium);
        // 0.2 s of shaking, then a 10 s gap, then 0.1 s more: never 0.25 s of shaking together.
        detector.push(&steady(0, 10, 20.0, 0.0));
        assert_eq!(detector.window_len(), 10);
        assert_eq!(detector.push(&steady(10_000, 6, 20.0, 0.0)), Vec::<i64>::new());
        assert_eq!(detector.window_len(), 6);
        // Gaps as large as the clock allows do not overflow.
        assert_eq!(detector.push(&[at(i64::MAX, 20.0, 0.0, 0.0)]), Vec::<i64>::new());
        assert_eq!(detector.window_len(), 1);
        let mut detector = ShakeDetector::new(ShakeSensitivity::Medium);
        detector.push(&[at(i64::MIN, 20.0, 0.0, 0.0), at(-1, 20.0, 0.0, 0.0), at(i64::MAX, 20.0, 0.0, 0.0)]);
        assert_eq!(detector.window_len(), 1);
    }

    #[test]
    fn memory_is_bounded_whatever_the_rate() {
        let mut detector = ShakeDetector::new(ShakeSensitivity::Medium);
        let flood: Vec<AccelSample> = (0..100_000).map(|i| at(i, 0.0, 0.0, 9.81)).collect();
        for batch in flood.chunks(1_000) {
            detector.push(batch);
            assert!(detector.window_len() <= MAX_WINDOW_SAMPLES, "{}", detector.window_len());
        }
        // A 1 kHz sensor still finds a shake.
        let slow = real_shake(5);
        let fast: Vec<AccelSample> = (slow[0].t_ms..slow[slow.len() - 1].t_ms)
            .map(|t| {
                let index = slow.partition_point(|s| s.t_ms <= t).saturating_sub(1);
                AccelSample { t_ms: t, ..slow[index] }
            })
            .collect();
        assert_eq!(shakes(ShakeSensitivity::Medium, &fast).len(), 1);
    }

    #[test]
    fn reset_forgets_the_window_and_the_last_shake() {
        let mut detector = ShakeDetector::new(ShakeSensitivity::Medium);
        assert_eq!(detector.push(&steady(0, 20, 20.0, 0.0)), vec![260]);
        detector.reset();
        assert_eq!(detector.window_len(), 0);
        // Earlier times are taken again, and a shake right away is reported.
        assert_eq!(detector.push(&steady(0, 20, 20.0, 0.0)), vec![260]);
    }

    #[test]
    fn samples_and_sensitivities_cross_as_json() {
        let sample = at(12, 1.5, -2.0, 9.75);
        let json = serde_json::to_string(&sample).unwrap_or_default();
        assert_eq!(json, r#"{"t_ms":12,"x":1.5,"y":-2.0,"z":9.75}"#);
        assert_eq!(serde_json::from_str::<AccelSample>(&json).ok(), Some(sample));
        assert_eq!(serde_json::to_string(&ShakeSensitivity::Medium).unwrap_or_default(), r#""Medium""#);
    }

    fn any_value() -> impl Strategy<Value = f32> {
        prop_oneof![4 => -30.0f32..30.0, 1 => proptest::num::f32::ANY, 1 => Just(f32::NAN), 1 => Just(f32::INFINITY)]
    }

    fn any_step() -> impl Strategy<Value = i64> {
        prop_oneof![8 => 0i64..40, 1 => -100i64..0, 1 => 0i64..5_000, 1 => proptest::num::i64::ANY]
    }

    fn any_sensitivity() -> impl Strategy<Value = ShakeSensitivity> {
        prop_oneof![Just(ShakeSensitivity::Light), Just(ShakeSensitivity::Medium), Just(ShakeSensitivity::Hard)]
    }

    proptest! {
        #[test]
        fn no_input_panics_and_shakes_are_a_second_apart(
            sensitivity in any_sensitivity(),
            start in proptest::num::i64::ANY,
            steps in proptest::collection::vec((any_step(), any_value(), any_value(), any_value()), 0..800),
            batch in 1usize..60,
        ) {
            let mut t = start;
            let samples: Vec<AccelSample> = steps
                .iter()
                .map(|&(step, x, y, z)| {
                    t = t.saturating_add(step);
                    AccelSample { t_ms: t, x, y, z }
                })
                .collect();
            let mut detector = ShakeDetector::new(sensitivity);
            let found: Vec<i64> = samples.chunks(batch).flat_map(|chunk| detector.push(chunk)).collect();
            prop_assert!(detector.window_len() <= MAX_WINDOW_SAMPLES);
            for pair in found.windows(2) {
                prop_assert!(i128::from(pair[1]) - i128::from(pair[0]) >= i128::from(DEBOUNCE_MS), "{:?}", found);
            }
            prop_assert_eq!(&found, &ShakeDetector::new(sensitivity).push(&samples));
        }
    }
}
