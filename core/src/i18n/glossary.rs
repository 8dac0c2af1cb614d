//! The glossary, checked: `core/locales/GLOSSARY.md` names the one word for each thing and the words ruled out, and
//! its tables are read here, so the glossary and the check cannot drift apart. Every message of the four [`SOURCES`]
//! is checked: the buttons that say the same thing read the same, and no message uses a ruled-out word.

use fluent_syntax::ast;

use super::SOURCES;
use crate::domain::Language;

const GLOSSARY: &str = include_str!("../../locales/GLOSSARY.md");

/// Stands in for a placeable (`{ $name }`) in a message's text: not a letter, so it ends a word.
const PLACEABLE: char = '\u{FFFC}';

/// A row of «Ruled out»: in the messages of `language` that `scope` names, none of `words` may appear.
#[derive(Debug)]
struct Rule {
    language: Language,
    words: Vec<String>,
    instead: String,
    scope: Vec<String>,
}

/// A row of «Buttons»: each of `messages` reads `text` in `language`.
#[derive(Debug)]
struct Button {
    thing: String,
    messages: Vec<String>,
    texts: Vec<(Language, String)>,
}

/// The rows of the Markdown table under the heading `## {heading}`, each as its cells, the header row first.
fn table(heading: &str) -> Vec<Vec<String>> {
    let start = GLOSSARY
        .lines()
        .position(|line| line.trim() == format!("## {heading}"))
        .unwrap_or_else(|| panic!("GLOSSARY.md has no «## {heading}»"));
    GLOSSARY
        .lines()
        .skip(start + 1)
        .take_while(|line| !line.starts_with("## "))
        .filter(|line| line.trim_start().starts_with('|'))
        .filter(|line| !line.contains("---"))
        .map(|line| line.trim().trim_matches('|').split('|').map(|cell| cell.trim().to_owned()).collect())
        .collect()
}

/// The words of a cell written as code: `a` `b c` → ["a", "b c"].
fn code_spans(cell: &str) -> Vec<String> {
    cell.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

fn language(code: &str) -> Language {
    Language::from_code(code).unwrap_or_else(|| panic!("GLOSSARY.md names an unknown language «{code}»"))
}

fn rules() -> Vec<Rule> {
    table("Ruled out")
        .into_iter()
        .skip(1)
        .map(|cells| {
            assert_eq!(cells.len(), 5, "a «Ruled out» row has five cells: {cells:?}");
            Rule {
                language: language(&cells[0]),
                words: code_spans(&cells[1]),
                instead: cells[2].clone(),
                scope: code_spans(&cells[3]),
            }
        })
        .collect()
}

fn buttons() -> Vec<Button> {
    let rows = table("Buttons");
    let header = &rows[0];
    rows.iter()
        .skip(1)
        .map(|cells| {
            assert_eq!(cells.len(), header.len(), "a «Buttons» row has a cell per column: {cells:?}");
            Button {
                thing: cells[0].clone(),
                messages: code_spans(&cells[1]),
                texts: (2..cells.len()).map(|i| (language(&header[i]), cells[i].clone())).collect(),
            }
        })
        .collect()
}

/// Whether the message `id` is one that `scope` names: `*` is every message, `split-*` every id that starts `split-`.
fn in_scope(scope: &[String], id: &str) -> bool {
    scope.iter().any(|pattern| match pattern.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => id == pattern,
    })
}

/// Where `word` occurs in `text` as the glossary reads it: at the start of a word, as the whole word unless `word`
/// ends in `…` (a stem); in any case when written in lowercase, else only as written. A sign matches anywhere.
fn occurs(word: &str, text: &str) -> bool {
    let (word, stem) = match word.strip_suffix('…') {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    let exact_case = word.chars().any(char::is_uppercase);
    let (word, text) =
        if exact_case { (word.to_owned(), text.to_owned()) } else { (word.to_lowercase(), text.to_lowercase()) };
    let starts_with_letter = word.chars().next().is_some_and(char::is_alphanumeric);
    let ends_with_letter = word.chars().last().is_some_and(char::is_alphanumeric);
    text.match_indices(&word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let starts_a_word = !starts_with_letter || !before.is_some_and(char::is_alphanumeric);
        let ends_a_word = stem || !ends_with_letter || !after.is_some_and(char::is_alphanumeric);
        starts_a_word && ends_a_word
    })
}

