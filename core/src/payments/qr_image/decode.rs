//! From a picture to the texts of the QR codes in it.

use std::panic::{AssertUnwindSafe, catch_unwind};

use image::{DynamicImage, GrayImage};

use super::{DETAIL_SIDE, MAX_IMAGE_BYTES, QrImageError, SCAN_SIDE};
use crate::identity::photo::PhotoProblem;
use crate::identity::photo::decode::open;
use crate::identity::photo::resample::fit_gray;

/// The text of every QR code found in `image` (a JPEG or a PNG, told apart by content), in the order they were
/// found. No code at all is [`QrImageError::NoCode`]; codes that were found but none of which could be read are
/// [`QrImageError::Unreadable`].
pub fn decode(image: &[u8]) -> Result<Vec<String>, QrImageError> {
    if image.len() > MAX_IMAGE_BYTES {
        return Err(QrImageError::TooLarge);
    }
    let source = open(image).map_err(from_photo)?;
    let grey = grey_on_white(source.decode_as_stored().map_err(from_photo)?);
    let side = grey.width().max(grey.height());
    let mut found_unreadable = false;
    // The tries, cheapest and likeliest first; the first that reads a code ends the search, so a clear picture
    // costs one search. The full-size picture is shrunk straight to the search's size: when the code is read there
    // (the usual case), the detailed copy is never made.
    let searched = if side > SCAN_SIDE { fit_gray(&grey, SCAN_SIDE) } else { grey.clone() };
    for attempt in Attempt::ALL {
        let picture = match attempt {
            Attempt::AsItIs => None,
            // A dark-mode screenshot: light modules on a dark ground, which the search does not look for.
            Attempt::Inverted => Some(inverted(&searched)),
            // Black and white at the picture's own threshold: a soft or low-contrast code whose edges the search's
            // local threshold loses.
            Attempt::Binarised => Some(binarised(&searched)),
            // A blurred code: the edges steepened again (an unsharp mask), then black and white.
            Attempt::Sharpened => Some(binarised(&image::imageops::unsharpen(&searched, SHARPEN_SIGMA, 0))),
            // A small code in a small picture (a thumbnail, a far screenshot): two or three pixels a module are too
            // few for the search's finder patterns; three times larger they are enough.
            Attempt::Enlarged if side <= ENLARGE_BELOW => Some(enlarged(&grey, 3)),
            Attempt::Enlarged => continue,
            // A small code far away in a 12-MP photo.
            Attempt::Detailed if side > SCAN_SIDE => Some(shrunk(grey.clone(), DETAIL_SIDE)),
            Attempt::Detailed => continue,
        };
        let found = scan(picture.as_ref().unwrap_or(&searched));
        if !found.texts.is_empty() {
            return Ok(found.texts);
        }
        found_unreadable |= found.unreadable;
    }
    Err(if found_unreadable { QrImageError::Unreadable } else { QrImageError::NoCode })
}

/// The searches [`decode`] tries, in order.
#[derive(Debug, Clone, Copy)]
enum Attempt {
    AsItIs,
    Inverted,
    Binarised,
    Sharpened,
    Enlarged,
    Detailed,
}

impl Attempt {
    const ALL: [Attempt; 6] = [
        Attempt::AsItIs,
        Attempt::Inverted,
        Attempt::Binarised,
        Attempt::Sharpened,
        Attempt::Enlarged,
        Attempt::Detailed,
    ];
}

/// The unsharp mask's Gaussian, in pixels: about a module of a code that fills a screenshot.
const SHARPEN_SIGMA: f32 = 2.0;

/// Pictures whose longest side is at most this are also searched enlarged (a 3× copy stays under 2 400 px).
const ENLARGE_BELOW: u32 = 800;

/// What one search found: the texts read, and whether a code was found that could not be read.
#[derive(Debug, Default)]
pub(super) struct Scan {
    pub(super) texts: Vec<String>,
    pub(super) unreadable: bool,
}

/// Searches the grey picture for codes and reads them. `rqrr` is a port of quirc, fuzzed but not proven: should it
/// panic on some picture, the codes there count as unreadable and the app goes on.
pub(super) fn scan(image: &GrayImage) -> Scan {
    let width = image.width() as usize;
    let height = image.height() as usize;
    let pixels = image.as_raw();
    let search = || {
        let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
            pixels.get(y * width + x).copied().unwrap_or(u8::MAX)
        });
        let mut scan = Scan::default();
        for grid in prepared.detect_grids() {
            let mut bytes = Vec::new();
            match grid.decode_to(&mut bytes).ok().and_then(|_| text_of(bytes)) {
                Some(text) => scan.texts.push(text),
                None => scan.unreadable = true,
            }
        }
        scan
    };
    catch_unwind(AssertUnwindSafe(search)).unwrap_or(Scan { texts: Vec::new(), unreadable: true })
}

