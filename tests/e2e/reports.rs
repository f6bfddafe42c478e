//! An incident report filled in and submitted with the keyboard only, in the real window:
//! Tab and Shift+Tab between controls, typing, Space and Enter, arrow keys in radio groups
//! and in the country picker, type-ahead in menus. No element is clicked and no value is
//! set from script: scripts only read the page (what has focus, what a field holds).
//!
//! The form is left half-filled and found again under Reports, saved as typed. The report is
//! refused first for want of a title (the message names the field and focus goes to it), then
//! submitted; it is listed as the user's own under Reports and in My contributions, and it is
//! still there after the app is started again, where it is withdrawn (it stays, marked so).
//! Screenshots of the form (empty, refused, filled in) and of the submitted report land in
//! `target/e2e/reports/`.

use std::path::Path;

use anyhow::{Context, Result, bail, ensure};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::{Value, json};

use crate::harness::{Profile, Window};

const TITLE: &str = "Chatbot gave wrong dosage advice in Swahili";
const DESCRIPTION: &str = "A health chatbot answered questions in Swahili with a dosage ten times too high.";
const SYSTEM: &str = "AfyaBot";
const DEVELOPER: &str = "Acme Labs";
const SOURCE: &str = "Nation Media report of 4 March 2025";
const SOURCE_URL: &str = "https://example.org/afyabot";

/// The most Tab presses from one control to the next that the test allows: enough to cross
/// the longest stretch of the form (the harm types, the other entity lists).
const MAX_TABS: usize = 60;

fn app() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_plenary"))
}

