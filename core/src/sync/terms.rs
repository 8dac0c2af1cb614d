//! The terms' acceptance as a legal record at the bank: sent once (its idempotency key is made with it), and read
//! back from the profile to tell whether the bank has published an edition the user has not accepted.

use wallet_protocol::terms::{TermsAcceptanceRequest, TermsStatus};

use super::{Sync, SyncError};
use crate::api::ApiError;
use crate::features::terms::{DOCUMENTS, TERMS_VERSION};

/// Where the user stands with the bank's terms, as far as this phone can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermsStanding {
    /// Accepted (or on its way to the bank), or the bank does not say.
    Current,
    /// The bank publishes the edition this app shows, and the user has not accepted it: the terms again.
    AcceptAgain,
    /// The bank publishes a newer edition than this app knows: only an update can show it.
    UpdateApp,
}

impl Sync {
    /// Sends the acceptance the bank has not answered yet. A refusal (an edition the bank does not publish) is an
    /// answer too: it is not sent again, and [`Sync::terms_standing`] then says what to do.
    pub async fn send_terms(&self) -> Result<(), SyncError> {
        let Some(mut acceptance) = self.store.terms()? else {
            return Ok(());
        };
        if acceptance.sent {
            return Ok(());
        }
        // An acceptance stored before keys were kept gets its key now, stored before the first send.
        if acceptance.key.is_empty() {
            acceptance.key = uuid::Uuid::new_v4().to_string();
            self.store.save_terms(&acceptance)?;
        }
        let token = self.token()?;
        let request = TermsAcceptanceRequest {
            version: acceptance.version.clone(),
            documents: DOCUMENTS.iter().map(|document| document.wire.to_owned()).collect(),
            accepted_at_ms: acceptance.accepted_at_ms,
            device_id: self.store.device_id()?,
        };
        let status = match self.client.accept_terms(&token, &acceptance.key, &request).await {
            Ok(status) => Some(status),
            Err(ApiError::Refused(_)) => None,
            Err(error) => return Err(error.into()),
        };
        acceptance.sent = true;
        self.store.save_terms(&acceptance)?;
        // The profile kept on the phone learns the answer at once (it is read again only hourly).
        if let (Some(status), Some(mut session)) = (status, self.store.session()?)
            && let Some(profile) = session.profile.as_mut()
        {
            profile.terms = Some(status);
            self.store.save_session(&session)?;
        }
        Ok(())
    }

    /// Compares the bank's word (the profile kept on the phone) with the acceptance stored here. When the user must
    /// accept again, the stored acceptance is forgotten, so the app asks for the terms even after a restart.
    pub fn terms_standing(&self) -> Result<TermsStanding, SyncError> {
        let bank = self.store.session()?.and_then(|session| session.profile).and_then(|profile| profile.terms);
        let local = self.store.terms()?;
        let standing = standing(bank.as_ref(), local.as_ref().map(|a| (a.version.as_str(), a.sent)));
        if standing == TermsStanding::AcceptAgain && local.is_some() {
            self.store.forget_terms()?;
        }
        Ok(standing)
    }
}

/// The rule, given the bank's status and this phone's acceptance (its edition, and whether the bank answered it).
fn standing(bank: Option<&TermsStatus>, local: Option<(&str, bool)>) -> TermsStanding {
    let Some(bank) = bank else {
        return TermsStanding::Current;
    };
    if bank.is_current() {
        return TermsStanding::Current;
    }
    // Accepted here and on its way: the bank's word is older than the acceptance.
    if local.is_some_and(|(version, sent)| version == bank.current_version && !sent) {
        return TermsStanding::Current;
    }
    match bank.current_version.as_str().cmp(TERMS_VERSION) {
        std::cmp::Ordering::Equal => TermsStanding::AcceptAgain,
        // Editions are dates: the bank's is newer than the one this app can show.
        std::cmp::Ordering::Greater => TermsStanding::UpdateApp,
        // The bank has not published this app's edition yet: nothing to ask.
        std::cmp::Ordering::Less => TermsStanding::Current,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank(current: &str, accepted: Option<&str>) -> TermsStatus {
        TermsStatus { current_version: current.into(), accepted_version: accepted.map(str::to_owned) }
    }

    #[test]
    fn the_bank_decides_and_an_acceptance_on_its_way_counts() {
        use TermsStanding::*;
        let now = TERMS_VERSION;
        assert_eq!(standing(None, None), Current, "a bank that keeps no terms");
        assert_eq!(standing(Some(&bank(now, Some(now))), None), Current);
        assert_eq!(standing(Some(&bank(now, None)), Some((now, false))), Current, "sent with the next sync");
        assert_eq!(standing(Some(&bank(now, None)), Some((now, true))), AcceptAgain, "the bank has no record of it");
        assert_eq!(standing(Some(&bank(now, None)), None), AcceptAgain);
        assert_eq!(standing(Some(&bank(now, Some("2020-01-01"))), Some(("2020-01-01", true))), AcceptAgain);
        assert_eq!(standing(Some(&bank("2999-01-01", Some(now))), Some((now, true))), UpdateApp);
        assert_eq!(standing(Some(&bank("2000-01-01", None)), Some((now, true))), Current, "an older bank");
    }
}
