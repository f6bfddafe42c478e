//! Delegates draft offline: a comment anchored to a passage survives quitting the app, and
//! once submitted it is shown on the priority and listed in My contributions as ready to send.

use std::path::Path;

use anyhow::{Context, Result, bail, ensure};
use fantoccini::Locator;
use serde_json::Value;

use crate::harness::{Place, Profile, Window};

const PRIORITY_LINK: &str = "[data-testid=priority-link]";
const PRIORITY_TITLE: &str = "[data-testid=priority-title]";
const PRIORITY_TEXT: &str = "[data-testid=priority-text]";
const COMPOSER: &str = "[data-testid=composer]";
const COMPOSER_BODY: &str = "[data-testid=composer-body]";
const FIRST_PRIORITY: &str = "Broaden Participation in Global AI Safety Forums";
const PASSAGE: &str = "countries without established AI Safety Institutes";
const BODY: &str = "Which countries count as without an institute? Small island states should be named.";

fn app() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_plenary"))
}

/// The "Must show": write a comment anchored to a passage, quit the app, start it
/// again: the draft is there; submit it; it appears in My contributions as ready to send.
#[tokio::test]
async fn a_draft_comment_survives_a_restart_and_is_submitted() -> Result<()> {
    let profile = Profile::new()?;

    // First launch: select the passage, comment on it, type, and wait until it is stored.
    let window = Window::launch("drafting/first", app(), &profile).await?;
    open_first_priority(&window).await.context("step 1: open the first priority from the statement")?;

    select_passage(&window).await.context("step 2: select the passage in the priority's text")?;
    window
        .click("[data-testid=comment-on-selection]")
        .await
        .context("step 2: the selection offers \"Comment on this passage\"")?;

    window.wait_for(COMPOSER).await.context("step 3: the composer opens for the selected passage")?;
    let quote = composer_quote(&window).await.context("step 3: the composer quotes the passage")?;
    ensure!(quote.contains(PASSAGE), "step 3: the composer quotes {quote:?}, not {PASSAGE:?}");
    window.click_in_view("[data-testid=composer-kind-question]").await.context("step 3: choose the kind Question")?;
    window.type_into(COMPOSER_BODY, BODY).await.context("step 3: type the comment")?;
    // "Saved" is shown only once every change is stored; with the whole text in the field,
    // the last save under way is the one holding all of it.
    window
        .wait_until(
            "step 3: the typed draft is stored (composer-saved shown with the whole text in the field)",
            &format!(
                "(() => {{ const saved = document.querySelector('[data-testid=composer-saved]'); \
                 const body = document.querySelector('{COMPOSER_BODY}'); \
                 return !!saved && saved.textContent.trim() !== '' && !!body && body.value === {body}; }})()",
                body = js_string(BODY)
            ),
        )
        .await?;
    window.screenshot("composer").await?;
    window.scroll_to("[data-testid=composer-saved]", Place::NearBottom).await?;
    window.screenshot("composer-saved").await?;

    // Quit, and start again with the same profile.
    window.close().await.context("step 4: quit the app")?;
    let window = Window::launch("drafting/second", app(), &profile).await?;
    open_first_priority(&window).await.context("step 4: after the restart, open the first priority again")?;
    window.wait_for(COMPOSER).await.context("step 4: after the restart, the draft's composer reopens by itself")?;
    let body = window.eval(&format!("document.querySelector('{COMPOSER_BODY}')?.value ?? null")).await?;
    if body != Value::String(BODY.to_owned()) {
        bail!("step 4: after the restart the draft reads {body}, not {BODY:?}{}", window.diagnostics().await);
    }
    let quote =
        composer_quote(&window).await.context("step 4: after the restart, the draft still quotes the passage")?;
    ensure!(quote.contains(PASSAGE), "step 4: after the restart the draft quotes {quote:?}, not {PASSAGE:?}");
    let kind = window.eval("document.querySelector('[data-testid=composer-kind-question]')?.checked ?? null").await?;
    ensure!(kind == Value::Bool(true), "step 4: after the restart the kind Question is not chosen (checked: {kind})");
    window.scroll_to(COMPOSER, Place::NearTop).await?;
    window.screenshot("reopened").await?;

    // Submit: the comment is listed with its quote, and its passage is marked in the text.
    window.click_in_view("[data-testid=composer-submit]").await.context("step 5: submit the draft")?;
    let comment = window
        .wait_for_one_containing("[data-testid=comment]", BODY)
        .await
        .context("step 5: the submitted comment is listed under Comments")?;
    let quote = match comment.find(Locator::Css("[data-testid=comment-quote]")).await {
        Ok(quote) => quote.text().await?,
        Err(error) => bail!("step 5: the submitted comment shows no quote ({error}){}", window.diagnostics().await),
    };
    ensure!(quote.contains(PASSAGE), "step 5: the submitted comment quotes {quote:?}, not {PASSAGE:?}");
    window
        .wait_for_one_containing(&format!("{PRIORITY_TEXT} mark[data-anchor]"), "countries without established")
        .await
        .context("step 5: the passage is marked in the priority's text")?;
    window
        .wait_until("step 5: the composer is gone once submitted", &format!("!document.querySelector('{COMPOSER}')"))
        .await?;
    // The marked passage at the top of the view, with the comment below it.
    window.scroll_to(&format!("{PRIORITY_TEXT} mark[data-anchor]"), Place::NearTop).await?;
    window.screenshot("submitted").await?;

    // My contributions: ready to send, and no longer a draft.
    window.click("[data-testid=nav-mine]").await.context("step 6: open My contributions")?;
    let item = window
        .wait_for_one_containing("[data-testid=mine-ready] [data-testid=mine-item]", BODY)
        .await
        .context("step 6: My contributions lists the comment as ready to send")?;
    let kind = item.attr("data-kind").await?;
    ensure!(kind.as_deref() == Some("comment"), "step 6: the ready item is a {kind:?}, not a comment");
    let drafts = window
        .eval(&format!(
            "[...document.querySelectorAll('[data-testid=mine-drafts] [data-testid=mine-item]')]\
             .map(item => item.innerText).filter(text => text.includes({body}))",
            body = js_string(BODY)
        ))
        .await?;
    ensure!(
        drafts.as_array().is_some_and(Vec::is_empty),
        "step 6: My contributions still lists the comment among drafts: {drafts}"
    );
    window.screenshot("mine").await?;
    window.close().await
}

