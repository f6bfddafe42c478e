//! What a participant writes: drafts saved as they type, submission of a draft as a signed
//! record, retraction, and the list of their own contributions.
//!
//! A draft is local and mutable; it is never synced. Submitting turns it, in one transaction,
//! into a signed record that is applied to the local store and queued in the outbox ("ready to
//! send"), and deletes the draft. Editing something already submitted starts a new draft for
//! the same contribution; submitting that draft makes a newer record that supersedes the old.

use crate::view::MyContributions;
use crate::{Error, Profile, random_bytes};
use plenary_proto::record::{AmendmentPut, Anchor, CommentPut, PositionPut, Retract, Target};
use plenary_proto::{
    AmendmentId, AttributionChoice, Body, CommentId, CommentKind, Disclosure, ForumId, LanguageTag, PriorityId,
    RevisionId, Stance,
};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The largest draft kept, in bytes of JSON; far above any real text, it only stops a runaway.
pub const MAX_DRAFT_BYTES: usize = 256 * 1024;

/// What kind of thing a draft becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DraftKind {
    /// A comment.
    Comment,
    /// An amendment.
    Amendment,
    /// A position.
    Position,
}

impl DraftKind {
    fn as_str(self) -> &'static str {
        match self {
            DraftKind::Comment => "comment",
            DraftKind::Amendment => "amendment",
            DraftKind::Position => "position",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "comment" => Some(DraftKind::Comment),
            "amendment" => Some(DraftKind::Amendment),
            "position" => Some(DraftKind::Position),
            _ => None,
        }
    }
}

/// Names a draft: the contribution it will become (a comment's or amendment's id, or for a
/// position the priority's id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftKey {
    /// What it becomes.
    pub kind: DraftKind,
    /// The id of the comment or amendment it becomes, or the priority for a position.
    pub target: String,
}

/// A passage selected in a priority's text, as the editor holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnchorDraft {
    /// The quoted passage.
    pub exact: String,
    /// Up to 32 characters before it.
    pub prefix: String,
    /// Up to 32 characters after it.
    pub suffix: String,
    /// Where it starts, in characters of the priority's plain text.
    pub start: u32,
}

/// The fields of a comment being written. Anything may be incomplete until it is submitted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommentDraft {
    /// The revision being commented on.
    pub revision: String,
    /// `support`, `concern`, `question` or `suggestion`.
    pub comment_kind: String,
    /// The text, in Markdown.
    pub body: String,
    /// Its language (BCP 47).
    pub language: String,
    /// `pseudonym`, `group_and_region` or `name`.
    pub attribution: String,
    /// The passage it is about, if any.
    pub anchor: Option<AnchorDraft>,
}

/// The fields of an amendment being written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AmendmentDraft {
    /// The revision whose text it replaces.
    pub base: String,
    /// The proposed title.
    pub title: String,
    /// The proposed text, in Markdown.
    pub body: String,
    /// Why, in Markdown.
    pub rationale: String,
    /// Its language (BCP 47).
    pub language: String,
    /// `pseudonym`, `group_and_region` or `name`.
    pub attribution: String,
}

/// The fields of a position being set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PositionDraft {
    /// `support`, `neutral` or `oppose`; none yet while undecided.
    pub stance: Option<String>,
    /// Why, if the participant says.
    pub reason: String,
    /// `pseudonym`, `group_and_region` or `name`.
    pub attribution: String,
}

/// A draft's fields, by kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DraftContent {
    /// A comment.
    Comment(CommentDraft),
    /// An amendment.
    Amendment(AmendmentDraft),
    /// A position.
    Position(PositionDraft),
}

impl DraftContent {
    fn kind(&self) -> DraftKind {
        match self {
            DraftContent::Comment(_) => DraftKind::Comment,
            DraftContent::Amendment(_) => DraftKind::Amendment,
            DraftContent::Position(_) => DraftKind::Position,
        }
    }
}

