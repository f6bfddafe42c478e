//! `cargo xtask dist --check`: tests the packages `dist` built, as a user and an administrator
//! would meet them.
//!
//! - both `.deb`s: lintian, failing on any error or warning (on the debug build, the
//!   unstripped binary is expected and let through);
//! - the app's `.deb`: its metadata and files; installed with `dpkg -i` when we are root (else
//!   unpacked into a scratch root), the installed binary started under Xvfb with its own XDG
//!   directories: it must paint a window that settles (the screenshot is kept beside the
//!   packages as `app-window.png`), stay up, and make its profile where the platform says;
//! - the app's `.rpm`: metadata, digests and file list, read with `rpm`;
//! - the server's `.deb`: metadata, conffiles, file owners and the systemd unit's settings;
//!   installed with `dpkg -i` when root, which must create the system user and an owner-only
//!   data directory; `systemd-analyze verify` on the installed unit (when not root, on a copy
//!   that starts the unpacked binary; where systemd is installed); the installed binary's
//!   `--help`, and `serve` as the service's user on a loopback port answering `/v1/health`
//!   and stopping cleanly on SIGTERM. Purging removes the conffile and keeps the data.
//!
//! It installs system-wide only where that leaves the machine as it was: as root, over no
//! installed copy, and for the server only where systemd does not run (the service would
//! start) and no forum data sits in `/var/lib/plenary-server`. Otherwise it checks an unpacked
//! copy. What it installed it purges again, and it removes the user and data it made.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};

use crate::dist::{Built, Profile, SERVER_PACKAGE};
use crate::shell;
use crate::xvfb::Xvfb;

/// The app's package and binary name, and its identifier (its data directory's name).
const APP_PACKAGE: &str = "plenary";
const APP_IDENTIFIER: &str = "org.plenary.desktop";
const SERVER_DATA: &str = "/var/lib/plenary-server";
const SERVER_UNIT: &str = "/usr/lib/systemd/system/plenary-server.service";

/// Checks every package in `built`, working in `out/check/` and leaving the screenshot of the
/// installed app in `out/`.
pub fn check(built: &Built, version: &str, out: &Path, profile: Profile) -> Result<()> {
    let scratch = out.join("check");
    if scratch.exists() {
        fs::remove_dir_all(&scratch).with_context(|| format!("could not clear {}", scratch.display()))?;
    }
    fs::create_dir_all(&scratch)?;
    let root = is_root()?;
    println!(
        "\ncheck the packages ({}):",
        if root {
            "as root: installed with dpkg -i where that leaves this machine as it was"
        } else {
            "not root: unpacked into a scratch root"
        }
    );
    for deb in [&built.app_deb, &built.server_deb].into_iter().flatten() {
        lintian(deb, profile)?;
    }
    if let Some(deb) = &built.app_deb {
        check_app_deb(deb, version, root, &scratch, out)?;
    }
    if let Some(rpm) = &built.app_rpm {
        check_app_rpm(rpm, version)?;
    }
    if let Some(deb) = &built.server_deb {
        check_server_deb(deb, version, root, &scratch)?;
    }
    Ok(())
}

/// Debian's policy checker on a `.deb`: any error or warning fails.
fn lintian(deb: &Path, profile: Profile) -> Result<()> {
    let mut command = Command::new("lintian");
    command.args(["--fail-on", "error,warning", "--tag-display-limit", "0"]);
    if profile == Profile::Debug {
        // The tests' debug build keeps its symbols and line tables; release builds are stripped.
        command.args(["--suppress-tags", "unstripped-binary-or-object"]);
    }
    let line = shell::display(command.arg(deb));
    let result = command.output().with_context(|| format!("could not start `{line}`: is lintian installed?"))?;
    let said = String::from_utf8_lossy(&result.stdout);
    ensure!(result.status.success(), "lintian found problems in {}:\n{said}", deb.display());
    ok(&format!("lintian: no errors or warnings in {}", deb.file_name().unwrap_or_default().to_string_lossy()));
    Ok(())
}

fn ok(what: &str) {
    println!("  ok  {what}");
}

