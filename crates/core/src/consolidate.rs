//! Consolidation: organizers decide on amendments (accept, merge, reject), hide contributions
//! with a reason, and move the forum through its phases; every decision is a signed record
//! in a public log. Accepting or merging makes the priority's next revision, which records the
//! decision and the amendments it takes up.

use crate::apply::{Hold, Materialized, is_newer};
use crate::{Error, search};
use plenary_proto::Record;
use plenary_proto::record::{AmendmentDecide, DecisionOutcome, ForumPhase, Moderated, ModerationHide};
use rusqlite::{OptionalExtension, Transaction, params};

fn outcome_name(o: DecisionOutcome) -> &'static str {
    match o {
        DecisionOutcome::Accepted => "accepted",
        DecisionOutcome::Merged => "merged",
        DecisionOutcome::Rejected => "rejected",
    }
}

pub(crate) fn apply_decision(
    tx: &Transaction<'_>,
    record: &Record,
    d: &AmendmentDecide,
) -> Result<Materialized, Error> {
    let priority = &d.priority.as_bytes()[..];
    let forum: Option<Vec<u8>> =
        tx.query_row("SELECT forum_id FROM priorities WHERE id = ?1", [priority], |r| r.get(0)).optional()?;
    match forum {
        None => return Ok(Err(Hold::Wait("its priority has not arrived yet".into()))),
        Some(f) if f != record.forum.as_bytes() => {
            return Ok(Err(Hold::Refuse("the priority belongs to another forum".into())));
        }
        Some(_) => {}
    }
    for a in &d.amendments {
        let of: Option<Vec<u8>> = tx
            .query_row("SELECT priority_id FROM amendments WHERE id = ?1", [&a.as_bytes()[..]], |r| r.get(0))
            .optional()?;
        match of {
            None => return Ok(Err(Hold::Wait("an amendment it decides on has not arrived yet".into()))),
            Some(p) if p != priority => {
                return Ok(Err(Hold::Refuse("an amendment it decides on is of another priority".into())));
            }
            Some(_) => {}
        }
    }
    if let Some(r) = &d.revision {
        let parent: Option<(Vec<u8>, String)> = tx
            .query_row("SELECT priority_id, language FROM revisions WHERE id = ?1", [&r.parent.as_bytes()[..]], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        let language = match parent {
            None => return Ok(Err(Hold::Wait("the revision it replaces has not arrived yet".into()))),
            Some((p, _)) if p != priority => {
                return Ok(Err(Hold::Refuse("the revision it replaces is of another priority".into())));
            }
            Some((_, language)) => language,
        };
        let exists = tx
            .query_row("SELECT 1 FROM revisions WHERE id = ?1", [&r.revision.as_bytes()[..]], |_| Ok(()))
            .optional()?
            .is_some();
        if exists {
            return Ok(Err(Hold::Refuse("this revision has already been created".into())));
        }
        let amendments: Vec<String> = d.amendments.iter().map(ToString::to_string).collect();
        tx.execute(
            "INSERT INTO revisions (id, priority_id, record_hash, author, hlc, title, body, language, note, parents,
                 decision, from_amendments)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                &r.revision.as_bytes()[..],
                priority,
                &record.hash().0[..],
                &record.author.0[..],
                record.hlc.0 as i64,
                r.title,
                r.body,
                language,
                d.reason,
                serde_json::to_string(&[r.parent.to_string()]).unwrap_or_default(),
                &record.id.as_bytes()[..],
                serde_json::to_string(&amendments).unwrap_or_default(),
            ],
        )?;
        tx.execute(
            "UPDATE priorities SET current_revision = (
                 SELECT id FROM revisions WHERE priority_id = ?1 ORDER BY hlc DESC, id DESC LIMIT 1)
             WHERE id = ?1",
            [priority],
        )?;
        // The index follows the current text.
        let (title, body): (String, String) = tx.query_row(
            "SELECT r.title, r.body FROM priorities p JOIN revisions r ON r.id = p.current_revision WHERE p.id = ?1",
            [priority],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        search::index(tx, "priority", priority, &record.forum.as_bytes()[..], priority, &title, &body)?;
    }
    for a in &d.amendments {
        let stored: (Option<i64>, Option<Vec<u8>>) = tx.query_row(
            "SELECT decision_hlc, decision_record FROM amendments WHERE id = ?1",
            [&a.as_bytes()[..]],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let newer = match stored {
            (Some(h), Some(rec)) => is_newer(record, h, &rec),
            _ => true,
        };
        if newer {
            tx.execute(
                "UPDATE amendments SET decision = ?2, decision_hlc = ?3, decision_record = ?4 WHERE id = ?1",
                params![&a.as_bytes()[..], outcome_name(d.outcome), record.hlc.0 as i64, &record.id.as_bytes()[..]],
            )?;
        }
    }
    let amendments: Vec<String> = d.amendments.iter().map(ToString::to_string).collect();
    tx.execute(
        "INSERT OR IGNORE INTO decisions (record_id, forum_id, priority_id, outcome, amendments, reason, revision_id,
             organizer, hlc)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            &record.id.as_bytes()[..],
            &record.forum.as_bytes()[..],
            priority,
            outcome_name(d.outcome),
            serde_json::to_string(&amendments).unwrap_or_default(),
            d.reason,
            d.revision.as_ref().map(|r| r.revision.as_bytes().to_vec()),
            &record.author.0[..],
            record.hlc.0 as i64,
        ],
    )?;
    Ok(Ok(()))
}

