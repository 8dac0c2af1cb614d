//! «Пополнить»: money in. The ways (a card saved at an earlier top-up, another bank's card, the receive code) and
//! the account's details (реквизиты) for a transfer from another bank or a payment terminal, with copy and share;
//! the card form (the number with its scheme as typed and the Luhn check, the expiry, the CVV, the name, the
//! amount, the bank's fee quoted); the card issuer's 3-D Secure code; the result.
//!
//! The card's number and CVV live only in the open form, in memory: never in the store, a draft or a log (`Secret`
//! prints as dots), and they cross to the bank once (`POST /v1/card-topups`, with an idempotency key the form keeps
//! until the bank has answered, so a retry after a lost answer cannot top up twice). The CVV is dropped as soon as
//! the bank has the card. A saved card is the bank's token and «Visa •• 4412».

pub mod event;
pub mod state;
pub mod update;
pub mod view;

#[cfg(test)]
mod tests;

pub use event::TopUpEvent;
pub use state::{CardForm, ChallengeForm, Secret, TopUpMenu, TopUpResult};
pub use view::{CardChallengeScreen, CardTopUpScreen, DetailRow, TopUpResultScreen, TopUpScreen};