fn is_root() -> Result<bool> {
    Ok(shell::probe(Command::new("id").arg("-u")).context("could not run `id -u`")? == "0")
}

/// Runs `command` and returns its stdout; fails with its stderr when it fails.
fn output(command: &mut Command) -> Result<String> {
    let line = shell::display(command);
    let output = command.output().with_context(|| format!("could not start `{line}`"))?;
    if !output.status.success() {
        bail!(
            "`{line}` failed ({}):\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn deb_field(deb: &Path, field: &str) -> Result<String> {
    Ok(output(Command::new("dpkg-deb").arg("--field").arg(deb).arg(field))?.trim().to_owned())
}

/// The paths in a `.deb` as absolute paths (`/usr/bin/x`), with their `owner/group`.
fn deb_contents(deb: &Path) -> Result<BTreeMap<String, String>> {
    let listing = output(Command::new("dpkg-deb").arg("--contents").arg(deb))?;
    let mut out = BTreeMap::new();
    for line in listing.lines() {
        // dpkg-deb writes `./usr/bin/` with names (`root/root`); Tauri's bundler writes
        // `usr/bin` with ids (`0/0`):
        // drwxr-xr-x root/root         0 2026-11-29 05:00 ./usr/bin/
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.len() >= 6 {
            let relative = parts[5].trim_start_matches('.').trim_start_matches('/').trim_end_matches('/');
            let owner = match parts[1] {
                "0/0" => "root/root",
                other => other,
            };
            out.insert(format!("/{relative}"), owner.to_owned());
        }
    }
    Ok(out)
}

fn installed(package: &str) -> bool {
    shell::probe(Command::new("dpkg-query").args(["-W", "-f=${Status}", package]))
        .is_some_and(|status| status == "install ok installed")
}

/// Installs `deb` with `dpkg -i` when `system` (the check purges it again), else unpacks it
/// under `scratch`; returns the root the files are under.
fn install(deb: &Path, package: &str, system: bool, scratch: &Path) -> Result<PathBuf> {
    if system {
        shell::run(Command::new("dpkg").arg("-i").arg(deb))?;
        ensure!(installed(package), "dpkg -i finished but {package} is not installed");
        ok(&format!("dpkg -i installed {package}"));
        Ok(PathBuf::from("/"))
    } else {
        let into = scratch.join(format!("{package}-root"));
        fs::create_dir_all(&into)?;
        shell::run(Command::new("dpkg-deb").arg("-x").arg(deb).arg(&into))?;
        ok(&format!("unpacked {package} into {}", into.display()));
        Ok(into)
    }
}

/// Whether the check may install `package` system-wide: as root, and never over an installed
/// copy (a developer's own, or a live forum server's), which it would replace and then purge.
fn may_install(package: &str, root: bool) -> bool {
    if !root {
        return false;
    }
    if installed(package) {
        println!("  --  {package} is installed on this machine: the check unpacks into a scratch root instead");
        return false;
    }
    true
}

fn purge(package: &str) -> Result<()> {
    shell::run(Command::new("dpkg").args(["--purge", package]))?;
    ensure!(!installed(package), "dpkg --purge finished but {package} is still installed");
    Ok(())
}

// ---- the app --------------------------------------------------------------------------------

fn check_app_deb(deb: &Path, version: &str, root: bool, scratch: &Path, out: &Path) -> Result<()> {
    println!("{}:", deb.display());
    ensure!(deb_field(deb, "Package")? == APP_PACKAGE, "the app's package is not named {APP_PACKAGE}");
    ensure!(deb_field(deb, "Version")? == version, "the app's package is not version {version}");
    let depends = deb_field(deb, "Depends")?;
    for needed in ["libwebkit2gtk-4.1-0", "libgtk-3-0"] {
        ensure!(depends.contains(needed), "the app's package does not depend on {needed}: {depends}");
    }
    let description = deb_field(deb, "Description")?;
    ensure!(description.contains("shared statement"), "the app's description is not ours: {description}");
    ensure!(!deb_field(deb, "Maintainer")?.is_empty(), "the app's package names no maintainer");
    ok(&format!("metadata: {APP_PACKAGE} {version}, depends on {depends}"));
    let contents = deb_contents(deb)?;
    for path in [
        "/usr/bin/plenary",
        "/usr/share/applications/Plenary.desktop",
        "/usr/share/icons/hicolor/128x128/apps/plenary.png",
    ] {
        ensure!(contents.contains_key(path), "the app's package has no {path}");
    }
    let foreign: Vec<_> = contents.iter().filter(|(_, owner)| *owner != "root/root").collect();
    ensure!(foreign.is_empty(), "files not owned by root in the app's package: {foreign:?}");
    ok("files: the binary, a desktop entry and icons, all owned by root");

    let system = may_install(APP_PACKAGE, root);
    let files = install(deb, APP_PACKAGE, system, scratch)?;
    let result = run_installed_app(&files.join("usr/bin/plenary"), scratch, out);
    if system {
        purge(APP_PACKAGE)?;
        ok("dpkg --purge removed it again");
    }
    result
}

/// Starts the installed app under Xvfb with a home of its own and waits until its window paints.
fn run_installed_app(binary: &Path, scratch: &Path, out: &Path) -> Result<()> {
    let home = scratch.join("home");
    let xdg = |name: &str| home.join(name);
    for dir in ["data", "config", "cache", "runtime"] {
        fs::create_dir_all(xdg(dir))?;
    }
    fs::set_permissions(xdg("runtime"), fs::Permissions::from_mode(0o700))?;
    let xvfb = Xvfb::start(&scratch.join("xvfb.log"))?;
    let log = scratch.join("app.log");
    let mut child = Command::new(binary)
        .env("DISPLAY", xvfb.display())
        .env("HOME", &home)
        .env("XDG_DATA_HOME", xdg("data"))
        .env("XDG_CONFIG_HOME", xdg("config"))
        .env("XDG_CACHE_HOME", xdg("cache"))
        .env("XDG_RUNTIME_DIR", xdg("runtime"))
        .env_remove("PLENARY_DATA_DIR")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&log)?)
        .stderr(fs::File::create(scratch.join("app.stderr.log"))?)
        .process_group(0)
        .spawn()
        .with_context(|| format!("could not start {}", binary.display()))?;
    let result = watch_app(&mut child, xvfb.display(), &home, scratch, out);
    shell::stop_group(&mut child, Duration::from_secs(5));
    if result.is_err() {
        eprintln!("the app's stderr ({}):", scratch.join("app.stderr.log").display());
        eprintln!("{}", fs::read_to_string(scratch.join("app.stderr.log")).unwrap_or_default());
    }
    result
}

