//! Signed receipts: the bank signs every executed operation with Ed25519 over the receipt's canonical bytes.
//! The wallet verifies the signature with the bank's public key from its configuration before it shows or caches
//! a receipt, which makes the cached history tamper-evident.

use serde::{Deserialize, Serialize};

use crate::operations::OperationKind;

/// What is signed. Times are kept as the RFC 3339 text that was signed, so nothing reformats them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptBody {
    pub operation_id: String,
    pub kind: OperationKind,
    pub account_id: String,
    pub amount_minor: i64,
    pub currency: String,
    pub fee_minor: i64,
    pub counterparty_name: String,
    pub comment: Option<String>,
    pub executed_at: String,
}

impl ReceiptBody {
    /// Prefix that keeps a receipt signature from being valid for anything else.
    pub const DOMAIN: &'static [u8] = b"wallet-receipt/1\n";

    /// The bytes the bank signs: [`Self::DOMAIN`], then the body as compact JSON with the fields in the order
    /// above (UTF-8, JSON's own escaping only).
    pub fn canonical_bytes(&self) -> Result<Vec<u8>, serde_json::Error> {
        let mut bytes = Self::DOMAIN.to_vec();
        serde_json::to_writer(&mut bytes, self)?;
        Ok(bytes)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub body: ReceiptBody,
    /// Which of the bank's keys signed it.
    pub key_id: String,
    /// Ed25519 signature of the canonical bytes, standard base64.
    pub signature: String,
}

/// `GET /v1/keys`: the bank's receipt-signing public keys (the app ships them in its configuration; this is for
/// support tools).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankKeys {
    pub keys: Vec<BankKey>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankKey {
    pub key_id: String,
    /// Always `ed25519`.
    pub algorithm: String,
    /// The 32-byte public key, standard base64.
    pub public_key: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_bytes_are_stable() {
        let body = ReceiptBody {
            operation_id: "op-1".into(),
            kind: OperationKind::Payment,
            account_id: "acc-1".into(),
            amount_minor: 12_345,
            currency: "KGS".into(),
            fee_minor: 0,
            counterparty_name: "Глобус".into(),
            comment: Some("обед \"кафе\"".into()),
            executed_at: "2026-11-20T14:03:00Z".into(),
        };
        let bytes = body.canonical_bytes().expect("serialise");
        let expected = concat!(
            "wallet-receipt/1\n",
            r#"{"operation_id":"op-1","kind":"payment","account_id":"acc-1","amount_minor":12345,"currency":"KGS","#,
            r#""fee_minor":0,"counterparty_name":"Глобус","comment":"обед \"кафе\"","executed_at":"2026-11-20T14:03:00Z"}"#
        );
        assert_eq!(String::from_utf8(bytes).expect("utf-8"), expected);
    }
}
