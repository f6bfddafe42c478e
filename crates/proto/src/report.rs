//! The standardized AI incident report (DESIGN §6), merged from the OECD common reporting
//! framework, the AI Incident Database, CSET, MITRE ATLAS and CSAF, and the rules it follows.
//! The rules live here only, so the app and the forum server refuse exactly the same reports,
//! with the same messages naming the same fields.

use crate::domain::LanguageTag;
use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $wire)] $variant),+
        }
        impl $name {
            /// Every value's wire name, in order.
            pub const NAMES: &[&str] = &[$($wire),+];
        }
    };
}

vocabulary!(
    /// What kind of event the report is about.
    RecordKind {
        /// Harm happened.
        Incident = "incident",
        /// Harm could plausibly have happened.
        Hazard = "hazard",
        /// A concern short of a hazard.
        Issue = "issue",
    }
);

vocabulary!(
    /// How the AI system relates to the event.
    AiRelation {
        /// The system's behaviour caused it.
        Direct = "direct",
        /// The system was one of its causes.
        Contributing = "contributing",
        /// The system was involved, not as a cause.
        Involved = "involved",
        /// Its role is alleged, not established.
        Alleged = "alleged",
    }
);

vocabulary!(
    /// How precisely the date of occurrence is known.
    DatePrecision {
        /// The year only.
        Year = "year",
        /// Year and month.
        Month = "month",
        /// The day.
        Day = "day",
    }
);

vocabulary!(
    /// How severe the event was (OECD).
    Severity {
        /// A hazard.
        Hazard = "hazard",
        /// A serious hazard.
        SeriousHazard = "serious_hazard",
        /// An incident.
        Incident = "incident",
        /// A serious incident.
        SeriousIncident = "serious_incident",
        /// A disaster.
        Disaster = "disaster",
    }
);

vocabulary!(
    /// The kinds of harm (OECD).
    HarmType {
        /// Physical harm or injury.
        Physical = "physical",
        /// Psychological harm.
        Psychological = "psychological",
        /// Harm to reputation.
        Reputational = "reputational",
        /// Economic or property harm.
        EconomicProperty = "economic_property",
        /// Harm to the environment.
        Environmental = "environmental",
        /// Harm to the public interest (democracy, critical infrastructure, social cohesion).
        PublicInterest = "public_interest",
        /// Violation of human rights or fundamental freedoms.
        HumanRights = "human_rights",
        /// Another kind.
        Other = "other",
    }
);

vocabulary!(
    /// What a supporting material is.
    MaterialKind {
        /// A news article.
        News = "news",
        /// A report by an organization.
        Report = "report",
        /// A research paper.
        Paper = "paper",
        /// A post on social media.
        SocialMedia = "social_media",
        /// A first-hand account.
        Testimony = "testimony",
        /// A dataset or log.
        Dataset = "dataset",
        /// Something else.
        Other = "other",
    }
);

vocabulary!(
    /// Who may see a supporting material.
    Access {
        /// Anyone.
        Public = "public",
        /// The forum's organizers only.
        Confidential = "confidential",
    }
);

vocabulary!(
    /// Where the report stands.
    ReportStatus {
        /// Preliminary: facts still being gathered.
        Draft = "draft",
        /// Partly confirmed; to be completed.
        Interim = "interim",
        /// Complete.
        Final = "final",
        /// Withdrawn by its authors; kept, marked withdrawn.
        Withdrawn = "withdrawn",
    }
);

vocabulary!(
    /// Traffic Light Protocol 2.0: who may receive the report.
    Tlp {
        /// No limit.
        Clear = "CLEAR",
        /// The community (here: the forum's participants).
        Green = "GREEN",
        /// Need-to-know within organizations (here: the forum's organizers).
        Amber = "AMBER",
        /// Need-to-know within the recipient's organization only (here: organizers).
        AmberStrict = "AMBER+STRICT",
        /// Named recipients only (here: organizers).
        Red = "RED",
    }
);

impl Tlp {
    /// Whether only the forum's organizers (and the authors) may receive it.
    pub fn organizers_only(self) -> bool {
        matches!(self, Tlp::Amber | Tlp::AmberStrict | Tlp::Red)
    }
}

