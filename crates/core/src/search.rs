//! Search across the statement and every contribution, with SQLite FTS5.
//!
//! FTS5's `unicode61` tokenizer splits on spaces and punctuation, which finds nothing inside
//! Chinese or Japanese text (no spaces between words) and treats Arabic written with and
//! without vowel marks as different words. So text is prepared before it is indexed, and
//! queries the same way: ideographs and kana become one token each (a query becomes a phrase
//! of them, which finds the word as a run of characters), and Arabic loses its vowel marks and
//! tatweel and has its letter variants unified. Results are highlighted by matching the same
//! folded terms against the original text, so what is marked is what was found.

use crate::Error;
use crate::anchor::plain_text;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

/// How many results a search returns at most.
pub const MAX_RESULTS: usize = 50;
/// The longest query taken, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// About how many characters of context a result's snippet shows.
const SNIPPET_CHARS: usize = 180;

/// Whether `c` is written without spaces between words: Han ideographs, kana, Hangul.
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F) // CJK Extensions B–F and supplements
}

/// Folds one character for matching: lower case, Latin accents off, Arabic vowel marks and
/// tatweel dropped, Arabic letter variants unified. Returns the folded characters (often
/// one, sometimes none).
fn fold(c: char, out: &mut String) {
    match c {
        // Arabic harakat, tanwin, shadda, sukun, superscript alef, and tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' => out.push('ي'),
        'ة' => out.push('ه'),
        'ؤ' => out.push('و'),
        'ئ' => out.push('ي'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for d in c.nfd() {
                // Combining marks of Latin and Cyrillic letters go; base letters stay.
                if !('\u{0300}'..='\u{036F}').contains(&d) {
                    out.extend(d.to_lowercase());
                }
            }
        }
    }
}

/// Prepares text for the index (and a query term for matching it).
pub fn prepare(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    for c in text.chars() {
        if is_unspaced(c) {
            out.push(' ');
            out.push(c);
            out.push(' ');
        } else {
            fold(c, &mut out);
        }
    }
    out
}

/// Turns what a person typed into an FTS5 query: every term must appear; a run of ideographs
/// must appear as a run; the last term may be the start of a word (search as you type).
/// Returns `None` when nothing searchable is left.
fn fts_query(input: &str) -> Option<String> {
    let input: String = input.chars().take(MAX_QUERY_CHARS).collect();
    let terms: Vec<String> = input.split_whitespace().map(prepare).collect();
    let mut parts = Vec::new();
    for (i, term) in terms.iter().enumerate() {
        // Tokens as unicode61 would cut them: letters and digits; everything else separates.
        let tokens: Vec<&str> = term.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
        if tokens.is_empty() {
            continue;
        }
        let phrase = tokens.join(" ").replace('"', "\"\"");
        let last_is_spaced = tokens.last().is_some_and(|t| !t.chars().any(is_unspaced));
        if i + 1 == terms.len() && last_is_spaced {
            parts.push(format!("\"{phrase}\" *"));
        } else {
            parts.push(format!("\"{phrase}\""));
        }
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Adds or replaces one document in the index.
pub(crate) fn index(
    tx: &Transaction<'_>,
    kind: &str,
    reference: &[u8],
    forum: &[u8],
    priority: &[u8],
    title: &str,
    body_markdown: &str,
) -> Result<(), Error> {
    unindex(tx, kind, reference)?;
    tx.execute(
        "INSERT INTO search_docs (kind, ref, forum_id, priority_id) VALUES (?1, ?2, ?3, ?4)",
        params![kind, reference, forum, priority],
    )?;
    let rowid = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO search_fts (rowid, title, body) VALUES (?1, ?2, ?3)",
        params![rowid, prepare(title), prepare(&plain_text(body_markdown))],
    )?;
    Ok(())
}

/// Removes one document from the index, if it is there.
pub(crate) fn unindex(tx: &Transaction<'_>, kind: &str, reference: &[u8]) -> Result<(), Error> {
    let rowid: Option<i64> = tx
        .query_row("SELECT rowid FROM search_docs WHERE kind = ?1 AND ref = ?2", params![kind, reference], |r| r.get(0))
        .optional()?;
    if let Some(rowid) = rowid {
        tx.execute("DELETE FROM search_fts WHERE rowid = ?1", [rowid])?;
        tx.execute("DELETE FROM search_docs WHERE rowid = ?1", [rowid])?;
    }
    Ok(())
}

/// A piece of text in a result: found, or around what was found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    /// The text.
    pub text: String,
    /// Whether it matches the query.
    pub hit: bool,
}

/// A document that matched, before it is turned into a view.
pub(crate) struct Hit {
    pub kind: String,
    pub reference: Vec<u8>,
    pub priority: Vec<u8>,
}

