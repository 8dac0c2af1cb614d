//! `wallet mrz parse [--json]`: reads MRZ lines from stdin and prints what the wallet makes of them — every field,
//! every check digit's verdict. Support staff paste what a customer's phone scanned; tests read the JSON.
//!
//! Exit 0 whenever the text is an MRZ, even with wrong check digits (those are in the output); a text that is not
//! one is an error with a one-line reason.

use std::io::Read;

use serde::Serialize;
use serde::ser::SerializeMap;
use wallet_formats::time::Date;
use wallet_formats::{Mrz, MrzCheck, MrzError, Sex};

/// Why `wallet mrz parse` failed: printed as `wallet: mrz: <reason>`.
#[derive(Debug, thiserror::Error)]
pub enum MrzCommandError {
    #[error("mrz: cannot read standard input: {0}")]
    Input(#[from] std::io::Error),
    #[error("mrz: {0}")]
    Parse(#[from] MrzError),
    #[error("mrz: cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Runs the command on stdin with the system's UTC date as today, printing to stdout.
pub fn run(json: bool) -> Result<(), MrzCommandError> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes)?;
    // Bytes that are not UTF-8 become U+FFFD and are then reported as a character an MRZ never has.
    let text = String::from_utf8_lossy(&bytes);
    let today = wallet_formats::time::OffsetDateTime::now_utc().date();
    println!("{}", output(&text, today, json)?);
    Ok(())
}

/// What the command prints for `text`: the JSON object, or the summary.
pub fn output(text: &str, today: Date, json: bool) -> Result<String, MrzCommandError> {
    let mrz = wallet_formats::mrz::parse(text, today)?;
    if json { Ok(serde_json::to_string_pretty(&MrzJson::from(&mrz))?) } else { Ok(summary(&mrz)) }
}

/// The JSON shape of a parsed MRZ: the fields in snake case, dates ISO 8601, sex `"F"`/`"M"`/null, the checks as an
/// object of booleans, and `valid`.
#[derive(Debug, Serialize)]
pub struct MrzJson {
    pub format: &'static str,
    pub document_code: String,
    pub issuing_state: String,
    pub document_number: String,
    pub nationality: String,
    pub birth_date: String,
    pub sex: Option<&'static str>,
    pub expiry_date: String,
    pub surname: String,
    pub given_names: String,
    pub personal_number: Option<String>,
    pub optional_data: Option<String>,
    pub optional_data_2: Option<String>,
    pub checks: Checks,
    pub valid: bool,
}

impl From<&Mrz> for MrzJson {
    fn from(mrz: &Mrz) -> MrzJson {
        MrzJson {
            format: mrz.format.as_str(),
            document_code: mrz.document_code.clone(),
            issuing_state: mrz.issuing_state.clone(),
            document_number: mrz.document_number.clone(),
            nationality: mrz.nationality.clone(),
            birth_date: iso(mrz.birth_date),
            sex: sex(mrz.sex),
            expiry_date: iso(mrz.expiry_date),
            surname: mrz.surname.clone(),
            given_names: mrz.given_names.clone(),
            personal_number: mrz.personal_number.clone(),
            optional_data: mrz.optional_data.clone(),
            optional_data_2: mrz.optional_data_2.clone(),
            checks: Checks(mrz.checks.clone()),
            valid: mrz.valid(),
        }
    }
}

/// The checks as `{"document_number": true, …}`, in the order the check digits appear.
#[derive(Debug)]
pub struct Checks(pub Vec<MrzCheck>);

impl Serialize for Checks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for check in &self.0 {
            map.serialize_entry(check.field.as_str(), &check.ok)?;
        }
        map.end()
    }
}

/// A few lines for a person: the document, the holder, and which checks failed.
pub fn summary(mrz: &Mrz) -> String {
    let failed: Vec<&str> = mrz.checks.iter().filter(|check| !check.ok).map(|check| check.field.as_str()).collect();
    let verdict = if failed.is_empty() {
        "all check digits match".to_owned()
    } else {
        format!("WRONG check digits: {}", failed.join(", "))
    };
    let mut lines = vec![
        format!(
            "{} document {} issued by {}, number {}",
            mrz.format.as_str(),
            mrz.document_code,
            mrz.issuing_state,
            mrz.document_number
        ),
        format!("holder: {}, {}", mrz.surname, mrz.given_names),
        format!(
            "born {}, sex {}, nationality {}",
            iso(mrz.birth_date),
            sex(mrz.sex).unwrap_or("unspecified"),
            mrz.nationality
        ),
        format!("expires {}", iso(mrz.expiry_date)),
    ];
    let optional = [
        ("personal number", &mrz.personal_number),
        ("optional data", &mrz.optional_data),
        ("optional data (line 2)", &mrz.optional_data_2),
    ];
    lines.extend(optional.iter().filter_map(|(label, value)| value.as_ref().map(|value| format!("{label}: {value}"))));
    if let Some(pin) = mrz.kyrgyz_personal_number() {
        lines.push(format!("Kyrgyz personal number (ПИН): {pin}"));
    }
    lines.push(verdict);
    lines.join("\n")
}

/// `YYYY-MM-DD`.
fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

fn sex(sex: Sex) -> Option<&'static str> {
    match sex {
        Sex::Female => Some("F"),
        Sex::Male => Some("M"),
        Sex::Unspecified => None,
    }
}

#[cfg(test)]
mod tests {
    use wallet_formats::time::Month;

    use super::*;

    fn today() -> Date {
        Date::from_calendar_date(2026, Month::June, 15).unwrap()
    }

    const SPECIMEN: &str =
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n";

    #[test]
    fn json_of_the_specimen() {
        let json = output(SPECIMEN, today(), true).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["birth_date"], "1974-08-12");
        assert_eq!(value["checks"]["composite"], true);
        assert_eq!(value["valid"], true);
    }

    #[test]
    fn summary_of_the_specimen() {
        let text = output(SPECIMEN, today(), false).unwrap();
        assert!(text.contains("ERIKSSON, ANNA MARIA"), "{text}");
        assert!(text.contains("all check digits match"), "{text}");
    }

    #[test]
    fn errors_are_one_line() {
        let error = output("garbage\nmore garbage\n", today(), true).unwrap_err();
        assert_eq!(error.to_string(), "mrz: MRZ line 1 has 7 characters instead of 44");
    }
}