/// What this device's user is willing to disclose about themselves, per contribution, when
/// they choose to: kept locally, copied into a contribution only as its attribution allows.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IdentityDetails {
    /// Their name.
    pub name: Option<String>,
    /// Their affiliation.
    pub affiliation: Option<String>,
    /// Their stakeholder group (wire name such as `academia`).
    pub group: Option<String>,
    /// Their UN M49 region code, such as `142`.
    pub region: Option<String>,
}

fn invalid(field: &str, message: impl Into<String>) -> Error {
    Error::Invalid { field: field.to_owned(), message: message.into() }
}

fn parse_uuid<T: std::str::FromStr>(field: &str, value: &str) -> Result<T, Error> {
    value.parse().map_err(|_| invalid(field, format!("'{value}' is not an id")))
}

fn parse_enum<T: std::str::FromStr<Err = String>>(field: &str, value: &str) -> Result<T, Error> {
    value.parse().map_err(|e: String| invalid(field, e))
}

fn parse_language(value: &str) -> Result<LanguageTag, Error> {
    value.parse().map_err(|e: String| invalid("language", e))
}

const IDENTITY_KEY: &str = "identity-details";

impl Profile {
    /// Starts a new comment or amendment on `priority`: returns the key of a fresh draft
    /// (nothing is stored until the first save).
    pub fn new_draft_key(&self, kind: DraftKind, priority: PriorityId, now_ms: u64) -> Result<DraftKey, Error> {
        let target = match kind {
            DraftKind::Comment => CommentId::new_v7(now_ms, random_bytes()?).to_string(),
            DraftKind::Amendment => AmendmentId::new_v7(now_ms, random_bytes()?).to_string(),
            DraftKind::Position => priority.to_string(),
        };
        Ok(DraftKey { kind, target })
    }

    /// Saves a draft as typed. Called on every pause in typing; one small transaction.
    pub fn save_draft(
        &mut self,
        key: &DraftKey,
        priority: PriorityId,
        content: &DraftContent,
        now_ms: u64,
    ) -> Result<(), Error> {
        if content.kind() != key.kind {
            return Err(invalid("kind", "the draft's content is not of the draft's kind"));
        }
        let target: uuid::Uuid = parse_uuid("target", &key.target)?;
        let json = serde_json::to_string(content).map_err(|e| invalid("content", e.to_string()))?;
        if json.len() > MAX_DRAFT_BYTES {
            return Err(invalid("content", format!("a draft may hold at most {} KiB", MAX_DRAFT_BYTES / 1024)));
        }
        self.store.transaction(|tx| {
            let forum: Vec<u8> = tx
                .query_row("SELECT forum_id FROM priorities WHERE id = ?1", [&priority.as_bytes()[..]], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::NotFound(format!("the priority {priority}")))?;
            tx.execute(
                "INSERT INTO drafts (kind, target, forum_id, priority_id, content, created_ms, updated_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                 ON CONFLICT (kind, target) DO UPDATE SET content = excluded.content, updated_ms = excluded.updated_ms",
                params![
                    key.kind.as_str(),
                    &target.as_bytes()[..],
                    forum,
                    &priority.as_bytes()[..],
                    json,
                    now_ms as i64
                ],
            )?;
            Ok(())
        })
    }

    /// Throws a draft away. Does nothing if there is none.
    pub fn discard_draft(&mut self, key: &DraftKey) -> Result<(), Error> {
        let target: uuid::Uuid = parse_uuid("target", &key.target)?;
        self.store.conn.execute(
            "DELETE FROM drafts WHERE kind = ?1 AND target = ?2",
            params![key.kind.as_str(), &target.as_bytes()[..]],
        )?;
        Ok(())
    }

