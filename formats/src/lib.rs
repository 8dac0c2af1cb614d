//! wallet-formats: parsers and builders of the formats in `../shared/research/standards.md` that both the phone
//! (core) and the bank (sandbox) read. Pure functions: no I/O, no clock (callers pass `today`).
//!
//! Everything here takes untrusted text (phone OCR, what people type, what arrives over the wire) and never panics on
//! it: a malformed input is a typed error whose message a support person can read out.

pub mod check_digit;
pub mod contact_hash;
pub mod contact_oprf;
pub mod elqr;
pub mod emvco;
pub mod free_text;
pub mod mrz;
pub mod passport_match;
pub mod payment_card;
pub mod payment_code;
pub mod personal_number;
pub mod service_account;
pub mod transliteration;

pub use elqr::{
    AdditionalField, CodeKind, ElqrCode, ElqrError, MerchantTemplate, NewElqr, ProviderTemplate, TlvElement,
};
pub use emvco::{EmvcoCode, EmvcoError};
pub use mrz::{CheckedField, DateField, Mrz, MrzCheck, MrzError, MrzFormat, Sex, Td1Fields, Td3Fields};
pub use payment_code::{PaymentCode, PaymentCodeError};
pub use personal_number::{PersonalNumber, PersonalNumberError};

/// The date crate of this API (`today: time::Date`), re-exported so callers use the very same version.
pub use time;
