//! QR images of payment links, both ways: a link drawn as a QR code (a module matrix the shells draw natively, an SVG,
//! a PNG to share or save), and the links read back from a picture (a screenshot, a photo from the gallery).
//!
//! - `render.rs`: the code at error correction level M (15 % of the modules may be lost: a crumpled sticker, a
//!   reflection), in numeric, alphanumeric and byte segments only — never the Kanji mode, which the `qrcode` crate's
//!   optimiser picks for some byte pairs of UTF-8 Cyrillic and which phone scanners would turn into Japanese.
//! - `decode.rs`: the format by content and the size from the header before any pixel is decoded (the KYC photos'
//!   own functions, `identity::photo::decode`), the decoders behind `catch_unwind`, the picture in 8-bit grey
//!   (transparency over white), shrunk to [`SCAN_SIDE`] for the search (`rqrr`), and once more at up to
//!   [`DETAIL_SIDE`] when nothing could be read: a small code in a 12-MP photo.
//!
//! No input panics the core and nothing here unwraps. The `qrcode` and `rqrr` crates are used without their `image`
//! features: the pixels go through the workspace's own `image` crate.

mod decode;
mod render;

#[cfg(test)]
mod tests;

pub use decode::decode;
pub use render::{matrix, png, svg};

/// What a shell draws: `size` × `size` modules, row by row, `true` = dark. The quiet zone is NOT included: shells
/// leave [`QUIET_ZONE`] light modules around it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct QrMatrix {
    /// Modules per side: 21 + 4 × (version − 1), 21 to 177.
    pub size: u32,
    /// `size` × `size` modules, row-major, `true` = dark.
    pub modules: Vec<bool>,
}

impl QrMatrix {
    /// Whether the module at column `x`, row `y` is dark (outside the matrix: light, as the quiet zone).
    pub fn is_dark(&self, x: u32, y: u32) -> bool {
        if x >= self.size || y >= self.size {
            return false;
        }
        let index = usize::try_from(u64::from(y) * u64::from(self.size) + u64::from(x)).unwrap_or(usize::MAX);
        self.modules.get(index).copied().unwrap_or(false)
    }
}

/// Why a QR image could not be made or read; each has its own text ([`QrImageError::message_id`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QrImageError {
    /// The bytes are not a JPEG or a PNG by their content (HEIC, GIF, a PDF, text, garbage), or do not decode
    /// (truncated, corrupt).
    #[error("the file is not a JPEG or PNG image")]
    NotAnImage,
    /// Over [`MAX_IMAGE_BYTES`], or its header claims more than the KYC photos' limits (50 MP, a side over 12 000 px,
    /// a decode over 256 MB) — refused before decoding.
    #[error("the image is too large")]
    TooLarge,
    /// The picture decodes but no QR code is in it.
    #[error("no QR code was found in the image")]
    NoCode,
    /// A QR code is there but cannot be read: damaged, blurred, cut off, or not text.
    #[error("the QR code cannot be read")]
    Unreadable,
    /// The text does not fit in a QR code at level M (at most 2 331 bytes, fewer for mixed text).
    #[error("the text is too long for a QR code")]
    TextTooLong,
    /// A PNG was asked for with modules of `module_px` pixels, outside 1..=[`MAX_MODULE_PX`] (a shell's bug).
    #[error("a module of {module_px} px is not drawn (1 to 32)")]
    ModuleSize { module_px: u32 },
}

impl QrImageError {
    /// The Fluent id of the text that explains it to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            QrImageError::NotAnImage => "qr-image-not-an-image",
            QrImageError::TooLarge => "qr-image-too-large",
            QrImageError::NoCode => "qr-image-no-code",
            QrImageError::Unreadable => "qr-image-unreadable",
            QrImageError::TextTooLong => "qr-text-too-long",
            QrImageError::ModuleSize { .. } => "qr-image-module-size",
        }
    }
}

/// The light border every reader needs around the code, in modules (the standard's minimum).
pub const QUIET_ZONE: u32 = 4;

/// The largest module a PNG is drawn with: a version-40 code is then 185 × 32 = 5 920 px a side.
pub const MAX_MODULE_PX: u32 = 32;

/// The largest picture read: screenshots are a few hundred KB, a 12-MP phone JPEG 2–6 MB.
pub const MAX_IMAGE_BYTES: usize = 8 * 1024 * 1024;

/// The search runs on a copy whose longest side is at most this: a code filling a fifth of a 12-MP photo's width
/// still has ~3 px per module of a version-10 code, and the search costs a fraction of a full-size one.
pub const SCAN_SIDE: u32 = 1600;

/// When nothing could be read at [`SCAN_SIDE`] and the picture is larger, the search runs once more on a copy of up
/// to this side (2×): for a small code far away in a photo.
pub const DETAIL_SIDE: u32 = 3200;
