//! A text broken into lines no wider than a column, so that nothing is cut off.
//!
//! Lines break at a newline, after a space, after a hyphen, a dash or a slash (a uuid breaks at its hyphens), and a
//! word wider than the column anywhere it must. Never at a no-break space (U+00A0, U+202F, U+2007: «1 234,56 сом»
//! stays whole) nor after the minus sign. Spaces at the ends of wrapped lines are dropped.

/// The lines of `text`, each at most `max_width` wide as `width_of` measures characters; at most `max_lines` of them
/// (the caller refuses a receipt that long, so the rest of a huge text is never looked at). Tabs count as spaces and
/// other control characters are dropped; a text of only spaces has no lines.
pub(super) fn wrap(text: &str, max_width: f32, max_lines: usize, width_of: impl Fn(char) -> f32) -> Vec<String> {
    let text = text.trim();
    let mut lines = Vec::new();
    if text.is_empty() {
        return lines;
    }
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut width = 0.0;
        // Where `line` may be cut: the byte just after its last break opportunity.
        let mut last_break: Option<usize> = None;
        for c in paragraph.chars().filter_map(printable) {
            if lines.len() >= max_lines {
                return lines;
            }
            let advance = width_of(c);
            if !is_breaking_space(c) && width + advance > max_width && !line.is_empty() {
                let rest = match last_break {
                    Some(at) => line.split_off(at),
                    None => String::new(),
                };
                lines.push(line.trim_end_matches(is_breaking_space).to_owned());
                line = rest.trim_start_matches(is_breaking_space).to_owned();
                width = line.chars().map(&width_of).sum();
                last_break = None;
                if width + advance > max_width && !line.is_empty() {
                    // What followed the break is itself one word up to here: it keeps its own line.
                    lines.push(std::mem::take(&mut line));
                    width = 0.0;
                }
                if lines.len() >= max_lines {
                    return lines;
                }
            }
            if is_breaking_space(c) && line.is_empty() {
                continue;
            }
            line.push(c);
            width += advance;
            if breaks_after(c) {
                last_break = Some(line.len());
            }
        }
        lines.push(line.trim_end_matches(is_breaking_space).to_owned());
    }
    lines.truncate(max_lines);
    lines
}

/// The character as printed: a tab is a space; other control characters (a carriage return, NUL) are not printed.
fn printable(c: char) -> Option<char> {
    match c {
        '\t' => Some(' '),
        c if c.is_control() => None,
        c => Some(c),
    }
}

/// A space a line may break at (and that is dropped there): every space but the no-break ones.
fn is_breaking_space(c: char) -> bool {
    (c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')) || c == '\u{200b}'
}

/// Whether a line may break just after `c`.
fn breaks_after(c: char) -> bool {
    is_breaking_space(c) || matches!(c, '-' | '\u{2010}' | '\u{2013}' | '\u{2014}' | '/')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character one unit wide: widths are counts.
    fn unit(_: char) -> f32 {
        1.0
    }

    fn lines(text: &str, width: f32) -> Vec<String> {
        wrap(text, width, usize::MAX, unit)
    }

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(lines("Исполнено", 20.0), ["Исполнено"]);
    }

    #[test]
    fn breaks_between_words_and_drops_the_space() {
        assert_eq!(lines("Оплата за обед в кафе", 10.0), ["Оплата за", "обед в", "кафе"]);
    }

    #[test]
    fn a_uuid_breaks_after_its_hyphens() {
        let id = "3f2a8c1e-9b7d-4e2f-a1c3-5d6e7f8a9b0c";
        let wrapped = lines(id, 20.0);
        assert_eq!(wrapped, ["3f2a8c1e-9b7d-4e2f-", "a1c3-5d6e7f8a9b0c"]);
        assert_eq!(wrapped.concat(), id);
    }

    #[test]
    fn a_word_wider_than_the_column_breaks_anywhere() {
        let wrapped = lines("abcdefghijklmnopqrstuvwxyz", 10.0);
        assert_eq!(wrapped, ["abcdefghij", "klmnopqrst", "uvwxyz"]);
    }

    #[test]
    fn never_breaks_at_a_no_break_space_nor_after_the_minus() {
        let amount = "−1\u{a0}234\u{a0}567,89\u{202f}сом";
        assert_eq!(lines(&format!("Итого {amount}"), 17.0), ["Итого", amount]);
    }

    #[test]
    fn a_long_word_after_a_break_gets_its_own_lines() {
        assert_eq!(lines("ab cdefghijklmn", 6.0), ["ab", "cdefgh", "ijklmn"]);
    }

    #[test]
    fn newlines_start_new_lines_and_control_characters_are_not_printed() {
        assert_eq!(lines("Первая\r\nвторая\tстрока\u{0}", 40.0), ["Первая", "вторая строка"]);
        assert_eq!(lines("a\n\nb", 40.0), ["a", "", "b"]);
    }

    #[test]
    fn blank_text_has_no_lines() {
        assert!(lines("", 10.0).is_empty());
        assert!(lines(" \n\t ", 10.0).is_empty());
    }

    #[test]
    fn every_line_fits_and_nothing_but_spaces_is_lost() {
        let text = "Түшкү тамак: шорпо, манты жана чай — 3f2a8c1e-9b7d-4e2f-a1c3-5d6e7f8a9b0c, рахмат!";
        for width in 1..40 {
            let wrapped = lines(text, width as f32);
            assert!(wrapped.iter().all(|line| line.chars().count() <= width), "{width}: {wrapped:?}");
            let kept: String = wrapped.concat().chars().filter(|c| !c.is_whitespace()).collect();
            let original: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(kept, original, "{width}");
        }
    }

    #[test]
    fn stops_after_max_lines() {
        let huge = "слово ".repeat(100_000);
        assert_eq!(wrap(&huge, 12.0, 3, unit).len(), 3);
    }
}
