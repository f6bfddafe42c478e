//! Read models for the user interface: what a screen shows, already rendered and redacted.
//! These are the only shapes that cross from the core to the desktop shell and, as JSON, to
//! the webview; `ui/src/lib/bindings/` holds their TypeScript twins, generated from here.

use crate::contribution::{DraftContent, DraftKey, DraftKind};
use crate::diff::DiffPart;
use crate::redact::AuthorLabel;
use crate::search::Segment;
use crate::translation::TranslationBadge;
use serde::Serialize;
use ts_rs::TS;

/// The forum as a header shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForumSummary {
    /// The forum's id.
    pub id: String,
    /// The statement's title.
    pub title: String,
    /// The language the statement is drafted in (BCP 47).
    pub language: String,
    /// Whose names may be shown: `chatham_house` or `attributed`.
    pub attribution: String,
    /// `drafting`, `commenting`, `consolidating` or `closed`.
    pub phase: String,
    /// Every language the forum works in (BCP 47), the drafting language first.
    pub languages: Vec<String>,
    /// This device's role in the forum (`organizer`, `delegate`, `civil_society`, `translator`,
    /// `reviewer`; `observer` until the server has said).
    pub role: String,
}

/// A heading and its text rendered to sanitized HTML.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TextView {
    /// The heading, plain text.
    pub title: String,
    /// The text as sanitized HTML, safe to insert as markup.
    pub html: String,
    /// The language it is shown in (BCP 47).
    pub language: String,
    /// When read in another language than the original: the translation's state.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub translation: Option<TranslationBadge>,
}

/// The whole statement, in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatementView {
    /// The forum.
    pub forum: ForumSummary,
    /// The preamble, if any.
    pub preamble: Option<TextView>,
    /// The sections with their priorities.
    pub sections: Vec<SectionView>,
    /// The closing note, if any.
    pub about: Option<TextView>,
    /// The language the statement was asked for in (the original's when none was asked).
    pub reading_language: String,
    /// When read in another language: the statement's title in it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub title_translation: Option<TextView>,
}

/// A section and its priorities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionView {
    /// The section's id.
    pub id: String,
    /// Its 1-based number in the statement.
    pub number: u32,
    /// Its heading, plain text.
    pub title: String,
    /// The language its heading is shown in.
    pub language: String,
    /// When read in another language: the heading's translation state.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub translation: Option<TranslationBadge>,
    /// Its priorities, in order, each at its current revision.
    pub priorities: Vec<PrioritySummary>,
}

/// A priority as a list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrioritySummary {
    /// The priority's id.
    pub id: String,
    /// Its number, "section.priority", such as "2.3".
    pub number: String,
    /// Its current title, plain text.
    pub title: String,
    /// Its current text as sanitized HTML.
    pub html: String,
    /// The language of title and text as shown (BCP 47).
    pub language: String,
    /// When read in another language: the translation's state.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub translation: Option<TranslationBadge>,
}

/// Another priority, for "previous" and "next" links.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PriorityLink {
    /// The priority's id.
    pub id: String,
    /// Its number, such as "2.3".
    pub number: String,
    /// Its current title.
    pub title: String,
}

/// A section as a priority's page names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionLink {
    /// The section's id.
    pub id: String,
    /// Its 1-based number.
    pub number: u32,
    /// Its heading.
    pub title: String,
}

/// The revision a priority's page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RevisionInfo {
    /// The revision's id.
    pub id: String,
    /// When it was made, in milliseconds since the Unix epoch (the UI formats it for the
    /// reader's locale).
    #[ts(type = "number")]
    pub created_ms: u64,
    /// How many revisions the priority has had, this one included.
    pub count: u32,
    /// Why it was made, if said.
    pub note: Option<String>,
    /// When it came from organizers' decision on amendments: `accepted` or `merged`.
    pub decision: Option<String>,
    /// The titles of the amendments it takes up.
    pub from_amendments: Vec<String>,
    /// The organizer who made it, by pseudonym.
    pub made_by: String,
}

