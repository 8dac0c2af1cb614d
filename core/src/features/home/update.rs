//! Home's rules.

use super::event::HomeEvent;
use crate::app::{Nav, Route, Step};
use crate::features::onboarding::{LanguagePicker, LanguagePurpose};

pub fn home(event: HomeEvent) -> Step {
    match event {
        HomeEvent::OpenLanguage => {
            Step::to(Nav::Push(Route::Language(LanguagePicker { purpose: LanguagePurpose::Settings })))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_the_language_screen_for_settings() {
        let step = home(HomeEvent::OpenLanguage);
        assert_eq!(step.nav, Nav::Push(Route::Language(LanguagePicker { purpose: LanguagePurpose::Settings })));
        assert!(step.effects.is_empty());
    }
}
