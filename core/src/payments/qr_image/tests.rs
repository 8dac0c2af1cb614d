//! QR images both ways: the matrix's shape, the round trip through PNG, JPEG, rotation, transparency and a photo
//! larger than the search's copy, the refusals (no code, a damaged code, not an image, too large, too long), the SVG,
//! and that Cyrillic never goes into the Kanji mode. Pictures are generated; the 12-MP ones once per test.

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{ExtendedColorType, GrayImage, ImageEncoder, Luma, Rgb, RgbImage};

use super::decode::scan;
use super::*;
use crate::identity::photo::resample::fit_gray;

/// Percent-encodes everything but unreserved ASCII, as a payment link carries names.
fn percent_encoded(text: &str) -> String {
    text.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

/// A payment link of ~250 characters: an EMV-style payload, the merchant's name and the purpose in Cyrillic.
fn payment_link() -> String {
    let link = format!(
        "https://pay.payqr.kg/#0002010102123223kg.payqr.merchant.0001530341754061500.005802KG&n={}&p={}",
        percent_encoded("Кафе «Ала-Тоо»"),
        percent_encoded("Оплата за обед"),
    );
    assert!((230..=280).contains(&link.len()), "{} characters", link.len());
    link
}

/// Raw UTF-8 Cyrillic (not percent-encoded), with `Ё` whose bytes look like Kanji to a Shift JIS parser.
const CYRILLIC: &str = "Оплата: кафе «Ала-Тоо», Бишкек — 150,00 сом. ЁЁЁЁЁЁ ёлка";

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A value in -spread..=spread.
    fn noise(&mut self, spread: i32) -> i32 {
        (self.next() % (2 * spread as u64 + 1)) as i32 - spread
    }
}

fn grey(png_or_jpeg: &[u8]) -> GrayImage {
    image::load_from_memory(png_or_jpeg).expect("a picture").into_luma8()
}

fn png_of(image: &GrayImage) -> Vec<u8> {
    let mut out = Vec::new();
    PngEncoder::new(&mut out)
        .write_image(image.as_raw(), image.width(), image.height(), ExtendedColorType::L8)
        .expect("encode");
    out
}

fn jpeg_of(image: &RgbImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, quality).encode_image(image).expect("encode");
    out
}

/// A photo-like picture: near-white paper lit unevenly with sensor noise, and the `code` (a grey picture of one)
/// printed at `at` with noise of its own; no code at all when `None`.
fn photo(width: u32, height: u32, code: Option<(&GrayImage, (u32, u32))>, seed: u64) -> RgbImage {
    let mut rng = Rng(seed);
    let mut image = RgbImage::from_fn(width, height, |x, y| {
        let light = 236 - (16 * x / width) as i32 - (10 * y / height) as i32 + rng.noise(8);
        let value = light.clamp(0, 255) as u8;
        Rgb([value, value, value.saturating_sub(6)])
    });
    if let Some((code, (left, top))) = code {
        for (x, y, pixel) in code.enumerate_pixels() {
            let value = (i32::from(pixel.0[0]).clamp(30, 225) + rng.noise(10)).clamp(0, 255) as u8;
            image.put_pixel(left + x, top + y, Rgb([value, value, value]));
        }
    }
    image
}

// --- the matrix ---

/// Whether the 7 × 7 finder pattern sits with its top-left module at (`left`, `top`): a dark ring, a light ring, a
/// dark 3 × 3 centre.
fn finder_at(matrix: &QrMatrix, left: u32, top: u32) -> bool {
    (0..7).all(|dy| {
        (0..7).all(|dx| {
            let ring = dx.min(dy).min(6 - dx).min(6 - dy);
            matrix.is_dark(left + dx, top + dy) == (ring != 1)
        })
    })
}

#[test]
fn a_long_cyrillic_payment_link_makes_a_valid_matrix_with_three_finder_patterns() {
    let matrix = matrix(&payment_link()).expect("fits");
    assert!((21..=177).contains(&matrix.size) && (matrix.size - 21).is_multiple_of(4), "size {}", matrix.size);
    assert_eq!(matrix.modules.len(), (matrix.size * matrix.size) as usize);
    let far = matrix.size - 7;
    assert!(finder_at(&matrix, 0, 0) && finder_at(&matrix, far, 0) && finder_at(&matrix, 0, far));
    assert!(!finder_at(&matrix, far, far), "the fourth corner has none");
    // The separators around the finders are light.
    assert!((0..8).all(|i| !matrix.is_dark(7, i) && !matrix.is_dark(i, 7) && !matrix.is_dark(far - 1, i)));
    // About half the modules are dark (the mask's purpose).
    let dark = matrix.modules.iter().filter(|&&dark| dark).count() as f64 / matrix.modules.len() as f64;
    assert!((0.4..0.6).contains(&dark), "{dark}");
    // Same text, same modules.
    assert_eq!(super::matrix(&payment_link()), Ok(matrix));
}