fn moderated_key(target: &Moderated) -> (&'static str, &'static str, [u8; 16]) {
    match target {
        Moderated::Comment { id } => ("comment", "comments", *id.as_bytes()),
        Moderated::Amendment { id } => ("amendment", "amendments", *id.as_bytes()),
        Moderated::Input { id } => ("input", "inputs", *id.as_bytes()),
    }
}

pub(crate) fn apply_hide(tx: &Transaction<'_>, record: &Record, m: &ModerationHide) -> Result<Materialized, Error> {
    let (kind, table, id) = moderated_key(&m.target);
    let forum: Option<Vec<u8>> =
        tx.query_row(&format!("SELECT forum_id FROM {table} WHERE id = ?1"), [&id[..]], |r| r.get(0)).optional()?;
    match forum {
        None => return Ok(Err(Hold::Wait("what it hides has not arrived yet".into()))),
        Some(f) if f != record.forum.as_bytes() => {
            return Ok(Err(Hold::Refuse("it hides another forum's contribution".into())));
        }
        Some(_) => {}
    }
    let stored: Option<(i64, Vec<u8>)> = tx
        .query_row(
            "SELECT hlc, record_id FROM moderation WHERE target_kind = ?1 AND target_id = ?2",
            params![kind, &id[..]],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if stored.is_none_or(|(hlc, rec)| is_newer(record, hlc, &rec)) {
        tx.execute(
            "INSERT INTO moderation (target_kind, target_id, forum_id, reason, organizer, hlc, record_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (target_kind, target_id) DO UPDATE SET reason = excluded.reason, organizer = excluded.organizer,
                 hlc = excluded.hlc, record_id = excluded.record_id",
            params![kind, &id[..], &record.forum.as_bytes()[..], m.reason, &record.author.0[..], record.hlc.0 as i64, &record.id.as_bytes()[..]],
        )?;
    }
    // Hidden contributions are not found by search.
    if kind != "input" {
        search::unindex(tx, kind, &id[..])?;
    }
    Ok(Ok(()))
}

pub(crate) fn apply_phase(tx: &Transaction<'_>, record: &Record, f: &ForumPhase) -> Result<Materialized, Error> {
    let phase = f.phase.to_string();
    tx.execute(
        "INSERT OR IGNORE INTO phase_changes (record_id, forum_id, phase, organizer, hlc) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            &record.id.as_bytes()[..],
            &record.forum.as_bytes()[..],
            phase,
            &record.author.0[..],
            record.hlc.0 as i64
        ],
    )?;
    // The forum's phase is the latest change's (by hlc, then record id).
    tx.execute(
        "UPDATE forums SET phase = (SELECT phase FROM phase_changes WHERE forum_id = ?1 ORDER BY hlc DESC, record_id DESC LIMIT 1)
         WHERE id = ?1",
        [&record.forum.as_bytes()[..]],
    )?;
    Ok(Ok(()))
}

// ---- the organizers' side ------------------------------------------------------------------

