//! The sandbox bank's receipt-signing key (Ed25519, ring), kept in its database so receipts stay verifiable
//! across restarts.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair};
use wallet_protocol::receipts::{BankKey, Receipt, ReceiptBody};

use crate::db::{Db, meta, set_meta};

pub struct Signer {
    key: Ed25519KeyPair,
    key_id: String,
}

#[derive(Debug, thiserror::Error)]
pub enum SignerError {
    #[error("cannot make a signing key")]
    Generate,
    #[error("the stored signing key is damaged")]
    Damaged,
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
}

impl Signer {
    /// The database's signing key, made on first start.
    pub fn load_or_create(db: &Db) -> Result<Signer, SignerError> {
        db.with_blocking(|conn| {
            let pkcs8 = match meta(conn, "signing_key")? {
                Some(stored) => STANDARD.decode(stored).map_err(|_| SignerError::Damaged)?,
                None => {
                    let document =
                        Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).map_err(|_| SignerError::Generate)?;
                    set_meta(conn, "signing_key", &STANDARD.encode(document.as_ref()))?;
                    document.as_ref().to_vec()
                }
            };
            let key = Ed25519KeyPair::from_pkcs8(&pkcs8).map_err(|_| SignerError::Damaged)?;
            let key_id = format!("sandbox-{}", hex_prefix(key.public_key().as_ref()));
            Ok(Signer { key, key_id })
        })
    }

    pub fn public_key(&self) -> &[u8] {
        self.key.public_key().as_ref()
    }

    pub fn bank_key(&self) -> BankKey {
        BankKey {
            key_id: self.key_id.clone(),
            algorithm: "ed25519".into(),
            public_key: STANDARD.encode(self.public_key()),
        }
    }

    pub fn sign(&self, body: ReceiptBody) -> Result<Receipt, serde_json::Error> {
        let signature = self.key.sign(&body.canonical_bytes()?);
        Ok(Receipt { body, key_id: self.key_id.clone(), signature: STANDARD.encode(signature.as_ref()) })
    }
}

fn hex_prefix(bytes: &[u8]) -> String {
    bytes.iter().take(4).map(|b| format!("{b:02x}")).collect()
}
