//! How a sandbox bank behaves: where its database is and its timings and limits.

use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// The SQLite database file; created and seeded with demo data on first start.
    pub db_path: PathBuf,
    /// How long an accepted operation whose money leaves this bank (an interbank transfer, another bank's payment
    /// code) waits before it is executed (and can be cancelled meanwhile). Zero executes at once, in the same
    /// request.
    pub execution_delay: Duration,
    /// The same for a payment that stays inside this bank (to another customer here, a code of this bank's
    /// merchants or customers, a shake, a payment request): usually much shorter, so paying feels instant.
    pub in_bank_execution_delay: Duration,
    pub sms: SmsRules,
    /// How long an identification application stays `in_review` (on the sandbox's clock) before the bank decides.
    /// Zero decides at the first read after submission.
    pub kyc_review_delay: Duration,
    /// Fill a new database with the demo customers, merchants, contacts and history.
    pub seed_demo_data: bool,
    /// Shake to pay: the most a payer's and a payee's shakes may be apart in time to pair (see `shakes`).
    pub shake_window: Duration,
    /// How long a client may take to send a request's headers before the connection is closed.
    pub header_read_timeout: Duration,
}

/// The rules of sign-in codes, enforced by the bank (the app shows the same ones).
#[derive(Debug, Clone)]
pub struct SmsRules {
    pub code_length: u8,
    pub code_lifetime: Duration,
    /// A new code for the same phone only after this.
    pub resend_after: Duration,
    /// Wrong codes allowed per challenge.
    pub max_attempts: u32,
    /// Codes a phone may ask for in `window` before it must wait.
    pub max_codes_per_window: u32,
    /// Codes one device (its `device_id`) may ask for in `window`, across numbers: SMS pumping.
    pub max_codes_per_device: u32,
    /// Codes one source address may ask for in `window`, across numbers and devices (loopback is not counted).
    pub max_codes_per_source: u32,
    pub window: Duration,
}

impl Default for SmsRules {
    fn default() -> Self {
        SmsRules {
            code_length: 6,
            code_lifetime: Duration::from_secs(5 * 60),
            resend_after: Duration::from_secs(60),
            max_attempts: 5,
            max_codes_per_window: 5,
            max_codes_per_device: 10,
            max_codes_per_source: 30,
            window: Duration::from_secs(60 * 60),
        }
    }
}

impl SandboxConfig {
    pub fn new(db_path: impl Into<PathBuf>) -> SandboxConfig {
        SandboxConfig {
            db_path: db_path.into(),
            execution_delay: Duration::ZERO,
            in_bank_execution_delay: Duration::ZERO,
            sms: SmsRules::default(),
            kyc_review_delay: Duration::from_secs(5),
            seed_demo_data: true,
            shake_window: Duration::from_secs(2),
            header_read_timeout: crate::serve::HEADER_READ_TIMEOUT,
        }
    }
}
