//! Translations of the statement and the glossary of contested terms: applying their records,
//! the translator's editor (source beside target, glossary terms marked, what changed in the
//! source since the translation was made, and flags for forbidden or missing preferred terms),
//! and reading the statement in another language.

use crate::apply::{Hold, Materialized, is_newer};
use crate::diff::{self, DiffPart};
use crate::profile::next_hlc;
use crate::redact::{Audience, AuthorLabel, author_label};
use crate::search::fold_text;
use crate::{Error, Profile, random_bytes};
use plenary_proto::record::{
    GlossaryConcept, GlossaryEntry, GlossaryTerm, Subject, Text, TranslationPut, TranslationReview,
};
use plenary_proto::{
    AttributionChoice, Body, ConceptId, ForumId, Hlc, LanguageTag, PriorityId, PublicKey, Record, RecordId,
    ReviewDecision, Role, SectionId, TermStatus, TranslationState,
};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// 16 zero bytes: the subject id of the forum's own parts (title, preamble, about).
const NO_ID: [u8; 16] = [0; 16];

/// A subject as stored: its kind and id.
pub(crate) fn subject_key(subject: &Subject) -> (&'static str, [u8; 16]) {
    match subject {
        Subject::Priority { priority } => ("priority", *priority.as_bytes()),
        Subject::Section { section } => ("section", *section.as_bytes()),
        Subject::Title => ("title", NO_ID),
        Subject::Preamble => ("preamble", NO_ID),
        Subject::About => ("about", NO_ID),
    }
}

/// A subject as the UI and the interchange files name it: `priority/<id>`, `section/<id>`,
/// `title`, `preamble`, `about`.
pub fn subject_name(subject: &Subject) -> String {
    match subject {
        Subject::Priority { priority } => format!("priority/{priority}"),
        Subject::Section { section } => format!("section/{section}"),
        Subject::Title => "title".into(),
        Subject::Preamble => "preamble".into(),
        Subject::About => "about".into(),
    }
}

/// Reads a subject's name (see [`subject_name`]).
pub fn parse_subject(name: &str) -> Result<Subject, Error> {
    let bad = || Error::Invalid {
        field: "subject".into(),
        message: format!("'{name}' does not name a part of the statement"),
    };
    Ok(match name.split_once('/') {
        Some(("priority", id)) => Subject::Priority { priority: id.parse().map_err(|_| bad())? },
        Some(("section", id)) => Subject::Section { section: id.parse().map_err(|_| bad())? },
        None if name == "title" => Subject::Title,
        None if name == "preamble" => Subject::Preamble,
        None if name == "about" => Subject::About,
        _ => return Err(bad()),
    })
}

fn subject_of(kind: &str, id: &[u8]) -> Option<Subject> {
    let id: [u8; 16] = id.try_into().ok()?;
    Some(match kind {
        "priority" => Subject::Priority { priority: PriorityId::from_bytes(id) },
        "section" => Subject::Section { section: SectionId::from_bytes(id) },
        "title" => Subject::Title,
        "preamble" => Subject::Preamble,
        "about" => Subject::About,
        _ => return None,
    })
}

/// The current source text of `subject` in `forum`, if the subject exists.
pub(crate) fn source_text(conn: &Connection, forum: &ForumId, subject: &Subject) -> Result<Option<Text>, Error> {
    let f = &forum.as_bytes()[..];
    Ok(match subject {
        Subject::Priority { priority } => conn
            .query_row(
                "SELECT r.title, r.body FROM priorities p JOIN revisions r ON r.id = p.current_revision
                 WHERE p.id = ?1 AND p.forum_id = ?2",
                params![&priority.as_bytes()[..], f],
                |r| Ok(Text { title: Some(r.get(0)?), body: r.get(1)? }),
            )
            .optional()?,
        Subject::Section { section } => conn
            .query_row(
                "SELECT title FROM sections WHERE id = ?1 AND forum_id = ?2",
                params![&section.as_bytes()[..], f],
                |r| Ok(Text { title: None, body: r.get(0)? }),
            )
            .optional()?,
        Subject::Title => conn
            .query_row("SELECT title FROM forums WHERE id = ?1", [f], |r| Ok(Text { title: None, body: r.get(0)? }))
            .optional()?,
        Subject::Preamble | Subject::About => {
            let sql = if matches!(subject, Subject::Preamble) {
                "SELECT preamble_title, preamble FROM forums WHERE id = ?1"
            } else {
                "SELECT about_title, about FROM forums WHERE id = ?1"
            };
            conn.query_row(sql, [f], |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?)))
                .optional()?
                .and_then(|(title, body)| body.map(|body| Text { title, body }))
        }
    })
}

