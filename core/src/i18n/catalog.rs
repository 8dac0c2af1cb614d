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

/// The Fluent source of each language, compiled into the library so no shell can ship mismatched texts.
pub const SOURCES: [(Language, &str); 4] = [
    (Language::Ky, include_str!("../../locales/ky.ftl")),
    (Language::Ru, include_str!("../../locales/ru.ftl")),
    (Language::Kk, include_str!("../../locales/kk.ftl")),
    (Language::En, include_str!("../../locales/en.ftl")),
];

/// What a view shows in place of a message that a language lacks.
pub fn missing_marker(id: &str) -> String {
    format!("⟦{id}⟧")
}

/// The parsed messages of every language.
pub struct Catalog {
    bundles: Vec<(Language, Bundle)>,
    /// Problems found while loading (syntax errors, duplicate ids); empty for a good build.
    problems: Vec<String>,
}

impl Catalog {
    /// The catalog of the texts built into this library, parsed once per process.
    pub fn shared() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog::from_sources(&SOURCES))
    }

    /// Parses the given sources. Broken messages are skipped and listed in [`Catalog::problems`];
    /// the rest still loads, so one typo cannot take the whole app down.
    pub fn from_sources(sources: &[(Language, &str)]) -> Catalog {
        let mut problems = Vec::new();
        let bundles = sources
            .iter()
            .map(|(language, source)| {
                let resource = match FluentResource::try_new((*source).to_owned()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        problems.extend(errors.iter().map(|e| format!("{}: {e}", language.code())));
                        resource
                    }
                };
                let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
                let mut bundle = Bundle::new_concurrent(vec![id]);
                // Isolation marks only matter for right-to-left scripts, which none of the four languages use.
                bundle.set_use_isolating(false);
                if let Err(errors) = bundle.add_resource(resource) {
                    problems.extend(errors.iter().map(|e| format!("{}: {e}", language.code())));
                }
                (*language, bundle)
            })
            .collect();
        Catalog { bundles, problems }
    }

    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    pub fn strings(&self, language: Language) -> Strings<'_> {
        let bundle = self.bundles.iter().find(|(l, _)| *l == language).map(|(_, b)| b);
        Strings { bundle, language }
    }
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
    fn every_locale_file_parses_cleanly() {
        assert_eq!(Catalog::shared().problems(), &[] as &[String]);
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
