//! Where everything goes on the receipt, once for both formats: a strip [`WIDTH`] dp wide (a phone screen's width in
//! density-independent pixels) and as tall as its content, top to bottom — the bank, the title, the amount large, the
//! status, a dashed line, the rows, a dashed line, the footer small and grey.
//!
//! A row is its label on the left in grey and its value on the right, on one line when both fit; otherwise the label
//! on a line of its own and the value below it, wrapped to the column (a uuid, a long comment).

use super::font::{Typeface, Weight};
use super::wrap::wrap;
use super::{PrintError, ReceiptDocument, ReceiptRow};

/// The receipt's width, in dp.
pub(super) const WIDTH: f32 = 360.0;
/// The tallest receipt drawn, in dp: a few hundred lines; the PNG is then 15 000 px tall and the PDF page 1.3 m.
pub(super) const MAX_HEIGHT: f32 = 5_000.0;

const MARGIN: f32 = 24.0;
const COLUMN: f32 = WIDTH - 2.0 * MARGIN;
const TOP: f32 = 28.0;
const BOTTOM: f32 = 28.0;
/// The least room between a label and its value on one line.
const GUTTER: f32 = 16.0;
/// A line's height over its text's size.
const LEADING: f32 = 1.3;
const DASH_LENGTH: f32 = 4.0;
const DASH_GAP: f32 = 3.0;

/// How dark something is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ink {
    /// The texts people read: near black.
    Text,
    /// Labels and the footer: grey.
    Muted,
    /// The dashed lines: light grey.
    Rule,
}

impl Ink {
    /// The grey level, 0 black to 1 white.
    pub(super) fn grey(self) -> f32 {
        match self {
            Ink::Text => 0.1,
            Ink::Muted => 0.42,
            Ink::Rule => 0.75,
        }
    }
}

/// One line of text: where its baseline starts, in dp from the top left.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Run {
    pub(super) x: f32,
    pub(super) baseline: f32,
    /// The text's size (its em), in dp.
    pub(super) size: f32,
    pub(super) weight: Weight,
    pub(super) ink: Ink,
    pub(super) text: String,
}

/// A horizontal line of dashes, [`DASH_LENGTH`] long with [`DASH_GAP`] between them.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Dashes {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) width: f32,
    pub(super) thickness: f32,
    pub(super) ink: Ink,
}

impl Dashes {
    /// Each dash's left end and length, in dp.
    pub(super) fn dashes(&self) -> impl Iterator<Item = (f32, f32)> + '_ {
        let count = (self.width / (DASH_LENGTH + DASH_GAP)).ceil() as usize;
        (0..count)
            .map(|index| self.x + index as f32 * (DASH_LENGTH + DASH_GAP))
            .map(|left| (left, DASH_LENGTH.min(self.x + self.width - left)))
            .filter(|(_, length)| *length > 0.0)
    }
}

/// The receipt laid out: every line of text and every rule, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Page {
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) runs: Vec<Run>,
    pub(super) rules: Vec<Dashes>,
}

/// How a kind of text is set.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    weight: Weight,
    ink: Ink,
}

const BANK: Style = Style { size: 15.0, weight: Weight::Bold, ink: Ink::Text };
const TITLE: Style = Style { size: 15.0, weight: Weight::Regular, ink: Ink::Muted };
const AMOUNT: Style = Style { size: 30.0, weight: Weight::Bold, ink: Ink::Text };
const STATUS: Style = Style { size: 14.0, weight: Weight::Regular, ink: Ink::Text };
const LABEL: Style = Style { size: 13.0, weight: Weight::Regular, ink: Ink::Muted };
const VALUE: Style = Style { size: 14.0, weight: Weight::Regular, ink: Ink::Text };
const FOOTER: Style = Style { size: 11.0, weight: Weight::Regular, ink: Ink::Muted };

#[derive(Clone, Copy)]
enum Align {
    Left,
    Centre,
}

