//! Civil-society input and incident reports: applying their records (with group accounts,
//! endorsements and organizers' triage), the forms participants fill in (saved as typed), and
//! the views organizers sort them in. What a report may contain is decided in
//! `plenary_proto::report`, the same rules the forum server applies.

use crate::apply::{Hold, Materialized, is_newer};
use crate::contribution::uuid_text;
use crate::redact::{Audience, AuthorLabel, author_label};
use crate::{Error, Profile, random_bytes};
use plenary_proto::record::{
    Attachment, EndorsementPut, GroupMember, GroupPut, InputPut, ReportPut, Submission, TriagePut, TriageState,
};
use plenary_proto::report::IncidentReport;
use plenary_proto::{
    AttributionChoice, Body, Disclosure, ForumId, GroupId, Hlc, InputId, PriorityId, PublicKey, Record, ReportId,
};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// A stored submission's first author, its group, and the (hlc, record id) of its content.
type Versioned = (Vec<u8>, Option<Vec<u8>>, i64, Vec<u8>);

/// A report's stored content, attachments, author, group name, triage state and note,
/// endorsement count and group id.
type ReportRow = (String, String, Vec<u8>, Option<String>, Option<String>, Option<String>, u32, Option<Vec<u8>>);

fn is_member(tx: &Connection, group: &[u8], key: &PublicKey) -> Result<bool, Error> {
    Ok(tx
        .query_row("SELECT 1 FROM group_members WHERE group_id = ?1 AND key = ?2", params![group, &key.0[..]], |_| {
            Ok(())
        })
        .optional()?
        .is_some())
}

fn group_check(tx: &Transaction<'_>, record: &Record, group: &GroupId) -> Result<Materialized, Error> {
    let forum: Option<Vec<u8>> =
        tx.query_row("SELECT forum_id FROM groups WHERE id = ?1", [&group.as_bytes()[..]], |r| r.get(0)).optional()?;
    Ok(match forum {
        None => Err(Hold::Wait("its group has not arrived yet".into())),
        Some(f) if f != record.forum.as_bytes() => Err(Hold::Refuse("the group belongs to another forum".into())),
        Some(_) if !is_member(tx, &group.as_bytes()[..], &record.author)? => {
            Err(Hold::Wait("its author is not a member of the group".into()))
        }
        Some(_) => Ok(()),
    })
}

/// Whether `record`'s author may write a new version of a submission first written by
/// `author` for `group`: its author, or any member of its group.
fn may_revise(tx: &Transaction<'_>, record: &Record, author: &[u8], group: Option<&[u8]>) -> Result<bool, Error> {
    Ok(author == record.author.0 || group.is_some_and(|g| is_member(tx, g, &record.author).unwrap_or(false)))
}

fn chunks(tx: &Transaction<'_>, kind: &str, id: &[u8], attachments: &[Attachment]) -> Result<(), Error> {
    for a in attachments {
        for chunk in &a.chunks {
            tx.execute(
                "INSERT OR IGNORE INTO attachment_chunks (chunk, owner_kind, owner_id) VALUES (?1, ?2, ?3)",
                params![chunk, kind, id],
            )?;
        }
    }
    Ok(())
}

pub(crate) fn apply_group(tx: &Transaction<'_>, record: &Record, g: &GroupPut) -> Result<Materialized, Error> {
    let stored: Option<(Vec<u8>, i64, Vec<u8>)> = tx
        .query_row("SELECT forum_id, hlc, record_id FROM groups WHERE id = ?1", [&g.group.as_bytes()[..]], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    match stored {
        Some((forum, _, _)) if forum != record.forum.as_bytes() => {
            Ok(Err(Hold::Refuse("the group belongs to another forum".into())))
        }
        Some((_, hlc, id)) => {
            if !is_member(tx, &g.group.as_bytes()[..], &record.author)? {
                return Ok(Err(Hold::Wait("only a member may rename the group".into())));
            }
            if is_newer(record, hlc, &id) {
                tx.execute(
                    "UPDATE groups SET name = ?2, hlc = ?3, record_id = ?4 WHERE id = ?1",
                    params![&g.group.as_bytes()[..], g.name, record.hlc.0 as i64, &record.id.as_bytes()[..]],
                )?;
            }
            Ok(Ok(()))
        }
        None => {
            tx.execute(
                "INSERT INTO groups (id, forum_id, name, founder, hlc, record_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    &g.group.as_bytes()[..],
                    &record.forum.as_bytes()[..],
                    g.name,
                    &record.author.0[..],
                    record.hlc.0 as i64,
                    &record.id.as_bytes()[..]
                ],
            )?;
            tx.execute(
                "INSERT OR IGNORE INTO group_members (group_id, key) VALUES (?1, ?2)",
                params![&g.group.as_bytes()[..], &record.author.0[..]],
            )?;
            Ok(Ok(()))
        }
    }
}

pub(crate) fn apply_member(tx: &Transaction<'_>, record: &Record, m: &GroupMember) -> Result<Materialized, Error> {
    if let Err(hold) = group_check(tx, record, &m.group)? {
        return Ok(Err(hold));
    }
    tx.execute(
        "INSERT OR IGNORE INTO group_members (group_id, key) VALUES (?1, ?2)",
        params![&m.group.as_bytes()[..], &m.key.0[..]],
    )?;
    Ok(Ok(()))
}

