//! A payment's receipt printed for the user to share: a PNG picture and a one-page PDF whose text can be copied.
//! The caller passes every text already localised and formatted; this module only places, wraps and draws them.
//! It knows no language and no operation, and no input panics it: an unknown character is drawn as a box.
//!
//! - `layout.rs`: where everything goes, in dp on a 360-dp strip as tall as the receipt, the same for both formats.
//! - `wrap.rs`: lines that fit the column (never at a no-break space; a uuid at its hyphens).
//! - `font.rs`: Roboto regular and bold, subset and built in (`core/assets/fonts/`).
//! - `png.rs`: 1 080 px wide, 8-bit grey, text rasterised with `ab_glyph`.
//! - `pdf.rs`: `pdf-writer`, the fonts embedded with a ToUnicode map, so extracted text is the caller's text.

mod font;
mod layout;
mod pdf;
mod png;
mod wrap;

#[cfg(test)]
mod tests;

/// A receipt as it is printed: every text already localised and formatted by the caller (amounts, dates, labels).
/// Empty texts are left out; a text may hold newlines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReceiptDocument {
    /// The header line: «Sandbox Bank».
    pub bank: String,
    /// «Квитанция об оплате».
    pub title: String,
    /// Printed large: «−556,50 сом».
    pub amount: String,
    /// «Исполнено».
    pub status: String,
    /// Label and value pairs, in order: «Дата и время», «Сумма», «Комиссия», «Итого», «Плательщик», «Получатель»,
    /// «Номер операции» («№ 2026-001234»), «ID в банке» (a uuid), «Комментарий» …
    pub rows: Vec<ReceiptRow>,
    /// Small grey lines at the bottom: «Подписано банком (Ed25519, ключ sandbox-1). Подпись проверена телефоном.»
    pub footer: Vec<String>,
}

/// One line of the receipt's table: the label in grey on the left, the value on the right, or below it when long.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReceiptRow {
    pub label: String,
    pub value: String,
}

/// Why a receipt could not be printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    /// The receipt would be over 5 000 dp tall (a few hundred lines: thousands of rows, a comment of pages): a PNG of
    /// 15 000 px, a PDF page of 1.3 m.
    #[error("the receipt is too long to print")]
    TooLong,
    /// The font built into the library cannot be read: a broken build, never the document's fault.
    #[error("the receipt font built into the library cannot be read")]
    Font,
    /// The PNG encoder refused the picture.
    #[error("the receipt picture could not be encoded as PNG")]
    PngEncoding,
}

/// The receipt as a PNG: 1 080 px wide (360 dp at 3×), as tall as its content, dark grey on white.
pub fn render_png(document: &ReceiptDocument) -> Result<Vec<u8>, PrintError> {
    let typeface = font::Typeface::load()?;
    let page = layout::compose(document, &typeface)?;
    png::draw(&page, &typeface)
}

/// The receipt as a one-page PDF, 270 pt (95 mm) wide and as tall as its content, titled with the receipt's title;
/// its text selectable and extractable as the caller's strings.
pub fn render_pdf(document: &ReceiptDocument) -> Result<Vec<u8>, PrintError> {
    let typeface = font::Typeface::load()?;
    let page = layout::compose(document, &typeface)?;
    pdf::write(&page, &typeface, &document.title)
}
