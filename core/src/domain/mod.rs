//! Domain types several features share. They know nothing of screens, and parse rather than validate:
//! a value of one of these types is always valid.

pub mod currency;
pub mod language;
pub mod money;
pub mod operation;
pub mod person;
pub mod phone;

pub use currency::Currency;
pub use language::Language;
pub use money::{Money, MoneyError};
pub use phone::{Phone, PhoneError};