/// Opens the first priority from the statement and waits for its page.
async fn open_first_priority(window: &Window) -> Result<()> {
    let link = window.wait_for_one_containing(PRIORITY_LINK, FIRST_PRIORITY).await?;
    if let Err(error) = link.click().await {
        bail!("could not click the link to {FIRST_PRIORITY:?}: {error}{}", window.diagnostics().await);
    }
    window.wait_for_text_containing(PRIORITY_TITLE, FIRST_PRIORITY).await?;
    window.wait_for_text_containing(PRIORITY_TEXT, PASSAGE).await?;
    Ok(())
}

/// Selects `PASSAGE` in the priority's text as a mouse would leave it: one range in the
/// document's selection, which the page follows through `selectionchange`.
async fn select_passage(window: &Window) -> Result<()> {
    let script = format!(
        "(() => {{
            const container = document.querySelector('{PRIORITY_TEXT}');
            if (!container) return 'no priority text';
            const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {{
                const at = node.data.indexOf({passage});
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + {passage}.length);
                const selection = document.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                return selection.toString();
            }}
            return 'the passage is in no one text node: ' + container.innerText;
        }})()",
        passage = js_string(PASSAGE)
    );
    let selected = window.eval(&script).await?;
    if selected != Value::String(PASSAGE.to_owned()) {
        bail!("the selection reads {selected}, not {PASSAGE:?}{}", window.diagnostics().await);
    }
    Ok(())
}

/// The passage the open composer quotes.
async fn composer_quote(window: &Window) -> Result<String> {
    Ok(window.wait_for("[data-testid=composer] [data-testid=composer-quote]").await?.text().await?)
}

/// `text` as a JavaScript string literal.
fn js_string(text: &str) -> String {
    Value::String(text.to_owned()).to_string()
}
