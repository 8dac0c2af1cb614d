//! `GET /health`.

use serde::{Deserialize, Serialize};

/// The API version this crate describes, `MAJOR.MINOR`.
pub const API_VERSION: &str = "1.0";

/// The bank is up and which API it speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: HealthStatus,
    /// A client refuses a server of another major version.
    pub api_version: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HealthStatus {
    Ok,
    /// The bank answers but its execution has stopped: accepted operations wait.
    CannotExecute,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_has_a_stable_wire_form() {
        let health = Health { status: HealthStatus::Ok, api_version: API_VERSION.into() };
        let json = serde_json::to_string(&health).expect("serialise");
        assert_eq!(json, r#"{"status":"ok","api_version":"1.0"}"#);
        assert_eq!(serde_json::from_str::<Health>(&json).expect("parse"), health);
    }
}
