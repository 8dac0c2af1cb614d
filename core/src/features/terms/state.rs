//! The terms' documents and the screens' state.

/// The version of the terms below; stored with the acceptance. A new version asks everyone to accept again.
pub const TERMS_VERSION: &str = "2026-11-01";

/// One document: the Fluent ids of its checkbox label, its title and its paragraphs, and its name at the bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermsDocument {
    /// How the acceptance sent to the bank names it.
    pub wire: &'static str,
    pub label: &'static str,
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
}

pub const DOCUMENTS: [TermsDocument; 3] = [
    TermsDocument {
        wire: "offer",
        label: "terms-offer-label",
        title: "terms-offer-title",
        paragraphs: &["terms-offer-1", "terms-offer-2", "terms-offer-3", "terms-offer-4"],
    },
    TermsDocument {
        wire: "privacy",
        label: "terms-privacy-label",
        title: "terms-privacy-title",
        paragraphs: &["terms-privacy-1", "terms-privacy-2", "terms-privacy-3"],
    },
    TermsDocument {
        wire: "remote_service",
        label: "terms-remote-label",
        title: "terms-remote-title",
        paragraphs: &["terms-remote-1", "terms-remote-2", "terms-remote-3", "terms-remote-4"],
    },
];

/// The list of documents with their ticks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermsForm {
    pub ticked: Vec<bool>,
    /// The acceptance is being stored.
    pub busy: bool,
}

impl TermsForm {
    /// The list with the ticks of a draft; a draft of another length (the documents changed) starts unticked.
    pub fn resumed(ticked: &[bool]) -> TermsForm {
        let ticked = if ticked.len() == DOCUMENTS.len() { ticked.to_vec() } else { vec![false; DOCUMENTS.len()] };
        TermsForm { ticked, busy: false }
    }

    pub fn all_ticked(&self) -> bool {
        self.ticked.iter().all(|t| *t)
    }
}

impl Default for TermsForm {
    fn default() -> TermsForm {
        TermsForm::resumed(&[])
    }
}

/// One document's text, open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermsReader {
    pub index: u32,
}
