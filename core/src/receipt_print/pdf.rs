//! The laid-out receipt as a one-page PDF at [`PT_PER_DP`] points per dp (270 pt ≈ 95 mm wide, as tall as the
//! receipt), whose text is text: it can be selected, searched, copied and extracted.
//!
//! Each face used is embedded whole (the committed subset, Flate-compressed) as a Type0 font over a CIDFontType2 with
//! the Identity-H encoding, its glyph widths, and a ToUnicode CMap. Codes are per character, not per glyph: every
//! distinct character a face prints gets its own CID (1, 2, … in order of appearance), mapped to its glyph by the
//! CIDToGIDMap and to itself by the ToUnicode CMap — so a no-break space copies out as a no-break space even where the
//! font draws it with the space's glyph, and a character the font lacks is drawn as the box but copies out as itself.
//! Streams are compressed with `miniz_oxide`, the deflate the PNG encoder already brings.

use std::collections::HashMap;

use miniz_oxide::deflate::compress_to_vec_zlib;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::PrintError;
use super::font::{Face, Typeface, Weight};
use super::layout::Page;

/// Points per dp: the 360-dp receipt is 270 pt wide.
pub(super) const PT_PER_DP: f32 = 0.75;

/// zlib's default level: the fonts shrink to about 60 %, the text and its maps to a fraction.
const COMPRESSION: u8 = 6;

const IDENTITY: SystemInfo = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };

/// The codes one face's text is written with: CID `n` is the `n`-th distinct character; CID 0 is the box.
#[derive(Default)]
struct CharacterCodes {
    characters: Vec<char>,
    codes: HashMap<char, u16>,
}

impl CharacterCodes {
    /// `text` as Identity-H's two-byte codes.
    fn encode(&mut self, text: &str) -> Vec<u8> {
        text.chars().flat_map(|c| self.code(c).to_be_bytes()).collect()
    }

    /// The code of `c`, given on first sight; past 65 535 distinct characters (a receipt has a few hundred), the box.
    fn code(&mut self, c: char) -> u16 {
        if let Some(code) = self.codes.get(&c) {
            return *code;
        }
        let Ok(code) = u16::try_from(self.characters.len() + 1) else { return 0 };
        self.characters.push(c);
        self.codes.insert(c, code);
        code
    }
}

/// The codes of each face.
#[derive(Default)]
struct FaceCodes {
    regular: CharacterCodes,
    bold: CharacterCodes,
}

impl FaceCodes {
    fn of(&mut self, weight: Weight) -> &mut CharacterCodes {
        match weight {
            Weight::Regular => &mut self.regular,
            Weight::Bold => &mut self.bold,
        }
    }
}

/// The name a page's resources give a face.
fn resource(weight: Weight) -> Name<'static> {
    match weight {
        Weight::Regular => Name(b"F1"),
        Weight::Bold => Name(b"F2"),
    }
}

/// The embedded font's name: a subset's six-letter tag, then the face's PostScript name.
fn base_font(weight: Weight) -> String {
    let tag = match weight {
        Weight::Regular => "WCRCPR",
        Weight::Bold => "WCRCPB",
    };
    format!("{tag}+{}", weight.postscript_name())
}

fn compressed(data: &[u8]) -> Vec<u8> {
    compress_to_vec_zlib(data, COMPRESSION)
}

/// `page` written as a PDF titled `title`.
pub(super) fn write(page: &Page, typeface: &Typeface, title: &str) -> Result<Vec<u8>, PrintError> {
    let to_pdf_y = |y: f32| (page.height - y) * PT_PER_DP;
    let mut codes = FaceCodes::default();
    let mut content = Content::new();
    for rule in &page.rules {
        content.set_fill_gray(rule.ink.grey());
        for (left, length) in rule.dashes() {
            let bottom = to_pdf_y(rule.y + rule.thickness);
            content.rect(left * PT_PER_DP, bottom, length * PT_PER_DP, rule.thickness * PT_PER_DP);
        }
        content.fill_nonzero();
    }
    for run in &page.runs {
        let text = codes.of(run.weight).encode(&run.text);
        content.set_fill_gray(run.ink.grey());
        content.begin_text();
        content.set_font(resource(run.weight), run.size * PT_PER_DP);
        content.set_text_matrix([1.0, 0.0, 0.0, 1.0, run.x * PT_PER_DP, to_pdf_y(run.baseline)]);
        content.show(Str(&text));
        content.end_text();
    }

    let mut pdf = Pdf::new();
    let mut next = Ref::new(1);
    let (catalog, pages, page_id, contents, info) = (next.bump(), next.bump(), next.bump(), next.bump(), next.bump());
    let mut fonts = Vec::new();
    for weight in Weight::ALL {
        let characters = &codes.of(weight).characters;
        if !characters.is_empty() {
            fonts.push((weight, embed(&mut pdf, &mut next, weight, typeface.face(weight), characters)?));
        }
    }

    pdf.catalog(catalog).pages(pages);
    pdf.pages(pages).kids([page_id]).count(1);
    let mut pdf_page = pdf.page(page_id);
    pdf_page
        .parent(pages)
        .media_box(Rect::new(0.0, 0.0, page.width * PT_PER_DP, page.height * PT_PER_DP))
        .contents(contents);
    let mut resources = pdf_page.resources();
    let mut font_resources = resources.fonts();
    for (weight, font) in &fonts {
        font_resources.pair(resource(*weight), *font);
    }
    font_resources.finish();
    resources.finish();
    pdf_page.finish();
    pdf.stream(contents, &compressed(&content.finish())).filter(Filter::FlateDecode);
    let mut document_info = pdf.document_info(info);
    if !title.trim().is_empty() {
        document_info.title(TextStr(title.trim()));
    }
    document_info.producer(TextStr("wallet-core"));
    document_info.finish();
    Ok(pdf.finish())
}

