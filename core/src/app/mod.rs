//! The app: one model, one event type, one view, composed from the features (DESIGN.md §2).
//!
//! ```text
//! shell ──Event──▶ update(model, msg) ──▶ model' ──▶ view(model') = ViewModel ──▶ shell draws
//!                        └──Effect──▶ engine runs it ──▶ Outcome ──▶ update(model, msg) …
//! ```
//! `update` and `view` are pure: no I/O, no clock, no randomness. The engine (`crate::engine`) runs effects.

pub mod dialog;
pub mod effect;
pub mod event;
mod guard;
pub mod model;
pub mod navigation;
pub mod rejection;
pub mod settings;
pub mod update;
pub mod view;
pub mod wizard;

pub use dialog::{Dialog, DialogEvent, DialogView};
pub use effect::{CancelResult, Effect, FavouriteChange, FavouriteLists, MoneyReceived, Outcome, SyncProblem};
pub use event::{Event, Msg};
pub use model::{Ctx, Model, Notice, Security, Start};
pub use navigation::{Nav, Route, Stack, Step};
pub use rejection::Rejection;
pub use settings::Settings;
pub use update::{on_start, update};
pub use view::{Action, NoticeView, Screen, ViewModel, view};
