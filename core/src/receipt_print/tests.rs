//! Receipts in the four languages through both formats: the PDF's text read back by an independent reader
//! (`pdf-extract`, through the ToUnicode maps) in order and exact, the PDF's structure (one page, fonts embedded), the
//! PNG decoded (width, growing height, ink where the amount is, nothing in the margins), and characters the font
//! lacks still printed.

use image::GrayImage;
use pdf_extract::{Document, Object};

use super::font::Typeface;
use super::layout::{self, Page, Run};
use super::*;

const UUID: &str = "3f2a8c1e-9b7d-4e2f-a1c3-5d6e7f8a9b0c";
/// A value with no place to break: wider than the column, it must be cut into lines.
const DIGEST: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

fn row(label: &str, value: &str) -> ReceiptRow {
    ReceiptRow { label: label.to_owned(), value: value.to_owned() }
}

fn kyrgyz() -> ReceiptDocument {
    ReceiptDocument {
        bank: "Sandbox Bank".to_owned(),
        title: "Төлөм боюнча квитанция".to_owned(),
        amount: "−1\u{a0}234,56\u{a0}сом".to_owned(),
        status: "Аткарылды".to_owned(),
        rows: vec![
            row("Күнү жана убактысы", "12.03.2026, 14:05"),
            row("Сумма", "1\u{a0}230,00\u{a0}сом"),
            row("Комиссия", "4,56\u{a0}сом"),
            row("Бардыгы", "−1\u{a0}234,56\u{a0}сом"),
            row("Төлөөчү", "Айгүл Өмүрбекова"),
            row("Алуучу", "«Ала-Тоо» кафеси, Бишкек"),
            row("Операциянын номери", "№ 2026-001234"),
            row("Банктагы ID", UUID),
            row("Кол тамганын издери", DIGEST),
            row(
                "Комментарий",
                "Түшкү тамак үчүн төлөм: шорпо, манты, лагман жана чай — баарына рахмат! Жаңы жылыңыздар менен, \
                 үй-бүлөңүзгө ден соолук каалайм. Ң ң Ө ө Ү ү",
            ),
        ],
        footer: vec!["Банк кол койгон (Ed25519, ачкыч sandbox-1). Кол тамга телефондо текшерилди.".to_owned()],
    }
}

fn russian() -> ReceiptDocument {
    ReceiptDocument {
        bank: "Sandbox Bank".to_owned(),
        title: "Квитанция об оплате".to_owned(),
        amount: "−556,50\u{a0}сом".to_owned(),
        status: "Исполнено".to_owned(),
        rows: vec![
            row("Дата и время", "12 марта 2026, 14:05"),
            row("Сумма", "550,00\u{a0}сом"),
            row("Комиссия", "6,50\u{a0}сом"),
            row("Итого", "−556,50\u{a0}сом"),
            row("Плательщик", "Кирилл Б."),
            row("Получатель", "ОсОО «Ала-Тоо Сервис»"),
            row("Номер операции", "№ 2026-001234"),
            row("ID в банке", UUID),
            row("Отпечаток подписи", DIGEST),
            row(
                "Комментарий",
                "Оплата за обед на троих: шорпо, манты, лагман и чай — спасибо, было очень вкусно! \
                 Счёт № 17 от 12.03.2026, столик у окна.",
            ),
        ],
        footer: vec!["Подписано банком (Ed25519, ключ sandbox-1). Подпись проверена телефоном.".to_owned()],
    }
}

fn kazakh() -> ReceiptDocument {
    ReceiptDocument {
        bank: "Sandbox Bank".to_owned(),
        title: "Төлем түбіртегі".to_owned(),
        amount: "−12\u{a0}500,00\u{a0}₸".to_owned(),
        status: "Орындалды".to_owned(),
        rows: vec![
            row("Күні мен уақыты", "12.03.2026, 14:05"),
            row("Сомасы", "12\u{a0}450,00\u{a0}₸"),
            row("Комиссия", "50,00\u{a0}₸"),
            row("Барлығы", "−12\u{a0}500,00\u{a0}₸"),
            row("Төлеуші", "Әсел Құрманғалиқызы"),
            row("Алушы", "«Ғалым және Ұлан» ЖШС"),
            row("Операция нөмірі", "№ 2026-001234"),
            row("Банктегі ID", UUID),
            row("Қолтаңба ізі", DIGEST),
            row(
                "Түсініктеме",
                "Әке-шешеме сыйлық: Өскемен қаласы, Һ һ І і Ү ү Ұ ұ Ң ң Ғ ғ Қ қ Ә ә Ө ө — үлкен рақмет, \
                 келесі жолы да осы дүкеннен аламыз!",
            ),
        ],
        footer: vec!["Банк қол қойды (Ed25519, кілт sandbox-1). Қолтаңба телефонда тексерілді.".to_owned()],
    }
}

