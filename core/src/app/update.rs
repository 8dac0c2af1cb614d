//! The one `update`: routes each event to the feature of the screen on top, each outcome to the state it concerns,
//! then applies the step. Pure: the same model and message always give the same model and effects.

use super::dialog::Dialog;
use super::effect::{Effect, Outcome, SyncProblem};
use super::event::{Event, Msg};
use super::guard;
use super::model::{Ctx, Model, Notice, today_at};
use super::navigation::{Nav, Route, Stack, Step};
use super::rejection::Rejection;
use super::settings::PushAddress;
use super::wizard;
use crate::features::favourites::FavouritesEvent;
use crate::features::favourites::update as favourites_rules;
use crate::features::history::{OperationDetails, OperationEvent};
use crate::features::inbox::InboxEvent;
use crate::features::inbox::update as inbox_rules;
use crate::features::kyc::update::{self as kyc_rules, KycCtx};
use crate::features::onboarding::{IntroPages, LanguagePicker, LanguagePurpose, OnboardingStage};
use crate::features::pay::PayEvent;
use crate::features::pay::update as pay_rules;
use crate::features::pin::update as pin_rules;
use crate::features::pin::{BiometricsEvent, PinEvent, PinProblem, PinPurpose, SetupPurpose};
use crate::features::receive::ReceiveEvent;
use crate::features::receive::update::{self as receive_rules, Opening};
use crate::features::services::ServicesEvent;
use crate::features::services::update as services_rules;
use crate::features::shake::ShakeEvent;
use crate::features::shake::update as shake_rules;
use crate::features::signin::{PhoneForm, SignInPurpose};
use crate::features::split::SplitEvent;
use crate::features::split::update as split_rules;
use crate::features::terms::{TermsEvent, TermsForm};
use crate::features::topup::TopUpEvent;
use crate::features::topup::update as topup_rules;
use crate::features::transfer::TransferEvent;
use crate::features::transfer::update as transfer_rules;
use crate::features::{history, home, onboarding, settings, signin, terms};
use crate::security::{BiometricVerdict, PinVerdict};
use crate::sync::terms::TermsStanding;

/// Applies `msg` to `model` and returns the effects to run. On `Err` the model is unchanged.
pub fn update(model: &mut Model, msg: Msg) -> Result<Vec<Effect>, Rejection> {
    let step = match msg {
        Msg::Ui(event) => on_event(model, event)?,
        Msg::Outcome(outcome) => on_outcome(model, outcome),
    };
    model.stack.apply(step.nav);
    let mut effects = step.effects;
    wizard::keep_draft(model, &mut effects);
    wizard::keep_ticking(model, &mut effects);
    if let Some(by_ms) = model.clock_set_back_ms.take() {
        effects.push(Effect::ClockSetBack { by_ms });
    }
    kyc_rules::keep_draft(&mut model.kyc, &mut effects);
    kyc_rules::keep_polling(&mut model.kyc, model.stack.top(), &mut effects);
    shake_rules::keep_polling(model.stack.top_mut(), &mut effects);
    Ok(effects)
}

