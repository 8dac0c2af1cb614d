//! The wallet's features, each a folder of the same few files (state, event, update, view).
//! `app` composes them into one model, one event type and one view.

pub mod favourites;
pub mod history;
pub mod home;
pub mod inbox;
pub mod kyc;
pub mod onboarding;
pub mod pay;
pub mod pin;
pub mod receive;
pub mod services;
pub mod settings;
pub mod shake;
pub mod signin;
pub mod split;
pub mod terms;
pub mod topup;
pub mod transfer;
