//! «Получить по QR»: the customer's own payment code — static (anyone pays any amount) or, with an amount, dynamic
//! (that amount, paid once) — as a module matrix the shells draw, a payment link through the national router to
//! share, and the sentence that goes with it. Pure: the code is built in `update` from what is typed and what the
//! model knows; no effect is needed. The code's rules are ELQR's (`wallet_formats::elqr`, standards §1).

pub mod event;
pub mod state;
pub mod update;
pub mod view;

#[cfg(test)]
mod tests;

pub use event::ReceiveEvent;
pub use state::{CodeProblem, ReceiveCode, ReceiveForm};
pub use view::{ReceiveAccount, ReceiveScreen};
