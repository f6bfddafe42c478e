//! Incident reports as files, and as what other registries take.
//!
//! A report is written as JSON ([`to_json`]) and read back ([`from_json`]) in the format that
//! `assets/schemas/incident-report.schema.json` publishes, so that a third party can write or
//! check one without Plenary. Reading checks the text against that schema first, then reads it,
//! then applies [`IncidentReport::problems`], the rules the app and the forum server share; a
//! file with any problem is refused whole, with every problem and the JSON path it sits at.
//!
//! Two exports turn a report into what others take: [`aiid_submission`], the input of the AI
//! Incident Database's `insertOneSubmission`, and [`oecd_criteria`], the report laid out along the
//! OECD's common reporting framework for AI incidents, criterion by criterion, saying how well
//! each maps. Neither export ever carries a confidential material.
//!
//! Nothing here reads or writes files or asks the clock: callers pass text and dates in.

use plenary_proto::report::{
    Access, DatePrecision, Entity, HarmType, IncidentReport, Material, ReportAttribution, ReportStatus, Tlp,
};
use serde::Serialize;
use serde_json::{Map, Value, json};
use std::sync::LazyLock;

/// The published JSON Schema (draft 2020-12) of the report format, as compiled in.
pub const SCHEMA: &str = include_str!("../../../assets/schemas/incident-report.schema.json");

/// The schema's `$id`. Its last part is the format's major version, which changes only if a
/// change could make a valid report invalid; the compatibility rule is that none will.
pub const SCHEMA_ID: &str = "urn:plenary:schema:incident-report:1";

/// One thing wrong with a report file.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ReportProblem {
    /// Where: a JSON Pointer into the file, such as `/supporting_materials/0/title`; empty for
    /// the file as a whole.
    pub path: String,
    /// What is wrong, saying what would be right.
    pub message: String,
}

impl std::fmt::Display for ReportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() { f.write_str(&self.message) } else { write!(f, "{}: {}", self.path, self.message) }
    }
}

impl ReportProblem {
    fn new(path: impl Into<String>, message: impl Into<String>) -> ReportProblem {
        ReportProblem { path: path.into(), message: message.into() }
    }
}

/// The compiled schema, or why it would not compile (a bug that a test catches).
static VALIDATOR: LazyLock<Result<jsonschema::Validator, String>> = LazyLock::new(|| {
    let schema: Value = serde_json::from_str(SCHEMA).map_err(|e| e.to_string())?;
    jsonschema::draft202012::new(&schema).map_err(|e| e.to_string())
});

/// The report as pretty-printed JSON, its fields in the order the format lists them, optional
/// fields left out when empty; ends with a newline.
pub fn to_json(report: &IncidentReport) -> String {
    // Every field is text, a list, a flag or a unit enum, so serializing cannot fail.
    let mut text = serde_json::to_string_pretty(report).expect("an incident report always serializes");
    text.push('\n');
    text
}

/// Reads a report file: checks it against the published schema, reads it, and applies the
/// report rules. Returns every problem found, each with its JSON path, and no report if there
/// is any.
pub fn from_json(text: &str) -> Result<IncidentReport, Vec<ReportProblem>> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| vec![ReportProblem::new("", format!("the file is not JSON: {e}"))])?;
    let problems = schema_problems(&value);
    if !problems.is_empty() {
        return Err(problems);
    }
    // The schema admits only what this reads; a failure here means they disagree.
    let report: IncidentReport = serde_json::from_value(value)
        .map_err(|e| vec![ReportProblem::new("", format!("the report cannot be read: {e}"))])?;
    let problems: Vec<ReportProblem> =
        report.problems().into_iter().map(|p| ReportProblem::new(pointer_of_field(&p.field), p.message)).collect();
    if problems.is_empty() { Ok(report) } else { Err(problems) }
}

/// The most problems one file is refused with; a file with more is told to fix these first.
const MAX_PROBLEMS: usize = 100;

/// What the schema finds wrong with a parsed file, in the wording of the report rules.
pub(crate) fn schema_problems(value: &Value) -> Vec<ReportProblem> {
    let validator = match &*VALIDATOR {
        Ok(validator) => validator,
        Err(e) => return vec![ReportProblem::new("", format!("the built-in report schema is broken: {e}"))],
    };
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<ReportProblem> = Vec::new();
    for problem in validator.iter_errors(value).flat_map(|error| describe(&error)) {
        if out.len() == MAX_PROBLEMS {
            out.push(ReportProblem::new("", "has more problems than these; fix these and import it again"));
            break;
        }
        if seen.insert(problem.clone()) {
            out.push(problem);
        }
    }
    out
}

/// A schema error as problems with paths (one per unexpected field) and plain messages.
fn describe(error: &jsonschema::ValidationError<'_>) -> Vec<ReportProblem> {
    use jsonschema::error::ValidationErrorKind as Kind;
    let path = error.instance_path().as_str();
    let at = |name: &str| format!("{path}/{}", name.replace('~', "~0").replace('/', "~1"));
    let message = match error.kind() {
        Kind::Required { property } => {
            let name = property.as_str().map_or_else(|| property.to_string(), str::to_owned);
            return vec![ReportProblem::new(at(&name), "is required")];
        }
        Kind::AdditionalProperties { unexpected } => {
            return unexpected
                .iter()
                .map(|name| {
                    ReportProblem::new(at(name), "is not a field of the incident report format this Plenary reads")
                })
                .collect();
        }
        Kind::Type { kind: jsonschema::error::TypeKind::Single(kind) } => {
            format!("must be {}", type_name(&kind.to_string()))
        }
        Kind::MinItems { .. } | Kind::MaxItems { .. } => {
            field_rule(path).map_or_else(|| error.to_string(), str::to_owned)
        }
        Kind::Enum { options } => field_rule(path).map_or_else(
            || {
                let names: Vec<String> =
                    options.as_array().into_iter().flatten().map(|o| o.as_str().unwrap_or("?").to_owned()).collect();
                format!("must be one of: {}", names.join(", "))
            },
            str::to_owned,
        ),
        Kind::MaxLength { .. } if path == "/description" || path == "/actions_taken" => "is too long".into(),
        Kind::Pattern { .. } | Kind::MaxLength { .. } | Kind::MinLength { .. } => {
            field_rule(path).map_or_else(|| error.to_string(), str::to_owned)
        }
        _ => error.to_string(),
    };
    vec![ReportProblem::new(path, message)]
}

fn type_name(schema_type: &str) -> &str {
    match schema_type.trim_matches('"') {
        "string" => "text",
        "array" => "a list",
        "object" => "an object",
        "boolean" => "true or false",
        "null" => "null",
        "number" | "integer" => "a number",
        other => other,
    }
}

/// The rule a field's value breaks, keyed by its path without list indices; worded as
/// [`IncidentReport::problems`] words it, so a user sees one voice whichever check caught it.
fn field_rule(path: &str) -> Option<&'static str> {
    let shape: Vec<&str> = path.split('/').filter(|s| !s.is_empty() && s.parse::<usize>().is_err()).collect();
    Some(match shape.as_slice() {
        ["title"] => "must be 6 to 500 characters",
        ["description"]
        | ["supporting_materials", "title"]
        | ["ai_system", "name"]
        | ["developers" | "deployers" | "harmed_parties", "name"]
        | ["classifications", "namespace"]
        | ["translations", "title"] => "is required",
        ["date_occurred", "date"] => {
            "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, as precise as its precision says"
        }
        ["supporting_materials", "date"] => "must be written YYYY, YYYY-MM or YYYY-MM-DD",
        ["supporting_materials", "url"] => "must be an http(s) address",
        ["lang"] | ["supporting_materials", "language"] | ["translations", "lang"] => {
            "must be a language tag such as en, fr or zh-Hans"
        }
        ["developers" | "deployers" | "harmed_parties", "id"] => "must be a slug such as acme-labs",
        ["countries"] => "must be an ISO 3166-1 alpha-2 code such as KE or FR",
        ["sectors"] => "must be an ISIC section (A-U) or division (01-99)",
        ["procedure"] if path == "/procedure" => "attack techniques are for security incidents",
        ["procedure"] => "must be a MITRE ATLAS technique such as AML.T0051 or AML.T0051.000",
        ["harm_types"] if path == "/harm_types" => "name at least one kind of harm",
        ["supporting_materials"] if path == "/supporting_materials" => "give at least one source",
        _ => return None,
    })
}

