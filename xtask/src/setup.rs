//! `cargo xtask setup`: makes this machine able to build, run, test or benchmark Plenary.
//!
//! Every check prints one line, and anything missing is installed when we may (root, or
//! passwordless `sudo`); otherwise the exact command to run is printed and setup fails.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::SystemTime;

use anyhow::{Context, Result, bail};

use crate::shell;

/// What the machine is being set up for; each purpose needs everything the previous needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Build and run the desktop app.
    Run,
    /// Also run the window end-to-end tests under Xvfb through WebDriver, the export-rendering
    /// system test, and the packages' check (what `Dist` needs).
    Test,
    /// Also start the release build under Xvfb and time it.
    Bench,
    /// Build the release packages (`cargo xtask dist`) and test them: what `Run` needs, plus
    /// `rpm` to read the `.rpm`, `dpkg-dev` for `dpkg-shlibdeps`, and Xvfb and ImageMagick to
    /// start the installed app. No WebDriver. (`Test` covers it.)
    Dist,
}

impl Purpose {
    /// Parses the value of `--for`.
    pub fn parse(name: &str) -> Result<Self> {
        match name {
            "run" => Ok(Self::Run),
            "test" => Ok(Self::Test),
            "bench" => Ok(Self::Bench),
            "dist" => Ok(Self::Dist),
            other => bail!("unknown purpose `{other}`: expected run, test, bench or dist"),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Run => "run",
            Self::Test => "test",
            Self::Bench => "bench",
            Self::Dist => "dist",
        }
    }

    fn debian_packages(self) -> Vec<&'static str> {
        // What Tauri 2 needs to compile against WebKitGTK here; the -dev package pulls in
        // GTK, libsoup and JavaScriptCore headers.
        let mut packages = vec!["libwebkit2gtk-4.1-dev", "build-essential", "pkg-config"];
        // Packaging: `rpm` reads the .rpm back, `dpkg-dev` has dpkg-shlibdeps for the
        // server's dependencies, and the installed app is started under Xvfb and shot with
        // ImageMagick's `import`. `xauth` has to be named: with --no-install-recommends xvfb
        // does not pull it in. `lintian` checks the .debs against Debian policy.
        let packaging = ["rpm", "dpkg-dev", "xvfb", "xauth", "imagemagick", "lintian"];
        match self {
            Self::Run => {}
            Self::Dist => packages.extend(packaging),
            Self::Test | Self::Bench => {
                packages.extend(packaging);
                // The WebDriver that drives WebKitGTK in the window end-to-end tests.
                packages.push("webkit2gtk-driver");
                // The export-rendering system test (tests/system/render.rs): the DOCX export
                // converted to PDF by LibreOffice and rasterized by poppler, the HTML export
                // rendered by headless Chromium, with Noto fonts for Arabic and the other scripts.
                packages.extend(["libreoffice-writer-nogui", "poppler-utils", "chromium", "fonts-noto-core"]);
            }
        }
        packages
    }
}

/// The oldest Node.js the UI toolchain (Vite) supports.
const MIN_NODE: (u32, u32) = (20, 19);

/// Brings the machine up to what `purpose` needs.
pub fn setup(purpose: Purpose) -> Result<()> {
    println!("setup for {}:", purpose.name());
    debian_packages(&purpose.debian_packages())?;
    if purpose == Purpose::Test {
        rust_components()?;
    }
    if purpose == Purpose::Test {
        tauri_driver()?;
    }
    node_and_npm()?;
    ui_dependencies()?;
    Ok(())
}

fn debian_packages(packages: &[&str]) -> Result<()> {
    if shell::which("dpkg-query").is_none() {
        bail!(
            "dpkg-query not found: setup knows Debian and Ubuntu only; install the equivalents of {}",
            packages.join(" ")
        );
    }
    let missing: Vec<&str> = packages.iter().copied().filter(|package| !is_installed(package)).collect();
    if missing.is_empty() {
        println!("  apt packages: all installed ({})", packages.join(" "));
        return Ok(());
    }
    println!("  apt packages: missing {}", missing.join(" "));
    let Some(prefix) = privilege()? else {
        bail!(
            "cannot install packages without root or passwordless sudo; run:\n\n    \
             sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive \
             apt-get install -y --no-install-recommends {}\n",
            missing.join(" ")
        );
    };
    shell::run(&mut apt(&prefix, &["update"]))?;
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend(&missing);
    shell::run(&mut apt(&prefix, &install))?;
    let still_missing: Vec<&str> = missing.into_iter().filter(|package| !is_installed(package)).collect();
    if !still_missing.is_empty() {
        bail!("apt-get finished but these are still not installed: {}", still_missing.join(" "));
    }
    Ok(())
}

