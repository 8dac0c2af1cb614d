//! Being signed in: the session token in the platform's secure storage, and the sign-in calls.

mod credentials;
mod sign_in;

pub use credentials::Credentials;
pub use sign_in::{SignIn, SignInError};
