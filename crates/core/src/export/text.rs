//! The words of an export in its language, from `assets/export/<language>.ftl` (Fluent).

use crate::export::Contributor;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// The languages the export's own words are in; any other falls back to English.
const FILES: [(&str, &str); 6] = [
    ("en", include_str!("../../../../assets/export/en.ftl")),
    ("ar", include_str!("../../../../assets/export/ar.ftl")),
    ("zh", include_str!("../../../../assets/export/zh.ftl")),
    ("fr", include_str!("../../../../assets/export/fr.ftl")),
    ("ru", include_str!("../../../../assets/export/ru.ftl")),
    ("es", include_str!("../../../../assets/export/es.ftl")),
];

/// The messages of one language.
pub struct Words {
    bundle: FluentBundle<FluentResource>,
    fallback: FluentBundle<FluentResource>,
}

fn bundle(language: &str) -> FluentBundle<FluentResource> {
    let (tag, source) = FILES.iter().find(|(l, _)| *l == language).copied().unwrap_or(FILES[0]);
    let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Values are dates, numbers and titles: the HTML isolates titles with <bdi>, and invisible
    // isolation marks would only get in the way in Markdown and plain text.
    bundle.set_use_isolating(false);
    // The files ship with the code and a test reads every one; a broken message shows as its id.
    if let Ok(resource) = FluentResource::try_new(source.to_owned()) {
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Words {
    /// The words for `language` (a BCP 47 tag; its primary subtag chooses the file).
    pub fn new(language: &str) -> Words {
        let primary = language.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Words { bundle: bundle(&primary), fallback: bundle("en") }
    }

    /// Message `id` with `args`, each a name and a text value.
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.format(id, &fluent_args)
    }

    /// Message `id` with a number argument `name`.
    pub fn count(&self, id: &str, name: &str, n: u32) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(n));
        self.format(id, &args)
    }

    fn format(&self, id: &str, args: &FluentArgs<'_>) -> String {
        for bundle in [&self.bundle, &self.fallback] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, Some(args), &mut errors).into_owned();
            }
        }
        id.to_owned()
    }

    /// A UN M49 region's name, from its code (`undisclosed` and unknown codes: "undisclosed").
    pub fn region(&self, code: &str) -> String {
        let key = match code {
            "002" => "africa",
            "019" => "americas",
            "142" => "asia",
            "150" => "europe",
            "009" => "oceania",
            _ => "undisclosed",
        };
        self.get("region", &[("region", key)])
    }

    /// A contributor as published: their name and affiliation where they consented, their
    /// stakeholder group and region where they disclosed them, else "a participant".
    pub fn contributor(&self, c: &Contributor) -> String {
        let who = match (&c.name, &c.affiliation) {
            (Some(name), Some(affiliation)) => format!("{name}, {affiliation}"),
            (Some(name), None) => name.clone(),
            (None, Some(affiliation)) => affiliation.clone(),
            (None, None) => self.get("anonymous", &[]),
        };
        let mut about = Vec::new();
        if let Some(group) = &c.group {
            about.push(self.get("group", &[("group", group)]));
        }
        if let Some(region) = &c.region {
            about.push(self.region(region));
        }
        if about.is_empty() { who } else { format!("{who} ({})", about.join(", ")) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;

    fn ids(source: &str) -> Vec<String> {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
        resource
            .entries()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_exactly_the_english_messages() {
        let english = ids(FILES[0].1);
        assert!(english.len() > 30);
        for (language, source) in FILES {
            let mut theirs = ids(source);
            let mut ours = english.clone();
            theirs.sort();
            ours.sort();
            assert_eq!(theirs, ours, "{language} differs from English");
        }
    }

    #[test]
    fn words_come_in_the_language_asked_and_fall_back_to_english() {
        assert_eq!(Words::new("fr-CA").get("contents", &[]), Words::new("fr").get("contents", &[]));
        assert_ne!(Words::new("ar").get("contents", &[]), "Contents");
        assert_eq!(Words::new("sw").get("contents", &[]), "Contents");
        assert_eq!(Words::new("en").get("group", &[("group", "civil_society")]), "Civil society");
        assert_eq!(Words::new("en").count("revision", "count", 3), "Revision 3");
        assert_eq!(Words::new("en").region("142"), "Asia");
        assert_eq!(Words::new("fr").region("002"), "Afrique");
    }
}