vocabulary!(
    /// How the report's authors may be named.
    ReportAttribution {
        /// Not at all, nor their affiliation (the Chatham House Rule).
        ChathamHouse = "chatham_house",
        /// As each author consented.
        Consented = "consented",
        /// Publicly.
        Public = "public",
    }
);

/// A date known to a precision: "2024", "2024-05" or "2024-05-17".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateOccurred {
    /// The date, as precise as known.
    pub date: String,
    /// How precise it is.
    pub precision: DatePrecision,
}

/// A source backing the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Material {
    /// Where it is, if online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What it is.
    #[serde(rename = "type")]
    pub kind: MaterialKind,
    /// Its title.
    pub title: String,
    /// When it was published, if known (YYYY, YYYY-MM or YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Its language.
    pub language: LanguageTag,
    /// Who may see it.
    pub access: Access,
}

/// The AI system involved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AiSystem {
    /// Its name.
    pub name: String,
    /// Its version, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// An organization or group of people, as the AI Incident Database names them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// A slug, such as "acme-labs".
    pub id: String,
    /// Its name.
    pub name: String,
}

/// One attribute of a classification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    /// The attribute's short name in its taxonomy.
    pub short_name: String,
    /// Its value, as JSON text.
    pub value_json: String,
}

/// A classification under a taxonomy (as the AI Incident Database's, e.g. CSET).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Classification {
    /// The taxonomy.
    pub namespace: String,
    /// Its attributes.
    pub attributes: Vec<Attribute>,
}

/// The report's title and description in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportTranslation {
    /// The language.
    pub lang: LanguageTag,
    /// The title in it.
    pub title: String,
    /// The description in it.
    pub description: String,
}

/// A standardized AI incident report.
///
/// Fields added by later versions are ignored when read (the record compatibility rule);
/// importing a report from a JSON file checks it against the published schema first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentReport {
    /// 6 to 500 characters.
    pub title: String,
    /// What happened, in Markdown.
    pub description: String,
    /// Incident, hazard or issue.
    pub record_kind: RecordKind,
    /// How the AI system relates to it.
    pub ai_relation: AiRelation,
    /// When it happened, as precisely as known.
    pub date_occurred: DateOccurred,
    /// How severe it was.
    pub severity: Severity,
    /// The kinds of harm: at least one.
    pub harm_types: Vec<HarmType>,
    /// The sources: at least one.
    pub supporting_materials: Vec<Material>,
    /// Where the report stands.
    pub status: ReportStatus,
    /// Who may receive it.
    pub tlp: Tlp,
    /// How its authors may be named.
    pub attribution: ReportAttribution,
    /// The language it is written in.
    pub lang: LanguageTag,
    /// Countries affected (ISO 3166-1 alpha-2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// The AI system involved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai_system: Option<AiSystem>,
    /// Who developed it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub developers: Vec<Entity>,
    /// Who deployed it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deployers: Vec<Entity>,
    /// Who was harmed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub harmed_parties: Vec<Entity>,
    /// Sectors (ISIC Rev. 4 sections A–U or divisions 01–99).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
    /// Whether it was a security incident (an attack), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_security_incident: Option<bool>,
    /// MITRE ATLAS techniques of the attack, such as "AML.T0051.000".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub procedure: Vec<String>,
    /// What was done about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions_taken: Option<String>,
    /// Classifications under taxonomies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classifications: Vec<Classification>,
    /// Title and description in other languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<ReportTranslation>,
}

/// A rule a report breaks, naming the field (a path such as "supporting_materials[1].title").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// ISO 3166-1 alpha-2 codes.
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// The longest free text of a report, in bytes.
pub const MAX_REPORT_TEXT: usize = 32 * 1024;

fn is_partial_date(date: &str, precision: DatePrecision) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let ok = match (precision, parts.as_slice()) {
        (DatePrecision::Year, [y]) => digits(y, 4),
        (DatePrecision::Month, [y, m]) => digits(y, 4) && digits(m, 2),
        (DatePrecision::Day, [y, m, d]) => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    };
    if !ok {
        return false;
    }
    let num = |s: &str| s.parse::<u32>().unwrap_or(0);
    let month_ok = parts.get(1).is_none_or(|m| (1..=12).contains(&num(m)));
    let day_ok = parts.get(2).is_none_or(|d| {
        let (y, m) = (num(parts[0]), num(parts[1]));
        let days = match m {
            2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (1..=days).contains(&num(d))
    });
    month_ok && day_ok
}

