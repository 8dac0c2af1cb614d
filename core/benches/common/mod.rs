//! What the bench binaries share.

use std::time::{Duration, Instant};

/// How long each of `runs` calls of `f` took.
pub fn timed(runs: usize, mut f: impl FnMut()) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect()
}

/// A table row of `docs/benchmarks.md`: what, runs, p50, p95, max, in milliseconds with `decimals` digits.
#[allow(dead_code)] // not every bench binary prints percentiles
pub fn row(what: &str, mut samples: Vec<Duration>, decimals: usize) -> String {
    samples.sort();
    let ms = |d: Duration| format!("{:.decimals$} ms", d.as_secs_f64() * 1e3);
    let at = |i: usize| samples.get(i).copied().unwrap_or_default();
    let p95 = (samples.len() * 95).div_ceil(100).saturating_sub(1);
    let last = samples.len().saturating_sub(1);
    format!("| {what} | {} | {} | {} | {} |", samples.len(), ms(at(samples.len() / 2)), ms(at(p95)), ms(at(last)))
}
