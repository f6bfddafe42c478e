//! Read queries behind the views. Kept apart from `view` so the view types stay plain data.

use crate::Error;
use crate::anchor::{Located, Mark, locate, plain_text};
use crate::contribution::{DraftContent, DraftKey, DraftKind, draft_kind, uuid_text};
use crate::diff;
use crate::markdown::render;
use crate::redact::{Audience, author_label};
use crate::translation::{self, TranslationBadge};
use crate::view::{
    AmendmentView, AnchorView, CommentView, ContributionItem, DraftItem, ForumSummary, MyContributions, OpenDraft,
    PositionsView, PriorityLink, PrioritySummary, PriorityView, RevisionInfo, SearchResult, SearchResults, SectionLink,
    SectionView, StatementView, TextView,
};
use plenary_proto::SectionId;
use plenary_proto::record::{Anchor, Subject, Text};
use plenary_proto::{AttributionChoice, Disclosure, ForumId, Hlc, PriorityId, PublicKey, Record, RecordId};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::HashMap;

fn fixed<const N: usize>(bytes: Vec<u8>, idx: usize) -> rusqlite::Result<[u8; N]> {
    bytes.try_into().map_err(|_| rusqlite::Error::InvalidColumnType(idx, "blob".into(), rusqlite::types::Type::Blob))
}

/// Reads a record from a row of `id, forum_id, hlc, author, payload, signature`.
pub(crate) fn record_from_row(row: &Row<'_>) -> rusqlite::Result<Record> {
    Ok(Record {
        id: RecordId::from_bytes(fixed(row.get(0)?, 0)?),
        forum: ForumId::from_bytes(fixed(row.get(1)?, 1)?),
        hlc: Hlc(row.get::<_, i64>(2)? as u64),
        author: PublicKey(fixed(row.get(3)?, 3)?),
        payload: row.get(4)?,
        signature: fixed(row.get(5)?, 5)?,
    })
}

fn uuid_string(bytes: Vec<u8>) -> String {
    match <[u8; 16]>::try_from(bytes) {
        Ok(b) => uuid::Uuid::from_bytes(b).hyphenated().to_string(),
        Err(_) => String::new(),
    }
}