fn forum_languages(tx: &Connection, forum: &ForumId) -> Result<Option<(String, Vec<String>)>, Error> {
    Ok(tx
        .query_row("SELECT language, languages FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })
        .optional()?
        .map(|(lang, list)| (lang, serde_json::from_str(&list).unwrap_or_default())))
}

pub(crate) fn apply_put(tx: &Transaction<'_>, record: &Record, t: &TranslationPut) -> Result<Materialized, Error> {
    let Some((source_language, languages)) = forum_languages(tx, &record.forum)? else {
        return Ok(Err(Hold::Wait("its forum has not arrived yet".into())));
    };
    if t.language.as_str() == source_language || !languages.iter().any(|l| l == t.language.as_str()) {
        return Ok(Err(Hold::Refuse(format!("{} is not one of this forum's languages to translate into", t.language))));
    }
    if source_text(tx, &record.forum, &t.subject)?.is_none() {
        return Ok(Err(Hold::Wait("the part of the statement it translates has not arrived yet".into())));
    }
    let (kind, id) = subject_key(&t.subject);
    let key = params![&record.forum.as_bytes()[..], kind, &id[..], t.language.as_str()];
    let stored: Option<(i64, Vec<u8>)> = tx
        .query_row(
            "SELECT content_hlc, content_record FROM translations
             WHERE forum_id = ?1 AND subject_kind = ?2 AND subject_id = ?3 AND language = ?4",
            key,
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let hlc = record.hlc.0 as i64;
    match stored {
        None => {
            tx.execute(
                "INSERT INTO translations (forum_id, subject_kind, subject_id, language, source_title, source_body,
                     title, body, state, author, created_hlc, content_hlc, content_record)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12)",
                params![
                    &record.forum.as_bytes()[..],
                    kind,
                    &id[..],
                    t.language.as_str(),
                    t.source.title,
                    t.source.body,
                    t.text.title,
                    t.text.body,
                    t.state.to_string(),
                    &record.author.0[..],
                    hlc,
                    &record.id.as_bytes()[..],
                ],
            )?;
        }
        Some((content_hlc, content_record)) => {
            tx.execute(
                "UPDATE translations SET created_hlc = min(created_hlc, ?5)
                 WHERE forum_id = ?1 AND subject_kind = ?2 AND subject_id = ?3 AND language = ?4",
                params![&record.forum.as_bytes()[..], kind, &id[..], t.language.as_str(), hlc],
            )?;
            if is_newer(record, content_hlc, &content_record) {
                tx.execute(
                    "UPDATE translations SET source_title = ?5, source_body = ?6, title = ?7, body = ?8, state = ?9,
                         author = ?10, content_hlc = ?11, content_record = ?12
                     WHERE forum_id = ?1 AND subject_kind = ?2 AND subject_id = ?3 AND language = ?4",
                    params![
                        &record.forum.as_bytes()[..],
                        kind,
                        &id[..],
                        t.language.as_str(),
                        t.source.title,
                        t.source.body,
                        t.text.title,
                        t.text.body,
                        t.state.to_string(),
                        &record.author.0[..],
                        hlc,
                        &record.id.as_bytes()[..],
                    ],
                )?;
            }
        }
    }
    Ok(Ok(()))
}

pub(crate) fn apply_review(
    tx: &Transaction<'_>,
    record: &Record,
    r: &TranslationReview,
) -> Result<Materialized, Error> {
    let (kind, id) = subject_key(&r.subject);
    let stored: Option<(Option<i64>, Option<Vec<u8>>)> = tx
        .query_row(
            "SELECT review_hlc, review_record FROM translations
             WHERE forum_id = ?1 AND subject_kind = ?2 AND subject_id = ?3 AND language = ?4",
            params![&record.forum.as_bytes()[..], kind, &id[..], r.language.as_str()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let Some((review_hlc, review_record)) = stored else {
        return Ok(Err(Hold::Wait("the translation it reviews has not arrived yet".into())));
    };
    let newer = match (review_hlc, review_record) {
        (Some(h), Some(rec)) => is_newer(record, h, &rec),
        _ => true,
    };
    if newer {
        tx.execute(
            "UPDATE translations SET review_hlc = ?5, review_record = ?6, review_version = ?7, review_decision = ?8,
                 review_note = ?9, reviewer = ?10
             WHERE forum_id = ?1 AND subject_kind = ?2 AND subject_id = ?3 AND language = ?4",
            params![
                &record.forum.as_bytes()[..],
                kind,
                &id[..],
                r.language.as_str(),
                record.hlc.0 as i64,
                &record.id.as_bytes()[..],
                &r.version.as_bytes()[..],
                r.decision.to_string(),
                r.note,
                &record.author.0[..],
            ],
        )?;
    }
    Ok(Ok(()))
}

pub(crate) fn apply_concept(tx: &Transaction<'_>, record: &Record, c: &GlossaryConcept) -> Result<Materialized, Error> {
    let stored: Option<(Vec<u8>, i64, Vec<u8>)> = tx
        .query_row(
            "SELECT forum_id, hlc, record_id FROM glossary_concepts WHERE id = ?1",
            [&c.concept.as_bytes()[..]],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    match stored {
        Some((forum, _, _)) if forum != record.forum.as_bytes() => {
            Ok(Err(Hold::Refuse("the concept belongs to another forum".into())))
        }
        Some((_, hlc, record_id)) => {
            if is_newer(record, hlc, &record_id) {
                tx.execute(
                    "UPDATE glossary_concepts SET note = ?2, hlc = ?3, record_id = ?4 WHERE id = ?1",
                    params![&c.concept.as_bytes()[..], c.note, record.hlc.0 as i64, &record.id.as_bytes()[..]],
                )?;
            }
            Ok(Ok(()))
        }
        None => {
            tx.execute(
                "INSERT INTO glossary_concepts (id, forum_id, note, hlc, record_id) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    &c.concept.as_bytes()[..],
                    &record.forum.as_bytes()[..],
                    c.note,
                    record.hlc.0 as i64,
                    &record.id.as_bytes()[..]
                ],
            )?;
            Ok(Ok(()))
        }
    }
}

pub(crate) fn apply_entry(tx: &Transaction<'_>, record: &Record, e: &GlossaryEntry) -> Result<Materialized, Error> {
    let forum: Option<Vec<u8>> = tx
        .query_row("SELECT forum_id FROM glossary_concepts WHERE id = ?1", [&e.concept.as_bytes()[..]], |r| r.get(0))
        .optional()?;
    match forum {
        None => return Ok(Err(Hold::Wait("its concept has not arrived yet".into()))),
        Some(f) if f != record.forum.as_bytes() => {
            return Ok(Err(Hold::Refuse("the concept belongs to another forum".into())));
        }
        Some(_) => {}
    }
    let stored: Option<(i64, Vec<u8>)> = tx
        .query_row(
            "SELECT hlc, record_id FROM glossary_entries WHERE concept_id = ?1 AND language = ?2",
            params![&e.concept.as_bytes()[..], e.language.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if stored.is_none_or(|(hlc, id)| is_newer(record, hlc, &id)) {
        tx.execute(
            "INSERT INTO glossary_entries (concept_id, language, terms, definition, usage_note, hlc, record_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (concept_id, language) DO UPDATE SET terms = excluded.terms, definition = excluded.definition,
                 usage_note = excluded.usage_note, hlc = excluded.hlc, record_id = excluded.record_id",
            params![
                &e.concept.as_bytes()[..],
                e.language.as_str(),
                serde_json::to_string(&e.terms).unwrap_or_else(|_| "[]".into()),
                e.definition,
                e.usage_note,
                record.hlc.0 as i64,
                &record.id.as_bytes()[..],
            ],
        )?;
    }
    Ok(Ok(()))
}

// ---- views ---------------------------------------------------------------------------------

/// The state of what a reader sees in a language other than the original.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationBadge {
    /// The language asked for.
    pub language: String,
    /// `untranslated` (the original is shown), `machine_draft`, `needs_review`, `translated` or
    /// `approved`.
    pub state: String,
    /// Whether the original changed since this translation was made.
    pub outdated: bool,
}

/// A stored translation, as views need it.
#[derive(Clone, Debug)]
pub(crate) struct Stored {
    pub source: Text,
    pub text: Text,
    pub state: String,
    pub author: PublicKey,
    pub updated_ms: u64,
    pub version: Vec<u8>,
    pub approved: bool,
    pub review_note: Option<String>,
}

/// Every translation of `forum` into `language`, by subject.
pub(crate) fn stored_in(
    conn: &Connection,
    forum: &ForumId,
    language: &str,
) -> Result<std::collections::HashMap<Subject, Stored>, Error> {
    let mut stmt = conn.prepare_cached(
        "SELECT subject_kind, subject_id, source_title, source_body, title, body, state, author, content_hlc,
                content_record, review_decision = 'approved' AND review_version = content_record, review_note
         FROM translations WHERE forum_id = ?1 AND language = ?2",
    )?;
    let rows = stmt.query_map(params![&forum.as_bytes()[..], language], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Vec<u8>>(1)?,
            Stored {
                source: Text { title: r.get(2)?, body: r.get(3)? },
                text: Text { title: r.get(4)?, body: r.get(5)? },
                state: r.get(6)?,
                author: PublicKey(<[u8; 32]>::try_from(r.get::<_, Vec<u8>>(7)?).unwrap_or([0; 32])),
                updated_ms: Hlc(r.get::<_, i64>(8)? as u64).unix_ms(),
                version: r.get(9)?,
                approved: r.get::<_, Option<bool>>(10)?.unwrap_or(false),
                review_note: r.get(11)?,
            },
        ))
    })?;
    let mut out = std::collections::HashMap::new();
    for row in rows {
        let (kind, id, stored) = row?;
        if let Some(subject) = subject_of(&kind, &id) {
            out.insert(subject, stored);
        }
    }
    Ok(out)
}

