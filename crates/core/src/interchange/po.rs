//! gettext PO: one entry per unit, for translators who work in Poedit, Lokalize, Weblate or a
//! text editor.
//!
//! An entry's `msgctxt` is the unit id, its `#.` extracted comment the context, `msgid` the
//! source and `msgstr` the target. gettext has one "fuzzy" flag where Plenary has four states,
//! so the exact state also travels in an extracted comment, `#. plenary-state: …`:
//!
//! | Plenary            | written as                                        |
//! |--------------------|---------------------------------------------------|
//! | untranslated       | empty `msgstr`                                    |
//! | machine draft      | `#, fuzzy` and `#. plenary-state: machine-draft`  |
//! | needs review       | `#, fuzzy` and `#. plenary-state: needs-review`   |
//! | translated         | plain (`plenary-state: translated` only if empty) |
//! | approved           | `#. plenary-state: approved`                      |
//!
//! Reading believes the fuzzy flag over the comment, because the flag is what a translator's
//! tool changes: clearing "fuzzy" on a machine draft or on a text that needed review makes it
//! translated, and marking an approved or translated text fuzzy makes it need review. A file
//! with no `plenary-state` comments (made by another tool) reads as: non-empty and not fuzzy →
//! translated, fuzzy → needs review, empty → untranslated.
//!
//! This is a hand-written reader rather than the `polib` crate, because polib stops at the
//! first error and gives no line or column, and imports here must report every problem where
//! it is. It accepts wrapped and unwrapped strings, `#|` previous-msgid lines and obsolete `#~`
//! entries (both ignored), CRLF line ends and a missing header; it refuses plural entries,
//! which Plenary has no use for.

use super::{Problem, Problems, TranslationFile, Unit, UnitState, prepare};
use std::collections::HashMap;

/// The comment that carries a unit's exact state through a PO file.
const STATE_COMMENT: &str = "plenary-state:";

/// gettext's default page width: a wrapped string line, quotes included, is at most this wide.
const WIDTH: usize = 79;