/// The forum most recently added to this device, if any.
pub(crate) fn latest_forum(conn: &Connection) -> Result<Option<ForumId>, Error> {
    let id: Option<Vec<u8>> = conn
        .query_row(
            "SELECT f.id FROM forums f LEFT JOIN local_forums l ON l.forum_id = f.id
             ORDER BY l.added_ms DESC NULLS LAST, f.hlc DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(id.and_then(|b| <[u8; 16]>::try_from(b).ok()).map(ForumId::from_bytes))
}

struct ForumRow {
    summary: ForumSummary,
    preamble: Option<Text>,
    about: Option<Text>,
}

/// The language a view is read in, and the translations into it.
struct Reading {
    source: String,
    language: String,
    translations: HashMap<Subject, translation::Stored>,
}

impl Reading {
    fn new(conn: &Connection, forum: &ForumId, source: &str, asked: Option<&str>) -> Result<Reading, Error> {
        let language = asked.filter(|l| !l.is_empty()).unwrap_or(source).to_owned();
        let translations =
            if language == source { HashMap::new() } else { translation::stored_in(conn, forum, &language)? };
        Ok(Reading { source: source.to_owned(), language, translations })
    }

    /// What to show of `subject`, whose original is `source`: the translation when reading in
    /// another language and one exists, else the original; with the language shown and, when
    /// reading in another language, the translation's state.
    /// What to show of `subject` in the reading language: its translation, or the original
    /// (written in `original_language`) with a badge saying it is untranslated.
    fn show(
        &self,
        subject: &Subject,
        source: Text,
        original_language: &str,
    ) -> (Text, String, Option<TranslationBadge>) {
        if self.language == self.source {
            return (source, original_language.to_owned(), None);
        }
        match self.translations.get(subject) {
            Some(t) => {
                let badge = t.badge(&self.language, &source);
                let mut text = t.text.clone();
                if source.title.is_none() {
                    text.title = None;
                }
                (text, self.language.clone(), Some(badge))
            }
            None => (
                source,
                original_language.to_owned(),
                Some(TranslationBadge {
                    language: self.language.clone(),
                    state: "untranslated".into(),
                    outdated: false,
                }),
            ),
        }
    }

    fn text_view(&self, subject: &Subject, source: Text) -> TextView {
        let (text, language, translation) = self.show(subject, source, &self.source);
        TextView { title: text.title.unwrap_or_default(), html: render(&text.body), language, translation }
    }
}

fn forum(conn: &Connection, id: &ForumId, viewer: &PublicKey) -> Result<ForumRow, Error> {
    conn.query_row(
        "SELECT title, language, attribution, phase, preamble_title, preamble, about_title, about, languages,
                (SELECT role FROM participants p WHERE p.forum_id = forums.id AND p.key = ?2)
         FROM forums WHERE id = ?1",
        params![&id.as_bytes()[..], &viewer.0[..]],
        |r| {
            let part = |title: Option<String>, body: Option<String>| body.map(|body| Text { title, body });
            Ok(ForumRow {
                summary: ForumSummary {
                    id: id.to_string(),
                    title: r.get(0)?,
                    language: r.get(1)?,
                    attribution: r.get(2)?,
                    phase: r.get(3)?,
                    languages: serde_json::from_str(&r.get::<_, String>(8)?).unwrap_or_default(),
                    role: r.get::<_, Option<String>>(9)?.unwrap_or_else(|| "observer".into()),
                },
                preamble: part(r.get(4)?, r.get(5)?),
                about: part(r.get(6)?, r.get(7)?),
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::NotFound(format!("the forum {id}")))
}

/// One priority in reading order, at its current revision.
struct Listed {
    section_id: Vec<u8>,
    section_title: String,
    priority_id: Vec<u8>,
    title: String,
    body: String,
    language: String,
    revision_id: Vec<u8>,
}

/// Every priority of a forum that has a current revision, in reading order.
fn reading_order(conn: &Connection, forum: &ForumId) -> Result<Vec<Listed>, Error> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.title, p.id, r.title, r.body, r.language, r.id
         FROM sections s
         JOIN priorities p ON p.section_id = s.id
         JOIN revisions r ON r.id = p.current_revision
         WHERE s.forum_id = ?1
         ORDER BY s.position, s.id, p.position, p.id",
    )?;
    let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
        Ok(Listed {
            section_id: r.get(0)?,
            section_title: r.get(1)?,
            priority_id: r.get(2)?,
            title: r.get(3)?,
            body: r.get(4)?,
            language: r.get(5)?,
            revision_id: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Numbers each listed priority "section.priority", counting only sections that have one.
fn numbered(list: &[Listed]) -> Vec<(u32, String)> {
    let mut out = Vec::with_capacity(list.len());
    let (mut section, mut within) = (0u32, 0u32);
    for (i, item) in list.iter().enumerate() {
        if i == 0 || list[i - 1].section_id != item.section_id {
            section += 1;
            within = 0;
        }
        within += 1;
        out.push((section, format!("{section}.{within}")));
    }
    out
}

fn id16(bytes: &[u8]) -> [u8; 16] {
    <[u8; 16]>::try_from(bytes).unwrap_or([0; 16])
}

/// The whole statement of `forum_id`, in `reading` language (the original when none).
pub(crate) fn statement(
    conn: &Connection,
    forum_id: &ForumId,
    viewer: &PublicKey,
    reading: Option<&str>,
) -> Result<StatementView, Error> {
    let forum = forum(conn, forum_id, viewer)?;
    let reading = Reading::new(conn, forum_id, &forum.summary.language, reading)?;
    let list = reading_order(conn, forum_id)?;
    let numbers = numbered(&list);
    let mut sections: Vec<SectionView> = Vec::new();
    for (item, (section_number, number)) in list.into_iter().zip(numbers) {
        if sections.last().is_none_or(|s| s.number != section_number) {
            let subject = Subject::Section { section: SectionId::from_bytes(id16(&item.section_id)) };
            let (heading, language, translation) =
                reading.show(&subject, Text { title: None, body: item.section_title.clone() }, &reading.source);
            sections.push(SectionView {
                id: uuid_string(item.section_id.clone()),
                number: section_number,
                title: heading.body,
                language,
                translation,
                priorities: Vec::new(),
            });
        }
        let subject = Subject::Priority { priority: PriorityId::from_bytes(id16(&item.priority_id)) };
        let (text, language, translation) =
            reading.show(&subject, Text { title: Some(item.title), body: item.body }, &item.language);
        if let Some(section) = sections.last_mut() {
            section.priorities.push(PrioritySummary {
                id: uuid_string(item.priority_id),
                number,
                title: text.title.unwrap_or_default(),
                html: render(&text.body),
                language,
                translation,
            });
        }
    }
    let title_translation = (reading.language != reading.source)
        .then(|| reading.text_view(&Subject::Title, Text { title: None, body: forum.summary.title.clone() }))
        .filter(|t| t.translation.as_ref().is_some_and(|b| b.state != "untranslated"));
    Ok(StatementView {
        preamble: forum.preamble.map(|p| reading.text_view(&Subject::Preamble, p)),
        about: forum.about.map(|p| reading.text_view(&Subject::About, p)),
        forum: forum.summary,
        sections,
        reading_language: reading.language.clone(),
        title_translation,
    })
}

/// A part of the statement as a reader of one language sees it, in Markdown: its translation
/// when there is one, else the original.
pub(crate) struct SourcePart {
    pub title: String,
    pub markdown: String,
    pub language: String,
    pub translation: Option<TranslationBadge>,
}

/// A priority of the statement, for exports.
pub(crate) struct SourcePriority {
    pub id: Vec<u8>,
    pub number: String,
    pub revision: Vec<u8>,
    pub text: SourcePart,
}

/// A section of the statement, for exports.
pub(crate) struct SourceSection {
    pub number: u32,
    pub heading: SourcePart,
    pub priorities: Vec<SourcePriority>,
}

/// The whole statement in Markdown, in `reading` language, for exports.
pub(crate) struct StatementSource {
    pub summary: ForumSummary,
    pub title: SourcePart,
    pub preamble: Option<SourcePart>,
    pub about: Option<SourcePart>,
    pub sections: Vec<SourceSection>,
}

pub(crate) fn statement_source(conn: &Connection, forum_id: &ForumId, reading: &str) -> Result<StatementSource, Error> {
    let forum = forum(conn, forum_id, &PublicKey([0; 32]))?;
    let reading = Reading::new(conn, forum_id, &forum.summary.language, Some(reading))?;
    let part = |subject: &Subject, source: Text, language: &str| {
        let (text, language, translation) = reading.show(subject, source, language);
        SourcePart { title: text.title.unwrap_or_default(), markdown: text.body, language, translation }
    };
    let list = reading_order(conn, forum_id)?;
    let numbers = numbered(&list);
    let mut sections: Vec<SourceSection> = Vec::new();
    for (item, (section_number, number)) in list.into_iter().zip(numbers) {
        if sections.last().is_none_or(|s| s.number != section_number) {
            let subject = Subject::Section { section: SectionId::from_bytes(id16(&item.section_id)) };
            let heading = part(&subject, Text { title: None, body: item.section_title.clone() }, &reading.source);
            sections.push(SourceSection { number: section_number, heading, priorities: Vec::new() });
        }
        let subject = Subject::Priority { priority: PriorityId::from_bytes(id16(&item.priority_id)) };
        let text = part(&subject, Text { title: Some(item.title), body: item.body }, &item.language);
        if let Some(section) = sections.last_mut() {
            section.priorities.push(SourcePriority { id: item.priority_id, number, revision: item.revision_id, text });
        }
    }
    let title = part(&Subject::Title, Text { title: None, body: forum.summary.title.clone() }, &reading.source);
    Ok(StatementSource {
        title: SourcePart {
            title: title.markdown,
            markdown: String::new(),
            language: title.language,
            translation: title.translation,
        },
        preamble: forum.preamble.map(|p| part(&Subject::Preamble, p, &reading.source)),
        about: forum.about.map(|p| part(&Subject::About, p, &reading.source)),
        summary: forum.summary,
        sections,
    })
}

/// One priority's page, as `viewer` sees it, in `reading` language (the original when none).
pub(crate) fn priority(
    conn: &Connection,
    id: &PriorityId,
    viewer: &PublicKey,
    reading: Option<&str>,
) -> Result<PriorityView, Error> {
    let not_found = || Error::NotFound(format!("the priority {id}"));
    let forum_bytes: Vec<u8> = conn
        .query_row("SELECT forum_id FROM priorities WHERE id = ?1", [&id.as_bytes()[..]], |r| r.get(0))
        .optional()?
        .ok_or_else(not_found)?;
    let forum_id = ForumId::from_bytes(<[u8; 16]>::try_from(forum_bytes).map_err(|_| not_found())?);
    let forum = forum(conn, &forum_id, viewer)?;
    let list = reading_order(conn, &forum_id)?;
    let numbers = numbered(&list);
    let index = list.iter().position(|l| l.priority_id == id.as_bytes()).ok_or_else(not_found)?;
    let link = |i: usize| PriorityLink {
        id: uuid_string(list[i].priority_id.clone()),
        number: numbers[i].1.clone(),
        title: list[i].title.clone(),
    };
    let previous = index.checked_sub(1).map(link);
    let next = (index + 1 < list.len()).then(|| link(index + 1));
    let (revision, current_id) = conn.query_row(
        "SELECT r.id, r.hlc, r.note, (SELECT count(*) FROM revisions WHERE priority_id = p.id),
                (SELECT d.outcome FROM decisions d WHERE d.record_id = r.decision), r.from_amendments, r.author
         FROM priorities p JOIN revisions r ON r.id = p.current_revision WHERE p.id = ?1",
        [&id.as_bytes()[..]],
        |r| {
            let raw: Vec<u8> = r.get(0)?;
            let from: Option<String> = r.get(5)?;
            Ok((
                RevisionInfo {
                    id: uuid_string(raw.clone()),
                    created_ms: Hlc(r.get::<_, i64>(1)? as u64).unix_ms(),
                    note: r.get(2)?,
                    count: r.get(3)?,
                    decision: r.get(4)?,
                    from_amendments: from.and_then(|f| serde_json::from_str(&f).ok()).unwrap_or_default(),
                    made_by: crate::redact::pseudonym(&forum_id, &key_from(r.get(6)?)),
                },
                raw,
            ))
        },
    )?;
    // The amendments a revision takes up are named by their titles.
    let mut revision = revision;
    let mut titles = Vec::new();
    for id in &revision.from_amendments {
        let uuid: uuid::Uuid = id.parse().unwrap_or_default();
        if let Some(t) = conn
            .query_row("SELECT title FROM amendments WHERE id = ?1", [&uuid.as_bytes()[..]], |r| r.get::<_, String>(0))
            .optional()?
        {
            titles.push(t);
        }
    }
    revision.from_amendments = titles;
    let item = &list[index];
    let reading = Reading::new(conn, &forum_id, &forum.summary.language, reading)?;
    let (shown, shown_language, translation) = reading.show(
        &Subject::Priority { priority: *id },
        Text { title: Some(item.title.clone()), body: item.body.clone() },
        &item.language,
    );
    let plain = crate::anchor::plain_text(&item.body);
    let (comments, marks) = comments(conn, &forum_id, id, &current_id, &plain, viewer)?;
    let amendments = amendments(conn, &forum_id, id, &current_id, &item.title, &item.body, viewer)?;
    let positions = positions(conn, id, viewer)?;
    let drafts = open_drafts(conn, id)?;
    Ok(PriorityView {
        forum: forum.summary,
        section: SectionLink {
            id: uuid_string(item.section_id.clone()),
            number: numbers[index].0,
            title: item.section_title.clone(),
        },
        id: id.to_string(),
        number: numbers[index].1.clone(),
        // In the original, anchored passages are marked; a translation shows as it is, with
        // the original beside it.
        title: shown.title.clone().unwrap_or_default(),
        html: if translation.as_ref().is_some_and(|t| t.state != "untranslated") {
            render(&shown.body)
        } else {
            crate::anchor::render_highlighted(&item.body, &marks)
        },
        original: translation.as_ref().filter(|t| t.state != "untranslated").map(|_| TextView {
            title: item.title.clone(),
            html: crate::anchor::render_highlighted(&item.body, &marks),
            language: item.language.clone(),
            translation: None,
        }),
        translation,
        markdown: item.body.clone(),
        language: shown_language,
        revision,
        previous,
        next,
        comments,
        amendments,
        positions,
        drafts,
    })
}

fn disclosed(json: Option<String>) -> Option<Disclosure> {
    json.and_then(|j| serde_json::from_str(&j).ok())
}

fn key_from(bytes: Vec<u8>) -> PublicKey {
    PublicKey(<[u8; 32]>::try_from(bytes).unwrap_or([0; 32]))
}

fn choice(s: &str) -> AttributionChoice {
    s.parse().unwrap_or(AttributionChoice::Pseudonym)
}

/// The outbox status of the record that currently decides a contribution, for its author.
const STATUS_SQL: &str = "(SELECT CASE WHEN o.rejected IS NOT NULL THEN 'rejected'
                                       WHEN o.sent_ms IS NOT NULL THEN 'sent' ELSE 'ready' END
                            FROM records rec JOIN outbox o ON o.record_hash = rec.hash
                            WHERE rec.forum_id = t.forum_id AND rec.id = t.record_id)";

/// A server's reason for refusing the record that currently decides a contribution.
const REASON_SQL: &str = "(SELECT o.rejected FROM records rec JOIN outbox o ON o.record_hash = rec.hash
                           WHERE rec.forum_id = t.forum_id AND rec.id = t.record_id)";

/// The priority's visible comments, with each anchor re-found in the current text `plain`,
/// and the passages to highlight.
fn comments(
    conn: &Connection,
    forum: &ForumId,
    priority: &PriorityId,
    current: &[u8],
    plain: &str,
    viewer: &PublicKey,
) -> Result<(Vec<CommentView>, Vec<Mark>), Error> {
    let mut marks = Vec::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT t.id, t.kind, t.body, t.language, t.author, t.attribution, t.disclosed, t.created_hlc, t.content_hlc,
                t.revision_id, t.anchor_exact, {STATUS_SQL}, t.anchor_prefix, t.anchor_suffix, t.anchor_start,
                {REASON_SQL}, m.reason
         FROM comments t LEFT JOIN moderation m ON m.target_kind = 'comment' AND m.target_id = t.id
         WHERE t.priority_id = ?1 AND t.retracted = 0 AND (m.reason IS NULL OR t.author = ?2)
         ORDER BY t.created_hlc, t.id"
    ))?;
    let rows = stmt.query_map(params![&priority.as_bytes()[..], &viewer.0[..]], |r| {
        let id = uuid_string(r.get(0)?);
        let anchor = match r.get::<_, Option<String>>(10)? {
            Some(exact) => {
                let anchor = Anchor { exact, prefix: r.get(12)?, suffix: r.get(13)?, start: r.get(14)? };
                let located = locate(plain, &anchor);
                let state = match located {
                    Located::Exact { .. } => "exact",
                    Located::Fuzzy { .. } => "fuzzy",
                    Located::Orphaned => "orphaned",
                };
                if let Some(range) = located.range() {
                    marks.push(Mark { start: range.start, end: range.end, id: id.clone() });
                }
                Some(AnchorView { exact: anchor.exact, state: state.into() })
            }
            None => None,
        };
        let author = key_from(r.get(4)?);
        let created = Hlc(r.get::<_, i64>(7)? as u64).unix_ms();
        let content = Hlc(r.get::<_, i64>(8)? as u64).unix_ms();
        let revision: Vec<u8> = r.get(9)?;
        let mine = &author == viewer;
        Ok(CommentView {
            id,
            kind: r.get(1)?,
            html: render(&r.get::<_, String>(2)?),
            language: r.get(3)?,
            author: author_label(
                Audience::Participant(viewer),
                forum,
                &author,
                choice(&r.get::<_, String>(5)?),
                disclosed(r.get(6)?).as_ref(),
            ),
            created_ms: created,
            edited_ms: (content > created).then_some(content),
            on_earlier_revision: revision != current,
            anchor,
            status: if mine { r.get(11)? } else { None },
            rejected_reason: if mine { r.get(15)? } else { None },
            hidden_reason: r.get(16)?,
        })
    })?;
    let comments = rows.collect::<Result<_, _>>()?;
    Ok((comments, marks))
}

#[allow(clippy::too_many_arguments)]
fn amendments(
    conn: &Connection,
    forum: &ForumId,
    priority: &PriorityId,
    current: &[u8],
    current_title: &str,
    current_body: &str,
    viewer: &PublicKey,
) -> Result<Vec<AmendmentView>, Error> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT t.id, t.title, t.body, t.rationale, t.language, t.author, t.attribution, t.disclosed, t.created_hlc,
                coalesce(t.decision, t.state), t.base_id, b.title, b.body, {STATUS_SQL}, {REASON_SQL}, m.reason,
                (SELECT d.reason FROM decisions d WHERE d.record_id = t.decision_record)
         FROM amendments t JOIN revisions b ON b.id = t.base_id
         LEFT JOIN moderation m ON m.target_kind = 'amendment' AND m.target_id = t.id
         WHERE t.priority_id = ?1 AND (m.reason IS NULL OR t.author = ?2)
         ORDER BY coalesce(t.decision, t.state) <> 'proposed', t.created_hlc, t.id"
    ))?;
    let rows = stmt.query_map(params![&priority.as_bytes()[..], &viewer.0[..]], |r| {
        let author = key_from(r.get(5)?);
        let title: String = r.get(1)?;
        let body: String = r.get(2)?;
        let base: Vec<u8> = r.get(10)?;
        let (base_title, base_body): (String, String) = (r.get(11)?, r.get(12)?);
        // Compared as readers see the texts, not as Markdown source.
        let proposed = format!("{title}\n\n{}", plain_text(&body));
        let base_is_current = base == current;
        Ok(AmendmentView {
            id: uuid_string(r.get(0)?),
            html: render(&body),
            rationale_html: render(&r.get::<_, String>(3)?),
            language: r.get(4)?,
            author: author_label(
                Audience::Participant(viewer),
                forum,
                &author,
                choice(&r.get::<_, String>(6)?),
                disclosed(r.get(7)?).as_ref(),
            ),
            created_ms: Hlc(r.get::<_, i64>(8)? as u64).unix_ms(),
            state: r.get(9)?,
            base_is_current,
            diff_from_base: diff::words(&format!("{base_title}\n\n{}", plain_text(&base_body)), &proposed),
            diff_from_current: (!base_is_current)
                .then(|| diff::words(&format!("{current_title}\n\n{}", plain_text(current_body)), &proposed)),
            status: if &author == viewer { r.get(13)? } else { None },
            rejected_reason: if &author == viewer { r.get(14)? } else { None },
            hidden_reason: r.get(15)?,
            decision_reason: r.get(16)?,
            conflicts_with: Vec::new(),
            title,
        })
    })?;
    let mut list: Vec<AmendmentView> = rows.collect::<Result<_, _>>()?;
    // Open amendments that change the same passage of the current text conflict.
    let current_text = format!("{current_title}\n\n{}", plain_text(current_body));
    let proposed: Vec<(usize, String)> = list
        .iter()
        .enumerate()
        .filter(|(_, a)| a.state == "proposed")
        .map(|(i, a)| {
            (
                i,
                a.diff_from_current
                    .as_ref()
                    .unwrap_or(&a.diff_from_base)
                    .iter()
                    .filter(|p| p.kind != "removed")
                    .map(|p| p.text.as_str())
                    .collect(),
            )
        })
        .collect();
    for (x, (i, a)) in proposed.iter().enumerate() {
        for (j, b) in proposed.iter().skip(x + 1) {
            if diff::overlap(&current_text, a, b) {
                let (idi, idj) = (list[*i].id.clone(), list[*j].id.clone());
                list[*i].conflicts_with.push(idj);
                list[*j].conflicts_with.push(idi);
            }
        }
    }
    Ok(list)
}

