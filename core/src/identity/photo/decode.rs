//! From bytes to pixels, refusing early: the format by its magic bytes, the dimensions from the header before any
//! pixel buffer exists, a JPEG cut short, and any decoder panic turned into [`PhotoProblem::Unreadable`].

use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};

use super::{MAX_DECODED_BYTES, MAX_PHOTO_BYTES, MAX_PIXELS, MAX_SIDE, PhotoProblem};

const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// A photo whose header has been read and judged sane; its pixels are not decoded yet.
pub(crate) struct Source<'a> {
    decoder: Box<dyn ImageDecoder + 'a>,
    width: u32,
    height: u32,
    orientation: Orientation,
}

impl Source<'_> {
    /// The width as stored (before the EXIF orientation is applied).
    pub(super) fn width(&self) -> u32 {
        self.width
    }

    /// The height as stored (before the EXIF orientation is applied).
    pub(super) fn height(&self) -> u32 {
        self.height
    }

    /// How the pixels must be turned to be upright (the JPEG's EXIF tag; a PNG's eXIf chunk).
    pub(super) fn orientation(&self) -> Orientation {
        self.orientation
    }

    /// Decodes the pixels to 8-bit RGB (alpha dropped, 16-bit scaled down, gray expanded). A decoder's panic on a
    /// malformed file is caught: the person is asked for another photo, the app does not crash.
    pub(super) fn decode(self) -> Result<RgbImage, PhotoProblem> {
        self.decode_as_stored().map(|image| image.into_rgb8())
    }

    /// Decodes the pixels as stored (their channels and bit depth kept: a QR code's transparent background must stay
    /// distinguishable from its dark modules), a decoder's panic caught the same way.
    pub(crate) fn decode_as_stored(self) -> Result<DynamicImage, PhotoProblem> {
        let decoder = self.decoder;
        guarded(|| DynamicImage::from_decoder(decoder).map_err(|_| PhotoProblem::Unreadable))
    }
}

/// Reads the header of a JPEG or PNG, refusing what is too big, not an image, or visibly cut short.
pub(crate) fn open(bytes: &[u8]) -> Result<Source<'_>, PhotoProblem> {
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(PhotoProblem::TooLarge { bytes: bytes.len(), max: MAX_PHOTO_BYTES });
    }
    let format = sniff(bytes).ok_or(PhotoProblem::NotAnImage)?;
    if format == ImageFormat::Jpeg && !jpeg_is_complete(bytes) {
        return Err(PhotoProblem::Unreadable);
    }
    let mut decoder = guarded(|| header(bytes, format))?;
    let (width, height) = decoder.dimensions();
    check_dimensions(width, height, decode_cost(format, bytes, decoder.total_bytes()))?;
    // An unreadable EXIF block is no reason to refuse the pixels: they are then taken as stored.
    let orientation =
        guarded(|| decoder.orientation().map_err(|_| PhotoProblem::Unreadable)).unwrap_or(Orientation::NoTransforms);
    Ok(Source { decoder, width, height, orientation })
}

/// Turns the pixels upright as the EXIF orientation says (a phone held upright stores a landscape frame plus
/// "rotate 90°").
pub(super) fn apply_orientation(image: RgbImage, orientation: Orientation) -> RgbImage {
    if orientation == Orientation::NoTransforms {
        return image;
    }
    let mut image = DynamicImage::ImageRgb8(image);
    image.apply_orientation(orientation);
    image.into_rgb8()
}

/// The format by content: only the two the core decodes. HEIC (`....ftypheic`), GIF, PDF and the rest are refused
/// here, whatever name or MIME type the shell was given.
fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(JPEG_MAGIC) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(PNG_MAGIC) {
        Some(ImageFormat::Png)
    } else {
        None
    }
}

/// Builds the decoder, which reads the header only. The allocation limit bounds what the PNG decoder may allocate
/// for its metadata chunks too.
fn header(bytes: &[u8], format: ImageFormat) -> Result<Box<dyn ImageDecoder + '_>, PhotoProblem> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_alloc = u64::try_from(MAX_DECODED_BYTES).ok();
    reader.limits(limits);
    match reader.into_decoder() {
        Ok(decoder) => Ok(Box::new(decoder)),
        Err(_) => Err(PhotoProblem::Unreadable),
    }
}