/// One priority's own page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PriorityView {
    /// The forum.
    pub forum: ForumSummary,
    /// The section it stands in.
    pub section: SectionLink,
    /// The priority's id.
    pub id: String,
    /// Its number, such as "2.3".
    pub number: String,
    /// Its current title, plain text.
    pub title: String,
    /// Its current text as sanitized HTML, anchored passages wrapped in `<mark data-anchor>`.
    pub html: String,
    /// Its current text as the Markdown it was written in (to start an amendment from).
    pub markdown: String,
    /// The language of title and text as shown (BCP 47).
    pub language: String,
    /// When read in another language: the translation's state (the original is then in
    /// `original`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub translation: Option<TranslationBadge>,
    /// When a translation is shown: the original title and text, sanitized HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub original: Option<TextView>,
    /// The current revision.
    pub revision: RevisionInfo,
    /// The priority before it in reading order, if any.
    pub previous: Option<PriorityLink>,
    /// The priority after it in reading order, if any.
    pub next: Option<PriorityLink>,
    /// Its comments, oldest first (retracted ones left out).
    pub comments: Vec<CommentView>,
    /// Its amendments, oldest first (withdrawn ones last).
    pub amendments: Vec<AmendmentView>,
    /// The positions taken on it.
    pub positions: PositionsView,
    /// This user's unsent drafts about it, to reopen their editors.
    pub drafts: Vec<OpenDraft>,
}

/// A passage a comment is anchored to, as found in the current text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnchorView {
    /// The passage as the author quoted it.
    pub exact: String,
    /// `exact` (found as quoted), `fuzzy` (found, slightly changed) or `orphaned` (gone
    /// from the current text).
    pub state: String,
}

/// A comment as a priority's page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommentView {
    /// The comment's id; anchored passages in the text carry it in `data-anchor`.
    pub id: String,
    /// `support`, `concern`, `question` or `suggestion`.
    pub kind: String,
    /// Its text as sanitized HTML.
    pub html: String,
    /// Its language (BCP 47).
    pub language: String,
    /// Its author, as this viewer may see them.
    pub author: AuthorLabel,
    /// When it was first written.
    #[ts(type = "number")]
    pub created_ms: u64,
    /// When it was last changed, if it was.
    #[ts(type = "number | null")]
    pub edited_ms: Option<u64>,
    /// Whether it was written against an earlier revision than the current one.
    pub on_earlier_revision: bool,
    /// The passage it is about, if any.
    pub anchor: Option<AnchorView>,
    /// For this user's own: `ready` (waiting to be sent), `sent` or `rejected`.
    pub status: Option<String>,
    /// For this user's own, when a server refused it: why.
    pub rejected_reason: Option<String>,
    /// For this user's own, when organizers hid it: why (others no longer see it).
    pub hidden_reason: Option<String>,
}

/// One run of a word-level comparison.
pub type DiffView = Vec<DiffPart>;

/// An amendment as a priority's page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AmendmentView {
    /// The amendment's id.
    pub id: String,
    /// The proposed title.
    pub title: String,
    /// The proposed text as sanitized HTML.
    pub html: String,
    /// The rationale as sanitized HTML.
    pub rationale_html: String,
    /// Its language (BCP 47).
    pub language: String,
    /// Its author, as this viewer may see them.
    pub author: AuthorLabel,
    /// When it was first proposed.
    #[ts(type = "number")]
    pub created_ms: u64,
    /// `proposed`, `withdrawn` (by its author), or the organizers' decision: `accepted`,
    /// `merged` or `rejected`.
    pub state: String,
    /// Why organizers rejected it, if they did.
    pub decision_reason: Option<String>,
    /// Other open amendments that change the same passage of the current text.
    pub conflicts_with: Vec<String>,
    /// Whether it was written against the current revision.
    pub base_is_current: bool,
    /// Word-level changes from the revision it was written against (title, then text).
    pub diff_from_base: DiffView,
    /// Word-level changes from the current revision, when the text has moved on since.
    pub diff_from_current: Option<DiffView>,
    /// For this user's own: `ready`, `sent` or `rejected`.
    pub status: Option<String>,
    /// For this user's own, when a server refused it: why.
    pub rejected_reason: Option<String>,
    /// For this user's own, when organizers hid it: why.
    pub hidden_reason: Option<String>,
}

/// The positions taken on a priority: counts only, never who.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PositionsView {
    /// How many support it.
    pub support: u32,
    /// How many are neutral.
    pub neutral: u32,
    /// How many oppose it.
    pub oppose: u32,
    /// This user's own stance, if they took one.
    pub mine: Option<String>,
    /// This user's own reason, if they gave one.
    pub my_reason: Option<String>,
    /// For this user's own: `ready`, `sent` or `rejected`.
    pub status: Option<String>,
    /// When a server refused this user's position: why.
    pub rejected_reason: Option<String>,
}

/// A draft to reopen in its editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenDraft {
    /// Which draft.
    pub key: DraftKey,
    /// Its fields as last saved.
    pub content: DraftContent,
    /// Whether it edits something already submitted.
    pub edits_existing: bool,
    /// When it was last saved.
    #[ts(type = "number")]
    pub updated_ms: u64,
}

