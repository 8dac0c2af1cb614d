//! The pay screens' state: the scanner, the confirmation, and the PIN that confirms.

use wallet_protocol::operations::Recipient;

use crate::domain::{Currency, Money, MoneyError};
use crate::features::pin::PinLock;
use crate::payments::scan::{PaymentIntent, ScanProblem};

/// The scanner: the camera's view is the shell's; the core keeps the pasted text and what went wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanForm {
    pub pasted: String,
    pub problem: Option<ScanProblem>,
    /// A picture is being searched for a code.
    pub busy: bool,
    /// A message id for a picture without a readable code.
    pub image_problem: Option<&'static str>,
}

/// Why the typed amount cannot be paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountProblem {
    NotAnAmount,
    TooPrecise,
    Zero,
    TooLarge,
}

impl AmountProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            AmountProblem::NotAnAmount => "pay-amount-not-a-number",
            AmountProblem::TooPrecise => "pay-amount-too-precise",
            AmountProblem::Zero => "pay-amount-zero",
            AmountProblem::TooLarge => "pay-amount-too-large",
        }
    }

    pub fn of(error: &MoneyError) -> AmountProblem {
        match error {
            MoneyError::TooPrecise { .. } => AmountProblem::TooPrecise,
            MoneyError::Overflow => AmountProblem::TooLarge,
            MoneyError::NotAnAmount | MoneyError::CurrencyMismatch { .. } => AmountProblem::NotAnAmount,
        }
    }
}

/// The bank's fee for the amount on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteState {
    /// No valid amount yet.
    NotAsked,
    Loading {
        amount_minor: i64,
    },
    Ready {
        amount_minor: i64,
        fee: Money,
        payee_name: String,
        payee_bank: Option<String>,
        /// The bank asks an SMS code for this payment (to another bank, or above its step-up limit).
        needs_sms_code: bool,
    },
    /// The bank cannot be reached: the payment may still be queued; the bank's tariff applies when it is sent.
    Offline {
        amount_minor: i64,
    },
    /// The bank refused the payment before it was made (the code expired, was paid, the limit…).
    Refused {
        amount_minor: i64,
        message_id: &'static str,
    },
}

impl QuoteState {
    pub fn amount_minor(&self) -> Option<i64> {
        match self {
            QuoteState::NotAsked => None,
            QuoteState::Loading { amount_minor }
            | QuoteState::Ready { amount_minor, .. }
            | QuoteState::Offline { amount_minor }
            | QuoteState::Refused { amount_minor, .. } => Some(*amount_minor),
        }
    }
}

/// Whom the confirmation pays: every way of paying ends on the same confirmation, PIN and outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payee {
    /// A scanned payment code (ELQR).
    Qr(PaymentIntent),
    /// A customer found by phone number, here or at another bank (`POST /v1/recipients/lookup`).
    Phone {
        /// E.164.
        phone: String,
        /// As the bank shows it: «Кирилл Б.».
        name_masked: String,
        bank_name: String,
        /// An interbank transfer: the bank sends an SMS code naming the amount and the recipient (seed 004 §5.12).
        needs_sms_code: bool,
    },
    /// The customer a shake paired with, once both confirmed.
    Shake { shake_id: String, peer_name: String },
    /// A favourite: its own recipient, named as the bank named them when it was saved.
    Favourite {
        /// «Мой MegaCom».
        name: String,
        /// «MegaCom».
        payee_name: String,
        recipient: Recipient,
    },
    /// A service provider of the catalogue and the account it knows the customer by, as it answered about it.
    Service {
        provider_id: String,
        names: wallet_protocol::services::Names,
        /// What the provider calls the account: «Лицевой счёт».
        account_label: wallet_protocol::services::Names,
        account: String,
        /// «Асанова А.», where the provider names the holder.
        holder: Option<String>,
    },
}

impl Payee {
    /// What the bank is told to pay.
    pub fn recipient(&self) -> Recipient {
        match self {
            Payee::Qr(intent) => Recipient::Elqr { payload: intent.scanned.clone() },
            Payee::Phone { phone, .. } => Recipient::Phone { phone: phone.clone() },
            Payee::Shake { shake_id, .. } => Recipient::Shake { shake_id: shake_id.clone() },
            Payee::Favourite { recipient, .. } => recipient.clone(),
            Payee::Service { provider_id, account, .. } => {
                Recipient::Service { provider_id: provider_id.clone(), account: account.clone() }
            }
        }
    }

    /// The recipient as the phone knows them before the bank's quote names them.
    pub fn shown_name(&self) -> &str {
        match self {
            Payee::Qr(intent) => &intent.recipient,
            Payee::Phone { name_masked, .. } => name_masked,
            Payee::Shake { peer_name, .. } => peer_name,
            Payee::Service { names, .. } => &names.ru,
            Payee::Favourite { payee_name, .. } => payee_name,
        }
    }

    pub fn needs_sms_code(&self) -> bool {
        matches!(self, Payee::Phone { needs_sms_code: true, .. })
    }
}

/// The confirmation screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayForm {
    pub payee: Payee,
    pub currency: Currency,
    /// Whether the user may type or change the amount (a code or a shake may fix it).
    pub amount_editable: bool,
    pub comment: Option<String>,
    /// The account paid from (the one in the code's currency).
    pub account_id: String,
    pub amount_text: String,
    pub amount: Result<Money, AmountProblem>,
    pub quote: QuoteState,
    /// Why the payment could not be queued (over the offline limit, not enough money).
    pub problem: Option<&'static str>,
    /// Everything was confirmed already (a shake both sides confirmed, with the amount fixed): the PIN follows as
    /// soon as the bank's fee is known, without a second «Оплатить».
    pub pin_when_quoted: bool,
}

/// The PIN that confirms a payment; the form it confirms lies below it on the stack.
pub type PayPin = PinLock;
