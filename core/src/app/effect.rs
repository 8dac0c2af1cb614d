//! Effects: work `update` asks for and the engine carries out; their results come back as `Outcome`s, carrying
//! the time they happened so `update` never reads a clock.

use super::settings::Settings;
use crate::api::BankFailure;
use crate::domain::Phone;
use crate::domain::operation::Operation;
use crate::features::history::ReceiptFacts;
use crate::features::home::WalletSnapshot;
use crate::features::kyc::{KycDraft, KycProgress};
use crate::features::onboarding::WizardDraft;
use crate::features::pin::PinPurpose;
use crate::features::shake::ShakeCall;
use crate::features::signin::{Challenge, FormError, SignInPurpose};
use crate::features::transfer::FoundRecipient;
use crate::features::transfer::update::CodeRefusal;
use crate::identity::photo::{PhotoKind, PhotoProblem};
use crate::security::{BiometricVerdict, PinDigits, PinVerdict};
use crate::store::HistoryPage;

/// Money that came in: the receive screen or a notice says so («Получено 250,00 сом от Айгуль А.»).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyReceived {
    pub local_id: String,
    pub amount: crate::domain::Money,
    /// The sender as the bank names them (masked), or the merchant.
    pub from: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the settings to the store. Store writes run one at a time in the order they were asked for.
    SaveSettings(Settings),
    /// Write what the wizard keeps of what was typed (an empty draft removes it). Through the same lane.
    SaveDraft(WizardDraft),
    /// Ask the bank to send a sign-in code to the phone.
    RequestCode {
        phone: Phone,
    },
    /// Exchange the code for a session.
    VerifyCode {
        phone: Phone,
        challenge_id: String,
        code: String,
        /// For `ResetPin` the old PIN is forgotten once the code is right.
        purpose: SignInPurpose,
    },
    /// Store that the terms of `version` were accepted, now (the next sync sends it to the bank).
    AcceptTerms {
        version: &'static str,
    },
    /// Compare the bank's word on the terms (the profile a sync kept) with the acceptance stored here.
    CheckTerms,
    /// Keep a new PIN's verifier (slow on purpose: runs off the async workers).
    CreatePin {
        pin: PinDigits,
    },
    /// Check a PIN, counting the failure first.
    CheckPin {
        pin: PinDigits,
        purpose: PinPurpose,
    },
    /// Turn biometric unlock on (a new key in secure storage) or off.
    SetBiometrics {
        enabled: bool,
    },
    /// Ask secure storage for the biometric unlock key (the system prompt shows) and check it.
    UnlockWithBiometrics,
    /// End the session at the bank and forget everything of this person on the phone.
    Logout,
    /// Report the time after a pause, for countdowns on screen.
    Tick {
        after_ms: u64,
    },
    /// Give the bank this device's push address.
    RegisterPush {
        address: super::settings::PushAddress,
    },
    /// Read the inbox from the store.
    LoadInbox,
    /// Mark inbox items read (all of them when `None`).
    MarkInboxRead {
        event_ids: Option<Vec<String>>,
    },
    /// Make the receipt of `local_id` as a picture and a document in `language`, for the share sheet.
    ShareReceipt {
        local_id: String,
        language: crate::domain::Language,
        utc_offset_minutes: i32,
    },
    /// The phone's clock was set back by `by_ms`: the PIN's last failure moves back with it, so the wait the lock
    /// screen counts down and the one the vault enforces stay the same.
    ClockSetBack {
        by_ms: i64,
    },
    /// Report when nothing was touched for `timeout_ms`. Only the newest `generation` counts.
    WatchIdle {
        timeout_ms: u64,
        generation: u64,
    },
    /// Report at once if nothing was touched for `timeout_ms` (the app comes back from the background).
    CheckIdle {
        timeout_ms: u64,
        generation: u64,
    },
    /// Read the balance, the newest operations and the outbox from the store.
    LoadWallet,
    /// Send the outbox, then bring the bank's changes.
    Sync,
    /// Sync again after a pause.
    SyncLater {
        after_ms: u64,
        timer: u64,
    },
    /// Read a page of the history after the sort key (from the newest without one).
    LoadHistory {
        after: Option<Vec<u8>>,
    },
    LoadOperation {
        local_id: String,
    },
    Cancel {
        local_id: String,
    },
    /// Forget what the bank sent (not the outbox) and download it again.
    ResetCache,
    /// Read the KYC draft and where the application is.
    LoadKyc,
    /// Write the KYC draft (sealed). Through the store lane, like the settings.
    SaveKycDraft(Box<KycDraft>),
    /// Check a photo off the async workers and, when it passes, keep it sealed.
    CheckPhoto {
        kind: PhotoKind,
        bytes: Vec<u8>,
    },
    /// Queue the application (with the photos on the phone) and send it.
    SubmitKyc {
        application: Box<wallet_protocol::kyc::KycApplication>,
    },
    /// Send a queued application now.
    SendKyc,
    /// Ask the bank about an application in review after a pause.
    PollKyc {
        after_ms: u64,
    },
    /// Find the QR codes in a picture (off the async workers).
    DecodeQr {
        bytes: Vec<u8>,
    },
    /// Ask the bank what a payment would cost.
    QuotePayment {
        request: wallet_protocol::quotes::QuoteRequest,
    },
    /// Queue a confirmed payment in the outbox, then sync.
    Pay {
        draft: Box<crate::sync::Draft>,
    },
    /// Ask the bank who a phone number (E.164) reaches.
    LookupRecipient {
        phone: String,
        currency: String,
    },
    /// Ask the bank to send the SMS code of a transfer to another bank (the engine adds the idempotency key).
    RequestTransferCode {
        request: wallet_protocol::recipients::NewTransferCode,
    },
    /// Have the bank check the code the user typed.
    VerifyTransferCode {
        confirmation_id: String,
        code: String,
    },
    /// Ask the bank for the favourites and the regular payments (the kept ones when it cannot be reached).
    LoadFavourites,
    /// Save, change or delete a favourite or a regular payment (`key`: the idempotency key of a new one whose answer
    /// was lost; the engine makes one otherwise).
    ChangeFavourites {
        change: FavouriteChange,
        key: Option<String>,
    },
    /// Read the services catalogue the phone keeps.
    LoadServices,
    /// Ask the bank for the services catalogue, and keep it.
    FetchServices,
    /// Ask a provider (through the bank) about an account before paying it.
    CheckServiceAccount {
        provider_id: String,
        account: String,
    },
    /// Ask the bank for the account's details and the saved cards («Пополнить»).
    LoadTopUp {
        account_id: String,
    },
    /// Ask the bank the fee of a top-up by card.
    QuoteCardTopUp {
        request: wallet_protocol::card_topups::CardTopUpQuoteRequest,
    },
    /// Send the card to the bank (`key`: the idempotency key of an attempt whose answer was lost; the engine makes
    /// one otherwise). Its `Debug` never shows the number or the CVV.
    StartCardTopUp {
        request: Box<wallet_protocol::card_topups::NewCardTopUp>,
        key: Option<String>,
    },
    /// Send the issuer's code (`key` as above).
    AnswerCardChallenge {
        topup_id: String,
        code: String,
        key: Option<String>,
    },
    /// Tell the bank about a shake (`POST /v1/shakes`).
    ReportShake {
        shake: wallet_protocol::shake::NewShake,
    },
    /// Ask the bank where a shake is, after a pause.
    PollShake {
        shake_id: String,
        after_ms: u64,
    },
    /// Confirm the peer the bank paired the shake with.
    ConfirmShake {
        shake_id: String,
    },
    /// End the shake for both phones.
    CancelShake {
        shake_id: String,
    },
    /// Read the bills and the requests made to me from the store.
    LoadBills,
    /// Keep a new bill (the engine gives its id and time) and queue its requests, then sync.
    SaveBill {
        bill: Box<crate::features::split::Bill>,
    },
    /// Cancel a bill's open requests (through the requests' outbox), then sync.
    CancelBill {
        bill_id: String,
    },
    /// Remind one person of a bill (through the requests' outbox), then sync.
    RemindRequest {
        bill_id: String,
        person: usize,
    },
    /// Ask the bank which of these numbers (E.164) have the wallet; only blinded numbers and prefixes of their tags leave the phone.
    CheckContacts {
        numbers: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    SettingsSaved,
    SettingsNotSaved,
    CodeSent {
        challenge: Challenge,
    },
    CodeRefused {
        error: FormError,
        /// When the bank said another code may be asked for.
        retry_at_ms: Option<i64>,
    },
    /// The code was right; what the phone holds for this person decides the next step.
    SignedIn {
        phone: Phone,
        terms_accepted: bool,
        pin_set: bool,
        biometrics_enabled: bool,
    },
    TermsAccepted,
    TermsNotSaved,
    /// What [`Effect::CheckTerms`] found.
    TermsStanding {
        standing: crate::sync::terms::TermsStanding,
    },
    PinCreated,
    PinNotCreated,
    PinChecked {
        purpose: PinPurpose,
        verdict: PinVerdict,
        at_ms: i64,
    },
    /// The PIN could not be checked (the store failed); nothing was decided.
    PinCheckFailed {
        purpose: PinPurpose,
    },
    /// Biometric unlock is now `enabled`; `ok` is false when the change failed.
    BiometricsSet {
        enabled: bool,
        ok: bool,
    },
    BiometricUnlock {
        verdict: BiometricVerdict,
    },
    LoggedOut,
    Tick {
        now_ms: i64,
    },
    IdleDue {
        generation: u64,
    },
    SignInRefused {
        error: FormError,
    },
    WalletLoaded(WalletSnapshot),
    PushRegistered {
        ok: bool,
    },
    InboxLoaded {
        entries: Vec<crate::store::InboxEntry>,
    },
    /// The receipt's files are ready to share, or the message saying why not.
    ReceiptShared {
        result: Result<super::view::ShareSheet, &'static str>,
    },
    SyncFinished {
        at_ms: i64,
        problem: Option<SyncProblem>,
        /// Money that came in with this sync, oldest first.
        received: Vec<MoneyReceived>,
        /// Events the bank's feed brought into the inbox.
        new_events: u32,
    },
    SyncDue {
        timer: u64,
    },
    HistoryLoaded {
        page: HistoryPage,
        append: bool,
    },
    OperationLoaded {
        local_id: String,
        operation: Option<Box<Operation>>,
        receipt: Option<ReceiptFacts>,
        damaged: bool,
    },
    CancelFinished {
        local_id: String,
        result: CancelResult,
    },
    CacheReset,
    KycLoaded {
        draft: Box<KycDraft>,
        progress: KycProgress,
    },
    PhotoChecked {
        kind: PhotoKind,
        result: Result<(), PhotoProblem>,
    },
    KycChanged {
        progress: KycProgress,
        /// From a poll: another may follow.
        polled: bool,
        /// A message for the user (the bank refused, a photo went missing).
        notice: Option<&'static str>,
    },
    /// The texts of the QR codes in a picture, or the message id of why there are none.
    QrDecoded {
        result: Result<Vec<String>, &'static str>,
    },
    /// The bank's fee for `amount_minor`.
    Quoted {
        amount_minor: i64,
        result: Result<wallet_protocol::quotes::Quote, BankFailure>,
    },
    /// The payment is in the outbox (and shows in the history as queued).
    PaymentQueued {
        local_id: String,
    },
    /// The payment could not be queued; the message says why.
    PaymentNotQueued {
        message_id: &'static str,
    },
    /// Who `phone` reaches, or why not.
    RecipientLookedUp {
        phone: String,
        result: Result<FoundRecipient, BankFailure>,
    },
    /// The SMS code was sent: its confirmation id and length.
    TransferCodeSent {
        result: Result<(String, u8), BankFailure>,
    },
    /// The bank checked the code: the confirmation id to pay with, or why not.
    TransferCodeChecked {
        result: Result<String, CodeRefusal>,
    },
    /// The favourites and regular payments, and why the bank's did not come (then they are the kept ones).
    FavouritesLoaded {
        lists: Option<Box<FavouriteLists>>,
        problem: Option<BankFailure>,
    },
    /// The bank's answer to a change of the favourites (`key`: the idempotency key it went with).
    FavouritesChanged {
        key: String,
        result: Result<(), BankFailure>,
    },
    /// The services catalogue: the kept one (`fetched: None`), or the bank's and how asking went.
    ServicesLoaded {
        catalogue: Option<Box<wallet_protocol::services::ServiceCatalogue>>,
        fetched: Option<Result<(), BankFailure>>,
    },
    /// A provider's word about an account.
    ServiceAccountChecked {
        account: String,
        result: Result<Box<wallet_protocol::services::ServiceAccountCheck>, BankFailure>,
    },
    /// The account's details and the saved cards, or why not.
    TopUpLoaded {
        account_id: String,
        details: Result<Box<wallet_protocol::card_topups::AccountDetails>, BankFailure>,
        cards: Result<Vec<wallet_protocol::card_topups::SavedCard>, BankFailure>,
    },
    /// The fee of a top-up by card.
    CardTopUpQuoted {
        about: crate::features::topup::state::QuoteAbout,
        result: Result<(crate::domain::Money, wallet_protocol::card_topups::CardScheme), BankFailure>,
    },
    /// The bank's answer to the card (`key`: the idempotency key it went with).
    CardTopUpStarted {
        key: String,
        result: Result<Box<wallet_protocol::card_topups::CardTopUp>, BankFailure>,
    },
    /// The bank's answer to the issuer's code.
    CardChallengeAnswered {
        key: String,
        result: Result<Box<wallet_protocol::card_topups::CardTopUp>, BankFailure>,
    },
    /// The bank's answer about a shake: where it is, or why there is no answer.
    ShakeAnswered {
        call: ShakeCall,
        result: Result<wallet_protocol::shake::ShakeMatch, BankFailure>,
    },
    /// The bills (newest first) and the requests made to me, as the store holds them.
    BillsLoaded {
        bills: Vec<crate::features::split::Bill>,
        incoming: Vec<crate::features::split::IncomingRequest>,
    },
    /// A new bill was kept with its requests queued (its id), or why not (a message id).
    BillSaved {
        result: Result<String, &'static str>,
    },
    /// A cancel or a reminder was queued (the message to show), or why not.
    BillActionQueued {
        message_id: &'static str,
    },
    /// Which of the numbers asked about have the wallet, and whether the answer is an old one (the bank was out of
    /// reach); or why there is no answer.
    ContactsChecked {
        result: Result<(Vec<String>, bool), BankFailure>,
    },
}

/// Why a sync did not finish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncProblem {
    /// No network, or the bank is unreachable: the app works from what it has.
    Offline,
    /// The bank answered with a failure.
    BankFailed,
    /// The session is over; `replaced` when the account signed in on another device.
    SessionEnded { replaced: bool },
    /// Something else (a damaged record, a malformed answer); the message says what.
    Other { message_id: &'static str },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelResult {
    Cancelled,
    /// On its way to the bank right now.
    Sending,
    NotRevocable,
    Failed {
        message_id: &'static str,
    },
}

/// The favourites and the regular payments, as the bank lists them.
pub type FavouriteLists =
    (Vec<wallet_protocol::favourites::Favourite>, Vec<wallet_protocol::favourites::RegularPayment>);

/// A change to the favourites or their regular payments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FavouriteChange {
    Create(wallet_protocol::favourites::NewFavourite),
    Update { favourite_id: String, update: wallet_protocol::favourites::FavouriteUpdate },
    Delete { favourite_id: String },
    CreateRule(wallet_protocol::favourites::NewRegularPayment),
    UpdateRule { regular_id: String, update: wallet_protocol::favourites::RegularPaymentUpdate },
    DeleteRule { regular_id: String },
}
