//! The statement text format: how organizers write a statement of priorities in a plain text
//! file, and how Plenary reads and writes it. The format is documented for users in
//! `docs/statement-format.md`; the summary:
//!
//! ```text
//! ---
//! title: Enhancing International Collaboration to Improve Open-Source AI Safety and Security
//! language: en
//! ---
//!
//! # Preamble {.preamble}
//! Paragraphs in Markdown.
//!
//! # Collaboration and Inclusivity
//! ## Broaden Participation in Global AI Safety Forums {#broaden-participation}
//! Paragraphs in Markdown.
//!
//! # About This Statement {.about}
//! Paragraphs in Markdown.
//! ```
//!
//! Reading is all-or-nothing: the first problem found is reported with its line number and
//! nothing is returned, so an importer never sees half a statement.

use crate::domain::{AttributionRule, LanguageTag, Phase};
use crate::record::{MAX_TEXT_BYTES, MAX_TITLE_CHARS, is_slug};
use std::collections::HashMap;
use std::fmt;

/// The largest statement file Plenary reads.
pub const MAX_STATEMENT_BYTES: usize = 1024 * 1024;

/// A whole statement, as read from its text form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// The statement's title.
    pub title: String,
    /// The language it is written in.
    pub language: LanguageTag,
    /// Every language the forum works in, `language` first.
    pub languages: Vec<LanguageTag>,
    /// Whose names may be shown.
    pub attribution: AttributionRule,
    /// The phase the forum starts in: `commenting` unless the header says otherwise.
    pub phase: Phase,
    /// The preamble's heading and Markdown text, if the statement has one.
    pub preamble: Option<Part>,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// The closing note's heading and Markdown text, if the statement has one.
    pub about: Option<Part>,
}

/// A titled piece of text outside the sections: the preamble or the "about" note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// Its heading as written (in the statement's language).
    pub title: String,
    /// Its text, in Markdown.
    pub body: String,
}

/// A section of the statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// A short, stable name, unique among sections.
    pub slug: String,
    /// Its heading.
    pub title: String,
    /// Its priorities, in order.
    pub priorities: Vec<Priority>,
}

/// One priority: a title and a paragraph or more.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Priority {
    /// A short, stable name, unique among the statement's priorities.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// Its text, in Markdown.
    pub body: String,
}

/// The first problem found in a statement file, with the line it is on (1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct StatementError {
    /// The line the problem is on.
    pub line: usize,
    /// What is wrong and how to put it right.
    pub message: String,
}

fn err<T>(line: usize, message: impl Into<String>) -> Result<T, StatementError> {
    Err(StatementError { line, message: message.into() })
}

/// Which kind of `#` part a heading opens.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum PartKind {
    Preamble,
    About,
    Section,
}

/// A heading's text and its `{#slug .class}` attributes.
struct Heading {
    title: String,
    slug: Option<String>,
    class: Option<String>,
}

/// Splits `Title {#slug .class}` into its parts.
fn parse_heading(text: &str, line: usize) -> Result<Heading, StatementError> {
    let text = text.trim();
    // `{...}` at the end holds attributes only if every token in it is `#id` or `.class`;
    // otherwise the braces are part of the title.
    let split = text
        .strip_suffix('}')
        .and_then(|t| t.rfind('{').map(|i| (&t[..i], &t[i + 1..])))
        .filter(|(_, attrs)| attrs.split_whitespace().all(|a| a.starts_with('#') || a.starts_with('.')));
    let (title, attrs) = match split {
        Some((title, attrs)) => (title.trim_end(), Some(attrs)),
        None => (text, None),
    };
    let mut heading = Heading { title: title.to_owned(), slug: None, class: None };
    for attr in attrs.unwrap_or("").split_whitespace() {
        if let Some(slug) = attr.strip_prefix('#') {
            if !is_slug(slug) {
                return err(
                    line,
                    format!("'{{#{slug}}}' is not a valid id: use 1-64 lowercase letters, digits and single hyphens"),
                );
            }
            if heading.slug.replace(slug.to_owned()).is_some() {
                return err(line, "a heading may have only one {#id}");
            }
        } else if let Some(class) = attr.strip_prefix('.')
            && heading.class.replace(class.to_owned()).is_some()
        {
            return err(line, "a heading may have only one {.class}");
        }
    }
    if heading.title.is_empty() {
        return err(line, "this heading has no title");
    }
    if heading.title.chars().count() > MAX_TITLE_CHARS {
        return err(line, format!("this title is longer than {MAX_TITLE_CHARS} characters"));
    }
    Ok(heading)
}