fn on_event(model: &mut Model, event: Event) -> Result<Step, Rejection> {
    // What concerns the whole app, or a screen below the top, first.
    match (&event, model.stack.top()) {
        (Event::Dialog(answer), _) => return guard::dialog(model, answer.clone()),
        (Event::Back, _) if model.dialog.is_some() => {
            model.dialog = None;
            return Ok(Step::stay());
        }
        (Event::Lifecycle { foreground: true }, _) => return Ok(guard::foreground(model)),
        (Event::Lifecycle { foreground: false }, _) => return Ok(Step::stay()),
        // The accelerometer stops a moment after the shake screen goes: late batches are no one's mistake.
        (Event::Shake(ShakeEvent::Samples { .. }), route) if !matches!(route, Route::Shake(_)) => {
            return Ok(Step::stay());
        }
        (Event::Pin(PinEvent::Forgot), Route::Unlock(lock)) if !lock.busy => {
            model.dialog = Some(Dialog::ForgotPin);
            return Ok(Step::stay());
        }
        (Event::Terms(TermsEvent::Agree), Route::TermsDocument(reader)) => {
            let reader = *reader;
            return Ok(terms::update::agree(&reader, model.terms_mut()));
        }
        (Event::Biometrics(event), Route::Biometrics(_)) => return Ok(biometrics_offer(model, event.clone())),
        // The shell passes the contacts whenever it has read them, whatever the screen.
        (Event::Split(SplitEvent::ContactsRead { contacts }), _) => {
            return Ok(split_rules::contacts_read(&mut model.split, contacts.clone(), &model.wallet));
        }
        (Event::Split(SplitEvent::RefreshContacts), _) => {
            return Ok(split_rules::check_contacts(&mut model.split, &model.wallet));
        }
        (Event::Back, Route::Phone(form))
            if form.purpose == SignInPurpose::SignIn && !model.onboarded() && model.stack.depth() == 1 =>
        {
            let last = IntroPages::at(IntroPages::count() - 1);
            let first_run = Route::Language(LanguagePicker { purpose: LanguagePurpose::FirstRun });
            model.settings.onboarding = OnboardingStage::Intro { page: last.page };
            model.stack = Stack::from_routes(first_run, [Route::Intro(last)]);
            return Ok(Step::stay().saving(&model.settings));
        }
        (Event::Back, Route::Terms(_)) if !model.onboarded() && model.stack.depth() == 1 => {
            // Another number, or the same one again: a new sign-in replaces this session.
            let text = model.phone.as_ref().map(|phone| phone.e164().to_owned()).unwrap_or_default();
            return Ok(go_to(model, OnboardingStage::SignIn, Route::Phone(PhoneForm { text, ..PhoneForm::default() })));
        }
        (Event::PushToken { platform, token }, _) => {
            let address = PushAddress { platform: *platform, token: token.chars().take(4096).collect() };
            if model.settings.push.as_ref() == Some(&address) && model.security.push_registered {
                return Ok(Step::stay());
            }
            model.settings.push = Some(address.clone());
            model.security.push_registered = false;
            let step = Step::stay().saving(&model.settings);
            return Ok(if model.phone.is_some() { step.with(Effect::RegisterPush { address }) } else { step });
        }
        (Event::PushReceived { .. }, _) => {
            // Whatever it says, the sync brings it; one already running may have missed it, so another follows.
            if model.wallet.sync.running {
                model.wallet.sync.again = true;
                return Ok(Step::stay());
            }
            return Ok(home::update::start_sync(&mut model.wallet));
        }
        (Event::ShareClosed, _) => {
            model.share = None;
            if let Route::TopUp(menu) = model.stack.top_mut() {
                menu.sharing = false;
            }
            return Ok(Step::stay());
        }
        (Event::Operation(OperationEvent::ShareReceipt), Route::Operation(details) | Route::PayResult(details)) => {
            let Some(operation) = details.operation.as_deref().filter(|op| history::update::can_share(op)) else {
                return Err(Rejection::NotNow { event: "Operation.ShareReceipt", reason: "no verified receipt" });
            };
            return Ok(Step::stay().with(Effect::ShareReceipt {
                local_id: operation.local_id.clone(),
                language: model.language(),
                utc_offset_minutes: model.utc_offset_minutes,
            }));
        }
        (Event::Inbox(InboxEvent::Open), Route::Home) => return inbox_rules::open(&model.wallet),
        (Event::TopUp(TopUpEvent::Receive), Route::TopUp(_)) => {
            let opening = Opening { provider_id: &model.qr_provider_id, at_ms: model.now_ms, revision: model.revision };
            return receive_rules::open(&model.wallet, opening);
        }
        (Event::Receive(ReceiveEvent::Open), Route::Home) => {
            let opening = Opening { provider_id: &model.qr_provider_id, at_ms: model.now_ms, revision: model.revision };
            return receive_rules::open(&model.wallet, opening);
        }
        (Event::Settings(event), Route::Settings) => {
            let waiting = model.phone.is_some().then_some(model.wallet.waiting);
            return settings::update::settings(
                event.clone(),
                &mut model.settings,
                &mut model.security,
                waiting,
                &mut model.dialog,
            );
        }
        _ => {}
    }
    let name = event.name();
    let depth = model.stack.depth();
    let now_ms = model.now_ms;
    let biometrics = model.security.biometrics_enabled;
    let Model {
        settings,
        device_language,
        utc_offset_minutes,
        stack,
        notice,
        dialog,
        wallet,
        kyc,
        split,
        services,
        favourites,
        bank_configured,
        phone,
        ..
    } = model;
    let mut ctx = Ctx { settings, device_language: *device_language, wallet, bank_configured: *bank_configured };
    match (event, stack.top_mut()) {
        (Event::Back, route) => Ok(back(route, depth, &mut ctx)),
        (Event::DismissNotice, _) => {
            *notice = None;
            Ok(Step::stay())
        }
        (Event::Network { online: true }, _) => Ok(home::update::start_sync(ctx.wallet)),
        (Event::Network { online: false }, _) => Ok(Step::stay()),
        (Event::Language(event), Route::Language(picker)) => onboarding::update::language(picker, event, &mut ctx),
        (Event::Intro(event), Route::Intro(pages)) => onboarding::update::intro(pages, event, &mut ctx),
        (Event::SignIn(event), Route::Phone(form)) => signin::update::phone(form, event, ctx.bank_configured),
        (Event::SignIn(event), Route::Code(form)) => signin::update::code(form, event, now_ms),
        (Event::Terms(event), Route::Terms(form)) => terms::update::terms(form, event),
        (Event::Pin(event), Route::CreatePin(form)) => pin_rules::setup(form, event, now_ms),
        (Event::Pin(event), Route::Unlock(lock)) => {
            pin_rules::lock(lock, event, now_ms, biometrics, PinPurpose::Unlock)
        }
        (Event::Home(event), Route::Home) => home::update::home(event, &mut ctx),
        (Event::Pay(PayEvent::OpenScanner), Route::Home) => pay_rules::open_scanner(ctx.wallet),
        (Event::Pay(event), Route::PayScan(form)) => pay_rules::scanner(form, event, ctx.wallet),
        (Event::Pay(event), Route::PayConfirm(form)) => pay_rules::confirm(form, event, ctx.wallet),
        (Event::Pin(event), Route::PayPin(lock)) => pin_rules::lock(lock, event, now_ms, biometrics, PinPurpose::Pay),
        (Event::Pay(event), Route::PayResult(details)) => pay_rules::result(details, event),
        (Event::Operation(OperationEvent::Cancel), Route::Operation(details) | Route::PayResult(details)) => {
            history::update::ask_to_cancel(details, dialog)
        }
        (Event::Receive(event), Route::Receive(form)) => {
            let mut step = receive_rules::receive(form, event, ctx.wallet)?;
            // A code with an amount is about to be paid: ask the bank every few seconds from now (pushes tell
            // sooner; this is for a phone whose pushes are off).
            if receive_rules::awaiting_payment(form) {
                step.effects.extend(home::update::sync_sooner(ctx.wallet).effects);
            }
            Ok(step)
        }
        (Event::Transfer(TransferEvent::Open), Route::Home) => transfer_rules::open(ctx.wallet),
        (Event::Transfer(event), Route::Transfer(form)) => {
            transfer_rules::transfer(form, event, ctx.wallet, phone.as_ref())
        }
        (Event::Transfer(event), Route::TransferCode(form)) => transfer_rules::code(form, event),
        (Event::Favourites(FavouritesEvent::Open), Route::Home) => favourites_rules::open(ctx.wallet, favourites),
        (Event::Favourites(FavouritesEvent::Pay { favourite_id }), Route::Home) => {
            favourites_rules::pay(favourites, &favourite_id, ctx.wallet)
        }
        (Event::Favourites(event), Route::Favourites) => favourites_rules::list(event, favourites, ctx.wallet),
        (Event::Favourites(FavouritesEvent::Pay { favourite_id }), Route::Services(_)) => {
            favourites_rules::pay(favourites, &favourite_id, ctx.wallet)
        }
        (Event::Favourites(FavouritesEvent::Save), Route::Operation(details) | Route::PayResult(details)) => {
            favourites_rules::save_from(details)
        }
        (Event::Favourites(event), Route::FavouriteEdit(form)) => favourites_rules::favourite(form, event),
        (Event::Favourites(event), Route::RegularEdit(form)) => favourites_rules::regular(form, event),
        (Event::Services(ServicesEvent::Open), Route::Home) => services_rules::open(ctx.wallet, services),
        (Event::Services(event), Route::Services(browser)) => services_rules::browser(browser, event, services),
        (Event::Services(event), Route::ServicePay(form)) => services_rules::service(form, event, services, ctx.wallet),
        (Event::TopUp(TopUpEvent::Open), Route::Home) => topup_rules::open(ctx.wallet),
        (Event::TopUp(event), Route::TopUp(menu)) => {
            topup_rules::menu(menu, event, today_at(now_ms, *utc_offset_minutes))
        }
        (Event::TopUp(event), Route::CardTopUp(form)) => topup_rules::card(form, event),
        (Event::TopUp(event), Route::CardChallenge(form)) => topup_rules::challenge(form, event),
        (Event::TopUp(event), Route::TopUpResult(result)) => {
            topup_rules::result(result, event, ctx.wallet, today_at(now_ms, *utc_offset_minutes))
        }
        (Event::Shake(ShakeEvent::Open), Route::Home) => shake_rules::open(ctx.wallet),
        (Event::Shake(event), Route::Shake(form)) => shake_rules::shake(form, event, ctx.wallet),
        (Event::Split(SplitEvent::OpenBills), Route::Home) => split_rules::open_bills(ctx.wallet),
        (Event::Split(SplitEvent::PayRequest { request_id }), Route::Home) => {
            split_rules::pay_request(&request_id, split, ctx.wallet, notice)
        }
        (Event::Split(SplitEvent::FromPayment), Route::Operation(details)) => {
            split_rules::from_payment(details.operation.as_deref(), ctx.wallet)
        }
        (Event::Split(SplitEvent::FromCode), Route::PayConfirm(form)) => split_rules::from_code(form, ctx.wallet),
        (Event::Split(event), Route::SplitBills) => split_rules::bills(event, split, ctx.wallet, notice),
        (Event::Split(event), Route::SplitEditor(form)) => split_rules::editor(form, event, split, ctx.wallet),
        (Event::Split(event), Route::SplitBill(state)) => split_rules::bill(state, event, split, ctx.wallet, notice),
        (Event::Split(SplitEvent::OpenBill { bill_id }), Route::SplitGroup(_)) => {
            split_rules::bills(SplitEvent::OpenBill { bill_id }, split, ctx.wallet, notice)
        }
        (Event::Kyc(event), route) => {
            let today = today_at(now_ms, *utc_offset_minutes);
            kyc_rules::kyc(event, route, KycCtx { kyc, dialog, today, language: ctx.language() })
        }
        (Event::History(event), Route::History(list)) => history::update::history(list, event),
        (Event::Operation(OperationEvent::Repeat), Route::Operation(details)) => {
            history::update::repeat(details, ctx.wallet, services, notice)
        }
        (Event::Inbox(event), Route::Inbox(list)) => inbox_rules::inbox(list, event),
        (_, route) => Err(Rejection::WrongScreen { event: name, screen: route.name() }),
    }
}

