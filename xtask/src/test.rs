//! `cargo xtask test`: everything CI checks, in order, stopping at the first failure.
//!
//! Each step starts with a banner line (`==> xtask test [i/n] name: command`) so a CI log
//! shows what ran, and a summary with the time of each step ends the run either way.

use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};

use crate::dist::{self, Profile};
use crate::setup::{self, Purpose};
use crate::shell;

enum Action {
    Setup,
    Run(Command),
    /// `dist --check` on the debug build the tests made.
    Packages,
}

struct Step {
    name: &'static str,
    action: Action,
}

fn step(name: &'static str, command: Command) -> Step {
    Step { name, action: Action::Run(command) }
}

fn cargo(args: &[&str]) -> Command {
    let mut command = shell::cargo();
    command.args(args);
    command
}

fn steps() -> Vec<Step> {
    // The UI is checked and built before clippy because the desktop package's build script
    // embeds ui/dist: building it once, early, serves clippy, the tests and the packages alike.
    let mut workspace_tests = cargo(&["test", "--workspace", "--exclude", "plenary"]);
    // The export-rendering system test (tests/system/render.rs) skips where LibreOffice,
    // poppler or Chromium are missing; setup installs them, so here a missing one is a failure.
    workspace_tests.env("PLENARY_REQUIRE_RENDERERS", "1");
    vec![
        Step { name: "setup", action: Action::Setup },
        step("fmt", cargo(&["fmt", "--all", "--check"])),
        step("ui check", shell::npm(&["run", "check"])),
        step("ui test", shell::npm(&["test"])),
        step("ui build", shell::npm(&["run", "build"])),
        step("clippy", cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])),
        step("core tests", workspace_tests),
        step("desktop tests (incl. window e2e)", cargo(&["test", "-p", "plenary", "--", "--test-threads=1"])),
        // The debug build as .deb and .rpm (the release build is `cargo xtask dist`'s), and the
        // server's .deb, installed (dpkg -i as root, else unpacked) and started.
        Step { name: "packages (debug build)", action: Action::Packages },
    ]
}

enum Outcome {
    Passed(Duration),
    Failed(Duration),
    NotRun,
}

/// Runs every step; fails with the first step that fails.
pub fn test() -> Result<()> {
    let started = Instant::now();
    let mut steps = steps();
    let total = steps.len();
    let mut outcomes: Vec<(&'static str, Outcome)> = Vec::with_capacity(total);
    let mut failure = None;
    for (index, step) in steps.iter_mut().enumerate() {
        if failure.is_some() {
            outcomes.push((step.name, Outcome::NotRun));
            continue;
        }
        let what = match &step.action {
            Action::Setup => "cargo xtask setup --for test".to_owned(),
            Action::Run(command) => shell::display(command),
            Action::Packages => {
                "the .deb and .rpm of the debug build, installed and started into target/dist/debug/".to_owned()
            }
        };
        println!("\n==> xtask test [{}/{total}] {}: {what}", index + 1, step.name);
        let step_started = Instant::now();
        let result = match &mut step.action {
            Action::Setup => setup::setup(Purpose::Test),
            Action::Run(command) => shell::run(command),
            Action::Packages => dist::dist(&dist::Options {
                app: true,
                server: true,
                check: true,
                profile: Profile::Debug,
                build_ui: false,
            }),
        };
        let took = step_started.elapsed();
        match result {
            Ok(()) => outcomes.push((step.name, Outcome::Passed(took))),
            Err(error) => {
                outcomes.push((step.name, Outcome::Failed(took)));
                failure = Some((step.name, error));
            }
        }
    }
    print_summary(&outcomes, started.elapsed());
    if let Some((name, error)) = failure {
        bail!("step `{name}` failed: {error:#}");
    }
    Ok(())
}

fn print_summary(outcomes: &[(&str, Outcome)], total: Duration) {
    println!("\n==> xtask test summary");
    let width = outcomes.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    for (name, outcome) in outcomes {
        let (status, took) = match outcome {
            Outcome::Passed(took) => ("ok", format_duration(*took)),
            Outcome::Failed(took) => ("FAILED", format_duration(*took)),
            Outcome::NotRun => ("not run", String::new()),
        };
        println!("  {status:<7}  {name:<width$}  {took:>8}");
    }
    println!("  total    {:<width$}  {:>8}", "", format_duration(total));
}

fn format_duration(duration: Duration) -> String {
    let seconds = duration.as_secs_f64();
    if seconds < 60.0 {
        format!("{seconds:.1} s")
    } else {
        format!("{}m{:02}s", duration.as_secs() / 60, duration.as_secs() % 60)
    }
}
