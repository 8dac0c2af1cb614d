//! Runs effects on the core's runtime and feeds their outcomes back through `update`.
//!
//! Store writes go through one lane, one at a time in the order `update` asked for them, so an older write can
//! never land after a newer one. The lane drains before the core closes.

use std::sync::{Arc, Weak};

use tokio::sync::mpsc::UnboundedReceiver;

use super::Shared;
use crate::app::{Effect, Msg, Outcome};
use crate::store::Store;

pub enum LaneMsg {
    Run(Effect),
    /// Everything sent before this has run; stop.
    Close,
}

pub async fn store_lane(mut queue: UnboundedReceiver<LaneMsg>, shared: Weak<Shared>) {
    let mut held_back = None;
    loop {
        let message = match held_back.take() {
            Some(message) => message,
            None => match queue.recv().await {
                Some(message) => message,
                None => break,
            },
        };
        let LaneMsg::Run(mut effect) = message else {
            break;
        };
        if matches!(effect, Effect::SaveSettings(_)) {
            // Settings saved one after another: only the newest needs writing (fast taps cost one disk flush).
            while let Ok(following) = queue.try_recv() {
                match following {
                    LaneMsg::Run(newer @ Effect::SaveSettings(_)) => effect = newer,
                    other => {
                        held_back = Some(other);
                        break;
                    }
                }
            }
        }
        let Some(shared) = shared.upgrade() else {
            break;
        };
        let outcome = run(effect, &shared).await;
        shared.process_outcome(outcome);
    }
}

async fn run(effect: Effect, shared: &Arc<Shared>) -> Outcome {
    match effect {
        Effect::SaveSettings(settings) => {
            let store: Arc<Store> = shared.store.clone();
            // sled's flush blocks on the disk: keep it off the async workers.
            match tokio::task::spawn_blocking(move || store.save_settings(&settings)).await {
                Ok(Ok(())) => Outcome::SettingsSaved,
                Ok(Err(error)) => {
                    shared.log.error("store", format!("settings not saved: {error}"));
                    Outcome::SettingsNotSaved
                }
                Err(error) => {
                    shared.log.error("store", format!("settings write did not finish: {error}"));
                    Outcome::SettingsNotSaved
                }
            }
        }
    }
}

impl Shared {
    fn process_outcome(&self, outcome: Outcome) {
        if let Err(rejection) = self.process(Msg::Outcome(outcome)) {
            // Outcomes always apply; a rejection here is a bug in `update`, worth a loud line.
            self.log.error("engine", format!("an effect outcome was rejected: {rejection}"));
        }
    }
}
