//! Paying by the national payment QR (ELQR): scan (camera, a picture, or pasted text) → the confirmation with the
//! recipient, the amount, the bank's fee and the balance after → the PIN (or biometrics) → the outbox → the
//! operation's status and receipt. The rules of the code itself are in `crate::payments::scan`.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

#[cfg(test)]
pub(crate) mod tests;

pub use event::PayEvent;
pub use state::{AmountProblem, PayForm, PayPin, Payee, QuoteState, ScanForm};
