//! Does a typed name spell an MRZ name? Enumerating every spelling of a name would blow up (each «я» doubles them),
//! so the typed letters are matched against the MRZ letters left to right, keeping only the set of MRZ positions
//! reachable so far: at most (typed letters) × (MRZ letters) × (spellings of a letter) steps.
//!
//! Both sides are compared without spaces, hyphens, apostrophes or other punctuation, ignoring case.

use super::{is_apostrophe, pair_spellings, spellings};

/// Names longer than this many letters (on either side) are not names; they never match, which also bounds the work.
const MAX_LETTERS: usize = 1_000;

/// Whether `typed` (Cyrillic or Latin) can be spelt as the whole of `latin` (an MRZ name such as `"ERIKSSON"`).
/// Latin letters only match themselves.
pub fn matches(typed: &str, latin: &str) -> bool {
    let target = Target::new(latin);
    reachable(&letters(typed), &target.letters).last().copied().unwrap_or(false)
}

/// Whether `typed` can be spelt as the first word or words of `latin`: the MRZ's given names may add a patronymic
/// («Айгүл» matches `"AIGUL ASANBEKOVNA"`), but not cut a word («Айг» does not match it).
pub fn matches_first_words(typed: &str, latin: &str) -> bool {
    let target = Target::new(latin);
    let ends = reachable(&letters(typed), &target.letters);
    ends.iter().zip(&target.word_ends).any(|(reached, word_end)| *reached && *word_end)
}

/// The letters of a name, uppercase, without spaces and punctuation.
fn letters(text: &str) -> Vec<char> {
    text.chars().flat_map(char::to_uppercase).filter(|c| c.is_alphanumeric() && !is_apostrophe(*c)).collect()
}

/// The MRZ side: its letters, and after which of them a word ends.
struct Target {
    letters: Vec<char>,
    /// `word_ends[j]`: a word ends after the first `j` letters (true at the end, also of an empty name).
    word_ends: Vec<bool>,
}

impl Target {
    fn new(latin: &str) -> Target {
        let mut letters = Vec::new();
        let mut word_ends = vec![false];
        for c in latin.chars().flat_map(char::to_uppercase) {
            if is_apostrophe(c) {
                continue;
            }
            if c.is_alphanumeric() {
                letters.push(c);
                word_ends.push(false);
            } else if !letters.is_empty()
                && let Some(end) = word_ends.last_mut()
            {
                *end = true;
            }
        }
        if let Some(end) = word_ends.last_mut() {
            *end = true;
        }
        Target { letters, word_ends }
    }
}

/// `result[j]`: some spelling of all of `typed` equals the first `j` letters of `target`.
fn reachable(typed: &[char], target: &[char]) -> Vec<bool> {
    let width = target.len() + 1;
    let nothing = vec![false; width];
    if typed.len() > MAX_LETTERS || target.len() > MAX_LETTERS {
        return nothing;
    }
    // now: positions reached after the letters so far; next, after_next: after one or two more (a pair such as «кс»).
    let mut now = nothing.clone();
    mark(&mut now, 0);
    let mut next = nothing.clone();
    let mut after_next = nothing.clone();
    for (index, letter) in typed.iter().enumerate() {
        let pair = typed.get(index + 1).map_or(&[][..], |following| pair_spellings(*letter, *following));
        for (position, _) in now.iter().enumerate().filter(|(_, reached)| **reached) {
            let rest = target.get(position..).unwrap_or(&[]);
            if rest.first() == Some(letter) {
                mark(&mut next, position + 1);
            }
            for spelling in spellings(*letter) {
                if let Some(length) = prefix(rest, spelling) {
                    mark(&mut next, position + length);
                }
            }
            for spelling in pair {
                if let Some(length) = prefix(rest, spelling) {
                    mark(&mut after_next, position + length);
                }
            }
        }
        std::mem::swap(&mut now, &mut next);
        std::mem::swap(&mut next, &mut after_next);
        after_next.fill(false);
        if !now.contains(&true) && !next.contains(&true) {
            return nothing;
        }
    }
    now
}

/// How many letters `spelling` takes if `rest` starts with it.
fn prefix(rest: &[char], spelling: &str) -> Option<usize> {
    let length = spelling.chars().count();
    let starts = rest.len() >= length && spelling.chars().zip(rest).all(|(a, b)| a == *b);
    starts.then_some(length)
}