/// Writes `face` as a Type0 font printing `characters` (CIDs 1, 2, …); returns the font's reference.
fn embed(pdf: &mut Pdf, next: &mut Ref, weight: Weight, face: &Face, characters: &[char]) -> Result<Ref, PrintError> {
    let (type0, cid_font, descriptor, file, cid_to_gid, to_unicode) =
        (next.bump(), next.bump(), next.bump(), next.bump(), next.bump(), next.bump());
    let name = base_font(weight);
    let metrics = ttf_parser::Face::parse(face.data, 0).map_err(|_| PrintError::Font)?;
    let units = f32::from(metrics.units_per_em());
    let per_mille = |value: i16| f32::from(value) * 1000.0 / units;

    pdf.type0_font(type0)
        .base_font(Name(name.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(to_unicode);

    let mut cid = pdf.cid_font(cid_font);
    cid.subtype(CidFontType::Type2)
        .base_font(Name(name.as_bytes()))
        .system_info(IDENTITY)
        .font_descriptor(descriptor)
        .default_width(face.advance('\u{0}') * 1000.0)
        .cid_to_gid_map_stream(cid_to_gid);
    cid.widths().consecutive(1, characters.iter().map(|c| face.advance(*c) * 1000.0));
    cid.finish();

    let bbox = metrics.global_bounding_box();
    let weight_class = f32::from(metrics.weight().to_number());
    pdf.font_descriptor(descriptor)
        .name(Name(name.as_bytes()))
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(per_mille(bbox.x_min), per_mille(bbox.y_min), per_mille(bbox.x_max), per_mille(bbox.y_max)))
        .italic_angle(metrics.italic_angle())
        .ascent(per_mille(metrics.ascender()))
        .descent(per_mille(metrics.descender()))
        .cap_height(per_mille(metrics.capital_height().unwrap_or(metrics.ascender())))
        // The usual estimate from the weight class (no font file states it).
        .stem_v(10.0 + 0.244 * (weight_class - 50.0))
        .font_file2(file);

    let length = i32::try_from(face.data.len()).map_err(|_| PrintError::Font)?;
    pdf.stream(file, &compressed(face.data)).filter(Filter::FlateDecode).pair(Name(b"Length1"), length);

    let glyphs: Vec<u8> =
        std::iter::once(0).chain(characters.iter().map(|c| face.glyph(*c).0)).flat_map(u16::to_be_bytes).collect();
    pdf.stream(cid_to_gid, &compressed(&glyphs)).filter(Filter::FlateDecode);

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), IDENTITY);
    for (code, c) in (1..=u16::MAX).zip(characters) {
        cmap.pair(code, *c);
    }
    pdf.stream(to_unicode, &compressed(&cmap.finish())).filter(Filter::FlateDecode);
    Ok(type0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_distinct_character_has_its_own_code() {
        let mut codes = CharacterCodes::default();
        assert_eq!(codes.encode("a\u{a0}a b"), [0, 1, 0, 2, 0, 1, 0, 3, 0, 4]);
        assert_eq!(codes.characters, ['a', '\u{a0}', ' ', 'b']);
    }

    #[test]
    fn past_the_last_code_characters_are_the_box() {
        let mut codes = CharacterCodes::default();
        let many = (0x4e00..0x4e00 + 70_000).filter_map(char::from_u32);
        for c in many {
            codes.code(c);
        }
        assert_eq!(codes.characters.len(), usize::from(u16::MAX));
        assert_eq!(codes.code('z'), 0);
        assert_eq!(codes.code('\u{4e00}'), 1);
    }
}
