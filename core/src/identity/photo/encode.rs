//! The photo that leaves the phone: a new baseline JPEG written from the pixels alone. Nothing of the original file
//! is copied — not its EXIF (GPS position, device, time), its embedded thumbnail, XMP, ICC profile or trailing data.

use image::RgbImage;
use image::codecs::jpeg::JpegEncoder;

use super::{MAX_UPLOAD_BYTES, OUTPUT_JPEG_QUALITY, PhotoProblem};

/// The qualities tried in turn until the JPEG fits the bank's limit. A photo of a document at
/// [`OUTPUT_JPEG_QUALITY`] is ~0.5–2 MB at 2048 px, far under it; only pixel-level noise (a sensor at its limit,
/// a crafted image) needs the lower ones, and at 50 even pure noise at 2048 × 2048 fits.
const QUALITIES: [u8; 3] = [OUTPUT_JPEG_QUALITY, 70, 50];

/// Encodes the photo as a JPEG under [`MAX_UPLOAD_BYTES`], at the best quality that fits.
pub(super) fn to_jpeg(image: &RgbImage) -> Result<Vec<u8>, PhotoProblem> {
    let mut smallest = usize::MAX;
    for quality in QUALITIES {
        let jpeg = encode(image, quality)?;
        if jpeg.len() < MAX_UPLOAD_BYTES {
            return Ok(jpeg);
        }
        smallest = jpeg.len();
    }
    Err(PhotoProblem::TooLarge { bytes: smallest, max: MAX_UPLOAD_BYTES })
}

/// One encoding at `quality`. The encoder writes a JFIF header, the tables and the scan — no metadata segment,
/// since none is given to it. Writing into memory cannot fail; should the encoder refuse anyway, the photo is
/// asked for again rather than sent broken.
fn encode(image: &RgbImage, quality: u8) -> Result<Vec<u8>, PhotoProblem> {
    let mut jpeg = Vec::with_capacity(image.as_raw().len() / 8);
    JpegEncoder::new_with_quality(&mut jpeg, quality).encode_image(image).map_err(|_| PhotoProblem::Unreadable)?;
    Ok(jpeg)
}
