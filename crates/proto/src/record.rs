//! Signed records: the only way anything enters a forum.
//!
//! A record is immutable. Its author signs a fixed-layout message that covers the forum, the
//! record id, the timestamp, the author's key and the payload bytes, so no part can be moved
//! to another forum, re-dated or re-attributed. The record's hash (SHA-256 over the signed
//! message and the signature) is its identity everywhere, so the same record received twice,
//! from two servers or by two paths, collapses into one.
//!
//! ## Compatibility rule
//! The signed-message layout below is version 1 and never changes; a new layout gets a new
//! domain-separation prefix. Payloads are JSON objects tagged by `kind`. Within a kind, fields
//! may be added (older readers ignore them; they are still covered by the signature, since
//! the bytes are kept verbatim) but never removed, renamed or given a new meaning. A kind a
//! reader does not know is kept and passed on unapplied, never rejected for being unknown.

use crate::domain::{
    AttributionChoice, AttributionRule, CommentKind, Disclosure, LanguageTag, Phase, ReviewDecision, Role, Stance,
    TermStatus, TranslationState,
};
use crate::hlc::Hlc;
use crate::ids::{
    AmendmentId, CommentId, ConceptId, ForumId, GroupId, InputId, PriorityId, RecordId, ReportId, RevisionId, SectionId,
};
use crate::keys::{DeviceKey, PublicKey, hex};
use crate::report::IncidentReport;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;

/// Domain separation for version 1 signed messages.
const SIGNED_PREFIX: &[u8] = b"plenary/record/v1\n";

/// The largest payload a record may carry. Statement texts are paragraphs; attachments travel
/// separately in content-addressed chunks.
pub const MAX_PAYLOAD_BYTES: usize = 64 * 1024;
/// The longest title (of a forum, section or priority), in characters.
pub const MAX_TITLE_CHARS: usize = 500;
/// The longest Markdown text (a priority's body, a preamble), in bytes.
pub const MAX_TEXT_BYTES: usize = 32 * 1024;

/// A signed record as stored and sent.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Record {
    /// Chosen by the author (UUIDv7); unique within the forum.
    pub id: RecordId,
    /// The forum the record belongs to.
    pub forum: ForumId,
    /// When the author made it.
    pub hlc: Hlc,
    /// The author's device key.
    pub author: PublicKey,
    /// The payload: a JSON object tagged by `kind`, kept verbatim as signed.
    pub payload: Vec<u8>,
    /// ed25519 signature over [`Record::signed_message`].
    pub signature: [u8; 64],
}

/// A record's identity: SHA-256 of its signed message and signature.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordHash(pub [u8; 32]);

impl fmt::Debug for RecordHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecordHash({})", hex(&self.0[..8]))
    }
}

/// Why a record was refused. Each message says what is wrong in words an author can act on.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum RecordError {
    /// The payload is over [`MAX_PAYLOAD_BYTES`].
    #[error("the record is {size} bytes; at most {max} are allowed")]
    TooLarge {
        /// The payload's size.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// The signature does not match the content and author.
    #[error("the signature does not match the record's content and author")]
    BadSignature,
    /// The payload is not a well-formed record of its kind.
    #[error("the record's content is malformed: {0}")]
    Malformed(String),
    /// The payload's kind is not one this version knows.
    #[error("this version of Plenary does not know records of kind '{0}'")]
    UnknownKind(String),
    /// A field breaks a rule.
    #[error("{field}: {problem}")]
    Invalid {
        /// The field, as named in the payload.
        field: &'static str,
        /// What is wrong with it.
        problem: String,
    },
}

/// What a record says. Its serialized form is the payload.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum Body {
    /// Creates a forum; its author is the forum's first organizer.
    #[serde(rename = "forum.create")]
    ForumCreate(ForumCreate),
    /// Creates or renames/moves a section.
    #[serde(rename = "section.put")]
    SectionPut(SectionPut),
    /// Creates a priority in a section.
    #[serde(rename = "priority.create")]
    PriorityCreate(PriorityCreate),
    /// A new immutable text of a priority.
    #[serde(rename = "revision.create")]
    RevisionCreate(RevisionCreate),
    /// Writes a comment, or replaces its author's earlier version of it.
    #[serde(rename = "comment.put")]
    CommentPut(CommentPut),
    /// Proposes an amendment, or replaces its author's earlier version of it.
    #[serde(rename = "amendment.put")]
    AmendmentPut(AmendmentPut),
    /// Sets the author's position on a priority.
    #[serde(rename = "position.put")]
    PositionPut(PositionPut),
    /// Takes back the author's comment, amendment (it is then withdrawn) or position.
    #[serde(rename = "contribution.retract")]
    Retract(Retract),
    /// Admits a device to the forum in a role.
    #[serde(rename = "participant.put")]
    ParticipantPut(ParticipantPut),
    /// Writes a translation of part of the statement into one language.
    #[serde(rename = "translation.put")]
    TranslationPut(TranslationPut),
    /// A reviewer's decision on a version of a translation.
    #[serde(rename = "translation.review")]
    TranslationReview(TranslationReview),
    /// Adds a concept to the glossary.
    #[serde(rename = "glossary.concept")]
    GlossaryConcept(GlossaryConcept),
    /// Writes a concept's entry in one language.
    #[serde(rename = "glossary.entry")]
    GlossaryEntry(GlossaryEntry),
    /// Writes an incident report, or a newer version of it. (Boxed: a report is far larger
    /// than any other payload.)
    #[serde(rename = "report.put")]
    ReportPut(Box<ReportPut>),
    /// Writes a civil-society input submission, or a newer version of it.
    #[serde(rename = "input.put")]
    InputPut(InputPut),
    /// Creates a group account, or renames it.
    #[serde(rename = "group.put")]
    GroupPut(GroupPut),
    /// A member adds a device to their group.
    #[serde(rename = "group.member")]
    GroupMember(GroupMember),
    /// A group member endorses an input or report on the group's behalf.
    #[serde(rename = "endorsement.put")]
    EndorsementPut(EndorsementPut),
    /// An organizer's triage of an input or report.
    #[serde(rename = "triage.put")]
    TriagePut(TriagePut),
    /// An organizer's decision on amendments: accept one, merge several into an edited text
    /// (both make the priority's next revision), or reject them with a reason.
    #[serde(rename = "amendment.decide")]
    AmendmentDecide(AmendmentDecide),
    /// An organizer hides a contribution from the forum, with a reason; its bytes stay as
    /// written, and its author is told.
    #[serde(rename = "moderation.hide")]
    ModerationHide(ModerationHide),
    /// An organizer moves the forum to another phase.
    #[serde(rename = "forum.phase")]
    ForumPhase(ForumPhase),
}

