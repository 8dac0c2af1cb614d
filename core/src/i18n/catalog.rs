//! The Fluent catalog.
//!
//! The shells never hold words of their own: views ask [`Strings`] for a message by its id. A missing message
//! shows as `⟦id⟧`, loud enough that the tests walking every screen in every language catch it.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::domain::Language;

type Bundle = FluentBundle<FluentResource>;

/// The Fluent source of each language as written, for tests and tools. The library carries [`PACKED`].
pub const SOURCES: [(Language, &str); 4] = [
    (Language::Ky, include_str!("../../locales/ky.ftl")),
    (Language::Ru, include_str!("../../locales/ru.ftl")),
    (Language::Kk, include_str!("../../locales/kk.ftl")),
    (Language::En, include_str!("../../locales/en.ftl")),
];

/// The same sources deflated by `build.rs`, compiled into the library so no shell can ship mismatched texts: a
/// quarter of the bytes (docs/benchmarks.md, "Library size"), inflated once per process.
const PACKED: [(Language, &[u8]); 4] = [
    (Language::Ky, include_bytes!(concat!(env!("OUT_DIR"), "/ky.ftl.deflate"))),
    (Language::Ru, include_bytes!(concat!(env!("OUT_DIR"), "/ru.ftl.deflate"))),
    (Language::Kk, include_bytes!(concat!(env!("OUT_DIR"), "/kk.ftl.deflate"))),
    (Language::En, include_bytes!(concat!(env!("OUT_DIR"), "/en.ftl.deflate"))),
];

/// No source is near this; a damaged one cannot make the inflater allocate without end.
const MAX_SOURCE_BYTES: usize = 1 << 20;

/// What a view shows in place of a message that a language lacks.
pub fn missing_marker(id: &str) -> String {
    format!("⟦{id}⟧")
}

/// The messages of every language, each parsed when first asked for: a phone opening in one language never
/// inflates or parses the other three (docs/benchmarks.md, "Launch").
pub struct Catalog {
    languages: Vec<Texts>,
}

/// One language's source, and its messages once parsed.
struct Texts {
    language: Language,
    source: Source,
    parsed: OnceLock<Parsed>,
}

enum Source {
    Packed(&'static [u8]),
    Plain(String),
}

struct Parsed {
    bundle: Bundle,
    /// Problems found while loading (syntax errors, duplicate ids); empty for a good build.
    problems: Vec<String>,
}

impl Catalog {
    /// The catalog of the texts built into this library; each language is inflated and parsed once per process.
    pub fn shared() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog::of(PACKED.iter().map(|&(language, packed)| (language, Source::Packed(packed)))))
    }

    /// A catalog of the given sources. Broken messages are skipped and listed in [`Catalog::problems`];
    /// the rest still loads, so one typo cannot take the whole app down.
    pub fn from_sources(sources: &[(Language, &str)]) -> Catalog {
        Catalog::of(sources.iter().map(|&(language, source)| (language, Source::Plain(source.to_owned()))))
    }

    fn of(sources: impl Iterator<Item = (Language, Source)>) -> Catalog {
        let languages = sources.map(|(language, source)| Texts { language, source, parsed: OnceLock::new() });
        Catalog { languages: languages.collect() }
    }

    /// Every language's problems (parsing every language).
    pub fn problems(&self) -> Vec<String> {
        self.languages.iter().flat_map(|texts| texts.parsed().problems.iter().cloned()).collect()
    }

    pub fn strings(&self, language: Language) -> Strings<'_> {
        let bundle = self.languages.iter().find(|texts| texts.language == language).map(|texts| &texts.parsed().bundle);
        Strings { bundle, language }
    }
}

impl Texts {
    fn parsed(&self) -> &Parsed {
        self.parsed.get_or_init(|| {
            let code = self.language.code();
            let mut problems = Vec::new();
            let source = match &self.source {
                Source::Packed(packed) => inflate(packed).unwrap_or_else(|problem| {
                    problems.push(format!("{code}: {problem}"));
                    String::new()
                }),
                Source::Plain(source) => source.clone(),
            };
            let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, errors)| {
                problems.extend(errors.iter().map(|e| format!("{code}: {e}")));
                resource
            });
            let id: LanguageIdentifier = code.parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // Isolation marks only matter for right-to-left scripts, which none of the four languages use.
            bundle.set_use_isolating(false);
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{code}: {e}")));
            }
            Parsed { bundle, problems }
        })
    }
}

