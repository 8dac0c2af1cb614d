use time::Date;
use time::macros::date;
use wallet_formats::mrz::{CheckedField, Mrz, MrzCheck, MrzFormat, Sex};

use super::*;

const TODAY: Date = date!(2025 - 06 - 15);

fn filled() -> PassportForm {
    PassportForm {
        surname: "Асанов".into(),
        given_name: "Бакыт".into(),
        patronymic: "Асан уулу".into(),
        birth_date: "07.03.1990".into(),
        issue_date: "15.05.2018".into(),
        expiry_date: "15.05.2028".into(),
        issuing_authority: "МКК 211011".into(),
        residence_address: "г. Бишкек, ул. Киевская, 12, кв. 5".into(),
        document_number: "AN1234567".into(),
        personal_number: "20703199000012".into(),
    }
}

fn slot(form: &mut PassportForm, field: FormField) -> &mut String {
    field.slot(form)
}

fn with(changes: &[(FormField, &str)]) -> PassportForm {
    let mut form = filled();
    for (field, value) in changes {
        *slot(&mut form, *field) = (*value).to_owned();
    }
    form
}

fn problems(form: &PassportForm, today: Date) -> Vec<(FormField, FieldProblem)> {
    check(form, None, today).into_iter().map(|e| (e.field, e.problem)).collect()
}

/// The one problem of a form that differs from [`filled`] in one field.
fn problem_of(field: FormField, value: &str, today: Date) -> Option<FieldProblem> {
    let found = problems(&with(&[(field, value)]), today);
    assert!(found.iter().all(|(f, _)| *f == field), "{field:?} {value:?}: {found:?}");
    found.first().map(|(_, problem)| *problem)
}

/// A personal number for a birth date: male, serial 00012.
fn pin_for(birth: Date) -> String {
    format!("2{:02}{:02}{:04}00012", birth.day(), u8::from(birth.month()), birth.year())
}

/// The form of someone born on `birth`, everything else fine on `today`.
fn born(birth: Date) -> PassportForm {
    with(&[
        (FormField::BirthDate, &format_date(birth)),
        (FormField::IssueDate, &format_date(birth.max(date!(2000 - 01 - 01)).next_day().unwrap_or(birth))),
        (FormField::PersonalNumber, &pin_for(birth)),
    ])
}

fn mrz() -> Mrz {
    Mrz {
        format: MrzFormat::Td3,
        document_code: "P".into(),
        issuing_state: "KGZ".into(),
        document_number: "AN1234567".into(),
        nationality: "KGZ".into(),
        birth_date: date!(1990 - 03 - 07),
        sex: Sex::Male,
        expiry_date: date!(2028 - 05 - 15),
        surname: "ASANOV".into(),
        given_names: "BAKYT".into(),
        personal_number: Some("20703199000012".into()),
        optional_data: None,
        optional_data_2: None,
        checks: [
            CheckedField::DocumentNumber,
            CheckedField::BirthDate,
            CheckedField::ExpiryDate,
            CheckedField::PersonalNumber,
            CheckedField::Composite,
        ]
        .into_iter()
        .map(|field| MrzCheck { field, ok: true })
        .collect(),
    }
}

#[test]
fn a_filled_form_has_no_problems() {
    assert_eq!(problems(&filled(), TODAY), []);
}

#[test]
fn an_empty_form_needs_everything_but_the_patronymic() {
    let expected: Vec<_> =
        FormField::ALL.into_iter().filter(|f| f.required()).map(|f| (f, FieldProblem::Required)).collect();
    assert_eq!(problems(&PassportForm::default(), TODAY), expected);
    assert_eq!(expected.len(), 9);
    let blank = with(&[(FormField::Surname, "  \u{a0} "), (FormField::Patronymic, "   ")]);
    assert_eq!(problems(&blank, TODAY), [(FormField::Surname, FieldProblem::Required)]);
}

#[test]
fn names_of_the_region_pass() {
    for name in [
        "Асан уулу",
        "Бакыт кызы",
        "Асанович",
        "Токтогулова",
        "Ңөү",
        "Әбілқайыр",
        "Нұрсұлтанұлы",
        "Һәдиә",
        "Ак’марал",
        "O'Neil",
        "Abdy-Kadyr",
        "Şükrü Gül",
        "Ёлкина",
        "  Асан   уулу  ",
    ] {
        for field in [FormField::Surname, FormField::GivenName, FormField::Patronymic] {
            assert_eq!(problem_of(field, name, TODAY), None, "{field:?} {name}");
        }
    }
}