fn precision_of(date: &str) -> Option<DatePrecision> {
    match date.split('-').count() {
        1 => Some(DatePrecision::Year),
        2 => Some(DatePrecision::Month),
        3 => Some(DatePrecision::Day),
        _ => None,
    }
}

impl IncidentReport {
    /// Every rule the report breaks; empty when it is acceptable.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        let mut err =
            |field: &str, message: &str| out.push(FieldError { field: field.into(), message: message.into() });
        let chars = self.title.trim().chars().count();
        if chars == 0 {
            err("title", "is required");
        } else if !(6..=500).contains(&chars) {
            err("title", "must be 6 to 500 characters");
        }
        if self.description.trim().is_empty() {
            err("description", "is required");
        }
        for (field, text) in [
            ("description", &self.description),
            ("actions_taken", self.actions_taken.as_ref().unwrap_or(&String::new())),
        ] {
            if text.len() > MAX_REPORT_TEXT {
                err(field, "is too long");
            }
        }
        if !is_partial_date(&self.date_occurred.date, self.date_occurred.precision) {
            err(
                "date_occurred",
                "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, as precise as its precision says",
            );
        }
        if self.harm_types.is_empty() {
            err("harm_types", "name at least one kind of harm");
        }
        if self.supporting_materials.is_empty() {
            err("supporting_materials", "give at least one source");
        }
        for (i, m) in self.supporting_materials.iter().enumerate() {
            if m.title.trim().is_empty() {
                err(&format!("supporting_materials[{i}].title"), "is required");
            }
            if let Some(url) = &m.url
                && !(url.starts_with("https://") || url.starts_with("http://"))
            {
                err(&format!("supporting_materials[{i}].url"), "must be an http(s) address");
            }
            if let Some(date) = &m.date
                && precision_of(date).is_none_or(|p| !is_partial_date(date, p))
            {
                err(&format!("supporting_materials[{i}].date"), "must be written YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        for (i, c) in self.countries.iter().enumerate() {
            if c.len() != 2 || !COUNTRIES.split(' ').any(|k| k == c) {
                err(&format!("countries[{i}]"), "must be an ISO 3166-1 alpha-2 code such as KE or FR");
            }
        }
        if let Some(system) = &self.ai_system
            && system.name.trim().is_empty()
        {
            err("ai_system.name", "is required when an AI system is given");
        }
        for (list, entities) in
            [("developers", &self.developers), ("deployers", &self.deployers), ("harmed_parties", &self.harmed_parties)]
        {
            for (i, e) in entities.iter().enumerate() {
                if e.name.trim().is_empty() {
                    err(&format!("{list}[{i}].name"), "is required");
                }
                if !crate::record::is_slug(&e.id) {
                    err(&format!("{list}[{i}].id"), "must be a slug such as acme-labs");
                }
            }
        }
        for (i, s) in self.sectors.iter().enumerate() {
            let section = s.len() == 1 && ('A'..='U').contains(&s.chars().next().unwrap_or(' '));
            let division = s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) && s != "00";
            if !(section || division) {
                err(&format!("sectors[{i}]"), "must be an ISIC section (A-U) or division (01-99)");
            }
        }
        for (i, p) in self.procedure.iter().enumerate() {
            let ok = p.strip_prefix("AML.T").is_some_and(|rest| {
                let (main, sub) = rest.split_once('.').map_or((rest, None), |(a, b)| (a, Some(b)));
                main.len() == 4
                    && main.bytes().all(|b| b.is_ascii_digit())
                    && sub.is_none_or(|s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
            });
            if !ok {
                err(&format!("procedure[{i}]"), "must be a MITRE ATLAS technique such as AML.T0051 or AML.T0051.000");
            }
        }
        if !self.procedure.is_empty() && self.is_security_incident == Some(false) {
            err("procedure", "attack techniques are for security incidents");
        }
        for (i, c) in self.classifications.iter().enumerate() {
            if c.namespace.trim().is_empty() {
                err(&format!("classifications[{i}].namespace"), "is required");
            }
            for (j, a) in c.attributes.iter().enumerate() {
                if serde_json::from_str::<serde_json::Value>(&a.value_json).is_err() {
                    err(&format!("classifications[{i}].attributes[{j}].value_json"), "must be JSON");
                }
            }
        }
        for (i, t) in self.translations.iter().enumerate() {
            if t.title.trim().is_empty() {
                err(&format!("translations[{i}].title"), "is required");
            }
        }
        out
    }

    /// Whether it has a public source with an address (what the AI Incident Database requires).
    pub fn public_source(&self) -> Option<&Material> {
        self.supporting_materials.iter().find(|m| m.access == Access::Public && m.url.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> IncidentReport {
        IncidentReport {
            title: "Chatbot gave wrong dosage advice".into(),
            description: "A deployed assistant recommended a harmful dosage.".into(),
            record_kind: RecordKind::Incident,
            ai_relation: AiRelation::Direct,
            date_occurred: DateOccurred { date: "2024-05".into(), precision: DatePrecision::Month },
            severity: Severity::SeriousIncident,
            harm_types: vec![HarmType::Physical],
            supporting_materials: vec![Material {
                url: Some("https://example.org/news/1".into()),
                kind: MaterialKind::News,
                title: "Report in the press".into(),
                date: Some("2024-05-20".into()),
                language: "en".parse().unwrap(),
                access: Access::Public,
            }],
            status: ReportStatus::Interim,
            tlp: Tlp::Green,
            attribution: ReportAttribution::ChathamHouse,
            lang: "en".parse().unwrap(),
            countries: vec!["KE".into()],
            ai_system: Some(AiSystem { name: "HealthBot".into(), version: None }),
            developers: vec![Entity { id: "acme-labs".into(), name: "Acme Labs".into() }],
            deployers: vec![],
            harmed_parties: vec![],
            sectors: vec!["Q".into()],
            is_security_incident: Some(false),
            procedure: vec![],
            actions_taken: None,
            classifications: vec![],
            translations: vec![],
        }
    }

    #[test]
    fn a_complete_report_has_no_problems() {
        assert_eq!(sample().problems(), vec![]);
    }

    #[test]
    fn each_broken_rule_names_its_field() {
        type Breaks = Box<dyn Fn(&mut IncidentReport)>;
        let cases: Vec<(&str, Breaks)> = vec![
            ("title", Box::new(|r| r.title = "".into())),
            ("title", Box::new(|r| r.title = "Short".into())),
            ("description", Box::new(|r| r.description = " ".into())),
            ("date_occurred", Box::new(|r| r.date_occurred.date = "2024-13".into())),
            (
                "date_occurred",
                Box::new(|r| {
                    r.date_occurred = DateOccurred { date: "2023-02-29".into(), precision: DatePrecision::Day }
                }),
            ),
            ("date_occurred", Box::new(|r| r.date_occurred.precision = DatePrecision::Day)),
            ("harm_types", Box::new(|r| r.harm_types.clear())),
            ("supporting_materials", Box::new(|r| r.supporting_materials.clear())),
            ("supporting_materials[0].title", Box::new(|r| r.supporting_materials[0].title = "".into())),
            (
                "supporting_materials[0].url",
                Box::new(|r| r.supporting_materials[0].url = Some("javascript:alert(1)".into())),
            ),
            ("countries[0]", Box::new(|r| r.countries = vec!["XX".into()])),
            ("developers[0].id", Box::new(|r| r.developers[0].id = "Acme Labs".into())),
            ("sectors[0]", Box::new(|r| r.sectors = vec!["Z".into()])),
            (
                "procedure[0]",
                Box::new(|r| {
                    r.is_security_incident = Some(true);
                    r.procedure = vec!["T1234".into()];
                }),
            ),
        ];
        for (field, break_it) in cases {
            let mut r = sample();
            break_it(&mut r);
            let problems = r.problems();
            assert!(problems.iter().any(|p| p.field == field), "{field}: {problems:?}");
        }
    }

    #[test]
    fn a_missing_required_field_is_refused_when_read() {
        let mut json = serde_json::to_value(sample()).unwrap();
        for field in [
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
        ] {
            let mut broken = json.clone();
            broken.as_object_mut().unwrap().remove(field);
            let err = serde_json::from_value::<IncidentReport>(broken).unwrap_err().to_string();
            assert!(err.contains(&format!("missing field `{field}`")), "{field}: {err}");
        }
        json.as_object_mut().unwrap().insert("colour".into(), "blue".into());
        assert!(serde_json::from_value::<IncidentReport>(json).is_ok(), "a newer version's fields are ignored");
    }
}
