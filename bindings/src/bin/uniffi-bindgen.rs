//! `cargo run -p wallet-ffi --bin uniffi-bindgen -- generate …`: see scripts/bindings.
fn main() {
    uniffi::uniffi_bindgen_main()
}
