//! What a shell tells the core when it creates it.

/// Where the core keeps its data, what the device says about itself, and which bank it talks to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CoreConfig {
    /// The app's private folder for the store: `Context.filesDir` on Android, Application Support on iOS.
    pub data_dir: String,
    /// The device's locale as the platform reports it (`ky-KG`, `ru_RU`); pre-selects the language.
    pub device_locale: String,
    /// The bank; without one the app works on this phone only (language, intro).
    #[cfg_attr(feature = "ffi", uniffi(default = None))]
    pub bank: Option<BankConfig>,
    /// The device's offset from UTC in minutes, for the times the app shows (Bishkek: 360).
    #[cfg_attr(feature = "ffi", uniffi(default = 360))]
    pub utc_offset_minutes: i32,
    /// The device can unlock with a fingerprint or face (`BiometricManager.canAuthenticate`, `LAContext`): the
    /// wizard offers it and the settings show its switch.
    #[cfg_attr(feature = "ffi", uniffi(default = false))]
    pub biometrics_available: bool,
}

/// The bank the wallet talks to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct BankConfig {
    /// The API's base URL: `https://…`, or `http://127.0.0.1:…` for the sandbox bank on this device.
    pub url: String,
    /// The bank's Ed25519 receipt-signing public key, standard base64.
    pub public_key: String,
    /// The most that may wait in the outbox, per currency, in minor units (offline payments are capped by it).
    pub offline_limit_minor: i64,
    /// The bank's provider id in the payment codes («Получить по QR») the wallet makes: ELQR tag 32/00, at most 32
    /// characters. The sandbox bank's is `qr.sandbox.kg`.
    #[cfg_attr(feature = "ffi", uniffi(default = "qr.sandbox.kg"))]
    pub qr_provider_id: String,
    /// Certificate pins: the SHA-256 of the SubjectPublicKeyInfo of the bank's keys, base64, with or without
    /// `sha256/` (as OkHttp writes them). Empty: no pinning (the sandbox over loopback HTTP). Otherwise at least two
    /// different keys, the one in use and a backup kept offline; a server whose verified chain holds none of them
    /// is not taken for the bank. The shells take them from the app's build configuration (docs/security.md).
    #[cfg_attr(feature = "ffi", uniffi(default = []))]
    pub pins: Vec<String>,
}

impl CoreConfig {
    /// A configuration without a bank, in Bishkek's time zone.
    pub fn local(data_dir: impl Into<String>, device_locale: impl Into<String>) -> CoreConfig {
        CoreConfig {
            data_dir: data_dir.into(),
            device_locale: device_locale.into(),
            bank: None,
            utc_offset_minutes: 360,
            biometrics_available: false,
        }
    }
}
