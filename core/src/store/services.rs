//! What the bank lists for «Платежи» and «Избранное», kept for offline use (tree `services`): the services
//! catalogue (key `catalogue`), the favourites and regular payments (key `favourites`, sealed: they hold numbers).

use wallet_protocol::services::ServiceCatalogue;

use super::{Record, Store, StoreError};

pub const TREE: &str = "services";
const CATALOGUE: &[u8] = b"catalogue";
const FAVOURITES: &[u8] = b"favourites";

/// The favourites and regular payments as the bank last listed them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KeptFavourites(pub crate::app::FavouriteLists);

impl Record for KeptFavourites {
    const VERSION: u32 = 1;
}

/// The catalogue as kept: the bank's own, whole.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KeptCatalogue(pub ServiceCatalogue);

impl Record for KeptCatalogue {
    const VERSION: u32 = 1;
}

impl Store {
    pub fn catalogue(&self) -> Result<Option<ServiceCatalogue>, StoreError> {
        Ok(self.get_sealed::<KeptCatalogue>(&self.services, TREE, CATALOGUE)?.map(|kept| kept.0))
    }

    pub fn favourites(&self) -> Result<Option<crate::app::FavouriteLists>, StoreError> {
        Ok(self.get_sealed::<KeptFavourites>(&self.services, TREE, FAVOURITES)?.map(|kept| kept.0))
    }

    pub fn save_favourites(&self, lists: &crate::app::FavouriteLists) -> Result<(), StoreError> {
        let sealed = self.seal(TREE, FAVOURITES, &KeptFavourites(lists.clone()))?;
        self.services.insert(FAVOURITES, sealed)?;
        Ok(())
    }

    pub fn save_catalogue(&self, catalogue: &ServiceCatalogue) -> Result<(), StoreError> {
        let sealed = self.seal(TREE, CATALOGUE, &KeptCatalogue(catalogue.clone()))?;
        self.services.insert(CATALOGUE, sealed)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::security::DataKey;

    #[test]
    fn the_catalogue_is_kept_and_read_back() {
        let dir = tempfile::tempdir().expect("dir");
        let key = DataKey::load_or_create(&crate::platform::desktop::MemorySecureStorage::default()).expect("key");
        let (store, _) = Store::open(dir.path(), key).expect("store");
        assert_eq!(store.catalogue().expect("reads"), None);
        let catalogue = ServiceCatalogue { version: "1".into(), categories: Vec::new(), providers: Vec::new() };
        store.save_catalogue(&catalogue).expect("saves");
        assert_eq!(store.catalogue().expect("reads"), Some(catalogue));
    }
}