    /// A saved draft's content, if there is one.
    pub fn draft(&self, key: &DraftKey) -> Result<Option<DraftContent>, Error> {
        let target: uuid::Uuid = parse_uuid("target", &key.target)?;
        let json: Option<String> = self
            .store
            .conn
            .query_row(
                "SELECT content FROM drafts WHERE kind = ?1 AND target = ?2",
                params![key.kind.as_str(), &target.as_bytes()[..]],
                |r| r.get(0),
            )
            .optional()?;
        json.map(|j| serde_json::from_str(&j).map_err(|e| Error::Record(format!("a stored draft is unreadable: {e}"))))
            .transpose()
    }

    /// The details this user is willing to disclose when they choose to.
    pub fn identity_details(&self) -> Result<IdentityDetails, Error> {
        let json: Option<String> = self
            .store
            .conn
            .query_row("SELECT value FROM local_settings WHERE key = ?1", [IDENTITY_KEY], |r| r.get(0))
            .optional()?;
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default())
    }

    /// Stores the details this user is willing to disclose when they choose to.
    pub fn set_identity_details(&mut self, details: &IdentityDetails) -> Result<(), Error> {
        if let Some(g) = &details.group {
            parse_enum::<plenary_proto::StakeholderGroup>("group", g)?;
        }
        let json = serde_json::to_string(details).map_err(|e| invalid("details", e.to_string()))?;
        self.store.conn.execute(
            "INSERT INTO local_settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![IDENTITY_KEY, json],
        )?;
        Ok(())
    }

    fn disclosure(&self, choice: AttributionChoice) -> Result<Option<Disclosure>, Error> {
        let me = self.identity_details()?;
        let group = me.group.as_deref().and_then(|g| g.parse().ok());
        Ok(match choice {
            AttributionChoice::Pseudonym => None,
            AttributionChoice::GroupAndRegion => Some(Disclosure { group, region: me.region, ..Disclosure::default() }),
            AttributionChoice::Name => {
                Some(Disclosure { group, region: me.region, name: me.name, affiliation: me.affiliation })
            }
        })
        .map(|d: Option<Disclosure>| d.filter(|d| *d != Disclosure::default()))
    }

    /// Turns a draft into a signed record: applied here, queued to send, draft deleted, all in
    /// one transaction. A draft that is not yet complete is refused with the field to fix and
    /// stays as it was.
    pub fn submit_draft(&mut self, key: &DraftKey, now_ms: u64) -> Result<(), Error> {
        let content = self.draft(key)?.ok_or_else(|| Error::NotFound("this draft".into()))?;
        let target: uuid::Uuid = parse_uuid("target", &key.target)?;
        let body = match &content {
            DraftContent::Comment(c) => Body::CommentPut(CommentPut {
                comment: CommentId(target),
                priority: self.priority_of_draft(key)?,
                revision: parse_uuid::<RevisionId>("revision", &c.revision)?,
                kind: parse_enum::<CommentKind>("commentKind", &c.comment_kind)?,
                body: c.body.trim().to_owned(),
                language: parse_language(&c.language)?,
                attribution: parse_enum("attribution", &c.attribution)?,
                disclosed: self.disclosure(parse_enum("attribution", &c.attribution)?)?,
                anchor: c.anchor.as_ref().map(|a| Anchor {
                    exact: a.exact.clone(),
                    prefix: a.prefix.clone(),
                    suffix: a.suffix.clone(),
                    start: a.start,
                }),
            }),
            DraftContent::Amendment(a) => Body::AmendmentPut(AmendmentPut {
                amendment: AmendmentId(target),
                priority: self.priority_of_draft(key)?,
                base: parse_uuid::<RevisionId>("base", &a.base)?,
                title: a.title.trim().to_owned(),
                body: a.body.trim().to_owned(),
                rationale: a.rationale.trim().to_owned(),
                language: parse_language(&a.language)?,
                attribution: parse_enum("attribution", &a.attribution)?,
                disclosed: self.disclosure(parse_enum("attribution", &a.attribution)?)?,
            }),
            DraftContent::Position(p) => Body::PositionPut(PositionPut {
                priority: PriorityId(target),
                stance: match &p.stance {
                    Some(s) => parse_enum::<Stance>("stance", s)?,
                    None => return Err(invalid("stance", "choose support, neutral or oppose")),
                },
                reason: Some(p.reason.trim().to_owned()).filter(|r| !r.is_empty()),
                attribution: parse_enum("attribution", &p.attribution)?,
                disclosed: self.disclosure(parse_enum("attribution", &p.attribution)?)?,
            }),
        };
        if let Body::CommentPut(CommentPut { anchor: Some(anchor), revision, .. }) = &body {
            self.check_anchor(revision, anchor)?;
        }
        body.validate().map_err(|e| match e {
            plenary_proto::RecordError::Invalid { field, problem } => invalid(field, problem),
            other => invalid("content", other.to_string()),
        })?;
        let forum = self.forum_of_priority(&self.priority_of_draft(key)?)?;
        let key_bytes = (key.kind.as_str(), target);
        self.sign_record(forum, &body, now_ms, |tx| {
            tx.execute(
                "DELETE FROM drafts WHERE kind = ?1 AND target = ?2",
                params![key_bytes.0, &key_bytes.1.as_bytes()[..]],
            )?;
            Ok(())
        })
    }

    /// Takes back one of this user's contributions, as a signed retraction queued to send.
    pub fn retract(&mut self, target: Target, now_ms: u64) -> Result<(), Error> {
        let priority = match target {
            Target::Position { priority } => priority,
            Target::Comment { id } => self.priority_of("comments", id.as_bytes())?,
            Target::Amendment { id } => self.priority_of("amendments", id.as_bytes())?,
        };
        let forum = self.forum_of_priority(&priority)?;
        self.sign_record(forum, &Body::Retract(Retract { target }), now_ms, |_| Ok(()))
    }

    /// A comment's passage must be in the revision it was written against.
    fn check_anchor(&self, revision: &RevisionId, anchor: &Anchor) -> Result<(), Error> {
        let body: String = self
            .store
            .conn
            .query_row("SELECT body FROM revisions WHERE id = ?1", [&revision.as_bytes()[..]], |r| r.get(0))
            .optional()?
            .ok_or_else(|| invalid("revision", "the text this comment was written on is not in the store"))?;
        match crate::anchor::locate(&crate::anchor::plain_text(&body), anchor) {
            crate::anchor::Located::Orphaned => {
                Err(invalid("anchor", "the selected passage is not in the text; select it again"))
            }
            _ => Ok(()),
        }
    }

    fn priority_of_draft(&self, key: &DraftKey) -> Result<PriorityId, Error> {
        let target: uuid::Uuid = parse_uuid("target", &key.target)?;
        let bytes: Vec<u8> = self
            .store
            .conn
            .query_row(
                "SELECT priority_id FROM drafts WHERE kind = ?1 AND target = ?2",
                params![key.kind.as_str(), &target.as_bytes()[..]],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound("this draft".into()))?;
        id_from(bytes).map(PriorityId).ok_or_else(|| Error::NotFound("this draft's priority".into()))
    }

    fn priority_of(&self, table: &str, id: &[u8]) -> Result<PriorityId, Error> {
        let bytes: Vec<u8> = self
            .store
            .conn
            .query_row(
                &format!("SELECT priority_id FROM {table} WHERE id = ?1 AND author = ?2"),
                params![id, &self.key.public().0[..]],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound("this contribution of yours".into()))?;
        id_from(bytes).map(PriorityId).ok_or_else(|| Error::NotFound("its priority".into()))
    }

    fn forum_of_priority(&self, priority: &PriorityId) -> Result<ForumId, Error> {
        let bytes: Vec<u8> = self
            .store
            .conn
            .query_row("SELECT forum_id FROM priorities WHERE id = ?1", [&priority.as_bytes()[..]], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("the priority {priority}")))?;
        id_from(bytes).map(ForumId).ok_or_else(|| Error::NotFound("its forum".into()))
    }

    /// Starts a draft that edits one of this user's submitted contributions, filled with its
    /// current content. If a draft for it already exists, that draft is kept.
    pub fn edit_contribution(&mut self, kind: DraftKind, target: &str, now_ms: u64) -> Result<DraftKey, Error> {
        let key = DraftKey { kind, target: target.to_owned() };
        if self.draft(&key)?.is_some() {
            return Ok(key);
        }
        let id: uuid::Uuid = parse_uuid("target", target)?;
        let me = self.key.public().0;
        let conn = &self.store.conn;
        let (priority, content) = match kind {
            DraftKind::Comment => conn.query_row(
                "SELECT priority_id, revision_id, kind, body, language, attribution, anchor_exact, anchor_prefix,
                        anchor_suffix, anchor_start
                 FROM comments WHERE id = ?1 AND author = ?2",
                params![&id.as_bytes()[..], &me[..]],
                |r| {
                    let anchor = match r.get::<_, Option<String>>(6)? {
                        Some(exact) => {
                            Some(AnchorDraft { exact, prefix: r.get(7)?, suffix: r.get(8)?, start: r.get(9)? })
                        }
                        None => None,
                    };
                    Ok((
                        r.get::<_, Vec<u8>>(0)?,
                        DraftContent::Comment(CommentDraft {
                            revision: uuid_text(r.get(1)?),
                            comment_kind: r.get(2)?,
                            body: r.get(3)?,
                            language: r.get(4)?,
                            attribution: r.get(5)?,
                            anchor,
                        }),
                    ))
                },
            ),
            DraftKind::Amendment => conn.query_row(
                "SELECT priority_id, base_id, title, body, rationale, language, attribution
                 FROM amendments WHERE id = ?1 AND author = ?2",
                params![&id.as_bytes()[..], &me[..]],
                |r| {
                    Ok((
                        r.get::<_, Vec<u8>>(0)?,
                        DraftContent::Amendment(AmendmentDraft {
                            base: uuid_text(r.get(1)?),
                            title: r.get(2)?,
                            body: r.get(3)?,
                            rationale: r.get(4)?,
                            language: r.get(5)?,
                            attribution: r.get(6)?,
                        }),
                    ))
                },
            ),
            DraftKind::Position => conn.query_row(
                "SELECT priority_id, stance, reason, attribution FROM positions WHERE priority_id = ?1 AND author = ?2",
                params![&id.as_bytes()[..], &me[..]],
                |r| {
                    Ok((
                        r.get::<_, Vec<u8>>(0)?,
                        DraftContent::Position(PositionDraft {
                            stance: r.get(1)?,
                            reason: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                            attribution: r.get(3)?,
                        }),
                    ))
                },
            ),
        }
        .optional()?
        .ok_or_else(|| Error::NotFound("this contribution of yours".into()))?;
        let priority = id_from(priority).map(PriorityId).ok_or_else(|| Error::NotFound("its priority".into()))?;
        self.save_draft(&key, priority, &content, now_ms)?;
        Ok(key)
    }

    /// This user's drafts and contributions in `forum`, newest first.
    pub fn my_contributions(&self, forum: ForumId) -> Result<MyContributions, Error> {
        crate::query::my_contributions(&self.store.conn, &forum, &self.key.public())
    }
}

pub(crate) fn id_from(bytes: Vec<u8>) -> Option<uuid::Uuid> {
    <[u8; 16]>::try_from(bytes).ok().map(uuid::Uuid::from_bytes)
}

pub(crate) fn uuid_text(bytes: Vec<u8>) -> String {
    id_from(bytes).map(|u| u.hyphenated().to_string()).unwrap_or_default()
}

/// Reads a stored draft kind; unknown kinds cannot be stored (the table checks them).
pub(crate) fn draft_kind(s: &str) -> DraftKind {
    DraftKind::parse(s).unwrap_or(DraftKind::Comment)
}
