//! TBX: the glossary of contested terms for terminology tools (ISO 30042).
//!
//! Written as TBX v3 in the TBX-Basic dialect, DCA style: one `<conceptEntry id>` per concept
//! (its note as `<note>`), one `<langSec xml:lang>` per language (its definition as
//! `<descrip type="definition">`, its usage note as `<note>`), one `<termSec>` per term with
//! `<term>`, `<termNote type="administrativeStatus">` and the term's `<note>`. Statuses:
//!
//! | Plenary   | administrativeStatus      |
//! |-----------|---------------------------|
//! | preferred | `preferredTerm-admn-sts`  |
//! | admitted  | `admittedTerm-admn-sts`   |
//! | forbidden | `deprecatedTerm-admn-sts` |
//!
//! Reading also accepts the DCT style (`<basic:definition>`, `<min:administrativeStatus>`), the
//! namespace `urn:iso:std:iso:30042:ed:3.0` of the TBX-Basic dialect's published examples, and
//! the older TBX 2008 form (`<martif>`, `<termEntry>`, `<langSet>`, `<tig>` or `<ntig>`) that
//! many tools still write. `supersededTerm-admn-sts` reads as forbidden too; the 2008
//! `normativeAuthorization` values map likewise (`standardizedTerm` as preferred, `legalTerm`
//! and `regulatedTerm` as admitted). A term without a status reads as admitted. Several notes
//! or definitions where Plenary keeps one are joined with a blank line; a definition given for
//! the whole concept goes to the source language's entry if that has none, else into the
//! concept's note. Other data categories (subject field, part of speech, transactions,
//! cross-references) are valid TBX that Plenary has no place for, and are skipped.

use super::xml::{self, Element, XML_NS};
use super::{Concept, LanguageEntry, Problem, Problems, Term, TermStatus, Termbase, join_texts, prepare};
use std::collections::HashMap;

/// The TBX v3 namespace (ISO 30042:2019).
pub const NAMESPACE: &str = "urn:iso:std:iso:30042:ed-2";

/// The namespace used in the TBX-Basic dialect's published v3 examples.
const NAMESPACE_ALT: &str = "urn:iso:std:iso:30042:ed:3.0";

/// Writes the termbase as TBX v3, TBX-Basic dialect, DCA style.
pub fn write(termbase: &Termbase) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"");
    xml::push_escaped_attr(&mut out, &termbase.source_language);
    out.push_str("\" xmlns=\"");
    out.push_str(NAMESPACE);
    out.push_str("\">\n  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n");
    out.push_str("        <p>Glossary of contested terms, exported from Plenary</p>\n");
    out.push_str("      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n");
    for concept in &termbase.concepts {
        out.push_str("      <conceptEntry id=\"");
        xml::push_escaped_attr(&mut out, &concept.id);
        out.push_str("\">\n");
        push_element(&mut out, 8, "note", concept.note.as_deref());
        for entry in &concept.entries {
            out.push_str("        <langSec xml:lang=\"");
            xml::push_escaped_attr(&mut out, &entry.language);
            out.push_str("\">\n");
            if let Some(definition) = &entry.definition {
                out.push_str("          <descrip type=\"definition\">");
                xml::push_escaped_text(&mut out, definition);
                out.push_str("</descrip>\n");
            }
            push_element(&mut out, 10, "note", entry.note.as_deref());
            for term in &entry.terms {
                out.push_str("          <termSec>\n");
                push_element(&mut out, 12, "term", Some(&term.text));
                let status = match term.status {
                    TermStatus::Preferred => "preferredTerm-admn-sts",
                    TermStatus::Admitted => "admittedTerm-admn-sts",
                    TermStatus::Forbidden => "deprecatedTerm-admn-sts",
                };
                out.push_str("            <termNote type=\"administrativeStatus\">");
                out.push_str(status);
                out.push_str("</termNote>\n");
                push_element(&mut out, 12, "note", term.note.as_deref());
                out.push_str("          </termSec>\n");
            }
            out.push_str("        </langSec>\n");
        }
        out.push_str("      </conceptEntry>\n");
    }
    out.push_str("    </body>\n  </text>\n</tbx>\n");
    out
}

/// Appends `<name>text</name>` on its own line, if there is a text.
fn push_element(out: &mut String, indent: usize, name: &str, text: Option<&str>) {
    if let Some(text) = text {
        out.push_str(&" ".repeat(indent));
        out.push_str(&format!("<{name}>"));
        xml::push_escaped_text(out, text);
        out.push_str(&format!("</{name}>\n"));
    }
}

/// The element names of a TBX generation.
struct Names {
    ns: Option<&'static str>,
    concept: &'static str,
    language: &'static str,
}

const V3: Names = Names { ns: Some(NAMESPACE), concept: "conceptEntry", language: "langSec" };
const V3_ALT: Names = Names { ns: Some(NAMESPACE_ALT), concept: "conceptEntry", language: "langSec" };
const V2008: Names = Names { ns: None, concept: "termEntry", language: "langSet" };

