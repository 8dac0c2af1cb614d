//! Transfer by phone number: the number → who it reaches, masked («Кирилл Б.», and their bank) → the amount and
//! a comment → the common confirmation (`features/pay`) → the PIN → for a transfer to another bank, the SMS code
//! whose text names the amount and the recipient, shown beside the field so the user compares them before typing it
//! (seed 004 §5.12, §5.25) → the outbox.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

#[cfg(test)]
mod tests;

pub use event::TransferEvent;
pub use state::{CodeSent, FoundRecipient, Lookup, TransferCodeForm, TransferForm};
