//! The check end to end on generated photos (`samples.rs`): each reason to retake, the formats, the memory guards,
//! what the sent JPEG keeps and drops, and inputs that must never panic. Large samples are generated once and shared;
//! the slow steps in a debug build (JPEG decoding, 12-MP shrinking) run once per test that needs them.

use std::sync::OnceLock;

use super::samples::{self, Rng};
use super::*;

fn page() -> &'static RgbImage {
    static PAGE: OnceLock<RgbImage> = OnceLock::new();
    PAGE.get_or_init(|| samples::document(1600, 1000, 7))
}

fn blurred_page() -> &'static RgbImage {
    static BLURRED: OnceLock<RgbImage> = OnceLock::new();
    BLURRED.get_or_init(|| samples::blurred(page(), 7))
}

fn glaring_page() -> &'static RgbImage {
    static GLARE: OnceLock<RgbImage> = OnceLock::new();
    GLARE.get_or_init(|| samples::with_glare(page(), 0.10))
}

fn dark_page() -> &'static RgbImage {
    static DARK: OnceLock<RgbImage> = OnceLock::new();
    DARK.get_or_init(|| samples::darkened(page(), 20.0))
}

fn selfie() -> &'static RgbImage {
    static SELFIE: OnceLock<RgbImage> = OnceLock::new();
    SELFIE.get_or_init(|| samples::selfie(1600, 1200, 11))
}

/// A small photo whose header and pixels decode quickly: for the inputs tried by the hundred.
fn small_jpeg() -> &'static [u8] {
    static JPEG: OnceLock<Vec<u8>> = OnceLock::new();
    JPEG.get_or_init(|| samples::jpeg(&samples::document(96, 64, 5), 85))
}

fn small_png() -> &'static [u8] {
    static PNG: OnceLock<Vec<u8>> = OnceLock::new();
    PNG.get_or_init(|| samples::png(&samples::document(96, 64, 5)))
}

fn scores(image: &RgbImage) -> PhotoQuality {
    score::measure(image)
}

/// The markers of a JPEG's segments up to its first scan, by walking them (FF E1 is APP1, where EXIF lives).
fn markers_before_scan(jpeg: &[u8]) -> Vec<u8> {
    let mut markers = Vec::new();
    let mut at = 2;
    while let (Some(0xFF), Some(&marker)) = (jpeg.get(at), jpeg.get(at + 1)) {
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        let length = usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        at += 2 + length;
    }
    markers
}

/// An EXIF APP1 segment put right after the start-of-image marker: a big-endian TIFF block with one IFD entry, the
/// orientation, followed by `extra` bytes standing for the rest of a phone's EXIF (GPS position, device).
fn with_exif(jpeg: &[u8], orientation: u16, extra: &[u8]) -> Vec<u8> {
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend(1_u16.to_be_bytes());
    tiff.extend(0x0112_u16.to_be_bytes());
    tiff.extend(3_u16.to_be_bytes());
    tiff.extend(1_u32.to_be_bytes());
    tiff.extend(orientation.to_be_bytes());
    tiff.extend([0, 0]);
    tiff.extend(0_u32.to_be_bytes());
    tiff.extend(extra);
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend(tiff);
    let length = u16::try_from(payload.len() + 2).expect("a small segment");
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(length.to_be_bytes());
    out.extend(payload);
    out.extend(&jpeg[2..]);
    out
}

/// CRC-32 (ISO-HDLC, PNG's), bit by bit: only to re-sign a patched header chunk.
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