use crate::redact::{Audience, AuthorLabel, author_label, pseudonym};
use crate::view::PriorityLink;
use crate::{Profile, random_bytes};
use plenary_proto::record::NewRevision;
use plenary_proto::{AmendmentId, AttributionChoice, Body, ForumId, Hlc, Phase, PriorityId, PublicKey, RevisionId};
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// One entry of the public decision log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    /// `accepted`, `merged`, `rejected`, `hidden` or `phase`.
    pub kind: String,
    /// The priority concerned, if any.
    pub priority: Option<PriorityLink>,
    /// The amendments decided on (their titles), for amendment decisions.
    pub amendments: Vec<String>,
    /// For a hidden contribution: what kind it was (`comment`, `amendment`, `input`); never what it said.
    pub hidden_kind: Option<String>,
    /// For a phase change: the new phase.
    pub phase: Option<String>,
    /// Why, where said.
    pub reason: Option<String>,
    /// The organizer who decided, by pseudonym.
    pub organizer: String,
    /// When.
    #[ts(type = "number")]
    pub at_ms: u64,
}

/// Counts of positions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    /// Support.
    pub support: u32,
    /// Neutral.
    pub neutral: u32,
    /// Oppose.
    pub oppose: u32,
}

impl Tally {
    fn add(&mut self, stance: &str) {
        match stance {
            "support" => self.support += 1,
            "neutral" => self.neutral += 1,
            "oppose" => self.oppose += 1,
            _ => {}
        }
    }
}

/// A priority in the organizers' overview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OverviewRow {
    /// The priority.
    pub priority: PriorityLink,
    /// All positions.
    pub positions: Tally,
    /// Positions by stakeholder group, as disclosed by their authors (`undisclosed` otherwise):
    /// counts only, never names.
    pub by_group: BTreeMap<String, Tally>,
    /// Positions by UN M49 region, as disclosed (`undisclosed` otherwise).
    pub by_region: BTreeMap<String, Tally>,
    /// Visible comments by kind.
    pub comments: BTreeMap<String, u32>,
    /// Open amendments.
    pub open_amendments: u32,
    /// How contested it is: opposition and open amendments weigh most (for sorting).
    pub contention: u32,
}

