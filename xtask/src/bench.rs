//! `cargo xtask bench`: figures about the release build, printed, never asserted.
//!
//! Each benchmark is a [`Section`]; add a section (sync bytes, search latency, export time)
//! by writing one function and listing it in [`SECTIONS`].

use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

use crate::setup::{self, Purpose};
use crate::shell;
use crate::xvfb::Xvfb;

/// What `bench` was asked for on the command line.
pub struct Options {
    /// Timed runs per measurement.
    pub runs: usize,
    /// Only the sections with these names; all when empty.
    pub only: Vec<String>,
}

/// What every section gets: the binary under test and where to put scratch files.
struct Context {
    binary: PathBuf,
    runs: usize,
    scratch: PathBuf,
}

struct Section {
    name: &'static str,
    about: &'static str,
    run: fn(&Context) -> Result<()>,
}

const SECTIONS: &[Section] = &[
    Section {
        name: "startup",
        about: "spawn to first painted screen (cold: the first-run screen; warm: the statement), release build under Xvfb 1280x800",
        run: startup,
    },
    Section {
        name: "sync",
        about: "one incremental sync (1,000 comments, then 50 new at the server, 20 on the client): bytes and round trips vs automerge and the floor F",
        run: sync,
    },
    Section {
        name: "store",
        about: "local store: search latency over 100,000 comments, opening a priority with 1,000 comments",
        run: store,
    },
    Section {
        name: "export",
        about: "the consolidated statement of a forum with 10,000 comments, every annex, in every format, English and Arabic",
        run: export,
    },
];

/// The stderr line the app prints once its first screen is on screen (the statement, or on a
/// fresh profile the first-run screen).
const PAINTED: &str = "statement painted";

/// Builds the UI and the release binary, then runs the chosen sections.
pub fn bench(options: &Options) -> Result<()> {
    for name in &options.only {
        if !SECTIONS.iter().any(|section| section.name == name) {
            let known: Vec<&str> = SECTIONS.iter().map(|section| section.name).collect();
            bail!("no benchmark section `{name}`; known: {}", known.join(", "));
        }
    }
    if options.runs == 0 {
        bail!("--runs must be at least 1");
    }
    setup::setup(Purpose::Bench)?;
    println!("build:");
    shell::run(&mut shell::npm(&["run", "build"]))?;
    shell::run(shell::cargo().args(["build", "--release", "-p", "plenary"]))?;

    let scratch = shell::target_dir().join("bench");
    fs::create_dir_all(&scratch).with_context(|| format!("could not create {}", scratch.display()))?;
    let context = Context { binary: shell::target_dir().join("release").join("plenary"), runs: options.runs, scratch };
    if !context.binary.is_file() {
        bail!("the release build left no binary at {}", context.binary.display());
    }
    println!("\nmachine: {}", machine());
    for section in SECTIONS {
        if options.only.is_empty() || options.only.iter().any(|name| name == section.name) {
            println!("\n== {}: {} ==", section.name, section.about);
            (section.run)(&context)?;
        }
    }
    Ok(())
}

fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, usize::from);
    let cpu_model = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let os = fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|release| {
            release
                .lines()
                .find_map(|line| line.strip_prefix("PRETTY_NAME="))
                .map(|name| name.trim_matches('"').to_owned())
        })
        .unwrap_or_else(|| "unknown OS".to_owned());
    format!("nproc {cpus}, {cpu_model}, {os}")
}

// ---- sync -------------------------------------------------------------------------------

/// Runs the server crate's sync benchmark (`crates/server/examples/bench_sync.rs`): the real
/// server on loopback, a real client, a byte-counting proxy, and automerge on the same data.
fn sync(_context: &Context) -> Result<()> {
    shell::run(shell::cargo().args(["run", "--quiet", "--release", "-p", "plenary-server", "--example", "bench_sync"]))
}

// ---- store ------------------------------------------------------------------------------

/// Runs the core's own benchmark program (`crates/core/examples/bench_store.rs`), which needs
/// no window: it builds a store of 100,000 comments through the real record path and times
/// searches and page views against it.
fn store(_context: &Context) -> Result<()> {
    shell::run(shell::cargo().args([
        "run",
        "--quiet",
        "--release",
        "-p",
        "plenary-core",
        "--example",
        "bench_store",
        "--",
        "100000",
        "1000",
    ]))
}

// ---- export -----------------------------------------------------------------------------

/// Runs the core's export benchmark (`crates/core/examples/bench_export.rs`): a forum of
/// 10,000 comments built through the real record path, exported in every format.
fn export(_context: &Context) -> Result<()> {
    shell::run(shell::cargo().args([
        "run",
        "--quiet",
        "--release",
        "-p",
        "plenary-core",
        "--example",
        "bench_export",
        "--",
        "10000",
    ]))
}

// ---- startup ----------------------------------------------------------------------------

