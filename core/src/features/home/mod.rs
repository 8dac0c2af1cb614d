//! Home: where the user lands after onboarding. For now it greets and leads to the language setting;
//! balances, payments and identification add their entries here.

pub mod event;
pub mod update;
pub mod view;

pub use event::HomeEvent;
pub use view::{HomeScreen, SettingRow};
