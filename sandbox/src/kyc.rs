//! The sandbox bank's review of an identification application: a pure function of the application and the
//! bank's date, so every rule is tested here without a database. The routes and storage are in `kyc_api`.
//!
//! The rules, first match wins:
//! 1. a declaration is false: rejected (`not_resident` for residency, `other` for the rest);
//! 2. the passport is not the customer's the bank knows ([`KnownCustomer`]): when the bank knows their name, a
//!    surname or given name that differs (case, ё/е and surrounding spaces aside; the patronymic is not compared),
//!    and when it knows their sex, a personal number (ПИН) of the other sex: rejected, `not_the_customer`. A new
//!    sign-up, whose name the bank does not know, is not compared;
//! 3. the passport has expired by today: rejected, `document_expired`;
//! 4. the customer is under 18 today: rejected, `underage`;
//! 5. the phone read the machine-readable zone: when it does not parse or a check digit fails, the back of the
//!    passport is asked for again (`photo_unreadable`); when the typed data disagrees with it, the passport data
//!    is (`data_mismatch`, naming the fields);
//! 6. the birth date in the personal number (ПИН, digits 2–9 as DDMMYYYY) disagrees with the typed one:
//!    the passport data again, `data_mismatch`;
//! 7. sandbox only: the street [`RETAKE_SELFIE_STREET`] asks for the selfie again (`photo_unreadable`), so demos
//!    and tests can reach that path;
//! 8. otherwise approved.

use time::{Date, Month};
use wallet_formats::passport_match::{self, PassportField, TypedPassport};
use wallet_formats::{PersonalNumber, Sex, mrz};
use wallet_protocol::kyc::{KycApplication, KycItem, KycReason, PassportData};

/// Sandbox only: an application with this street (trimmed, exact) is sent back for a new selfie.
pub const RETAKE_SELFIE_STREET: &str = "Повтор фото";

/// Identification online is for adults.
const ADULT_AGE: i32 = 18;

/// What the bank decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Approved,
    Rejected {
        reason: KycReason,
        message: String,
    },
    /// Asks for exactly `items` again.
    Resubmit {
        items: Vec<KycItem>,
        reason: KycReason,
        message: String,
    },
}

pub use crate::clock::bank_today;

/// What the bank knows of an applicant before reading the application: the name it holds for them (the demo
/// customers'; a new sign-up has none) and their sex.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownCustomer {
    pub name: Option<KnownName>,
    pub sex: Option<Sex>,
}

/// A customer's name as the bank holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownName {
    pub given_name: String,
    pub surname: String,
}

impl KnownName {
    /// The name of a display name as the bank writes it, the given name first and the surname last («Айгуль
    /// Асанова»); `None` when it has fewer than two words (nothing to compare a passport with).
    pub fn from_display_name(display_name: &str) -> Option<KnownName> {
        let words: Vec<&str> = display_name.split_whitespace().collect();
        match words.as_slice() {
            [given @ .., surname] if !given.is_empty() => {
                Some(KnownName { given_name: given.join(" "), surname: (*surname).to_owned() })
            }
            _ => None,
        }
    }
}

/// A name as the review compares it: without surrounding spaces, single spaces inside, lowercase, «ё» as «е».
fn comparable(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('ё', "е")
}

/// Whether the passport of `application` may be the customer's the bank knows as `known` (see rule 2). A
/// personal number that does not read says no sex: rule 6 sends it back.
fn is_the_customer(passport: &PassportData, known: &KnownCustomer, today: Date) -> bool {
    let same_name = known.name.as_ref().is_none_or(|name| {
        comparable(&passport.surname) == comparable(&name.surname)
            && comparable(&passport.given_name) == comparable(&name.given_name)
    });
    let passport_sex = PersonalNumber::parse(&passport.personal_number, today).ok().map(|number| number.sex());
    let same_sex = match (known.sex, passport_sex) {
        (Some(known), Some(passport)) => known == passport,
        _ => true,
    };
    same_name && same_sex
}