/// The JSON Pointer of a field as [`IncidentReport::problems`] names it
/// (`supporting_materials[1].title` → `/supporting_materials/1/title`).
/// A JSON Pointer (`/supporting_materials/0/title`) as the report rules name the field
/// (`supporting_materials[0].title`); the inverse of [`pointer_of_field`].
pub(crate) fn field_of_pointer(pointer: &str) -> String {
    let mut out = String::new();
    for part in pointer.split('/').skip(1) {
        let part = part.replace("~1", "/").replace("~0", "~");
        if part.parse::<usize>().is_ok() {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&part);
        }
    }
    out
}

fn pointer_of_field(field: &str) -> String {
    // The date rule is about the date, whichever of the two fields is off.
    if field == "date_occurred" {
        return "/date_occurred/date".into();
    }
    let mut out = String::from("/");
    for c in field.chars() {
        match c {
            '[' | '.' => out.push('/'),
            ']' => {}
            c => out.push(c),
        }
    }
    out
}

/// A calendar date `YYYY-MM-DD` that exists.
fn is_day(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (y, m, d) = (y.parse::<u32>().unwrap_or(0), m.parse::<u32>().unwrap_or(0), d.parse::<u32>().unwrap_or(0));
    let days = match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// A date of any precision as the day the AIID wants: itself, or the first day of its month or
/// year, with a note saying so.
fn as_day(date: &str, what: &str) -> (String, Option<String>) {
    match date.split('-').count() {
        1 => (
            format!("{date}-01-01"),
            Some(format!("{what} is known to the year only ({date}); given as its first day.")),
        ),
        2 => {
            (format!("{date}-01"), Some(format!("{what} is known to the month only ({date}); given as its first day.")))
        }
        _ => (date.to_owned(), None),
    }
}

/// The host of an http(s) address as the AIID writes `source_domain`: lower case, without a
/// leading `www.` or `m.`.
fn source_domain(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host_port.starts_with('[') {
        host_port.split_inclusive(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").or_else(|| host.strip_prefix("m.")).unwrap_or(&host).to_owned();
    (!host.is_empty()).then_some(host)
}

/// An entity slug made from a name the way the AIID makes `entity_id`s (lower case, runs of
/// anything else as one hyphen), if the name gives one.
fn slug_of(name: &str) -> Option<String> {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    (!slug.is_empty() && slug.len() <= 64).then(|| slug.to_owned())
}

fn links(entities: &[Entity]) -> Value {
    json!({ "link": entities.iter().map(|e| e.id.as_str()).collect::<Vec<_>>() })
}

/// The report as the input of the AI Incident Database's GraphQL `insertOneSubmission`
/// (its `SubmissionInsertType`), ready to send on `today` (`YYYY-MM-DD`, the sender's date,
/// used for `date_submitted`, `date_modified` and `date_downloaded`).
///
/// The AIID is public, so only a report that may be published is exported: TLP:CLEAR, not
/// withdrawn, without problems, and with a public source that has an address and a publication
/// date (the AIID requires `url`, `source_domain` and `date_published`). The public source gives
/// `url`, `source_domain` and `date_published`; no other material, and no confidential one, is
/// included. `text` is the description (Markdown), `plain_text` and `description` its plain text.
///
/// `submitter` is who may be named as sending it (empty: "Anonymous"). It is also given as the
/// author when the report's attribution allows naming (`consented`, `public`); under the Chatham
/// House Rule the submission has no authors. Developers, deployers and harmed parties are linked
/// by their slugs, which are AIID `entity_id`s; the AIID creates entities it lacks from the
/// report's names (`upsertOneEntity`) before inserting. Approximations (a date known to the
/// month, say) are explained in `editor_notes`.
pub fn aiid_submission(report: &IncidentReport, submitter: &str, today: &str) -> Result<Value, String> {
    match report.tlp {
        Tlp::Clear => {}
        Tlp::Green => {
            return Err("TLP:GREEN reports stay within the forum's community and may not go to a public \
                        database such as the AI Incident Database; only TLP:CLEAR reports can be submitted"
                .into());
        }
        tlp => {
            let name = serde_json::to_value(tlp).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
            return Err(format!(
                "TLP:{name} reports are for the forum's organizers only and may not go to a public database \
                 such as the AI Incident Database; only TLP:CLEAR reports can be submitted"
            ));
        }
    }
    if report.status == ReportStatus::Withdrawn {
        return Err("the report was withdrawn by its authors, so it is not submitted".into());
    }
    if let Some(problem) = report.problems().first() {
        return Err(format!("the report has problems to fix first, starting with {problem}"));
    }
    if !is_day(today) {
        return Err(format!("'{today}' is not a date written YYYY-MM-DD"));
    }
    let source = report.public_source().ok_or(
        "the AI Incident Database takes only reports with a public source that has an address; \
         add a public supporting material with its URL",
    )?;
    let url = source.url.as_deref().unwrap_or_default();
    let domain = source_domain(url).ok_or_else(|| format!("the public source's address {url} has no host name"))?;
    let published = source
        .date
        .as_deref()
        .ok_or("the AI Incident Database needs the public source's publication date; add it to the source")?;

    let mut notes = vec![format!(
        "Sent from Plenary: a {} report ({} status, severity {}).",
        wire(&report.record_kind),
        wire(&report.status),
        wire(&report.severity)
    )];
    let (date_published, note) = as_day(published, "The source's publication date");
    notes.extend(note);
    let (incident_date, note) = as_day(&report.date_occurred.date, "The date of occurrence");
    notes.extend(note);

    let plain = crate::anchor::plain_text(&report.description);
    let language = report.lang.as_str().split('-').next().unwrap_or("en").to_ascii_lowercase();
    let named = submitter.trim();
    let authors: Vec<&str> = match report.attribution {
        ReportAttribution::ChathamHouse => vec![],
        ReportAttribution::Consented | ReportAttribution::Public if !named.is_empty() => vec![named],
        ReportAttribution::Consented | ReportAttribution::Public => vec![],
    };
    let submitters = vec![if named.is_empty() { "Anonymous" } else { named }];

    let mut out = Map::new();
    out.insert("title".into(), report.title.trim().into());
    out.insert("description".into(), plain.clone().into());
    out.insert("text".into(), report.description.clone().into());
    out.insert("plain_text".into(), plain.into());
    out.insert("url".into(), url.into());
    out.insert("source_domain".into(), domain.into());
    out.insert("language".into(), language.into());
    out.insert("date_published".into(), date_published.into());
    out.insert("date_downloaded".into(), today.into());
    out.insert("date_submitted".into(), today.into());
    out.insert("date_modified".into(), today.into());
    out.insert("incident_date".into(), incident_date.into());
    out.insert("authors".into(), json!(authors));
    out.insert("submitters".into(), json!(submitters));
    out.insert("tags".into(), json!([]));
    out.insert("image_url".into(), "".into());
    out.insert("developers".into(), links(&report.developers));
    out.insert("deployers".into(), links(&report.deployers));
    out.insert("harmed_parties".into(), links(&report.harmed_parties));
    if let Some(system) = &report.ai_system {
        let version = system.version.as_deref().map(|v| format!(" {v}")).unwrap_or_default();
        match slug_of(&system.name) {
            Some(slug) => {
                out.insert("implicated_systems".into(), json!({ "link": [slug] }));
                notes.push(format!("Implicated AI system: {}{version}.", system.name.trim()));
            }
            None => notes.push(format!("AI system involved: {}{version}.", system.name.trim())),
        }
    }
    out.insert("editor_notes".into(), notes.join(" ").into());
    Ok(Value::Object(out))
}

/// A vocabulary value's wire name.
fn wire<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The framework [`oecd_criteria`] follows.
pub const OECD_FRAMEWORK: &str = "OECD (2025), \"Towards a common reporting framework for AI incidents\", \
                                  OECD Artificial Intelligence Papers, No. 34, OECD Publishing, Paris (February 2025)";

/// Where the OECD publishes the framework.
pub const OECD_FRAMEWORK_URL: &str =
    "https://www.oecd.org/en/publications/towards-a-common-reporting-framework-for-ai-incidents_f326d4ac-en.html";

/// The framework's eight dimensions, in its order.
pub const OECD_DIMENSIONS: [&str; 8] = [
    "Metadata",
    "Harm details",
    "People and planet",
    "Economic context",
    "Data and input",
    "AI model",
    "Task and output",
    "Other information",
];

/// The framework's 29 criteria: number, name, dimension, and whether the framework makes it
/// mandatory. Numbered and grouped in the framework's order.
pub const OECD_CRITERIA: [(u8, &str, &str, bool); 29] = [
    (1, "Title", "Metadata", true),
    (2, "Description of the incident", "Metadata", true),
    (3, "How the AI system relates to the incident", "Metadata", true),
    (4, "Submitter information", "Metadata", true),
    (5, "Date of first known occurrence", "Metadata", false),
    (6, "Country(ies) where the incident occurred", "Metadata", false),
    (7, "Supporting materials", "Metadata", true),
    (8, "AI system or product name and version", "Metadata", false),
    (9, "Organisations that developed and deployed the AI system", "Metadata", false),
    (10, "Severity", "Harm details", true),
    (11, "Type(s) of harm", "Harm details", true),
    (12, "Quantification of harm", "Harm details", false),
    (13, "Unintended use or wrongful use of the AI system", "Harm details", false),
    (14, "Affected stakeholders", "People and planet", false),
    (15, "Impacts on human rights and fundamental freedoms", "People and planet", false),
    (16, "Associated OECD AI Principles", "People and planet", false),
    (17, "Industry(ies)", "Economic context", false),
    (18, "Business function(s)", "Economic context", false),
    (19, "Critical functions or infrastructure affected", "Economic context", false),
    (20, "Breadth of deployment", "Economic context", false),
    (21, "Link to training data", "Data and input", false),
    (22, "Link to the AI model", "AI model", false),
    (23, "Usage rights of the AI model", "AI model", false),
    (24, "Interaction of multiple AI systems", "AI model", false),
    (25, "Task(s) of the AI system", "Task and output", false),
    (26, "Level of autonomy of the AI system", "Task and output", false),
    (27, "Actions taken", "Other information", false),
    (28, "Steps to reproduce", "Other information", false),
    (29, "Additional information", "Other information", false),
];

/// How one criterion maps: status, the report's fields it comes from, their value, and a note
/// saying what is missing or approximated.
struct Mapping {
    status: &'static str,
    fields: &'static [&'static str],
    value: Value,
    note: String,
}

fn direct(fields: &'static [&'static str], value: Value) -> Mapping {
    Mapping { status: "direct", fields, value, note: String::new() }
}

fn partial(fields: &'static [&'static str], value: Value, note: impl Into<String>) -> Mapping {
    Mapping { status: "partial", fields, value, note: note.into() }
}