/// The documents of `forum` matching `input`, best first.
pub(crate) fn find(conn: &Connection, forum: &[u8], input: &str) -> Result<Vec<Hit>, Error> {
    let Some(query) = fts_query(input) else { return Ok(Vec::new()) };
    let mut stmt = conn.prepare_cached(
        "SELECT d.kind, d.ref, d.priority_id FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid
         WHERE search_fts MATCH ?1 AND d.forum_id = ?2
         ORDER BY bm25(search_fts, 5.0, 1.0) LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![query, forum, MAX_RESULTS as i64], |r| {
        Ok(Hit { kind: r.get(0)?, reference: r.get(1)?, priority: r.get(2)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Folds a text char by char for matching (see `fold`), returning the folded chars and, for
/// each, the index of the original char it came from.
pub(crate) fn fold_text(original: &[char]) -> (Vec<char>, Vec<usize>) {
    let mut folded = Vec::with_capacity(original.len());
    let mut origin = Vec::with_capacity(original.len());
    let mut buf = String::new();
    for (i, &c) in original.iter().enumerate() {
        buf.clear();
        fold(c, &mut buf);
        for f in buf.chars() {
            folded.push(f);
            origin.push(i);
        }
    }
    (folded, origin)
}

/// The folded terms of a query, for highlighting.
fn terms(input: &str) -> Vec<Vec<char>> {
    let mut out: Vec<Vec<char>> = Vec::new();
    for word in input.chars().take(MAX_QUERY_CHARS).collect::<String>().split_whitespace() {
        let mut folded = String::new();
        for c in word.chars() {
            fold(c, &mut folded);
        }
        // Split like the index does, but keep runs of ideographs together: they were
        // searched as a phrase.
        for token in folded.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()) {
            out.push(token.chars().collect());
        }
    }
    out.sort_by_key(|t| std::cmp::Reverse(t.len()));
    out
}

/// Marks every occurrence of the query's terms in `text` and cuts a snippet around the first,
/// or returns the whole text marked when `whole` is set.
pub fn highlight(text: &str, input: &str, whole: bool) -> Vec<Segment> {
    let terms = terms(input);
    // Fold the text char by char, remembering which original char each folded char came from.
    let original: Vec<char> = text.chars().collect();
    let (folded, origin) = fold_text(&original);
    let mut hit = vec![false; original.len()];
    for term in &terms {
        if term.is_empty() || term.len() > folded.len() {
            continue;
        }
        let starts_word = |at: usize| at == 0 || !folded[at - 1].is_alphanumeric() || is_unspaced(folded[at]);
        for at in 0..=folded.len() - term.len() {
            if folded[at..at + term.len()] == term[..] && starts_word(at) {
                // Highlight to the end of the word, as a prefix search matched it.
                let mut end = at + term.len();
                if !is_unspaced(folded[end - 1]) {
                    while end < folded.len() && folded[end].is_alphanumeric() && !is_unspaced(folded[end]) {
                        end += 1;
                    }
                }
                for &o in &origin[at..end] {
                    hit[o] = true;
                }
            }
        }
    }
    // Characters that fold to nothing (vowel marks) belong to the letter before them.
    let mut folds_to_nothing = vec![true; original.len()];
    for &o in &origin {
        folds_to_nothing[o] = false;
    }
    for i in 1..original.len() {
        if folds_to_nothing[i] && hit[i - 1] {
            hit[i] = true;
        }
    }
    let (from, to) = if whole {
        (0, original.len())
    } else {
        let first = hit.iter().position(|&h| h).unwrap_or(0);
        let from = first.saturating_sub(SNIPPET_CHARS / 3);
        // Start the snippet at a word boundary when one is near.
        let from = (from..first).find(|&i| i == 0 || original[i - 1].is_whitespace()).unwrap_or(from);
        (from, (from + SNIPPET_CHARS).min(original.len()))
    };
    let mut segments: Vec<Segment> = Vec::new();
    if from > 0 {
        segments.push(Segment { text: "…".into(), hit: false });
    }
    for i in from..to {
        match segments.last_mut() {
            Some(last) if last.hit == hit[i] && last.text != "…" => last.text.push(original[i]),
            _ => segments.push(Segment { text: original[i].to_string(), hit: hit[i] }),
        }
    }
    if to < original.len() {
        segments.push(Segment { text: "…".into(), hit: false });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepares_chinese_as_single_characters_and_folds_arabic() {
        assert_eq!(prepare("安全协议").split_whitespace().collect::<Vec<_>>(), ["安", "全", "协", "议"]);
        assert_eq!(prepare("السَّلامة"), "السلامه");
        assert_eq!(prepare("Économie"), "economie");
    }

    #[test]
    fn builds_queries_that_cannot_inject_syntax() {
        assert_eq!(fts_query("incident report").as_deref(), Some("\"incident\" \"report\" *"));
        assert_eq!(fts_query("安全").as_deref(), Some("\"安 全\""));
        assert_eq!(fts_query("\"a\" OR b*").as_deref(), Some("\"a\" \"or\" \"b\" *"));
        assert_eq!(fts_query("  !!  "), None);
    }

    #[test]
    fn highlights_what_was_found_in_the_original_text() {
        let segs = highlight("Standardize Incident Reporting across countries", "incid report", true);
        let hits: Vec<&str> = segs.iter().filter(|s| s.hit).map(|s| s.text.as_str()).collect();
        assert_eq!(hits, ["Incident", "Reporting"]);
        let segs = highlight("建立一致的人工智能安全事件报告协议", "安全", true);
        assert_eq!(segs.iter().filter(|s| s.hit).map(|s| s.text.as_str()).collect::<Vec<_>>(), ["安全"]);
        let segs = highlight("تعزيز السَّلامة في الذكاء الاصطناعي", "السلامة", true);
        assert_eq!(segs.iter().filter(|s| s.hit).map(|s| s.text.as_str()).collect::<Vec<_>>(), ["السَّلامة"]);
    }
}