/// A real PNG whose IHDR claims `width` × `height` (the CRC recomputed, so only the size is a lie).
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut png = small_png().to_vec();
    png[16..20].copy_from_slice(&width.to_be_bytes());
    png[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

/// A real JPEG whose frame header claims `width` × `height`, as a baseline (SOF0) or progressive (SOF2) frame.
fn jpeg_claiming(width: u16, height: u16, progressive: bool) -> Vec<u8> {
    let mut jpeg = small_jpeg().to_vec();
    let mut at = 2;
    while jpeg[at + 1] != 0xC0 {
        at += 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
    }
    if progressive {
        jpeg[at + 1] = 0xC2;
    }
    jpeg[at + 5..at + 7].copy_from_slice(&height.to_be_bytes());
    jpeg[at + 7..at + 9].copy_from_slice(&width.to_be_bytes());
    jpeg
}

#[test]
fn a_sharp_page_is_accepted_as_jpeg_and_as_png() {
    let jpeg = samples::jpeg(page(), 92);
    let accepted = check_photo(PhotoKind::PassportFront, &jpeg).expect("a sharp page as JPEG");
    assert_eq!((accepted.kind, accepted.width, accepted.height), (PhotoKind::PassportFront, 1600, 1000));
    assert!(accepted.jpeg.starts_with(&[0xFF, 0xD8, 0xFF]) && accepted.jpeg.ends_with(&[0xFF, 0xD9]));
    assert_eq!(accepted.quality.problem(PhotoKind::PassportFront), None);

    let png = samples::png(page());
    let accepted = check_photo(PhotoKind::PassportBack, &png).expect("a sharp page as PNG");
    assert_eq!((accepted.kind, accepted.width, accepted.height), (PhotoKind::PassportBack, 1600, 1000));
    assert_eq!(measure(&png), Ok(accepted.quality), "measure reports what check_photo judged");
}

#[test]
fn a_blurred_page_is_refused_as_blurred() {
    let png = samples::png(blurred_page());
    assert_eq!(check_photo(PhotoKind::PassportFront, &png), Err(PhotoProblem::Blurred));
}

#[test]
fn a_reflection_on_the_page_is_refused_as_glare() {
    let png = samples::png(glaring_page());
    assert_eq!(check_photo(PhotoKind::PassportFront, &png), Err(PhotoProblem::Glare));
}

#[test]
fn a_dark_page_is_refused_as_too_dark() {
    let png = samples::png(dark_page());
    assert_eq!(check_photo(PhotoKind::PassportBack, &png), Err(PhotoProblem::TooDark));
}

/// The bars sit well clear of every sample, so neither JPEG noise nor a slightly different page flips a verdict.
/// The numbers in the constants' comments come from here (`cargo test … -- --nocapture`).
#[test]
fn thresholds_separate_the_samples_with_margin() {
    let sharp = scores(page());
    let blurred = scores(blurred_page());
    let glaring = scores(glaring_page());
    let dark = scores(dark_page());
    let blurred_selfie = scores(&samples::blurred(selfie(), 7));
    let selfie = scores(selfie());
    for (name, quality) in [
        ("sharp", sharp),
        ("blurred", blurred),
        ("glare", glaring),
        ("dark", dark),
        ("selfie", selfie),
        ("blurred selfie", blurred_selfie),
    ] {
        eprintln!("{name}: {quality:?}");
    }

    assert!(sharp.sharpness > 4.0 * DOCUMENT_MIN_SHARPNESS, "{sharp:?}");
    assert!(blurred.sharpness < DOCUMENT_MIN_SHARPNESS / 2.0, "{blurred:?}");
    assert!(selfie.sharpness > 4.0 * SELFIE_MIN_SHARPNESS, "{selfie:?}");
    assert!(blurred_selfie.sharpness < SELFIE_MIN_SHARPNESS / 2.0, "{blurred_selfie:?}");

    assert!(sharp.glare < DOCUMENT_MAX_GLARE / 10.0, "{sharp:?}");
    assert!(glaring.glare > 2.5 * DOCUMENT_MAX_GLARE, "{glaring:?}");
    assert!(glaring.sharpness > 4.0 * DOCUMENT_MIN_SHARPNESS, "the reflection, not focus, is the reason");

    assert!(sharp.brightness > 4.0 * MIN_BRIGHTNESS, "{sharp:?}");
    assert!(dark.brightness < MIN_BRIGHTNESS * 0.6, "{dark:?}");

    assert_eq!(sharp.problem(PhotoKind::PassportFront), None);
    assert_eq!(blurred.problem(PhotoKind::PassportFront), Some(PhotoProblem::Blurred));
    assert_eq!(glaring.problem(PhotoKind::PassportFront), Some(PhotoProblem::Glare));
    assert_eq!(dark.problem(PhotoKind::PassportFront), Some(PhotoProblem::TooDark));
    assert_eq!(selfie.problem(PhotoKind::SelfieWithPassport), None);
    assert_eq!(blurred_selfie.problem(PhotoKind::SelfieWithPassport), Some(PhotoProblem::Blurred));
}

#[test]
fn a_dim_but_legible_page_passes() {
    let dim = scores(&samples::darkened(page(), 70.0));
    assert!(dim.brightness > MIN_BRIGHTNESS && dim.brightness < 75.0, "{dim:?}");
    assert_eq!(dim.problem(PhotoKind::PassportFront), None, "{dim:?}");
}

#[test]
fn an_evenly_lit_white_page_is_not_glare_and_a_clipped_one_is() {
    // White paper exposed as a camera does under even light: bright (~240) but under clipping, print all over it.
    let white = scores(&samples::page_on(1600, 1000, 7, 236.0));
    assert!(white.brightness > 200.0, "{white:?}");
    assert_eq!(white.glare, 0.0, "{white:?}");
    assert_eq!(white.problem(PhotoKind::PassportFront), None);
    // Overexposed until the paper clips: what the print does not break up is washed out, as under a reflection.
    let clipped = scores(&samples::page_on(1600, 1000, 7, 265.0));
    assert_eq!(clipped.problem(PhotoKind::PassportFront), Some(PhotoProblem::Glare), "{clipped:?}");
}

#[test]
fn a_reason_at_a_time_light_first_then_reflection_then_focus() {
    let all_wrong = PhotoQuality { sharpness: 1.0, glare: 0.5, brightness: 10.0 };
    assert_eq!(all_wrong.problem(PhotoKind::PassportFront), Some(PhotoProblem::TooDark));
    let lit = PhotoQuality { brightness: 120.0, ..all_wrong };
    assert_eq!(lit.problem(PhotoKind::PassportFront), Some(PhotoProblem::Glare));
    let no_glare = PhotoQuality { glare: 0.0, ..lit };
    assert_eq!(no_glare.problem(PhotoKind::PassportFront), Some(PhotoProblem::Blurred));
}

#[test]
fn the_selfie_is_held_to_a_lower_sharpness_bar_than_the_pages() {
    // Slightly soft: a face in focus, the passport's print a little smeared. Fine for a selfie, not for a page.
    let soft = samples::blurred(selfie(), 2);
    let quality = scores(&soft);
    assert!(
        quality.sharpness > SELFIE_MIN_SHARPNESS && quality.sharpness < DOCUMENT_MIN_SHARPNESS,
        "the sample must fall between the bars: {quality:?}"
    );
    let accepted = check_photo(PhotoKind::SelfieWithPassport, &samples::png(&soft)).expect("a soft selfie");
    assert_eq!(accepted.quality.problem(PhotoKind::PassportFront), Some(PhotoProblem::Blurred));
}

#[test]
fn a_720p_webcam_passes_and_a_thumbnail_does_not() {
    let webcam = samples::png(&samples::document(1280, 720, 3));
    let accepted = check_photo(PhotoKind::PassportFront, &webcam).expect("1280 × 720");
    assert_eq!((accepted.width, accepted.height), (1280, 720));

    for (width, height) in [(640, 480), (1280, 719), (959, 720), (719, 1280)] {
        let png = samples::png(&samples::noise(width, height, 1));
        assert_eq!(check_photo(PhotoKind::PassportFront, &png), Err(PhotoProblem::TooSmall { width, height }));
    }
    // The resolution is read from the header: a thumbnail is refused without being decoded (this PNG, cut in half,
    // would not decode).
    let thumbnail = samples::png(&samples::noise(640, 480, 2));
    let too_small = Err(PhotoProblem::TooSmall { width: 640, height: 480 });
    assert_eq!(check_photo(PhotoKind::SelfieWithPassport, &thumbnail[..thumbnail.len() / 2]), too_small);
    let thumbnail = samples::jpeg(&samples::noise(640, 480, 2), 80);
    assert_eq!(check_photo(PhotoKind::SelfieWithPassport, &thumbnail), too_small);
}

#[test]
fn other_formats_and_garbage_are_not_images() {
    let inputs: [&[u8]; 10] = [
        b"",
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!",
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic",
        b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"RIFF\x24\x00\x00\x00WEBPVP8 ",
        b"BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00",
        b"\xff\xd8",
        b"\x89PNG\r\n",
        b"hello, this is not a photo at all",
    ];
    for input in inputs {
        assert_eq!(check_photo(PhotoKind::PassportFront, input), Err(PhotoProblem::NotAnImage), "{input:?}");
        assert_eq!(measure(input), Err(PhotoProblem::NotAnImage));
    }
    let mut rng = Rng::new(42);
    for _ in 0..50 {
        let length = 1 + rng.below(4096) as usize;
        let mut garbage = rng.bytes(length);
        garbage[0] = 0x42;
        assert_eq!(check_photo(PhotoKind::PassportBack, &garbage), Err(PhotoProblem::NotAnImage));
    }
}

#[test]
fn a_truncated_or_corrupt_photo_is_unreadable() {
    let jpeg = samples::jpeg(page(), 85);
    for cut in [jpeg.len() / 2, jpeg.len() - 2, 700] {
        assert_eq!(check_photo(PhotoKind::PassportFront, &jpeg[..cut]), Err(PhotoProblem::Unreadable), "cut at {cut}");
    }
    let png = samples::png(page());
    assert_eq!(check_photo(PhotoKind::PassportFront, &png[..png.len() / 2]), Err(PhotoProblem::Unreadable));
    let mut bad_png = png[..40].to_vec();
    bad_png.extend(Rng::new(3).bytes(20_000));
    assert_eq!(check_photo(PhotoKind::PassportFront, &bad_png), Err(PhotoProblem::Unreadable));
    assert_eq!(check_photo(PhotoKind::PassportFront, b"\xff\xd8\xff\xe0garbage"), Err(PhotoProblem::Unreadable));
    assert_eq!(measure(&small_jpeg()[..small_jpeg().len() - 20]), Err(PhotoProblem::Unreadable));
}

#[test]
fn bytes_after_a_jpegs_end_are_no_reason_to_refuse_it() {
    // Samsung's motion photos and some editors append data after the end-of-image marker.
    let mut jpeg = small_jpeg().to_vec();
    jpeg.extend(b"MotionPhoto_Data\x00\x00\x00\x18ftypmp42");
    assert!(measure(&jpeg).is_ok());
}

#[test]
fn an_input_over_12_mib_is_too_large_before_anything_else() {
    let mut huge = vec![0_u8; MAX_PHOTO_BYTES + 1];
    huge[..3].copy_from_slice(&[0xFF, 0xD8, 0xFF]);
    let too_large = PhotoProblem::TooLarge { bytes: MAX_PHOTO_BYTES + 1, max: MAX_PHOTO_BYTES };
    assert_eq!(check_photo(PhotoKind::PassportFront, &huge), Err(too_large));
    assert_eq!(measure(&huge), Err(too_large));
    // At the limit the size is no reason: these bytes are refused for what they are.
    assert_eq!(check_photo(PhotoKind::PassportFront, &huge[..MAX_PHOTO_BYTES]), Err(PhotoProblem::Unreadable));
}

#[test]
fn absurd_dimensions_are_refused_from_the_header_without_decoding() {
    // Decoding any of these would allocate gigabytes (30 GB for the first); the header alone refuses them.
    let claims = [
        (png_claiming(100_000, 100_000), 100_000_u64 * 100_000 * 3),
        (png_claiming(12_001, 800), 12_001 * 800 * 3),
        (png_claiming(9_000, 6_000), 9_000 * 6_000 * 3),
        (jpeg_claiming(65_000, 65_000, false), 65_000 * 65_000 * 3),
        // 40 MP passes as a baseline JPEG (120 MB), not as a progressive one: its coefficients add 240 MB.
        (jpeg_claiming(8_000, 5_000, true), 8_000 * 5_000 * 3 * 3),
    ];
    for (bytes, decoded) in claims {
        let too_large = PhotoProblem::TooLarge { bytes: decoded as usize, max: MAX_DECODED_BYTES };
        assert_eq!(check_photo(PhotoKind::PassportFront, &bytes), Err(too_large));
        assert_eq!(measure(&bytes), Err(too_large));
    }
    // Within the limits, a lying header is caught when the pixels run out.
    assert_eq!(check_photo(PhotoKind::PassportFront, &png_claiming(4000, 3000)), Err(PhotoProblem::Unreadable));
}

#[test]
fn metadata_never_leaves_the_phone_and_the_orientation_is_applied() {
    let mut stored = samples::document(1280, 960, 9);
    // A black square in the stored top-left corner: "rotate 90° clockwise" must take it to the top right.
    for y in 0..200 {
        for x in 0..200 {
            stored.put_pixel(x, y, image::Rgb([0, 0, 0]));
        }
    }
    let secret: &[u8] = b"GPSLatitude 42.8746N GPSLongitude 74.5698E Make Google Model Pixel 8 Serial 3A1F9";
    let original = with_exif(&samples::jpeg(&stored, 90), 6, secret);
    assert!(markers_before_scan(&original).contains(&0xE1), "the input carries EXIF");

    let accepted = check_photo(PhotoKind::PassportFront, &original).expect("accepted");
    assert_eq!((accepted.width, accepted.height), (960, 1280), "upright: the sides swapped");
    let markers = markers_before_scan(&accepted.jpeg);
    assert!(!markers.contains(&0xE1), "no APP1 (EXIF, XMP): {markers:x?}");
    assert!(markers.iter().all(|marker| !(0xE1..=0xEF).contains(marker)), "only the JFIF header: {markers:x?}");
    assert!(!accepted.jpeg.windows(secret.len()).any(|window| window == secret));
    assert!(!accepted.jpeg.windows(4).any(|window| window == b"Exif" || window == b"GPSL"));

    let sent = image::load_from_memory(&accepted.jpeg).expect("the sent JPEG decodes").into_luma8();
    let mean = |left: u32, top: u32| {
        let total: u32 = (top..top + 100)
            .flat_map(|y| (left..left + 100).map(move |x| (x, y)))
            .map(|(x, y)| u32::from(sent.get_pixel(x, y).0[0]))
            .sum();
        total / 10_000
    };
    assert!(mean(960 - 150, 50) < 30, "the black corner is now top right");
    assert!(mean(50, 50) > 150, "the top left is paper");
}

#[test]
fn a_12_mp_photo_is_sent_at_2048_px_under_the_banks_limit() {
    let png = samples::gray_png(&samples::print(4000, 3000));
    let accepted = check_photo(PhotoKind::PassportBack, &png).expect("a 12-MP page");
    assert_eq!((accepted.width, accepted.height), (2048, 1536));
    assert!(accepted.jpeg.len() < MAX_UPLOAD_BYTES, "{} bytes", accepted.jpeg.len());
}

#[test]
fn even_pure_noise_fits_the_banks_limit() {
    let jpeg = encode::to_jpeg(&samples::noise(2048, 2048, 17)).expect("encodes");
    assert!(jpeg.len() < MAX_UPLOAD_BYTES, "{} bytes", jpeg.len());
}

proptest::proptest! {
    /// Any bytes, bare or behind a JPEG's or a PNG's signature, are refused with a reason — never a panic.
    #[test]
    fn random_bytes_never_panic(
        prefix in proptest::sample::select(vec![&b""[..], &[0xFF, 0xD8, 0xFF][..], &b"\x89PNG\r\n\x1a\n"[..]]),
        body in proptest::collection::vec(proptest::num::u8::ANY, 0..4096),
    ) {
        let bytes = [prefix, &body[..]].concat();
        proptest::prop_assert!(check_photo(PhotoKind::SelfieWithPassport, &bytes).is_err());
        proptest::prop_assert!(measure(&bytes).is_err());
    }
}

#[test]
fn damaged_photos_never_panic() {
    // Real small photos with bytes flipped, cut, or duplicated: they reach deep into the decoders.
    let mut rng = Rng::new(11);
    for round in 0..300 {
        let mut bytes = if round % 2 == 0 { small_jpeg().to_vec() } else { small_png().to_vec() };
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(bytes.len() as u32) as usize;
            match rng.below(4) {
                0 => bytes[at] = rng.next() as u8,
                1 => bytes[at] ^= 1 << rng.below(8),
                2 => bytes.truncate(at.max(8)),
                _ => {
                    let chunk = bytes[at..(at + 16).min(bytes.len())].to_vec();
                    bytes.splice(at..at, chunk);
                }
            }
        }
        let _ = measure(&bytes);
        let _ = check_photo(PhotoKind::PassportFront, &bytes);
    }
}
