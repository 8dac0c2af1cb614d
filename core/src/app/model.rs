//! The whole state of the app.

use super::dialog::Dialog;
use super::effect::Effect;
use super::navigation::{Route, Stack};
use super::settings::Settings;
use super::view::NoticeKind;
use super::wizard;
use crate::domain::{Language, Phone};
use crate::features::favourites::FavouritesModel;
use crate::features::history::{HistoryList, OperationDetails};
use crate::features::home::Wallet;
use crate::features::kyc::Kyc;
use crate::features::onboarding::{OnboardingStage, WizardDraft};
use crate::features::services::ServicesModel;
use crate::features::split::SplitModel;
use crate::features::terms::TermsForm;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub settings: Settings,
    /// The device's language as the wallet speaks it: pre-selected until the user picks one.
    pub device_language: Language,
    /// For the times the app shows.
    pub utc_offset_minutes: i32,
    /// Whether the core was given a bank to talk to.
    pub bank_configured: bool,
    /// The bank's provider id in the payment codes the wallet makes (`BankConfig.qr_provider_id`).
    pub qr_provider_id: String,
    pub stack: Stack,
    pub notice: Option<Notice>,
    pub dialog: Option<Dialog>,
    /// Who is signed in.
    pub phone: Option<Phone>,
    pub security: Security,
    /// The balance, the newest operations and how syncing goes.
    pub wallet: Wallet,
    /// Online identification: the draft and where the application is.
    pub kyc: Kyc,
    /// Split bills, the requests made to me, the contacts who have the wallet.
    pub split: SplitModel,
    /// The services catalogue («Платежи»), as kept and as the bank last sent it.
    pub services: ServicesModel,
    /// «Избранное» and the regular payments, as the bank last listed them.
    pub favourites: FavouritesModel,
    /// The newest time an outcome brought (`update` reads no clock): countdowns on screen count from it.
    pub now_ms: i64,
    /// A `Tick` is on its way; at most one at a time.
    pub ticking: bool,
    /// Files the shell is asked to share (a receipt's picture and document).
    pub share: Option<crate::app::view::ShareSheet>,
    /// How far the clock was seen set back since the last `update` (the vault is told, then this is cleared).
    pub clock_set_back_ms: Option<i64>,
    /// The wizard's draft as last handed to the store.
    pub saved_draft: WizardDraft,
    /// Counts the views made so far; shells drop a view older than the one they show.
    pub revision: u64,
}

/// How the signed-in person's access is protected on this phone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Security {
    pub pin_set: bool,
    /// The device can do biometrics (the shell said so in the configuration).
    pub biometrics_available: bool,
    pub biometrics_enabled: bool,
    /// The current terms are accepted.
    pub terms_accepted: bool,
    /// Only the newest idle watch counts.
    pub idle_generation: u64,
    /// The bank has this device's push address (since the last sign-in).
    pub push_registered: bool,
    /// The user was told the bank's new terms need an update of the app (once a run, not at every sync).
    pub terms_update_told: bool,
}

impl Security {
    /// A fresh idle watch (the older ones stop counting), when there is a PIN to lock with.
    pub fn watch_idle(&mut self, settings: &Settings) -> Option<Effect> {
        if !self.pin_set {
            return None;
        }
        self.idle_generation += 1;
        Some(Effect::WatchIdle { timeout_ms: settings.auto_lock_ms(), generation: self.idle_generation })
    }
}

/// A short message over the current screen. Successes and information go by themselves after a moment; warnings
/// and errors stay until the user closes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    SettingsNotSaved,
    /// Signed out because the account signed in on another device.
    SessionReplaced,
    SessionEnded,
    /// The phone's secure storage lost the data key: local data was cleared, `lost` unsent operations with it.
    LocalDataCleared {
        lost: usize,
    },
    /// A message from the localisation files.
    Message {
        message_id: &'static str,
        kind: NoticeKind,
    },
    /// Money arrived: «Получено 250,00 сом от Айгуль А.».
    MoneyIn {
        amount: crate::domain::Money,
        from: String,
    },
}

impl Notice {
    pub fn success(message_id: &'static str) -> Notice {
        Notice::Message { message_id, kind: NoticeKind::Success }
    }

    pub fn info(message_id: &'static str) -> Notice {
        Notice::Message { message_id, kind: NoticeKind::Info }
    }

    pub fn warning(message_id: &'static str) -> Notice {
        Notice::Message { message_id, kind: NoticeKind::Warning }
    }

    pub fn error(message_id: &'static str) -> Notice {
        Notice::Message { message_id, kind: NoticeKind::Error }
    }

    pub fn kind(&self) -> NoticeKind {
        match self {
            Notice::SettingsNotSaved => NoticeKind::Error,
            Notice::SessionReplaced | Notice::SessionEnded | Notice::LocalDataCleared { .. } => NoticeKind::Warning,
            Notice::Message { kind, .. } => *kind,
            Notice::MoneyIn { .. } => NoticeKind::Success,
        }
    }

