//! Every text the wallet shows, in Kyrgyz, Russian, Kazakh and English (Fluent files in `core/locales/`), and how
//! dates and times read in each.

mod catalog;
pub mod datetime;

pub use catalog::{Catalog, SOURCES, Strings, missing_marker};