/// Lays `document` out; refuses one taller than [`MAX_HEIGHT`].
pub(super) fn compose(document: &ReceiptDocument, typeface: &Typeface) -> Result<Page, PrintError> {
    let mut page = Composer { typeface, y: TOP, runs: Vec::new(), rules: Vec::new() };
    page.paragraph(&document.bank, BANK, Align::Centre)?;
    page.gap(4.0);
    page.paragraph(&document.title, TITLE, Align::Centre)?;
    page.gap(14.0);
    page.paragraph(&document.amount, AMOUNT, Align::Centre)?;
    page.gap(4.0);
    page.paragraph(&document.status, STATUS, Align::Centre)?;
    page.gap(16.0);
    page.dashes();
    page.gap(16.0);
    for (index, row) in document.rows.iter().enumerate() {
        if index > 0 {
            page.gap(10.0);
        }
        page.row(row)?;
    }
    if document.footer.iter().any(|line| !line.trim().is_empty()) {
        page.gap(18.0);
        page.dashes();
        page.gap(14.0);
        for (index, line) in document.footer.iter().enumerate() {
            if index > 0 {
                page.gap(4.0);
            }
            page.paragraph(line, FOOTER, Align::Centre)?;
        }
    }
    page.gap(BOTTOM);
    page.check_height()?;
    Ok(Page { width: WIDTH, height: page.y.ceil(), runs: page.runs, rules: page.rules })
}

struct Composer<'a> {
    typeface: &'a Typeface,
    /// The top of the next line, in dp.
    y: f32,
    runs: Vec<Run>,
    rules: Vec<Dashes>,
}