    /// The message, when it is one from the files.
    pub fn message_id(&self) -> Option<&'static str> {
        match self {
            Notice::Message { message_id, .. } => Some(message_id),
            _ => None,
        }
    }
}

/// The date at `now_ms` in a zone `utc_offset_minutes` from UTC.
pub fn today_at(now_ms: i64, utc_offset_minutes: i32) -> time::Date {
    let offset = time::UtcOffset::from_whole_seconds(utc_offset_minutes * 60).unwrap_or(time::UtcOffset::UTC);
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(now_ms) * 1_000_000)
        .map(|at| at.to_offset(offset).date())
        .unwrap_or(time::Date::MIN)
}

/// What a feature's `update` may read and change besides its own screen's state.
pub struct Ctx<'a> {
    pub settings: &'a mut Settings,
    pub device_language: Language,
    pub wallet: &'a mut Wallet,
    pub bank_configured: bool,
}

impl Ctx<'_> {
    /// The language the app speaks now: the user's choice, else the device's.
    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or(self.device_language)
    }
}

/// A step back of the clock bigger than this is the clock being set, not outcomes arriving out of order.
pub const CLOCK_SET_BACK_MS: i64 = 60_000;

/// What the engine found when it opened, for the first model.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Start {
    pub device_language: Language,
    pub utc_offset_minutes: i32,
    pub bank_configured: bool,
    /// The bank's provider id for the codes the wallet makes; empty: the sandbox bank's.
    pub qr_provider_id: String,
    /// Who is signed in.
    pub phone: Option<Phone>,
    pub notice: Option<Notice>,
    pub now_ms: i64,
    /// `idle_generation` is ignored.
    pub security: Security,
    pub draft: WizardDraft,
}

impl Model {
    /// The app as it opens: at the step of onboarding the user reached with what they had typed, or home — behind
    /// the lock screen when there is a PIN.
    pub fn restore(settings: Settings, start: Start) -> Model {
        let stack = wizard::restore(&settings, &start);
        Model {
            settings,
            device_language: start.device_language,
            utc_offset_minutes: start.utc_offset_minutes,
            bank_configured: start.bank_configured,
            qr_provider_id: if start.qr_provider_id.is_empty() {
                crate::features::receive::state::DEFAULT_QR_PROVIDER.to_owned()
            } else {
                start.qr_provider_id
            },
            stack,
            notice: start.notice,
            dialog: None,
            wallet: Wallet { session: start.phone.as_ref().map(Phone::masked), ..Wallet::default() },
            phone: start.phone,
            kyc: Kyc::default(),
            split: SplitModel::default(),
            services: ServicesModel::default(),
            favourites: FavouritesModel::default(),
            security: Security { idle_generation: 0, ..start.security },
            now_ms: start.now_ms,
            ticking: false,
            clock_set_back_ms: None,
            share: None,
            saved_draft: start.draft,
            revision: 0,
        }
    }

    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or(self.device_language)
    }

    /// Takes the time an outcome brings. Outcomes racing to the lock may arrive a little out of order, so the model's
    /// time never steps back by less than [`CLOCK_SET_BACK_MS`]; a bigger step back is the phone's clock put right
    /// (by the network or by hand), and then the model follows it, or countdowns would freeze until the clock
    /// caught up again.
    pub fn observe_time(&mut self, at_ms: i64) {
        if at_ms > self.now_ms {
            self.now_ms = at_ms;
        } else if self.now_ms - at_ms > CLOCK_SET_BACK_MS {
            let by_ms = self.now_ms - at_ms;
            super::wizard::clock_set_back(self, by_ms);
            *self.clock_set_back_ms.get_or_insert(0) += by_ms;
            self.now_ms = at_ms;
        }
    }

    /// Today's date where the phone is (from the newest time an outcome brought).
    pub fn today(&self) -> time::Date {
        today_at(self.now_ms, self.utc_offset_minutes)
    }

    /// The lock screen is open.
    pub fn locked(&self) -> bool {
        self.stack.routes().iter().any(|route| matches!(route, Route::Unlock(_)))
    }

    /// The onboarding is over.
    pub fn onboarded(&self) -> bool {
        self.settings.onboarding == OnboardingStage::Completed
    }

    /// The history list, wherever it is in the stack.
    pub fn history_mut(&mut self) -> Option<&mut HistoryList> {
        self.stack.routes_mut().find_map(|route| match route {
            Route::History(list) => Some(list),
            _ => None,
        })
    }

    /// The terms list, wherever it is in the stack.
    pub fn terms_mut(&mut self) -> Option<&mut TermsForm> {
        self.stack.routes_mut().find_map(|route| match route {
            Route::Terms(form) => Some(form),
            _ => None,
        })
    }

    /// The details of the operation `local_id`, if open.
    pub fn details_mut(&mut self, local_id: &str) -> Option<&mut OperationDetails> {
        self.stack.routes_mut().find_map(|route| match route {
            Route::Operation(details) | Route::PayResult(details) if details.local_id == local_id => Some(details),
            _ => None,
        })
    }
}

