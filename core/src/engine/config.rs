//! What a shell tells the core when it creates it.

/// Where the core keeps its data and what the device says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CoreConfig {
    /// The app's private folder for the store: `Context.filesDir` on Android, Application Support on iOS.
    pub data_dir: String,
    /// The device's locale as the platform reports it (`ky-KG`, `ru_RU`); pre-selects the language.
    pub device_locale: String,
}
