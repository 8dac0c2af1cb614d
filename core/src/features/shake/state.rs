//! The shake screen's state: the side chosen, the payee's amount, the detector listening, and where the shake is
//! at the bank.

use wallet_protocol::shake::ShakePair;

use super::event::ShakeSide;
use crate::domain::{Currency, Money};
use crate::features::pay::AmountProblem;
use crate::payments::shake::{ShakeDetector, ShakeSensitivity};

/// How often the screen asks the bank about a shake that waits for a partner or a confirmation.
pub const POLL_MS: u64 = 500;
/// How often a payee both confirmed asks again (and syncs) until the money comes.
pub const AWAIT_PAYMENT_POLL_MS: u64 = 2_000;

/// Where the shake is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShakeStage {
    /// «Оплатить» or «Получить»?
    Choosing,
    /// The accelerometer is read; the first shake is reported.
    Listening,
    /// The shake felt at `shaken_at_ms` is on its way to the bank.
    Reporting { shaken_at_ms: i64 },
    /// The bank waits for a shake to pair with.
    Waiting { shake_id: String },
    /// Paired: both see the other and confirm (or cancel).
    Matched { pair: ShakePair },
    /// Confirmed here; the other phone has not confirmed yet.
    PeerConfirming { pair: ShakePair },
    /// The payer, both confirmed: the payment's confirmation is (or was) open over this screen.
    Paying { pair: ShakePair },
    /// The payee, both confirmed: waiting for the payer's payment. `seen` are the operations the phone knew then.
    AwaitingPayment { pair: ShakePair, seen: Vec<String> },
    /// The payee: the payment came.
    Done { pair: ShakePair, amount: Money },
    /// Several phones shook nearby: shake again.
    Ambiguous,
    /// Nobody shook with this phone in time.
    Expired,
    /// The shake was cancelled, here (`by_me`) or on the other phone.
    Cancelled { by_me: bool },
    /// The bank could not be reached (`bank-offline`, …) or refused the shake: the message says which.
    Failed { message_id: &'static str },
}

impl ShakeStage {
    /// The bank's id of the shake under way (one to poll, confirm or cancel).
    pub fn shake_id(&self) -> Option<&str> {
        match self {
            ShakeStage::Waiting { shake_id } => Some(shake_id),
            ShakeStage::Matched { pair }
            | ShakeStage::PeerConfirming { pair }
            | ShakeStage::Paying { pair }
            | ShakeStage::AwaitingPayment { pair, .. }
            | ShakeStage::Done { pair, .. } => Some(&pair.shake_id),
            _ => None,
        }
    }

    /// How far a shake has come; the bank's answers never move it back (an answer to a request sent before a
    /// confirmation may arrive after it). Endings (ambiguous, expired, cancelled, failed) rank with the start.
    pub fn rank(&self) -> u8 {
        match self {
            ShakeStage::Waiting { .. } => 1,
            ShakeStage::Matched { .. } => 2,
            ShakeStage::PeerConfirming { .. } => 3,
            ShakeStage::Paying { .. } | ShakeStage::AwaitingPayment { .. } => 4,
            ShakeStage::Done { .. } => 5,
            _ => 0,
        }
    }

    /// Nothing is under way at the bank: the side and the amount may change, and «Встряхнуть ещё раз» applies.
    pub fn is_idle(&self) -> bool {
        matches!(
            self,
            ShakeStage::Choosing
                | ShakeStage::Listening
                | ShakeStage::Ambiguous
                | ShakeStage::Expired
                | ShakeStage::Cancelled { .. }
                | ShakeStage::Failed { .. }
        )
    }

    /// A shake that ended without a payment: «Встряхнуть ещё раз».
    pub fn can_retry(&self) -> bool {
        matches!(
            self,
            ShakeStage::Ambiguous | ShakeStage::Expired | ShakeStage::Cancelled { .. } | ShakeStage::Failed { .. }
        )
    }
}

/// Which request a bank's answer answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShakeCall {
    /// The report of the shake felt at `shaken_at_ms` (which tells one report from another).
    Report {
        shaken_at_ms: i64,
    },
    Poll {
        shake_id: String,
    },
    Confirm {
        shake_id: String,
    },
    Cancel {
        shake_id: String,
    },
}

/// The shake detector as the form keeps it. Its window is a buffer of the accelerometer's stream, not something
/// the screen shows: two forms that differ only in it are the same screen, so it is equal to any other (the model
/// is `Eq` and the detector holds floats; the engine decides what changed by comparing views anyway).
#[derive(Debug, Clone)]
pub struct Detector(pub ShakeDetector);

impl Default for Detector {
    fn default() -> Self {
        Detector(ShakeDetector::new(ShakeSensitivity::Medium))
    }
}

impl PartialEq for Detector {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl Eq for Detector {}

/// The shake screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShakeForm {
    pub role: Option<ShakeSide>,
    /// The currency a payee asks in (the account's); a payer's comes from the payee's ask.
    pub currency: Currency,
    pub amount_text: String,
    /// `Ok(None)`: no amount asked (the payer chooses).
    pub amount: Result<Option<Money>, AmountProblem>,
    /// Latitude and longitude in millionths of a degree, when the shell sent them.
    pub location: Option<(i32, i32)>,
    pub stage: ShakeStage,
    /// «Подтвердить» was pressed and the bank has not answered yet.
    pub confirming: bool,
    /// A poll is on its way; at most one at a time.
    pub polling: bool,
    /// The last poll did not reach the bank (polling goes on).
    pub offline: bool,
    /// A message about the last request (a confirmation or cancel the bank refused).
    pub problem: Option<&'static str>,
    pub detector: Detector,
}

impl ShakeForm {
    pub fn new(currency: Currency) -> ShakeForm {
        ShakeForm {
            role: None,
            currency,
            amount_text: String::new(),
            amount: Ok(None),
            location: None,
            stage: ShakeStage::Choosing,
            confirming: false,
            polling: false,
            offline: false,
            problem: None,
            detector: Detector::default(),
        }
    }

    /// The accelerometer should run and shakes count: listening, and a payee's amount (if typed) is valid.
    pub fn listening(&self) -> bool {
        self.stage == ShakeStage::Listening && self.amount.is_ok()
    }

    /// How long to wait before asking the bank again, when the stage needs asking.
    pub fn poll_after_ms(&self) -> Option<u64> {
        match &self.stage {
            ShakeStage::Waiting { .. } | ShakeStage::Matched { .. } | ShakeStage::PeerConfirming { .. } => {
                Some(POLL_MS)
            }
            ShakeStage::AwaitingPayment { .. } => Some(AWAIT_PAYMENT_POLL_MS),
            _ => None,
        }
    }
}
