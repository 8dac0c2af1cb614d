//! Whether the bank executes: the worker that executes due operations and reviews applications beats after every
//! round that worked; `/health` says `cannot_execute` (503) when it has not beaten for a while, so a monitor notices
//! a bank that answers but no longer moves money.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

/// No beat for this long: the bank cannot execute.
pub const SILENT_FOR: Duration = Duration::from_secs(10);

pub struct Heartbeat {
    since: Instant,
    /// Milliseconds after `since` of the last beat; negative while no worker runs (a router used in process).
    last_ms: AtomicI64,
}

impl Default for Heartbeat {
    fn default() -> Heartbeat {
        Heartbeat { since: Instant::now(), last_ms: AtomicI64::new(-1) }
    }
}

impl Heartbeat {
    pub fn beat(&self) {
        self.last_ms.store(i64::try_from(self.since.elapsed().as_millis()).unwrap_or(i64::MAX), Ordering::Relaxed);
    }

    /// False once a worker has beaten and then stayed silent for [`SILENT_FOR`].
    pub fn executing(&self) -> bool {
        let last = self.last_ms.load(Ordering::Relaxed);
        if last < 0 {
            return true;
        }
        let now = i64::try_from(self.since.elapsed().as_millis()).unwrap_or(i64::MAX);
        now - last < i64::try_from(SILENT_FOR.as_millis()).unwrap_or(i64::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silent_after_a_beat_means_the_bank_cannot_execute() {
        let heart = Heartbeat::default();
        assert!(heart.executing(), "no worker yet: nothing to say");
        heart.beat();
        assert!(heart.executing());
        let stale =
            Heartbeat { since: Instant::now() - SILENT_FOR - Duration::from_secs(1), last_ms: AtomicI64::new(0) };
        assert!(!stale.executing());
    }
}
