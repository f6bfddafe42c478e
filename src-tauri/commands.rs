//! The commands the window may call (each needs a permission in `capabilities/` and its name
//! in `build.rs`). Each one parses its arguments, locks the profile, asks the core, and returns
//! its view or a coded error; none holds logic of its own.

use crate::{AppState, STARTED, now_ms};
use plenary_core::Profile;
use plenary_core::backup::{self, AutomaticBackup, BackupSummary, RestoreSummary};
use plenary_core::consolidate::{LogEntry, OverviewRow};
use plenary_core::contribution::{DraftContent, DraftKey, DraftKind, IdentityDetails};
use plenary_core::exchange::{Format, ImportSummary};
use plenary_core::reports::{
    AttachmentView, FieldProblem, FormItem, GroupView, ReportView, SubmissionFilter, SubmissionItem,
};
use plenary_core::translation::{GlossaryView, TermView, TranslationDraft, TranslationEditorView, TranslationOverview};
use plenary_core::view::{ForumListItem, MyContributions, PriorityView, SearchResults, StatementView, SyncLine};
use plenary_proto::record::Target;
use plenary_proto::wire::PrivateProfile;
use serde::Serialize;
use std::sync::MutexGuard;
use std::sync::atomic::Ordering;
use tauri::State;

/// An error as the window receives it: a stable code to pick a localized message, the core's
/// own message for details, and for form errors the field at fault.
#[derive(Debug, Serialize)]
pub struct CommandError {
    code: &'static str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    /// For a file that cannot be imported: every problem, each saying where it is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    problems: Vec<String>,
    /// For a form: every field at fault, with what is wrong.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<FieldProblem>,
}

impl From<plenary_core::Error> for CommandError {
    fn from(e: plenary_core::Error) -> Self {
        let field = match &e {
            plenary_core::Error::Invalid { field, .. } => Some(field.clone()),
            _ => None,
        };
        let problems = match &e {
            plenary_core::Error::Import(list) => list.clone(),
            _ => Vec::new(),
        };
        let fields = match &e {
            plenary_core::Error::Fields(list) => list
                .iter()
                .map(|(field, message)| FieldProblem { field: field.clone(), message: message.clone() })
                .collect(),
            _ => Vec::new(),
        };
        let field = field.or_else(|| fields.first().map(|f| f.field.clone()));
        CommandError { code: e.code(), message: e.to_string(), field, problems, fields }
    }
}

type Reply<T> = Result<T, CommandError>;

fn bad_request(message: String) -> CommandError {
    CommandError { code: "bad-request", message, field: None, problems: Vec::new(), fields: Vec::new() }
}

fn profile<'a>(state: &'a State<'_, AppState>) -> Result<MutexGuard<'a, Profile>, CommandError> {
    state.profile.lock().map_err(|_| CommandError {
        code: "internal",
        message: "an earlier operation failed midway; restart Plenary".into(),
        field: None,
        problems: Vec::new(),
        fields: Vec::new(),
    })
}

fn id<T: std::str::FromStr>(what: &str, value: &str) -> Reply<T> {
    value.parse().map_err(|_| bad_request(format!("'{value}' is not a {what} id")))
}

/// The statement of the default forum, read in `language` (the original when none).
#[tauri::command(async)]
pub fn statement(state: State<'_, AppState>, language: Option<String>) -> Reply<StatementView> {
    Ok(profile(&state)?.statement_in(None, language.as_deref())?)
}

/// One priority's page, read in `language` (the original when none).
#[tauri::command(async)]
pub fn priority(state: State<'_, AppState>, id: String, language: Option<String>) -> Reply<PriorityView> {
    let id = self::id("priority", &id)?;
    Ok(profile(&state)?.priority_in(id, language.as_deref())?)
}

/// A fresh draft key for a new comment or amendment, or a position's key.
#[tauri::command(async)]
pub fn new_draft(state: State<'_, AppState>, kind: DraftKind, priority: String) -> Reply<DraftKey> {
    let priority = id("priority", &priority)?;
    Ok(profile(&state)?.new_draft_key(kind, priority, now_ms())?)
}