/// A slug made from a title: ASCII letters and digits kept, everything else a single hyphen.
/// Empty when the title has no ASCII letters or digits (a Chinese title, say).
pub fn slug_of(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            if slug.len() == 64 {
                break;
            }
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') && slug.len() < 63 {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// Where body text is currently going.
enum Target {
    Nothing,
    Part(PartKind, usize),
    Priority(usize),
}

struct Body {
    line: usize,
    lines: Vec<String>,
}

impl Body {
    fn new(line: usize) -> Self {
        Body { line, lines: Vec::new() }
    }

    /// The Markdown text: the lines as written, without the blank lines around them.
    fn finish(self, what: &str) -> Result<String, StatementError> {
        let text = self.lines.join("\n").trim_matches('\n').trim_end().to_owned();
        if text.len() > MAX_TEXT_BYTES {
            return err(self.line, format!("the text of {what} is longer than {MAX_TEXT_BYTES} bytes"));
        }
        Ok(text)
    }
}

impl Statement {
    /// Reads a statement from its text form.
    pub fn parse(input: &str) -> Result<Statement, StatementError> {
        if input.len() > MAX_STATEMENT_BYTES {
            return err(
                1,
                format!("the file is {} bytes; a statement may be at most {MAX_STATEMENT_BYTES}", input.len()),
            );
        }
        let input = input.strip_prefix('\u{feff}').unwrap_or(input);
        let mut lines = input.lines().enumerate().map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)));

        // The header: `---`, then `key: value` lines, then `---`.
        match lines.next() {
            Some((_, "---")) => {}
            _ => {
                return err(
                    1,
                    "a statement starts with a header: a line '---', then 'title: ...' and 'language: ...', then '---'",
                );
            }
        }
        let mut header: HashMap<&str, (usize, &str)> = HashMap::new();
        let mut header_end = None;
        for (n, line) in lines.by_ref() {
            if line == "---" {
                header_end = Some(n);
                break;
            }
            if line.trim().is_empty() {
                continue;
            }
            let Some((key, value)) = line.split_once(':') else {
                return err(n, "header lines are 'key: value'; end the header with a line '---'");
            };
            let key = key.trim();
            if !["title", "language", "languages", "attribution", "phase"].contains(&key) {
                return err(
                    n,
                    format!("unknown header key '{key}' (known: title, language, languages, attribution, phase)"),
                );
            }
            if let Some((first, _)) = header.insert(key, (n, value.trim())) {
                return err(n, format!("'{key}' is already given on line {first}"));
            }
        }
        let Some(header_end) = header_end else {
            return err(1, "the header is never closed: add a line '---' after it");
        };
        let title = match header.get("title") {
            Some((n, t)) => parse_heading(t, *n)?.title,
            None => return err(header_end, "the header needs a 'title: ...' line"),
        };
        let language: LanguageTag = match header.get("language") {
            Some((n, l)) => l.parse().or_else(|e| err(*n, e))?,
            None => {
                return err(header_end, "the header needs a 'language: ...' line, such as 'language: en'");
            }
        };
        let mut languages = vec![language.clone()];
        if let Some((n, list)) = header.get("languages") {
            for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                let tag: LanguageTag = item.parse().or_else(|e| err(*n, e))?;
                if !languages.contains(&tag) {
                    languages.push(tag);
                }
            }
        }
        let attribution = match header.get("attribution") {
            Some((n, a)) => a.parse().or_else(|e| err(*n, format!("attribution: {e}")))?,
            None => AttributionRule::default(),
        };
        let phase = match header.get("phase") {
            Some((n, p)) => p.parse().or_else(|e| err(*n, format!("phase: {e}")))?,
            None => Phase::Commenting,
        };

        let mut statement = Statement {
            title,
            language,
            languages,
            attribution,
            phase,
            preamble: None,
            sections: Vec::new(),
            about: None,
        };
        // Bodies are collected per target and turned into text when the next heading starts.
        let mut parts: Vec<(PartKind, usize, String, Body)> = Vec::new();
        let mut priorities: Vec<(usize, usize, Heading, Body)> = Vec::new(); // (section, line, heading, body)
        let mut target = Target::Nothing;
        let mut fence: Option<&str> = None;
        let mut section_slugs: HashMap<String, usize> = HashMap::new();
        let mut priority_slugs: HashMap<String, usize> = HashMap::new();
        let mut section_lines: Vec<usize> = Vec::new();

        for (n, line) in lines {
            let trimmed = line.trim_start();
            if let Some(open) = fence {
                if trimmed.starts_with(open) {
                    fence = None;
                }
                push_body(&target, &mut parts, &mut priorities, line);
                continue;
            }
            if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
                if matches!(target, Target::Nothing) || matches!(target, Target::Part(PartKind::Section, _)) {
                    return err(n, "text must belong to a priority, the preamble or the about note");
                }
                fence = Some(&trimmed[..3]);
                push_body(&target, &mut parts, &mut priorities, line);
                continue;
            }
            let hashes = line.bytes().take_while(|&b| b == b'#').count();
            let is_heading = hashes > 0 && (line.len() == hashes || line.as_bytes()[hashes] == b' ');
            if is_heading && hashes > 2 {
                return err(
                    n,
                    "only '#' (a section, the preamble or the about note) and '##' (a priority) headings are allowed; inside a text, use **bold** instead",
                );
            }
            if is_heading && hashes == 1 {
                let heading = parse_heading(&line[1..], n)?;
                let kind = match heading.class.as_deref() {
                    None => PartKind::Section,
                    Some("preamble") => PartKind::Preamble,
                    Some("about") => PartKind::About,
                    Some(other) => {
                        return err(n, format!("unknown heading class '.{other}' (known: .preamble, .about)"));
                    }
                };
                if kind != PartKind::Section {
                    if heading.slug.is_some() {
                        return err(n, "the preamble and the about note take no {#id}");
                    }
                    if let Some((_, first, _, _)) = parts.iter().find(|p| p.0 == kind) {
                        return err(
                            n,
                            format!(
                                "the statement already has a {} on line {first}",
                                if kind == PartKind::Preamble { "preamble" } else { "about note" }
                            ),
                        );
                    }
                    parts.push((kind, n, heading.title, Body::new(n)));
                    target = Target::Part(kind, parts.len() - 1);
                    continue;
                }
                let slug = heading
                    .slug
                    .clone()
                    .unwrap_or_else(|| derived_slug(&heading.title, "section", statement.sections.len() + 1));
                if let Some(first) = section_slugs.insert(slug.clone(), n) {
                    return err(
                        n,
                        format!(
                            "the section on line {first} already has the id '{slug}'; give one of them another with {{#id}}"
                        ),
                    );
                }
                statement.sections.push(Section { slug, title: heading.title, priorities: Vec::new() });
                section_lines.push(n);
                parts.push((PartKind::Section, n, String::new(), Body::new(n)));
                target = Target::Part(PartKind::Section, parts.len() - 1);
                continue;
            }
            if is_heading && hashes == 2 {
                let heading = parse_heading(&line[2..], n)?;
                let section = match target {
                    Target::Part(PartKind::Section, _) | Target::Priority(_) => statement.sections.len() - 1,
                    Target::Part(PartKind::Preamble, _) => {
                        return err(
                            n,
                            "a priority ('##') cannot stand in the preamble; start a section with '# Title' first",
                        );
                    }
                    Target::Part(PartKind::About, _) => {
                        return err(
                            n,
                            "a priority ('##') cannot stand in the about note; start a section with '# Title' first",
                        );
                    }
                    Target::Nothing => {
                        return err(n, "a priority ('##') must stand in a section; start one with '# Title' first");
                    }
                };
                if heading.class.is_some() {
                    return err(n, "a priority heading takes no {.class}");
                }
                let slug = heading
                    .slug
                    .clone()
                    .unwrap_or_else(|| derived_slug(&heading.title, "priority", priorities.len() + 1));
                if let Some(first) = priority_slugs.insert(slug.clone(), n) {
                    return err(
                        n,
                        format!(
                            "the priority on line {first} already has the id '{slug}'; give one of them another with {{#id}}"
                        ),
                    );
                }
                let heading = Heading { slug: Some(slug), ..heading };
                priorities.push((section, n, heading, Body::new(n)));
                target = Target::Priority(priorities.len() - 1);
                continue;
            }
            if line.trim().is_empty() {
                push_body(&target, &mut parts, &mut priorities, line);
                continue;
            }
            match target {
                Target::Nothing => {
                    return err(
                        n,
                        "text before the first heading; put it under '# Preamble {.preamble}' or in a priority",
                    );
                }
                Target::Part(PartKind::Section, _) => {
                    return err(n, "text under a section heading must belong to a priority; start one with '## Title'");
                }
                _ => push_body(&target, &mut parts, &mut priorities, line),
            }
        }
        if let Some(open) = fence {
            return err(input.lines().count(), format!("a code block opened with '{open}' is never closed"));
        }

        for (kind, n, title, body) in parts {
            let what = match kind {
                PartKind::Preamble => "the preamble",
                PartKind::About => "the about note",
                PartKind::Section => continue,
            };
            let body = body.finish(what)?;
            if body.is_empty() {
                return err(n, format!("{what} has no text"));
            }
            let part = Some(Part { title, body });
            match kind {
                PartKind::Preamble => statement.preamble = part,
                _ => statement.about = part,
            }
        }
        for (section, n, heading, body) in priorities {
            let body = body.finish(&format!("the priority '{}'", heading.title))?;
            if body.is_empty() {
                return err(n, format!("the priority '{}' has no text", heading.title));
            }
            statement.sections[section].priorities.push(Priority {
                slug: heading.slug.unwrap_or_default(),
                title: heading.title,
                body,
            });
        }
        if statement.sections.is_empty() {
            return err(
                input.lines().count().max(1),
                "the statement has no sections: add one with '# Title' and a priority under it with '## Title'",
            );
        }
        for (section, n) in statement.sections.iter().zip(section_lines) {
            if section.priorities.is_empty() {
                return err(n, format!("the section '{}' has no priorities; add one with '## Title'", section.title));
            }
        }
        Ok(statement)
    }

    /// Writes the statement in its text form. Reading the result gives back an equal statement.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        out.push_str("---\n");
        out.push_str(&format!("title: {}\n", self.title));
        out.push_str(&format!("language: {}\n", self.language));
        if self.languages.len() > 1 {
            let list: Vec<&str> = self.languages.iter().map(LanguageTag::as_str).collect();
            out.push_str(&format!("languages: {}\n", list.join(", ")));
        }
        out.push_str(&format!("attribution: {}\n", self.attribution));
        if self.phase != Phase::Commenting {
            out.push_str(&format!("phase: {}\n", self.phase));
        }
        out.push_str("---\n");
        if let Some(p) = &self.preamble {
            out.push_str(&format!("\n# {} {{.preamble}}\n\n{}\n", p.title, p.body));
        }
        let mut priority_number = 0;
        for (i, section) in self.sections.iter().enumerate() {
            let derived = derived_slug(&section.title, "section", i + 1);
            out.push_str(&format!("\n# {}{}\n", section.title, id_attr(&section.slug, &derived)));
            for priority in &section.priorities {
                priority_number += 1;
                let derived = derived_slug(&priority.title, "priority", priority_number);
                out.push_str(&format!(
                    "\n## {}{}\n\n{}\n",
                    priority.title,
                    id_attr(&priority.slug, &derived),
                    priority.body
                ));
            }
        }
        if let Some(p) = &self.about {
            out.push_str(&format!("\n# {} {{.about}}\n\n{}\n", p.title, p.body));
        }
        out
    }

    /// Every priority with its section, in reading order.
    pub fn priorities(&self) -> impl Iterator<Item = (&Section, &Priority)> {
        self.sections.iter().flat_map(|s| s.priorities.iter().map(move |p| (s, p)))
    }
}