/// The matrix as `rqrr` takes an already located code.
struct Modules<'a>(&'a QrMatrix);

impl rqrr::BitGrid for Modules<'_> {
    fn size(&self) -> usize {
        self.0.size as usize
    }

    fn bit(&self, y: usize, x: usize) -> bool {
        self.0.is_dark(x as u32, y as u32)
    }
}

#[test]
fn the_matrix_reads_back_as_its_text() {
    for text in [payment_link(), CYRILLIC.to_owned(), String::new(), "1234567890".repeat(20)] {
        let matrix = matrix(&text).expect("fits");
        let (meta, read) = rqrr::Grid::new(Modules(&matrix)).decode().expect("decodes");
        assert_eq!(read, text);
        assert_eq!(meta.ecc_level, 0, "level M"); // rqrr numbers the levels as the format bits do: M = 0, L = 1
    }
}

/// The data bits' mode indicators, walked by their character counts: 1 numeric, 2 alphanumeric, 4 byte, 8 Kanji.
fn modes(bits: &[u8], version: i16) -> Vec<usize> {
    let bit = |at: usize| bits.get(at / 8).is_some_and(|byte| byte & (0x80 >> (at % 8)) != 0);
    let mut at = 0;
    let mut take = |count: usize| {
        let value = (at..at + count).fold(0, |value, index| value << 1 | usize::from(bit(index)));
        at += count;
        value
    };
    let class = match version {
        1..=9 => 0,
        10..=26 => 1,
        _ => 2,
    };
    let mut modes = Vec::new();
    while modes.len() < 100 {
        let mode = take(4);
        let (count_bits, data_bits): ([usize; 3], fn(usize) -> usize) = match mode {
            1 => ([10, 12, 14], |n| 10 * (n / 3) + [0, 4, 7][n % 3]),
            2 => ([9, 11, 13], |n| 11 * (n / 2) + 6 * (n % 2)),
            4 => ([8, 16, 16], |n| 8 * n),
            8 => ([8, 10, 12], |n| 13 * n),
            _ => break,
        };
        modes.push(mode);
        let count = take(count_bits[class]);
        take(data_bits(count));
    }
    modes
}

#[test]
fn cyrillic_is_never_encoded_in_the_kanji_mode() {
    use qrcode::optimize::Parser;
    use qrcode::types::{Mode, Version};

    let data = CYRILLIC.as_bytes();
    // The hazard: `Ё` is D0 81, and 81 D0 is a Shift JIS Kanji pair, so the crate's own encoding uses the Kanji mode.
    assert!(Parser::new(data).any(|segment| segment.mode == Mode::Kanji));
    let theirs = qrcode::bits::encode_auto(data, qrcode::EcLevel::M).expect("fits");
    let Version::Normal(their_version) = theirs.version() else { panic!("a normal version") };
    assert!(modes(&theirs.into_bytes(), their_version).contains(&8), "the walk sees the Kanji mode");

    for text in [CYRILLIC.to_owned(), payment_link(), format!("ABC123 {CYRILLIC} 4567890123")] {
        let ours = render::bits(text.as_bytes()).expect("fits");
        let Version::Normal(version) = ours.version() else { panic!("a normal version") };
        let modes = modes(&ours.into_bytes(), version);
        assert!(!modes.is_empty() && modes.iter().all(|&mode| mode != 8), "{text}: {modes:?}");
    }
}

#[test]
fn text_too_long_for_a_qr_code_is_refused() {
    let long = "x".repeat(5000);
    assert_eq!(matrix(&long), Err(QrImageError::TextTooLong));
    assert_eq!(svg(&long), Err(QrImageError::TextTooLong));
    assert_eq!(png(&long, 4), Err(QrImageError::TextTooLong));
    assert_eq!(QrImageError::TextTooLong.message_id(), "qr-text-too-long");
    // Level M's limit for bytes is 2 331 (version 40).
    assert_eq!(matrix(&"x".repeat(2331)).map(|matrix| matrix.size), Ok(177));
    assert_eq!(matrix(&"x".repeat(2332)), Err(QrImageError::TextTooLong));
}

