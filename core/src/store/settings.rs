//! The settings tree: one record holding the user's settings.

use super::record::{self, Record};
use super::{Store, StoreError};
use crate::app::Settings;

const TREE: &str = "settings";
const KEY: &str = "settings";

impl Record for Settings {
    const VERSION: u32 = 1;
}

impl Store {
    /// The stored settings, or `None` on a new installation.
    pub fn load_settings(&self) -> Result<Option<Settings>, StoreError> {
        let Some(bytes) = self.settings.get(KEY)? else {
            return Ok(None);
        };
        record::decode(&bytes).map(Some).map_err(|source| StoreError::Record { tree: TREE, key: KEY.into(), source })
    }

    /// Stores the settings and makes them durable before returning.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        let bytes =
            record::encode(settings).map_err(|source| StoreError::Record { tree: TREE, key: KEY.into(), source })?;
        self.settings.insert(KEY, bytes)?;
        self.settings.flush()?;
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn put_raw_settings(&self, bytes: &[u8]) -> Result<(), StoreError> {
        self.settings.insert(KEY, bytes)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::features::onboarding::OnboardingStage;
    use crate::platform::desktop::MemorySecureStorage;
    use crate::security::DataKey;

    #[test]
    fn settings_survive_reopening_the_store() {
        let dir = tempfile::tempdir().expect("temp dir");
        let keys = MemorySecureStorage::default();
        let settings = Settings {
            language: Some(Language::Ky),
            onboarding: OnboardingStage::Intro { page: 2 },
            ..Settings::default()
        };
        {
            let (store, _) = Store::open(dir.path(), DataKey::load_or_create(&keys).expect("key")).expect("open");
            assert_eq!(store.load_settings().expect("load"), None);
            store.save_settings(&settings).expect("save");
        }
        let (store, _) = Store::open(dir.path(), DataKey::load_or_create(&keys).expect("key")).expect("reopen");
        assert_eq!(store.load_settings().expect("load"), Some(settings));
    }

    #[test]
    fn damaged_settings_are_an_error_not_defaults() {
        let (_dir, store) = crate::store::testing::temp_store();
        store.put_raw_settings(b"{not json").expect("put");
        assert!(matches!(store.load_settings(), Err(StoreError::Record { tree: "settings", .. })));
    }
}
