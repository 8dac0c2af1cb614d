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
