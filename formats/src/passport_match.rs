//! Where the passport form a person typed disagrees with the MRZ of the same passport. The phone flags those fields
//! before the application is sent; the bank runs the same comparison and sends the application back for them. Both
//! must agree on what counts as the same, hence one function here.
//!
//! "The same" is generous where people and documents legitimately differ — Cyrillic typed against the MRZ's Latin
//! in any of the spellings passports use, look-alike Cyrillic letters in a document number, a patronymic the MRZ
//! adds — and exact everywhere else.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::personal_number::PersonalNumber;
use crate::{Mrz, Sex, transliteration};

/// A field of the passport form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PassportField {
    Surname,
    GivenName,
    DocumentNumber,
    BirthDate,
    ExpiryDate,
    PersonalNumber,
}

/// The passport form as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypedPassport<'a> {
    /// Cyrillic or Latin.
    pub surname: &'a str,
    /// The given name, perhaps with more names; not the patronymic unless the MRZ has it too.
    pub given_name: &'a str,
    pub document_number: &'a str,
    pub birth_date: Date,
    pub expiry_date: Date,
    /// The ПИН, if the form has one (empty counts as none).
    pub personal_number: Option<&'a str>,
}

/// The fields of `typed` that disagree with `mrz`, in the order of [`PassportField`]; empty when all agree.
pub fn compare(mrz: &Mrz, typed: &TypedPassport<'_>) -> Vec<PassportField> {
    let agreements = [
        (PassportField::Surname, transliteration::matches(typed.surname, &mrz.surname)),
        (PassportField::GivenName, transliteration::matches_first_words(typed.given_name, &mrz.given_names)),
        (
            PassportField::DocumentNumber,
            document_number(typed.document_number) == document_number(&mrz.document_number),
        ),
        (PassportField::BirthDate, typed.birth_date == mrz.birth_date),
        (PassportField::ExpiryDate, typed.expiry_date == mrz.expiry_date),
        (PassportField::PersonalNumber, personal_number_agrees(mrz, typed.personal_number)),
    ];
    agreements.into_iter().filter(|(_, agrees)| !agrees).map(|(field, _)| field).collect()
}

/// A document number as the MRZ would write it: uppercase, no spaces, and the Cyrillic letters that look like Latin
/// ones (people type «АН1234567» on a Russian keyboard; the Kazakh І) read as those. Control characters are kept, for
/// a format check to refuse.
pub fn document_number(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .map(|c| match c {
            'А' => 'A',
            'В' => 'B',
            'Е' => 'E',
            'К' => 'K',
            'М' => 'M',
            'Н' => 'H',
            'О' => 'O',
            'Р' => 'P',
            'С' => 'C',
            'Т' => 'T',
            'Х' => 'X',
            'І' => 'I',
            c => c,
        })
        .collect()
}