#[tokio::test]
async fn an_incident_report_is_filled_in_and_submitted_with_the_keyboard_only() -> Result<()> {
    let profile = Profile::new()?;
    let window = Window::open("reports/first", app(), &profile, &[]).await?;
    past_first_run(&window).await.context("go through the first-run screens, if shown")?;
    window.wait_for_all("[data-testid=priority-link]").await.context("the statement opens")?;

    open_from_header(&window, "nav-reports").await.context("open Reports from the header")?;
    window.wait_for("#reports-heading").await.context("Enter on Reports opens the reports page")?;
    tab_to(&window, "[data-testid=new-report]", "the button to start a report").await?;
    window.press(Key::Enter).await?;
    window.wait_for("[data-testid=report-form]").await.context("Enter on New report opens the form")?;
    expect_focus(&window, "#report-form-heading", "focus moves to the new form's heading").await?;
    window.screenshot("form-empty").await?;

    // What happened. The title is left empty for now: the first submit must name it.
    tab_to(&window, "#rf-description", "the description").await?;
    type_text(&window, DESCRIPTION).await?;

    // Saved as typed: leave for Reports, which lists the unfinished form; open it again.
    let form_id = window.eval("document.querySelector('[data-testid=report-form]').dataset.formId").await?;
    let form_id = form_id.as_str().context("the form carries its id")?.to_owned();
    open_from_header(&window, "nav-reports").await.context("leave the form for Reports")?;
    let saved = format!("[data-testid=form-item][data-id='{form_id}']");
    window.wait_for(&saved).await.context("Reports lists the unfinished form")?;
    scroll_to(&window, "#reports-forms-heading").await?;
    window.screenshot("reports-unfinished").await?;
    tab_to(&window, &format!("{saved} [data-testid=form-open]"), "the unfinished form's Open link").await?;
    window.press(Key::Enter).await?;
    window.wait_for("[data-testid=report-form]").await.context("Enter on Open opens the form again")?;
    expect_value(&window, "#rf-description", DESCRIPTION, "the form opens again as it was typed").await?;
    choose(&window, "rf-record_kind", "incident").await?;
    choose(&window, "rf-ai_relation", "contributing").await?;
    // A date known to the month: March 2025.
    choose(&window, "rf-date_occurred-precision", "month").await?;
    tab_to(&window, "#rf-date_occurred-month", "the month of the date").await?;
    type_text(&window, "March").await?;
    expect_value(&window, "#rf-date_occurred-month", "03", "typing a month's name chooses it").await?;
    tab_to(&window, "#rf-date_occurred-year", "the year of the date").await?;
    type_text(&window, "2025").await?;
    let day = window.eval("!!document.getElementById('rf-date_occurred-day')").await?;
    ensure!(day == json!(false), "a date known to the month still asks for its day");

    // The harm.
    choose(&window, "rf-severity", "serious_incident").await?;
    tab_to(&window, "[data-testid=report-harm-physical]", "the first kind of harm").await?;
    window.press(Key::Space).await?;
    expect_checked(&window, "[data-testid=report-harm-physical]", "Space ticks a kind of harm").await?;

    // The AI system and who was involved: a developer, its id made from its name.
    tab_to(&window, "#rf-ai_system-name", "the AI system's name").await?;
    type_text(&window, SYSTEM).await?;
    tab_to(&window, "[data-testid=report-developers-add]", "the button to add a developer").await?;
    window.press(Key::Enter).await?;
    expect_focus(&window, "#rf-developers-0-name", "adding a developer puts focus in its name").await?;
    type_text(&window, DEVELOPER).await?;
    expect_value(&window, "#rf-developers-0-id", "acme-labs", "the developer's id is made from its name").await?;

    // Where: Kenya, picked from the country list with the arrow keys.
    tab_to(&window, "[data-testid=report-countries-input]", "the country picker").await?;
    type_text(&window, "Keny").await?;
    window.press(Key::Down).await?;
    window.press(Key::Enter).await?;
    window
        .wait_until(
            "↓ and Enter in the country picker add Kenya",
            "!!document.querySelector('[data-testid=report-countries] li[data-value=KE]')",
        )
        .await?;
    expect_focus(&window, "[data-testid=report-countries-input]", "focus stays in the picker after adding").await?;

    // The source: title, kind (by type-ahead in its menu), address, date, who may see it.
    tab_to(&window, "#rf-supporting_materials-0-title", "the first source's title").await?;
    type_text(&window, SOURCE).await?;
    tab_to(&window, "#rf-supporting_materials-0-type", "the first source's kind").await?;
    type_text(&window, "News").await?;
    expect_value(&window, "#rf-supporting_materials-0-type", "news", "typing chooses News article").await?;
    tab_to(&window, "#rf-supporting_materials-0-url", "the first source's address").await?;
    type_text(&window, SOURCE_URL).await?;
    tab_to(&window, "#rf-supporting_materials-0-date", "the first source's date").await?;
    type_text(&window, "2025-03-04").await?;
    choose(&window, "rf-supporting_materials-0-access", "public").await?;

    // Who may receive it: TLP:GREEN; the attribution stays under the Chatham House Rule.
    choose(&window, "rf-tlp", "GREEN").await?;
    expect_checked(&window, "#rf-attribution-chatham_house", "a new report is under the Chatham House Rule").await?;
    choose(&window, "rf-status", "interim").await?;

    // Submit without a title: refused, the message names the title, and focus is on it.
    tab_to(&window, "[data-testid=report-submit]", "the Submit button").await?;
    window.press(Key::Enter).await?;
    let summary = window
        .wait_for_text_containing("[data-testid=form-problems]", "Title")
        .await
        .context("a refused submit lists the title among the problems")?;
    let listed = summary.text().await?;
    ensure!(listed.contains("required"), "the problem with the title does not say it is required: {listed:?}");
    window
        .wait_for_text_containing("#rf-title-error", "required")
        .await
        .context("the message also stands beside the title")?;
    expect_focus(&window, "#rf-title", "a refused submit puts focus on the first field at fault").await?;
    let invalid = window.eval("document.getElementById('rf-title').getAttribute('aria-invalid')").await?;
    ensure!(invalid == json!("true"), "the title is not marked invalid (aria-invalid {invalid})");
    scroll_to(&window, "[data-testid=form-problems]").await?;
    window.screenshot("form-error").await?;

    // Type the title: its message goes; submit with the keyboard again.
    type_text(&window, TITLE).await?;
    window
        .wait_until("the title's message goes once it is typed", "!document.getElementById('rf-title-error')")
        .await?;
    // The whole form, one part of it at a time.
    for part in ["what", "harm", "who", "where", "sources", "security", "sharing"] {
        scroll_to(&window, &format!("section[aria-labelledby=rf-part-{part}]")).await?;
        window.screenshot(&format!("form-filled-{part}")).await?;
    }
    scroll_to(&window, "[data-testid=report-submit]").await?;
    scroll_back_half(&window).await?;
    window.screenshot("form-filled-actions").await?;
    unnamed_controls(&window, "[data-testid=report-form]").await?;
    tab_to(&window, "[data-testid=report-submit]", "the Submit button, after typing the title").await?;
    window.press(Key::Enter).await?;

    // The report's own page, saying it waits to be sent.
    window
        .wait_until("the submitted report opens", "location.hash.startsWith('#/report/')")
        .await
        .context("after the second submit")?;
    check_report_page(&window).await.context("the submitted report's page")?;
    window.screenshot("submitted").await?;
    scroll_to(&window, "main h1").await?;
    window.screenshot("submitted-details").await?;
    scroll_by_screens(&window, 1).await?;
    window.screenshot("submitted-details-2").await?;

    // Listed as the user's own under Reports, and in My contributions.
    open_from_header(&window, "nav-reports").await.context("back to Reports from the header")?;
    window
        .wait_for_one_containing("[data-testid=reports-mine] [data-testid=submission]", TITLE)
        .await
        .context("Reports lists the report among the user's own")?;
    scroll_to(&window, "#reports-mine-heading").await?;
    window.screenshot("reports").await?;
    open_from_header(&window, "nav-mine").await.context("open My contributions from the header")?;
    let card = window
        .wait_for_one_containing("[data-testid=mine-submissions] [data-testid=submission]", TITLE)
        .await
        .context("My contributions lists the report")?;
    let delivery = card.find(fantoccini::Locator::Css("[data-testid=submission-delivery]")).await?.text().await?;
    ensure!(delivery == "Ready to send", "My contributions says the report is {delivery:?}, not ready to send");
    scroll_to(&window, "[data-testid=mine-reports]").await?;
    window.screenshot("mine").await?;
    window.close().await?;

    // Started again with the same profile: the report is still there, as submitted.
    let window = Window::launch("reports/second", app(), &profile).await?;
    window.wait_for_all("[data-testid=priority-link]").await?;
    open_from_header(&window, "nav-reports").await.context("after the restart, open Reports from the header")?;
    window
        .wait_for_one_containing("[data-testid=reports-mine] [data-testid=submission]", TITLE)
        .await
        .context("after the restart, Reports still lists the report")?;
    tab_to(&window, "[data-testid=reports-mine] [data-testid=submission-link]", "the link to the report").await?;
    window.press(Key::Enter).await?;
    window.wait_until("the report opens", "location.hash.startsWith('#/report/')").await?;
    check_report_page(&window).await.context("after the restart, the report's page")?;
    window.screenshot("submitted-relaunched").await?;

    // Withdrawn with the keyboard, it stays, marked withdrawn.
    tab_to(&window, "[data-testid=report-withdraw]", "the report's Withdraw button").await?;
    window.press(Key::Enter).await?;
    expect_focus(&window, "button.danger", "Withdraw asks first, with focus on its confirming button").await?;
    window.press(Key::Enter).await?;
    window
        .wait_for("[data-testid=report-view][data-status=withdrawn] [data-testid=report-withdrawn]")
        .await
        .context("the withdrawn report stays, marked withdrawn")?;
    expect_focus(&window, "[data-testid=report-withdrawn]", "focus goes to the note saying it is withdrawn").await?;
    window.wait_for_text_containing("main h1", TITLE).await?;
    scroll_to(&window, "[data-testid=report-view]").await?;
    window.screenshot("withdrawn").await?;
    window.close().await
}

