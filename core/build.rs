//! Deflates the four Fluent files into `OUT_DIR` for `src/i18n/catalog.rs`: the library carries ~60 KB of
//! compressed text instead of ~230 KB (docs/benchmarks.md, "Library size"). Tests and tools read the files as
//! written (`i18n::SOURCES`).

use std::path::PathBuf;

/// The languages' files in `locales/`, as `i18n/catalog.rs` includes them.
const LANGUAGES: [&str; 4] = ["ky", "ru", "kk", "en"];

/// miniz_oxide's best compression: the texts are compressed once per build and inflated once per process.
const LEVEL: u8 = 10;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for language in LANGUAGES {
        let source = format!("locales/{language}.ftl");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read(&source).unwrap_or_else(|error| panic!("{source}: {error}"));
        let packed = miniz_oxide::deflate::compress_to_vec(&text, LEVEL);
        let target = out.join(format!("{language}.ftl.deflate"));
        std::fs::write(&target, packed).unwrap_or_else(|error| panic!("{}: {error}", target.display()));
    }
}
