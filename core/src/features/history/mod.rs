//! History (seed 003): operations newest first, paged, each with its status; tap for the details and the bank's
//! receipt; cancel while it is still allowed. Read from the store, so it works offline.

pub mod event;
pub mod receipt;
pub mod state;
pub mod update;
pub mod view;

pub use event::{HistoryEvent, OperationEvent};
pub use state::{HistoryList, OperationDetails, ReceiptFacts};
pub use view::{Direction, Field, HistoryScreen, OperationRow, OperationScreen, ReceiptView, RowStatus};
