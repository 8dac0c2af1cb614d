//! wallet-desktop: what the `wallet` binary runs. The web preview lives in [`preview`]; dev commands join here.

pub mod preview;
