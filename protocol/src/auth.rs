//! Signing in with an SMS code: ask for a code for a phone number, then exchange the code for a session.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// `POST /v1/auth/sms`: send a sign-in code to this phone (E.164, `+996555123456`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmsChallengeRequest {
    pub phone: String,
    /// The installation's random id (the same as at verification): the bank limits how many codes one device asks
    /// for across numbers (SMS pumping).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
}

/// The code was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmsChallenge {
    pub challenge_id: String,
    pub code_length: u8,
    /// How long the code is valid.
    pub expires_in_seconds: u32,
    /// When a new code may be asked for.
    pub resend_after_seconds: u32,
}

/// `POST /v1/auth/sms/verify`: the code the user typed (or the shell read from the SMS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmsVerifyRequest {
    pub challenge_id: String,
    pub code: String,
    /// A random id of this installation: one active session per device; signing in elsewhere ends this one.
    pub device_id: String,
}

/// A session: the token goes to the platform's secure storage, never to the app's store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionGrant {
    pub token: String,
    pub user_id: String,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    /// The phone number had no account before this sign-in.
    pub new_user: bool,
}
