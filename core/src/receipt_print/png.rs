//! The laid-out receipt as an 8-bit grey PNG at [`SCALE`] pixels per dp (1 080 px wide: a phone screen at 3×), the
//! text rasterised with `ab_glyph` (anti-aliased), dark on white.

use ab_glyph::{Font, PxScale, point};
use image::codecs::png::PngEncoder;
use image::{ExtendedColorType, ImageEncoder};

use super::PrintError;
use super::font::Typeface;
use super::layout::{Dashes, Ink, Page, Run};

/// Pixels per dp.
pub(super) const SCALE: f32 = 3.0;

/// The page's pixels, row by row, 0 black to 255 white.
struct Canvas {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Canvas {
    fn white(width: usize, height: usize) -> Self {
        Canvas { width, height, pixels: vec![u8::MAX; width * height] }
    }

    /// Lays `ink` over the pixel at `x`, `y` with `coverage` (0 to 1); outside the canvas, nothing.
    fn blend(&mut self, x: i64, y: i64, ink: Ink, coverage: f32) {
        let (Ok(x), Ok(y)) = (usize::try_from(x), usize::try_from(y)) else { return };
        if x >= self.width || y >= self.height {
            return;
        }
        if let Some(pixel) = self.pixels.get_mut(y * self.width + x) {
            let under = f32::from(*pixel);
            let over = ink.grey() * 255.0;
            *pixel = (under + (over - under) * coverage.clamp(0.0, 1.0)).round().clamp(0.0, 255.0) as u8;
        }
    }

    fn text(&mut self, run: &Run, typeface: &Typeface) {
        let face = typeface.face(run.weight);
        let em = run.size * SCALE;
        // ab_glyph's scale is the ascent-to-descent height in pixels, not the em.
        let scale = PxScale::from(em * face.height());
        let baseline = run.baseline * SCALE;
        let mut pen = run.x * SCALE;
        for c in run.text.chars() {
            let glyph = face.glyph(c).with_scale_and_position(scale, point(pen, baseline));
            if let Some(outline) = face.font.outline_glyph(glyph) {
                let bounds = outline.px_bounds();
                let (left, top) = (bounds.min.x as i64, bounds.min.y as i64);
                outline.draw(|x, y, coverage| self.blend(left + i64::from(x), top + i64::from(y), run.ink, coverage));
            }
            pen += face.advance(c) * em;
        }
    }

    fn dashes(&mut self, rule: &Dashes) {
        let top = (rule.y * SCALE).round() as i64;
        let bottom = ((rule.y + rule.thickness) * SCALE).round() as i64;
        for (left, length) in rule.dashes() {
            let (from, to) = ((left * SCALE).round() as i64, ((left + length) * SCALE).round() as i64);
            for y in top..bottom {
                for x in from..to {
                    self.blend(x, y, rule.ink, 1.0);
                }
            }
        }
    }
}

/// `page` drawn and encoded.
pub(super) fn draw(page: &Page, typeface: &Typeface) -> Result<Vec<u8>, PrintError> {
    let width = (page.width * SCALE).round() as u32;
    let height = (page.height * SCALE).ceil() as u32;
    let mut canvas = Canvas::white(width as usize, height as usize);
    for rule in &page.rules {
        canvas.dashes(rule);
    }
    for run in &page.runs {
        canvas.text(run, typeface);
    }
    let mut out = Vec::new();
    PngEncoder::new(&mut out)
        .write_image(&canvas.pixels, width, height, ExtendedColorType::L8)
        .map_err(|_| PrintError::PngEncoding)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blending_covers_in_proportion_and_ignores_pixels_outside() {
        let mut canvas = Canvas::white(2, 1);
        canvas.blend(0, 0, Ink::Text, 1.0);
        canvas.blend(1, 0, Ink::Text, 0.5);
        canvas.blend(-1, 0, Ink::Text, 1.0);
        canvas.blend(2, 0, Ink::Text, 1.0);
        canvas.blend(0, 7, Ink::Text, 1.0);
        let black = (Ink::Text.grey() * 255.0).round() as u8;
        assert_eq!(canvas.pixels[0], black);
        assert!(canvas.pixels[1] > black && canvas.pixels[1] < u8::MAX);
    }
}
