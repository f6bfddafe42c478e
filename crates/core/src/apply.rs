//! Applying records to the store. The materialized tables are a pure function of the set of
//! applied records: the same records in any order, any number of times, give the same rows.
//! That is what lets devices and servers exchange records in whatever order a broken link
//! delivers them.
//!
//! How order independence is kept:
//! - a record is identified by its hash, so a duplicate is a no-op;
//! - a record that refers to something not yet here (a section before its forum), or whose
//!   author is not (yet) an organizer, waits, and is retried after every batch;
//! - where two records set the same thing (a section's title), the one with the later
//!   (timestamp, record id) wins, whichever arrived first;
//! - which revision is current is decided the same way.

use crate::{Error, search};
use plenary_proto::Disclosure;
use plenary_proto::record::{
    AmendmentPut, CommentPut, ForumCreate, PositionPut, PriorityCreate, Retract, RevisionCreate, SectionPut, Target,
};
use plenary_proto::{Body, PriorityId, Record, RecordError, RevisionId, Role};
use rusqlite::{OptionalExtension, Transaction, params};

/// What became of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Materialized.
    Applied,
    /// Already here; nothing changed.
    Duplicate,
    /// Kept, but waits for what it refers to, or for its author to be allowed to write it.
    Waiting(String),
    /// A kind this version cannot read: kept to pass on, not applied.
    Unknown,
    /// Refused and not stored: the reason says why.
    Refused(RecordError),
}

/// Why a record cannot be materialized now.
pub(crate) enum Hold {
    /// It may apply later, once what it needs has arrived.
    Wait(String),
    /// It can never apply.
    Refuse(String),
}

/// Applies `records` in one go (the caller's transaction), then retries every waiting record
/// until none makes progress. Returns one outcome per input record, in input order (a record
/// that waited and then applied within the batch reports `Applied`).
pub fn apply_records(tx: &Transaction<'_>, records: &[Record]) -> Result<Vec<Outcome>, Error> {
    let mut outcomes = Vec::with_capacity(records.len());
    for record in records {
        outcomes.push(apply_one(tx, record)?);
    }
    let resolved = retry_waiting(tx)?;
    for (record, outcome) in records.iter().zip(outcomes.iter_mut()) {
        if matches!(outcome, Outcome::Waiting(_)) && resolved.contains(&record.hash().0) {
            *outcome = Outcome::Applied;
        }
    }
    Ok(outcomes)
}

fn apply_one(tx: &Transaction<'_>, record: &Record) -> Result<Outcome, Error> {
    let hash = record.hash();
    let known: bool =
        tx.query_row("SELECT 1 FROM records WHERE hash = ?1", [&hash.0[..]], |_| Ok(true)).optional()?.is_some();
    if known {
        return Ok(Outcome::Duplicate);
    }
    let taken: bool = tx
        .query_row(
            "SELECT 1 FROM records WHERE forum_id = ?1 AND id = ?2",
            params![&record.forum.as_bytes()[..], &record.id.as_bytes()[..]],
            |_| Ok(true),
        )
        .optional()?
        .is_some();
    if taken {
        return Ok(Outcome::Refused(RecordError::Malformed(format!(
            "another record in this forum already has the id {}",
            record.id
        ))));
    }
    let body = match record.verify() {
        Ok(body) => Some(body),
        Err(RecordError::UnknownKind(_)) => None,
        Err(e) => return Ok(Outcome::Refused(e)),
    };
    let kind = body.as_ref().map_or_else(|| kind_of(&record.payload), |b| b.kind().to_owned());
    tx.execute(
        "INSERT INTO records (hash, id, forum_id, hlc, author, kind, payload, signature, state)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            &hash.0[..],
            &record.id.as_bytes()[..],
            &record.forum.as_bytes()[..],
            record.hlc.0 as i64,
            &record.author.0[..],
            kind,
            &record.payload,
            &record.signature[..],
            if body.is_some() { "waiting" } else { "unknown" },
        ],
    )?;
    // Who may receive the record follows from the record alone: a report marked TLP AMBER or
    // RED, and organizers' triage, go to organizers only.
    let audience = match &body {
        Some(Body::ReportPut(r)) if r.content.tlp.organizers_only() => "organizers",
        Some(Body::TriagePut(_)) => "organizers",
        _ => "all",
    };
    tx.execute(
        "INSERT INTO record_log (hash, forum_id, audience) VALUES (?1, ?2, ?3)",
        params![&hash.0[..], &record.forum.as_bytes()[..], audience],
    )?;
    let Some(body) = body else {
        return Ok(Outcome::Unknown);
    };
    match materialize(tx, record, &body)? {
        Ok(()) => {
            mark(tx, &hash.0, "applied", None)?;
            Ok(Outcome::Applied)
        }
        Err(Hold::Wait(reason)) => {
            mark(tx, &hash.0, "waiting", Some(&reason))?;
            Ok(Outcome::Waiting(reason))
        }
        Err(Hold::Refuse(reason)) => {
            tx.execute("DELETE FROM record_log WHERE hash = ?1", [&hash.0[..]])?;
            tx.execute("DELETE FROM records WHERE hash = ?1", [&hash.0[..]])?;
            Ok(Outcome::Refused(RecordError::Malformed(reason)))
        }
    }
}

