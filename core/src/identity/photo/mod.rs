//! The KYC photos' check: the passport's front page, its back, and a selfie holding the passport. The shell (CameraX,
//! AVFoundation, a browser) hands over the bytes of a photo; the core decides whether the bank can use it, and if not,
//! asks for a retake with one specific reason ([`PhotoProblem`]), before anything is uploaded.
//!
//! The pipeline, cheapest refusal first:
//! 1. size of the input ([`MAX_PHOTO_BYTES`]) and its format by content (JPEG or PNG magic bytes, never a name or a
//!    MIME type the shell claims) — `decode.rs`;
//! 2. the header's dimensions: absurd ones refused before any pixel is allocated, then the minimum resolution;
//! 3. decoding (the JPEG's EXIF orientation applied, so portrait photos are upright), shrunk at once to at most
//!    [`OUTPUT_MAX_SIDE`] — the photo that will be sent — `resample.rs`;
//! 4. the scores on a 640-px grayscale copy of it: brightness, glare, sharpness — `score.rs`;
//! 5. a fresh JPEG from the pixels alone, so EXIF (GPS position, device), thumbnails and any other metadata never
//!    leave the phone — `encode.rs`.
//!
//! No input panics the core: the decoders run behind `catch_unwind`, and nothing here unwraps.

pub(crate) mod decode;
mod encode;
pub(crate) mod resample;
mod score;

#[cfg(test)]
mod samples;
#[cfg(test)]
mod tests;

use std::fmt;

use image::RgbImage;
use serde::{Deserialize, Serialize};

/// The photos the KYC flow takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum PhotoKind {
    PassportFront,
    PassportBack,
    SelfieWithPassport,
}

impl PhotoKind {
    /// Every photo, in the order they are taken (seed 000 steps 13–14) and sent.
    pub const ALL: [PhotoKind; 3] = [PhotoKind::PassportFront, PhotoKind::PassportBack, PhotoKind::SelfieWithPassport];

    /// Its place in `ALL`.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Why a photo must be taken again — each maps to its own message on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhotoProblem {
    /// The bytes are not a JPEG or a PNG by their content: HEIC, GIF, a PDF, garbage.
    #[error("the file is not a JPEG or PNG photo")]
    NotAnImage,
    /// Looks like a JPEG or PNG but does not decode (truncated, corrupt).
    #[error("the photo cannot be read")]
    Unreadable,
    /// Too big to take: either the input is over [`MAX_PHOTO_BYTES`] (`bytes` = its length, `max` = that limit), or
    /// its header claims dimensions no phone camera's standard mode writes — a side over [`MAX_SIDE`], more than
    /// [`MAX_PIXELS`], or a decode needing over [`MAX_DECODED_BYTES`] — (`bytes` = the memory the decode would take,
    /// `max` = [`MAX_DECODED_BYTES`]), or, should even the lowest JPEG quality not fit, the upload over
    /// [`MAX_UPLOAD_BYTES`]. All read as "the photo is too large" — which tells someone shooting in a 64- or 108-MP
    /// mode what to change, where "cannot be read" would leave them stuck. The first two are refused before decoding.
    #[error("the photo is too large ({bytes} bytes, at most {max})")]
    TooLarge { bytes: usize, max: usize },
    /// The resolution is under [`MIN_SHORT_SIDE`] × [`MIN_LONG_SIDE`]: too few pixels to read the document.
    #[error("the photo is too small ({width}×{height})")]
    TooSmall { width: u32, height: u32 },
    /// Underexposed: the mean brightness is under [`MIN_BRIGHTNESS`].
    #[error("the photo is too dark")]
    TooDark,
    /// Out of focus or moved: the sharpness is under the kind's bar ([`DOCUMENT_MIN_SHARPNESS`],
    /// [`SELFIE_MIN_SHARPNESS`]).
    #[error("the photo is blurred")]
    Blurred,
    /// A bright reflection washes out part of the document: the glare is over the kind's bar
    /// ([`DOCUMENT_MAX_GLARE`], [`SELFIE_MAX_GLARE`]).
    #[error("a reflection hides part of the document")]
    Glare,
}

/// The measured scores, for diagnostics without logs, for tests and for tuning the bars.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PhotoQuality {
    /// Variance of the Laplacian on the 640-px grayscale copy, in (8-bit levels)². High when edges are crisp.
    pub sharpness: f32,
    /// Share of the frame (0–1) covered by blobs of near-white pixels (≥ 250) at least 9×9 px of the 640-px copy.
    pub glare: f32,
    /// Mean luminance, 0–255.
    pub brightness: f32,
}

