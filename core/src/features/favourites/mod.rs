//! «Избранное» and regular payments (seed 001 §1.6). A past payment or transfer saved with a name (from its
//! operation or its result: «В избранное»); favourites on home and in their own list, paid with only the amount
//! (pre-filled) and the PIN — the common confirmation (`Payee::Favourite`) —; renamed, their amount changed,
//! forgotten. A favourite's regular payment: every month on a day (the last day of a shorter month), every week,
//! or on each bill its provider issues — run by the bank, not the phone —; listed with when it runs next and how
//! its last run went (refused: why), paused, changed, deleted. Everything is the bank's (`/v1/favourites`,
//! `/v1/regular-payments`); the phone keeps the last lists it read for offline use.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

#[cfg(test)]
mod tests;

pub use event::{FavouritesEvent, ScheduleKind};
pub use state::{FavouriteForm, FavouritesModel, RegularForm};
pub use view::{FavouriteEditScreen, FavouriteRow, FavouritesScreen, RegularEditScreen};
