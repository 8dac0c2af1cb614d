//! wallet-core: every rule of the wallet, and nothing that draws.
//!
//! - [`app`]: the model, events, effects, `update` and `view` that compose the features.
//! - [`features`]: one folder per feature (onboarding, home, …), each with state, event, update and view.
//! - [`domain`]: money, currencies, languages — types that know nothing of screens.
//! - [`payments`]: payment rules that know nothing of screens (QR images).
//! - [`i18n`]: the texts in Kyrgyz, Russian, Kazakh and English.
//! - [`store`]: the sled store and its versioned records.
//! - [`security`]: the data key and sealing of personal data.
//! - [`platform`]: what the core asks of the device (secure storage, log, view listener).
//! - [`engine`]: the running core — runtime, effects, listener.

pub mod api;
pub mod app;
pub mod domain;
pub mod engine;
pub mod features;
pub mod i18n;
pub mod identity;
pub mod payments;
pub mod platform;
pub mod receipt_print;
pub mod security;
pub mod session;
pub mod split;
pub mod store;
pub mod sync;

pub use app::{Event, Screen, ViewModel};
pub use engine::{BankConfig, CoreConfig, Engine, OpenError};
pub use platform::{Platform, PlatformError};

#[cfg(feature = "ffi")]
uniffi::setup_scaffolding!("wallet_core");
