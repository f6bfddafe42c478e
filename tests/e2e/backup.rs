//! Backups in the real window: a backup made in Settings lands in the downloads folder as a
//! passphrase-protected file; restoring it with a wrong passphrase says so and changes
//! nothing; on another computer's fresh profile it asks before replacing the unused identity,
//! then brings back the same identity. Screenshots land in `target/e2e/backup/`.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, ensure};
use serde_json::json;

use crate::harness::{Profile, Window};

const PASSPHRASE: &str = "correct horse battery staple";

fn app() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_plenary"))
}

/// This device's public key, as the groups page shows it for others to add it.
async fn device_key(window: &Window) -> Result<String> {
    window.eval("(location.hash = '#/groups') && true").await?;
    let key = window.wait_for("[data-testid=device-key]").await?.prop("value").await?;
    key.filter(|k| k.len() == 64).context("the groups page shows no device key")
}

/// Scrolls the first element matching `css` to the middle of the view (clear of the status
/// line at the window's foot), then clicks it as a user would.
async fn click(window: &Window, css: &str) -> Result<()> {
    window.wait_for(css).await?;
    window
        .eval(&format!("document.querySelector({}).scrollIntoView({{ block: 'center' }}) === undefined", json!(css)))
        .await?;
    window.click(css).await
}

async fn open_settings(window: &Window) -> Result<()> {
    window.eval("(location.hash = '#/settings') && true").await?;
    window.wait_for("[data-testid=restore-form]").await?;
    Ok(())
}

/// Picks `file` in the restore form and types `passphrase`, then asks to restore.
async fn restore(window: &Window, file: &Path, passphrase: &str) -> Result<()> {
    window.wait_for("[data-testid=restore-file]").await?.send_keys(&file.display().to_string()).await?;
    let field = window.wait_for("[data-testid=restore-passphrase]").await?;
    field.clear().await?;
    field.send_keys(passphrase).await?;
    click(window, "[data-testid=restore-submit]").await
}

#[tokio::test]
async fn a_backup_moves_the_identity_and_a_wrong_passphrase_changes_nothing() -> Result<()> {
    // The first computer: make a backup in Settings.
    let first = Profile::new()?;
    let downloads = first.downloads_folder()?;
    let window = Window::launch("backup/first", app(), &first).await?;
    let key = device_key(&window).await?;
    open_settings(&window).await?;
    window.type_into("[data-testid=backup-passphrase]", PASSPHRASE).await?;
    window.type_into("[data-testid=backup-repeat]", PASSPHRASE).await?;
    click(&window, "[data-testid=backup-make]").await?;
    let shown = window.wait_for("[data-testid=backup-path]").await?.text().await?;
    let file = PathBuf::from(shown.trim());
    ensure!(file.starts_with(&downloads), "the backup went to {}, not the downloads folder", file.display());
    let bytes = fs::read(&file).with_context(|| format!("the backup {} is not there", file.display()))?;
    ensure!(bytes.starts_with(b"PLENARY-BACKUP\n"), "{} is not a Plenary backup", file.display());
    window.screenshot("made").await?;

    // A wrong passphrase: a clear message, and nothing changed.
    restore(&window, &file, "not the passphrase").await?;
    let error = window.wait_for("[data-testid=restore-error]").await?;
    ensure!(
        error.attr("data-code").await?.as_deref() == Some("wrong-passphrase"),
        "the refusal is not wrong-passphrase"
    );
    window.wait_for_text_containing("[data-testid=restore-error]", "This passphrase does not open this backup").await?;
    window.wait_for_text_containing("[data-testid=restore-error]", "Nothing on this computer was changed").await?;
    window.screenshot("wrong-passphrase").await?;
    ensure!(device_key(&window).await? == key, "a refused restore changed the identity");
    window.close().await?;

    // Another computer, fresh from its first start: the restore asks before replacing the
    // identity Plenary made there, then brings back the first computer's.
    let second = Profile::new()?;
    let window = Window::launch("backup/second", app(), &second).await?;
    let fresh = device_key(&window).await?;
    ensure!(fresh != key, "two fresh profiles have the same identity");
    open_settings(&window).await?;
    restore(&window, &file, PASSPHRASE).await?;
    window.wait_for_text_containing("[data-testid=restore-confirm]", "another identity").await?;
    window.screenshot("confirm").await?;
    click(&window, "[data-testid=restore-confirm-replace]").await?;
    window.wait_for("[data-testid=restore-done]").await?;
    window.screenshot("restored").await?;
    click(&window, "[data-testid=restore-reopen]").await?;
    window.wait_for_all("[data-testid=priority-link]").await?;
    ensure!(device_key(&window).await? == key, "the restored profile does not hold the backup's identity");
    window.close().await
}