/// Input on the statement, with the keyboard only: a title, a text, the priority it
/// concerns; submitted with Ctrl+Enter, it is listed in My contributions as ready to send. Then
/// hidden by the organizer (this profile) from Submissions, with a reason.
#[tokio::test]
async fn input_on_the_statement_is_submitted_with_the_keyboard_only() -> Result<()> {
    const INPUT: &str = "Incident reporting needs a civil-society channel";
    let profile = Profile::new()?;
    let window = Window::open("reports/input", app(), &profile, &[]).await?;
    past_first_run(&window).await?;
    window.wait_for_all("[data-testid=priority-link]").await?;
    open_from_header(&window, "nav-reports").await?;
    tab_to(&window, "[data-testid=new-input]", "the button to start input").await?;
    window.press(Key::Enter).await?;
    window.wait_for("[data-testid=input-form]").await.context("Enter on New input opens its form")?;
    unnamed_controls(&window, "[data-testid=input-form]").await?;

    tab_to(&window, "[data-testid=input-title]", "the input's title").await?;
    type_text(&window, INPUT).await?;
    tab_to(&window, "[data-testid=input-body]", "the input's text").await?;
    type_text(&window, "Reports from affected communities rarely reach standards bodies.").await?;
    tab_to(&window, "[data-testid=input-priority]", "the first priority it may concern").await?;
    window.press(Key::Space).await?;
    expect_checked(&window, "[data-testid=input-priority]", "Space ticks the priority").await?;
    window
        .wait_for_text_containing("[data-testid=input-body-preview]", "standards bodies")
        .await
        .context("the text's preview shows what was typed")?;
    scroll_to(&window, "[data-testid=input-form]").await?;
    window.screenshot("input-filled").await?;

    // Ctrl+Enter submits from anywhere in the form.
    press_with(&window, Key::Control, Key::Enter).await?;
    window.wait_until("the input is submitted", "location.hash === '#/mine'").await?;
    let card = window
        .wait_for_one_containing("[data-testid=mine-submissions] [data-testid=submission]", INPUT)
        .await
        .context("My contributions lists the input")?;
    let delivery = card.find(fantoccini::Locator::Css("[data-testid=submission-delivery]")).await?.text().await?;
    ensure!(delivery == "Ready to send", "My contributions says the input is {delivery:?}, not ready to send");
    scroll_to(&window, "[data-testid=mine-reports]").await?;
    window.screenshot("input-mine").await?;

    // This profile organizes the sample forum: it hides the input from the Submissions list,
    // with a reason. Being its author too, it still sees it there, marked hidden with the reason.
    window.eval("(location.hash = '#/submissions') && true").await?;
    let card = window.wait_for_one_containing("[data-testid=submissions-list] [data-testid=submission]", INPUT).await?;
    card.find(fantoccini::Locator::Css("[data-testid=hide-input]")).await?.click().await?;
    window.type_into("[data-testid=hide-form-reason]", "Posted twice.").await?;
    window.click("[data-testid=hide-form-submit]").await?;
    // Said to screen readers (the line is visually hidden), focus back on the page's heading.
    window
        .wait_until(
            "the hiding is announced",
            "document.querySelector('[data-testid=submissions-announcement]').textContent === 'The input is hidden.'",
        )
        .await?;
    expect_focus(&window, "#submissions-heading", "focus goes to the heading once hidden").await?;
    let card = window.wait_for_one_containing("[data-testid=submissions-list] [data-testid=submission]", INPUT).await?;
    let reason = card.find(fantoccini::Locator::Css("[data-testid=hidden-reason]")).await?.text().await?;
    ensure!(reason == "Posted twice.", "the hidden input's note gives the reason {reason:?}");
    let again = card.find_all(fantoccini::Locator::Css("[data-testid=hide-input]")).await?;
    ensure!(again.is_empty(), "a hidden input still offers Hide");
    scroll_to(&window, "[data-testid=hidden-note]").await?;
    window.screenshot("input-hidden").await?;
    window.close().await
}