/// The slug a heading gets when it has no `{#id}`: made from its title, or `<kind>-<n>` (its
/// 1-based place among sections or priorities) when the title has no ASCII letters or digits.
fn derived_slug(title: &str, kind: &str, n: usize) -> String {
    match slug_of(title) {
        s if s.is_empty() => format!("{kind}-{n}"),
        s => s,
    }
}

fn id_attr(slug: &str, derived: &str) -> String {
    if slug == derived { String::new() } else { format!(" {{#{slug}}}") }
}

fn push_body(
    target: &Target,
    parts: &mut [(PartKind, usize, String, Body)],
    priorities: &mut [(usize, usize, Heading, Body)],
    line: &str,
) {
    match target {
        Target::Nothing => {}
        Target::Part(_, i) => parts[*i].3.lines.push(line.to_owned()),
        Target::Priority(i) => priorities[*i].3.lines.push(line.to_owned()),
    }
}

impl fmt::Display for Statement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const GOOD: &str = "---
title: A Statement on Things
language: en
languages: en, fr, zh-hans
---

# Preamble {.preamble}

First paragraph of the preamble.

Second paragraph, with *emphasis*.

# Collaboration {#collab}

## Broaden Participation

Forums should let everyone in.

## Remove Barriers {#barriers}

Governments should not block research.

