//! A private X server (Xvfb) on a display nobody else uses, stopped on drop.
//!
//! The window end-to-end tests have their own copy of this in `tests/e2e/harness.rs`:
//! tests cannot depend on xtask, and twenty lines are cheaper than a shared crate.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context, Result, bail};

use crate::shell;

/// A running Xvfb with a 1280x800x24 screen.
pub struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    /// Starts Xvfb, letting it pick a free display and report it (`-displayfd 1` writes
    /// the number to its stdout), and logs its stderr to `log`.
    pub fn start(log: &Path) -> Result<Self> {
        let program = shell::which("Xvfb")
            .context("Xvfb not found: run `cargo xtask setup --for bench` (Debian package xvfb)")?;
        let log_file = File::create(log).with_context(|| format!("could not create {}", log.display()))?;
        let mut child = Command::new(program)
            .args(["-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log_file)
            .process_group(0)
            .spawn()
            .context("could not start Xvfb")?;
        let stdout = child.stdout.take().context("Xvfb's stdout was not piped")?;
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = sender.send(line);
        });
        let mut xvfb = Self { child, display: String::new() };
        match receiver.recv_timeout(Duration::from_secs(20)) {
            Ok(line) if !line.trim().is_empty() => {
                xvfb.display = format!(":{}", line.trim());
                Ok(xvfb)
            }
            _ => bail!("Xvfb did not report a display within 20 s; its log is {}", log.display()),
        }
    }

    /// The value for `DISPLAY`, such as `:99`.
    pub fn display(&self) -> &str {
        &self.display
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        shell::stop_group(&mut self.child, Duration::from_secs(5));
    }
}
