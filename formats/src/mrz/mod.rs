//! The machine-readable zone of passports (TD3, 2 × 44) and ID cards (TD1, 3 × 30), ICAO Doc 9303 Parts 3–5.
//!
//! The phone reads the MRZ with OCR to fill the passport form and to check what was typed against it; the bank reads
//! the same text again. [`parse`] is tolerant of what phone OCR produces but strict about structure: a text that is
//! not an MRZ is an [`MrzError`], while a wrong check digit is not — the [`Mrz`] comes back with that [`MrzCheck`]
//! false, so the phone can say which part to rescan and the bank can decide for itself.

mod compose;
mod dates;
mod error;
mod line;
mod names;
mod td1;
mod td3;
mod text;

use serde::{Deserialize, Serialize};

pub use compose::{Td1Fields, Td3Fields, compose_td1, compose_td3};
pub use error::{DateField, MrzError};

/// The layout of the MRZ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MrzFormat {
    /// ID cards: 3 lines of 30 characters (the Kyrgyz ID card of 2017).
    Td1,
    /// Passports: 2 lines of 44 characters.
    Td3,
}

impl MrzFormat {
    /// The name ICAO uses: `"TD1"` or `"TD3"`.
    pub fn as_str(self) -> &'static str {
        match self {
            MrzFormat::Td1 => "TD1",
            MrzFormat::Td3 => "TD3",
        }
    }
}

/// The holder's sex as the document states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sex {
    Female,
    Male,
    /// `<` or `X` in the MRZ.
    Unspecified,
}

impl Sex {
    /// The MRZ letter: `F`, `M`, or `<` when unspecified.
    pub fn mrz_char(self) -> char {
        match self {
            Sex::Female => 'F',
            Sex::Male => 'M',
            Sex::Unspecified => '<',
        }
    }

    /// Reads the MRZ letter; `None` for anything but `F`, `M`, `<`, `X`.
    pub fn from_mrz_char(c: char) -> Option<Sex> {
        match c {
            'F' => Some(Sex::Female),
            'M' => Some(Sex::Male),
            '<' | 'X' => Some(Sex::Unspecified),
            _ => None,
        }
    }
}

/// A field protected by a check digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckedField {
    DocumentNumber,
    BirthDate,
    ExpiryDate,
    /// TD3 only: positions 29–42 of line 2.
    PersonalNumber,
    /// The check digit over the other fields and their check digits.
    Composite,
}

impl CheckedField {
    /// The field's name in snake case (`"document_number"`, …), as dev tools and logs print it.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckedField::DocumentNumber => "document_number",
            CheckedField::BirthDate => "birth_date",
            CheckedField::ExpiryDate => "expiry_date",
            CheckedField::PersonalNumber => "personal_number",
            CheckedField::Composite => "composite",
        }
    }
}

/// Whether one check digit matched its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MrzCheck {
    pub field: CheckedField,
    pub ok: bool,
}

/// A parsed MRZ: the fields with fillers removed, and the verdict of every check digit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mrz {
    pub format: MrzFormat,
    /// `"P"`, `"ID"`, `"I"`, `"AC"`… (fillers removed).
    pub document_code: String,
    /// Three letters (`"KGZ"`, `"UTO"`), or fewer for the few states with shorter codes (`"D"`).
    pub issuing_state: String,
    /// Fillers removed; a TD1 number longer than 9 characters is joined with its overflow part.
    pub document_number: String,
    pub nationality: String,
    /// Two-digit years resolve to the latest year not after `today`.
    pub birth_date: time::Date,
    pub sex: Sex,
    /// Two-digit years resolve to the window `today` − 50 years … `today` + 50 years.
    pub expiry_date: time::Date,
    /// Words separated by single spaces: `"ERIKSSON"`.
    pub surname: String,
    /// Words separated by single spaces: `"ANNA MARIA"`; empty if the document has none.
    pub given_names: String,
    /// TD3 positions 29–42, trailing fillers removed; `None` if only fillers. TD1: `None`.
    pub personal_number: Option<String>,
    /// TD1: line 1's optional data (after an overflow part), trailing fillers removed. TD3: `None`.
    pub optional_data: Option<String>,
    /// TD1: line 2's optional data (positions 19–29), trailing fillers removed. TD3: `None`.
    pub optional_data_2: Option<String>,
    /// In the order the check digits appear: TD3 document number, birth, expiry, personal number, composite;
    /// TD1 document number, birth, expiry, composite.
    pub checks: Vec<MrzCheck>,
}

impl Mrz {
    /// Whether every check digit matched.
    pub fn valid(&self) -> bool {
        self.checks.iter().all(|check| check.ok)
    }

    /// The check of `field`, if this format has one.
    pub fn check(&self, field: CheckedField) -> Option<bool> {
        self.checks.iter().find(|check| check.field == field).map(|check| check.ok)
    }

    /// The 14-digit Kyrgyz personal number (ПИН, standards.md §4) if this document carries one: a passport keeps it
    /// as its personal number, the Kyrgyz ID card of 2017 in line 1's optional data. Only the shape is checked
    /// (14 digits, the first 1 or 2), so a foreign document's personal number is not mistaken for a ПИН.
    pub fn kyrgyz_personal_number(&self) -> Option<String> {
        let candidate = match self.format {
            MrzFormat::Td3 => self.personal_number.as_deref(),
            MrzFormat::Td1 => self.optional_data.as_deref(),
        }?;
        let shaped = candidate.len() == 14
            && candidate.bytes().all(|b| b.is_ascii_digit())
            && matches!(candidate.as_bytes().first(), Some(b'1' | b'2'));
        shaped.then(|| candidate.to_owned())
    }
}

/// Parses an MRZ read by phone OCR or typed by hand.
///
/// Input tolerance: lines split on `\n`, `\r\n` (or `\r`), blank lines and spaces ignored, lowercase read as
/// uppercase, `«` and `‹` read as `<`; one unbroken string of 90 (TD1) or 88 (TD3) characters is accepted too.
/// A wrong check digit is not an error (see [`Mrz::checks`]); a text that is not an MRZ, or whose dates are not real
/// dates, is.
pub fn parse(text: &str, today: time::Date) -> Result<Mrz, MrzError> {
    match text::lines(text)? {
        text::Lines::Td1(lines) => td1::parse(&lines, today),
        text::Lines::Td3(lines) => td3::parse(&lines, today),
    }
}

#[cfg(test)]
mod tests;
