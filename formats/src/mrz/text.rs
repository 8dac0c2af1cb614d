//! From what phone OCR (or a person) produced to checked MRZ lines. OCR splits lines with `\n` or `\r\n`, adds blank
//! lines and stray spaces, sometimes reads letters as lowercase and a run of fillers as guillemets; none of that
//! changes what the document says, so it is undone here. Everything else that is not an MRZ is an error naming the
//! line and character, so support can tell a bad scan from a wrong document.

use super::MrzError;
use super::line::Line;

/// TD1: 3 lines of this many characters.
pub(super) const TD1_WIDTH: usize = 30;
/// TD3: 2 lines of this many characters.
pub(super) const TD3_WIDTH: usize = 44;

/// The checked lines of one of the two layouts.
#[derive(Debug)]
pub(super) enum Lines {
    Td1([Line; 3]),
    Td3([Line; 2]),
}

/// Splits, cleans and checks the lines: their number and lengths decide the format.
pub(super) fn lines(text: &str) -> Result<Lines, MrzError> {
    let mut lines: Vec<Vec<char>> = text.split(['\n', '\r']).map(clean).filter(|line| !line.is_empty()).collect();
    if let [one] = lines.as_slice() {
        // One unbroken string: OCR or a form field lost the line breaks.
        let width = match one.len() {
            n if n == 3 * TD1_WIDTH => TD1_WIDTH,
            n if n == 2 * TD3_WIDTH => TD3_WIDTH,
            found => return Err(MrzError::Length { found }),
        };
        lines = one.chunks(width).map(<[char]>::to_vec).collect();
    }
    let width = match lines.len() {
        0 => return Err(MrzError::Empty),
        2 => TD3_WIDTH,
        3 => TD1_WIDTH,
        found => return Err(MrzError::LineCount { found }),
    };
    // Every line's length before any character: a missing character shifts all that follow, and that is the
    // clearer reason to give.
    if let Some((index, line)) = lines.iter().enumerate().find(|(_, line)| line.len() != width) {
        return Err(MrzError::LineLength { line: index + 1, expected: width, found: line.len() });
    }
    let checked =
        lines.into_iter().enumerate().map(|(index, line)| checked(index + 1, line)).collect::<Result<Vec<_>, _>>()?;
    let found = checked.len();
    match <[Line; 2]>::try_from(checked) {
        Ok(td3) => Ok(Lines::Td3(td3)),
        Err(checked) => <[Line; 3]>::try_from(checked).map(Lines::Td1).map_err(|_| MrzError::LineCount { found }),
    }
}

/// Undoes OCR's harmless changes: spaces dropped, lowercase ASCII letters uppercased, `«` and `‹` read as `<`.
fn clean(line: &str) -> Vec<char> {
    line.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '«' | '‹' => '<',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

/// The line as a [`Line`] if all its characters are MRZ characters.
fn checked(number: usize, line: Vec<char>) -> Result<Line, MrzError> {
    if let Some((index, found)) = line.iter().enumerate().find(|(_, c)| !is_mrz_char(**c)) {
        return Err(MrzError::Character { line: number, position: index + 1, found: *found });
    }
    Ok(Line::new(line.into_iter().collect()))
}

fn is_mrz_char(c: char) -> bool {
    c.is_ascii_uppercase() || c.is_ascii_digit() || c == '<'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn td3(text: &str) -> [Line; 2] {
        match lines(text) {
            Ok(Lines::Td3(lines)) => lines,
            other => panic!("not TD3: {other:?}"),
        }
    }

    #[test]
    fn ocr_noise_is_undone() {
        let text = "\r\n  p<uto eriksson<«anna‹maria<<<<<<<<<<<<<<<<<<< \r\n\r\n\
                    L898902C36UTO7408122F1204159ZE184226B<<<<<10\r\n";
        let [one, two] = td3(text);
        assert_eq!(one.span(1, 44), "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
        assert_eq!(two.span(1, 9), "L898902C3");
    }

    #[test]
    fn one_unbroken_string() {
        let text = format!("{}{}", "P".repeat(44), "1".repeat(44));
        let [one, two] = td3(&text);
        assert_eq!(one.at(44), 'P');
        assert_eq!(two.at(1), '1');
        assert!(matches!(lines(&"I".repeat(90)), Ok(Lines::Td1(_))));
        assert_eq!(lines(&"I".repeat(89)).err(), Some(MrzError::Length { found: 89 }));
    }

    #[test]
    fn errors() {
        assert_eq!(lines("").err(), Some(MrzError::Empty));
        assert_eq!(lines(" \n\r\n \t").err(), Some(MrzError::Empty));
        assert_eq!(lines("A\nB\nC\nD").err(), Some(MrzError::LineCount { found: 4 }));
        let short = format!("{}\n{}", "P".repeat(44), "1".repeat(43));
        assert_eq!(lines(&short).err(), Some(MrzError::LineLength { line: 2, expected: 44, found: 43 }));
        let td1 = format!("{}\n{}\n{}", "I".repeat(30), "1".repeat(31), "A".repeat(30));
        assert_eq!(lines(&td1).err(), Some(MrzError::LineLength { line: 2, expected: 30, found: 31 }));
        let bad = format!("{}\n{}é{}", "P".repeat(44), "1".repeat(10), "1".repeat(33));
        assert_eq!(lines(&bad).err(), Some(MrzError::Character { line: 2, position: 11, found: 'é' }));
    }
}
