//! The bank's API client: reqwest over rustls (ring, the Mozilla root store, the configuration's certificate pins),
//! timeouts, a cap on answer size, retries with jittered backoff for idempotent calls only, and every failure as a
//! typed [`ApiError`].

mod error;
mod pinning;
#[cfg(test)]
mod pinning_tests;
mod pins;
mod retry;
#[cfg(test)]
mod tests;
mod tls;
mod url;

use std::time::Duration;

use crate::app::FavouriteChange;
use reqwest::header::{ACCEPT, CONTENT_LENGTH};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wallet_protocol::accounts::Accounts;
use wallet_protocol::auth::{SessionGrant, SmsChallenge, SmsChallengeRequest, SmsVerifyRequest};
use wallet_protocol::card_topups::paths as card_paths;
use wallet_protocol::card_topups::{
    AccountDetails, CardTopUp, CardTopUpQuote, CardTopUpQuoteRequest, ChallengeAnswer, NewCardTopUp, SavedCards,
};
use wallet_protocol::contacts::{ContactEvaluateRequest, ContactEvaluation, ContactMatch, ContactMatchRequest};
use wallet_protocol::favourites::paths as fav_paths;
use wallet_protocol::favourites::{Favourites, RegularPayments};
use wallet_protocol::kyc::{DocumentAccepted, DocumentUpload, KycApplication, KycApplicationState};
use wallet_protocol::notifications::{BankEvents, PushRegistration};
use wallet_protocol::operations::{NewOperation, Operation, OperationChanges};
use wallet_protocol::profile::Profile;
use wallet_protocol::quotes::{Quote, QuoteRequest};
use wallet_protocol::recipients::{
    NewTransferCode, RecipientInfo, RecipientLookup, TransferCode, TransferCodeCheck, TransferCodeVerified,
};
use wallet_protocol::requests::{NewPaymentRequest, PaymentRequest, PaymentRequestList};
use wallet_protocol::services::{ServiceAccountCheck, ServiceAccountCheckRequest, ServiceCatalogue};
use wallet_protocol::shake::{NewShake, ShakeMatch};
use wallet_protocol::{ErrorBody, ErrorCode, Health, IDEMPOTENCY_KEY_HEADER, paths};

pub use error::{ApiError, BankFailure, TrustFailure, refusal_message_id};
pub use pins::{PinError, Pins, SpkiPin};
pub use retry::RetryPolicy;
pub use tls::Trust;
pub use url::BankUrl;

/// The largest answer the client reads; anything bigger is refused rather than filling the phone's memory.
pub const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// The whole of one photo's upload (a 1 MB photo at 3G's worst ~20 KB/s, with room).
pub const UPLOAD_TIMEOUT: Duration = Duration::from_secs(90);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    pub connect: Duration,
    /// The whole request, answer included.
    pub request: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts { connect: Duration::from_secs(5), request: Duration::from_secs(15) }
    }
}

#[derive(Clone)]
pub struct BankClient {
    http: reqwest::Client,
    base: BankUrl,
    retry: RetryPolicy,
}

/// One API call.
struct Call<'a, B: Serialize> {
    method: Method,
    path: &'a str,
    token: Option<&'a str>,
    idempotency_key: Option<&'a str>,
    body: Option<&'a B>,
    /// Safe to send again: a read, or a write with an idempotency key or of an idempotent nature.
    retry: bool,
}

impl BankClient {
    /// A client that checks the bank's certificate chain against the Mozilla root store, without pins.
    pub fn new(base_url: &str, timeouts: Timeouts, retry: RetryPolicy) -> Result<BankClient, ApiError> {
        BankClient::with_trust(base_url, timeouts, retry, &Trust::public(Pins::none()))
    }

