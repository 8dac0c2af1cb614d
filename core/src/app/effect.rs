//! Effects: work `update` asks for and the engine carries out; their results come back as `Outcome`s.

use super::settings::Settings;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the settings to the store. Store writes run one at a time in the order they were asked for.
    SaveSettings(Settings),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    SettingsSaved,
    SettingsNotSaved,
}