pub(crate) fn apply_report(tx: &Transaction<'_>, record: &Record, r: &ReportPut) -> Result<Materialized, Error> {
    if let Some(group) = &r.group
        && let Err(hold) = group_check(tx, record, group)?
    {
        return Ok(Err(hold));
    }
    let id = &r.report.as_bytes()[..];
    let stored: Option<Versioned> = tx
        .query_row("SELECT author, group_id, content_hlc, content_record FROM reports WHERE id = ?1", [id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .optional()?;
    let c = &r.content;
    let json = serde_json::to_string(c).unwrap_or_default();
    let attachments = serde_json::to_string(&r.attachments).unwrap_or_else(|_| "[]".into());
    let countries = serde_json::to_string(&c.countries).unwrap_or_else(|_| "[]".into());
    let word = |v: &dyn erased::Wire| v.wire();
    match stored {
        Some((author, group, hlc, content_record)) => {
            if !may_revise(tx, record, &author, group.as_deref())? {
                return Ok(Err(Hold::Wait("only the report's authors may change it".into())));
            }
            tx.execute(
                "UPDATE reports SET created_hlc = min(created_hlc, ?2) WHERE id = ?1",
                params![id, record.hlc.0 as i64],
            )?;
            if is_newer(record, hlc, &content_record) {
                tx.execute(
                    "UPDATE reports SET content = ?2, attachments = ?3, title = ?4, status = ?5, tlp = ?6, severity = ?7,
                         record_kind = ?8, date_occurred = ?9, countries = ?10, content_hlc = ?11, content_record = ?12
                     WHERE id = ?1",
                    params![
                        id,
                        json,
                        attachments,
                        c.title,
                        word(&c.status),
                        word(&c.tlp),
                        word(&c.severity),
                        word(&c.record_kind),
                        c.date_occurred.date,
                        countries,
                        record.hlc.0 as i64,
                        &record.id.as_bytes()[..]
                    ],
                )?;
            }
        }
        None => {
            tx.execute(
                "INSERT INTO reports (id, forum_id, author, group_id, content, attachments, title, status, tlp, severity,
                     record_kind, date_occurred, countries, created_hlc, content_hlc, content_record)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15)",
                params![
                    id,
                    &record.forum.as_bytes()[..],
                    &record.author.0[..],
                    r.group.map(|g| g.as_bytes().to_vec()),
                    json,
                    attachments,
                    c.title,
                    word(&c.status),
                    word(&c.tlp),
                    word(&c.severity),
                    word(&c.record_kind),
                    c.date_occurred.date,
                    countries,
                    record.hlc.0 as i64,
                    &record.id.as_bytes()[..]
                ],
            )?;
        }
    }
    chunks(tx, "report", id, &r.attachments)?;
    Ok(Ok(()))
}

/// Wire names of the report vocabularies, for columns to filter on.
mod erased {
    use plenary_proto::report::{RecordKind, ReportStatus, Severity, Tlp};

    pub trait Wire {
        fn wire(&self) -> String;
    }
    macro_rules! wire {
        ($($t:ty),*) => {$(
            impl Wire for $t {
                fn wire(&self) -> String {
                    serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
                }
            }
        )*};
    }
    wire!(RecordKind, ReportStatus, Severity, Tlp);
}

pub(crate) fn apply_input(tx: &Transaction<'_>, record: &Record, i: &InputPut) -> Result<Materialized, Error> {
    if let Some(group) = &i.group
        && let Err(hold) = group_check(tx, record, group)?
    {
        return Ok(Err(hold));
    }
    for p in &i.priorities {
        let forum: Option<Vec<u8>> = tx
            .query_row("SELECT forum_id FROM priorities WHERE id = ?1", [&p.as_bytes()[..]], |r| r.get(0))
            .optional()?;
        match forum {
            None => return Ok(Err(Hold::Wait("a priority it concerns has not arrived yet".into()))),
            Some(f) if f != record.forum.as_bytes() => {
                return Ok(Err(Hold::Refuse("it concerns a priority of another forum".into())));
            }
            Some(_) => {}
        }
    }
    let id = &i.input.as_bytes()[..];
    let stored: Option<Versioned> = tx
        .query_row("SELECT author, group_id, content_hlc, content_record FROM inputs WHERE id = ?1", [id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .optional()?;
    let priorities: Vec<String> = i.priorities.iter().map(ToString::to_string).collect();
    let priorities = serde_json::to_string(&priorities).unwrap_or_else(|_| "[]".into());
    let attachments = serde_json::to_string(&i.attachments).unwrap_or_else(|_| "[]".into());
    let disclosed = i.disclosed.as_ref().and_then(|d| serde_json::to_string(d).ok());
    match stored {
        Some((author, group, hlc, content_record)) => {
            if !may_revise(tx, record, &author, group.as_deref())? {
                return Ok(Err(Hold::Wait("only the submission's authors may change it".into())));
            }
            tx.execute(
                "UPDATE inputs SET created_hlc = min(created_hlc, ?2) WHERE id = ?1",
                params![id, record.hlc.0 as i64],
            )?;
            if is_newer(record, hlc, &content_record) {
                tx.execute(
                    "UPDATE inputs SET title = ?2, body = ?3, priorities = ?4, language = ?5, attribution = ?6,
                         disclosed = ?7, attachments = ?8, withdrawn = ?9, content_hlc = ?10, content_record = ?11
                     WHERE id = ?1",
                    params![
                        id,
                        i.title,
                        i.body,
                        priorities,
                        i.language.as_str(),
                        i.attribution.to_string(),
                        disclosed,
                        attachments,
                        i.withdrawn,
                        record.hlc.0 as i64,
                        &record.id.as_bytes()[..]
                    ],
                )?;
            }
        }
        None => {
            tx.execute(
                "INSERT INTO inputs (id, forum_id, author, group_id, title, body, priorities, language, attribution,
                     disclosed, attachments, withdrawn, created_hlc, content_hlc, content_record)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14)",
                params![
                    id,
                    &record.forum.as_bytes()[..],
                    &record.author.0[..],
                    i.group.map(|g| g.as_bytes().to_vec()),
                    i.title,
                    i.body,
                    priorities,
                    i.language.as_str(),
                    i.attribution.to_string(),
                    disclosed,
                    attachments,
                    i.withdrawn,
                    record.hlc.0 as i64,
                    &record.id.as_bytes()[..]
                ],
            )?;
        }
    }
    chunks(tx, "input", id, &i.attachments)?;
    Ok(Ok(()))
}

fn target_key(target: &Submission) -> (&'static str, [u8; 16]) {
    match target {
        Submission::Input { id } => ("input", *id.as_bytes()),
        Submission::Report { id } => ("report", *id.as_bytes()),
    }
}

fn target_forum(tx: &Connection, target: &Submission) -> Result<Option<Vec<u8>>, Error> {
    let (kind, id) = target_key(target);
    let table = if kind == "input" { "inputs" } else { "reports" };
    Ok(tx.query_row(&format!("SELECT forum_id FROM {table} WHERE id = ?1"), [&id[..]], |r| r.get(0)).optional()?)
}

pub(crate) fn apply_endorsement(
    tx: &Transaction<'_>,
    record: &Record,
    e: &EndorsementPut,
) -> Result<Materialized, Error> {
    if let Err(hold) = group_check(tx, record, &e.group)? {
        return Ok(Err(hold));
    }
    match target_forum(tx, &e.target)? {
        None => return Ok(Err(Hold::Wait("what it endorses has not arrived yet".into()))),
        Some(f) if f != record.forum.as_bytes() => {
            return Ok(Err(Hold::Refuse("it endorses another forum's submission".into())));
        }
        Some(_) => {}
    }
    let (kind, id) = target_key(&e.target);
    tx.execute(
        "INSERT INTO endorsements (target_kind, target_id, group_id, key, hlc) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT DO UPDATE SET hlc = min(hlc, excluded.hlc)",
        params![kind, &id[..], &e.group.as_bytes()[..], &record.author.0[..], record.hlc.0 as i64],
    )?;
    Ok(Ok(()))
}