impl Stored {
    /// The badge for this translation against the current `source`.
    pub(crate) fn badge(&self, language: &str, source: &Text) -> TranslationBadge {
        TranslationBadge {
            language: language.to_owned(),
            state: if self.approved { "approved".into() } else { self.state.clone() },
            outdated: self.source != *source,
        }
    }
}

/// A glossary term as the editor shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TermView {
    /// The term.
    pub text: String,
    /// `preferred`, `admitted` or `forbidden`.
    pub status: String,
}

/// A concept's entry in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryView {
    /// The language.
    pub language: String,
    /// Its terms.
    pub terms: Vec<TermView>,
    /// What the concept means.
    pub definition: String,
    /// How to use the terms.
    pub usage_note: String,
}

/// A concept with its entries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConceptView {
    /// The concept's id.
    pub id: String,
    /// Why it is contested, if said.
    pub note: Option<String>,
    /// Its entries, the forum's drafting language first.
    pub entries: Vec<EntryView>,
}

/// The forum's glossary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryView {
    /// The forum's languages, the drafting language first.
    pub languages: Vec<String>,
    /// The concepts, by their first term in the drafting language.
    pub concepts: Vec<ConceptView>,
    /// Whether this user may edit it.
    pub can_edit: bool,
}

/// A piece of source text: plain, or a glossary term (the concept's id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TermSegment {
    /// The text.
    pub text: String,
    /// The concept it is a term of, if it is one.
    pub concept: Option<String>,
}

/// A problem the glossary finds in a translation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TermFlag {
    /// `forbidden` (a forbidden term is used) or `missing_preferred` (the source uses the
    /// concept, the translation none of its preferred terms).
    pub kind: String,
    /// The concept.
    pub concept: String,
    /// The forbidden term used, or the preferred terms missing (joined by " / ").
    pub term: String,
}

/// A translation's current version, as the editor shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationVersion {
    /// Its title, if the subject has one.
    pub title: Option<String>,
    /// Its text, in Markdown.
    pub body: String,
    /// `machine_draft`, `needs_review`, `translated` or `approved`.
    pub state: String,
    /// Whether the source changed since it was made.
    pub outdated: bool,
    /// Who wrote this version, as this viewer may see them.
    pub author: AuthorLabel,
    /// When.
    #[ts(type = "number")]
    pub updated_ms: u64,
    /// A reviewer's note on it, if any.
    pub review_note: Option<String>,
}

/// What the translator is typing, saved locally.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationDraft {
    /// The title, where the subject has one.
    pub title: Option<String>,
    /// The text, in Markdown.
    pub body: String,
    /// `machine_draft`, `needs_review` or `translated`.
    pub state: String,
}

/// What changed in the source since a translation was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SourceChanges {
    /// In the title.
    pub title: Vec<DiffPart>,
    /// In the text.
    pub body: Vec<DiffPart>,
}

