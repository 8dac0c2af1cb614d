//! The screen stack: where the user is, and where «back» leads.

use super::effect::Effect;
use super::settings::Settings;
use crate::features::favourites::{FavouriteForm, RegularForm};
use crate::features::history::{HistoryList, OperationDetails};
use crate::features::inbox::InboxList;
use crate::features::kyc::state::{AddressEditor, Capture, DistrictPicker, HowTo, PassportEditor};
use crate::features::onboarding::{IntroPages, LanguagePicker};
use crate::features::pay::{PayForm, PayPin, ScanForm};
use crate::features::pin::{BiometricOffer, PinLock, PinSetup};
use crate::features::receive::ReceiveForm;
use crate::features::services::{ServiceForm, ServicesBrowser};
use crate::features::shake::ShakeForm;
use crate::features::signin::{CodeForm, PhoneForm};
use crate::features::split::{BillForm, BillScreenState, GroupScreenState};
use crate::features::terms::{TermsForm, TermsReader};
use crate::features::topup::{CardForm, ChallengeForm, TopUpMenu, TopUpResult};
use crate::features::transfer::{TransferCodeForm, TransferForm};

/// A screen with the state it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Language(LanguagePicker),
    Intro(IntroPages),
    Phone(PhoneForm),
    Code(CodeForm),
    Terms(TermsForm),
    TermsDocument(TermsReader),
    /// Creating the PIN (the wizard, after «Забыли PIN-код?») or changing it.
    CreatePin(PinSetup),
    Biometrics(BiometricOffer),
    /// The lock screen, on top of whatever was open.
    Unlock(PinLock),
    Settings,
    Home,
    History(HistoryList),
    Operation(OperationDetails),
    /// «Онлайн-идентификация»: where the application is, and the way in.
    KycStatus,
    KycHowTo(HowTo),
    KycChecklist,
    /// «Верификация пользователя»: the photos and the passport data.
    KycVerification,
    KycCapture(Capture),
    KycPassport(PassportEditor),
    KycAddress(AddressEditor),
    KycDistricts(DistrictPicker),
    KycConsent,
    /// Paying by QR: the scanner, the confirmation, the PIN that confirms.
    PayScan(ScanForm),
    PayConfirm(Box<PayForm>),
    PayPin(PayPin),
    /// After the PIN: the payment's result, following its operation to the bank's answer («Готово» and «back» lead
    /// home). Transfers and shake payments end here too.
    PayResult(OperationDetails),
    /// «Уведомления»: what the bank told this customer.
    Inbox(InboxList),
    /// «Получить по QR»: the customer's own code, static or with an amount.
    Receive(Box<ReceiveForm>),
    /// Transfer by phone number, and the SMS code of a transfer to another bank (after the PIN).
    Transfer(TransferForm),
    TransferCode(TransferCodeForm),
    /// «Встряхнуть и оплатить»: the side, the detector listening, and the shake at the bank.
    Shake(Box<ShakeForm>),
    /// «Разделить чек»: the bills and the requests made to me; a bill being made; a bill being collected.
    SplitBills,
    SplitEditor(Box<BillForm>),
    SplitBill(BillScreenState),
    /// A group's balances and the payments that settle it.
    SplitGroup(GroupScreenState),
    /// «Избранное»; a favourite saved or changed; its regular payment.
    Favourites,
    FavouriteEdit(Box<FavouriteForm>),
    RegularEdit(Box<RegularForm>),
    /// «Платежи»: the catalogue; a provider's form.
    Services(ServicesBrowser),
    ServicePay(Box<ServiceForm>),
    /// «Пополнить»: the ways in and the account's details; the card form; the issuer's code; the result.
    TopUp(TopUpMenu),
    CardTopUp(Box<CardForm>),
    CardChallenge(Box<ChallengeForm>),
    TopUpResult(Box<TopUpResult>),
}

