//! Anchors: the passage of a priority that a comment points at, found again in later revisions.
//!
//! A delegate selects a passage in the rendered priority and the comment stores an [`Anchor`]:
//! the quote, up to [`ANCHOR_CONTEXT_CHARS`] characters of context on each side, and where the
//! quote started. When an amendment is accepted and a new revision arrives, [`locate`] looks for
//! the passage in the new text, exactly first and then approximately; when it is gone the
//! comment is shown as orphaned, with the quote it was made on. [`render_highlighted`] renders a
//! priority with the located passages wrapped in `<mark>`.
//!
//! Every position here counts `char`s (Unicode scalar values) in [`plain_text`], the text as a
//! reader sees it with runs of whitespace collapsed. The webview measures a selection in the
//! text of the same rendered HTML, collapsed the same way, so both sides agree on content; their
//! offsets may drift slightly (the two do not see block boundaries identically), which is why a
//! stored position only breaks ties and never decides alone.
//!
//! Matching ignores Arabic vocalization (harakat, tanwin, shadda, sukun, superscript alef),
//! tatweel and invisible formatting characters. Arabic is ordinarily written without harakat and
//! adds them only where a reading could be ambiguous, so a revision that adds or drops a fatha has
//! not changed the passage; counting each mark as an edit would push a fully vocalized quote past
//! any sensible error budget. A match that differs from the quote only in such characters is
//! still reported as [`Located::Fuzzy`]: the text did change, and only an identical passage is
//! [`Located::Exact`]. Latin accents are not ignored, since French spells with them (`ou`/`où`).

use crate::markdown;
use plenary_proto::record::{ANCHOR_CONTEXT_CHARS, Anchor, MAX_QUOTE_CHARS};
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use std::collections::{HashMap, HashSet};

/// The most work, in dynamic-programming cells (text length times quote length), that one
/// approximate search may do: a full-size priority against a full-size quote. Beyond it only
/// exact matches are looked for, so a malformed anchor cannot stall a screen.
const MAX_FUZZY_CELLS: usize = 32 * 1024 * MAX_QUOTE_CHARS;

/// Quotes at least this long (in characters that count for matching) may be re-found
/// approximately on their own evidence. Shorter ones, a word or two, are too likely to resemble
/// something unrelated; they are re-found approximately only where their context also agrees.
const MIN_SELF_EVIDENT_CHARS: usize = 12;

/// How many candidate regions of an approximate search are examined closely.
const MAX_REFINED_CANDIDATES: usize = 8;

/// Where an anchor's passage is in a revision's plain text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Located {
    /// The quote is there unchanged, at chars `start..end`.
    Exact {
        /// The first char of the passage.
        start: usize,
        /// One past its last char.
        end: usize,
    },
    /// A passage close to the quote is at chars `start..end`: the text was edited there.
    Fuzzy {
        /// The first char of the passage.
        start: usize,
        /// One past its last char.
        end: usize,
    },
    /// The passage is gone; show the comment with its original quote.
    Orphaned,
}

impl Located {
    /// The passage's char range, unless it is orphaned.
    pub fn range(&self) -> Option<std::ops::Range<usize>> {
        match *self {
            Located::Exact { start, end } | Located::Fuzzy { start, end } => Some(start..end),
            Located::Orphaned => None,
        }
    }
}

/// A passage to highlight: chars `start..end` of [`plain_text`], belonging to the anchor `id`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Mark {
    /// The first char of the passage.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// The anchor's id, written into `data-anchor`. It must be non-empty and contain no
    /// whitespace, since the attribute lists ids separated by spaces; other marks are skipped.
    pub id: String,
}

/// A revision's text as a reader sees it: the text of [`markdown::render`]'s output in reading
/// order, with a space at every block boundary and line break, every run of whitespace collapsed
/// to one space, and no space at either end. Image descriptions are left out, as the sanitizer
/// removes images. All anchor positions are char offsets into this string.
pub fn plain_text(markdown: &str) -> String {
    let mut cursor = Cursor::default();
    let mut image_depth = 0;
    for event in markdown::events(markdown) {
        match reading(&event, &mut image_depth) {
            Reading::Text(text) => {
                for c in text.chars() {
                    cursor.place(c);
                }
            }
            Reading::Break => cursor.boundary(),
            Reading::Nothing => {}
        }
    }
    cursor.plain
}

/// Builds the anchor for the selection of chars `start..end` of `plain`. Whitespace at the
/// selection's edges is dropped and a selection that cuts a letter from its accents is widened to
/// include them. Refuses (`None`) a selection with nothing to find again (empty, only whitespace
/// or only ignorable marks) and one longer than [`MAX_QUOTE_CHARS`].
pub fn anchor_for(plain: &str, start: usize, end: usize) -> Option<Anchor> {
    let chars: Vec<char> = plain.chars().collect();
    let mut end = end.min(chars.len());
    let mut start = start.min(end);
    while start < end && is_space(chars[start]) {
        start += 1;
    }
    while end > start && is_space(chars[end - 1]) {
        end -= 1;
    }
    if start == end {
        return None;
    }
    let (start, end) = widen_to_clusters(&chars, start, end);
    let quote = &chars[start..end];
    if quote.len() > MAX_QUOTE_CHARS || !quote.iter().any(|&c| !is_space(c) && !is_ignorable(c)) {
        return None;
    }
    Some(Anchor {
        exact: quote.iter().collect(),
        prefix: chars[start.saturating_sub(ANCHOR_CONTEXT_CHARS)..start].iter().collect(),
        suffix: chars[end..(end + ANCHOR_CONTEXT_CHARS).min(chars.len())].iter().collect(),
        start: u32::try_from(start).ok()?,
    })
}

/// Finds `anchor`'s passage in `plain` (a revision's [`plain_text`]).
///
/// Exact occurrences of the quote come first: char for char, or else letter for letter with
/// Arabic vocalization and invisible characters ignored (then reported as [`Located::Fuzzy`]).
/// Among several, the one whose surroundings best agree with the stored context wins, then the
/// one nearest the stored start. Failing that, an approximate search finds the passages within a
/// few edits of the quote and keeps the one with the fewest edits to quote and context together.
/// A near match is accepted only if the quote alone is convincing (at least 12 characters, at
/// most a quarter of them edited) or, with at most half of the quote edited, quote and context
/// together are three-quarters intact; anything else is [`Located::Orphaned`].
pub fn locate(plain: &str, anchor: &Anchor) -> Located {
    let text: Vec<char> = plain.chars().collect();
    let quote = collapse_whitespace(&anchor.exact);
    let prefix = fold(&collapse_whitespace(&anchor.prefix)).chars;
    let suffix = fold(&collapse_whitespace(&anchor.suffix)).chars;
    let search = Search {
        folded: fold(&text),
        pattern: fold(&quote).chars,
        prefix: prefix[prefix.len().saturating_sub(ANCHOR_CONTEXT_CHARS)..].to_vec(),
        suffix: suffix[..suffix.len().min(ANCHOR_CONTEXT_CHARS)].to_vec(),
        hint: usize::try_from(anchor.start).unwrap_or(usize::MAX),
        text,
        quote,
    };
    if search.pattern.is_empty() {
        return Located::Orphaned;
    }
    search.exact().or_else(|| search.approximate()).unwrap_or(Located::Orphaned)
}