/// Waits for the window to paint and settle, keeps a screenshot of it, checks the app stays up
/// and made its profile where the platform says.
fn watch_app(child: &mut Child, display: &str, home: &Path, scratch: &Path, out: &Path) -> Result<()> {
    let shot = scratch.join("app-window.png");
    let started = Instant::now();
    // Painted: more colours than an empty screen or a blank window has (text is antialiased).
    // Settled: the same pixels twice in a row, a second apart, so the shot is not of a page
    // halfway through loading.
    let mut previous: Option<Screen> = None;
    let screen = loop {
        if let Some(status) = child.try_wait()? {
            bail!("the installed app exited ({status}) before painting its window");
        }
        let screen = screenshot(display, &shot)?;
        if screen.colours > 32 && previous.as_ref().is_some_and(|before| before.signature == screen.signature) {
            break screen;
        }
        if started.elapsed() > Duration::from_secs(90) {
            bail!(
                "the screen has not settled on a painted window 90 s after the app started ({} colours)",
                screen.colours
            );
        }
        previous = Some(screen);
        std::thread::sleep(Duration::from_secs(1));
    };
    ok(&format!(
        "the window painted and settled {:.1} s after start ({} colours on screen)",
        started.elapsed().as_secs_f64(),
        screen.colours
    ));
    let kept = out.join("app-window.png");
    fs::copy(&shot, &kept).with_context(|| format!("could not copy the screenshot to {}", kept.display()))?;
    ok(&format!("screenshot of the installed app's first screen: {}", kept.display()));

    // It must stay up, not paint once and crash.
    std::thread::sleep(Duration::from_secs(3));
    if let Some(status) = child.try_wait()? {
        bail!("the installed app exited ({status}) after painting");
    }
    let later = screenshot(display, &scratch.join("app-window-later.png"))?;
    ensure!(later.colours > 32, "the window went blank ({} colours) after painting", later.colours);
    ok("still running and showing its window 3 s later");

    let profile = home.join("data").join(APP_IDENTIFIER);
    let mode = fs::metadata(&profile)
        .with_context(|| format!("the app made no profile in {}", profile.display()))?
        .permissions()
        .mode();
    ensure!(mode & 0o077 == 0, "the app's data directory {} is readable by others ({mode:o})", profile.display());
    ensure!(profile.join("device-key.pem").is_file(), "the app made no device key in {}", profile.display());
    ok(&format!("its profile is in $XDG_DATA_HOME/{APP_IDENTIFIER}, owner-only, with a device key"));
    Ok(())
}