/// What organizers decided about amendments.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum DecisionOutcome {
    /// One amendment's text becomes the priority's next revision.
    Accepted,
    /// Several amendments are merged into an edited text, the next revision.
    Merged,
    /// The amendments are not taken up.
    Rejected,
}

/// Payload of `amendment.decide`.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct AmendmentDecide {
    /// The priority the amendments are of.
    pub priority: PriorityId,
    /// The amendments decided on (one for an acceptance).
    pub amendments: Vec<AmendmentId>,
    /// The decision.
    pub outcome: DecisionOutcome,
    /// Why (required for a rejection).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// For an acceptance or a merge: the new revision (its id, title and text; its parent is
    /// the revision current when the decision was made).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<NewRevision>,
}

/// The revision an acceptance or merge creates.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct NewRevision {
    /// Its id.
    pub revision: RevisionId,
    /// The revision it replaces.
    pub parent: RevisionId,
    /// Its title.
    pub title: String,
    /// Its text, in Markdown.
    pub body: String,
}

/// What moderation acts on.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize, Hash)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Moderated {
    /// A comment.
    Comment {
        /// Its id.
        id: CommentId,
    },
    /// An amendment.
    Amendment {
        /// Its id.
        id: AmendmentId,
    },
    /// An input submission.
    Input {
        /// Its id.
        id: InputId,
    },
}

/// Payload of `moderation.hide`. Hiding is final for that contribution (a newer version by
/// its author stays hidden); the reason is public, the content of what was hidden is not.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct ModerationHide {
    /// What is hidden.
    pub target: Moderated,
    /// Why.
    pub reason: String,
}

/// Payload of `forum.phase`. The latest wins.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct ForumPhase {
    /// The new phase.
    pub phase: Phase,
}

/// A file attached to an input or report: its content travels separately, in content-addressed
/// chunks, fetched when someone opens it.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Attachment {
    /// SHA-256 of the whole content, hex.
    pub hash: String,
    /// The file's name.
    pub name: String,
    /// Its media type: application/pdf, image/png, image/jpeg, image/webp or text/plain.
    pub media_type: String,
    /// Its size in bytes.
    pub size: u64,
    /// SHA-256 of each chunk, hex, in order.
    pub chunks: Vec<String>,
}

/// The most bytes an attachment may have.
pub const MAX_ATTACHMENT_BYTES: u64 = 10 * 1024 * 1024;
/// The size of an attachment's chunks (the last may be smaller).
pub const CHUNK_BYTES: u64 = 64 * 1024;
/// The media types an attachment may have.
pub const ATTACHMENT_TYPES: &[&str] = &["application/pdf", "image/png", "image/jpeg", "image/webp", "text/plain"];

/// Payload of `report.put`. The latest version (by timestamp, then record id) is the report;
/// only its first author or a member of the group that filed it may write versions.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct ReportPut {
    /// The report.
    pub report: ReportId,
    /// The group filing it, if filed for a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupId>,
    /// Its content.
    pub content: IncidentReport,
    /// Files attached to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

/// Payload of `input.put`: structured input from civil society on the statement.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct InputPut {
    /// The submission.
    pub input: InputId,
    /// Its title.
    pub title: String,
    /// Its text, in Markdown.
    pub body: String,
    /// The priorities it concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub priorities: Vec<PriorityId>,
    /// The group submitting it, if submitted for a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupId>,
    /// The language it is written in.
    pub language: LanguageTag,
    /// How much of its author (or group) it may show.
    pub attribution: AttributionChoice,
    /// What it shows of its author, as `attribution` allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosed: Option<Disclosure>,
    /// Files attached to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// Withdrawn by its authors (kept, marked withdrawn).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub withdrawn: bool,
}

/// Payload of `group.put`: a group account of one organization. Its author is its first member.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct GroupPut {
    /// The group.
    pub group: GroupId,
    /// The organization's name, shown only where a contribution's attribution allows.
    pub name: String,
}