#[test]
fn names_refuse_digits_symbols_and_length() {
    for (name, problem) in [
        ("Asan1", FieldProblem::NameCharacters),
        ("Асан.", FieldProblem::NameCharacters),
        ("Асан\u{0}", FieldProblem::NameCharacters),
        ("Асан\tуулу", FieldProblem::NameCharacters),
        ("😀", FieldProblem::NameCharacters),
        ("محمد", FieldProblem::NameCharacters),
        ("- '", FieldProblem::NameCharacters),
        ("Ali\u{202e}", FieldProblem::NameCharacters),
    ] {
        assert_eq!(problem_of(FormField::Surname, name, TODAY), Some(problem), "{name:?}");
        assert_eq!(problem_of(FormField::Patronymic, name, TODAY), Some(problem), "{name:?}");
    }
    let long = "а".repeat(MAX_NAME + 1);
    assert_eq!(problem_of(FormField::GivenName, &long, TODAY), Some(FieldProblem::TooLong { max: 50 }));
    assert_eq!(problem_of(FormField::GivenName, &format!("  {}  ", "а".repeat(MAX_NAME)), TODAY), None);
}

#[test]
fn dates_must_be_real() {
    for value in ["31.04.1990", "29.02.1990", "1990", "07.03.90", "завтра"] {
        assert_eq!(problem_of(FormField::BirthDate, value, TODAY), Some(FieldProblem::NotADate), "{value}");
    }
    // Any of the accepted spellings will do.
    for value in ["7.3.1990", "07/03/1990", "07-03-1990", "07031990", "1990-03-07"] {
        assert_eq!(problem_of(FormField::BirthDate, value, TODAY), None, "{value}");
    }
}

#[test]
fn birth_dates() {
    assert_eq!(problems(&born(date!(2025 - 06 - 16)), TODAY)[0], (FormField::BirthDate, FieldProblem::BirthInFuture));
    // 18 today: adult. 18 tomorrow: not yet.
    assert_eq!(problems(&born(date!(2007 - 06 - 15)), TODAY), []);
    assert_eq!(problems(&born(date!(2007 - 06 - 16)), TODAY), [(FormField::BirthDate, FieldProblem::Underage)]);
    // Born on 29 February: 18 on 1 March of a common year, on 29 February of a leap year.
    let leap = born(date!(2004 - 02 - 29));
    assert_eq!(problems(&leap, date!(2022 - 02 - 28)), [(FormField::BirthDate, FieldProblem::Underage)]);
    assert_eq!(problems(&leap, date!(2022 - 03 - 01)), []);
    let leap = born(date!(2008 - 02 - 29));
    assert_eq!(problems(&leap, date!(2026 - 02 - 28)), [(FormField::BirthDate, FieldProblem::Underage)]);
    assert_eq!(problems(&born(date!(2006 - 02 - 28)), date!(2024 - 02 - 28)), []);
    // 120 years old today is fine; a day more is not.
    assert_eq!(problems(&born(date!(1905 - 06 - 15)), TODAY), []);
    assert_eq!(problems(&born(date!(1905 - 06 - 14)), TODAY), [(FormField::BirthDate, FieldProblem::TooOld)]);
    let ancient = problems(&with(&[(FormField::BirthDate, "01.01.1000")]), TODAY);
    assert_eq!(ancient.first(), Some(&(FormField::BirthDate, FieldProblem::TooOld)));
}

#[test]
fn issue_dates() {
    assert_eq!(problem_of(FormField::IssueDate, "15.06.2025", TODAY), None);
    assert_eq!(problem_of(FormField::IssueDate, "16.06.2025", TODAY), Some(FieldProblem::IssueInFuture));
    assert_eq!(problem_of(FormField::IssueDate, "07.03.1990", TODAY), Some(FieldProblem::IssueBeforeBirth));
    assert_eq!(problem_of(FormField::IssueDate, "01.01.1980", TODAY), Some(FieldProblem::IssueBeforeBirth));
    assert_eq!(problem_of(FormField::IssueDate, "08.03.1990", TODAY), None);
    // Without a birth date, issue dates are not compared with it (and the ПИН is not either).
    let form = with(&[(FormField::BirthDate, ""), (FormField::IssueDate, "01.01.1980")]);
    assert_eq!(problems(&form, TODAY), [(FormField::BirthDate, FieldProblem::Required)]);
    let form = with(&[(FormField::BirthDate, "32.01.1990"), (FormField::IssueDate, "01.01.1980")]);
    assert_eq!(problems(&form, TODAY), [(FormField::BirthDate, FieldProblem::NotADate)]);
}

