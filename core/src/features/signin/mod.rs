//! Signing in (seed 000 steps 6–7): the phone number and «Войти», then the code from the SMS and «Войти», with a
//! resend countdown and the code's lifetime on screen. The bank enforces the limits; the screens say what it refused
//! and why. The same screens confirm the phone for «Забыли PIN-код?».

pub mod event;
pub mod state;
pub mod update;
pub mod view;

pub use event::SignInEvent;
pub use state::{Challenge, CodeForm, FormError, PhoneForm, SignInPurpose};
pub use view::{CodeScreen, PhoneScreen, TextField};