fn positions(conn: &Connection, priority: &PriorityId, viewer: &PublicKey) -> Result<PositionsView, Error> {
    let mut view = PositionsView {
        support: 0,
        neutral: 0,
        oppose: 0,
        mine: None,
        my_reason: None,
        status: None,
        rejected_reason: None,
    };
    let mut stmt = conn.prepare_cached(
        "SELECT stance, count(*) FROM positions WHERE priority_id = ?1 AND stance IS NOT NULL GROUP BY stance",
    )?;
    for row in stmt.query_map([&priority.as_bytes()[..]], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))? {
        let (stance, n) = row?;
        match stance.as_str() {
            "support" => view.support = n,
            "neutral" => view.neutral = n,
            "oppose" => view.oppose = n,
            _ => {}
        }
    }
    let mine = conn
        .query_row(
            &format!(
                "SELECT t.stance, t.reason, {STATUS_SQL}, {REASON_SQL} FROM positions t
                 WHERE t.priority_id = ?1 AND t.author = ?2"
            ),
            params![&priority.as_bytes()[..], &viewer.0[..]],
            |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            },
        )
        .optional()?;
    if let Some((stance, reason, status, rejected)) = mine {
        view.mine = stance;
        view.my_reason = reason;
        view.status = status;
        view.rejected_reason = rejected;
    }
    Ok(view)
}