/// The same form in Arabic, right to left: refused empty, every required field is named in
/// Arabic at the top, focus on the first; radios and boxes sit on the right of their labels;
/// a developer's row and a country picked by its code read right to left. Screenshots of each
/// part land in `target/e2e/reports/arabic/`, to be looked at.
#[tokio::test]
async fn the_report_form_in_arabic_lays_out_right_to_left() -> Result<()> {
    let profile = Profile::new()?;
    let window = Window::launch("reports/arabic", app(), &profile).await?;
    window.wait_for_all("[data-testid=priority-link]").await?;
    let menu = window.wait_for("[data-testid=ui-language]").await?;
    window
        .client()
        .execute("arguments[0].scrollIntoView({ block: 'nearest' });", vec![serde_json::to_value(&menu)?])
        .await?;
    menu.select_by_value("ar").await.context("choose Arabic in the interface's language menu")?;
    window.wait_until("the page is in Arabic, right to left", "document.documentElement.dir === 'rtl'").await?;

    open_from_header(&window, "nav-reports").await?;
    tab_to(&window, "[data-testid=new-report]", "the button to start a report").await?;
    window.press(Key::Enter).await?;
    window.wait_for("[data-testid=report-form]").await?;

    // A developer and a country, to see their rows right to left.
    tab_to(&window, "[data-testid=report-developers-add]", "the button to add a developer").await?;
    window.press(Key::Enter).await?;
    type_text(&window, DEVELOPER).await?;
    tab_to(&window, "[data-testid=report-countries-input]", "the country picker").await?;
    type_text(&window, "KE").await?;
    window.press(Key::Enter).await?;
    window
        .wait_until(
            "Kenya is picked by its code",
            "!!document.querySelector('[data-testid=report-countries] li[data-value=KE]')",
        )
        .await?;

    tab_to(&window, "[data-testid=report-submit]", "the Submit button").await?;
    window.press(Key::Enter).await?;
    let summary = window.wait_for("[data-testid=form-problems]").await?;
    expect_focus(&window, "#rf-title", "a refused submit puts focus on the title").await?;
    let listed = summary.text().await?;
    for field in ["العنوان", "ما الذي حدث"] {
        ensure!(listed.contains(field), "the problems, in Arabic, do not name {field:?}: {listed:?}");
    }
    let direction =
        window.eval("getComputedStyle(document.querySelector('[data-testid=form-problems]')).direction").await?;
    ensure!(direction == json!("rtl"), "the list of problems lays out {direction}");
    // The radio on the right, its label to its left.
    let sides = window
        .eval(
            "(() => { const radio = document.getElementById('rf-record_kind-incident'); \
             const text = radio.closest('label').querySelector('.label').getBoundingClientRect(); \
             return radio.getBoundingClientRect().left >= text.right; })()",
        )
        .await?;
    ensure!(sides == json!(true), "a radio is not on the right of its label in Arabic");

    scroll_to(&window, "[data-testid=form-problems]").await?;
    window.screenshot("form-ar-error").await?;
    for part in ["what", "harm", "who", "where", "sources", "security", "sharing"] {
        scroll_to(&window, &format!("section[aria-labelledby=rf-part-{part}]")).await?;
        window.screenshot(&format!("form-ar-{part}")).await?;
    }
    window.close().await
}