/// Payload of `group.member`: a member adds another device to the group. Membership only grows.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct GroupMember {
    /// The group.
    pub group: GroupId,
    /// The device added.
    pub key: crate::keys::PublicKey,
}

/// What an endorsement or a triage is about.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize, Hash)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Submission {
    /// An input submission.
    Input {
        /// Its id.
        id: InputId,
    },
    /// An incident report.
    Report {
        /// Its id.
        id: ReportId,
    },
}

/// Payload of `endorsement.put`: a group member endorses a submission for the group.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct EndorsementPut {
    /// What is endorsed.
    pub target: Submission,
    /// The group endorsing it.
    pub group: GroupId,
}

/// Where an organizer's triage put a submission.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum TriageState {
    /// Not looked at yet.
    New,
    /// Looked at and sorted.
    Triaged,
    /// Needs more from its authors.
    NeedsFollowUp,
    /// Dealt with.
    Closed,
}

/// Payload of `triage.put` (organizers only; seen by organizers only). The latest wins.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct TriagePut {
    /// What is triaged.
    pub target: Submission,
    /// Where it is now.
    pub state: TriageState,
    /// A note for the other organizers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What part of the statement a translation is of.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Subject {
    /// A priority: its title and text.
    Priority {
        /// The priority.
        priority: PriorityId,
    },
    /// A section's heading.
    Section {
        /// The section.
        section: SectionId,
    },
    /// The statement's title.
    Title,
    /// The preamble: its heading and text.
    Preamble,
    /// The about note: its heading and text.
    About,
}

/// A title and a text: what a translation is of, and what it says.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Text {
    /// The title, where the subject has one (priorities, preamble, about).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The text (for a section or the statement's title: the heading itself), in Markdown.
    pub body: String,
}

/// Payload of `translation.put`. There is one translation per subject and language; the
/// latest put (by timestamp, then record id) is its current version, whoever wrote it. It keeps
/// the source it was made from, so a changed source shows as outdated with what changed.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct TranslationPut {
    /// What is translated.
    pub subject: Subject,
    /// Into which language.
    pub language: LanguageTag,
    /// The source it was made from (in the forum's drafting language).
    pub source: Text,
    /// The translation.
    pub text: Text,
    /// How far it has come.
    pub state: TranslationState,
}

/// Payload of `translation.review`: decides about one version (one `translation.put` record)
/// of a translation. An approval lapses when a newer version is written.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct TranslationReview {
    /// What is translated.
    pub subject: Subject,
    /// Into which language.
    pub language: LanguageTag,
    /// The version decided on: the record id of its `translation.put`.
    pub version: RecordId,
    /// The decision.
    pub decision: ReviewDecision,
    /// Why, if said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Payload of `glossary.concept`.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct GlossaryConcept {
    /// The concept.
    pub concept: ConceptId,
    /// What the concept is about and why it is contested, if said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A term of a glossary entry.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct GlossaryTerm {
    /// The term as written.
    pub text: String,
    /// How it may be used.
    pub status: TermStatus,
}

/// Payload of `glossary.entry`: a concept in one language. The latest one wins.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct GlossaryEntry {
    /// The concept.
    pub concept: ConceptId,
    /// The language.
    pub language: LanguageTag,
    /// Its terms in this language.
    pub terms: Vec<GlossaryTerm>,
    /// What the concept means, in this language.
    pub definition: String,
    /// How to use the terms.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub usage_note: String,
}

/// Payload of `comment.put`. A comment is identified by its id; the latest record about it
/// (by timestamp, then record id), put or retraction, decides what it shows. Only its first
/// author may write records about it.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct CommentPut {
    /// The comment.
    pub comment: CommentId,
    /// The priority it is about.
    pub priority: PriorityId,
    /// The revision of the priority it was written against.
    pub revision: RevisionId,
    /// What it does. (Named `comment_kind` on the wire: `kind` is the payload's tag.)
    #[serde(rename = "comment_kind")]
    pub kind: CommentKind,
    /// Its text, in Markdown.
    pub body: String,
    /// The language it is written in.
    pub language: LanguageTag,
    /// How much of its author it may show.
    pub attribution: AttributionChoice,
    /// What it shows of its author, as `attribution` allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosed: Option<Disclosure>,
    /// The passage it is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
}

/// Payload of `amendment.put`: a full replacement text for a priority, against the revision
/// it was written from.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct AmendmentPut {
    /// The amendment.
    pub amendment: AmendmentId,
    /// The priority it would change.
    pub priority: PriorityId,
    /// The revision its text replaces.
    pub base: RevisionId,
    /// The proposed title.
    pub title: String,
    /// The proposed text, in Markdown.
    pub body: String,
    /// Why, in Markdown.
    pub rationale: String,
    /// The language of title, text and rationale.
    pub language: LanguageTag,
    /// How much of its author it may show.
    pub attribution: AttributionChoice,
    /// What it shows of its author, as `attribution` allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosed: Option<Disclosure>,
}

/// Payload of `position.put`. A participant has one position per priority: the latest wins.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct PositionPut {
    /// The priority.
    pub priority: PriorityId,
    /// The stance.
    pub stance: Stance,
    /// Why, if said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// How much of its author it may show.
    pub attribution: AttributionChoice,
    /// What it shows of its author, as `attribution` allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosed: Option<Disclosure>,
}