pub(crate) fn apply_triage(tx: &Transaction<'_>, record: &Record, t: &TriagePut) -> Result<Materialized, Error> {
    match target_forum(tx, &t.target)? {
        None => return Ok(Err(Hold::Wait("what it triages has not arrived yet".into()))),
        Some(f) if f != record.forum.as_bytes() => {
            return Ok(Err(Hold::Refuse("it triages another forum's submission".into())));
        }
        Some(_) => {}
    }
    let (kind, id) = target_key(&t.target);
    let stored: Option<(i64, Vec<u8>)> = tx
        .query_row(
            "SELECT hlc, record_id FROM triage WHERE target_kind = ?1 AND target_id = ?2",
            params![kind, &id[..]],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if stored.is_none_or(|(hlc, rec)| is_newer(record, hlc, &rec)) {
        tx.execute(
            "INSERT INTO triage (target_kind, target_id, forum_id, state, note, organizer, hlc, record_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (target_kind, target_id) DO UPDATE SET state = excluded.state, note = excluded.note,
                 organizer = excluded.organizer, hlc = excluded.hlc, record_id = excluded.record_id",
            params![
                kind,
                &id[..],
                &record.forum.as_bytes()[..],
                triage_name(t.state),
                t.note,
                &record.author.0[..],
                record.hlc.0 as i64,
                &record.id.as_bytes()[..]
            ],
        )?;
    }
    Ok(Ok(()))
}

fn triage_name(state: TriageState) -> &'static str {
    match state {
        TriageState::New => "new",
        TriageState::Triaged => "triaged",
        TriageState::NeedsFollowUp => "needs_follow_up",
        TriageState::Closed => "closed",
    }
}

fn parse_triage(state: &str) -> Result<TriageState, Error> {
    Ok(match state {
        "new" => TriageState::New,
        "triaged" => TriageState::Triaged,
        "needs_follow_up" => TriageState::NeedsFollowUp,
        "closed" => TriageState::Closed,
        other => {
            return Err(Error::Invalid {
                field: "state".into(),
                message: format!("'{other}' is not one of: new, triaged, needs_follow_up, closed"),
            });
        }
    })
}

// ---- forms ----------------------------------------------------------------------------------

/// A report form as the window holds it: the report's fields (with the report's own field
/// names, possibly incomplete while being filled in), the group filing it and its attachments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportForm {
    /// The report's fields, as JSON with the report's wire names (see the published schema).
    #[ts(type = "Record<string, unknown>")]
    pub report: serde_json::Value,
    /// The group filing it, if any.
    pub group: Option<String>,
    /// Files attached.
    pub attachments: Vec<AttachmentView>,
}

/// An input form as the window holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InputForm {
    /// Its title.
    pub title: String,
    /// Its text, in Markdown.
    pub body: String,
    /// The priorities it concerns.
    pub priorities: Vec<String>,
    /// The group submitting it, if any.
    pub group: Option<String>,
    /// Its language.
    pub language: String,
    /// `pseudonym`, `group_and_region` or `name`.
    pub attribution: String,
    /// Files attached.
    pub attachments: Vec<AttachmentView>,
}

/// A form saved on this device and not yet submitted, as Reports and My contributions list it
/// so that it can be finished later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormItem {
    /// `report` or `input`.
    pub kind: String,
    /// The form's id (the report's or input's own once submitted).
    pub id: String,
    /// Its title as typed so far; empty when none is.
    pub title: String,
    /// When it was last saved, in milliseconds since the Unix epoch.
    pub updated_ms: u64,
}

/// An attachment as forms and views show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttachmentView {
    /// SHA-256 of the content, hex.
    pub hash: String,
    /// The file's name.
    pub name: String,
    /// Its media type.
    pub media_type: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub size: u64,
    /// Chunk hashes, in order.
    pub chunks: Vec<String>,
    /// Whether every chunk is on this device.
    #[serde(default)]
    pub available: bool,
}

impl From<&AttachmentView> for Attachment {
    fn from(a: &AttachmentView) -> Self {
        Attachment {
            hash: a.hash.clone(),
            name: a.name.clone(),
            media_type: a.media_type.clone(),
            size: a.size,
            chunks: a.chunks.clone(),
        }
    }
}

/// Why a form cannot be submitted: every field at fault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldProblem {
    /// The field's path, such as `supporting_materials[0].title`.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

/// The fields a report must have, in the order the form shows them.
const REQUIRED_FIELDS: [&str; 12] = [
    "title",
    "description",
    "record_kind",
    "ai_relation",
    "date_occurred",
    "severity",
    "harm_types",
    "supporting_materials",
    "status",
    "tlp",
    "attribution",
    "lang",
];

/// The fields a report's date of occurrence and each of its sources must have.
const REQUIRED_IN_DATE: [&str; 2] = ["date", "precision"];
const REQUIRED_IN_MATERIAL: [&str; 4] = ["type", "title", "language", "access"];

/// Every required field a form's JSON leaves out (or null), in the form's order: reading the
/// JSON as a report stops at the first, and a reporter should learn of all of them at once.
fn missing_fields(value: &serde_json::Value) -> Vec<FieldProblem> {
    let Some(report) = value.as_object() else { return Vec::new() };
    let absent = |object: &serde_json::Map<String, serde_json::Value>, key: &str| {
        object.get(key).is_none_or(serde_json::Value::is_null)
    };
    let required = |field: String| FieldProblem { field, message: "is required".to_owned() };
    let mut out = Vec::new();
    for key in REQUIRED_FIELDS {
        if absent(report, key) {
            out.push(required(key.to_owned()));
        } else if key == "date_occurred"
            && let Some(date) = report[key].as_object()
        {
            out.extend(REQUIRED_IN_DATE.iter().filter(|k| absent(date, k)).map(|k| required(format!("{key}.{k}"))));
        } else if key == "supporting_materials"
            && let Some(materials) = report[key].as_array()
        {
            for (i, material) in materials.iter().enumerate() {
                let Some(material) = material.as_object() else { continue };
                out.extend(
                    REQUIRED_IN_MATERIAL
                        .iter()
                        .filter(|k| absent(material, k))
                        .map(|k| required(format!("{key}[{i}].{k}"))),
                );
            }
        }
    }
    out
}

