//! Organizers consolidate, in the real window: on a fresh profile the device that imported the
//! sample forum is its organizer (no server needed: `core::import` signs the forum's records
//! with this device's key, which makes it the forum's organizer). It proposes an amendment,
//! accepts it from the priority's queue, sees the new revision with its provenance and the
//! decision in the public log, and exports the consolidated statement, whose file must hold
//! the new text. Screenshots of the queue, the overview and the decision log (the last two
//! also in Arabic, right to left) land in `target/e2e/consolidation/`, to be looked at.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail, ensure};
use serde_json::Value;

use crate::harness::{Profile, Window};

const PRIORITY_LINK: &str = "[data-testid=priority-link]";
const PRIORITY_TITLE: &str = "[data-testid=priority-title]";
const FIRST_PRIORITY: &str = "Broaden Participation in Global AI Safety Forums";
/// What the amendment adds at the end of the priority's text: words the sample has nowhere.
const ADDED: &str = "Regional hubs should host remote participation for delegates who cannot travel.";
const RATIONALE: &str = "Travel costs keep many delegates away.";

fn app() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_plenary"))
}

/// The "Must show", in the window: accept an amendment from the queue, see the new
/// revision and the decision log's entry, and export the statement with the new text.
#[tokio::test]
async fn an_organizer_accepts_an_amendment_and_exports_the_statement() -> Result<()> {
    let profile = Profile::new()?;
    let downloads = profile.downloads_folder()?;
    let window = Window::launch("consolidation", app(), &profile).await?;

    // The sample forum's importer organizes it: the organizers' link shows.
    window.wait_for_all(PRIORITY_LINK).await.context("step 1: the statement opens")?;
    window.wait_for("[data-testid=nav-overview]").await.context("step 1: organizers see the Overview link")?;
    window.wait_for("[data-testid=nav-decisions]").await.context("step 1: everyone sees the decision log's link")?;

    // Propose an amendment to the first priority: its current text with a sentence added.
    let link = window.wait_for_one_containing(PRIORITY_LINK, FIRST_PRIORITY).await?;
    link.click().await.context("step 2: open the first priority")?;
    window.wait_for_text_containing(PRIORITY_TITLE, FIRST_PRIORITY).await?;
    // A position against it too, for the overview to count.
    window.click_in_view("[data-testid=position-stance-oppose]").await.context("step 2: choose Oppose")?;
    window.click_in_view("[data-testid=position-submit]").await.context("step 2: set the position")?;
    window.wait_for("[data-testid=position-mine]").await.context("step 2: the position is taken")?;
    window.click_in_view("[data-testid=add-amendment]").await.context("step 2: Propose an amendment")?;
    window.wait_for("[data-testid=amendment-composer]").await?;
    window
        .type_into("[data-testid=amendment-composer] [data-testid=amendment-body]", &format!(" {ADDED}"))
        .await
        .context("step 2: add a sentence to the proposed text")?;
    window
        .type_into("[data-testid=amendment-composer] [data-testid=amendment-rationale]", RATIONALE)
        .await
        .context("step 2: say why")?;
    window.click_in_view("[data-testid=amendment-submit]").await.context("step 2: submit the amendment")?;
    window
        .wait_for_one_containing("[data-testid=amendment]", RATIONALE)
        .await
        .context("step 2: the submitted amendment is listed on the priority")?;

    // The queue: the amendment, what it changes, and the decisions.
    window.click_in_view("[data-testid=open-queue]").await.context("step 3: open the priority's queue")?;
    window.wait_for("[data-testid=queue-heading]").await?;
    let queued = window
        .wait_for_one_containing("[data-testid=queue-amendment]", RATIONALE)
        .await
        .context("step 3: the queue lists the open amendment")?;
    let changes = queued.text().await?;
    ensure!(changes.contains("Regional hubs"), "step 3: the queue's diff does not show the added words: {changes:?}");
    let added = window
        .eval("[...document.querySelectorAll('[data-testid=queue-amendment] ins')].map(e => e.textContent).join(' ')")
        .await?;
    ensure!(
        added.as_str().is_some_and(|text| text.contains("Regional")),
        "step 3: the added words are not marked as added in the diff (ins: {added})"
    );
    scroll_to(&window, "[data-testid=queue-amendment]", Place::Middle).await?;
    window.screenshot("queue").await?;

    window.click_in_view("[data-testid=queue-accept]").await.context("step 4: Accept…")?;
    window.wait_for("[data-testid=accept-form]").await.context("step 4: accepting asks first")?;
    window
        .type_into("[data-testid=accept-form-reason]", "Widely supported at the workshop.")
        .await
        .context("step 4: a note for the log")?;
    window.click_in_view("[data-testid=accept-form-submit]").await.context("step 4: confirm")?;
    window
        .wait_for_text_containing("[data-testid=queue-revision]", "Revision \u{2068}2\u{2069}")
        .await
        .context("step 4: the queue shows the priority's second revision")?;
    window
        .wait_for_text_containing("[data-testid=queue-current-text]", ADDED)
        .await
        .context("step 4: the current text is the amendment's")?;
    window
        .wait_for_text_containing("[data-testid=priority-provenance]", "Accepted by organizer")
        .await
        .context("step 4: the revision says where it came from")?;
    window.wait_for("[data-testid=queue-empty]").await.context("step 4: no amendment is left open")?;
    scroll_to(&window, "[data-testid=queue-current]", Place::Middle).await?;
    window.screenshot("queue-accepted").await?;

    // The priority's own page shows the new revision too.
    window.click_in_view("[data-testid=queue-to-priority]").await?;
    window
        .wait_for_text_containing("[data-testid=priority-revision]", "Revision \u{2068}2\u{2069}")
        .await
        .context("step 5: the priority's page shows revision 2")?;
    window
        .wait_for_text_containing("[data-testid=priority-text]", ADDED)
        .await
        .context("step 5: the priority's text is the accepted one")?;

    // The public decision log.
    window.click("[data-testid=nav-decisions]").await.context("step 6: open the decision log")?;
    let entry = window
        .wait_for_one_containing("[data-testid=log-entry]", "Accepted the amendment")
        .await
        .context("step 6: the log lists the acceptance")?;
    let entry = entry.text().await?;
    ensure!(entry.contains(FIRST_PRIORITY), "step 6: the log's entry does not name the priority: {entry:?}");
    ensure!(
        entry.contains("Widely supported at the workshop."),
        "step 6: the log's entry does not carry the note: {entry:?}"
    );
    window.screenshot("decision-log").await?;

    // The overview, and the export of the consolidated statement.
    window.click("[data-testid=nav-overview]").await.context("step 7: open the overview")?;
    let first =
        window.wait_for("[data-testid=overview-row]").await.context("step 7: the overview lists the priorities")?;
    // Most contested first: the only priority with a position against it.
    ensure!(
        first.text().await?.contains(FIRST_PRIORITY),
        "step 7: the overview's first row is not the opposed priority: {:?}",
        first.text().await?
    );
    let oppose = window
        .eval("document.querySelector('[data-testid=overview-row] [data-column=oppose]')?.textContent.trim()")
        .await?;
    ensure!(oppose == Value::String("1".into()), "step 7: the overview counts {oppose} positions against, not 1");
    window.wait_for("[data-testid=phase-control]").await.context("step 7: the phase control is on the overview")?;
    window.screenshot("overview").await?;
    scroll_to(&window, "[data-testid=overview-table]", Place::Top).await?;
    window.screenshot("overview-table").await?;

    window.click_in_view("[data-testid=export-open]").await.context("step 8: Export…")?;
    window.wait_for("[data-testid=export-dialog]").await?;
    window.click_in_view("[data-testid=export-format-markdown]").await.context("step 8: choose Markdown")?;
    window.click_in_view("[data-testid=export-submit]").await.context("step 8: export")?;
    let path = window
        .wait_for("[data-testid=export-path]")
        .await
        .context("step 8: the dialog says where the file went")?
        .text()
        .await?;
    let path = PathBuf::from(path.trim());
    ensure!(path.starts_with(&downloads), "step 8: the file went to {}, not the downloads folder", path.display());
    let text = fs::read_to_string(&path).with_context(|| format!("step 8: read the exported {}", path.display()))?;
    ensure!(text.contains(ADDED), "step 8: the exported statement lacks the accepted text:\n{text}");
    ensure!(text.contains(FIRST_PRIORITY), "step 8: the exported statement lacks the priority's title");
    scroll_to(&window, "[data-testid=export-saved]", Place::Middle).await?;
    window.screenshot("overview-export").await?;

    // The same pages right to left, in Arabic: to be looked at.
    window.click("[data-testid=export-close]").await?;
    let chosen = window
        .eval(
            "(() => { const menu = document.querySelector('[data-testid=ui-language]'); if (!menu) return false; \
             menu.value = 'ar'; menu.dispatchEvent(new Event('change', { bubbles: true })); return true; })()",
        )
        .await?;
    ensure!(chosen == Value::Bool(true), "step 9: the interface's language menu is missing");
    window
        .wait_until("step 9: the interface turns Arabic, right to left", "document.documentElement.dir === 'rtl'")
        .await?;
    window
        .wait_for_text_containing("#overview-heading", "نظرة عامة")
        .await
        .context("step 9: the overview in Arabic")?;
    window.eval("window.scrollTo(0, 0) === undefined").await?;
    window.screenshot("overview-ar").await?;
    scroll_to(&window, "[data-testid=overview-table]", Place::Top).await?;
    window.screenshot("overview-table-ar").await?;
    window.click("[data-testid=nav-decisions]").await?;
    window
        .wait_for_one_containing("[data-testid=log-entry]", "قُبل التعديل")
        .await
        .context("step 9: the log in Arabic")?;
    window.screenshot("decision-log-ar").await?;

    window.close().await
}

/// Where [`scroll_to`] puts an element: at the top of the view, or in its middle.
#[derive(Clone, Copy)]
enum Place {
    Top,
    Middle,
}

/// Scrolls the first element matching `css` to `place` in the view and returns once the page
/// has painted twice since, so that a screenshot shows it.
async fn scroll_to(window: &Window, css: &str, place: Place) -> Result<()> {
    let script = "const [css, block, done] = arguments;
        const element = document.querySelector(css);
        if (!element) { done(false); return; }
        element.scrollIntoView({ block });
        requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
    let block = match place {
        Place::Top => "start",
        Place::Middle => "center",
    };
    let args = vec![Value::String(css.to_owned()), Value::String(block.to_owned())];
    let scrolled = window.client().execute_async(script, args).await?;
    if scrolled != Value::Bool(true) {
        bail!("could not scroll to `{css}`: no such element{}", window.diagnostics().await);
    }
    Ok(())
}
