//! The interface in Arabic and in Chinese, in the real window: Arabic lays the page out right
//! to left, both are set in the fonts the app bundles (never the system's), and the choice
//! is remembered on this device. Screenshots of the statement in each language land in
//! `target/e2e/languages/`, to be looked at: right-to-left layout, no missing glyphs.

use std::path::Path;

use anyhow::{Context, Result, bail, ensure};
use fantoccini::Locator;
use serde_json::{Value, json};

use crate::harness::{Profile, Window};

const PRIORITY_LINK: &str = "[data-testid=priority-link]";
const UI_LANGUAGE: &str = "[data-testid=ui-language]";
/// The window's landmarks, which must all take the page's direction.
const LANDMARKS: [&str; 4] = ["header.site-header", "nav.site-nav", "main", "footer.sync-bar"];

fn app() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_plenary"))
}

/// One interface language as the test expects to find it.
struct Language {
    code: &'static str,
    dir: &'static str,
    /// The statement's heading in this language, as the Fluent file words it.
    heading: &'static str,
    /// The bundled family its text must be set in, and a word to try it on.
    family: &'static str,
    sample: &'static str,
}

const ARABIC: Language =
    Language {
        code: "ar", dir: "rtl", heading: "بيان الأولويات", family: "Noto Sans Arabic", sample: "سلامة"
    };
const CHINESE: Language =
    Language {
        code: "zh", dir: "ltr", heading: "优先事项声明", family: "Noto Sans SC", sample: "安全与安保"
    };

#[tokio::test]
async fn the_statement_in_arabic_and_chinese() -> Result<()> {
    let profile = Profile::new()?;
    let window = Window::launch("languages/first", app(), &profile).await?;
    window.wait_for_all(PRIORITY_LINK).await.context("the statement opens")?;
    window.wait_until("the interface starts in English", "document.documentElement.lang === 'en'").await?;

    for language in [&ARABIC, &CHINESE] {
        choose(&window, language).await?;
        check_layout(&window, language).await?;
        check_fonts(&window, language).await?;
        // The top of the page: the header, whose menu choosing may have scrolled to.
        window
            .client()
            .execute_async(
                "const done = arguments[arguments.length - 1]; window.scrollTo(0, 0); \
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                Vec::new(),
            )
            .await?;
        window.screenshot(&format!("statement-{}", language.code)).await?;
        // The statement's heading, on the page's start side, and the first priorities below
        // it: the English statement keeps its own direction inside the Arabic interface,
        // each number beside its title.
        scroll_to_statement_heading(&window).await?;
        window.screenshot(&format!("statement-{}-priorities", language.code)).await?;
    }

    // Arabic is written with Latin digits (see intlLocale in ui/src/lib/i18n.svelte.ts):
    // whatever ICU the system's WebKit has, no Arabic-Indic digit appears.
    choose(&window, &ARABIC).await?;
    let digits =
        window.eval("(document.body.innerText.match(/[\\u0660-\\u0669\\u06f0-\\u06f9]/g) || []).join('')").await?;
    ensure!(digits == json!(""), "the Arabic interface shows Arabic-Indic digits: {digits}");
    choose(&window, &CHINESE).await?;
    window.close().await?;

    // The choice is remembered on this device: the next start opens in Chinese.
    let window = Window::launch("languages/second", app(), &profile).await?;
    window.wait_for_all(PRIORITY_LINK).await?;
    window
        .wait_until(
            "the interface opens in the language chosen last time",
            "document.documentElement.lang === 'zh' && document.documentElement.dir === 'ltr'",
        )
        .await?;
    window.wait_for_text_containing("main h2.statement-heading", CHINESE.heading).await?;
    window.screenshot("statement-zh-relaunched").await?;
    window.close().await
}

/// Chooses a language in the header's menu, as a user would, and waits until the page is in it.
async fn choose(window: &Window, language: &Language) -> Result<()> {
    let menu = window.wait_for(UI_LANGUAGE).await?;
    // The header may be scrolled partly out of view (focus on the main region after the
    // first-run screens scrolls it): a user scrolls up to the menu first, and WebKit's driver
    // chooses an option only in a menu it can see.
    window
        .client()
        .execute("arguments[0].scrollIntoView({ block: 'nearest' });", vec![serde_json::to_value(&menu)?])
        .await?;
    menu.select_by_value(language.code)
        .await
        .with_context(|| format!("could not choose {} in the interface's language menu", language.code))?;
    window
        .wait_until(
            &format!("the page takes the language {} and its direction", language.code),
            &format!(
                "document.documentElement.lang === '{}' && document.documentElement.dir === '{}'",
                language.code, language.dir
            ),
        )
        .await?;
    window.wait_for_text_containing("main h2.statement-heading", language.heading).await?;
    Ok(())
}

