//! The people a bill is split between: named, each once.

use super::error::SplitError;

/// The names trimmed, in the order given; refused when there are none, when one is empty, or when one repeats
/// (compared trimmed and ignoring case: «Айгуль» and «айгуль » are the same person).
pub(crate) fn check(people: &[String]) -> Result<Vec<String>, SplitError> {
    if people.is_empty() {
        return Err(SplitError::NoPeople);
    }
    let mut names: Vec<String> = Vec::with_capacity(people.len());
    let mut keys: Vec<String> = Vec::with_capacity(people.len());
    for (index, name) in people.iter().enumerate() {
        let name = name.trim();
        if name.is_empty() {
            return Err(SplitError::EmptyName { position: index + 1 });
        }
        let key = same_person_key(name);
        if let Some(first) = keys.iter().position(|k| *k == key) {
            return Err(SplitError::DuplicateName { name: name.to_owned(), first: first + 1, second: index + 1 });
        }
        keys.push(key);
        names.push(name.to_owned());
    }
    Ok(names)
}

/// What two names share when they name the same person.
pub(crate) fn same_person_key(name: &str) -> String {
    name.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn split_people_are_named_once() {
        assert_eq!(check(&names(&[" Айгуль", "Бакыт "])), Ok(names(&["Айгуль", "Бакыт"])));
        assert_eq!(check(&[]), Err(SplitError::NoPeople));
        assert_eq!(check(&names(&["Айгуль", "  "])), Err(SplitError::EmptyName { position: 2 }));
        assert_eq!(
            check(&names(&["Айгуль", "Бакыт", "айгуль "])),
            Err(SplitError::DuplicateName { name: "айгуль".into(), first: 1, second: 3 })
        );
    }
}
