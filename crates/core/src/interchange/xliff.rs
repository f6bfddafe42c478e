//! XLIFF 2.0: the statement's translations for computer-assisted translation tools (OmegaT,
//! memoQ, Trados, Okapi, Weblate, translate-toolkit).
//!
//! One `<file>` holds one `<unit>` per Plenary unit, with the context as
//! `<notes><note category="context">` and one `<segment>` holding `<source>` and, when there
//! is a translation, `<target>`. States are written as:
//!
//! | Plenary       | `state`      | `subState`              |
//! |---------------|--------------|-------------------------|
//! | untranslated  | `initial`    | (no `<target>`)         |
//! | machine draft | `initial`    | `plenary:machine-draft` |
//! | needs review  | `translated` | `plenary:needs-review`  |
//! | translated    | `translated` |                         |
//! | approved      | `final`      |                         |
//!
//! XLIFF 2.0 makes `subState` a `prefix:value` pair in which the prefix names the authority
//! that defines the values (`xlf` is reserved for the specification); `plenary` is ours. It is
//! an attribute value, not an XML name, so it needs no namespace declaration.
//!
//! Reading a file from another tool: `reviewed` reads as translated, not approved, because in
//! XLIFF it means a review step has passed while the translation is not yet final; only
//! `final` reads as approved. `initial` with a target is a machine draft unless
//! `subState="plenary:needs-review"` says otherwise, and a `subState` that does not fit its
//! `state` (a tool advanced the state and kept our old `subState`) is ignored. A unit that a
//! tool split into several `<segment>`s and `<ignorable>`s is joined back in order (honouring
//! `<target order>`); its state is the least advanced of its segments, and if only some
//! segments are translated the untranslated ones keep their source text and the unit needs
//! review. Inline codes keep their plain-text equivalent (`equiv`, `equivStart`, `equivEnd`,
//! or the text they enclose), `<cp>` becomes its character, and elements and attributes of
//! other namespaces (the `mtc:`, `fs:`, `mda:` modules and tools' own) are ignored.
//!
//! XLIFF 2.0 requires unit ids to be XML name tokens (letters, digits, `.`, `-`, `_`, `:`). An
//! id with other characters, such as the `/` in `priority/…/title`, is written in an encoded
//! form (each such character, and `_`, as `_HEX_`) and kept verbatim in the unit's `name`
//! attribute, "the original identifier of the resource"; readers take `name` when present.

use super::xml::{self, Element, Node, XML_NS};
use super::{Problem, Problems, TranslationFile, Unit, UnitState, prepare};
use std::borrow::Cow;
use std::collections::HashMap;

/// The XLIFF 2.0 (and 2.1) namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The XLIFF 2.2 namespace, whose core is read the same way.
const NAMESPACE_22: &str = "urn:oasis:names:tc:xliff:document:2.2";

/// The start of the XLIFF 1.x namespaces, recognized only to say what to do instead.
const NAMESPACE_1X: &str = "urn:oasis:names:tc:xliff:document:1.";

