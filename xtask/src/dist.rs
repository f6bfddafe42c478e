//! `cargo xtask dist`: the release packages, in `target/dist/`.
//!
//! - the desktop app as a `.deb` and an `.rpm`, made by Tauri's bundler through the npm
//!   package `@tauri-apps/cli` (a prebuilt CLI: seconds to install, where `cargo install
//!   tauri-cli` takes a quarter of an hour); name, icon, publisher, descriptions, licence and
//!   category come from `tauri.conf.json`, the version from the workspace's `Cargo.toml`;
//! - the forum server as a `.deb` assembled here from `crates/server/packaging/` (a systemd
//!   unit that runs it as its own system user with its data in `/var/lib/plenary-server`, a
//!   settings file in `/etc/default`, maintainer scripts) and built with `dpkg-deb`.
//!
//! `--check` then tests what was built (see [`crate::dist_check`]): the packages' metadata
//! and contents, and the installed programs actually running.
//!
//! `cargo xtask test` runs the same packaging and check on the debug build its tests already
//! made ([`Profile::Debug`], into `target/dist/debug/`): the bundler, the server's staging, the
//! maintainer scripts and the installed app starting are all tested without paying for a
//! second, optimized build of the app.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail, ensure};

use crate::shell;

/// Which cargo profile the packages carry.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// `cargo xtask dist`: optimized builds, the UI built first; packages in `target/dist/`.
    Release,
    /// `cargo xtask test`: the debug builds the tests made, with the UI its earlier step built;
    /// packages in `target/dist/debug/`, never to be shipped.
    Debug,
}

impl Profile {
    /// Cargo's name for the profile's output directory under `target/`.
    fn dir(self) -> &'static str {
        match self {
            Self::Release => "release",
            Self::Debug => "debug",
        }
    }
}

/// What `dist` was asked for.
pub struct Options {
    /// Build the app's packages.
    pub app: bool,
    /// Build the server's package.
    pub server: bool,
    /// Test the packages after building them.
    pub check: bool,
    /// Release for shipping, debug for the test run.
    pub profile: Profile,
    /// Build the UI first (`cargo xtask test` has just built it: building it again would make
    /// cargo rebuild the app that embeds it).
    pub build_ui: bool,
}

/// The packages one run made.
pub struct Built {
    pub app_deb: Option<PathBuf>,
    pub app_rpm: Option<PathBuf>,
    pub server_deb: Option<PathBuf>,
}

/// The server package's name, which is also its system user's and its data directory's.
pub const SERVER_PACKAGE: &str = "plenary-server";

/// Builds the packages, prints where they are, and tests them when asked.
/// The machine must be set up for it (`setup --for dist`, which `--for test` covers).
pub fn dist(options: &Options) -> Result<()> {
    let out = dist_dir(options.profile);
    fs::create_dir_all(&out).with_context(|| format!("could not create {}", out.display()))?;
    let version = workspace_version()?;
    let arch = shell::probe(Command::new("dpkg").arg("--print-architecture"))
        .context("could not ask dpkg for this machine's architecture")?;
    let mut built = Built { app_deb: None, app_rpm: None, server_deb: None };
    let mut timings = Vec::new();

    if options.app {
        let started = Instant::now();
        let (deb, rpm) = app_packages(&out, &version, options)?;
        built.app_deb = Some(deb);
        built.app_rpm = Some(rpm);
        let what = match options.profile {
            Profile::Release => "app .deb and .rpm (UI build, release build, bundling)",
            Profile::Debug => "app .deb and .rpm (debug build, bundling)",
        };
        timings.push((what, started.elapsed()));
    }
    if options.server {
        let started = Instant::now();
        built.server_deb = Some(server_package(&out, &version, &arch, options.profile)?);
        timings.push(("server .deb (build, staging, dpkg-deb)", started.elapsed()));
    }

    println!("\npackages in {}:", out.display());
    for path in [&built.app_deb, &built.app_rpm, &built.server_deb].into_iter().flatten() {
        let size = fs::metadata(path).map(|meta| meta.len()).unwrap_or(0);
        println!("  {:>9}  {}", human_size(size), path.display());
    }
    for (what, took) in &timings {
        println!("  took {:>6.1} s  {what}", took.as_secs_f64());
    }

    if options.check {
        let started = Instant::now();
        crate::dist_check::check(&built, &version, &out, options.profile)?;
        println!("  took {:>6.1} s  checking the packages", started.elapsed().as_secs_f64());
    }
    Ok(())
}

