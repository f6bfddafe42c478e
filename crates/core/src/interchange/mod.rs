//! Translation interchange: the statement's translations as XLIFF 2.0 and gettext PO, and the
//! glossary as TBX, written for translators' own tools and read back from them.
//!
//! Each format has a `write` that cannot fail and a `read` that either returns the whole
//! content or every problem it found, each with its line and column; a file with any problem
//! yields no data. Nothing here does I/O: files arrive and leave as strings, already decoded
//! from UTF-8 by the caller (a leading byte order mark is skipped).
//!
//! The types below are the neutral model the rest of the app converts to and from. They say
//! nothing about records, clocks or authors: what the app makes of an imported translation
//! (for instance, whether a changed text may keep the state "approved") is the app's policy.

pub mod po;
pub mod tbx;
pub mod xliff;

mod xml;

#[cfg(test)]
mod tests;

use std::fmt;

/// How far one translated text has come, as Plenary sees it.
///
/// An untranslated text has no state: its [`Unit::target`] and [`Unit::state`] are both `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitState {
    /// Made by a machine, not yet read by a translator.
    MachineDraft,
    /// A translator's draft that needs another pair of eyes.
    NeedsReview,
    /// Translated by a translator.
    Translated,
    /// Approved by the forum's reviewers.
    Approved,
}

/// One translatable text of the statement and, if there is one, its translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// A stable identifier the app can map back to the text, such as `priority/0193…/title`.
    /// It must not be empty, and unique in its file.
    pub id: String,
    /// Where the text stands, shown to translators, such as `1.2 Remove Barriers to Collaboration`.
    pub context: Option<String>,
    /// The text in the source language (Markdown).
    pub source: String,
    /// The translation, if any (Markdown).
    pub target: Option<String>,
    /// How far the translation has come; `None` exactly when `target` is `None`.
    /// (Writers treat a target without a state as a machine draft.)
    pub state: Option<UnitState>,
}

/// One language's translations of the statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslationFile {
    /// The BCP 47 tag of the language translated from, such as `en`; empty when a PO file
    /// does not say.
    pub source_language: String,
    /// The BCP 47 tag of the language translated into, such as `fr` or `zh-Hans`; empty when the
    /// file does not say. Readers do not check it: the caller compares it with the language it
    /// expects.
    pub target_language: String,
    /// The texts, in file order.
    pub units: Vec<Unit>,
}

/// How a glossary term may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TermStatus {
    /// The term to use.
    Preferred,
    /// Acceptable.
    Admitted,
    /// Not to be used for this concept.
    Forbidden,
}

/// A term for a concept in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The term as written.
    pub text: String,
    /// How it may be used.
    pub status: TermStatus,
    /// A note on this term, such as why it is not to be used.
    pub note: Option<String>,
}

/// A concept in one language: what it means there and the terms for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageEntry {
    /// The BCP 47 tag of the language.
    pub language: String,
    /// What the concept means, in this language.
    pub definition: Option<String>,
    /// How to use the terms, in this language.
    pub note: Option<String>,
    /// The terms, most preferred first.
    pub terms: Vec<Term>,
}

/// One contested concept of the glossary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Concept {
    /// A stable identifier, unique in the termbase. TBX requires an XML name: a letter or `_`
    /// first, then letters, digits, `.`, `-` or `_` (so a UUID needs a prefix, as in `c-0193…`).
    pub id: String,
    /// What the concept is about and why it is contested, in no particular language.
    pub note: Option<String>,
    /// The concept in each language, one entry per language.
    pub entries: Vec<LanguageEntry>,
}

/// The glossary of contested terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Termbase {
    /// The BCP 47 tag of the forum's drafting language, such as `en`; empty when a file does not say.
    pub source_language: String,
    /// The concepts, in file order.
    pub concepts: Vec<Concept>,
}

