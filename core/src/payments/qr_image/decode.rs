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
    let larger = grey.width().max(grey.height()) > SCAN_SIDE;
    // The full-size picture is shrunk straight to the search's size: when the code is read there (the usual case),
    // the detailed copy is never made.
    let first = if larger { scan(&fit_gray(&grey, SCAN_SIDE)) } else { scan(&grey) };
    if !first.texts.is_empty() {
        return Ok(first.texts);
    }
    let second = if larger { scan(&shrunk(grey, DETAIL_SIDE)) } else { Scan::default() };
    if !second.texts.is_empty() {
        Ok(second.texts)
    } else if first.unreadable || second.unreadable {
        Err(QrImageError::Unreadable)
    } else {
        Err(QrImageError::NoCode)
    }
}

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
            match grid.decode() {
                Ok((_, text)) => scan.texts.push(text),
                Err(_) => scan.unreadable = true,
            }
        }
        scan
    };
    catch_unwind(AssertUnwindSafe(search)).unwrap_or(Scan { texts: Vec::new(), unreadable: true })
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
