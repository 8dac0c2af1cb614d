//! Keys and sealing of personal data at rest (DESIGN.md §5).

pub mod data_key;
pub mod pin;
pub mod pin_vault;
pub mod receipts;

pub use data_key::{DataKey, DataKeyError, SealError};
pub use pin::{PinDigits, WeakPin};
pub use pin_vault::{BiometricVerdict, PinVault, PinVerdict, VaultError};
pub use receipts::{BadBankKey, BankKey};
