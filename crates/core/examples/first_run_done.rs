//! Marks a profile's first-run screens as gone through, as the window does when the user
//! finishes them, so that `cargo xtask bench` can time warm starts to the painted statement
//! (a fresh profile opens on the first-run screens instead). Usage: `first_run_done DATA_DIR`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: first_run_done DATA_DIR");
        return ExitCode::from(2);
    };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
    let result =
        plenary_core::Profile::open(&dir, now).and_then(|(mut profile, _)| profile.set_ui_setting("first-run", "done"));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("first_run_done: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
