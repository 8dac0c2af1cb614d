//! What the PIN costs (DESIGN.md §5: the verifier tuned to ~200 ms on a mid-range phone): deriving a verifier at
//! the chosen iteration count, checking a PIN through the vault (the failure written and flushed first), and a
//! biometric unlock.
//!
//! `cargo bench -p wallet-core --features desktop --bench pin` — prints a Markdown table for docs/benchmarks.md.
//! `WALLET_BENCH_QUICK=1` runs it small. Timings are reported, never asserted.

use std::sync::Arc;
use std::time::Duration;

mod common;
use common::timed;

use wallet_core::platform::desktop::MemorySecureStorage;
use wallet_core::security::pin::{PIN_ITERATIONS, PinDigits, PinVerifier};
use wallet_core::security::{DataKey, PinVault};
use wallet_core::store::Store;

fn pin(text: &str) -> PinDigits {
    let mut pin = PinDigits::default();
    for digit in text.bytes() {
        pin.push(digit - b'0');
    }
    pin
}

fn row(what: &str, mut samples: Vec<Duration>) -> String {
    samples.sort();
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1e3);
    format!("| {what} | {} | {} | {} |", samples.len(), ms(samples[samples.len() / 2]), ms(samples[samples.len() - 1]))
}

fn main() {
    let quick = std::env::var_os("WALLET_BENCH_QUICK").is_some();
    let runs = if quick { 2 } else { 20 };
    let right = pin("5827");
    let wrong = pin("5828");

    let derive = timed(runs, || {
        std::hint::black_box(PinVerifier::derive(&right, PIN_ITERATIONS).expect("derive"));
    });
    let verifier = PinVerifier::derive(&right, PIN_ITERATIONS).expect("derive");
    let compare = timed(runs, || {
        std::hint::black_box(verifier.matches(&wrong));
    });

    let dir = tempfile::tempdir().expect("temp dir");
    let keys = Arc::new(MemorySecureStorage::default());
    let (store, _) = Store::open(dir.path(), DataKey::load_or_create(keys.as_ref()).expect("key")).expect("store");
    let vault = PinVault::new(Arc::new(store), keys);
    vault.create(&right).expect("create");
    vault.enable_biometrics().expect("biometrics");
    let check = timed(runs, || {
        std::hint::black_box(vault.check(&right, 0).expect("check"));
    });
    let biometric = timed(runs * 5, || {
        std::hint::black_box(vault.unlock_with_biometrics().expect("unlock"));
    });

    println!("PBKDF2-HMAC-SHA256, {PIN_ITERATIONS} iterations\n");
    println!("| what | runs | p50 | max |");
    println!("|---|---|---|---|");
    println!("{}", row("derive a verifier (creating a PIN)", derive));
    println!("{}", row("compare a PIN with the verifier", compare));
    println!("{}", row("vault check: count the failure (flushed), derive, clear it (flushed)", check));
    println!("{}", row("biometric unlock: key from secure storage, hash, compare", biometric));
}
