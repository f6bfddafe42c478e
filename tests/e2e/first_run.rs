//! A new installation's first start, in the real window: the first-run screens come before
//! anything else, offer the six interface languages each in its own words and apply a choice at
//! once, say what stays on this computer and what goes to a forum's server, and lead to joining
//! a forum; the next start remembers all that and opens on the statement. Screenshots of each
//! screen land in `target/e2e/first_run/`.

use std::path::Path;

use anyhow::{Result, ensure};
use serde_json::{Value, json};

use crate::harness::{Profile, Window};

fn app() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_plenary"))
}

#[tokio::test]
async fn the_first_start_explains_itself_and_is_remembered() -> Result<()> {
    let profile = Profile::new()?;
    let window = Window::open("first_run/first", app(), &profile, &[]).await?;
    ensure!(window.at_first_run().await?, "a fresh profile does not start on the first-run screens");
    window.wait_for("[data-testid=first-run][data-step=language]").await?;
    let header = window.eval("!!document.querySelector('header.site-header')").await?;
    ensure!(header == Value::Bool(false), "the window's header shows behind the first-run screens");

    // The six languages, each named in its own language and marked as such.
    let names = window
        .eval(
            "[...document.querySelectorAll('[data-testid=first-run] label[lang]')]\
             .map((l) => l.lang + ':' + l.textContent.trim())",
        )
        .await?;
    ensure!(
        names == json!(["ar:العربية", "zh:中文", "en:English", "fr:Français", "ru:Русский", "es:Español"]),
        "the languages offered read {names}"
    );
    window.screenshot("language").await?;

    // Choosing French applies it at once.
    window.click("[data-testid=first-run-language-fr]").await?;
    window.wait_until("French applies at once", "document.documentElement.lang === 'fr'").await?;
    window.wait_for_text_containing("[data-testid=first-run] h1", "Bienvenue dans Plenary").await?;
    window.screenshot("language-fr").await?;

    // What stays, what is sent, and the Chatham House Rule, in French.
    window.click("[data-testid=first-run-continue]").await?;
    window.wait_for("[data-testid=first-run][data-step=privacy]").await?;
    for (part, heading) in [
        ("kept", "Reste sur cet ordinateur"),
        ("sent", "Va au serveur du forum"),
        ("rule", "Comment la règle de Chatham House est appliquée"),
    ] {
        window.wait_for_text_containing(&format!("[data-testid=privacy-{part}] h2"), heading).await?;
    }
    let focused = window.eval("document.activeElement && document.activeElement.tagName").await?;
    ensure!(focused == json!("H1"), "focus is on {focused}, not on the new step's heading");
    window.screenshot("privacy").await?;

    // Then joining a forum, with the join form the header also leads to.
    window.click("[data-testid=first-run-continue]").await?;
    window.wait_for("[data-testid=first-run][data-step=start]").await?;
    window.screenshot("start").await?;
    window.click("[data-testid=first-run-join]").await?;
    window.wait_for("[data-testid=join-form]").await?;
    window.wait_until("the join page is shown", "location.hash === '#/join'").await?;
    window.wait_for("header.site-header").await?;
    window.screenshot("join").await?;
    window.close().await?;

    // The next start opens on the statement, in French.
    let window = Window::open("first_run/second", app(), &profile, &[]).await?;
    ensure!(!window.at_first_run().await?, "the first-run screens came again on the second start");
    window.wait_for_all("[data-testid=priority-link]").await?;
    window.wait_until("the interface opens in French", "document.documentElement.lang === 'fr'").await?;
    window.screenshot("second-start").await?;
    window.close().await
}
