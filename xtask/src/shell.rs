//! Running the programs xtask is made of: where the workspace is, which cargo to use,
//! finding programs on `PATH`, and running a command with its line echoed first.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The workspace root: xtask lives one level below it, so this holds from any cwd.
pub fn root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().expect("xtask's manifest directory has a parent (the workspace root)").to_path_buf()
}

/// The UI's npm project.
pub fn ui_dir() -> PathBuf {
    root().join("ui")
}

/// Cargo's target directory: `CARGO_TARGET_DIR` when set (relative to the cwd, as cargo
/// reads it), else `target/` at the root, which is what this workspace's config uses.
pub fn target_dir() -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() { dir } else { env::current_dir().map(|cwd| cwd.join(&dir)).unwrap_or(dir) }
        }
        _ => root().join("target"),
    }
}

/// The cargo that started us (`CARGO` is set by `cargo run`), so a pinned toolchain stays
/// pinned in the nested builds.
pub fn cargo() -> Command {
    let program = env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
    let mut command = Command::new(program);
    command.current_dir(root());
    one_shot_build(&mut command);
    command
}

/// On CI (`CI` set and not `false`), builds run once on a clean clone: cargo's incremental
/// caches would only take disk (2.3 GB of target/debug on a clean `cargo xtask test`).
pub fn one_shot_build(command: &mut Command) {
    if env::var("CI").is_ok_and(|value| !value.is_empty() && value != "false" && value != "0") {
        command.env("CARGO_INCREMENTAL", "0");
    }
}

/// A program from `PATH`, looked up the way a shell would.
pub fn which(program: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path).map(|dir| dir.join(program)).find(|candidate| is_executable(candidate))
}

/// Cargo's own bin directory (`$CARGO_HOME/bin`, default `~/.cargo/bin`), where
/// `cargo install` puts tools even when it is not on `PATH`.
pub fn cargo_bin_dir() -> Option<PathBuf> {
    if let Some(home) = env::var_os("CARGO_HOME") {
        return Some(PathBuf::from(home).join("bin"));
    }
    env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo").join("bin"))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata().map(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

/// The command as a shell line, for echoing and error messages.
pub fn display(command: &Command) -> String {
    // `CARGO` is a long toolchain path; the name says the same to a reader.
    let program = Path::new(command.get_program());
    // Variables the command sets, as a shell would: `NAME=value cargo test`.
    let mut line: String = command
        .get_envs()
        .filter_map(|(name, value)| Some(format!("{}={} ", name.to_string_lossy(), value?.to_string_lossy())))
        .collect();
    if program.file_name().is_some_and(|name| name == "cargo") {
        line.push_str("cargo");
    } else {
        line.push_str(&program.to_string_lossy());
    }
    for arg in command.get_args() {
        let arg = arg.to_string_lossy();
        line.push(' ');
        if arg.is_empty() || arg.contains(|c: char| c.is_whitespace() || "'\"$`\\".contains(c)) {
            line.push('\'');
            line.push_str(&arg.replace('\'', r"'\''"));
            line.push('\'');
        } else {
            line.push_str(&arg);
        }
    }
    line
}

/// Echoes the command (with its directory when that is not the root) and runs it,
/// failing when it does not exit successfully.
pub fn run(command: &mut Command) -> Result<()> {
    let line = display(command);
    match command.get_current_dir() {
        Some(dir) if dir != root() => {
            let dir = dir.strip_prefix(root()).unwrap_or(dir);
            println!("  $ (cd {}; {line})", dir.display());
        }
        _ => println!("  $ {line}"),
    }
    let status = command.status().with_context(|| format!("could not start `{line}`"))?;
    if !status.success() {
        bail!("`{line}` failed ({status})");
    }
    Ok(())
}

/// Runs the command quietly and returns its trimmed stdout, or `None` when it cannot be
/// started or fails: for probes such as `node --version`.
pub fn probe(command: &mut Command) -> Option<String> {
    let output = command.output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// `npm <args>` in the UI directory.
pub fn npm(args: &[&str]) -> Command {
    let mut command = Command::new("npm");
    command.args(args).current_dir(ui_dir());
    command
}

/// Stops a child started with `process_group(0)` and everything in its group: SIGTERM
/// first, so drivers can close their browsers and Xvfb can remove its lock, then SIGKILL
/// for whatever is left after `grace`. Killing only the leader, or SIGKILL first, leaves
/// orphans (WebKitWebDriver, WebKit's web processes) that keep pipes open.
pub fn stop_group(child: &mut std::process::Child, grace: std::time::Duration) {
    let group = format!("-{}", child.id());
    let signal = |name: &str| {
        Command::new("kill")
            .args([name, "--", &group])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    };
    signal("-TERM");
    let deadline = std::time::Instant::now() + grace;
    loop {
        // Reap the leader first: a zombie still counts as a member of its group.
        let leader_gone = !matches!(child.try_wait(), Ok(None));
        if leader_gone && !signal("-0") {
            return;
        }
        if std::time::Instant::now() >= deadline {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    signal("-KILL");
    let _ = child.wait();
}
