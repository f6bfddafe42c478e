//! A small XML tree for the XLIFF and TBX readers, and escaping for their writers.
//!
//! quick-xml does the tokenizing; this module adds what the readers need on top: namespaces
//! resolved to URIs, the byte offset of every element and attribute (so a problem can name its
//! line and column), XML 1.0's end-of-line and attribute-value normalization, and the checks
//! quick-xml leaves out (one root, legal characters, known entities, a depth limit). Entities
//! other than the five predefined ones are refused rather than expanded, so a document type
//! declaration cannot make a small file large.

use super::Problems;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

/// The namespace of `xml:lang` and `xml:space`.
pub(crate) const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// Deeper nesting than this is refused: no real file comes close, and it bounds the recursion
/// of the readers that walk the tree.
const MAX_DEPTH: usize = 64;

/// More elements than this are refused: a statement or a glossary has a few thousand, and the
/// tree of a 16 MiB file of empty elements would otherwise take far more memory than the file.
const MAX_ELEMENTS: usize = 250_000;

/// An element, with its namespace resolved.
#[derive(Debug)]
pub(crate) struct Element {
    /// The namespace URI, `None` for no namespace.
    pub ns: Option<String>,
    /// The local name.
    pub name: String,
    /// The name as written, with its prefix, for messages.
    pub qname: String,
    /// Byte offset of its `<`.
    pub at: usize,
    /// Its attributes, without namespace declarations.
    pub attrs: Vec<Attr>,
    /// Its content.
    pub children: Vec<Node>,
}

/// An attribute, its value normalized and unescaped.
#[derive(Debug)]
pub(crate) struct Attr {
    /// The namespace URI (`None` for an unprefixed attribute).
    pub ns: Option<String>,
    /// The local name.
    pub name: String,
    /// The value.
    pub value: String,
    /// Byte offset of its name.
    pub at: usize,
}

/// A piece of element content.
#[derive(Debug)]
pub(crate) enum Node {
    /// A child element.
    Element(Element),
    /// Character data, references resolved and line ends normalized.
    Text(String),
}

impl Element {
    /// The unprefixed attribute `name`.
    pub(crate) fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|a| a.ns.is_none() && a.name == name)
    }

    /// The value of the unprefixed attribute `name`.
    pub(crate) fn value(&self, name: &str) -> Option<&str> {
        self.attr(name).map(|a| a.value.as_str())
    }

    /// The attribute `name` in namespace `ns`.
    pub(crate) fn attr_ns(&self, ns: &str, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|a| a.ns.as_deref() == Some(ns) && a.name == name)
    }

    /// The child elements.
    pub(crate) fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// All the text inside, elements left out but their text kept.
    pub(crate) fn text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        for node in &self.children {
            match node {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => e.collect_text(out),
            }
        }
    }
}

/// An element being read, and how many namespace bindings it added.
struct Open {
    element: Element,
    bindings: usize,
}

/// Parses `text` into a tree. Problems that leave the structure clear (an unknown entity, a
/// character XML does not allow, an unbound prefix) are recorded and reading goes on; after
/// one that does not (a tag that does not close), nothing more can be trusted and `None` is
/// returned.
pub(crate) fn parse(text: &str, problems: &mut Problems<'_>) -> Option<Element> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Open> = Vec::new();
    // Namespace bindings in scope, innermost last: (prefix, URI); prefix "" is the default.
    let mut bindings: Vec<(String, String)> = Vec::new();
    let mut root: Option<Element> = None;
    let mut extra_root_reported = false;
    let mut elements = 0;
    loop {
        let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(error) => {
                let at = usize::try_from(reader.error_position()).unwrap_or(at);
                let message = describe(&error, &stack, problems);
                problems.at(at, message);
                return None;
            }
        };
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                if stack.len() >= MAX_DEPTH {
                    problems.at(at, format!("elements are nested more than {MAX_DEPTH} deep"));
                    return None;
                }
                elements += 1;
                if elements > MAX_ELEMENTS {
                    problems
                        .at(at, format!("the file has more than {MAX_ELEMENTS} elements, far more than any statement"));
                    return None;
                }
                if stack.is_empty() && root.is_some() && !extra_root_reported {
                    problems.at(at, "a second root element: an XML file has exactly one");
                    extra_root_reported = true;
                }
                let open = open_element(text, e, at, &mut bindings, problems);
                if matches!(event, Event::Empty(_)) {
                    close(open, &mut stack, &mut bindings, &mut root);
                } else {
                    stack.push(open);
                }
            }
            Event::End(_) => {
                // quick-xml has checked that the name matches the innermost open element.
                if let Some(open) = stack.pop() {
                    close(open, &mut stack, &mut bindings, &mut root);
                }
            }
            Event::Text(t) => {
                check_chars(text, &t, at, problems);
                push_text(&mut stack, &t.xml10_content(), at, problems);
            }
            Event::CData(t) => {
                check_chars(text, &t, at, problems);
                push_text(&mut stack, &t.xml10_content(), at, problems);
            }
            Event::GeneralRef(r) => match resolve_reference(&r) {
                Ok(c) => push_text(&mut stack, c.encode_utf8(&mut [0; 4]), at, problems),
                Err(message) => problems.at(at, message),
            },
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) | Event::DocType(_) => {}
            Event::Eof => break,
        }
    }
    if let Some(open) = stack.last() {
        problems.at(
            open.element.at,
            format!("<{}> is not closed: the file ends before its </{}>", open.element.qname, open.element.qname),
        );
        return None;
    }
    if root.is_none() {
        problems.at(text.len(), "the file has no XML element at all");
    }
    root
}