/// Writes the file as XLIFF 2.0.
pub fn write(file: &TranslationFile) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<xliff xmlns=\"");
    out.push_str(NAMESPACE);
    out.push_str("\" version=\"2.0\" srcLang=\"");
    xml::push_escaped_attr(&mut out, &file.source_language);
    out.push_str("\" trgLang=\"");
    xml::push_escaped_attr(&mut out, &file.target_language);
    out.push_str("\">\n  <file id=\"f1\">\n");
    for unit in &file.units {
        let token = nmtoken(&unit.id);
        out.push_str("    <unit id=\"");
        xml::push_escaped_attr(&mut out, &token);
        if token != unit.id {
            out.push_str("\" name=\"");
            xml::push_escaped_attr(&mut out, &unit.id);
        }
        out.push_str("\">\n");
        if let Some(context) = &unit.context {
            out.push_str("      <notes>\n        <note category=\"context\">");
            xml::push_escaped_text(&mut out, context);
            out.push_str("</note>\n      </notes>\n");
        }
        let (state, sub_state) = match (&unit.target, unit.state) {
            (None, _) => ("initial", None),
            (Some(_), None | Some(UnitState::MachineDraft)) => ("initial", Some("plenary:machine-draft")),
            (Some(_), Some(UnitState::NeedsReview)) => ("translated", Some("plenary:needs-review")),
            (Some(_), Some(UnitState::Translated)) => ("translated", None),
            (Some(_), Some(UnitState::Approved)) => ("final", None),
        };
        out.push_str("      <segment state=\"");
        out.push_str(state);
        if let Some(sub_state) = sub_state {
            out.push_str("\" subState=\"");
            out.push_str(sub_state);
        }
        out.push_str("\">\n        <source xml:space=\"preserve\">");
        push_content(&mut out, &unit.source);
        out.push_str("</source>\n");
        if let Some(target) = &unit.target {
            out.push_str("        <target xml:space=\"preserve\">");
            push_content(&mut out, target);
            out.push_str("</target>\n");
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

/// Appends source or target text; characters XML cannot carry become `<cp hex="…"/>`, which
/// XLIFF defines for exactly that.
fn push_content(out: &mut String, text: &str) {
    for c in text.chars() {
        if xml::is_xml_char(c) {
            xml::push_escaped_text(out, c.encode_utf8(&mut [0; 4]));
        } else {
            out.push_str(&format!("<cp hex=\"{:04X}\"/>", u32::from(c)));
        }
    }
}

/// The id as an XML name token: unchanged if it already is one without `_`, otherwise with
/// `_` and every character a name token cannot hold written as `_HEX_`. Distinct ids stay
/// distinct.
fn nmtoken(id: &str) -> Cow<'_, str> {
    if id.chars().all(|c| c != '_' && is_name_char(c)) {
        return Cow::Borrowed(id);
    }
    let mut out = String::new();
    for c in id.chars() {
        if c != '_' && is_name_char(c) {
            out.push(c);
        } else {
            out.push_str(&format!("_{:X}_", u32::from(c)));
        }
    }
    Cow::Owned(out)
}

/// XML 1.0's `NameChar`.
fn is_name_char(c: char) -> bool {
    matches!(c,
        ':' | 'A'..='Z' | '_' | 'a'..='z' | '-' | '.' | '0'..='9' | '\u{B7}'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{203F}'..='\u{2040}' | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}'
        | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

/// Reads an XLIFF 2 file. Every problem found is returned, each with its line and column.
pub fn read(input: &str) -> Result<TranslationFile, Vec<Problem>> {
    let text = prepare(input)?;
    let mut problems = Problems::new(text);
    let Some(root) = xml::parse(text, &mut problems) else {
        return Err(problems.into_vec());
    };
    let Some(ns) = check_root(&root, &mut problems) else {
        return Err(problems.into_vec());
    };
    let source_language = match root.value("srcLang") {
        Some(lang) if !lang.is_empty() => lang.to_string(),
        _ => {
            problems.at(root.at, "<xliff> has no srcLang attribute: it must name the source language");
            String::new()
        }
    };
    let mut reader = Reader {
        ns,
        target_language: root.value("trgLang").unwrap_or_default().to_string(),
        units: Vec::new(),
        seen: HashMap::new(),
        problems,
        any_target: None,
    };
    for child in root.elements() {
        match reader.core_name(child) {
            Some("file") => reader.container(child),
            Some(_) => reader.unexpected(child, "<xliff>"),
            None => {}
        }
    }
    if let Some(at) = reader.any_target
        && root.value("trgLang").is_none_or(str::is_empty)
    {
        reader.problems.at(at, "there are translations but <xliff> has no trgLang attribute naming their language");
    }
    let Reader { target_language, units, problems, .. } = reader;
    problems.finish(TranslationFile { source_language, target_language, units })
}

/// Checks the root element and returns the namespace of the file's core elements.
fn check_root(root: &Element, problems: &mut Problems<'_>) -> Option<&'static str> {
    let version = root.value("version");
    if root.name != "xliff" {
        problems.at(root.at, format!("the root element is <{}>, not <xliff>: this is not an XLIFF file", root.qname));
        return None;
    }
    let (ns, versions): (&'static str, &[&str]) = match root.ns.as_deref() {
        Some(NAMESPACE) => (NAMESPACE, &["2.0", "2.1"]),
        Some(NAMESPACE_22) => (NAMESPACE_22, &["2.2"]),
        Some(ns) if ns.starts_with(NAMESPACE_1X) => {
            let version = &ns[NAMESPACE_1X.len() - 2..];
            problems
                .at(root.at, format!("this is XLIFF {version}; Plenary reads XLIFF 2.0: export the file as XLIFF 2.0"));
            return None;
        }
        other => {
            let found = other.map_or("no namespace".to_string(), |ns| format!("the namespace {ns}"));
            problems.at(root.at, format!("<xliff> has {found}; XLIFF 2.0 files use {NAMESPACE}"));
            return None;
        }
    };
    match version {
        Some(v) if versions.contains(&v) => {}
        Some(v) => {
            problems.at(root.at, format!("unsupported XLIFF version \"{v}\": expected {}", versions.join(" or ")))
        }
        None => problems.at(root.at, "<xliff> has no version attribute"),
    }
    Some(ns)
}

/// One `<segment>` or `<ignorable>` of a unit.
struct Part {
    ignorable: bool,
    source: String,
    target: Option<String>,
    /// The `order` of its target, if given, and where.
    order: Option<(String, usize)>,
    /// The state this segment alone would give the unit, when it has a target.
    state: UnitState,
}

struct Reader<'a> {
    ns: &'static str,
    target_language: String,
    units: Vec<Unit>,
    /// Where each unit id was first seen.
    seen: HashMap<String, usize>,
    problems: Problems<'a>,
    /// Where the first target was, to report a missing trgLang.
    any_target: Option<usize>,
}

impl Reader<'_> {
    /// The local name of an element in the XLIFF core namespace; `None` for other namespaces
    /// (modules and extensions), which are ignored.
    fn core_name<'e>(&self, element: &'e Element) -> Option<&'e str> {
        (element.ns.as_deref() == Some(self.ns)).then_some(element.name.as_str())
    }

    fn unexpected(&mut self, element: &Element, parent: &str) {
        self.problems.at(element.at, format!("<{}> is not expected in {parent}", element.qname));
    }

    /// Reads a `<file>` or `<group>`: units and nested groups.
    fn container(&mut self, element: &Element) {
        let parent = format!("<{}>", element.qname);
        for child in element.elements() {
            match self.core_name(child) {
                Some("unit") => self.unit(child),
                Some("group") => self.container(child),
                Some("notes" | "skeleton") => {}
                Some(_) => self.unexpected(child, &parent),
                None => {}
            }
        }
    }

    fn unit(&mut self, element: &Element) {
        let id = match (element.value("name"), element.value("id")) {
            (_, None) => {
                self.problems.at(element.at, "<unit> has no id attribute");
                return;
            }
            (_, Some("")) => {
                self.problems.at(element.at, "<unit> has an empty id");
                return;
            }
            (Some(name), Some(_)) if !name.is_empty() => name.to_string(),
            (_, Some(id)) => id.to_string(),
        };
        if let Some(&first) = self.seen.get(&id) {
            let (line, column) = self.problems.position(first);
            self.problems.at(
                element.at,
                format!("a second unit with id \"{id}\" (the first is at line {line}, column {column})"),
            );
        } else {
            self.seen.insert(id.clone(), element.at);
        }
        let mut context = Vec::new();
        let mut parts = Vec::new();
        let mut segments = 0;
        for child in element.elements() {
            match self.core_name(child) {
                Some("notes") => self.context_notes(child, &mut context),
                Some(name @ ("segment" | "ignorable")) => {
                    segments += usize::from(name == "segment");
                    if let Some(part) = self.part(child, name == "ignorable", &mut context) {
                        parts.push(part);
                    }
                }
                Some("originalData") => {}
                Some(_) => self.unexpected(child, "<unit>"),
                None => {}
            }
        }
        if segments == 0 {
            self.problems.at(element.at, "<unit> has no <segment>");
            return;
        }
        let source = parts.iter().map(|p| p.source.as_str()).collect();
        let translated = parts.iter().filter(|p| !p.ignorable && p.target.is_some()).count();
        let segments = parts.iter().filter(|p| !p.ignorable).count();
        let (target, state) = if translated == 0 {
            (None, None)
        } else {
            let mut state = parts.iter().filter(|p| !p.ignorable && p.target.is_some()).map(|p| p.state).min();
            if translated < segments {
                state = state.map(|s| s.min(UnitState::NeedsReview));
            }
            (self.join_targets(parts), state)
        };
        let context = (!context.is_empty()).then(|| context.join("\n"));
        self.units.push(Unit { id, context, source, target, state });
    }

    /// Joins the targets of a unit's parts in order; a part without a target contributes its
    /// source (as XLIFF says of `<ignorable>`).
    fn join_targets(&mut self, parts: Vec<Part>) -> Option<String> {
        let count = parts.len();
        let mut slots: Vec<Option<String>> = vec![None; count];
        let mut rest = Vec::new();
        let mut ok = true;
        for part in parts {
            let content = part.target.unwrap_or(part.source);
            match part.order {
                None => rest.push(content),
                Some((order, at)) => match order.parse::<usize>() {
                    Ok(n) if (1..=count).contains(&n) && slots[n - 1].is_none() => slots[n - 1] = Some(content),
                    _ => {
                        self.problems.at(
                            at,
                            format!("order=\"{order}\" is not a free position between 1 and {count} in this unit"),
                        );
                        ok = false;
                    }
                },
            }
        }
        let mut rest = rest.into_iter();
        let joined = slots.into_iter().map(|slot| slot.or_else(|| rest.next()).unwrap_or_default()).collect();
        ok.then_some(joined)
    }

    /// Collects the texts of `<note category="context">` in a `<notes>`.
    fn context_notes(&self, notes: &Element, context: &mut Vec<String>) {
        for note in notes.elements() {
            if self.core_name(note) == Some("note") && note.value("category") == Some("context") {
                context.push(note.text());
            }
        }
    }

    fn part(&mut self, element: &Element, ignorable: bool, context: &mut Vec<String>) -> Option<Part> {
        let mut source = None;
        let mut target = None;
        let mut order = None;
        for child in element.elements() {
            match self.core_name(child) {
                Some("source") => {
                    if source.is_some() {
                        self.problems.at(child.at, format!("a second <source> in one <{}>", element.qname));
                    }
                    source = Some(self.inline(child));
                }
                Some("target") => {
                    if target.is_some() {
                        self.problems.at(child.at, format!("a second <target> in one <{}>", element.qname));
                    }
                    if let Some(lang) = child.attr_ns(XML_NS, "lang")
                        && !self.target_language.is_empty()
                        && !lang.value.eq_ignore_ascii_case(&self.target_language)
                    {
                        self.problems.at(
                            lang.at,
                            format!(
                                "this target is in \"{}\" but the file's trgLang is \"{}\"",
                                lang.value, self.target_language
                            ),
                        );
                    }
                    order = child.attr("order").map(|a| (a.value.clone(), a.at));
                    self.any_target.get_or_insert(child.at);
                    target = Some(self.inline(child));
                }
                // XLIFF 2.0 puts <notes> in <unit>, but translate-toolkit (3.20) writes them in
                // <segment>; they are read as the unit's.
                Some("notes") => self.context_notes(child, context),
                Some(_) => self.unexpected(child, &format!("<{}>", element.qname)),
                None => {}
            }
        }
        let Some(source) = source else {
            self.problems.at(element.at, format!("<{}> has no <source>", element.qname));
            return None;
        };
        // After a problem with the state (already reported) any state will do: nothing is returned.
        let state = if ignorable {
            UnitState::Approved
        } else {
            self.segment_state(element, target.is_some()).unwrap_or(UnitState::MachineDraft)
        };
        Some(Part { ignorable, source, target, order, state })
    }

    /// The state a segment gives its unit, from `state` and `subState` (see the module notes).
    fn segment_state(&mut self, segment: &Element, has_target: bool) -> Option<UnitState> {
        let state = segment.attr("state");
        let sub_state = segment.attr("subState");
        let ours = match sub_state.map(|a| (a, a.value.strip_prefix("plenary:"))) {
            Some((_, None)) | None => None,
            Some((_, Some(v @ ("machine-draft" | "needs-review")))) => Some(v),
            Some((attr, Some(other))) => {
                self.problems.at(
                    attr.at,
                    format!(
                        "unknown subState \"plenary:{other}\": expected plenary:machine-draft or plenary:needs-review"
                    ),
                );
                return None;
            }
        };
        let name = state.map_or("initial", |a| a.value.as_str());
        let mapped = match name {
            "initial" if ours == Some("needs-review") => UnitState::NeedsReview,
            "initial" => UnitState::MachineDraft,
            "translated" if ours == Some("needs-review") => UnitState::NeedsReview,
            "translated" | "reviewed" => UnitState::Translated,
            "final" => UnitState::Approved,
            other => {
                let at = state.map_or(segment.at, |a| a.at);
                self.problems
                    .at(at, format!("unknown state \"{other}\": expected initial, translated, reviewed or final"));
                return None;
            }
        };
        if name != "initial" && !has_target {
            let at = state.map_or(segment.at, |a| a.at);
            self.problems.at(at, format!("state=\"{name}\" needs a <target>, and this segment has none"));
            return None;
        }
        Some(mapped)
    }

    /// The plain text of a `<source>` or `<target>`.
    fn inline(&mut self, element: &Element) -> String {
        let mut out = String::new();
        self.inline_into(element, &mut out);
        out
    }

    fn inline_into(&mut self, element: &Element, out: &mut String) {
        for node in &element.children {
            let child = match node {
                Node::Text(t) => {
                    out.push_str(t);
                    continue;
                }
                Node::Element(child) => child,
            };
            match self.core_name(child) {
                Some("ph" | "sc" | "ec") => out.push_str(child.value("equiv").unwrap_or("")),
                Some("pc") => {
                    out.push_str(child.value("equivStart").unwrap_or(""));
                    self.inline_into(child, out);
                    out.push_str(child.value("equivEnd").unwrap_or(""));
                }
                Some("mrk") => self.inline_into(child, out),
                Some("sm" | "em") => {}
                Some("cp") => {
                    let hex = child.value("hex").unwrap_or("");
                    match u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                        Some(c) if !hex.starts_with('+') => out.push(c),
                        _ => self.problems.at(child.at, format!("<cp hex=\"{hex}\"> is not a Unicode code point")),
                    }
                }
                Some(_) => self.problems.at(
                    child.at,
                    format!("<{}> is not an inline element XLIFF 2 allows in <{}>", child.qname, element.qname),
                ),
                None => {}
            }
        }
    }
}