/// `target/dist/` for release packages, `target/dist/debug/` for the test run's.
fn dist_dir(profile: Profile) -> PathBuf {
    let dist = shell::target_dir().join("dist");
    match profile {
        Profile::Release => dist,
        Profile::Debug => dist.join("debug"),
    }
}

/// The workspace's version (`[workspace.package] version`), which every package carries.
fn workspace_version() -> Result<String> {
    // `cargo pkgid` prints `path+file:///.../crates/server#plenary-server@0.1.0`.
    let id = shell::probe(shell::cargo().args(["pkgid", "-p", SERVER_PACKAGE]))
        .context("`cargo pkgid -p plenary-server` failed")?;
    let version = id.rsplit(['@', '#']).next().unwrap_or_default().to_owned();
    if version.is_empty() || !version.starts_with(|c: char| c.is_ascii_digit()) {
        bail!("could not read the version from `cargo pkgid`: {id}");
    }
    Ok(version)
}

fn human_size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / f64::from(1 << 20))
    } else {
        format!("{} KiB", bytes >> 10)
    }
}

// ---- the app --------------------------------------------------------------------------------

/// The UI build when asked, then `tauri build --bundles deb,rpm`, and copies of the two
/// packages in `out`.
fn app_packages(out: &Path, version: &str, options: &Options) -> Result<(PathBuf, PathBuf)> {
    let profile = options.profile;
    if options.build_ui {
        println!("build the UI:");
        shell::run(&mut shell::npm(&["run", "build"]))?;
    }
    println!("build and bundle the app ({}):", profile.dir());
    let cli = shell::ui_dir().join("node_modules").join(".bin").join("tauri");
    if !cli.is_file() {
        bail!(
            "{} is missing: `cargo xtask setup` installs the UI's npm packages, @tauri-apps/cli among them",
            cli.display()
        );
    }
    let bundle = shell::target_dir().join(profile.dir()).join("bundle");
    // Packages of an earlier version or build must not be mistaken for this one's.
    for kind in ["deb", "rpm"] {
        let _ = fs::remove_dir_all(bundle.join(kind));
    }
    // The Debian changelog and the manual page, compressed as Debian wants them, go in through
    // `--config` (merged into tauri.conf.json's bundle settings): the bundler takes files as
    // they are, and its own changelog setting files it under the product name ("Plenary").
    let changelog = shell::root().join("packaging").join("plenary.changelog");
    check_changelog(&changelog, "plenary", version)?;
    let changelog = fs::read(&changelog).with_context(|| format!("could not read {}", changelog.display()))?;
    let page = shell::root().join("packaging").join("plenary.1");
    let page_text = fs::read_to_string(&page).with_context(|| format!("could not read {}", page.display()))?;
    ensure!(
        page_text.lines().next().is_some_and(|line| line.contains(&format!("\"Plenary {version}\""))),
        "{} is not about version {version}: update its .TH line",
        page.display()
    );
    let scratch = shell::target_dir().join("dist-stage").join(profile.dir());
    let page_gz = scratch.join("plenary.1.gz");
    write_bytes(&page_gz, &gzip(page_text.as_bytes())?, 0o644)?;
    let changelog_gz = scratch.join("plenary.changelog.gz");
    write_bytes(&changelog_gz, &gzip(&changelog)?, 0o644)?;
    let utf8 = |path: &Path| path.to_str().map(str::to_owned).context("the target directory's path is not UTF-8");
    let files = format!(
        r#"{{"/usr/share/man/man1/plenary.1.gz":{:?},"/usr/share/doc/plenary/changelog.gz":{:?}}}"#,
        utf8(&page_gz)?,
        utf8(&changelog_gz)?
    );
    let config = format!(r#"{{"bundle":{{"linux":{{"deb":{{"files":{files}}},"rpm":{{"files":{files}}}}}}}}}"#);
    let mut command = Command::new(&cli);
    command.args(["build", "--ci", "--bundles", "deb,rpm", "--config", &config]);
    if profile == Profile::Debug {
        command.arg("--debug");
    }
    // `-p plenary`: the desktop package is not a default member of the workspace, and the
    // CLI asks cargo for a feature of it (tauri/custom-protocol).
    command.args(["--", "-p", "plenary"]).current_dir(shell::root());
    shell::one_shot_build(&mut command);
    shell::run(&mut command)?;
    let deb = only_file(&bundle.join("deb"), ".deb", version)?;
    let rpm = only_file(&bundle.join("rpm"), ".rpm", version)?;
    Ok((copy_into(&deb, out)?, copy_into(&rpm, out)?))
}

/// The one file in `dir` ending in `suffix`, which must carry `version` in its name.
fn only_file(dir: &Path, suffix: &str, version: &str) -> Result<PathBuf> {
    let entries = fs::read_dir(dir).with_context(|| format!("the bundler made no {}", dir.display()))?;
    let found: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.to_string_lossy().ends_with(suffix))
        .collect();
    match found.as_slice() {
        [one] if one.file_name().is_some_and(|name| name.to_string_lossy().contains(version)) => Ok(one.clone()),
        [one] => bail!("{} does not carry the version {version} in its name", one.display()),
        _ => bail!("expected one {suffix} file in {}, found {}", dir.display(), found.len()),
    }
}