/// Turns quick-xml's error into a message for the user.
fn describe(error: &quick_xml::Error, stack: &[Open], problems: &Problems<'_>) -> String {
    use quick_xml::errors::{Error, IllFormedError};
    match error {
        Error::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => match stack.last() {
            Some(open) => {
                let (line, column) = problems.position(open.element.at);
                format!("</{found}> does not close <{expected}>, opened at line {line}, column {column}")
            }
            None => format!("</{found}> does not close <{expected}>"),
        },
        Error::IllFormed(IllFormedError::UnmatchedEndTag(name)) => {
            format!("</{name}> closes an element that was never opened")
        }
        other => format!("the XML is not well-formed: {other}"),
    }
}

/// Reads a start tag: its namespace declarations, name and attributes.
fn open_element(
    text: &str,
    e: &BytesStart<'_>,
    at: usize,
    bindings: &mut Vec<(String, String)>,
    problems: &mut Problems<'_>,
) -> Open {
    let tag_start = offset_in(text, e).unwrap_or(at);
    let mut raw = Vec::new();
    for attr in e.attributes() {
        match attr {
            Ok(attr) => {
                let name = attr.key.0;
                let name_at = offset_in(text, name).unwrap_or(at);
                let value_at = offset_in(text, &attr.value).unwrap_or(name_at);
                let value = attribute_value(&attr.value, value_at, problems);
                raw.push((name.to_string(), value, name_at));
            }
            Err(error) => {
                let (offset, message) = attr_error(&error);
                problems.at(tag_start + offset, message);
            }
        }
    }
    let before = bindings.len();
    for (name, value, _) in &raw {
        if name == "xmlns" {
            bindings.push((String::new(), value.clone()));
        } else if let Some(prefix) = name.strip_prefix("xmlns:") {
            bindings.push((prefix.to_string(), value.clone()));
        }
    }
    let qname = e.name().0.to_string();
    let (prefix, local) = split_qname(&qname);
    let ns = resolve(bindings, prefix, true).unwrap_or_else(|| {
        problems.at(at, format!("the prefix '{prefix}' of <{qname}> is not declared"));
        None
    });
    let mut attrs = Vec::new();
    for (name, value, name_at) in raw {
        if name == "xmlns" || name.starts_with("xmlns:") {
            continue;
        }
        let (prefix, local) = split_qname(&name);
        let ns = if prefix.is_empty() {
            None
        } else {
            resolve(bindings, prefix, false).unwrap_or_else(|| {
                problems.at(name_at, format!("the prefix '{prefix}' of the attribute {name} is not declared"));
                None
            })
        };
        attrs.push(Attr { ns, name: local.to_string(), value, at: name_at });
    }
    Open {
        element: Element { ns, name: local.to_string(), qname, at, attrs, children: Vec::new() },
        bindings: bindings.len() - before,
    }
}

/// Finishes an element: attaches it to its parent, or makes it the root.
fn close(open: Open, stack: &mut [Open], bindings: &mut Vec<(String, String)>, root: &mut Option<Element>) {
    bindings.truncate(bindings.len() - open.bindings);
    match stack.last_mut() {
        Some(parent) => parent.element.children.push(Node::Element(open.element)),
        None => {
            if root.is_none() {
                *root = Some(open.element);
            }
        }
    }
}

/// Adds character data to the innermost open element; outside the root only whitespace may be.
fn push_text(stack: &mut [Open], content: &str, at: usize, problems: &mut Problems<'_>) {
    match stack.last_mut() {
        Some(open) => match open.element.children.last_mut() {
            Some(Node::Text(t)) => t.push_str(content),
            _ => open.element.children.push(Node::Text(content.to_string())),
        },
        None => {
            if let Some(i) = content.find(|c: char| !matches!(c, ' ' | '\t' | '\n' | '\r')) {
                problems.at(at + i, "text outside the root element");
            }
        }
    }
}

