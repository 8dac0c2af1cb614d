//! The ICAO 9303 check digit (Doc 9303 Part 3 §4.9): what lets a phone notice that OCR misread a document number
//! or a date. Weights 7, 3, 1 repeating; `0`–`9` count as their value, `A`–`Z` as 10–35, the filler `<` as 0; the
//! digit is the sum modulo 10.

/// The weights of consecutive characters, repeating.
const WEIGHTS: [u16; 3] = [7, 3, 1];

/// The value ICAO gives one MRZ character, or `None` for a character an MRZ never holds.
pub fn char_value(c: char) -> Option<u16> {
    match c {
        '0'..='9' => Some(u16::from(c as u8 - b'0')),
        'A'..='Z' => Some(u16::from(c as u8 - b'A') + 10),
        '<' => Some(0),
        _ => None,
    }
}

/// The check digit of `field`, or `None` if a character is outside `A`–`Z`, `0`–`9`, `<`.
pub fn icao_check_digit(field: &str) -> Option<u8> {
    let mut sum: u16 = 0;
    for (c, weight) in field.chars().zip(WEIGHTS.iter().cycle()) {
        // Reducing at every step keeps the sum small whatever the field's length.
        sum = (sum + char_value(c)? * weight) % 10;
    }
    u8::try_from(sum).ok()
}

/// The check digit of `field` as the MRZ character that carries it (`'0'`–`'9'`), or `None` like
/// [`icao_check_digit`].
pub fn check_char(field: &str) -> Option<char> {
    icao_check_digit(field).map(|digit| char::from(b'0' + digit))
}

/// Whether `check` is the check digit of `field`. A filler `<` in the check position is only accepted when
/// `filler_allowed` and the field is all fillers: ICAO lets issuers leave an unused personal number's check digit
/// blank.
pub fn verify(field: &str, check: char, filler_allowed: bool) -> bool {
    if check == '<' {
        return filler_allowed && field.chars().all(|c| c == '<');
    }
    check_char(field) == Some(check)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icao_specimen_fields() {
        // Doc 9303 Part 4 (TD3) and Part 5 (TD1) specimens, recomputed by hand.
        assert_eq!(icao_check_digit("L898902C3"), Some(6));
        assert_eq!(icao_check_digit("740812"), Some(2));
        assert_eq!(icao_check_digit("120415"), Some(9));
        assert_eq!(icao_check_digit("ZE184226B<<<<<"), Some(1));
        assert_eq!(icao_check_digit("D23145890"), Some(7));
        assert_eq!(icao_check_digit("L898902C3674081221204159ZE184226B<<<<<1"), Some(0)); // TD3 composite
    }

    #[test]
    fn values() {
        assert_eq!(char_value('0'), Some(0));
        assert_eq!(char_value('9'), Some(9));
        assert_eq!(char_value('A'), Some(10));
        assert_eq!(char_value('Z'), Some(35));
        assert_eq!(char_value('<'), Some(0));
        assert_eq!(char_value('a'), None);
        assert_eq!(char_value('Я'), None);
    }

    #[test]
    fn outside_the_alphabet_is_none() {
        assert_eq!(icao_check_digit("abc"), None);
        assert_eq!(icao_check_digit("12 3"), None);
        assert_eq!(icao_check_digit("АВС"), None); // Cyrillic look-alikes
        assert_eq!(icao_check_digit(""), Some(0));
        assert_eq!(check_char("é"), None);
    }

    #[test]
    fn long_fields_do_not_overflow() {
        let field = "Z".repeat(100_000);
        assert!(icao_check_digit(&field).is_some());
    }

    #[test]
    fn verify_fillers() {
        assert!(verify("<<<<<<<<<<<<<<", '<', true));
        assert!(verify("<<<<<<<<<<<<<<", '0', true));
        assert!(!verify("<<<<<<<<<<<<<<", '<', false));
        assert!(!verify("ZE184226B<<<<<", '<', true));
        assert!(verify("ZE184226B<<<<<", '1', false));
        assert!(!verify("ZE184226B<<<<<", '2', false));
        assert!(!verify("ZE184226B<<<<<", 'O', false));
    }
}
