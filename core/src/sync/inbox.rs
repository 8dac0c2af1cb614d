//! The bank's word about this customer, beside the history: the events feed (kept in the inbox), the profile (the
//! name on the customer's own receive code, whether identified), and where to push (this device's push token).

use wallet_protocol::notifications::{BankEvent, PushRegistration};

use super::{Sync, SyncError};

/// The profile is read again after this long (and at once when an event says the identification was decided).
pub const PROFILE_FRESH_FOR_MS: i64 = 3_600_000;

impl Sync {
    /// Brings the events since the last read into the inbox and returns the new ones, oldest first. The first read
    /// of an installation keeps what it finds as read and returns nothing: past events are not news.
    pub async fn pull_events(&self) -> Result<Vec<BankEvent>, SyncError> {
        let token = self.token()?;
        let mut cursor = self.store.events_cursor()?;
        let first = cursor.is_none();
        let mut news = Vec::new();
        loop {
            let page = self.client.events(&token, cursor.as_deref()).await?;
            self.store.add_events(&page.events, &page.cursor, first)?;
            if !first {
                news.extend(page.events);
            }
            cursor = Some(page.cursor);
            if !page.has_more {
                return Ok(news);
            }
        }
    }

    /// Reads the bank's profile of who is signed in when it is missing, older than [`PROFILE_FRESH_FOR_MS`], or
    /// `now` asked for.
    pub async fn refresh_profile(&self, now_ms: i64, now: bool) -> Result<(), SyncError> {
        let Some(mut session) = self.store.session()? else {
            return Ok(());
        };
        let fresh = session.profile_read_at_ms.is_some_and(|at| (0..PROFILE_FRESH_FOR_MS).contains(&(now_ms - at)));
        if session.profile.is_some() && fresh && !now {
            return Ok(());
        }
        let token = self.token()?;
        session.profile = Some(self.client.profile(&token).await?);
        session.profile_read_at_ms = Some(now_ms);
        self.store.save_session(&session)?;
        Ok(())
    }

    /// Tells the bank where to push this device's notifications. Idempotent at the bank.
    pub async fn register_push(&self, registration: &PushRegistration) -> Result<(), SyncError> {
        let token = self.token()?;
        Ok(self.client.register_push(&token, registration).await?)
    }
}