/// `Some(Some(uri))` for a bound prefix, `Some(None)` for no namespace, `None` when unbound.
fn resolve(bindings: &[(String, String)], prefix: &str, is_element: bool) -> Option<Option<String>> {
    if prefix == "xml" {
        return Some(Some(XML_NS.to_string()));
    }
    match bindings.iter().rev().find(|(p, _)| p == prefix) {
        // `xmlns=""` undeclares the default namespace.
        Some((_, uri)) if uri.is_empty() => Some(None),
        Some((_, uri)) => Some(Some(uri.clone())),
        None if prefix.is_empty() && is_element => Some(None),
        None => None,
    }
}

fn split_qname(qname: &str) -> (&str, &str) {
    match qname.split_once(':') {
        Some((prefix, local)) => (prefix, local),
        None => ("", qname),
    }
}

/// The byte offset of `part` in `text`, if `part` is a slice of it. (quick-xml reading from a
/// `&str` hands out slices of it, which is how attribute and text positions are found.)
fn offset_in(text: &str, part: &str) -> Option<usize> {
    let start = text.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    (p >= start && p + part.len() <= start + text.len()).then(|| p - start)
}

/// Where in its tag an attribute went wrong, and what to say about it.
fn attr_error(error: &quick_xml::events::attributes::AttrError) -> (usize, &'static str) {
    use quick_xml::events::attributes::AttrError;
    match *error {
        AttrError::ExpectedEq(i) => (i, "an attribute name without '=' and a value"),
        AttrError::ExpectedValue(i) => (i, "an attribute without a value after '='"),
        AttrError::UnquotedValue(i) => (i, "an attribute value must be in quotes"),
        AttrError::ExpectedQuote(i, _) => (i, "an attribute value is not closed by its quote"),
        AttrError::Duplicated(i, _) => (i, "this attribute appears twice in one tag"),
    }
}

/// Reports characters XML 1.0 does not allow in raw character data.
fn check_chars(text: &str, content: &str, at: usize, problems: &mut Problems<'_>) {
    let base = offset_in(text, content).unwrap_or(at);
    for (i, c) in content.char_indices() {
        if !is_xml_char(c) {
            problems.at(base + i, format!("the character U+{:04X} is not allowed in XML", u32::from(c)));
        }
    }
}

/// Normalizes and unescapes a raw attribute value as XML 1.0 says: each line end, tab or
/// newline becomes a space; references are replaced (a character reference such as `&#10;`
/// keeps its newline).
fn attribute_value(raw: &str, at: usize, problems: &mut Problems<'_>) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\r' => {
                if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                    chars.next();
                }
                out.push(' ');
            }
            '\n' | '\t' => out.push(' '),
            '<' => problems.at(at + i, "'<' is not allowed in an attribute value; write &lt;"),
            '&' => {
                let rest = &raw[i + 1..];
                match rest.find(';') {
                    Some(end) => {
                        match resolve_reference(&rest[..end]) {
                            Ok(c) => out.push(c),
                            Err(message) => problems.at(at + i, message),
                        }
                        while chars.peek().is_some_and(|&(j, _)| j <= i + end + 1) {
                            chars.next();
                        }
                    }
                    None => problems.at(at + i, "'&' starts no reference; write &amp;"),
                }
            }
            c if !is_xml_char(c) => {
                problems.at(at + i, format!("the character U+{:04X} is not allowed in XML", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

/// The character a reference (`lt`, `#233`, `#xE9`: what stands between `&` and `;`) stands for.
fn resolve_reference(name: &str) -> Result<char, String> {
    let c = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => {
            let Some(number) = name.strip_prefix('#') else {
                return Err(format!(
                    "unknown entity &{name};: only &lt; &gt; &amp; &apos; &quot; and character references are read"
                ));
            };
            let code = match number.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16),
                None => number.parse::<u32>(),
            };
            let bad = || format!("&{name}; is not a character reference XML allows");
            let c = code.ok().and_then(char::from_u32).ok_or_else(bad)?;
            if !is_xml_char(c) || number.starts_with('+') || number.starts_with("x+") {
                return Err(bad());
            }
            c
        }
    };
    Ok(c)
}

/// Whether XML 1.0 allows the character at all (the `Char` production).
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Appends `text` as element content: `&`, `<`, `>` escaped, a carriage return as `&#13;` (a
/// raw one would be read back as a line feed), and characters XML cannot carry at all replaced
/// by U+FFFD.
pub(crate) fn push_escaped_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if !is_xml_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// Appends `text` as a double-quoted attribute value: as for text, and also `"` escaped and
/// tabs and newlines written as references so that attribute-value normalization keeps them.
pub(crate) fn push_escaped_attr(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c => push_escaped_text(out, c.encode_utf8(&mut [0; 4])),
        }
    }
}

/// What a text becomes after writing and reading back as XML: characters XML cannot carry
/// become U+FFFD. Tests use it to state what a round trip keeps.
#[cfg(test)]
pub(crate) fn xml_safe(text: &str) -> String {
    text.chars().map(|c| if is_xml_char(c) { c } else { '\u{FFFD}' }).collect()
}
