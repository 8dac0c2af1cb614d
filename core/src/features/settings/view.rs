//! The settings screen as plain, localised data.

use serde::Serialize;

use super::event::SettingsEvent;
use super::update::AUTO_LOCK_CHOICES;
use crate::app::{Action, Event, Security, Settings};
use crate::domain::Language;
use crate::features::home::SettingRow;
use crate::i18n::Strings;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ToggleRow {
    pub label: String,
    pub on: bool,
    /// Sent when the switch is tapped: turns it the other way.
    pub toggle: Event,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChoiceOption {
    pub label: String,
    pub selected: bool,
    pub select: Event,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChoiceRow {
    pub label: String,
    pub options: Vec<ChoiceOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SettingsScreen {
    pub title: String,
    /// «Вы вошли как +996 555 ***456».
    pub account: Option<String>,
    pub language: SettingRow,
    pub change_pin: Option<Action>,
    /// Only on a device with biometrics.
    pub biometrics: Option<ToggleRow>,
    pub auto_lock: ChoiceRow,
    pub logout: Option<Action>,
}

pub fn settings_screen(
    settings: &Settings,
    security: &Security,
    account: Option<&str>,
    language: Language,
    t: &Strings<'_>,
) -> SettingsScreen {
    let options = AUTO_LOCK_CHOICES
        .iter()
        .map(|minutes| ChoiceOption {
            label: t.text_with("settings-minutes", &[("count", (*minutes).into())]),
            selected: *minutes == settings.auto_lock_minutes,
            select: Event::Settings(SettingsEvent::SetAutoLock { minutes: *minutes }),
        })
        .collect();
    let protected = security.pin_set && account.is_some();
    SettingsScreen {
        title: t.text("settings-title"),
        account: account.map(|phone| t.text_with("settings-account", &[("phone", phone.into())])),
        language: SettingRow {
            label: t.text("home-language"),
            value: language.native_name().to_owned(),
            open: Event::Settings(SettingsEvent::OpenLanguage),
        },
        change_pin: protected
            .then(|| Action::new(t.text("settings-change-pin"), Event::Settings(SettingsEvent::ChangePin))),
        biometrics: (protected && security.biometrics_available).then(|| ToggleRow {
            label: t.text("settings-biometrics"),
            on: security.biometrics_enabled,
            toggle: Event::Settings(SettingsEvent::SetBiometrics { enabled: !security.biometrics_enabled }),
        }),
        auto_lock: ChoiceRow { label: t.text("settings-auto-lock"), options },
        logout: account.map(|_| Action::new(t.text("settings-logout"), Event::Settings(SettingsEvent::Logout))),
    }
}