/// The `kind` of a payload this version cannot read, for the records table.
fn kind_of(payload: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(payload)
        .ok()
        .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_owned))
        .unwrap_or_default()
}

fn mark(tx: &Transaction<'_>, hash: &[u8], state: &str, reason: Option<&str>) -> Result<(), Error> {
    tx.execute("UPDATE records SET state = ?2, reason = ?3 WHERE hash = ?1", params![hash, state, reason])?;
    Ok(())
}

/// Retries waiting records, oldest first, until a full pass applies nothing. Returns the
/// hashes of the records that applied.
fn retry_waiting(tx: &Transaction<'_>) -> Result<Vec<[u8; 32]>, Error> {
    let mut applied = Vec::new();
    loop {
        let waiting = load_waiting(tx)?;
        let mut progress = false;
        for record in waiting {
            let hash = record.hash().0;
            // Stored records were verified on the way in; re-reading the body cannot fail
            // unless the row was tampered with, and then it must not apply.
            let Ok(body) = Body::from_payload(&record.payload) else {
                continue;
            };
            match materialize(tx, &record, &body)? {
                Ok(()) => {
                    mark(tx, &hash, "applied", None)?;
                    applied.push(hash);
                    progress = true;
                }
                Err(Hold::Wait(reason)) => mark(tx, &hash, "waiting", Some(&reason))?,
                Err(Hold::Refuse(reason)) => mark(tx, &hash, "waiting", Some(&reason))?,
            }
        }
        if !progress {
            return Ok(applied);
        }
    }
}

