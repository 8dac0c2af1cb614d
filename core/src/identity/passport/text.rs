//! Text rules shared by the identity forms: trimming and spaces, and which characters a name, a free-text field
//! (an address, an issuing authority, a workplace) or a document number may hold.

/// What is wrong with a piece of text, before any rule of its own field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextIssue {
    /// Nothing but spaces.
    Empty,
    /// A character the field does not take, or no letter (or digit) at all.
    Characters,
    /// More than this many characters after trimming.
    TooLong(usize),
}

/// `text` trimmed, each run of spaces inside it one plain space. Control characters are kept, for the checks to
/// refuse (a tab or a line break inside a value is a mistake, not a space).
pub(crate) fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4096));
    let mut space = false;
    for c in text.trim().chars() {
        if is_space(c) {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// A space of any width; not a tab or a line break, which are control characters.
fn is_space(c: char) -> bool {
    c.is_whitespace() && !c.is_control()
}

/// A letter of the Latin or Cyrillic alphabets: Russian, Kyrgyz (ң ө ү), Kazakh (ә ғ қ ң ө ұ ү һ і), and Latin
/// with its diacritics (Turkish, Uzbek, German, …). Other scripts and symbols are not letters of a Kyrgyz passport.
pub(crate) fn is_letter(c: char) -> bool {
    let code = u32::from(c);
    let latin = c.is_ascii_alphabetic()
        || ((0x00C0..=0x024F).contains(&code) && c != '×' && c != '÷')
        || (0x1E00..=0x1EFF).contains(&code);
    let cyrillic = (0x0400..=0x052F).contains(&code) && !(0x0482..=0x0489).contains(&code);
    (latin || cyrillic) && c.is_alphabetic()
}

/// Apostrophes people type in names (O'Neil, Ak'maral): the ASCII one and the typographic one.
pub(crate) const APOSTROPHES: [char; 2] = ['\'', '’'];

fn is_name_char(c: char) -> bool {
    is_letter(c) || c == ' ' || c == '-' || APOSTROPHES.contains(&c)
}

/// Punctuation an address, an authority or a workplace may hold besides letters, digits and spaces.
const TEXT_PUNCTUATION: &str = ".,-–—/\\()№#\"«»'’‘“”:;+&";

/// A character free text may hold.
pub(crate) fn is_text_char(c: char) -> bool {
    is_letter(c) || c.is_ascii_digit() || c == ' ' || TEXT_PUNCTUATION.contains(c)
}

/// A name (surname, given name, patronymic), already [`squeeze`]d: letters, spaces, hyphens and apostrophes,
/// at least one letter, at most `max` characters.
pub(crate) fn name_issue(name: &str, max: usize) -> Option<TextIssue> {
    shape_issue(name, max, is_name_char, is_letter)
}

/// Free text (an address, an authority, a workplace), already [`squeeze`]d: letters, digits, spaces and everyday
/// punctuation, at least one letter or digit, at most `max` characters.
pub(crate) fn text_issue(text: &str, max: usize) -> Option<TextIssue> {
    shape_issue(text, max, is_text_char, |c| is_letter(c) || c.is_ascii_digit())
}

fn shape_issue(text: &str, max: usize, allowed: fn(char) -> bool, needed: fn(char) -> bool) -> Option<TextIssue> {
    if text.is_empty() {
        return Some(TextIssue::Empty);
    }
    if !text.chars().all(allowed) || !text.chars().any(needed) {
        return Some(TextIssue::Characters);
    }
    if text.chars().count() > max {
        return Some(TextIssue::TooLong(max));
    }
    None
}

/// A Latin name as the machine-readable zone spells it (`ASAN UULU`, `ABDY-KADYR`), in title case: `Asan Uulu`.
pub(crate) fn title_case(text: &str) -> String {
    let text = squeeze(&text.replace('<', " "));
    let mut out = String::with_capacity(text.len());
    let mut word_start = true;
    for c in text.chars() {
        if word_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    out
}

/// A document number as typed, made comparable: spaces removed, upper case, and the Cyrillic letters that look
/// like Latin ones (А В Е К М Н О Р С Т Х, and the Kazakh І) turned into them. Control characters are kept, for the
/// format check to refuse.
pub(crate) fn document_number(text: &str) -> String {
    wallet_formats::passport_match::document_number(text)
}

/// A Kyrgyz passport or ID card number, after [`document_number`]: two Latin letters and seven digits
/// (`ID1234567`, `AN1234567`, `AC1234567`).
pub(crate) fn is_kyrgyz_document_number(number: &str) -> bool {
    let bytes = number.as_bytes();
    bytes.len() == 9 && bytes[..2].iter().all(u8::is_ascii_uppercase) && bytes[2..].iter().all(u8::is_ascii_digit)
}

/// The personal number as typed, with the spaces people put in it removed.
pub(crate) fn personal_number(text: &str) -> String {
    text.trim().chars().filter(|c| !is_space(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squeezes_spaces_but_keeps_control_characters() {
        assert_eq!(squeeze("  Асан \u{a0}  уулу \n"), "Асан уулу");
        assert_eq!(squeeze("a\tb"), "a\tb");
        assert_eq!(squeeze(""), "");
        assert_eq!(squeeze(" \u{2003} "), "");
    }

    #[test]
    fn letters_of_the_region() {
        for c in "АяЁёңөүәғқұһіҢӨҮӘҒҚҰҺІAzéşğıçÖÜ".chars() {
            assert!(is_letter(c), "{c}");
        }
        for c in "1 -'’×÷҂ب中αΩ😀\u{0483}\u{200b}".chars() {
            assert!(!is_letter(c), "{c}");
        }
    }

    #[test]
    fn names_and_text() {
        assert_eq!(name_issue("Асан уулу", 50), None);
        assert_eq!(name_issue("О’Нил-Ак'марал", 50), None);
        assert_eq!(name_issue("", 50), Some(TextIssue::Empty));
        assert_eq!(name_issue("- '", 50), Some(TextIssue::Characters));
        assert_eq!(name_issue("Asan1", 50), Some(TextIssue::Characters));
        assert_eq!(name_issue(&"а".repeat(51), 50), Some(TextIssue::TooLong(50)));
        assert_eq!(name_issue(&"ү".repeat(50), 50), None);
        assert_eq!(text_issue("г. Бишкек, мкр. Джал-29, д. 12/3, кв. 45", 200), None);
        assert_eq!(text_issue("МКК 211011", 100), None);
        assert_eq!(text_issue("...", 100), Some(TextIssue::Characters));
        assert_eq!(text_issue("ул. Ленина 😀", 100), Some(TextIssue::Characters));
    }

    #[test]
    fn title_cases_machine_names() {
        assert_eq!(title_case("ASAN UULU"), "Asan Uulu");
        assert_eq!(title_case("ABDY-KADYR<<"), "Abdy-Kadyr");
        assert_eq!(title_case("O'NEIL"), "O'Neil");
        assert_eq!(title_case(""), "");
    }

    #[test]
    fn document_numbers() {
        assert_eq!(document_number(" ас 123 4567 "), "AC1234567");
        assert_eq!(document_number("ІD1234567"), "ID1234567");
        assert!(is_kyrgyz_document_number("AN1234567"));
        assert!(!is_kyrgyz_document_number("A11234567"));
        assert!(!is_kyrgyz_document_number("ID123456"));
        assert!(!is_kyrgyz_document_number("ID1234567\u{0}"));
        assert!(!is_kyrgyz_document_number("ИД1234567"));
        assert_eq!(personal_number(" 2 0101 1990 00012 "), "20101199000012");
    }
}