#[test]
fn a_module_size_outside_1_to_32_px_is_refused() {
    for module_px in [0, 33, u32::MAX] {
        let error = png("text", module_px).expect_err("refused");
        assert_eq!(error, QrImageError::ModuleSize { module_px });
        assert_eq!(error.message_id(), "qr-image-module-size");
    }
    let matrix = matrix("text").expect("fits");
    let largest = grey(&png("text", MAX_MODULE_PX).expect("drawn"));
    assert_eq!(largest.width(), (matrix.size + 2 * QUIET_ZONE) * MAX_MODULE_PX);
}

// --- the SVG ---

#[test]
fn the_svg_draws_every_dark_module_inside_a_quiet_zone() {
    let text = payment_link();
    let matrix = matrix(&text).expect("fits");
    let svg = svg(&text).expect("fits");
    let side = matrix.size + 2 * QUIET_ZONE;
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{svg}");
    assert!(svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
    assert!(svg.contains("shape-rendering=\"crispEdges\""));
    assert!(svg.contains(&format!("<rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>")));
    assert!(svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<path").count(), 1);

    // Each rectangle of the path `M x yhNv1h-Nz` is a run of dark modules; drawn together they are the matrix.
    let start = svg.find(" d=\"").expect("path data") + 4;
    let data = &svg[start..start + svg[start..].find('"').expect("end of the path data")];
    let mut drawn = vec![false; (side * side) as usize];
    for rectangle in data.split('M').skip(1) {
        let (position, rest) = rectangle.split_once('h').expect("a run");
        let (x, y) = position.split_once(' ').expect("x y");
        let (x, y): (u32, u32) = (x.parse().expect("x"), y.parse().expect("y"));
        let run: u32 = rest.split_once('v').expect("v1").0.parse().expect("run");
        assert_eq!(rest, format!("{run}v1h-{run}z"));
        for column in x..x + run {
            let module = &mut drawn[(y * side + column) as usize];
            assert!(!*module, "drawn twice at {column},{y}");
            *module = true;
        }
    }
    for y in 0..side {
        for x in 0..side {
            let expected = x >= QUIET_ZONE
                && y >= QUIET_ZONE
                && matrix.is_dark(x - QUIET_ZONE, y - QUIET_ZONE)
                && x < QUIET_ZONE + matrix.size
                && y < QUIET_ZONE + matrix.size;
            assert_eq!(drawn[(y * side + x) as usize], expected, "{x},{y}");
        }
    }
}

// --- round trips ---

#[test]
fn png_round_trips_ascii_and_cyrillic_at_1_4_and_10_px_a_module() {
    for text in [payment_link(), CYRILLIC.to_owned(), "HELLO 123".to_owned()] {
        let matrix = matrix(&text).expect("fits");
        for module_px in [1, 4, 10] {
            let png = png(&text, module_px).expect("drawn");
            let picture = grey(&png);
            assert_eq!(picture.width(), (matrix.size + 8) * module_px);
            // The pixels are the matrix: black modules, white quiet zone.
            let centre = |x: u32| (x + QUIET_ZONE) * module_px + module_px / 2;
            assert!((0..matrix.size).all(|y| {
                (0..matrix.size).all(|x| (picture.get_pixel(centre(x), centre(y)).0[0] == 0) == matrix.is_dark(x, y))
            }));
            assert_eq!(decode(&png), Ok(vec![text.clone()]), "{module_px} px: {text}");
        }
    }
}

#[test]
fn a_jpeg_of_the_code_reads() {
    let text = payment_link();
    let code = grey(&png(&text, 6).expect("drawn"));
    let rgb = image::DynamicImage::ImageLuma8(code).into_rgb8();
    assert_eq!(decode(&jpeg_of(&rgb, 80)), Ok(vec![text]));
}

#[test]
fn a_rotated_code_reads() {
    let text = payment_link();
    let code = grey(&png(&text, 4).expect("drawn"));
    for rotated in
        [image::imageops::rotate90(&code), image::imageops::rotate180(&code), image::imageops::rotate270(&code)]
    {
        assert_eq!(decode(&png_of(&rotated)), Ok(vec![text.clone()]));
    }
}

#[test]
fn a_code_on_a_transparent_background_reads() {
    let text = payment_link();
    let code = grey(&png(&text, 4).expect("drawn"));
    // Black modules on transparent black: dropping the alpha would leave a black square.
    let pixels: Vec<u8> = code.as_raw().iter().flat_map(|&value| [0, if value < 128 { 255 } else { 0 }]).collect();
    let mut transparent = Vec::new();
    PngEncoder::new(&mut transparent)
        .write_image(&pixels, code.width(), code.height(), ExtendedColorType::La8)
        .expect("encode");
    assert_eq!(decode(&transparent), Ok(vec![text]));
}

#[test]
fn two_codes_in_one_picture_both_read() {
    let first = grey(&png("https://pay.payqr.kg/#first", 6).expect("drawn"));
    let second = grey(&png(CYRILLIC, 6).expect("drawn"));
    let mut both = GrayImage::from_pixel(first.width() + second.width() + 60, second.height() + 40, Luma([255]));
    image::imageops::replace(&mut both, &first, 20, 20);
    image::imageops::replace(&mut both, &second, i64::from(first.width()) + 40, 20);
    let mut texts = decode(&png_of(&both)).expect("read");
    texts.sort();
    let mut expected = vec!["https://pay.payqr.kg/#first".to_owned(), CYRILLIC.to_owned()];
    expected.sort();
    assert_eq!(texts, expected);
}

#[test]
fn a_code_in_a_3000_px_photo_reads_through_the_shrunk_copy() {
    let text = payment_link();
    let code = grey(&png(&text, 10).expect("drawn"));
    let jpeg = jpeg_of(&photo(3000, 2250, Some((&code, (1300, 700))), 3), 85);
    // The search's copy is all that is needed: it reads there already.
    let shrunk = fit_gray(&grey(&jpeg), SCAN_SIDE);
    assert_eq!(scan(&shrunk).texts, vec![text.clone()]);
    assert_eq!(decode(&jpeg), Ok(vec![text]));
}

#[test]
fn a_small_code_far_away_in_a_12_mp_photo_reads_on_the_second_pass() {
    let text = payment_link();
    let code = grey(&png(&text, 4).expect("drawn"));
    let jpeg = jpeg_of(&photo(4000, 3000, Some((&code, (2500, 1800))), 5), 90);
    assert!(jpeg.len() <= MAX_IMAGE_BYTES, "{} bytes", jpeg.len());
    let full = grey(&jpeg);
    // 4 px a module in the photo: 1.6 px in the search's copy, too small to read; 3.2 px at 3 200 px. (Measured: the
    // code reads from 2 px a module at full size, but a shrink by a fraction smears the edges, so ~3 px is needed.)
    assert!(scan(&fit_gray(&full, SCAN_SIDE)).texts.is_empty());
    assert_eq!(decode(&jpeg), Ok(vec![text]));
}

// --- refusals ---

#[test]
fn a_picture_without_a_code_is_no_code() {
    let plain = photo(1200, 900, None, 9);
    assert_eq!(decode(&jpeg_of(&plain, 85)), Err(QrImageError::NoCode));
    assert_eq!(decode(&png_of(&GrayImage::from_pixel(64, 64, Luma([255])))), Err(QrImageError::NoCode));
    assert_eq!(decode(&png_of(&GrayImage::from_pixel(1, 1, Luma([0])))), Err(QrImageError::NoCode));
    assert_eq!(QrImageError::NoCode.message_id(), "qr-image-no-code");
}

#[test]
fn a_damaged_code_is_found_but_unreadable() {
    let text = payment_link();
    let matrix = matrix(&text).expect("fits");
    let module_px = 6;
    let mut picture = grey(&png(&text, module_px).expect("drawn"));
    // A third of the modules flipped, away from the three finder patterns (so the code is still found).
    let mut rng = Rng(11);
    let finder = |x: u32, y: u32| (x < 9 || x >= matrix.size - 9) && (y < 9 || (x < 9 && y >= matrix.size - 9));
    for y in 0..matrix.size {
        for x in 0..matrix.size {
            if finder(x, y) || !rng.next().is_multiple_of(3) {
                continue;
            }
            for (dx, dy) in (0..module_px).flat_map(|dx| (0..module_px).map(move |dy| (dx, dy))) {
                let (px, py) = ((x + QUIET_ZONE) * module_px + dx, (y + QUIET_ZONE) * module_px + dy);
                let pixel = picture.get_pixel_mut(px, py);
                pixel.0[0] = 255 - pixel.0[0];
            }
        }
    }
    assert_eq!(decode(&png_of(&picture)), Err(QrImageError::Unreadable));
    assert_eq!(QrImageError::Unreadable.message_id(), "qr-image-unreadable");
}

#[test]
fn bytes_that_are_not_a_picture_are_not_an_image_and_never_panic() {
    let png = png(&payment_link(), 4).expect("drawn");
    let mut rng = Rng(0x5EED);
    let random: Vec<u8> = (0..4096).map(|_| rng.next() as u8).collect();
    let mut inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        random.clone(),
        b"https://pay.payqr.kg/#000201 is a link, not a picture\n".to_vec(),
        b"GIF89a\x01\x00\x01\x00".to_vec(),
        [&[0xFF, 0xD8, 0xFF][..], &random].concat(),
        [&png[..8], &random[..]].concat(),
    ];
    // The PNG cut short anywhere: in its signature, its header, its pixels.
    inputs.extend((1..40).map(|cut| png[..png.len() * cut / 40].to_vec()));
    inputs.extend([5, 12, 20, 33].map(|cut| png[..cut].to_vec()));
    for input in &inputs {
        assert_eq!(decode(input), Err(QrImageError::NotAnImage), "{} bytes", input.len());
    }
    // Random bytes inside a valid PNG never panic either: any verdict but a crash.
    for _ in 0..200 {
        let mut broken = png.clone();
        for _ in 0..8 {
            let at = 8 + (rng.next() as usize) % (broken.len() - 8);
            broken[at] = rng.next() as u8;
        }
        let _ = decode(&broken);
    }
    assert_eq!(QrImageError::NotAnImage.message_id(), "qr-image-not-an-image");
}

/// CRC-32 (PNG's), bit by bit: only to re-sign a patched header chunk.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0_u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[test]
fn a_header_claiming_100000_by_100000_is_too_large_without_decoding() {
    let mut claim = png("text", 1).expect("drawn");
    claim[16..20].copy_from_slice(&100_000_u32.to_be_bytes());
    claim[20..24].copy_from_slice(&100_000_u32.to_be_bytes());
    let crc = crc32(&claim[12..29]);
    claim[29..33].copy_from_slice(&crc.to_be_bytes());
    let started = std::time::Instant::now();
    assert_eq!(decode(&claim), Err(QrImageError::TooLarge));
    // Decoding 10 gigapixels would take minutes and 10 GB; the header alone takes microseconds.
    assert!(started.elapsed() < std::time::Duration::from_secs(1), "{:?}", started.elapsed());
    assert_eq!(QrImageError::TooLarge.message_id(), "qr-image-too-large");
}

#[test]
fn an_input_over_8_mib_is_too_large_before_anything_else() {
    let mut huge = png("text", 1).expect("drawn");
    huge.resize(MAX_IMAGE_BYTES + 1, 0);
    assert_eq!(decode(&huge), Err(QrImageError::TooLarge));
}

#[test]
fn a_dark_mode_code_light_on_dark_reads() {
    let link = payment_link();
    let mut code = grey(&png(&link, 6).expect("png"));
    image::imageops::invert(&mut code);
    assert_eq!(decode(&png_of(&code)), Ok(vec![link]));
}

#[test]
fn a_blurred_code_reads_through_the_sharpened_copy() {
    let link = payment_link();
    // Blurred by 0.4 of a module: the search's own local threshold loses its edges (issue 19's probe).
    let code = image::imageops::blur(&grey(&png(&link, 8).expect("png")), 3.2);
    assert!(scan(&code).texts.is_empty(), "the picture as it is does not read: the sharpening is what is tested");
    assert_eq!(decode(&png_of(&code)), Ok(vec![link]));
}

#[test]
fn a_code_at_two_pixels_a_module_reads_through_the_enlarged_copy() {
    let link = payment_link();
    let code = grey(&png(&link, 8).expect("png"));
    let small =
        image::imageops::resize(&code, code.width() / 4, code.height() / 4, image::imageops::FilterType::Triangle);
    assert_eq!(decode(&png_of(&small)), Ok(vec![link]));
}

#[test]
fn byte_mode_text_that_is_not_utf8_is_read_as_iso_8859_1_unless_it_would_hold_controls() {
    use super::decode::text_of;
    assert_eq!(text_of("Айгүл".as_bytes().to_vec()).as_deref(), Some("Айгүл"));
    assert_eq!(text_of(b"Caf\xe9 cr\xe8me".to_vec()).as_deref(), Some("Café crème"));
    // Shift_JIS «Оп» from a Kanji segment: 0x84 is a C1 control in ISO-8859-1, so not text to show.
    assert_eq!(text_of(b"c=\x84O\x84\x81".to_vec()), None);
}

#[test]
fn otsu_splits_a_two_tone_picture_between_its_tones() {
    use super::decode::otsu_threshold;
    let picture = GrayImage::from_fn(40, 40, |x, _| Luma([if x < 10 { 60 } else { 200 }]));
    let threshold = otsu_threshold(&picture);
    assert!((60..200).contains(&threshold), "{threshold}");
}
