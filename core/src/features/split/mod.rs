//! «Разделить чек» (seed 001 §4.10.13) on the screens: a bill — typed in, from one of my payments, or from a
//! scanned code — split between people (me included or not) by `crate::split`'s rules, its payment requests sent
//! through the requests' outbox (`sync/requests.rs`), who has paid followed from the bank, reminders and cancel;
//! the requests others make to me, paid through the usual confirmation; the contacts who have the wallet
//! (`sync/contacts.rs`: only blinded numbers and tag prefixes leave the phone).

pub mod bill;
pub mod event;
pub mod group;
pub mod state;
pub mod update;
pub mod view;

#[cfg(test)]
pub(crate) mod tests;

pub use bill::{Bill, BillPerson, BillSource, IncomingRequest, RequestState};
pub use event::{DeviceContact, SplitEvent};
pub use state::{BillForm, BillScreenState, GroupScreenState, SplitMode, SplitModel};
pub use view::{SplitBillScreen, SplitBillsScreen, SplitEditorScreen, SplitGroupScreen};
