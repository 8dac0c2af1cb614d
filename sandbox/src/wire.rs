//! Unit enums of the protocol as the database stores them: by their names on the wire (`in_review`, `money_in`…).

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A unit enum's name on the wire, as the database stores it too.
pub(crate) fn wire_name(value: &impl Serialize) -> Result<String, ApiError> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => Ok(name),
        _ => Err(ApiError::internal("encoding: not a unit variant")),
    }
}

/// The value a stored wire name stands for; an unknown one is the database's fault, not the client's.
pub(crate) fn from_wire<T: DeserializeOwned>(name: &str) -> Result<T, ApiError> {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .map_err(|_| ApiError::internal(format!("the database holds an unknown value {name:?}")))
}

#[cfg(test)]
mod tests {
    use wallet_protocol::kyc::DocumentKind;
    use wallet_protocol::notifications::BankEventKind;
    use wallet_protocol::profile::KycStatus;

    use super::*;

    #[test]
    fn enums_are_stored_by_their_wire_names() {
        assert_eq!(wire_name(&KycStatus::ResubmissionRequested).ok().as_deref(), Some("resubmission_requested"));
        assert_eq!(wire_name(&BankEventKind::RequestReminder).ok().as_deref(), Some("request_reminder"));
        assert_eq!(from_wire::<DocumentKind>("selfie_with_passport").ok(), Some(DocumentKind::SelfieWithPassport));
        assert!(from_wire::<KycStatus>("nonsense").is_err());
    }
}