/// Renders Markdown like [`markdown::render`], with each piece of text covered by `marks`
/// (char ranges of [`plain_text`]) wrapped in `<mark data-anchor="ID…">`, listing the ids of all
/// marks covering it. A mark never crosses an element boundary: a passage over two paragraphs,
/// or half inside a link, becomes one `<mark>` per piece. The result is sanitized like
/// `render`'s, with `mark[data-anchor]` additionally allowed.
pub fn render_highlighted(markdown: &str, marks: &[Mark]) -> String {
    let mut highlighter = Highlighter { coverage: Coverage::new(marks), ..Highlighter::default() };
    let mut image_depth = 0;
    for event in markdown::events(markdown) {
        match reading(&event, &mut image_depth) {
            Reading::Text(text) => {
                if let Event::Code(_) = event {
                    // Written as the tags `push_html` would write, so the code's text can be split.
                    highlighter.close();
                    highlighter.out.push(Event::InlineHtml("<code>".into()));
                    highlighter.text(text);
                    highlighter.close();
                    highlighter.out.push(Event::InlineHtml("</code>".into()));
                } else {
                    highlighter.text(text);
                }
            }
            Reading::Break => {
                highlighter.cursor.boundary();
                highlighter.close();
                highlighter.out.push(event);
            }
            Reading::Nothing => {
                highlighter.close();
                highlighter.out.push(event);
            }
        }
    }
    highlighter.close();
    markdown::to_safe_html(highlighter.out.into_iter(), markdown::highlight_sanitizer())
}

// ---------------------------------------------------------------------------------------------
// Reading the rendered text

/// Whether `c` is whitespace to collapse. The webview collapses its text with JavaScript's
/// `/\s+/`, so this is that class: Unicode White_Space without U+0085, plus U+FEFF.
fn is_space(c: char) -> bool {
    c == '\u{feff}' || (c.is_whitespace() && c != '\u{85}')
}

/// What one event adds to the text a reader sees.
enum Reading<'e> {
    /// These characters.
    Text(&'e str),
    /// A block boundary or line break: a space.
    Break,
    /// Nothing: inline formatting, or anything inside an image (which the sanitizer removes).
    Nothing,
}

/// Classifies `event`; `image_depth` tracks whether it is inside an image's description.
fn reading<'e>(event: &'e Event<'_>, image_depth: &mut usize) -> Reading<'e> {
    match event {
        Event::Start(Tag::Image { .. }) => {
            *image_depth += 1;
            Reading::Nothing
        }
        Event::End(TagEnd::Image) => {
            *image_depth = image_depth.saturating_sub(1);
            Reading::Nothing
        }
        _ if *image_depth > 0 => Reading::Nothing,
        Event::Text(text)
        | Event::Code(text)
        | Event::Html(text)
        | Event::InlineHtml(text)
        | Event::InlineMath(text)
        | Event::DisplayMath(text) => Reading::Text(text),
        Event::SoftBreak => Reading::Text("\n"),
        Event::HardBreak | Event::Rule => Reading::Break,
        Event::Start(tag) if is_inline(tag.to_end()) => Reading::Nothing,
        Event::End(tag) if is_inline(*tag) => Reading::Nothing,
        Event::Start(_) | Event::End(_) => Reading::Break,
        Event::FootnoteReference(_) | Event::TaskListMarker(_) => Reading::Nothing,
    }
}

/// Whether an element is inline, so that its edges are not word boundaries (`foo*bar*`).
fn is_inline(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// Builds the plain text one character at a time, telling where each character lands.
#[derive(Default)]
struct Cursor {
    plain: String,
    /// `plain`'s length in chars.
    len: usize,
    /// Whether a space is owed before the next visible character.
    pending_space: bool,
}

impl Cursor {
    fn boundary(&mut self) {
        self.pending_space = true;
    }

    /// Adds `c` and returns its offset in the plain text. Whitespace stands for the single space
    /// its run collapses to; whitespace before any text has no offset.
    fn place(&mut self, c: char) -> Option<usize> {
        if is_space(c) {
            self.pending_space = true;
            return (self.len > 0).then_some(self.len);
        }
        if self.pending_space && self.len > 0 {
            self.plain.push(' ');
            self.len += 1;
        }
        self.pending_space = false;
        self.plain.push(c);
        self.len += 1;
        Some(self.len - 1)
    }
}

/// `text` with each run of whitespace replaced by one space (edges kept): the form stored anchors
/// are compared in, in case they were collapsed slightly differently.
fn collapse_whitespace(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars() {
        if !is_space(c) {
            out.push(c);
        } else if out.last() != Some(&' ') {
            out.push(' ');
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Characters that matching ignores or keeps together

/// Whether `c` is an Arabic vocalization mark: harakat, tanwin, shadda, sukun, superscript alef
/// and the Quranic annotation marks.
fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}'
        | '\u{06d6}'..='\u{06dc}' | '\u{06df}'..='\u{06e4}' | '\u{06e7}'..='\u{06e8}' | '\u{06ea}'..='\u{06ed}'
    )
}

/// Whether matching skips `c`: Arabic vocalization marks and tatweel (see the module notes), and
/// invisible formatting characters (soft hyphen, zero-width characters and direction marks),
/// which no reader sees and an editor may add or drop.
fn is_ignorable(c: char) -> bool {
    is_arabic_mark(c)
        || matches!(c,
            '\u{0640}' // tatweel, which only stretches a word
            | '\u{00ad}' | '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        )
}

/// Whether `c` belongs to the character before it and must not be cut from it: combining marks
/// of the scripts Plenary is written in, and the joiners and selectors that hold emoji together.
/// Not full grapheme segmentation, which these languages do not need.
fn is_mark(c: char) -> bool {
    is_arabic_mark(c)
        || matches!(c,
            '\u{0300}'..='\u{036f}' // Latin combining diacritics (decomposed accents)
            | '\u{0483}'..='\u{0489}' // Cyrillic
            | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}'
            | '\u{302a}'..='\u{302f}' | '\u{3099}'..='\u{309a}' // CJK tone and kana voicing marks
            | '\u{200c}'..='\u{200d}' // zero-width (non-)joiner
            | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}' // variation selectors
            | '\u{1f3fb}'..='\u{1f3ff}' // emoji skin tones
        )
}

/// Widens `start..end` so that it neither begins on nor is followed by a mark.
fn widen_to_clusters(chars: &[char], mut start: usize, mut end: usize) -> (usize, usize) {
    while start > 0 && start < chars.len() && is_mark(chars[start]) {
        start -= 1;
    }
    while end < chars.len() && is_mark(chars[end]) {
        end += 1;
    }
    (start, end)
}

/// Text with the ignorable characters taken out, and where each remaining one came from.
struct Folded {
    chars: Vec<char>,
    /// For each of `chars`, its index in the original.
    origin: Vec<usize>,
}

/// `chars` without the ignorable characters.
fn fold(chars: &[char]) -> Folded {
    let (origin, chars) = chars.iter().enumerate().filter(|&(_, &c)| !is_ignorable(c)).unzip();
    Folded { chars, origin }
}

// ---------------------------------------------------------------------------------------------
// Finding a passage again

/// One anchor being looked for in one text. Matching runs on the folded forms; results are
/// mapped back to the text's own chars.
struct Search {
    text: Vec<char>,
    folded: Folded,
    /// The quote with whitespace collapsed.
    quote: Vec<char>,
    /// The quote, folded: what is searched for.
    pattern: Vec<char>,
    /// The folded context, at most [`ANCHOR_CONTEXT_CHARS`] each side.
    prefix: Vec<char>,
    suffix: Vec<char>,
    /// Where the quote started when the anchor was made.
    hint: usize,
}

impl Search {
    /// The best exact occurrence of the quote in the folded text, if any: one that is also
    /// identical char for char beats one that is not, whatever their context.
    fn exact(&self) -> Option<Located> {
        let found = occurrences(&self.folded.chars, &self.pattern).into_iter().map(|start| {
            let end = start + self.pattern.len();
            let (located, literal) = self.unfold(start, end);
            let key = (!literal, self.context_distance(start, end), self.hint_distance(located));
            (key, located)
        });
        found.min_by_key(|&(key, _)| key).map(|(_, located)| located)
    }

