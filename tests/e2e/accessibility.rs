//! The accessibility audit: axe-core (the npm package, read from `ui/node_modules` at test
//! time) runs in the real window on every main screen, from the first-run screens to the
//! organizers' pages, in the light theme and in the dark one; the run prints each screen's
//! report (violations by impact, with rule ids and targets) and fails on any serious or
//! critical violation.
//!
//! The dark theme is the system's setting as a delegate's desktop would give it: the app runs
//! with `GTK_THEME=Adwaita:dark`, from which WebKitGTK answers `prefers-color-scheme: dark`
//! (the test checks that it does before auditing, so a light page can never pass as dark).
//! The reports also land in `target/e2e/accessibility/<theme>.txt`.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail, ensure};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::harness::{Profile, Window, output_dir};

/// The impacts that fail the audit.
const FAILING: [&str; 2] = ["serious", "critical"];

/// The most Tab presses the focus-order walk makes on one screen.
const MOST_TABS: usize = 90;

/// Marks the page's tab stops in reading (DOM) order with `data-audit-order`, one stop per
/// radio group (its checked radio, else its first), and returns what would make the order of
/// focus differ from the reading order: a positive tabindex, or a focusable element that CSS
/// moves (flex or grid `order`, a reversed flex direction).
const TAB_STOPS: &str = "(() => {
  for (const e of document.querySelectorAll('[data-audit-order]')) delete e.dataset.auditOrder;
  const shown = (e) => {
    const r = e.getBoundingClientRect(), s = getComputedStyle(e);
    return (r.width > 0 || r.height > 0) && s.visibility !== 'hidden';
  };
  const all = [...document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable=true]')]
    .filter((e) => !e.disabled && e.tabIndex >= 0 && shown(e) && !e.closest('[inert]'));
  const seen = new Set(), stops = [];
  for (const e of all) {
    if (e.type !== 'radio' || !e.name) { stops.push(e); continue; }
    const key = e.name + '|' + [...document.forms].indexOf(e.form);
    if (seen.has(key)) continue;
    seen.add(key);
    const group = all.filter((o) => o.type === 'radio' && o.name === e.name && o.form === e.form);
    stops.push(group.find((o) => o.checked) ?? group[0]);
  }
  stops.forEach((e, i) => { e.dataset.auditOrder = String(i); });
  const problems = [];
  const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.dataset.testid ? '[data-testid=' + e.dataset.testid + ']' : '');
  for (const e of document.querySelectorAll('[tabindex]')) {
    if (e.tabIndex > 0) problems.push('positive tabindex on ' + name(e));
  }
  for (const e of stops) {
    for (let a = e; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a), p = a.parentElement ? getComputedStyle(a.parentElement) : null;
      if (p && /flex|grid/.test(p.display) && s.order !== '0') problems.push(name(e) + ' is moved by order: ' + s.order + ' on ' + name(a));
      if (/flex/.test(s.display) && /reverse/.test(s.flexDirection)) problems.push(name(e) + ' is in a reversed flex box ' + name(a));
    }
  }
  return { count: stops.length, problems: [...new Set(problems)] };
})()";

/// A report in the published format (assets/schemas/incident-report.schema.json).
static REPORT: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
    json!({
        "title": "Chatbot gave wrong asylum guidance",
        "description": "A public chatbot told asylum seekers that a deadline had passed when it had not.",
        "record_kind": "incident",
        "ai_relation": "contributing",
        "date_occurred": {"date": "2025-06-02", "precision": "day"},
        "severity": "incident",
        "harm_types": ["human_rights"],
        "supporting_materials": [
            {"type": "testimony", "title": "First-hand account", "language": "en", "access": "confidential"}
        ],
        "status": "final",
        "tlp": "GREEN",
        "attribution": "chatham_house",
        "lang": "en",
        "countries": ["SN"]
    })
});

fn app() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_plenary"))
}

/// axe-core's script, as `npm ci` in `ui/` installs it (`axe-core` is a dev dependency).
fn axe_source() -> Result<String> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "ui", "node_modules", "axe-core", "axe.min.js"].iter().collect();
    std::fs::read_to_string(&path).with_context(|| {
        format!("could not read {}: run `npm ci` in ui/ (or `cargo xtask setup --for test`)", path.display())
    })
}

