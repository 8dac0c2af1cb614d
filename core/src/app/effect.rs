//! Effects: work `update` asks for and the engine carries out; their results come back as `Outcome`s, carrying
//! the time they happened so `update` never reads a clock.

use super::settings::Settings;
use crate::domain::Phone;
use crate::domain::operation::Operation;
use crate::features::history::ReceiptFacts;
use crate::features::home::WalletSnapshot;
use crate::features::signin::FormError;
use crate::store::HistoryPage;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the settings to the store. Store writes run one at a time in the order they were asked for.
    SaveSettings(Settings),
    /// Ask the bank to send a sign-in code to the phone.
    RequestCode {
        phone: Phone,
    },
    /// Exchange the code for a session.
    VerifyCode {
        phone: Phone,
        challenge_id: String,
        code: String,
    },
    /// Read the balance, the newest operations and the outbox from the store.
    LoadWallet,
    /// Send the outbox, then bring the bank's changes.
    Sync,
    /// Sync again after a pause.
    SyncLater {
        after_ms: u64,
        timer: u64,
    },
    /// Read a page of the history after the sort key (from the newest without one).
    LoadHistory {
        after: Option<Vec<u8>>,
    },
    LoadOperation {
        local_id: String,
    },
    Cancel {
        local_id: String,
    },
    /// Forget what the bank sent (not the outbox) and download it again.
    ResetCache,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    SettingsSaved,
    SettingsNotSaved,
    CodeSent {
        challenge_id: String,
        code_length: u8,
    },
    CodeRefused {
        error: FormError,
    },
    SignedIn {
        phone_masked: String,
    },
    SignInRefused {
        error: FormError,
    },
    WalletLoaded(WalletSnapshot),
    SyncFinished {
        at_ms: i64,
        problem: Option<SyncProblem>,
    },
    SyncDue {
        timer: u64,
    },
    HistoryLoaded {
        page: HistoryPage,
        append: bool,
    },
    OperationLoaded {
        local_id: String,
        operation: Option<Box<Operation>>,
        receipt: Option<ReceiptFacts>,
        damaged: bool,
    },
    CancelFinished {
        local_id: String,
        result: CancelResult,
    },
    CacheReset,
}

/// Why a sync did not finish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncProblem {
    /// No network, or the bank is unreachable: the app works from what it has.
    Offline,
    /// The bank answered with a failure.
    BankFailed,
    /// The session is over; `replaced` when the account signed in on another device.
    SessionEnded { replaced: bool },
    /// Something else (a damaged record, a malformed answer); the message says what.
    Other { message_id: &'static str },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelResult {
    Cancelled,
    /// On its way to the bank right now.
    Sending,
    NotRevocable,
    Failed {
        message_id: &'static str,
    },
}
