//! Why a text is not an ELQR code, or why a code cannot be built. Each message is one line a support person can read
//! out: which element, where (in characters from 1), and what is wrong with it. A checksum that does not match is not
//! one of these: see [`ElqrCode::checksum_ok`](super::ElqrCode::checksum_ok).

use super::tlv::TlvError;

/// Why [`parse`](super::parse) or [`build_payload`](super::build_payload) refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ElqrError {
    /// Empty text, or text that does not start like a TLV payload at all.
    #[error("this is not a payment code")]
    NotAPaymentCode,
    #[error("the payment link has no payment data after '#'")]
    LinkWithoutPayload,
    #[error("the payment link's data is not valid percent-encoded UTF-8")]
    BadEncoding,
    #[error("the element at character {at} has the ID {found:?}; an ID is two digits")]
    BadId { found: String, at: usize },
    #[error("element {id} at character {at} has a wrong length")]
    BadLength { id: String, at: usize },
    #[error("the code ends inside the element at character {at}: part of it is missing")]
    Truncated { at: usize },
    #[error("element {id} appears twice (again at character {at})")]
    Duplicate { id: String, at: usize },
    #[error("the code has no element {id} ({name})")]
    MissingElement { id: &'static str, name: &'static str },
    #[error("element {id} ({field}) is wrong: {reason}")]
    BadValue { id: String, field: &'static str, reason: &'static str },
    /// Only from the builder: a value over its limit. `max` counts characters (UTF-16 units, as TLV lengths do).
    #[error("the {field} is too long: at most {max} characters")]
    TooLong { field: &'static str, max: usize },
    /// Only from the builder: an extra (unknown) element whose ID is not two digits.
    #[error("the extra element ID {id:?} is not two digits")]
    BadExtraId { id: String },
    /// Only from the builder: an extra element under an ID the code has its own field for.
    #[error("the extra element {id} clashes with the code's own element of that ID")]
    ReservedId { id: String },
}

impl From<TlvError> for ElqrError {
    fn from(error: TlvError) -> Self {
        match error {
            TlvError::BadId { found, at } => ElqrError::BadId { found, at },
            TlvError::BadLength { id, at } => ElqrError::BadLength { id, at },
            TlvError::Truncated { at } => ElqrError::Truncated { at },
        }
    }
}