#[cfg(test)]
pub(crate) fn start(device_language: Language) -> Start {
    Start { device_language, utc_offset_minutes: 360, bank_configured: true, ..Start::default() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::onboarding::{ChallengeDraft, IntroPages, LanguagePicker, LanguagePurpose};
    use crate::features::pin::{PinLock, PinSetup, SetupPurpose};
    use crate::features::signin::update::tests::challenge;
    use crate::features::signin::{CodeForm, PhoneForm, SignInPurpose};

    fn at(stage: OnboardingStage) -> Settings {
        Settings { language: Some(Language::Ru), onboarding: stage, ..Settings::default() }
    }

    fn phone() -> Phone {
        Phone::parse("+996555123456").expect("phone")
    }

    fn signed_in(security: Security) -> Start {
        Start { phone: Some(phone()), security, ..start(Language::Ru) }
    }

    #[test]
    fn a_new_install_opens_the_language_screen_in_the_device_language() {
        let model = Model::restore(Settings::default(), start(Language::Kk));
        assert_eq!(model.stack.routes(), &[Route::Language(LanguagePicker { purpose: LanguagePurpose::FirstRun })]);
        assert_eq!(model.language(), Language::Kk);
    }

    #[test]
    fn resumes_the_intro_page_with_the_chosen_language() {
        let settings = Settings { language: Some(Language::Ky), ..at(OnboardingStage::Intro { page: 1 }) };
        let model = Model::restore(settings, start(Language::En));
        assert_eq!(model.stack.top(), &Route::Intro(IntroPages { page: 1 }));
        assert_eq!(model.stack.depth(), 2, "back from the intro leads to the language screen");
        assert_eq!(model.language(), Language::Ky);
    }

    #[test]
    fn a_stored_page_past_the_end_resumes_at_the_last_page() {
        let model = Model::restore(at(OnboardingStage::Intro { page: 99 }), start(Language::Ru));
        assert_eq!(model.stack.top(), &Route::Intro(IntroPages { page: IntroPages::count() - 1 }));
    }

    #[test]
    fn resumes_the_phone_and_code_screens_with_what_was_typed() {
        let draft = WizardDraft {
            phone_text: "0555 123 456".into(),
            challenge: Some(ChallengeDraft { phone: phone(), challenge: challenge(7) }),
            terms_ticked: vec![],
        };
        let model = Model::restore(at(OnboardingStage::SignIn), Start { draft, ..start(Language::Ru) });
        assert_eq!(
            model.stack.routes(),
            &[
                Route::Phone(PhoneForm { text: "0555 123 456".into(), ..PhoneForm::default() }),
                Route::Code(CodeForm::new(phone(), SignInPurpose::SignIn, challenge(7))),
            ]
        );
    }

    #[test]
    fn after_the_code_the_terms_then_the_pin_then_the_lock_screen() {
        let draft = WizardDraft { terms_ticked: vec![true, false, true], ..WizardDraft::default() };
        let model = Model::restore(at(OnboardingStage::Terms), Start { draft, ..signed_in(Security::default()) });
        assert_eq!(model.stack.routes(), &[Route::Terms(TermsForm { ticked: vec![true, false, true], busy: false })]);
        let model = Model::restore(
            at(OnboardingStage::CreatePin),
            signed_in(Security { terms_accepted: true, ..Security::default() }),
        );
        assert_eq!(model.stack.routes(), &[Route::CreatePin(PinSetup::new(SetupPurpose::Onboarding))]);
        let model = Model::restore(
            at(OnboardingStage::Completed),
            signed_in(Security { terms_accepted: true, pin_set: true, ..Security::default() }),
        );
        assert_eq!(model.stack.routes(), &[Route::Home, Route::Unlock(PinLock::default())]);
        assert!(model.locked());
    }

    #[test]
    fn a_pin_always_comes_first_whatever_stage_the_settings_claim() {
        let security = Security { terms_accepted: true, pin_set: true, ..Security::default() };
        for stage in [OnboardingStage::SignIn, OnboardingStage::Terms, OnboardingStage::CreatePin] {
            let model = Model::restore(at(stage), signed_in(security.clone()));
            assert!(model.locked(), "{stage:?}");
        }
    }

    #[test]
    fn signed_out_after_onboarding_opens_home_with_sign_in() {
        assert_eq!(Model::restore(at(OnboardingStage::Completed), start(Language::Ru)).stack.routes(), &[Route::Home]);
    }
}
