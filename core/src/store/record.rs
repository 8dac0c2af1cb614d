//! Stored records are versioned: `{"v": 1, "data": …}`. Reading a record written by an older app upgrades it;
//! a record from a newer app is refused rather than misread.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("damaged: {0}")]
    Damaged(String),
    #[error("written by a newer version of the app (record version {found}, this app reads up to {supported})")]
    TooNew { found: u32, supported: u32 },
    #[error("record version {0} is not known")]
    UnknownVersion(u32),
}

/// A type stored as a versioned record.
pub trait Record: Serialize + DeserializeOwned {
    /// The version this app writes.
    const VERSION: u32;

    /// Turns the data of an older `version` into the current form. There is no older version until there is.
    fn upgrade(version: u32, _data: serde_json::Value) -> Result<Self, RecordError> {
        Err(RecordError::UnknownVersion(version))
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    v: u32,
    data: T,
}

pub fn encode<T: Record>(value: &T) -> Result<Vec<u8>, RecordError> {
    serde_json::to_vec(&Envelope { v: T::VERSION, data: value }).map_err(|e| RecordError::Damaged(e.to_string()))
}

pub fn decode<T: Record>(bytes: &[u8]) -> Result<T, RecordError> {
    let envelope: Envelope<serde_json::Value> =
        serde_json::from_slice(bytes).map_err(|e| RecordError::Damaged(e.to_string()))?;
    match envelope.v {
        v if v == T::VERSION => serde_json::from_value(envelope.data).map_err(|e| RecordError::Damaged(e.to_string())),
        v if v > T::VERSION => Err(RecordError::TooNew { found: v, supported: T::VERSION }),
        v => T::upgrade(v, envelope.data),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record in its second version; version 1 kept the name in one field.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Person {
        given: String,
        family: String,
    }

    impl Record for Person {
        const VERSION: u32 = 2;

        fn upgrade(version: u32, data: serde_json::Value) -> Result<Self, RecordError> {
            match version {
                1 => {
                    let full = data["name"].as_str().ok_or_else(|| RecordError::Damaged("no name".into()))?;
                    let (given, family) = full.split_once(' ').unwrap_or((full, ""));
                    Ok(Person { given: given.into(), family: family.into() })
                }
                other => Err(RecordError::UnknownVersion(other)),
            }
        }
    }

    #[test]
    fn round_trips_the_current_version() {
        let person = Person { given: "Айгуль".into(), family: "Асанова".into() };
        assert_eq!(decode::<Person>(&encode(&person).expect("encode")).expect("decode"), person);
    }

    #[test]
    fn upgrades_an_older_version() {
        let old = br#"{"v":1,"data":{"name":"Bakyt Tokonov"}}"#;
        assert_eq!(decode::<Person>(old).expect("upgrade"), Person { given: "Bakyt".into(), family: "Tokonov".into() });
    }

    #[test]
    fn refuses_a_newer_version_and_damage() {
        assert!(matches!(
            decode::<Person>(br#"{"v":3,"data":{}}"#),
            Err(RecordError::TooNew { found: 3, supported: 2 })
        ));
        assert!(matches!(decode::<Person>(b"\x00garbage"), Err(RecordError::Damaged(_))));
        assert!(matches!(decode::<Person>(br#"{"v":2,"data":{"given":1}}"#), Err(RecordError::Damaged(_))));
    }
}