/// One violated rule on one screen, as axe-core reports it.
#[derive(Debug, Deserialize)]
struct Violation {
    id: String,
    impact: Option<String>,
    help: String,
    /// The CSS selectors of the first elements at fault.
    targets: Vec<String>,
    /// How many elements are at fault.
    count: usize,
}

/// A rule axe-core could not decide on some elements, and why, for a person to check.
#[derive(Debug, Deserialize)]
struct Undecided {
    id: String,
    count: usize,
    why: String,
    targets: Vec<String>,
}

/// What axe-core found on one screen.
#[derive(Debug, Deserialize)]
struct Report {
    violations: Vec<Violation>,
    /// Rules axe could not decide on some elements (such as a contrast over a gradient).
    incomplete: Vec<Undecided>,
    /// How many rules passed.
    passes: usize,
}

/// The audit of one theme: every screen's report, and the serious or critical violations.
struct Audit<'a> {
    window: &'a Window,
    theme: &'static str,
    text: String,
    failures: Vec<String>,
    screens: usize,
}

impl<'a> Audit<'a> {
    fn new(window: &'a Window, theme: &'static str) -> Self {
        Self { window, theme, text: String::new(), failures: Vec::new(), screens: 0 }
    }

    /// Runs axe-core on the page as it is now, and records its report under `screen`.
    async fn screen(&mut self, screen: &str) -> Result<()> {
        // Let focus rings, fonts and the "Loading" delay settle, as a reader would see it.
        self.window.wait_until(&format!("{screen}: fonts loaded"), "document.fonts.status === 'loaded'").await?;
        let script = "const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations', 'incomplete'] }).then(
              (r) => done(JSON.stringify({
                violations: r.violations.map((v) => ({
                  id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                  targets: v.nodes.slice(0, 6).map((n) => n.target.join(' ')),
                })),
                incomplete: r.incomplete.map((v) => ({
                  id: v.id, count: v.nodes.length,
                  why: [...new Set(v.nodes.flatMap((n) => [...n.any, ...n.all, ...n.none].map((c) => c.message)))]
                    .slice(0, 3).join(' / '),
                  targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
                })),
                passes: r.passes.length,
              })),
              (e) => done(JSON.stringify({ error: String(e) })));";
        let answer = self.window.client().execute_async(script, Vec::new()).await?;
        let answer = answer.as_str().context("axe.run answered no JSON")?;
        let value: Value = serde_json::from_str(answer)?;
        if let Some(error) = value.get("error") {
            bail!("{screen}: axe-core failed: {error}");
        }
        let report: Report = serde_json::from_value(value)?;
        self.record(screen, &report);
        // The walk moves focus, which changes what is shown: after the screenshot.
        let walk = self.theme == "light";
        self.window.screenshot(&format!("{}-{}", self.theme, slug(screen))).await?;
        self.focus_order(screen, walk).await?;
        Ok(())
    }

    /// Checks that the order of focus follows the reading order: nothing reorders tab stops,
    /// and (with `walk`) pressing Tab from the first stop visits every stop in DOM order.
    async fn focus_order(&mut self, screen: &str, walk: bool) -> Result<()> {
        let stops = self.window.eval(TAB_STOPS).await?;
        let count = stops["count"].as_u64().unwrap_or(0) as usize;
        let mut problems: Vec<String> = stops["problems"]
            .as_array()
            .map(|list| list.iter().filter_map(|p| p.as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        let mut walked = 0;
        if walk && count > 0 {
            self.window.eval("document.querySelector('[data-audit-order=\"0\"]').focus() === undefined").await?;
            for expected in 1..count.min(MOST_TABS) {
                self.window.press(fantoccini::key::Key::Tab).await?;
                let at = self
                    .window
                    .eval(
                        "(() => { const a = document.activeElement; return a ? (a.dataset.auditOrder ?? \
                         a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + ' (not a tab stop in reading order)') : 'nothing'; })()",
                    )
                    .await?;
                walked += 1;
                if at != json!(expected.to_string()) {
                    let want = self
                        .window
                        .eval(&format!(
                            "(() => {{ const e = document.querySelector('[data-audit-order=\"{expected}\"]'); \
                             return e ? e.outerHTML.slice(0, 120) : ''; }})()"
                        ))
                        .await?;
                    problems.push(format!("Tab {expected} reached {at}, not the next in reading order: {want}"));
                    break;
                }
            }
        }
        let mut text = format!("[{}] {screen}: focus order: {count} tab stops", self.theme);
        if walk {
            let _ = write!(text, ", {walked} Tab presses followed the reading order");
        }
        text.push('\n');
        for problem in &problems {
            let _ = writeln!(text, "    focus-order {problem}");
            self.failures.push(format!("[{}] {screen}: focus order: {problem}", self.theme));
        }
        let _ = std::io::stderr().write_all(text.as_bytes());
        self.text.push_str(&text);
        Ok(())
    }

    fn record(&mut self, screen: &str, report: &Report) {
        self.screens += 1;
        let mut text = format!(
            "[{}] {screen}: {} violation(s), {} rules passed",
            self.theme,
            report.violations.len(),
            report.passes
        );
        text.push('\n');
        for undecided in &report.incomplete {
            let _ = writeln!(
                text,
                "    undecided {} ({} element(s)): {}\n             at {}",
                undecided.id,
                undecided.count,
                undecided.why,
                undecided.targets.join(" | ")
            );
        }
        for impact in ["critical", "serious", "moderate", "minor"] {
            for violation in report.violations.iter().filter(|v| v.impact.as_deref() == Some(impact)) {
                let _ = writeln!(
                    text,
                    "    {impact:<8} {} ({} element(s)): {}\n             at {}",
                    violation.id,
                    violation.count,
                    violation.help,
                    violation.targets.join(" | ")
                );
                if FAILING.contains(&impact) {
                    self.failures.push(format!(
                        "[{}] {screen}: {impact} {} at {}",
                        self.theme,
                        violation.id,
                        violation.targets.join(" | ")
                    ));
                }
            }
        }
        // Printed straight to the test run's stderr, which libtest does not capture: the
        // reports are the point of this test, passing or not.
        let _ = std::io::stderr().write_all(text.as_bytes());
        self.text.push_str(&text);
    }

    /// Goes to `hash` and waits until the page it names has loaded (its heading is new and
    /// the main region is no longer busy) and `ready` matches.
    async fn visit(&self, hash: &str, ready: &str) -> Result<()> {
        self.window.eval("(window.__auditPrevious = document.querySelector('main h1')) && true || true").await?;
        self.window.eval(&format!("(location.hash = {}) && true", json!(hash))).await?;
        self.window
            .wait_until(
                &format!("{hash} loads"),
                "(() => { const h = document.querySelector('main[aria-busy=\"false\"] h1'); \
                 return !!h && h !== window.__auditPrevious; })()",
            )
            .await?;
        self.window.wait_for(ready).await?;
        Ok(())
    }

    fn finish(self) -> Result<Vec<String>> {
        let dir = output_dir().join("accessibility");
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(format!("{}.txt", self.theme)), &self.text)?;
        ensure!(self.screens > 0, "no screen was audited");
        Ok(self.failures)
    }
}

