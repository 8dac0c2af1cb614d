//! The ID card layout, TD1: 3 lines of 30 (Doc 9303 Part 5; standards.md §3). The Kyrgyz ID card of 2017 is one.
//!
//! ```text
//! line 1: I<UTO D23145890 7 <<<<<<<<<<<<<<<    type 1–2, issuer 3–5, number 6–14, check 15, optional data 16–30
//! line 2: 740812 2 F 120415 9 UTO <<<<<<<<<<< 6
//!         birth 1–6, check 7, sex 8, expiry 9–14, check 15, nationality 16–18, optional data 19–29,
//!         composite 30 over line 1 6–30 and line 2 1–7, 9–15, 19–29
//! line 3: ERIKSSON<<ANNA<MARIA<<<<<<<<<<       name 1–30
//! ```
//!
//! A document number longer than 9 characters overflows: its first 9 in 6–14, a filler at 15, then in the optional
//! data the rest of the number, its check digit and a filler; the optional data proper follows.

use time::Date;

use super::line::{Line, check, document_code, sex, trimmed, without_fillers};
use super::{CheckedField, Mrz, MrzCheck, MrzError, MrzFormat, dates, names};

pub(super) fn parse(lines: &[Line; 3], today: Date) -> Result<Mrz, MrzError> {
    let [top, middle, bottom] = lines;
    let document_code = document_code(top.span(1, 2), &['I', 'A', 'C'])?;
    let number = DocumentNumber::read(top);
    let birth_date = dates::birth(middle.span(1, 6), today)?;
    let sex = sex(middle.at(8))?;
    let expiry_date = dates::expiry(middle.span(9, 14), today)?;
    let (surname, given_names) = names::parse(bottom.span(1, 30))?;
    let composite = [top.span(6, 30), middle.span(1, 7), middle.span(9, 15), middle.span(19, 29)].concat();
    Ok(Mrz {
        format: MrzFormat::Td1,
        document_code,
        issuing_state: without_fillers(top.span(3, 5)),
        document_number: without_fillers(&number.full),
        nationality: without_fillers(middle.span(16, 18)),
        birth_date,
        sex,
        expiry_date,
        surname,
        given_names,
        personal_number: None,
        optional_data: number.optional_data,
        optional_data_2: trimmed(middle.span(19, 29)),
        checks: vec![
            number.check,
            check(CheckedField::BirthDate, middle.span(1, 6), middle.at(7), false),
            check(CheckedField::ExpiryDate, middle.span(9, 14), middle.at(15), false),
            check(CheckedField::Composite, &composite, middle.at(30), false),
        ],
    })
}

/// Line 1's document number, with its overflow resolved.
struct DocumentNumber {
    /// The whole number as printed (positions 6–14 plus any overflow), fillers included.
    full: String,
    check: MrzCheck,
    /// What is left of the optional data 16–30 after any overflow part.
    optional_data: Option<String>,
}

impl DocumentNumber {
    fn read(top: &Line) -> DocumentNumber {
        let head = top.span(6, 14);
        let optional = top.span(16, 30);
        let overflows = top.at(15) == '<' && top.at(16) != '<';
        if !overflows {
            return DocumentNumber {
                full: head.to_owned(),
                check: check(CheckedField::DocumentNumber, head, top.at(15), false),
                optional_data: trimmed(optional),
            };
        }
        // "734" + "9" + "<" + optional data: the overflow part ends at the first filler.
        let (part, rest) = optional.split_once('<').unwrap_or((optional, ""));
        let (tail, check_char) = match part.char_indices().next_back() {
            Some((at, c)) => (part.get(..at).unwrap_or(""), c),
            None => ("", '<'),
        };
        let full = [head, tail].concat();
        DocumentNumber {
            check: check(CheckedField::DocumentNumber, &full, check_char, false),
            full,
            optional_data: trimmed(rest),
        }
    }
}