    /// The best passage within the error budget, if any is accepted.
    fn approximate(&self) -> Option<Located> {
        let m = self.pattern.len();
        let context_len = self.prefix.len() + self.suffix.len();
        // The most edits either acceptance rule below can allow.
        let budget = (m / 2).min((m + context_len) / 4);
        if budget == 0
            || self.folded.chars.len().saturating_mul(m) > MAX_FUZZY_CELLS
            || self.folded.chars.len() + budget < m
            || self.missing_chars() > budget
        {
            return None;
        }
        // A run of consecutive ends within budget is one region, cut every `m` chars so that
        // repetitive text still yields several. A region's end is the one that best fits quote
        // and suffix; only the most promising regions, nearest the hint among equals, are refined.
        let mut regions: Vec<Region> = Vec::new();
        for (end, cost) in approximate_ends(&self.folded.chars, &self.pattern, budget) {
            let lower_bound = cost + self.suffix_distance(end);
            match regions.last_mut() {
                Some(region) if region.last + 1 == end && end - region.first < m => {
                    region.last = end;
                    if lower_bound < region.lower_bound {
                        (region.lower_bound, region.end) = (lower_bound, end);
                    }
                }
                _ => regions.push(Region { first: end, last: end, end, lower_bound }),
            }
        }
        let hinted_end = self.hint.saturating_add(self.quote.len());
        regions.sort_unstable_by_key(|region| {
            (region.lower_bound, (self.folded.origin[region.end - 1] + 1).abs_diff(hinted_end))
        });
        regions.truncate(MAX_REFINED_CANDIDATES);

        let mut best: Option<((usize, usize), Located)> = None;
        for Region { lower_bound, end, .. } in regions {
            // No passage ending here can beat the best so far: edits to the quote are at least the
            // region's, and the suffix is fixed by the end.
            if best.as_ref().is_some_and(|((total, _), _)| lower_bound > *total) {
                continue;
            }
            let suffix_distance = self.suffix_distance(end);
            for (taken, distance) in distances_to_starts(&self.folded.chars, end, &self.pattern, budget) {
                let start = end - taken;
                if distance > budget || start == end {
                    continue;
                }
                if best.as_ref().is_some_and(|((total, _), _)| distance + suffix_distance > *total) {
                    continue;
                }
                let context_distance = self.prefix_distance(start) + suffix_distance;
                let self_evident = m >= MIN_SELF_EVIDENT_CHARS && 4 * distance <= m;
                let with_context = 4 * (distance + context_distance) <= m + context_len;
                if !self_evident && !with_context {
                    continue;
                }
                let Some(located) = self.unfold_approximate(start, end) else { continue };
                let key = (distance + context_distance, self.hint_distance(located));
                if best.as_ref().is_none_or(|(best_key, _)| key < *best_key) {
                    best = Some((key, located));
                }
            }
        }
        best.map(|(_, located)| located)
    }

    /// How many of the pattern's chars (counted with repetition) occur nowhere in the text: each
    /// needs an edit, so more than the budget means no match is possible.
    fn missing_chars(&self) -> usize {
        let present: HashSet<char> = self.folded.chars.iter().copied().collect();
        self.pattern.iter().filter(|c| !present.contains(c)).count()
    }

    /// Edits between the stored context and the text around folded chars `start..end`.
    fn context_distance(&self, start: usize, end: usize) -> usize {
        self.prefix_distance(start) + self.suffix_distance(end)
    }

    fn prefix_distance(&self, start: usize) -> usize {
        levenshtein(&self.prefix, &self.folded.chars[start.saturating_sub(self.prefix.len())..start])
    }

    fn suffix_distance(&self, end: usize) -> usize {
        let text = &self.folded.chars;
        levenshtein(&self.suffix, &text[end..(end + self.suffix.len()).min(text.len())])
    }

    fn hint_distance(&self, located: Located) -> usize {
        located.range().map_or(usize::MAX, |range| range.start.abs_diff(self.hint))
    }

    /// Maps an exact folded occurrence back to the text. It is [`Located::Exact`] (and `true`)
    /// if the text there is the quote char for char, including ignorable characters and not
    /// cutting a letter from its marks; otherwise the passage, widened to whole letters, is
    /// [`Located::Fuzzy`].
    fn unfold(&self, start: usize, end: usize) -> (Located, bool) {
        let origin = &self.folded.origin;
        let (first, last) = (origin[start], origin[end - 1] + 1);
        // Ignorable characters at the quote's edges sit between the text's counted ones.
        let leading = self.quote.iter().take_while(|&&c| is_ignorable(c)).count();
        let trailing = self.quote.iter().rev().take_while(|&&c| is_ignorable(c)).count();
        let floor = if start == 0 { 0 } else { origin[start - 1] + 1 };
        let ceiling = origin.get(end).copied().unwrap_or(self.text.len());
        if let (Some(literal_start), literal_end) = (first.checked_sub(leading), last + trailing)
            && literal_start >= floor
            && literal_end <= ceiling
            && self.text[literal_start..literal_end] == self.quote[..]
            && (literal_start == 0 || !is_mark(self.text[literal_start]))
            && self.text.get(literal_end).is_none_or(|&c| !is_mark(c))
        {
            return (Located::Exact { start: literal_start, end: literal_end }, true);
        }
        let (start, end) = widen_to_clusters(&self.text, first, last);
        (Located::Fuzzy { start, end }, false)
    }

    /// Maps an approximate folded match back to the text: widened to whole letters, and without
    /// whitespace at an edge where the quote has none.
    fn unfold_approximate(&self, start: usize, end: usize) -> Option<Located> {
        let origin = &self.folded.origin;
        let (mut start, mut end) = widen_to_clusters(&self.text, origin[start], origin[end - 1] + 1);
        if self.quote.first().is_some_and(|&c| !is_space(c)) {
            while start < end && is_space(self.text[start]) {
                start += 1;
            }
        }
        if self.quote.last().is_some_and(|&c| !is_space(c)) {
            while end > start && is_space(self.text[end - 1]) {
                end -= 1;
            }
        }
        (start < end).then_some(Located::Fuzzy { start, end })
    }
}

/// Consecutive ends of approximate matches, taken as one candidate passage.
struct Region {
    first: usize,
    last: usize,
    /// The end that best fits quote and suffix.
    end: usize,
    /// Edits to quote and suffix for that end: no passage of the region can do better.
    lower_bound: usize,
}

/// Every start (overlapping ones included) of `needle` in `haystack`: Knuth–Morris–Pratt, linear
/// in both lengths.
fn occurrences(haystack: &[char], needle: &[char]) -> Vec<usize> {
    let mut found = Vec::new();
    if needle.is_empty() || needle.len() > haystack.len() {
        return found;
    }
    // fallback[i]: the length of the longest proper border of needle[..=i].
    let mut fallback = vec![0; needle.len()];
    let mut matched = 0;
    for i in 1..needle.len() {
        while matched > 0 && needle[i] != needle[matched] {
            matched = fallback[matched - 1];
        }
        if needle[i] == needle[matched] {
            matched += 1;
        }
        fallback[i] = matched;
    }
    matched = 0;
    for (i, &c) in haystack.iter().enumerate() {
        while matched > 0 && c != needle[matched] {
            matched = fallback[matched - 1];
        }
        if c == needle[matched] {
            matched += 1;
        }
        if matched == needle.len() {
            found.push(i + 1 - matched);
            matched = fallback[matched - 1];
        }
    }
    found
}

