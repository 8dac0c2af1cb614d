//! The name field: `SURNAME<<GIVEN<NAMES`, padded with fillers. Read into words separated by single spaces (what the
//! passport form shows), written back from any spelling through ICAO transliteration.

use super::MrzError;
use crate::transliteration;

/// Splits the name field into the surname (primary identifier) and the given names (secondary identifier). A
/// single `<` inside a part separates words; a field without `<<` is a surname alone.
pub(super) fn parse(field: &str) -> Result<(String, String), MrzError> {
    let (primary, secondary) = field.split_once("<<").unwrap_or((field, ""));
    let surname = words(primary);
    if surname.is_empty() {
        return Err(MrzError::Name);
    }
    Ok((surname, words(secondary)))
}

/// Builds a name field of `width` characters: transliterated to ICAO Latin, words joined by `<`, the parts by `<<`,
/// apostrophes dropped, truncated when too long and padded with fillers.
pub(super) fn compose(surname: &str, given_names: &str, width: usize) -> String {
    let mut field = mrz_words(surname).join("<");
    let given = mrz_words(given_names);
    if !given.is_empty() {
        field.push_str("<<");
        field.push_str(&given.join("<"));
    }
    super::compose::pad(&field, width)
}

/// The words of one part of the field, joined by single spaces.
fn words(part: &str) -> String {
    part.split('<').filter(|word| !word.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The words of a name as the MRZ writes them: `A`–`Z` only.
fn mrz_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in transliteration::to_latin(name).chars() {
        if c.is_ascii_uppercase() {
            word.push(c);
        } else if transliteration::is_apostrophe(c) || c.is_alphabetic() {
            // O'Brien → OBRIEN; a letter with no Latin spelling is left out rather than splitting the word.
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(field: &str) -> (String, String) {
        parse(field).unwrap_or_else(|e| panic!("{field}: {e}"))
    }

    #[test]
    fn reads_words() {
        assert_eq!(parsed("ERIKSSON<<ANNA<MARIA<<<<<<<<<<"), ("ERIKSSON".into(), "ANNA MARIA".into()));
        assert_eq!(parsed("VAN<DER<BERG<<PIETER<<<<<<<<<"), ("VAN DER BERG".into(), "PIETER".into()));
        assert_eq!(parsed("ASANOV<<<<<<<<<<<<<<<<<<<<<<<<"), ("ASANOV".into(), String::new()));
        assert_eq!(parsed("ASANOV"), ("ASANOV".into(), String::new()));
        assert_eq!(parsed("ASANOV<<AIGUL<<TRUNCAT"), ("ASANOV".into(), "AIGUL TRUNCAT".into()));
        assert_eq!(parse("<<ANNA<<<<<<<<"), Err(MrzError::Name));
        assert_eq!(parse("<<<<<<<<<<<<<<"), Err(MrzError::Name));
    }

    #[test]
    fn writes_words() {
        assert_eq!(compose("Eriksson", "Anna Maria", 30), "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        assert_eq!(compose("Асанов", "Айгүл", 20), "ASANOV<<AIGUL<<<<<<<");
        assert_eq!(compose("O'Brien-Smith", "", 20), "OBRIEN<SMITH<<<<<<<<");
        assert_eq!(compose("Жылдызбекова", "Мээрим Асанбековна", 20), "ZHYLDYZBEKOVA<<MEERI");
    }
}