/// A photo that passed: re-encoded so nothing but pixels leaves the phone.
#[derive(Clone, PartialEq)]
pub struct AcceptedPhoto {
    pub kind: PhotoKind,
    /// A baseline JPEG with no metadata segment (no EXIF, XMP or ICC): the pixels only.
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub quality: PhotoQuality,
}

/// The JPEG's bytes are not printed: a test failure or a debug line shows their length only.
impl fmt::Debug for AcceptedPhoto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AcceptedPhoto")
            .field("kind", &self.kind)
            .field("jpeg", &format_args!("{} bytes", self.jpeg.len()))
            .field("width", &self.width)
            .field("height", &self.height)
            .field("quality", &self.quality)
            .finish()
    }
}

/// The largest input taken: a 12-MP phone JPEG is 2–6 MiB; more comes from a high-resolution mode the bank does not
/// need (the retake message asks for the standard one) or is not a camera's photo.
pub const MAX_PHOTO_BYTES: usize = 12 * 1024 * 1024;
/// The bank's limit on an uploaded photo; the re-encoded JPEG always stays under it (`encode.rs`).
pub const MAX_UPLOAD_BYTES: usize = 8 * 1024 * 1024;

/// No side longer than this (a 50-MP sensor is 8160 × 6120): a longer one is a panorama or a crafted header.
pub const MAX_SIDE: u32 = 12_000;
/// At most 50 MP — a 50-MP camera mode still passes; decoded, that is 150 MB of RGB on the phone.
pub const MAX_PIXELS: u64 = 50_000_000;
/// The most memory a decode may take (the decoders' allocation limit too): 50 MP of 8-bit RGB (150 MB) fits, so does a
/// 12-MP 16-bit PNG (72 MB) or a 24-MP progressive JPEG (216 MB with its coefficients). It bounds what a crafted file
/// can make the phone allocate.
pub const MAX_DECODED_BYTES: usize = 256 * 1024 * 1024;

/// The shorter side must be at least this: a 1280 × 720 browser webcam passes, a 640 × 480 thumbnail does not.
pub const MIN_SHORT_SIDE: u32 = 720;
/// The longer side must be at least this.
pub const MIN_LONG_SIDE: u32 = 960;

/// The sent photo's longest side: the passport's machine-readable lines (~2.5 mm tall on a 125-mm page) get ~40 px
/// of height when the page fills the frame — plenty for the bank's OCR — and the JPEG stays at a few hundred KB.
pub const OUTPUT_MAX_SIDE: u32 = 2048;
/// The sent photo's JPEG quality: the usual one for documents — artefacts stay within a pixel or two of the print's
/// edges; higher qualities grow the file quickly for nothing the OCR reads.
pub const OUTPUT_JPEG_QUALITY: u8 = 85;

/// The scores are taken on a grayscale copy whose longest side is this. Measuring every photo at the same scale is
/// what makes the sharpness bar independent of the camera's resolution, and bounds the cost (~0.25 MP).
pub const ANALYSIS_SIDE: u32 = 640;

/// Mean luminance under this is too dark. The generated page measures 192 lit and 20 darkened; the same page in dim
/// light, still legible, 71 and passes (`a_dim_but_legible_page_passes`). 40 is the usual "underexposed" line: under
/// it, a phone sensor's noise eats the print's contrast.
pub const MIN_BRIGHTNESS: f32 = 40.0;

/// The passport pages' sharpness bar. The generated page (`samples::document`, 1600 × 1000) measures 4 700 sharp;
/// box-blurred by radius 2, 3, 4, 5, 6, 7 px it measures 1 180, 520, 230, 130, 98, 86. The bar sits where the print
/// stops being crisp enough for the MRZ (between radius 3 and 4: a letter's strokes smeared over its own width), 2.9×
/// above the radius-7 blur and 19× under the sharp page, so JPEG noise or a page with less print does not flip a
/// verdict. Generated pages are not photos: re-tune on real captures with [`measure`].
pub const DOCUMENT_MIN_SHARPNESS: f32 = 250.0;
/// The selfie's sharpness bar, half the pages': a face and a wall have few edges, so a selfie in focus scores far
/// lower than a page of print. The generated selfie (`samples::selfie`, 1600 × 1200, the page held below the face)
/// measures 1 420 sharp, 190 / 75 / 12 blurred by radius 2 / 3 / 7: a slightly soft one (radius 2) passes as a
/// selfie and would be refused as a page (`the_selfie_is_held_to_a_lower_sharpness_bar_than_the_pages`).
pub const SELFIE_MIN_SHARPNESS: f32 = 125.0;

