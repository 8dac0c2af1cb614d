//! Every text the wallet shows, in Kyrgyz, Russian, Kazakh and English (Fluent files in `core/locales/`), and how
//! dates and times read in each.

mod catalog;
pub mod datetime;
/// Checks every message against `core/locales/GLOSSARY.md`: one word for each thing, none of the words ruled out.
#[cfg(test)]
mod glossary;

pub use catalog::{Catalog, SOURCES, Strings, missing_marker};
