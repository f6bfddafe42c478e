//! Organizers consolidate, in the real window: on a fresh profile the device that imported the
//! sample forum is its organizer (no server needed: `core::import` signs the forum's records
//! with this device's key, which makes it the forum's organizer). It proposes an amendment,
//! accepts it from the priority's queue, sees the new revision with its provenance and the
//! decision in the public log, and exports the consolidated statement, whose file must hold
//! the new text. Screenshots of the queue, the overview and the decision log (the last two
//! also in Arabic, right to left) land in `target/e2e/consolidation/`, to be looked at.
//!
//! A second test rejects one of three amendments (a reason is required), merges the two others
//! into an edited text and hides a comment, from the queue, then reads the decision log: the
//! hidden comment appears only as "a comment was hidden" and why. Its screenshots of the merge
//! editor and the log land in `target/e2e/consolidation-decisions/`.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, ensure};
use serde_json::Value;

use crate::harness::{Place, Profile, Window};

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
    // The rationale's preview follows typing after a pause and pushes the button down: wait
    // for it (and the draft's save), so that the click lands on the button.
    window
        .wait_for_text_containing("[data-testid=amendment-rationale-preview]", RATIONALE)
        .await
        .context("step 2: the rationale's preview")?;
    window.wait_for("[data-testid=amendment-composer] [data-testid=composer-saved]").await?;
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
    window.scroll_to("[data-testid=queue-amendment]", Place::Middle).await?;
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
    window.scroll_to("[data-testid=queue-current]", Place::Middle).await?;
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
    window.scroll_to("[data-testid=overview-table]", Place::Top).await?;
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
    window.scroll_to("[data-testid=export-saved]", Place::Middle).await?;
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
    window.scroll_to("[data-testid=overview-table]", Place::Top).await?;
    window.screenshot("overview-table-ar").await?;
    window.click("[data-testid=nav-decisions]").await?;
    window
        .wait_for_one_containing("[data-testid=log-entry]", "قُبل التعديل")
        .await
        .context("step 9: the log in Arabic")?;
    window.screenshot("decision-log-ar").await?;

    window.close().await
}

/// Amendments proposed in the second test, each to the first priority: a title of its own (the
/// priority's with words added, so that the queue, the provenance and the log can tell them
/// apart) and a sentence added at the end of the text.
const HUBS_TITLE: &str = "Broaden Participation in Global AI Safety Forums through regional hubs";
const HUBS: &str = "Regional hubs should host remote participation for delegates who cannot travel.";
const GRANTS_TITLE: &str = "Broaden Participation in Global AI Safety Forums with travel grants";
const GRANTS: &str = "Travel grants should cover delegates from low-income countries.";
const INVITE_TITLE: &str = "Broaden Participation in Global AI Safety Forums by invitation";
const INVITE: &str = "Forums should admit delegates by invitation only.";
/// What the organizer makes of the grants amendment in the merged text.
const GRANTS_MERGED: &str = "Travel grants should cover delegates from low- and middle-income countries.";
const REJECT_REASON: &str = "Invitations alone would narrow participation, against the priority's aim.";
/// The comment's words: the decision log must never show them.
const COMMENT: &str = "Zanzibar delegates were turned away at the door last year.";
const HIDE_REASON: &str = "It names people who did not agree to be named.";

