//! The forum's vocabularies: roles, attribution rules, phases and language tags. Their
//! serialized names are part of the wire format: add variants, never rename one.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a participant may do in a forum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the forum: edits the statement, decides on amendments, moderates.
    Organizer,
    /// Comments, proposes amendments, takes positions.
    Delegate,
    /// Submits structured input and incident reports for a civil-society group.
    CivilSociety,
    /// Translates the statement and keeps the glossary.
    Translator,
    /// Translates, and approves translations.
    Reviewer,
    /// Reads only.
    Observer,
}

/// Whose names a forum may show next to what they wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AttributionRule {
    /// The Chatham House Rule: what was said may be used, but not who said it nor their
    /// affiliation, unless they consent for that contribution.
    #[default]
    ChathamHouse,
    /// Contributions are attributed by default; authors may still choose less.
    Attributed,
}

/// The stage a forum is in; what participants may do follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Organizers draft the statement.
    #[default]
    Drafting,
    /// Participants comment, amend and take positions.
    Commenting,
    /// Organizers decide on amendments and consolidate.
    Consolidating,
    /// Read only.
    Closed,
}

/// How much of its author a contribution may show, chosen per contribution. The forum's
/// [`AttributionRule`] sets the default; only the author can choose to show more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionChoice {
    /// Only the author's per-forum pseudonym.
    Pseudonym,
    /// The pseudonym, plus the author's stakeholder group and region.
    GroupAndRegion,
    /// The author's name and affiliation.
    Name,
}

impl AttributionChoice {
    /// What a contribution shows when its author has not chosen: under the Chatham House Rule
    /// only the pseudonym; in an attributed forum, the name.
    pub fn default_for(rule: AttributionRule) -> Self {
        match rule {
            AttributionRule::ChathamHouse => AttributionChoice::Pseudonym,
            AttributionRule::Attributed => AttributionChoice::Name,
        }
    }
}

/// The kind of organization a participant speaks from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StakeholderGroup {
    /// A government or public agency.
    Government,
    /// A university or research institute.
    Academia,
    /// A company.
    Industry,
    /// A non-governmental organization.
    CivilSociety,
    /// An intergovernmental organization.
    InternationalOrganization,
    /// None of these.
    Other,
}

/// What a contribution discloses of its author beyond the pseudonym, exactly as the author
/// chose for that contribution. It travels inside the signed record, so nothing the author did
/// not consent to show ever leaves their device with it.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Disclosure {
    /// The author's stakeholder group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<StakeholderGroup>,
    /// The author's region: a UN M49 code such as `002` (Africa) or `142` (Asia).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The author's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The author's affiliation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}

/// How far a translation has come. (Untranslated is the absence of a translation; approved
/// is a reviewer's decision on one version, recorded separately.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationState {
    /// Made by a machine, not yet read by a translator.
    MachineDraft,
    /// A translator's draft that needs another pair of eyes.
    NeedsReview,
    /// Translated by a translator.
    Translated,
}

/// What a reviewer decided about a version of a translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewDecision {
    /// Good to publish.
    Approved,
    /// Needs more work.
    NeedsReview,
}

/// How a glossary term may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermStatus {
    /// The term to use.
    Preferred,
    /// Acceptable.
    Admitted,
    /// Not to be used for this concept.
    Forbidden,
}

/// What a comment does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommentKind {
    /// Agrees, and says why.
    Support,
    /// Raises a problem.
    Concern,
    /// Asks something.
    Question,
    /// Proposes a change in words (a full replacement text is an amendment).
    Suggestion,
}

/// A participant's stance on a priority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// For the priority as it stands.
    Support,
    /// Neither for nor against.
    Neutral,
    /// Against it.
    Oppose,
}

macro_rules! snake_case_from_str {
    ($($ty:ty),*) => {$(
        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                serde_json::from_value(serde_json::Value::String(s.to_owned()))
                    .map_err(|_| format!("'{s}' is not one of: {}", <$ty>::NAMES.join(", ")))
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match serde_json::to_value(self) {
                    Ok(serde_json::Value::String(s)) => f.write_str(&s),
                    _ => Err(fmt::Error),
                }
            }
        }
    )*};
}