/// The ends (exclusive) of the passages of `text` within `budget` edits of `pattern`, with the
/// fewest edits for each: Sellers' dynamic programme (any start is free), one column per text
/// char, computed only down to the last row still within budget (Ukkonen's cut-off), so text
/// far from the pattern costs little. Values above the budget are held at `budget + 1`.
fn approximate_ends(text: &[char], pattern: &[char], budget: usize) -> Vec<(usize, usize)> {
    let m = pattern.len();
    let over = budget + 1;
    // column[i]: edits between pattern[..i] and the best passage ending at the current char.
    let mut column: Vec<usize> = (0..=m).map(|i| i.min(over)).collect();
    let mut last_live = budget.min(m);
    let mut ends = Vec::new();
    for (j, &c) in text.iter().enumerate() {
        let mut diagonal = 0; // column[0] before this char: a passage may start anywhere.
        let rows = (last_live + 1).min(m);
        for i in 1..=rows {
            // Below the last live row the old values are stale but known to exceed the budget.
            let left = if i <= last_live { column[i] } else { over };
            let value = (diagonal + usize::from(pattern[i - 1] != c)).min(left + 1).min(column[i - 1] + 1).min(over);
            diagonal = left;
            column[i] = value;
        }
        last_live = rows;
        while last_live > 0 && column[last_live] > budget {
            last_live -= 1;
        }
        if last_live == m {
            ends.push((j + 1, column[m]));
        }
    }
    ends
}

/// For a passage ending at `end`, the edits between `pattern` and `text[end - taken..end]` for
/// each `taken` up to `pattern.len() + budget` (capped at `budget + 1`), as `(taken, edits)`.
/// The same dynamic programme run backwards from the end, with the start left open.
fn distances_to_starts(text: &[char], end: usize, pattern: &[char], budget: usize) -> Vec<(usize, usize)> {
    let m = pattern.len();
    let over = budget + 1;
    let reach = (m + budget).min(end);
    // column[i]: edits between the last i chars of the pattern and the last `taken` chars before `end`.
    let mut column: Vec<usize> = (0..=m).map(|i| i.min(over)).collect();
    let mut found = Vec::with_capacity(reach + 1);
    found.push((0, column[m]));
    for taken in 1..=reach {
        let c = text[end - taken];
        let mut diagonal = column[0];
        column[0] = taken.min(over);
        for i in 1..=m {
            let value =
                (diagonal + usize::from(pattern[m - i] != c)).min(column[i] + 1).min(column[i - 1] + 1).min(over);
            diagonal = column[i];
            column[i] = value;
        }
        found.push((taken, column[m]));
    }
    found
}

/// Edit distance between two short strings (the context, at most [`ANCHOR_CONTEXT_CHARS`]).
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let value = (diagonal + usize::from(ca != cb)).min(row[j + 1] + 1).min(row[j] + 1);
            diagonal = row[j + 1];
            row[j + 1] = value;
        }
    }
    row[b.len()]
}

// ---------------------------------------------------------------------------------------------
// Highlighting

/// Which marks cover each stretch of the plain text.
#[derive(Default)]
struct Coverage {
    /// Starts of the stretches, ascending; each stretch runs to the next start.
    starts: Vec<usize>,
    /// For each stretch, the index in `labels` of the marks covering it, if any.
    stretch_labels: Vec<Option<usize>>,
    /// The distinct `data-anchor` values, escaped for an attribute.
    labels: Vec<String>,
    /// The stretch of the last offset asked about; offsets are asked in ascending order.
    current: usize,
}

impl Coverage {
    fn new(marks: &[Mark]) -> Self {
        let marks: Vec<&Mark> = marks
            .iter()
            .filter(|mark| mark.start < mark.end && !mark.id.is_empty() && !mark.id.chars().any(char::is_whitespace))
            .collect();
        let mut starts: Vec<usize> = marks.iter().flat_map(|mark| [mark.start, mark.end]).collect();
        starts.sort_unstable();
        starts.dedup();
        let mut coverage = Coverage::default();
        let mut label_index: HashMap<String, usize> = HashMap::new();
        for &start in &starts {
            let mut ids: Vec<&str> = Vec::new();
            for mark in marks.iter().filter(|mark| mark.start <= start && start < mark.end) {
                if !ids.contains(&mark.id.as_str()) {
                    ids.push(&mark.id);
                }
            }
            let label = (!ids.is_empty()).then(|| {
                let label = escape_attribute(&ids.join(" "));
                let next = label_index.len();
                *label_index.entry(label.clone()).or_insert_with(|| {
                    coverage.labels.push(label);
                    next
                })
            });
            coverage.stretch_labels.push(label);
        }
        coverage.starts = starts;
        coverage
    }

    /// The label covering `offset`, which must not be less than the last one asked about.
    fn at(&mut self, offset: usize) -> Option<usize> {
        while self.starts.get(self.current + 1).is_some_and(|&next| next <= offset) {
            self.current += 1;
        }
        match self.starts.get(self.current) {
            Some(&start) if start <= offset => self.stretch_labels[self.current],
            _ => None,
        }
    }
}

/// Rewrites the event stream, splitting text where the covering marks change.
#[derive(Default)]
struct Highlighter<'a> {
    coverage: Coverage,
    cursor: Cursor,
    out: Vec<Event<'a>>,
    /// The label of the `<mark>` currently open in `out`.
    open: Option<usize>,
}

impl Highlighter<'_> {
    fn text(&mut self, text: &str) {
        let mut piece = String::new();
        for c in text.chars() {
            let label = self.cursor.place(c).and_then(|offset| self.coverage.at(offset));
            if label != self.open {
                self.flush(&mut piece);
                self.close();
                if let Some(label) = label {
                    let tag = format!("<mark data-anchor=\"{}\">", self.coverage.labels[label]);
                    self.out.push(Event::InlineHtml(tag.into()));
                    self.open = Some(label);
                }
            }
            piece.push(c);
        }
        self.flush(&mut piece);
    }

    fn flush(&mut self, piece: &mut String) {
        if !piece.is_empty() {
            self.out.push(Event::Text(CowStr::from(std::mem::take(piece))));
        }
    }

    fn close(&mut self) {
        if self.open.take().is_none() {
            return;
        }
        // `push_html` starts a block on a new line unless the output already ends with one, so a
        // newline that ends the marked text goes after `</mark>`, keeping the HTML as `render`'s.
        let mut newlines = None;
        if let Some(Event::Text(text)) = self.out.last()
            && text.ends_with('\n')
        {
            let text = text.to_string();
            let body = text.trim_end_matches('\n');
            newlines = Some(text[body.len()..].to_owned());
            self.out.pop();
            if !body.is_empty() {
                self.out.push(Event::Text(body.to_owned().into()));
            }
        }
        if matches!(self.out.last(), Some(Event::InlineHtml(tag)) if tag.starts_with("<mark ")) {
            // Nothing but the newline was marked.
            self.out.pop();
        } else {
            self.out.push(Event::InlineHtml("</mark>".into()));
        }
        if let Some(newlines) = newlines {
            self.out.push(Event::Text(newlines.into()));
        }
    }
}

