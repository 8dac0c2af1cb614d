//! The app PIN's rules (DESIGN.md §5): what counts as too easy to guess, the verifier kept instead of the PIN, and
//! how long a run of wrong PINs locks the app. Pure: the store-backed vault (`pin_vault.rs`) applies them.

use std::fmt;
use std::num::NonZeroU32;

use ring::pbkdf2;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

/// Digits in the app PIN (seed 000 step 9: «Придумайте свой PIN-код»).
pub const PIN_LENGTH: usize = 4;

/// PBKDF2-HMAC-SHA256 rounds for a new verifier: OWASP's 2023 figure; 84 ms on the build machine, ~0.2 s expected
/// on a mid-range phone (docs/benchmarks.md). Stored with each verifier, so it can grow later.
pub const PIN_ITERATIONS: u32 = 600_000;
const SALT_LEN: usize = 16;
const HASH_LEN: usize = 32;

/// Wrong PINs allowed before the first wait.
pub const FREE_FAILURES: u32 = 5;
/// Wrong PINs after which the local session and secrets are wiped and the phone must be verified by SMS again.
pub const WIPE_AFTER: u32 = 10;
/// The first wait (after [`FREE_FAILURES`]); each further failure doubles it.
pub const FIRST_WAIT_MS: i64 = 30_000;

/// The digits of a PIN being typed: wiped from memory when dropped, never printed, never stored.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct PinDigits(String);

impl Drop for PinDigits {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for PinDigits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PinDigits({} digits)", self.0.len())
    }
}

impl PinDigits {
    /// Adds a digit; false (and nothing added) when `digit` is not 0–9 or the PIN is already complete.
    pub fn push(&mut self, digit: u8) -> bool {
        if digit > 9 || self.is_complete() {
            return false;
        }
        self.0.push(char::from(b'0' + digit));
        true
    }

    pub fn pop(&mut self) {
        self.0.pop();
    }

    pub fn clear(&mut self) {
        self.0.zeroize();
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn is_complete(&self) -> bool {
        self.0.len() == PIN_LENGTH
    }

    fn digits(&self) -> Vec<u8> {
        self.0.bytes().map(|b| b - b'0').collect()
    }

    fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    #[cfg(test)]
    pub fn of(text: &str) -> PinDigits {
        let mut pin = PinDigits::default();
        for c in text.bytes() {
            assert!(pin.push(c - b'0'), "{text} is a PIN");
        }
        pin
    }
}

/// Why a PIN is refused when it is created: each is among the first an attacker tries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeakPin {
    /// `1111`.
    AllSame,
    /// `1234`, `4321`, `7890`.
    Sequence,
    /// `1212`.
    RepeatedPair,
    /// `1987`: a year, like one's birth year.
    Year,
}

impl WeakPin {
    pub fn message_id(self) -> &'static str {
        match self {
            WeakPin::AllSame => "pin-weak-same",
            WeakPin::Sequence => "pin-weak-sequence",
            WeakPin::RepeatedPair => "pin-weak-pair",
            WeakPin::Year => "pin-weak-year",
        }
    }
}

/// What makes `pin` easy to guess, if anything. Only for a complete PIN.
pub fn weakness(pin: &PinDigits) -> Option<WeakPin> {
    let d = pin.digits();
    if d.len() != PIN_LENGTH {
        return None;
    }
    if d.iter().all(|x| *x == d[0]) {
        return Some(WeakPin::AllSame);
    }
    let steps: Vec<u8> = d.windows(2).map(|w| (w[1] + 10 - w[0]) % 10).collect();
    if steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == 9) {
        return Some(WeakPin::Sequence);
    }
    if d[0] == d[2] && d[1] == d[3] {
        return Some(WeakPin::RepeatedPair);
    }
    // The birth year of anyone alive who may hold a wallet, and the years around now.
    let year = d.iter().fold(0u32, |n, x| n * 10 + u32::from(*x));
    if (1930..=2029).contains(&year) {
        return Some(WeakPin::Year);
    }
    None
}

/// What is kept instead of the PIN: PBKDF2-HMAC-SHA256 of it under a random salt. Sealed in the store.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinVerifier {
    salt: Vec<u8>,
    iterations: u32,
    hash: Vec<u8>,
}

impl fmt::Debug for PinVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PinVerifier({} iterations)", self.iterations)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("the system random generator failed")]
    Random,
    #[error("a PIN has {PIN_LENGTH} digits")]
    Incomplete,
}

