//! «Разделить чек»: the rules of splitting a bill, knowing nothing of screens.
//!
//! Everything is counted in whole minor units (tyiyn) with the currency carried by [`Money`], never in floats:
//!
//! - [`split`]: a bill's total split equally, by shares, by percentages or by exact amounts ([`Mode`]), with an
//!   optional tip or service charge ([`Tip`]); [`split_items`]: by the bill's items, each assigned to one or several
//!   people. The shares always sum to the total with the tip exactly, none is negative, an equal split differs by at
//!   most one tyiyn between people.
//! - [`allocate()`] (`allocate.rs`): the largest-remainder rule behind every split. **The leftover tyiyns go to the
//!   largest remainders, equal remainders to the first listed**; each share says why it is what it is ([`Rounding`]).
//! - [`Tip`] (`tip.rs`): a percentage (rounded half up to the tyiyn) or an amount, shared in proportion to the bill.
//! - `input.rs`: reading what people type ([`Percent`], [`parse_amount`], [`parse_share`]); `people.rs`: names, each
//!   once.
//! - [`settle()`] (`settle.rs`): the fewest payments that settle a group's balances, along the debts that existed
//!   where possible; [`Group`] (`group.rs`): the balances across several bills.
//! - [`SplitError`] (`error.rs`): every impossible input, with its message id and an English sentence.
//!
//! [`Money`]: crate::domain::Money

mod allocate;
mod error;
mod group;
mod input;
mod items;
mod modes;
mod people;
mod settle;
mod tip;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod testing;

pub use allocate::{Allocation, Rounding, allocate};
pub use error::{ListKind, SplitError};
pub use group::Group;
pub use input::{Percent, parse_amount, parse_share};
pub use items::{Item, ItemShares, ItemsSplit, Portion, split_items};
pub use modes::{Mode, Share, Split, split};
pub use settle::{EXACT_SEARCH_LIMIT, Payment, settle, settle_greedy};
pub use tip::Tip;