fn is_installed(package: &str) -> bool {
    shell::probe(Command::new("dpkg-query").args(["-W", "-f=${Status}", package]))
        .is_some_and(|status| status == "install ok installed")
}

/// How to run apt-get as root: directly (`Some([])`), through `sudo -n`, or not at all.
fn privilege() -> Result<Option<Vec<&'static str>>> {
    let uid = shell::probe(Command::new("id").arg("-u")).context("could not run `id -u`")?;
    if uid == "0" {
        return Ok(Some(Vec::new()));
    }
    let sudo_works = shell::which("sudo").is_some()
        && Command::new("sudo").args(["-n", "true"]).output().is_ok_and(|output| output.status.success());
    Ok(sudo_works.then(|| vec!["sudo", "-n"]))
}

fn apt(prefix: &[&str], args: &[&str]) -> Command {
    // sudo resets the environment, so the variable goes through `env` on its command line.
    let mut line: Vec<&str> = prefix.to_vec();
    line.extend(["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]);
    line.extend(args);
    let mut command = Command::new(line[0]);
    command.args(&line[1..]);
    command
}

fn rust_components() -> Result<()> {
    let have = |tool: &str| shell::probe(shell::cargo().args([tool, "--version"])).is_some();
    if have("fmt") && have("clippy") {
        println!("  rustfmt and clippy: present");
        return Ok(());
    }
    if shell::which("rustup").is_none() {
        bail!(
            "cargo fmt or cargo clippy is missing and rustup is not on PATH: install rustfmt and clippy for this toolchain"
        );
    }
    shell::run(Command::new("rustup").args(["component", "add", "rustfmt", "clippy"]))
}

fn node_and_npm() -> Result<()> {
    let (want_major, want_minor) = MIN_NODE;
    let Some(version) = shell::probe(Command::new("node").arg("--version")) else {
        bail!(
            "`node` not found: install Node.js {want_major}.{want_minor} or newer \
             (for example from https://nodejs.org or NodeSource's Debian packages)"
        );
    };
    let mut parts = version.trim_start_matches('v').split('.');
    let mut next = || parts.next().and_then(|part| part.parse::<u32>().ok());
    let (Some(major), Some(minor)) = (next(), next()) else {
        bail!("could not read node's version from `{version}`");
    };
    if (major, minor) < MIN_NODE {
        bail!("node {version} is too old: the UI needs Node.js {want_major}.{want_minor} or newer");
    }
    let Some(npm) = shell::probe(Command::new("npm").arg("--version")) else {
        bail!("`npm` not found: it ships with Node.js; install Node.js's npm package");
    };
    println!("  node {version}, npm {npm}: ok");
    Ok(())
}

/// Runs `npm ci` when `ui/node_modules` is missing or older than `ui/package-lock.json`.
/// The stamp lives inside node_modules, so deleting node_modules also forgets it.
fn ui_dependencies() -> Result<()> {
    let ui = shell::ui_dir();
    let lock = ui.join("package-lock.json");
    if !lock.exists() {
        bail!(
            "{} is missing: the UI's dependencies must be locked (run `npm install` in ui/ and commit the lock file)",
            lock.display()
        );
    }
    let stamp = ui.join("node_modules").join(".xtask-npm-ci");
    if modified(&stamp).is_some_and(|stamp_time| modified(&lock).is_some_and(|lock_time| stamp_time >= lock_time)) {
        println!("  ui/node_modules: up to date with package-lock.json");
        return Ok(());
    }
    println!("  ui/node_modules: missing or older than package-lock.json, installing");
    shell::run(&mut shell::npm(&["ci", "--no-audit", "--no-fund"]))?;
    fs::write(&stamp, "written by `cargo xtask setup` after `npm ci`\n")
        .with_context(|| format!("could not write {}", stamp.display()))?;
    Ok(())
}

fn modified(path: &Path) -> Option<SystemTime> {
    path.metadata().and_then(|meta| meta.modified()).ok()
}

fn tauri_driver() -> Result<()> {
    if let Some(path) = find_tauri_driver() {
        println!("  tauri-driver: {}", path.display());
        return Ok(());
    }
    println!("  tauri-driver: not found, installing");
    shell::run(shell::cargo().args(["install", "tauri-driver", "--locked"]))?;
    let path = find_tauri_driver().context(
        "`cargo install tauri-driver` succeeded but tauri-driver is neither on PATH nor in cargo's bin directory",
    )?;
    println!("  tauri-driver: {}", path.display());
    Ok(())
}

/// Where the end-to-end tests will find tauri-driver: `PATH` first, then cargo's bin dir.
fn find_tauri_driver() -> Option<std::path::PathBuf> {
    shell::which("tauri-driver")
        .or_else(|| shell::cargo_bin_dir().map(|dir| dir.join("tauri-driver")).filter(|path| path.is_file()))
}
