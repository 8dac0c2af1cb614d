//! The session tree: this installation's device id, and who is signed in. The session token itself lives in the
//! platform's secure storage, never here.

use serde::{Deserialize, Serialize};

use super::record::Record;
use super::{Store, StoreError};
use crate::domain::Phone;

const TREE: &str = "session";
const DEVICE: &[u8] = b"device";
const PROFILE: &[u8] = b"profile";
/// Who was signed in last, after their session ended: a different person signing in next must not see their data.
const LAST_USER: &[u8] = b"last_user";

/// Who is signed in on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub user_id: String,
    pub phone: Phone,
    /// The bank's profile as last read (the name on the customer's own receive code, whether identified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<wallet_protocol::profile::Profile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_read_at_ms: Option<i64>,
}

impl Record for SessionRecord {
    const VERSION: u32 = 1;
}

impl Store {
    /// This installation's random id, made on first use. The bank keeps one session per device id.
    pub fn device_id(&self) -> Result<String, StoreError> {
        if let Some(id) = self.session.get(DEVICE)? {
            return Ok(String::from_utf8_lossy(&id).into_owned());
        }
        let id = uuid::Uuid::new_v4().to_string();
        self.session.insert(DEVICE, id.as_bytes())?;
        self.session.flush()?;
        Ok(id)
    }

    pub fn session(&self) -> Result<Option<SessionRecord>, StoreError> {
        self.get_sealed(&self.session, TREE, PROFILE)
    }

    pub fn save_session(&self, session: &SessionRecord) -> Result<(), StoreError> {
        self.session.insert(PROFILE, self.seal(TREE, PROFILE, session)?)?;
        self.session.flush()?;
        Ok(())
    }

    /// Forgets who was signed in (the session ended), keeping the cache, the outbox and the PIN for when they sign
    /// in again; who it was is remembered so that someone else signing in next starts clean.
    pub fn end_session(&self) -> Result<(), StoreError> {
        if let Some(session) = self.session()? {
            self.session.insert(LAST_USER, self.seal(TREE, LAST_USER, &session.user_id)?)?;
        }
        self.session.remove(PROFILE)?;
        self.session.flush()?;
        Ok(())
    }

    /// The user id of who was signed in on this device, now or before their session ended.
    pub fn last_user(&self) -> Result<Option<String>, StoreError> {
        if let Some(session) = self.session()? {
            return Ok(Some(session.user_id));
        }
        self.get_sealed(&self.session, TREE, LAST_USER)
    }

    /// Forgets who was signed in and everything of theirs: what the bank sent, the outbox, the PIN, the accepted
    /// terms and drafts. The device id stays.
    pub fn forget_session(&self) -> Result<(), StoreError> {
        self.session.remove(PROFILE)?;
        self.session.remove(LAST_USER)?;
        for tree in self.personal_trees() {
            tree.clear()?;
        }
        self.meta.remove(super::history::CURSOR)?;
        self.db.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::temp_store;

    #[test]
    fn the_device_id_is_made_once_and_the_phone_is_sealed() {
        let (dir, store) = temp_store();
        let id = store.device_id().expect("id");
        assert_eq!(store.device_id().expect("id"), id);
        let session = SessionRecord {
            user_id: "usr-1".into(),
            phone: Phone::parse("0555123456").expect("phone"),
            profile: None,
            profile_read_at_ms: None,
        };
        store.save_session(&session).expect("save");
        assert_eq!(store.session().expect("load"), Some(session));
        store.flush().expect("flush");
        let bytes = crate::store::testing::all_bytes(dir.path());
        assert!(!bytes.windows(9).any(|w| w == b"555123456"), "the phone is not on disk in clear");
        store.forget_session().expect("forget");
        assert_eq!(store.session().expect("load"), None);
        assert_eq!(store.device_id().expect("id"), id, "the device keeps its id");
    }
}