impl PinVerifier {
    pub fn derive(pin: &PinDigits, iterations: u32) -> Result<PinVerifier, PinError> {
        if !pin.is_complete() {
            return Err(PinError::Incomplete);
        }
        let rounds = NonZeroU32::new(iterations).ok_or(PinError::Random)?;
        let mut salt = vec![0u8; SALT_LEN];
        SystemRandom::new().fill(&mut salt).map_err(|_| PinError::Random)?;
        let mut hash = vec![0u8; HASH_LEN];
        pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, rounds, &salt, pin.as_bytes(), &mut hash);
        Ok(PinVerifier { salt, iterations, hash })
    }

    /// Whether `pin` is the PIN this was made from. Constant time in the comparison (ring's `verify`).
    pub fn matches(&self, pin: &PinDigits) -> bool {
        let Some(rounds) = NonZeroU32::new(self.iterations) else {
            return false;
        };
        pbkdf2::verify(pbkdf2::PBKDF2_HMAC_SHA256, rounds, &self.salt, pin.as_bytes(), &self.hash).is_ok()
    }

    pub fn iterations(&self) -> u32 {
        self.iterations
    }
}

/// Wrong PINs in a row, and when the last one was typed. Written **before** each check, so killing the app in the
/// middle of a check still counts it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinAttempts {
    pub failures: u32,
    pub last_failure_ms: i64,
}

impl PinAttempts {
    /// Until when no PIN may be tried, if the failures so far call for a wait: 30 s after the 5th, doubling.
    pub fn locked_until_ms(&self) -> Option<i64> {
        wait_after(self.failures).map(|wait| self.last_failure_ms.saturating_add(wait))
    }

    /// The attempts as they count at `now_ms`. A clock set back since the last failure (a phone hours ahead, put
    /// right by the network or by hand) would otherwise keep the pad waiting for those hours: the last failure is
    /// then taken as now, so no wait ever lasts longer than the schedule's. Setting the clock forward does shorten a
    /// wait — a wall clock is all that survives a restart — but never saves a try: ten wrong PINs still wipe.
    pub fn as_of(self, now_ms: i64) -> PinAttempts {
        PinAttempts { last_failure_ms: self.last_failure_ms.min(now_ms), ..self }
    }

    /// The attempts after one more failure at `now_ms`.
    pub fn failed(self, now_ms: i64) -> PinAttempts {
        PinAttempts { failures: self.failures.saturating_add(1), last_failure_ms: now_ms }
    }

    /// Wrong PINs that may still be typed before the app is wiped.
    pub fn left_before_wipe(&self) -> u32 {
        WIPE_AFTER.saturating_sub(self.failures)
    }
}

/// The wait after `failures` wrong PINs in a row: none below 5, then 30 s, 60 s, 120 s…
pub fn wait_after(failures: u32) -> Option<i64> {
    if failures < FREE_FAILURES {
        return None;
    }
    let doublings = (failures - FREE_FAILURES).min(20);
    Some(FIRST_WAIT_MS.saturating_mul(1 << doublings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trivial_pins_are_refused_with_their_reason() {
        let cases = [
            ("1111", Some(WeakPin::AllSame)),
            ("0000", Some(WeakPin::AllSame)),
            ("1234", Some(WeakPin::Sequence)),
            ("0123", Some(WeakPin::Sequence)),
            ("4321", Some(WeakPin::Sequence)),
            ("7890", Some(WeakPin::Sequence)),
            ("1212", Some(WeakPin::RepeatedPair)),
            ("1987", Some(WeakPin::Year)),
            ("2004", Some(WeakPin::Year)),
            ("1929", None),
            ("2030", None),
            ("5827", None),
            ("1357", None),
        ];
        for (pin, expected) in cases {
            assert_eq!(weakness(&PinDigits::of(pin)), expected, "{pin}");
        }
    }

    #[test]
    fn digits_stop_at_the_pin_length_and_never_print() {
        let mut pin = PinDigits::default();
        assert!(!pin.push(10), "not a digit");
        for d in [5, 8, 2, 7] {
            assert!(pin.push(d));
        }
        assert!(!pin.push(1), "complete");
        assert_eq!(format!("{pin:?}"), "PinDigits(4 digits)");
        pin.pop();
        assert_eq!(pin.len(), 3);
    }

    #[test]
    fn the_verifier_matches_only_its_pin_and_salts_every_time() {
        let pin = PinDigits::of("5827");
        let a = PinVerifier::derive(&pin, 1_000).expect("derive");
        let b = PinVerifier::derive(&pin, 1_000).expect("derive");
        assert!(a.matches(&pin));
        assert!(!a.matches(&PinDigits::of("5828")));
        assert_ne!(a.hash, b.hash, "a random salt each time");
        assert_eq!(format!("{a:?}"), "PinVerifier(1000 iterations)", "nothing of the hash in logs");
        assert_eq!(PinVerifier::derive(&PinDigits::of("582"), 1_000), Err(PinError::Incomplete));
    }

    #[test]
    fn waits_start_at_the_fifth_failure_and_double() {
        let waits: Vec<Option<i64>> = (0..=9).map(wait_after).collect();
        assert_eq!(
            waits,
            [None, None, None, None, None, Some(30_000), Some(60_000), Some(120_000), Some(240_000), Some(480_000)]
        );
        let attempts = PinAttempts { failures: 5, last_failure_ms: 1_000 };
        assert_eq!(attempts.locked_until_ms(), Some(31_000));
        assert_eq!(attempts.left_before_wipe(), 5);
    }
}