/// Rejecting (a reason is required), merging two amendments into an edited text, and hiding
/// a comment, from one priority's queue; the decision log then shows all three, the hidden
/// comment only as "a comment was hidden" with the reason.
#[tokio::test]
async fn an_organizer_rejects_merges_and_hides_and_the_log_shows_each_decision() -> Result<()> {
    let profile = Profile::new()?;
    let window = Window::launch("consolidation-decisions", app(), &profile).await?;

    window.wait_for_all(PRIORITY_LINK).await.context("step 1: the statement opens")?;
    let link = window.wait_for_one_containing(PRIORITY_LINK, FIRST_PRIORITY).await?;
    link.click().await.context("step 1: open the first priority")?;
    window.wait_for_text_containing(PRIORITY_TITLE, FIRST_PRIORITY).await?;

    // Three amendments to the priority, each with its own title and added sentence.
    for (title, sentence) in [(HUBS_TITLE, HUBS), (GRANTS_TITLE, GRANTS), (INVITE_TITLE, INVITE)] {
        let suffix = title.strip_prefix(FIRST_PRIORITY).context("an amendment's title extends the priority's")?;
        window.click_in_view("[data-testid=add-amendment]").await.context("step 2: Propose an amendment")?;
        window.wait_for("[data-testid=amendment-composer]").await?;
        window
            .type_into("[data-testid=amendment-composer] [data-testid=amendment-title]", suffix)
            .await
            .context("step 2: the amendment's title")?;
        window
            .type_into("[data-testid=amendment-composer] [data-testid=amendment-body]", &format!(" {sentence}"))
            .await
            .context("step 2: add a sentence to the proposed text")?;
        window
            .type_into("[data-testid=amendment-composer] [data-testid=amendment-rationale]", &format!("Why: {suffix}."))
            .await
            .context("step 2: say why")?;
        // The rationale's preview follows typing after a pause and pushes the button down:
        // wait for it (and the draft's save), so that the click lands on the button.
        window
            .wait_for_text_containing("[data-testid=amendment-rationale-preview]", suffix.trim())
            .await
            .context("step 2: the rationale's preview")?;
        window.wait_for("[data-testid=amendment-composer] [data-testid=composer-saved]").await?;
        window.click_in_view("[data-testid=amendment-submit]").await.context("step 2: submit the amendment")?;
        window
            .wait_for_one_containing("[data-testid=amendment]", title)
            .await
            .with_context(|| format!("step 2: the amendment {title:?} is listed on the priority"))?;
        window
            .wait_until(
                "step 2: the amendment's composer closes once it is submitted",
                "!document.querySelector('[data-testid=amendment-composer]')",
            )
            .await?;
    }

    // And a comment on it.
    window.click_in_view("[data-testid=add-comment]").await.context("step 3: Add a comment")?;
    window.wait_for("[data-testid=composer]").await?;
    window.type_into("[data-testid=composer] [data-testid=composer-body]", COMMENT).await?;
    window.click_in_view("[data-testid=composer-kind-question]").await.context("step 3: choose a kind")?;
    window
        .wait_for_text_containing("[data-testid=composer-body-preview]", COMMENT)
        .await
        .context("step 3: the comment's preview")?;
    window.wait_for("[data-testid=composer] [data-testid=composer-saved]").await?;
    window.click_in_view("[data-testid=composer-submit]").await.context("step 3: submit the comment")?;
    window
        .wait_for_one_containing("[data-testid=comment]", COMMENT)
        .await
        .context("step 3: the comment is listed on the priority")?;

    // The queue lists the three.
    window.click_in_view("[data-testid=open-queue]").await.context("step 4: open the priority's queue")?;
    window.wait_for("[data-testid=queue-heading]").await?;
    window.wait_for_text_containing("[data-testid=queue-count]", "3").await.context("step 4: three open")?;
    let invite = amendment_in_queue(&window, INVITE_TITLE).await.context("step 4: the amendment to reject")?;

    // Reject one: an empty reason is refused beside the field, then one is given.
    window.click_in_view(&format!("{invite} [data-testid=queue-reject]")).await.context("step 5: Reject…")?;
    window.wait_for(&format!("{invite} [data-testid=reject-form]")).await.context("step 5: rejecting asks why")?;
    window.click_in_view("[data-testid=reject-form-submit]").await.context("step 5: reject without a reason")?;
    window
        .wait_for_text_containing("[data-testid=reject-form] [data-testid=field-error]", "Say why it is rejected.")
        .await
        .context("step 5: an empty reason is refused with a message")?;
    let invalid = window
        .eval("document.querySelector('[data-testid=reject-form-reason]')?.getAttribute('aria-invalid') ?? null")
        .await?;
    ensure!(invalid == Value::String("true".into()), "step 5: the empty reason's field is not marked invalid");
    ensure!(
        window.eval("document.querySelectorAll('[data-testid=queue-amendment]').length").await? == 3,
        "step 5: the amendment was decided on without a reason"
    );
    window.type_into("[data-testid=reject-form-reason]", REJECT_REASON).await.context("step 5: give the reason")?;
    window.click_in_view("[data-testid=reject-form-submit]").await.context("step 5: reject")?;
    window.wait_for_text_containing("[data-testid=queue-count]", "2").await.context("step 5: two are left open")?;
    window
        .wait_until(
            "step 5: the rejected amendment leaves the queue",
            &format!("!document.querySelector(\"{invite}\")"),
        )
        .await?;

    // Merge the two others into an edited text.
    let hubs = amendment_in_queue(&window, HUBS_TITLE).await?;
    let grants = amendment_in_queue(&window, GRANTS_TITLE).await?;
    window.click_in_view(&format!("{hubs} [data-testid=queue-select]")).await.context("step 6: tick the first")?;
    window.click_in_view(&format!("{grants} [data-testid=queue-select]")).await.context("step 6: tick the second")?;
    window.click_in_view("[data-testid=merge-open]").await.context("step 6: Merge the chosen amendments…")?;
    window.wait_for("[data-testid=merge-editor]").await.context("step 6: the merge editor opens")?;
    let sources = window.wait_for_all("[data-testid=merge-source]").await?;
    ensure!(sources.len() == 2, "step 6: the merge editor shows {} amendments, not 2", sources.len());
    window
        .type_into("[data-testid=merge-editor] textarea[data-testid=merge-body]", &format!(" {HUBS} {GRANTS_MERGED}"))
        .await
        .context("step 6: write the merged text")?;
    window
        .wait_for_text_containing("[data-testid=merge-editor] [aria-labelledby=merge-changes-heading]", "middle-income")
        .await
        .context("step 6: the editor shows what the merged text changes")?;
    window
        .wait_for_text_containing("[data-testid=merge-body-preview]", GRANTS_MERGED)
        .await
        .context("step 6: the merged text's preview")?;
    window.scroll_to("[data-testid=merge-editor]", Place::Top).await?;
    window.screenshot("merge-editor").await?;
    window.scroll_to("[aria-labelledby=merge-changes-heading]", Place::Middle).await?;
    window.screenshot("merge-editor-text").await?;
    window.click_in_view("[data-testid=merge-submit]").await.context("step 6: Merge…")?;
    window.click_in_view("[data-testid=merge-confirm]").await.context("step 6: confirm the merge")?;
    window
        .wait_for_text_containing("[data-testid=queue-revision]", "Revision \u{2068}2\u{2069}")
        .await
        .context("step 6: the queue shows the priority's second revision")?;
    let current = window.wait_for_text_containing("[data-testid=queue-current-text]", GRANTS_MERGED).await?;
    let current = current.text().await?;
    ensure!(current.contains(HUBS), "step 6: the merged text lacks the hubs sentence: {current:?}");
    ensure!(
        !current.contains(GRANTS),
        "step 6: the merged text has the grants amendment's unedited words: {current:?}"
    );
    ensure!(!current.contains(INVITE), "step 6: the merged text has the rejected amendment's words: {current:?}");
    let provenance = window.wait_for("[data-testid=priority-provenance][data-decision=merged]").await?.text().await?;
    for title in [HUBS_TITLE, GRANTS_TITLE] {
        ensure!(
            provenance.contains(&format!("\u{201c}\u{2068}{title}\u{2069}\u{201d}")),
            "step 6: the provenance does not name {title:?}: {provenance:?}"
        );
    }
    ensure!(!provenance.contains(INVITE_TITLE), "step 6: the provenance names the rejected amendment: {provenance:?}");
    window.wait_for("[data-testid=queue-empty]").await.context("step 6: no amendment is left open")?;

    // Hide the comment, with a reason.
    let comment = "[data-testid=queue-comments] [data-testid=comment]";
    window.wait_for_one_containing(comment, COMMENT).await.context("step 7: the queue lists the comment")?;
    let marked = window
        .eval(&format!(
            "(() => {{ const c = [...document.querySelectorAll('{comment}')].find(e => e.textContent.includes({COMMENT:?})); \
             if (!c) return false; c.setAttribute('data-e2e', 'to-hide'); return true; }})()"
        ))
        .await?;
    ensure!(marked == Value::Bool(true), "step 7: the comment is not in the queue");
    window.click_in_view("[data-e2e=to-hide] [data-testid=hide-comment]").await.context("step 7: Hide…")?;
    window.type_into("[data-testid=hide-form-reason]", HIDE_REASON).await.context("step 7: say why")?;
    window.click_in_view("[data-testid=hide-form-submit]").await.context("step 7: hide the comment")?;
    window
        .wait_until(
            "step 7: hiding is announced",
            "document.querySelector('[data-testid=queue-announcement]')?.textContent === 'The comment is hidden.'",
        )
        .await?;
    window
        .wait_until(
            "step 7: the hidden comment leaves the organizers' queue",
            &format!("![...document.querySelectorAll('{comment}')].some(e => e.textContent.includes({COMMENT:?}))"),
        )
        .await?;

    // The decision log: all three decisions, and never the hidden comment's words.
    window.click("[data-testid=nav-decisions]").await.context("step 8: open the decision log")?;
    let rejected = window
        .wait_for_one_containing("[data-testid=log-entry][data-kind=rejected]", INVITE_TITLE)
        .await
        .context("step 8: the log lists the rejection")?
        .text()
        .await?;
    ensure!(rejected.contains(REJECT_REASON), "step 8: the rejection's entry lacks its reason: {rejected:?}");
    let merged = window
        .wait_for("[data-testid=log-entry][data-kind=merged]")
        .await
        .context("step 8: the log lists the merge")?
        .text()
        .await?;
    ensure!(
        merged.contains("Merged the amendments") && merged.contains(HUBS_TITLE) && merged.contains(GRANTS_TITLE),
        "step 8: the merge's entry does not name both amendments: {merged:?}"
    );
    let hidden = window
        .wait_for("[data-testid=log-entry][data-kind=hidden]")
        .await
        .context("step 8: the log lists the hiding")?
        .text()
        .await?;
    ensure!(hidden.contains("A comment was hidden."), "step 8: the hiding's entry says {hidden:?}");
    ensure!(hidden.contains(HIDE_REASON), "step 8: the hiding's entry lacks its reason: {hidden:?}");
    let page = window.eval("document.body.textContent").await?;
    let page = page.as_str().context("step 8: the page has no text")?;
    ensure!(!page.contains("Zanzibar"), "step 8: the decision log shows the hidden comment's words");
    let newest = window.eval("document.querySelector('[data-testid=log-entry]')?.dataset.kind ?? null").await?;
    ensure!(newest == Value::String("hidden".into()), "step 8: the newest entry is {newest}, not the hiding");
    window.eval("window.scrollTo(0, 0) === undefined").await?;
    window.screenshot("decision-log").await?;
    window.scroll_to("[data-testid=log-entries]", Place::Top).await?;
    window.screenshot("decision-log-entries").await?;

    window.close().await
}

/// The selector of the queue's amendment titled `title` (its heading, not a conflict note
/// naming it), by its id, once it is listed.
async fn amendment_in_queue(window: &Window, title: &str) -> Result<String> {
    let find = format!(
        "[...document.querySelectorAll('[data-testid=queue-amendment]')]\
         .find(e => e.querySelector('h3')?.textContent.trim() === {title:?})?.dataset.amendmentId ?? null"
    );
    window.wait_until(&format!("the queue lists the amendment {title:?}"), &format!("({find}) !== null")).await?;
    let id = window.eval(&find).await?;
    let id = id.as_str().context("the queued amendment has no id")?;
    Ok(format!("[data-testid=queue-amendment][data-amendment-id='{id}']"))
}
