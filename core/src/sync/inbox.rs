//! The bank's word about this customer, beside the history: the events feed (kept in the inbox), the profile (the
//! name on the customer's own receive code, whether identified), and where to push (this device's push token).

use wallet_protocol::notifications::{BankEvent, BankEventKind, PushRegistration};

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
            let events = known(page.events);
            self.store.add_events(&events, &page.cursor, first)?;
            if !first {
                news.extend(events);
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

/// The events of kinds this app knows; one of a kind a newer bank added is passed over (the cursor still moves on).
fn known(events: Vec<BankEvent>) -> Vec<BankEvent> {
    events.into_iter().filter(|event| event.kind != BankEventKind::Unknown).collect()
}

#[cfg(test)]
mod tests {
    use wallet_protocol::notifications::{BankEvent, BankEventKind};

    use super::known;

    fn event(id: &str, kind: BankEventKind) -> BankEvent {
        BankEvent {
            event_id: id.into(),
            kind,
            at: time::macros::datetime!(2026-03-15 10:00 UTC),
            operation_id: None,
            request_id: None,
            amount_minor: None,
            currency: None,
            counterparty_name: None,
            kyc_status: None,
        }
    }

    #[test]
    fn an_event_of_a_kind_this_app_does_not_know_is_passed_over() {
        let page = vec![
            event("e1", BankEventKind::MoneyIn),
            event("e2", BankEventKind::Unknown),
            event("e3", BankEventKind::RequestPaid),
        ];
        let ids: Vec<String> = known(page).into_iter().map(|event| event.event_id).collect();
        assert_eq!(ids, ["e1", "e3"]);
    }
}