/// The PIN (or biometrics) confirmed the payment under it: into the outbox, or first the SMS code of a transfer
/// to another bank.
fn payment_confirmed(model: &mut Model) -> Step {
    let routes = model.stack.routes();
    let form = match routes.len().checked_sub(2).and_then(|i| routes.get(i)) {
        Some(Route::PayConfirm(form)) => form,
        _ => return Step::to(Nav::Pop),
    };
    let Some(draft) = pay_rules::draft(form) else {
        return Step::to(Nav::Pop);
    };
    if pay_rules::needs_sms_code(form) {
        return transfer_rules::ask_code(form, draft);
    }
    if let Route::PayPin(lock) = model.stack.top_mut() {
        lock.busy = true;
    }
    Step::stay().with(Effect::Pay { draft: Box::new(draft) })
}

/// What the app does as soon as it opens: read the wallet from the store, and sync if someone is signed in.
pub fn on_start(model: &mut Model) -> Vec<Effect> {
    let mut effects = Vec::new();
    if model.bank_configured {
        effects.push(Effect::LoadWallet);
        effects.push(Effect::LoadKyc);
        effects.extend(home::update::start_sync(&mut model.wallet).effects);
    }
    if !model.locked() {
        effects.extend(model.security.watch_idle(&model.settings));
    }
    effects.extend(guard::offer_biometrics(model));
    wizard::keep_ticking(model, &mut effects);
    effects
}