/// Whether a draft edits a contribution that was already submitted.
const EDITS_SQL: &str = "CASE d.kind
    WHEN 'comment' THEN EXISTS (SELECT 1 FROM comments c WHERE c.id = d.target)
    WHEN 'amendment' THEN EXISTS (SELECT 1 FROM amendments a WHERE a.id = d.target)
    ELSE EXISTS (SELECT 1 FROM positions p WHERE p.priority_id = d.target AND p.stance IS NOT NULL) END";

fn open_drafts(conn: &Connection, priority: &PriorityId) -> Result<Vec<OpenDraft>, Error> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT d.kind, d.target, d.content, d.updated_ms, {EDITS_SQL} FROM drafts d
         WHERE d.priority_id = ?1 ORDER BY d.updated_ms"
    ))?;
    let rows = stmt.query_map([&priority.as_bytes()[..]], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, String>(2)?, r.get::<_, i64>(3)?, r.get(4)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (kind, target, content, updated, edits_existing) = row?;
        // A draft this version cannot read is skipped rather than failing the whole page.
        let Ok(content) = serde_json::from_str::<DraftContent>(&content) else { continue };
        out.push(OpenDraft {
            key: DraftKey { kind: draft_kind(&kind), target: uuid_text(target) },
            content,
            edits_existing,
            updated_ms: updated as u64,
        });
    }
    Ok(out)
}