/// Reads a report from a form's JSON: every problem, each naming its field. Required fields
/// left out are all named together; otherwise every value the published schema refuses (a
/// word not in a vocabulary, text where a list belongs), or, should the schema let through
/// what cannot be read, the first such field; and then every rule the report breaks.
pub fn report_from_form(value: &serde_json::Value) -> Result<IncidentReport, Vec<FieldProblem>> {
    let missing = missing_fields(value);
    if !missing.is_empty() {
        return Err(missing);
    }
    let report: IncidentReport = match serde_path_to_error::deserialize(value) {
        Ok(r) => r,
        Err(e) => {
            let refused = crate::report_format::schema_problems(value);
            if !refused.is_empty() {
                return Err(refused
                    .into_iter()
                    .map(|p| FieldProblem {
                        field: crate::report_format::field_of_pointer(&p.path),
                        message: p.message,
                    })
                    .collect());
            }
            let path = e.path().to_string();
            let inner = e.into_inner().to_string();
            // A missing field is reported by serde at its parent; name the field itself.
            let (field, message) = match inner.strip_prefix("missing field `").and_then(|r| r.split_once('`')) {
                Some((name, _)) if path == "." => (name.to_owned(), "is required".to_owned()),
                Some((name, _)) => (format!("{path}.{name}"), "is required".to_owned()),
                None => (path, inner),
            };
            return Err(vec![FieldProblem { field, message }]);
        }
    };
    let problems = report.problems();
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems.into_iter().map(|p| FieldProblem { field: p.field, message: p.message }).collect())
    }
}

fn form_problems(list: Vec<FieldProblem>) -> Error {
    Error::Fields(list.into_iter().map(|p| (p.field, p.message)).collect())
}

impl Profile {
    /// Saves a report or input form as typed (`kind` is `report` or `input`).
    pub fn save_form(
        &mut self,
        kind: &str,
        target: &str,
        content: &serde_json::Value,
        now_ms: u64,
    ) -> Result<(), Error> {
        if kind != "report" && kind != "input" {
            return Err(Error::Invalid { field: "kind".into(), message: "a form is a report or an input".into() });
        }
        let target: uuid::Uuid = target
            .parse()
            .map_err(|_| Error::Invalid { field: "target".into(), message: format!("'{target}' is not an id") })?;
        let json = serde_json::to_string(content)
            .map_err(|e| Error::Invalid { field: "content".into(), message: e.to_string() })?;
        if json.len() > crate::contribution::MAX_DRAFT_BYTES {
            return Err(Error::Invalid { field: "content".into(), message: "the form is too large".into() });
        }
        let forum = self.forum_or_default(None)?;
        self.store.conn().execute(
            "INSERT INTO form_drafts (kind, target, forum_id, content, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (kind, target) DO UPDATE SET content = excluded.content, updated_ms = excluded.updated_ms",
            params![kind, &target.as_bytes()[..], &forum.as_bytes()[..], json, now_ms as i64],
        )?;
        Ok(())
    }

    /// A saved form, if any.
    pub fn form(&self, kind: &str, target: &str) -> Result<Option<serde_json::Value>, Error> {
        let target: uuid::Uuid = target
            .parse()
            .map_err(|_| Error::Invalid { field: "target".into(), message: format!("'{target}' is not an id") })?;
        let json: Option<String> = self
            .store
            .conn()
            .query_row(
                "SELECT content FROM form_drafts WHERE kind = ?1 AND target = ?2",
                params![kind, &target.as_bytes()[..]],
                |r| r.get(0),
            )
            .optional()?;
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
    }

    /// Throws a form away.
    pub fn discard_form(&mut self, kind: &str, target: &str) -> Result<(), Error> {
        let target: uuid::Uuid = target
            .parse()
            .map_err(|_| Error::Invalid { field: "target".into(), message: format!("'{target}' is not an id") })?;
        self.store.conn().execute(
            "DELETE FROM form_drafts WHERE kind = ?1 AND target = ?2",
            params![kind, &target.as_bytes()[..]],
        )?;
        Ok(())
    }