/// The translation editor for one part of the statement and one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationEditorView {
    /// The part: `priority/<id>`, `section/<id>`, `title`, `preamble` or `about`.
    pub subject: String,
    /// Its label in the source: a priority's number and title, a section's heading.
    pub label: String,
    /// The language translated into.
    pub language: String,
    /// The forum's drafting language.
    pub source_language: String,
    /// The source title, with glossary terms marked.
    pub source_title: Option<Vec<TermSegment>>,
    /// The source text as plain text, with glossary terms marked.
    pub source_body: Vec<TermSegment>,
    /// The source text as sanitized HTML.
    pub source_html: String,
    /// The current version, if there is one.
    pub current: Option<TranslationVersion>,
    /// The local draft, if the translator has one.
    pub draft: Option<TranslationDraft>,
    /// What changed in the source since the current version was made, if it is outdated.
    pub source_changes: Option<SourceChanges>,
    /// The glossary concepts used in the source, with their entries in both languages.
    pub glossary: Vec<ConceptView>,
    /// What the glossary finds in the draft (or the current version).
    pub flags: Vec<TermFlag>,
    /// Whether this user may save versions.
    pub can_translate: bool,
    /// Whether this user may approve.
    pub can_review: bool,
    /// The parts before and after, for moving through the statement.
    pub previous: Option<String>,
    /// See `previous`.
    pub next: Option<String>,
}

/// One part of the statement in the translation overview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationItem {
    /// The part (see [`TranslationEditorView::subject`]).
    pub subject: String,
    /// Its label in the source.
    pub label: String,
    /// Its state in the language (`untranslated` when there is none).
    pub state: String,
    /// Whether the source changed since.
    pub outdated: bool,
    /// Whether the translator has an unsaved draft of it.
    pub has_draft: bool,
}

/// Every part of the statement with its translation state in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationOverview {
    /// The language.
    pub language: String,
    /// The forum's drafting language.
    pub source_language: String,
    /// The languages one can translate into.
    pub languages: Vec<String>,
    /// The parts, in reading order.
    pub items: Vec<TranslationItem>,
}

/// Every part of `forum` in reading order, with its label.
pub(crate) fn subjects(conn: &Connection, forum: &ForumId) -> Result<Vec<(Subject, String)>, Error> {
    let mut out = vec![(Subject::Title, String::new())];
    let has = |sql: &str| conn.query_row(sql, [&forum.as_bytes()[..]], |r| r.get::<_, bool>(0));
    if has("SELECT preamble IS NOT NULL FROM forums WHERE id = ?1")? {
        out.push((Subject::Preamble, String::new()));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.title, p.id, r.title FROM sections s
         LEFT JOIN priorities p ON p.section_id = s.id
         LEFT JOIN revisions r ON r.id = p.current_revision
         WHERE s.forum_id = ?1 ORDER BY s.position, s.id, p.position, p.id",
    )?;
    let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
        Ok((
            r.get::<_, Vec<u8>>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<Vec<u8>>>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    let (mut section_no, mut within) = (0, 0);
    let mut last_section: Option<Vec<u8>> = None;
    for row in rows {
        let (section, heading, priority, title) = row?;
        if last_section.as_ref() != Some(&section) {
            section_no += 1;
            within = 0;
            if let Ok(id) = <[u8; 16]>::try_from(section.clone()) {
                out.push((Subject::Section { section: SectionId::from_bytes(id) }, format!("{section_no} {heading}")));
            }
            last_section = Some(section);
        }
        if let (Some(p), Some(title)) = (priority, title)
            && let Ok(id) = <[u8; 16]>::try_from(p)
        {
            within += 1;
            out.push((
                Subject::Priority { priority: PriorityId::from_bytes(id) },
                format!("{section_no}.{within} {title}"),
            ));
        }
    }
    if has("SELECT about IS NOT NULL FROM forums WHERE id = ?1")? {
        out.push((Subject::About, String::new()));
    }
    // The forum's own parts are labelled by their text.
    for (subject, label) in out.iter_mut() {
        if label.is_empty()
            && let Some(text) = source_text(conn, forum, subject)?
        {
            *label = text.title.unwrap_or(text.body);
        }
    }
    Ok(out)
}

/// The glossary of `forum`.
pub(crate) fn concepts(conn: &Connection, forum: &ForumId, source_language: &str) -> Result<Vec<ConceptView>, Error> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.note, e.language, e.terms, e.definition, e.usage_note FROM glossary_concepts c
         LEFT JOIN glossary_entries e ON e.concept_id = c.id WHERE c.forum_id = ?1 ORDER BY c.id, e.language",
    )?;
    let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
        Ok((
            r.get::<_, Vec<u8>>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
        ))
    })?;
    let mut out: Vec<ConceptView> = Vec::new();
    for row in rows {
        let (id, note, language, terms, definition, usage_note) = row?;
        let id = crate::contribution::uuid_text(id);
        if out.last().is_none_or(|c| c.id != id) {
            out.push(ConceptView { id: id.clone(), note, entries: Vec::new() });
        }
        if let (Some(language), Some(terms), Some(concept)) = (language, terms, out.last_mut()) {
            let terms: Vec<GlossaryTerm> = serde_json::from_str(&terms).unwrap_or_default();
            concept.entries.push(EntryView {
                language,
                terms: terms.into_iter().map(|t| TermView { text: t.text, status: t.status.to_string() }).collect(),
                definition: definition.unwrap_or_default(),
                usage_note: usage_note.unwrap_or_default(),
            });
        }
    }
    let first_term = |c: &ConceptView| {
        c.entries
            .iter()
            .find(|e| e.language == source_language)
            .and_then(|e| e.terms.first())
            .map(|t| t.text.to_lowercase())
            .unwrap_or_default()
    };
    for c in out.iter_mut() {
        c.entries.sort_by_key(|e| (e.language != source_language, e.language.clone()));
    }
    out.sort_by_key(first_term);
    Ok(out)
}

