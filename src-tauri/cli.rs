//! The command-line side of the `plenary` binary, for organizers preparing a statement:
//! `plenary import FILE` checks a statement file and adds it as a forum to the local store.

use crate::{data_dir, now_ms};
use plenary_core::Profile;
use plenary_core::profile::Origin;
use std::process::ExitCode;

const USAGE: &str = "\
Plenary: draft a shared statement at international AI-safety forums, offline-first.

Usage:
  plenary                 open the app
  plenary import FILE     check a statement file and add it to your forums
                          (format: docs/statement-format.md)
  plenary --version       print the version
  plenary --help          print this help

Environment:
  PLENARY_DATA_DIR        where your identity and store live
                          (default: ~/.local/share/org.plenary.desktop)";

/// Runs the subcommand in `args`, if any; `None` means "open the app".
pub fn dispatch(args: &[String]) -> Option<ExitCode> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] => None,
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            Some(ExitCode::SUCCESS)
        }
        ["--version" | "-V"] => {
            println!("plenary {}", env!("CARGO_PKG_VERSION"));
            Some(ExitCode::SUCCESS)
        }
        ["import", file] => Some(report(import(file))),
        _ => {
            eprintln!("plenary: unknown arguments {args:?}\n\n{USAGE}");
            Some(ExitCode::from(2))
        }
    }
}

fn report(result: anyhow::Result<String>) -> ExitCode {
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("plenary: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn import(file: &str) -> anyhow::Result<String> {
    use anyhow::Context;
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {file}"))?;
    let dir = data_dir()?;
    let (mut profile, _) = Profile::open(&dir, now_ms())?;
    let forum = profile.import_statement(&text, Origin::File, now_ms()).with_context(|| file.to_owned())?;
    let view = profile.statement(Some(forum))?;
    let priorities: usize = view.sections.iter().map(|s| s.priorities.len()).sum();
    Ok(format!(
        "Imported \"{}\": {} sections, {priorities} priorities, into {}",
        view.forum.title,
        view.sections.len(),
        dir.display()
    ))
}