/// Reads a TBX file (v3, or the 2008 `martif` form). Every problem found is returned, each
/// with its line and column.
pub fn read(input: &str) -> Result<Termbase, Vec<Problem>> {
    let text = prepare(input)?;
    let mut problems = Problems::new(text);
    let Some(root) = xml::parse(text, &mut problems) else {
        return Err(problems.into_vec());
    };
    let names = match (root.name.as_str(), root.ns.as_deref()) {
        ("tbx", Some(NAMESPACE)) => &V3,
        ("tbx", Some(NAMESPACE_ALT)) => &V3_ALT,
        ("tbx", other) => {
            let found = other.map_or("no namespace".to_string(), |ns| format!("the namespace {ns}"));
            problems.at(root.at, format!("<tbx> has {found}; TBX v3 files use {NAMESPACE}"));
            return Err(problems.into_vec());
        }
        ("martif", None) => &V2008,
        _ => {
            problems.at(
                root.at,
                format!(
                    "the root element is <{}>, not <tbx> (or TBX 2008's <martif>): this is not a TBX file",
                    root.qname
                ),
            );
            return Err(problems.into_vec());
        }
    };
    if names.ns.is_some() {
        if root.value("type").is_none_or(str::is_empty) {
            problems.at(root.at, "<tbx> has no type attribute naming its dialect, such as TBX-Basic");
        }
        match root.value("style") {
            Some("dca" | "dct") => {}
            Some(other) => problems.at(root.at, format!("unknown style \"{other}\": expected dca or dct")),
            None => problems.at(root.at, "<tbx> has no style attribute (dca or dct)"),
        }
    }
    // An empty xml:lang is taken as "not said" (it is what a termbase without a source
    // language is written with); TBX 2008 files often leave it out.
    let source_language = match root.attr_ns(XML_NS, "lang") {
        Some(lang) => lang.value.clone(),
        None if names.ns.is_none() => String::new(),
        None => {
            problems.at(root.at, "<tbx> has no xml:lang attribute naming the file's main language");
            String::new()
        }
    };
    let mut reader = Reader { names, problems, seen: HashMap::new(), source_language };
    let mut concepts = Vec::new();
    let texts: Vec<&Element> = root.elements().filter(|e| reader.is(e, "text")).collect();
    for text_element in texts {
        let bodies: Vec<&Element> = text_element.elements().filter(|e| reader.is(e, "body")).collect();
        for body in bodies {
            for entry in body.elements() {
                if reader.is(entry, reader.names.concept) {
                    if let Some(concept) = reader.concept(entry) {
                        concepts.push(concept);
                    }
                } else if reader.in_core(entry) {
                    let message = format!("<{}> is not expected in <body>", entry.qname);
                    reader.problems.at(entry.at, message);
                }
            }
        }
    }
    let Reader { problems, source_language, .. } = reader;
    problems.finish(Termbase { source_language, concepts })
}

struct Reader<'a> {
    names: &'static Names,
    problems: Problems<'a>,
    /// Where each concept id was first seen.
    seen: HashMap<String, usize>,
    source_language: String,
}

/// What a status value means, or `None` if it is not one TBX defines.
fn status(value: &str) -> Option<TermStatus> {
    match value.trim().trim_end_matches("-admn-sts") {
        "preferredTerm" | "standardizedTerm" => Some(TermStatus::Preferred),
        "admittedTerm" | "legalTerm" | "regulatedTerm" => Some(TermStatus::Admitted),
        "deprecatedTerm" | "supersededTerm" => Some(TermStatus::Forbidden),
        _ => None,
    }
}