/// Payload of `participant.put`: an organizer admits a device to the forum in a role. Roles
/// only accumulate: a device holds every role it was ever given. (Removing a participant is
/// a moderation decision, which comes with its own record.)
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct ParticipantPut {
    /// The device admitted.
    pub key: crate::keys::PublicKey,
    /// Its role.
    pub role: Role,
}

/// Payload of `contribution.retract`.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Retract {
    /// What is taken back.
    pub target: Target,
}

/// A contribution a retraction points at.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Target {
    /// A comment.
    Comment {
        /// Its id.
        id: CommentId,
    },
    /// An amendment.
    Amendment {
        /// Its id.
        id: AmendmentId,
    },
    /// The author's position on a priority.
    Position {
        /// The priority.
        priority: PriorityId,
    },
}

/// Payload of `forum.create`.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct ForumCreate {
    /// The statement's title.
    pub title: String,
    /// The language the statement is drafted in.
    pub language: LanguageTag,
    /// Every language the forum works in, the drafting language first.
    pub languages: Vec<LanguageTag>,
    /// Whose names may be shown.
    pub attribution: AttributionRule,
    /// The forum's phase at creation.
    pub phase: Phase,
    /// The statement's preamble, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preamble: Option<TitledText>,
    /// A note about the statement and how it was made, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<TitledText>,
}

/// A heading and a Markdown text under it.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct TitledText {
    /// The heading, as written in the statement's language.
    pub title: String,
    /// The text, in Markdown.
    pub body: String,
}

/// Payload of `section.put`. The latest put for a section (by timestamp, then record id) wins.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct SectionPut {
    /// The section.
    pub section: SectionId,
    /// A short, stable name from the statement file, unique in the forum.
    pub slug: String,
    /// Where it stands among the forum's sections.
    pub position: u32,
    /// Its heading.
    pub title: String,
}

/// Payload of `priority.create`.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct PriorityCreate {
    /// The new priority.
    pub priority: PriorityId,
    /// The section it stands in.
    pub section: SectionId,
    /// A short, stable name from the statement file, unique in the forum.
    pub slug: String,
    /// Where it stands within its section.
    pub position: u32,
}

/// Payload of `revision.create`.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct RevisionCreate {
    /// The new revision.
    pub revision: RevisionId,
    /// The priority it is a text of.
    pub priority: PriorityId,
    /// The revisions it replaces (none for the first).
    pub parents: Vec<RevisionId>,
    /// The priority's title in this revision.
    pub title: String,
    /// The priority's text, in Markdown.
    pub body: String,
    /// The language of title and body.
    pub language: LanguageTag,
    /// Why this revision was made, if said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Where in a priority's text a comment points: the quoted passage with up to 32 characters
/// of context on each side and a position hint, all measured in the revision's plain text
/// (its rendered text with runs of whitespace collapsed to one space; see
/// `plenary_core::anchor`). Quote and context let the passage be found again when the text
/// changes; the hint only breaks ties.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Anchor {
    /// The quoted passage, exactly as selected.
    pub exact: String,
    /// Up to 32 characters just before the passage.
    pub prefix: String,
    /// Up to 32 characters just after the passage.
    pub suffix: String,
    /// The passage's start, in characters from the beginning of the plain text.
    pub start: u32,
}

/// The most characters of context stored on each side of an anchor's quote.
pub const ANCHOR_CONTEXT_CHARS: usize = 32;
/// The longest quote an anchor may hold, in characters.
pub const MAX_QUOTE_CHARS: usize = 2_000;