/// A date of the form: `YYYY-MM-DD`, exactly.
pub fn parse_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok())?
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    let month = Month::try_from(u8::try_from(number(5..7)?).ok()?).ok()?;
    let day = u8::try_from(number(8..10)?).ok()?;
    Date::from_calendar_date(year, month, day).ok()
}

/// The name of the first of the passport's dates that is not `YYYY-MM-DD`, if any (the bank refuses such an
/// application with `bad_request`: the form checks dates).
pub fn malformed_date(passport: &PassportData) -> Option<&'static str> {
    [("birth_date", &passport.birth_date), ("issue_date", &passport.issue_date), ("expiry_date", &passport.expiry_date)]
        .into_iter()
        .find(|(_, text)| parse_date(text).is_none())
        .map(|(name, _)| name)
}

/// Full years from `birth` to `today`.
fn age_on(birth: Date, today: Date) -> i32 {
    let years = today.year() - birth.year();
    if (u8::from(today.month()), today.day()) < (u8::from(birth.month()), birth.day()) { years - 1 } else { years }
}

/// The birth date in a personal number: 14 digits, the first the sex (1 or 2), then DDMMYYYY.
fn birth_date_in_personal_number(personal_number: &str) -> Option<Date> {
    let digits = personal_number.as_bytes();
    if digits.len() != 14 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let text = personal_number.get(1..9)?;
    parse_date(&format!("{}-{}-{}", &text[4..8], &text[2..4], &text[0..2]))
}

fn field_name(field: PassportField) -> &'static str {
    match field {
        PassportField::Surname => "фамилия",
        PassportField::GivenName => "имя",
        PassportField::DocumentNumber => "номер паспорта",
        PassportField::BirthDate => "дата рождения",
        PassportField::ExpiryDate => "срок действия",
        PassportField::PersonalNumber => "персональный номер (ПИН)",
    }
}

fn rejected(reason: KycReason, message: &str) -> Decision {
    Decision::Rejected { reason, message: message.to_owned() }
}

fn resubmit(item: KycItem, reason: KycReason, message: impl Into<String>) -> Decision {
    Decision::Resubmit { items: vec![item], reason, message: message.into() }
}

fn passport_data_again(message: impl Into<String>) -> Decision {
    resubmit(KycItem::PassportData, KycReason::DataMismatch, message)
}

