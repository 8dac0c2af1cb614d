//! The passport form (seed 000 step 15): what the customer types from the passport, its rules, the machine-readable
//! zone's cross-check, and what goes to the bank.
//!
//! [`check`] gives every problem in screen order, at most one per field (the most useful one); «Подтвердить» is
//! enabled when it gives none. [`to_wire`] normalises what was typed into [`PassportData`]. [`prefill_from_mrz`]
//! fills empty fields from the passport's machine-readable zone.

mod dates;
#[cfg(test)]
mod tests;
pub(crate) mod text;

use serde::{Deserialize, Serialize};
use time::Date;
use wallet_formats::mrz::Mrz;
use wallet_formats::passport_match::{self, PassportField, TypedPassport};
use wallet_formats::personal_number::{PersonalNumber, PersonalNumberError};
use wallet_protocol::kyc::PassportData;

use crate::domain::Language;
pub use dates::{format_date, parse_date};
use text::TextIssue;

/// The longest surname, given name or patronymic, in characters after trimming.
pub const MAX_NAME: usize = 50;
/// The longest issuing authority.
pub const MAX_AUTHORITY: usize = 100;
/// The longest residence address.
pub const MAX_ADDRESS: usize = 200;
/// Nobody is older than this.
pub const MAX_AGE: i32 = 120;
/// The age from which one may open a wallet.
pub const ADULT_AGE: i32 = 18;

/// The form exactly as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassportForm {
    pub surname: String,
    pub given_name: String,
    /// «При наличии в паспорте»: may stay empty.
    pub patronymic: String,
    pub birth_date: String,
    pub issue_date: String,
    pub expiry_date: String,
    pub issuing_authority: String,
    pub residence_address: String,
    pub document_number: String,
    /// The 14-digit personal number (ПИН).
    pub personal_number: String,
}

/// A field of the form, in screen order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum FormField {
    Surname,
    GivenName,
    Patronymic,
    BirthDate,
    IssueDate,
    ExpiryDate,
    IssuingAuthority,
    ResidenceAddress,
    DocumentNumber,
    PersonalNumber,
}

impl FormField {
    /// Every field in screen order.
    pub const ALL: [FormField; 10] = [
        FormField::Surname,
        FormField::GivenName,
        FormField::Patronymic,
        FormField::BirthDate,
        FormField::IssueDate,
        FormField::ExpiryDate,
        FormField::IssuingAuthority,
        FormField::ResidenceAddress,
        FormField::DocumentNumber,
        FormField::PersonalNumber,
    ];

