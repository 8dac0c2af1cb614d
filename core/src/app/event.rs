//! Events: what a shell tells the core (`Event`), and everything that enters `update` (`Msg`).

use serde::{Deserialize, Serialize};

use super::effect::Outcome;
use crate::features::home::HomeEvent;
use crate::features::onboarding::{IntroEvent, LanguageEvent};

/// Something the user did. Shells send these through `dispatch`; views hand them out ready-made in their
/// [`Action`](super::Action)s, so a shell mostly sends back what it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Event {
    /// The system back gesture or the back arrow. Ignored where there is nothing to go back to
    /// (the view's `back` is `None`; Android then leaves the app).
    Back,
    /// Closes the notice the view shows.
    DismissNotice,
    Language(LanguageEvent),
    Intro(IntroEvent),
    Home(HomeEvent),
}

impl Event {
    /// A stable name for messages and logs: `Intro.Next`.
    pub fn name(&self) -> &'static str {
        match self {
            Event::Back => "Back",
            Event::DismissNotice => "DismissNotice",
            Event::Language(LanguageEvent::Select { .. }) => "Language.Select",
            Event::Language(LanguageEvent::Confirm) => "Language.Confirm",
            Event::Intro(IntroEvent::Next) => "Intro.Next",
            Event::Intro(IntroEvent::Finish) => "Intro.Finish",
            Event::Intro(IntroEvent::ShowPage { .. }) => "Intro.ShowPage",
            Event::Home(HomeEvent::OpenLanguage) => "Home.OpenLanguage",
        }
    }
}

/// Everything `update` handles: the user's events and the outcomes of effects. Only the first crosses the FFI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Ui(Event),
    Outcome(Outcome),
}
