//! Plenary's shared language: the types that cross the network and the rules every side
//! applies to them.
//!
//! This crate does no I/O and knows nothing of storage, HTTP or Tauri. It holds the typed ids,
//! the hybrid logical clock, signed records and their verification, the domain vocabularies
//! (roles, attribution rules, phases, languages) and the statement text format. The desktop app
//! and the forum server both depend on it, so a rule written here is the same rule everywhere.

pub mod domain;
pub mod hlc;
pub mod ids;
pub mod keys;
pub mod record;
pub mod report;
pub mod statement;
pub mod wire;

pub use domain::{
    AttributionChoice, AttributionRule, CommentKind, Disclosure, LanguageTag, Phase, ReviewDecision, Role,
    StakeholderGroup, Stance, TermStatus, TranslationState,
};
pub use hlc::Hlc;
pub use ids::{
    AmendmentId, CommentId, ConceptId, ForumId, GroupId, InputId, PriorityId, RecordId, ReportId, RevisionId, SectionId,
};
pub use keys::{DeviceKey, PublicKey};
pub use record::{Body, Record, RecordError, RecordHash};
pub use statement::{Statement, StatementError};