/// A draft in the "my contributions" list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftItem {
    /// Which draft.
    pub key: DraftKey,
    /// The priority it is about.
    pub priority: PriorityLink,
    /// The start of its text.
    pub excerpt: String,
    /// Whether it edits something already submitted.
    pub edits_existing: bool,
    /// When it was last saved.
    #[ts(type = "number")]
    pub updated_ms: u64,
}

/// A submitted contribution in the "my contributions" list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContributionItem {
    /// What it is.
    pub kind: DraftKind,
    /// The comment's or amendment's id, or the priority's for a position.
    pub id: String,
    /// The priority it is about.
    pub priority: PriorityLink,
    /// A comment's kind, an amendment's title, or a position's stance.
    pub detail: String,
    /// The start of its text.
    pub excerpt: String,
    /// `active`, or `retracted` (comments and positions) / `withdrawn` (amendments).
    pub state: String,
    /// `ready` (waiting to be sent), `sent`, or `rejected`.
    pub status: String,
    /// Why a server refused it, if it did.
    pub rejected_reason: Option<String>,
    /// When it last changed.
    #[ts(type = "number")]
    pub updated_ms: u64,
    /// Whether a draft editing it is open.
    pub has_draft: bool,
}

/// Everything this user has written in a forum.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MyContributions {
    /// Drafts not yet submitted, newest first.
    pub drafts: Vec<DraftItem>,
    /// Submitted and waiting to be sent, newest first.
    pub ready: Vec<ContributionItem>,
    /// Sent to a forum server (or refused by it), newest first.
    pub sent: Vec<ContributionItem>,
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchResult {
    /// `priority`, `comment` or `amendment`.
    pub kind: String,
    /// The id of what was found (for a priority, the priority's).
    pub id: String,
    /// The priority it is, or is about.
    pub priority: PriorityLink,
    /// Its title with matches marked (a priority's or amendment's; empty for comments).
    pub title: Vec<Segment>,
    /// Text around the first match, with matches marked.
    pub snippet: Vec<Segment>,
    /// A contribution's author, as this viewer may see them.
    pub author: Option<AuthorLabel>,
}

/// What a search found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    /// The query as searched.
    pub query: String,
    /// The results, best first.
    pub results: Vec<SearchResult>,
}

/// The sync status of a forum this device joined through a server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// The server's address.
    pub server: String,
    /// This device's role in the forum.
    pub role: String,
    /// When the last exchange completed.
    #[ts(type = "number | null")]
    pub last_sync_ms: Option<u64>,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<String>,
    /// Contributions waiting to be sent.
    pub waiting: u32,
    /// Contributions the server refused.
    pub rejected: u32,
    /// Bytes sent and received this calendar month.
    #[ts(type = "number")]
    pub bytes_this_month: u64,
}

/// A forum in the list of this device's forums.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForumListItem {
    /// The forum's id.
    pub id: String,
    /// Its title; none until a joined forum's first sync brings it.
    pub title: Option<String>,
    /// `sample`, `file` or `server`.
    pub origin: String,
    /// The language its statement is drafted in, once known.
    pub language: Option<String>,
    /// The server it syncs with, if any.
    pub server: Option<String>,
    /// Whether it is the one the app shows.
    pub current: bool,
}

/// The status line of the forum the app shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncLine {
    /// The forum the line describes: the one shown, or one just joined whose statement has not
    /// arrived yet.
    pub forum: Option<String>,
    /// `local` (a forum on this device only), `syncing`, `offline`, `error` or `up_to_date`.
    pub state: String,
    /// Grows whenever records arrive or are written on this device: a page whose data is older
    /// should reload.
    #[ts(type = "number")]
    pub data_version: u64,
    /// Contributions sent so far in the sync under way.
    pub sent: u32,
    /// Contributions to send in the sync under way.
    pub to_send: u32,
    /// Records received so far in the sync under way.
    pub received: u32,
    /// The server's address, when the forum syncs.
    pub server: Option<String>,
    /// This device's role, when the forum syncs.
    pub role: Option<String>,
    /// When the last exchange completed.
    #[ts(type = "number | null")]
    pub last_sync_ms: Option<u64>,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<String>,
    /// When the next attempt is due, after failures.
    #[ts(type = "number | null")]
    pub next_attempt_ms: Option<u64>,
    /// Contributions waiting to be sent.
    pub waiting: u32,
    /// Contributions the server refused.
    pub rejected: u32,
    /// Bytes sent and received this calendar month.
    #[ts(type = "number")]
    pub bytes_this_month: u64,
}