/// What a screenshot shows, as far as the check cares.
struct Screen {
    /// How many distinct colours.
    colours: u64,
    /// ImageMagick's hash of the pixels (not of the file's bytes).
    signature: String,
}

/// Takes a screenshot of the whole screen into `path`.
fn screenshot(display: &str, path: &Path) -> Result<Screen> {
    // On some machines /usr/local/bin/convert is a stand-in; ImageMagick's own tools are in /usr/bin.
    let tool = |name: &str| {
        let system = Path::new("/usr/bin").join(name);
        if system.is_file() { system } else { PathBuf::from(name) }
    };
    output(Command::new(tool("import")).args(["-display", display, "-window", "root"]).arg(path))?;
    let said = output(Command::new(tool("identify")).args(["-format", "%k %#"]).arg(path))?;
    let (colours, signature) = said
        .trim()
        .split_once(' ')
        .with_context(|| format!("identify printed `{said}`, not a colour count and a hash"))?;
    Ok(Screen {
        colours: colours.parse().with_context(|| format!("identify printed `{said}`, not a colour count"))?,
        signature: signature.to_owned(),
    })
}

fn check_app_rpm(rpm: &Path, version: &str) -> Result<()> {
    println!("{}:", rpm.display());
    let query = |format: &str| output(Command::new("rpm").args(["-qp", "--queryformat", format]).arg(rpm));
    let name_version_licence = query("%{NAME}|%{VERSION}|%{LICENSE}|%{SUMMARY}")?;
    let fields: Vec<&str> = name_version_licence.split('|').collect();
    ensure!(fields.len() == 4, "rpm printed `{name_version_licence}`");
    ensure!(fields[0] == APP_PACKAGE, "the rpm is named {}, not {APP_PACKAGE}", fields[0]);
    ensure!(fields[1] == version, "the rpm is version {}, not {version}", fields[1]);
    ensure!(fields[2] == "AGPL-3.0-or-later", "the rpm's licence is {}", fields[2]);
    ensure!(fields[3].contains("shared statement"), "the rpm's summary is not ours: {}", fields[3]);
    ok(&format!("metadata: {} {} ({}), \"{}\"", fields[0], fields[1], fields[2], fields[3]));
    let digests = output(Command::new("rpm").args(["--checksig", "--nosignature"]).arg(rpm))?;
    ensure!(digests.contains("digests OK"), "rpm --checksig: {digests}");
    ok("digests OK");
    let files = output(Command::new("rpm").arg("-qlp").arg(rpm))?;
    for path in ["/usr/bin/plenary", "/usr/share/applications/Plenary.desktop"] {
        ensure!(files.lines().any(|line| line == path), "the rpm has no {path}");
    }
    let requires = output(Command::new("rpm").args(["-qp", "--requires"]).arg(rpm))?;
    ensure!(requires.contains("webkit2gtk"), "the rpm does not require WebKitGTK:\n{requires}");
    ok("files: the binary and a desktop entry; requires WebKitGTK");
    Ok(())
}

