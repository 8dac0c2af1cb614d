//! Signing in (seed 000 steps 6–7): the phone number and «Войти», then the code from the SMS and «Войти».
//! The bank enforces the code's lifetime and the limits; the screens say what it refused and why.

pub mod event;
pub mod state;
pub mod update;
pub mod view;

pub use event::SignInEvent;
pub use state::{CodeForm, FormError, PhoneForm};
pub use view::{CodeScreen, PhoneScreen, TextField};