/// The typed ПИН against the MRZ: equal to the MRZ's own ПИН when it carries one; otherwise its sex (unless the MRZ
/// leaves it unspecified) and birth date must be the MRZ's. No ПИН typed agrees only with an MRZ that has none.
fn personal_number_agrees(mrz: &Mrz, typed: Option<&str>) -> bool {
    let typed = typed.filter(|text| !text.trim().is_empty());
    match (mrz.kyrgyz_personal_number(), typed) {
        (Some(on_document), Some(typed)) => typed.chars().filter(|c| !c.is_whitespace()).eq(on_document.chars()),
        (Some(_), None) => false,
        (None, None) => true,
        (None, Some(typed)) => match PersonalNumber::parse_shape(typed) {
            Ok(number) => {
                (mrz.sex == Sex::Unspecified || number.sex() == mrz.sex) && number.birth_date() == mrz.birth_date
            }
            Err(_) => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::mrz::{MrzFormat, Td1Fields, Td3Fields, compose_td1, compose_td3, parse};

    const TODAY: Date = date!(2026 - 06 - 15);

    fn passport(personal_number: Option<&str>, sex: Sex) -> Mrz {
        let lines = compose_td3(&Td3Fields {
            document_code: "P".into(),
            issuing_state: "KGZ".into(),
            document_number: "AC1234567".into(),
            nationality: "KGZ".into(),
            birth_date: date!(1990 - 03 - 12),
            sex,
            expiry_date: date!(2030 - 05 - 01),
            surname: "ASANOVA".into(),
            given_names: "AIGUL ASANBEKOVNA".into(),
            personal_number: personal_number.map(str::to_owned),
        });
        parse(&lines.join("\n"), TODAY).expect("composed passport parses")
    }

    fn typed() -> TypedPassport<'static> {
        TypedPassport {
            surname: "Асанова",
            given_name: "Айгүл",
            document_number: "АС 1234567",
            birth_date: date!(1990 - 03 - 12),
            expiry_date: date!(2030 - 05 - 01),
            personal_number: Some("11203199012345"),
        }
    }

    #[test]
    fn everything_agrees() {
        let mrz = passport(Some("11203199012345"), Sex::Female);
        assert_eq!(mrz.format, MrzFormat::Td3);
        assert_eq!(compare(&mrz, &typed()), vec![]);
        let latin = TypedPassport { surname: "Asanova", given_name: "Aigul Asanbekovna", ..typed() };
        assert_eq!(compare(&mrz, &latin), vec![]);
    }

    #[test]
    fn each_field_alone() {
        let mrz = passport(Some("11203199012345"), Sex::Female);
        let cases = [
            (TypedPassport { surname: "Петрова", ..typed() }, PassportField::Surname),
            (TypedPassport { given_name: "Айгерим", ..typed() }, PassportField::GivenName),
            (TypedPassport { given_name: "Айг", ..typed() }, PassportField::GivenName),
            (TypedPassport { document_number: "AC1234568", ..typed() }, PassportField::DocumentNumber),
            (TypedPassport { birth_date: date!(1990 - 03 - 13), ..typed() }, PassportField::BirthDate),
            (TypedPassport { expiry_date: date!(2030 - 05 - 02), ..typed() }, PassportField::ExpiryDate),
            (TypedPassport { personal_number: Some("11203199012346"), ..typed() }, PassportField::PersonalNumber),
            (TypedPassport { personal_number: None, ..typed() }, PassportField::PersonalNumber),
            (TypedPassport { personal_number: Some("  "), ..typed() }, PassportField::PersonalNumber),
        ];
        for (typed, field) in cases {
            assert_eq!(compare(&mrz, &typed), vec![field], "{typed:?}");
        }
    }

    #[test]
    fn several_fields_in_order() {
        let mrz = passport(Some("11203199012345"), Sex::Female);
        let wrong = TypedPassport { surname: "Петров", expiry_date: date!(2031 - 01 - 01), ..typed() };
        assert_eq!(compare(&mrz, &wrong), vec![PassportField::Surname, PassportField::ExpiryDate]);
    }

    #[test]
    fn document_numbers_with_cyrillic_look_alikes() {
        assert_eq!(document_number("ас 12 34 567"), "AC1234567");
        assert_eq!(document_number("АВЕКМНОРСТХ"), "ABEKMHOPCTX");
        assert_eq!(document_number("id0123456"), "ID0123456");
        let mrz = passport(None, Sex::Female);
        let typed = TypedPassport { document_number: "ас1234567", personal_number: None, ..typed() };
        assert_eq!(compare(&mrz, &typed), vec![]);
    }

    #[test]
    fn a_personal_number_without_one_on_the_document_checks_sex_and_birth_date() {
        let mrz = passport(None, Sex::Female);
        assert_eq!(mrz.kyrgyz_personal_number(), None);
        assert_eq!(compare(&mrz, &typed()), vec![], "female, 12.03.1990");
        assert_eq!(compare(&mrz, &TypedPassport { personal_number: None, ..typed() }), vec![]);
        let male = TypedPassport { personal_number: Some("21203199012345"), ..typed() };
        assert_eq!(compare(&mrz, &male), vec![PassportField::PersonalNumber]);
        let other_day = TypedPassport { personal_number: Some("11303199012345"), ..typed() };
        assert_eq!(compare(&mrz, &other_day), vec![PassportField::PersonalNumber]);
        let garbage = TypedPassport { personal_number: Some("12345"), ..typed() };
        assert_eq!(compare(&mrz, &garbage), vec![PassportField::PersonalNumber]);
        let unspecified = passport(None, Sex::Unspecified);
        assert_eq!(compare(&unspecified, &male), vec![]);
    }

    #[test]
    fn a_foreign_personal_number_is_not_a_pin() {
        let mrz = passport(Some("ZE184226B"), Sex::Female);
        assert_eq!(mrz.kyrgyz_personal_number(), None);
        assert_eq!(compare(&mrz, &typed()), vec![]);
    }

    #[test]
    fn cyrillic_names_in_every_spelling() {
        let cases = [
            ("Юлия", "IULIIA", true),
            ("Юлия", "YULIYA", true),
            ("Жылдыз", "ZHYLDYZ", true),
            ("Жылдыз", "JYLDYZ", true),
            ("Үсөнов", "USONOV", true),
            ("Асанов", "ASANOV", true),
            ("Петров", "ASANOV", false),
        ];
        for (typed_name, mrz_name, agrees) in cases {
            let mut mrz = passport(None, Sex::Female);
            mrz.surname = mrz_name.to_owned();
            mrz.given_names = mrz_name.to_owned();
            let typed = TypedPassport { surname: typed_name, given_name: typed_name, personal_number: None, ..typed() };
            let expected = if agrees { vec![] } else { vec![PassportField::Surname, PassportField::GivenName] };
            assert_eq!(compare(&mrz, &typed), expected, "{typed_name} / {mrz_name}");
        }
    }

    #[test]
    fn kyrgyz_id_card() {
        let lines = compose_td1(&Td1Fields {
            document_code: "ID".into(),
            issuing_state: "KGZ".into(),
            document_number: "ID0123456".into(),
            nationality: "KGZ".into(),
            birth_date: date!(1990 - 03 - 12),
            sex: Sex::Female,
            expiry_date: date!(2030 - 05 - 01),
            surname: "Асанова".into(),
            given_names: "Айгүл".into(),
            optional_data: Some("11203199012345".into()),
            optional_data_2: None,
        });
        let mrz = parse(&lines.join("\n"), TODAY).expect("composed card parses");
        let card = TypedPassport { document_number: "ID 0123456", ..typed() };
        assert_eq!(compare(&mrz, &card), vec![]);
        let other = TypedPassport { document_number: "ID 0123456", personal_number: Some("11203199054321"), ..typed() };
        assert_eq!(compare(&mrz, &other), vec![PassportField::PersonalNumber]);
    }
}
