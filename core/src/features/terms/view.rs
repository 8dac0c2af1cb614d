//! The terms screens as plain, localised data.

use serde::Serialize;

use super::event::TermsEvent;
use super::state::{DOCUMENTS, TermsForm, TermsReader};
use crate::app::{Action, Event};
use crate::i18n::Strings;

/// Seed 000 step 8: the documents with their checkboxes, and «Продолжить».
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TermsScreen {
    pub title: String,
    pub subtitle: String,
    pub items: Vec<TermsItem>,
    /// «Продолжить», enabled only when every item is ticked.
    pub accept: Action,
    pub busy: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TermsItem {
    /// «Я принимаю условия публичной оферты».
    pub label: String,
    pub checked: bool,
    /// Sent when the checkbox is tapped.
    pub toggle: Event,
    /// «Читать»: opens the document.
    pub open: Action,
}

/// One document's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TermsDocumentScreen {
    pub title: String,
    /// «Редакция от 1 ноября 2026 г.»
    pub edition: String,
    pub paragraphs: Vec<String>,
    /// «Принимаю»: ticks the document and goes back.
    pub agree: Action,
}

/// `renewal`: a new edition after onboarding, which the subtitle says.
pub fn terms_screen(form: &TermsForm, renewal: bool, t: &Strings<'_>) -> TermsScreen {
    let items = DOCUMENTS
        .iter()
        .zip(&form.ticked)
        .enumerate()
        .map(|(index, (document, checked))| TermsItem {
            label: t.text(document.label),
            checked: *checked,
            toggle: Event::Terms(TermsEvent::Toggle { index: index as u32 }),
            open: Action::new(t.text("terms-read"), Event::Terms(TermsEvent::Open { index: index as u32 })),
        })
        .collect();
    TermsScreen {
        title: t.text("terms-title"),
        subtitle: t.text(if renewal { "terms-renewal-subtitle" } else { "terms-subtitle" }),
        items,
        accept: Action {
            label: t.text("terms-continue"),
            event: Event::Terms(TermsEvent::Continue),
            enabled: form.all_ticked() && !form.busy,
        },
        busy: form.busy,
    }
}

pub fn document_screen(reader: &TermsReader, t: &Strings<'_>) -> TermsDocumentScreen {
    let document = &DOCUMENTS[(reader.index as usize).min(DOCUMENTS.len() - 1)];
    TermsDocumentScreen {
        title: t.text(document.title),
        edition: t.text("terms-edition"),
        paragraphs: document.paragraphs.iter().map(|id| t.text(id)).collect(),
        agree: Action::new(t.text("terms-agree"), Event::Terms(TermsEvent::Agree)),
    }
}
