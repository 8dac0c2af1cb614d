//! A person's name as others see it: the first name and the initial of the last («Айгуль А.»), as the bank shows
//! customers to each other.

/// «Айгуль Асанова» → «Айгуль А.»; a single word stays as it is; nothing for an empty name.
pub fn short_name(full_name: &str) -> Option<String> {
    let mut parts = full_name.split_whitespace();
    match (parts.next(), parts.next().and_then(|last| last.chars().next())) {
        (Some(first), Some(initial)) => Some(format!("{first} {initial}.")),
        (Some(first), None) => Some(first.to_owned()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_name_and_the_last_names_initial() {
        assert_eq!(short_name("Айгуль Асанова").as_deref(), Some("Айгуль А."));
        assert_eq!(short_name("  Бакыт   Токтогулов Маратович ").as_deref(), Some("Бакыт Т."));
        assert_eq!(short_name("Кирилл").as_deref(), Some("Кирилл"));
        assert_eq!(short_name("   "), None);
    }
}
