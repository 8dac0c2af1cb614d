//! wallet-formats: parsers and builders of the formats in `../shared/research/standards.md` that both the phone
//! (core) and the bank (sandbox) read. Pure functions: no I/O, no clock (callers pass `today`).
