//! The terms' rules: «Продолжить» only when all are ticked; the acceptance is stored before going on.

use super::event::TermsEvent;
use super::state::{DOCUMENTS, TERMS_VERSION, TermsForm, TermsReader};
use crate::app::{Effect, Event, Nav, Rejection, Route, Step};

fn document_index(event: &TermsEvent, index: u32) -> Result<usize, Rejection> {
    if (index as usize) < DOCUMENTS.len() {
        return Ok(index as usize);
    }
    Err(Rejection::OutOfRange {
        event: Event::Terms(event.clone()).name(),
        what: "document",
        index,
        count: DOCUMENTS.len() as u32,
    })
}

pub fn terms(form: &mut TermsForm, event: TermsEvent) -> Result<Step, Rejection> {
    let name = Event::Terms(event.clone()).name();
    match event {
        TermsEvent::Toggle { index } => {
            let at = document_index(&event, index)?;
            form.ticked[at] = !form.ticked[at];
            Ok(Step::stay())
        }
        TermsEvent::Open { index } => {
            document_index(&event, index)?;
            Ok(Step::to(Nav::Push(Route::TermsDocument(TermsReader { index }))))
        }
        TermsEvent::Continue if !form.all_ticked() => {
            Err(Rejection::NotNow { event: name, reason: "every document must be ticked first" })
        }
        TermsEvent::Continue if form.busy => Err(Rejection::NotNow { event: name, reason: "already being stored" }),
        TermsEvent::Continue => {
            form.busy = true;
            Ok(Step::stay().with(Effect::AcceptTerms { version: TERMS_VERSION }))
        }
        TermsEvent::Agree => Err(Rejection::WrongScreen { event: name, screen: "terms" }),
    }
}

/// «Принимаю» under a document: back to the list with it ticked.
pub fn agree(reader: &TermsReader, list: Option<&mut TermsForm>) -> Step {
    if let Some(form) = list
        && let Some(tick) = form.ticked.get_mut(reader.index as usize)
    {
        *tick = true;
    }
    Step::to(Nav::Pop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continue_needs_every_tick_and_stores_the_version() {
        let mut form = TermsForm::default();
        assert!(terms(&mut form, TermsEvent::Continue).is_err());
        for index in 0..DOCUMENTS.len() as u32 - 1 {
            terms(&mut form, TermsEvent::Toggle { index }).expect("tick");
        }
        assert!(terms(&mut form, TermsEvent::Continue).is_err(), "one is still unticked");
        let reader = TermsReader { index: DOCUMENTS.len() as u32 - 1 };
        assert_eq!(agree(&reader, Some(&mut form)).nav, Nav::Pop);
        let step = terms(&mut form, TermsEvent::Continue).expect("continue");
        assert_eq!(step.effects, vec![Effect::AcceptTerms { version: TERMS_VERSION }]);
        assert!(terms(&mut form, TermsEvent::Continue).is_err(), "no second store while busy");
    }

    #[test]
    fn a_document_out_of_range_is_rejected() {
        let mut form = TermsForm::default();
        assert!(matches!(terms(&mut form, TermsEvent::Open { index: 9 }), Err(Rejection::OutOfRange { .. })));
        assert_eq!(
            terms(&mut form, TermsEvent::Open { index: 1 }).expect("open").nav,
            Nav::Push(Route::TermsDocument(TermsReader { index: 1 }))
        );
    }
}
