//! wallet-protocol: the bank API as the wallet and the sandbox bank both see it (documented in
//! `docs/openapi.yaml`). Only wire types live here: no I/O, no rules.

use serde::{Deserialize, Serialize};

/// `GET /health`: the bank is up and which API it speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: HealthStatus,
    /// The API version, `MAJOR.MINOR`; a client refuses a server of another major version.
    pub api_version: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HealthStatus {
    Ok,
}

/// The API version this crate describes.
pub const API_VERSION: &str = "1.0";

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