    /// The forms saved on this device for the forum shown, the most recently saved first.
    pub fn my_forms(&self) -> Result<Vec<FormItem>, Error> {
        let forum = self.forum_or_default(None)?;
        let mut statement = self.store.conn().prepare(
            "SELECT kind, target, content, updated_ms FROM form_drafts WHERE forum_id = ?1
             ORDER BY updated_ms DESC, kind, target",
        )?;
        let rows = statement.query_map([&forum.as_bytes()[..]], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, String>(2)?, r.get::<_, i64>(3)?))
        })?;
        let mut forms = Vec::new();
        for row in rows {
            let (kind, target, content, updated_ms) = row?;
            // A form is saved as the window holds it, which need not be complete JSON of
            // anything: what cannot be read has no title yet.
            let content: serde_json::Value = serde_json::from_str(&content).unwrap_or_default();
            let title = if kind == "report" { &content["report"]["title"] } else { &content["title"] };
            forms.push(FormItem {
                kind,
                id: uuid_text(target),
                title: title.as_str().unwrap_or_default().to_owned(),
                updated_ms: u64::try_from(updated_ms).unwrap_or_default(),
            });
        }
        Ok(forms)
    }

    /// A fresh id for a new report or input.
    pub fn new_form_id(&self, now_ms: u64) -> Result<String, Error> {
        Ok(ReportId::new_v7(now_ms, random_bytes()?).to_string())
    }

    /// Submits a report form: every field at fault is named, and nothing is sent, unless the
    /// report is complete; then it is signed, applied and queued, and the form deleted.
    pub fn submit_report(&mut self, target: &str, now_ms: u64) -> Result<(), Error> {
        let form: ReportForm =
            serde_json::from_value(self.form("report", target)?.ok_or_else(|| Error::NotFound("this form".into()))?)
                .map_err(|e| Error::Invalid { field: "content".into(), message: e.to_string() })?;
        let content = report_from_form(&form.report).map_err(form_problems)?;
        let report: ReportId = target.parse().map_err(|_| Error::NotFound("this form".into()))?;
        let group = form.group.as_deref().map(parse_group).transpose()?;
        let body = Body::ReportPut(Box::new(ReportPut {
            report,
            group,
            content,
            attachments: form.attachments.iter().map(Attachment::from).collect(),
        }));
        let forum = self.forum_or_default(None)?;
        let target_bytes = report.as_bytes().to_vec();
        self.sign_record(forum, &body, now_ms, |tx| {
            tx.execute("DELETE FROM form_drafts WHERE kind = 'report' AND target = ?1", [&target_bytes])?;
            Ok(())
        })
    }

    /// A report as a file: `json` (the published format, `assets/schemas/`), `aiid` (an AI
    /// Incident Database submission; TLP:CLEAR reports with a public source only) or `oecd`
    /// (how its fields map to the OECD's common reporting criteria). Only a report this viewer
    /// may see can be exported, and the AIID submitter is named only where the report's
    /// attribution lets this viewer see the name. `today` is the date of the submission.
    pub fn export_report(&self, id: &str, format: &str, today: &str) -> Result<String, Error> {
        let view = self.report(id)?;
        let report: IncidentReport =
            serde_json::from_value(view.report.clone()).map_err(|e| Error::Record(e.to_string()))?;
        Ok(match format {
            "json" => crate::report_format::to_json(&report),
            "aiid" => {
                let submitter = view.author.name.clone().unwrap_or_default();
                let value = crate::report_format::aiid_submission(&report, &submitter, today)
                    .map_err(|message| Error::Invalid { field: "format".into(), message })?;
                pretty(&value)
            }
            "oecd" => pretty(&crate::report_format::oecd_criteria(&report)),
            other => {
                return Err(Error::Invalid {
                    field: "format".into(),
                    message: format!("'{other}' is not a report format (json, aiid or oecd)"),
                });
            }
        })
    }

    /// Reads a report file in the published JSON format into a new report form, to be checked
    /// and submitted like one typed in; returns the form's id. A file with any problem is
    /// refused with every problem and its place in the file, and nothing is saved.
    pub fn import_report(&mut self, text: &str, now_ms: u64) -> Result<String, Error> {
        let report = crate::report_format::from_json(text).map_err(|problems| {
            Error::Fields(
                problems.into_iter().map(|p| (p.path.trim_start_matches('/').replace('/', "."), p.message)).collect(),
            )
        })?;
        let form = ReportForm {
            report: serde_json::to_value(&report).map_err(|e| Error::Record(e.to_string()))?,
            group: None,
            attachments: Vec::new(),
        };
        let id = self.new_form_id(now_ms)?;
        let content = serde_json::to_value(&form).map_err(|e| Error::Record(e.to_string()))?;
        self.save_form("report", &id, &content, now_ms)?;
        Ok(id)
    }

    /// Submits an input form (see [`Profile::submit_report`]).
    pub fn submit_input(&mut self, target: &str, now_ms: u64) -> Result<(), Error> {
        let form: InputForm =
            serde_json::from_value(self.form("input", target)?.ok_or_else(|| Error::NotFound("this form".into()))?)
                .map_err(|e| Error::Invalid { field: "content".into(), message: e.to_string() })?;
        let input: InputId = target.parse().map_err(|_| Error::NotFound("this form".into()))?;
        let mut problems = Vec::new();
        if form.title.trim().is_empty() {
            problems.push(FieldProblem { field: "title".into(), message: "is required".into() });
        }
        if form.body.trim().is_empty() {
            problems.push(FieldProblem { field: "body".into(), message: "is required".into() });
        }
        let language =
            form.language.parse().map_err(|e: String| Error::Invalid { field: "language".into(), message: e });
        let attribution = form.attribution.parse::<AttributionChoice>();
        if attribution.is_err() {
            problems.push(FieldProblem { field: "attribution".into(), message: "choose how you are shown".into() });
        }
        if !problems.is_empty() {
            return Err(form_problems(problems));
        }
        let attribution = attribution.map_err(|e| Error::Invalid { field: "attribution".into(), message: e })?;
        let priorities = form
            .priorities
            .iter()
            .map(|p| {
                p.parse::<PriorityId>().map_err(|_| Error::Invalid {
                    field: "priorities".into(),
                    message: format!("'{p}' is not a priority"),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let disclosed = self.disclosure_for(attribution)?;
        let body = Body::InputPut(InputPut {
            input,
            title: form.title.trim().to_owned(),
            body: form.body.trim().to_owned(),
            priorities,
            group: form.group.as_deref().map(parse_group).transpose()?,
            language: language?,
            attribution,
            disclosed,
            attachments: form.attachments.iter().map(Attachment::from).collect(),
            withdrawn: false,
        });
        let forum = self.forum_or_default(None)?;
        let target_bytes = input.as_bytes().to_vec();
        self.sign_record(forum, &body, now_ms, |tx| {
            tx.execute("DELETE FROM form_drafts WHERE kind = 'input' AND target = ?1", [&target_bytes])?;
            Ok(())
        })
    }

    /// Withdraws a report: a new version with status withdrawn; it stays, marked withdrawn.
    pub fn withdraw_report(&mut self, id: &str, now_ms: u64) -> Result<(), Error> {
        let report: ReportId = id.parse().map_err(|_| Error::NotFound(format!("the report {id}")))?;
        let (json, attachments, group): (String, String, Option<Vec<u8>>) = self
            .store
            .conn()
            .query_row(
                "SELECT content, attachments, group_id FROM reports WHERE id = ?1",
                [&report.as_bytes()[..]],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("the report {id}")))?;
        let mut content: IncidentReport = serde_json::from_str(&json).map_err(|e| Error::Record(e.to_string()))?;
        content.status = plenary_proto::report::ReportStatus::Withdrawn;
        let body = Body::ReportPut(Box::new(ReportPut {
            report,
            group: group.and_then(|g| <[u8; 16]>::try_from(g).ok()).map(GroupId::from_bytes),
            content,
            attachments: serde_json::from_str(&attachments).unwrap_or_default(),
        }));
        let forum = self.forum_or_default(None)?;
        self.sign_record(forum, &body, now_ms, |_| Ok(()))
    }

    /// Creates a group account with this device as its first member; returns its id.
    pub fn create_group(&mut self, name: &str, now_ms: u64) -> Result<String, Error> {
        let group = GroupId::new_v7(now_ms, random_bytes()?);
        let forum = self.forum_or_default(None)?;
        self.sign_record(forum, &Body::GroupPut(GroupPut { group, name: name.trim().to_owned() }), now_ms, |_| Ok(()))?;
        Ok(group.to_string())
    }

    /// Adds a device (its public key, hex) to a group this device belongs to.
    pub fn add_group_member(&mut self, group: &str, key: &str, now_ms: u64) -> Result<(), Error> {
        let group = parse_group(group)?;
        let key: PublicKey = key.trim().parse().map_err(|_| Error::Invalid {
            field: "key".into(),
            message: "a device key is 64 hexadecimal digits".into(),
        })?;
        let forum = self.forum_or_default(None)?;
        self.sign_record(forum, &Body::GroupMember(GroupMember { group, key }), now_ms, |_| Ok(()))
    }

    /// Endorses a submission on behalf of a group this device belongs to.
    pub fn endorse(&mut self, kind: &str, id: &str, group: &str, now_ms: u64) -> Result<(), Error> {
        let target = parse_target(kind, id)?;
        let group = parse_group(group)?;
        let forum = self.forum_or_default(None)?;
        self.sign_record(forum, &Body::EndorsementPut(EndorsementPut { target, group }), now_ms, |_| Ok(()))
    }

    /// Organizers: files a submission under a triage state.
    pub fn triage(
        &mut self,
        kind: &str,
        id: &str,
        state: &str,
        note: Option<String>,
        now_ms: u64,
    ) -> Result<(), Error> {
        let target = parse_target(kind, id)?;
        let state = parse_triage(state)?;
        let forum = self.forum_or_default(None)?;
        self.sign_record(
            forum,
            &Body::TriagePut(TriagePut { target, state, note: note.filter(|n| !n.trim().is_empty()) }),
            now_ms,
            |_| Ok(()),
        )
    }

    /// The groups this device belongs to in the shown forum.
    pub fn my_groups(&self) -> Result<Vec<GroupView>, Error> {
        let forum = self.forum_or_default(None)?;
        let mut stmt = self.store.conn().prepare(
            "SELECT g.id, g.name, (SELECT count(*) FROM group_members m2 WHERE m2.group_id = g.id) FROM groups g
             JOIN group_members m ON m.group_id = g.id AND m.key = ?2 WHERE g.forum_id = ?1 ORDER BY g.name",
        )?;
        let rows = stmt.query_map(params![&forum.as_bytes()[..], &self.key.public().0[..]], |r| {
            Ok(GroupView { id: uuid_text(r.get(0)?), name: r.get(1)?, members: r.get(2)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stores a file's content as chunks on this device and returns its attachment entry. A
    /// file larger than allowed, or of a type not accepted, is refused with a clear message.
    pub fn add_attachment(&mut self, name: &str, media_type: &str, data: &[u8]) -> Result<AttachmentView, Error> {
        use plenary_proto::record::{ATTACHMENT_TYPES, CHUNK_BYTES, MAX_ATTACHMENT_BYTES};
        if data.is_empty() {
            return Err(Error::Invalid { field: "attachments".into(), message: format!("{name} is empty") });
        }
        if data.len() as u64 > MAX_ATTACHMENT_BYTES {
            return Err(Error::Invalid {
                field: "attachments".into(),
                message: format!(
                    "{name} is {:.1} MB; attachments may be at most {} MB",
                    data.len() as f64 / 1_048_576.0,
                    MAX_ATTACHMENT_BYTES / 1_048_576
                ),
            });
        }
        if !ATTACHMENT_TYPES.contains(&media_type) {
            return Err(Error::Invalid {
                field: "attachments".into(),
                message: format!("{name} is not a PDF, an image (PNG, JPEG, WebP) or a text file"),
            });
        }
        let hash = plenary_proto::keys::hex(&Sha256::digest(data));
        let mut chunks = Vec::new();
        self.store.transaction(|tx| {
            for chunk in data.chunks(CHUNK_BYTES as usize) {
                let h = plenary_proto::keys::hex(&Sha256::digest(chunk));
                tx.execute("INSERT OR IGNORE INTO blobs (hash, data) VALUES (?1, ?2)", params![h, chunk])?;
                chunks.push(h);
            }
            Ok(())
        })?;
        Ok(AttachmentView {
            hash,
            name: name.to_owned(),
            media_type: media_type.to_owned(),
            size: data.len() as u64,
            chunks,
            available: true,
        })
    }

    /// The content of an attachment, if every chunk is on this device.
    pub fn attachment_data(&self, attachment: &AttachmentView) -> Result<Option<Vec<u8>>, Error> {
        let mut out = Vec::with_capacity(attachment.size as usize);
        for chunk in &attachment.chunks {
            let data: Option<Vec<u8>> = self
                .store
                .conn()
                .query_row("SELECT data FROM blobs WHERE hash = ?1", [chunk], |r| r.get(0))
                .optional()?;
            match data {
                Some(d) => out.extend_from_slice(&d),
                None => return Ok(None),
            }
        }
        if plenary_proto::keys::hex(&Sha256::digest(&out)) != attachment.hash {
            return Err(Error::Protocol(format!("{}: its content does not match its hash", attachment.name)));
        }
        Ok(Some(out))
    }

    /// Reports and input in the shown forum, newest first, filtered. Organizers see every
    /// submission; others see those shared with all participants, and their own.
    pub fn submissions(&self, filter: &SubmissionFilter) -> Result<Vec<SubmissionItem>, Error> {
        let forum = self.forum_or_default(None)?;
        crate::reports::list(self.store.conn(), &forum, &self.key.public(), filter)
    }

    /// One report, in full.
    pub fn report(&self, id: &str) -> Result<ReportView, Error> {
        let forum = self.forum_or_default(None)?;
        crate::reports::report_view(self.store.conn(), &forum, &self.key.public(), id)
    }

    fn disclosure_for(&self, choice: AttributionChoice) -> Result<Option<Disclosure>, Error> {
        let me = self.identity_details()?;
        let group = me.group.as_deref().and_then(|g| g.parse().ok());
        Ok(match choice {
            AttributionChoice::Pseudonym => None,
            AttributionChoice::GroupAndRegion => Some(Disclosure { group, region: me.region, ..Disclosure::default() }),
            AttributionChoice::Name => {
                Some(Disclosure { group, region: me.region, name: me.name, affiliation: me.affiliation })
            }
        }
        .filter(|d| *d != Disclosure::default()))
    }
}

fn parse_group(value: &str) -> Result<GroupId, Error> {
    value.parse().map_err(|_| Error::Invalid { field: "group".into(), message: format!("'{value}' is not a group") })
}

fn parse_target(kind: &str, id: &str) -> Result<Submission, Error> {
    let bad = || Error::Invalid { field: "target".into(), message: format!("'{kind}/{id}' is not a submission") };
    Ok(match kind {
        "input" => Submission::Input { id: id.parse().map_err(|_| bad())? },
        "report" => Submission::Report { id: id.parse().map_err(|_| bad())? },
        _ => return Err(bad()),
    })
}

// ---- views ----------------------------------------------------------------------------------

/// A group this device belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupView {
    /// Its id.
    pub id: String,
    /// The organization's name.
    pub name: String,
    /// How many devices are members.
    pub members: u32,
}

/// What organizers filter submissions by; empty fields match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SubmissionFilter {
    /// `report` or `input`.
    pub kind: Option<String>,
    /// A report status.
    pub status: Option<String>,
    /// An ISO 3166-1 alpha-2 country.
    pub country: Option<String>,
    /// A report severity.
    pub severity: Option<String>,
    /// A priority an input concerns.
    pub priority: Option<String>,
    /// A triage state (`new` for never triaged).
    pub triage: Option<String>,
}

/// A submission in the organizers' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SubmissionItem {
    /// `report` or `input`.
    pub kind: String,
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// A report's status; `withdrawn` or `submitted` for an input.
    pub status: String,
    /// A report's severity.
    pub severity: Option<String>,
    /// A report's TLP marking.
    pub tlp: Option<String>,
    /// A report's date of occurrence.
    pub date_occurred: Option<String>,
    /// A report's countries.
    pub countries: Vec<String>,
    /// The priorities an input concerns, by number.
    pub priorities: Vec<String>,
    /// The triage state (`new` when never triaged).
    pub triage: String,
    /// Who submitted it, as this viewer may see them.
    pub author: AuthorLabel,
    /// The group's name, where its attribution allows.
    pub group: Option<String>,
    /// How many endorsements it has.
    pub endorsements: u32,
    /// How many files are attached.
    pub attachments: u32,
    /// When it last changed.
    #[ts(type = "number")]
    pub updated_ms: u64,
    /// For what this device submitted, where its latest version stands: `ready` (waiting to
    /// be sent), `sent` or `rejected` (refused by the server); none for what came from others.
    pub delivery: Option<String>,
    /// For the author's own input that organizers hid: why. Hidden input is left out of
    /// everyone else's list, organizers' included, as hidden comments are; reports cannot be hidden.
    pub hidden_reason: Option<String>,
}

/// A report, in full.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportView {
    /// Its id.
    pub id: String,
    /// Its fields, with the report's wire names.
    #[ts(type = "Record<string, unknown>")]
    pub report: serde_json::Value,
    /// Its description as sanitized HTML.
    pub description_html: String,
    /// Files attached.
    pub attachments: Vec<AttachmentView>,
    /// Who filed it, as this viewer may see them.
    pub author: AuthorLabel,
    /// The group's name, where the report's attribution allows.
    pub group: Option<String>,
    /// The triage state (organizers see it; `new` when never triaged).
    pub triage: String,
    /// The organizers' triage note, if any.
    pub triage_note: Option<String>,
    /// How many endorsements it has.
    pub endorsements: u32,
    /// Whether this user may change or withdraw it.
    pub mine: bool,
}

fn is_organizer(conn: &Connection, forum: &ForumId, key: &PublicKey) -> Result<bool, Error> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM participants WHERE forum_id = ?1 AND key = ?2 AND role = 'organizer'",
            params![&forum.as_bytes()[..], &key.0[..]],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn key_from(bytes: Vec<u8>) -> PublicKey {
    PublicKey(<[u8; 32]>::try_from(bytes).unwrap_or([0; 32]))
}

fn report_choice(attribution: &str) -> AttributionChoice {
    match attribution {
        "public" | "consented" => AttributionChoice::Name,
        _ => AttributionChoice::Pseudonym,
    }
}

pub(crate) fn list(
    conn: &Connection,
    forum: &ForumId,
    me: &PublicKey,
    f: &SubmissionFilter,
) -> Result<Vec<SubmissionItem>, Error> {
    let organizer = is_organizer(conn, forum, me)?;
    let numbers = crate::query::priority_numbers(conn, forum)?;
    let mut out = Vec::new();
    if f.kind.as_deref() != Some("input") {
        let mut stmt = conn.prepare_cached(
            "SELECT r.id, r.title, r.status, r.severity, r.tlp, r.date_occurred, r.countries, r.author, r.content,
                    coalesce(t.state, 'new'), g.name, r.attachments, r.content_hlc,
                    (SELECT count(*) FROM endorsements e WHERE e.target_kind = 'report' AND e.target_id = r.id),
                    (SELECT CASE WHEN o.rejected IS NOT NULL THEN 'rejected'
                                 WHEN o.sent_ms IS NOT NULL THEN 'sent' ELSE 'ready' END
                     FROM records rec JOIN outbox o ON o.record_hash = rec.hash
                     WHERE rec.forum_id = r.forum_id AND rec.id = r.content_record)
             FROM reports r LEFT JOIN triage t ON t.target_kind = 'report' AND t.target_id = r.id
             LEFT JOIN groups g ON g.id = r.group_id
             WHERE r.forum_id = ?1 ORDER BY r.content_hlc DESC",
        )?;
        let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, Vec<u8>>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, Option<String>>(10)?,
                r.get::<_, String>(11)?,
                r.get::<_, i64>(12)?,
                r.get::<_, u32>(13)?,
                r.get::<_, Option<String>>(14)?,
            ))
        })?;
        for row in rows {
            let (
                id,
                title,
                status,
                severity,
                tlp,
                date,
                countries,
                author,
                content,
                triage,
                group,
                attachments,
                hlc,
                endorsements,
                delivery,
            ) = row?;
            let author = key_from(author);
            let restricted = matches!(tlp.as_str(), "AMBER" | "AMBER+STRICT" | "RED");
            if restricted && !organizer && author != *me {
                continue;
            }
            let countries: Vec<String> = serde_json::from_str(&countries).unwrap_or_default();
            let attribution = serde_json::from_str::<serde_json::Value>(&content)
                .ok()
                .and_then(|v| v.get("attribution").and_then(|a| a.as_str().map(str::to_owned)))
                .unwrap_or_default();
            let choice = report_choice(&attribution);
            if f.status.as_ref().is_some_and(|s| *s != status)
                || f.severity.as_ref().is_some_and(|s| *s != severity)
                || f.country.as_ref().is_some_and(|c| !countries.contains(c))
                || f.triage.as_ref().is_some_and(|t| *t != triage)
                || f.priority.is_some()
            {
                continue;
            }
            out.push(SubmissionItem {
                kind: "report".into(),
                id: uuid_text(id),
                title,
                status,
                severity: Some(severity),
                tlp: Some(tlp),
                date_occurred: Some(date),
                countries,
                priorities: Vec::new(),
                triage: if organizer { triage } else { String::new() },
                author: author_label(Audience::Participant(me), forum, &author, choice, None),
                group: group.filter(|_| choice == AttributionChoice::Name),
                endorsements,
                attachments: serde_json::from_str::<Vec<serde_json::Value>>(&attachments)
                    .map(|a| a.len() as u32)
                    .unwrap_or(0),
                updated_ms: Hlc(hlc as u64).unix_ms(),
                delivery,
                hidden_reason: None,
            });
        }
    }
    if f.kind.as_deref() != Some("report") && f.status.is_none() && f.severity.is_none() && f.country.is_none() {
        let mut stmt = conn.prepare_cached(
            "SELECT i.id, i.title, i.withdrawn, i.priorities, i.author, i.attribution, i.disclosed,
                    coalesce(t.state, 'new'), g.name, i.attachments, i.content_hlc,
                    (SELECT count(*) FROM endorsements e WHERE e.target_kind = 'input' AND e.target_id = i.id),
                    (SELECT CASE WHEN o.rejected IS NOT NULL THEN 'rejected'
                                 WHEN o.sent_ms IS NOT NULL THEN 'sent' ELSE 'ready' END
                     FROM records rec JOIN outbox o ON o.record_hash = rec.hash
                     WHERE rec.forum_id = i.forum_id AND rec.id = i.content_record),
                    m.reason
             FROM inputs i LEFT JOIN triage t ON t.target_kind = 'input' AND t.target_id = i.id
             LEFT JOIN groups g ON g.id = i.group_id
             LEFT JOIN moderation m ON m.target_kind = 'input' AND m.target_id = i.id
             WHERE i.forum_id = ?1 AND (m.reason IS NULL OR i.author = ?2) ORDER BY i.content_hlc DESC",
        )?;
        let rows = stmt.query_map(params![&forum.as_bytes()[..], &me.0[..]], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Vec<u8>>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, Option<String>>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, i64>(10)?,
                r.get::<_, u32>(11)?,
                r.get::<_, Option<String>>(12)?,
                r.get::<_, Option<String>>(13)?,
            ))
        })?;
        for row in rows {
            let (
                id,
                title,
                withdrawn,
                priorities,
                author,
                attribution,
                disclosed,
                triage,
                group,
                attachments,
                hlc,
                endorsements,
                delivery,
                hidden_reason,
            ) = row?;
            let priorities: Vec<String> = serde_json::from_str(&priorities).unwrap_or_default();
            if f.priority.as_ref().is_some_and(|p| !priorities.contains(p))
                || f.triage.as_ref().is_some_and(|t| *t != triage)
            {
                continue;
            }
            let choice: AttributionChoice = attribution.parse().unwrap_or(AttributionChoice::Pseudonym);
            let disclosed: Option<Disclosure> = disclosed.and_then(|d| serde_json::from_str(&d).ok());
            out.push(SubmissionItem {
                kind: "input".into(),
                id: uuid_text(id),
                title,
                status: if withdrawn { "withdrawn" } else { "submitted" }.into(),
                severity: None,
                tlp: None,
                date_occurred: None,
                countries: Vec::new(),
                priorities: priorities.iter().filter_map(|p| numbers.get(p).cloned()).collect(),
                triage: if organizer { triage } else { String::new() },
                author: author_label(Audience::Participant(me), forum, &key_from(author), choice, disclosed.as_ref()),
                group: group.filter(|_| choice == AttributionChoice::Name),
                endorsements,
                attachments: serde_json::from_str::<Vec<serde_json::Value>>(&attachments)
                    .map(|a| a.len() as u32)
                    .unwrap_or(0),
                updated_ms: Hlc(hlc as u64).unix_ms(),
                delivery,
                hidden_reason,
            });
        }
    }
    out.sort_by_key(|i| std::cmp::Reverse(i.updated_ms));
    Ok(out)
}