/// The first `max` characters of a Markdown text as plain text, for lists.
fn excerpt(markdown: &str, max: usize) -> String {
    let plain = plain_text(markdown);
    match plain.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", plain[..i].trim_end()),
        None => plain,
    }
}

/// Every priority's link by its stored id.
pub(crate) fn priority_links(conn: &Connection, forum: &ForumId) -> Result<HashMap<Vec<u8>, PriorityLink>, Error> {
    links(conn, forum)
}

/// The priorities of a forum, in reading order (hyphenated ids).
pub(crate) fn priority_order(conn: &Connection, forum: &ForumId) -> Result<Vec<Vec<u8>>, Error> {
    Ok(reading_order(conn, forum)?.into_iter().map(|l| l.priority_id).collect())
}

/// Each priority's number ("2.3") by its id (hyphenated text).
pub(crate) fn priority_numbers(conn: &Connection, forum: &ForumId) -> Result<HashMap<String, String>, Error> {
    let list = reading_order(conn, forum)?;
    let numbers = numbered(&list);
    Ok(list.into_iter().zip(numbers).map(|(l, (_, n))| (uuid_string(l.priority_id), n)).collect())
}

/// Every priority link of a forum by priority id, for lists that name priorities.
fn links(conn: &Connection, forum: &ForumId) -> Result<std::collections::HashMap<Vec<u8>, PriorityLink>, Error> {
    let list = reading_order(conn, forum)?;
    let numbers = numbered(&list);
    Ok(list
        .into_iter()
        .zip(numbers)
        .map(|(l, (_, number))| {
            let link = PriorityLink { id: uuid_string(l.priority_id.clone()), number, title: l.title };
            (l.priority_id, link)
        })
        .collect())
}

