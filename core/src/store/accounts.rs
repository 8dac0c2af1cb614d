//! The accounts tree: balances as the bank last confirmed them, and when.

use serde::{Deserialize, Serialize};

use super::record::Record;
use super::{Store, StoreError};
use crate::domain::Money;

const TREE: &str = "accounts";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRecord {
    pub account_id: String,
    pub balance: Money,
    pub available: Money,
    /// When the phone last heard these numbers from the bank (ms since the epoch): shown as «as of 14:03» offline.
    pub confirmed_at_ms: i64,
}

impl Record for AccountRecord {
    const VERSION: u32 = 1;
}

impl Store {
    pub fn accounts(&self) -> Result<Vec<AccountRecord>, StoreError> {
        self.unseal_all(&self.accounts, TREE)
    }

    /// Replaces the accounts with what the bank just said.
    pub fn replace_accounts(&self, accounts: &[AccountRecord]) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for (key, _) in self.accounts.iter().flatten() {
            batch.remove(key);
        }
        // Keyed by position, not by the account id: a bank's ids may hold the phone number, and keys are not sealed.
        for (position, account) in accounts.iter().enumerate() {
            let key = (position as u32).to_be_bytes();
            batch.insert(&key, self.seal(TREE, &key, account)?);
        }
        self.accounts.apply_batch(batch)?;
        Ok(())
    }
}
