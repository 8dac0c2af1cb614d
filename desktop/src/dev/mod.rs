//! Dev commands for support staff and tests: small tools that run the wallet's own parsers on text pasted in, so
//! what support sees is exactly what the phone and the bank see.

pub mod mrz;
pub mod qr;
pub mod split;
