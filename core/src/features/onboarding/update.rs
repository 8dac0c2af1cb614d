//! Onboarding's rules. Every function checks the event first and changes nothing when it rejects it.

use super::event::{IntroEvent, LanguageEvent};
use super::state::{IntroPages, LanguagePicker, LanguagePurpose, OnboardingStage};
use crate::app::{Ctx, Event, Nav, Rejection, Route, Step};
use crate::domain::Language;
use crate::features::signin::PhoneForm;

pub fn language(picker: &LanguagePicker, event: LanguageEvent, ctx: &mut Ctx<'_>) -> Result<Step, Rejection> {
    match event {
        LanguageEvent::Select { index } => {
            let language = Language::from_index(index).ok_or(Rejection::OutOfRange {
                event: "Language.Select",
                what: "language",
                index,
                count: Language::ALL.len() as u32,
            })?;
            ctx.settings.language = Some(language);
            Ok(Step::stay().saving(ctx.settings))
        }
        LanguageEvent::Confirm => match picker.purpose {
            LanguagePurpose::FirstRun => {
                // Confirming without tapping keeps the pre-selected device language: store it as the choice.
                ctx.settings.language = Some(ctx.language());
                ctx.settings.onboarding = OnboardingStage::Intro { page: 0 };
                Ok(Step::to(Nav::Push(Route::Intro(IntroPages { page: 0 }))).saving(ctx.settings))
            }
            LanguagePurpose::Settings => Ok(Step::to(Nav::Pop)),
        },
    }
}

pub fn intro(pages: &mut IntroPages, event: IntroEvent, ctx: &mut Ctx<'_>) -> Result<Step, Rejection> {
    let name = Event::Intro(event.clone()).name();
    match event {
        IntroEvent::Next => {
            if pages.is_last() {
                return Err(Rejection::NotNow {
                    event: name, reason: "the last intro page offers Finish («Готово»)"
                });
            }
            show_page(pages, pages.page + 1, ctx)
        }
        IntroEvent::ShowPage { index } => {
            if index >= IntroPages::count() {
                return Err(Rejection::OutOfRange {
                    event: name,
                    what: "intro page",
                    index,
                    count: IntroPages::count(),
                });
            }
            show_page(pages, index, ctx)
        }
        IntroEvent::Finish => {
            if !pages.is_last() {
                return Err(Rejection::NotNow {
                    event: name,
                    reason: "Finish («Готово») is on the last intro page only",
                });
            }
            // Seed 000 step 6 follows: the phone number. Without a bank the app stays on this phone: home.
            if ctx.bank_configured {
                ctx.settings.onboarding = OnboardingStage::SignIn;
                Ok(Step::to(Nav::Reset(Route::Phone(PhoneForm::default()))).saving(ctx.settings))
            } else {
                ctx.settings.onboarding = OnboardingStage::Completed;
                Ok(Step::to(Nav::Reset(Route::Home)).saving(ctx.settings))
            }
        }
    }
}

/// «Back» on the intro: the previous page, or the language screen from the first page.
pub fn back_from_intro(pages: &mut IntroPages, ctx: &mut Ctx<'_>) -> Step {
    if pages.page > 0 {
        pages.page -= 1;
        ctx.settings.onboarding = OnboardingStage::Intro { page: pages.page };
        Step::stay().saving(ctx.settings)
    } else {
        ctx.settings.onboarding = OnboardingStage::ChooseLanguage;
        Step::to(Nav::Pop).saving(ctx.settings)
    }
}