/// Where the terms of `language` occur in `text`: char ranges with their concept, longest
/// terms first and never overlapping. Matching ignores case, Latin accents and Arabic vowel
/// marks; in spaced scripts a term must stand as whole words.
fn find_terms(
    text: &str,
    concepts: &[ConceptView],
    language: &str,
    statuses: &[&str],
) -> Vec<(usize, usize, String, String)> {
    let chars: Vec<char> = text.chars().collect();
    let (folded, origin) = fold_text(&chars);
    let mut terms: Vec<(Vec<char>, String, String)> = Vec::new();
    for c in concepts {
        for e in c.entries.iter().filter(|e| e.language == language) {
            for t in e.terms.iter().filter(|t| statuses.contains(&t.status.as_str())) {
                let (f, _) = fold_text(&t.text.chars().collect::<Vec<_>>());
                if !f.is_empty() {
                    terms.push((f, c.id.clone(), t.text.clone()));
                }
            }
        }
    }
    terms.sort_by_key(|(f, _, _)| std::cmp::Reverse(f.len()));
    let mut taken = vec![false; folded.len()];
    let mut found = Vec::new();
    let boundary =
        |i: usize| i >= folded.len() || !folded[i].is_alphanumeric() || crate::search::is_unspaced(folded[i]);
    for (term, concept, original) in &terms {
        if term.len() > folded.len() {
            continue;
        }
        let spaced = !term.iter().any(|c| crate::search::is_unspaced(*c));
        for at in 0..=folded.len() - term.len() {
            let end = at + term.len();
            if folded[at..end] != term[..] || taken[at..end].iter().any(|t| *t) {
                continue;
            }
            if spaced && ((at > 0 && !boundary(at - 1)) || !boundary(end)) {
                continue;
            }
            taken[at..end].iter_mut().for_each(|t| *t = true);
            let start = origin[at];
            let stop = origin[end - 1] + 1;
            found.push((start, stop, concept.clone(), original.clone()));
        }
    }
    found.sort();
    found
}

fn segments(text: &str, concepts: &[ConceptView], language: &str) -> Vec<TermSegment> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, concept, _) in find_terms(text, concepts, language, &["preferred", "admitted", "forbidden"]) {
        if start > at {
            out.push(TermSegment { text: chars[at..start].iter().collect(), concept: None });
        }
        out.push(TermSegment { text: chars[start..end].iter().collect(), concept: Some(concept) });
        at = end;
    }
    if at < chars.len() {
        out.push(TermSegment { text: chars[at..].iter().collect(), concept: None });
    }
    out
}

/// What the glossary finds in a translation `target` of `source`.
pub fn term_flags(
    source: &str,
    target: &str,
    concepts: &[ConceptView],
    source_language: &str,
    language: &str,
) -> Vec<TermFlag> {
    let mut flags = Vec::new();
    let used: std::collections::BTreeSet<String> =
        find_terms(source, concepts, source_language, &["preferred", "admitted", "forbidden"])
            .into_iter()
            .map(|f| f.2)
            .collect();
    for (_, _, concept, term) in find_terms(target, concepts, language, &["forbidden"]) {
        flags.push(TermFlag { kind: "forbidden".into(), concept, term });
    }
    for concept in used {
        let Some(c) = concepts.iter().find(|c| c.id == concept) else { continue };
        let Some(entry) = c.entries.iter().find(|e| e.language == language) else { continue };
        let preferred: Vec<&str> =
            entry.terms.iter().filter(|t| t.status == "preferred").map(|t| t.text.as_str()).collect();
        if preferred.is_empty() {
            continue;
        }
        let present = !find_terms(target, std::slice::from_ref(c), language, &["preferred"]).is_empty();
        if !present {
            flags.push(TermFlag { kind: "missing_preferred".into(), concept, term: preferred.join(" / ") });
        }
    }
    flags
}

// ---- the profile's side ---------------------------------------------------------------------

fn roles(conn: &Connection, forum: &ForumId, key: &PublicKey) -> Result<Vec<Role>, Error> {
    let mut stmt = conn.prepare_cached("SELECT role FROM participants WHERE forum_id = ?1 AND key = ?2")?;
    let rows = stmt.query_map(params![&forum.as_bytes()[..], &key.0[..]], |r| r.get::<_, String>(0))?;
    Ok(rows.filter_map(|r| r.ok()?.parse().ok()).collect())
}

fn may(conn: &Connection, forum: &ForumId, key: &PublicKey, body: &Body) -> Result<bool, Error> {
    Ok(roles(conn, forum, key)?.into_iter().any(|r| body.allowed_for(r)))
}

fn probe_put() -> Body {
    Body::TranslationPut(TranslationPut {
        subject: Subject::Title,
        language: "en".parse().unwrap_or_else(|_| unreachable!("a constant tag")),
        source: Text { title: None, body: String::new() },
        text: Text { title: None, body: String::new() },
        state: TranslationState::Translated,
    })
}

fn probe_review() -> Body {
    Body::TranslationReview(TranslationReview {
        subject: Subject::Title,
        language: "en".parse().unwrap_or_else(|_| unreachable!("a constant tag")),
        version: RecordId::from_bytes([0; 16]),
        decision: ReviewDecision::Approved,
        note: None,
    })
}

fn language(value: &str) -> Result<LanguageTag, Error> {
    value.parse().map_err(|e: String| Error::Invalid { field: "language".into(), message: e })
}

impl Profile {
    pub(crate) fn forum_or_default(&self, forum: Option<ForumId>) -> Result<ForumId, Error> {
        match forum {
            Some(f) => Ok(f),
            None => self.default_forum()?.ok_or_else(|| Error::NotFound("a forum".into())),
        }
    }

