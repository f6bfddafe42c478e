//! The consolidated statement, exported for publication: Markdown, standalone HTML ready to
//! print (fonts embedded, right to left where the language is), DOCX and JSON, in any of the
//! forum's languages, with optional annexes (positions by stakeholder group and region; the
//! amendments and the decision log; the comments by priority and kind).
//!
//! [`Consolidated::collect`] reads the store once into a plain document; the formats only lay
//! it out. Every contributor in it is an [`AuthorLabel`] made by the one redaction function for
//! the public audience, so an export shows a name or an affiliation only where its author
//! consented for that contribution; hidden and retracted contributions are left out, and the
//! in-forum pseudonyms are not published.

mod docx;
mod html;
mod markdown;
mod text;

use crate::consolidate::{LogEntry, OverviewRow};
use crate::query::{SourcePart, statement_source};
use crate::redact::{Audience, AuthorLabel, author_label};
use crate::translation::TranslationBadge;
use crate::{Error, Profile};
use plenary_proto::{AttributionChoice, Disclosure, ForumId, PublicKey};
use rusqlite::{Connection, params};
use serde::Serialize;

pub use text::Words;

/// The format version of the JSON export; see `docs/export-format.md`.
pub const JSON_FORMAT: &str = "plenary-consolidated-statement/1";

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CommonMark.
    Markdown,
    /// One standalone HTML file, fonts embedded, ready to print.
    Html,
    /// Office Open XML (Word, LibreOffice).
    Docx,
    /// The document as data.
    Json,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Html, Format::Docx, Format::Json];

    /// Reads `md`/`markdown`, `html`, `docx` or `json`.
    pub fn parse(name: &str) -> Result<Format, Error> {
        Ok(match name {
            "md" | "markdown" => Format::Markdown,
            "html" => Format::Html,
            "docx" => Format::Docx,
            "json" => Format::Json,
            other => {
                return Err(Error::Invalid {
                    field: "format".into(),
                    message: format!("'{other}' is not an export format (markdown, html, docx or json)"),
                });
            }
        })
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Json => "json",
        }
    }
}

/// Which annexes follow the statement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Annexes {
    /// Positions by stakeholder group and region (counts).
    pub positions: bool,
    /// The amendments and the decision log.
    pub decisions: bool,
    /// The comments, by priority and kind.
    pub comments: bool,
}

impl Annexes {
    /// Every annex.
    pub const ALL: Annexes = Annexes { positions: true, decisions: true, comments: true };

    /// Reads a comma-separated list of `positions`, `decisions`, `comments` (or `all`, `none`).
    pub fn parse(list: &str) -> Result<Annexes, Error> {
        let mut annexes = Annexes::default();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "positions" => annexes.positions = true,
                "decisions" => annexes.decisions = true,
                "comments" => annexes.comments = true,
                "all" => annexes = Annexes::ALL,
                "none" => annexes = Annexes::default(),
                other => {
                    return Err(Error::Invalid {
                        field: "annexes".into(),
                        message: format!("'{other}' is not an annex (positions, decisions, comments, all or none)"),
                    });
                }
            }
        }
        Ok(annexes)
    }
}

/// A part of the statement in the exported language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Part {
    /// Its heading (none for a priority's text).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Its text, Markdown.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub markdown: String,
    /// The language it is in: the exported language, or the original's when untranslated.
    pub language: String,
    /// When exported in another language than the original: the translation's state
    /// (`untranslated` when the original is shown).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation: Option<TranslationBadge>,
}

impl From<SourcePart> for Part {
    fn from(p: SourcePart) -> Part {
        Part {
            title: p.title,
            markdown: markdown::clean(&p.markdown),
            language: p.language,
            translation: p.translation,
        }
    }
}

/// A priority.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Priority {
    /// Its number, such as `2.3`.
    pub number: String,
    /// Its title and text.
    pub text: Part,
    /// How many revisions it has had.
    pub revision: u32,
    /// The titles of the amendments its current revision takes up.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub adopted_from: Vec<String>,
}