fn show_page(pages: &mut IntroPages, page: u32, ctx: &mut Ctx<'_>) -> Result<Step, Rejection> {
    pages.page = page;
    ctx.settings.onboarding = OnboardingStage::Intro { page };
    Ok(Step::stay().saving(ctx.settings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Effect, Settings};
    use crate::features::home::Wallet;

    fn ctx<'a>(settings: &'a mut Settings, wallet: &'a mut Wallet) -> Ctx<'a> {
        Ctx { settings, device_language: Language::Ru, wallet, bank_configured: true }
    }

    const FIRST_RUN: LanguagePicker = LanguagePicker { purpose: LanguagePurpose::FirstRun };

    #[test]
    fn selecting_a_language_switches_and_saves_it() {
        let mut settings = Settings::default();
        let step =
            language(&FIRST_RUN, LanguageEvent::Select { index: 0 }, &mut ctx(&mut settings, &mut Wallet::default()))
                .expect("valid");
        assert_eq!(settings.language, Some(Language::Ky));
        assert_eq!(step.nav, Nav::Stay);
        assert_eq!(step.effects, vec![Effect::SaveSettings(settings.clone())]);
    }

    #[test]
    fn an_out_of_range_language_changes_nothing() {
        let mut settings = Settings::default();
        let err =
            language(&FIRST_RUN, LanguageEvent::Select { index: 4 }, &mut ctx(&mut settings, &mut Wallet::default()));
        assert_eq!(err, Err(Rejection::OutOfRange { event: "Language.Select", what: "language", index: 4, count: 4 }));
        assert_eq!(settings, Settings::default());
    }

    #[test]
    fn confirming_keeps_the_pre_selected_device_language_and_opens_the_intro() {
        let mut settings = Settings::default();
        let step = language(&FIRST_RUN, LanguageEvent::Confirm, &mut ctx(&mut settings, &mut Wallet::default()))
            .expect("valid");
        assert_eq!(settings.language, Some(Language::Ru));
        assert_eq!(settings.onboarding, OnboardingStage::Intro { page: 0 });
        assert_eq!(step.nav, Nav::Push(Route::Intro(IntroPages { page: 0 })));
    }

    #[test]
    fn confirming_from_settings_goes_back_without_touching_onboarding() {
        let mut settings =
            Settings { language: Some(Language::En), onboarding: OnboardingStage::Completed, ..Settings::default() };
        let picker = LanguagePicker { purpose: LanguagePurpose::Settings };
        let step =
            language(&picker, LanguageEvent::Confirm, &mut ctx(&mut settings, &mut Wallet::default())).expect("valid");
        assert_eq!(step, Step::to(Nav::Pop));
        assert_eq!(settings.onboarding, OnboardingStage::Completed);
    }

    #[test]
    fn next_walks_the_pages_and_stops_at_the_last() {
        let mut settings = Settings::default();
        let mut pages = IntroPages { page: 0 };
        for expected in 1..IntroPages::count() {
            intro(&mut pages, IntroEvent::Next, &mut ctx(&mut settings, &mut Wallet::default())).expect("not last yet");
            assert_eq!(pages.page, expected);
            assert_eq!(settings.onboarding, OnboardingStage::Intro { page: expected });
        }
        let before = settings.clone();
        assert!(matches!(
            intro(&mut pages, IntroEvent::Next, &mut ctx(&mut settings, &mut Wallet::default())),
            Err(Rejection::NotNow { .. })
        ));
        assert_eq!(pages.page, IntroPages::count() - 1);
        assert_eq!(settings, before);
    }

    #[test]
    fn finish_only_on_the_last_page_and_then_sign_in() {
        let mut settings = Settings::default();
        let mut pages = IntroPages { page: 0 };
        assert!(matches!(
            intro(&mut pages, IntroEvent::Finish, &mut ctx(&mut settings, &mut Wallet::default())),
            Err(Rejection::NotNow { .. })
        ));
        assert_eq!(settings, Settings::default());

        let mut pages = IntroPages { page: IntroPages::count() - 1 };
        let step =
            intro(&mut pages, IntroEvent::Finish, &mut ctx(&mut settings, &mut Wallet::default())).expect("last page");
        assert_eq!(step.nav, Nav::Reset(Route::Phone(PhoneForm::default())), "seed 000 step 6: the phone number");
        assert_eq!(settings.onboarding, OnboardingStage::SignIn);

        let (mut offline, mut wallet) = (Settings::default(), Wallet::default());
        let mut local = Ctx { bank_configured: false, ..ctx(&mut offline, &mut wallet) };
        let step = intro(&mut pages, IntroEvent::Finish, &mut local).expect("last page");
        assert_eq!(step.nav, Nav::Reset(Route::Home), "without a bank, straight home");
        assert_eq!(offline.onboarding, OnboardingStage::Completed);
    }

    #[test]
    fn swiping_to_a_page_checks_the_index() {
        let mut settings = Settings::default();
        let mut pages = IntroPages { page: 0 };
        intro(&mut pages, IntroEvent::ShowPage { index: 2 }, &mut ctx(&mut settings, &mut Wallet::default()))
            .expect("in range");
        assert_eq!(pages.page, 2);
        let err = intro(&mut pages, IntroEvent::ShowPage { index: 3 }, &mut ctx(&mut settings, &mut Wallet::default()));
        assert!(matches!(err, Err(Rejection::OutOfRange { index: 3, count: 3, .. })));
        assert_eq!(pages.page, 2);
    }

    #[test]
    fn back_goes_a_page_back_then_to_the_language_screen() {
        let mut settings = Settings::default();
        let mut pages = IntroPages { page: 1 };
        assert_eq!(back_from_intro(&mut pages, &mut ctx(&mut settings, &mut Wallet::default())).nav, Nav::Stay);
        assert_eq!(pages.page, 0);
        assert_eq!(back_from_intro(&mut pages, &mut ctx(&mut settings, &mut Wallet::default())).nav, Nav::Pop);
        assert_eq!(settings.onboarding, OnboardingStage::ChooseLanguage);
    }
}
