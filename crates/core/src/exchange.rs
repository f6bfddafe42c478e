//! Translations and the glossary to and from the files translators' tools read and write:
//! XLIFF 2.0 and gettext PO for a language's translations, TBX for the glossary. Formats live
//! in `interchange`; this module maps them onto the forum. An import is all or nothing: every
//! problem is reported with where it is, and a file with any problem changes nothing.

use crate::interchange::{self, Concept, LanguageEntry, Term, Termbase, TranslationFile, Unit, UnitState};
use crate::translation::{concepts, parse_subject, source_text, stored_in, subject_name, subjects};
use crate::{Error, Profile};
use plenary_proto::record::{
    GlossaryConcept, GlossaryEntry, GlossaryTerm, Subject, Text, TranslationPut, TranslationReview,
};
use plenary_proto::{
    Body, ConceptId, ForumId, LanguageTag, RecordId, ReviewDecision, Role, TermStatus, TranslationState,
};
use rusqlite::OptionalExtension;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use ts_rs::TS;

/// A file format for a language's translations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// XLIFF 2.0.
    Xliff,
    /// gettext PO.
    Po,
}

impl Format {
    /// The format named `xliff` or `po`.
    pub fn parse(name: &str) -> Result<Format, Error> {
        match name {
            "xliff" | "xlf" => Ok(Format::Xliff),
            "po" => Ok(Format::Po),
            other => Err(Error::Invalid { field: "format".into(), message: format!("'{other}' is not xliff or po") }),
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xliff => "xlf",
            Format::Po => "po",
        }
    }
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    /// Translations or glossary entries written as new versions.
    pub written: u32,
    /// Ones already identical here, left as they were.
    pub unchanged: u32,
    /// Parts left untranslated in the file.
    pub skipped: u32,
}

fn problems(list: Vec<interchange::Problem>) -> Error {
    Error::Import(list.into_iter().map(|p| p.to_string()).collect())
}

fn unit_state(state: &str) -> UnitState {
    match state {
        "machine_draft" => UnitState::MachineDraft,
        "needs_review" => UnitState::NeedsReview,
        "approved" => UnitState::Approved,
        _ => UnitState::Translated,
    }
}

