//! Why a text is not an MRZ. Each message is one line a support person can read out to the customer: which line and
//! character is wrong, so they know whether to rescan or to type it.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A date field of the MRZ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateField {
    BirthDate,
    ExpiryDate,
}

impl fmt::Display for DateField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateField::BirthDate => "date of birth",
            DateField::ExpiryDate => "date of expiry",
        })
    }
}

/// Why a text could not be read as an MRZ. (A wrong check digit is not one of these: see `Mrz::checks`.)
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MrzError {
    #[error("no MRZ text was read")]
    Empty,
    #[error("the MRZ has {found} lines; a passport has 2, an ID card 3")]
    LineCount { found: usize },
    #[error("the MRZ is one line of {found} characters; a passport's has 88, an ID card's 90")]
    Length { found: usize },
    /// `line` counts from 1, blank lines not counted.
    #[error("MRZ line {line} has {found} characters instead of {expected}")]
    LineLength { line: usize, expected: usize, found: usize },
    /// `line` and `position` count from 1, after spaces are removed.
    #[error("MRZ line {line}, character {position} is {found:?}; an MRZ only has A–Z, 0–9 and <")]
    Character { line: usize, position: usize, found: char },
    #[error(
        "the document type {found:?} does not fit this MRZ (a passport's starts with P, an ID card's with I, A or C)"
    )]
    DocumentCode { found: String },
    #[error("the MRZ's {field} is not a real date")]
    Date { field: DateField },
    #[error("the MRZ's sex is {found:?}; it can only be F, M, X or <")]
    Sex { found: char },
    #[error("the MRZ's name has no surname")]
    Name,
}