impl Route {
    pub fn name(&self) -> &'static str {
        match self {
            Route::Language(_) => "language",
            Route::Intro(_) => "intro",
            Route::Phone(_) => "phone",
            Route::Code(_) => "code",
            Route::Terms(_) => "terms",
            Route::TermsDocument(_) => "terms-document",
            Route::CreatePin(_) => "create-pin",
            Route::Biometrics(_) => "biometrics",
            Route::Unlock(_) => "unlock",
            Route::Settings => "settings",
            Route::Home => "home",
            Route::History(_) => "history",
            Route::Operation(_) => "operation",
            Route::PayResult(_) => "pay-result",
            Route::Inbox(_) => "inbox",
            Route::KycStatus => "kyc-status",
            Route::KycHowTo(_) => "kyc-how-to",
            Route::KycChecklist => "kyc-checklist",
            Route::KycVerification => "kyc-verification",
            Route::KycCapture(_) => "kyc-capture",
            Route::KycPassport(_) => "kyc-passport",
            Route::KycAddress(_) => "kyc-address",
            Route::KycDistricts(_) => "kyc-districts",
            Route::KycConsent => "kyc-consent",
            Route::PayScan(_) => "pay-scan",
            Route::PayConfirm(_) => "pay-confirm",
            Route::PayPin(_) => "pay-pin",
            Route::Receive(_) => "receive",
            Route::Transfer(_) => "transfer",
            Route::TransferCode(_) => "transfer-code",
            Route::Shake(_) => "shake",
            Route::SplitBills => "split-bills",
            Route::SplitEditor(_) => "split-editor",
            Route::SplitBill(_) => "split-bill",
            Route::SplitGroup(_) => "split-group",
            Route::Favourites => "favourites",
            Route::FavouriteEdit(_) => "favourite-edit",
            Route::RegularEdit(_) => "regular-edit",
            Route::Services(_) => "services",
            Route::ServicePay(_) => "service-pay",
            Route::TopUp(_) => "top-up",
            Route::CardTopUp(_) => "card-top-up",
            Route::CardChallenge(_) => "card-challenge",
            Route::TopUpResult(_) => "top-up-result",
        }
    }
}

/// The screens from the root to the one on top. Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stack {
    routes: Vec<Route>,
}

impl Stack {
    pub fn new(root: Route) -> Stack {
        Stack { routes: vec![root] }
    }

    pub fn from_routes(root: Route, rest: impl IntoIterator<Item = Route>) -> Stack {
        let mut routes = vec![root];
        routes.extend(rest);
        Stack { routes }
    }

    pub fn top(&self) -> &Route {
        // The stack is never empty: `new` puts a root in and `pop` never takes it out.
        &self.routes[self.routes.len() - 1]
    }

    pub fn top_mut(&mut self) -> &mut Route {
        let last = self.routes.len() - 1;
        &mut self.routes[last]
    }

    pub fn depth(&self) -> usize {
        self.routes.len()
    }

    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    pub fn routes_mut(&mut self) -> impl Iterator<Item = &mut Route> {
        self.routes.iter_mut()
    }

    pub fn apply(&mut self, nav: Nav) {
        match nav {
            Nav::Stay => {}
            Nav::Push(route) => self.routes.push(route),
            Nav::Pop => {
                if self.routes.len() > 1 {
                    self.routes.pop();
                }
            }
            Nav::Replace(route) => {
                if self.routes.len() > 1 {
                    self.routes.pop();
                }
                self.routes.push(route);
            }
            Nav::Reset(root) => self.routes = vec![root],
            Nav::Finish(route) => {
                self.routes.truncate(1);
                self.routes.push(route);
            }
        }
    }
}

/// How a step moves through the stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nav {
    Stay,
    Push(Route),
    Pop,
    /// The screen on top gives way to the next step of a sequence («back» skips the finished one).
    Replace(Route),
    /// Start a new stack: nothing before this screen can be reached with «back» (onboarding is over).
    Reset(Route),
    /// A flow is done: back to the root, then `route` on top («back» returns to the root, not into the flow).
    Finish(Route),
}

/// What a feature's `update` decided: where to go and what to have done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub nav: Nav,
    pub effects: Vec<Effect>,
}

impl Step {
    pub fn stay() -> Step {
        Step { nav: Nav::Stay, effects: Vec::new() }
    }

    pub fn to(nav: Nav) -> Step {
        Step { nav, effects: Vec::new() }
    }

    /// Also persist the settings as they are now.
    pub fn saving(mut self, settings: &Settings) -> Step {
        self.effects.push(Effect::SaveSettings(settings.clone()));
        self
    }

    /// Also have `effect` done.
    pub fn with(mut self, effect: Effect) -> Step {
        self.effects.push(effect);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_cannot_be_popped() {
        let mut stack = Stack::new(Route::Home);
        stack.apply(Nav::Pop);
        assert_eq!(stack.top(), &Route::Home);
        assert_eq!(stack.depth(), 1);
    }

    #[test]
    fn reset_forgets_everything_before() {
        let mut stack = Stack::from_routes(Route::Home, [Route::Intro(IntroPages { page: 0 })]);
        stack.apply(Nav::Reset(Route::Home));
        assert_eq!(stack.routes(), &[Route::Home]);
    }
}
