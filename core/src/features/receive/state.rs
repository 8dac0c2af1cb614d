//! The «receive» screen's state: which account receives, what was typed, and the code made from them.

use crate::domain::Money;
use crate::features::pay::AmountProblem;
use crate::payments::qr_image::QrMatrix;

/// ELQR tag 34: the most a comment may hold, in UTF-16 units (standards §1).
pub const COMMENT_MAX: usize = 32;
/// ELQR tag 59: the most the recipient's name may hold, in UTF-16 units.
pub const NAME_MAX: usize = 25;
/// The most a field keeps: past the code's limits, so the message can say how far over it is.
pub const MAX_TYPED: usize = 256;
/// The service of this bank's codes that pays a customer's account (the recipient id is the account id).
pub const PERSON_SERVICE: &str = "p2p";
/// MCC 4829, money transfer: what a person's code is for (ELQR tag 52 is required).
pub const TRANSFER_MCC: &str = "4829";
/// The provider id of the sandbox bank, for a configuration that names none.
pub const DEFAULT_QR_PROVIDER: &str = "qr.sandbox.kg";

/// The screen. The code is made in `update` each time what it depends on changes (not in `view`, which runs on
/// every change of the app), and kept here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiveForm {
    /// This bank's provider id in ELQR tag 32/00 (from the bank configuration).
    pub provider_id: String,
    /// Who the code names (tag 59), as the payer sees it before the bank tells the real name.
    pub name: String,
    /// The account that receives; `None` until the accounts are read from the store.
    pub account_id: Option<String>,
    pub amount_text: String,
    /// `None` when no amount is typed (a static code); otherwise the amount or why it is not one.
    pub amount: Option<Result<Money, AmountProblem>>,
    pub comment: String,
    /// The newest known time and the count of views when the screen opened, and how many codes it made since: with
    /// the account they make every dynamic code's transaction id unique without a clock or randomness in `update`
    /// (the bank lets each dynamic code be paid once, so asking twice for the same amount needs two codes).
    pub opened_at_ms: i64,
    pub opened_at_revision: u64,
    pub serial: u64,
    pub code: Result<ReceiveCode, CodeProblem>,
    /// Money that came in while the screen showed: the screen says so instead of the code.
    pub received: Option<(crate::domain::Money, String)>,
}

impl ReceiveForm {
    /// The comment as it goes into the code: trimmed, `None` when empty.
    pub fn comment_in_code(&self) -> Option<&str> {
        Some(self.comment.trim()).filter(|c| !c.is_empty())
    }

    /// The comment's length as ELQR counts it (UTF-16 units), when it is over the limit.
    pub fn comment_over(&self) -> Option<usize> {
        let units = self.comment_in_code().map_or(0, |c| c.encode_utf16().count());
        (units > COMMENT_MAX).then_some(units)
    }
}

/// A code ready to show and share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiveCode {
    /// The payment link through the national router (`https://pay.payqr.kg/#…`): what the QR code holds.
    pub link: String,
    pub qr: QrMatrix,
    /// The amount a dynamic code fixes; `None` for the static code.
    pub amount: Option<Money>,
}

/// Why there is no code to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// The accounts have not been read yet.
    NoAccount,
    /// The amount or the comment is wrong: their fields say why.
    Input,
    /// The ELQR builder or the QR renderer refused (a value over its limit): the message id.
    NotBuilt { message_id: &'static str },
}
