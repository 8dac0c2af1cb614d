//! Builds MRZ lines with correct check digits from plain fields: test documents, the sandbox bank's and the
//! preview's specimen documents. Text is made to fit rather than refused: names are transliterated to ICAO Latin,
//! characters an MRZ cannot hold are dropped (or become fillers in free-form data), and what is too long is
//! truncated, so the lines always have the right length and only MRZ characters, and parse back to the fields
//! whenever those fit (a surname, a passport code starting with P or an ID card code with I, A or C).

use serde::{Deserialize, Serialize};
use time::Date;

use super::{Sex, dates, names};
use crate::check_digit;

/// What a passport's MRZ (TD3) says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Td3Fields {
    /// `"P"`, or a two-letter passport code such as `"PD"`.
    pub document_code: String,
    pub issuing_state: String,
    /// Up to 9 characters (more are cut off: TD3 has no overflow).
    pub document_number: String,
    pub nationality: String,
    pub birth_date: Date,
    pub sex: Sex,
    pub expiry_date: Date,
    /// Any spelling: Cyrillic is transliterated.
    pub surname: String,
    pub given_names: String,
    /// Up to 14 characters, e.g. the Kyrgyz ПИН.
    pub personal_number: Option<String>,
}

/// What an ID card's MRZ (TD1) says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Td1Fields {
    /// `"ID"`, `"I"`, `"AC"`, …
    pub document_code: String,
    pub issuing_state: String,
    /// Up to 22 characters: beyond 9 it overflows into line 1's optional data, as ICAO prescribes.
    pub document_number: String,
    pub nationality: String,
    pub birth_date: Date,
    pub sex: Sex,
    pub expiry_date: Date,
    pub surname: String,
    pub given_names: String,
    /// Line 1's optional data (15 characters, fewer after an overflow), e.g. the Kyrgyz ПИН.
    pub optional_data: Option<String>,
    /// Line 2's optional data (11 characters).
    pub optional_data_2: Option<String>,
}

/// The two lines of a passport's MRZ.
pub fn compose_td3(fields: &Td3Fields) -> Vec<String> {
    let top = [pad(&alphanumeric(&fields.document_code), 2), country(&fields.issuing_state)].concat()
        + &names::compose(&fields.surname, &fields.given_names, 39);
    let number = pad(&alphanumeric(&fields.document_number), 9);
    let birth = dates::yymmdd(fields.birth_date);
    let expiry = dates::yymmdd(fields.expiry_date);
    let personal = pad(&free_form(fields.personal_number.as_deref()), 14);
    let personal_check = if personal.chars().all(|c| c == '<') { '<' } else { check(&personal) };
    let checked = format!(
        "{number}{}{}{birth}{}{}{expiry}{}{personal}{personal_check}",
        check(&number),
        country(&fields.nationality),
        check(&birth),
        fields.sex.mrz_char(),
        check(&expiry),
    );
    let composite =
        [checked.get(0..10), checked.get(13..20), checked.get(21..43)].into_iter().flatten().collect::<String>();
    vec![top, format!("{checked}{}", check(&composite))]
}

/// The three lines of an ID card's MRZ.
pub fn compose_td1(fields: &Td1Fields) -> Vec<String> {
    let number = alphanumeric(&fields.document_number);
    let optional = free_form(fields.optional_data.as_deref());
    let number_and_optional = if number.chars().count() <= 9 {
        let number = pad(&number, 9);
        format!("{number}{}{optional}", check(&number))
    } else {
        // Overflow: 9 characters, a filler, the rest and its check digit and a filler, then the optional data.
        let number: String = number.chars().take(9 + 13).collect();
        let (head, tail) = (number.get(..9).unwrap_or(""), number.get(9..).unwrap_or(""));
        format!("{head}<{tail}{}<{optional}", check(&number))
    };
    let top =
        [pad(&alphanumeric(&fields.document_code), 2), country(&fields.issuing_state), pad(&number_and_optional, 25)]
            .concat();
    let birth = dates::yymmdd(fields.birth_date);
    let expiry = dates::yymmdd(fields.expiry_date);
    let optional_2 = pad(&free_form(fields.optional_data_2.as_deref()), 11);
    let middle = format!(
        "{birth}{}{}{expiry}{}{}{optional_2}",
        check(&birth),
        fields.sex.mrz_char(),
        check(&expiry),
        country(&fields.nationality),
    );
    let composite = [top.get(5..30), middle.get(0..7), middle.get(8..15), middle.get(18..29)]
        .into_iter()
        .flatten()
        .collect::<String>();
    let middle = format!("{middle}{}", check(&composite));
    vec![top, middle, names::compose(&fields.surname, &fields.given_names, 30)]
}

/// `text` cut or filled with `<` to exactly `width` characters.
pub(super) fn pad(text: &str, width: usize) -> String {
    text.chars().chain(std::iter::repeat('<')).take(width).collect()
}

/// The check digit of composed (hence valid) MRZ text.
fn check(field: &str) -> char {
    check_digit::check_char(field).unwrap_or('<')
}

/// Uppercase `A`–`Z` and `0`–`9` only: document codes and numbers.
fn alphanumeric(text: &str) -> String {
    text.chars().map(|c| c.to_ascii_uppercase()).filter(|c| c.is_ascii_uppercase() || c.is_ascii_digit()).collect()
}

/// A three-letter country code (`"D"` becomes `"D<<"`).
fn country(text: &str) -> String {
    pad(&alphanumeric(text), 3)
}

/// Free-form data: uppercase, other characters as fillers, no fillers at either end (so it reads back the same).
fn free_form(text: Option<&str>) -> String {
    let data: String = text
        .unwrap_or("")
        .chars()
        .map(|c| c.to_ascii_uppercase())
        .map(|c| if c.is_ascii_uppercase() || c.is_ascii_digit() { c } else { '<' })
        .collect();
    data.trim_matches('<').to_owned()
}