    /// Whether the form cannot be sent without it (all but the patronymic).
    pub fn required(self) -> bool {
        self != FormField::Patronymic
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The form's text for this field, to change it.
    pub fn slot(self, form: &mut PassportForm) -> &mut String {
        match self {
            FormField::Surname => &mut form.surname,
            FormField::GivenName => &mut form.given_name,
            FormField::Patronymic => &mut form.patronymic,
            FormField::BirthDate => &mut form.birth_date,
            FormField::IssueDate => &mut form.issue_date,
            FormField::ExpiryDate => &mut form.expiry_date,
            FormField::IssuingAuthority => &mut form.issuing_authority,
            FormField::ResidenceAddress => &mut form.residence_address,
            FormField::DocumentNumber => &mut form.document_number,
            FormField::PersonalNumber => &mut form.personal_number,
        }
    }

    /// The form's text for this field, as typed.
    pub fn value(self, form: &PassportForm) -> &str {
        match self {
            FormField::Surname => &form.surname,
            FormField::GivenName => &form.given_name,
            FormField::Patronymic => &form.patronymic,
            FormField::BirthDate => &form.birth_date,
            FormField::IssueDate => &form.issue_date,
            FormField::ExpiryDate => &form.expiry_date,
            FormField::IssuingAuthority => &form.issuing_authority,
            FormField::ResidenceAddress => &form.residence_address,
            FormField::DocumentNumber => &form.document_number,
            FormField::PersonalNumber => &form.personal_number,
        }
    }

    /// What the typed value is, for the fields the machine-readable zone also holds.
    fn from_passport_field(field: PassportField) -> Option<FormField> {
        #[allow(unreachable_patterns)]
        match field {
            PassportField::Surname => Some(FormField::Surname),
            PassportField::GivenName => Some(FormField::GivenName),
            PassportField::DocumentNumber => Some(FormField::DocumentNumber),
            PassportField::BirthDate => Some(FormField::BirthDate),
            PassportField::ExpiryDate => Some(FormField::ExpiryDate),
            PassportField::PersonalNumber => Some(FormField::PersonalNumber),
            _ => None,
        }
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldProblem {
    /// Empty, and the field is required.
    Required,
    /// Longer than `max` characters after trimming.
    TooLong {
        max: usize,
    },
    /// Characters the field does not take. A name: something other than letters, spaces, hyphens and apostrophes,
    /// or no letter at all. The issuing authority or the residence address: a control character, an emoji, another
    /// script, or no letter or digit at all (the screen's text for it should not speak of names only).
    NameCharacters,
    /// Not a date (or not a real one: 31.04, 29.02 of a common year).
    NotADate,
    BirthInFuture,
    /// Younger than 18 today.
    Underage,
    /// Born more than 120 years ago.
    TooOld,
    /// Issued on or before the birth date.
    IssueBeforeBirth,
    IssueInFuture,
    /// The passport's last day has passed (it expires on or before today).
    Expired,
    /// Expires on or before the issue date.
    ExpiryBeforeIssue,
    /// Not two Latin letters and seven digits (ID1234567, AN1234567).
    DocumentNumberFormat,
    /// Not 14 digits long.
    PersonalNumberLength,
    /// Holds something other than digits.
    PersonalNumberDigits,
    /// The first digit is neither 1 (female) nor 2 (male).
    PersonalNumberSex,
    /// Digits 2–9 are not a date of birth (not a real date, or a future one).
    PersonalNumberDate,
    /// Digits 2–9 are a date of birth other than the one typed.
    PersonalNumberBirthDate,
    /// The typed value differs from the passport's machine-readable zone.
    DisagreesWithMrz,
}

/// A problem and the field it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldError {
    pub field: FormField,
    pub problem: FieldProblem,
}

/// Every problem of the form, in screen order, at most one per field. With the machine-readable zone read from the
/// passport (and its check digits right), a field whose value is fine on its own but differs from the zone gets
/// [`FieldProblem::DisagreesWithMrz`].
pub fn check(form: &PassportForm, mrz: Option<&Mrz>, today: Date) -> Vec<FieldError> {
    let reading = Reading::of(form, today);
    let mut problems = reading.problems;
    if let Some(mrz) = mrz.filter(|mrz| mrz.valid()) {
        for field in reading.disagreements(mrz) {
            let slot = &mut problems[field.index()];
            if slot.is_none() {
                *slot = Some(FieldProblem::DisagreesWithMrz);
            }
        }
    }
    errors(problems)
}

/// The form as the bank takes it: trimmed, single spaces, dates `YYYY-MM-DD`, the document number in upper case
/// without spaces and with Latin letters, the personal number digits only, no patronymic when none was typed.
/// The problems of [`check`] (without the machine-readable zone) when there are any.
pub fn to_wire(form: &PassportForm, today: Date) -> Result<PassportData, Vec<FieldError>> {
    let reading = Reading::of(form, today);
    let problems = errors(reading.problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let (Some(birth), Some(issue), Some(expiry)) = (reading.birth, reading.issue, reading.expiry) else {
        // Unreachable: a date that does not parse is a problem. Kept as an error rather than a panic.
        return Err(vec![FieldError { field: FormField::BirthDate, problem: FieldProblem::NotADate }]);
    };
    let patronymic = text::squeeze(&form.patronymic);
    Ok(PassportData {
        surname: reading.surname,
        given_name: reading.given_name,
        patronymic: (!patronymic.is_empty()).then_some(patronymic),
        birth_date: dates::iso(birth),
        issue_date: dates::iso(issue),
        expiry_date: dates::iso(expiry),
        issuing_authority: text::squeeze(&form.issuing_authority),
        residence_address: text::squeeze(&form.residence_address),
        document_number: reading.document_number,
        personal_number: reading.personal_number,
    })
}

/// Fills the form's empty fields from the machine-readable zone: the surname and given names (Latin, as in the zone,
/// in title case), the birth and expiry dates (as the form shows them), the document number, and the personal
/// number when the zone holds one. Never touches a field that has something typed in it, nor anything when the
/// zone's check digits are wrong. Returns the fields it filled, in screen order.
///
/// `language` does not change anything today: the form shows dates as `DD.MM.YYYY` in all four languages, and the
/// zone's names are filled as the passport spells them.
pub fn prefill_from_mrz(form: &mut PassportForm, mrz: &Mrz, language: Language) -> Vec<FormField> {
    let mut filled = Vec::new();
    // The zone spells names in Latin letters; a Kyrgyz passport prints them in Cyrillic too, and that is what the
    // bank expects in Russian, Kyrgyz and Kazakh. Only an English form takes them from the zone.
    let latin_names = language == Language::En;
    if !mrz.valid() {
        return filled;
    }
    let document_number = text::document_number(&mrz.document_number.replace('<', ""));
    let mut fill = |slot: &mut String, value: String, field: FormField| {
        if slot.trim().is_empty() && !value.is_empty() {
            *slot = value;
            filled.push(field);
        }
    };
    if latin_names {
        fill(&mut form.surname, text::title_case(&mrz.surname), FormField::Surname);
        fill(&mut form.given_name, text::title_case(&mrz.given_names), FormField::GivenName);
    }
    fill(&mut form.birth_date, format_date(mrz.birth_date), FormField::BirthDate);
    fill(&mut form.expiry_date, format_date(mrz.expiry_date), FormField::ExpiryDate);
    fill(&mut form.document_number, document_number, FormField::DocumentNumber);
    fill(&mut form.personal_number, mrz.kyrgyz_personal_number().unwrap_or_default(), FormField::PersonalNumber);
    filled
}

fn errors(problems: [Option<FieldProblem>; 10]) -> Vec<FieldError> {
    FormField::ALL
        .into_iter()
        .zip(problems)
        .filter_map(|(field, problem)| problem.map(|problem| FieldError { field, problem }))
        .collect()
}

/// The form read once: each field's problem, and the normalised values the cross-checks and the wire need.
struct Reading {
    problems: [Option<FieldProblem>; 10],
    surname: String,
    given_name: String,
    birth: Option<Date>,
    issue: Option<Date>,
    expiry: Option<Date>,
    document_number: String,
    personal_number: String,
}

impl Reading {
    fn of(form: &PassportForm, today: Date) -> Reading {
        let mut problems = [None; 10];
        let mut set = |field: FormField, problem: Option<FieldProblem>| problems[field.index()] = problem;

        let surname = text::squeeze(&form.surname);
        let given_name = text::squeeze(&form.given_name);
        set(FormField::Surname, name_problem(&surname, true));
        set(FormField::GivenName, name_problem(&given_name, true));
        set(FormField::Patronymic, name_problem(&text::squeeze(&form.patronymic), false));

        let (birth, problem) = read_date(&form.birth_date);
        let birth_known = birth.filter(|birth| *birth <= today);
        set(FormField::BirthDate, problem.or_else(|| birth.and_then(|birth| birth_problem(birth, today))));

        let (issue, problem) = read_date(&form.issue_date);
        set(
            FormField::IssueDate,
            problem.or_else(|| {
                let issue = issue?;
                if issue > today {
                    Some(FieldProblem::IssueInFuture)
                } else if birth_known.is_some_and(|birth| issue <= birth) {
                    Some(FieldProblem::IssueBeforeBirth)
                } else {
                    None
                }
            }),
        );

        let (expiry, problem) = read_date(&form.expiry_date);
        let issue_known = issue.filter(|issue| *issue <= today);
        set(
            FormField::ExpiryDate,
            problem.or_else(|| {
                let expiry = expiry?;
                if issue_known.is_some_and(|issue| expiry <= issue) {
                    Some(FieldProblem::ExpiryBeforeIssue)
                } else if expiry <= today {
                    Some(FieldProblem::Expired)
                } else {
                    None
                }
            }),
        );

        set(FormField::IssuingAuthority, free_text_problem(&form.issuing_authority, MAX_AUTHORITY));
        set(FormField::ResidenceAddress, free_text_problem(&form.residence_address, MAX_ADDRESS));

        let document_number = text::document_number(&form.document_number);
        set(
            FormField::DocumentNumber,
            if document_number.is_empty() {
                Some(FieldProblem::Required)
            } else if !text::is_kyrgyz_document_number(&document_number) {
                Some(FieldProblem::DocumentNumberFormat)
            } else {
                None
            },
        );

        let personal_number = text::personal_number(&form.personal_number);
        set(FormField::PersonalNumber, personal_number_problem(&personal_number, birth, today));

        Reading { problems, surname, given_name, birth, issue, expiry, document_number, personal_number }
    }

    fn has_problem(&self, field: FormField) -> bool {
        self.problems[field.index()].is_some()
    }

    /// The fields whose typed value differs from the zone. A field with a problem of its own is compared as if it
    /// held the zone's value (its own problem is the one to show).
    fn disagreements(&self, mrz: &Mrz) -> Vec<FormField> {
        let pick_str = |field: FormField, typed: &'_ str, zone: &'_ str| -> String {
            if self.has_problem(field) { zone.to_owned() } else { typed.to_owned() }
        };
        let pick_date = |field: FormField, typed: Option<Date>, zone: Date| match typed {
            Some(typed) if !self.has_problem(field) => typed,
            _ => zone,
        };
        let zone_personal_number = mrz.kyrgyz_personal_number();
        let personal_number = if self.has_problem(FormField::PersonalNumber) {
            zone_personal_number
        } else {
            Some(self.personal_number.clone())
        };
        let surname = pick_str(FormField::Surname, &self.surname, &mrz.surname);
        let given_name = pick_str(FormField::GivenName, &self.given_name, &mrz.given_names);
        let document_number = pick_str(FormField::DocumentNumber, &self.document_number, &mrz.document_number);
        let typed = TypedPassport {
            surname: &surname,
            given_name: &given_name,
            document_number: &document_number,
            birth_date: pick_date(FormField::BirthDate, self.birth, mrz.birth_date),
            expiry_date: pick_date(FormField::ExpiryDate, self.expiry, mrz.expiry_date),
            personal_number: personal_number.as_deref(),
        };
        passport_match::compare(mrz, &typed).into_iter().filter_map(FormField::from_passport_field).collect()
    }
}

fn name_problem(name: &str, required: bool) -> Option<FieldProblem> {
    match text::name_issue(name, MAX_NAME)? {
        TextIssue::Empty => required.then_some(FieldProblem::Required),
        TextIssue::Characters => Some(FieldProblem::NameCharacters),
        TextIssue::TooLong(max) => Some(FieldProblem::TooLong { max }),
    }
}

fn free_text_problem(value: &str, max: usize) -> Option<FieldProblem> {
    match text::text_issue(&text::squeeze(value), max)? {
        TextIssue::Empty => Some(FieldProblem::Required),
        TextIssue::Characters => Some(FieldProblem::NameCharacters),
        TextIssue::TooLong(max) => Some(FieldProblem::TooLong { max }),
    }
}

/// The date, or the problem that it is missing or not a date.
fn read_date(value: &str) -> (Option<Date>, Option<FieldProblem>) {
    if value.trim().is_empty() {
        return (None, Some(FieldProblem::Required));
    }
    match parse_date(value) {
        Some(date) => (Some(date), None),
        None => (None, Some(FieldProblem::NotADate)),
    }
}

fn birth_problem(birth: Date, today: Date) -> Option<FieldProblem> {
    if birth > today {
        Some(FieldProblem::BirthInFuture)
    } else if dates::birthday(birth, MAX_AGE).is_some_and(|day| day < today) {
        Some(FieldProblem::TooOld)
    } else if !dates::is_at_least(birth, ADULT_AGE, today) {
        Some(FieldProblem::Underage)
    } else {
        None
    }
}

/// The personal number's own problem, then whether its date of birth is the typed one (when that is a date).
fn personal_number_problem(number: &str, birth: Option<Date>, today: Date) -> Option<FieldProblem> {
    if number.is_empty() {
        return Some(FieldProblem::Required);
    }
    if !number.bytes().all(|b| b.is_ascii_digit()) {
        return Some(FieldProblem::PersonalNumberDigits);
    }
    if number.len() != 14 {
        return Some(FieldProblem::PersonalNumberLength);
    }
    match PersonalNumber::parse(number, today) {
        Ok(parsed) if birth.is_some_and(|birth| birth != parsed.birth_date()) => {
            Some(FieldProblem::PersonalNumberBirthDate)
        }
        Ok(_) => None,
        Err(error) => Some(match error {
            PersonalNumberError::Length { .. } => FieldProblem::PersonalNumberLength,
            PersonalNumberError::NotDigits => FieldProblem::PersonalNumberDigits,
            PersonalNumberError::SexDigit => FieldProblem::PersonalNumberSex,
            PersonalNumberError::NotADate | PersonalNumberError::InFuture => FieldProblem::PersonalNumberDate,
        }),
    }
}