impl Reader<'_> {
    fn in_core(&self, element: &Element) -> bool {
        element.ns.as_deref() == self.names.ns
    }

    fn is(&self, element: &Element, name: &str) -> bool {
        self.in_core(element) && element.name == name
    }

    /// Whether the element is the data category `category`: `<descrip type="definition">` (or
    /// `<termNote type=…>`, `<admin type=…>`) in DCA style, `<x:definition>` in DCT style.
    fn is_category(&self, element: &Element, category: &str) -> bool {
        if self.in_core(element) {
            matches!(element.name.as_str(), "descrip" | "termNote" | "admin") && element.value("type") == Some(category)
        } else {
            element.ns.is_some() && element.name == category
        }
    }

    /// The definitions directly in `element` or in its `<descripGrp>`s.
    fn definitions(&self, element: &Element) -> Vec<String> {
        let mut out = Vec::new();
        for child in element.elements() {
            if self.is_category(child, "definition") {
                out.push(child.text());
            } else if self.is(child, "descripGrp") {
                out.extend(child.elements().filter(|d| self.is_category(d, "definition")).map(Element::text));
            }
        }
        out
    }

    fn notes(&self, element: &Element) -> Vec<String> {
        element.elements().filter(|c| self.is(c, "note")).map(Element::text).collect()
    }

    fn concept(&mut self, element: &Element) -> Option<Concept> {
        let id = match element.value("id") {
            Some(id) if !id.is_empty() => id.to_string(),
            // TBX 2008 makes the id optional; like translate-toolkit, take the first term in
            // the file's language (or any language) instead.
            _ if self.names.ns.is_none() => match self.fallback_id(element) {
                Some(id) => id,
                None => {
                    self.problems.at(element.at, format!("<{}> has neither an id nor a term", element.qname));
                    String::new()
                }
            },
            _ => {
                self.problems.at(element.at, format!("<{}> has no id attribute", element.qname));
                String::new()
            }
        };
        if !id.is_empty() {
            if let Some(&first) = self.seen.get(&id) {
                let (line, column) = self.problems.position(first);
                let message =
                    format!("a second concept with id \"{id}\" (the first is at line {line}, column {column})");
                self.problems.at(element.at, message);
            } else {
                self.seen.insert(id.clone(), element.at);
            }
        }
        let mut note = self.notes(element);
        let definitions = self.definitions(element);
        let mut entries: Vec<LanguageEntry> = Vec::new();
        let mut languages: HashMap<String, usize> = HashMap::new();
        let sections: Vec<&Element> = element.elements().filter(|c| self.is(c, self.names.language)).collect();
        for child in sections {
            let Some(lang) = child.attr_ns(XML_NS, "lang").filter(|a| !a.value.is_empty()) else {
                self.problems.at(child.at, format!("<{}> has no xml:lang attribute naming its language", child.qname));
                continue;
            };
            if let Some(&first) = languages.get(&lang.value.to_ascii_lowercase()) {
                let (line, column) = self.problems.position(first);
                let message = format!(
                    "a second <{}> for \"{}\" in one concept (the first is at line {line}, column {column})",
                    child.qname, lang.value
                );
                self.problems.at(child.at, message);
                continue;
            }
            languages.insert(lang.value.to_ascii_lowercase(), child.at);
            entries.push(self.language(child, lang.value.clone()));
        }
        if let Some(definition) = join_texts(definitions) {
            let home = entries
                .iter_mut()
                .find(|e| e.language.eq_ignore_ascii_case(&self.source_language) && e.definition.is_none());
            match home {
                Some(entry) => entry.definition = Some(definition),
                None => note.push(definition),
            }
        }
        Some(Concept { id, note: join_texts(note), entries })
    }

    /// The first term of a TBX 2008 entry, preferring the file's language.
    fn fallback_id(&self, element: &Element) -> Option<String> {
        let sections: Vec<&Element> = element.elements().filter(|c| self.is(c, self.names.language)).collect();
        let preferred = sections
            .iter()
            .find(|s| s.attr_ns(XML_NS, "lang").is_some_and(|l| l.value.eq_ignore_ascii_case(&self.source_language)));
        preferred.into_iter().chain(sections.iter()).find_map(|section| {
            section
                .elements()
                .filter(|t| self.is(t, "tig") || self.is(t, "ntig"))
                .flat_map(|t| std::iter::once(t).chain(t.elements().filter(|g| self.is(g, "termGrp"))))
                .flat_map(Element::elements)
                .find(|term| self.is(term, "term"))
                .map(Element::text)
        })
    }

    fn language(&mut self, element: &Element, language: String) -> LanguageEntry {
        let mut terms = Vec::new();
        for child in element.elements() {
            if (self.is(child, "termSec") || self.is(child, "tig") || self.is(child, "ntig"))
                && let Some(term) = self.term(child)
            {
                terms.push(term);
            }
        }
        LanguageEntry {
            language,
            definition: join_texts(self.definitions(element)),
            note: join_texts(self.notes(element)),
            terms,
        }
    }

    fn term(&mut self, element: &Element) -> Option<Term> {
        // The term and its notes sit in the element itself, or for TBX 2008's <ntig> in its
        // <termGrp>; v3 may group term notes in <termNoteGrp>.
        let mut items: Vec<&Element> = Vec::new();
        for child in element.elements() {
            if self.is(child, "termGrp") || self.is(child, "termNoteGrp") {
                for inner in child.elements() {
                    if self.is(inner, "termNoteGrp") {
                        items.extend(inner.elements());
                    } else {
                        items.push(inner);
                    }
                }
            } else {
                items.push(child);
            }
        }
        let mut text = None;
        let mut term_status = None;
        let mut notes = Vec::new();
        for item in items {
            if self.is(item, "term") {
                if text.is_some() {
                    self.problems.at(item.at, format!("a second <term> in one <{}>", element.qname));
                }
                text = Some(item.text());
            } else if self.is(item, "note") {
                notes.push(item.text());
            } else if self.is_category(item, "administrativeStatus") || self.is_category(item, "normativeAuthorization")
            {
                let value = item.text();
                match status(&value) {
                    Some(s) => term_status = Some(s),
                    None => {
                        let message = format!(
                            "unknown administrative status \"{}\": expected preferredTerm-admn-sts, \
                             admittedTerm-admn-sts or deprecatedTerm-admn-sts",
                            value.trim()
                        );
                        self.problems.at(item.at, message);
                    }
                }
            }
        }
        let Some(text) = text else {
            self.problems.at(element.at, format!("<{}> has no <term>", element.qname));
            return None;
        };
        Some(Term { text, status: term_status.unwrap_or(TermStatus::Admitted), note: join_texts(notes) })
    }
}