/// A packed source's text, or why it cannot be read (a damaged build, never a user's doing).
fn inflate(packed: &[u8]) -> Result<String, String> {
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_SOURCE_BYTES)
        .map_err(|error| format!("the packed texts do not inflate: {error}"))?;
    String::from_utf8(bytes).map_err(|error| format!("the packed texts are not UTF-8: {error}"))
}

/// The texts of one language.
#[derive(Clone, Copy)]
pub struct Strings<'a> {
    bundle: Option<&'a Bundle>,
    language: Language,
}

impl Strings<'_> {
    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id`, or [`missing_marker`] when this language lacks it.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its variables filled in.
    pub fn text_with(&self, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(bundle) = self.bundle else {
            return missing_marker(id);
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return missing_marker(id);
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() { text.into_owned() } else { missing_marker(id) }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast;

    use super::*;

    fn message_ids(source: &str) -> BTreeSet<String> {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_library_carries_the_sources_as_written() {
        for ((language, packed), (_, source)) in PACKED.iter().zip(SOURCES) {
            assert_eq!(inflate(packed).as_deref(), Ok(source), "{}", language.code());
            assert!(packed.len() * 3 < source.len(), "{} is packed to a third at most", language.code());
        }
        assert!(inflate(b"not deflate").is_err());
    }

    #[test]
    fn parses_a_language_only_when_it_is_asked_for() {
        let catalog =
            Catalog::from_sources(&[(Language::Ru, "greeting = Привет\n"), (Language::En, "greeting = Hi\n")]);
        assert_eq!(catalog.strings(Language::Ru).text("greeting"), "Привет");
        let parsed: Vec<bool> = catalog.languages.iter().map(|texts| texts.parsed.get().is_some()).collect();
        assert_eq!(parsed, [true, false]);
    }

    #[test]
    fn every_locale_file_parses_cleanly() {
        assert_eq!(Catalog::shared().problems(), Vec::<String>::new());
    }

    #[test]
    fn every_message_exists_in_every_language() {
        let all: BTreeSet<String> = SOURCES.iter().flat_map(|(_, source)| message_ids(source)).collect();
        let mut missing = Vec::new();
        for (language, source) in SOURCES {
            let ids = message_ids(source);
            missing.extend(all.difference(&ids).map(|id| format!("{}: {id}", language.code())));
        }
        assert!(missing.is_empty(), "messages missing from a language: {missing:?}");
    }

    #[test]
    fn a_missing_message_is_loud() {
        let strings = Catalog::shared().strings(Language::Ky);
        assert_eq!(strings.text("no-such-message"), "⟦no-such-message⟧");
    }

    #[test]
    fn a_message_missing_from_one_language_is_reported() {
        let catalog = Catalog::from_sources(&[(Language::Ru, "greeting = Привет\n"), (Language::Ky, "\n")]);
        assert_eq!(catalog.strings(Language::Ru).text("greeting"), "Привет");
        assert_eq!(catalog.strings(Language::Ky).text("greeting"), "⟦greeting⟧");
    }

    #[test]
    fn a_syntax_error_is_reported_and_the_rest_still_loads() {
        let catalog = Catalog::from_sources(&[(Language::En, "good = Fine\nbad = {\n")]);
        assert!(!catalog.problems().is_empty());
        assert_eq!(catalog.strings(Language::En).text("good"), "Fine");
    }

    #[test]
    fn fills_in_variables_without_isolation_marks() {
        let catalog = Catalog::from_sources(&[(Language::En, "page = { $page } / { $count }\n")]);
        let text = catalog.strings(Language::En).text_with("page", &[("page", 1.into()), ("count", 3.into())]);
        assert_eq!(text, "1 / 3");
    }
}