impl Body {
    /// The `kind` tag of this body.
    pub fn kind(&self) -> &'static str {
        match self {
            Body::ForumCreate(_) => "forum.create",
            Body::SectionPut(_) => "section.put",
            Body::PriorityCreate(_) => "priority.create",
            Body::RevisionCreate(_) => "revision.create",
            Body::CommentPut(_) => "comment.put",
            Body::AmendmentPut(_) => "amendment.put",
            Body::PositionPut(_) => "position.put",
            Body::Retract(_) => "contribution.retract",
            Body::ParticipantPut(_) => "participant.put",
            Body::TranslationPut(_) => "translation.put",
            Body::TranslationReview(_) => "translation.review",
            Body::GlossaryConcept(_) => "glossary.concept",
            Body::GlossaryEntry(_) => "glossary.entry",
            Body::ReportPut(_) => "report.put",
            Body::InputPut(_) => "input.put",
            Body::GroupPut(_) => "group.put",
            Body::GroupMember(_) => "group.member",
            Body::EndorsementPut(_) => "endorsement.put",
            Body::TriagePut(_) => "triage.put",
            Body::AmendmentDecide(_) => "amendment.decide",
            Body::ModerationHide(_) => "moderation.hide",
            Body::ForumPhase(_) => "forum.phase",
        }
    }

    /// Whether a participant in `role` may write records of this kind. (`forum.create` is
    /// not a participant's act: its author becomes the forum's first organizer.)
    pub fn allowed_for(&self, role: Role) -> bool {
        match self {
            Body::ForumCreate(_) => true,
            Body::SectionPut(_) | Body::PriorityCreate(_) | Body::RevisionCreate(_) | Body::ParticipantPut(_) => {
                role == Role::Organizer
            }
            Body::CommentPut(_) | Body::AmendmentPut(_) | Body::PositionPut(_) | Body::Retract(_) => {
                role != Role::Observer
            }
            Body::TranslationPut(_) | Body::GlossaryConcept(_) | Body::GlossaryEntry(_) => {
                matches!(role, Role::Organizer | Role::Translator | Role::Reviewer)
            }
            Body::TranslationReview(_) => matches!(role, Role::Organizer | Role::Reviewer),
            // Reports and input come from anyone taking part; groups are for civil society.
            Body::ReportPut(_) | Body::InputPut(_) => role != Role::Observer,
            Body::GroupPut(_) | Body::GroupMember(_) | Body::EndorsementPut(_) => {
                matches!(role, Role::CivilSociety | Role::Organizer)
            }
            Body::TriagePut(_) | Body::AmendmentDecide(_) | Body::ModerationHide(_) | Body::ForumPhase(_) => {
                role == Role::Organizer
            }
        }
    }

    /// Whether the forum's phase lets a participant (an organizer when `organizer`) write this
    /// now, and if not, why. Organizers may always act; what others may do follows the phase.
    /// A forum server checks this when records arrive; devices check it before signing. It is
    /// not part of applying records, which must not depend on when a record arrives.
    pub fn allowed_in(&self, phase: Phase, organizer: bool) -> Result<(), String> {
        if organizer {
            return Ok(());
        }
        let closed = || Err("the forum is closed: nothing more can be added".to_owned());
        match (self, phase) {
            (_, Phase::Closed) => closed(),
            (Body::CommentPut(_) | Body::PositionPut(_) | Body::AmendmentPut(_), Phase::Drafting) => {
                Err("the statement is still being drafted: comments, amendments and positions open later".into())
            }
            (Body::AmendmentPut(_), Phase::Consolidating) => {
                Err("the forum is consolidating: new amendments are no longer taken".into())
            }
            _ => Ok(()),
        }
    }

    /// Checks the rules a record of this kind must follow by itself, before any store sees it.
    pub fn validate(&self) -> Result<(), RecordError> {
        match self {
            Body::ForumCreate(f) => {
                title("title", &f.title)?;
                for (field, part) in [("preamble", &f.preamble), ("about", &f.about)] {
                    if let Some(part) = part {
                        title(field, &part.title)?;
                        text(field, &part.body)?;
                    }
                }
                if f.languages.first() != Some(&f.language) {
                    return invalid("languages", "must start with the forum's drafting language");
                }
                let mut seen = f.languages.clone();
                seen.sort();
                seen.dedup();
                if seen.len() != f.languages.len() {
                    return invalid("languages", "names a language twice");
                }
                Ok(())
            }
            Body::SectionPut(s) => {
                slug("slug", &s.slug)?;
                title("title", &s.title)
            }
            Body::PriorityCreate(p) => slug("slug", &p.slug),
            Body::RevisionCreate(r) => {
                title("title", &r.title)?;
                text("body", &r.body)?;
                if r.body.trim().is_empty() {
                    return invalid("body", "a priority needs some text");
                }
                if let Some(note) = &r.note {
                    text("note", note)?;
                }
                Ok(())
            }
            Body::CommentPut(c) => {
                disclosure(c.attribution, &c.disclosed)?;
                text("body", &c.body)?;
                if c.body.trim().is_empty() {
                    return invalid("body", "a comment needs some text");
                }
                match &c.anchor {
                    Some(a) => anchor(a),
                    None => Ok(()),
                }
            }
            Body::AmendmentPut(a) => {
                disclosure(a.attribution, &a.disclosed)?;
                title("title", &a.title)?;
                text("body", &a.body)?;
                text("rationale", &a.rationale)?;
                if a.body.trim().is_empty() {
                    return invalid("body", "an amendment needs the proposed text");
                }
                Ok(())
            }
            Body::PositionPut(p) => {
                disclosure(p.attribution, &p.disclosed)?;
                match &p.reason {
                    Some(reason) => text("reason", reason),
                    None => Ok(()),
                }
            }
            Body::Retract(_) | Body::ParticipantPut(_) => Ok(()),
            Body::TranslationPut(t) => {
                for (field, text) in [("source", &t.source), ("text", &t.text)] {
                    if let Some(t) = &text.title {
                        crate::record::text(field, t)?;
                    }
                    crate::record::text(field, &text.body)?;
                }
                if t.text.body.trim().is_empty() {
                    return invalid("text", "a translation needs some text");
                }
                Ok(())
            }
            Body::TranslationReview(r) => match &r.note {
                Some(note) => text("note", note),
                None => Ok(()),
            },
            Body::GlossaryConcept(c) => match &c.note {
                Some(note) => text("note", note),
                None => Ok(()),
            },
            Body::ReportPut(r) => {
                if let Some(first) = r.content.problems().into_iter().next() {
                    return Err(RecordError::Invalid { field: "report", problem: first.to_string() });
                }
                attachments(&r.attachments)
            }
            Body::InputPut(i) => {
                disclosure(i.attribution, &i.disclosed)?;
                title("title", &i.title)?;
                text("body", &i.body)?;
                if i.body.trim().is_empty() {
                    return invalid("body", "an input needs some text");
                }
                if i.priorities.len() > 100 {
                    return invalid("priorities", "at most 100 priorities");
                }
                attachments(&i.attachments)
            }
            Body::GroupPut(g) => title("name", &g.name),
            Body::GroupMember(_) | Body::EndorsementPut(_) => Ok(()),
            Body::AmendmentDecide(d) => {
                if d.amendments.is_empty() || d.amendments.len() > 50 {
                    return invalid("amendments", "name 1 to 50 amendments");
                }
                match (d.outcome, &d.revision) {
                    (DecisionOutcome::Accepted, _) if d.amendments.len() != 1 => {
                        invalid("amendments", "an acceptance takes one amendment; merge several")
                    }
                    (DecisionOutcome::Accepted | DecisionOutcome::Merged, None) => {
                        invalid("revision", "is required to accept or merge")
                    }
                    (DecisionOutcome::Rejected, Some(_)) => invalid("revision", "a rejection makes no revision"),
                    (DecisionOutcome::Rejected, None) if d.reason.as_deref().is_none_or(|r| r.trim().is_empty()) => {
                        invalid("reason", "say why the amendments are rejected")
                    }
                    (_, Some(r)) => {
                        title("title", &r.title)?;
                        text("body", &r.body)?;
                        if r.body.trim().is_empty() {
                            return invalid("body", "a priority needs some text");
                        }
                        Ok(())
                    }
                    _ => Ok(()),
                }
                .and_then(|()| match &d.reason {
                    Some(reason) => text("reason", reason),
                    None => Ok(()),
                })
            }
            Body::ModerationHide(m) => {
                if m.reason.trim().is_empty() {
                    return invalid("reason", "say why it is hidden");
                }
                text("reason", &m.reason)
            }
            Body::ForumPhase(_) => Ok(()),
            Body::TriagePut(t) => match &t.note {
                Some(note) => text("note", note),
                None => Ok(()),
            },
            Body::GlossaryEntry(e) => {
                if e.terms.len() > 50 {
                    return invalid("terms", "an entry has at most 50 terms");
                }
                for term in &e.terms {
                    title("terms", &term.text)?;
                }
                text("definition", &e.definition)?;
                text("usage_note", &e.usage_note)
            }
        }
    }

    /// The payload bytes: compact JSON in the field order declared above, which is stable for
    /// a given version of this crate. The bytes are kept verbatim once signed, so readers never
    /// re-encode.
    pub fn to_payload(&self) -> Vec<u8> {
        // Serializing these plain structs cannot fail: every map key is a string.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Reads a payload, telling an unknown kind apart from a malformed known one.
    pub fn from_payload(payload: &[u8]) -> Result<Body, RecordError> {
        #[derive(Deserialize)]
        struct Tag {
            kind: String,
        }
        let tag: Tag = serde_json::from_slice(payload)
            .map_err(|e| RecordError::Malformed(format!("not a JSON object with a 'kind': {e}")))?;
        const KNOWN: &[&str] = &[
            "forum.create",
            "section.put",
            "priority.create",
            "revision.create",
            "comment.put",
            "amendment.put",
            "position.put",
            "contribution.retract",
            "participant.put",
            "translation.put",
            "translation.review",
            "glossary.concept",
            "glossary.entry",
            "report.put",
            "input.put",
            "group.put",
            "group.member",
            "endorsement.put",
            "triage.put",
            "amendment.decide",
            "moderation.hide",
            "forum.phase",
        ];
        if !KNOWN.contains(&tag.kind.as_str()) {
            return Err(RecordError::UnknownKind(tag.kind));
        }
        serde_json::from_slice(payload).map_err(|e| RecordError::Malformed(format!("{}: {e}", tag.kind)))
    }
}