    /// A client that takes for the bank only a server whose certificate `trust` accepts.
    pub fn with_trust(
        base_url: &str,
        timeouts: Timeouts,
        retry: RetryPolicy,
        trust: &Trust,
    ) -> Result<BankClient, ApiError> {
        let base = BankUrl::parse(base_url)?;
        let tls = trust.client_config().map_err(|e| ApiError::InvalidUrl(format!("TLS set-up: {e}")))?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .https_only(false)
            .connect_timeout(timeouts.connect)
            .timeout(timeouts.request)
            .user_agent(concat!("wallet-core/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ApiError::InvalidUrl(format!("HTTP client set-up: {e}")))?;
        Ok(BankClient { http, base, retry })
    }

    pub async fn health(&self) -> Result<Health, ApiError> {
        self.get(paths::HEALTH, None).await
    }

    /// Tells the bank the customer accepted an edition of the terms; idempotent by `key`.
    pub async fn accept_terms(
        &self,
        token: &str,
        key: &str,
        acceptance: &wallet_protocol::terms::TermsAcceptanceRequest,
    ) -> Result<wallet_protocol::terms::TermsStatus, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::TERMS_ACCEPTANCES,
            token: Some(token),
            idempotency_key: Some(key),
            body: Some(acceptance),
            retry: true,
        })
        .await
    }

    /// Asks the bank to send a sign-in code. Not retried: each try may send an SMS and counts against the limit.
    pub async fn request_code(&self, phone: &str, device_id: Option<&str>) -> Result<SmsChallenge, ApiError> {
        let body = SmsChallengeRequest { phone: phone.to_owned(), device_id: device_id.map(str::to_owned) };
        self.call(Call {
            method: Method::POST,
            path: paths::SMS_CHALLENGE,
            token: None,
            idempotency_key: None,
            body: Some(&body),
            retry: false,
        })
        .await
    }

    /// Exchanges a code for a session. Not retried: each try counts as an attempt.
    pub async fn verify_code(&self, request: &SmsVerifyRequest) -> Result<SessionGrant, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::SMS_VERIFY,
            token: None,
            idempotency_key: None,
            body: Some(request),
            retry: false,
        })
        .await
    }

    pub async fn logout(&self, token: &str) -> Result<(), ApiError> {
        self.call::<(), serde::de::IgnoredAny>(Call {
            method: Method::POST,
            path: paths::LOGOUT,
            token: Some(token),
            idempotency_key: None,
            body: None,
            retry: true,
        })
        .await
        .map(|_| ())
    }

    pub async fn profile(&self, token: &str) -> Result<Profile, ApiError> {
        self.get(paths::PROFILE, Some(token)).await
    }

    pub async fn accounts(&self, token: &str) -> Result<Accounts, ApiError> {
        self.get(paths::ACCOUNTS, Some(token)).await
    }

    /// The operations that changed since `cursor` (empty: from the start).
    pub async fn changes(&self, token: &str, cursor: &str, limit: u32) -> Result<OperationChanges, ApiError> {
        let path = format!("{}?cursor={}&limit={limit}", paths::OPERATIONS, encode_query(cursor));
        self.get(&path, Some(token)).await
    }

    /// Makes an operation. Retried with the same key, so the bank executes it once however often it is sent.
    pub async fn create_operation(
        &self,
        token: &str,
        key: &str,
        operation: &NewOperation,
    ) -> Result<Operation, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::OPERATIONS,
            token: Some(token),
            idempotency_key: Some(key),
            body: Some(operation),
            retry: true,
        })
        .await
    }

    /// What a payment would cost and whom it would reach. A read: nothing is held, so it is retried freely.
    pub async fn quote(&self, token: &str, request: &QuoteRequest) -> Result<Quote, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::QUOTES,
            token: Some(token),
            idempotency_key: None,
            body: Some(request),
            retry: true,
        })
        .await
    }

    /// Reports a shake (shake to pay). Not retried: it takes no idempotency key and each report makes a new shake
    /// (the bank cancels the customer's shake still waiting, but not one it already paired), and a retry seconds
    /// later would be a stale shake anyway; the screen offers to shake again.
    pub async fn report_shake(&self, token: &str, shake: &NewShake) -> Result<ShakeMatch, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::SHAKES,
            token: Some(token),
            idempotency_key: None,
            body: Some(shake),
            retry: false,
        })
        .await
    }

    /// Where a shake is: waiting, matched (with the peer, masked), confirmed, ambiguous, expired or cancelled. A read.
    pub async fn shake_state(&self, token: &str, shake_id: &str) -> Result<ShakeMatch, ApiError> {
        self.get(&wallet_protocol::shake::paths::shake(&encode_query(shake_id)), Some(token)).await
    }

    /// Confirms the peer of a matched shake. Retried: confirming again changes nothing at the bank.
    pub async fn confirm_shake(&self, token: &str, shake_id: &str) -> Result<ShakeMatch, ApiError> {
        self.post_idempotent(&wallet_protocol::shake::paths::confirm(&encode_query(shake_id)), token).await
    }

    /// Ends a shake for both customers. Retried: a shake already over stays as it is.
    pub async fn cancel_shake(&self, token: &str, shake_id: &str) -> Result<ShakeMatch, ApiError> {
        self.post_idempotent(&wallet_protocol::shake::paths::cancel(&encode_query(shake_id)), token).await
    }

    /// Who a phone number reaches: the masked name, the bank, and whether the transfer needs an SMS code. A read:
    /// retried freely.
    pub async fn lookup_recipient(&self, token: &str, lookup: &RecipientLookup) -> Result<RecipientInfo, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::RECIPIENT_LOOKUP,
            token: Some(token),
            idempotency_key: None,
            body: Some(lookup),
            retry: true,
        })
        .await
    }

    /// Asks the bank to send the SMS code that confirms an interbank transfer to the payer's own phone. Retried with
    /// the same key: the bank replays its first answer, so one SMS goes however often the request is sent.
    pub async fn request_transfer_code(
        &self,
        token: &str,
        idempotency_key: &str,
        request: &NewTransferCode,
    ) -> Result<TransferCode, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::TRANSFER_CODES,
            token: Some(token),
            idempotency_key: Some(idempotency_key),
            body: Some(request),
            retry: true,
        })
        .await
    }

    /// Checks the code the customer typed. Not retried: each try counts as an attempt (3 wrong ones end the
    /// confirmation).
    pub async fn verify_transfer_code(
        &self,
        token: &str,
        confirmation_id: &str,
        check: &TransferCodeCheck,
    ) -> Result<TransferCodeVerified, ApiError> {
        let path = paths::verify_transfer_code(&encode_query(confirmation_id));
        self.call(Call {
            method: Method::POST,
            path: &path,
            token: Some(token),
            idempotency_key: None,
            body: Some(check),
            retry: false,
        })
        .await
    }

    pub async fn favourites(&self, token: &str) -> Result<Favourites, ApiError> {
        self.get(fav_paths::FAVOURITES, Some(token)).await
    }

    pub async fn regular_payments(&self, token: &str) -> Result<RegularPayments, ApiError> {
        self.get(fav_paths::REGULAR_PAYMENTS, Some(token)).await
    }

    /// A change to the favourites or regular payments. New ones carry `key` and are retried with it (the bank
    /// replays); a change or a deletion is idempotent by nature and retried too.
    pub async fn change_favourites(&self, token: &str, key: &str, change: &FavouriteChange) -> Result<(), ApiError> {
        let (method, path, body): (Method, String, Option<serde_json::Value>) = match change {
            FavouriteChange::Create(new) => (Method::POST, fav_paths::FAVOURITES.to_owned(), Some(json(new)?)),
            FavouriteChange::Update { favourite_id, update } => {
                (Method::PATCH, fav_paths::favourite(&encode_query(favourite_id)), Some(json(update)?))
            }
            FavouriteChange::Delete { favourite_id } => {
                (Method::DELETE, fav_paths::favourite(&encode_query(favourite_id)), None)
            }
            FavouriteChange::CreateRule(new) => {
                (Method::POST, fav_paths::REGULAR_PAYMENTS.to_owned(), Some(json(new)?))
            }
            FavouriteChange::UpdateRule { regular_id, update } => {
                (Method::PATCH, fav_paths::regular_payment(&encode_query(regular_id)), Some(json(update)?))
            }
            FavouriteChange::DeleteRule { regular_id } => {
                (Method::DELETE, fav_paths::regular_payment(&encode_query(regular_id)), None)
            }
        };
        let creates = method == Method::POST;
        let call = Call {
            method,
            path: &path,
            token: Some(token),
            idempotency_key: creates.then_some(key),
            body: body.as_ref(),
            retry: true,
        };
        self.call::<serde_json::Value, serde::de::IgnoredAny>(call).await.map(|_| ())
    }

    /// The services catalogue.
    pub async fn services(&self, token: &str) -> Result<ServiceCatalogue, ApiError> {
        self.get(wallet_protocol::services::paths::SERVICES, Some(token)).await
    }

    /// A provider's word about an account (a read).
    pub async fn check_service_account(
        &self,
        token: &str,
        request: &ServiceAccountCheckRequest,
    ) -> Result<ServiceAccountCheck, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: wallet_protocol::services::paths::SERVICE_CHECK,
            token: Some(token),
            idempotency_key: None,
            body: Some(request),
            retry: true,
        })
        .await
    }

    /// The account's details (реквизиты) for money in from another bank or a terminal.
    pub async fn account_details(&self, token: &str, account_id: &str) -> Result<AccountDetails, ApiError> {
        self.get(&card_paths::account_details(&encode_query(account_id)), Some(token)).await
    }

    /// The cards saved at earlier top-ups, masked, with their tokens.
    pub async fn saved_cards(&self, token: &str) -> Result<SavedCards, ApiError> {
        self.get(card_paths::CARDS, Some(token)).await
    }

    /// The fee of a top-up by card (a read).
    pub async fn quote_card_top_up(
        &self,
        token: &str,
        request: &CardTopUpQuoteRequest,
    ) -> Result<CardTopUpQuote, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: card_paths::CARD_TOPUP_QUOTE,
            token: Some(token),
            idempotency_key: None,
            body: Some(request),
            retry: true,
        })
        .await
    }

    /// Sends the card for a top-up. Retried with the same key: the bank replays its first answer, so one top-up is
    /// started however often the request goes.
    pub async fn start_card_top_up(
        &self,
        token: &str,
        idempotency_key: &str,
        request: &NewCardTopUp,
    ) -> Result<CardTopUp, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: card_paths::CARD_TOPUPS,
            token: Some(token),
            idempotency_key: Some(idempotency_key),
            body: Some(request),
            retry: true,
        })
        .await
    }

    /// Answers the card issuer's 3-D Secure step. Retried with the same key: the money is booked once.
    pub async fn answer_card_challenge(
        &self,
        token: &str,
        idempotency_key: &str,
        topup_id: &str,
        answer: &ChallengeAnswer,
    ) -> Result<CardTopUp, ApiError> {
        let path = card_paths::challenge(&encode_query(topup_id));
        self.call(Call {
            method: Method::POST,
            path: &path,
            token: Some(token),
            idempotency_key: Some(idempotency_key),
            body: Some(answer),
            retry: true,
        })
        .await
    }

    /// Uploads one KYC photo. Retried with the same key, so the bank stores it once. Photos take longer than the
    /// other calls on a slow network, so the whole request may take up to `UPLOAD_TIMEOUT`.
    pub async fn upload_document(
        &self,
        token: &str,
        key: &str,
        upload: &DocumentUpload,
    ) -> Result<DocumentAccepted, ApiError> {
        self.call_with_timeout(
            Call {
                method: Method::POST,
                path: paths::KYC_DOCUMENTS,
                token: Some(token),
                idempotency_key: Some(key),
                body: Some(upload),
                retry: true,
            },
            Some(UPLOAD_TIMEOUT),
        )
        .await
    }

    /// Sends the KYC application, once per key.
    pub async fn submit_application(
        &self,
        token: &str,
        key: &str,
        application: &KycApplication,
    ) -> Result<KycApplicationState, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::KYC_APPLICATIONS,
            token: Some(token),
            idempotency_key: Some(key),
            body: Some(application),
            retry: true,
        })
        .await
    }

    pub async fn application_state(&self, token: &str, application_id: &str) -> Result<KycApplicationState, ApiError> {
        self.get(&paths::kyc_application(&encode_query(application_id)), Some(token)).await
    }

    /// Cancels an operation while the bank allows it. Cancelling twice is harmless, so it is retried.
    pub async fn cancel_operation(&self, token: &str, operation_id: &str) -> Result<Operation, ApiError> {
        let path = paths::cancel_operation(&encode_query(operation_id));
        self.call::<(), _>(Call {
            method: Method::POST,
            path: &path,
            token: Some(token),
            idempotency_key: None,
            body: None,
            retry: true,
        })
        .await
    }

    /// Asks someone to pay an amount («Разделить чек»): the bank answers the request with its payment link.
    /// Retried with the same key, so the bank makes one request however often it is sent.
    pub async fn create_payment_request(
        &self,
        token: &str,
        idempotency_key: &str,
        request: &NewPaymentRequest,
    ) -> Result<PaymentRequest, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::PAYMENT_REQUESTS,
            token: Some(token),
            idempotency_key: Some(idempotency_key),
            body: Some(request),
            retry: true,
        })
        .await
    }

    /// The requests the customer sent and those sent to their number, newest first. A read.
    pub async fn payment_requests(&self, token: &str) -> Result<PaymentRequestList, ApiError> {
        self.get(paths::PAYMENT_REQUESTS, Some(token)).await
    }

    /// Cancels an open request: its link stops paying (a paid one is refused with `request_paid`). Retried:
    /// cancelling a cancelled request answers it unchanged.
    pub async fn cancel_payment_request(&self, token: &str, request_id: &str) -> Result<PaymentRequest, ApiError> {
        self.post_idempotent(&wallet_protocol::requests::paths::cancel(&encode_query(request_id)), token).await
    }

    /// Reminds the payer of an open request. Retried with the same key: the bank counts one reminder per key.
    pub async fn remind_payment_request(
        &self,
        token: &str,
        idempotency_key: &str,
        request_id: &str,
    ) -> Result<PaymentRequest, ApiError> {
        let path = wallet_protocol::requests::paths::remind(&encode_query(request_id));
        self.call::<(), _>(Call {
            method: Method::POST,
            path: &path,
            token: Some(token),
            idempotency_key: Some(idempotency_key),
            body: None,
            retry: true,
        })
        .await
    }

    /// The bank's evaluation of blinded contact numbers (it cannot see them), counted against the customer's daily
    /// budget (`rate_limited` past it). Retried after a lost answer: the worst a retry costs is budget, never money.
    pub async fn evaluate_contacts(
        &self,
        token: &str,
        request: &ContactEvaluateRequest,
    ) -> Result<ContactEvaluation, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::CONTACTS_EVALUATE,
            token: Some(token),
            idempotency_key: None,
            body: Some(request),
            retry: true,
        })
        .await
    }

    /// The tags of the bank's wallet customers under the prefixes sent (`contacts_key_changed`: evaluate again). A
    /// read: nothing changes, so it is retried freely.
    pub async fn match_contacts(&self, token: &str, request: &ContactMatchRequest) -> Result<ContactMatch, ApiError> {
        self.call(Call {
            method: Method::POST,
            path: paths::CONTACTS_MATCH,
            token: Some(token),
            idempotency_key: None,
            body: Some(request),
            retry: true,
        })
        .await
    }

    /// Tells the bank where to push this installation's notifications (the session's device). Retried: the same
    /// registration again changes nothing at the bank, and a new token replaces the old one.
    pub async fn register_push(&self, token: &str, registration: &PushRegistration) -> Result<(), ApiError> {
        self.call::<_, serde::de::IgnoredAny>(Call {
            method: Method::PUT,
            path: paths::PUSH_REGISTRATION,
            token: Some(token),
            idempotency_key: None,
            body: Some(registration),
            retry: true,
        })
        .await
        .map(|_| ())
    }

    /// No more pushes to this installation (before signing out). Retried: the bank answers the same whether or not
    /// the device was registered.
    pub async fn unregister_push(&self, token: &str) -> Result<(), ApiError> {
        self.call::<(), serde::de::IgnoredAny>(Call {
            method: Method::DELETE,
            path: paths::PUSH_REGISTRATION,
            token: Some(token),
            idempotency_key: None,
            body: None,
            retry: true,
        })
        .await
        .map(|_| ())
    }

    /// The customer's events after the cursor `after` (`None`: from the first), oldest first, a page of the bank's
    /// default size; `has_more` says whether to ask again with the returned cursor. A read.
    pub async fn events(&self, token: &str, after: Option<&str>) -> Result<BankEvents, ApiError> {
        let path = match after {
            Some(cursor) => format!("{}?after={}", paths::EVENTS, encode_query(cursor)),
            None => paths::EVENTS.to_owned(),
        };
        self.get(&path, Some(token)).await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str, token: Option<&str>) -> Result<T, ApiError> {
        self.call::<(), T>(Call { method: Method::GET, path, token, idempotency_key: None, body: None, retry: true })
            .await
    }

    /// A POST without a body that the bank treats as idempotent (doing it twice changes nothing): retried.
    async fn post_idempotent<T: DeserializeOwned>(&self, path: &str, token: &str) -> Result<T, ApiError> {
        let call =
            Call { method: Method::POST, path, token: Some(token), idempotency_key: None, body: None, retry: true };
        self.call::<(), T>(call).await
    }

    async fn call<B: Serialize, T: DeserializeOwned>(&self, call: Call<'_, B>) -> Result<T, ApiError> {
        self.call_with_timeout(call, None).await
    }

    async fn call_with_timeout<B: Serialize, T: DeserializeOwned>(
        &self,
        call: Call<'_, B>,
        timeout: Option<Duration>,
    ) -> Result<T, ApiError> {
        let mut attempt = 0;
        loop {
            match self.once(&call, timeout).await {
                Err(error) if call.retry && error.is_transient() && attempt + 1 < self.retry.attempts => {
                    tokio::time::sleep(self.retry.delay(attempt, error.retry_after_seconds())).await;
                    attempt += 1;
                }
                outcome => return outcome,
            }
        }
    }

    async fn once<B: Serialize, T: DeserializeOwned>(
        &self,
        call: &Call<'_, B>,
        timeout: Option<Duration>,
    ) -> Result<T, ApiError> {
        let mut request =
            self.http.request(call.method.clone(), self.base.join(call.path)?).header(ACCEPT, "application/json");
        if let Some(timeout) = timeout {
            request = request.timeout(timeout);
        }
        if let Some(token) = call.token {
            request = request.bearer_auth(token);
        }
        if let Some(key) = call.idempotency_key {
            request = request.header(IDEMPOTENCY_KEY_HEADER, key);
        }
        if let Some(body) = call.body {
            request = request.json(body);
        }
        let mut response = request.send().await.map_err(sending_failed)?;
        let status = response.status();
        let declared = response.headers().get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
        if declared.is_some_and(|length| length > MAX_RESPONSE_BYTES) {
            return Err(ApiError::TooLarge { limit: MAX_RESPONSE_BYTES });
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(reading_failed)? {
            if bytes.len() + chunk.len() > MAX_RESPONSE_BYTES {
                return Err(ApiError::TooLarge { limit: MAX_RESPONSE_BYTES });
            }
            bytes.extend_from_slice(&chunk);
        }
        if status.is_success() {
            let bytes = if bytes.is_empty() { b"null".as_slice() } else { &bytes };
            return serde_json::from_slice(bytes).map_err(|e| ApiError::Malformed(e.to_string()));
        }
        Err(refusal(status, serde_json::from_slice::<ErrorBody>(&bytes).ok()))
    }
}

