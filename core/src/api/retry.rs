//! When to try again: exponential backoff with jitter, for idempotent calls only (reads, and writes that carry an
//! idempotency key). Jitter keeps a thousand phones coming back online from all retrying in the same instant.

use std::time::Duration;

use ring::rand::{SecureRandom, SystemRandom};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries in all, the first included.
    pub attempts: u32,
    pub first_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { attempts: 4, first_delay: Duration::from_millis(300), max_delay: Duration::from_secs(5) }
    }
}

impl RetryPolicy {
    /// The pause before try `attempt + 1` (attempt counts from 0): between half and all of the exponential delay,
    /// and never shorter than what the bank asked for.
    pub fn delay(&self, attempt: u32, retry_after_seconds: Option<u32>) -> Duration {
        let exponential = self.first_delay.saturating_mul(2u32.saturating_pow(attempt)).min(self.max_delay);
        let half = exponential / 2;
        let jittered = half + half.mul_f64(random_fraction());
        jittered.max(Duration::from_secs(u64::from(retry_after_seconds.unwrap_or(0))))
    }
}

/// A uniform number in [0, 1).
fn random_fraction() -> f64 {
    let mut bytes = [0u8; 4];
    match SystemRandom::new().fill(&mut bytes) {
        Ok(()) => f64::from(u32::from_le_bytes(bytes)) / (f64::from(u32::MAX) + 1.0),
        Err(_) => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_stay_jittered_within_bounds_and_honour_retry_after() {
        let policy = RetryPolicy::default();
        for attempt in 0..6 {
            let full = (policy.first_delay * 2u32.pow(attempt)).min(policy.max_delay);
            for _ in 0..50 {
                let delay = policy.delay(attempt, None);
                assert!(delay >= full / 2 && delay <= full, "attempt {attempt}: {delay:?} outside {full:?}");
            }
        }
        assert!(policy.delay(0, Some(3)) >= Duration::from_secs(3));
        let spread: std::collections::HashSet<_> = (0..20).map(|_| policy.delay(3, None)).collect();
        assert!(spread.len() > 1, "jitter varies the delay");
    }
}
