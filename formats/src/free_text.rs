//! What free text (a comment, a name, a title) may hold: nothing that changes how the text around it is shown.
//! Control characters (NUL, line breaks, escapes) and the direction controls of Unicode's bidirectional algorithm
//! (U+202E RIGHT-TO-LEFT OVERRIDE and the rest) let a comment display as something it is not — on a receipt the bank
//! signs, on the payee's screen — so the phone refuses them where they are typed and the bank where they arrive.
//! Invisible characters that only pad or hide (zero-width space, the byte-order mark, line and paragraph
//! separators) go with them. Letters of every script, emoji (with their joiner, U+200D) and ordinary spaces stay.

/// The first character of `text` that free text may not hold, if any.
pub fn hidden_character(text: &str) -> Option<char> {
    text.chars().find(|c| is_hidden(*c))
}

/// A control character, a direction control, or an invisible padding character.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' // ARABIC LETTER MARK
                | '\u{200B}' // ZERO WIDTH SPACE
                | '\u{200E}' // LEFT-TO-RIGHT MARK
                | '\u{200F}' // RIGHT-TO-LEFT MARK
                | '\u{2028}' // LINE SEPARATOR
                | '\u{2029}' // PARAGRAPH SEPARATOR
                | '\u{202A}'..='\u{202E}' // embeddings and overrides
                | '\u{2066}'..='\u{2069}' // isolates
                | '\u{FEFF}' // BYTE ORDER MARK
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_changes_how_text_shows_and_keeps_every_script() {
        for hidden in
            ["a\u{0}b", "за обед\n", "\t", "\u{202E}дедбо аз", "x\u{2066}y", "\u{200F}", "\u{FEFF}abc", "\u{1B}[31m"]
        {
            assert!(hidden_character(hidden).is_some(), "{hidden:?}");
        }
        assert_eq!(hidden_character("ok \u{202E}gpj.exe"), Some('\u{202E}'));
        for fine in [
            "За обед в «Навате»",
            "Түшкү тамак үчүн",
            "Түскі ас үшін",
            "Lunch at Navat!",
            "👩‍👩‍👧 семья",
            "١٢٣ عربى",
            "דירה",
        ] {
            assert_eq!(hidden_character(fine), None, "{fine:?}");
        }
    }
}