/// Whether «back» leads anywhere from here. The view shows a back action exactly when this holds.
pub fn can_go_back(model: &Model) -> bool {
    match model.stack.top() {
        Route::Unlock(_) => false,
        // The wizard's phone number goes back to the intro; the terms go back to the phone number.
        Route::Phone(form) if form.purpose == SignInPurpose::SignIn && !model.onboarded() => true,
        Route::Terms(_) if !model.onboarded() => true,
        Route::Intro(pages) if pages.page > 0 => true,
        Route::CreatePin(setup) if setup.step == crate::features::pin::SetupStep::Repeat => true,
        _ => model.stack.depth() > 1,
    }
}

fn back(route: &mut Route, depth: usize, ctx: &mut Ctx<'_>) -> Step {
    match route {
        Route::Intro(pages) => onboarding::update::back_from_intro(pages, ctx),
        // The lock screen cannot be stepped over.
        Route::Unlock(_) => Step::stay(),
        Route::CreatePin(setup) if setup.step == crate::features::pin::SetupStep::Repeat => {
            pin_rules::back_from_setup(setup);
            Step::stay()
        }
        Route::Shake(form) => shake_rules::back(form),
        Route::Services(browser) if browser.category.is_some() => {
            services_rules::back(browser).unwrap_or_else(|| Step::to(Nav::Pop))
        }
        _ if depth > 1 => Step::to(Nav::Pop),
        // At the root there is nowhere to go back to: the shell leaves the app itself.
        _ => Step::stay(),
    }
}

/// The biometrics offer: «Включить» turns it on first; «Не сейчас» finishes the wizard.
fn biometrics_offer(model: &mut Model, event: BiometricsEvent) -> Step {
    match event {
        BiometricsEvent::Enable => {
            if let Route::Biometrics(offer) = model.stack.top_mut() {
                offer.busy = true;
                offer.failed = false;
            }
            Step::stay().with(Effect::SetBiometrics { enabled: true })
        }
        BiometricsEvent::Skip => finish_wizard(model),
    }
}

/// Onboarding is over: home, with the idle watch running.
fn finish_wizard(model: &mut Model) -> Step {
    model.settings.onboarding = OnboardingStage::Completed;
    let watch = model.security.watch_idle(&model.settings);
    let mut step = Step::to(Nav::Reset(Route::Home)).saving(&model.settings);
    step.effects.extend(watch);
    step
}

/// Goes to the wizard step `stage` at `route`, saving it.
fn go_to(model: &mut Model, stage: OnboardingStage, route: Route) -> Step {
    if stage == OnboardingStage::Completed {
        return finish_wizard(model);
    }
    model.settings.onboarding = stage;
    Step::to(Nav::Reset(route)).saving(&model.settings)
}