/// Something wrong with an imported file, and where: a 1-based line and a 1-based column
/// counted in characters (Unicode scalar values), as text editors show them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub column: usize,
    /// What is wrong, and where possible what to do about it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for Problem {}

/// The largest file the readers accept: a whole statement in one language is far smaller.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// At most this many problems are listed; a file with more is reported with a last problem
/// saying so, since a list that long helps nobody.
const MAX_PROBLEMS: usize = 1000;

/// Bytes per block of the character-count index in [`Problems`].
const BLOCK: usize = 4096;

/// Whether a byte continues a UTF-8 sequence (rather than starting a character).
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// The problems found in one file, located by byte offsets into its text.
pub(crate) struct Problems<'a> {
    text: &'a str,
    /// Byte offset at which each line starts.
    line_starts: Vec<usize>,
    /// How many characters start before each multiple of [`BLOCK`] bytes, so that a column
    /// is found without counting from the start of a long line.
    chars_before_block: Vec<usize>,
    list: Vec<Problem>,
    /// Problems past [`MAX_PROBLEMS`] that were counted but not listed.
    dropped: usize,
}

impl<'a> Problems<'a> {
    /// A collector for problems in `text` (the file after its byte order mark).
    pub(crate) fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars_before_block = vec![0];
        for block in text.as_bytes().chunks(BLOCK) {
            let last = chars_before_block.last().copied().unwrap_or(0);
            chars_before_block.push(last + block.iter().filter(|&&b| !is_continuation(b)).count());
        }
        Problems { text, line_starts, chars_before_block, list: Vec::new(), dropped: 0 }
    }

    /// How many characters start before byte `offset`.
    fn chars_before(&self, offset: usize) -> usize {
        let block = offset / BLOCK;
        let counted = self.chars_before_block.get(block).copied().unwrap_or(0);
        let rest = &self.text.as_bytes()[block * BLOCK..offset];
        counted + rest.iter().filter(|&&b| !is_continuation(b)).count()
    }

    /// The line and column of a byte offset (clamped to the text, and to a character boundary).
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        (line, self.chars_before(offset) - self.chars_before(start) + 1)
    }

    /// Records a problem at a byte offset.
    pub(crate) fn at(&mut self, offset: usize, message: impl Into<String>) {
        if self.list.len() >= MAX_PROBLEMS {
            self.dropped += 1;
            return;
        }
        let (line, column) = self.position(offset);
        self.list.push(Problem { line, column, message: message.into() });
    }

    /// Whether any problem was found.
    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems, in the order of their position in the file.
    pub(crate) fn into_vec(mut self) -> Vec<Problem> {
        self.list.sort_by_key(|p| (p.line, p.column));
        if self.dropped > 0 {
            let (line, column) = self.list.last().map_or((1, 1), |p| (p.line, p.column));
            let message = format!("{} more problems were found; put these right first", self.dropped);
            self.list.push(Problem { line, column, message });
        }
        self.list
    }

    /// `Ok(value)` when nothing was found, otherwise every problem.
    pub(crate) fn finish<T>(self, value: T) -> Result<T, Vec<Problem>> {
        if self.is_empty() { Ok(value) } else { Err(self.into_vec()) }
    }
}

/// Skips a leading byte order mark, and refuses input over [`MAX_INPUT_BYTES`].
pub(crate) fn prepare(input: &str) -> Result<&str, Vec<Problem>> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(vec![Problem {
            line: 1,
            column: 1,
            message: format!(
                "the file is {} MiB; files over {} MiB are not read",
                input.len().div_ceil(1024 * 1024),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        }]);
    }
    Ok(input.strip_prefix('\u{feff}').unwrap_or(input))
}

/// Joins several texts for one field (several notes where the model keeps one) with a blank
/// line, or `None` when there are none.
pub(crate) fn join_texts(texts: Vec<String>) -> Option<String> {
    if texts.is_empty() { None } else { Some(texts.join("\n\n")) }
}
