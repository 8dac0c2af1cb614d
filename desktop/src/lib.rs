//! wallet-desktop: what the `wallet` binary runs — the web preview ([`preview`]) and the dev commands
//! ([`sandbox`], [`dev`], …).

pub mod dev;
pub mod preview;
pub mod sandbox;