/// Writes the file as a PO catalogue (UTF-8, wrapped as gettext wraps).
pub fn write(file: &TranslationFile) -> String {
    let mut out = String::new();
    let header = format!(
        "Project-Id-Version: Plenary\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\
         Content-Transfer-Encoding: 8bit\nLanguage: {}\nX-Plenary-Source-Language: {}\n",
        file.target_language, file.source_language
    );
    write_field(&mut out, "msgid", "");
    write_field(&mut out, "msgstr", &header);
    for unit in &file.units {
        out.push('\n');
        if let Some(context) = &unit.context {
            for line in comment_safe(context).split('\n') {
                out.push_str("#.");
                if !line.is_empty() {
                    out.push(' ');
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        let state = unit.target.as_ref().map(|target| (target, unit.state.unwrap_or(UnitState::MachineDraft)));
        let comment = match state {
            Some((_, UnitState::MachineDraft)) => Some("machine-draft"),
            Some((_, UnitState::NeedsReview)) => Some("needs-review"),
            Some((target, UnitState::Translated)) if target.is_empty() => Some("translated"),
            Some((_, UnitState::Approved)) => Some("approved"),
            Some((_, UnitState::Translated)) | None => None,
        };
        if let Some(comment) = comment {
            out.push_str(&format!("#. {STATE_COMMENT} {comment}\n"));
        }
        if matches!(state, Some((_, UnitState::MachineDraft | UnitState::NeedsReview))) {
            out.push_str("#, fuzzy\n");
        }
        write_field(&mut out, "msgctxt", &unit.id);
        write_field(&mut out, "msgid", &unit.source);
        write_field(&mut out, "msgstr", unit.target.as_deref().unwrap_or(""));
    }
    out
}

/// What a context becomes in `#.` comments, which cannot hold a carriage return: line ends
/// are written as line feeds.
pub(crate) fn comment_safe(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Writes `keyword "value"`, or, when the value has a line break before its end or does not
/// fit in [`WIDTH`] columns, `keyword ""` followed by one quoted line per piece, as gettext does.
fn write_field(out: &mut String, keyword: &str, value: &str) {
    let tokens: Vec<Token> = tokens(value);
    let total: usize = tokens.iter().map(|t| t.width).sum();
    let inner_break = value.find('\n').is_some_and(|i| i + 1 < value.len());
    if !inner_break && keyword.len() + 2 + total < WIDTH {
        out.push_str(keyword);
        out.push_str(" \"");
        tokens.iter().for_each(|t| out.push_str(&t.text));
        out.push_str("\"\n");
        return;
    }
    out.push_str(keyword);
    out.push_str(" \"\"\n");
    for piece in tokens.split_inclusive(|t| t.text == "\\n") {
        for line in wrap(piece, WIDTH - 2) {
            out.push('"');
            line.iter().for_each(|t| out.push_str(&t.text));
            out.push_str("\"\n");
        }
    }
}

/// One character of a string as written: its escaped text, its width in columns, and whether
/// a line may break after it.
struct Token {
    text: String,
    width: usize,
    break_after: bool,
}

fn tokens(value: &str) -> Vec<Token> {
    let chars: Vec<char> = value.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let text = escape_char(c);
            let width = if text.len() > 1 && text.starts_with('\\') { text.len() } else { char_width(c) };
            let break_after = chars.get(i + 1).is_some_and(|&next| may_break(c, next));
            Token { text, width, break_after }
        })
        .collect()
}

/// Splits a piece into lines of at most `width` columns, breaking after spaces and between
/// ideographs; a word longer than a line stays whole, as in gettext.
fn wrap(tokens: &[Token], width: usize) -> Vec<&[Token]> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut used = 0;
    // The last place the current line may end, and the width up to it.
    let mut last_break: Option<(usize, usize)> = None;
    for (i, token) in tokens.iter().enumerate() {
        if used + token.width > width
            && let Some((end, end_width)) = last_break.take()
        {
            lines.push(&tokens[start..end]);
            start = end;
            used -= end_width;
            // Breaks between the old end and here are still candidates for the new line.
            let mut w = 0;
            for (j, t) in tokens[start..i].iter().enumerate() {
                w += t.width;
                if t.break_after {
                    last_break = Some((start + j + 1, w));
                }
            }
        }
        used += token.width;
        if token.break_after {
            last_break = Some((i + 1, used));
        }
    }
    if start < tokens.len() || lines.is_empty() {
        lines.push(&tokens[start..]);
    }
    lines
}

fn escape_char(c: char) -> String {
    match c {
        '\\' => "\\\\".into(),
        '"' => "\\\"".into(),
        '\n' => "\\n".into(),
        '\t' => "\\t".into(),
        '\r' => "\\r".into(),
        '\u{7}' => "\\a".into(),
        '\u{8}' => "\\b".into(),
        '\u{b}' => "\\v".into(),
        '\u{c}' => "\\f".into(),
        c if c.is_ascii_control() => format!("\\{:03o}", u32::from(c)),
        c => c.to_string(),
    }
}

/// Columns a character takes in a terminal or editor: two for wide East Asian characters and
/// emoji, none for combining marks (such as Arabic harakat), one otherwise.
fn char_width(c: char) -> usize {
    match u32::from(c) {
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 => 0,
        0x200B..=0x200F | 0xFE00..=0xFE0F => 0,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => 2,
        0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 => 2,
        0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

fn is_ideograph(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFD)
}

/// Whether a line may break between `a` and `b`: after a space, or next to an ideograph unless
/// punctuation must stay with its neighbour.
fn may_break(a: char, b: char) -> bool {
    const NO_BREAK_BEFORE: &str = "，。、；：？！）」』】〕〉》”’ー…・,.;:!?)]}%";
    const NO_BREAK_AFTER: &str = "（「『【〔〈《“‘([{";
    if a == ' ' {
        return b != ' ';
    }
    (is_ideograph(a) || is_ideograph(b)) && b != ' ' && !NO_BREAK_BEFORE.contains(b) && !NO_BREAK_AFTER.contains(a)
}

/// Reads a PO file. Every problem found is returned, each with its line and column.
pub fn read(input: &str) -> Result<TranslationFile, Vec<Problem>> {
    let text = prepare(input)?;
    let mut problems = Problems::new(text);
    let mut parser = Parser::default();
    let mut line_start = 0;
    for raw in text.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        parser.line(line, line_start, &mut problems);
        line_start += raw.len() + 1;
    }
    parser.finish_entry(&mut problems);
    let Parser { units, header, .. } = parser;
    let mut file = TranslationFile { source_language: String::new(), target_language: String::new(), units };
    if let Some((header, at)) = header {
        read_header(&header, at, &mut file, &mut problems);
    }
    problems.finish(file)
}

/// Which string a continuation line adds to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Context,
    Id,
    Plural,
    Str,
}