fn invalid(field: &'static str, problem: &str) -> Result<(), RecordError> {
    Err(RecordError::Invalid { field, problem: problem.to_owned() })
}

fn title(field: &'static str, value: &str) -> Result<(), RecordError> {
    if value.trim().is_empty() {
        return invalid(field, "must not be empty");
    }
    if value.chars().count() > MAX_TITLE_CHARS {
        return invalid(field, &format!("is longer than {MAX_TITLE_CHARS} characters"));
    }
    if value.chars().any(|c| c.is_control()) {
        return invalid(field, "must be one line without control characters");
    }
    Ok(())
}

fn text(field: &'static str, value: &str) -> Result<(), RecordError> {
    if value.len() > MAX_TEXT_BYTES {
        return invalid(field, &format!("is longer than {MAX_TEXT_BYTES} bytes"));
    }
    Ok(())
}

/// A contribution may disclose only what its attribution choice allows: the record itself
/// cannot carry more of its author than they consented to show.
fn disclosure(choice: AttributionChoice, disclosed: &Option<Disclosure>) -> Result<(), RecordError> {
    let Some(d) = disclosed else { return Ok(()) };
    let named = d.name.is_some() || d.affiliation.is_some();
    match choice {
        AttributionChoice::Pseudonym if *d != Disclosure::default() => {
            invalid("disclosed", "a contribution attributed by pseudonym only discloses nothing")
        }
        AttributionChoice::GroupAndRegion if named => {
            invalid("disclosed", "a contribution attributed by group and region discloses no name or affiliation")
        }
        _ => {
            for (field, value) in [("name", &d.name), ("affiliation", &d.affiliation)] {
                if let Some(v) = value {
                    title(field, v)?;
                }
            }
            if let Some(region) = &d.region
                && !(region.len() == 3 && region.bytes().all(|b| b.is_ascii_digit()))
            {
                return invalid("region", "must be a three-digit UN M49 code such as 002 or 142");
            }
            Ok(())
        }
    }
}

