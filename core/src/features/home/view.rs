//! The home screen as plain, localised data.

use serde::Serialize;

use super::event::HomeEvent;
use crate::app::Event;
use crate::domain::Language;
use crate::i18n::Strings;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HomeScreen {
    pub title: String,
    pub welcome: String,
    pub language: SettingRow,
}

/// A row showing a setting and its value, which opens the setting when tapped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SettingRow {
    pub label: String,
    pub value: String,
    pub open: Event,
}

pub fn home_screen(language: Language, t: &Strings<'_>) -> HomeScreen {
    HomeScreen {
        title: t.text("home-title"),
        welcome: t.text("home-welcome"),
        language: SettingRow {
            label: t.text("home-language"),
            value: language.native_name().to_owned(),
            open: Event::Home(HomeEvent::OpenLanguage),
        },
    }
}