/// A string being read: its bytes (escapes may spell UTF-8 byte by byte) and where it began.
#[derive(Default)]
struct Text {
    bytes: Vec<u8>,
    at: usize,
}

/// One entry being read.
#[derive(Default)]
struct Entry {
    /// Offset of its first line.
    at: Option<usize>,
    context_lines: Vec<String>,
    state: Option<(String, usize)>,
    fuzzy: bool,
    msgctxt: Option<Text>,
    msgid: Option<Text>,
    plural: Option<usize>,
    msgstr: Option<Text>,
    /// The field the next continuation line belongs to.
    last: Option<Field>,
    /// A string of the entry could not be read (already reported): nothing more is said of it.
    broken: bool,
}

impl Entry {
    fn has_keywords(&self) -> bool {
        self.msgctxt.is_some() || self.msgid.is_some() || self.msgstr.is_some() || self.plural.is_some()
    }
}

#[derive(Default)]
struct Parser {
    entry: Entry,
    units: Vec<Unit>,
    /// The header's msgstr and where its entry starts.
    header: Option<(String, usize)>,
    /// Where each unit id was first seen.
    seen: HashMap<String, usize>,
}

impl Parser {
    fn line(&mut self, line: &str, at: usize, problems: &mut Problems<'_>) {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let body = &line[indent..];
        let at_body = at + indent;
        if body.is_empty() {
            self.finish_entry(problems);
            return;
        }
        if let Some(comment) = body.strip_prefix('#') {
            // A comment after the strings begins the next entry.
            if self.entry.has_keywords() {
                self.finish_entry(problems);
            }
            self.entry.at.get_or_insert(at_body);
            self.entry.last = None;
            if let Some(extracted) = comment.strip_prefix('.') {
                let extracted = extracted.strip_prefix(' ').unwrap_or(extracted);
                match extracted.strip_prefix(STATE_COMMENT) {
                    Some(state) => self.entry.state = Some((state.trim().to_string(), at_body)),
                    None => self.entry.context_lines.push(extracted.to_string()),
                }
            } else if let Some(flags) = comment.strip_prefix(',')
                && flags.split(',').any(|f| f.trim() == "fuzzy")
            {
                self.entry.fuzzy = true;
            }
            // Translator comments, references, `#|` previous strings and obsolete `#~` entries
            // say nothing Plenary keeps.
            return;
        }
        if body.starts_with('"') {
            match self.entry.last {
                Some(field) => match parse_string(body, at_body, problems) {
                    Some(part) => {
                        if let Some(text) = self.field_mut(field) {
                            text.bytes.extend(part);
                        }
                    }
                    None => self.entry.broken = true,
                },
                None => problems.at(at_body, "a string that continues nothing: put msgid, msgstr or msgctxt before it"),
            }
            return;
        }
        let keyword_end =
            body.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '[' | ']'))).unwrap_or(body.len());
        let keyword = &body[..keyword_end];
        let rest = &body[keyword_end..];
        let rest_at = at_body + keyword_end;
        let field = match keyword {
            "msgctxt" => Field::Context,
            "msgid" => Field::Id,
            "msgid_plural" => Field::Plural,
            "msgstr" => Field::Str,
            k if k.starts_with("msgstr[") => {
                self.plural(at_body, problems);
                self.entry.last = Some(Field::Plural);
                let _ = parse_value(rest, rest_at, keyword, problems);
                return;
            }
            _ => {
                problems.at(at_body, "expected msgctxt, msgid, msgstr, a comment or a quoted string");
                return;
            }
        };
        // A msgctxt or msgid after a complete entry begins the next one.
        if matches!(field, Field::Context | Field::Id) && self.entry.msgstr.is_some() {
            self.finish_entry(problems);
        }
        if field == Field::Context && self.entry.msgid.is_some() {
            self.finish_entry(problems);
        }
        if field == Field::Id
            && let Some(msgid) = &self.entry.msgid
        {
            problems.at(msgid.at, "this msgid has no msgstr");
            self.entry = Entry::default();
        }
        self.entry.at.get_or_insert(at_body);
        let value = parse_value(rest, rest_at, keyword, problems);
        self.entry.broken |= value.is_none();
        let value = value.unwrap_or_default();
        let text = Text { bytes: value, at: at_body };
        self.entry.last = Some(field);
        match field {
            Field::Context => {
                if self.entry.msgctxt.is_some() {
                    problems.at(at_body, "a second msgctxt in one entry");
                }
                self.entry.msgctxt = Some(text);
            }
            Field::Id => self.entry.msgid = Some(text),
            Field::Plural => self.plural(at_body, problems),
            Field::Str => {
                if self.entry.msgid.is_none() {
                    problems.at(at_body, "msgstr without a msgid before it");
                } else if self.entry.msgstr.is_some() {
                    problems.at(at_body, "a second msgstr in one entry");
                }
                self.entry.msgstr = Some(text);
            }
        }
    }

    fn plural(&mut self, at: usize, problems: &mut Problems<'_>) {
        if self.entry.plural.is_none() {
            problems.at(at, "plural forms are not supported: Plenary's texts have no plurals");
            self.entry.plural = Some(at);
        }
    }

    fn field_mut(&mut self, field: Field) -> Option<&mut Text> {
        match field {
            Field::Context => self.entry.msgctxt.as_mut(),
            Field::Id => self.entry.msgid.as_mut(),
            Field::Str => self.entry.msgstr.as_mut(),
            Field::Plural => None,
        }
    }

    /// Checks the entry read so far and turns it into a unit (or the header).
    fn finish_entry(&mut self, problems: &mut Problems<'_>) {
        let entry = std::mem::take(&mut self.entry);
        if !entry.has_keywords() || entry.plural.is_some() || entry.broken {
            return;
        }
        let Some(msgid) = entry.msgid else {
            if let Some(ctxt) = entry.msgctxt {
                problems.at(ctxt.at, "msgctxt without a msgid after it");
            }
            return;
        };
        let Some(msgstr) = entry.msgstr else {
            problems.at(msgid.at, "this msgid has no msgstr");
            return;
        };
        let source = utf8(msgid, problems);
        let target = utf8(msgstr, problems);
        let Some(ctxt) = entry.msgctxt else {
            if source.as_deref() == Some("") {
                let at = entry.at.unwrap_or(0);
                if self.header.is_some() {
                    problems.at(at, "a second header entry (msgid \"\" without msgctxt)");
                } else if let Some(target) = target {
                    self.header = Some((target, at));
                }
            } else {
                problems.at(
                    entry.at.unwrap_or(0),
                    "this entry has no msgctxt: Plenary keeps each text's id there, so it cannot tell which \
                     text this translates (was the file exported from Plenary?)",
                );
            }
            return;
        };
        let ctxt_at = ctxt.at;
        let Some(id) = utf8(ctxt, problems) else { return };
        if id.is_empty() {
            problems.at(ctxt_at, "the msgctxt (the text's id) is empty");
        }
        if let Some(&first) = self.seen.get(&id) {
            let (line, column) = problems.position(first);
            problems.at(
                ctxt_at,
                format!("a second entry with msgctxt \"{id}\" (the first is at line {line}, column {column})"),
            );
        } else {
            self.seen.insert(id.clone(), ctxt_at);
        }
        let state = match &entry.state {
            None => None,
            Some((name, at)) => match name.as_str() {
                "machine-draft" => Some(UnitState::MachineDraft),
                "needs-review" => Some(UnitState::NeedsReview),
                "translated" => Some(UnitState::Translated),
                "approved" => Some(UnitState::Approved),
                other => {
                    problems.at(
                        *at,
                        format!(
                            "unknown plenary-state '{other}': expected machine-draft, needs-review, translated or approved"
                        ),
                    );
                    return;
                }
            },
        };
        let (Some(source), Some(target)) = (source, target) else { return };
        let (target, state) = match (state, entry.fuzzy) {
            (None, _) if target.is_empty() => (None, None),
            (None, false) => (Some(target), Some(UnitState::Translated)),
            (None, true) => (Some(target), Some(UnitState::NeedsReview)),
            (Some(UnitState::MachineDraft), true) => (Some(target), Some(UnitState::MachineDraft)),
            (Some(UnitState::MachineDraft | UnitState::NeedsReview | UnitState::Translated), false) => {
                (Some(target), Some(UnitState::Translated))
            }
            (Some(_), true) => (Some(target), Some(UnitState::NeedsReview)),
            (Some(UnitState::Approved), false) => (Some(target), Some(UnitState::Approved)),
        };
        let context = (!entry.context_lines.is_empty()).then(|| entry.context_lines.join("\n"));
        self.units.push(Unit { id, context, source, target, state });
    }
}