/// A section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    /// Its number.
    pub number: u32,
    /// Its heading.
    pub heading: Part,
    /// Its priorities.
    pub priorities: Vec<Priority>,
}

/// A contributor, as published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Contributor {
    /// Their name, where they consented for this contribution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Their affiliation, where they consented for this contribution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Their stakeholder group, where they consented to show it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Their UN M49 region, where they consented to show it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

impl From<AuthorLabel> for Contributor {
    fn from(l: AuthorLabel) -> Contributor {
        // The pseudonym is for the forum's participants; a publication leaves it out.
        Contributor { name: l.name, affiliation: l.affiliation, group: l.group, region: l.region }
    }
}

/// A comment in the annex.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    /// `support`, `concern`, `question` or `suggestion`.
    pub kind: String,
    /// Its text, Markdown (raw HTML, unsafe links and images taken out).
    pub markdown: String,
    /// Its language.
    pub language: String,
    /// Who wrote it, as they consented to be shown.
    pub author: Contributor,
    /// The passage it is about, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// An amendment in the annex.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Amendment {
    /// Its proposed title.
    pub title: String,
    /// `proposed`, `withdrawn`, `accepted`, `merged` or `rejected`.
    pub state: String,
    /// Why organizers rejected it, if they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Its rationale, Markdown.
    pub rationale: String,
    /// Its language.
    pub language: String,
    /// Who proposed it, as they consented to be shown.
    pub author: Contributor,
}

/// What the annexes of one priority hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PriorityAnnex {
    /// The priority's number.
    pub number: String,
    /// Its title, in the exported language.
    pub title: String,
    /// Comments, in the order they were written.
    pub comments: Vec<Comment>,
    /// Amendments, in the order they were proposed.
    pub amendments: Vec<Amendment>,
}

/// The annexes that were asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnnexContent {
    /// Positions by stakeholder group and region, per priority.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub positions: Option<Vec<OverviewRow>>,
    /// The public decision log, oldest first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decisions: Option<Vec<LogEntry>>,
    /// Comments and amendments, per priority.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priorities: Option<Vec<PriorityAnnex>>,
}

/// The consolidated statement, in one language, ready to lay out in any format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Consolidated {
    /// [`JSON_FORMAT`].
    pub format: &'static str,
    /// The forum's id.
    pub forum: String,
    /// The statement's title.
    pub title: Part,
    /// The exported language (BCP 47).
    pub language: String,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
    /// The language the statement is drafted in.
    pub original_language: String,
    /// `chatham_house` or `attributed`.
    pub attribution: String,
    /// The forum's phase.
    pub phase: String,
    /// The day it was exported (`YYYY-MM-DD`).
    pub exported: String,
    /// The preamble.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preamble: Option<Part>,
    /// The sections, with their priorities.
    pub sections: Vec<Section>,
    /// The note about the statement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<Part>,
    /// The annexes asked for.
    pub annexes: AnnexContent,
    /// Whether the comments annex was asked for (it may be empty).
    #[serde(skip)]
    pub with_comments: bool,
    /// Whether the decisions annex was asked for.
    #[serde(skip)]
    pub with_decisions: bool,
}

/// Right-to-left languages among those a forum may use.
pub fn direction_of(language: &str) -> &'static str {
    let primary = language.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    if ["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"].contains(&primary.as_str()) {
        "rtl"
    } else {
        "ltr"
    }
}