/// The bank's decision on `application` of the customer it knows as `known`, on `today` (see the module's rules).
pub fn review(application: &KycApplication, known: &KnownCustomer, today: Date) -> Decision {
    let declarations = &application.declarations;
    if !declarations.resident {
        return rejected(
            KycReason::NotResident,
            "Открыть кошелёк онлайн могут только резиденты Кыргызской Республики.",
        );
    }
    let declined = [
        (declarations.beneficial_owner, "Банк обслуживает онлайн только клиентов, действующих в своих интересах."),
        (declarations.not_politically_exposed, "Публичных должностных лиц банк идентифицирует только в отделении."),
        (declarations.phone_owner, "Номер телефона должен принадлежать вам."),
        (declarations.terms_accepted, "Без согласия с условиями банк не может открыть кошелёк."),
    ];
    if let Some((_, message)) = declined.into_iter().find(|(agreed, _)| !agreed) {
        return rejected(KycReason::Other, message);
    }

    let passport = &application.passport;
    if !is_the_customer(passport, known, today) {
        return rejected(
            KycReason::NotTheCustomer,
            "Паспорт оформлен не на владельца счёта. Пройдите онлайн-идентификацию со своим паспортом или \
             обратитесь в отделение банка.",
        );
    }
    let (Some(birth_date), Some(expiry_date)) = (parse_date(&passport.birth_date), parse_date(&passport.expiry_date))
    else {
        return passport_data_again("Даты в паспортных данных не читаются: укажите их заново.");
    };
    if expiry_date <= today {
        return rejected(KycReason::DocumentExpired, "Срок действия паспорта истёк.");
    }
    if age_on(birth_date, today) < ADULT_AGE {
        return rejected(KycReason::Underage, "Онлайн-идентификация доступна с 18 лет.");
    }

    if let Some(lines) = &application.mrz_lines {
        let unreadable = || {
            resubmit(
                KycItem::PassportBack,
                KycReason::PhotoUnreadable,
                "Не удалось прочитать машиночитаемую зону паспорта: сфотографируйте оборотную сторону ещё раз.",
            )
        };
        let Ok(zone) = mrz::parse(&lines.join("\n"), today) else {
            return unreadable();
        };
        if !zone.valid() {
            return unreadable();
        }
        let typed = TypedPassport {
            surname: &passport.surname,
            given_name: &passport.given_name,
            document_number: &passport.document_number,
            birth_date,
            expiry_date,
            personal_number: Some(passport.personal_number.as_str()).filter(|number| !number.is_empty()),
        };
        let disagreeing = passport_match::compare(&zone, &typed);
        if !disagreeing.is_empty() {
            let fields: Vec<&str> = disagreeing.into_iter().map(field_name).collect();
            return passport_data_again(format!(
                "Данные не совпадают с паспортом: {}. Проверьте и исправьте их.",
                fields.join(", ")
            ));
        }
    }

    match birth_date_in_personal_number(&passport.personal_number) {
        None => return passport_data_again("Персональный номер (ПИН) — это 14 цифр: проверьте его."),
        Some(date) if date != birth_date => {
            return passport_data_again("Дата рождения не совпадает с персональным номером (ПИН).");
        }
        Some(_) => {}
    }

    // Only a first application: its resubmission keeps the address (the bank did not ask for it again).
    if application.address.street.trim() == RETAKE_SELFIE_STREET && application.resubmits.is_none() {
        return resubmit(
            KycItem::SelfieWithPassport,
            KycReason::PhotoUnreadable,
            "На селфи с паспортом не видно лица или паспорта: сфотографируйтесь ещё раз.",
        );
    }
    Decision::Approved
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};
    use wallet_formats::Sex;
    use wallet_formats::mrz::Td1Fields;
    use wallet_protocol::kyc::{AddressAndWork, Declarations};

    use super::*;

    const TODAY: Date = date!(2026 - 03 - 15);

    /// A new sign-up: the bank knows neither the name nor the sex.
    const NEW_CUSTOMER: KnownCustomer = KnownCustomer { name: None, sex: None };

    /// The customer the bank knows as «Айгуль Асанова» (the seed's display name), female.
    fn aigul() -> KnownCustomer {
        KnownCustomer { name: KnownName::from_display_name("Айгуль Асанова"), sex: Some(Sex::Female) }
    }

    fn application() -> KycApplication {
        KycApplication {
            document_ids: vec!["a".into(), "b".into(), "c".into()],
            passport: PassportData {
                surname: "Асанова".into(),
                given_name: "Айгуль".into(),
                patronymic: Some("Маратовна".into()),
                birth_date: "1990-05-17".into(),
                issue_date: "2020-06-01".into(),
                expiry_date: "2030-06-01".into(),
                issuing_authority: "МКК 211011".into(),
                residence_address: "г. Бишкек".into(),
                document_number: "ID1234567".into(),
                personal_number: "11705199000123".into(),
            },
            address: AddressAndWork {
                district: "Октябрьский".into(),
                aiyl_aimak: None,
                settlement: None,
                microdistrict: None,
                street: "Токтогула".into(),
                house: "1".into(),
                apartment: Some("2".into()),
                workplace: "ОсОО Пример".into(),
                position: "бухгалтер".into(),
            },
            declarations: Declarations {
                beneficial_owner: true,
                not_politically_exposed: true,
                resident: true,
                phone_owner: true,
                terms_accepted: true,
            },
            mrz_lines: None,
            resubmits: None,
        }
    }

    fn reason(decision: &Decision) -> Option<KycReason> {
        match decision {
            Decision::Approved => None,
            Decision::Rejected { reason, .. } | Decision::Resubmit { reason, .. } => Some(*reason),
        }
    }

    #[test]
    fn a_complete_application_of_an_adult_is_approved() {
        assert_eq!(review(&application(), &NEW_CUSTOMER, TODAY), Decision::Approved);
    }

    #[test]
    fn a_false_declaration_rejects() {
        let mut app = application();
        app.declarations.resident = false;
        app.declarations.terms_accepted = false;
        assert_eq!(
            reason(&review(&app, &NEW_CUSTOMER, TODAY)),
            Some(KycReason::NotResident),
            "residency is named first"
        );
        for decline in [
            |d: &mut Declarations| d.beneficial_owner = false,
            |d: &mut Declarations| d.not_politically_exposed = false,
            |d: &mut Declarations| d.phone_owner = false,
            |d: &mut Declarations| d.terms_accepted = false,
        ] {
            let mut app = application();
            decline(&mut app.declarations);
            let decision = review(&app, &NEW_CUSTOMER, TODAY);
            assert!(
                matches!(&decision, Decision::Rejected { reason: KycReason::Other, message } if !message.is_empty()),
                "{decision:?}"
            );
        }
    }

    #[test]
    fn an_expired_passport_rejects_even_on_its_last_day() {
        let mut app = application();
        app.passport.expiry_date = "2026-03-15".into();
        assert_eq!(reason(&review(&app, &NEW_CUSTOMER, TODAY)), Some(KycReason::DocumentExpired));
        app.passport.expiry_date = "2026-03-16".into();
        assert_eq!(review(&app, &NEW_CUSTOMER, TODAY), Decision::Approved);
    }

    #[test]
    fn eighteen_on_the_birthday_and_not_a_day_before() {
        let mut app = application();
        app.passport.birth_date = "2008-03-16".into();
        app.passport.personal_number = "11603200800123".into();
        assert_eq!(reason(&review(&app, &NEW_CUSTOMER, TODAY)), Some(KycReason::Underage));
        app.passport.birth_date = "2008-03-15".into();
        app.passport.personal_number = "11503200800123".into();
        assert_eq!(review(&app, &NEW_CUSTOMER, TODAY), Decision::Approved);
        // Born on 29 February: 18 on 1 March of a common year.
        assert_eq!(age_on(date!(2008 - 02 - 29), date!(2026 - 02 - 28)), 17);
        assert_eq!(age_on(date!(2008 - 02 - 29), date!(2026 - 03 - 01)), 18);
    }

    #[test]
    fn declarations_come_before_dates_and_expiry_before_age() {
        let mut app = application();
        app.passport.expiry_date = "2020-01-01".into();
        app.passport.birth_date = "2015-01-01".into();
        assert_eq!(reason(&review(&app, &NEW_CUSTOMER, TODAY)), Some(KycReason::DocumentExpired));
        app.declarations.phone_owner = false;
        assert_eq!(reason(&review(&app, &NEW_CUSTOMER, TODAY)), Some(KycReason::Other));
    }

    #[test]
    fn the_personal_number_must_carry_the_birth_date() {
        let mut app = application();
        app.passport.personal_number = "11805199000123".into();
        let decision = review(&app, &NEW_CUSTOMER, TODAY);
        assert!(
            matches!(&decision, Decision::Resubmit { items, reason: KycReason::DataMismatch, .. }
                if items == &[KycItem::PassportData]),
            "{decision:?}"
        );
        for malformed in ["", "1170519900012", "1170519900012X", "11399199000123"] {
            app.passport.personal_number = malformed.into();
            assert_eq!(reason(&review(&app, &NEW_CUSTOMER, TODAY)), Some(KycReason::DataMismatch), "{malformed:?}");
        }
    }

    #[test]
    fn the_sandbox_street_asks_for_a_new_selfie() {
        let mut app = application();
        app.address.street = format!(" {RETAKE_SELFIE_STREET} ");
        assert_eq!(
            review(&app, &NEW_CUSTOMER, TODAY),
            Decision::Resubmit {
                items: vec![KycItem::SelfieWithPassport],
                reason: KycReason::PhotoUnreadable,
                message: "На селфи с паспортом не видно лица или паспорта: сфотографируйтесь ещё раз.".into(),
            }
        );
    }

    /// The ID card's zone as the card of `passport` would print it.
    fn zone_of(passport: &PassportData) -> Vec<String> {
        mrz::compose_td1(&Td1Fields {
            document_code: "ID".into(),
            issuing_state: "KGZ".into(),
            document_number: passport.document_number.clone(),
            nationality: "KGZ".into(),
            birth_date: parse_date(&passport.birth_date).expect("a date"),
            sex: Sex::Female,
            expiry_date: parse_date(&passport.expiry_date).expect("a date"),
            surname: passport.surname.clone(),
            given_names: passport.given_name.clone(),
            optional_data: Some(passport.personal_number.clone()),
            optional_data_2: None,
        })
    }

    #[test]
    fn a_zone_that_agrees_with_the_form_approves() {
        let mut app = application();
        app.mrz_lines = Some(zone_of(&app.passport));
        assert_eq!(review(&app, &NEW_CUSTOMER, TODAY), Decision::Approved);
    }

    #[test]
    fn a_zone_that_disagrees_sends_the_data_back_naming_the_fields() {
        let mut app = application();
        app.mrz_lines = Some(zone_of(&app.passport));
        app.passport.surname = "Петрова".into();
        app.passport.birth_date = "1990-05-18".into();
        app.passport.personal_number = "11805199000123".into();
        match review(&app, &NEW_CUSTOMER, TODAY) {
            Decision::Resubmit { items, reason, message } => {
                assert_eq!((items, reason), (vec![KycItem::PassportData], KycReason::DataMismatch));
                assert_eq!(
                    message,
                    "Данные не совпадают с паспортом: фамилия, дата рождения, персональный номер (ПИН). \
                     Проверьте и исправьте их."
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_wrong_check_digit_asks_for_the_back_again() {
        let mut app = application();
        let mut zone = zone_of(&app.passport);
        // Line 1, position 15: the document number's check digit.
        let mut line: Vec<char> = zone[0].chars().collect();
        line[14] = char::from_digit((line[14].to_digit(10).expect("a digit") + 1) % 10, 10).expect("a digit");
        zone[0] = line.into_iter().collect();
        app.mrz_lines = Some(zone);
        let decision = review(&app, &NEW_CUSTOMER, TODAY);
        assert!(
            matches!(&decision, Decision::Resubmit { items, reason: KycReason::PhotoUnreadable, .. }
                if items == &[KycItem::PassportBack]),
            "{decision:?}"
        );
    }

    #[test]
    fn an_unparseable_machine_readable_zone_asks_for_the_back_again() {
        let mut app = application();
        app.mrz_lines = Some(vec!["NOT A ZONE".into()]);
        let decision = review(&app, &NEW_CUSTOMER, TODAY);
        assert!(
            matches!(&decision, Decision::Resubmit { items, reason: KycReason::PhotoUnreadable, .. }
                if items == &[KycItem::PassportBack]),
            "{decision:?}"
        );
    }

    #[test]
    fn dates_are_exactly_year_month_day() {
        assert_eq!(parse_date("1990-05-17"), Some(date!(1990 - 05 - 17)));
        for bad in ["1990-5-17", "17.05.1990", "1990-02-30", "1990-13-01", "+990-05-17", "1990-05-1a", "١٩٩٠-05-17"]
        {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        let mut passport = application().passport;
        assert_eq!(malformed_date(&passport), None);
        passport.issue_date = "2020/06/01".into();
        assert_eq!(malformed_date(&passport), Some("issue_date"));
    }

    #[test]
    fn a_display_name_is_the_given_name_then_the_surname() {
        let name = KnownName::from_display_name("  Айгуль   Асанова ");
        assert_eq!(name, Some(KnownName { given_name: "Айгуль".into(), surname: "Асанова".into() }));
        let double = KnownName::from_display_name("Анна Мария Петрова").map(|n| (n.given_name, n.surname));
        assert_eq!(double, Some(("Анна Мария".into(), "Петрова".into())));
        assert_eq!(KnownName::from_display_name("Айгуль"), None);
        assert_eq!(KnownName::from_display_name("  "), None);
    }

    #[test]
    fn the_known_customers_own_passport_is_approved_however_the_name_is_typed() {
        assert_eq!(review(&application(), &aigul(), TODAY), Decision::Approved);
        let mut app = application();
        app.passport.surname = "  АСАНОВА ".into();
        app.passport.given_name = "айгуль".into();
        app.passport.patronymic = None;
        assert_eq!(review(&app, &aigul(), TODAY), Decision::Approved, "case, spaces, no patronymic");
        let alyona = KnownCustomer { name: KnownName::from_display_name("Алёна Семёнова"), sex: None };
        app.passport.surname = "Семенова".into();
        app.passport.given_name = "Алена".into();
        assert_eq!(review(&app, &alyona, TODAY), Decision::Approved, "ё is е");
    }

    #[test]
    fn a_passport_in_another_name_than_the_known_customers_is_refused() {
        let bakyt = KnownCustomer {
            name: KnownName::from_display_name("Бакыт Токтогулов"), sex: Some(Sex::Male)
        };
        let decision = review(&application(), &bakyt, TODAY);
        match &decision {
            Decision::Rejected { reason: KycReason::NotTheCustomer, message } => {
                assert!(message.contains("своим паспортом") && message.contains("отделение"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let mut app = application();
        app.passport.surname = "Петрова".into();
        assert_eq!(reason(&review(&app, &aigul(), TODAY)), Some(KycReason::NotTheCustomer), "another surname");
        let mut app = application();
        app.passport.given_name = "Айжан".into();
        assert_eq!(reason(&review(&app, &aigul(), TODAY)), Some(KycReason::NotTheCustomer), "another given name");
    }

    #[test]
    fn a_personal_number_of_the_other_sex_is_refused_when_the_bank_knows_the_sex() {
        let mut app = application();
        // The same birth date, the male digit.
        app.passport.personal_number = "21705199000123".into();
        assert_eq!(reason(&review(&app, &aigul(), TODAY)), Some(KycReason::NotTheCustomer));
        let sex_only = KnownCustomer { name: None, sex: Some(Sex::Female) };
        assert_eq!(reason(&review(&app, &sex_only, TODAY)), Some(KycReason::NotTheCustomer));
        let name_only = KnownCustomer { sex: None, ..aigul() };
        assert_eq!(review(&app, &name_only, TODAY), Decision::Approved, "no sex known, none compared");
    }

    #[test]
    fn a_new_customer_is_not_compared_with_anyone() {
        let mut app = application();
        app.passport.surname = "Токтогулов".into();
        app.passport.given_name = "Бакыт".into();
        app.passport.personal_number = "21705199000123".into();
        assert_eq!(review(&app, &NEW_CUSTOMER, TODAY), Decision::Approved);
    }

    #[test]
    fn declarations_come_before_the_customer_and_the_customer_before_the_dates() {
        let mut app = application();
        app.passport.surname = "Петрова".into();
        app.passport.expiry_date = "2020-01-01".into();
        assert_eq!(reason(&review(&app, &aigul(), TODAY)), Some(KycReason::NotTheCustomer));
        app.declarations.resident = false;
        assert_eq!(reason(&review(&app, &aigul(), TODAY)), Some(KycReason::NotResident));
    }

    #[test]
    fn the_bank_counts_days_in_bishkek() {
        assert_eq!(bank_today(datetime!(2026-03-14 17:59 UTC)), date!(2026 - 03 - 14));
        assert_eq!(bank_today(datetime!(2026-03-14 18:00 UTC)), date!(2026 - 03 - 15));
    }
}