fn attachments(list: &[Attachment]) -> Result<(), RecordError> {
    if list.len() > 20 {
        return invalid("attachments", "at most 20 files");
    }
    let hex64 = |s: &str| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    for a in list {
        title("attachments", &a.name)?;
        if !ATTACHMENT_TYPES.contains(&a.media_type.as_str()) {
            return invalid(
                "attachments",
                &format!("{} is not a PDF, an image (PNG, JPEG, WebP) or a text file", a.name),
            );
        }
        if a.size == 0 || a.size > MAX_ATTACHMENT_BYTES {
            return invalid(
                "attachments",
                &format!("{} must be at most {} MB", a.name, MAX_ATTACHMENT_BYTES / 1024 / 1024),
            );
        }
        if !hex64(&a.hash)
            || !a.chunks.iter().all(|c| hex64(c))
            || a.chunks.len() as u64 != a.size.div_ceil(CHUNK_BYTES)
        {
            return invalid("attachments", &format!("{}: its content hashes are malformed", a.name));
        }
    }
    Ok(())
}

fn anchor(a: &Anchor) -> Result<(), RecordError> {
    let chars = |s: &str| s.chars().count();
    if a.exact.trim().is_empty() {
        return invalid("anchor", "the quoted passage is empty");
    }
    if chars(&a.exact) > MAX_QUOTE_CHARS {
        return invalid("anchor", &format!("the quoted passage is longer than {MAX_QUOTE_CHARS} characters"));
    }
    if chars(&a.prefix) > ANCHOR_CONTEXT_CHARS || chars(&a.suffix) > ANCHOR_CONTEXT_CHARS {
        return invalid("anchor", &format!("context is at most {ANCHOR_CONTEXT_CHARS} characters on each side"));
    }
    Ok(())
}

/// Whether `value` is a slug: 1–64 characters of lowercase ASCII letters, digits and single
/// hyphens, starting and ending with a letter or digit.
pub fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-')
        && !value.contains("--")
}

fn slug(field: &'static str, value: &str) -> Result<(), RecordError> {
    if is_slug(value) { Ok(()) } else { invalid(field, "must be 1-64 lowercase letters, digits and single hyphens") }
}

impl Record {
    /// Makes and signs a record of `body` by `key`.
    pub fn sign(key: &DeviceKey, forum: ForumId, id: RecordId, hlc: Hlc, body: &Body) -> Record {
        let mut record =
            Record { id, forum, hlc, author: key.public(), payload: body.to_payload(), signature: [0; 64] };
        record.signature = key.sign(&record.signed_message());
        record
    }

    /// The exact bytes the author signs: a fixed layout that needs no canonical encoding.
    pub fn signed_message(&self) -> Vec<u8> {
        let mut m = Vec::with_capacity(SIGNED_PREFIX.len() + 72 + self.payload.len());
        m.extend_from_slice(SIGNED_PREFIX);
        m.extend_from_slice(self.forum.as_bytes());
        m.extend_from_slice(self.id.as_bytes());
        m.extend_from_slice(&self.hlc.0.to_be_bytes());
        m.extend_from_slice(&self.author.0);
        m.extend_from_slice(&self.payload);
        m
    }

    /// The record's identity.
    pub fn hash(&self) -> RecordHash {
        let mut h = Sha256::new();
        h.update(self.signed_message());
        h.update(self.signature);
        RecordHash(h.finalize().into())
    }