    /// Every part of the statement with its state in `language`.
    pub fn translation_overview(&self, forum: Option<ForumId>, language: &str) -> Result<TranslationOverview, Error> {
        let forum = self.forum_or_default(forum)?;
        let conn = self.store.conn();
        let (source_language, languages) =
            forum_languages(conn, &forum)?.ok_or_else(|| Error::NotFound("the forum".into()))?;
        let stored = stored_in(conn, &forum, language)?;
        let mut drafts_stmt = conn.prepare_cached(
            "SELECT subject_kind, subject_id FROM translation_drafts WHERE forum_id = ?1 AND language = ?2",
        )?;
        let drafts: Vec<(String, Vec<u8>)> = drafts_stmt
            .query_map(params![&forum.as_bytes()[..], language], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut items = Vec::new();
        for (subject, label) in subjects(conn, &forum)? {
            let source = source_text(conn, &forum, &subject)?;
            let (kind, id) = subject_key(&subject);
            let (state, outdated) = match (stored.get(&subject), &source) {
                (Some(t), Some(src)) => {
                    let badge = t.badge(language, src);
                    (badge.state, badge.outdated)
                }
                _ => ("untranslated".into(), false),
            };
            items.push(TranslationItem {
                subject: subject_name(&subject),
                label,
                state,
                outdated,
                has_draft: drafts.iter().any(|(k, i)| k == kind && i[..] == id[..]),
            });
        }
        Ok(TranslationOverview {
            language: language.to_owned(),
            languages: languages.into_iter().filter(|l| *l != source_language).collect(),
            source_language,
            items,
        })
    }

    /// The editor for one part of the statement in `language`.
    pub fn translation_editor(
        &self,
        forum: Option<ForumId>,
        subject: &str,
        language: &str,
    ) -> Result<TranslationEditorView, Error> {
        let forum = self.forum_or_default(forum)?;
        let subject = parse_subject(subject)?;
        let conn = self.store.conn();
        let (source_language, _) = forum_languages(conn, &forum)?.ok_or_else(|| Error::NotFound("the forum".into()))?;
        let source =
            source_text(conn, &forum, &subject)?.ok_or_else(|| Error::NotFound("this part of the statement".into()))?;
        let concepts = concepts(conn, &forum, &source_language)?;
        let me = self.key.public();
        let stored = stored_in(conn, &forum, language)?.remove(&subject);
        let current = stored.as_ref().map(|t| TranslationVersion {
            title: t.text.title.clone(),
            body: t.text.body.clone(),
            state: t.badge(language, &source).state,
            outdated: t.source != source,
            author: author_label(Audience::Participant(&me), &forum, &t.author, AttributionChoice::Pseudonym, None),
            updated_ms: t.updated_ms,
            review_note: t.review_note.clone(),
        });
        let source_changes = stored.as_ref().filter(|t| t.source != source).map(|t| SourceChanges {
            title: diff::words(t.source.title.as_deref().unwrap_or(""), source.title.as_deref().unwrap_or("")),
            body: diff::words(&crate::anchor::plain_text(&t.source.body), &crate::anchor::plain_text(&source.body)),
        });
        let draft = self.translation_draft(&forum, &subject, language)?;
        let plain = crate::anchor::plain_text(&source.body);
        let source_all = format!("{} {}", source.title.clone().unwrap_or_default(), plain);
        let flags = match (&draft, &current) {
            (Some(d), _) => term_flags(
                &source_all,
                &format!("{} {}", d.title.clone().unwrap_or_default(), d.body),
                &concepts,
                &source_language,
                language,
            ),
            (None, Some(c)) => term_flags(
                &source_all,
                &format!("{} {}", c.title.clone().unwrap_or_default(), c.body),
                &concepts,
                &source_language,
                language,
            ),
            (None, None) => Vec::new(),
        };
        let used: std::collections::BTreeSet<String> =
            find_terms(&source_all, &concepts, &source_language, &["preferred", "admitted", "forbidden"])
                .into_iter()
                .map(|f| f.2)
                .collect();
        let glossary = concepts
            .iter()
            .filter(|c| used.contains(&c.id))
            .map(|c| ConceptView {
                id: c.id.clone(),
                note: c.note.clone(),
                entries: c
                    .entries
                    .iter()
                    .filter(|e| e.language == source_language || e.language == language)
                    .cloned()
                    .collect(),
            })
            .collect();
        let all = subjects(conn, &forum)?;
        let at = all.iter().position(|(s, _)| *s == subject);
        let label = at.map(|i| all[i].1.clone()).unwrap_or_default();
        Ok(TranslationEditorView {
            subject: subject_name(&subject),
            label,
            language: language.to_owned(),
            source_title: source.title.as_ref().map(|t| segments(t, &concepts, &source_language)),
            source_body: segments(&plain, &concepts, &source_language),
            source_html: crate::markdown::render(&source.body),
            source_language,
            current,
            draft,
            source_changes,
            glossary,
            flags,
            can_translate: may(conn, &forum, &me, &probe_put())?,
            can_review: may(conn, &forum, &me, &probe_review())?,
            previous: at.and_then(|i| i.checked_sub(1)).map(|i| subject_name(&all[i].0)),
            next: at.and_then(|i| all.get(i + 1)).map(|(s, _)| subject_name(s)),
        })
    }

    fn translation_draft(
        &self,
        forum: &ForumId,
        subject: &Subject,
        language: &str,
    ) -> Result<Option<TranslationDraft>, Error> {
        let (kind, id) = subject_key(subject);
        Ok(self
            .store
            .conn()
            .query_row(
                "SELECT title, body, state FROM translation_drafts
                 WHERE forum_id = ?1 AND subject_kind = ?2 AND subject_id = ?3 AND language = ?4",
                params![&forum.as_bytes()[..], kind, &id[..], language],
                |r| Ok(TranslationDraft { title: r.get(0)?, body: r.get(1)?, state: r.get(2)? }),
            )
            .optional()?)
    }

    /// Saves what the translator typed (locally; nothing is signed until it is submitted).
    pub fn save_translation_draft(
        &mut self,
        subject: &str,
        language: &str,
        draft: &TranslationDraft,
        now_ms: u64,
    ) -> Result<(), Error> {
        let forum = self.forum_or_default(None)?;
        let subject = parse_subject(subject)?;
        parse_state(&draft.state)?;
        let (kind, id) = subject_key(&subject);
        if draft.body.len() > plenary_proto::record::MAX_TEXT_BYTES {
            return Err(Error::Invalid { field: "body".into(), message: "the translation is too long".into() });
        }
        self.store.conn().execute(
            "INSERT INTO translation_drafts (forum_id, subject_kind, subject_id, language, title, body, state, updated_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (forum_id, subject_kind, subject_id, language) DO UPDATE SET title = excluded.title,
                 body = excluded.body, state = excluded.state, updated_ms = excluded.updated_ms",
            params![&forum.as_bytes()[..], kind, &id[..], language, draft.title, draft.body, draft.state, now_ms as i64],
        )?;
        Ok(())
    }

    /// Throws the translator's draft away.
    pub fn discard_translation_draft(&mut self, subject: &str, language: &str) -> Result<(), Error> {
        let forum = self.forum_or_default(None)?;
        let (kind, id) = subject_key(&parse_subject(subject)?);
        self.store.conn().execute(
            "DELETE FROM translation_drafts WHERE forum_id = ?1 AND subject_kind = ?2 AND subject_id = ?3 AND language = ?4",
            params![&forum.as_bytes()[..], kind, &id[..], language],
        )?;
        Ok(())
    }

    /// Signs the draft as the new version of the translation, queued to send.
    pub fn submit_translation(&mut self, subject: &str, language: &str, now_ms: u64) -> Result<(), Error> {
        let forum = self.forum_or_default(None)?;
        let parsed = parse_subject(subject)?;
        let draft = self
            .translation_draft(&forum, &parsed, language)?
            .ok_or_else(|| Error::NotFound("a draft of this translation".into()))?;
        let source = source_text(self.store.conn(), &forum, &parsed)?
            .ok_or_else(|| Error::NotFound("this part of the statement".into()))?;
        let body = Body::TranslationPut(TranslationPut {
            subject: parsed,
            language: language_tag(language)?,
            text: Text { title: draft.title.filter(|_| source.title.is_some()), body: draft.body.trim().to_owned() },
            source,
            state: parse_state(&draft.state)?,
        });
        let (kind, id) = subject_key(&parsed);
        self.sign_record(forum, &body, now_ms, |tx| {
            tx.execute(
                "DELETE FROM translation_drafts WHERE forum_id = ?1 AND subject_kind = ?2 AND subject_id = ?3 AND language = ?4",
                params![&forum.as_bytes()[..], kind, &id[..], language],
            )?;
            Ok(())
        })
    }

    /// Approves the current version of a translation, or sends it back for review.
    pub fn review_translation(
        &mut self,
        subject: &str,
        language: &str,
        decision: &str,
        note: Option<String>,
        now_ms: u64,
    ) -> Result<(), Error> {
        let forum = self.forum_or_default(None)?;
        let parsed = parse_subject(subject)?;
        let decision: ReviewDecision =
            decision.parse().map_err(|e: String| Error::Invalid { field: "decision".into(), message: e })?;
        let version = stored_in(self.store.conn(), &forum, language)?
            .remove(&parsed)
            .ok_or_else(|| Error::NotFound("a translation to review".into()))?
            .version;
        let version = RecordId::from_bytes(
            version.try_into().map_err(|_| Error::Record("a stored record id is malformed".into()))?,
        );
        let body = Body::TranslationReview(TranslationReview {
            subject: parsed,
            language: language_tag(language)?,
            version,
            decision,
            note: note.filter(|n| !n.trim().is_empty()),
        });
        self.sign_record(forum, &body, now_ms, |_| Ok(()))
    }

    /// Writes a new revision of a priority (organizers only): its current text gives way to
    /// `title` and `body`, with `note` saying why.
    pub fn revise_priority(
        &mut self,
        priority: PriorityId,
        title: &str,
        body: &str,
        note: Option<String>,
        now_ms: u64,
    ) -> Result<(), Error> {
        let conn = self.store.conn();
        let (forum, current, language): (Vec<u8>, Vec<u8>, String) = conn
            .query_row(
                "SELECT p.forum_id, p.current_revision, r.language FROM priorities p
                 JOIN revisions r ON r.id = p.current_revision WHERE p.id = ?1",
                [&priority.as_bytes()[..]],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("the priority {priority}")))?;
        let forum =
            ForumId::from_bytes(forum.try_into().map_err(|_| Error::Record("a stored id is malformed".into()))?);
        let parent = plenary_proto::RevisionId::from_bytes(
            current.try_into().map_err(|_| Error::Record("a stored id is malformed".into()))?,
        );
        let body = Body::RevisionCreate(plenary_proto::record::RevisionCreate {
            revision: plenary_proto::RevisionId::new_v7(now_ms, random_bytes()?),
            priority,
            parents: vec![parent],
            title: title.trim().to_owned(),
            body: body.trim().to_owned(),
            language: language_tag(&language)?,
            note: note.filter(|n| !n.trim().is_empty()),
        });
        self.sign_record(forum, &body, now_ms, |_| Ok(()))
    }

