//! The settings' rules.

use super::event::SettingsEvent;
use crate::app::{Dialog, Effect, Event, Nav, Rejection, Route, Security, Settings, Step};
use crate::features::onboarding::{LanguagePicker, LanguagePurpose};
use crate::features::pin::{PinSetup, SetupPurpose};

/// The idle times offered, in minutes. Five is the default (DESIGN.md §5, seed 004 §5.25).
pub const AUTO_LOCK_CHOICES: [u32; 5] = [1, 2, 5, 10, 15];

/// `waiting`: the operations in the outbox when someone is signed in, `None` when nobody is.
pub fn settings(
    event: SettingsEvent,
    settings: &mut Settings,
    security: &mut Security,
    waiting: Option<usize>,
    dialog: &mut Option<Dialog>,
) -> Result<Step, Rejection> {
    let name = Event::Settings(event.clone()).name();
    // The PIN and biometrics belong to who is signed in: nothing to change after the session ended.
    let protected = security.pin_set && waiting.is_some();
    match event {
        SettingsEvent::OpenLanguage => {
            Ok(Step::to(Nav::Push(Route::Language(LanguagePicker { purpose: LanguagePurpose::Settings }))))
        }
        SettingsEvent::ChangePin | SettingsEvent::SetBiometrics { .. } if !protected => {
            Err(Rejection::NotNow { event: name, reason: "nobody signed in with a PIN" })
        }
        SettingsEvent::ChangePin => Ok(Step::to(Nav::Push(Route::CreatePin(PinSetup::new(SetupPurpose::Change))))),
        SettingsEvent::SetBiometrics { .. } if !security.biometrics_available => {
            Err(Rejection::NotNow { event: name, reason: "this device has no biometrics" })
        }
        SettingsEvent::SetBiometrics { enabled } if enabled == security.biometrics_enabled => Ok(Step::stay()),
        SettingsEvent::SetBiometrics { enabled } => Ok(Step::stay().with(Effect::SetBiometrics { enabled })),
        SettingsEvent::SetAutoLock { minutes } => {
            if !AUTO_LOCK_CHOICES.contains(&minutes) {
                return Err(Rejection::OutOfRange {
                    event: name,
                    what: "auto-lock choice (minutes)",
                    index: minutes,
                    count: AUTO_LOCK_CHOICES.len() as u32,
                });
            }
            settings.auto_lock_minutes = minutes;
            let step = Step::stay().saving(settings);
            Ok(match security.watch_idle(settings) {
                Some(watch) => step.with(watch),
                None => step,
            })
        }
        SettingsEvent::Logout => match waiting {
            None => Err(Rejection::NotNow { event: name, reason: "nobody is signed in" }),
            Some(waiting) => {
                *dialog = Some(Dialog::Logout { waiting });
                Ok(Step::stay())
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_lock_takes_only_the_offered_choices_and_restarts_the_idle_watch() {
        let mut settings = Settings::default();
        let mut security = Security { pin_set: true, ..Security::default() };
        let mut dialog = None;
        assert_eq!(settings.auto_lock_minutes, 5, "five minutes by default");
        assert!(
            settings_event(SettingsEvent::SetAutoLock { minutes: 3 }, &mut settings, &mut security, &mut dialog)
                .is_err()
        );
        let step = settings_event(SettingsEvent::SetAutoLock { minutes: 1 }, &mut settings, &mut security, &mut dialog)
            .expect("choice");
        assert_eq!(settings.auto_lock_minutes, 1);
        assert!(step.effects.contains(&Effect::WatchIdle { timeout_ms: 60_000, generation: 1 }));
    }

    #[test]
    fn logout_asks_first_and_says_how_many_wait() {
        let mut settings = Settings::default();
        let mut security = Security::default();
        let mut dialog = None;
        let step = settings_event(SettingsEvent::Logout, &mut settings, &mut security, &mut dialog).expect("logout");
        assert!(step.effects.is_empty(), "nothing happens before the answer");
        assert_eq!(dialog, Some(Dialog::Logout { waiting: 2 }));
    }

    #[test]
    fn after_the_session_ended_neither_the_pin_nor_biometrics_can_be_changed() {
        let mut settings = Settings::default();
        let mut security = Security { pin_set: true, biometrics_available: true, ..Security::default() };
        let mut dialog = None;
        for event in [SettingsEvent::ChangePin, SettingsEvent::SetBiometrics { enabled: true }, SettingsEvent::Logout] {
            let refused = super::settings(event, &mut settings, &mut security, None, &mut dialog);
            assert!(matches!(refused, Err(Rejection::NotNow { .. })));
        }
        let screen = super::super::view::settings_screen(
            &settings,
            &security,
            None,
            crate::domain::Language::Ru,
            &crate::i18n::Catalog::shared().strings(crate::domain::Language::Ru),
        );
        assert!(screen.change_pin.is_none() && screen.biometrics.is_none() && screen.logout.is_none());
    }

    fn settings_event(
        event: SettingsEvent,
        settings: &mut Settings,
        security: &mut Security,
        dialog: &mut Option<Dialog>,
    ) -> Result<Step, Rejection> {
        super::settings(event, settings, security, Some(2), dialog)
    }
}
