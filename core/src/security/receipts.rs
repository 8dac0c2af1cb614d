//! Checking the bank's signature on a receipt (Ed25519 over the canonical bytes) with the bank's public key from
//! the app's configuration. A receipt that does not verify is never shown as valid.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ring::signature::{ED25519, UnparsedPublicKey};
use wallet_protocol::receipts::Receipt;

use crate::domain::operation::ReceiptState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankKey {
    public_key: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the bank's public key must be 32 bytes in standard base64")]
pub struct BadBankKey;

impl BankKey {
    pub fn from_base64(text: &str) -> Result<BankKey, BadBankKey> {
        let public_key = STANDARD.decode(text.trim()).map_err(|_| BadBankKey)?;
        if public_key.len() != 32 {
            return Err(BadBankKey);
        }
        Ok(BankKey { public_key })
    }

    pub fn verify(&self, receipt: &Receipt) -> ReceiptState {
        let Ok(signature) = STANDARD.decode(&receipt.signature) else {
            return ReceiptState::Invalid;
        };
        let Ok(bytes) = receipt.body.canonical_bytes() else {
            return ReceiptState::Invalid;
        };
        match UnparsedPublicKey::new(&ED25519, &self.public_key).verify(&bytes, &signature) {
            Ok(()) => ReceiptState::Verified,
            Err(_) => ReceiptState::Invalid,
        }
    }
}

#[cfg(test)]
mod tests {
    use ring::rand::SystemRandom;
    use ring::signature::{Ed25519KeyPair, KeyPair};
    use wallet_protocol::operations::OperationKind;
    use wallet_protocol::receipts::ReceiptBody;

    use super::*;

    fn signed() -> (BankKey, Receipt) {
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).expect("key");
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).expect("pair");
        let body = ReceiptBody {
            operation_id: "op".into(),
            kind: OperationKind::Payment,
            account_id: "acc".into(),
            amount_minor: 100,
            currency: "KGS".into(),
            fee_minor: 0,
            counterparty_name: "Глобус".into(),
            comment: None,
            executed_at: "2026-11-20T10:00:00Z".into(),
        };
        let signature = pair.sign(&body.canonical_bytes().expect("bytes"));
        let key = BankKey::from_base64(&STANDARD.encode(pair.public_key().as_ref())).expect("key");
        (key, Receipt { body, key_id: "k".into(), signature: STANDARD.encode(signature.as_ref()) })
    }

    #[test]
    fn a_genuine_receipt_verifies_and_any_change_does_not() {
        let (key, receipt) = signed();
        assert_eq!(key.verify(&receipt), ReceiptState::Verified);
        let mut changed = receipt.clone();
        changed.body.amount_minor = 1_000;
        assert_eq!(key.verify(&changed), ReceiptState::Invalid);
        let mut garbled = receipt;
        garbled.signature = "not base64!".into();
        assert_eq!(key.verify(&garbled), ReceiptState::Invalid);
    }

    #[test]
    fn refuses_a_malformed_bank_key() {
        assert_eq!(BankKey::from_base64("AAAA"), Err(BadBankKey));
        assert_eq!(BankKey::from_base64("not base64"), Err(BadBankKey));
    }
}
