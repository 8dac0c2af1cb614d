//! What checking a KYC photo costs: `check_photo` on a generated passport-like page as a 1920 × 1080 JPEG (a
//! browser webcam, a phone's video-mode frame) and as a 4000 × 3000 JPEG (a 12-MP phone photo): decoding, shrinking
//! to 2048 px, the scores, and the re-encoded JPEG. `measure` alone shows what the re-encoding adds, and decoding
//! alone what the decoder takes.
//!
//! `cargo bench -p wallet-core --bench photo --features desktop` — prints a Markdown table for docs/benchmarks.md.
//! `WALLET_BENCH_QUICK=1` runs it small. Timings are reported, never asserted.

mod common;
use common::{row, timed};

use image::codecs::jpeg::JpegEncoder;
use image::{Rgb, RgbImage};
use wallet_core::identity::photo::{PhotoKind, check_photo, measure};

/// A page of print as a phone sees it: light paper lit unevenly, lines of letter-sized dark blocks, a portrait box,
/// and sensor noise (which is what makes a real photo's JPEG 1–4 MB rather than a few hundred KB).
fn page(width: u32, height: u32) -> RgbImage {
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let mut noise = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 13) as i32 - 6
    };
    let unit = (height / 100).max(1);
    let mut image = RgbImage::from_fn(width, height, |x, y| {
        let light = 218 + (12 * x / width) as i32 - (8 * y / height) as i32;
        let portrait = x > 5 * unit && x < 5 * unit + width / 4 && y > 18 * unit && y < 63 * unit;
        let line = (y / unit) % 6 < 2 && y > 18 * unit && y < 90 * unit;
        let letter = (x / (unit + unit / 2)) % 3 != 2 && !(x / (12 * unit) + y / (6 * unit)).is_multiple_of(5);
        let value = if portrait {
            150
        } else if line && letter && x > 5 * unit && x < width - 5 * unit {
            40
        } else {
            light
        };
        Rgb([value, value - 3, value - 12].map(|channel| channel.clamp(0, 255) as u8))
    });
    for value in image.iter_mut() {
        *value = (i32::from(*value) + noise()).clamp(0, 255) as u8;
    }
    image
}

fn jpeg(image: &RgbImage) -> Vec<u8> {
    let mut bytes = Vec::new();
    JpegEncoder::new_with_quality(&mut bytes, 90).encode_image(image).expect("encode");
    bytes
}

fn main() {
    let quick = std::env::var_os("WALLET_BENCH_QUICK").is_some();
    let runs = if quick { 2 } else { 30 };

    println!("| what | runs | p50 | p95 | max |");
    println!("|---|---|---|---|---|");
    let mut sizes = Vec::new();
    for (width, height) in [(1920, 1080), (4000, 3000)] {
        let input = jpeg(&page(width, height));
        let accepted = check_photo(PhotoKind::PassportFront, &input).expect("the generated page passes");
        let check = timed(runs, || {
            std::hint::black_box(check_photo(PhotoKind::PassportFront, &input).expect("check"));
        });
        let scores = timed(runs, || {
            std::hint::black_box(measure(&input).expect("measure"));
        });
        let decode = timed(runs, || {
            std::hint::black_box(image::load_from_memory(&input).expect("decode"));
        });
        println!("{}", row(&format!("check_photo, {width} × {height} JPEG (accepted)"), check, 1));
        println!("{}", row(&format!("measure only (no re-encoding), {width} × {height}"), scores, 1));
        println!("{}", row(&format!("decoding alone (`image`), {width} × {height}"), decode, 1));
        sizes.push(format!(
            "{width} × {height}: in {:.2} MB → out {} × {} {:.2} MB, {:?}",
            input.len() as f64 / 1e6,
            accepted.width,
            accepted.height,
            accepted.jpeg.len() as f64 / 1e6,
            accepted.quality
        ));
    }
    println!();
    for line in sizes {
        println!("- {line}");
    }
}