/// Every message of a Fluent source as (id, its texts): one text per pattern, each variant of a selector its own,
/// placeables replaced by [`PLACEABLE`].
fn messages(source: &str) -> Vec<(String, Vec<String>)> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut texts = Vec::new();
                if let Some(value) = &message.value {
                    pattern_texts(value, &mut texts);
                }
                for attribute in &message.attributes {
                    pattern_texts(&attribute.value, &mut texts);
                }
                Some((message.id.name.to_owned(), texts))
            }
            _ => None,
        })
        .collect()
}

fn pattern_texts(pattern: &ast::Pattern<&str>, texts: &mut Vec<String>) {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                text.push(PLACEABLE);
                expression_texts(expression, texts);
            }
        }
    }
    texts.push(text);
}

fn expression_texts(expression: &ast::Expression<&str>, texts: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for variant in variants {
                pattern_texts(&variant.value, texts);
            }
        }
        ast::Expression::Inline(inline) => inline_texts(inline, texts),
    }
}

fn inline_texts(inline: &ast::InlineExpression<&str>, texts: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => texts.push((*value).to_owned()),
        ast::InlineExpression::Placeable { expression } => expression_texts(expression, texts),
        _ => {}
    }
}

/// Every use of a ruled-out word in `sources`, as «kk kyc-intro: «ҚР» (use Қырғыз Республикасы)».
fn ruled_out_uses(rules: &[Rule], sources: &[(Language, &str)]) -> Vec<String> {
    let mut uses = Vec::new();
    for (language, source) in sources {
        for (id, texts) in messages(source) {
            for rule in rules.iter().filter(|r| r.language == *language && in_scope(&r.scope, &id)) {
                for word in rule.words.iter().filter(|w| texts.iter().any(|t| occurs(w, t))) {
                    uses.push(format!("{} {id}: «{word}» (use {})", language.code(), rule.instead));
                }
            }
        }
    }
    uses
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::i18n::Catalog;

    #[test]
    fn no_message_uses_a_ruled_out_word() {
        let uses = ruled_out_uses(&rules(), &SOURCES);
        assert!(uses.is_empty(), "messages use words GLOSSARY.md rules out:\n{}", uses.join("\n"));
    }

    #[test]
    fn the_same_button_reads_the_same_in_every_message() {
        let catalog = Catalog::shared();
        let mut differ = Vec::new();
        for button in buttons() {
            for (language, expected) in &button.texts {
                let strings = catalog.strings(*language);
                for id in &button.messages {
                    let text = strings.text(id);
                    if text != *expected {
                        differ.push(format!(
                            "{} {id}: «{text}», the glossary's {}: «{expected}»",
                            language.code(),
                            button.thing
                        ));
                    }
                }
            }
        }
        assert!(differ.is_empty(), "buttons that differ from GLOSSARY.md:\n{}", differ.join("\n"));
    }

    #[test]
    fn the_glossary_rules_every_language_and_names_real_messages() {
        let rules = rules();
        let languages: BTreeSet<&str> = rules.iter().map(|r| r.language.code()).collect();
        assert_eq!(languages, Language::ALL.iter().map(|l| l.code()).collect());
        assert!(rules.iter().all(|r| !r.words.is_empty() && !r.scope.is_empty()), "a rule without words or messages");

        let ids: BTreeSet<String> = SOURCES.iter().flat_map(|(_, source)| messages(source)).map(|(id, _)| id).collect();
        let named = rules.iter().flat_map(|r| r.scope.clone()).chain(buttons().into_iter().flat_map(|b| b.messages));
        let unknown: Vec<String> =
            named.filter(|pattern| !ids.iter().any(|id| in_scope(std::slice::from_ref(pattern), id))).collect();
        assert!(unknown.is_empty(), "GLOSSARY.md names messages that do not exist: {unknown:?}");

        let buttons = buttons();
        assert!(!buttons.is_empty());
        assert!(
            buttons.iter().all(|b| b.texts.len() == Language::ALL.len()),
            "a button without a word in every language"
        );
    }

    #[test]
    fn finds_the_words_the_review_found() {
        let old = [
            (Language::Kk, "kyc-reason-not-resident = Онлайн-сәйкестендіру тек ҚР резиденттеріне арналған."),
            (Language::Kk, "status-cancelled = Болдырылмады"),
            (Language::Kk, "dialog-cancel = Болдырмау"),
            (Language::Kk, "terms-remote-4 = Жұмысты «Шығу» түймесімен аяқтаңыз немесе қосымшаны бұғаттаңыз"),
            (Language::Kk, "kyc-next = Әрі қарай"),
            (Language::Kk, "operation-field-status = Мәртебесі"),
            (Language::Kk, "split-new-bill = Жаңа шот"),
            (Language::Ky, "terms-offer-title = Электрондук капчыктын коомдук офертасы"),
            (Language::Ky, "transfer-code-title = Которууну тастыктоо"),
            (Language::Ky, "split-bill-loading = Эсеп жүктөлүүдө…"),
            (Language::Ru, "kyc-how-to = Как пройти Онлайн идентификацию?"),
            (
                Language::Ru,
                "split-group-bills = { $count ->\n    [one] { $count } счёт\n   *[many] { $count } счетов\n}",
            ),
            (Language::En, "kyc-error-pin-length = The PIN has 14 digits."),
            (Language::En, "kyc-how-to-3 = Type in your passport details and tap «Confirm»."),
            (Language::En, "split-duplicate-name = \"{ $name }\" is on the list already"),
        ];
        let rules = rules();
        for (language, source) in old {
            let source = format!("{source}\n");
            let uses = ruled_out_uses(&rules, &[(language, source.as_str())]);
            assert!(!uses.is_empty(), "{} passes: {source}", language.code());
        }
    }

    #[test]
    fn leaves_alone_what_only_looks_like_a_ruled_out_word() {
        let fine = [
            (Language::En, "pin-wrong = Wrong PIN."),
            (Language::En, "kyc-how-to-3 = Type in your passport details and tap “Confirm”."),
            (Language::Kk, "kyc-residency-title = Клиент мәртебесі"),
            (Language::Kk, "kyc-consent-7 = сәйкестендіруден бас тартылуы мүмкін"),
            (Language::Kk, "pay-account-unknown = Шот әлі жүктелмеді."),
            (Language::Ky, "split-group-needed = Эгер мен төлөбөсөм, чек топто гана эсептелет"),
            (Language::Ky, "split-group-settled = Баары эсептешкен"),
            (Language::Ru, "split-group-even = В расчёте"),
            (Language::Ru, "pay-account-unknown = Счёт ещё не загружен."),
        ];
        let rules = rules();
        for (language, source) in fine {
            let source = format!("{source}\n");
            let uses = ruled_out_uses(&rules, &[(language, source.as_str())]);
            assert!(uses.is_empty(), "{uses:?}");
        }
    }

    #[test]
    fn a_stem_matches_any_ending_and_a_word_only_itself() {
        assert!(occurs("болдыр…", "Операция болдырылмады"));
        assert!(occurs("болдыр…", "Болдырмау"));
        assert!(!occurs("ҚР", "Қырғыз Республикасы"));
        assert!(occurs("ҚР", "ҚР резиденттері"));
        assert!(!occurs("эсепте", "эсептелет"));
        assert!(occurs("эсепте", "ал эми эсепте { $given }"));
        assert!(!occurs("PIN", "PINs"));
        assert!(!occurs("PIN", "a pin"));
        assert!(occurs("\"", "say \"hi\""));
    }
}
