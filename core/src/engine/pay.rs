//! The pay effects: find a QR code in a picture, ask the bank for the fee, queue a confirmed payment.

use crate::api::BankFailure;
use crate::app::Outcome;
use crate::engine::services::BankServices;
use crate::payments::qr_image;
use crate::platform::Log;
use crate::sync::{Draft, SyncError};
use wallet_protocol::quotes::QuoteRequest;

/// Decoding a 12-megapixel photo takes a while: off the async workers.
pub async fn decode_qr(bytes: Vec<u8>, log: &Log) -> Outcome {
    let result = match tokio::task::spawn_blocking(move || qr_image::decode(&bytes)).await {
        Ok(Ok(texts)) => Ok(texts),
        Ok(Err(error)) => Err(error.message_id()),
        Err(error) => {
            log.error("pay", format!("reading the picture did not finish: {error}"));
            Err("qr-image-unreadable")
        }
    };
    Outcome::QrDecoded { result }
}

pub async fn quote(bank: &BankServices, request: QuoteRequest, log: &Log) -> Outcome {
    let amount_minor = request.amount_minor;
    let token = match bank.session_token(log, "pay") {
        Ok(token) => token,
        Err(failure) => return Outcome::Quoted { amount_minor, result: Err(failure) },
    };
    let result = bank.client.quote(&token, &request).await.map_err(|error| {
        let failure = BankFailure::of(&error);
        if failure != BankFailure::Offline {
            log.info("pay", format!("no quote: {}", error.message_id()));
        }
        failure
    });
    Outcome::Quoted { amount_minor, result }
}

/// Puts the payment in the outbox; the sync that follows sends it.
pub fn queue(bank: &BankServices, draft: Draft, now_ms: i64, log: &Log) -> Outcome {
    match bank.sync.enqueue(draft, now_ms) {
        Ok(operation) => Outcome::PaymentQueued { local_id: operation.local_id },
        Err(error) => {
            let message_id = match &error {
                SyncError::OverOfflineLimit { .. } => "pay-over-offline-limit",
                SyncError::InsufficientFunds { .. } => "bank-insufficient-funds",
                SyncError::CurrencyMismatch { .. } => "bank-currency-mismatch",
                SyncError::UnknownAccount => "pay-account-unknown",
                _ => {
                    log.error("pay", format!("the payment was not queued: {error}"));
                    "pay-not-queued"
                }
            };
            Outcome::PaymentNotQueued { message_id }
        }
    }
}
