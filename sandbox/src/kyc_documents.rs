//! The photos of identification as the bank takes them: a JPEG or PNG that really decodes, of a sensible size, and
//! no more uploads than an application needs. Without these checks one customer could store anything that starts
//! with the right magic bytes, and as much of it as they liked (an outside probe stored 85 MiB in 1.3 s).

use std::io::Cursor;

use axum::http::StatusCode;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use image::{ImageFormat, ImageReader, Limits};
use rusqlite::{Transaction, params};
use wallet_protocol::ErrorCode;
use wallet_protocol::kyc::{DocumentUpload, MAX_DOCUMENT_BYTES};

use crate::error::ApiError;

/// The base64 of the largest photo.
pub const MAX_DOCUMENT_BASE64: usize = MAX_DOCUMENT_BYTES.div_ceil(3) * 4;

/// A photo's sides: the phone sends at most 2048 px on the long side and at least 720 on the short one; the bank
/// allows a margin either way (another client, a scanner) but nothing a document cannot be read from, nor a
/// picture whose decoding alone would take hundreds of megabytes.
pub const MIN_SIDE: u32 = 320;
pub const MAX_SIDE: u32 = 4096;
/// The memory one decode may take (a 4096 × 4096 RGBA picture is 64 MiB).
const MAX_DECODE_BYTES: u64 = 80 * 1024 * 1024;

/// Uploads not yet named by any application, per customer, in [`QUOTA_WINDOW_MS`]: three tries of each of the three
/// photos, and their bytes.
pub const MAX_UNNAMED_DOCUMENTS: u32 = 9;
pub const MAX_UNNAMED_BYTES: i64 = 32 * 1024 * 1024;
pub const QUOTA_WINDOW_MS: i64 = 24 * 60 * 60 * 1000;

const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

fn document_invalid(message: &str) -> ApiError {
    ApiError::unprocessable(ErrorCode::DocumentInvalid, message)
}

/// The photo's bytes when it is a JPEG or PNG as its `content_type` says, at most [`MAX_DOCUMENT_BYTES`], and it
/// decodes to a picture between [`MIN_SIDE`] and [`MAX_SIDE`] on each side.
pub fn check_document(upload: &DocumentUpload) -> Result<Vec<u8>, ApiError> {
    let (magic, format) = match upload.content_type.as_str() {
        "image/jpeg" => (JPEG_MAGIC, ImageFormat::Jpeg),
        "image/png" => (PNG_MAGIC, ImageFormat::Png),
        _ => return Err(document_invalid("content_type must be image/jpeg or image/png")),
    };
    // More base64 than the largest photo needs is refused before decoding it.
    if upload.data_base64.len() > MAX_DOCUMENT_BASE64 {
        return Err(document_invalid("the photo is larger than 8 MiB"));
    }
    let bytes = STANDARD.decode(&upload.data_base64).map_err(|_| document_invalid("data_base64 is not base64"))?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(document_invalid("the photo is larger than 8 MiB"));
    }
    if !bytes.starts_with(magic) {
        let other = if magic == JPEG_MAGIC { PNG_MAGIC } else { JPEG_MAGIC };
        return Err(document_invalid(if bytes.starts_with(other) {
            "the photo's format disagrees with content_type"
        } else {
            "the photo is not a JPEG or PNG"
        }));
    }
    decodes(&bytes, format)?;
    Ok(bytes)
}

/// The header's sides first (a bomb is refused before any pixel is decoded), then the whole picture, within limits.
fn decodes(bytes: &[u8], format: ImageFormat) -> Result<(), ApiError> {
    let reader = || {
        let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
        let mut limits = Limits::default();
        limits.max_image_width = Some(MAX_SIDE);
        limits.max_image_height = Some(MAX_SIDE);
        limits.max_alloc = Some(MAX_DECODE_BYTES);
        reader.limits(limits);
        reader
    };
    let unreadable = |_| document_invalid("the photo cannot be decoded: a damaged or partial file");
    let (width, height) = reader().into_dimensions().map_err(unreadable)?;
    if width.min(height) < MIN_SIDE || width.max(height) > MAX_SIDE {
        return Err(document_invalid(&format!(
            "the photo is {width} × {height} px: each side must be {MIN_SIDE} to {MAX_SIDE} px"
        )));
    }
    reader().decode().map_err(unreadable)?;
    // A JPEG decoder fills a file cut short with grey; a whole one ends with its end-of-image marker (padding aside).
    let end = bytes.iter().rposition(|&byte| byte != 0).map_or(0, |last| last + 1);
    if format == ImageFormat::Jpeg && !bytes[..end].ends_with(&[0xFF, 0xD9]) {
        return Err(document_invalid("the photo cannot be decoded: a damaged or partial file"));
    }
    Ok(())
}

