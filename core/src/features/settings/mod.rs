//! The settings: language, change PIN, biometric unlock, how soon the app locks itself, and signing out.

pub mod event;
pub mod update;
pub mod view;

pub use event::SettingsEvent;
pub use update::AUTO_LOCK_CHOICES;
pub use view::{ChoiceOption, ChoiceRow, SettingsScreen, ToggleRow};