// ---- the server -----------------------------------------------------------------------------

fn check_server_deb(deb: &Path, version: &str, root: bool, scratch: &Path) -> Result<()> {
    println!("{}:", deb.display());
    ensure!(deb_field(deb, "Package")? == SERVER_PACKAGE, "the server's package is not named {SERVER_PACKAGE}");
    ensure!(deb_field(deb, "Version")? == version, "the server's package is not version {version}");
    let depends = deb_field(deb, "Depends")?;
    ensure!(depends.contains("libc6"), "the server's package does not depend on libc6: {depends}");
    ok(&format!("metadata: {SERVER_PACKAGE} {version}, depends on {depends}"));
    let conffiles = output(Command::new("dpkg-deb").arg("--info").arg(deb).arg("conffiles"))?;
    ensure!(
        conffiles.lines().any(|line| line.trim() == "/etc/default/plenary-server"),
        "/etc/default/plenary-server is not a conffile: {conffiles}"
    );
    ok("conffiles: /etc/default/plenary-server");
    let contents = deb_contents(deb)?;
    for path in ["/usr/bin/plenary-server", SERVER_UNIT, "/etc/default/plenary-server"] {
        ensure!(contents.contains_key(path), "the server's package has no {path}");
    }
    let foreign: Vec<_> = contents.iter().filter(|(_, owner)| *owner != "root/root").collect();
    ensure!(foreign.is_empty(), "files not owned by root in the package: {foreign:?}");
    ok("files: the binary, the unit, the settings file; all owned by root");

    let unpacked = scratch.join("server-unpacked");
    shell::run(Command::new("dpkg-deb").arg("-x").arg(deb).arg(&unpacked))?;
    check_unit(&fs::read_to_string(unpacked.join(SERVER_UNIT.trim_start_matches('/')))?)?;

    let user_existed = shell::probe(Command::new("getent").args(["passwd", SERVER_PACKAGE])).is_some();
    let data_existed = Path::new(SERVER_DATA).exists();
    // Installed, the service would start where systemd runs, and the check's own server would
    // share its data directory; forum data left by an earlier installation is not the check's
    // to touch. In either case the package is unpacked and checked from there.
    let mut system = may_install(SERVER_PACKAGE, root);
    if system && Path::new("/run/systemd/system").exists() {
        println!("  --  systemd runs on this machine: the check unpacks into a scratch root, not to start the service");
        system = false;
    }
    if system && data_existed {
        println!("  --  {SERVER_DATA} exists (forum data): the check unpacks into a scratch root, not to touch it");
        system = false;
    }
    let files = install(deb, SERVER_PACKAGE, system, scratch)?;
    let result = check_installed_server(&files, system, scratch);
    if system {
        let purged = purge(SERVER_PACKAGE).and_then(|()| {
            ensure!(!Path::new("/etc/default/plenary-server").exists(), "purging left the conffile behind");
            ensure!(Path::new(SERVER_DATA).is_dir(), "purging removed the forum data");
            ok("dpkg --purge removed the package and its conffile, and kept the forum data");
            Ok(())
        });
        // Leave the machine as it was: the data and the user too, if this check made them.
        let _ = fs::remove_dir_all(SERVER_DATA);
        if !user_existed {
            let _ = Command::new("userdel").arg(SERVER_PACKAGE).status();
            let _ = Command::new("groupdel").arg(SERVER_PACKAGE).stderr(Stdio::null()).status();
        }
        result.and(purged)
    } else {
        result
    }
}