/// Escapes text for a double-quoted HTML attribute.
fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::render;
    use proptest::prelude::*;

    /// The char range of the one occurrence of `needle` in `text`.
    fn only(text: &str, needle: &str) -> (usize, usize) {
        let found: Vec<usize> = text.match_indices(needle).map(|(byte, _)| byte).collect();
        assert_eq!(found.len(), 1, "{needle:?} should occur exactly once in {text:?}");
        let start = text[..found[0]].chars().count();
        (start, start + needle.chars().count())
    }

    /// The anchor a delegate makes by selecting `quote` in `plain`.
    fn select(plain: &str, quote: &str) -> Anchor {
        let (start, end) = only(plain, quote);
        anchor_for(plain, start, end).expect("a valid selection")
    }

    fn slice(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end - start).collect()
    }

    // ---- Re-finding a passage: one case per line of the table below --------------------------

    /// What a case expects. A passage occurs once in the new text, or is written in brackets
    /// inside a longer string that does (`"should [publish the]"`).
    enum Expect {
        /// Exactly this passage.
        Exact(&'static str),
        /// Approximately: this passage of the new text.
        Fuzzy(String),
        Orphaned,
    }

    fn passage_in(text: &str, passage: &str) -> (usize, usize) {
        let (start, end) = only(text, &passage.replace(['[', ']'], ""));
        match (passage.find('['), passage.find(']')) {
            (Some(open), Some(close)) => {
                let before = passage[..open].chars().count();
                (start + before, start + before + passage[open + 1..close].chars().count())
            }
            _ => (start, end),
        }
    }

    struct Case {
        name: &'static str,
        old: String,
        quote: &'static str,
        new: String,
        expect: Expect,
    }

    fn case(name: &'static str, old: &str, quote: &'static str, new: &str, expect: Expect) -> Case {
        Case { name, old: old.to_owned(), quote, new: new.to_owned(), expect }
    }

    const EN_1: &str = "Frontier developers should publish the results of their safety evaluations before \
                        deployment. Independent experts must be able to verify these results.";
    const EN_2: &str = "Governments should coordinate on incident reporting, so that serious failures are shared \
                        quickly across borders.";
    const ZH_1: &str = "前沿人工智能开发者应在部署前公布其安全评估结果。独立专家必须能够核实这些结果。";
    const ZH_2: &str = "各国政府应在事件报告方面开展协调，以便迅速跨境通报严重故障。";
    const AR_1: &str = "ينبغي لمطوري الذكاء الاصطناعي المتقدم نشر نتائج تقييمات السلامة قبل النشر. ويجب أن يتمكن \
                        خبراء مستقلون من التحقق من هذه النتائج.";
    const AR_1_VOCALIZED: &str = "يَنْبَغِي لِمُطَوِّرِي الذَّكَاءِ الاصْطِنَاعِيِّ المُتَقَدِّمِ نَشْرُ نَتَائِجِ تَقْيِيمَاتِ السَّلَامَةِ قَبْلَ \
                                  النَّشْرِ. وَيَجِبُ أَنْ يَتَمَكَّنَ خُبَرَاءُ مُسْتَقِلُّونَ مِنَ التَّحَقُّقِ مِنْ هَذِهِ النَّتَائِجِ.";
    const AR_2: &str = "وينبغي للحكومات أن تنسق في الإبلاغ عن الحوادث، بحيث تُتبادل الإخفاقات الخطيرة بسرعة عبر الحدود.";
    const RU_1: &str = "Разработчики передовых систем ИИ должны публиковать результаты оценок безопасности до \
                        развёртывания. Независимые эксперты должны иметь возможность проверить эти результаты.";
    const RU_2: &str = "Правительствам следует координировать отчётность об инцидентах, чтобы о серьёзных сбоях быстро \
                        сообщалось через границы.";
    const FR: &str = "Les développeurs de systèmes d'IA avancés devraient publier les résultats de leurs évaluations \
                      de sécurité avant le déploiement. Des experts indépendants doivent pouvoir vérifier ces résultats.";
    const UNRELATED: &str = "The workshop will take place in Geneva on the third of March. Registration closes two \
                             weeks before, and participants should bring their own laptops and a printed agenda.";

    fn two(first: &str, second: &str) -> String {
        format!("{first}\n\n{second}")
    }

    fn cases() -> Vec<Case> {
        use Expect::{Exact, Fuzzy, Orphaned};
        let en = two(EN_1, EN_2);
        let zh = two(ZH_1, ZH_2);
        let ar = two(AR_1, AR_2);
        let ru = two(RU_1, RU_2);
        let results = "publish the results of their safety evaluations";
        let vocalized = AR_1.replace("نتائج تقييمات السلامة", "نَتائِجِ تَقييماتِ السَّلامَةِ");
        vec![
            // English
            case("unchanged", &en, results, &en, Exact(results)),
            case("paragraphs reordered", &en, results, &two(EN_2, EN_1), Exact(results)),
            case("words inserted before", &en, results, &format!("Without delay: {en}"), Exact(results)),
            case(
                "a word changed",
                &en,
                results,
                &en.replace("the results of", "the findings of"),
                Fuzzy("publish the findings of their safety evaluations".into()),
            ),
            case(
                "punctuation changed",
                &en,
                "incident reporting, so that serious failures",
                &en.replace("reporting, so", "reporting; so"),
                Fuzzy("incident reporting; so that serious failures".into()),
            ),
            case(
                "words inserted inside, context intact",
                &en,
                "so that serious failures are shared quickly",
                &en.replace("serious failures", "serious failures and near misses"),
                Fuzzy("so that serious failures and near misses are shared quickly".into()),
            ),
            case(
                "moved and edited",
                &en,
                results,
                &two(EN_2, &EN_1.replace("their safety", "all safety")),
                Fuzzy("publish the results of all safety evaluations".into()),
            ),
            case(
                "a short word edited in place",
                &en,
                "safety",
                &en.replace("safety evaluations", "safe evaluations"),
                Fuzzy("safe".into()),
            ),
            case(
                "sentence deleted",
                &en,
                "Independent experts must be able to verify these results.",
                &en.replace(" Independent experts must be able to verify these results.", ""),
                Orphaned,
            ),
            case(
                "paragraph rewritten",
                &en,
                "Governments should coordinate on incident reporting",
                &two(EN_1, "States will build a shared registry of AI incidents."),
                Orphaned,
            ),
            case(
                "first word changed",
                &en,
                results,
                &en.replace("publish the", "release the"),
                Fuzzy("release the results of their safety evaluations".into()),
            ),
            case(
                "first word changed to a shorter one",
                &en,
                "serious failures are shared quickly across borders",
                &en.replace("serious failures", "grave failures"),
                Fuzzy("grave failures are shared quickly across borders".into()),
            ),
            case(
                "first word changed, text before it longer",
                &en,
                "serious failures are shared quickly across borders",
                &format!("Without delay: {}", en.replace("that serious failures", "that critical failures")),
                Fuzzy("critical failures are shared quickly across borders".into()),
            ),
            case(
                "last word changed",
                &en,
                results,
                &en.replace("safety evaluations", "safety assessments"),
                Fuzzy("publish the results of their safety assessments".into()),
            ),
            case(
                "edited twice alike, the context decides",
                &en,
                results,
                &format!(
                    "Labs publish the findings of their safety evaluations yearly. {}",
                    en.replace("the results of", "the findings of")
                ),
                Fuzzy("should [publish the findings of their safety evaluations]".into()),
            ),
            case("a short word, edited and elsewhere", &en, "safety", "Keep the lab safe.", Orphaned),
            case("a short word, nearly and elsewhere", &en, "Governments", "The government will decide.", Orphaned),
            case("unrelated text, long quote", &en, results, UNRELATED, Orphaned),
            case("unrelated text, sentence", &en, "Independent experts must be able to verify", UNRELATED, Orphaned),
            case("unrelated text, short quote", &en, "serious failures", UNRELATED, Orphaned),
            case("unrelated text, one word", &en, "Governments", UNRELATED, Orphaned),
            case("unrelated script", &en, results, &zh, Orphaned),
            // Chinese: no spaces between words
            case("Chinese, reordered", &zh, "公布其安全评估结果", &two(ZH_2, ZH_1), Exact("公布其安全评估结果")),
            case(
                "Chinese, edited",
                &zh,
                "各国政府应在事件报告方面开展协调",
                &zh.replace("开展协调", "加强协调"),
                Fuzzy("各国政府应在事件报告方面加强协调".into()),
            ),
            case(
                "Chinese, short quote edited in place",
                &zh,
                "安全评估结果",
                &zh.replace("安全评估结果", "安全测试结果"),
                Fuzzy("安全测试结果".into()),
            ),
            case(
                "Chinese, deleted",
                &zh,
                "独立专家必须能够核实这些结果。",
                &zh.replace("独立专家必须能够核实这些结果。", ""),
                Orphaned,
            ),
            case("Chinese quote in English text", &zh, "各国政府应在事件报告方面开展协调", &en, Orphaned),
            // Arabic: right to left, vocalization optional
            case(
                "Arabic, reordered",
                &ar,
                "نشر نتائج تقييمات السلامة",
                &two(AR_2, AR_1),
                Exact("نشر نتائج تقييمات السلامة"),
            ),
            case(
                "Arabic, edited",
                &ar,
                "نشر نتائج تقييمات السلامة قبل النشر",
                &ar.replace("تقييمات", "اختبارات"),
                Fuzzy("نشر نتائج اختبارات السلامة قبل النشر".into()),
            ),
            case(
                "Arabic, deleted",
                &ar,
                "ويجب أن يتمكن خبراء مستقلون من التحقق من هذه النتائج.",
                &ar.replace(" ويجب أن يتمكن خبراء مستقلون من التحقق من هذه النتائج.", ""),
                Orphaned,
            ),
            case(
                "Arabic, vocalized in the new revision",
                &ar,
                "نشر نتائج تقييمات السلامة",
                &two(&vocalized, AR_2),
                Fuzzy("نشر نَتائِجِ تَقييماتِ السَّلامَةِ".into()),
            ),
            case(
                "Arabic, the whole paragraph vocalized",
                &ar,
                "نشر نتائج تقييمات السلامة قبل النشر",
                &two(AR_1_VOCALIZED, AR_2),
                Fuzzy("نَشْرُ نَتَائِجِ تَقْيِيمَاتِ السَّلَامَةِ قَبْلَ النَّشْرِ".into()),
            ),
            case(
                "Arabic, vocalization dropped",
                &two(&vocalized, AR_2),
                "نَتائِجِ تَقييماتِ السَّلامَةِ",
                &ar,
                Fuzzy("نتائج تقييمات السلامة".into()),
            ),
            case(
                "Arabic, vocalized and unchanged",
                &two(&vocalized, AR_2),
                "نَتائِجِ تَقييماتِ السَّلامَةِ",
                &two(AR_2, &vocalized),
                Exact("نَتائِجِ تَقييماتِ السَّلامَةِ"),
            ),
            case(
                "Arabic, stretched with tatweel",
                &ar,
                "نتائج تقييمات السلامة",
                &ar.replace("السلامة", "السـلامة"),
                Fuzzy("نتائج تقييمات السـلامة".into()),
            ),
            // Russian
            case(
                "Russian, words inserted before",
                &ru,
                "публиковать результаты оценок безопасности",
                &format!("Как и прежде: {ru}"),
                Exact("публиковать результаты оценок безопасности"),
            ),
            case(
                "Russian, edited",
                &ru,
                "публиковать результаты оценок безопасности",
                &ru.replace("результаты оценок", "итоги оценок"),
                Fuzzy("публиковать итоги оценок безопасности".into()),
            ),
            case(
                "Russian, deleted",
                &ru,
                "Независимые эксперты должны иметь возможность проверить эти результаты.",
                &ru.replace(" Независимые эксперты должны иметь возможность проверить эти результаты.", ""),
                Orphaned,
            ),
            // French: accents are spelling, not decoration
            case(
                "French, accents dropped",
                FR,
                "publier les résultats de leurs évaluations de sécurité",
                &FR.replace("évaluations de sécurité", "evaluations de securite"),
                Fuzzy("publier les résultats de leurs evaluations de securite".into()),
            ),
            case(
                "French, a word changed",
                FR,
                "leurs évaluations de sécurité avant le déploiement",
                &FR.replace("de sécurité", "de sûreté"),
                Fuzzy("leurs évaluations de sûreté avant le déploiement".into()),
            ),
            case(
                "French, accents decomposed",
                FR,
                "leurs évaluations de sécurité",
                &FR.replace('é', "e\u{301}"),
                Fuzzy("leurs e\u{301}valuations de se\u{301}curite\u{301}".into()),
            ),
        ]
    }

    #[test]
    fn passages_are_found_again_in_new_revisions() {
        let mut failures = Vec::new();
        for case in cases() {
            let (old, new) = (plain_text(&case.old), plain_text(&case.new));
            let anchor = select(&old, case.quote);
            let found = locate(&new, &anchor);
            let expected = match &case.expect {
                Expect::Exact(passage) => {
                    let (start, end) = passage_in(&new, passage);
                    Located::Exact { start, end }
                }
                Expect::Fuzzy(passage) => {
                    let (start, end) = passage_in(&new, passage);
                    Located::Fuzzy { start, end }
                }
                Expect::Orphaned => Located::Orphaned,
            };
            if found != expected {
                let text = found.range().map(|range| slice(&new, range.start, range.end));
                failures.push(format!("{}: expected {expected:?}, found {found:?} {text:?}", case.name));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn a_repeated_quote_is_found_where_its_context_and_position_agree() {
        let text = "We support independent oversight of frontier models. Without independent oversight, \
                    commitments are hard to verify.";
        let second = text.rfind("independent oversight").map(|byte| text[..byte].chars().count()).unwrap();
        let end = second + "independent oversight".len();
        let anchor = anchor_for(text, second, end).unwrap();
        assert_eq!(locate(text, &anchor), Located::Exact { start: second, end });

        let revised = format!("Above all, {text}");
        let shift = "Above all, ".len();
        assert_eq!(locate(&revised, &anchor), Located::Exact { start: second + shift, end: end + shift });

        // Context outweighs a stale position.
        let misleading = Anchor { start: 11, ..anchor.clone() };
        assert_eq!(locate(text, &misleading), Located::Exact { start: second, end });

        // Without context, the position decides.
        let bare = |start: u32| Anchor {
            exact: "independent oversight".into(),
            prefix: String::new(),
            suffix: String::new(),
            start,
        };
        assert_eq!(locate(text, &bare(9)), Located::Exact { start: 11, end: 32 });
        assert_eq!(locate(text, &bare(70)), Located::Exact { start: second, end });
    }

    #[test]
    fn anchors_round_trip_on_the_text_they_were_made_on() {
        for text in [two(EN_1, EN_2), two(ZH_1, ZH_2), two(AR_1, AR_2), two(RU_1, RU_2), FR.to_owned()] {
            let plain = plain_text(&text);
            let len = plain.chars().count();
            for (start, end) in [(0, 5), (3, 40), (len / 2, len / 2 + 7), (len - 9, len), (0, len)] {
                let anchor = anchor_for(&plain, start, end).unwrap();
                let start = usize::try_from(anchor.start).unwrap();
                let end = start + anchor.exact.chars().count();
                assert_eq!(slice(&plain, start, end), anchor.exact);
                assert_eq!(locate(&plain, &anchor), Located::Exact { start, end }, "{anchor:?}");
            }
        }
    }

    #[test]
    fn selections_become_anchors() {
        let plain = "Independent experts must be able to verify these results before deployment.";
        // Whitespace at the edges of a selection is dropped.
        assert_eq!(anchor_for(plain, 35, 49).unwrap().exact, "verify these");
        let anchor = anchor_for(plain, 36, 48).unwrap();
        assert_eq!(
            anchor,
            Anchor {
                exact: "verify these".into(),
                prefix: "pendent experts must be able to ".into(),
                suffix: " results before deployment.".into(),
                start: 36,
            }
        );
        // Context is at most ANCHOR_CONTEXT_CHARS each side.
        assert_eq!(anchor.prefix.chars().count(), ANCHOR_CONTEXT_CHARS);
        // A range past the end is cut to it.
        let deployment = plain.find("deployment").unwrap();
        assert_eq!(anchor_for(plain, deployment, 1000).unwrap().exact, "deployment.");
        // A selection never cuts a letter from its accent or vowel marks.
        let decomposed = "un cafe\u{301} noir";
        assert_eq!(anchor_for(decomposed, 3, 7).unwrap().exact, "cafe\u{301}");
        assert_eq!(anchor_for(decomposed, 7, 8).unwrap().exact, "e\u{301}");
        assert_eq!(anchor_for("كَتَبَ الدرس", 0, 1).unwrap().exact, "كَ");
    }

    #[test]
    fn selections_with_nothing_to_find_are_refused() {
        let plain = "Independent experts verify.";
        assert_eq!(anchor_for(plain, 4, 4), None);
        assert_eq!(anchor_for(plain, 9, 4), None);
        assert_eq!(anchor_for(plain, 500, 600), None);
        assert_eq!(anchor_for(plain, 11, 12), None, "a single space");
        assert_eq!(anchor_for("\u{64e}\u{64f} text", 0, 2), None, "vowel marks alone");
        assert_eq!(anchor_for("\u{1f3fd}", 0, 0), None, "an empty selection before a mark");
        // A mark with nothing before it to belong to is a character like any other.
        let anchor = anchor_for("\u{1f3fd}", 0, 1).unwrap();
        assert_eq!(locate("\u{1f3fd}", &anchor), Located::Exact { start: 0, end: 1 });
        let long = "word ".repeat(MAX_QUOTE_CHARS);
        assert_eq!(anchor_for(&long, 0, MAX_QUOTE_CHARS + 1), None);
        assert!(anchor_for(&long, 0, MAX_QUOTE_CHARS).is_some());
    }

    #[test]
    fn the_same_characters_win_over_the_same_letters() {
        // The vocalized quote is found where it is written vocalized, even where an unvocalized
        // twin has the better context.
        let plain = "كتب الدرس. كَتَبَ الدرس.";
        let anchor = Anchor {
            exact: "كَتَبَ".into(), prefix: String::new(), suffix: " الدرس. كتب".into(), start: 0
        };
        assert_eq!(locate(plain, &anchor), Located::Exact { start: 11, end: 17 });
        // Without a literal occurrence, the letters are found.
        let plain = "كتب الدرس.";
        assert_eq!(locate(plain, &anchor), Located::Fuzzy { start: 0, end: 3 });
    }

    #[test]
    fn a_quote_with_only_ignorable_marks_is_orphaned() {
        let anchor = Anchor { exact: "\u{64e}".into(), prefix: String::new(), suffix: String::new(), start: 0 };
        assert_eq!(locate("كَتَبَ", &anchor), Located::Orphaned);
    }

    #[test]
    fn a_full_size_search_finishes() {
        // The largest text against the largest quote, with no exact match: the slowest case.
        let text: String = (0..32 * 1024 / 8).map(|i| format!("w{:06} ", i * 7919 % 1_000_003)).collect();
        let quote: String = text.chars().skip(8_000).take(MAX_QUOTE_CHARS).collect();
        let edited = quote.replace('1', "x");
        let anchor = Anchor { exact: edited, prefix: String::new(), suffix: String::new(), start: 0 };
        let found = locate(&text, &anchor);
        assert!(matches!(found, Located::Fuzzy { start: 8_000, .. }), "{found:?}");
    }

    // ---- Plain text ----------------------------------------------------------------------------

    #[test]
    fn plain_text_is_the_text_a_reader_sees() {
        let cases = [
            ("Hello *world*", "Hello world"),
            ("foo*bar* and **baz**", "foobar and baz"),
            ("one\ntwo", "one two"),
            ("one  \ntwo", "one two"),
            ("# Title\n\nBody   text.", "Title Body text."),
            ("- a\n- b\n\n1. c", "a b c"),
            ("> quoted\n\nafter", "quoted after"),
            ("a `code  x` b", "a code x b"),
            ("```\nfn main() {\n    x\n}\n```", "fn main() { x }"),
            ("before <b>bold</b> after", "before <b>bold</b> after"),
            ("<div>\nblock\n</div>\n\nnext", "<div> block </div> next"),
            ("![a description](https://example.org/x.png) caption", "caption"),
            ("[link](https://example.org) text", "link text"),
            ("\"quoted\" -- it's...", "“quoted” – it’s…"),
            ("| a | b |\n|---|---|\n| c | d |", "a b c d"),
            ("a&nbsp;&nbsp;b", "a b"),
            ("a\n\n***\n\nb", "a b"),
            ("  \n\n  ", ""),
            ("建立一致的协议\n\n第二段", "建立一致的协议 第二段"),
            ("بروتوكولات  *متسقة*", "بروتوكولات متسقة"),
        ];
        for (markdown, expected) in cases {
            assert_eq!(plain_text(markdown), expected, "{markdown:?}");
        }
    }

    #[test]
    fn plain_text_agrees_with_the_rendered_text() {
        // What the webview computes: the rendered HTML's text, whitespace collapsed.
        for markdown in [
            two(EN_1, EN_2),
            two(AR_1, AR_2),
            "# Title\n\n- one\n- *two*\n\n> quote  \n> more\n\n```\ncode\n```\n\n<b>x</b> &amp; y".to_owned(),
        ] {
            let html = render(&markdown);
            assert_eq!(collapse(&decode(&strip_tags(&html))), plain_text(&markdown), "{html}");
        }
    }

    // ---- Highlighting --------------------------------------------------------------------------

    fn mark(plain: &str, passage: &str, id: &str) -> Mark {
        let (start, end) = only(plain, passage);
        Mark { start, end, id: id.into() }
    }

    #[test]
    fn marks_wrap_exactly_the_passage() {
        let markdown = "Developers should *publish the results* of their evaluations.";
        let plain = plain_text(markdown);
        let html = render_highlighted(markdown, &[mark(&plain, "results of their", "a1")]);
        assert_eq!(
            html,
            "<p>Developers should <em>publish the <mark data-anchor=\"a1\">results</mark></em>\
             <mark data-anchor=\"a1\"> of their</mark> evaluations.</p>\n"
        );
    }

    #[test]
    fn overlapping_marks_list_every_id() {
        let markdown = "Independent experts must verify these results.";
        let plain = plain_text(markdown);
        let marks = [mark(&plain, "experts must verify", "a"), mark(&plain, "verify these", "b")];
        assert_eq!(
            render_highlighted(markdown, &marks),
            "<p>Independent <mark data-anchor=\"a\">experts must </mark><mark data-anchor=\"a b\">verify</mark>\
             <mark data-anchor=\"b\"> these</mark> results.</p>\n"
        );
    }

    #[test]
    fn a_mark_across_blocks_becomes_one_per_block() {
        let markdown = "First paragraph ends here.\n\n- Second begins\n- and goes on";
        let plain = plain_text(markdown);
        let html = render_highlighted(markdown, &[mark(&plain, "here. Second begins and", "x")]);
        assert_eq!(
            html,
            "<p>First paragraph ends <mark data-anchor=\"x\">here.</mark></p>\n<ul>\n\
             <li><mark data-anchor=\"x\">Second begins</mark></li>\n<li><mark data-anchor=\"x\">and</mark> goes on</li>\n\
             </ul>\n"
        );
    }

    #[test]
    fn marks_reach_into_code_and_links_but_not_images() {
        let markdown = "Run `cargo test` and [read more](https://example.org) ![diagram](https://example.org/d.png).";
        let plain = plain_text(markdown);
        assert_eq!(plain, "Run cargo test and read more .");
        let html = render_highlighted(markdown, &[mark(&plain, "test and read", "m")]);
        assert_eq!(
            html,
            "<p>Run <code>cargo <mark data-anchor=\"m\">test</mark></code><mark data-anchor=\"m\"> and </mark>\
             <a href=\"https://example.org\" rel=\"noopener noreferrer nofollow\"><mark data-anchor=\"m\">read</mark> \
             more</a> .</p>\n"
        );
    }

    #[test]
    fn without_marks_highlighting_renders_like_render() {
        for markdown in [two(EN_1, EN_2), "# T\n\n- a\n  - b\n\n```\nx\n```\n\n| a | b |\n|-|-|\n| c | d |".to_owned()]
        {
            assert_eq!(render_highlighted(&markdown, &[]), render(&markdown));
        }
    }

    #[test]
    fn a_mark_ending_in_a_newline_keeps_the_layout() {
        // Raw HTML shown as text ends with its line's newline, just before the next block.
        let markdown = "<!x *y*>z\nnext";
        let plain = plain_text(markdown);
        let html = render_highlighted(markdown, &[mark(&plain, "z next", "m")]);
        assert_eq!(split_marked(&html).0, render(markdown));
        assert_eq!(
            html,
            "&lt;!x *y*&gt;<mark data-anchor=\"m\">z</mark>\n<p><mark data-anchor=\"m\">next</mark></p>\n"
        );
    }

    #[test]
    fn ids_are_escaped_and_unusable_ids_skipped() {
        let markdown = "Some text to mark.";
        let hostile = "\"><script>alert(1)</script><x/a='";
        let html = render_highlighted(markdown, &[Mark { start: 0, end: 4, id: hostile.into() }]);
        assert_eq!(
            html,
            "<p><mark data-anchor=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x/a='\">Some</mark> text to \
             mark.</p>\n"
        );
        let spaced = [
            Mark { start: 0, end: 4, id: "\" onmouseover=\"alert(1)".into() },
            Mark { start: 5, end: 9, id: String::new() },
            Mark { start: 12, end: 10, id: "backwards".into() },
        ];
        assert_eq!(render_highlighted(markdown, &spaced), render(markdown));
    }

    /// Inputs that try to run script or load something, as in `tests/it/markdown_safety.rs`.
    const HOSTILE: &[&str] = &[
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[click](javascript:alert(1))",
        "![img](javascript:alert(1))",
        "<p onclick=alert(1)>x</p>",
        "<mark data-anchor=\"fake\" onclick=alert(1)>x</mark>",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "<!-- <script>alert(1)</script> -->",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    ];

    #[test]
    fn hostile_markdown_stays_harmless_when_highlighted() {
        for input in HOSTILE {
            let len = plain_text(input).chars().count();
            let marks = [Mark { start: 0, end: len, id: "all".into() }, Mark { start: 2, end: 9, id: "part".into() }];
            let html = render_highlighted(input, &marks).to_lowercase();
            let markup = html.split('<').skip(1).map(|tag| tag.split('>').next().unwrap_or("")).collect::<Vec<_>>();
            for tag in markup {
                let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or("");
                assert!(["p", "mark", "code", "pre", "a", "em"].contains(&name), "{input:?} gave <{tag}> in {html}");
                for bad in [" on", "javascript:", "src=", "style="] {
                    assert!(!tag.contains(bad), "{input:?} gave <{tag}> in {html}");
                }
            }
            assert!(!html.contains("data-anchor=\"fake\""), "{html}");
        }
    }

    // ---- Properties ----------------------------------------------------------------------------

    /// Characters that make trouble: Markdown syntax, whitespace of several kinds, and letters,
    /// marks and joiners from the forum's scripts.
    fn troublesome_text(max: usize) -> impl Strategy<Value = String> {
        let chars: Vec<char> =
            "abex   \n\t\u{a0}\u{3000}*_`#->-<&[]()!|\\\"'.é\u{301}بت\u{64e}\u{651}ـ\u{200d}\u{200f}中文яж😀\u{1f3fd}"
                .chars()
                .collect();
        let chars = prop::sample::select(chars);
        prop::collection::vec(chars, 0..max).prop_map(String::from_iter)
    }

    proptest! {
        #[test]
        fn plain_text_never_panics_and_is_collapsed(markdown in any::<String>(), tricky in troublesome_text(300)) {
            for markdown in [markdown, tricky] {
                let plain = plain_text(&markdown);
                prop_assert!(!plain.starts_with(' ') && !plain.ends_with(' ') && !plain.contains("  "));
                prop_assert!(!plain.chars().any(|c| is_space(c) && c != ' '));
            }
        }

        #[test]
        fn locate_never_panics_and_stays_in_bounds(
            text in troublesome_text(300),
            exact in troublesome_text(40),
            prefix in troublesome_text(40),
            suffix in troublesome_text(40),
            start in any::<u32>(),
        ) {
            let anchor = Anchor { exact, prefix, suffix, start };
            let len = text.chars().count();
            if let Some(range) = locate(&text, &anchor).range() {
                prop_assert!(range.start < range.end && range.end <= len, "{range:?} in {len} chars");
            }
        }

        #[test]
        fn anchors_round_trip(markdown in troublesome_text(300), a in 0usize..320, b in 0usize..320) {
            let plain = plain_text(&markdown);
            if let Some(anchor) = anchor_for(&plain, a.min(b), a.max(b)) {
                let start = anchor.start as usize;
                let end = start + anchor.exact.chars().count();
                prop_assert_eq!(slice(&plain, start, end), anchor.exact.clone());
                prop_assert_eq!(locate(&plain, &anchor), Located::Exact { start, end });
            }
        }

        #[test]
        fn an_edit_elsewhere_keeps_the_quote_exact(
            markdown in troublesome_text(300),
            a in 0usize..320,
            b in 0usize..320,
            at in 0usize..320,
            insert in troublesome_text(5),
        ) {
            let plain = plain_text(&markdown);
            let Some(anchor) = anchor_for(&plain, a.min(b), a.max(b)) else { return Ok(()) };
            let start = anchor.start as usize;
            let end = start + anchor.exact.chars().count();
            let chars: Vec<char> = plain.chars().collect();
            // Somewhere outside the quote: one of the `start + 1` places before it or after it.
            let at = at % (chars.len() - (end - start) + 2);
            let at = if at <= start { at } else { end + (at - start - 1) };
            let revised: String = chars[..at].iter().copied().chain(insert.chars()).chain(chars[at..].iter().copied()).collect();
            // An insertion next to the quote can attach a mark to it; everywhere else it is intact.
            let attached = |i: usize| revised.chars().nth(i).is_some_and(is_mark);
            let found = locate(&revised, &anchor);
            match found {
                Located::Exact { start, end } => prop_assert_eq!(slice(&revised, start, end), anchor.exact.clone()),
                other => prop_assert!(
                    attached(at) || attached(at + insert.chars().count()) || insert.chars().any(is_mark),
                    "{:?} for {:?} in {:?}", other, anchor, revised
                ),
            }
        }

        #[test]
        fn highlighting_only_adds_marks_around_the_right_text(
            markdown in troublesome_text(300),
            a in 0usize..320,
            b in 0usize..320,
        ) {
            let plain = plain_text(&markdown);
            let (start, end) = (a.min(b), a.max(b));
            let html = render_highlighted(&markdown, &[Mark { start, end, id: "m".into() }]);
            let (outside, inside) = split_marked(&html);
            prop_assert_eq!(outside, render(&markdown));
            let expected: String = slice(&plain, start.min(plain.chars().count()), end.min(plain.chars().count()));
            prop_assert_eq!(
                decode(&inside).chars().filter(|c| !is_space(*c)).collect::<String>(),
                expected.chars().filter(|c| !is_space(*c)).collect::<String>()
            );
        }
    }

    // ---- HTML helpers for the tests ------------------------------------------------------------

    fn strip_tags(html: &str) -> String {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text
    }

    fn decode(text: &str) -> String {
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&nbsp;", "\u{a0}")
            .replace("&amp;", "&")
    }

    fn collapse(text: &str) -> String {
        collapse_whitespace(text).into_iter().collect::<String>().trim_matches(' ').to_owned()
    }

    /// The HTML with the `<mark>` tags taken out, and the text that was inside them.
    fn split_marked(html: &str) -> (String, String) {
        let (mut outside, mut inside) = (String::new(), String::new());
        let mut rest = html;
        let mut depth = 0usize;
        while let Some(i) = rest.find('<') {
            let text = &rest[..i];
            outside.push_str(text);
            if depth > 0 {
                inside.push_str(text);
            }
            let close = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
            let tag = &rest[i..close];
            if tag.starts_with("<mark ") {
                depth += 1;
            } else if tag == "</mark>" {
                depth -= 1;
            } else {
                outside.push_str(tag);
            }
            rest = &rest[close..];
        }
        outside.push_str(rest);
        (outside, inside)
    }
}