/// On a fresh profile the app may first show its first-run screens (language, privacy, how to
/// start): go through them with the keyboard, in English, and explore the sample forum.
async fn past_first_run(window: &Window) -> Result<()> {
    window
        .wait_until(
            "the statement or the first-run screens show",
            "!!document.querySelector('[data-testid=priority-link], [data-testid=first-run]')",
        )
        .await?;
    if window.eval("!!document.querySelector('[data-testid=first-run]')").await? != Value::Bool(true) {
        return Ok(());
    }
    for (from, to) in [("language", "privacy"), ("privacy", "start")] {
        window.wait_for(&format!("[data-testid=first-run][data-step={from}]")).await?;
        tab_to(window, "[data-testid=first-run-continue]", "Continue on the first-run screen").await?;
        window.press(Key::Enter).await?;
        window.wait_for(&format!("[data-testid=first-run][data-step={to}]")).await?;
    }
    tab_to(window, "[data-testid=first-run-explore]", "Explore the sample forum").await?;
    window.press(Key::Enter).await
}

/// Opens a page from the header's links with the keyboard: from the top of a window just
/// opened, Tab reaches the skip link first and then the header; from inside a page, Shift+Tab
/// goes back up to the header. `testid` names the link.
async fn open_from_header(window: &Window, testid: &str) -> Result<()> {
    let link = format!("[data-testid={testid}]");
    let at_top = window.eval("document.activeElement === document.body || !document.activeElement").await?;
    if at_top == Value::Bool(true) {
        window.press(Key::Tab).await?;
        expect_focus(window, "[data-testid=skip-link]", "the first Tab reaches the skip link").await?;
        tab_to(window, &link, &format!("the header's link {testid}")).await?;
    } else {
        shift_tab_to(window, &link, &format!("the header's link {testid}")).await?;
    }
    window.press(Key::Enter).await?;
    window
        .wait_until(
            &format!("Enter on {testid} opens its page"),
            &format!("document.querySelector({})?.getAttribute('aria-current') === 'page'", js_string(&link)),
        )
        .await
}

