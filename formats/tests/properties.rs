//! Properties over random input: nothing panics on any text (phone OCR and people produce anything), composed
//! documents always parse back to what they were built from, and every spelling of a name matches it.

use proptest::prelude::*;
use wallet_formats::mrz::{self, Td1Fields, Td3Fields};
use wallet_formats::passport_match::{self, TypedPassport};
use wallet_formats::time::{Date, Duration};
use wallet_formats::{MrzFormat, PersonalNumber, Sex, check_digit, transliteration};

/// A day between 1950 and 2090 (Julian days 2 433 283 … 2 484 423).
fn day() -> impl Strategy<Value = Date> {
    (2_433_283..2_484_423i32).prop_map(|julian| Date::from_julian_day(julian).unwrap())
}

fn sex() -> impl Strategy<Value = Sex> {
    prop_oneof![Just(Sex::Female), Just(Sex::Male), Just(Sex::Unspecified)]
}

/// Names that fit the TD1 name field (30) whole: up to 2 + 1 words of up to 8 letters.
fn names() -> impl Strategy<Value = (String, String)> {
    ("[A-Z]{1,8}( [A-Z]{1,8})?", "([A-Z]{1,8})?")
}

/// Text that gets past the first checks now and then: MRZ characters, OCR noise, line breaks, multi-byte letters.
fn mrz_like() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Z0-9<]{88}",
        "[A-Z0-9<]{90}",
        "[A-Z0-9<]{44}\n[A-Z0-9<]{44}",
        "[A-Z0-9<]{30}\r\n[A-Z0-9<]{30}\n[A-Z0-9<]{30}",
        "(P|I|ID|AC)[A-Z<]{3}[A-Z0-9<«‹a-zé ]{20,40}\n[0-9<MFX]{30,44}\n?[A-Z<ЖÜ]{0,30}",
        "[A-Z0-9<«‹a-zА-Яё \n\r\t]{0,120}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics(text in mrz_like(), today in day()) {
        if let Err(error) = mrz::parse(&text, today) {
            let message = error.to_string();
            prop_assert!(!message.is_empty() && !message.contains('\n'), "{message:?}");
        }
    }

    #[test]
    fn the_ends_of_the_calendar_do_not_panic(text in "[A-Z0-9<]{88}") {
        let _ = mrz::parse(&text, Date::MIN);
        let _ = mrz::parse(&text, Date::MAX);
    }

    #[test]
    fn personal_number_never_panics(text in prop_oneof![any::<String>(), "[0-9 ]{10,18}", "[12][0-9]{13}"], today in day()) {
        let _ = PersonalNumber::parse(&text, today);
    }

    #[test]
    fn compare_never_panics(
        surname in any::<String>(),
        given in any::<String>(),
        number in any::<String>(),
        pin in proptest::option::of(any::<String>()),
        birth in day(),
        expiry in day(),
    ) {
        let mrz = parsed_specimen();
        let typed = TypedPassport {
            surname: &surname,
            given_name: &given,
            document_number: &number,
            birth_date: birth,
            expiry_date: expiry,
            personal_number: pin.as_deref(),
        };
        let _ = passport_match::compare(&mrz, &typed);
    }

    #[test]
    fn td3_round_trip(
        today in day(),
        age in 0..36_000i64,
        expiry_offset in -18_000..18_000i64,
        code in "P[A-Z]?",
        state in "[A-Z]{3}",
        nationality in "[A-Z]{3}",
        number in "[A-Z0-9]{1,9}",
        sex in sex(),
        (surname, given_names) in names(),
        personal_number in proptest::option::of("[A-Z0-9]{1,14}"),
    ) {
        let fields = Td3Fields {
            document_code: code,
            issuing_state: state,
            document_number: number,
            nationality,
            birth_date: today - Duration::days(age),
            sex,
            expiry_date: today + Duration::days(expiry_offset),
            surname,
            given_names,
            personal_number,
        };
        let lines = mrz::compose_td3(&fields);
        let parsed = mrz::parse(&lines.join("\n"), today);
        prop_assert!(parsed.is_ok(), "{lines:?}: {parsed:?}");
        let parsed = parsed.unwrap();
        prop_assert!(parsed.valid(), "{lines:?}");
        prop_assert_eq!(parsed.format, MrzFormat::Td3);
        prop_assert_eq!(&parsed.document_code, &fields.document_code);
        prop_assert_eq!(&parsed.issuing_state, &fields.issuing_state);
        prop_assert_eq!(&parsed.document_number, &fields.document_number);
        prop_assert_eq!(&parsed.nationality, &fields.nationality);
        prop_assert_eq!(parsed.birth_date, fields.birth_date);
        prop_assert_eq!(parsed.sex, fields.sex);
        prop_assert_eq!(parsed.expiry_date, fields.expiry_date);
        prop_assert_eq!(&parsed.surname, &fields.surname);
        prop_assert_eq!(&parsed.given_names, &fields.given_names);
        prop_assert_eq!(&parsed.personal_number, &fields.personal_number);
        // The concatenated form reads the same.
        prop_assert_eq!(mrz::parse(&lines.concat(), today), Ok(parsed));
    }

    #[test]
    fn td1_round_trip(
        today in day(),
        age in 0..36_000i64,
        expiry_offset in -18_000..18_000i64,
        code in "[IAC][A-Z]?",
        state in "[A-Z]{3}",
        nationality in "[A-Z]{3}",
        number in "[A-Z0-9]{1,22}",
        sex in sex(),
        (surname, given_names) in names(),
        optional_data in proptest::option::of("[A-Z0-9]{1,15}"),
        optional_data_2 in proptest::option::of("[A-Z0-9]{1,11}"),
    ) {
        let fields = Td1Fields {
            document_code: code,
            issuing_state: state,
            document_number: number,
            nationality,
            birth_date: today - Duration::days(age),
            sex,
            expiry_date: today + Duration::days(expiry_offset),
            surname,
            given_names,
            optional_data,
            optional_data_2,
        };
        let lines = mrz::compose_td1(&fields);
        let parsed = mrz::parse(&lines.join("\n"), today);
        prop_assert!(parsed.is_ok(), "{lines:?}: {parsed:?}");
        let parsed = parsed.unwrap();
        prop_assert!(parsed.valid(), "{lines:?}");
        prop_assert_eq!(parsed.format, MrzFormat::Td1);
        prop_assert_eq!(&parsed.document_code, &fields.document_code);
        prop_assert_eq!(&parsed.document_number, &fields.document_number);
        prop_assert_eq!(parsed.birth_date, fields.birth_date);
        prop_assert_eq!(parsed.sex, fields.sex);
        prop_assert_eq!(parsed.expiry_date, fields.expiry_date);
        prop_assert_eq!(&parsed.surname, &fields.surname);
        prop_assert_eq!(&parsed.given_names, &fields.given_names);
        prop_assert_eq!(&parsed.optional_data_2, &fields.optional_data_2);
        // Line 1's optional data shares its 15 characters with an overflowing document number.
        let room = match fields.document_number.len() {
            0..=9 => 15,
            long => 15 - (long - 9 + 2).min(15),
        };
        let expected = fields.optional_data.as_deref().map(|data| &data[..data.len().min(room)]).filter(|d| !d.is_empty());
        prop_assert_eq!(parsed.optional_data.as_deref(), expected);
    }

    #[test]
    fn kyrgyz_id_card_carries_the_pin(
        today in day(),
        age in 0..36_000i64,
        female in any::<bool>(),
        serial in "[0-9]{5}",
    ) {
        let birth_date = today - Duration::days(age);
        prop_assume!(birth_date.year() >= 1900);
        let pin = format!(
            "{}{:02}{:02}{:04}{serial}",
            if female { 1 } else { 2 },
            birth_date.day(),
            u8::from(birth_date.month()),
            birth_date.year(),
        );
        let fields = Td1Fields {
            document_code: "ID".into(),
            issuing_state: "KGZ".into(),
            document_number: "ID1234567".into(),
            nationality: "KGZ".into(),
            birth_date,
            sex: if female { Sex::Female } else { Sex::Male },
            expiry_date: today + Duration::days(3650),
            surname: "Асанов".into(),
            given_names: "Үсөн".into(),
            optional_data: Some(pin.clone()),
            optional_data_2: None,
        };
        let parsed = mrz::parse(&mrz::compose_td1(&fields).join("\n"), today).unwrap();
        prop_assert!(parsed.valid());
        prop_assert_eq!(parsed.kyrgyz_personal_number(), Some(pin.clone()));
        let number = PersonalNumber::parse(&pin, today).unwrap();
        prop_assert_eq!(number.birth_date(), birth_date);
        prop_assert_eq!(number.sex(), fields.sex);
        let typed = TypedPassport {
            surname: "Асанов",
            given_name: "Үсөн",
            document_number: "ID 1234567",
            birth_date,
            expiry_date: fields.expiry_date,
            personal_number: Some(&pin),
        };
        prop_assert_eq!(passport_match::compare(&parsed, &typed), vec![]);
    }

    #[test]
    fn every_spelling_of_a_cyrillic_name_matches(letters in proptest::collection::vec((0..38usize, 0..4usize), 1..40)) {
        const ALPHABET: &str = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯҢӨҮабв";
        let alphabet: Vec<char> = ALPHABET.chars().collect();
        let mut typed = String::new();
        let mut latin = String::new();
        for (letter, variant) in letters {
            let letter = alphabet[letter % alphabet.len()];
            let spellings = transliteration::latin_spellings(letter).unwrap();
            typed.push(letter);
            latin.push_str(spellings[variant % spellings.len()]);
        }
        prop_assert!(transliteration::matches(&typed, &latin), "{typed} / {latin}");
        prop_assert!(transliteration::matches(&typed, &transliteration::to_latin(&typed)));
        // A "name" of silent letters only (Ъ, Ь spelt as nothing) has no first word to find.
        if !latin.is_empty() {
            let with_patronymic = format!("{latin} PATRONYMIC");
            prop_assert!(transliteration::matches_first_words(&typed, &with_patronymic), "{typed} / {with_patronymic}");
        }
    }

    #[test]
    fn one_wrong_digit_changes_the_check_digit(field in "[0-9]{1,20}", at in any::<prop::sample::Index>(), delta in 1..10u8) {
        let at = at.index(field.len());
        let changed: String = field
            .bytes()
            .enumerate()
            .map(|(index, b)| if index == at { char::from(b'0' + (b - b'0' + delta) % 10) } else { char::from(b) })
            .collect();
        prop_assert_ne!(check_digit::icao_check_digit(&field), check_digit::icao_check_digit(&changed));
    }
}

fn parsed_specimen() -> wallet_formats::Mrz {
    let text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    mrz::parse(text, Date::from_calendar_date(2026, wallet_formats::time::Month::June, 15).unwrap()).unwrap()
}