fn load_waiting(tx: &Transaction<'_>) -> Result<Vec<Record>, Error> {
    let mut stmt = tx.prepare(
        "SELECT id, forum_id, hlc, author, payload, signature FROM records
         WHERE state = 'waiting' ORDER BY hlc, hash",
    )?;
    let rows = stmt.query_map([], crate::query::record_from_row)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

pub(crate) type Materialized = Result<(), Hold>;

fn materialize(tx: &Transaction<'_>, record: &Record, body: &Body) -> Result<Materialized, Error> {
    if !matches!(body, Body::ForumCreate(_))
        && let Err(hold) = role_check(tx, record, body)?
    {
        return Ok(Err(hold));
    }
    let done = match body {
        Body::ForumCreate(f) => forum_create(tx, record, f),
        Body::SectionPut(s) => section_put(tx, record, s),
        Body::PriorityCreate(p) => priority_create(tx, record, p),
        Body::RevisionCreate(r) => revision_create(tx, record, r),
        Body::CommentPut(c) => comment_put(tx, record, c),
        Body::AmendmentPut(a) => amendment_put(tx, record, a),
        Body::PositionPut(p) => position_put(tx, record, p),
        Body::Retract(r) => retract(tx, record, r),
        Body::ParticipantPut(p) => {
            tx.execute(
                "INSERT OR IGNORE INTO participants (forum_id, key, role) VALUES (?1, ?2, ?3)",
                params![&record.forum.as_bytes()[..], &p.key.0[..], p.role.to_string()],
            )?;
            Ok(Ok(()))
        }
        Body::TranslationPut(t) => crate::translation::apply_put(tx, record, t),
        Body::TranslationReview(r) => crate::translation::apply_review(tx, record, r),
        Body::GlossaryConcept(c) => crate::translation::apply_concept(tx, record, c),
        Body::GlossaryEntry(e) => crate::translation::apply_entry(tx, record, e),
        Body::ReportPut(r) => crate::reports::apply_report(tx, record, r),
        Body::InputPut(i) => crate::reports::apply_input(tx, record, i),
        Body::GroupPut(g) => crate::reports::apply_group(tx, record, g),
        Body::GroupMember(m) => crate::reports::apply_member(tx, record, m),
        Body::EndorsementPut(e) => crate::reports::apply_endorsement(tx, record, e),
        Body::TriagePut(t) => crate::reports::apply_triage(tx, record, t),
        Body::AmendmentDecide(d) => crate::consolidate::apply_decision(tx, record, d),
        Body::ModerationHide(m) => crate::consolidate::apply_hide(tx, record, m),
        Body::ForumPhase(f) => crate::consolidate::apply_phase(tx, record, f),
    }?;
    if done.is_ok() {
        reindex(tx, body)?;
    }
    Ok(done)
}

/// Brings the search index in step with what `body` changed, from the tables' current state
/// (so the index, too, does not depend on the order records came in).
fn reindex(tx: &Transaction<'_>, body: &Body) -> Result<(), Error> {
    match body {
        Body::RevisionCreate(r) => {
            let row: Option<(Vec<u8>, String, String)> = tx
                .query_row(
                    "SELECT p.forum_id, r.title, r.body FROM priorities p JOIN revisions r ON r.id = p.current_revision
                     WHERE p.id = ?1",
                    [&r.priority.as_bytes()[..]],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                )
                .optional()?;
            if let Some((forum, title, text)) = row {
                let id = &r.priority.as_bytes()[..];
                search::index(tx, "priority", id, &forum, id, &title, &text)?;
            }
        }
        Body::CommentPut(CommentPut { comment: id, .. })
        | Body::Retract(Retract { target: Target::Comment { id } }) => {
            let row: Option<(Vec<u8>, Vec<u8>, String, bool)> = tx
                .query_row(
                    "SELECT forum_id, priority_id, body, retracted FROM comments WHERE id = ?1",
                    [&id.as_bytes()[..]],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
                )
                .optional()?;
            match row {
                Some((forum, priority, text, false)) => {
                    search::index(tx, "comment", &id.as_bytes()[..], &forum, &priority, "", &text)?
                }
                _ => search::unindex(tx, "comment", &id.as_bytes()[..])?,
            }
        }
        Body::AmendmentPut(AmendmentPut { amendment: id, .. }) => {
            let row: Option<(Vec<u8>, Vec<u8>, String, String)> = tx
                .query_row(
                    "SELECT forum_id, priority_id, title, body || char(10) || char(10) || rationale
                     FROM amendments WHERE id = ?1",
                    [&id.as_bytes()[..]],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
                )
                .optional()?;
            if let Some((forum, priority, title, text)) = row {
                search::index(tx, "amendment", &id.as_bytes()[..], &forum, &priority, &title, &text)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Whether the forum exists and the record's author has a role there that allows `body`.
fn role_check(tx: &Transaction<'_>, record: &Record, body: &Body) -> Result<Materialized, Error> {
    let forum_exists = tx
        .query_row("SELECT 1 FROM forums WHERE id = ?1", [&record.forum.as_bytes()[..]], |_| Ok(()))
        .optional()?
        .is_some();
    if !forum_exists {
        return Ok(Err(Hold::Wait("its forum has not arrived yet".into())));
    }
    let mut stmt = tx.prepare_cached("SELECT role FROM participants WHERE forum_id = ?1 AND key = ?2")?;
    let roles: Vec<String> = stmt
        .query_map(params![&record.forum.as_bytes()[..], &record.author.0[..]], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let what = match body {
        Body::SectionPut(_) => "change sections",
        Body::ParticipantPut(_) => "admit participants",
        Body::TranslationPut(_) | Body::GlossaryConcept(_) | Body::GlossaryEntry(_) => "translate",
        Body::TranslationReview(_) => "approve translations",
        Body::GroupPut(_) | Body::GroupMember(_) | Body::EndorsementPut(_) => "act for a group",
        Body::TriagePut(_) => "triage submissions",
        Body::AmendmentDecide(_) => "decide on amendments",
        Body::ModerationHide(_) => "moderate",
        Body::ForumPhase(_) => "change the forum's phase",
        Body::PriorityCreate(_) => "add priorities",
        Body::RevisionCreate(_) => "revise priorities",
        _ => "contribute",
    };
    Ok(if roles.iter().filter_map(|r| r.parse::<Role>().ok()).any(|r| body.allowed_for(r)) {
        Ok(())
    } else if roles.is_empty() {
        Err(Hold::Wait(format!("its author has not joined this forum, so may not {what}")))
    } else if !body.allowed_for(Role::Delegate) {
        Err(Hold::Wait(format!("only {} may {what}", allowed_roles(body))))
    } else {
        Err(Hold::Wait(format!("its author's role may not {what}")))
    })
}

/// The roles that may write `body`, for a refusal: "organizers", "organizers and reviewers".
fn allowed_roles(body: &Body) -> String {
    const ALL: [(Role, &str); 6] = [
        (Role::Organizer, "organizers"),
        (Role::Delegate, "delegates"),
        (Role::CivilSociety, "civil-society groups"),
        (Role::Translator, "translators"),
        (Role::Reviewer, "reviewers"),
        (Role::Observer, "observers"),
    ];
    let names: Vec<&str> = ALL.iter().filter(|(r, _)| body.allowed_for(*r)).map(|(_, n)| *n).collect();
    match names.as_slice() {
        [] => "nobody".into(),
        [one] => (*one).into(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn forum_create(tx: &Transaction<'_>, record: &Record, f: &ForumCreate) -> Result<Materialized, Error> {
    let exists: bool = tx
        .query_row("SELECT 1 FROM forums WHERE id = ?1", [&record.forum.as_bytes()[..]], |_| Ok(true))
        .optional()?
        .is_some();
    if exists {
        return Ok(Err(Hold::Refuse("this forum has already been created".into())));
    }
    let languages = serde_json::to_string(&f.languages).unwrap_or_else(|_| "[]".into());
    tx.execute(
        "INSERT INTO forums (id, record_hash, created_by, hlc, title, language, languages, attribution, phase,
                             preamble_title, preamble, about_title, about)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            &record.forum.as_bytes()[..],
            &record.hash().0[..],
            &record.author.0[..],
            record.hlc.0 as i64,
            f.title,
            f.language.as_str(),
            languages,
            f.attribution.to_string(),
            f.phase.to_string(),
            f.preamble.as_ref().map(|p| &p.title),
            f.preamble.as_ref().map(|p| &p.body),
            f.about.as_ref().map(|p| &p.title),
            f.about.as_ref().map(|p| &p.body),
        ],
    )?;
    tx.execute(
        "INSERT INTO participants (forum_id, key, role) VALUES (?1, ?2, ?3)",
        params![&record.forum.as_bytes()[..], &record.author.0[..], Role::Organizer.to_string()],
    )?;
    Ok(Ok(()))
}

fn section_put(tx: &Transaction<'_>, record: &Record, s: &SectionPut) -> Result<Materialized, Error> {
    let existing: Option<(Vec<u8>, i64, Vec<u8>)> = tx
        .query_row("SELECT forum_id, hlc, record_id FROM sections WHERE id = ?1", [&s.section.as_bytes()[..]], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    match existing {
        Some((forum, _, _)) if forum != record.forum.as_bytes() => {
            Ok(Err(Hold::Refuse("the section belongs to another forum".into())))
        }
        Some((_, hlc, record_id)) => {
            // Last writer wins, by (timestamp, record id): the same winner in every store.
            if (record.hlc.0 as i64, &record.id.as_bytes()[..]) > (hlc, &record_id[..]) {
                tx.execute(
                    "UPDATE sections SET slug = ?2, position = ?3, title = ?4, hlc = ?5, record_id = ?6 WHERE id = ?1",
                    params![
                        &s.section.as_bytes()[..],
                        s.slug,
                        s.position,
                        s.title,
                        record.hlc.0 as i64,
                        &record.id.as_bytes()[..]
                    ],
                )?;
            }
            Ok(Ok(()))
        }
        None => {
            tx.execute(
                "INSERT INTO sections (id, forum_id, slug, position, title, hlc, record_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    &s.section.as_bytes()[..],
                    &record.forum.as_bytes()[..],
                    s.slug,
                    s.position,
                    s.title,
                    record.hlc.0 as i64,
                    &record.id.as_bytes()[..]
                ],
            )?;
            Ok(Ok(()))
        }
    }
}

fn priority_create(tx: &Transaction<'_>, record: &Record, p: &PriorityCreate) -> Result<Materialized, Error> {
    let section_forum: Option<Vec<u8>> = tx
        .query_row("SELECT forum_id FROM sections WHERE id = ?1", [&p.section.as_bytes()[..]], |r| r.get(0))
        .optional()?;
    match section_forum {
        None => return Ok(Err(Hold::Wait("its section has not arrived yet".into()))),
        Some(forum) if forum != record.forum.as_bytes() => {
            return Ok(Err(Hold::Refuse("the section belongs to another forum".into())));
        }
        Some(_) => {}
    }
    let exists: bool = tx
        .query_row("SELECT 1 FROM priorities WHERE id = ?1", [&p.priority.as_bytes()[..]], |_| Ok(true))
        .optional()?
        .is_some();
    if exists {
        return Ok(Err(Hold::Refuse("this priority has already been created".into())));
    }
    tx.execute(
        "INSERT INTO priorities (id, forum_id, section_id, slug, position, hlc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            &p.priority.as_bytes()[..],
            &record.forum.as_bytes()[..],
            &p.section.as_bytes()[..],
            p.slug,
            p.position,
            record.hlc.0 as i64
        ],
    )?;
    Ok(Ok(()))
}

fn revision_create(tx: &Transaction<'_>, record: &Record, r: &RevisionCreate) -> Result<Materialized, Error> {
    let priority_forum: Option<Vec<u8>> = tx
        .query_row("SELECT forum_id FROM priorities WHERE id = ?1", [&r.priority.as_bytes()[..]], |row| row.get(0))
        .optional()?;
    match priority_forum {
        None => return Ok(Err(Hold::Wait("its priority has not arrived yet".into()))),
        Some(forum) if forum != record.forum.as_bytes() => {
            return Ok(Err(Hold::Refuse("the priority belongs to another forum".into())));
        }
        Some(_) => {}
    }
    for parent in &r.parents {
        let parent_priority: Option<Vec<u8>> = tx
            .query_row("SELECT priority_id FROM revisions WHERE id = ?1", [&parent.as_bytes()[..]], |row| row.get(0))
            .optional()?;
        match parent_priority {
            None => {
                return Ok(Err(Hold::Wait("a revision it follows has not arrived yet".into())));
            }
            Some(p) if p != r.priority.as_bytes() => {
                return Ok(Err(Hold::Refuse("it follows a revision of another priority".into())));
            }
            Some(_) => {}
        }
    }
    let exists: bool = tx
        .query_row("SELECT 1 FROM revisions WHERE id = ?1", [&r.revision.as_bytes()[..]], |_| Ok(true))
        .optional()?
        .is_some();
    if exists {
        return Ok(Err(Hold::Refuse("this revision has already been created".into())));
    }
    let parents: Vec<String> = r.parents.iter().map(ToString::to_string).collect();
    tx.execute(
        "INSERT INTO revisions (id, priority_id, record_hash, author, hlc, title, body, language, note, parents)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            &r.revision.as_bytes()[..],
            &r.priority.as_bytes()[..],
            &record.hash().0[..],
            &record.author.0[..],
            record.hlc.0 as i64,
            r.title,
            r.body,
            r.language.as_str(),
            r.note,
            serde_json::to_string(&parents).unwrap_or_else(|_| "[]".into()),
        ],
    )?;
    // The current revision is the latest by (timestamp, id), whatever order they came in.
    tx.execute(
        "UPDATE priorities SET current_revision = (
             SELECT id FROM revisions WHERE priority_id = ?1 ORDER BY hlc DESC, id DESC LIMIT 1)
         WHERE id = ?1",
        [&r.priority.as_bytes()[..]],
    )?;
    Ok(Ok(()))
}

/// Whether `(hlc, id)` of `record` is later than the stored winner's. Every "latest wins"
/// decision goes through here, so all stores pick the same winner.
pub(crate) fn is_newer(record: &Record, hlc: i64, record_id: &[u8]) -> bool {
    (record.hlc.0 as i64, &record.id.as_bytes()[..]) > (hlc, record_id)
}

/// Checks that `priority` is in the record's forum and, if given, that `revision` is one of
/// its revisions.
fn priority_and_revision(
    tx: &Transaction<'_>,
    record: &Record,
    priority: &PriorityId,
    revision: Option<&RevisionId>,
) -> Result<Materialized, Error> {
    let forum: Option<Vec<u8>> = tx
        .query_row("SELECT forum_id FROM priorities WHERE id = ?1", [&priority.as_bytes()[..]], |r| r.get(0))
        .optional()?;
    match forum {
        None => return Ok(Err(Hold::Wait("its priority has not arrived yet".into()))),
        Some(f) if f != record.forum.as_bytes() => {
            return Ok(Err(Hold::Refuse("the priority belongs to another forum".into())));
        }
        Some(_) => {}
    }
    if let Some(revision) = revision {
        let of: Option<Vec<u8>> = tx
            .query_row("SELECT priority_id FROM revisions WHERE id = ?1", [&revision.as_bytes()[..]], |r| r.get(0))
            .optional()?;
        match of {
            None => return Ok(Err(Hold::Wait("the revision it was written against has not arrived yet".into()))),
            Some(p) if p != priority.as_bytes() => {
                return Ok(Err(Hold::Refuse("it was written against a revision of another priority".into())));
            }
            Some(_) => {}
        }
    }
    Ok(Ok(()))
}

/// A stored comment's or amendment's author and winners.
struct Stored {
    author: Vec<u8>,
    /// The latest record of any kind: decides retracted / withdrawn.
    state: (i64, Vec<u8>),
    /// The latest put: decides the content.
    content: (i64, Vec<u8>),
}

fn current(tx: &Transaction<'_>, table: &str, id: &[u8]) -> Result<Option<Stored>, Error> {
    Ok(tx
        .query_row(
            &format!("SELECT author, hlc, record_id, content_hlc, content_record FROM {table} WHERE id = ?1"),
            [id],
            |r| Ok(Stored { author: r.get(0)?, state: (r.get(1)?, r.get(2)?), content: (r.get(3)?, r.get(4)?) }),
        )
        .optional()?)
}

/// After a put for `id` in `table`: keeps the earliest time, and makes the put the state
/// winner (un-retracting) if it is the latest record of all.
fn put_state(tx: &Transaction<'_>, table: &str, id: &[u8], record: &Record, stored: &Stored) -> Result<(), Error> {
    let reset = if table == "comments" { "retracted = 0" } else { "state = 'proposed'" };
    tx.execute(
        &format!("UPDATE {table} SET created_hlc = min(created_hlc, ?2) WHERE id = ?1"),
        params![id, record.hlc.0 as i64],
    )?;
    if is_newer(record, stored.state.0, &stored.state.1) {
        tx.execute(
            &format!("UPDATE {table} SET {reset}, hlc = ?2, record_id = ?3 WHERE id = ?1"),
            params![id, record.hlc.0 as i64, &record.id.as_bytes()[..]],
        )?;
    }
    Ok(())
}

fn comment_put(tx: &Transaction<'_>, record: &Record, c: &CommentPut) -> Result<Materialized, Error> {
    if let Err(hold) = priority_and_revision(tx, record, &c.priority, Some(&c.revision))? {
        return Ok(Err(hold));
    }
    let id = &c.comment.as_bytes()[..];
    let anchor = c.anchor.as_ref();
    match current(tx, "comments", id)? {
        Some(stored) if stored.author != record.author.0 => {
            Ok(Err(Hold::Wait("the comment belongs to another participant".into())))
        }
        Some(stored) => {
            put_state(tx, "comments", id, record, &stored)?;
            if is_newer(record, stored.content.0, &stored.content.1) {
                tx.execute(
                    "UPDATE comments SET priority_id = ?2, revision_id = ?3, kind = ?4, body = ?5, language = ?6,
                         attribution = ?7, anchor_exact = ?8, anchor_prefix = ?9, anchor_suffix = ?10,
                         anchor_start = ?11, content_hlc = ?12, content_record = ?13, disclosed = ?14
                     WHERE id = ?1",
                    params![
                        id,
                        &c.priority.as_bytes()[..],
                        &c.revision.as_bytes()[..],
                        c.kind.to_string(),
                        c.body,
                        c.language.as_str(),
                        c.attribution.to_string(),
                        anchor.map(|a| &a.exact),
                        anchor.map(|a| &a.prefix),
                        anchor.map(|a| &a.suffix),
                        anchor.map(|a| a.start),
                        record.hlc.0 as i64,
                        &record.id.as_bytes()[..],
                        disclosed_json(&c.disclosed),
                    ],
                )?;
            }
            Ok(Ok(()))
        }
        None => {
            tx.execute(
                "INSERT INTO comments (id, forum_id, priority_id, revision_id, author, kind, body, language, attribution,
                     anchor_exact, anchor_prefix, anchor_suffix, anchor_start, created_hlc, content_hlc, content_record,
                     hlc, record_id, disclosed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15, ?14, ?15, ?16)",
                params![
                    id,
                    &record.forum.as_bytes()[..],
                    &c.priority.as_bytes()[..],
                    &c.revision.as_bytes()[..],
                    &record.author.0[..],
                    c.kind.to_string(),
                    c.body,
                    c.language.as_str(),
                    c.attribution.to_string(),
                    anchor.map(|a| &a.exact),
                    anchor.map(|a| &a.prefix),
                    anchor.map(|a| &a.suffix),
                    anchor.map(|a| a.start),
                    record.hlc.0 as i64,
                    &record.id.as_bytes()[..],
                    disclosed_json(&c.disclosed),
                ],
            )?;
            Ok(Ok(()))
        }
    }
}

fn amendment_put(tx: &Transaction<'_>, record: &Record, a: &AmendmentPut) -> Result<Materialized, Error> {
    if let Err(hold) = priority_and_revision(tx, record, &a.priority, Some(&a.base))? {
        return Ok(Err(hold));
    }
    let id = &a.amendment.as_bytes()[..];
    match current(tx, "amendments", id)? {
        Some(stored) if stored.author != record.author.0 => {
            Ok(Err(Hold::Wait("the amendment belongs to another participant".into())))
        }
        Some(stored) => {
            put_state(tx, "amendments", id, record, &stored)?;
            if is_newer(record, stored.content.0, &stored.content.1) {
                tx.execute(
                    "UPDATE amendments SET priority_id = ?2, base_id = ?3, title = ?4, body = ?5, rationale = ?6,
                         language = ?7, attribution = ?8, content_hlc = ?9, content_record = ?10, disclosed = ?11
                     WHERE id = ?1",
                    params![
                        id,
                        &a.priority.as_bytes()[..],
                        &a.base.as_bytes()[..],
                        a.title,
                        a.body,
                        a.rationale,
                        a.language.as_str(),
                        a.attribution.to_string(),
                        record.hlc.0 as i64,
                        &record.id.as_bytes()[..],
                        disclosed_json(&a.disclosed),
                    ],
                )?;
            }
            Ok(Ok(()))
        }
        None => {
            tx.execute(
                "INSERT INTO amendments (id, forum_id, priority_id, base_id, author, title, body, rationale, language,
                     attribution, state, created_hlc, content_hlc, content_record, hlc, record_id, disclosed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'proposed', ?11, ?11, ?12, ?11, ?12, ?13)",
                params![
                    id,
                    &record.forum.as_bytes()[..],
                    &a.priority.as_bytes()[..],
                    &a.base.as_bytes()[..],
                    &record.author.0[..],
                    a.title,
                    a.body,
                    a.rationale,
                    a.language.as_str(),
                    a.attribution.to_string(),
                    record.hlc.0 as i64,
                    &record.id.as_bytes()[..],
                    disclosed_json(&a.disclosed),
                ],
            )?;
            Ok(Ok(()))
        }
    }
}

/// Sets (or, with `stance` None, clears) the author's position on a priority if `record` is
/// later than what is stored.
fn set_position(
    tx: &Transaction<'_>,
    record: &Record,
    priority: &PriorityId,
    stance: Option<String>,
    reason: Option<&str>,
    attribution: String,
    disclosed: Option<String>,
) -> Result<(), Error> {
    let stored: Option<(i64, Vec<u8>)> = tx
        .query_row(
            "SELECT hlc, record_id FROM positions WHERE priority_id = ?1 AND author = ?2",
            params![&priority.as_bytes()[..], &record.author.0[..]],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if stored.is_none_or(|(hlc, record_id)| is_newer(record, hlc, &record_id)) {
        tx.execute(
            "INSERT INTO positions (priority_id, author, forum_id, stance, reason, attribution, hlc, record_id, disclosed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (priority_id, author) DO UPDATE SET stance = excluded.stance, reason = excluded.reason,
                 attribution = excluded.attribution, hlc = excluded.hlc, record_id = excluded.record_id,
                 disclosed = excluded.disclosed",
            params![
                &priority.as_bytes()[..],
                &record.author.0[..],
                &record.forum.as_bytes()[..],
                stance,
                reason,
                attribution,
                record.hlc.0 as i64,
                &record.id.as_bytes()[..],
                disclosed,
            ],
        )?;
    }
    Ok(())
}

fn position_put(tx: &Transaction<'_>, record: &Record, p: &PositionPut) -> Result<Materialized, Error> {
    if let Err(hold) = priority_and_revision(tx, record, &p.priority, None)? {
        return Ok(Err(hold));
    }
    set_position(
        tx,
        record,
        &p.priority,
        Some(p.stance.to_string()),
        p.reason.as_deref(),
        p.attribution.to_string(),
        disclosed_json(&p.disclosed),
    )?;
    Ok(Ok(()))
}

fn retract(tx: &Transaction<'_>, record: &Record, r: &Retract) -> Result<Materialized, Error> {
    let (table, id, what) = match &r.target {
        Target::Position { priority } => {
            if let Err(hold) = priority_and_revision(tx, record, priority, None)? {
                return Ok(Err(hold));
            }
            set_position(tx, record, priority, None, None, "pseudonym".into(), None)?;
            return Ok(Ok(()));
        }
        Target::Comment { id } => ("comments", id.as_bytes(), "comment"),
        Target::Amendment { id } => ("amendments", id.as_bytes(), "amendment"),
    };
    match current(tx, table, id)? {
        None => Ok(Err(Hold::Wait(format!("the {what} it takes back has not arrived yet")))),
        Some(stored) if stored.author != record.author.0 => {
            Ok(Err(Hold::Wait(format!("only its author may take back a {what}"))))
        }
        Some(stored) => {
            tx.execute(
                &format!("UPDATE {table} SET created_hlc = min(created_hlc, ?2) WHERE id = ?1"),
                params![id, record.hlc.0 as i64],
            )?;
            if is_newer(record, stored.state.0, &stored.state.1) {
                let set = if table == "comments" { "retracted = 1" } else { "state = 'withdrawn'" };
                tx.execute(
                    &format!("UPDATE {table} SET {set}, hlc = ?2, record_id = ?3 WHERE id = ?1"),
                    params![id, record.hlc.0 as i64, &record.id.as_bytes()[..]],
                )?;
            }
            Ok(Ok(()))
        }
    }
}

fn disclosed_json(d: &Option<Disclosure>) -> Option<String> {
    d.as_ref().and_then(|d| serde_json::to_string(d).ok())
}
