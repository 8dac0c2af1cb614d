//! Keys and sealing of personal data at rest (DESIGN.md §5).

pub mod data_key;
pub mod receipts;

pub use data_key::{DataKey, DataKeyError, SealError};
pub use receipts::{BadBankKey, BankKey};
