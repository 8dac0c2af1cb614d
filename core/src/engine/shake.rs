//! The shake-to-pay effects: report a shake, ask where it is (after a pause), confirm the peer, cancel. Logs name
//! the state only, never the peer.

use std::time::Duration;

use wallet_protocol::shake::{NewShake, ShakeMatch};

use crate::api::BankFailure;
use crate::app::Outcome;
use crate::engine::services::BankServices;
use crate::features::shake::ShakeCall;
use crate::platform::Log;

/// What a shake's call answers when there is no bank to ask.
pub fn no_bank(call: ShakeCall) -> Outcome {
    Outcome::ShakeAnswered { call, result: Err(BankFailure::Refused { message_id: "bank-misconfigured" }) }
}

/// The report's key: the time of the shake, in milliseconds since the epoch.
pub fn report_call(shake: &NewShake) -> ShakeCall {
    let shaken_at_ms = i64::try_from(shake.shaken_at.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX);
    ShakeCall::Report { shaken_at_ms }
}

/// Tells the bank how long ago the shake was felt, by the clock its samples were timed on, so the bank dates it on
/// its own clock: phones whose clocks are off the bank's (even by hours) still pair.
pub fn date_by_age(shake: &mut NewShake, now_ms: i64) {
    let shaken_at_ms = i64::try_from(shake.shaken_at.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX);
    shake.felt_ms_ago = Some(u32::try_from(now_ms.saturating_sub(shaken_at_ms).max(0)).unwrap_or(u32::MAX));
}

fn state_name(found: &ShakeMatch) -> &'static str {
    match found {
        ShakeMatch::Waiting { .. } => "waiting",
        ShakeMatch::Matched(_) => "matched",
        ShakeMatch::Confirmed(_) => "confirmed",
        ShakeMatch::Ambiguous { .. } => "ambiguous",
        ShakeMatch::Expired { .. } => "expired",
        ShakeMatch::Cancelled { .. } => "cancelled",
    }
}

/// Makes `call` with the session's token and reports the answer.
pub async fn call(bank: &BankServices, call: ShakeCall, shake: Option<NewShake>, log: &Log) -> Outcome {
    let token = match bank.session_token(log, "shake") {
        Ok(token) => token,
        Err(failure) => return Outcome::ShakeAnswered { call, result: Err(failure) },
    };
    let client = &bank.client;
    let answer = match (&call, shake) {
        (ShakeCall::Report { .. }, Some(shake)) => client.report_shake(&token, &shake).await,
        (ShakeCall::Report { .. }, None) => return no_bank(call),
        (ShakeCall::Poll { shake_id }, _) => client.shake_state(&token, shake_id).await,
        (ShakeCall::Confirm { shake_id }, _) => client.confirm_shake(&token, shake_id).await,
        (ShakeCall::Cancel { shake_id }, _) => client.cancel_shake(&token, shake_id).await,
    };
    let what = match &call {
        ShakeCall::Report { .. } => "report",
        ShakeCall::Poll { .. } => "poll",
        ShakeCall::Confirm { .. } => "confirm",
        ShakeCall::Cancel { .. } => "cancel",
    };
    let result = match answer {
        Ok(found) => {
            if !matches!(call, ShakeCall::Poll { .. }) {
                log.info("shake", format!("{what}: {}", state_name(&found)));
            }
            Ok(found)
        }
        Err(error) => {
            log.info("shake", format!("{what} failed: {}", error.message_id()));
            Err(BankFailure::of(&error))
        }
    };
    Outcome::ShakeAnswered { call, result }
}

/// Asks where a shake is after `after_ms`.
pub async fn poll(bank: &BankServices, shake_id: String, after_ms: u64, log: &Log) -> Outcome {
    tokio::time::sleep(Duration::from_millis(after_ms)).await;
    call(bank, ShakeCall::Poll { shake_id }, None, log).await
}
