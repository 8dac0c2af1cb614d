//! Home's part of the model: what the store holds for the signed-in user, and how syncing goes.

use crate::app::SyncProblem;
use crate::store::{AccountRecord, HistoryEntry};

/// How many of the newest operations home shows.
pub const RECENT: usize = 5;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wallet {
    /// The masked phone of who is signed in; `None` when signed out.
    pub session: Option<String>,
    pub accounts: Vec<AccountRecord>,
    pub recent: Vec<HistoryEntry>,
    /// Operations waiting in the outbox.
    pub waiting: usize,
    pub sync: SyncStatus,
    /// Unread items in the inbox.
    pub unread: usize,
    /// The customer's name as the bank has it, shortened («Айгуль А.»): what their own receive code shows.
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncStatus {
    pub running: bool,
    /// Why the last sync did not finish.
    pub problem: Option<SyncProblem>,
    pub last_success_ms: Option<i64>,
    /// Failed syncs in a row, for the backoff.
    pub failures: u32,
    /// Only the newest scheduled sync counts; older timers find a different number and do nothing.
    pub timer: u64,
    /// A push came while a sync ran: another follows at once.
    pub again: bool,
}

/// What `LoadWallet` read from the store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WalletSnapshot {
    pub session: Option<String>,
    pub accounts: Vec<AccountRecord>,
    pub recent: Vec<HistoryEntry>,
    pub waiting: usize,
    pub unread: usize,
    pub name: Option<String>,
}