/// Refuses dimensions no camera's standard mode writes, before a pixel is allocated: a crafted PNG that claims
/// 100 000 × 100 000 costs its header's 33 bytes, not 30 GB. `cost` is what the decode would take in memory
/// ([`decode_cost`]: it counts the channels, the bit depth, a progressive JPEG's coefficients).
fn check_dimensions(width: u32, height: u32, cost: u64) -> Result<(), PhotoProblem> {
    let pixels = u64::from(width) * u64::from(height);
    let budget = u64::try_from(MAX_DECODED_BYTES).unwrap_or(u64::MAX);
    if width.max(height) > MAX_SIDE || pixels > MAX_PIXELS || cost > budget {
        let bytes = usize::try_from(cost).unwrap_or(usize::MAX);
        return Err(PhotoProblem::TooLarge { bytes, max: MAX_DECODED_BYTES });
    }
    Ok(())
}

/// Runs a step of the decoder library with its panics caught (it is fuzzed, but a crafted file must never be able to
/// crash the app).
fn guarded<T>(step: impl FnOnce() -> Result<T, PhotoProblem>) -> Result<T, PhotoProblem> {
    catch_unwind(AssertUnwindSafe(step)).unwrap_or(Err(PhotoProblem::Unreadable))
}

/// Whether a JPEG holds an end-of-image marker after its first scan. The JPEG decoder is lenient — it fills a photo
/// cut short with gray and succeeds — so a truncated upload (a camera write interrupted, a partial copy) is caught
/// here instead. The segments before the scan are skipped by their lengths, so an EXIF thumbnail's own end marker
/// does not count; bytes after the end (Samsung's motion-photo trailer) are fine.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let first_scan = Segments::of(bytes).find(|&(marker, _)| marker == SOS);
    let scan_data = first_scan.and_then(|(_, next)| bytes.get(next..));
    scan_data.is_some_and(|data| data.windows(2).any(|pair| pair == [0xFF, EOI]))
}

/// Whether the JPEG is progressive (SOF2, SOF6, SOF10, SOF14): its decoder keeps every coefficient of the whole image
/// between scans. Phone cameras write baseline JPEGs; progressive ones come from the web and editors.
fn jpeg_is_progressive(bytes: &[u8]) -> bool {
    Segments::of(bytes).any(|(marker, _)| matches!(marker, 0xC2 | 0xC6 | 0xCA | 0xCE))
}

/// What decoding takes in memory: the decoded pixels (`pixel_bytes`, the decoder's own count) and, for a progressive
/// JPEG, its coefficients — 2 bytes per sample, twice the 8-bit pixels.
fn decode_cost(format: ImageFormat, bytes: &[u8], pixel_bytes: u64) -> u64 {
    if format == ImageFormat::Jpeg && jpeg_is_progressive(bytes) { pixel_bytes.saturating_mul(3) } else { pixel_bytes }
}

const SOS: u8 = 0xDA;
const EOI: u8 = 0xD9;

/// The segments of a JPEG up to its first scan, walked from the start-of-image marker by their lengths: each
/// marker with the offset where the next segment begins (for the start of scan: where its data begins). Ends at the
/// scan, at an end of image, or at the first byte that is not where a marker should be.
struct Segments<'a> {
    bytes: &'a [u8],
    at: usize,
    done: bool,
}

impl<'a> Segments<'a> {
    fn of(bytes: &'a [u8]) -> Segments<'a> {
        Segments { bytes, at: 2, done: false }
    }
}

impl Iterator for Segments<'_> {
    type Item = (u8, usize);

    fn next(&mut self) -> Option<(u8, usize)> {
        while !self.done {
            if *self.bytes.get(self.at)? != 0xFF {
                self.done = true;
                break;
            }
            let marker = *self.bytes.get(self.at + 1)?;
            match marker {
                // Fill bytes before a marker.
                0xFF => self.at += 1,
                // Markers without a length: TEM and the restart markers.
                0x01 | 0xD0..=0xD7 => self.at += 2,
                _ => {
                    let next = if marker == EOI {
                        self.at + 2
                    } else {
                        let length = u16::from_be_bytes([*self.bytes.get(self.at + 2)?, *self.bytes.get(self.at + 3)?]);
                        self.at.checked_add(2)?.checked_add(usize::from(length))?
                    };
                    self.done = marker == SOS || marker == EOI;
                    self.at = next;
                    return Some((marker, next));
                }
            }
        }
        None
    }
}