```
# not a heading, inside code
```

# 标准与开放

## 事件报告

建立一致的协议。

# About This Statement {.about}

Written under the **Chatham House Rule**.
";

    fn line_of(input: &str) -> (usize, String) {
        let e = Statement::parse(input).unwrap_err();
        (e.line, e.message)
    }

    #[test]
    fn reads_a_well_formed_statement() {
        let s = Statement::parse(GOOD).unwrap();
        assert_eq!(s.title, "A Statement on Things");
        assert_eq!(s.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>(), ["en", "fr", "zh-Hans"]);
        assert_eq!(s.attribution, AttributionRule::ChathamHouse);
        let preamble = s.preamble.as_ref().unwrap();
        assert_eq!(preamble.title, "Preamble");
        assert_eq!(preamble.body, "First paragraph of the preamble.\n\nSecond paragraph, with *emphasis*.");
        assert_eq!(s.sections.len(), 2);
        assert_eq!(s.sections[0].slug, "collab");
        assert_eq!(s.sections[1].slug, "section-2");
        let slugs: Vec<_> = s.priorities().map(|(_, p)| p.slug.as_str()).collect();
        assert_eq!(slugs, ["broaden-participation", "barriers", "priority-3"]);
        assert!(s.sections[0].priorities[1].body.contains("# not a heading, inside code"));
        assert_eq!(s.about.as_ref().unwrap().body, "Written under the **Chatham House Rule**.");
    }

    #[test]
    fn accepts_crlf_line_ends_and_a_byte_order_mark() {
        let windows = format!("\u{feff}{}", GOOD.replace('\n', "\r\n"));
        assert_eq!(Statement::parse(&windows), Statement::parse(GOOD));
    }

    #[test]
    fn errors_name_the_line_and_the_problem() {
        let cases: &[(&str, usize, &str)] = &[
            ("title: x\n", 1, "starts with a header"),
            ("---\ntitle: x\nlanguage: en\n", 1, "never closed"),
            ("---\ntitle: x\n---\n# S\n## P\ntext\n", 3, "'language: ...'"),
            ("---\nlanguage: en\n---\n", 3, "'title: ...'"),
            ("---\ntitle: x\nlanguage: english\n---\n", 3, "not a language tag"),
            ("---\ntitle: x\nlanguage: en\ncolour: blue\n---\n", 4, "unknown header key 'colour'"),
            ("---\ntitle: x\ntitle: y\n---\n", 3, "already given on line 2"),
            ("---\ntitle: x\nlanguage: en\nattribution: open\n---\n", 4, "chatham_house, attributed"),
            ("---\ntitle: x\nlanguage: en\n---\nhello\n", 5, "before the first heading"),
            ("---\ntitle: x\nlanguage: en\n---\n## P\ntext\n", 5, "must stand in a section"),
            ("---\ntitle: x\nlanguage: en\n---\n# S\nintro\n", 6, "must belong to a priority"),
            ("---\ntitle: x\nlanguage: en\n---\n# S\n## P\n\n", 6, "'P' has no text"),
            ("---\ntitle: x\nlanguage: en\n---\n# S\n\n# T\n## P\nt\n", 5, "'S' has no priorities"),
            ("---\ntitle: x\nlanguage: en\n---\n# S\n## P\nt\n### Deep\n", 8, "only '#'"),
            ("---\ntitle: x\nlanguage: en\n---\n# S\n## P\nt\n## P\nu\n", 8, "line 6 already has the id 'p'"),
            ("---\ntitle: x\nlanguage: en\n---\n# S {.intro}\n", 5, "unknown heading class '.intro'"),
            ("---\ntitle: x\nlanguage: en\n---\n# S {#Bad_Id}\n", 5, "not a valid id"),
            (
                "---\ntitle: x\nlanguage: en\n---\n# P {.preamble}\nt\n# Q {.preamble}\nu\n",
                7,
                "already has a preamble on line 5",
            ),
            ("---\ntitle: x\nlanguage: en\n---\n# P {.preamble}\n## Q\nt\n", 6, "cannot stand in the preamble"),
            ("---\ntitle: x\nlanguage: en\n---\n#\n", 5, "no title"),
            ("---\ntitle: x\nlanguage: en\n---\n", 4, "no sections"),
            ("---\ntitle: x\nlanguage: en\n---\n# S\n## P\n```\ncode\n", 8, "never closed"),
        ];
        for (input, line, needle) in cases {
            let (got_line, message) = line_of(input);
            assert!(message.contains(needle), "{input:?}: {message:?} should mention {needle:?}");
            assert_eq!(got_line, *line, "{input:?}: {message}");
        }
    }

    #[test]
    fn braces_that_are_not_attributes_stay_in_the_title() {
        let s = Statement::parse("---\ntitle: x\nlanguage: en\n---\n# Sets {a, b}\n## P\nt\n").unwrap();
        assert_eq!(s.sections[0].title, "Sets {a, b}");
    }

    #[test]
    fn an_oversized_file_is_refused() {
        let big = "a".repeat(MAX_STATEMENT_BYTES + 1);
        assert!(line_of(&big).1.contains("at most"));
    }

    fn title() -> impl Strategy<Value = String> {
        // Titles are one line of words; braces are left out because a title ending in
        // `{#x}` would read as an attribute.
        "[A-Za-z0-9éü中文 ,.'()-]{0,40}[A-Za-z0-9中文]".prop_map(|s| s.trim().to_owned())
    }

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec("[A-Za-z0-9 *_.,中文]{0,30}[A-Za-z中文.]", 1..4).prop_map(|ps| ps.join("\n\n"))
    }

    prop_compose! {
        fn statement()(
            title in title(),
            preamble in proptest::option::of((title(), text())),
            about in proptest::option::of((title(), text())),
            sections in proptest::collection::vec((title(), proptest::collection::vec((title(), text()), 1..4)), 1..4),
        ) -> Statement {
            let mut n = 0;
            let sections = sections.into_iter().enumerate().map(|(i, (title, ps))| Section {
                slug: format!("s{i}"),
                title,
                priorities: ps.into_iter().map(|(title, body)| { n += 1; Priority { slug: format!("p{n}"), title, body } }).collect(),
            }).collect();
            Statement {
                title,
                language: "en".parse().unwrap(),
                languages: vec!["en".parse().unwrap(), "ar".parse().unwrap()],
                attribution: AttributionRule::Attributed,
                phase: Phase::Drafting,
                preamble: preamble.map(|(title, body)| Part { title, body }),
                sections,
                about: about.map(|(title, body)| Part { title, body }),
            }
        }
    }

    proptest! {
        #[test]
        fn writing_then_reading_gives_the_same_statement(s in statement()) {
            let text = s.to_text();
            prop_assert_eq!(Statement::parse(&text), Ok(s), "{}", text);
        }

        #[test]
        fn never_panics_on_arbitrary_input(input in "(---\n|# |## |\\{#|\\{\\.|```|[a-z :\n])*") {
            let _ = Statement::parse(&input);
        }
    }
}
