//! The Swift generator with control over headers and one module map for the whole library: see scripts/bindings.
fn main() {
    uniffi::uniffi_bindgen_swift()
}