#[test]
fn expiry_dates() {
    assert_eq!(problem_of(FormField::ExpiryDate, "15.06.2025", TODAY), Some(FieldProblem::Expired));
    assert_eq!(problem_of(FormField::ExpiryDate, "01.01.2020", TODAY), Some(FieldProblem::Expired));
    assert_eq!(problem_of(FormField::ExpiryDate, "16.06.2025", TODAY), None);
    assert_eq!(problem_of(FormField::ExpiryDate, "15.05.2018", TODAY), Some(FieldProblem::ExpiryBeforeIssue));
    assert_eq!(problem_of(FormField::ExpiryDate, "01.01.2010", TODAY), Some(FieldProblem::ExpiryBeforeIssue));
    assert_eq!(problem_of(FormField::ExpiryDate, "", TODAY), Some(FieldProblem::Required));
    // An issue date in the future is its own problem; the expiry is only judged against today.
    let form = with(&[(FormField::IssueDate, "01.01.2030"), (FormField::ExpiryDate, "01.01.2029")]);
    assert_eq!(problems(&form, TODAY), [(FormField::IssueDate, FieldProblem::IssueInFuture)]);
}

#[test]
fn authority_and_address() {
    for authority in ["МКК 211011", "ГРС", "SRS 50-01", "ГРС при ПКР (Бишкек)"] {
        assert_eq!(problem_of(FormField::IssuingAuthority, authority, TODAY), None, "{authority}");
    }
    let f = FormField::IssuingAuthority;
    assert_eq!(problem_of(f, " ", TODAY), Some(FieldProblem::Required));
    assert_eq!(problem_of(f, &"М".repeat(101), TODAY), Some(FieldProblem::TooLong { max: 100 }));
    assert_eq!(problem_of(f, "МКК\u{7}", TODAY), Some(FieldProblem::NameCharacters));
    assert_eq!(problem_of(f, "--", TODAY), Some(FieldProblem::NameCharacters));
    let f = FormField::ResidenceAddress;
    assert_eq!(problem_of(f, &"д".repeat(200), TODAY), None);
    assert_eq!(problem_of(f, &"д".repeat(201), TODAY), Some(FieldProblem::TooLong { max: 200 }));
    assert_eq!(problem_of(f, "ул. Ленина 🏠", TODAY), Some(FieldProblem::NameCharacters));
    assert_eq!(problem_of(f, "ул. Ленина\n12", TODAY), Some(FieldProblem::NameCharacters));
}

#[test]
fn document_numbers() {
    for number in ["ID1234567", "AN1234567", "AC1234567", "an 123 4567", " AN1234567 ", "ас1234567", "АС 1234567"] {
        assert_eq!(problem_of(FormField::DocumentNumber, number, TODAY), None, "{number}");
    }
    for number in ["A1234567", "AN123456", "AN12345678", "1234567AN", "ИД1234567", "AN-1234567", "AN1234567\u{0}"] {
        assert_eq!(problem_of(FormField::DocumentNumber, number, TODAY), Some(FieldProblem::DocumentNumberFormat));
    }
    assert_eq!(problem_of(FormField::DocumentNumber, "   ", TODAY), Some(FieldProblem::Required));
    // Cyrillic look-alikes go to the bank as the Latin letters the passport has.
    let wire = to_wire(&with(&[(FormField::DocumentNumber, "ас 1234567")]), TODAY).map(|w| w.document_number);
    assert_eq!(wire, Ok("AC1234567".to_owned()));
    let wire = to_wire(&with(&[(FormField::DocumentNumber, "ІD1234567")]), TODAY).map(|w| w.document_number);
    assert_eq!(wire, Ok("ID1234567".to_owned()));
}

