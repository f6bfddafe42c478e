//! The first screen: the sample statement opens, and a priority opens from the keyboard.

use std::path::Path;

use anyhow::{Context, Result, ensure};
use fantoccini::key::Key;
use serde_json::Value;

use crate::harness::{Profile, Window};

const PRIORITY_LINK: &str = "[data-testid=priority-link]";
const FIRST_PRIORITY: &str = "Broaden Participation in Global AI Safety Forums";
/// The sample statement has 18 priorities in 3 sections.
const PRIORITIES: usize = 18;
const SECTIONS: usize = 3;

fn app() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_plenary"))
}

#[tokio::test]
async fn statement_opens_and_a_priority_opens_by_keyboard() -> Result<()> {
    let profile = Profile::new()?;
    let window = Window::launch("statement_opens", app(), &profile).await?;

    let links = window.wait_for_all(PRIORITY_LINK).await?;
    let first = links[0].text().await?;
    ensure!(first.trim() == FIRST_PRIORITY, "the first priority reads {first:?}, not {FIRST_PRIORITY:?}");
    ensure!(links.len() == PRIORITIES, "{} priority links, expected {PRIORITIES}", links.len());
    let sections = window.wait_for_all("[data-testid=section]").await?;
    ensure!(sections.len() == SECTIONS, "{} sections, expected {SECTIONS}", sections.len());
    let title = window.wait_for("[data-testid=statement-title]").await?.text().await?;
    ensure!(title.contains("Open-Source AI Safety"), "the statement's title reads {title:?}");
    window.screenshot("statement").await?;

    // Tab through the page, as a keyboard user would, until the first priority has focus.
    let on_first_link = format!("document.activeElement === document.querySelector('{PRIORITY_LINK}')");
    let mut presses = 0;
    while window.eval(&on_first_link).await? != Value::Bool(true) {
        ensure!(
            presses < 40,
            "40 Tabs did not reach the first priority link; focus is on {}",
            window.eval("document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'").await?
        );
        window.press(Key::Tab).await?;
        presses += 1;
    }
    window.press(Key::Enter).await?;
    window.wait_until("Enter on the link opens the priority's page", "location.hash.startsWith('#/priority/')").await?;

    // The new page is on screen once its title is in the DOM.
    window.wait_for_text_containing("[data-testid=priority-title]", FIRST_PRIORITY).await?;
    window.screenshot("priority").await?;
    window.close().await
}

#[tokio::test]
async fn relaunch_keeps_the_one_sample_forum() -> Result<()> {
    let profile = Profile::new()?;

    let window = Window::launch("relaunch/first", app(), &profile).await?;
    let first = priority_ids(&window).await?;
    window.close().await?;
    ensure!(
        profile.data_dir().read_dir()?.next().is_some(),
        "the first launch wrote nothing to PLENARY_DATA_DIR ({})",
        profile.data_dir().display()
    );

    let window = Window::launch("relaunch/second", app(), &profile).await?;
    let second = priority_ids(&window).await?;
    let sections = window.wait_for_all("[data-testid=section]").await?.len();
    window.screenshot("statement").await?;
    window.close().await?;

    // The app shows the forum added last; had the second launch imported the sample again,
    // it would show a new forum whose priorities have new ids.
    ensure!(
        first == second,
        "the second launch shows other priorities (the sample was imported again?):\n\
         first:  {first:?}\nsecond: {second:?}"
    );
    ensure!(
        second.len() == PRIORITIES && sections == SECTIONS,
        "the second launch shows {} priorities in {sections} sections, expected {PRIORITIES} in {SECTIONS}",
        second.len()
    );
    Ok(())
}

/// The ids of the priorities the statement page links to, in order.
async fn priority_ids(window: &Window) -> Result<Vec<String>> {
    let mut ids = Vec::new();
    for link in window.wait_for_all(PRIORITY_LINK).await? {
        let id = link.attr("data-priority-id").await?.context("a priority link has no data-priority-id")?;
        ids.push(id);
    }
    Ok(ids)
}