/// A field's bytes as text, or a problem where the field began.
fn utf8(text: Text, problems: &mut Problems<'_>) -> Option<String> {
    match String::from_utf8(text.bytes) {
        Ok(s) => Some(s),
        Err(_) => {
            problems.at(text.at, "the escaped bytes in this string are not valid UTF-8");
            None
        }
    }
}

/// Reads the quoted string after a keyword.
fn parse_value(rest: &str, at: usize, keyword: &str, problems: &mut Problems<'_>) -> Option<Vec<u8>> {
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let skipped = rest.len() - trimmed.len();
    if trimmed.starts_with('"') {
        parse_string(trimmed, at + skipped, problems)
    } else {
        problems.at(at + skipped, format!("{keyword} needs a string in double quotes after it"));
        None
    }
}

/// Reads one `"…"` string at the start of `s`, with C escapes; only spaces may follow it.
fn parse_string(s: &str, at: usize, problems: &mut Problems<'_>) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().skip(1).peekable();
    let mut ok = true;
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let after = &s[i + 1..];
                if let Some(j) = after.find(|c: char| !matches!(c, ' ' | '\t')) {
                    problems.at(at + i + 1 + j, "unexpected text after the closing quote");
                    return None;
                }
                return ok.then_some(out);
            }
            '\\' => {
                let Some((_, e)) = chars.next() else { break };
                let simple = match e {
                    'n' => Some(b'\n'),
                    't' => Some(b'\t'),
                    'r' => Some(b'\r'),
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'v' => Some(11),
                    '\\' => Some(b'\\'),
                    '"' => Some(b'"'),
                    '\'' => Some(b'\''),
                    '?' => Some(b'?'),
                    _ => None,
                };
                if let Some(b) = simple {
                    out.push(b);
                } else if e.is_digit(8) {
                    let mut value = e.to_digit(8).unwrap_or(0);
                    for _ in 0..2 {
                        match chars.peek().and_then(|&(_, d)| d.to_digit(8)) {
                            Some(d) => {
                                value = value * 8 + d;
                                chars.next();
                            }
                            None => break,
                        }
                    }
                    match u8::try_from(value) {
                        Ok(b) => out.push(b),
                        Err(_) => {
                            problems.at(at + i, "this octal escape is larger than a byte");
                            ok = false;
                        }
                    }
                } else if e == 'x' && chars.peek().is_some_and(|&(_, d)| d.is_ascii_hexdigit()) {
                    let mut value: u32 = 0;
                    while let Some(d) = chars.peek().and_then(|&(_, d)| d.to_digit(16)) {
                        value = value.saturating_mul(16).saturating_add(d);
                        chars.next();
                    }
                    match u8::try_from(value) {
                        Ok(b) => out.push(b),
                        Err(_) => {
                            problems.at(at + i, "this hexadecimal escape is larger than a byte");
                            ok = false;
                        }
                    }
                } else {
                    problems.at(at + i, format!("unknown escape \\{e}: write \\\\ for a backslash"));
                    ok = false;
                }
            }
            c => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    problems.at(at, "this string has no closing quote on its line");
    None
}

/// Takes the languages from the header, and refuses a declared charset other than UTF-8.
fn read_header(header: &str, at: usize, file: &mut TranslationFile, problems: &mut Problems<'_>) {
    for line in header.split('\n') {
        let Some((key, value)) = line.split_once(':') else { continue };
        let value = value.trim();
        match key.trim().to_ascii_lowercase().as_str() {
            // gettext writes locales as ll_CC; Plenary's tags are BCP 47 (ll-CC).
            "language" => file.target_language = value.replace('_', "-"),
            "x-plenary-source-language" => file.source_language = value.to_string(),
            "content-type" => {
                let charset = value
                    .split(';')
                    .filter_map(|p| p.trim().split_once('='))
                    .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))
                    .map(|(_, v)| v.trim().to_ascii_lowercase());
                if let Some(charset) = charset
                    && !matches!(charset.as_str(), "utf-8" | "utf8" | "charset")
                {
                    problems.at(at, format!("the header says the file is in {charset}: save it as UTF-8"));
                }
            }
            _ => {}
        }
    }
}
