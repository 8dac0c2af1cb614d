//! The transfer effects: who a phone number reaches, and the SMS code of a transfer to another bank.

use wallet_protocol::ErrorCode;
use wallet_protocol::recipients::{NewTransferCode, RecipientLookup, TransferCodeCheck};

use crate::api::BankFailure;
use crate::app::Outcome;
use crate::engine::services::BankServices;
use crate::features::transfer::FoundRecipient;
use crate::features::transfer::update::CodeRefusal;
use crate::platform::Log;

pub async fn look_up(bank: &BankServices, phone: String, currency: String, log: &Log) -> Outcome {
    let token = match bank.session_token(log, "transfer") {
        Ok(token) => token,
        Err(failure) => return Outcome::RecipientLookedUp { phone, result: Err(failure) },
    };
    let request = RecipientLookup { phone: phone.clone(), currency };
    let result = match bank.client.lookup_recipient(&token, &request).await {
        Ok(info) => Ok(FoundRecipient {
            name_masked: info.name_masked,
            bank_name: info.bank_name,
            same_bank: info.same_bank,
            needs_sms_code: info.needs_sms_code,
            confirm_above_minor: info.confirm_above_minor,
        }),
        Err(error) => {
            log.info("transfer", format!("no recipient: {}", error.message_id()));
            Err(BankFailure::of(&error))
        }
    };
    Outcome::RecipientLookedUp { phone, result }
}

/// Each request is a new SMS: a fresh key, so a resend is not mistaken for a replay of the first.
pub async fn request_code(bank: &BankServices, request: NewTransferCode, log: &Log) -> Outcome {
    let token = match bank.session_token(log, "transfer") {
        Ok(token) => token,
        Err(failure) => return Outcome::TransferCodeSent { result: Err(failure) },
    };
    let key = uuid::Uuid::new_v4().to_string();
    let result = match bank.client.request_transfer_code(&token, &key, &request).await {
        Ok(sent) => Ok((sent.confirmation_id, sent.code_length)),
        Err(error) => {
            log.info("transfer", format!("no SMS code: {}", error.message_id()));
            Err(BankFailure::of(&error))
        }
    };
    Outcome::TransferCodeSent { result }
}

pub async fn verify_code(bank: &BankServices, confirmation_id: String, code: String, log: &Log) -> Outcome {
    let token = match bank.session_token(log, "transfer") {
        Ok(token) => token,
        Err(BankFailure::Refused { message_id }) => {
            return Outcome::TransferCodeChecked { result: Err(CodeRefusal { message_id, dead: false }) };
        }
        Err(BankFailure::Offline) => {
            return Outcome::TransferCodeChecked {
                result: Err(CodeRefusal { message_id: "bank-offline", dead: false }),
            };
        }
    };
    let result = match bank.client.verify_transfer_code(&token, &confirmation_id, &TransferCodeCheck { code }).await {
        Ok(verified) => Ok(verified.confirmation_id),
        Err(error) => {
            log.info("transfer", format!("code refused: {}", error.message_id()));
            // Expired, too many wrong tries, used or unknown: only a new code helps.
            let dead = matches!(
                error.code(),
                Some(
                    ErrorCode::SmsCodeExpired
                        | ErrorCode::SmsTooManyAttempts
                        | ErrorCode::ConfirmationInvalid
                        | ErrorCode::ConfirmationExpired
                        | ErrorCode::ConfirmationUsed
                )
            );
            Err(CodeRefusal { message_id: error.message_id(), dead })
        }
    };
    Outcome::TransferCodeChecked { result }
}