/// The pages' glare bar: a blob of clipped white covering 3 % of the frame hides a line of the data page or the MRZ.
/// The score tracks a highlight's area closely — generated ellipses of 3, 5, 10 % measure 0.031, 0.051, 0.102 — and
/// the sharp page 0, an evenly lit white page 0; a page overexposed until its paper clips measures 0.69 and is
/// refused too (its washed-out parts are lost the same way).
pub const DOCUMENT_MAX_GLARE: f32 = 0.03;
/// The selfie's glare bar, more lenient: a window or lamp behind the person is clipped white too, the passport is a
/// small part of the frame, and its data is read from the front page's photo anyway.
pub const SELFIE_MAX_GLARE: f32 = 0.10;

/// The bars one kind of photo must clear.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Bars {
    min_sharpness: f32,
    max_glare: f32,
}

impl PhotoKind {
    /// Documents are held to crisp print and little glare; the selfie is more lenient on both (see the constants).
    fn bars(self) -> Bars {
        match self {
            PhotoKind::PassportFront | PhotoKind::PassportBack => {
                Bars { min_sharpness: DOCUMENT_MIN_SHARPNESS, max_glare: DOCUMENT_MAX_GLARE }
            }
            PhotoKind::SelfieWithPassport => Bars { min_sharpness: SELFIE_MIN_SHARPNESS, max_glare: SELFIE_MAX_GLARE },
        }
    }
}

impl PhotoQuality {
    /// The reason to retake this photo as `kind`, if any. One reason at a time, in the order a person fixes them:
    /// light first (in the dark everything looks blurred), then the reflection (it also flattens the edges), then
    /// focus.
    pub fn problem(&self, kind: PhotoKind) -> Option<PhotoProblem> {
        let bars = kind.bars();
        if self.brightness < MIN_BRIGHTNESS {
            Some(PhotoProblem::TooDark)
        } else if self.glare > bars.max_glare {
            Some(PhotoProblem::Glare)
        } else if self.sharpness < bars.min_sharpness {
            Some(PhotoProblem::Blurred)
        } else {
            None
        }
    }
}

/// Checks a photo of `kind` and, if the bank can use it, returns it re-encoded; otherwise the reason to retake it.
pub fn check_photo(kind: PhotoKind, bytes: &[u8]) -> Result<AcceptedPhoto, PhotoProblem> {
    let source = decode::open(bytes)?;
    check_resolution(source.width(), source.height())?;
    let image = upright_and_fitted(source)?;
    let quality = score::measure(&image);
    if let Some(problem) = quality.problem(kind) {
        return Err(problem);
    }
    let jpeg = encode::to_jpeg(&image)?;
    Ok(AcceptedPhoto { kind, jpeg, width: image.width(), height: image.height(), quality })
}

/// The scores alone, whatever the photo's resolution (for tests and tuning); the same numbers [`check_photo`]
/// judges, taken the same way.
pub fn measure(bytes: &[u8]) -> Result<PhotoQuality, PhotoProblem> {
    let image = upright_and_fitted(decode::open(bytes)?)?;
    Ok(score::measure(&image))
}

/// Refuses a photo with too few pixels to read the document (the sides compared whatever the orientation).
fn check_resolution(width: u32, height: u32) -> Result<(), PhotoProblem> {
    let (short, long) = (width.min(height), width.max(height));
    if short < MIN_SHORT_SIDE || long < MIN_LONG_SIDE {
        return Err(PhotoProblem::TooSmall { width, height });
    }
    Ok(())
}

/// Decodes the photo, shrinks it to the size that will be sent, then turns it upright. Shrinking first makes the
/// rotation ~4× cheaper on a 12-MP photo; the two commute because the cap is on the longest side.
fn upright_and_fitted(source: decode::Source<'_>) -> Result<RgbImage, PhotoProblem> {
    let orientation = source.orientation();
    let decoded = source.decode()?;
    let fitted = resample::fit(decoded, OUTPUT_MAX_SIDE);
    Ok(decode::apply_orientation(fitted, orientation))
}