    /// Checks size and signature, then reads and validates the payload. Everything received
    /// from anywhere passes through here before it is applied.
    pub fn verify(&self) -> Result<Body, RecordError> {
        if self.payload.len() > MAX_PAYLOAD_BYTES {
            return Err(RecordError::TooLarge { size: self.payload.len(), max: MAX_PAYLOAD_BYTES });
        }
        self.author.verify(&self.signed_message(), &self.signature).map_err(|_| RecordError::BadSignature)?;
        let body = Body::from_payload(&self.payload)?;
        body.validate()?;
        Ok(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> DeviceKey {
        DeviceKey::from_seed([3; 32])
    }

    fn forum() -> ForumId {
        ForumId::new_v7(1_700_000_000_000, [1; 10])
    }

    fn section_put(title: &str) -> Body {
        Body::SectionPut(SectionPut {
            section: SectionId::new_v7(1_700_000_000_000, [2; 10]),
            slug: "standards".into(),
            position: 1,
            title: title.into(),
        })
    }

    fn signed(body: &Body) -> Record {
        Record::sign(&key(), forum(), RecordId::new_v7(1_700_000_000_001, [4; 10]), Hlc(42), body)
    }

    #[test]
    fn a_signed_record_verifies_and_gives_back_its_body() {
        let body = section_put("Standards and Openness");
        assert_eq!(signed(&body).verify(), Ok(body));
    }

    #[test]
    fn changing_any_signed_part_breaks_the_signature() {
        let good = signed(&section_put("Standards"));
        let mut tampered = [good.clone(), good.clone(), good.clone(), good.clone(), good.clone()];
        tampered[0].forum = ForumId::new_v7(1, [0; 10]);
        tampered[1].id = RecordId::new_v7(1, [0; 10]);
        tampered[2].hlc = Hlc(43);
        tampered[3].author = DeviceKey::from_seed([5; 32]).public();
        tampered[4].payload = section_put("Standardz").to_payload();
        for record in tampered {
            assert_eq!(record.verify(), Err(RecordError::BadSignature));
            assert_ne!(record.hash(), good.hash());
        }
    }

    #[test]
    fn unknown_kinds_are_told_apart_from_malformed_payloads() {
        assert_eq!(
            Body::from_payload(br#"{"kind":"poll.create","question":"?"}"#),
            Err(RecordError::UnknownKind("poll.create".into()))
        );
        assert!(matches!(Body::from_payload(br#"{"kind":"section.put"}"#), Err(RecordError::Malformed(_))));
        assert!(matches!(Body::from_payload(b"\xff\x00"), Err(RecordError::Malformed(_))));
    }

    #[test]
    fn invalid_content_is_refused_even_when_signed() {
        let record = signed(&section_put("  "));
        assert_eq!(record.verify(), Err(RecordError::Invalid { field: "title", problem: "must not be empty".into() }));
    }

    #[test]
    fn oversized_payloads_are_refused_before_anything_else() {
        let mut record = signed(&section_put("x"));
        record.payload = vec![b' '; MAX_PAYLOAD_BYTES + 1];
        assert!(matches!(record.verify(), Err(RecordError::TooLarge { .. })));
    }

    #[test]
    fn fields_added_by_a_newer_version_are_ignored_but_stay_signed() {
        let mut payload = section_put("Standards").to_payload();
        payload.pop();
        payload.extend_from_slice(br#","colour":"blue"}"#);
        let mut record = signed(&section_put("Standards"));
        record.payload = payload;
        record.signature = key().sign(&record.signed_message());
        assert_eq!(record.verify(), Ok(section_put("Standards")));
    }

    /// Every kind of body survives encoding and decoding: a field named like the `kind` tag, or
    /// any other encoding slip, would make records unreadable.
    #[test]
    fn every_kind_round_trips_through_its_payload() {
        let lang: LanguageTag = "en".parse().unwrap();
        let id = |n: u8| uuid::Uuid::from_bytes([n; 16]);
        let disclosed = Some(Disclosure { region: Some("150".into()), ..Disclosure::default() });
        let bodies = [
            Body::ForumCreate(ForumCreate {
                title: "T".into(),
                language: lang.clone(),
                languages: vec![lang.clone()],
                attribution: AttributionRule::ChathamHouse,
                phase: Phase::Commenting,
                preamble: Some(TitledText { title: "P".into(), body: "p".into() }),
                about: None,
            }),
            section_put("S"),
            Body::PriorityCreate(PriorityCreate {
                priority: PriorityId(id(1)),
                section: SectionId(id(2)),
                slug: "p".into(),
                position: 0,
            }),
            Body::RevisionCreate(RevisionCreate {
                revision: RevisionId(id(3)),
                priority: PriorityId(id(1)),
                parents: vec![RevisionId(id(4))],
                title: "T".into(),
                body: "b".into(),
                language: lang.clone(),
                note: Some("n".into()),
            }),
            Body::CommentPut(CommentPut {
                comment: CommentId(id(5)),
                priority: PriorityId(id(1)),
                revision: RevisionId(id(3)),
                kind: CommentKind::Question,
                body: "Why?".into(),
                language: lang.clone(),
                attribution: AttributionChoice::GroupAndRegion,
                disclosed: disclosed.clone(),
                anchor: Some(Anchor { exact: "b".into(), prefix: "".into(), suffix: "".into(), start: 0 }),
            }),
            Body::AmendmentPut(AmendmentPut {
                amendment: AmendmentId(id(6)),
                priority: PriorityId(id(1)),
                base: RevisionId(id(3)),
                title: "T2".into(),
                body: "b2".into(),
                rationale: "r".into(),
                language: lang.clone(),
                attribution: AttributionChoice::Pseudonym,
                disclosed: None,
            }),
            Body::PositionPut(PositionPut {
                priority: PriorityId(id(1)),
                stance: Stance::Oppose,
                reason: Some("r".into()),
                attribution: AttributionChoice::GroupAndRegion,
                disclosed,
            }),
            Body::Retract(Retract { target: Target::Position { priority: PriorityId(id(1)) } }),
            Body::Retract(Retract { target: Target::Comment { id: CommentId(id(5)) } }),
            Body::ParticipantPut(ParticipantPut { key: key().public(), role: Role::Delegate }),
        ];
        for body in bodies {
            assert_eq!(signed(&body).verify(), Ok(body.clone()), "{}", body.kind());
        }
    }

    #[test]
    fn a_record_cannot_disclose_more_than_its_attribution_allows() {
        let c = |attribution, disclosed| {
            Body::PositionPut(PositionPut {
                priority: PriorityId(uuid::Uuid::nil()),
                stance: Stance::Support,
                reason: None,
                attribution,
                disclosed: Some(disclosed),
            })
            .validate()
        };
        let named = Disclosure { name: Some("N".into()), ..Disclosure::default() };
        let grouped = Disclosure { region: Some("002".into()), ..Disclosure::default() };
        assert!(c(AttributionChoice::Pseudonym, grouped.clone()).is_err());
        assert!(c(AttributionChoice::GroupAndRegion, named.clone()).is_err());
        assert!(c(AttributionChoice::GroupAndRegion, grouped).is_ok());
        assert!(c(AttributionChoice::Name, named).is_ok());
        let bad_region = Disclosure { region: Some("Asia".into()), ..Disclosure::default() };
        assert!(c(AttributionChoice::GroupAndRegion, bad_region).is_err());
    }

    #[test]
    fn slugs() {
        for good in ["a", "close-the-ai-safety-divide", "p2"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "é", &"a".repeat(65)] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