/// The unit's `[Service]` settings that make it what the package promises.
fn check_unit(unit: &str) -> Result<()> {
    let mut service: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut section = "";
    for line in unit.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')) {
        if line.starts_with('[') {
            section = line;
        } else if section == "[Service]"
            && let Some((key, value)) = line.split_once('=')
        {
            service.entry(key.trim()).or_default().push(value.trim());
        }
    }
    let has = |key: &str, value: &str| service.get(key).is_some_and(|values| values.contains(&value));
    let exec = service.get("ExecStart").and_then(|values| values.first()).copied().unwrap_or_default();
    ensure!(
        exec.starts_with("/usr/bin/plenary-server serve --listen ")
            && exec.ends_with(" --data /var/lib/plenary-server"),
        "ExecStart is `{exec}`"
    );
    for (key, value) in [
        ("User", "plenary-server"),
        ("Group", "plenary-server"),
        ("EnvironmentFile", "-/etc/default/plenary-server"),
        ("StateDirectory", "plenary-server"),
        ("StateDirectoryMode", "0700"),
        ("UMask", "0077"),
        ("NoNewPrivileges", "yes"),
        ("ProtectSystem", "strict"),
        ("ReadWritePaths", SERVER_DATA),
        ("ProtectHome", "yes"),
        ("PrivateTmp", "yes"),
        ("PrivateDevices", "yes"),
        ("CapabilityBoundingSet", ""),
        ("RestrictAddressFamilies", "AF_INET AF_INET6 AF_UNIX"),
    ] {
        ensure!(has(key, value), "the unit does not set {key}={value}");
    }
    ok("unit: runs `serve --listen $PLENARY_SERVER_LISTEN --data /var/lib/plenary-server` as plenary-server, hardened");
    Ok(())
}

/// The server's files under `files`; `system`: installed by dpkg, with its user and data.
fn check_installed_server(files: &Path, system: bool, scratch: &Path) -> Result<()> {
    let binary = files.join("usr/bin/plenary-server");
    let data = if system {
        let entry = output(Command::new("getent").args(["passwd", SERVER_PACKAGE]))?;
        // name:x:uid:gid:gecos:home:shell
        let fields: Vec<&str> = entry.trim().split(':').collect();
        ensure!(fields.len() == 7, "getent printed `{entry}`");
        let uid: u32 = fields[2].parse()?;
        ensure!(uid < 1000, "{SERVER_PACKAGE} is not a system user (uid {uid})");
        ensure!(fields[5] == SERVER_DATA, "{SERVER_PACKAGE}'s home is {}", fields[5]);
        ensure!(fields[6].ends_with("nologin") || fields[6].ends_with("false"), "{SERVER_PACKAGE} has a login shell");
        let meta = fs::metadata(SERVER_DATA).with_context(|| format!("the package made no {SERVER_DATA}"))?;
        ensure!(meta.uid() == uid, "{SERVER_DATA} is not owned by {SERVER_PACKAGE}");
        ensure!(meta.mode() & 0o777 == 0o700, "{SERVER_DATA} has mode {:o}, not 700", meta.mode() & 0o777);
        ok(&format!("system user {SERVER_PACKAGE} (uid {uid}, no login); {SERVER_DATA} is theirs, mode 700"));
        let conffiles = output(Command::new("dpkg-query").args(["-W", "-f=${Conffiles}", SERVER_PACKAGE]))?;
        ensure!(conffiles.contains("/etc/default/plenary-server"), "dpkg did not register the conffile: {conffiles}");
        ok("dpkg registered /etc/default/plenary-server as a conffile");
        verify_unit(Path::new(SERVER_UNIT), "the installed unit")?;
        Some((PathBuf::from(SERVER_DATA), uid))
    } else {
        // Not installed: verify a copy of the unit that starts the unpacked binary (systemd
        // checks that ExecStart's program exists), same name, every other line as shipped.
        let copy_dir = scratch.join("unit");
        fs::create_dir_all(&copy_dir)?;
        let copy = copy_dir.join("plenary-server.service");
        let unit = fs::read_to_string(files.join(SERVER_UNIT.trim_start_matches('/')))?;
        let exec = "ExecStart=/usr/bin/plenary-server ";
        ensure!(unit.contains(exec), "the unit has no `{exec}` line");
        fs::write(&copy, unit.replace(exec, &format!("ExecStart={} ", binary.display())))?;
        verify_unit(&copy, "the unit (ExecStart pointed at the unpacked binary)")?;
        None
    };

    let help = output(Command::new(&binary).arg("--help"))?;
    ensure!(help.contains("serve") && help.contains("invite"), "`plenary-server --help` says:\n{help}");
    ok("`plenary-server --help` lists its commands");

    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let listen = format!("127.0.0.1:{port}");
    let (data_dir, as_user) = match &data {
        Some((dir, uid)) => (dir.clone(), Some(*uid)),
        None => (scratch.join("server-data"), None),
    };
    let mut command = match as_user {
        // The service's user, as systemd would run it (setpriv execs, so the pid is the server's).
        Some(_) => {
            let mut command = Command::new("setpriv");
            command.args(["--reuid", SERVER_PACKAGE, "--regid", SERVER_PACKAGE, "--init-groups", "--"]).arg(&binary);
            command
        }
        None => Command::new(&binary),
    };
    command
        .args(["serve", "--listen", &listen, "--data"])
        .arg(&data_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = command.spawn().context("could not start the installed server")?;
    let stderr = child.stderr.take().context("the server's stderr was not piped")?;
    let log = std::thread::spawn(move || {
        let mut lines = Vec::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            lines.push(line);
        }
        lines
    });
    let served = wait_for_health(&listen, &mut child);
    let stopped = stop(&mut child);
    let lines = log.join().unwrap_or_default();
    if served.is_err() || stopped.is_err() {
        eprintln!("the server's log:\n{}", lines.join("\n"));
    }
    served?;
    ok(&format!("`plenary-server serve` answers GET /v1/health on {listen}"));
    stopped?;
    ok("it stops cleanly on SIGTERM");
    if let Some(uid) = as_user {
        for entry in fs::read_dir(&data_dir)? {
            let entry = entry?;
            ensure!(entry.metadata()?.uid() == uid, "{} is not owned by {SERVER_PACKAGE}", entry.path().display());
        }
        ok(&format!("what it wrote in {} belongs to {SERVER_PACKAGE}", data_dir.display()));
    }
    Ok(())
}