    /// The forum's glossary.
    pub fn glossary(&self, forum: Option<ForumId>) -> Result<GlossaryView, Error> {
        let forum = self.forum_or_default(forum)?;
        let conn = self.store.conn();
        let (source_language, mut languages) =
            forum_languages(conn, &forum)?.ok_or_else(|| Error::NotFound("the forum".into()))?;
        languages.sort_by_key(|l| *l != source_language);
        let probe = Body::GlossaryEntry(GlossaryEntry {
            concept: ConceptId::from_bytes([0; 16]),
            language: language_tag(&source_language)?,
            terms: Vec::new(),
            definition: String::new(),
            usage_note: String::new(),
        });
        Ok(GlossaryView {
            concepts: concepts(conn, &forum, &source_language)?,
            languages,
            can_edit: may(conn, &forum, &self.key.public(), &probe)?,
        })
    }

    /// Adds a concept to the glossary; returns its id.
    pub fn add_concept(&mut self, note: Option<String>, now_ms: u64) -> Result<String, Error> {
        let forum = self.forum_or_default(None)?;
        let concept = ConceptId::new_v7(now_ms, random_bytes()?);
        self.sign_record(
            forum,
            &Body::GlossaryConcept(GlossaryConcept { concept, note: note.filter(|n| !n.trim().is_empty()) }),
            now_ms,
            |_| Ok(()),
        )?;
        Ok(concept.to_string())
    }