/// The report's page shows what was typed and chosen.
async fn check_report_page(window: &Window) -> Result<()> {
    window.wait_for_text_containing("main h1", TITLE).await?;
    let text = window.eval("document.querySelector('main').innerText").await?;
    let text = text.as_str().unwrap_or_default();
    for expected in [DESCRIPTION, SYSTEM, DEVELOPER, "Kenya", "March 2025", "TLP:GREEN", SOURCE, "Interim"] {
        ensure!(text.contains(expected), "the report's page does not show {expected:?}; it reads:\n{text}");
    }
    Ok(())
}

/// What has focus, for messages: its tag, id, test id, name and value.
async fn focused(window: &Window) -> Result<Value> {
    window
        .eval(
            "(() => { const e = document.activeElement; if (!e) return null; \
             return { tag: e.tagName.toLowerCase(), id: e.id || null, testid: e.dataset?.testid || null, \
             name: e.getAttribute('name'), type: e.getAttribute('type'), \
             text: (e.innerText || '').trim().slice(0, 40) || null }; })()",
        )
        .await
}

/// Whether what has focus matches `css`.
async fn has_focus(window: &Window, css: &str) -> Result<bool> {
    let script = format!("!!document.activeElement && document.activeElement.matches({})", js_string(css));
    Ok(window.eval(&script).await? == Value::Bool(true))
}

/// Fails unless what has focus matches `css` (waiting a moment for focus to move).
async fn expect_focus(window: &Window, css: &str, what: &str) -> Result<()> {
    let script = format!("!!document.activeElement && document.activeElement.matches({})", js_string(css));
    if let Err(error) = window.wait_until(what, &script).await {
        bail!("{what}: focus is on {}, not `{css}`\n{error}", focused(window).await?);
    }
    Ok(())
}

/// Presses Tab until what has focus matches `css`, and fails, naming every stop, when it
/// takes more than [`MAX_TABS`] presses.
async fn tab_to(window: &Window, css: &str, what: &str) -> Result<()> {
    walk_to(window, css, what, false).await
}

/// Presses Shift+Tab until what has focus matches `css`.
async fn shift_tab_to(window: &Window, css: &str, what: &str) -> Result<()> {
    walk_to(window, css, what, true).await
}

async fn walk_to(window: &Window, css: &str, what: &str, backwards: bool) -> Result<()> {
    let mut stops = Vec::new();
    for _ in 0..MAX_TABS {
        if backwards {
            press_with(window, Key::Shift, Key::Tab).await?;
        } else {
            window.press(Key::Tab).await?;
        }
        if has_focus(window, css).await? {
            return Ok(());
        }
        stops.push(focused(window).await?);
    }
    bail!(
        "{what} (`{css}`) was not reached in {MAX_TABS} presses of {}; focus went to:\n{}",
        if backwards { "Shift+Tab" } else { "Tab" },
        stops.iter().map(Value::to_string).collect::<Vec<_>>().join("\n")
    )
}

/// Presses `key` with `modifier` held down.
async fn press_with(window: &Window, modifier: Key, key: Key) -> Result<()> {
    let (modifier, key): (char, char) = (modifier.into(), key.into());
    let keys = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: modifier })
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key })
        .then(KeyAction::Up { value: modifier });
    window.client().perform_actions(keys).await?;
    Ok(())
}

/// Types `text` on whatever has focus, a key press for each character.
async fn type_text(window: &Window, text: &str) -> Result<()> {
    let mut keys = KeyActions::new("keyboard".to_owned());
    for value in text.chars() {
        keys = keys.then(KeyAction::Down { value }).then(KeyAction::Up { value });
    }
    window.client().perform_actions(keys).await?;
    Ok(())
}

