//! ELQR, the Kyrgyz national payment QR (NBKR rules of 11.12.2019, standards §1): a payment link whose fragment is a
//! TLV payload that looks like EMVCo but is not (SHA-256 checksum, integer amounts in tyiyn, its own tags).
//!
//! [`parse`] reads what real producers ship, quirks included (elements out of order, either case of checksum, long
//! service codes, unknown IDs kept), and is strict only about structure: a payload it cannot read is an
//! [`ElqrError`], while a checksum that does not match is not — the [`ElqrCode`] comes back with `checksum_ok` false
//! and the caller decides. [`build_payload`] is the strict side: canonical order, lowercase checksum, every limit.

mod build;
mod checksum;
mod error;
mod link;
mod parse;
pub(crate) mod tlv;

use serde::{Deserialize, Serialize};

pub use build::build_payload;
pub use error::ElqrError;
pub use link::{UNIVERSAL_ROUTER, is_link, link, payload_of};
pub use parse::parse;
pub(crate) use parse::parse_payload;

/// One TLV element kept as it was: an ID the code does not know, or a template's unknown sub-element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TlvElement {
    /// Two digits.
    pub id: String,
    pub value: String,
}

/// Element `01`: whether the code is printed once for many payments or made for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CodeKind {
    /// `11`: a printed code (a shop's sticker); the payer usually types the amount.
    Static,
    /// `12`: made for one payment (an invoice, a till).
    Dynamic,
}

impl CodeKind {
    /// The value of element `01`.
    pub fn code(self) -> &'static str {
        match self {
            CodeKind::Static => "11",
            CodeKind::Dynamic => "12",
        }
    }

    /// Reads the value of element `01`; `None` for anything but `11` and `12`.
    pub fn from_code(code: &str) -> Option<CodeKind> {
        match code {
            "11" => Some(CodeKind::Static),
            "12" => Some(CodeKind::Dynamic),
            _ => None,
        }
    }
}

/// Element `32`, the service/provider template: who receives the money and what for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderTemplate {
    /// `00`, required: the provider's domain-like id (`qr.bakai.kg`, `c2c.mbank.kg`).
    pub provider_id: String,
    /// `01`: the service code (the spec says ≤ 10, producers ship 14; up to 32 accepted).
    pub service_code: Option<String>,
    /// `10`: the recipient at the provider (an account, a phone, a card).
    pub recipient_id: Option<String>,
    /// `11`: the transaction, for dynamic codes.
    pub transaction_id: Option<String>,
    /// `12`: whether the payer may change the amount (`11` yes, `12` no).
    pub amount_editable: Option<bool>,
    /// `13`: whether the payer may change the recipient (`11` yes, `12` no).
    pub recipient_id_editable: Option<bool>,
    /// Other sub-elements, in input order.
    pub unknown: Vec<TlvElement>,
}

/// Element `33`, the merchant template.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MerchantTemplate {
    /// `00`
    pub merchant_id: Option<String>,
    /// `01`
    pub service_name: Option<String>,
    /// Other sub-elements, in input order.
    pub unknown: Vec<TlvElement>,
}

/// Elements `35`–`39`: a field the payer sees or the provider needs, as `key:label:value:title:visibility`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdditionalField {
    /// `35` … `39`.
    pub id: String,
    pub key: String,
    pub label: String,
    pub value: String,
    pub title: String,
    /// Visibility `11` (shown to the payer) or `12` (hidden).
    pub visible: bool,
}

/// A parsed ELQR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElqrCode {
    /// `00`, as given (`01` today).
    pub version: String,
    /// `01`
    pub kind: CodeKind,
    /// `32`
    pub provider: ProviderTemplate,
    /// `33`
    pub merchant: Option<MerchantTemplate>,
    /// `34`: plain text; a `:` in it means nothing.
    pub comment: Option<String>,
    /// `35`–`39` whose value has the five parts, in input order. Values that do not are in `unknown`.
    pub additional: Vec<AdditionalField>,
    /// `52`: 4 digits.
    pub mcc: String,
    /// `53`: ISO 4217 numeric, 3 digits (`417` is KGS).
    pub currency: String,
    /// `54`: in tyiyn (1/100 som). `0` on static codes reads as `Some(0)`.
    pub amount_minor: Option<u64>,
    /// `59`: who the payer is paying, as shown (a name, or a masked card number).
    pub provider_name: String,
    /// Elements of IDs the code does not know, in input order.
    pub unknown: Vec<TlvElement>,
    /// `63`, as given.
    pub checksum: String,
    /// Whether `checksum` is the last 4 hex digits (either case) of the SHA-256 of every other element, as it
    /// appeared and in input order.
    pub checksum_ok: bool,
}

/// What a builder needs: an [`ElqrCode`] without its version (always `01`) and checksum (always computed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewElqr {
    pub kind: CodeKind,
    pub provider: ProviderTemplate,
    pub merchant: Option<MerchantTemplate>,
    pub comment: Option<String>,
    /// Emitted in ascending ID order; fields of the same ID keep their order.
    pub additional: Vec<AdditionalField>,
    pub mcc: String,
    pub currency: String,
    pub amount_minor: Option<u64>,
    pub provider_name: String,
    /// Emitted in place by their ID (ties keep their order).
    pub unknown: Vec<TlvElement>,
}

impl ElqrCode {
    /// The code as a builder's input, so that `build_payload(&parse(p)?.to_new())` makes the same code again (in
    /// canonical order, with a fresh checksum).
    pub fn to_new(&self) -> NewElqr {
        NewElqr {
            kind: self.kind,
            provider: self.provider.clone(),
            merchant: self.merchant.clone(),
            comment: self.comment.clone(),
            additional: self.additional.clone(),
            mcc: self.mcc.clone(),
            currency: self.currency.clone(),
            amount_minor: self.amount_minor,
            provider_name: self.provider_name.clone(),
            unknown: self.unknown.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