/// `<html lang dir>` and the computed direction of every landmark.
async fn check_layout(window: &Window, language: &Language) -> Result<()> {
    let html = window.eval("[document.documentElement.lang, document.documentElement.dir]").await?;
    ensure!(html == json!([language.code, language.dir]), "<html> has lang and dir {html}, expected {}", language.code);
    for landmark in LANDMARKS {
        let direction = window
            .eval(&format!(
                "(() => {{ const e = document.querySelector('{landmark}'); \
                 return e ? getComputedStyle(e).direction : null; }})()"
            ))
            .await?;
        ensure!(
            direction == json!(language.dir),
            "in {}, the landmark `{landmark}` lays out {direction}, not {}",
            language.code,
            language.dir
        );
    }
    // The heading's text starts on the page's start side: flush right in Arabic.
    let heading = window
        .eval(
            "(() => { const h = document.querySelector('main h2.statement-heading'); \
             const r = document.createRange(); r.selectNodeContents(h); \
             const text = r.getBoundingClientRect(), box = h.getBoundingClientRect(); \
             return [Math.round(text.left - box.left), Math.round(box.right - text.right)]; })()",
        )
        .await?;
    let gaps: Vec<i64> = serde_json::from_value(heading.clone()).context("the heading's measurements")?;
    let (left, right) = (gaps[0], gaps[1]);
    let starts_right = right <= 2 && left > 20;
    let starts_left = left <= 2 && right > 20;
    ensure!(
        if language.dir == "rtl" { starts_right } else { starts_left },
        "in {}, the statement's heading is not on the start side (gap left {left}px, right {right}px)",
        language.code
    );
    Ok(())
}

/// The text is set in the bundled family: its faces are loaded for the language's letters,
/// every face of that family is one of the app's own WOFF2 files, and the statement's heading
/// names that family first.
async fn check_fonts(window: &Window, language: &Language) -> Result<()> {
    let family = language.family;
    let sample = language.sample;
    // document.fonts.load() resolves with the matching faces the page defines: none for a
    // family it does not (a system font is never among them), unlike check(), which is true
    // for a system font too.
    let script = format!(
        "const done = arguments[arguments.length - 1]; \
         const named = (value) => value.replace(/[\"']/g, '').trim(); \
         const sources = []; \
         for (const sheet of document.styleSheets) {{ \
           let rules = []; try {{ rules = [...sheet.cssRules]; }} catch (e) {{ continue; }} \
           for (const rule of rules) {{ \
             if (rule instanceof CSSFontFaceRule && named(rule.style.getPropertyValue('font-family')) === '{family}') \
               sources.push(rule.style.getPropertyValue('src')); \
           }} \
         }} \
         document.fonts.ready \
           .then(() => document.fonts.load('16px \"{family}\"', '{sample}')) \
           .then((faces) => done({{ \
             faces: faces.filter((f) => named(f.family) === '{family}' && f.status === 'loaded').length, \
             check: document.fonts.check('16px \"{family}\"', '{sample}'), \
             sources, \
             loaded: performance.getEntriesByType('resource').map((e) => e.name) \
               .filter((name) => /\\.woff2$/.test(name)), \
             heading: getComputedStyle(document.querySelector('main h2.statement-heading')).fontFamily, \
           }}), (error) => done({{ error: String(error) }}));"
    );
    let fonts = window.client().execute_async(&script, Vec::new()).await?;
    if let Some(error) = fonts.get("error") {
        bail!("loading {family} failed in {}: {error}", language.code);
    }
    let faces = fonts["faces"].as_u64().unwrap_or(0);
    ensure!(faces > 0, "no bundled {family} face is loaded for {sample:?} in {}: {fonts}", language.code);
    ensure!(fonts["check"] == Value::Bool(true), "document.fonts.check says {family} is not ready: {fonts}");

    let sources: Vec<String> = serde_json::from_value(fonts["sources"].clone()).unwrap_or_default();
    let stem = family.to_lowercase().replace(' ', "-");
    ensure!(!sources.is_empty(), "the page defines no {family} face: {fonts}");
    for source in &sources {
        let bundled = source.contains(&format!("{stem}-")) && source.contains(".woff2");
        let remote = source.contains("http:") || source.contains("https:") || source.contains("url(\"//");
        ensure!(bundled && !remote, "a {family} face is not one of the app's own files: {source}");
    }
    // Whatever font files the page fetched (where WebKit reports them) came from the app.
    let origin = window.eval("location.origin").await?;
    let origin = origin.as_str().unwrap_or_default();
    let loaded: Vec<String> = serde_json::from_value(fonts["loaded"].clone()).unwrap_or_default();
    for file in &loaded {
        ensure!(file.starts_with(origin), "a font came from outside the app ({origin}): {file}");
    }

    let heading = fonts["heading"].as_str().unwrap_or_default();
    ensure!(
        heading.trim_start_matches(['"', '\'']).starts_with(family),
        "the statement's heading in {} is set in {heading}, not {family} first",
        language.code
    );
    Ok(())
}

/// Scrolls the statement's heading to the top of the window, and waits until it is there.
async fn scroll_to_statement_heading(window: &Window) -> Result<()> {
    let heading = window.client().find(Locator::Css("main h2.statement-heading")).await?;
    // A little room above it, so that no letter touches the window's edge.
    window
        .client()
        .execute(
            "window.scrollBy(0, arguments[0].getBoundingClientRect().top - 24);",
            vec![serde_json::to_value(&heading)?],
        )
        .await?;
    window
        .wait_until(
            "the statement's heading is scrolled into view",
            "Math.abs(document.querySelector('main h2.statement-heading').getBoundingClientRect().top) < 200",
        )
        .await
}