impl Profile {
    /// The translations of the statement into `language`, as a file in `format`, with every
    /// part of the statement (untranslated ones without a target).
    pub fn export_translations(&self, forum: Option<ForumId>, language: &str, format: Format) -> Result<String, Error> {
        let forum = self.forum_or_default(forum)?;
        let conn = self.store.conn();
        let source_language: String =
            conn.query_row("SELECT language FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |r| r.get(0))?;
        let stored = stored_in(conn, &forum, language)?;
        let mut file = TranslationFile { source_language, target_language: language.to_owned(), units: Vec::new() };
        for (subject, label) in subjects(conn, &forum)? {
            let Some(source) = source_text(conn, &forum, &subject)? else { continue };
            let translation = stored.get(&subject);
            // An outdated translation goes out as needing review: its source moved on.
            let state = translation.map(|t| {
                let badge = t.badge(language, &source);
                if badge.outdated { UnitState::NeedsReview } else { unit_state(&badge.state) }
            });
            let name = subject_name(&subject);
            let context = Some(label).filter(|l| !l.is_empty());
            if let Some(title) = &source.title {
                file.units.push(Unit {
                    id: format!("{name}/title"),
                    context: context.clone(),
                    source: title.clone(),
                    target: translation.and_then(|t| t.text.title.clone()),
                    state: translation.and_then(|t| t.text.title.as_ref().and(state)),
                });
            }
            file.units.push(Unit {
                id: format!("{name}/body"),
                context,
                source: source.body.clone(),
                target: translation.map(|t| t.text.body.clone()),
                state,
            });
        }
        Ok(match format {
            Format::Xliff => interchange::xliff::write(&file),
            Format::Po => interchange::po::write(&file),
        })
    }

    /// Imports a language's translations from a file in `format`. Each part whose translation in
    /// the file differs from the current one becomes a new version, signed by this device; the
    /// source text in the file is kept as what it was made from, so a file made from an older
    /// source shows as outdated. Approved units are approved only if this user may approve.
    pub fn import_translations(&mut self, text: &str, format: Format, now_ms: u64) -> Result<ImportSummary, Error> {
        let forum = self.forum_or_default(None)?;
        let file = match format {
            Format::Xliff => interchange::xliff::read(text),
            Format::Po => interchange::po::read(text),
        }
        .map_err(problems)?;
        let conn = self.store.conn();
        let (source_language, languages): (String, Vec<String>) =
            conn.query_row("SELECT language, languages FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |r| {
                Ok((r.get(0)?, serde_json::from_str(&r.get::<_, String>(1)?).unwrap_or_default()))
            })?;
        let mut errors = Vec::new();
        let language = file.target_language.clone();
        if language.is_empty() {
            errors.push("the file does not say which language it translates into".to_owned());
        } else if language == source_language || !languages.contains(&language) {
            errors.push(format!(
                "the file translates into {language}, which is not one of this forum's languages to translate into"
            ));
        }
        if !file.source_language.is_empty() && file.source_language != source_language {
            errors.push(format!(
                "the file translates from {}, but this forum's statement is in {source_language}",
                file.source_language
            ));
        }
        // Group units by subject: `<subject>/title` and `<subject>/body`.
        let mut parts: BTreeMap<Subject, (Option<&Unit>, Option<&Unit>)> = BTreeMap::new();
        for unit in &file.units {
            let resolved = unit
                .id
                .rsplit_once('/')
                .ok_or_else(|| format!("unit {}: its id does not end in /title or /body", unit.id))
                .and_then(|(subject, field)| {
                    let subject =
                        self.resolve_subject(&forum, subject).map_err(|e| format!("unit {}: {e}", unit.id))?;
                    Ok((subject, field))
                });
            match resolved {
                Ok((subject, "title")) => parts.entry(subject).or_default().0 = Some(unit),
                Ok((subject, "body")) => parts.entry(subject).or_default().1 = Some(unit),
                Ok(_) => errors.push(format!("unit {}: its id does not end in /title or /body", unit.id)),
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(Error::Import(errors));
        }
        let language_tag: LanguageTag =
            language.parse().map_err(|e: String| Error::Import(vec![format!("the file's target language: {e}")]))?;
        let may_approve = self.may_as(&forum, Role::Reviewer)?;
        let stored = stored_in(self.store.conn(), &forum, &language)?;
        let mut summary = ImportSummary::default();
        let mut bodies = Vec::new();
        for (subject, (title, body)) in parts {
            let Some(body) = body else { continue };
            let (Some(target), Some(state)) = (&body.target, body.state) else {
                summary.skipped += 1;
                continue;
            };
            let title_state = title.and_then(|t| t.state);
            let state = title_state.map_or(state, |t| t.min(state));
            let source = Text { title: title.map(|t| t.source.clone()), body: body.source.clone() };
            let text = Text { title: title.and_then(|t| t.target.clone()), body: target.clone() };
            let wire_state = match state {
                UnitState::MachineDraft => TranslationState::MachineDraft,
                UnitState::NeedsReview => TranslationState::NeedsReview,
                UnitState::Translated | UnitState::Approved => TranslationState::Translated,
            };
            let unchanged = stored.get(&subject).is_some_and(|t| {
                t.text == text
                    && t.source == source
                    && (t.state == wire_state.to_string() || (t.approved && state == UnitState::Approved))
            });
            if unchanged {
                summary.unchanged += 1;
                continue;
            }
            summary.written += 1;
            bodies.push(Body::TranslationPut(TranslationPut {
                subject,
                language: language_tag.clone(),
                source,
                text,
                state: wire_state,
            }));
            if state == UnitState::Approved && may_approve {
                // The review names the version just written: its record id is filled in by
                // `sign_batch`, which links a review to the put before it.
                bodies.push(Body::TranslationReview(TranslationReview {
                    subject,
                    language: language_tag.clone(),
                    version: RecordId::from_bytes([0; 16]),
                    decision: ReviewDecision::Approved,
                    note: None,
                }));
            }
        }
        self.sign_batch(forum, bodies, now_ms)?;
        Ok(summary)
    }

    /// The glossary as TBX.
    pub fn export_glossary(&self, forum: Option<ForumId>) -> Result<String, Error> {
        let forum = self.forum_or_default(forum)?;
        let conn = self.store.conn();
        let source_language: String =
            conn.query_row("SELECT language FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |r| r.get(0))?;
        let termbase = Termbase {
            concepts: concepts(conn, &forum, &source_language)?
                .into_iter()
                .map(|c| Concept {
                    id: format!("c-{}", c.id),
                    note: c.note,
                    entries: c
                        .entries
                        .into_iter()
                        .map(|e| LanguageEntry {
                            language: e.language,
                            definition: Some(e.definition).filter(|d| !d.is_empty()),
                            note: Some(e.usage_note).filter(|n| !n.is_empty()),
                            terms: e
                                .terms
                                .into_iter()
                                .map(|t| Term {
                                    text: t.text,
                                    status: match t.status.as_str() {
                                        "preferred" => interchange::TermStatus::Preferred,
                                        "forbidden" => interchange::TermStatus::Forbidden,
                                        _ => interchange::TermStatus::Admitted,
                                    },
                                    note: None,
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            source_language,
        };
        Ok(interchange::tbx::write(&termbase))
    }

    /// Imports a glossary from TBX: concepts are matched by id (one exported from this forum
    /// keeps its id; another file's ids map to the same concepts every time it is imported),
    /// and each entry that differs becomes a new version.
    pub fn import_glossary(&mut self, text: &str, now_ms: u64) -> Result<ImportSummary, Error> {
        let forum = self.forum_or_default(None)?;
        let termbase = interchange::tbx::read(text).map_err(problems)?;
        let conn = self.store.conn();
        let (source_language, languages): (String, Vec<String>) =
            conn.query_row("SELECT language, languages FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |r| {
                Ok((r.get(0)?, serde_json::from_str(&r.get::<_, String>(1)?).unwrap_or_default()))
            })?;
        let existing = concepts(conn, &forum, &source_language)?;
        let mut errors = Vec::new();
        let mut summary = ImportSummary::default();
        let mut bodies = Vec::new();
        for concept in &termbase.concepts {
            let id = concept_id(&forum, &concept.id);
            let known = existing.iter().find(|c| c.id == id.to_string());
            if known.is_none() || known.is_some_and(|k| k.note != concept.note) {
                bodies.push(Body::GlossaryConcept(GlossaryConcept { concept: id, note: concept.note.clone() }));
            }
            for entry in &concept.entries {
                if !languages.contains(&entry.language) {
                    errors.push(format!(
                        "concept {}: {} is not one of this forum's languages",
                        concept.id, entry.language
                    ));
                    continue;
                }
                let Ok(language) = entry.language.parse::<LanguageTag>() else {
                    errors.push(format!("concept {}: '{}' is not a language tag", concept.id, entry.language));
                    continue;
                };
                let terms: Vec<GlossaryTerm> = entry
                    .terms
                    .iter()
                    .map(|t| GlossaryTerm {
                        text: t.text.clone(),
                        status: match t.status {
                            interchange::TermStatus::Preferred => TermStatus::Preferred,
                            interchange::TermStatus::Admitted => TermStatus::Admitted,
                            interchange::TermStatus::Forbidden => TermStatus::Forbidden,
                        },
                    })
                    .collect();
                let definition = entry.definition.clone().unwrap_or_default();
                let usage_note = entry.note.clone().unwrap_or_default();
                let same =
                    known.and_then(|k| k.entries.iter().find(|e| e.language == entry.language)).is_some_and(|e| {
                        e.definition == definition
                            && e.usage_note == usage_note
                            && e.terms.len() == terms.len()
                            && e.terms
                                .iter()
                                .zip(&terms)
                                .all(|(a, b)| a.text == b.text && a.status == b.status.to_string())
                    });
                if same {
                    summary.unchanged += 1;
                    continue;
                }
                summary.written += 1;
                bodies.push(Body::GlossaryEntry(GlossaryEntry {
                    concept: id,
                    language,
                    terms,
                    definition,
                    usage_note,
                }));
            }
        }
        if !errors.is_empty() {
            return Err(Error::Import(errors));
        }
        self.sign_batch(forum, bodies, now_ms)?;
        Ok(summary)
    }

    /// A subject from a file's unit id: `priority/<uuid or slug>`, `section/<uuid or slug>`,
    /// `title`, `preamble`, `about`.
    fn resolve_subject(&self, forum: &ForumId, name: &str) -> Result<Subject, String> {
        if let Ok(subject) = parse_subject(name) {
            return match source_text(self.store.conn(), forum, &subject) {
                Ok(Some(_)) => Ok(subject),
                _ => Err("no such part of this forum's statement".into()),
            };
        }
        let (kind, slug) = name.split_once('/').ok_or_else(|| "no such part of this forum's statement".to_owned())?;
        let table = match kind {
            "priority" => "priorities",
            "section" => "sections",
            _ => return Err("no such part of this forum's statement".into()),
        };
        let id: Option<Vec<u8>> = self
            .store
            .conn()
            .query_row(
                &format!("SELECT id FROM {table} WHERE forum_id = ?1 AND slug = ?2"),
                rusqlite::params![&forum.as_bytes()[..], slug],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| e.to_string())?;
        let id: [u8; 16] = id
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| format!("no {kind} '{slug}' in this forum's statement"))?;
        Ok(match kind {
            "priority" => Subject::Priority { priority: plenary_proto::PriorityId::from_bytes(id) },
            _ => Subject::Section { section: plenary_proto::SectionId::from_bytes(id) },
        })
    }

    fn may_as(&self, forum: &ForumId, role: Role) -> Result<bool, Error> {
        let mut stmt =
            self.store.conn().prepare_cached("SELECT role FROM participants WHERE forum_id = ?1 AND key = ?2")?;
        let roles: Vec<String> = stmt
            .query_map(rusqlite::params![&forum.as_bytes()[..], &self.key.public().0[..]], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(roles.iter().any(|r| r == "organizer" || *r == role.to_string()))
    }
}

/// The concept a file's concept id names: `c-<uuid>` as this app exports it, else an id derived
/// from the forum and the file's id, the same every time.
fn concept_id(forum: &ForumId, id: &str) -> ConceptId {
    if let Some(uuid) = id.strip_prefix("c-").and_then(|u| u.parse::<ConceptId>().ok()) {
        return uuid;
    }
    let digest = Sha256::digest([&b"plenary/concept/v1\n"[..], forum.as_bytes(), id.as_bytes()].concat());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    // A version 8 (custom) UUID, RFC 9562.
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    ConceptId::from_bytes(bytes)
}