impl Profile {
    /// Organizers: accepts one amendment (its text becomes the next revision), merges several
    /// into `title` and `body`, or rejects them with `reason`.
    pub fn decide_amendments(
        &mut self,
        priority: PriorityId,
        amendments: &[String],
        outcome: &str,
        reason: Option<String>,
        merged: Option<(String, String)>,
        now_ms: u64,
    ) -> Result<(), Error> {
        let outcome = match outcome {
            "accepted" => DecisionOutcome::Accepted,
            "merged" => DecisionOutcome::Merged,
            "rejected" => DecisionOutcome::Rejected,
            other => {
                return Err(Error::Invalid {
                    field: "outcome".into(),
                    message: format!("'{other}' is not accepted, merged or rejected"),
                });
            }
        };
        let ids = amendments
            .iter()
            .map(|a| {
                a.parse::<AmendmentId>().map_err(|_| Error::Invalid {
                    field: "amendments".into(),
                    message: format!("'{a}' is not an amendment"),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let conn = self.store.conn();
        let (forum, current): (Vec<u8>, Vec<u8>) = conn
            .query_row(
                "SELECT forum_id, current_revision FROM priorities WHERE id = ?1",
                [&priority.as_bytes()[..]],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("the priority {priority}")))?;
        let forum =
            ForumId::from_bytes(forum.try_into().map_err(|_| Error::Record("a stored id is malformed".into()))?);
        let parent =
            RevisionId::from_bytes(current.try_into().map_err(|_| Error::Record("a stored id is malformed".into()))?);
        let revision = match outcome {
            DecisionOutcome::Rejected => None,
            DecisionOutcome::Accepted => {
                let id = ids.first().ok_or_else(|| Error::Invalid {
                    field: "amendments".into(),
                    message: "choose the amendment to accept".into(),
                })?;
                let (title, body): (String, String) = conn
                    .query_row("SELECT title, body FROM amendments WHERE id = ?1", [&id.as_bytes()[..]], |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })
                    .optional()?
                    .ok_or_else(|| Error::NotFound("the amendment".into()))?;
                Some(NewRevision { revision: RevisionId::new_v7(now_ms, random_bytes()?), parent, title, body })
            }
            DecisionOutcome::Merged => {
                let (title, body) = merged
                    .ok_or_else(|| Error::Invalid { field: "body".into(), message: "write the merged text".into() })?;
                Some(NewRevision {
                    revision: RevisionId::new_v7(now_ms, random_bytes()?),
                    parent,
                    title: title.trim().to_owned(),
                    body: body.trim().to_owned(),
                })
            }
        };
        let body = Body::AmendmentDecide(AmendmentDecide {
            priority,
            amendments: ids,
            outcome,
            reason: reason.filter(|r| !r.trim().is_empty()),
            revision,
        });
        self.sign_record(forum, &body, now_ms, |_| Ok(()))
    }

    /// Organizers: hides a comment, amendment or input, with a reason its author will see.
    pub fn hide(&mut self, kind: &str, id: &str, reason: &str, now_ms: u64) -> Result<(), Error> {
        let bad = || Error::Invalid { field: "target".into(), message: format!("'{kind}/{id}' is not a contribution") };
        let target = match kind {
            "comment" => Moderated::Comment { id: id.parse().map_err(|_| bad())? },
            "amendment" => Moderated::Amendment { id: id.parse().map_err(|_| bad())? },
            "input" => Moderated::Input { id: id.parse().map_err(|_| bad())? },
            _ => return Err(bad()),
        };
        let forum = self.forum_or_default(None)?;
        self.sign_record(
            forum,
            &Body::ModerationHide(ModerationHide { target, reason: reason.trim().to_owned() }),
            now_ms,
            |_| Ok(()),
        )
    }

    /// Organizers: moves the shown forum to another phase.
    pub fn set_phase(&mut self, phase: &str, now_ms: u64) -> Result<(), Error> {
        let phase: Phase = phase.parse().map_err(|e: String| Error::Invalid { field: "phase".into(), message: e })?;
        let forum = self.forum_or_default(None)?;
        self.sign_record(forum, &Body::ForumPhase(ForumPhase { phase }), now_ms, |_| Ok(()))
    }

    /// The public log of the shown forum's decisions, moderation and phase changes, newest first.
    pub fn decision_log(&self) -> Result<Vec<LogEntry>, Error> {
        decision_log(self.store.conn(), &self.forum_or_default(None)?)
    }

    /// For each priority of the shown forum: positions by stakeholder group and region (counts,
    /// never names), comments by kind, open amendments, and how contested it is.
    pub fn overview(&self) -> Result<Vec<OverviewRow>, Error> {
        overview(self.store.conn(), &self.forum_or_default(None)?)
    }
}

/// The public log of `forum`'s decisions, moderation and phase changes, newest first.
pub(crate) fn decision_log(conn: &rusqlite::Connection, forum: &ForumId) -> Result<Vec<LogEntry>, Error> {
    let forum = *forum;
    let links = crate::query::priority_links(conn, &forum)?;
    let organizer = |key: Vec<u8>| pseudonym(&forum, &PublicKey(<[u8; 32]>::try_from(key).unwrap_or([0; 32])));
    let mut out = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT priority_id, outcome, amendments, reason, organizer, hlc FROM decisions WHERE forum_id = ?1",
    )?;
    let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
        Ok((
            r.get::<_, Vec<u8>>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Vec<u8>>(4)?,
            r.get::<_, i64>(5)?,
        ))
    })?;
    for row in rows {
        let (priority, outcome, amendments, reason, by, hlc) = row?;
        let ids: Vec<String> = serde_json::from_str(&amendments).unwrap_or_default();
        let mut titles = Vec::new();
        for id in &ids {
            let uuid: uuid::Uuid = id.parse().unwrap_or_default();
            if let Some(t) = conn
                .query_row("SELECT title FROM amendments WHERE id = ?1", [&uuid.as_bytes()[..]], |r| {
                    r.get::<_, String>(0)
                })
                .optional()?
            {
                titles.push(t);
            }
        }
        out.push(LogEntry {
            kind: outcome,
            priority: links.get(&priority).cloned(),
            amendments: titles,
            hidden_kind: None,
            phase: None,
            reason,
            organizer: organizer(by),
            at_ms: Hlc(hlc as u64).unix_ms(),
        });
    }
    let mut stmt = conn.prepare_cached(
        "SELECT m.target_kind, m.reason, m.organizer, m.hlc, coalesce(c.priority_id, a.priority_id)
             FROM moderation m LEFT JOIN comments c ON m.target_kind = 'comment' AND c.id = m.target_id
             LEFT JOIN amendments a ON m.target_kind = 'amendment' AND a.id = m.target_id WHERE m.forum_id = ?1",
    )?;
    let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Vec<u8>>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, Option<Vec<u8>>>(4)?,
        ))
    })?;
    for row in rows {
        let (kind, reason, by, hlc, priority) = row?;
        out.push(LogEntry {
            kind: "hidden".into(),
            priority: priority.and_then(|p| links.get(&p).cloned()),
            amendments: Vec::new(),
            hidden_kind: Some(kind),
            phase: None,
            reason: Some(reason),
            organizer: organizer(by),
            at_ms: Hlc(hlc as u64).unix_ms(),
        });
    }
    let mut stmt = conn.prepare_cached("SELECT phase, organizer, hlc FROM phase_changes WHERE forum_id = ?1")?;
    let rows = stmt.query_map([&forum.as_bytes()[..]], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, i64>(2)?))
    })?;
    for row in rows {
        let (phase, by, hlc) = row?;
        out.push(LogEntry {
            kind: "phase".into(),
            priority: None,
            amendments: Vec::new(),
            hidden_kind: None,
            phase: Some(phase),
            reason: None,
            organizer: organizer(by),
            at_ms: Hlc(hlc as u64).unix_ms(),
        });
    }
    out.sort_by_key(|e| std::cmp::Reverse(e.at_ms));
    Ok(out)
}

