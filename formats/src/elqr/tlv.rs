//! The TLV layer both payment-QR schemes share (ELQR and EMVCo): `ID` (2 digits) + `LEN` (2 digits) + value.
//!
//! The length counts UTF-16 code units, not bytes (standards §1): a Cyrillic value of 26 letters has length `26`. We
//! walk the text char by char and add up `len_utf16()`, so no byte index is ever used and a value can never end in the
//! middle of a character (that is a bad length, not a panic). Positions are counted in characters from 1, as a support
//! person would count them on a screen.

use std::str::Chars;

/// One element as it appeared in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawElement {
    /// The two digits of the ID.
    pub id: String,
    pub value: String,
    /// Where the element starts, in characters from 1 (of the whole payload, also inside templates).
    pub at: usize,
    /// `ID + LEN + VALUE` exactly as they appeared: what the checksums cover.
    pub raw: String,
}

/// Why a text is not a sequence of TLV elements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TlvError {
    /// The two characters where an ID should be are not digits.
    BadId { found: String, at: usize },
    /// The length is not two digits, or it ends the value inside a character.
    BadLength { id: String, at: usize },
    /// The text ends inside the element that starts at `at`.
    Truncated { at: usize },
}

/// Every element of `text`, or the first reason it is not TLV.
///
/// `offset` is how many characters of the payload come before `text` (non-zero for a template's value), so positions
/// in errors point into the payload the customer scanned; `parent` prefixes IDs in errors (`"32/"`).
pub(crate) fn elements(text: &str, offset: usize, parent: &str) -> Result<Vec<RawElement>, TlvError> {
    let (elements, error) = scan(text, offset, parent);
    match error {
        Some(error) => Err(error),
        None => Ok(elements),
    }
}

/// The elements up to the first error, and that error: for guessing what a damaged code was meant to be.
pub(crate) fn scan(text: &str, offset: usize, parent: &str) -> (Vec<RawElement>, Option<TlvError>) {
    let mut chars = text.chars();
    let mut position = offset;
    let mut elements = Vec::new();
    loop {
        match next(&mut chars, &mut position, parent) {
            Ok(Some(element)) => elements.push(element),
            Ok(None) => return (elements, None),
            Err(error) => return (elements, Some(error)),
        }
    }
}

/// Reads one element; `None` at the clean end of the text. `position` counts the characters consumed so far.
fn next(chars: &mut Chars<'_>, position: &mut usize, parent: &str) -> Result<Option<RawElement>, TlvError> {
    let at = position.saturating_add(1);
    let Some(first) = chars.next() else {
        return Ok(None);
    };
    let Some(second) = chars.next() else {
        return Err(TlvError::Truncated { at });
    };
    let id: String = [first, second].into_iter().collect();
    if !first.is_ascii_digit() || !second.is_ascii_digit() {
        return Err(TlvError::BadId { found: id, at });
    }
    let (Some(tens), Some(ones)) = (chars.next(), chars.next()) else {
        return Err(TlvError::Truncated { at });
    };
    let (Some(tens_value), Some(ones_value)) = (tens.to_digit(10), ones.to_digit(10)) else {
        return Err(TlvError::BadLength { id: format!("{parent}{id}"), at });
    };
    let length = usize::try_from(tens_value * 10 + ones_value).unwrap_or(usize::MAX);
    let mut value = String::new();
    let mut units = 0usize;
    let mut consumed = 4usize;
    while units < length {
        let Some(c) = chars.next() else {
            return Err(TlvError::Truncated { at });
        };
        units = units.saturating_add(c.len_utf16());
        consumed = consumed.saturating_add(1);
        value.push(c);
    }
    if units != length {
        // The last character is a surrogate pair that the length cuts in half.
        return Err(TlvError::BadLength { id: format!("{parent}{id}"), at });
    }
    *position = position.saturating_add(consumed);
    let raw = format!("{id}{tens}{ones}{value}");
    Ok(Some(RawElement { id, value, at, raw }))
}

/// `ID + LEN + VALUE` for a builder; the caller has checked that the value fits in 99 UTF-16 units.
pub(crate) fn element(id: &str, value: &str) -> String {
    format!("{id}{:02}{value}", value.encode_utf16().count())
}

/// How many UTF-16 code units `text` has: the unit of every TLV length and of every limit.
pub(crate) fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Whether `text` is exactly `count` ASCII digits.
pub(crate) fn is_digits(text: &str, count: usize) -> bool {
    text.len() == count && text.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `text` is exactly two ASCII digits: a TLV ID.
pub(crate) fn is_id(text: &str) -> bool {
    is_digits(text, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<(String, String, usize)> {
        elements(text, 0, "").unwrap().into_iter().map(|e| (e.id, e.value, e.at)).collect()
    }

    #[test]
    fn reads_elements_with_positions_in_characters() {
        assert_eq!(
            ids("0002015903Кот5400"),
            vec![("00".into(), "01".into(), 1), ("59".into(), "Кот".into(), 7), ("54".into(), "".into(), 14)]
        );
    }

    #[test]
    fn the_length_counts_utf16_units_not_bytes() {
        let value = "абвгдеёжзийклмнопрстуфхцчш"; // 26 letters, 52 bytes in UTF-8
        assert_eq!(value.chars().count(), 26);
        let text = format!("5926{value}");
        assert_eq!(ids(&text), vec![("59".into(), value.into(), 1)]);
        assert_eq!(element("59", value), text);
    }

    #[test]
    fn a_character_outside_the_bmp_counts_two() {
        assert_eq!(element("34", "a😀"), "3403a😀");
        assert_eq!(ids("3403a😀"), vec![("34".into(), "a😀".into(), 1)]);
        // A length that cuts the surrogate pair in half is a bad length, not a panic.
        assert_eq!(elements("3402a😀", 0, ""), Err(TlvError::BadLength { id: "34".into(), at: 1 }));
    }

    #[test]
    fn raw_is_the_text_as_it_appeared() {
        let text = "000201010211";
        let raw: String = elements(text, 0, "").unwrap().into_iter().map(|e| e.raw).collect();
        assert_eq!(raw, text);
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(elements("0", 0, ""), Err(TlvError::Truncated { at: 1 }));
        assert_eq!(elements("000", 0, ""), Err(TlvError::Truncated { at: 1 }));
        assert_eq!(elements("0002010", 0, ""), Err(TlvError::Truncated { at: 7 }));
        assert_eq!(elements("000201xx", 0, ""), Err(TlvError::BadId { found: "xx".into(), at: 7 }));
        assert_eq!(elements("0002015x", 0, ""), Err(TlvError::BadId { found: "5x".into(), at: 7 }));
        assert_eq!(elements("00020159x1", 0, ""), Err(TlvError::BadLength { id: "59".into(), at: 7 }));
        assert_eq!(elements("00021", 10, "32/"), Err(TlvError::Truncated { at: 11 }));
        assert_eq!(elements("000a", 10, "32/"), Err(TlvError::BadLength { id: "32/00".into(), at: 11 }));
    }

    #[test]
    fn scan_keeps_what_it_read_before_the_error() {
        let (read, error) = scan("0002015902", 0, "");
        assert_eq!(read.len(), 1);
        assert_eq!(error, Some(TlvError::Truncated { at: 7 }));
    }
}