fn none(note: impl Into<String>) -> Mapping {
    Mapping { status: "none", fields: &[], value: Value::Null, note: note.into() }
}

fn public_material(m: &Material) -> Value {
    json!({ "url": m.url, "type": wire(&m.kind), "title": m.title, "date": m.date, "language": m.language })
}

fn entities(list: &[Entity]) -> Value {
    json!(list.iter().map(|e| json!({ "id": e.id, "name": e.name })).collect::<Vec<_>>())
}

fn map_criterion(id: u8, r: &IncidentReport) -> Mapping {
    let not_given = |what: &str| none(format!("Not given in this report ({what})."));
    let has_harm = |h: HarmType| r.harm_types.contains(&h);
    match id {
        1 => direct(&["title"], json!(r.title.trim())),
        2 => direct(&["description"], json!(r.description)),
        3 => partial(
            &["ai_relation", "record_kind"],
            json!({ "ai_relation": wire(&r.ai_relation), "record_kind": wire(&r.record_kind) }),
            "Given in Plenary's vocabulary (direct, contributing, involved, alleged; incident, hazard, issue), \
             not converted to the framework's answer options.",
        ),
        4 => partial(
            &["attribution"],
            json!({ "attribution": wire(&r.attribution) }),
            "The report says how its authors may be named, never who they are; submitter details are given \
             outside the report, as the attribution allows (none under the Chatham House Rule).",
        ),
        5 => {
            let value = json!({ "date": r.date_occurred.date, "precision": wire(&r.date_occurred.precision) });
            match r.date_occurred.precision {
                DatePrecision::Day => direct(&["date_occurred"], value),
                _ => partial(&["date_occurred"], value, "Known only to the month or year, as precision says."),
            }
        }
        6 if r.countries.is_empty() => not_given("countries"),
        6 => partial(
            &["countries"],
            json!(r.countries),
            "Plenary records the countries affected (ISO 3166-1 alpha-2), which can differ from where it occurred.",
        ),
        7 => {
            let public: Vec<Value> =
                r.supporting_materials.iter().filter(|m| m.access == Access::Public).map(public_material).collect();
            let withheld = r.supporting_materials.len() - public.len();
            match (public.is_empty(), withheld) {
                (_, 0) => direct(&["supporting_materials"], json!(public)),
                (true, _) => none(format!(
                    "All {withheld} supporting material(s) are confidential to the forum's organizers and left out."
                )),
                (false, _) => partial(
                    &["supporting_materials"],
                    json!(public),
                    format!("{withheld} confidential supporting material(s) left out."),
                ),
            }
        }
        8 => match &r.ai_system {
            None => not_given("ai_system"),
            Some(s) if s.version.is_none() => {
                partial(&["ai_system"], json!({ "name": s.name }), "The system's version is not known.")
            }
            Some(s) => direct(&["ai_system"], json!({ "name": s.name, "version": s.version })),
        },
        9 => {
            let value = json!({ "developers": entities(&r.developers), "deployers": entities(&r.deployers) });
            match (r.developers.is_empty(), r.deployers.is_empty()) {
                (true, true) => not_given("developers, deployers"),
                (false, false) => direct(&["developers", "deployers"], value),
                (false, true) => partial(&["developers", "deployers"], value, "No deployer is named."),
                (true, false) => partial(&["developers", "deployers"], value, "No developer is named."),
            }
        }
        10 => direct(&["severity"], json!(wire(&r.severity))),
        11 => {
            let value = json!(r.harm_types.iter().map(wire).collect::<Vec<_>>());
            if has_harm(HarmType::Other) {
                partial(
                    &["harm_types"],
                    value,
                    "'other' is not one of the framework's harm types; the description says which.",
                )
            } else {
                direct(&["harm_types"], value)
            }
        }
        12 => none("Not a field of the report; any figures are in the description."),
        13 => match r.is_security_incident {
            Some(attack) => partial(
                &["is_security_incident"],
                json!({ "is_security_incident": attack }),
                "Says whether it was an attack (a wrongful use); unintended use is not recorded separately.",
            ),
            None => not_given("is_security_incident"),
        },
        14 if r.harmed_parties.is_empty() => not_given("harmed_parties"),
        14 => partial(
            &["harmed_parties"],
            entities(&r.harmed_parties),
            "Named parties (AIID entities), not the framework's stakeholder categories.",
        ),
        15 if has_harm(HarmType::HumanRights) => partial(
            &["harm_types"],
            json!("human_rights"),
            "Human rights harm is named as a kind of harm; which rights, and how, is in the description only.",
        ),
        15 => none("The report names no human rights harm."),
        16 => none("Not a field of the report."),
        17 if r.sectors.is_empty() => not_given("sectors"),
        17 => direct(&["sectors"], json!(r.sectors)),
        18 => none("Not a field of the report."),
        19 if has_harm(HarmType::PublicInterest) => partial(
            &["harm_types"],
            json!("public_interest"),
            "Harm to the public interest (which includes critical infrastructure) is named; the function or \
             infrastructure affected is in the description only.",
        ),
        19 => none("Not a field of the report, and no harm to the public interest is named."),
        20 => none("Not a field of the report."),
        21 => none("Not a field of the report."),
        22 => none("Not a field of the report; criterion 8 gives the system's name and version."),
        23 => none("Not a field of the report."),
        24 => none("Not a field of the report."),
        25 => none("Not a field of the report."),
        26 => none("Not a field of the report."),
        27 => match &r.actions_taken {
            Some(actions) if !actions.trim().is_empty() => direct(&["actions_taken"], json!(actions)),
            _ => not_given("actions_taken"),
        },
        28 if r.procedure.is_empty() => not_given("procedure"),
        28 => partial(
            &["procedure"],
            json!(r.procedure),
            "MITRE ATLAS techniques of the attack: how it was done, not steps to reproduce it.",
        ),
        _ => {
            let classifications: Vec<Value> = r
                .classifications
                .iter()
                .map(|c| {
                    json!({
                        "namespace": c.namespace,
                        "attributes": c
                            .attributes
                            .iter()
                            .map(|a| json!({ "short_name": a.short_name, "value_json": a.value_json }))
                            .collect::<Vec<_>>(),
                    })
                })
                .collect();
            let translations: Vec<&str> = r.translations.iter().map(|t| t.lang.as_str()).collect();
            direct(
                &["status", "lang", "classifications", "translations"],
                json!({
                    "status": wire(&r.status),
                    "lang": r.lang,
                    "classifications": classifications,
                    "translated_into": translations,
                }),
            )
        }
    }
}