fn slug(screen: &str) -> String {
    screen.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect()
}

/// The skip link is the first tab stop, shows in the window when it has focus, and Enter on
/// it moves focus to the page's main region.
async fn skip_link(window: &Window, theme: &str) -> Result<()> {
    window.eval("(document.activeElement && document.activeElement.blur()) || true").await?;
    window.eval("window.scrollTo(0, 0) === undefined").await?;
    let first = window.eval("document.querySelector('[data-audit-order=\"0\"]')?.dataset.testid ?? null").await?;
    ensure!(first == json!("skip-link"), "the first tab stop is {first}, not the skip link");
    window.eval("document.querySelector('[data-testid=skip-link]').focus() === undefined").await?;
    let shown = window
        .eval(
            "(() => { const r = document.querySelector('[data-testid=skip-link]').getBoundingClientRect(); \
             return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight; })()",
        )
        .await?;
    ensure!(shown == Value::Bool(true), "the skip link does not show in the window when it has focus");
    window.screenshot(&format!("{theme}-skip-link-focused")).await?;
    window.press(fantoccini::key::Key::Enter).await?;
    window.wait_until("Enter on the skip link moves focus to main", "document.activeElement.id === 'main'").await?;
    Ok(())
}

/// Every main screen, in one theme, on a fresh profile (so the first-run screens come first).
async fn audit_theme(theme: &'static str, environment: &[(&str, &str)]) -> Result<Vec<String>> {
    let axe = axe_source()?;
    let profile = Profile::new()?;
    let window = Window::open(&format!("accessibility/{theme}"), app(), &profile, environment).await?;
    let dark = window.eval("matchMedia('(prefers-color-scheme: dark)').matches").await?;
    ensure!(
        dark == Value::Bool(theme == "dark"),
        "the {theme} theme was asked for, but the page's prefers-color-scheme: dark is {dark}"
    );
    // axe-core defines `axe` on the window; the page's CSP does not apply to WebDriver's scripts.
    window.client().execute(&format!("{axe}\nreturn typeof axe.run;"), Vec::new()).await?;
    let mut audit = Audit::new(&window, theme);

    ensure!(window.at_first_run().await?, "a fresh profile does not start on the first-run screens");
    for (step, next) in [("language", true), ("privacy", true), ("start", false)] {
        window.wait_for(&format!("[data-testid=first-run][data-step={step}]")).await?;
        audit.screen(&format!("first run: {step}")).await?;
        if next {
            window.click("[data-testid=first-run-continue]").await?;
        }
    }
    window.click("[data-testid=first-run-explore]").await?;

    window.wait_for_all("[data-testid=priority-link]").await?;
    audit.screen("statement").await?;
    skip_link(&window, theme).await?;

    let priority = window.eval("document.querySelector('[data-testid=priority-link]').getAttribute('href')").await?;
    let priority = priority.as_str().context("a priority link has no href")?.to_owned();
    audit.visit(&priority, "[data-testid=priority-title]").await?;
    audit.screen("priority").await?;
    window.click_in_view("[data-testid=add-comment]").await?;
    window.wait_for("[data-testid=composer]").await?;
    window.click_in_view("[data-testid=add-amendment]").await?;
    window.wait_for("[data-testid=amendment-composer]").await?;
    audit.screen("compose: comment and amendment composers open").await?;

    // Submitted, they show on the priority, in My contributions and in the organizers' queue.
    window.type_into("[data-testid=composer-body]", "Which countries count as without an institute?").await?;
    window.click_in_view("[data-testid=composer-kind-question]").await?;
    window.click_in_view("[data-testid=composer-submit]").await?;
    window.wait_for("[data-testid=comment]").await?;
    window.type_into("textarea[data-testid=amendment-body]", " Small island states are named.").await?;
    window.type_into("textarea[data-testid=amendment-rationale]", "Name those most often left out.").await?;
    window.click_in_view("[data-testid=amendment-submit]").await?;
    window.wait_for("[data-testid=amendment]").await?;
    window.eval("window.scrollTo(0, 0) === undefined").await?;
    audit.screen("priority with a comment and an amendment").await?;

    audit.visit("#/mine", "main h1").await?;
    audit.screen("my contributions").await?;
    audit.visit("#/settings", "[data-testid=backups]").await?;
    window.wait_for("[data-testid=automatic-backups] p, [data-testid=automatic-backup]").await?;
    audit.screen("settings").await?;
    audit.visit("#/welcome?step=privacy", "[data-testid=privacy-explained]").await?;
    audit.screen("about privacy (from settings)").await?;
    audit.visit("#/search?q=safety", "main h1").await?;
    audit.screen("search").await?;
    audit.visit("#/translate/fr", "main h1").await?;
    audit.screen("translate").await?;
    audit.visit("#/translate/fr/title", "main h1").await?;
    audit.screen("translation editor").await?;
    audit.visit("#/glossary", "main h1").await?;
    audit.screen("glossary").await?;
    audit.visit("#/reports", "[data-testid=new-report]").await?;
    audit.screen("reports").await?;
    window.click("[data-testid=new-report]").await?;
    window.wait_until("the report form opens", "location.hash.startsWith('#/reports/report/')").await?;
    window.wait_for("main[aria-busy=\"false\"] form").await?;
    audit.screen("report form").await?;
    audit.visit("#/reports", "[data-testid=new-input]").await?;
    window.click("[data-testid=new-input]").await?;
    window.wait_until("the input form opens", "location.hash.startsWith('#/reports/input/')").await?;
    window.wait_for("main[aria-busy=\"false\"] form").await?;
    audit.screen("input form").await?;
    // One report, submitted from a file in the published format, on its own page.
    audit.visit("#/reports", "[data-testid=report-import]").await?;
    let file = profile.data_dir().with_file_name("report.json");
    std::fs::write(&file, REPORT.to_string())?;
    window.wait_for("[data-testid=report-import]").await?.send_keys(&file.display().to_string()).await?;
    window.wait_until("the imported report opens", "location.hash.startsWith('#/reports/report/')").await?;
    window.click_in_view("[data-testid=report-submit]").await?;
    window.wait_until("the submitted report shows", "location.hash.startsWith('#/report/')").await?;
    window.wait_for("main[aria-busy=\"false\"] #report-heading").await?;
    audit.screen("report").await?;

    audit.visit("#/groups", "main h1").await?;
    audit.screen("groups").await?;
    audit.visit("#/join", "[data-testid=join-form]").await?;
    audit.screen("join").await?;

    // The organizers' pages (this device imported the sample, so it organizes it).
    audit.visit("#/submissions", "main h1").await?;
    audit.screen("organizers: submissions").await?;
    let id = priority.trim_start_matches("#/priority/");
    audit.visit(&format!("#/queue/{id}"), "main h1").await?;
    window.wait_for("[data-testid=queue-heading]").await?;
    audit.screen("organizers: amendment queue, one amendment open").await?;
    audit.visit("#/decisions", "main h1").await?;
    audit.screen("organizers: decision log").await?;
    audit.visit("#/overview", "main h1").await?;
    audit.screen("organizers: overview").await?;

    if theme == "light" {
        // The same window in Arabic, right to left: names, languages and order hold there too.
        window
            .eval(
                "(() => { const s = document.querySelector('[data-testid=ui-language]'); s.value = 'ar'; \
                 s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()",
            )
            .await?;
        window
            .wait_until(
                "the interface is in Arabic",
                "document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl'",
            )
            .await?;
        audit.screen("organizers: overview, in Arabic").await?;
        audit.visit(&priority, "[data-testid=priority-title]").await?;
        audit.screen("priority, in Arabic").await?;
        audit.visit("#/settings", "[data-testid=backups]").await?;
        audit.screen("settings, in Arabic").await?;
        audit.visit("#/welcome", "[data-testid=first-run]").await?;
        audit.screen("first run: language, in Arabic").await?;
        window.eval("(location.hash = '#/') && true").await?;
        window.wait_for("h1[data-testid=statement-title]").await?;
        window.wait_for_all("main[aria-busy=\"false\"] [data-testid=priority-link]").await?;
        audit.screen("statement, in Arabic").await?;
    }

    let failures = audit.finish()?;
    window.close().await?;
    Ok(failures)
}

/// The "Must show": the axe-core report of each screen, with no serious or critical
/// violation, in the light and the dark theme.
#[tokio::test]
async fn every_screen_passes_axe_core_in_light_and_dark() -> Result<()> {
    let mut failures = audit_theme("light", &[("GTK_THEME", "Adwaita")]).await?;
    failures.extend(audit_theme("dark", &[("GTK_THEME", "Adwaita:dark")]).await?);
    ensure!(failures.is_empty(), "serious or critical accessibility violations:\n{}", failures.join("\n"));
    Ok(())
}
