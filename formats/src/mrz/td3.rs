//! The passport layout, TD3: 2 lines of 44 (Doc 9303 Part 4; standards.md §3).
//!
//! ```text
//! line 1: P<UTO ERIKSSON<<ANNA<MARIA<<<…     type 1–2, issuer 3–5, name 6–44
//! line 2: L898902C3 6 UTO 740812 2 F 120415 9 ZE184226B<<<<< 1 0
//!         number 1–9, check 10, nationality 11–13, birth 14–19, check 20, sex 21, expiry 22–27, check 28,
//!         personal number 29–42, check 43, composite 44 over 1–10, 14–20, 22–43
//! ```

use time::Date;

use super::line::{Line, check, document_code, sex, trimmed, without_fillers};
use super::{CheckedField, Mrz, MrzError, MrzFormat, dates, names};

pub(super) fn parse(lines: &[Line; 2], today: Date) -> Result<Mrz, MrzError> {
    let [top, bottom] = lines;
    let document_code = document_code(top.span(1, 2), &['P'])?;
    let (surname, given_names) = names::parse(top.span(6, 44))?;
    let birth_date = dates::birth(bottom.span(14, 19), today)?;
    let sex = sex(bottom.at(21))?;
    let expiry_date = dates::expiry(bottom.span(22, 27), today)?;
    let composite = [bottom.span(1, 10), bottom.span(14, 20), bottom.span(22, 43)].concat();
    Ok(Mrz {
        format: MrzFormat::Td3,
        document_code,
        issuing_state: without_fillers(top.span(3, 5)),
        document_number: without_fillers(bottom.span(1, 9)),
        nationality: without_fillers(bottom.span(11, 13)),
        birth_date,
        sex,
        expiry_date,
        surname,
        given_names,
        personal_number: trimmed(bottom.span(29, 42)),
        optional_data: None,
        optional_data_2: None,
        checks: vec![
            check(CheckedField::DocumentNumber, bottom.span(1, 9), bottom.at(10), false),
            check(CheckedField::BirthDate, bottom.span(14, 19), bottom.at(20), false),
            check(CheckedField::ExpiryDate, bottom.span(22, 27), bottom.at(28), false),
            check(CheckedField::PersonalNumber, bottom.span(29, 42), bottom.at(43), true),
            check(CheckedField::Composite, &composite, bottom.at(44), false),
        ],
    })
}
