//! The receipt's typeface: Roboto regular and bold, subset to Latin, Cyrillic and the signs receipts use
//! (`core/assets/fonts/README.md` says how). Both weights cover the same characters; a character they lack is measured
//! and drawn as the font's `.notdef` box, never refused.

use ab_glyph::{Font, FontRef, GlyphId};

use super::PrintError;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/Roboto-Regular.subset.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/Roboto-Bold.subset.ttf");

/// Which of the two faces a text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Weight {
    Regular,
    Bold,
}

impl Weight {
    pub(super) const ALL: [Weight; 2] = [Weight::Regular, Weight::Bold];

    /// The face's PostScript name, as its `name` table says.
    pub(super) fn postscript_name(self) -> &'static str {
        match self {
            Weight::Regular => "Roboto-Regular",
            Weight::Bold => "Roboto-Bold",
        }
    }
}

/// One face, parsed once per receipt: what the layout measures, the PNG rasterises and the PDF embeds.
pub(super) struct Face {
    /// The TrueType file as committed.
    pub(super) data: &'static [u8],
    pub(super) font: FontRef<'static>,
    units_per_em: f32,
}

impl Face {
    fn parse(data: &'static [u8]) -> Result<Self, PrintError> {
        let font = FontRef::try_from_slice(data).map_err(|_| PrintError::Font)?;
        let units_per_em = font.units_per_em().filter(|units| *units > 0.0).ok_or(PrintError::Font)?;
        Ok(Face { data, font, units_per_em })
    }

    /// The glyph drawn for `c`: the `.notdef` box (glyph 0) when the font lacks it.
    pub(super) fn glyph(&self, c: char) -> GlyphId {
        self.font.glyph_id(c)
    }

    /// How far `c` moves the pen, in ems (of the box, for a character the font lacks).
    pub(super) fn advance(&self, c: char) -> f32 {
        self.font.h_advance_unscaled(self.glyph(c)) / self.units_per_em
    }

    /// The width of `text` set at `size`, in the size's unit (no kerning: the subset has none).
    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    /// Above the baseline, in ems.
    pub(super) fn ascent(&self) -> f32 {
        self.font.ascent_unscaled() / self.units_per_em
    }

    /// Below the baseline, in ems (negative).
    pub(super) fn descent(&self) -> f32 {
        self.font.descent_unscaled() / self.units_per_em
    }

    /// What `ab_glyph` calls a size: the ascent-to-descent height, in ems. Its `PxScale` is that height in pixels.
    pub(super) fn height(&self) -> f32 {
        self.font.height_unscaled() / self.units_per_em
    }
}

/// Both faces.
pub(super) struct Typeface {
    regular: Face,
    bold: Face,
}

impl Typeface {
    /// Parses the faces built into the library; fails only if the build embedded a broken file.
    pub(super) fn load() -> Result<Self, PrintError> {
        Ok(Typeface { regular: Face::parse(REGULAR)?, bold: Face::parse(BOLD)? })
    }

    pub(super) fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character the brief names for Kyrgyz, Russian, Kazakh and English receipts.
    const RECEIPT_CHARACTERS: &str = "AZaz09АЯаяЁё ӘәҒғҚқҢңӨөҰұҮүҺһІі«»“”—–−№₸·•\u{a0}\u{202f}.,:;!?()%+-/@#'\"$€₽…";

    #[test]
    fn both_weights_cover_every_receipt_character() {
        let typeface = Typeface::load().expect("the committed fonts parse");
        for weight in Weight::ALL {
            let face = typeface.face(weight);
            let missing: String = RECEIPT_CHARACTERS.chars().filter(|c| face.glyph(*c) == GlyphId(0)).collect();
            assert!(missing.is_empty(), "{weight:?} lacks {missing:?}");
        }
    }

    #[test]
    fn a_character_the_font_lacks_is_the_box_with_a_width() {
        let typeface = Typeface::load().expect("the committed fonts parse");
        let face = typeface.face(Weight::Regular);
        for c in ['🙂', '付', '\u{0}'] {
            assert_eq!(face.glyph(c), GlyphId(0));
            assert!(face.advance(c) > 0.0, "{c:?} takes room, so the box does not overlap its neighbours");
        }
    }

    #[test]
    fn no_break_spaces_are_as_wide_as_they_should_be() {
        let typeface = Typeface::load().expect("the committed fonts parse");
        let face = typeface.face(Weight::Regular);
        assert_eq!(face.advance('\u{a0}'), face.advance(' '));
        assert!(face.advance('\u{202f}') > 0.0 && face.advance('\u{202f}') <= face.advance(' '));
        assert!(face.ascent() > 0.0 && face.descent() < 0.0);
    }
}
