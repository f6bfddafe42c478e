//! Plenary's developer commands, run as `cargo xtask <command>` from anywhere in the repo.
//!
//! Plain Rust with no dependencies beyond anyhow, so it builds in seconds on a fresh
//! machine before anything else is installed.

mod bench;
mod dist;
mod dist_check;
mod setup;
mod shell;
mod test;
mod xvfb;

use std::ffi::OsString;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  setup [--for run|test|bench|dist]
                                 install what building, testing, benchmarking or packaging
                                 needs (Debian packages, npm dependencies, tauri-driver)
  run [-- <app args>]            build the UI and run the desktop app (debug)
  test                           everything CI runs: fmt, UI checks, clippy, all tests
                                 including the window end-to-end test, and the packages
                                 (of the debug build) installed and started
  bench [--runs N] [--only S]    figures from release builds (default N=7; sections: startup,
                                 sync, store, export)
  dist [--only app|server] [--check] [--debug]
                                 release packages in target/dist/: the app's .deb and .rpm,
                                 the server's .deb (systemd service); --check installs them
                                 (dpkg -i as root, else a scratch root) and tests them;
                                 --debug packages the debug build into target/dist/debug/
                                 instead (what `test` checks)
";

fn main() -> ExitCode {
    match dispatch(std::env::args_os().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn dispatch(args: Vec<OsString>) -> Result<()> {
    let mut args: Vec<String> = args
        .into_iter()
        .map(|arg| arg.into_string().map_err(|arg| anyhow::anyhow!("argument {arg:?} is not UTF-8")))
        .collect::<Result<_>>()?;
    if args.is_empty() {
        print!("{USAGE}");
        bail!("no command given");
    }
    let command = args.remove(0);
    match command.as_str() {
        "setup" => {
            let purpose = match take_value(&mut args, "--for")? {
                Some(purpose) => setup::Purpose::parse(&purpose)?,
                None => setup::Purpose::Test,
            };
            no_more(&args)?;
            setup::setup(purpose)
        }
        "run" => {
            if args.first().is_some_and(|arg| arg == "--") {
                args.remove(0);
            }
            run(&args)
        }
        "test" => {
            no_more(&args)?;
            test::test()
        }
        "bench" => {
            let runs = match take_value(&mut args, "--runs")? {
                Some(runs) => runs.parse().with_context(|| format!("--runs takes a number, not `{runs}`"))?,
                None => 7,
            };
            let mut only = Vec::new();
            while let Some(section) = take_value(&mut args, "--only")? {
                only.push(section);
            }
            no_more(&args)?;
            bench::bench(&bench::Options { runs, only })
        }
        "dist" => {
            let check = take_flag(&mut args, "--check");
            let debug = take_flag(&mut args, "--debug");
            let only = take_value(&mut args, "--only")?;
            no_more(&args)?;
            let (app, server) = match only.as_deref() {
                None => (true, true),
                Some("app") => (true, false),
                Some("server") => (false, true),
                Some(other) => bail!("--only takes app or server, not `{other}`"),
            };
            let profile = if debug { dist::Profile::Debug } else { dist::Profile::Release };
            setup::setup(setup::Purpose::Dist)?;
            dist::dist(&dist::Options { app, server, check, profile, build_ui: true })
        }
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => {
            print!("{USAGE}");
            bail!("unknown command `{other}`")
        }
    }
}

/// Removes `flag <value>` (or `flag=<value>`) from `args` and returns the value.
fn take_value(args: &mut Vec<String>, flag: &str) -> Result<Option<String>> {
    let Some(index) = args.iter().position(|arg| arg == flag || arg.starts_with(&format!("{flag}="))) else {
        return Ok(None);
    };
    let arg = args.remove(index);
    if let Some(value) = arg.strip_prefix(&format!("{flag}=")) {
        return Ok(Some(value.to_owned()));
    }
    if index >= args.len() {
        bail!("{flag} needs a value");
    }
    Ok(Some(args.remove(index)))
}

/// Removes `flag` from `args`; whether it was there.
fn take_flag(args: &mut Vec<String>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|arg| arg != flag);
    args.len() != before
}

fn no_more(args: &[String]) -> Result<()> {
    match args.first() {
        Some(arg) => bail!("unexpected argument `{arg}`; see `cargo xtask help`"),
        None => Ok(()),
    }
}

/// `cargo xtask run`: the UI build, then the app in debug with the given arguments.
fn run(app_args: &[String]) -> Result<()> {
    setup::setup(setup::Purpose::Run)?;
    println!("build the UI:");
    shell::run(&mut shell::npm(&["run", "build"]))?;
    println!("run the app:");
    shell::run(shell::cargo().args(["run", "-p", "plenary", "--"]).args(app_args))
}