/// `systemd-analyze verify`, which must pass without a word about our unit; skipped, saying
/// so, where systemd is not installed.
fn verify_unit(unit: &Path, what: &str) -> Result<()> {
    if shell::which("systemd-analyze").is_none() {
        println!("  --  systemd-analyze is not installed: the unit was checked by reading it only");
        return Ok(());
    }
    // --man=no: the unit's Documentation= is a file, and man pages are not what is checked here.
    let verify = Command::new("systemd-analyze").args(["verify", "--man=no"]).arg(unit).output()?;
    let said = format!("{}{}", String::from_utf8_lossy(&verify.stdout), String::from_utf8_lossy(&verify.stderr));
    ensure!(verify.status.success(), "systemd-analyze verify {} failed:\n{said}", unit.display());
    let about_ours: Vec<&str> = said.lines().filter(|line| line.contains("plenary-server")).collect();
    ensure!(about_ours.is_empty(), "systemd-analyze verify warns about the unit:\n{}", about_ours.join("\n"));
    ok(&format!("systemd-analyze verify: {what} is valid"));
    Ok(())
}

fn wait_for_health(listen: &str, child: &mut Child) -> Result<()> {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            bail!("the server exited ({status}) before answering");
        }
        if let Ok(answer) = get(listen, "/v1/health") {
            ensure!(answer.starts_with("HTTP/1.1 200"), "GET /v1/health answered:\n{answer}");
            ensure!(answer.ends_with("\r\n\r\nok"), "GET /v1/health answered:\n{answer}");
            return Ok(());
        }
        if started.elapsed() > Duration::from_secs(30) {
            bail!("the server did not answer on {listen} within 30 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A plain HTTP/1.1 GET on loopback, returning the whole response.
fn get(address: &str, path: &str) -> Result<String> {
    let mut stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n")?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    Ok(answer)
}

/// SIGTERM, then the exit status, which must be success.
fn stop(child: &mut Child) -> Result<()> {
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status()?;
    ensure!(status.success(), "could not send SIGTERM to the server");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = child.try_wait()? {
            ensure!(status.success(), "the server exited with {status} on SIGTERM");
            return Ok(());
        }
        if Instant::now() > deadline {
            shell::stop_group(child, Duration::from_secs(1));
            bail!("the server did not stop within 15 s of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