pub(crate) fn report_view(conn: &Connection, forum: &ForumId, me: &PublicKey, id: &str) -> Result<ReportView, Error> {
    let report: ReportId = id.parse().map_err(|_| Error::NotFound(format!("the report {id}")))?;
    let organizer = is_organizer(conn, forum, me)?;
    let row: Option<ReportRow> = conn
        .query_row(
            "SELECT r.content, r.attachments, r.author, g.name, t.state, t.note,
                    (SELECT count(*) FROM endorsements e WHERE e.target_kind = 'report' AND e.target_id = r.id), r.group_id
             FROM reports r LEFT JOIN triage t ON t.target_kind = 'report' AND t.target_id = r.id
             LEFT JOIN groups g ON g.id = r.group_id WHERE r.id = ?1 AND r.forum_id = ?2",
            params![&report.as_bytes()[..], &forum.as_bytes()[..]],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)),
        )
        .optional()?;
    let (content, attachments, author, group, triage, note, endorsements, group_id) =
        row.ok_or_else(|| Error::NotFound(format!("the report {id}")))?;
    let author = key_from(author);
    let content: serde_json::Value = serde_json::from_str(&content).map_err(|e| Error::Record(e.to_string()))?;
    let tlp = content.get("tlp").and_then(|t| t.as_str()).unwrap_or("CLEAR");
    if matches!(tlp, "AMBER" | "AMBER+STRICT" | "RED") && !organizer && author != *me {
        return Err(Error::NotFound(format!("the report {id}")));
    }
    let choice = report_choice(content.get("attribution").and_then(|a| a.as_str()).unwrap_or(""));
    let mut attachments: Vec<AttachmentView> = serde_json::from_str::<Vec<Attachment>>(&attachments)
        .unwrap_or_default()
        .into_iter()
        .map(|a| AttachmentView {
            hash: a.hash,
            name: a.name,
            media_type: a.media_type,
            size: a.size,
            chunks: a.chunks,
            available: false,
        })
        .collect();
    for a in attachments.iter_mut() {
        a.available =
            a.chunks.iter().all(|c| conn.query_row("SELECT 1 FROM blobs WHERE hash = ?1", [c], |_| Ok(())).is_ok());
    }
    let mine = author == *me || group_id.is_some_and(|g| is_member(conn, &g, me).unwrap_or(false));
    Ok(ReportView {
        id: report.to_string(),
        description_html: crate::markdown::render(content.get("description").and_then(|d| d.as_str()).unwrap_or("")),
        report: content,
        attachments,
        author: author_label(Audience::Participant(me), forum, &author, choice, None),
        group: group.filter(|_| choice == AttributionChoice::Name),
        triage: if organizer { triage.unwrap_or_else(|| "new".into()) } else { String::new() },
        triage_note: note.filter(|_| organizer),
        endorsements,
        mine,
    })
}

fn pretty(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