    /// Writes a concept's entry in one language.
    pub fn save_glossary_entry(
        &mut self,
        concept: &str,
        language: &str,
        terms: Vec<TermView>,
        definition: String,
        usage_note: String,
        now_ms: u64,
    ) -> Result<(), Error> {
        let forum = self.forum_or_default(None)?;
        let concept: ConceptId = concept.parse().map_err(|_| Error::Invalid {
            field: "concept".into(),
            message: format!("'{concept}' is not a concept id"),
        })?;
        let terms = terms
            .into_iter()
            .filter(|t| !t.text.trim().is_empty())
            .map(|t| {
                Ok(GlossaryTerm {
                    text: t.text.trim().to_owned(),
                    status: t
                        .status
                        .parse::<TermStatus>()
                        .map_err(|e: String| Error::Invalid { field: "terms".into(), message: e })?,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let body = Body::GlossaryEntry(GlossaryEntry {
            concept,
            language: language_tag(language)?,
            terms,
            definition: definition.trim().to_owned(),
            usage_note: usage_note.trim().to_owned(),
        });
        self.sign_record(forum, &body, now_ms, |_| Ok(()))
    }

    /// Signs `bodies` in order, applies them and queues them to send, all in one transaction:
    /// either every one applies or nothing changes. A `translation.review` whose version is the
    /// zero id reviews the `translation.put` signed just before it.
    pub(crate) fn sign_batch(&mut self, forum: ForumId, bodies: Vec<Body>, now_ms: u64) -> Result<(), Error> {
        for body in &bodies {
            body.validate().map_err(|e| Error::Import(vec![e.to_string()]))?;
        }
        let key = &self.key;
        self.store.transaction(|tx| {
            let mut last_put: Option<RecordId> = None;
            for mut body in bodies {
                if let Body::TranslationReview(r) = &mut body
                    && r.version == RecordId::from_bytes([0; 16])
                {
                    r.version = last_put.ok_or_else(|| Error::Record("a review with no version before it".into()))?;
                }
                let hlc = next_hlc(tx, now_ms)?;
                let record = Record::sign(key, forum, RecordId::new_v7(hlc.unix_ms(), random_bytes()?), hlc, &body);
                if matches!(body, Body::TranslationPut(_)) {
                    last_put = Some(record.id);
                }
                match crate::apply::apply_records(tx, std::slice::from_ref(&record))?.first() {
                    Some(crate::apply::Outcome::Applied) => {}
                    Some(crate::apply::Outcome::Waiting(reason)) => return Err(Error::Import(vec![reason.clone()])),
                    Some(crate::apply::Outcome::Refused(e)) => return Err(Error::Import(vec![e.to_string()])),
                    other => return Err(Error::Record(format!("{other:?}"))),
                }
                tx.execute(
                    "INSERT INTO outbox (record_hash, queued_ms) VALUES (?1, ?2)",
                    params![&record.hash().0[..], now_ms as i64],
                )?;
            }
            Ok(())
        })
    }

    /// Signs `body` for `forum` by this device, applies it and queues it to send, running
    /// `also` in the same transaction; a record the store would not apply is refused with the
    /// reason, and nothing changes.
    pub(crate) fn sign_record(
        &mut self,
        forum: ForumId,
        body: &Body,
        now_ms: u64,
        also: impl FnOnce(&Transaction<'_>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        body.validate().map_err(|e| match e {
            plenary_proto::RecordError::Invalid { field, problem } => {
                Error::Invalid { field: field.into(), message: problem }
            }
            other => Error::Invalid { field: "content".into(), message: other.to_string() },
        })?;
        // What the forum's phase allows: the server checks it too, but saying so now spares a
        // refusal later.
        let phase: Option<String> = self
            .store
            .conn()
            .query_row("SELECT phase FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |r| r.get(0))
            .optional()?;
        if let Some(phase) = phase.and_then(|p| p.parse().ok()) {
            let organizer = roles(self.store.conn(), &forum, &self.key.public())?.contains(&Role::Organizer);
            body.allowed_in(phase, organizer).map_err(|message| Error::Invalid { field: "phase".into(), message })?;
        }
        let key = &self.key;
        self.store.transaction(|tx| {
            let hlc = next_hlc(tx, now_ms)?;
            let record = Record::sign(key, forum, RecordId::new_v7(hlc.unix_ms(), random_bytes()?), hlc, body);
            match crate::apply::apply_records(tx, std::slice::from_ref(&record))?.first() {
                Some(crate::apply::Outcome::Applied) => {}
                Some(crate::apply::Outcome::Waiting(reason)) => {
                    return Err(Error::Invalid { field: "content".into(), message: reason.clone() });
                }
                Some(crate::apply::Outcome::Refused(e)) => {
                    return Err(Error::Invalid { field: "content".into(), message: e.to_string() });
                }
                other => return Err(Error::Record(format!("{other:?}"))),
            }
            tx.execute(
                "INSERT INTO outbox (record_hash, queued_ms) VALUES (?1, ?2)",
                params![&record.hash().0[..], now_ms as i64],
            )?;
            also(tx)
        })
    }
}

fn language_tag(value: &str) -> Result<LanguageTag, Error> {
    language(value)
}

fn parse_state(value: &str) -> Result<TranslationState, Error> {
    value.parse().map_err(|e: String| Error::Invalid { field: "state".into(), message: e })
}