fn mark(positions: &mut [bool], at: usize) {
    if let Some(slot) = positions.get_mut(at) {
        *slot = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_accepted() {
        assert!(matches("Юлия", "IULIIA"));
        assert!(matches("Юлия", "YULIYA"));
        assert!(matches("Юлия", "YULIIA"));
        assert!(matches("Юлия", "YULIA"));
        assert!(matches("Мария", "MARIA"));
        assert!(matches("Мария", "MARIYA"));
        assert!(matches("Жылдыз", "ZHYLDYZ"));
        assert!(matches("Жылдыз", "JYLDYZ"));
        assert!(matches("Жылдыз", "ZHILDIZ"));
        assert!(matches("Үсөнов", "USONOV"));
        assert!(matches("Үсөнов", "UESOENOV"));
        assert!(matches("Асанов", "ASANOV"));
        assert!(matches("Мөңкөбаев", "MONGKOBAEV"));
        assert!(matches("Хасанов", "HASANOV"));
        assert!(matches("Хасанов", "KHASANOV"));
        assert!(matches("Цой", "TSOI"));
        assert!(matches("Цой", "COY"));
        assert!(matches("Щукин", "SHCHUKIN"));
        assert!(matches("Щукин", "SHUKIN"));
        assert!(matches("Ольга", "OLGA"));
        assert!(matches("Подъячев", "PODIEIACHEV"));
        assert!(matches("Подъячев", "PODYACHEV"));
        assert!(matches("Александр", "ALEKSANDR"));
        assert!(matches("Александр", "ALEXANDR"));
        assert!(matches("Дмитрий", "DMITRII"));
        assert!(matches("Дмитрий", "DMITRIY"));
        assert!(matches("Дмитрий", "DMITRY"));
        assert!(matches("Евгений", "YEVGENIY"));
        assert!(matches("Семён", "SEMEN"));
        assert!(matches("Семён", "SEMYON"));
    }

    #[test]
    fn spaces_hyphens_apostrophes_and_case_are_ignored() {
        assert!(matches("Петрова-Водкина", "PETROVA VODKINA"));
        assert!(matches("ван дер Берг", "VANDERBERG"));
        assert!(matches("O'Brien", "OBRIEN"));
        assert!(matches("o’brien", "O BRIEN"));
        assert!(matches("  Асанов ", "ASANOV"));
    }

    #[test]
    fn latin_compares_directly() {
        assert!(matches("Eriksson", "ERIKSSON"));
        assert!(!matches("Yuliya", "IULIIA"));
        assert!(matches("Müller", "MUELLER"));
        assert!(matches("Müller", "MULLER"));
    }

    #[test]
    fn different_names_are_not_accepted() {
        assert!(!matches("Петров", "ASANOV"));
        assert!(!matches("Асанов", "ASANOVA"));
        assert!(!matches("Асанова", "ASANOV"));
        assert!(!matches("Асанов", ""));
        assert!(!matches("", "ASANOV"));
        assert!(matches("", ""));
        assert!(!matches("Юлия", "IULIA Y"));
        assert!(!matches("中文", "ZHONGWEN"));
    }

    #[test]
    fn first_words() {
        assert!(matches_first_words("Айгүл", "AIGUL ASANBEKOVNA"));
        assert!(matches_first_words("Анна Мария", "ANNA MARIA"));
        assert!(matches_first_words("Анна", "ANNA MARIA"));
        assert!(matches_first_words("Анна-Мария", "ANNA MARIA IVANOVNA"));
        assert!(!matches_first_words("Айг", "AIGUL ASANBEKOVNA"));
        assert!(!matches_first_words("Мария", "ANNA MARIA"));
        assert!(!matches_first_words("", "ANNA"));
        assert!(matches_first_words("", ""));
        assert!(!matches_first_words("Анна", ""));
    }

    #[test]
    fn long_names_stay_cheap() {
        // 2^40 spellings, matched in 40 × 80 steps.
        let typed = "я".repeat(40);
        assert!(matches(&typed, &"IA".repeat(40)));
        assert!(matches(&typed, &"YAIA".repeat(20)));
        assert!(!matches(&typed, &format!("{}X", "IA".repeat(39))));
        assert!(!matches(&typed, &"IA".repeat(39)));
        let signs = "ь".repeat(100_000);
        assert!(!matches(&signs, "ASANOV"));
        assert!(matches(&"ь".repeat(500), ""));
    }
}