/// Refuses one more upload of `size` bytes when the customer's uploads in the last day that no application names
/// already reach the quota; says when the oldest of them leaves the window.
pub fn within_quota(tx: &Transaction<'_>, user_id: &str, size: usize, now_ms: i64) -> Result<(), ApiError> {
    let since = now_ms - QUOTA_WINDOW_MS;
    let (count, bytes, oldest): (u32, i64, Option<i64>) = tx.query_row(
        "SELECT COUNT(*), COALESCE(SUM(LENGTH(bytes)), 0), MIN(created_ms) FROM kyc_documents d
         WHERE user_id = ?1 AND created_ms > ?2
           AND NOT EXISTS (SELECT 1 FROM kyc_application_documents a WHERE a.document_id = d.document_id)",
        params![user_id, since],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    let size = i64::try_from(size).unwrap_or(i64::MAX);
    if count < MAX_UNNAMED_DOCUMENTS && bytes.saturating_add(size) <= MAX_UNNAMED_BYTES {
        return Ok(());
    }
    let wait_ms = oldest.map_or(QUOTA_WINDOW_MS, |oldest| oldest + QUOTA_WINDOW_MS - now_ms).max(1_000);
    Err(ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::RateLimited,
        "too many photos not yet in an application: send the application with the photos uploaded, or wait",
    )
    .retry_after(u32::try_from((wait_ms + 999) / 1_000).unwrap_or(u32::MAX)))
}

#[cfg(test)]
mod tests {
    use image::{ImageBuffer, Rgb};
    use wallet_protocol::kyc::DocumentKind;

    use super::*;

    fn upload(content_type: &str, bytes: &[u8]) -> DocumentUpload {
        DocumentUpload {
            kind: DocumentKind::PassportFront,
            content_type: content_type.into(),
            data_base64: STANDARD.encode(bytes),
        }
    }

    fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
        let image = ImageBuffer::from_fn(width, height, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, format).expect("encodes");
        out.into_inner()
    }

    fn code(result: Result<Vec<u8>, ApiError>) -> Option<ErrorCode> {
        result.err().map(|e| e.body.code)
    }

    #[test]
    fn photos_are_jpeg_or_png_as_declared() {
        let png = picture(400, 320, ImageFormat::Png);
        let jpeg = picture(400, 320, ImageFormat::Jpeg);
        assert_eq!(check_document(&upload("image/png", &png)).ok(), Some(png.clone()));
        assert_eq!(check_document(&upload("image/jpeg", &jpeg)).ok(), Some(jpeg.clone()));
        let invalid = Some(ErrorCode::DocumentInvalid);
        assert_eq!(code(check_document(&upload("image/jpeg", &png))), invalid);
        assert_eq!(code(check_document(&upload("image/gif", b"GIF89a"))), invalid);
        assert_eq!(code(check_document(&upload("image/png", b"%PDF-1.7"))), invalid);
        assert_eq!(code(check_document(&upload("image/png", b""))), invalid);
        let mut bad = upload("image/png", &png);
        bad.data_base64.push('!');
        assert_eq!(code(check_document(&bad)), invalid);
        let big = [PNG_MAGIC, &vec![0; MAX_DOCUMENT_BYTES + 1 - PNG_MAGIC.len()]].concat();
        assert_eq!(code(check_document(&upload("image/png", &big))), invalid);
    }

    #[test]
    fn the_magic_bytes_alone_are_not_a_photo() {
        let invalid = Some(ErrorCode::DocumentInvalid);
        // The right first bytes, then anything: refused by the decode.
        let fake_png = [PNG_MAGIC, b"\0\0\0\rIHDR", &[7u8; 4096][..]].concat();
        let fake_jpeg = [JPEG_MAGIC, b"\xE0\0\x10JFIF\0", &[7u8; 4096][..]].concat();
        assert_eq!(code(check_document(&upload("image/png", &fake_png))), invalid);
        assert_eq!(code(check_document(&upload("image/jpeg", &fake_jpeg))), invalid);
        // Real photos cut short.
        let jpeg = picture(640, 480, ImageFormat::Jpeg);
        assert_eq!(code(check_document(&upload("image/jpeg", &jpeg[..jpeg.len() / 2]))), invalid);
        let png = picture(640, 480, ImageFormat::Png);
        assert_eq!(code(check_document(&upload("image/png", &png[..png.len() / 2]))), invalid);
        // Whole, with zeros after it (some cameras pad): taken.
        let padded = [jpeg.as_slice(), &[0u8; 64][..]].concat();
        assert!(check_document(&upload("image/jpeg", &padded)).is_ok());
    }

    #[test]
    fn a_photo_too_small_to_read_or_too_large_to_decode_is_refused() {
        let refused = |width, height| {
            let error = check_document(&upload("image/png", &picture(width, height, ImageFormat::Png))).err();
            error.map(|e| (e.body.code, e.body.message))
        };
        let small = refused(319, 400).expect("too small");
        assert_eq!(small.0, ErrorCode::DocumentInvalid);
        assert!(small.1.contains("319 × 400"), "{}", small.1);
        assert!(refused(MIN_SIDE, MIN_SIDE).is_none(), "the smallest allowed");
        assert!(refused(MAX_SIDE + 1, MIN_SIDE).is_some(), "a side over the largest");
    }

    #[test]
    fn a_header_that_claims_a_huge_picture_is_refused() {
        // A valid PNG of 400 × 400 whose header is rewritten to claim 60 000 × 60 000 (a decompression bomb's claim).
        let mut png = picture(400, 400, ImageFormat::Png);
        png[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        assert_eq!(code(check_document(&upload("image/png", &png))), Some(ErrorCode::DocumentInvalid));
    }
}