#[test]
fn personal_numbers() {
    let f = FormField::PersonalNumber;
    assert_eq!(problem_of(f, "2 0703 1990 00012", TODAY), None);
    assert_eq!(problem_of(f, "", TODAY), Some(FieldProblem::Required));
    assert_eq!(problem_of(f, "2070319900001", TODAY), Some(FieldProblem::PersonalNumberLength));
    assert_eq!(problem_of(f, "207031990000123", TODAY), Some(FieldProblem::PersonalNumberLength));
    assert_eq!(problem_of(f, "2070319900001О", TODAY), Some(FieldProblem::PersonalNumberDigits));
    assert_eq!(problem_of(f, "2-0703-1990-00012", TODAY), Some(FieldProblem::PersonalNumberDigits));
    assert_eq!(problem_of(f, "30703199000012", TODAY), Some(FieldProblem::PersonalNumberSex));
    assert_eq!(problem_of(f, "00703199000012", TODAY), Some(FieldProblem::PersonalNumberSex));
    assert_eq!(problem_of(f, "23102199000012", TODAY), Some(FieldProblem::PersonalNumberDate));
    assert_eq!(problem_of(f, "20713199000012", TODAY), Some(FieldProblem::PersonalNumberDate));
    assert_eq!(problem_of(f, "20101203000012", TODAY), Some(FieldProblem::PersonalNumberDate));
    assert_eq!(problem_of(f, "20803199000012", TODAY), Some(FieldProblem::PersonalNumberBirthDate));
    assert_eq!(problem_of(f, "10703199000012", TODAY), None, "a woman's ПИН: the form has no sex to compare");
    // The birth date typed in another spelling is the same date.
    let form = with(&[(FormField::BirthDate, "1990-03-07")]);
    assert_eq!(problems(&form, TODAY), []);
    // A birth date that is not a date: the ПИН is judged on its own.
    let form = with(&[(FormField::BirthDate, "7 марта")]);
    assert_eq!(problems(&form, TODAY), [(FormField::BirthDate, FieldProblem::NotADate)]);
}

#[test]
fn to_wire_normalises() {
    let form = PassportForm {
        surname: "  Асанов ".into(),
        given_name: "Бакыт\u{a0}  Асан".into(),
        patronymic: "  ".into(),
        birth_date: "7.3.1990".into(),
        issue_date: "15/05/2018".into(),
        expiry_date: "2028-05-15".into(),
        issuing_authority: " МКК   211011 ".into(),
        residence_address: "г. Бишкек,  ул. Киевская, 12 ".into(),
        document_number: " an 123 4567".into(),
        personal_number: "2 0703 1990 00012 ".into(),
    };
    assert_eq!(
        to_wire(&form, TODAY),
        Ok(PassportData {
            surname: "Асанов".into(),
            given_name: "Бакыт Асан".into(),
            patronymic: None,
            birth_date: "1990-03-07".into(),
            issue_date: "2018-05-15".into(),
            expiry_date: "2028-05-15".into(),
            issuing_authority: "МКК 211011".into(),
            residence_address: "г. Бишкек, ул. Киевская, 12".into(),
            document_number: "AN1234567".into(),
            personal_number: "20703199000012".into(),
        })
    );
    let wire = to_wire(&filled(), TODAY).map(|w| w.patronymic);
    assert_eq!(wire, Ok(Some("Асан уулу".to_owned())));
    let refused = to_wire(&with(&[(FormField::ExpiryDate, "15.06.2025")]), TODAY);
    assert_eq!(refused, Err(vec![FieldError { field: FormField::ExpiryDate, problem: FieldProblem::Expired }]));
}

