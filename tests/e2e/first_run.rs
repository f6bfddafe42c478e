//! A new installation's first start, in the real window: the first-run screens come before
//! anything else, offer the six interface languages each in its own words and apply a choice at
//! once, say what stays on this computer and what goes to a forum's server, and lead to joining
//! a forum; the next start remembers all that and opens on the statement. Screenshots of each
//! screen land in `target/e2e/first_run/`.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail, ensure};
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

/// Where the label of the button `css` sits in it, from a screenshot of the real window: how far
/// the middle of its ink (from the top of its highest letter or dot to the bottom of its lowest)
/// is below the middle of the button, in pixels. The ink is every pixel inside the button's
/// border that differs clearly from its fill, read with ImageMagick from the screenshot.
async fn label_offset(window: &Window, css: &str, shot: &str) -> Result<f64> {
    let rect = window
        .eval(&format!(
            "(() => {{ const r = document.querySelector('{css}').getBoundingClientRect(); \
             return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * devicePixelRatio)); }})()"
        ))
        .await?;
    let rect: Vec<i64> = serde_json::from_value(rect)?;
    let [left, top, width, height] = rect[..] else { bail!("no rectangle for {css}") };
    let png = window.screenshot(shot).await?;
    // Inside the border and clear of the rounded corners.
    let inset = 4;
    let output = Command::new("convert")
        .arg(&png)
        .args(["-crop", &format!("{}x{}+{}+{}", width - 2 * inset, height - 2 * inset, left + inset, top + inset)])
        .args(["+repage", "-colorspace", "gray", "txt:-"])
        .output()
        .context("could not run ImageMagick's convert")?;
    ensure!(output.status.success(), "convert failed: {}", String::from_utf8_lossy(&output.stderr));
    let pixels: Vec<(i64, f64)> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (position, rest) = line.split_once(':')?;
            let (_, y) = position.split_once(',')?;
            let gray = rest.trim().strip_prefix('(')?.split([',', ')']).next()?.trim().parse::<f64>().ok()?;
            Some((y.parse().ok()?, gray))
        })
        .collect();
    let fill = pixels.first().context("an empty crop")?.1;
    let range = pixels.iter().map(|p| p.1).fold(0.0_f64, |m, g| m.max((g - fill).abs()));
    let ink: Vec<i64> = pixels.iter().filter(|(_, g)| (g - fill).abs() > range / 2.0).map(|(y, _)| *y).collect();
    let (first, last) = (ink.iter().min().context("no label in the button")?, ink.iter().max().unwrap_or(&0));
    let inner = (height - 2 * inset - 1) as f64;
    Ok((*first + *last) as f64 / 2.0 - inner / 2.0)
}

/// Noto Sans Arabic's line box is deeper below the baseline than Noto Sans's, which put Arabic
/// labels high in their buttons: the first-run screen's Continue (a primary button) must hold its
/// label in the middle in Arabic as in Latin and Chinese, and the Latin layout stays as it was.
#[tokio::test]
async fn button_labels_sit_in_the_middle_in_arabic_as_in_latin() -> Result<()> {
    let profile = Profile::new()?;
    let window = Window::open("first_run/buttons", app(), &profile, &[]).await?;
    ensure!(window.at_first_run().await?, "a fresh profile does not start on the first-run screens");
    window.wait_for("[data-testid=first-run][data-step=language]").await?;
    let mut offsets = Vec::new();
    // Labels without descenders: their ink's middle is where the eye puts the label's.
    for code in ["ar", "en", "zh", "fr"] {
        window.click(&format!("[data-testid=first-run-language-{code}]")).await?;
        window.wait_until("the language applies", &format!("document.documentElement.lang === '{code}'")).await?;
        window
            .client()
            .execute_async(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));",
                Vec::new(),
            )
            .await?;
        let offset = label_offset(&window, "[data-testid=first-run-continue]", &format!("continue-{code}")).await?;
        offsets.push((code, offset));
    }
    window.close().await?;
    for (code, offset) in &offsets {
        ensure!(offset.abs() <= 1.0, "the {code} label sits {offset:+} px from its button's middle: {offsets:?}");
    }
    Ok(())
}

/// Leaving the first-run screens for the sample statement puts focus on the main region, and
/// the window stays at its top: the header is wholly in view (focusing the tall region used to
/// scroll the header partly out of the window).
#[tokio::test]
async fn the_header_stays_in_view_after_the_first_run_screens() -> Result<()> {
    let profile = Profile::new()?;
    let window = Window::open("first_run/focus", app(), &profile, &[]).await?;
    ensure!(window.at_first_run().await?, "a fresh profile does not start on the first-run screens");
    for step in ["language", "privacy"] {
        window.wait_for(&format!("[data-testid=first-run][data-step={step}]")).await?;
        window.click("[data-testid=first-run-continue]").await?;
    }
    window.wait_for("[data-testid=first-run][data-step=start]").await?;
    window.click("[data-testid=first-run-explore]").await?;
    window.wait_for_all("[data-testid=priority-link]").await?;
    window
        .wait_until("focus is on the main region", "document.activeElement && document.activeElement.id === 'main'")
        .await?;
    window.screenshot("statement").await?;
    let place = window
        .eval("[Math.round(scrollY), Math.round(document.querySelector('header.site-header').getBoundingClientRect().top)]")
        .await?;
    ensure!(place == json!([0, 0]), "the window is scrolled to {place} (scrollY, the header's top), not to its top");
    window.close().await
}