/// Saves a draft as typed.
#[tauri::command(async)]
pub fn save_draft(state: State<'_, AppState>, key: DraftKey, priority: String, content: DraftContent) -> Reply<()> {
    let priority = id("priority", &priority)?;
    Ok(profile(&state)?.save_draft(&key, priority, &content, now_ms())?)
}

/// Throws a draft away.
#[tauri::command(async)]
pub fn discard_draft(state: State<'_, AppState>, key: DraftKey) -> Reply<()> {
    Ok(profile(&state)?.discard_draft(&key)?)
}

/// Submits a draft: it becomes a signed record, ready to send (and a sync is started).
#[tauri::command(async)]
pub fn submit_draft(state: State<'_, AppState>, key: DraftKey) -> Reply<()> {
    profile(&state)?.submit_draft(&key, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// Opens a draft editing one of the user's submitted contributions.
#[tauri::command(async)]
pub fn edit_contribution(state: State<'_, AppState>, kind: DraftKind, target: String) -> Reply<DraftKey> {
    Ok(profile(&state)?.edit_contribution(kind, &target, now_ms())?)
}

/// Takes back one of the user's contributions.
#[tauri::command(async)]
pub fn retract(state: State<'_, AppState>, kind: DraftKind, target: String) -> Reply<()> {
    let target = match kind {
        DraftKind::Comment => Target::Comment { id: id("comment", &target)? },
        DraftKind::Amendment => Target::Amendment { id: id("amendment", &target)? },
        DraftKind::Position => Target::Position { priority: id("priority", &target)? },
    };
    profile(&state)?.retract(target, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// The user's drafts and contributions in the default forum.
#[tauri::command(async)]
pub fn my_contributions(state: State<'_, AppState>) -> Reply<MyContributions> {
    let profile = profile(&state)?;
    let forum = profile.default_forum()?.ok_or_else(|| plenary_core::Error::NotFound("a forum".into()))?;
    Ok(profile.my_contributions(forum)?)
}

/// Searches the default forum.
#[tauri::command(async)]
pub fn search(state: State<'_, AppState>, query: String) -> Reply<SearchResults> {
    Ok(profile(&state)?.search(None, &query)?)
}

/// Renders Markdown being typed, for the live preview: sanitized exactly as shown later.
#[tauri::command(async)]
pub fn preview_markdown(text: String) -> String {
    plenary_core::markdown::render(&text)
}

/// What the user is willing to disclose about themselves when they choose to.
#[tauri::command(async)]
pub fn identity_details(state: State<'_, AppState>) -> Reply<IdentityDetails> {
    Ok(profile(&state)?.identity_details()?)
}

/// Stores what the user is willing to disclose about themselves.
#[tauri::command(async)]
pub fn set_identity_details(state: State<'_, AppState>, details: IdentityDetails) -> Reply<()> {
    Ok(profile(&state)?.set_identity_details(&details)?)
}

/// The forums on this device.
#[tauri::command(async)]
pub fn forums(state: State<'_, AppState>) -> Reply<Vec<ForumListItem>> {
    Ok(profile(&state)?.forums()?)
}

/// Shows `forum` from now on.
#[tauri::command(async)]
pub fn open_forum(state: State<'_, AppState>, forum: String) -> Reply<()> {
    let forum = id("forum", &forum)?;
    Ok(profile(&state)?.set_current_forum(forum)?)
}

/// What a joining participant tells the forum's organizers (and no one else).
#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JoinDetails {
    name: String,
    affiliation: String,
    contact: String,
    group: Option<String>,
    region: Option<String>,
}

/// Joins a forum on a server with an invite code; its statement arrives with the first sync,
/// which starts at once. Returns the forum's id.
#[tauri::command]
pub async fn join_forum(
    state: State<'_, AppState>,
    server: String,
    invite: String,
    details: JoinDetails,
) -> Reply<String> {
    let group = match details.group.as_deref().filter(|g| !g.is_empty()) {
        Some(g) => Some(g.parse().map_err(|e: String| CommandError {
            code: "invalid",
            message: e,
            field: Some("group".into()),
            problems: Vec::new(),
            fields: Vec::new(),
        })?),
        None => None,
    };
    let private = PrivateProfile {
        name: details.name.trim().to_owned(),
        affiliation: details.affiliation.trim().to_owned(),
        contact: details.contact.trim().to_owned(),
        group,
        region: details.region.filter(|r| !r.is_empty()),
    };
    let forum = plenary_core::sync::join(&state.profile, &state.http, &server, &invite, private, now_ms).await?;
    state.scheduler.wake();
    Ok(forum.to_string())
}

/// Starts a sync of every joined forum now.
#[tauri::command]
pub fn sync_now(state: State<'_, AppState>) {
    state.scheduler.wake();
}

/// The status line of the forum the app shows.
#[tauri::command(async)]
pub fn sync_line(state: State<'_, AppState>) -> Reply<SyncLine> {
    Ok(profile(&state)?.sync_line(Some(&state.scheduler), now_ms())?)
}

/// Every part of the statement with its translation state in `language`.
#[tauri::command(async)]
pub fn translation_overview(state: State<'_, AppState>, language: String) -> Reply<TranslationOverview> {
    Ok(profile(&state)?.translation_overview(None, &language)?)
}

/// The translation editor for one part of the statement.
#[tauri::command(async)]
pub fn translation_editor(
    state: State<'_, AppState>,
    subject: String,
    language: String,
) -> Reply<TranslationEditorView> {
    Ok(profile(&state)?.translation_editor(None, &subject, &language)?)
}

/// Saves what the translator typed, locally.
#[tauri::command(async)]
pub fn save_translation_draft(
    state: State<'_, AppState>,
    subject: String,
    language: String,
    draft: TranslationDraft,
) -> Reply<()> {
    Ok(profile(&state)?.save_translation_draft(&subject, &language, &draft, now_ms())?)
}

/// Throws the translator's draft away.
#[tauri::command(async)]
pub fn discard_translation_draft(state: State<'_, AppState>, subject: String, language: String) -> Reply<()> {
    Ok(profile(&state)?.discard_translation_draft(&subject, &language)?)
}

/// Signs the draft as the translation's new version.
#[tauri::command(async)]
pub fn submit_translation(state: State<'_, AppState>, subject: String, language: String) -> Reply<()> {
    profile(&state)?.submit_translation(&subject, &language, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// Approves the current version of a translation, or sends it back.
#[tauri::command(async)]
pub fn review_translation(
    state: State<'_, AppState>,
    subject: String,
    language: String,
    decision: String,
    note: Option<String>,
) -> Reply<()> {
    profile(&state)?.review_translation(&subject, &language, &decision, note, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// The forum's glossary.
#[tauri::command(async)]
pub fn glossary(state: State<'_, AppState>) -> Reply<GlossaryView> {
    Ok(profile(&state)?.glossary(None)?)
}

/// Adds a concept to the glossary; returns its id.
#[tauri::command(async)]
pub fn add_concept(state: State<'_, AppState>, note: Option<String>) -> Reply<String> {
    let id = profile(&state)?.add_concept(note, now_ms())?;
    state.scheduler.wake();
    Ok(id)
}

/// Writes a concept's entry in one language.
#[tauri::command(async)]
pub fn save_glossary_entry(
    state: State<'_, AppState>,
    concept: String,
    language: String,
    terms: Vec<TermView>,
    definition: String,
    usage_note: String,
) -> Reply<()> {
    profile(&state)?.save_glossary_entry(&concept, &language, terms, definition, usage_note, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// Where an export was saved.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    path: String,
}

/// Writes an exported file into the user's downloads folder (or home), under a name that does
/// not overwrite an earlier export.
fn save_export(stem: &str, extension: &str, content: &str) -> Reply<Saved> {
    save_export_bytes(stem, extension, content.as_bytes())
}

fn save_export_bytes(stem: &str, extension: &str, content: &[u8]) -> Reply<Saved> {
    let dir =
        dirs::download_dir().or_else(dirs::home_dir).ok_or_else(|| bad_request("no folder to save into".into()))?;
    let io = |e: std::io::Error| CommandError {
        code: "io",
        message: format!("{}: {e}", dir.display()),
        field: None,
        problems: Vec::new(),
        fields: Vec::new(),
    };
    std::fs::create_dir_all(&dir).map_err(io)?;
    let mut path = dir.join(format!("{stem}.{extension}"));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = dir.join(format!("{stem}-{n}.{extension}"));
    }
    std::fs::write(&path, content).map_err(io)?;
    Ok(Saved { path: path.display().to_string() })
}

/// Exports the translations into `language` as XLIFF 2.0 or PO, into the downloads folder.
#[tauri::command(async)]
pub fn export_translations(state: State<'_, AppState>, language: String, format: String) -> Reply<Saved> {
    let format = Format::parse(&format)?;
    let content = profile(&state)?.export_translations(None, &language, format)?;
    let language: String = language.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    save_export(&format!("plenary-translations-{language}"), format.extension(), &content)
}

/// Imports a language's translations from the text of an XLIFF 2.0 or PO file.
#[tauri::command(async)]
pub fn import_translations(state: State<'_, AppState>, text: String, format: String) -> Reply<ImportSummary> {
    let format = Format::parse(&format)?;
    let summary = profile(&state)?.import_translations(&text, format, now_ms())?;
    state.scheduler.wake();
    Ok(summary)
}

/// Exports the glossary as TBX, into the downloads folder.
#[tauri::command(async)]
pub fn export_glossary(state: State<'_, AppState>) -> Reply<Saved> {
    let content = profile(&state)?.export_glossary(None)?;
    save_export("plenary-glossary", "tbx", &content)
}

/// Imports a glossary from the text of a TBX file.
#[tauri::command(async)]
pub fn import_glossary(state: State<'_, AppState>, text: String) -> Reply<ImportSummary> {
    let summary = profile(&state)?.import_glossary(&text, now_ms())?;
    state.scheduler.wake();
    Ok(summary)
}

/// A fresh id for a new report or input form.
#[tauri::command(async)]
pub fn new_form_id(state: State<'_, AppState>) -> Reply<String> {
    Ok(profile(&state)?.new_form_id(now_ms())?)
}

/// Saves a report or input form as typed.
#[tauri::command(async)]
pub fn save_form(state: State<'_, AppState>, kind: String, target: String, content: serde_json::Value) -> Reply<()> {
    Ok(profile(&state)?.save_form(&kind, &target, &content, now_ms())?)
}

/// A saved form, if any.
#[tauri::command(async)]
pub fn form(state: State<'_, AppState>, kind: String, target: String) -> Reply<Option<serde_json::Value>> {
    Ok(profile(&state)?.form(&kind, &target)?)
}

/// Throws a form away.
#[tauri::command(async)]
pub fn discard_form(state: State<'_, AppState>, kind: String, target: String) -> Reply<()> {
    Ok(profile(&state)?.discard_form(&kind, &target)?)
}

/// The report and input forms saved on this device and not yet submitted, the most recent first.
#[tauri::command(async)]
pub fn my_forms(state: State<'_, AppState>) -> Reply<Vec<FormItem>> {
    Ok(profile(&state)?.my_forms()?)
}

/// Submits a report form; every field at fault is named in the error.
#[tauri::command(async)]
pub fn submit_report(state: State<'_, AppState>, target: String) -> Reply<()> {
    profile(&state)?.submit_report(&target, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// Submits an input form.
#[tauri::command(async)]
pub fn submit_input(state: State<'_, AppState>, target: String) -> Reply<()> {
    profile(&state)?.submit_input(&target, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// Withdraws a report (it stays, marked withdrawn).
#[tauri::command(async)]
pub fn withdraw_report(state: State<'_, AppState>, id: String) -> Reply<()> {
    profile(&state)?.withdraw_report(&id, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// Creates a group account; returns its id.
#[tauri::command(async)]
pub fn create_group(state: State<'_, AppState>, name: String) -> Reply<String> {
    let id = profile(&state)?.create_group(&name, now_ms())?;
    state.scheduler.wake();
    Ok(id)
}

/// Adds a device to a group this device belongs to.
#[tauri::command(async)]
pub fn add_group_member(state: State<'_, AppState>, group: String, key: String) -> Reply<()> {
    profile(&state)?.add_group_member(&group, &key, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// The groups this device belongs to.
#[tauri::command(async)]
pub fn my_groups(state: State<'_, AppState>) -> Reply<Vec<GroupView>> {
    Ok(profile(&state)?.my_groups()?)
}

/// This device's public key (hex), for a group member to add it.
#[tauri::command(async)]
pub fn device_key(state: State<'_, AppState>) -> Reply<String> {
    Ok(profile(&state)?.key().public().to_hex())
}

/// Endorses a submission for a group.
#[tauri::command(async)]
pub fn endorse(state: State<'_, AppState>, kind: String, id: String, group: String) -> Reply<()> {
    profile(&state)?.endorse(&kind, &id, &group, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// Organizers: files a submission under a triage state.
#[tauri::command(async)]
pub fn triage(state: State<'_, AppState>, kind: String, id: String, triage: String, note: Option<String>) -> Reply<()> {
    profile(&state)?.triage(&kind, &id, &triage, note, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// A report as a file in the downloads folder: `json` (the published format), `aiid` (an AI
/// Incident Database submission) or `oecd` (the OECD criteria mapping).
#[tauri::command(async)]
pub fn export_report(state: State<'_, AppState>, id: String, format: String) -> Reply<Saved> {
    let now = now_ms();
    let content = profile(&state)?.export_report(&id, &format, &plenary_core::date_of(now))?;
    let stem = match format.as_str() {
        "aiid" => "plenary-report-aiid",
        "oecd" => "plenary-report-oecd",
        _ => "plenary-report",
    };
    save_export(stem, "json", &content)
}

/// Reads a report file (the published JSON format) into a new report form; returns its id.
#[tauri::command(async)]
pub fn import_report(state: State<'_, AppState>, text: String) -> Reply<String> {
    Ok(profile(&state)?.import_report(&text, now_ms())?)
}

/// Organizers: accept one amendment, merge several into an edited text, or reject them.
#[tauri::command(async)]
pub fn decide_amendments(
    state: State<'_, AppState>,
    priority: String,
    amendments: Vec<String>,
    outcome: String,
    reason: Option<String>,
    merged_title: Option<String>,
    merged_body: Option<String>,
) -> Reply<()> {
    let priority = priority.parse().map_err(|_| bad_request(format!("'{priority}' is not a priority")))?;
    let merged = merged_body.map(|body| (merged_title.unwrap_or_default(), body));
    profile(&state)?.decide_amendments(priority, &amendments, &outcome, reason, merged, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// Organizers: hide a comment, amendment or input, with a reason its author is told.
#[tauri::command(async)]
pub fn hide_contribution(state: State<'_, AppState>, kind: String, id: String, reason: String) -> Reply<()> {
    profile(&state)?.hide(&kind, &id, &reason, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// Organizers: move the forum to `drafting`, `commenting`, `consolidating` or `closed`.
#[tauri::command(async)]
pub fn set_phase(state: State<'_, AppState>, phase: String) -> Reply<()> {
    profile(&state)?.set_phase(&phase, now_ms())?;
    state.scheduler.wake();
    Ok(())
}

/// The public log of decisions, moderation and phase changes, newest first.
#[tauri::command(async)]
pub fn decision_log(state: State<'_, AppState>) -> Reply<Vec<LogEntry>> {
    Ok(profile(&state)?.decision_log()?)
}

/// Organizers' overview: positions by group and region, comments by kind, open amendments.
#[tauri::command(async)]
pub fn overview(state: State<'_, AppState>) -> Reply<Vec<OverviewRow>> {
    Ok(profile(&state)?.overview()?)
}

/// The consolidated statement in `language` and `format` (`markdown`, `html`, `docx`, `json`),
/// with the annexes asked for, into the downloads folder.
#[tauri::command(async)]
pub fn export_statement(
    state: State<'_, AppState>,
    language: String,
    format: String,
    annexes: plenary_core::export::Annexes,
) -> Reply<Saved> {
    let format = plenary_core::export::Format::parse(&format)?;
    let bytes = profile(&state)?.export_statement(&language, format, annexes, now_ms())?;
    let language: String = language.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    save_export_bytes(&format!("plenary-statement-{language}"), format.extension(), &bytes)
}

/// Reports and input, filtered.
#[tauri::command(async)]
pub fn submissions(state: State<'_, AppState>, filter: SubmissionFilter) -> Reply<Vec<SubmissionItem>> {
    Ok(profile(&state)?.submissions(&filter)?)
}

/// One report, in full.
#[tauri::command(async)]
pub fn report(state: State<'_, AppState>, id: String) -> Reply<ReportView> {
    Ok(profile(&state)?.report(&id)?)
}

/// Stores a file (its content base64-encoded) as an attachment on this device.
#[tauri::command(async)]
pub fn add_attachment(
    state: State<'_, AppState>,
    name: String,
    media_type: String,
    data: String,
) -> Reply<AttachmentView> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.as_bytes())
        .map_err(|e| bad_request(format!("the file's content is not base64: {e}")))?;
    Ok(profile(&state)?.add_attachment(&name, &media_type, &bytes)?)
}

/// Fetches an attachment's missing chunks from the forum server; true when it is complete.
#[tauri::command]
pub async fn fetch_attachment(state: State<'_, AppState>, chunks: Vec<String>) -> Reply<bool> {
    let forum = profile(&state)?.default_forum()?.ok_or_else(|| plenary_core::Error::NotFound("a forum".into()))?;
    Ok(plenary_core::sync::fetch_attachment(&state.profile, &state.http, forum, &chunks, now_ms).await?)
}

/// Saves an attachment that is on this device into the downloads folder.
#[tauri::command(async)]
pub fn save_attachment(state: State<'_, AppState>, attachment: AttachmentView) -> Reply<Saved> {
    let data = profile(&state)?
        .attachment_data(&attachment)?
        .ok_or_else(|| bad_request("this attachment is not on this device yet; fetch it first".into()))?;
    let name = std::path::Path::new(&attachment.name);
    let stem: String = name
        .file_stem()
        .map(|s| s.to_string_lossy().chars().filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' ')).collect())
        .filter(|s: &String| !s.is_empty())
        .unwrap_or_else(|| "attachment".into());
    let extension = match attachment.media_type.as_str() {
        "application/pdf" => "pdf",
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/webp" => "webp",
        _ => "txt",
    };
    save_export_bytes(&stem, extension, &data)
}

/// A remembered interface setting (`ui-locale`, `reading-language`, `first-run`), if set.
#[tauri::command(async)]
pub fn ui_setting(state: State<'_, AppState>, key: String) -> Reply<Option<String>> {
    Ok(profile(&state)?.ui_setting(&key)?)
}

/// Remembers an interface setting.
#[tauri::command(async)]
pub fn set_ui_setting(state: State<'_, AppState>, key: String, value: String) -> Reply<()> {
    Ok(profile(&state)?.set_ui_setting(&key, &value)?)
}

/// The window reports that it has painted the statement; the first report is logged with the
/// time since start, which `cargo xtask bench` reads.
#[tauri::command]
pub fn ui_ready(state: State<'_, AppState>) {
    if !state.painted.swap(true, Ordering::SeqCst) {
        let ms = STARTED.get().map(|s| s.elapsed().as_millis()).unwrap_or_default();
        eprintln!("plenary: statement painted {ms} ms after start");
    }
}

// ---- backups ------------------------------------------------------------------------------
//
// For the backup screens. Errors carry `code`: `invalid` (with `field: "passphrase"`: too
// short for a new backup), `wrong-passphrase`, `backup-damaged` (not a backup, damaged or cut
// short), `backup-too-new`, `other-identity` (this device holds another identity, one that has
// been used: never replaced), `unused-identity` (this device holds another identity that was
// never used, a first-run profile: ask, then call again with `replace: true` to replace it),
// `would-replace` (this device holds the same identity: ask, then call again with
// `replace: true`), `io`. A failed restore changes nothing.

/// Where a backup to restore comes from: a path on this computer, or the file's content
/// (base64) as the window read it from a file input.
#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BackupSource {
    /// `{ "path": "/home/me/plenary-backup-2026-11-29.plenary-backup" }`
    Path(String),
    /// `{ "data": "<base64>" }`
    Data(String),
}

/// Makes a passphrase-protected backup of everything on this device (identity, forums,
/// drafts, settings) into the downloads folder (or home), named for today's date without
/// overwriting an earlier one; returns where it is and what it holds.
#[tauri::command(async)]
pub fn create_backup(state: State<'_, AppState>, passphrase: String) -> Reply<BackupSummary> {
    let now = now_ms();
    let path = new_export_path(&format!("plenary-backup-{}", plenary_core::date_of(now)), backup::EXTENSION)?;
    Ok(profile(&state)?.create_backup(&path, &passphrase, now)?)
}

/// Restores a backup over this device's profile. Without `replace` it only restores what
/// replaces nothing a user made; see the error codes above. Syncing resumes with the
/// restored forums at once.
#[tauri::command(async)]
pub fn restore_backup(
    state: State<'_, AppState>,
    source: BackupSource,
    passphrase: String,
    replace: bool,
) -> Reply<RestoreSummary> {
    let summary = match source {
        BackupSource::Path(path) => {
            let file = std::fs::File::open(&path).map_err(|e| CommandError {
                code: "io",
                message: format!("{path}: {e}"),
                field: None,
                problems: Vec::new(),
                fields: Vec::new(),
            })?;
            profile(&state)?.restore_backup(std::io::BufReader::new(file), &passphrase, replace, now_ms())?
        }
        BackupSource::Data(data) => {
            use base64::Engine;
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(data.as_bytes())
                .map_err(|e| bad_request(format!("the backup's content is not base64: {e}")))?;
            profile(&state)?.restore_backup(&bytes[..], &passphrase, replace, now_ms())?
        }
    };
    state.scheduler.wake();
    Ok(summary)
}

/// The automatic daily snapshots kept in the data directory, newest first.
#[tauri::command(async)]
pub fn automatic_backups(state: State<'_, AppState>) -> Reply<Vec<AutomaticBackup>> {
    Ok(profile(&state)?.automatic_backups()?)
}

/// Goes back to an automatic snapshot (by name); the store it replaces is snapshotted first,
/// so this can be undone the same way.
#[tauri::command(async)]
pub fn restore_automatic_backup(state: State<'_, AppState>, name: String) -> Reply<RestoreSummary> {
    let summary = profile(&state)?.restore_automatic_backup(&name, now_ms())?;
    state.scheduler.wake();
    Ok(summary)
}

/// A path in the downloads folder (or home) for a new file `stem.extension`, with `-2`, `-3`,
/// ... added when that name is taken.
fn new_export_path(stem: &str, extension: &str) -> Reply<std::path::PathBuf> {
    let dir =
        dirs::download_dir().or_else(dirs::home_dir).ok_or_else(|| bad_request("no folder to save into".into()))?;
    std::fs::create_dir_all(&dir).map_err(|e| CommandError {
        code: "io",
        message: format!("{}: {e}", dir.display()),
        field: None,
        problems: Vec::new(),
        fields: Vec::new(),
    })?;
    let mut path = dir.join(format!("{stem}.{extension}"));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = dir.join(format!("{stem}-{n}.{extension}"));
    }
    Ok(path)
}