fn startup(context: &Context) -> Result<()> {
    let xvfb = Xvfb::start(&context.scratch.join("xvfb.log"))?;
    let timeout = Duration::from_secs(60);

    // Cold: a fresh profile each time, so the app creates its identity and store and
    // imports the sample forum, then paints its first screen, which on a fresh profile is the
    // first-run screen (the language choice). The OS file cache is warm after the first run.
    let mut cold = Vec::with_capacity(context.runs);
    for run in 0..context.runs {
        let profile = Profile::create(&context.scratch.join(format!("cold-{run}")))?;
        cold.push(time_to_paint(&context.binary, &profile, xvfb.display(), timeout)?);
    }
    report("cold (fresh data dir each run) to the first-run screen", &cold);

    // Warm: one profile, first filled by an untimed run, its first-run screens then marked as
    // gone through (as the window does when the user finishes them), so each start paints the
    // statement.
    let profile = Profile::create(&context.scratch.join("warm"))?;
    time_to_paint(&context.binary, &profile, xvfb.display(), timeout)?;
    shell::run(
        shell::cargo()
            .args(["run", "--quiet", "--release", "-p", "plenary-core", "--example", "first_run_done", "--"])
            .arg(profile.root.join("data")),
    )?;
    let mut warm = Vec::with_capacity(context.runs);
    for _ in 0..context.runs {
        warm.push(time_to_paint(&context.binary, &profile, xvfb.display(), timeout)?);
    }
    report("warm (same data dir, first run done) to the painted statement", &warm);
    Ok(())
}

/// One start: wall time from spawn to the painted line, and the app's own figure.
struct Start {
    wall: Duration,
    reported_ms: Option<u64>,
}

fn time_to_paint(binary: &Path, profile: &Profile, display: &str, timeout: Duration) -> Result<Start> {
    let mut command = Command::new(binary);
    command.env("DISPLAY", display).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped()).process_group(0);
    profile.apply(&mut command);
    let started = Instant::now();
    let mut child = command.spawn().with_context(|| format!("could not start {}", binary.display()))?;
    let stderr = child.stderr.take().context("the app's stderr was not piped")?;
    let (sender, receiver) = mpsc::channel();
    // WebKit's helper processes inherit stderr, so this thread may outlive the app: it is
    // never joined, and sends nothing after the painted line.
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            let painted = line.contains(PAINTED);
            if sender.send((Instant::now(), line)).is_err() || painted {
                break;
            }
        }
    });
    let mut tail = Vec::new();
    let result = loop {
        let remaining = timeout.saturating_sub(started.elapsed());
        match receiver.recv_timeout(remaining) {
            Ok((at, line)) if line.contains(PAINTED) => {
                break Ok(Start { wall: at.duration_since(started), reported_ms: reported_ms(&line) });
            }
            Ok((_, line)) => {
                tail.push(line);
                if tail.len() > 20 {
                    tail.remove(0);
                }
            }
            Err(_) => {
                break Err(anyhow::anyhow!(
                    "no `{PAINTED}` line on stderr within {} s; last lines:\n{}",
                    timeout.as_secs(),
                    tail.join("\n")
                ));
            }
        }
    };
    shell::stop_group(&mut child, Duration::from_secs(5));
    result
}

/// The `<N>` in `plenary: statement painted <N> ms after start`.
fn reported_ms(line: &str) -> Option<u64> {
    let (_, rest) = line.split_once(PAINTED)?;
    rest.split_whitespace().next()?.parse().ok()
}

fn report(label: &str, starts: &[Start]) {
    let mut wall: Vec<f64> = starts.iter().map(|start| start.wall.as_secs_f64() * 1e3).collect();
    let (median, min, max) = stats(&mut wall);
    let mut reported: Vec<f64> = starts.iter().filter_map(|start| start.reported_ms).map(|ms| ms as f64).collect();
    let app = if reported.len() == starts.len() {
        format!("; app's own figure median {:.0} ms", stats(&mut reported).0)
    } else {
        String::new()
    };
    println!("  {label}, n={}: median {median:.0} ms, min {min:.0} ms, max {max:.0} ms{app}", starts.len());
}

/// Median, min and max of a non-empty sample.
fn stats(sample: &mut [f64]) -> (f64, f64, f64) {
    sample.sort_by(f64::total_cmp);
    let n = sample.len();
    let median = if n % 2 == 1 { sample[n / 2] } else { (sample[n / 2 - 1] + sample[n / 2]) / 2.0 };
    (median, sample[0], sample[n - 1])
}

/// The directories one app instance reads and writes: its data dir and its own XDG dirs,
/// so nothing touches the user's profile. Removed on drop.
struct Profile {
    root: PathBuf,
}

impl Profile {
    fn create(root: &Path) -> Result<Self> {
        if root.exists() {
            fs::remove_dir_all(root).with_context(|| format!("could not clear {}", root.display()))?;
        }
        for dir in ["data", "xdg-data", "xdg-config", "xdg-cache", "xdg-runtime"] {
            fs::create_dir_all(root.join(dir))
                .with_context(|| format!("could not create {}", root.join(dir).display()))?;
        }
        fs::set_permissions(root.join("xdg-runtime"), fs::Permissions::from_mode(0o700))?;
        Ok(Self { root: root.to_path_buf() })
    }

    fn apply(&self, command: &mut Command) {
        command
            .env("PLENARY_DATA_DIR", self.root.join("data"))
            .env("XDG_DATA_HOME", self.root.join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.root.join("xdg-config"))
            .env("XDG_CACHE_HOME", self.root.join("xdg-cache"))
            .env("XDG_RUNTIME_DIR", self.root.join("xdg-runtime"));
    }
}

impl Drop for Profile {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}
