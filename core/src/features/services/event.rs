//! What the user can do in the services catalogue and a provider's form.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ServicesEvent {
    /// «Платежи» on home.
    Open,
    /// Typing in the search field: providers of every category whose name holds the text.
    Search {
        text: String,
    },
    /// A category: its providers.
    OpenCategory {
        category_id: String,
    },
    /// A provider: its form.
    OpenProvider {
        provider_id: String,
    },
    /// Ask the bank for the catalogue again (after it could not be reached).
    Retry,
    /// Typing the account (a number, a personal account, a contract number).
    EditAccount {
        text: String,
    },
    /// Ask the provider about the account again (after the bank could not be reached).
    RetryCheck,
    EditAmount {
        text: String,
    },
    /// «Продолжить»: the confirmation with the fee comes next.
    Continue,
}

impl ServicesEvent {
    /// A stable name for messages and logs; never what was typed.
    pub fn name(&self) -> &'static str {
        match self {
            ServicesEvent::Open => "Services.Open",
            ServicesEvent::Search { .. } => "Services.Search",
            ServicesEvent::OpenCategory { .. } => "Services.OpenCategory",
            ServicesEvent::OpenProvider { .. } => "Services.OpenProvider",
            ServicesEvent::Retry => "Services.Retry",
            ServicesEvent::EditAccount { .. } => "Services.EditAccount",
            ServicesEvent::RetryCheck => "Services.RetryCheck",
            ServicesEvent::EditAmount { .. } => "Services.EditAmount",
            ServicesEvent::Continue => "Services.Continue",
        }
    }
}
