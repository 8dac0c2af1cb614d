//! Events: what a shell tells the core (`Event`), and everything that enters `update` (`Msg`).

use serde::{Deserialize, Serialize};

use super::dialog::DialogEvent;
use super::effect::Outcome;
use super::settings::PushPlatform;
use crate::features::favourites::FavouritesEvent;
use crate::features::history::{HistoryEvent, OperationEvent};
use crate::features::home::HomeEvent;
use crate::features::inbox::InboxEvent;
use crate::features::kyc::KycEvent;
use crate::features::onboarding::{IntroEvent, LanguageEvent};
use crate::features::pay::PayEvent;
use crate::features::pin::{BiometricsEvent, PinEvent};
use crate::features::receive::ReceiveEvent;
use crate::features::services::ServicesEvent;
use crate::features::settings::SettingsEvent;
use crate::features::shake::ShakeEvent;
use crate::features::signin::SignInEvent;
use crate::features::split::SplitEvent;
use crate::features::terms::TermsEvent;
use crate::features::topup::TopUpEvent;
use crate::features::transfer::TransferEvent;

/// Something the user did, or the device noticed. Shells send these through `dispatch`; views hand most of them
/// out ready-made in their [`Action`](super::Action)s, so a shell mostly sends back what it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Event {
    /// The system back gesture or the back arrow. Ignored where there is nothing to go back to
    /// (the view's `back` is `None`; Android then leaves the app).
    Back,
    /// Closes the notice the view shows.
    DismissNotice,
    /// The device's network came or went (ConnectivityManager, NWPathMonitor): the core syncs when it comes back.
    Network {
        online: bool,
    },
    /// The app came to the foreground or went to the background (`onStart`/`onStop`, `scenePhase`): coming back
    /// after the idle time asks for the PIN again.
    Lifecycle {
        foreground: bool,
    },
    /// The answer to the dialog the view shows.
    Dialog(DialogEvent),
    Language(LanguageEvent),
    Intro(IntroEvent),
    SignIn(SignInEvent),
    Terms(TermsEvent),
    Pin(PinEvent),
    Biometrics(BiometricsEvent),
    Settings(SettingsEvent),
    Home(HomeEvent),
    History(HistoryEvent),
    Operation(OperationEvent),
    Kyc(KycEvent),
    Pay(PayEvent),
    Receive(ReceiveEvent),
    Transfer(TransferEvent),
    Shake(ShakeEvent),
    /// «Разделить чек», the requests made to me, and the contacts the shell read.
    Split(SplitEvent),
    Inbox(InboxEvent),
    /// «Избранное», saving a payment as a favourite, and regular payments.
    Favourites(FavouritesEvent),
    /// «Платежи»: the services catalogue and a provider's form.
    Services(ServicesEvent),
    /// «Пополнить»: money in by card, the account's details.
    TopUp(TopUpEvent),
    /// The platform's push service gave this device an address (at start, and whenever it changes): the core hands it
    /// to the bank while someone is signed in.
    PushToken {
        platform: PushPlatform,
        token: String,
    },
    /// A push arrived (the bank's event id from its data): the core syncs at once. Pushes carry nothing personal;
    /// what happened comes with the sync.
    PushReceived {
        event_id: String,
    },
    /// The share sheet the view asked for was closed (shared or not).
    ShareClosed,
}