#[test]
fn disagreements_with_the_machine_readable_zone() {
    let zone = mrz();
    let typed_latin = with(&[(FormField::Surname, "Asanov"), (FormField::GivenName, "Bakyt")]);
    assert_eq!(check(&typed_latin, Some(&zone), TODAY), []);
    let form = with(&[
        (FormField::Surname, "Petrov"),
        (FormField::GivenName, "Bakyt"),
        (FormField::BirthDate, "08.03.1990"),
        (FormField::ExpiryDate, "15.05.2029"),
        (FormField::DocumentNumber, "AN7654321"),
        (FormField::PersonalNumber, "20803199000012"),
    ]);
    let found: Vec<_> = check(&form, Some(&zone), TODAY).into_iter().map(|e| (e.field, e.problem)).collect();
    assert_eq!(
        found,
        [
            (FormField::Surname, FieldProblem::DisagreesWithMrz),
            (FormField::BirthDate, FieldProblem::DisagreesWithMrz),
            (FormField::ExpiryDate, FieldProblem::DisagreesWithMrz),
            (FormField::DocumentNumber, FieldProblem::DisagreesWithMrz),
            (FormField::PersonalNumber, FieldProblem::DisagreesWithMrz),
        ]
    );
    // A field with a problem of its own keeps that problem.
    let form = with(&[
        (FormField::Surname, "Petrov1"),
        (FormField::GivenName, "Bakyt"),
        (FormField::DocumentNumber, "AN76543"),
        (FormField::PersonalNumber, "20803199000012"),
    ]);
    let found: Vec<_> = check(&form, Some(&zone), TODAY).into_iter().map(|e| (e.field, e.problem)).collect();
    assert_eq!(
        found,
        [
            (FormField::Surname, FieldProblem::NameCharacters),
            (FormField::DocumentNumber, FieldProblem::DocumentNumberFormat),
            (FormField::PersonalNumber, FieldProblem::PersonalNumberBirthDate),
        ]
    );
    // A zone whose check digits are wrong is not believed.
    let mut misread = zone.clone();
    misread.document_number = "AN7654321".into();
    misread.checks[0].ok = false;
    assert_eq!(check(&filled(), Some(&misread), TODAY), check(&filled(), None, TODAY));
}

#[test]
fn prefill_fills_only_empty_fields() {
    let zone = mrz();
    let mut form = PassportForm::default();
    let filled_fields = prefill_from_mrz(&mut form, &zone, Language::En);
    assert_eq!(
        filled_fields,
        [
            FormField::Surname,
            FormField::GivenName,
            FormField::BirthDate,
            FormField::ExpiryDate,
            FormField::DocumentNumber,
            FormField::PersonalNumber
        ]
    );
    assert_eq!(form.surname, "Asanov");
    assert_eq!(form.given_name, "Bakyt");
    assert_eq!(form.birth_date, "07.03.1990");
    assert_eq!(form.expiry_date, "15.05.2028");
    assert_eq!(form.document_number, "AN1234567");
    assert_eq!(form.personal_number, "20703199000012");
    assert_eq!(form.patronymic, "");
    assert_eq!(form.issue_date, "");

    // What was typed stays; only the empty (or blank) fields are filled.
    let mut form = with(&[(FormField::BirthDate, " "), (FormField::PersonalNumber, ""), (FormField::ExpiryDate, "")]);
    let before = form.clone();
    let filled_fields = prefill_from_mrz(&mut form, &zone, Language::Ru);
    assert_eq!(filled_fields, [FormField::BirthDate, FormField::ExpiryDate, FormField::PersonalNumber]);
    assert_eq!(form.surname, before.surname);
    assert_eq!(form.document_number, before.document_number);
    assert_eq!(form.birth_date, "07.03.1990");
    assert_eq!(problems(&form, TODAY), []);

    // An ID card without a ПИН in its zone leaves the ПИН empty; a zone that failed its check digits fills nothing.
    let mut card = zone.clone();
    card.format = MrzFormat::Td1;
    card.personal_number = None;
    card.given_names = "ASAN UULU<BAKYT".into();
    let mut form = PassportForm::default();
    let filled_fields = prefill_from_mrz(&mut form, &card, Language::En);
    assert!(!filled_fields.contains(&FormField::PersonalNumber));
    assert_eq!(form.given_name, "Asan Uulu Bakyt");
    let mut misread = zone;
    misread.checks[1].ok = false;
    let mut form = PassportForm::default();
    assert_eq!(prefill_from_mrz(&mut form, &misread, Language::Kk), []);
    assert_eq!(form, PassportForm::default());
}

