//! The `plenary` binary: the desktop app, plus a few command-line subcommands for organizers.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    plenary_app::main(std::env::args().skip(1).collect())
}
