//! Shake to pay (seed 001 §4.10.8, standards.md §7): the payer and the payee each choose a side and shake their
//! phones together. The detector (`crate::payments::shake`) runs here in `update`, on the accelerometer samples
//! the shell batches in while the screen is listening; the first shake goes to the bank (`POST /v1/shakes`), which
//! pairs a payer's and a payee's shakes close in time (and place, when both sent one). The screen asks every 0.5 s
//! until the bank pairs it: several phones nearby → shake again; nobody in 10 s → said so. Both see the other
//! (masked) and confirm; then the payer pays through the common confirmation (`features/pay`, `Payee::Shake`) — the
//! amount fixed when the payee asked one — with the PIN and the outbox, and the payee waits until the money shows
//! in a sync. Leaving the screen cancels a shake still waiting or not yet confirmed, for both.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

#[cfg(test)]
mod tests;

pub use event::{ShakeEvent, ShakeSide};
pub use state::{ShakeCall, ShakeForm, ShakeStage};
pub use view::{ShakeScreen, ShakeStep};
