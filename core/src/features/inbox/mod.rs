//! The inbox: what the bank told this customer (money in, an operation executed or refused, a request paid, the
//! identification decided, a reminder), newest first, read or not; each opens what it is about. Pushes make the
//! phone sync at once; the inbox is filled from the bank's events feed by that sync (`sync/inbox.rs`).

pub mod event;
pub mod state;
pub mod update;
pub mod view;

pub use event::InboxEvent;
pub use state::InboxList;
pub use view::{InboxItem, InboxScreen};