/// For each priority of `forum`: positions by stakeholder group and region (counts, never
/// names), comments by kind, open amendments, and how contested it is.
pub(crate) fn overview(conn: &rusqlite::Connection, forum: &ForumId) -> Result<Vec<OverviewRow>, Error> {
    let forum = *forum;
    let links = crate::query::priority_links(conn, &forum)?;
    let mut rows: Vec<OverviewRow> = crate::query::priority_order(conn, &forum)?
        .into_iter()
        .filter_map(|p| links.get(&p).cloned())
        .map(|priority| OverviewRow {
            priority,
            positions: Tally::default(),
            by_group: BTreeMap::new(),
            by_region: BTreeMap::new(),
            comments: BTreeMap::new(),
            open_amendments: 0,
            contention: 0,
        })
        .collect();
    let index: std::collections::HashMap<String, usize> =
        rows.iter().enumerate().map(|(i, r)| (r.priority.id.clone(), i)).collect();
    let row_of = |bytes: Vec<u8>| {
        <[u8; 16]>::try_from(bytes)
            .ok()
            .map(|b| uuid::Uuid::from_bytes(b).hyphenated().to_string())
            .and_then(|id| index.get(&id).copied())
    };
    let mut stmt = conn.prepare_cached(
        "SELECT priority_id, stance, attribution, disclosed FROM positions WHERE forum_id = ?1 AND stance IS NOT NULL",
    )?;
    let positions = stmt.query_map([&forum.as_bytes()[..]], |r| {
        Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<String>>(3)?))
    })?;
    for p in positions {
        let (priority, stance, attribution, disclosed) = p?;
        let Some(i) = row_of(priority) else { continue };
        // What a position discloses goes through the one redaction function.
        let choice: AttributionChoice = attribution.parse().unwrap_or(AttributionChoice::Pseudonym);
        let disclosed: Option<plenary_proto::Disclosure> = disclosed.and_then(|d| serde_json::from_str(&d).ok());
        let label: AuthorLabel =
            author_label(Audience::Public, &forum, &PublicKey([0; 32]), choice, disclosed.as_ref());
        let row = &mut rows[i];
        row.positions.add(&stance);
        row.by_group.entry(label.group.unwrap_or_else(|| "undisclosed".into())).or_default().add(&stance);
        row.by_region.entry(label.region.unwrap_or_else(|| "undisclosed".into())).or_default().add(&stance);
    }
    let mut stmt = conn.prepare_cached(
            "SELECT c.priority_id, c.kind FROM comments c LEFT JOIN moderation m ON m.target_kind = 'comment' AND m.target_id = c.id
             WHERE c.forum_id = ?1 AND c.retracted = 0 AND m.reason IS NULL",
        )?;
    for c in stmt.query_map([&forum.as_bytes()[..]], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, String>(1)?)))? {
        let (priority, kind) = c?;
        if let Some(i) = row_of(priority) {
            *rows[i].comments.entry(kind).or_default() += 1;
        }
    }
    let mut stmt = conn.prepare_cached(
            "SELECT a.priority_id FROM amendments a LEFT JOIN moderation m ON m.target_kind = 'amendment' AND m.target_id = a.id
             WHERE a.forum_id = ?1 AND a.state = 'proposed' AND a.decision IS NULL AND m.reason IS NULL",
        )?;
    for a in stmt.query_map([&forum.as_bytes()[..]], |r| r.get::<_, Vec<u8>>(0))? {
        if let Some(i) = row_of(a?) {
            rows[i].open_amendments += 1;
        }
    }
    for row in rows.iter_mut() {
        let concerns = row.comments.get("concern").copied().unwrap_or(0);
        row.contention = row.positions.oppose * 3 + row.open_amendments * 2 + concerns;
    }
    Ok(rows)
}
