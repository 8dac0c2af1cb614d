//! «Платежи»: paying for services (seed 001 §4.10.9, seed 004 §5.18). The catalogue (categories, providers with
//! their initials and names in the user's language, search across them), kept by the phone for offline use; a
//! provider's form: the account by the provider's rule (`wallet_formats::service_account`: a mobile number of the
//! operator's prefixes — another operator's number switches to that operator —, a personal account of so many
//! digits, a contract number), the bank's word about it before paying («Абонент: Асанова А.», «Задолженность:
//! 1 240,00 сом», the amount filled in with it), the amount within the provider's limits; then the common
//! confirmation with the fee (`Payee::Service`), the PIN, the outbox and the result, as every payment.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

#[cfg(test)]
mod tests;

pub use event::ServicesEvent;
pub use state::{AccountCheck, ServiceForm, ServicesBrowser, ServicesModel};
pub use view::{ProviderRow, ServicePayScreen, ServicesScreen};
