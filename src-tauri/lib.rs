//! Plenary's desktop shell: a thin Tauri layer that turns the window's requests into calls on
//! `plenary_core` and hands back its views. No business logic lives here; each command is a
//! few lines. This is the only package that depends on Tauri.

mod cli;
mod commands;

use plenary_core::Profile;
use plenary_core::sync::{Http, Scheduler};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use tauri::{Runtime, WebviewWindowBuilder};

/// The app's identifier; also names its data directory.
pub const IDENTIFIER: &str = "org.plenary.desktop";

/// When the process started, for the cold-start measurement.
static STARTED: OnceLock<Instant> = OnceLock::new();

/// Everything the commands share.
pub struct AppState {
    profile: Arc<Mutex<Profile>>,
    http: Http,
    scheduler: Arc<Scheduler>,
    painted: AtomicBool,
}

/// The binary's entry point: a subcommand if one is given, else the app.
pub fn main(args: Vec<String>) -> ExitCode {
    STARTED.get_or_init(Instant::now);
    match cli::dispatch(&args) {
        Some(code) => code,
        None => match run(tauri::Builder::default()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("plenary: {e:#}");
                ExitCode::FAILURE
            }
        },
    }
}

/// The user's data directory: `PLENARY_DATA_DIR` if set (tests use it), else the platform's
/// per-user data directory, e.g. `~/.local/share/org.plenary.desktop`.
pub fn data_dir() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("PLENARY_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::data_dir()
        .map(|d| d.join(IDENTIFIER))
        .ok_or_else(|| anyhow::anyhow!("cannot tell where your data directory is; set PLENARY_DATA_DIR"))
}

/// Wall-clock time in Unix milliseconds: the one place the shell reads the clock.
pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// Builds and runs the app on `builder`, so tests can pass Tauri's mock builder.
pub fn run<R: Runtime>(builder: tauri::Builder<R>) -> anyhow::Result<()> {
    let dir = data_dir()?;
    let (profile, opened) = Profile::open(&dir, now_ms())?;
    eprintln!(
        "plenary: profile {} (device {}){}",
        dir.display(),
        profile.key().public().short(),
        if opened.loaded_sample { ", loaded the sample forum" } else { "" }
    );
    let profile = Arc::new(Mutex::new(profile));
    automatic_backups(profile.clone());
    let http = Http::new()?;
    let scheduler = Scheduler::new(profile.clone(), http.clone(), now_ms);
    builder
        .manage(AppState { profile, http, scheduler: scheduler.clone(), painted: AtomicBool::new(false) })
        .invoke_handler(tauri::generate_handler![
            commands::statement,
            commands::priority,
            commands::new_draft,
            commands::save_draft,
            commands::discard_draft,
            commands::submit_draft,
            commands::edit_contribution,
            commands::retract,
            commands::my_contributions,
            commands::search,
            commands::preview_markdown,
            commands::identity_details,
            commands::set_identity_details,
            commands::forums,
            commands::open_forum,
            commands::join_forum,
            commands::sync_now,
            commands::sync_line,
            commands::translation_overview,
            commands::translation_editor,
            commands::save_translation_draft,
            commands::discard_translation_draft,
            commands::submit_translation,
            commands::review_translation,
            commands::glossary,
            commands::add_concept,
            commands::save_glossary_entry,
            commands::export_translations,
            commands::import_translations,
            commands::export_glossary,
            commands::import_glossary,
            commands::new_form_id,
            commands::save_form,
            commands::form,
            commands::discard_form,
            commands::my_forms,
            commands::submit_report,
            commands::submit_input,
            commands::withdraw_report,
            commands::create_group,
            commands::add_group_member,
            commands::my_groups,
            commands::device_key,
            commands::endorse,
            commands::triage,
            commands::submissions,
            commands::export_report,
            commands::import_report,
            commands::decide_amendments,
            commands::hide_contribution,
            commands::set_phase,
            commands::decision_log,
            commands::overview,
            commands::export_statement,
            commands::report,
            commands::add_attachment,
            commands::fetch_attachment,
            commands::save_attachment,
            commands::ui_setting,
            commands::set_ui_setting,
            commands::ui_ready,
            commands::create_backup,
            commands::restore_backup,
            commands::automatic_backups,
            commands::restore_automatic_backup,
        ])
        .setup(move |app| {
            // Background sync of every joined forum; it does nothing until one is joined.
            tauri::async_runtime::spawn(scheduler.run());
            let config = app
                .config()
                .app
                .windows
                .iter()
                .find(|w| w.label == "main")
                .cloned()
                .ok_or("tauri.conf.json has no main window")?;
            WebviewWindowBuilder::from_config(app.handle(), &config)?
                .on_navigation(|url| {
                    // The window shows only the app's own pages. A link in a text would
                    // otherwise replace the app with a remote page.
                    let allowed = url.scheme() == "tauri"
                        || url.host_str() == Some("tauri.localhost")
                        || (cfg!(dev) && url.host_str() == Some("localhost"));
                    if !allowed {
                        eprintln!("plenary: blocked navigation to {url}");
                    }
                    allowed
                })
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!())?;
    Ok(())
}

/// Takes the daily automatic snapshot of the store (`core::backup`), a minute after start so it
/// never delays the first paint, then checks hourly whether the next one is due.
fn automatic_backups(profile: Arc<Mutex<Profile>>) {
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(60));
        loop {
            let taken = match profile.lock() {
                Ok(profile) => profile.automatic_backup_if_due(now_ms(), plenary_core::backup::KEEP_AUTOMATIC),
                Err(_) => return,
            };
            match taken {
                Ok(Some(snapshot)) => {
                    eprintln!("plenary: automatic backup {} ({} bytes)", snapshot.name, snapshot.size)
                }
                Ok(None) => {}
                Err(e) => eprintln!("plenary: the automatic backup failed: {e}"),
            }
            std::thread::sleep(std::time::Duration::from_secs(60 * 60));
        }
    });
}
