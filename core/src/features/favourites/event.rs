//! What the user can do with favourites and regular payments.

use serde::{Deserialize, Serialize};

/// How often a regular payment runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ScheduleKind {
    Monthly,
    Weekly,
    /// On each bill the provider issues.
    OnBill,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum FavouritesEvent {
    /// «Избранное» on home: the favourites and their regular payments.
    Open,
    /// Ask the bank again (after it could not be reached).
    Retry,
    /// A favourite from home or the list: the confirmation with its amount, then the PIN.
    Pay {
        favourite_id: String,
    },
    /// «Изменить»: its name and amount.
    Edit {
        favourite_id: String,
    },
    /// «Регулярный платёж»: a new rule for it, or its rule to change.
    Schedule {
        favourite_id: String,
    },
    /// «В избранное» on a past payment's operation or result.
    Save,
    EditName {
        text: String,
    },
    EditAmount {
        text: String,
    },
    /// «Сохранить» on a favourite.
    Submit,
    /// «Удалить из избранного».
    Delete,
    ChooseKind {
        kind: ScheduleKind,
    },
    /// The day of the month (1–31).
    EditDay {
        text: String,
    },
    /// 1 Monday … 7 Sunday.
    ChooseWeekday {
        weekday: u8,
    },
    /// «Приостановить» / «Возобновить».
    TogglePause,
    /// «Сохранить» on a regular payment.
    SubmitSchedule,
    /// «Удалить регулярный платёж».
    DeleteSchedule,
}

impl FavouritesEvent {
    /// A stable name for messages and logs; never what was typed.
    pub fn name(&self) -> &'static str {
        match self {
            FavouritesEvent::Open => "Favourites.Open",
            FavouritesEvent::Retry => "Favourites.Retry",
            FavouritesEvent::Pay { .. } => "Favourites.Pay",
            FavouritesEvent::Edit { .. } => "Favourites.Edit",
            FavouritesEvent::Schedule { .. } => "Favourites.Schedule",
            FavouritesEvent::Save => "Favourites.Save",
            FavouritesEvent::EditName { .. } => "Favourites.EditName",
            FavouritesEvent::EditAmount { .. } => "Favourites.EditAmount",
            FavouritesEvent::Submit => "Favourites.Submit",
            FavouritesEvent::Delete => "Favourites.Delete",
            FavouritesEvent::ChooseKind { .. } => "Favourites.ChooseKind",
            FavouritesEvent::EditDay { .. } => "Favourites.EditDay",
            FavouritesEvent::ChooseWeekday { .. } => "Favourites.ChooseWeekday",
            FavouritesEvent::TogglePause => "Favourites.TogglePause",
            FavouritesEvent::SubmitSchedule => "Favourites.SubmitSchedule",
            FavouritesEvent::DeleteSchedule => "Favourites.DeleteSchedule",
        }
    }
}