#[test]
fn garbage_never_panics() {
    let long = "ж".repeat(10 * 1024);
    let long_digits = "1".repeat(10 * 1024);
    let tricky: Vec<&str> = vec![
        "",
        " ",
        "\u{0}",
        "\u{7f}",
        "\r\n\t",
        "\u{85}",
        "\u{202e}AN1234567\u{202c}",
        "مرحبا",
        "שלום",
        "😀",
        "👨‍👩‍👧‍👦",
        "🇰🇬",
        "\u{200b}",
        "\u{feff}",
        "a\u{301}",
        "İı",
        "ß",
        "ﬀ",
        "\u{10ffff}",
        "٠١.٠٢.١٩٩٠",
        "１２.０３.１９９０",
        "99.99.9999",
        "31.12.9999",
        "01.01.1000",
        "00000000",
        "99999999999999",
        "29022000",
        "--",
        "...",
        "/",
        "-1.-1.-1",
        "1.1.10000",
        long.as_str(),
        long_digits.as_str(),
    ];
    let days = [date!(2025 - 06 - 15), date!(1000 - 01 - 01), date!(9999 - 12 - 31), date!(2024 - 02 - 29)];
    for value in &tricky {
        for field in FormField::ALL {
            let mut form = filled();
            *slot(&mut form, field) = (*value).to_owned();
            for today in days {
                let found = check(&form, Some(&mrz()), today);
                let fields: Vec<FormField> = found.iter().map(|e| e.field).collect();
                let mut in_order = fields.clone();
                in_order.sort_by_key(|f| f.index());
                in_order.dedup();
                assert_eq!(fields, in_order, "one problem per field, in screen order");
                assert_eq!(to_wire(&form, today).is_ok(), check(&form, None, today).is_empty());
                let mut empty = PassportForm::default();
                let _ = prefill_from_mrz(&mut form, &mrz(), Language::Ru);
                let _ = prefill_from_mrz(&mut empty, &mrz(), Language::En);
            }
        }
        assert_eq!(parse_date(value).map(format_date).as_deref().and_then(parse_date), parse_date(value));
    }
}

#[test]
fn fields_in_screen_order() {
    assert_eq!(FormField::ALL.iter().map(|f| f.index()).collect::<Vec<_>>(), (0..10).collect::<Vec<_>>());
    assert!(!FormField::Patronymic.required());
    assert_eq!(FormField::ALL.into_iter().filter(|f| f.required()).count(), 9);
}

/// The Kyrgyz ID card of 2017 (TD1, the ПИН in line 1's optional data), composed and read back as OCR would give it.
fn id_card(today: Date) -> Option<Mrz> {
    let lines = wallet_formats::mrz::compose_td1(&wallet_formats::mrz::Td1Fields {
        document_code: "ID".into(),
        issuing_state: "KGZ".into(),
        document_number: "ID1234567".into(),
        nationality: "KGZ".into(),
        birth_date: date!(1990 - 03 - 07),
        sex: Sex::Female,
        expiry_date: date!(2028 - 05 - 15),
        surname: "ASANOVA".into(),
        given_names: "AIGUL".into(),
        optional_data: Some("10703199000012".into()),
        optional_data_2: None,
    });
    wallet_formats::mrz::parse(&lines.join("\n"), today).ok()
}

#[test]
fn a_real_id_card_zone() {
    let Some(card) = id_card(TODAY) else { panic!("the composed ID card parses") };
    assert!(card.valid());
    // Prefilled from the card, with what the card does not hold typed: nothing to fix.
    let mut form = PassportForm {
        issue_date: "15.05.2018".into(),
        issuing_authority: "МКК 211011".into(),
        residence_address: "г. Ош, ул. Ленина, 5".into(),
        ..PassportForm::default()
    };
    let mut in_russian = form.clone();
    prefill_from_mrz(&mut in_russian, &card, Language::Ru);
    assert_eq!((in_russian.surname.as_str(), in_russian.given_name.as_str()), ("", ""), "names are typed in Cyrillic");
    assert_eq!(in_russian.personal_number, "10703199000012");
    let filled_fields = prefill_from_mrz(&mut form, &card, Language::En);
    assert_eq!(filled_fields.len(), 6);
    assert_eq!(form.personal_number, "10703199000012");
    assert_eq!(form.surname, "Asanova");
    assert_eq!(check(&form, Some(&card), TODAY), []);
    // Typed in Cyrillic, with look-alike letters in the number: the same passport.
    let typed = with(&[
        (FormField::Surname, "Асанова"),
        (FormField::GivenName, "Айгүл"),
        (FormField::Patronymic, "Бакыт кызы"),
        (FormField::DocumentNumber, "ІD 1234567"),
        (FormField::PersonalNumber, "10703199000012"),
    ]);
    assert_eq!(check(&typed, Some(&card), TODAY), []);
    // A man's ПИН with the right date: the ПИН differs from the card's.
    let wrong = with(&[
        (FormField::Surname, "Асанова"),
        (FormField::GivenName, "Айгүл"),
        (FormField::DocumentNumber, "ID1234567"),
    ]);
    assert_eq!(
        check(&wrong, Some(&card), TODAY),
        [FieldError { field: FormField::PersonalNumber, problem: FieldProblem::DisagreesWithMrz }]
    );
}
