//! One MRZ line after [`super::text`] has checked it, and the readers of the fields in it. Positions count from 1
//! and spans are inclusive, exactly as ICAO and standards.md number them, so the layouts in `td1.rs` and `td3.rs` can
//! be read against the standard line by line.

use super::{CheckedField, MrzCheck, MrzError, Sex};
use crate::check_digit;

/// A line of MRZ characters only (`A`–`Z`, `0`–`9`, `<`) of the length its format needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Line(String);

impl Line {
    /// Wraps a line whose characters and length [`super::text`] has already checked.
    pub(super) fn new(checked: String) -> Line {
        Line(checked)
    }

    /// Positions `from` to `to`, inclusive, counted from 1. Never panics: a span outside the line is empty.
    pub(super) fn span(&self, from: usize, to: usize) -> &str {
        from.checked_sub(1).and_then(|start| self.0.get(start..to)).unwrap_or("")
    }

    /// The character at `position`, counted from 1; a filler outside the line.
    pub(super) fn at(&self, position: usize) -> char {
        position.checked_sub(1).and_then(|index| self.0.as_bytes().get(index)).map_or('<', |b| char::from(*b))
    }
}

/// The field without its fillers: `"D<<"` → `"D"`, `"L898902C3"` stays.
pub(super) fn without_fillers(field: &str) -> String {
    field.chars().filter(|c| *c != '<').collect()
}

/// Free-form data with its trailing fillers removed; `None` when nothing is left.
pub(super) fn trimmed(field: &str) -> Option<String> {
    let data = field.trim_end_matches('<');
    (!data.is_empty()).then(|| data.to_owned())
}

/// The document code (positions 1–2 of line 1), which must start with one of `first` (ICAO: `P` for passports,
/// `I`, `A` or `C` for ID cards) — the only sign, besides the lengths, that the text is the document it claims.
pub(super) fn document_code(field: &str, first: &[char]) -> Result<String, MrzError> {
    match field.chars().next() {
        Some(c) if first.contains(&c) => Ok(without_fillers(field)),
        _ => Err(MrzError::DocumentCode { found: field.to_owned() }),
    }
}

/// The sex letter.
pub(super) fn sex(c: char) -> Result<Sex, MrzError> {
    Sex::from_mrz_char(c).ok_or(MrzError::Sex { found: c })
}

/// The verdict of one check digit (see [`check_digit::verify`]).
pub(super) fn check(field: CheckedField, data: &str, check: char, filler_allowed: bool) -> MrzCheck {
    MrzCheck { field, ok: check_digit::verify(data, check, filler_allowed) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_count_from_one_and_never_panic() {
        let line = Line::new("ABC<<".to_owned());
        assert_eq!(line.span(1, 3), "ABC");
        assert_eq!(line.span(4, 5), "<<");
        assert_eq!(line.span(0, 2), "");
        assert_eq!(line.span(4, 9), "");
        assert_eq!(line.span(5, 3), "");
        assert_eq!(line.at(1), 'A');
        assert_eq!(line.at(0), '<');
        assert_eq!(line.at(99), '<');
    }

    #[test]
    fn fillers() {
        assert_eq!(without_fillers("D<<"), "D");
        assert_eq!(trimmed("AB<C<<<"), Some("AB<C".to_owned()));
        assert_eq!(trimmed("<<<"), None);
        assert_eq!(trimmed(""), None);
    }

    #[test]
    fn document_codes() {
        assert_eq!(document_code("P<", &['P']), Ok("P".to_owned()));
        assert_eq!(document_code("ID", &['I', 'A', 'C']), Ok("ID".to_owned()));
        assert_eq!(document_code("V<", &['P']), Err(MrzError::DocumentCode { found: "V<".to_owned() }));
        assert_eq!(document_code("<<", &['P']), Err(MrzError::DocumentCode { found: "<<".to_owned() }));
    }
}
