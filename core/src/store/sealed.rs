//! Sealing records: versioned JSON, then AES-256-GCM under the data key, bound to the record's tree and key so a
//! sealed value moved elsewhere does not open.

use super::record::{self, Record};
use super::{Store, StoreError, describe};

fn context(tree: &str, key: &[u8]) -> Vec<u8> {
    let mut context = Vec::with_capacity(tree.len() + 1 + key.len());
    context.extend_from_slice(tree.as_bytes());
    context.push(b'/');
    context.extend_from_slice(key);
    context
}

impl Store {
    pub(super) fn seal<T: Record>(&self, tree: &'static str, key: &[u8], value: &T) -> Result<Vec<u8>, StoreError> {
        let plain = record::encode(value).map_err(|source| StoreError::Record { tree, key: describe(key), source })?;
        self.key.seal(&plain, &context(tree, key)).map_err(|_| StoreError::Sealing)
    }

    /// The value at `key` of `tree`, opened; `None` when there is none.
    pub(super) fn get_sealed<T: Record>(
        &self,
        tree: &sled::Tree,
        name: &'static str,
        key: &[u8],
    ) -> Result<Option<T>, StoreError> {
        match tree.get(key)? {
            Some(sealed) => self.unseal(name, key, &sealed).map(Some),
            None => Ok(None),
        }
    }

    /// Writes and flushes: every record here must survive a crash the moment it is written.
    pub(super) fn put_sealed<T: Record>(
        &self,
        tree: &sled::Tree,
        name: &'static str,
        key: &[u8],
        value: &T,
    ) -> Result<(), StoreError> {
        tree.insert(key, self.seal(name, key, value)?)?;
        tree.flush()?;
        Ok(())
    }

    /// Every value of `tree`, opened, in key order.
    pub(super) fn unseal_all<T: Record>(&self, tree: &sled::Tree, name: &'static str) -> Result<Vec<T>, StoreError> {
        tree.iter()
            .map(|item| {
                let (key, sealed) = item?;
                self.unseal(name, &key, &sealed)
            })
            .collect()
    }

    pub(super) fn unseal<T: Record>(&self, tree: &'static str, key: &[u8], sealed: &[u8]) -> Result<T, StoreError> {
        let plain =
            self.key.open(sealed, &context(tree, key)).map_err(|_| StoreError::Damaged { tree, key: describe(key) })?;
        record::decode(&plain).map_err(|source| StoreError::Record { tree, key: describe(key), source })
    }
}

impl Record for String {
    const VERSION: u32 = 1;
}

/// The first byte of a sealed raw value (a photo): its format, so a later app can change it.
const RAW_VERSION: u8 = 1;

impl Store {
    /// Seals bytes as they are (photos: no JSON around a few megabytes), bound to tree and key like records.
    pub(super) fn seal_bytes(&self, tree: &'static str, key: &[u8], bytes: &[u8]) -> Result<Vec<u8>, StoreError> {
        let mut plain = Vec::with_capacity(bytes.len() + 1);
        plain.push(RAW_VERSION);
        plain.extend_from_slice(bytes);
        self.key.seal(&plain, &context(tree, key)).map_err(|_| StoreError::Sealing)
    }

    pub(super) fn unseal_bytes(&self, tree: &'static str, key: &[u8], sealed: &[u8]) -> Result<Vec<u8>, StoreError> {
        let damaged = || StoreError::Damaged { tree, key: describe(key) };
        let mut plain = self.key.open(sealed, &context(tree, key)).map_err(|_| damaged())?;
        if plain.first() != Some(&RAW_VERSION) {
            return Err(damaged());
        }
        plain.remove(0);
        Ok(plain)
    }
}
