//! «Адрес и работа» (seed 000 step 18): where the customer lives and works. «Далее» is enabled when [`check`] finds
//! nothing; [`to_wire`] gives what the bank takes.

use serde::{Deserialize, Serialize};
use wallet_protocol::kyc::AddressAndWork;

use super::districts;
use super::passport::text::{self, TextIssue};

/// The longest aiyl aimak, settlement, microdistrict, street or position, in characters after trimming.
pub const MAX_PLACE: usize = 100;
/// The longest workplace.
pub const MAX_WORKPLACE: usize = 200;
/// The longest house number («12 корп. 2», «147/3 блок Б»).
pub const MAX_HOUSE: usize = 20;
/// The longest apartment number.
pub const MAX_APARTMENT: usize = 10;

/// The form exactly as typed; `district_id` is what the picker set (a [`districts::District::id`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressForm {
    pub district_id: String,
    pub aiyl_aimak: String,
    pub settlement: String,
    pub microdistrict: String,
    pub street: String,
    pub house: String,
    pub apartment: String,
    pub workplace: String,
    pub position: String,
}

/// A field of the form, in screen order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum AddressField {
    /// «Район*»
    District,
    /// «Айылный аймак»
    AiylAimak,
    /// «Село, поселок, ПГТ»
    Settlement,
    /// «Мкр, жилмассив»
    Microdistrict,
    /// «Улица*»
    Street,
    /// «Номер дома*»
    House,
    /// «Номер квартиры»
    Apartment,
    /// «Место работы*»
    Workplace,
    /// «Должность*»
    Position,
}

impl AddressField {
    /// Every field in screen order.
    pub const ALL: [AddressField; 9] = [
        AddressField::District,
        AddressField::AiylAimak,
        AddressField::Settlement,
        AddressField::Microdistrict,
        AddressField::Street,
        AddressField::House,
        AddressField::Apartment,
        AddressField::Workplace,
        AddressField::Position,
    ];

    /// The fields marked `*` on the screen.
    pub fn required(self) -> bool {
        matches!(
            self,
            AddressField::District
                | AddressField::Street
                | AddressField::House
                | AddressField::Workplace
                | AddressField::Position
        )
    }

    /// The most characters the field takes.
    pub fn max_len(self) -> usize {
        match self {
            AddressField::District
            | AddressField::AiylAimak
            | AddressField::Settlement
            | AddressField::Microdistrict
            | AddressField::Street
            | AddressField::Position => MAX_PLACE,
            AddressField::House => MAX_HOUSE,
            AddressField::Apartment => MAX_APARTMENT,
            AddressField::Workplace => MAX_WORKPLACE,
        }
    }

    /// The form's text for this field, to change it (the district's id for the district).
    pub fn slot(self, form: &mut AddressForm) -> &mut String {
        match self {
            AddressField::District => &mut form.district_id,
            AddressField::AiylAimak => &mut form.aiyl_aimak,
            AddressField::Settlement => &mut form.settlement,
            AddressField::Microdistrict => &mut form.microdistrict,
            AddressField::Street => &mut form.street,
            AddressField::House => &mut form.house,
            AddressField::Apartment => &mut form.apartment,
            AddressField::Workplace => &mut form.workplace,
            AddressField::Position => &mut form.position,
        }
    }

