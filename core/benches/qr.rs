//! What QR images cost: `png` of a ~250-character payment link (the code, the pixels, the PNG), `matrix` and `svg`
//! alone, and `decode` of (a) that PNG at 4 px a module (a screenshot, a saved code) and (b) the code printed in a
//! 4000 × 3000 JPEG (a 12-MP phone photo: decoding, grey, shrinking to 1 600 px, the search), plus (c) a 12-MP photo
//! with no code at all, which pays for the second search at 3 200 px as well; and what the JPEG decoder alone takes of
//! those.
//!
//! `cargo bench -p wallet-core --bench qr --features desktop` — prints a Markdown table for docs/benchmarks.md.
//! `WALLET_BENCH_QUICK=1` runs it small. Timings are reported, never asserted.

mod common;
use common::{row, timed};

use image::codecs::jpeg::JpegEncoder;
use image::{Rgb, RgbImage};
use wallet_core::payments::qr_image::{QrImageError, decode, matrix, png, svg};

/// A payment link of ~250 characters: an EMV-style payload, the merchant's name and the purpose percent-encoded.
fn payment_link() -> String {
    let encoded = |text: &str| -> String {
        text.bytes()
            .map(
                |byte| {
                    if byte.is_ascii_alphanumeric() { char::from(byte).to_string() } else { format!("%{byte:02X}") }
                },
            )
            .collect()
    };
    format!(
        "https://pay.payqr.kg/#0002010102123223kg.payqr.merchant.0001530341754061500.005802KG&n={}&p={}",
        encoded("Кафе «Ала-Тоо»"),
        encoded("Оплата за обед"),
    )
}

/// A phone photo of a printed code: paper lit unevenly with sensor noise, the code (`code`, grey pixels of a
/// `side` × `side` PNG) printed at (`left`, `top`) with noise of its own.
fn photo(width: u32, height: u32, code: Option<(&image::GrayImage, u32, u32)>) -> RgbImage {
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let mut noise = move |spread: i32| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % (2 * spread as u64 + 1)) as i32 - spread
    };
    let mut image = RgbImage::from_fn(width, height, |x, y| {
        let light = (236 - (16 * x / width) as i32 - (10 * y / height) as i32 + noise(8)).clamp(0, 255) as u8;
        Rgb([light, light, light.saturating_sub(6)])
    });
    if let Some((code, left, top)) = code {
        for (x, y, pixel) in code.enumerate_pixels() {
            let value = (i32::from(pixel.0[0]).clamp(30, 225) + noise(10)).clamp(0, 255) as u8;
            image.put_pixel(left + x, top + y, Rgb([value, value, value]));
        }
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
    let (runs, photo_runs) = if quick { (3, 1) } else { (200, 20) };

    let link = payment_link();
    let code = matrix(&link).expect("the link fits");
    let screenshot = png(&link, 4).expect("drawn");
    let printed = image::load_from_memory(&png(&link, 12).expect("drawn")).expect("a PNG").into_luma8();
    let side = printed.width();
    let with_code = jpeg(&photo(4000, 3000, Some((&printed, 2000 - side / 2, 1500 - side / 2))));
    let without_code = jpeg(&photo(4000, 3000, None));
    assert_eq!(decode(&screenshot), Ok(vec![link.clone()]));
    assert_eq!(decode(&with_code), Ok(vec![link.clone()]));
    assert_eq!(decode(&without_code), Err(QrImageError::NoCode));

    println!("| what | runs | p50 | p95 | max |");
    println!("|---|---|---|---|---|");
    let rows = [
        ("matrix, the link", timed(runs, || drop(std::hint::black_box(matrix(&link))))),
        ("svg, the link", timed(runs, || drop(std::hint::black_box(svg(&link))))),
        ("png, the link at 4 px a module", timed(runs, || drop(std::hint::black_box(png(&link, 4))))),
        ("decode, that PNG", timed(runs, || drop(std::hint::black_box(decode(&screenshot))))),
        (
            "decode, the code in a 4000 × 3000 JPEG",
            timed(photo_runs, || drop(std::hint::black_box(decode(&with_code)))),
        ),
        (
            "decode, a 4000 × 3000 JPEG without a code (both passes)",
            timed(photo_runs, || drop(std::hint::black_box(decode(&without_code)))),
        ),
        (
            "of which decoding the 4000 × 3000 JPEG (`image`, to RGB)",
            timed(photo_runs, || drop(std::hint::black_box(image::load_from_memory(&with_code)))),
        ),
    ];
    for (what, samples) in rows {
        println!("{}", row(what, samples, 2));
    }
    println!();
    println!(
        "- the link: {} characters, version {} ({} × {} modules); the PNG {} × {} px, {:.1} KB",
        link.len(),
        (code.size - 17) / 4,
        code.size,
        code.size,
        (code.size + 8) * 4,
        (code.size + 8) * 4,
        screenshot.len() as f64 / 1e3
    );
    println!(
        "- the photos: {:.2} MB with the code ({side} px, 12 px a module before shrinking), {:.2} MB without",
        with_code.len() as f64 / 1e6,
        without_code.len() as f64 / 1e6
    );
}
