//! The terms of use (seed 000 step 8): every document must be ticked, each opens its text, and «Продолжить» stays
//! disabled until all are ticked. The acceptance is stored with its time and the terms' version.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

pub use event::TermsEvent;
pub use state::{DOCUMENTS, TERMS_VERSION, TermsForm, TermsReader};
pub use view::{TermsDocumentScreen, TermsItem, TermsScreen};