/// This user's drafts and contributions in `forum`.
pub(crate) fn my_contributions(conn: &Connection, forum: &ForumId, me: &PublicKey) -> Result<MyContributions, Error> {
    let links = links(conn, forum)?;
    let link = |p: &Vec<u8>| links.get(p).cloned();
    let mut drafts = Vec::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT d.kind, d.target, d.priority_id, d.content, d.updated_ms, {EDITS_SQL} FROM drafts d
         WHERE d.forum_id = ?1 ORDER BY d.updated_ms DESC"
    ))?;
    let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Vec<u8>>(1)?,
            r.get::<_, Vec<u8>>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, bool>(5)?,
        ))
    })?;
    for row in rows {
        let (kind, target, priority, content, updated, edits_existing) = row?;
        let Some(priority) = link(&priority) else { continue };
        let text = match serde_json::from_str::<DraftContent>(&content) {
            Ok(DraftContent::Comment(c)) => c.body,
            Ok(DraftContent::Amendment(a)) => format!("{} — {}", a.title, a.body),
            Ok(DraftContent::Position(p)) => p.reason,
            Err(_) => continue,
        };
        drafts.push(DraftItem {
            key: DraftKey { kind: draft_kind(&kind), target: uuid_text(target) },
            priority,
            excerpt: excerpt(&text, 140),
            edits_existing,
            updated_ms: updated as u64,
        });
    }

    let mut items: Vec<ContributionItem> = Vec::new();
    let status_sql = STATUS_SQL;
    let reason_sql = REASON_SQL;
    let queries = [
        (
            DraftKind::Comment,
            format!(
                "SELECT t.id, t.priority_id, t.kind, t.body, CASE t.retracted WHEN 1 THEN 'retracted' ELSE 'active' END,
                        {status_sql}, {reason_sql}, t.hlc,
                        EXISTS (SELECT 1 FROM drafts d WHERE d.kind = 'comment' AND d.target = t.id)
                 FROM comments t WHERE t.forum_id = ?1 AND t.author = ?2"
            ),
        ),
        (
            DraftKind::Amendment,
            format!(
                "SELECT t.id, t.priority_id, t.title, t.body, CASE t.state WHEN 'withdrawn' THEN 'withdrawn' ELSE 'active' END,
                        {status_sql}, {reason_sql}, t.hlc,
                        EXISTS (SELECT 1 FROM drafts d WHERE d.kind = 'amendment' AND d.target = t.id)
                 FROM amendments t WHERE t.forum_id = ?1 AND t.author = ?2"
            ),
        ),
        (
            DraftKind::Position,
            format!(
                "SELECT t.priority_id, t.priority_id, coalesce(t.stance, ''), coalesce(t.reason, ''),
                        CASE WHEN t.stance IS NULL THEN 'retracted' ELSE 'active' END,
                        {status_sql}, {reason_sql}, t.hlc,
                        EXISTS (SELECT 1 FROM drafts d WHERE d.kind = 'position' AND d.target = t.priority_id)
                 FROM positions t WHERE t.forum_id = ?1 AND t.author = ?2"
            ),
        ),
    ];
    for (kind, sql) in queries {
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![&forum.as_bytes()[..], &me.0[..]], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, i64>(7)?,
                r.get::<_, bool>(8)?,
            ))
        })?;
        for row in rows {
            let (id, priority, detail, text, state, status, rejected_reason, hlc, has_draft) = row?;
            let Some(priority) = link(&priority) else { continue };
            items.push(ContributionItem {
                kind,
                id: uuid_text(id),
                priority,
                detail,
                excerpt: excerpt(&text, 140),
                state,
                status: status.unwrap_or_else(|| "sent".into()),
                rejected_reason,
                updated_ms: Hlc(hlc as u64).unix_ms(),
                has_draft,
            });
        }
    }
    items.sort_by_key(|i| std::cmp::Reverse(i.updated_ms));
    let (ready, sent) = items.into_iter().partition(|i| i.status == "ready");
    Ok(MyContributions { drafts, ready, sent })
}