impl Role {
    /// Every role's wire name.
    pub const NAMES: &[&str] = &["organizer", "delegate", "civil_society", "translator", "reviewer", "observer"];
}
impl AttributionRule {
    /// Every rule's wire name.
    pub const NAMES: &[&str] = &["chatham_house", "attributed"];
}
impl Phase {
    /// Every phase's wire name.
    pub const NAMES: &[&str] = &["drafting", "commenting", "consolidating", "closed"];
}
impl AttributionChoice {
    /// Every choice's wire name.
    pub const NAMES: &[&str] = &["pseudonym", "group_and_region", "name"];
}
impl CommentKind {
    /// Every kind's wire name.
    pub const NAMES: &[&str] = &["support", "concern", "question", "suggestion"];
}
impl StakeholderGroup {
    /// Every group's wire name.
    pub const NAMES: &[&str] =
        &["government", "academia", "industry", "civil_society", "international_organization", "other"];
}
impl TranslationState {
    /// Every state's wire name.
    pub const NAMES: &[&str] = &["machine_draft", "needs_review", "translated"];
}
impl ReviewDecision {
    /// Every decision's wire name.
    pub const NAMES: &[&str] = &["approved", "needs_review"];
}
impl TermStatus {
    /// Every status's wire name.
    pub const NAMES: &[&str] = &["preferred", "admitted", "forbidden"];
}
impl Stance {
    /// Every stance's wire name.
    pub const NAMES: &[&str] = &["support", "neutral", "oppose"];
}
snake_case_from_str!(
    Role,
    AttributionRule,
    Phase,
    AttributionChoice,
    CommentKind,
    Stance,
    StakeholderGroup,
    TranslationState,
    ReviewDecision,
    TermStatus
);

/// A BCP 47 language tag such as `en`, `zh-Hans` or `es-419`, in canonical case.
///
/// Only the shape is checked (a 2–3 letter language, then 1–8 character alphanumeric
/// subtags); whether the language exists is not this type's business.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// The tag as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for LanguageTag {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("'{s}' is not a language tag such as 'en', 'fr' or 'zh-Hans'");
        if s.is_empty() || s.len() > 35 {
            return Err(bad());
        }
        let mut out = Vec::new();
        for (i, part) in s.split('-').enumerate() {
            let ok = if i == 0 {
                (2..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic())
            } else {
                (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
            };
            if !ok {
                return Err(bad());
            }
            out.push(match (i, part.len()) {
                (0, _) => part.to_ascii_lowercase(),
                (_, 4) if part.bytes().all(|b| b.is_ascii_alphabetic()) => {
                    let lower = part.to_ascii_lowercase();
                    lower[..1].to_ascii_uppercase() + &lower[1..]
                }
                (_, 2) if part.bytes().all(|b| b.is_ascii_alphabetic()) => part.to_ascii_uppercase(),
                _ => part.to_ascii_lowercase(),
            });
        }
        Ok(LanguageTag(out.join("-")))
    }
}

impl<'de> Deserialize<'de> for LanguageTag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LanguageTag({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_are_checked_and_put_in_canonical_case() {
        let tag = |s: &str| s.parse::<LanguageTag>().map(|t| t.to_string());
        assert_eq!(tag("EN"), Ok("en".into()));
        assert_eq!(tag("zh-hans"), Ok("zh-Hans".into()));
        assert_eq!(tag("es-419"), Ok("es-419".into()));
        assert_eq!(tag("pt-br"), Ok("pt-BR".into()));
        assert!(tag("").is_err());
        assert!(tag("e").is_err());
        assert!(tag("en-").is_err());
        assert!(tag("english").is_err());
        assert!(tag("en_GB").is_err());
    }

    #[test]
    fn vocabularies_parse_their_wire_names_and_name_the_choices_otherwise() {
        for name in Role::NAMES {
            assert_eq!(name.parse::<Role>().map(|r| r.to_string()).as_deref(), Ok(*name));
        }
        for name in Phase::NAMES {
            assert_eq!(name.parse::<Phase>().map(|r| r.to_string()).as_deref(), Ok(*name));
        }
        for name in AttributionRule::NAMES {
            assert_eq!(name.parse::<AttributionRule>().map(|r| r.to_string()).as_deref(), Ok(*name));
        }
        let err = "chatham".parse::<AttributionRule>().unwrap_err();
        assert!(err.contains("chatham_house, attributed"), "{err}");
    }
}
