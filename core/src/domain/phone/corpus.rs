//! `corpus.tsv` (scripts/phone-plan.py): every input answered as libphonenumber answers it, but for the
//! deliberate differences D1 and D2 the file marks.

use super::{Phone, PhoneError};

const CORPUS: &str = include_str!("corpus.tsv");

/// The corpus's escapes: `\t`, `\n`, `\\`, `\u{HEX}`.
fn unescape(field: &str) -> String {
    let mut text = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => text.push('\t'),
            Some('n') => text.push('\n'),
            Some('\\') => text.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("hex escape");
                text.push(char::from_u32(code).expect("a character"));
            }
            other => panic!("unknown escape \\{other:?} in {field:?}"),
        }
    }
    text
}

fn answer(text: &str) -> String {
    match Phone::parse(text) {
        Ok(phone) => phone.e164().to_owned(),
        Err(PhoneError::NotANumber) => "NotANumber".into(),
        Err(PhoneError::Landline) => "Landline".into(),
        Err(PhoneError::OtherCountry) => "OtherCountry".into(),
    }
}

#[test]
fn answers_every_corpus_line_as_libphonenumber_or_as_marked() {
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (number, line) in CORPUS.lines().enumerate().filter(|(_, line)| !line.starts_with('#')) {
        let mut fields = line.split('\t');
        let (Some(input), Some(expected), Some(what)) = (fields.next(), fields.next(), fields.next()) else {
            panic!("line {}: three fields expected: {line:?}", number + 1);
        };
        let input = unescape(input);
        let got = answer(&input);
        if got != expected {
            wrong.push(format!("line {}: {input:?} → {got}, expected {expected} ({what})", number + 1));
        }
        checked += 1;
    }
    assert!(checked > 4_000, "the corpus was cut short: {checked} lines");
    assert!(wrong.is_empty(), "{} of {checked} lines differ:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn reads_the_corpus_escapes() {
    assert_eq!(unescape(r"a\tb\nc\\d\u{A0}e"), "a\tb\nc\\d\u{A0}e");
}