fn english() -> ReceiptDocument {
    ReceiptDocument {
        bank: "Sandbox Bank".to_owned(),
        title: "Payment receipt".to_owned(),
        amount: "−1\u{202f}234.56\u{a0}som".to_owned(),
        status: "Completed".to_owned(),
        rows: vec![
            row("Date and time", "12 March 2026, 14:05"),
            row("Amount", "1\u{202f}230.00\u{a0}som"),
            row("Fee", "4.56\u{a0}som"),
            row("Total", "−1\u{202f}234.56\u{a0}som"),
            row("Payer", "Kirill B."),
            row("Recipient", "“Ala-Too” café • Bishkek"),
            row("Operation number", "№ 2026-001234"),
            row("Bank ID", UUID),
            row("Signature digest", DIGEST),
            row(
                "Comment",
                "Lunch for three · soup, manty and tea — thank you! Paid with “Shake and pay” at 13:58 on \
                 12/03/2026, table by the window.",
            ),
        ],
        footer: vec![
            "Signed by the bank (Ed25519, key sandbox-1).".to_owned(),
            "Signature verified on the phone.".to_owned(),
        ],
    }
}

fn samples() -> [(&'static str, ReceiptDocument); 4] {
    [("ky", kyrgyz()), ("ru", russian()), ("kk", kazakh()), ("en", english())]
}

/// Every text of `document` in reading order.
fn texts(document: &ReceiptDocument) -> Vec<&str> {
    let header = [&document.bank, &document.title, &document.amount, &document.status];
    let rows = document.rows.iter().flat_map(|row| [&row.label, &row.value]);
    header.into_iter().chain(rows).chain(&document.footer).map(String::as_str).collect()
}

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn extracted(pdf: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(pdf).expect("pdf-extract reads the receipt")
}

fn composed(document: &ReceiptDocument) -> Page {
    layout::compose(document, &Typeface::load().expect("the committed fonts parse")).expect("composed")
}

fn decoded(png: &[u8]) -> GrayImage {
    image::load_from_memory_with_format(png, image::ImageFormat::Png).expect("the PNG decodes").to_luma8()
}

#[test]
fn every_text_comes_back_from_the_pdf_in_order() {
    for (language, document) in samples() {
        let pdf = render_pdf(&document).expect("printed");
        let text = without_whitespace(&extracted(&pdf));
        let mut from = 0;
        for expected in texts(&document) {
            let expected = without_whitespace(expected);
            let found = text.get(from..).and_then(|rest| rest.find(&expected));
            let Some(at) = found else {
                panic!("{language}: {expected:?} is not after byte {from} of the extracted text:\n{text}");
            };
            from += at + expected.len();
        }
    }
}

#[test]
fn lines_that_did_not_wrap_come_back_exactly_with_their_no_break_spaces() {
    for (language, document) in samples() {
        let text = extracted(&render_pdf(&document).expect("printed"));
        for exact in [document.amount.as_str(), "№ 2026-001234", UUID, document.rows[3].value.as_str()] {
            assert!(text.contains(exact), "{language}: {exact:?} not in\n{text}");
        }
        assert!(text.contains('\u{a0}'), "{language}: the no-break spaces are kept");
    }
    assert!(extracted(&render_pdf(&english()).expect("printed")).contains("1\u{202f}234.56"));
}

#[test]
fn the_samples_wrap_their_long_values() {
    for (language, document) in samples() {
        let page = composed(&document);
        let comment = &document.rows[9].value;
        let digest_lines = page.runs.iter().filter(|run| DIGEST.contains(run.text.as_str())).count();
        assert!(digest_lines >= 2, "{language}: the digest is cut into lines");
        let comment_lines = page.runs.iter().filter(|run| comment.contains(run.text.as_str())).count();
        assert!(comment_lines >= 2, "{language}: the comment wraps");
        let typeface = Typeface::load().expect("fonts");
        for run in &page.runs {
            let right = run.x + typeface.face(run.weight).width(&run.text, run.size);
            assert!(run.x >= 23.9 && right <= layout::WIDTH - 23.9, "{language}: {run:?} leaves the column");
        }
    }
}

#[test]
fn the_pdf_is_one_receipt_wide_page_with_both_fonts_embedded() {
    let pdf = render_pdf(&russian()).expect("printed");
    assert!(pdf.starts_with(b"%PDF-"));
    let document = Document::load_mem(&pdf).expect("lopdf parses it");
    let pages = document.get_pages();
    assert_eq!(pages.len(), 1);
    let page_id = *pages.get(&1).expect("page 1");
    let page = document.get_dictionary(page_id).expect("the page");
    let media_box = page.get(b"MediaBox").and_then(Object::as_array).expect("a media box");
    let width = media_box[2].as_float().expect("a number");
    let height = media_box[3].as_float().expect("a number");
    assert_eq!(width, 270.0);
    assert!(height > 270.0, "a long receipt: {height} pt");
    let fonts = document.get_page_fonts(page_id).expect("the page's fonts");
    assert_eq!(fonts.len(), 2, "regular and bold");
    for font in fonts.values() {
        assert_eq!(font.get(b"Subtype").and_then(Object::as_name).expect("a subtype"), b"Type0");
        assert_eq!(font.get(b"Encoding").and_then(Object::as_name).expect("an encoding"), b"Identity-H");
        assert!(font.get(b"ToUnicode").is_ok());
        let descendants = font.get(b"DescendantFonts").and_then(Object::as_array).expect("a descendant");
        let cid_font = document.get_dictionary(descendants[0].as_reference().expect("a reference")).expect("CID font");
        assert_eq!(cid_font.get(b"Subtype").and_then(Object::as_name).expect("a subtype"), b"CIDFontType2");
        assert!(cid_font.get(b"W").is_ok(), "widths");
        let descriptor =
            document.get_dictionary(cid_font.get(b"FontDescriptor").and_then(Object::as_reference).expect("ref"));
        assert!(descriptor.expect("a descriptor").get(b"FontFile2").is_ok(), "the font is embedded");
    }
    assert!(pdf.len() < 120_000, "{} bytes", pdf.len());
}

#[test]
fn the_png_is_1080_px_wide_and_decodes() {
    for (language, document) in samples() {
        let png = render_png(&document).expect("printed");
        let image = decoded(&png);
        assert_eq!(image.width(), 1080, "{language}");
        assert_eq!(image.height(), (composed(&document).height * 3.0) as u32, "{language}");
    }
}

#[test]
fn more_rows_make_a_taller_png() {
    let mut document = russian();
    let short = decoded(&render_png(&document).expect("printed")).height();
    document.rows.extend([row("Счёт списания", "KG 1234 5678 9012"), row("Категория", "Кафе и рестораны")]);
    let long = decoded(&render_png(&document).expect("printed")).height();
    assert!(long > short, "{long} px after two more rows, {short} before");
}

fn dark_pixels(image: &GrayImage, left: f32, top: f32, right: f32, bottom: f32) -> usize {
    let (left, top, right, bottom) = (left as u32, top as u32, right as u32, bottom as u32);
    (top..bottom.min(image.height()))
        .flat_map(|y| (left..right.min(image.width())).map(move |x| (x, y)))
        .filter(|(x, y)| image.get_pixel(*x, *y).0[0] < 100)
        .count()
}

#[test]
fn the_amount_is_printed_dark_and_large() {
    for (language, document) in samples() {
        let image = decoded(&render_png(&document).expect("printed"));
        let page = composed(&document);
        let amount: &Run = page.runs.iter().find(|run| run.text == document.amount).expect("the amount's line");
        let (top, bottom) = ((amount.baseline - amount.size * 0.7) * 3.0, amount.baseline * 3.0);
        let dark = dark_pixels(&image, amount.x * 3.0, top, (layout::WIDTH - amount.x) * 3.0, bottom);
        assert!(dark > 2_000, "{language}: {dark} dark pixels where the amount is");
    }
}

#[test]
fn nothing_is_drawn_in_the_margins() {
    for (language, document) in samples() {
        let image = decoded(&render_png(&document).expect("printed"));
        let (width, height) = (image.width() as f32, image.height() as f32);
        assert_eq!(dark_pixels(&image, 0.0, 0.0, 66.0, height), 0, "{language}: left margin");
        assert_eq!(dark_pixels(&image, width - 66.0, 0.0, width, height), 0, "{language}: right margin");
        assert!(image.pixels().any(|pixel| pixel.0[0] < 100), "{language}: not blank");
    }
}

#[test]
fn characters_the_font_lacks_still_print_and_copy_out() {
    let mut document = russian();
    document.title = "Квитанция 付款 🙂".to_owned();
    document.rows.push(row("Комментарий 🎉", "Спасибо 谢谢 ∑ 🇰🇬 \u{0301}!"));
    let png = render_png(&document).expect("printed despite the unknown characters");
    assert_eq!(decoded(&png).width(), 1080);
    let text = extracted(&render_pdf(&document).expect("printed despite the unknown characters"));
    for unknown in ["付款", "🙂", "🎉", "谢谢", "∑", "🇰🇬"] {
        assert!(text.contains(unknown), "{unknown:?} copies out as itself:\n{text}");
    }
}

#[test]
fn empty_and_hostile_documents_still_print() {
    for document in [
        ReceiptDocument::default(),
        ReceiptDocument {
            amount: "\u{0}\u{7}\r\n\t".to_owned(),
            rows: vec![row("", ""), row("\n\n", "x"), row("(\\)", ") (")],
            footer: vec![String::new(), "\u{feff}\u{200b}".to_owned()],
            ..ReceiptDocument::default()
        },
    ] {
        assert!(render_pdf(&document).is_ok());
        assert!(render_png(&document).is_ok());
    }
    let text = extracted(
        &render_pdf(&ReceiptDocument { rows: vec![row("(\\)", ") (")], ..Default::default() }).expect("printed"),
    );
    assert!(without_whitespace(&text).contains("(\\))("), "parentheses and backslashes survive: {text}");
}

#[test]
fn a_receipt_too_long_is_refused_in_both_formats() {
    let mut document = russian();
    document.rows = (0..500).map(|index| row("Строка", &index.to_string())).collect();
    assert_eq!(render_png(&document), Err(PrintError::TooLong));
    assert_eq!(render_pdf(&document), Err(PrintError::TooLong));
}
