//! From a link to a QR code: the modules, then an SVG or a PNG with the quiet zone around them.

use std::fmt::Write as _;

use image::codecs::png::PngEncoder;
use image::{ExtendedColorType, ImageEncoder};
use qrcode::bits::Bits;
use qrcode::optimize::{Optimizer, Parser, Segment, total_encoded_len};
use qrcode::types::{Color, Mode, Version};
use qrcode::{EcLevel, QrCode};

use super::{MAX_MODULE_PX, QUIET_ZONE, QrImageError, QrMatrix};

/// The level every code is made at: M restores up to 15 % of the modules.
const LEVEL: EcLevel = EcLevel::M;

/// The modules of `text` as a QR code at level M, in the smallest version it fits.
pub fn matrix(text: &str) -> Result<QrMatrix, QrImageError> {
    let code = QrCode::with_bits(bits(text.as_bytes())?, LEVEL).map_err(|_| QrImageError::TextTooLong)?;
    let size = u32::try_from(code.width()).map_err(|_| QrImageError::TextTooLong)?;
    let modules = code.into_colors().into_iter().map(|color| color == Color::Dark).collect();
    Ok(QrMatrix { size, modules })
}

/// `text` as a standalone SVG: black modules on a white square, the quiet zone included, one unit of the `viewBox`
/// per module (the picture scales to any size), `crispEdges` so no module is blurred into its neighbours. The dark
/// modules are one `<path>`, a rectangle per horizontal run.
pub fn svg(text: &str) -> Result<String, QrImageError> {
    let matrix = matrix(text)?;
    let side = matrix.size + 2 * QUIET_ZONE;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\""
    );
    for (y, x, run) in dark_runs(&matrix) {
        // Writing to a String does not fail.
        let _ = write!(svg, "M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE);
    }
    svg.push_str("\"/></svg>\n");
    Ok(svg)
}

/// `text` as an 8-bit grey PNG: black modules of `module_px` × `module_px` pixels (1 to [`MAX_MODULE_PX`]) on white,
/// the quiet zone included.
pub fn png(text: &str, module_px: u32) -> Result<Vec<u8>, QrImageError> {
    if !(1..=MAX_MODULE_PX).contains(&module_px) {
        return Err(QrImageError::ModuleSize { module_px });
    }
    let matrix = matrix(text)?;
    let side = (matrix.size + 2 * QUIET_ZONE) * module_px;
    let width = side as usize;
    let mut pixels = vec![u8::MAX; width * width];
    for (y, x, run) in dark_runs(&matrix) {
        let left = ((x + QUIET_ZONE) * module_px) as usize;
        let right = left + (run * module_px) as usize;
        let top = ((y + QUIET_ZONE) * module_px) as usize;
        for row in top..top + module_px as usize {
            if let Some(span) = pixels.get_mut(row * width + left..row * width + right) {
                span.fill(0);
            }
        }
    }
    let mut out = Vec::new();
    // The encoder refuses only dimensions it cannot write; these are at most 5 920 px a side.
    PngEncoder::new(&mut out)
        .write_image(&pixels, side, side, ExtendedColorType::L8)
        .map_err(|_| QrImageError::TooLarge)?;
    Ok(out)
}

/// The data bits in the smallest version that holds them at level M. The segments are the `qrcode` crate's optimal
/// ones with Kanji turned into bytes: its parser takes any byte pair in Shift JIS's ranges for Kanji, and UTF-8
/// Cyrillic is full of them (`Ё` is D0 81, and 81 D0 is such a pair), which readers would decode as Japanese.
pub(super) fn bits(data: &[u8]) -> Result<Bits, QrImageError> {
    let segments: Vec<Segment> = Parser::new(data)
        .map(|segment| if segment.mode == Mode::Kanji { Segment { mode: Mode::Byte, ..segment } } else { segment })
        .collect();
    for number in 1..=40 {
        let version = Version::Normal(number);
        let optimal: Vec<Segment> = Optimizer::new(segments.iter().copied(), version).collect();
        let mut bits = Bits::new(version);
        let Ok(capacity) = bits.max_len(LEVEL) else { continue };
        if total_encoded_len(&optimal, version) > capacity {
            continue;
        }
        if bits.push_segments(data, optimal.into_iter()).is_ok() && bits.push_terminator(LEVEL).is_ok() {
            return Ok(bits);
        }
    }
    Err(QrImageError::TextTooLong)
}

/// The dark modules row by row as horizontal runs: (row, first column, length).
fn dark_runs(matrix: &QrMatrix) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
    (0..matrix.size).flat_map(move |y| {
        let mut runs = Vec::new();
        let mut x = 0;
        while x < matrix.size {
            if matrix.is_dark(x, y) {
                let start = x;
                while x < matrix.size && matrix.is_dark(x, y) {
                    x += 1;
                }
                runs.push((y, start, x - start));
            } else {
                x += 1;
            }
        }
        runs
    })
}