impl Consolidated {
    /// Reads `forum`'s statement in `language` (one of the forum's languages) and the annexes
    /// asked for. `today` is the export's date.
    pub fn collect(
        conn: &Connection,
        forum: &ForumId,
        language: &str,
        annexes: Annexes,
        today: &str,
    ) -> Result<Consolidated, Error> {
        let source = statement_source(conn, forum, language)?;
        if !source.summary.languages.iter().any(|l| l == language) {
            return Err(Error::Invalid {
                field: "language".into(),
                message: format!(
                    "the forum works in {}; '{language}' is not one of its languages",
                    source.summary.languages.join(", ")
                ),
            });
        }
        let mut titles = std::collections::HashMap::new();
        let mut sections = Vec::with_capacity(source.sections.len());
        for s in source.sections {
            let mut priorities = Vec::with_capacity(s.priorities.len());
            for p in s.priorities {
                let (count, from): (u32, Option<String>) = conn.query_row(
                    "SELECT (SELECT count(*) FROM revisions WHERE priority_id = ?1), from_amendments
                     FROM revisions WHERE id = ?2",
                    params![&p.id, &p.revision],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                let adopted_from = amendment_titles(conn, from.as_deref())?;
                titles.insert(p.id.clone(), (p.number.clone(), p.text.title.clone()));
                priorities.push(Priority { number: p.number, text: p.text.into(), revision: count, adopted_from });
            }
            sections.push(Section { number: s.number, heading: s.heading.into(), priorities });
        }
        // The annexes name priorities as the statement does, in the exported language.
        let by_number: std::collections::HashMap<&str, &str> =
            titles.values().map(|(number, title)| (number.as_str(), title.as_str())).collect();
        let retitle = |link: &mut crate::view::PriorityLink| {
            if let Some(title) = by_number.get(link.number.as_str()) {
                link.title = (*title).to_owned();
            }
        };
        let mut content = AnnexContent::default();
        if annexes.positions {
            let mut rows = crate::consolidate::overview(conn, forum)?;
            rows.iter_mut().for_each(|r| retitle(&mut r.priority));
            content.positions = Some(rows);
        }
        if annexes.decisions {
            let mut log = crate::consolidate::decision_log(conn, forum)?;
            log.reverse();
            log.iter_mut().filter_map(|e| e.priority.as_mut()).for_each(retitle);
            content.decisions = Some(log);
        }
        if annexes.comments || annexes.decisions {
            content.priorities = Some(priority_annexes(conn, forum, &source_order(&sections), &titles, annexes)?);
        }
        Ok(Consolidated {
            format: JSON_FORMAT,
            forum: forum.to_string(),
            title: source.title.into(),
            language: language.to_owned(),
            direction: direction_of(language),
            original_language: source.summary.language,
            attribution: source.summary.attribution,
            phase: source.summary.phase,
            exported: today.to_owned(),
            preamble: source.preamble.map(Part::from),
            sections,
            about: source.about.map(Part::from),
            annexes: content,
            with_comments: annexes.comments,
            with_decisions: annexes.decisions,
        })
    }

    /// The document in `format`.
    pub fn render(&self, format: Format) -> Result<Vec<u8>, Error> {
        let words = Words::new(&self.language);
        Ok(match format {
            Format::Markdown => markdown::render(self, &words).into_bytes(),
            Format::Html => html::render(self, &words).into_bytes(),
            Format::Docx => docx::render(self, &words)?,
            Format::Json => {
                let mut json = serde_json::to_string_pretty(self).map_err(|e| Error::Record(e.to_string()))?;
                json.push('\n');
                json.into_bytes()
            }
        })
    }
}

fn source_order(sections: &[Section]) -> Vec<String> {
    sections.iter().flat_map(|s| s.priorities.iter().map(|p| p.number.clone())).collect()
}

fn amendment_titles(conn: &Connection, ids: Option<&str>) -> Result<Vec<String>, Error> {
    let ids: Vec<String> = ids.and_then(|j| serde_json::from_str(j).ok()).unwrap_or_default();
    let mut titles = Vec::new();
    for id in ids {
        let Ok(uuid) = id.parse::<uuid::Uuid>() else { continue };
        if let Ok(title) =
            conn.query_row("SELECT title FROM amendments WHERE id = ?1", [&uuid.as_bytes()[..]], |r| r.get(0))
        {
            titles.push(title);
        }
    }
    Ok(titles)
}

fn public_author(forum: &ForumId, key: Vec<u8>, attribution: &str, disclosed: Option<String>) -> Contributor {
    let key = PublicKey(<[u8; 32]>::try_from(key).unwrap_or([0; 32]));
    let choice: AttributionChoice = attribution.parse().unwrap_or(AttributionChoice::Pseudonym);
    let disclosed: Option<Disclosure> = disclosed.and_then(|d| serde_json::from_str(&d).ok());
    author_label(Audience::Public, forum, &key, choice, disclosed.as_ref()).into()
}

type Titles = std::collections::HashMap<Vec<u8>, (String, String)>;

fn priority_annexes(
    conn: &Connection,
    forum: &ForumId,
    order: &[String],
    titles: &Titles,
    annexes: Annexes,
) -> Result<Vec<PriorityAnnex>, Error> {
    let mut by_priority: std::collections::HashMap<Vec<u8>, PriorityAnnex> = titles
        .iter()
        .map(|(id, (number, title))| {
            (
                id.clone(),
                PriorityAnnex { number: number.clone(), title: title.clone(), comments: vec![], amendments: vec![] },
            )
        })
        .collect();
    if annexes.comments {
        let mut stmt = conn.prepare(
            "SELECT c.priority_id, c.kind, c.body, c.language, c.author, c.attribution, c.disclosed, c.anchor_exact
             FROM comments c LEFT JOIN moderation m ON m.target_kind = 'comment' AND m.target_id = c.id
             WHERE c.forum_id = ?1 AND c.retracted = 0 AND m.reason IS NULL
             ORDER BY c.created_hlc, c.id",
        )?;
        let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                Comment {
                    kind: r.get(1)?,
                    markdown: markdown::clean(&r.get::<_, String>(2)?),
                    language: r.get(3)?,
                    author: public_author(forum, r.get(4)?, &r.get::<_, String>(5)?, r.get(6)?),
                    quote: r.get(7)?,
                },
            ))
        })?;
        for row in rows {
            let (priority, comment) = row?;
            if let Some(annex) = by_priority.get_mut(&priority) {
                annex.comments.push(comment);
            }
        }
    }
    if annexes.decisions {
        let mut stmt = conn.prepare(
            "SELECT a.priority_id, a.title, coalesce(a.decision, a.state), a.rationale, a.language, a.author,
                    a.attribution, a.disclosed, (SELECT d.reason FROM decisions d WHERE d.record_id = a.decision_record)
             FROM amendments a LEFT JOIN moderation m ON m.target_kind = 'amendment' AND m.target_id = a.id
             WHERE a.forum_id = ?1 AND m.reason IS NULL
             ORDER BY a.created_hlc, a.id",
        )?;
        let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                Amendment {
                    title: r.get(1)?,
                    state: r.get(2)?,
                    rationale: markdown::clean(&r.get::<_, String>(3)?),
                    language: r.get(4)?,
                    author: public_author(forum, r.get(5)?, &r.get::<_, String>(6)?, r.get(7)?),
                    reason: r.get(8)?,
                },
            ))
        })?;
        for row in rows {
            let (priority, amendment) = row?;
            if let Some(annex) = by_priority.get_mut(&priority) {
                annex.amendments.push(amendment);
            }
        }
    }
    let mut out: Vec<PriorityAnnex> = by_priority.into_values().collect();
    out.sort_by_key(|a| order.iter().position(|n| *n == a.number).unwrap_or(usize::MAX));
    Ok(out)
}

impl Profile {
    /// The shown forum's consolidated statement in `language`, with `annexes`, as `format`.
    pub fn export_statement(
        &self,
        language: &str,
        format: Format,
        annexes: Annexes,
        now_ms: u64,
    ) -> Result<Vec<u8>, Error> {
        let forum = self.forum_or_default(None)?;
        Consolidated::collect(self.store().conn(), &forum, language, annexes, &crate::date_of(now_ms))?.render(format)
    }
}

/// When a log entry happened, as a date.
pub(crate) fn entry_date(entry: &LogEntry) -> String {
    crate::date_of(entry.at_ms)
}