/// The report along the OECD's common reporting framework for AI incidents ([`OECD_FRAMEWORK`]):
/// for each of its 29 criteria (see [`OECD_CRITERIA`]), its number, name and dimension, whether the
/// framework makes it mandatory, the value from the report, and how it maps: `direct`, `partial`
/// (the note says what is missing or approximated) or `none`.
///
/// The report's TLP label goes with it, for the recipient to respect. Confidential supporting
/// materials are left out.
pub fn oecd_criteria(report: &IncidentReport) -> Value {
    let mut counts = Map::new();
    for status in ["direct", "partial", "none"] {
        counts.insert(status.into(), json!(0));
    }
    let mut mandatory_not_direct = Vec::new();
    let criteria: Vec<Value> = OECD_CRITERIA
        .iter()
        .map(|&(id, name, dimension, mandatory)| {
            let m = map_criterion(id, report);
            if let Some(n) = counts.get_mut(m.status) {
                *n = json!(n.as_u64().unwrap_or(0) + 1);
            }
            if mandatory && m.status != "direct" {
                mandatory_not_direct.push(id);
            }
            let mut c = Map::new();
            c.insert("id".into(), json!(id));
            c.insert("name".into(), json!(name));
            c.insert("dimension".into(), json!(dimension));
            c.insert("mandatory".into(), json!(mandatory));
            c.insert("status".into(), json!(m.status));
            c.insert("fields".into(), json!(m.fields));
            c.insert("value".into(), m.value);
            if !m.note.is_empty() {
                c.insert("note".into(), json!(m.note));
            }
            Value::Object(c)
        })
        .collect();
    json!({
        "framework": {
            "name": "OECD common reporting framework for AI incidents",
            "version": "2025 (first edition)",
            "source": OECD_FRAMEWORK,
            "url": OECD_FRAMEWORK_URL,
            "criteria": OECD_CRITERIA.len(),
            "dimensions": OECD_DIMENSIONS,
        },
        "mapping": {
            "version": 1,
            "from": SCHEMA_ID,
            "statuses": {
                "direct": "The report holds the criterion's information as such.",
                "partial": "The report holds part of it, or something close; the note says what is missing.",
                "none": "The report does not hold it.",
            },
        },
        "report": {
            "title": report.title.trim(),
            "lang": report.lang,
            "tlp": wire(&report.tlp),
        },
        "criteria": criteria,
        "summary": {
            "counts": counts,
            "mandatory_not_direct": mandatory_not_direct,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use plenary_proto::LanguageTag;
    use plenary_proto::report::{
        AiRelation, AiSystem, Attribute, Classification, DateOccurred, MaterialKind, RecordKind, ReportTranslation,
        Severity,
    };
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    fn tag(s: &str) -> LanguageTag {
        s.parse().unwrap()
    }

    fn material(url: Option<&str>, access: Access) -> Material {
        Material {
            url: url.map(str::to_owned),
            kind: MaterialKind::News,
            title: "Report in the press".into(),
            date: Some("2024-05-20".into()),
            language: tag("en"),
            access,
        }
    }

    /// Only what is required.
    fn minimal() -> IncidentReport {
        IncidentReport {
            title: "Chatbot gave wrong dosage advice".into(),
            description: "A deployed assistant recommended a harmful dosage.".into(),
            record_kind: RecordKind::Incident,
            ai_relation: AiRelation::Direct,
            date_occurred: DateOccurred { date: "2024-05".into(), precision: DatePrecision::Month },
            severity: Severity::SeriousIncident,
            harm_types: vec![HarmType::Physical],
            supporting_materials: vec![Material { url: None, date: None, ..material(None, Access::Public) }],
            status: ReportStatus::Interim,
            tlp: Tlp::Clear,
            attribution: ReportAttribution::ChathamHouse,
            lang: tag("en"),
            countries: vec![],
            ai_system: None,
            developers: vec![],
            deployers: vec![],
            harmed_parties: vec![],
            sectors: vec![],
            is_security_incident: None,
            procedure: vec![],
            actions_taken: None,
            classifications: vec![],
            translations: vec![],
        }
    }

    /// Every optional field given.
    fn maximal() -> IncidentReport {
        let entity = |id: &str, name: &str| Entity { id: id.into(), name: name.into() };
        IncidentReport {
            countries: vec!["KE".into(), "FR".into()],
            ai_system: Some(AiSystem { name: "HealthBot".into(), version: Some("2.1".into()) }),
            developers: vec![entity("acme-labs", "Acme Labs")],
            deployers: vec![entity("city-clinic", "City Clinic")],
            harmed_parties: vec![entity("patients", "Patients")],
            sectors: vec!["Q".into(), "86".into()],
            is_security_incident: Some(true),
            procedure: vec!["AML.T0051.000".into(), "AML.T0054".into()],
            actions_taken: Some("The assistant was taken offline.".into()),
            classifications: vec![Classification {
                namespace: "CSET".into(),
                attributes: vec![Attribute { short_name: "Intent".into(), value_json: "\"Accident\"".into() }],
            }],
            translations: vec![ReportTranslation {
                lang: tag("fr"),
                title: "Un assistant a conseillé une mauvaise posologie".into(),
                description: "Un assistant déployé a recommandé une dose dangereuse.".into(),
            }],
            date_occurred: DateOccurred { date: "2024-02-29".into(), precision: DatePrecision::Day },
            supporting_materials: vec![
                material(Some("https://www.example.org/news/1"), Access::Public),
                Material {
                    kind: MaterialKind::Testimony,
                    title: "A nurse's account".into(),
                    ..material(None, Access::Confidential)
                },
            ],
            ..minimal()
        }
    }

    /// Arabic, Chinese, combining marks, an emoji and right-to-left marks.
    fn non_latin() -> IncidentReport {
        IncidentReport {
            title: "روبوت محادثة يقدّم نصائح طبية خاطئة 🤖".into(),
            description: "قدّم المساعد جرعة خاطئة.\n\n**الأثر**: دخول مريضين إلى المستشفى. \u{200f}".into(),
            lang: tag("ar"),
            developers: vec![Entity {
                id: "shamal-ai".into(), name: "شمال للذكاء الاصطناعي".into()
            }],
            translations: vec![ReportTranslation {
                lang: tag("zh-hans"),
                title: "聊天机器人给出错误剂量建议".into(),
                description: "部署的助手建议了有害剂量。".into(),
            }],
            supporting_materials: vec![Material {
                title: "تقرير صحفي".into(),
                language: tag("ar"),
                ..material(Some("https://news.example.org/ar/1"), Access::Public)
            }],
            ..minimal()
        }
    }

    fn validator() -> jsonschema::Validator {
        jsonschema::draft202012::new(&serde_json::from_str(SCHEMA).unwrap()).unwrap()
    }

    fn sample(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reports").join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    const SAMPLES: [&str; 3] = ["fr-scoring-allocations.json", "ar-chatbot-data-leak.json", "en-triage-hazard.json"];

    fn problems_of(value: &Value) -> Vec<ReportProblem> {
        from_json(&value.to_string()).expect_err("should be refused")
    }

    fn has(problems: &[ReportProblem], path: &str, message: &str) -> bool {
        problems.iter().any(|p| p.path == path && p.message.contains(message))
    }

    const REQUIRED: [&str; 12] = [
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

    #[test]
    fn the_schema_is_a_valid_draft_2020_12_schema_with_a_version_and_compatibility_rule() {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        jsonschema::meta::validate(&schema).unwrap();
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(schema["$id"], SCHEMA_ID);
        let comment = schema["$comment"].as_str().unwrap();
        assert!(comment.contains("version 1.0.0"), "{comment}");
        assert!(
            comment.contains("only adds optional fields") && comment.contains("no field is ever removed, renamed"),
            "{comment}"
        );
        assert!(schema["title"].is_string() && schema["description"].is_string());
        assert!(VALIDATOR.is_ok(), "{:?}", VALIDATOR.as_ref().err());
    }

    /// Walks every subschema: each object closes its properties, each property is described.
    fn check_schema(node: &Value, at: &str, seen: &mut usize) {
        match node {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    let closed = map.get("additionalProperties") == Some(&Value::Bool(false));
                    // An `if`/`then` branch only narrows properties its object already declares.
                    let branch = at.ends_with("/if") || at.ends_with("/then");
                    assert!(closed || branch, "{at}: additionalProperties must be false");
                    for (name, prop) in props {
                        if !branch {
                            *seen += 1;
                            assert!(
                                prop["description"].as_str().is_some_and(|d| d.len() > 10),
                                "{at}/properties/{name} has no description"
                            );
                        }
                    }
                }
                if map.get("type") == Some(&json!("object")) {
                    assert!(map.contains_key("properties"), "{at}: an object without properties");
                }
                for (key, child) in map {
                    check_schema(child, &format!("{at}/{key}"), seen);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    check_schema(child, &format!("{at}/{i}"), seen);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_object_is_closed_and_every_property_described() {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        let mut seen = 0;
        check_schema(&schema, "", &mut seen);
        // 23 report fields, 2 of a date, 6 of a material, 2 of a system, 2 of an entity,
        // 2 of a classification, 2 of an attribute, 3 of a translation.
        assert_eq!(seen, 42);
    }

    #[test]
    fn the_schema_lists_exactly_the_report_fields_and_requires_the_required_ones() {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        let listed: Vec<&str> = schema["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        let written = serde_json::to_value(maximal()).unwrap();
        let fields: Vec<&str> = written.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(listed.iter().collect::<BTreeSet<_>>(), fields.iter().collect::<BTreeSet<_>>());
        let required: Vec<&str> = schema["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        assert_eq!(required, REQUIRED);
        let written = to_json(&minimal());
        let fields: Vec<&str> = written.lines().filter_map(|l| l.strip_prefix("  \"")?.split('"').next()).collect();
        assert_eq!(fields, REQUIRED, "a minimal report writes exactly the required fields, in order");
    }

    #[test]
    fn the_apps_own_exports_validate_against_the_schema() {
        let validator = validator();
        let mut reports = vec![minimal(), maximal(), non_latin()];
        reports.extend(SAMPLES.iter().map(|name| from_json(&sample(name)).unwrap()));
        for report in reports {
            let text = to_json(&report);
            let value: Value = serde_json::from_str(&text).unwrap();
            let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{}: {errors:?}", report.title);
            assert_eq!(from_json(&text), Ok(report));
        }
    }

    #[test]
    fn export_is_pretty_printed_in_the_structs_order() {
        let text = to_json(&maximal());
        assert!(
            text.starts_with("{\n  \"title\": \"Chatbot gave wrong dosage advice\",\n  \"description\": "),
            "{text}"
        );
        assert!(text.ends_with("}\n"));
        let order: Vec<usize> =
            ["\"title\"", "\"record_kind\"", "\"lang\"", "\"countries\"", "\"procedure\"", "\"translations\""]
                .iter()
                .map(|key| text.find(key).unwrap())
                .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        assert!(!to_json(&minimal()).contains("countries"), "empty optional fields are left out");
        assert!(to_json(&non_latin()).contains("روبوت محادثة"), "text is written as UTF-8, not escaped");
    }

    #[test]
    fn each_required_field_missing_is_refused_naming_it() {
        let full = serde_json::to_value(maximal()).unwrap();
        for field in REQUIRED {
            let mut broken = full.clone();
            broken.as_object_mut().unwrap().remove(field);
            let problems = problems_of(&broken);
            assert!(has(&problems, &format!("/{field}"), "is required"), "{field}: {problems:?}");
        }
        let nested = [
            ("/date_occurred", "date"),
            ("/date_occurred", "precision"),
            ("/supporting_materials/1", "type"),
            ("/supporting_materials/0", "title"),
            ("/supporting_materials/0", "language"),
            ("/supporting_materials/0", "access"),
            ("/ai_system", "name"),
            ("/developers/0", "id"),
            ("/harmed_parties/0", "name"),
            ("/classifications/0", "namespace"),
            ("/classifications/0", "attributes"),
            ("/classifications/0/attributes/0", "value_json"),
            ("/translations/0", "description"),
        ];
        for (parent, field) in nested {
            let mut broken = full.clone();
            broken.pointer_mut(parent).unwrap().as_object_mut().unwrap().remove(field);
            let problems = problems_of(&broken);
            assert!(has(&problems, &format!("{parent}/{field}"), "is required"), "{parent}/{field}: {problems:?}");
        }
    }

    #[test]
    fn unknown_fields_are_refused_with_their_paths() {
        let full = serde_json::to_value(maximal()).unwrap();
        for parent in [
            "",
            "/date_occurred",
            "/supporting_materials/0",
            "/ai_system",
            "/deployers/0",
            "/classifications/0/attributes/0",
            "/translations/0",
        ] {
            let mut broken = full.clone();
            broken.pointer_mut(parent).unwrap().as_object_mut().unwrap().insert("colour".into(), json!("blue"));
            let problems = problems_of(&broken);
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert!(has(&problems, &format!("{parent}/colour"), "is not a field"), "{parent}: {problems:?}");
        }
    }

    /// Breaks one field of a valid report's JSON and expects one problem there.
    fn refused(pointer: &str, value: Value, path: &str, message: &str) {
        let mut json = serde_json::to_value(maximal()).unwrap();
        *json.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")) = value.clone();
        let problems = problems_of(&json);
        assert!(has(&problems, path, message), "{pointer} = {value}: {problems:?}");
    }

    #[test]
    fn wrong_enum_values_are_refused() {
        refused("/severity", json!("catastrophic"), "/severity", "must be one of: hazard, serious_hazard, incident");
        refused("/tlp", json!("amber"), "/tlp", "must be one of: CLEAR, GREEN, AMBER, AMBER+STRICT, RED");
        refused("/record_kind", json!("accident"), "/record_kind", "must be one of: incident, hazard, issue");
        refused("/ai_relation", json!(""), "/ai_relation", "must be one of");
        refused("/harm_types/0", json!("bias"), "/harm_types/0", "must be one of: physical");
        refused("/supporting_materials/0/type", json!("blog"), "/supporting_materials/0/type", "must be one of");
        refused("/supporting_materials/0/access", json!("private"), "/supporting_materials/0/access", "must be one of");
        refused("/status", json!(3), "/status", "must be");
        refused("/is_security_incident", json!("yes"), "/is_security_incident", "must be true or false");
        refused("/countries", json!("KE"), "/countries", "must be a list");
    }

    #[test]
    fn bad_dates_countries_atlas_ids_and_other_values_are_refused_with_paths() {
        let date = "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD";
        refused("/date_occurred/date", json!("2024-13-01"), "/date_occurred/date", date);
        refused("/date_occurred/date", json!("2024-5-01"), "/date_occurred/date", date);
        refused("/date_occurred/date", json!("2024-05"), "/date_occurred/date", "as precise as its precision says");
        // A day that does not exist passes the schema's pattern; the report rules catch it.
        refused("/date_occurred/date", json!("2023-02-29"), "/date_occurred/date", date);
        refused(
            "/date_occurred/precision",
            json!("week"),
            "/date_occurred/precision",
            "must be one of: year, month, day",
        );
        refused("/supporting_materials/0/date", json!("20/05/2024"), "/supporting_materials/0/date", "YYYY-MM-DD");
        refused("/supporting_materials/0/date", json!("2024-04-31"), "/supporting_materials/0/date", "YYYY-MM-DD");
        refused("/supporting_materials/0/url", json!("ftp://example.org"), "/supporting_materials/0/url", "http(s)");
        refused("/countries/1", json!("XX"), "/countries/1", "ISO 3166-1 alpha-2");
        refused("/countries/0", json!("ke"), "/countries/0", "ISO 3166-1 alpha-2");
        refused("/countries/0", json!("KEN"), "/countries/0", "ISO 3166-1 alpha-2");
        refused("/procedure/1", json!("T1234"), "/procedure/1", "MITRE ATLAS technique");
        refused("/procedure/0", json!("AML.T51"), "/procedure/0", "MITRE ATLAS technique");
        refused("/procedure/0", json!("AML.T0051.1"), "/procedure/0", "MITRE ATLAS technique");
        refused("/is_security_incident", json!(false), "/procedure", "attack techniques are for security incidents");
        refused("/sectors/0", json!("Z"), "/sectors/0", "ISIC section");
        refused("/sectors/1", json!("00"), "/sectors/1", "ISIC section");
        refused("/developers/0/id", json!("Acme Labs"), "/developers/0/id", "slug");
        refused("/deployers/0/id", json!("a".repeat(65)), "/deployers/0/id", "slug");
        refused("/lang", json!("english"), "/lang", "language tag");
        refused("/translations/0/lang", json!("f"), "/translations/0/lang", "language tag");
        refused("/title", json!("Short"), "/title", "must be 6 to 500 characters");
        refused("/title", json!(format!("  {}  ", "x".repeat(501))), "/title", "must be 6 to 500 characters");
        refused("/description", json!(" \n\t"), "/description", "is required");
        refused("/description", json!("x".repeat(40_000)), "/description", "is too long");
        refused("/supporting_materials/1/title", json!("\u{3000}"), "/supporting_materials/1/title", "is required");
        refused("/harm_types", json!([]), "/harm_types", "name at least one kind of harm");
        refused("/supporting_materials", json!([]), "/supporting_materials", "give at least one source");
        refused(
            "/classifications/0/attributes/0/value_json",
            json!("{not json"),
            "/classifications/0/attributes/0/value_json",
            "must be JSON",
        );
    }

    #[test]
    fn every_problem_is_reported_at_once_and_nothing_is_returned() {
        let mut json = serde_json::to_value(maximal()).unwrap();
        json["title"] = json!("Short");
        json["countries"] = json!(["XX", "KE", "ZZ"]);
        json["supporting_materials"][0].as_object_mut().unwrap().remove("title");
        json["extra"] = json!(1);
        let problems = problems_of(&json);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        for path in ["/title", "/countries/0", "/countries/2", "/supporting_materials/0/title", "/extra"] {
            assert!(paths.contains(&path), "{path}: {problems:?}");
        }
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert_eq!(problems[0].to_string(), format!("{}: {}", problems[0].path, problems[0].message));
    }

    #[test]
    fn a_file_with_very_many_problems_lists_the_first_hundred() {
        let mut json = serde_json::to_value(maximal()).unwrap();
        json["countries"] = json!(vec!["XX"; 5000]);
        let problems = problems_of(&json);
        assert_eq!(problems.len(), MAX_PROBLEMS + 1);
        assert_eq!(problems[99].path, "/countries/99");
        assert!(problems[100].path.is_empty() && problems[100].message.contains("more problems"));
    }

    #[test]
    fn text_that_is_not_json_is_refused_as_a_whole() {
        for text in ["", "{", "[1, 2]", "null", "{\"title\": }"] {
            let problems = from_json(text).unwrap_err();
            assert!(
                problems.iter().all(|p| p.path.is_empty() || text.starts_with('[') || text == "null"),
                "{text}: {problems:?}"
            );
            assert!(!problems.is_empty());
        }
        assert!(from_json("{").unwrap_err()[0].message.starts_with("the file is not JSON"));
        assert_eq!(from_json("[]").unwrap_err(), vec![ReportProblem::new("", "must be an object")]);
    }

    #[test]
    fn the_schema_and_the_rules_agree_on_every_two_letter_country_code() {
        let validator = validator();
        let mut accepted = 0;
        for a in 'A'..='Z' {
            for b in 'A'..='Z' {
                let mut report = minimal();
                report.countries = vec![format!("{a}{b}")];
                let by_rules = report.problems().is_empty();
                let by_schema = validator.is_valid(&serde_json::to_value(&report).unwrap());
                assert_eq!(by_schema, by_rules, "{a}{b}");
                accepted += usize::from(by_rules);
            }
        }
        assert_eq!(accepted, 249);
    }

    #[test]
    fn the_schema_and_the_rules_agree_on_sectors_and_attack_techniques() {
        let validator = validator();
        let mut sectors: Vec<String> = (' '..='~').map(String::from).collect();
        sectors.extend((0..100).map(|n| format!("{n:02}")));
        sectors.extend(["100", "A0", "1A", "AB", " A", "U ", "٣", ""].map(str::to_owned));
        for sector in sectors {
            let report = IncidentReport { sectors: vec![sector.clone()], ..maximal() };
            assert_eq!(schema_accepts(&validator, &report), report.problems().is_empty(), "{sector:?}");
        }
        let mut techniques = Vec::new();
        for main in 0..=6 {
            let id = format!("AML.T{}", "0".repeat(main));
            techniques.push(id.clone());
            for sub in 0..=5 {
                techniques.push(format!("{id}.{}", "1".repeat(sub)));
            }
        }
        techniques.extend(
            ["aml.T0051", "AML T0051", "AML.t0051", "AMLxT0051", "AML.T0051.000.000", "AML.T00a1", " AML.T0051"]
                .map(str::to_owned),
        );
        for technique in techniques {
            let report = IncidentReport { procedure: vec![technique.clone()], ..maximal() };
            assert_eq!(schema_accepts(&validator, &report), report.problems().is_empty(), "{technique:?}");
        }
    }

    #[test]
    fn the_sample_reports_import_and_are_written_back_byte_for_byte() {
        for name in SAMPLES {
            let text = sample(name);
            let report = from_json(&text).unwrap_or_else(|p| panic!("{name}: {p:?}"));
            assert_eq!(to_json(&report), text, "{name}");
        }
        assert_eq!(from_json(&sample("fr-scoring-allocations.json")).unwrap().lang.as_str(), "fr");
        let arabic = from_json(&sample("ar-chatbot-data-leak.json")).unwrap();
        assert_eq!((arabic.lang.as_str(), arabic.tlp), ("ar", Tlp::Amber));
        assert!(arabic.title.starts_with("روبوت"));
    }

    const TODAY: &str = "2025-06-02";

    #[test]
    fn aiid_submission_has_the_shape_of_its_insert_input() {
        let report = from_json(&sample("fr-scoring-allocations.json")).unwrap();
        let out = aiid_submission(&report, "Observatoire des droits numériques", TODAY).unwrap();
        let object = out.as_object().unwrap();
        // The non-null fields of the AIID's SubmissionInsertType.
        for key in [
            "authors",
            "date_downloaded",
            "date_modified",
            "date_published",
            "date_submitted",
            "image_url",
            "language",
            "source_domain",
            "submitters",
            "tags",
            "text",
            "title",
            "url",
        ] {
            assert!(object.contains_key(key), "{key} missing: {out:#}");
        }
        let known = [
            "title",
            "description",
            "text",
            "plain_text",
            "url",
            "source_domain",
            "language",
            "date_published",
            "date_downloaded",
            "date_submitted",
            "date_modified",
            "incident_date",
            "authors",
            "submitters",
            "tags",
            "image_url",
            "developers",
            "deployers",
            "harmed_parties",
            "implicated_systems",
            "editor_notes",
        ];
        assert!(object.keys().all(|k| known.contains(&k.as_str())), "{out:#}");
        for key in ["authors", "submitters", "tags"] {
            assert!(out[key].as_array().unwrap().iter().all(Value::is_string), "{key}");
        }
        assert_eq!(out["url"], "https://www.example.fr/enquetes/2023/11/28/algorithme-caf-controles");
        assert_eq!(out["source_domain"], "example.fr");
        assert_eq!(out["date_published"], "2023-11-28");
        assert_eq!(out["incident_date"], "2021-09-01");
        assert!(out["editor_notes"].as_str().unwrap().contains("known to the month only (2021-09)"));
        assert_eq!((out["date_submitted"].as_str(), out["date_downloaded"].as_str()), (Some(TODAY), Some(TODAY)));
        assert_eq!(out["language"], "fr");
        assert_eq!(out["title"], report.title);
        assert_eq!(out["text"], report.description);
        assert!(!out["plain_text"].as_str().unwrap().contains("**"));
        assert_eq!(out["authors"], json!(["Observatoire des droits numériques"]));
        assert_eq!(out["submitters"], json!(["Observatoire des droits numériques"]));
        assert_eq!(out["deployers"], json!({ "link": ["caisse-allocations-exemple"] }));
        assert_eq!(out["harmed_parties"], json!({ "link": ["meres-isolees", "allocataires-aah"] }));
        assert_eq!(out["developers"], json!({ "link": [] }));
        assert_eq!(out["implicated_systems"], json!({ "link": ["score-de-risque-des-dossiers"] }));
        let text = out.to_string();
        assert!(!text.contains("Témoignages"), "a confidential material leaked: {text}");
        assert!(!text.contains("observatoire.example.org"), "only the public source is sent");
    }

    #[test]
    fn aiid_submission_names_authors_only_as_attribution_allows() {
        let mut report = maximal();
        report.tlp = Tlp::Clear;
        report.attribution = ReportAttribution::ChathamHouse;
        let out = aiid_submission(&report, "Forum secretariat", TODAY).unwrap();
        assert_eq!((out["authors"].clone(), out["submitters"].clone()), (json!([]), json!(["Forum secretariat"])));
        report.attribution = ReportAttribution::Public;
        let out = aiid_submission(&report, "  ", TODAY).unwrap();
        assert_eq!((out["authors"].clone(), out["submitters"].clone()), (json!([]), json!(["Anonymous"])));
        report.attribution = ReportAttribution::Consented;
        let out = aiid_submission(&report, "Kenya ICT Action Network", TODAY).unwrap();
        assert_eq!(out["authors"], json!(["Kenya ICT Action Network"]));
        assert_eq!(out["source_domain"], "example.org");
        assert_eq!(out["incident_date"], "2024-02-29");
        assert!(!out.to_string().contains("nurse"), "a confidential material leaked");
    }

    #[test]
    fn aiid_submission_is_refused_without_a_public_address_and_for_restricted_tlp() {
        let arabic = from_json(&sample("ar-chatbot-data-leak.json")).unwrap();
        let err = aiid_submission(&arabic, "", TODAY).unwrap_err();
        assert!(err.contains("TLP:AMBER") && err.contains("only TLP:CLEAR"), "{err}");
        for (tlp, name) in [(Tlp::AmberStrict, "TLP:AMBER+STRICT"), (Tlp::Red, "TLP:RED"), (Tlp::Green, "TLP:GREEN")] {
            let report = IncidentReport { tlp, ..maximal() };
            let err = aiid_submission(&report, "", TODAY).unwrap_err();
            assert!(err.contains(name), "{err}");
        }
        let no_address = minimal();
        assert!(aiid_submission(&no_address, "", TODAY).unwrap_err().contains("public source that has an address"));
        let confidential_only = IncidentReport {
            supporting_materials: vec![material(Some("https://example.org/leak"), Access::Confidential)],
            ..minimal()
        };
        let err = aiid_submission(&confidential_only, "", TODAY).unwrap_err();
        assert!(err.contains("public source") && !err.contains("example.org"), "{err}");
        let undated = IncidentReport {
            supporting_materials: vec![Material {
                date: None,
                ..material(Some("https://example.org/1"), Access::Public)
            }],
            ..minimal()
        };
        assert!(aiid_submission(&undated, "", TODAY).unwrap_err().contains("publication date"));
        let withdrawn = IncidentReport { status: ReportStatus::Withdrawn, ..maximal() };
        assert!(
            aiid_submission(&IncidentReport { tlp: Tlp::Clear, ..withdrawn }, "", TODAY)
                .unwrap_err()
                .contains("withdrawn")
        );
        let broken = IncidentReport { title: "Short".into(), ..maximal() };
        assert!(aiid_submission(&broken, "", TODAY).unwrap_err().contains("title"));
        for today in ["2025-02-29", "2025-6-2", "today"] {
            assert!(aiid_submission(&maximal(), "", today).unwrap_err().contains("YYYY-MM-DD"), "{today}");
        }
        assert!(aiid_submission(&maximal(), "", "2024-02-29").is_ok());
    }

    #[test]
    fn source_domains_are_written_as_the_aiid_writes_them() {
        let cases = [
            ("https://www.example.org/news/1", Some("example.org")),
            ("http://m.Example.COM:8080/p?q=1", Some("example.com")),
            ("https://user@news.example.net#top", Some("news.example.net")),
            ("https://[2001:db8::1]:443/x", Some("[2001:db8::1]")),
            ("https://", None),
            ("ftp://example.org", None),
        ];
        for (url, domain) in cases {
            assert_eq!(source_domain(url).as_deref(), domain, "{url}");
        }
        assert_eq!(slug_of("GPT-4o (May 2024)").as_deref(), Some("gpt-4o-may-2024"));
        assert_eq!(slug_of("مساعد"), None);
    }

    #[test]
    fn oecd_export_lists_every_criterion_with_an_allowed_status() {
        let mut reports = vec![minimal(), maximal(), non_latin()];
        reports.extend(SAMPLES.iter().map(|name| from_json(&sample(name)).unwrap()));
        for report in &reports {
            let out = oecd_criteria(report);
            assert!(
                out["framework"]["source"].as_str().unwrap().contains("OECD Artificial Intelligence Papers, No. 34")
            );
            assert_eq!(out["framework"]["dimensions"], json!(OECD_DIMENSIONS));
            let criteria = out["criteria"].as_array().unwrap();
            let ids: Vec<u64> = criteria.iter().map(|c| c["id"].as_u64().unwrap()).collect();
            assert_eq!(ids, (1..=29).collect::<Vec<u64>>());
            let mut last_dimension = 0;
            let mut counted = 0;
            for c in criteria {
                let status = c["status"].as_str().unwrap();
                assert!(["direct", "partial", "none"].contains(&status), "{c}");
                assert!(!c["name"].as_str().unwrap().is_empty());
                let dimension = OECD_DIMENSIONS.iter().position(|d| c["dimension"] == *d).unwrap();
                assert!(dimension >= last_dimension, "dimensions in the framework's order: {c}");
                last_dimension = dimension;
                match status {
                    "direct" => assert!(!c["value"].is_null() && !c["fields"].as_array().unwrap().is_empty(), "{c}"),
                    "partial" => {
                        assert!(!c["value"].is_null() && c["note"].as_str().is_some_and(|n| !n.is_empty()), "{c}")
                    }
                    _ => assert!(c["value"].is_null() && c["note"].as_str().is_some_and(|n| !n.is_empty()), "{c}"),
                }
                counted += out["summary"]["counts"][status].as_u64().map_or(0, |_| 1);
            }
            assert_eq!(counted, 29);
            let total: u64 =
                ["direct", "partial", "none"].iter().map(|s| out["summary"]["counts"][s].as_u64().unwrap()).sum();
            assert_eq!(total, 29);
            let mandatory: Vec<u64> =
                criteria.iter().filter(|c| c["mandatory"] == true).map(|c| c["id"].as_u64().unwrap()).collect();
            assert_eq!(mandatory, [1, 2, 3, 4, 7, 10, 11]);
        }
        let status = |r: &IncidentReport, id: usize| oecd_criteria(r)["criteria"][id - 1]["status"].clone();
        assert_eq!(status(&minimal(), 6), "none");
        assert_eq!(status(&maximal(), 6), "partial");
        assert_eq!(status(&maximal(), 8), "direct");
        assert_eq!(status(&non_latin(), 8), "none");
        assert_eq!(status(&maximal(), 10), "direct");
        assert_eq!(status(&maximal(), 7), "partial", "one material is confidential");
        assert_eq!(status(&minimal(), 7), "direct");
        let arabic = oecd_criteria(&from_json(&sample("ar-chatbot-data-leak.json")).unwrap());
        assert!(!arabic.to_string().contains("شهادة باحث"), "a confidential material leaked");
        assert_eq!(arabic["report"]["tlp"], "AMBER");
        assert_eq!(arabic["criteria"][27]["value"], json!(["AML.T0051.001", "AML.T0057"]));
    }

    // ---- Generated reports ----

    fn text(first: &'static str, rest: &'static str) -> impl Strategy<Value = String> {
        (first, rest).prop_map(|(a, b)| a + &b)
    }

    fn non_blank() -> impl Strategy<Value = String> {
        text(
            "[a-zA-Z\\x{0600}-\\x{06FF}\\x{4E00}-\\x{4FFF}]",
            "[a-zA-Z0-9 ,.'\"*_#\\n\\x{00C0}-\\x{00FF}\\x{0600}-\\x{06FF}\\x{4E00}-\\x{4FFF}]{0,40}",
        )
    }

    fn language() -> impl Strategy<Value = LanguageTag> {
        prop::sample::select(vec!["en", "fr", "ar", "zh-Hans", "es", "ru", "sw", "pt-BR", "EN-gb"]).prop_map(tag)
    }

    fn partial_date() -> impl Strategy<Value = (String, DatePrecision)> {
        (1000u32..3000, 1u32..=12, 1u32..=28, 0..3).prop_map(|(y, m, d, p)| match p {
            0 => (format!("{y:04}"), DatePrecision::Year),
            1 => (format!("{y:04}-{m:02}"), DatePrecision::Month),
            _ => (format!("{y:04}-{m:02}-{d:02}"), DatePrecision::Day),
        })
    }

    fn entity() -> impl Strategy<Value = Entity> {
        ("[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}", non_blank()).prop_map(|(id, name)| Entity { id, name })
    }

    fn a_material() -> impl Strategy<Value = Material> {
        (
            prop::option::of("https?://[a-z]{1,8}\\.(org|net)/[a-z0-9/]{0,12}"),
            prop::sample::select(MaterialKind::NAMES.to_vec()),
            non_blank(),
            prop::option::of(partial_date().prop_map(|(d, _)| d)),
            language(),
            prop::bool::ANY,
        )
            .prop_map(|(url, kind, title, date, language, public)| Material {
                url,
                kind: serde_json::from_value(json!(kind)).unwrap(),
                title,
                date,
                language,
                access: if public { Access::Public } else { Access::Confidential },
            })
    }

    fn vocabulary<T: serde::de::DeserializeOwned + std::fmt::Debug>(
        names: &'static [&'static str],
    ) -> impl Strategy<Value = T> {
        prop::sample::select(names.to_vec()).prop_map(|n| serde_json::from_value(json!(n)).unwrap())
    }

    fn report() -> impl Strategy<Value = IncidentReport> {
        let required = (
            text(
                "[ ]{0,2}[a-zA-Z\\x{0600}-\\x{06FF}]",
                "[a-zA-Z \\x{0600}-\\x{06FF}\\x{4E00}-\\x{4FFF}]{4,60}[a-z\\x{4E00}-\\x{4FFF}][ ]{0,2}",
            ),
            non_blank(),
            vocabulary::<RecordKind>(RecordKind::NAMES),
            vocabulary::<AiRelation>(AiRelation::NAMES),
            partial_date(),
            vocabulary::<Severity>(Severity::NAMES),
            prop::collection::vec(vocabulary::<HarmType>(HarmType::NAMES), 1..4),
            prop::collection::vec(a_material(), 1..4),
            vocabulary::<ReportStatus>(ReportStatus::NAMES),
            vocabulary::<Tlp>(Tlp::NAMES),
            vocabulary::<ReportAttribution>(ReportAttribution::NAMES),
            language(),
        );
        let optional =
            (
                prop::collection::vec(
                    prop::sample::select(vec!["KE", "FR", "AR", "CN", "JO", "BR", "IN"]).prop_map(str::to_owned),
                    0..3,
                ),
                prop::option::of(
                    (non_blank(), prop::option::of("[0-9a-z.]{0,6}"))
                        .prop_map(|(name, version)| AiSystem { name, version }),
                ),
                prop::collection::vec(entity(), 0..3),
                prop::collection::vec(entity(), 0..3),
                prop::collection::vec(entity(), 0..3),
                prop::collection::vec("[A-U]|0[1-9]|[1-9][0-9]", 0..3),
                prop::option::of(prop::bool::ANY),
                prop::collection::vec("AML\\.T[0-9]{4}(\\.[0-9]{3})?", 0..3),
                prop::option::of("[a-z ]{0,30}"),
                prop::collection::vec(
                    (
                        non_blank(),
                        prop::collection::vec(
                            (
                                "[A-Za-z ]{0,10}",
                                prop::sample::select(vec!["1", "\"Accident\"", "[1, 2]", "{\"a\": null}", "true"]),
                            ),
                            0..3,
                        ),
                    )
                        .prop_map(|(namespace, attributes)| Classification {
                            namespace,
                            attributes: attributes
                                .into_iter()
                                .map(|(short_name, value)| Attribute { short_name, value_json: value.into() })
                                .collect(),
                        }),
                    0..2,
                ),
                prop::collection::vec(
                    (language(), non_blank(), "[a-z ]{0,20}")
                        .prop_map(|(lang, title, description)| ReportTranslation { lang, title, description }),
                    0..3,
                ),
            );
        (required, optional).prop_map(|(r, o)| {
            let (
                title,
                description,
                record_kind,
                ai_relation,
                (date, precision),
                severity,
                harm_types,
                supporting_materials,
                status,
                tlp,
                attribution,
                lang,
            ) = r;
            let (
                countries,
                ai_system,
                developers,
                deployers,
                harmed_parties,
                sectors,
                is_security_incident,
                procedure,
                actions_taken,
                classifications,
                translations,
            ) = o;
            let procedure = if is_security_incident == Some(false) { vec![] } else { procedure };
            IncidentReport {
                title,
                description,
                record_kind,
                ai_relation,
                date_occurred: DateOccurred { date, precision },
                severity,
                harm_types,
                supporting_materials,
                status,
                tlp,
                attribution,
                lang,
                countries,
                ai_system,
                developers,
                deployers,
                harmed_parties,
                sectors,
                is_security_incident,
                procedure,
                actions_taken,
                classifications,
                translations,
            }
        })
    }

    /// Strings near the edges of the text rules: Unicode white space that `str::trim` strips
    /// (U+0085, U+3000) and some it does not (U+FEFF, U+200B).
    fn edgy(min: usize, max: usize) -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                ' ', '\t', '\n', '\u{85}', '\u{3000}', '\u{feff}', '\u{200b}', 'a', 'é', '中', 'ب',
            ]),
            min..max,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    fn schema_accepts(validator: &jsonschema::Validator, report: &IncidentReport) -> bool {
        validator.is_valid(&serde_json::to_value(report).unwrap())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// A report exported and imported again is the same report, and the export is valid
        /// under the published schema.
        #[test]
        fn generated_reports_round_trip_and_validate(report in report()) {
            prop_assert_eq!(report.problems(), vec![]);
            let text = to_json(&report);
            prop_assert!(validator().is_valid(&serde_json::from_str(&text).unwrap()), "{}", text);
            prop_assert_eq!(from_json(&text), Ok(report));
        }

        /// The schema states the rules exactly, where a schema can: a value it accepts is one the
        /// report rules accept, and the other way round.
        #[test]
        fn the_schema_and_the_rules_agree(
            title in prop_oneof![edgy(0, 12), edgy(495, 505)],
            blank in edgy(0, 3),
            country in "[A-Za-z0-9]{0,3}",
            sector in "[A-Z]|[0-9]{1,3}|[A-Za-z0-9]{0,3}",
            technique in "(AML\\.T|AML\\.t|AML-T|T)?[0-9]{0,5}(\\.[0-9]{0,4})?",
            slug in "[a-zA-Z0-9 -]{0,8}",
            (date, precision) in ("[0-9-]{0,11}", 0..3usize),
            url in "(https?|ftp|HTTP)?(:/?/?)?[a-z]{0,3}",
        ) {
            // Whether a date exists (no 30 February) is beyond a schema; keep to days up to 28.
            let day = date.rsplit('-').next().and_then(|d| d.parse::<u32>().ok());
            prop_assume!(day.is_none_or(|d| date.len() != 10 || d <= 28));
            let validator = validator();
            let precision = [DatePrecision::Year, DatePrecision::Month, DatePrecision::Day][precision];
            let base = maximal();
            let cases = [
                IncidentReport { title: title.clone(), ..base.clone() },
                IncidentReport { description: blank.clone(), ..base.clone() },
                IncidentReport { ai_system: Some(AiSystem { name: blank.clone(), version: None }), ..base.clone() },
                IncidentReport { countries: vec![country.clone()], ..base.clone() },
                IncidentReport { sectors: vec![sector.clone()], ..base.clone() },
                IncidentReport { procedure: vec![technique.clone()], ..base.clone() },
                IncidentReport {
                    developers: vec![Entity { id: slug.clone(), name: blank.clone() + "x" }],
                    ..base.clone()
                },
                IncidentReport { date_occurred: DateOccurred { date: date.clone(), precision }, ..base.clone() },
                IncidentReport {
                    supporting_materials: vec![Material { date: Some(date.clone()), ..material(None, Access::Public) }],
                    ..base.clone()
                },
                IncidentReport {
                    supporting_materials: vec![Material { url: Some(url.clone()), ..material(None, Access::Public) }],
                    ..base.clone()
                },
            ];
            for (i, case) in cases.iter().enumerate() {
                let by_rules = case.problems();
                prop_assert_eq!(schema_accepts(&validator, case), by_rules.is_empty(), "case {}: {:?}", i, by_rules);
            }
        }

        /// Language tags: what the schema accepts is exactly what Plenary can read.
        #[test]
        fn the_schema_accepts_exactly_the_language_tags_plenary_reads(
            lang in "[a-zA-Z0-9-]{0,12}|[a-z]{2}(-[a-z0-9]{1,8}){4}",
        ) {
            let mut json = serde_json::to_value(maximal()).unwrap();
            json["lang"] = json!(lang);
            prop_assert_eq!(from_json(&json.to_string()).is_ok(), lang.parse::<LanguageTag>().is_ok(), "{}", lang);
        }
    }
}