/// Searches `forum` for `input`, as `viewer` sees it.
pub(crate) fn search(
    conn: &Connection,
    forum: &ForumId,
    input: &str,
    viewer: &PublicKey,
) -> Result<SearchResults, Error> {
    let links = links(conn, forum)?;
    let mut results = Vec::new();
    for hit in crate::search::find(conn, &forum.as_bytes()[..], input)? {
        let Some(priority) = links.get(&hit.priority).cloned() else { continue };
        let (title, text, author) = match hit.kind.as_str() {
            "priority" => conn.query_row(
                "SELECT r.title, r.body FROM priorities p JOIN revisions r ON r.id = p.current_revision WHERE p.id = ?1",
                [&hit.reference],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, None)),
            )?,
            "comment" => conn.query_row(
                "SELECT '', body, author, attribution, disclosed FROM comments WHERE id = ?1",
                [&hit.reference],
                |r| {
                    let label = author_label(
                        Audience::Participant(viewer),
                        forum,
                        &key_from(r.get(2)?),
                        choice(&r.get::<_, String>(3)?),
                        disclosed(r.get(4)?).as_ref(),
                    );
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, Some(label)))
                },
            )?,
            _ => conn.query_row(
                "SELECT title, body || char(10) || char(10) || rationale, author, attribution, disclosed
                 FROM amendments WHERE id = ?1",
                [&hit.reference],
                |r| {
                    let label = author_label(
                        Audience::Participant(viewer),
                        forum,
                        &key_from(r.get(2)?),
                        choice(&r.get::<_, String>(3)?),
                        disclosed(r.get(4)?).as_ref(),
                    );
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, Some(label)))
                },
            )?,
        };
        results.push(SearchResult {
            kind: hit.kind,
            id: uuid_string(hit.reference),
            priority,
            title: crate::search::highlight(&title, input, true),
            snippet: crate::search::highlight(&plain_text(&text), input, false),
            author,
        });
    }
    Ok(SearchResults { query: input.to_owned(), results })
}