impl Composer<'_> {
    fn gap(&mut self, dp: f32) {
        self.y += dp;
    }

    fn check_height(&self) -> Result<(), PrintError> {
        if self.y > MAX_HEIGHT { Err(PrintError::TooLong) } else { Ok(()) }
    }

    fn width(&self, text: &str, style: Style) -> f32 {
        self.typeface.face(style.weight).width(text, style.size)
    }

    /// The baseline of a line of `style` whose top is at `top`: the text centred in the line's height.
    fn baseline(&self, top: f32, style: Style) -> f32 {
        let face = self.typeface.face(style.weight);
        let (ascent, descent) = (face.ascent() * style.size, face.descent() * style.size);
        top + (style.size * LEADING - (ascent - descent)) / 2.0 + ascent
    }

    /// `text` wrapped to the column, one line after another.
    fn paragraph(&mut self, text: &str, style: Style, align: Align) -> Result<(), PrintError> {
        let line_height = style.size * LEADING;
        let room = ((MAX_HEIGHT - self.y) / line_height).max(0.0) as usize + 1;
        let face = self.typeface.face(style.weight);
        for line in wrap(text, COLUMN, room, |c| face.advance(c) * style.size) {
            let x = match align {
                Align::Left => MARGIN,
                Align::Centre => MARGIN + (COLUMN - self.width(&line, style)).max(0.0) / 2.0,
            };
            let baseline = self.baseline(self.y, style);
            self.run(x, baseline, style, line);
            self.y += line_height;
            self.check_height()?;
        }
        Ok(())
    }

    fn run(&mut self, x: f32, baseline: f32, style: Style, text: String) {
        if !text.is_empty() {
            self.runs.push(Run { x, baseline, size: style.size, weight: style.weight, ink: style.ink, text });
        }
    }

    /// The label and the value on one line when both fit, else one above the other.
    fn row(&mut self, row: &ReceiptRow) -> Result<(), PrintError> {
        let (label, value) = (row.label.trim(), row.value.trim());
        let one_line = !label.contains('\n') && !value.contains('\n');
        let (label_width, value_width) = (self.width(label, LABEL), self.width(value, VALUE));
        if one_line && label_width + GUTTER + value_width <= COLUMN {
            let baseline = self.baseline(self.y, LABEL).max(self.baseline(self.y, VALUE));
            self.run(MARGIN, baseline, LABEL, label.to_owned());
            self.run(MARGIN + COLUMN - value_width, baseline, VALUE, value.to_owned());
            self.y += LABEL.size.max(VALUE.size) * LEADING;
            return self.check_height();
        }
        self.paragraph(label, LABEL, Align::Left)?;
        self.gap(2.0);
        self.paragraph(value, VALUE, Align::Left)
    }

    fn dashes(&mut self) {
        self.rules.push(Dashes { x: MARGIN, y: self.y, width: COLUMN, thickness: 1.0, ink: Ink::Rule });
        self.y += 1.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, value: &str) -> ReceiptRow {
        ReceiptRow { label: label.to_owned(), value: value.to_owned() }
    }

    fn receipt(rows: Vec<ReceiptRow>) -> ReceiptDocument {
        ReceiptDocument {
            bank: "Sandbox Bank".to_owned(),
            title: "Квитанция об оплате".to_owned(),
            amount: "−556,50\u{a0}сом".to_owned(),
            status: "Исполнено".to_owned(),
            rows,
            footer: vec!["Подписано банком (Ed25519, ключ sandbox-1). Подпись проверена телефоном.".to_owned()],
        }
    }

    fn compose_receipt(document: &ReceiptDocument) -> Result<Page, PrintError> {
        compose(document, &Typeface::load().expect("the committed fonts parse"))
    }

    fn run<'a>(page: &'a Page, text: &str) -> &'a Run {
        page.runs.iter().find(|run| run.text == text).unwrap_or_else(|| panic!("no line {text:?} in {page:#?}"))
    }

    #[test]
    fn a_short_row_is_one_line_label_left_value_right() {
        let page = compose_receipt(&receipt(vec![row("Комиссия", "0,00\u{a0}сом")])).expect("composed");
        let (label, value) = (run(&page, "Комиссия"), run(&page, "0,00\u{a0}сом"));
        assert_eq!(label.baseline, value.baseline);
        assert_eq!(label.x, MARGIN);
        assert_eq!(label.ink, Ink::Muted);
        let typeface = Typeface::load().expect("fonts");
        let right = value.x + typeface.face(value.weight).width(&value.text, value.size);
        assert!((right - (WIDTH - MARGIN)).abs() < 0.01, "the value ends at the right margin: {right}");
    }

    #[test]
    fn a_long_value_goes_below_its_label_and_wraps_within_the_column() {
        let comment = "Оплата за обед на троих: шорпо, манты, лагман и чай — спасибо, было очень вкусно!";
        let page = compose_receipt(&receipt(vec![row("Комментарий", comment)])).expect("composed");
        let label = run(&page, "Комментарий");
        let lines: Vec<&Run> = page.runs.iter().filter(|run| run.baseline > label.baseline).collect();
        let typeface = Typeface::load().expect("fonts");
        let value_lines: Vec<&&Run> = lines.iter().filter(|run| run.ink == Ink::Text).collect();
        assert!(value_lines.len() >= 2, "{lines:#?}");
        for line in &value_lines {
            assert_eq!(line.x, MARGIN);
            assert!(typeface.face(line.weight).width(&line.text, line.size) <= COLUMN);
        }
        let joined = value_lines.iter().map(|run| run.text.as_str()).collect::<Vec<_>>().join(" ");
        assert_eq!(joined, comment);
    }

    #[test]
    fn everything_is_in_reading_order_inside_the_page() {
        let page =
            compose_receipt(&receipt(vec![row("Дата и время", "12.03.2026, 14:05"), row("Сумма", "556,50 сом")]))
                .expect("composed");
        let texts: Vec<&str> = page.runs.iter().map(|run| run.text.as_str()).collect();
        assert_eq!(
            &texts[..6],
            [
                "Sandbox Bank",
                "Квитанция об оплате",
                "−556,50\u{a0}сом",
                "Исполнено",
                "Дата и время",
                "12.03.2026, 14:05"
            ]
        );
        assert!(page.runs.windows(2).all(|pair| pair[0].baseline <= pair[1].baseline));
        assert!(page.runs.iter().all(|run| run.baseline > 0.0 && run.baseline < page.height));
        assert_eq!(page.rules.len(), 2);
        assert_eq!(run(&page, "−556,50\u{a0}сом").weight, Weight::Bold);
    }

    #[test]
    fn more_rows_make_a_taller_page() {
        let short = compose_receipt(&receipt(vec![row("Сумма", "1")])).expect("composed");
        let long = compose_receipt(&receipt(vec![row("Сумма", "1"), row("Комиссия", "2")])).expect("composed");
        assert!(long.height > short.height);
    }

    #[test]
    fn an_empty_receipt_is_still_a_page() {
        let page = compose_receipt(&ReceiptDocument::default()).expect("composed");
        assert!(page.runs.is_empty());
        assert!(page.height > TOP + BOTTOM);
    }

    #[test]
    fn a_receipt_taller_than_the_limit_is_refused() {
        let rows = (0..400).map(|index| row("Строка", &index.to_string())).collect();
        assert_eq!(compose_receipt(&receipt(rows)), Err(PrintError::TooLong));
        let comment = "очень длинный комментарий ".repeat(100_000);
        assert_eq!(compose_receipt(&receipt(vec![row("Комментарий", &comment)])), Err(PrintError::TooLong));
    }

    #[test]
    fn dashes_stay_inside_their_line() {
        let rule = Dashes { x: 10.0, y: 0.0, width: 20.0, thickness: 1.0, ink: Ink::Rule };
        let dashes: Vec<(f32, f32)> = rule.dashes().collect();
        assert_eq!(dashes, [(10.0, 4.0), (17.0, 4.0), (24.0, 4.0)]);
        assert!(dashes.iter().all(|(left, length)| left + length <= 30.0));
    }
}