fn copy_into(file: &Path, dir: &Path) -> Result<PathBuf> {
    let target = dir.join(file.file_name().context("a package path has a file name")?);
    fs::copy(file, &target).with_context(|| format!("could not copy {} to {}", file.display(), target.display()))?;
    Ok(target)
}

// ---- the server -----------------------------------------------------------------------------

/// Where the server's packaging files are kept.
fn packaging_dir() -> PathBuf {
    shell::root().join("crates").join("server").join("packaging")
}

/// A build of the server, staged as a Debian package tree and built with `dpkg-deb`.
fn server_package(out: &Path, version: &str, arch: &str, profile: Profile) -> Result<PathBuf> {
    println!("build the server ({}):", profile.dir());
    let mut build = shell::cargo();
    build.args(["build", "-p", SERVER_PACKAGE, "--bin", SERVER_PACKAGE]);
    if profile == Profile::Release {
        build.arg("--release");
    }
    shell::run(&mut build)?;
    let binary = shell::target_dir().join(profile.dir()).join(SERVER_PACKAGE);

    println!("stage and build the server's .deb:");
    let scratch = shell::target_dir().join("dist-stage").join(profile.dir());
    let stage = scratch.join(SERVER_PACKAGE);
    if stage.exists() {
        fs::remove_dir_all(&stage).with_context(|| format!("could not clear {}", stage.display()))?;
    }
    let packaging = packaging_dir();
    let doc = format!("usr/share/doc/{SERVER_PACKAGE}");
    let files: &[(&Path, String, u32)] = &[
        (&binary, format!("usr/bin/{SERVER_PACKAGE}"), 0o755),
        (&packaging.join("plenary-server.service"), format!("usr/lib/systemd/system/{SERVER_PACKAGE}.service"), 0o644),
        (&packaging.join("plenary-server.default"), format!("etc/default/{SERVER_PACKAGE}"), 0o644),
        (&packaging.join("README.Debian"), format!("{doc}/README.Debian"), 0o644),
        (&packaging.join("postinst"), "DEBIAN/postinst".into(), 0o755),
        (&packaging.join("prerm"), "DEBIAN/prerm".into(), 0o755),
        (&packaging.join("postrm"), "DEBIAN/postrm".into(), 0o755),
    ];
    for (from, to, mode) in files {
        install(from, &stage.join(to), *mode)?;
    }
    install(&shell::root().join("packaging").join("copyright"), &stage.join(&doc).join("copyright"), 0o644)?;
    let changelog = packaging.join("changelog");
    check_changelog(&changelog, SERVER_PACKAGE, version)?;
    let changelog = fs::read(&changelog).with_context(|| format!("could not read {}", changelog.display()))?;
    write_bytes(&stage.join(&doc).join("changelog.gz"), &gzip(&changelog)?, 0o644)?;
    // The manual pages, one per command, generated from the server's own command line.
    let pages = scratch.join("man");
    if pages.exists() {
        fs::remove_dir_all(&pages).with_context(|| format!("could not clear {}", pages.display()))?;
    }
    fs::create_dir_all(&pages)?;
    shell::run(Command::new(&binary).arg("manpages").arg(&pages))?;
    for entry in fs::read_dir(&pages)? {
        let path = entry?.path();
        let name = path.file_name().context("a manual page has a name")?.to_string_lossy().into_owned();
        let page = fs::read(&path)?;
        write_bytes(&stage.join("usr/share/man/man1").join(format!("{name}.gz")), &gzip(&page)?, 0o644)?;
    }
    write(&stage.join("DEBIAN/conffiles"), &format!("/etc/default/{SERVER_PACKAGE}\n"), 0o644)?;
    write(&stage.join("DEBIAN/md5sums"), &md5sums(&stage)?, 0o644)?;
    let control = format!(
        "Package: {SERVER_PACKAGE}\n\
         Version: {version}\n\
         Architecture: {arch}\n\
         Maintainer: The Plenary contributors <plenary@example.invalid>\n\
         Installed-Size: {size}\n\
         Depends: {depends}, adduser\n\
         Section: net\n\
         Priority: optional\n\
         Description: forum server for Plenary, drafting shared statements offline-first\n \
         Plenary is a desktop app for drafting a shared statement of priorities at\n \
         international AI-safety forums, offline-first. This is its forum server:\n \
         participants' devices join a forum with an invite code and sync signed\n \
         records with it over HTTP whenever they have a connection.\n \
         .\n \
         The package runs it as a systemd service under its own system user, with\n \
         its data in /var/lib/plenary-server and its settings in\n \
         /etc/default/plenary-server.\n",
        size = installed_size_kib(&stage)?,
        depends = shared_library_depends(&stage.join("usr/bin").join(SERVER_PACKAGE), &scratch.join("shlibdeps"))?,
    );
    write(&stage.join("DEBIAN/control"), &control, 0o644)?;

    let deb = out.join(format!("{SERVER_PACKAGE}_{version}_{arch}.deb"));
    let mut build = Command::new("dpkg-deb");
    // --root-owner-group: every file belongs to root in the package, whoever builds it.
    build.args(["--build", "--root-owner-group"]);
    if profile == Profile::Debug {
        // xz takes over a minute and a half on the 40 MiB debug binary; gzip -1 two seconds.
        build.args(["-Zgzip", "-z1"]);
    }
    shell::run(build.arg(&stage).arg(&deb))?;
    Ok(deb)
}

