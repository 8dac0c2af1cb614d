//! The four languages the wallet speaks, and how a device's locale maps onto them.

use serde::{Deserialize, Serialize};

/// A language of the wallet's texts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Ky,
    /// The fallback: Russian is the region's shared language.
    #[default]
    Ru,
    Kk,
    En,
}

impl Language {
    /// Every language in the order the language screen lists them: Kyrgyzstan's languages first.
    pub const ALL: [Language; 4] = [Language::Ky, Language::Ru, Language::Kk, Language::En];

    /// The language a device with no supported language gets: Russian is the region's shared language.
    pub const FALLBACK: Language = Language::Ru;

    /// The BCP 47 language subtag.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ky => "ky",
            Language::Ru => "ru",
            Language::Kk => "kk",
            Language::En => "en",
        }
    }

    /// The language's name in itself, as the language screen shows it whatever the current language is.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Ky => "Кыргызча",
            Language::Ru => "Русский",
            Language::Kk => "Қазақша",
            Language::En => "English",
        }
    }

    /// Position of the language on the language screen.
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    pub fn from_index(index: u32) -> Option<Language> {
        Self::ALL.get(usize::try_from(index).ok()?).copied()
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The wallet language for a device locale as the platforms report it (`ky-KG`, `ru_RU`, `kk`, `en-US`,
    /// `ru-Cyrl-KG`). Some Kazakh devices report the country code `kz` as the language; it is taken as Kazakh.
    /// `None` when the device language is none of the four.
    pub fn from_locale_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "kz" => Some(Language::Kk),
            other => Self::from_code(other),
        }
    }

    /// The device language if the wallet speaks it, otherwise [`Language::FALLBACK`].
    pub fn for_device(tag: &str) -> Language {
        Self::from_locale_tag(tag).unwrap_or(Self::FALLBACK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_platform_locale_tags() {
        assert_eq!(Language::from_locale_tag("ky-KG"), Some(Language::Ky));
        assert_eq!(Language::from_locale_tag("ru_RU"), Some(Language::Ru));
        assert_eq!(Language::from_locale_tag("ru-Cyrl-KG"), Some(Language::Ru));
        assert_eq!(Language::from_locale_tag("kk"), Some(Language::Kk));
        assert_eq!(Language::from_locale_tag("KZ"), Some(Language::Kk));
        assert_eq!(Language::from_locale_tag("en_US.UTF-8"), Some(Language::En));
        assert_eq!(Language::from_locale_tag("de-DE"), None);
        assert_eq!(Language::from_locale_tag(""), None);
    }

    #[test]
    fn unsupported_device_language_falls_back_to_russian() {
        assert_eq!(Language::for_device("uz-UZ"), Language::Ru);
        assert_eq!(Language::for_device("ky"), Language::Ky);
    }

    #[test]
    fn index_round_trips_and_rejects_out_of_range() {
        for language in Language::ALL {
            assert_eq!(Language::from_index(language.index() as u32), Some(language));
        }
        assert_eq!(Language::from_index(4), None);
        assert_eq!(Language::from_index(u32::MAX), None);
    }
}