/// Chooses `value` in the radio group named `name` as a keyboard user does: Tab into the
/// group (onto its chosen radio, or its first when none is), Space to choose the one with
/// focus when none is chosen, then ↓ or ↑ until `value` is chosen.
async fn choose(window: &Window, name: &str, value: &str) -> Result<()> {
    let group = format!("input[type=radio][name={}]", js_string(name));
    tab_to(window, &group, &format!("the radio group {name}")).await?;
    let radios = format!("[...document.querySelectorAll({})]", js_string(&group));
    let checked = format!("{radios}.findIndex((radio) => radio.checked)");
    let target = window.eval(&format!("{radios}.findIndex((radio) => radio.value === {})", js_string(value))).await?;
    let Some(target) = target.as_i64().filter(|index| *index >= 0) else {
        bail!("the radio group {name} has no option {value:?}");
    };
    if window.eval(&checked).await? == json!(-1) {
        window.press(Key::Space).await?;
    }
    for _ in 0..MAX_TABS {
        let now = window.eval(&checked).await?.as_i64().unwrap_or(-1);
        if now == target {
            let chosen = format!("{group}[value={}]", js_string(value));
            return expect_focus(window, &chosen, &format!("focus on the radio chosen in {name}")).await;
        }
        window.press(if now < target { Key::Down } else { Key::Up }).await?;
    }
    bail!("the arrow keys in the radio group {name} never chose {value:?} (chosen: {})", window.eval(&checked).await?)
}

/// Fails unless the field matching `css` holds `value`.
async fn expect_value(window: &Window, css: &str, value: &str, what: &str) -> Result<()> {
    let script = format!("document.querySelector({})?.value === {}", js_string(css), js_string(value));
    if let Err(error) = window.wait_until(what, &script).await {
        let now = window.eval(&format!("document.querySelector({})?.value ?? null", js_string(css))).await?;
        bail!("{what}: `{css}` holds {now}, not {value:?}\n{error}");
    }
    Ok(())
}

/// Fails unless the box or radio matching `css` is ticked.
async fn expect_checked(window: &Window, css: &str, what: &str) -> Result<()> {
    window.wait_until(what, &format!("document.querySelector({})?.checked === true", js_string(css))).await
}

/// Scrolls the first element matching `css` to near the top of the window and waits for two
/// frames, so that a screenshot shows it.
async fn scroll_to(window: &Window, css: &str) -> Result<()> {
    let found = window.eval(&format!("!!document.querySelector({})", js_string(css))).await?;
    ensure!(found == Value::Bool(true), "nothing matches `{css}` to scroll to{}", window.diagnostics().await);
    scroll(
        window,
        &format!("window.scrollBy(0, document.querySelector({}).getBoundingClientRect().top - 16);", js_string(css)),
    )
    .await
}

/// Scrolls up by half a window height, so that what was at the top shows at the bottom half.
async fn scroll_back_half(window: &Window) -> Result<()> {
    scroll(window, "window.scrollBy(0, -window.innerHeight / 2);").await
}

/// Fails when a control inside `css` has no accessible name: no label, no aria-label or
/// aria-labelledby, and (for a button) no text.
async fn unnamed_controls(window: &Window, css: &str) -> Result<()> {
    let script = format!(
        "[...document.querySelector({}).querySelectorAll('input, select, textarea, button')]\
         .filter((e) => !(e.labels?.length || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') \
           || (e.tagName === 'BUTTON' && e.textContent.trim())))\
         .map((e) => e.id || e.outerHTML.slice(0, 120))",
        js_string(css)
    );
    let unnamed = window.eval(&script).await?;
    ensure!(unnamed == json!([]), "controls in `{css}` without an accessible name: {unnamed}");
    Ok(())
}

/// Scrolls down by `screens` window heights, less a margin that keeps some context.
async fn scroll_by_screens(window: &Window, screens: u32) -> Result<()> {
    scroll(window, &format!("window.scrollBy(0, {screens} * (window.innerHeight - 120));")).await
}

async fn scroll(window: &Window, how: &str) -> Result<()> {
    let script = format!(
        "const done = arguments[arguments.length - 1]; {how} \
         requestAnimationFrame(() => requestAnimationFrame(() => done(true)));"
    );
    window.client().execute_async(&script, Vec::new()).await?;
    Ok(())
}

/// `text` as a JavaScript string literal.
fn js_string(text: &str) -> String {
    Value::String(text.to_owned()).to_string()
}
