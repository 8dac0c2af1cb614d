//! The installation's data key: 32 random bytes, created on first start and held by the platform's
//! [`SecureStorage`] (hardware-backed on a phone), never by the core's own store. Personal data is sealed
//! under it with AES-256-GCM before it reaches the disk.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};

use crate::platform::{PlatformError, SecureStorage};

/// The name under which the data key lives in secure storage. The suffix versions the key's format.
pub const DATA_KEY_NAME: &str = "wallet.data-key.v1";
const KEY_LEN: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum DataKeyError {
    #[error("secure storage {0}")]
    Storage(#[from] PlatformError),
    #[error("the data key in secure storage has {0} bytes instead of 32; it is damaged")]
    Damaged(usize),
    #[error("the system random generator failed")]
    Random,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the system random generator failed")]
    Random,
    #[error("sealed data is damaged or was sealed under another key")]
    Damaged,
}

pub struct DataKey {
    key: LessSafeKey,
    rng: SystemRandom,
}

impl DataKey {
    /// The data key from secure storage, made and stored there first if this is a new installation.
    pub fn load_or_create(storage: &dyn SecureStorage) -> Result<DataKey, DataKeyError> {
        let rng = SystemRandom::new();
        let bytes = match storage.get(DATA_KEY_NAME.to_owned())? {
            Some(bytes) => bytes,
            None => {
                let mut bytes = vec![0u8; KEY_LEN];
                rng.fill(&mut bytes).map_err(|_| DataKeyError::Random)?;
                storage.put(DATA_KEY_NAME.to_owned(), bytes.clone())?;
                bytes
            }
        };
        let unbound = UnboundKey::new(&AES_256_GCM, &bytes).map_err(|_| DataKeyError::Damaged(bytes.len()))?;
        Ok(DataKey { key: LessSafeKey::new(unbound), rng })
    }

    /// Seals `plaintext`, bound to `context` (for example the record's tree and key, so a sealed value cannot be
    /// moved to another record). Output: a random 96-bit nonce, then the ciphertext and its tag.
    pub fn seal(&self, plaintext: &[u8], context: &[u8]) -> Result<Vec<u8>, SealError> {
        let mut nonce = [0u8; NONCE_LEN];
        self.rng.fill(&mut nonce).map_err(|_| SealError::Random)?;
        let mut sealed = Vec::with_capacity(NONCE_LEN + plaintext.len() + AES_256_GCM.tag_len());
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(plaintext);
        let tag = self
            .key
            .seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(context),
                &mut sealed[NONCE_LEN..],
            )
            .map_err(|_| SealError::Damaged)?;
        sealed.extend_from_slice(tag.as_ref());
        Ok(sealed)
    }

    /// Opens what [`DataKey::seal`] made under the same key and context.
    pub fn open(&self, sealed: &[u8], context: &[u8]) -> Result<Vec<u8>, SealError> {
        if sealed.len() < NONCE_LEN + AES_256_GCM.tag_len() {
            return Err(SealError::Damaged);
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| SealError::Damaged)?;
        let mut body = body.to_vec();
        let plaintext = self.key.open_in_place(nonce, Aad::from(context), &mut body).map_err(|_| SealError::Damaged)?;
        Ok(plaintext.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::desktop::MemorySecureStorage;

    #[test]
    fn creates_the_key_once_and_reuses_it() {
        let storage = MemorySecureStorage::default();
        let first = DataKey::load_or_create(&storage).expect("new key");
        let stored = storage.get(DATA_KEY_NAME.into()).expect("get").expect("key stored");
        assert_eq!(stored.len(), 32);
        let second = DataKey::load_or_create(&storage).expect("same key");
        let sealed = first.seal(b"passport", b"kyc/draft").expect("seal");
        assert_eq!(second.open(&sealed, b"kyc/draft").expect("open"), b"passport");
        assert_eq!(storage.get(DATA_KEY_NAME.into()).expect("get"), Some(stored));
    }

    #[test]
    fn sealed_bytes_do_not_contain_the_plaintext() {
        let key = DataKey::load_or_create(&MemorySecureStorage::default()).expect("key");
        let sealed = key.seal(b"AN1234567", b"ctx").expect("seal");
        assert!(!sealed.windows(9).any(|w| w == b"AN1234567"));
    }

    #[test]
    fn refuses_tampering_another_context_and_another_key() {
        let key = DataKey::load_or_create(&MemorySecureStorage::default()).expect("key");
        let other = DataKey::load_or_create(&MemorySecureStorage::default()).expect("other key");
        let mut sealed = key.seal(b"address", b"kyc/address").expect("seal");
        assert_eq!(key.open(&sealed, b"kyc/other"), Err(SealError::Damaged));
        assert_eq!(other.open(&sealed, b"kyc/address"), Err(SealError::Damaged));
        assert_eq!(key.open(&sealed[..10], b"kyc/address"), Err(SealError::Damaged));
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert_eq!(key.open(&sealed, b"kyc/address"), Err(SealError::Damaged));
    }

    #[test]
    fn a_damaged_stored_key_is_an_error_not_a_new_key() {
        let storage = MemorySecureStorage::default();
        storage.put(DATA_KEY_NAME.into(), vec![7; 5]).expect("put");
        assert!(matches!(DataKey::load_or_create(&storage), Err(DataKeyError::Damaged(5))));
    }
}