/// A request's body as JSON (a type of ours that always serialises).
fn json<T: Serialize>(value: &T) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(value).map_err(|e| ApiError::Malformed(e.to_string()))
}

fn sending_failed(error: reqwest::Error) -> ApiError {
    if let Some(failure) = tls::trust_failure(&error) {
        ApiError::Untrusted(failure)
    } else if error.is_timeout() {
        ApiError::Timeout
    } else if error.is_connect() {
        ApiError::Offline
    } else {
        ApiError::Interrupted
    }
}

fn reading_failed(error: reqwest::Error) -> ApiError {
    if error.is_timeout() { ApiError::Timeout } else { ApiError::Interrupted }
}

fn refusal(status: StatusCode, body: Option<ErrorBody>) -> ApiError {
    let code = body.as_ref().map(|b| b.code);
    if status == StatusCode::UNAUTHORIZED {
        return ApiError::SessionEnded { replaced: code == Some(ErrorCode::SessionReplaced) };
    }
    if status.is_server_error() {
        return ApiError::Server {
            status: status.as_u16(),
            retry_after_seconds: body.and_then(|b| b.retry_after_seconds),
        };
    }
    match body {
        Some(body) => ApiError::Refused(body),
        None => ApiError::Malformed(format!("a {status} answer without an error body")),
    }
}

/// Percent-encodes a query value (cursors and ids are opaque text from the bank).
fn encode_query(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