    /// What the form holds for this field (the district's id for the district).
    pub fn value(self, form: &AddressForm) -> &str {
        match self {
            AddressField::District => &form.district_id,
            AddressField::AiylAimak => &form.aiyl_aimak,
            AddressField::Settlement => &form.settlement,
            AddressField::Microdistrict => &form.microdistrict,
            AddressField::Street => &form.street,
            AddressField::House => &form.house,
            AddressField::Apartment => &form.apartment,
            AddressField::Workplace => &form.workplace,
            AddressField::Position => &form.position,
        }
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AddressProblem {
    /// Empty, and the field is required.
    Required,
    /// Not a district of the picker (an old draft, a shell bug).
    UnknownDistrict,
    /// Longer than `max` characters after trimming.
    TooLong { max: usize },
    /// A character the field does not take (a control character, an emoji, another script), or no letter or digit.
    Characters,
    /// Not a house number: it needs a digit, and only letters, digits, spaces and `/ - . , №`
    /// («12», «12А», «12/3», «12-1», «12 корп. 2»).
    HouseFormat,
    /// Not an apartment number: it needs a digit, and only letters, digits, spaces and `/ - .` («45», «12А», «3-1»).
    ApartmentFormat,
}

/// A problem and the field it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AddressError {
    pub field: AddressField,
    pub problem: AddressProblem,
}

/// Every problem of the form, in screen order, at most one per field.
pub fn check(form: &AddressForm) -> Vec<AddressError> {
    AddressField::ALL
        .into_iter()
        .filter_map(|field| problem(field, field.value(form)).map(|problem| AddressError { field, problem }))
        .collect()
}

/// The form as the bank takes it: trimmed, single spaces, the district's id, no optional field that was left
/// empty. The problems of [`check`] when there are any.
pub fn to_wire(form: &AddressForm) -> Result<AddressAndWork, Vec<AddressError>> {
    let problems = check(form);
    if !problems.is_empty() {
        return Err(problems);
    }
    let optional = |value: &str| Some(text::squeeze(value)).filter(|value| !value.is_empty());
    Ok(AddressAndWork {
        district: form.district_id.trim().to_owned(),
        aiyl_aimak: optional(&form.aiyl_aimak),
        settlement: optional(&form.settlement),
        microdistrict: optional(&form.microdistrict),
        street: text::squeeze(&form.street),
        house: text::squeeze(&form.house),
        apartment: optional(&form.apartment),
        workplace: text::squeeze(&form.workplace),
        position: text::squeeze(&form.position),
    })
}

fn problem(field: AddressField, value: &str) -> Option<AddressProblem> {
    if field == AddressField::District {
        let id = value.trim();
        return if id.is_empty() {
            Some(AddressProblem::Required)
        } else if districts::district(id).is_none() {
            Some(AddressProblem::UnknownDistrict)
        } else {
            None
        };
    }
    let value = text::squeeze(value);
    let format = match field {
        AddressField::House => Some(AddressProblem::HouseFormat),
        AddressField::Apartment => Some(AddressProblem::ApartmentFormat),
        _ => None,
    };
    match text::text_issue(&value, field.max_len()) {
        Some(TextIssue::Empty) => return field.required().then_some(AddressProblem::Required),
        // Punctuation alone is a badly typed number, not a stray character.
        Some(TextIssue::Characters) if format.is_some() && value.chars().all(text::is_text_char) => return format,
        Some(TextIssue::Characters) => return Some(AddressProblem::Characters),
        Some(TextIssue::TooLong(max)) => return Some(AddressProblem::TooLong { max }),
        None => {}
    }
    let punctuation = match field {
        AddressField::House => "/-.,№",
        AddressField::Apartment => "/-.",
        _ => return None,
    };
    if is_number_like(&value, punctuation) { None } else { format }
}

/// A house or apartment number: at least one digit; letters, digits, spaces and the given punctuation only.
fn is_number_like(value: &str, punctuation: &str) -> bool {
    value.chars().any(|c| c.is_ascii_digit())
        && value.chars().all(|c| text::is_letter(c) || c.is_ascii_digit() || c == ' ' || punctuation.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> AddressForm {
        AddressForm {
            district_id: "chui.alamudun".into(),
            aiyl_aimak: "Лебединовский айылный аймак".into(),
            settlement: "с. Лебединовка".into(),
            microdistrict: String::new(),
            street: "ул. Садовая".into(),
            house: "12А".into(),
            apartment: String::new(),
            workplace: "ОсОО «Ала-Тоо Трейд»".into(),
            position: "бухгалтер".into(),
        }
    }

    fn problems(form: &AddressForm) -> Vec<(AddressField, AddressProblem)> {
        check(form).into_iter().map(|e| (e.field, e.problem)).collect()
    }

    fn with(field: AddressField, value: &str) -> AddressForm {
        let mut form = filled();
        *field.slot(&mut form) = value.to_owned();
        form
    }

    #[test]
    fn a_filled_form_goes_to_the_bank_trimmed() {
        assert_eq!(check(&filled()), []);
        let mut form = filled();
        form.street = "  ул.   Садовая ".into();
        form.apartment = " 45 ".into();
        form.microdistrict = "   ".into();
        let wire = to_wire(&form).ok();
        assert_eq!(
            wire,
            Some(AddressAndWork {
                district: "chui.alamudun".into(),
                aiyl_aimak: Some("Лебединовский айылный аймак".into()),
                settlement: Some("с. Лебединовка".into()),
                microdistrict: None,
                street: "ул. Садовая".into(),
                house: "12А".into(),
                apartment: Some("45".into()),
                workplace: "ОсОО «Ала-Тоо Трейд»".into(),
                position: "бухгалтер".into(),
            })
        );
    }

    #[test]
    fn required_fields_and_screen_order() {
        let empty = AddressForm::default();
        let required: Vec<AddressField> = AddressField::ALL.into_iter().filter(|f| f.required()).collect();
        assert_eq!(problems(&empty), required.iter().map(|f| (*f, AddressProblem::Required)).collect::<Vec<_>>());
        assert_eq!(
            required,
            [
                AddressField::District,
                AddressField::Street,
                AddressField::House,
                AddressField::Workplace,
                AddressField::Position
            ]
        );
        assert_eq!(to_wire(&empty).err().map(|e| e.len()), Some(5));
        // Bishkek has no aiyl aimak and no village: those stay optional.
        let mut city = filled();
        city.district_id = "bishkek.sverdlovsky".into();
        city.aiyl_aimak.clear();
        city.settlement.clear();
        city.microdistrict = "мкр. Джал-29".into();
        assert_eq!(problems(&city), []);
    }

    #[test]
    fn each_problem() {
        use AddressField as F;
        use AddressProblem as P;
        let long_street = "а".repeat(101);
        let long_workplace = "а".repeat(201);
        let cases: Vec<(AddressField, &str, AddressProblem)> = vec![
            (F::District, " ", P::Required),
            (F::District, "chui.nowhere", P::UnknownDistrict),
            (F::District, "Аламудунский район", P::UnknownDistrict),
            (F::Street, &long_street, P::TooLong { max: 100 }),
            (F::Workplace, &long_workplace, P::TooLong { max: 200 }),
            (F::House, "123456789012345678901", P::TooLong { max: 20 }),
            (F::Apartment, "12345678901", P::TooLong { max: 10 }),
            (F::Street, "ул. Ленина\u{0}", P::Characters),
            (F::Street, "ул. Ленина 🏠", P::Characters),
            (F::Street, "شارع", P::Characters),
            (F::Position, "---", P::Characters),
            (F::Microdistrict, "мкр\u{202e}", P::Characters),
            (F::House, "дом", P::HouseFormat),
            (F::House, "/-", P::HouseFormat),
            (F::Apartment, "...", P::ApartmentFormat),
            (F::House, "12\u{7}", P::Characters),
            (F::House, "12#", P::HouseFormat),
            (F::House, "б/н", P::HouseFormat),
            (F::Apartment, "кв", P::ApartmentFormat),
            (F::Apartment, "5, 6", P::ApartmentFormat),
        ];
        for (field, value, problem) in cases {
            assert_eq!(problems(&with(field, value)), [(field, problem)], "{field:?} {value:?}");
        }
        for house in ["12", "12А", "12а", "12/3", "12-1", "12 корп. 2", "№ 5", "147/3 блок Б", "7b"] {
            assert_eq!(problems(&with(F::House, house)), [], "{house}");
        }
        for apartment in ["45", "12А", "3-1", "кв. 5", "1/2"] {
            assert_eq!(problems(&with(F::Apartment, apartment)), [], "{apartment}");
        }
    }

    #[test]
    fn garbage_never_panics() {
        let long = "ы".repeat(10 * 1024);
        let tricky = [
            "",
            " ",
            "\u{0}",
            "\u{7f}\u{85}",
            "\n\t\r",
            "\u{202e}12\u{202c}",
            "مرحبا",
            "שלום 12",
            "😀",
            "👨‍👩‍👧‍👦",
            "\u{fe0f}",
            "\u{200b}",
            "\u{feff}12",
            "a\u{301}",
            "İ",
            "ß",
            "\u{10ffff}",
            "１２",
            long.as_str(),
            "chui.alamudun\u{0}",
        ];
        for value in tricky {
            for field in AddressField::ALL {
                let form = with(field, value);
                let result = check(&form);
                assert!(result.len() <= AddressField::ALL.len());
                assert_eq!(to_wire(&form).is_ok(), result.is_empty());
            }
        }
    }
}