/// What the bank's word on the terms asks of this phone: the terms again (a new edition the app shows), or an update.
fn terms_standing(model: &mut Model, standing: TermsStanding) -> Step {
    match standing {
        TermsStanding::Current => {}
        TermsStanding::UpdateApp if !model.security.terms_update_told => {
            model.security.terms_update_told = true;
            model.notice = Some(Notice::warning("terms-update-app"));
        }
        TermsStanding::UpdateApp => {}
        TermsStanding::AcceptAgain => {
            // Only someone past the wizard: the wizard asks for the terms on its own.
            if model.phone.is_none() || model.settings.onboarding != OnboardingStage::Completed {
                return Step::stay();
            }
            model.security.terms_accepted = false;
            // Locked, the terms wait under the lock screen: nothing shows before the PIN.
            let lock = model.stack.routes().iter().find(|route| matches!(route, Route::Unlock(_))).cloned();
            model.stack = Stack::from_routes(Route::Terms(TermsForm::resumed(&[])), lock);
        }
    }
    Step::stay()
}

fn on_outcome(model: &mut Model, outcome: Outcome) -> Step {
    match outcome {
        Outcome::SettingsSaved => {
            // A later save that worked makes an earlier failure moot.
            if model.notice == Some(Notice::SettingsNotSaved) {
                model.notice = None;
            }
            Step::stay()
        }
        Outcome::SettingsNotSaved => {
            model.notice = Some(Notice::SettingsNotSaved);
            Step::stay()
        }
        Outcome::CodeSent { challenge } => {
            model.observe_time(challenge.sent_at_ms);
            match model.stack.top_mut() {
                Route::Phone(form) => signin::update::code_sent(form, challenge),
                Route::Code(form) => {
                    signin::update::code_resent(form, challenge);
                    Step::stay()
                }
                _ => Step::stay(),
            }
        }
        Outcome::CodeRefused { error, retry_at_ms } => {
            match model.stack.top_mut() {
                Route::Phone(form) => {
                    form.busy = false;
                    form.error = Some(error);
                }
                Route::Code(form) => signin::update::resend_refused(form, error, retry_at_ms),
                _ => {}
            }
            Step::stay()
        }
        Outcome::SignInRefused { error } => {
            if let Route::Code(form) = model.stack.top_mut() {
                signin::update::code_refused(form, error);
            }
            Step::stay()
        }
        Outcome::SignedIn { phone, terms_accepted, pin_set, biometrics_enabled } => {
            model.wallet.session = Some(phone.masked());
            model.phone = Some(phone);
            model.security.terms_accepted = terms_accepted;
            model.security.pin_set = pin_set;
            model.security.biometrics_enabled = biometrics_enabled;
            let (stage, route) = wizard::after_sign_in(&model.security, &model.saved_draft);
            let sync = home::update::start_sync(&mut model.wallet);
            let mut step = go_to(model, stage, route);
            step.effects.extend(sync.effects);
            step.with(Effect::LoadWallet).with(Effect::LoadKyc)
        }
        Outcome::TermsAccepted => {
            model.security.terms_accepted = true;
            // A new edition accepted after onboarding: home again, and the bank hears of it at once.
            let renewal = model.settings.onboarding == OnboardingStage::Completed;
            let (stage, route) = wizard::after_sign_in(&model.security, &model.saved_draft);
            let mut step = go_to(model, stage, route);
            if renewal {
                step.effects.extend(home::update::start_sync(&mut model.wallet).effects);
            }
            step
        }
        Outcome::TermsStanding { standing } => terms_standing(model, standing),
        Outcome::TermsNotSaved => {
            if let Route::Terms(form) = model.stack.top_mut() {
                form.busy = false;
            }
            model.notice = Some(Notice::error("terms-not-saved"));
            Step::stay()
        }
        Outcome::PinCreated => {
            model.security.pin_set = true;
            let purpose = match model.stack.top() {
                Route::CreatePin(setup) => setup.purpose,
                _ => return Step::stay(),
            };
            match purpose {
                SetupPurpose::Change => {
                    model.notice = Some(Notice::success("pin-changed"));
                    Step::to(Nav::Pop)
                }
                SetupPurpose::Onboarding => {
                    let (stage, route) = wizard::after_pin(&model.security);
                    go_to(model, stage, route)
                }
            }
        }
        Outcome::PinNotCreated => {
            if let Route::CreatePin(setup) = model.stack.top_mut() {
                pin_rules::not_created(setup);
            }
            Step::stay()
        }
        Outcome::PinChecked { purpose, verdict, at_ms } => {
            model.observe_time(at_ms);
            if matches!(verdict, PinVerdict::Wiped | PinVerdict::NoPin) {
                return guard::signed_out(model, true);
            }
            match (purpose, model.stack.top_mut()) {
                (PinPurpose::Unlock, Route::Unlock(lock)) => {
                    lock.busy = false;
                    lock.problem = pin_rules::problem_after(verdict);
                    if verdict == PinVerdict::Correct {
                        return guard::unlocked(model);
                    }
                    Step::stay()
                }
                (PinPurpose::Change, Route::CreatePin(setup)) => {
                    pin_rules::change_checked(setup, verdict);
                    Step::stay()
                }
                (PinPurpose::Pay, Route::PayPin(lock)) => {
                    lock.busy = false;
                    lock.problem = pin_rules::problem_after(verdict);
                    if verdict == PinVerdict::Correct {
                        return payment_confirmed(model);
                    }
                    Step::stay()
                }
                _ => Step::stay(),
            }
        }
        Outcome::PinCheckFailed { .. } => {
            match model.stack.top_mut() {
                Route::Unlock(lock) => {
                    lock.busy = false;
                    lock.problem = Some(PinProblem::Failed);
                }
                Route::CreatePin(setup) => {
                    setup.busy = false;
                    setup.problem = Some(PinProblem::Failed);
                }
                Route::PayPin(lock) => {
                    lock.busy = false;
                    lock.problem = Some(PinProblem::Failed);
                }
                _ => {}
            }
            Step::stay()
        }
        Outcome::BiometricsSet { enabled, ok } => {
            model.security.biometrics_enabled = enabled;
            if let Route::Biometrics(offer) = model.stack.top_mut() {
                offer.busy = false;
                offer.failed = !ok;
                if ok {
                    return finish_wizard(model);
                }
            } else if !ok {
                model.notice = Some(Notice::error("biometrics-failed"));
            }
            Step::stay()
        }
        Outcome::BiometricUnlock { verdict } => {
            if matches!(verdict, BiometricVerdict::NotEnabled | BiometricVerdict::Mismatch) {
                model.security.biometrics_enabled = false;
            }
            let paying = matches!(model.stack.top(), Route::PayPin(_));
            let (Route::Unlock(lock) | Route::PayPin(lock)) = model.stack.top_mut() else {
                return Step::stay();
            };
            lock.busy = false;
            lock.awaiting_biometrics = false;
            match verdict {
                BiometricVerdict::Unlocked if paying => return payment_confirmed(model),
                BiometricVerdict::Unlocked => return guard::unlocked(model),
                BiometricVerdict::Cancelled => {}
                BiometricVerdict::NotEnabled | BiometricVerdict::Mismatch => {
                    lock.problem = Some(PinProblem::Message { message_id: "biometrics-changed" });
                }
            }
            Step::stay()
        }
        Outcome::LoggedOut => guard::signed_out(model, false),
        Outcome::Tick { now_ms } => {
            model.ticking = false;
            model.observe_time(now_ms);
            Step::stay()
        }
        Outcome::IdleDue { generation } => guard::idle_due(model, generation),
        Outcome::WalletLoaded(snapshot) => {
            home::update::wallet_loaded(&mut model.wallet, snapshot);
            for route in model.stack.routes_mut() {
                if let Route::Receive(form) = route {
                    receive_rules::wallet_changed(form, &model.wallet);
                }
                if let Route::Shake(form) = route {
                    shake_rules::wallet_changed(form, &model.wallet);
                }
                if let Route::SplitEditor(form) = route {
                    split_rules::wallet_changed(form, &model.wallet);
                }
            }
            Step::stay()
        }
        Outcome::PushRegistered { ok } => {
            model.security.push_registered = ok;
            Step::stay()
        }
        Outcome::InboxLoaded { entries } => {
            if let Route::Inbox(list) = model.stack.top_mut() {
                inbox_rules::loaded(list, entries);
            }
            Step::stay()
        }
        Outcome::ReceiptShared { result } => {
            match result {
                Ok(sheet) => model.share = Some(sheet),
                Err(message_id) => model.notice = Some(Notice::error(message_id)),
            }
            Step::stay()
        }
        Outcome::SyncFinished { at_ms, problem, received, new_events } => {
            model.observe_time(at_ms);
            // Money that came in: the receive screen says so in place of its code; any other screen, a notice.
            if let Some(newest) = received.last() {
                match model.stack.top_mut() {
                    Route::Receive(form) => receive_rules::money_received(form, newest),
                    _ => model.notice = Some(Notice::MoneyIn { amount: newest.amount, from: newest.from.clone() }),
                }
            }
            // What a notice said was on its way has gone with this sync: it says so instead.
            if problem.is_none() {
                let sent = match model.notice.as_ref().and_then(Notice::message_id) {
                    Some("split-remind-queued") => Some("split-remind-sent"),
                    Some("split-cancel-queued") => Some("split-cancel-sent"),
                    _ => None,
                };
                if let Some(message_id) = sent {
                    model.notice = Some(Notice::success(message_id));
                }
            }
            let mut step = home::update::sync_finished(&mut model.wallet, &mut model.notice, at_ms, problem);
            if let Some(SyncProblem::SessionEnded { .. }) = problem {
                model.phone = None;
            }
            if model.history_mut().is_some() && !matches!(problem, Some(SyncProblem::SessionEnded { .. })) {
                step = step.with(Effect::LoadHistory { after: None });
            }
            // The sync sends the requests' outbox and reads who has paid, and what others ask of me.
            if model.phone.is_some() && !matches!(problem, Some(SyncProblem::SessionEnded { .. })) {
                step = step.with(Effect::LoadBills);
            }
            // The favourites on home, read once; again when the bank has news (a regular payment ran).
            if model.phone.is_some() && problem.is_none() && (!model.favourites.loaded || new_events > 0) {
                step.effects.extend(favourites_rules::load(&mut model.favourites));
            }
            // The profile this sync read may say the bank publishes terms the user has not accepted.
            if model.phone.is_some() && problem.is_none() {
                step = step.with(Effect::CheckTerms);
            }
            // The sync sends a queued application and asks about one in review; the bank's profile or news may have
            // decided it (identified elsewhere).
            if model.phone.is_some() && (model.kyc.progress.locked() || problem.is_none()) {
                step = step.with(Effect::LoadKyc);
            }
            if new_events > 0 && matches!(model.stack.top(), Route::Inbox(_)) {
                step = step.with(Effect::LoadInbox);
            }
            // A push that came while this sync ran may be about what it missed; and a push token not yet given to
            // the bank is given now.
            if problem.is_none() && model.phone.is_some() {
                if std::mem::take(&mut model.wallet.sync.again) {
                    step.effects.extend(home::update::start_sync(&mut model.wallet).effects);
                }
                if !model.security.push_registered
                    && let Some(address) = model.settings.push.clone()
                {
                    step = step.with(Effect::RegisterPush { address });
                }
            }
            // A payment's status screen follows its operation to the bank's answer and the receipt, syncing every
            // few seconds while the bank has not finished it (a minute's wait would look like a hang).
            // A bill on screen with requests still open follows them as closely as a payment's status.
            // So does the receive screen while it shows a code with an amount: someone is about to pay it (pushes
            // tell sooner; this is for a phone whose pushes are off).
            let awaiting_payment = match model.stack.top() {
                Route::SplitBill(state) => {
                    model.split.bill(&state.bill_id).is_some_and(|bill| bill.outstanding_minor() > 0)
                }
                Route::Receive(form) => receive_rules::awaiting_payment(form),
                _ => false,
            };
            if problem.is_none() && awaiting_payment {
                step.effects.retain(|effect| !matches!(effect, Effect::SyncLater { .. }));
                step.effects.extend(home::update::sync_sooner(&mut model.wallet).effects);
            }
            if let Route::Operation(details) | Route::PayResult(details) = model.stack.top() {
                step = step.with(Effect::LoadOperation { local_id: details.local_id.clone() });
                if problem.is_none() && details.pending() {
                    step.effects.retain(|effect| !matches!(effect, Effect::SyncLater { .. }));
                    step.effects.extend(home::update::sync_sooner(&mut model.wallet).effects);
                }
            }
            step
        }
        Outcome::SyncDue { timer } => home::update::sync_due(&mut model.wallet, timer),
        Outcome::HistoryLoaded { page, append } => {
            if let Some(list) = model.history_mut() {
                history::update::history_loaded(list, page, append);
            }
            Step::stay()
        }
        Outcome::OperationLoaded { local_id, operation, receipt, damaged } => {
            if let Some(details) = model.details_mut(&local_id) {
                history::update::details_loaded(details, operation, receipt, damaged);
            }
            Step::stay()
        }
        Outcome::CancelFinished { local_id, result } => {
            let (mut step, notice) = history::update::cancel_finished(model.details_mut(&local_id), &local_id, result);
            model.notice = Some(notice);
            if model.history_mut().is_some() {
                step = step.with(Effect::LoadHistory { after: None });
            }
            step
        }
        Outcome::CacheReset => home::update::start_sync(&mut model.wallet).with(Effect::LoadWallet),
        Outcome::KycLoaded { draft, progress } => {
            // A draft already in memory is newer than the stored one (its save may still be on the way).
            if !model.kyc.loaded {
                model.kyc.draft = (*draft).clone();
                model.kyc.saved_draft = *draft;
                model.kyc.loaded = true;
            }
            kyc_rules::progress_changed(&mut model.kyc, &mut model.notice, progress)
        }
        Outcome::PhotoChecked { kind, result } => {
            kyc_rules::photo_checked(&mut model.kyc, model.stack.top_mut(), kind, result)
        }
        Outcome::KycChanged { progress, polled, notice } => {
            if polled {
                model.kyc.polling = false;
            }
            let step = kyc_rules::progress_changed(&mut model.kyc, &mut model.notice, progress);
            if let Some(message_id) = notice {
                model.notice = Some(Notice::error(message_id));
            }
            step
        }
        Outcome::QrDecoded { result } => match model.stack.top_mut() {
            Route::PayScan(form) => pay_rules::image_decoded(form, result, &model.wallet),
            _ => Step::stay(),
        },
        Outcome::Quoted { amount_minor, result } => {
            // The PIN may already be on top of the confirmation.
            for route in model.stack.routes_mut() {
                if let Route::PayConfirm(form) = route {
                    pay_rules::quoted(form, amount_minor, result.clone());
                }
            }
            // A shake both sides confirmed goes on to the PIN with no second «Оплатить».
            if let Route::PayConfirm(form) = model.stack.top_mut()
                && let Some(nav) = pay_rules::pin_if_ready(form, &model.wallet)
            {
                return Step::to(nav);
            }
            // A code that can never be paid (paid already, expired, a cancelled request) is refused where it was
            // scanned, not on a confirmation with a total.
            let dead = match model.stack.top() {
                Route::PayConfirm(form) => pay_rules::dead_code(form),
                _ => None,
            };
            let Some(message_id) = dead else {
                return Step::stay();
            };
            model.stack.apply(Nav::Pop);
            match model.stack.top_mut() {
                Route::PayScan(scanner) => scanner.image_problem = Some(message_id),
                _ => model.notice = Some(Notice::error(message_id)),
            }
            Step::stay()
        }
        Outcome::PaymentQueued { local_id } => {
            let mut step = home::update::start_sync(&mut model.wallet);
            step.nav = Nav::Finish(Route::PayResult(OperationDetails::loading(&local_id)));
            step.with(Effect::LoadOperation { local_id }).with(Effect::LoadWallet)
        }
        Outcome::PaymentNotQueued { message_id } => {
            if matches!(model.stack.top(), Route::PayPin(_) | Route::TransferCode(_)) {
                model.stack.apply(Nav::Pop);
            }
            if let Route::PayConfirm(form) = model.stack.top_mut() {
                form.problem = Some(message_id);
            }
            Step::stay()
        }
        Outcome::RecipientLookedUp { phone, result } => {
            if let Route::Transfer(form) = model.stack.top_mut() {
                transfer_rules::looked_up(form, &phone, result);
            }
            Step::stay()
        }
        Outcome::TransferCodeSent { result } => {
            if let Route::TransferCode(form) = model.stack.top_mut() {
                transfer_rules::code_sent(form, result);
            }
            Step::stay()
        }
        Outcome::TransferCodeChecked { result } => match model.stack.top_mut() {
            Route::TransferCode(form) => transfer_rules::code_checked(form, result),
            _ => Step::stay(),
        },
        Outcome::FavouritesLoaded { lists, problem } => {
            favourites_rules::loaded(&mut model.favourites, lists.map(|lists| *lists), problem);
            Step::stay()
        }
        Outcome::FavouritesChanged { key, result } => {
            let done = result.is_ok();
            let step = favourites_rules::changed(model.stack.top_mut(), key, result, &mut model.favourites);
            if done {
                model.notice = Some(Notice::success("favourites-saved"));
            }
            step
        }
        Outcome::ServicesLoaded { catalogue, fetched } => {
            services_rules::loaded(&mut model.services, catalogue, fetched);
            Step::stay()
        }
        Outcome::ServiceAccountChecked { account, result } => {
            if let Route::ServicePay(form) = model.stack.top_mut() {
                services_rules::checked(form, &account, result.map(|answer| *answer));
            }
            Step::stay()
        }
        Outcome::TopUpLoaded { account_id, details, cards } => {
            for route in model.stack.routes_mut() {
                if let Route::TopUp(menu) = route
                    && menu.account_id == account_id
                {
                    topup_rules::loaded(menu, details.clone(), cards.clone());
                }
            }
            Step::stay()
        }
        Outcome::CardTopUpQuoted { about, result } => {
            if let Route::CardTopUp(form) = model.stack.top_mut() {
                topup_rules::quoted(form, about, result);
            }
            Step::stay()
        }
        Outcome::CardTopUpStarted { key, result } => match model.stack.top_mut() {
            Route::CardTopUp(form) => topup_rules::started(form, key, result, &mut model.wallet),
            _ => Step::stay(),
        },
        Outcome::CardChallengeAnswered { key, result } => match model.stack.top_mut() {
            Route::CardChallenge(form) => topup_rules::answered(form, key, result, &mut model.wallet),
            _ => Step::stay(),
        },
        Outcome::ShakeAnswered { call, result } => {
            let on_top = matches!(model.stack.top(), Route::Shake(_));
            let form = model.stack.routes_mut().find_map(|route| match route {
                Route::Shake(form) => Some(form.as_mut()),
                _ => None,
            });
            shake_rules::answered(form, on_top, call, result, &mut model.wallet)
        }
        Outcome::BillsLoaded { bills, incoming } => {
            model.split.bills = bills;
            model.split.incoming = incoming;
            Step::stay()
        }
        Outcome::BillSaved { result } => {
            let saved = result.is_ok();
            let mut step = match model.stack.top_mut() {
                Route::SplitEditor(form) => split_rules::bill_saved(form, result),
                _ => Step::stay().with(Effect::LoadBills),
            };
            if saved {
                step.effects.extend(home::update::start_sync(&mut model.wallet).effects);
            }
            step
        }
        Outcome::BillActionQueued { message_id } => {
            // «Напоминание отправляется» is said while the sync sends it; the sync then says it went.
            model.notice = Some(if message_id.starts_with("split-") {
                Notice::info(message_id)
            } else {
                Notice::error(message_id)
            });
            let sync = home::update::start_sync(&mut model.wallet);
            sync.with(Effect::LoadBills)
        }
        Outcome::ContactsChecked { result } => {
            split_rules::contacts_checked(&mut model.split, result);
            Step::stay()
        }
    }
}