impl Event {
    /// A stable name for messages and logs: `Intro.Next`. Never includes what the user typed.
    pub fn name(&self) -> &'static str {
        match self {
            Event::Back => "Back",
            Event::DismissNotice => "DismissNotice",
            Event::Network { .. } => "Network",
            Event::Lifecycle { .. } => "Lifecycle",
            Event::Dialog(DialogEvent::Confirm) => "Dialog.Confirm",
            Event::Dialog(DialogEvent::Cancel) => "Dialog.Cancel",
            Event::Language(LanguageEvent::Select { .. }) => "Language.Select",
            Event::Language(LanguageEvent::Confirm) => "Language.Confirm",
            Event::Intro(IntroEvent::Next) => "Intro.Next",
            Event::Intro(IntroEvent::Finish) => "Intro.Finish",
            Event::Intro(IntroEvent::ShowPage { .. }) => "Intro.ShowPage",
            Event::SignIn(SignInEvent::EditPhone { .. }) => "SignIn.EditPhone",
            Event::SignIn(SignInEvent::SubmitPhone) => "SignIn.SubmitPhone",
            Event::SignIn(SignInEvent::EditCode { .. }) => "SignIn.EditCode",
            Event::SignIn(SignInEvent::SubmitCode) => "SignIn.SubmitCode",
            Event::SignIn(SignInEvent::CodeFromSms { .. }) => "SignIn.CodeFromSms",
            Event::SignIn(SignInEvent::ResendCode) => "SignIn.ResendCode",
            Event::Terms(TermsEvent::Toggle { .. }) => "Terms.Toggle",
            Event::Terms(TermsEvent::Open { .. }) => "Terms.Open",
            Event::Terms(TermsEvent::Agree) => "Terms.Agree",
            Event::Terms(TermsEvent::Continue) => "Terms.Continue",
            Event::Pin(PinEvent::Digit { .. }) => "Pin.Digit",
            Event::Pin(PinEvent::Erase) => "Pin.Erase",
            Event::Pin(PinEvent::Forgot) => "Pin.Forgot",
            Event::Pin(PinEvent::UseBiometrics) => "Pin.UseBiometrics",
            Event::Biometrics(BiometricsEvent::Enable) => "Biometrics.Enable",
            Event::Biometrics(BiometricsEvent::Skip) => "Biometrics.Skip",
            Event::Settings(SettingsEvent::OpenLanguage) => "Settings.OpenLanguage",
            Event::Settings(SettingsEvent::ChangePin) => "Settings.ChangePin",
            Event::Settings(SettingsEvent::SetBiometrics { .. }) => "Settings.SetBiometrics",
            Event::Settings(SettingsEvent::SetAutoLock { .. }) => "Settings.SetAutoLock",
            Event::Settings(SettingsEvent::Logout) => "Settings.Logout",
            Event::Home(HomeEvent::OpenLanguage) => "Home.OpenLanguage",
            Event::Home(HomeEvent::OpenSettings) => "Home.OpenSettings",
            Event::Home(HomeEvent::SignIn) => "Home.SignIn",
            Event::Home(HomeEvent::Refresh) => "Home.Refresh",
            Event::Home(HomeEvent::OpenHistory) => "Home.OpenHistory",
            Event::Home(HomeEvent::OpenIdentification) => "Home.OpenIdentification",
            Event::Home(HomeEvent::OpenRecent { .. }) => "Home.OpenRecent",
            Event::History(HistoryEvent::Open { .. }) => "History.Open",
            Event::History(HistoryEvent::LoadMore) => "History.LoadMore",
            Event::History(HistoryEvent::Resync) => "History.Resync",
            Event::Operation(OperationEvent::Cancel) => "Operation.Cancel",
            Event::Kyc(event) => event.name(),
            Event::Pay(event) => event.name(),
            Event::Receive(event) => event.name(),
            Event::Transfer(event) => event.name(),
            Event::TopUp(event) => event.name(),
            Event::Services(event) => event.name(),
            Event::Favourites(event) => event.name(),
            Event::Shake(event) => event.name(),
            Event::Split(event) => event.name(),
            Event::Inbox(event) => event.name(),
            Event::PushToken { .. } => "PushToken",
            Event::PushReceived { .. } => "PushReceived",
            Event::ShareClosed => "ShareClosed",
            Event::Operation(OperationEvent::ShareReceipt) => "Operation.ShareReceipt",
            Event::Operation(OperationEvent::Repeat) => "Operation.Repeat",
        }
    }
}

/// Everything `update` handles: the user's events and the outcomes of effects. Only the first crosses the FFI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Ui(Event),
    Outcome(Outcome),
}
