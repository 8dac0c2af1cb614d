//! Phone numbers as the sandbox accepts them: E.164 mobile numbers of Kyrgyzstan (+996, 9 digits) and
//! Kazakhstan (+7, 10 digits starting 7). The app normalises what people type; the bank checks the result.

pub fn is_served_mobile(phone: &str) -> bool {
    let Some(digits) = phone.strip_prefix('+') else {
        return false;
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match digits.strip_prefix("996") {
        Some(national) => national.len() == 9 && matches!(national.as_bytes()[0], b'5' | b'7' | b'9' | b'2'),
        None => digits.len() == 11 && digits.starts_with("77"),
    }
}

/// `+996 555 ***456`: enough to recognise, not enough to dial.
pub fn masked(phone: &str) -> String {
    let country_len = if phone.starts_with("+996") { 4 } else { 2 };
    let (country, rest) = phone.split_at(country_len.min(phone.len()));
    let visible_head = rest.chars().take(3).collect::<String>();
    let tail: String = rest.chars().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
    format!("{country} {visible_head} ***{tail}")
}

/// «Айгуль А.»: a person's name as others see it.
pub fn masked_name(full_name: &str) -> String {
    let mut parts = full_name.split_whitespace();
    match (parts.next(), parts.next()) {
        (Some(first), Some(last)) => format!("{first} {}.", last.chars().next().unwrap_or(' ')),
        (Some(first), None) => first.to_owned(),
        _ => String::new(),
    }
}

/// How a person is shown to other customers: the masked name («Айгуль А.»), or the masked number when the bank
/// has no name.
pub fn shown_person(full_name: Option<&str>, phone: &str) -> String {
    full_name.map(masked_name).filter(|name| !name.is_empty()).unwrap_or_else(|| masked(phone))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_kyrgyz_and_kazakh_mobiles_only() {
        assert!(is_served_mobile("+996555123456"));
        assert!(is_served_mobile("+996700123456"));
        assert!(is_served_mobile("+77011234567"));
        assert!(!is_served_mobile("996555123456"));
        assert!(!is_served_mobile("+99655512345"));
        assert!(!is_served_mobile("+996312123456"));
        assert!(!is_served_mobile("+74951234567"));
        assert!(!is_served_mobile("+996 555 123 456"));
    }

    #[test]
    fn masks_numbers_and_names() {
        assert_eq!(masked("+996555123456"), "+996 555 ***456");
        assert_eq!(masked("+77011234567"), "+7 701 ***567");
        assert_eq!(masked_name("Кирилл Бекбоев"), "Кирилл Б.");
        assert_eq!(masked_name("Айгуль"), "Айгуль");
        assert_eq!(shown_person(Some("Кирилл Бакиров"), "+996700111222"), "Кирилл Б.");
        assert_eq!(shown_person(None, "+996700111222"), "+996 700 ***222");
        assert_eq!(shown_person(Some("  "), "+996700111222"), "+996 700 ***222");
    }
}
