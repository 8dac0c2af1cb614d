//! Home: where the user lands after onboarding. Signed out, it offers «Войти»; signed in, the balance (with the
//! time the bank last confirmed it), what waits to be sent, the newest operations, and the language setting.
//! It also keeps the rhythm of syncing.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

pub use event::HomeEvent;
pub use state::{SyncStatus, Wallet, WalletSnapshot};
pub use view::{BalanceCard, HomeScreen, SettingRow};