/// `bytes` compressed with `gzip -9n` (no name or time stamp, so the package is reproducible).
fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new("gzip")
        .args(["-9n", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .context("could not run gzip")?;
    let mut stdin = child.stdin.take().context("gzip's input")?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().context("gzip failed")?;
    writer.join().map_err(|_| anyhow::anyhow!("writing to gzip panicked"))?.context("could not write to gzip")?;
    ensure!(output.status.success(), "gzip failed ({})", output.status);
    Ok(output.stdout)
}

/// A Debian changelog must open with an entry for this package and version.
fn check_changelog(path: &Path, package: &str, version: &str) -> Result<()> {
    let text = fs::read_to_string(path).with_context(|| format!("could not read {}", path.display()))?;
    let first = text.lines().next().unwrap_or_default();
    ensure!(
        first.starts_with(&format!("{package} ({version})")),
        "{} opens with `{first}`: add an entry for {package} ({version}) at its top",
        path.display()
    );
    Ok(())
}

fn install(from: &Path, to: &Path, mode: u32) -> Result<()> {
    let bytes = fs::read(from).with_context(|| format!("could not read {}", from.display()))?;
    write_bytes(to, &bytes, mode)
}

fn write(to: &Path, text: &str, mode: u32) -> Result<()> {
    write_bytes(to, text.as_bytes(), mode)
}

fn write_bytes(to: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    let parent = to.parent().context("a staged file has a parent directory")?;
    fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
    fs::write(to, bytes).with_context(|| format!("could not write {}", to.display()))?;
    fs::set_permissions(to, fs::Permissions::from_mode(mode))
        .with_context(|| format!("could not set the mode of {}", to.display()))
}

/// Every staged file outside `DEBIAN/` and `etc/` (conffiles are left out, as dh_md5sums
/// does), with its MD5 sum, as `md5sums` lists them.
fn md5sums(stage: &Path) -> Result<String> {
    let mut files = Vec::new();
    walk(stage, &mut files)?;
    let mut relative: Vec<String> = files
        .iter()
        .filter_map(|path| path.strip_prefix(stage).ok())
        .map(|path| path.to_string_lossy().into_owned())
        .filter(|path| !path.starts_with("DEBIAN/") && !path.starts_with("etc/"))
        .collect();
    relative.sort();
    let mut command = Command::new("md5sum");
    command.args(&relative).current_dir(stage);
    let output = command.output().context("could not run md5sum")?;
    if !output.status.success() {
        bail!("md5sum failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    String::from_utf8(output.stdout).context("md5sum printed something that is not UTF-8")
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in fs::read_dir(dir).with_context(|| format!("could not list {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

/// The size of the installed files in KiB, as `Installed-Size` wants it.
fn installed_size_kib(stage: &Path) -> Result<u64> {
    let mut files = Vec::new();
    walk(stage, &mut files)?;
    let bytes: u64 = files
        .iter()
        .filter(|path| !path.strip_prefix(stage).is_ok_and(|p| p.starts_with("DEBIAN")))
        .map(|path| fs::metadata(path).map(|meta| meta.len()).unwrap_or(0))
        .sum();
    Ok(bytes.div_ceil(1024))
}

/// The packages providing the shared libraries `binary` links to, with minimum versions, as
/// `dpkg-shlibdeps` works them out (it wants a `debian/control` beside it, so it runs in a
/// scratch directory with a minimal one).
fn shared_library_depends(binary: &Path, scratch: &Path) -> Result<String> {
    fs::create_dir_all(scratch.join("debian")).with_context(|| format!("could not create {}", scratch.display()))?;
    fs::write(
        scratch.join("debian").join("control"),
        format!("Source: plenary\n\nPackage: {SERVER_PACKAGE}\nArchitecture: any\n"),
    )?;
    let mut command = Command::new("dpkg-shlibdeps");
    command.arg("-O").arg(binary).current_dir(scratch);
    let output = command.output().context("could not run dpkg-shlibdeps (package dpkg-dev)")?;
    if !output.status.success() {
        bail!("dpkg-shlibdeps failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let depends = stdout
        .lines()
        .find_map(|line| line.strip_prefix("shlibs:Depends="))
        .context("dpkg-shlibdeps printed no shlibs:Depends line")?;
    Ok(depends.trim().to_owned())
}
