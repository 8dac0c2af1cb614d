//! Cyrillic (Russian, Kyrgyz ң ө ү, and the other Cyrillic letters of the region) to the Latin of ICAO Doc 9303
//! Part 3, with the other spellings real passports use.
//!
//! People type their names in Cyrillic («Асанов», «Айгүл») while the MRZ is Latin (ASANOV, AIGUL), and the Latin
//! in Kyrgyz and older Russian passports does not always follow ICAO's table: «Юлия» is IULIIA or YULIYA, «Жылдыз»
//! ZHYLDYZ or JYLDYZ, «Үсөнов» USONOV. [`to_latin`] gives ICAO's spelling (used to write an MRZ); [`matches()`] and
//! [`matches_first_words`] accept any of the known spellings (used to compare a typed name with an MRZ).

mod matcher;

pub use matcher::{matches, matches_first_words};

/// The Latin spellings of one letter, ICAO's first; `None` for a letter that needs none (`A`–`Z`, digits) or that
/// has none here. Case is ignored.
pub fn latin_spellings(letter: char) -> Option<&'static [&'static str]> {
    let mut upper = letter.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(upper), None) => Some(spellings(upper)).filter(|spellings| !spellings.is_empty()),
        _ => None,
    }
}

/// `text` in uppercase ICAO Latin: Cyrillic and accented Latin letters transliterated, everything else uppercased
/// and kept (spaces, hyphens, letters with no spelling here).
pub fn to_latin(text: &str) -> String {
    let mut latin = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_uppercase) {
        match spellings(c).first() {
            Some(spelling) => latin.push_str(spelling),
            None => latin.push(c),
        }
    }
    latin
}

/// Apostrophes of every kind people and keyboards produce: names are compared and written without them.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´')
}

/// The spellings of one uppercase letter, ICAO's (Doc 9303 Part 3, Section 6) first, then those seen in Kyrgyz,
/// Russian and Kazakh passports; an empty slice if the letter is not in the table.
pub(crate) fn spellings(upper: char) -> &'static [&'static str] {
    match upper {
        // Russian
        'А' => &["A"],
        'Б' => &["B"],
        'В' => &["V"],
        'Г' => &["G"],
        'Д' => &["D"],
        'Е' => &["E", "YE", "IE"],
        'Ё' => &["E", "YO", "IO", "YE"],
        'Ж' => &["ZH", "J"],
        'З' => &["Z"],
        'И' => &["I"],
        'Й' => &["I", "Y"],
        'К' => &["K"],
        'Л' => &["L"],
        'М' => &["M"],
        'Н' => &["N"],
        'О' => &["O"],
        'П' => &["P"],
        'Р' => &["R"],
        'С' => &["S"],
        'Т' => &["T"],
        'У' => &["U"],
        'Ф' => &["F"],
        'Х' => &["KH", "H"],
        'Ц' => &["TS", "C", "TC"],
        'Ч' => &["CH"],
        'Ш' => &["SH"],
        'Щ' => &["SHCH", "SH", "SCH"],
        'Ъ' => &["IE", ""],
        'Ы' => &["Y", "I"],
        'Ь' => &["", "IE"],
        'Э' => &["E"],
        'Ю' => &["IU", "YU"],
        'Я' => &["IA", "YA"],
        // Kyrgyz
        'Ң' => &["N", "NG"],
        'Ө' => &["O", "OE"],
        'Ү' => &["U", "UE"],
        // Kazakh, Ukrainian, Belarusian, Uzbek Cyrillic
        'Ә' => &["A", "AE"],
        'Ғ' => &["G", "GH"],
        'Қ' => &["K", "Q"],
        'Ұ' => &["U"],
        'Һ' => &["H"],
        'І' => &["I"],
        'Ї' => &["I", "YI"],
        'Є' => &["IE", "YE"],
        'Ґ' => &["G"],
        'Ў' => &["U"],
        // Accented Latin (Doc 9303 Part 3 and common national practice)
        'À' | 'Á' | 'Â' | 'Ã' | 'Ā' | 'Ă' | 'Ą' => &["A"],
        'Ä' => &["AE", "A"],
        'Å' => &["AA", "A"],
        'Æ' => &["AE"],
        'Ç' | 'Ć' => &["C"],
        'Č' => &["C", "CH"],
        'Ð' | 'Đ' => &["D"],
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => &["E"],
        'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' | 'Ī' => &["I"],
        'Ł' => &["L"],
        'Ñ' | 'Ń' | 'Ň' => &["N"],
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ō' | 'Ő' => &["O"],
        'Ö' | 'Ø' => &["OE", "O"],
        'Œ' => &["OE"],
        'Ř' => &["R"],
        'Ś' | 'Ş' => &["S"],
        'Š' => &["S", "SH"],
        'Ţ' | 'Ť' => &["T"],
        'Ù' | 'Ú' | 'Û' | 'Ū' | 'Ů' | 'Ű' => &["U"],
        'Ü' => &["UE", "U"],
        'Ý' | 'Ÿ' => &["Y"],
        'Ž' | 'Ź' | 'Ż' => &["Z"],
        'Þ' => &["TH"],
        'Ğ' => &["G"],
        _ => &[],
    }
}

/// Spellings of two letters together that differ from spelling each on its own: «Александр» ALEXANDR,
/// «Дмитрий» DMITRY, «Красный» KRASNY, «Мария» MARIA.
pub(crate) fn pair_spellings(first: char, second: char) -> &'static [&'static str] {
    match (first, second) {
        ('К', 'С') => &["X"],
        ('И', 'Й') | ('Ы', 'Й') => &["Y"],
        ('И', 'Я') => &["IA"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icao_spelling() {
        assert_eq!(to_latin("Асанов"), "ASANOV");
        assert_eq!(to_latin("Айгүл"), "AIGUL");
        assert_eq!(to_latin("Үсөнов"), "USONOV");
        assert_eq!(to_latin("Юлия"), "IULIIA");
        assert_eq!(to_latin("Жылдыз"), "ZHYLDYZ");
        assert_eq!(to_latin("Щукин"), "SHCHUKIN");
        assert_eq!(to_latin("Ольга"), "OLGA");
        assert_eq!(to_latin("Подъячев"), "PODIEIACHEV");
        assert_eq!(to_latin("Хасан Цой"), "KHASAN TSOI");
        assert_eq!(to_latin("Мөңкө"), "MONKO");
        assert_eq!(to_latin("Müller-Lüdenscheidt"), "MUELLER-LUEDENSCHEIDT");
        assert_eq!(to_latin("Straße"), "STRASSE");
        assert_eq!(to_latin("Anna"), "ANNA");
    }

    #[test]
    fn spellings_ignore_case() {
        assert_eq!(latin_spellings('ю'), Some(&["IU", "YU"][..]));
        assert_eq!(latin_spellings('Ң'), Some(&["N", "NG"][..]));
        assert_eq!(latin_spellings('A'), None);
        assert_eq!(latin_spellings('中'), None);
        assert_eq!(latin_spellings('ß'), None);
    }

    #[test]
    fn every_russian_and_kyrgyz_letter_has_a_spelling() {
        for letter in "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯҢӨҮ".chars() {
            assert!(!spellings(letter).is_empty(), "{letter}");
            let lower = letter.to_lowercase().next().unwrap_or(letter);
            assert!(latin_spellings(lower).is_some(), "{lower}");
            for spelling in spellings(letter) {
                assert!(spelling.chars().all(|c| c.is_ascii_uppercase()), "{letter}: {spelling}");
            }
        }
    }
}
