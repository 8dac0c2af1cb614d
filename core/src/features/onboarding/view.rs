//! Onboarding's screens as plain, localised data.

use serde::Serialize;

use super::event::{IntroEvent, LanguageEvent};
use super::state::{IntroPages, LanguagePicker, LanguagePurpose};
use crate::app::{Action, Event};
use crate::domain::Language;
use crate::i18n::Strings;

/// Seed 000 step 3: the four languages, each in its own name; the current one is selected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct LanguageScreen {
    pub title: String,
    pub subtitle: String,
    pub options: Vec<LanguageOption>,
    /// «Далее» on the first run, «Готово» from the settings.
    pub confirm: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct LanguageOption {
    pub language: Language,
    /// The language's name in itself: «Кыргызча», «Русский», «Қазақша», «English».
    pub label: String,
    pub selected: bool,
    /// Sent when the option is tapped.
    pub select: Event,
}

/// Seed 000 steps 4–5: a page of the intro with «Далее», and «Готово» on the last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct IntroScreen {
    /// From 0.
    pub page: u32,
    pub page_count: u32,
    /// «1 из 3».
    pub page_indicator: String,
    /// The name of the page's picture, which the shell ships: `intro_qr`, `intro_offline`, `intro_split`.
    pub illustration: String,
    pub title: String,
    pub body: String,
    /// «Далее», or «Готово» on the last page.
    pub primary: Action,
}

pub fn language_screen(picker: &LanguagePicker, current: Language, t: &Strings<'_>) -> LanguageScreen {
    let options = Language::ALL
        .iter()
        .enumerate()
        .map(|(index, language)| LanguageOption {
            language: *language,
            label: language.native_name().to_owned(),
            selected: *language == current,
            select: Event::Language(LanguageEvent::Select { index: index as u32 }),
        })
        .collect();
    let confirm_label = match picker.purpose {
        LanguagePurpose::FirstRun => "language-continue",
        LanguagePurpose::Settings => "language-done",
    };
    LanguageScreen {
        title: t.text("language-title"),
        subtitle: t.text("language-subtitle"),
        options,
        confirm: Action::new(t.text(confirm_label), Event::Language(LanguageEvent::Confirm)),
    }
}

pub fn intro_screen(pages: &IntroPages, t: &Strings<'_>) -> IntroScreen {
    let content = pages.content();
    let primary = if pages.is_last() {
        Action::new(t.text("intro-done"), Event::Intro(IntroEvent::Finish))
    } else {
        Action::new(t.text("intro-next"), Event::Intro(IntroEvent::Next))
    };
    IntroScreen {
        page: pages.page,
        page_count: IntroPages::count(),
        page_indicator: t.text_with(
            "intro-page-indicator",
            &[("page", (pages.page + 1).into()), ("count", IntroPages::count().into())],
        ),
        illustration: content.illustration.to_owned(),
        title: t.text(content.title),
        body: t.text(content.body),
        primary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalog;

    #[test]
    fn the_current_language_is_selected_and_each_name_is_native() {
        let picker = LanguagePicker { purpose: LanguagePurpose::FirstRun };
        let screen = language_screen(&picker, Language::Kk, &Catalog::shared().strings(Language::Kk));
        let labels: Vec<_> = screen.options.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(labels, ["Кыргызча", "Русский", "Қазақша", "English"]);
        let selected: Vec<_> = screen.options.iter().filter(|o| o.selected).map(|o| o.language).collect();
        assert_eq!(selected, [Language::Kk]);
        assert_eq!(screen.title, "Тілді таңдаңыз");
        assert_eq!(screen.options[2].select, Event::Language(LanguageEvent::Select { index: 2 }));
    }

    #[test]
    fn the_intro_says_next_then_done_in_russian() {
        let t = Catalog::shared().strings(Language::Ru);
        let first = intro_screen(&IntroPages { page: 0 }, &t);
        assert_eq!(first.primary.label, "Далее");
        assert_eq!(first.primary.event, Event::Intro(IntroEvent::Next));
        assert_eq!(first.page_indicator, "1 из 3");
        let last = intro_screen(&IntroPages { page: IntroPages::count() - 1 }, &t);
        assert_eq!(last.primary.label, "Готово");
        assert_eq!(last.primary.event, Event::Intro(IntroEvent::Finish));
    }

    #[test]
    fn the_intro_speaks_kyrgyz() {
        let screen = intro_screen(&IntroPages { page: 0 }, &Catalog::shared().strings(Language::Ky));
        assert_eq!(screen.title, "QR аркылуу төлөңүз");
        assert_eq!(screen.primary.label, "Кийинки");
        assert_eq!(screen.page_indicator, "3 ичинен 1");
    }
}