/// A code's bytes as text: UTF-8 when they are (what every wallet writes), otherwise ISO-8859-1, byte mode's
/// default encoding in the standard when no ECI says otherwise (what some tills' printers write: «Café»). ISO-8859-1
/// text holds no C1 control character (0x80–0x9F): bytes that would make one are something else — Shift_JIS from a
/// code's Kanji mode, which `rqrr` hands over undecoded (Cyrillic is 0x84 0x40…) — and are refused rather than shown
/// as wrong letters.
pub(super) fn text_of(bytes: Vec<u8>) -> Option<String> {
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(not_utf8) => {
            let bytes = not_utf8.into_bytes();
            (!bytes.iter().any(|byte| (0x80..=0x9F).contains(byte)))
                .then(|| bytes.into_iter().map(char::from).collect())
        }
    }
}

/// Light for dark and dark for light.
fn inverted(image: &GrayImage) -> GrayImage {
    let mut copy = image.clone();
    image::imageops::invert(&mut copy);
    copy
}

/// Pure black and white, split at Otsu's threshold of the whole picture (the grey level that best separates its
/// histogram in two).
fn binarised(image: &GrayImage) -> GrayImage {
    let threshold = otsu_threshold(image);
    let pixels = image.as_raw().iter().map(|&grey| if grey > threshold { u8::MAX } else { 0 }).collect();
    GrayImage::from_raw(image.width(), image.height(), pixels).unwrap_or_default()
}

/// Otsu's method: the level that maximises the variance between the two classes of pixels it makes.
pub(super) fn otsu_threshold(image: &GrayImage) -> u8 {
    let mut histogram = [0u64; 256];
    for &grey in image.as_raw() {
        histogram[usize::from(grey)] += 1;
    }
    let total: u64 = histogram.iter().sum();
    let weighted_total: u64 = histogram.iter().zip(0u64..).map(|(count, level)| count * level).sum();
    let (mut below, mut weighted_below) = (0u64, 0u64);
    let (mut best, mut best_variance) = (127u8, 0u128);
    for (level, &count) in (0u8..=u8::MAX).zip(histogram.iter()) {
        below += count;
        weighted_below += count * u64::from(level);
        let above = total - below;
        if below == 0 || above == 0 {
            continue;
        }
        // Between-class variance × total²: (mean_below − mean_above)² × below × above, kept in integers.
        let difference = i128::from(weighted_below as i64) * i128::from(above as i64)
            - i128::from((weighted_total - weighted_below) as i64) * i128::from(below as i64);
        let variance = (difference * difference).unsigned_abs() / (u128::from(below) * u128::from(above));
        if variance > best_variance {
            (best, best_variance) = (level, variance);
        }
    }
    best
}

/// The picture `factor` times larger, each pixel drawn as a square (the modules' edges stay sharp).
fn enlarged(image: &GrayImage, factor: u32) -> GrayImage {
    image::imageops::resize(
        image,
        image.width() * factor,
        image.height() * factor,
        image::imageops::FilterType::Nearest,
    )
}

/// The picture in 8-bit grey (ITU-R BT.601 weights, in integers: `image`'s own conversion takes ~40 ms on a 12-MP
/// photo, this one a few); a transparent background becomes white (a PNG of black modules on nothing is common, and
/// dropping the alpha would make it black on black).
fn grey_on_white(pixels: DynamicImage) -> GrayImage {
    match pixels {
        DynamicImage::ImageLuma8(grey) => grey,
        DynamicImage::ImageRgb8(rgb) => {
            let luma = rgb.as_raw().chunks_exact(3).map(|pixel| luma(pixel[0], pixel[1], pixel[2])).collect();
            GrayImage::from_raw(rgb.width(), rgb.height(), luma).unwrap_or_default()
        }
        pixels if !pixels.color().has_alpha() => pixels.into_luma8(),
        pixels => {
            let rgba = pixels.into_rgba8();
            let luma = rgba
                .as_raw()
                .chunks_exact(4)
                .map(|pixel| over_white(luma(pixel[0], pixel[1], pixel[2]), pixel[3]))
                .collect();
            GrayImage::from_raw(rgba.width(), rgba.height(), luma).unwrap_or_default()
        }
    }
}

/// The luminance of an 8-bit RGB pixel: 0.299 R + 0.587 G + 0.114 B, rounded.
fn luma(red: u8, green: u8, blue: u8) -> u8 {
    let weighted = 77 * u32::from(red) + 150 * u32::from(green) + 29 * u32::from(blue) + 128;
    u8::try_from(weighted >> 8).unwrap_or(u8::MAX)
}

/// A grey value with `alpha` as it shows over white.
fn over_white(grey: u8, alpha: u8) -> u8 {
    let (grey, alpha) = (u32::from(grey), u32::from(alpha));
    u8::try_from((grey * alpha + 255 * (255 - alpha) + 127) / 255).unwrap_or(u8::MAX)
}

/// The picture shrunk (area averaging, the KYC photos' filter) so its longest side is at most `max_side`; one that
/// already fits is returned as it is, without a copy.
fn shrunk(image: GrayImage, max_side: u32) -> GrayImage {
    if image.width().max(image.height()) <= max_side { image } else { fit_gray(&image, max_side) }
}

/// The photo checks' refusals in this module's terms: a picture that does not decode is not an image to read.
fn from_photo(problem: PhotoProblem) -> QrImageError {
    match problem {
        PhotoProblem::TooLarge { .. } => QrImageError::TooLarge,
        _ => QrImageError::NotAnImage,
    }
}
