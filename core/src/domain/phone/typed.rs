//! What a person typed or pasted, read as a number: a leading plus and the digits, the punctuation people put
//! between them dropped. The rule is libphonenumber's, narrowed where it guesses (difference D1 in `phone.rs`).

/// libphonenumber's longest input.
const MAX_CHARS: usize = 250;

/// Fewer digits are never a number (libphonenumber's "viable" minimum).
const MIN_DIGITS: usize = 3;

/// A number as typed: `+996 555 12-34-56` is a plus and `996555123456`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Typed {
    /// Written with a plus: a calling code follows.
    pub plus: bool,
    /// ASCII digits only.
    pub digits: String,
}

impl Typed {
    /// The number from its first digit or plus to its last digit. Text before it is skipped unless it holds a
    /// digit (of any script) or a full-width plus; after it only whitespace and punctuation may follow; inside
    /// it only digits, a leading plus and the punctuation of [`is_separator`].
    pub fn read(text: &str) -> Option<Typed> {
        if text.chars().count() > MAX_CHARS {
            return None;
        }
        let start = text.find(|c: char| c.is_ascii_digit() || c == '+')?;
        let end = text.rfind(|c: char| c.is_ascii_digit())? + 1;
        if text[..start].chars().any(|c| c.is_numeric() || c == '＋') || !text[end..].chars().all(may_follow) {
            return None;
        }
        let number = &text[start..end];
        let after_plus = number.trim_start_matches('+');
        let mut digits = String::with_capacity(after_plus.len());
        for c in after_plus.chars() {
            if c.is_ascii_digit() {
                digits.push(c);
            } else if !is_separator(c) {
                return None;
            }
        }
        (digits.len() >= MIN_DIGITS).then_some(Typed { plus: after_plus.len() < number.len(), digits })
    }
}

/// Punctuation people put between digits: libphonenumber's list without the letter x and the tildes (x and ~
/// mark extensions there). Spaces (no-break, ideographic), dashes and the minus sign, brackets, full stops,
/// slashes, and the invisible soft hyphen, zero-width space and word joiner that pasted text carries.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '\u{30FC}'
            | '\u{FF0D}'..='\u{FF0F}'
            | ' '
            | '\u{00A0}'
            | '\u{00AD}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{3000}'
            | '('
            | ')'
            | '\u{FF08}'
            | '\u{FF09}'
            | '\u{FF3B}'
            | '\u{FF3D}'
            | '.'
            | '['
            | ']'
            | '/'
    )
}

/// What may follow the last digit: whitespace, punctuation, the tildes, quotation marks, an ellipsis, dots, the
/// invisible marks of pasted text, and ASCII symbols but `#` (an extension).
fn may_follow(c: char) -> bool {
    c.is_whitespace()
        || is_separator(c)
        || (c.is_ascii_punctuation() && c != '#')
        || matches!(
            c,
            '\u{2053}' | '\u{223C}' | '\u{FF5E}' // tildes
            | '«' | '»' | '“' | '”' | '„' | '‘' | '’' | '‹' | '›' | '…' | '·' | '•' | '‧'
            | '\u{200C}'..='\u{200F}' | '\u{FEFF}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(bool, String)> {
        Typed::read(text).map(|t| (t.plus, t.digits))
    }

    #[test]
    fn drops_the_punctuation_people_type() {
        assert_eq!(read("+996 (555) 12-34-56"), Some((true, "996555123456".into())));
        assert_eq!(read("8\u{00A0}701\u{2013}123\u{2212}45.67"), Some((false, "87011234567".into())));
        assert_eq!(read("++996555123456"), Some((true, "996555123456".into())));
    }

    #[test]
    fn skips_words_before_and_marks_after() {
        assert_eq!(read("тел.: 0555 123 456"), Some((false, "0555123456".into())));
        assert_eq!(read("«0555 123 456»."), Some((false, "0555123456".into())));
        assert_eq!(read("\"0555 123 456\"!"), Some((false, "0555123456".into())));
        assert_eq!(read("0555 123 456 \u{1F600}"), None, "only punctuation after the number");
    }

    #[test]
    fn refuses_letters_symbols_and_other_scripts_inside() {
        for text in ["0555 123 456 ext. 12", "0555*123*456", "+996 555 CALL ME", "0555123456a", "0555123456#"] {
            assert_eq!(read(text), None, "{text}");
        }
        for text in ["٠٥٥٥١٢٣٤٥٦", "＋996555123456", "+٩٩٦555123456", "５0555123456"] {
            assert_eq!(read(text), None, "{text}");
        }
        assert_eq!(read("+ +996555123456"), None, "a plus after the start");
        assert_eq!(read("996+555123456"), None);
    }

    #[test]
    fn needs_three_digits_and_no_more_than_250_characters() {
        assert_eq!(read("55"), None);
        assert_eq!(read("+55"), None);
        assert_eq!(read("555"), Some((false, "555".into())));
        assert_eq!(read(&format!("{}0555123456", " ".repeat(240))), Some((false, "0555123456".into())));
        assert_eq!(read(&format!("{}0555123456", " ".repeat(241))), None);
    }
}
