//! The window end-to-end harness: a private X server, tauri-driver in front of Debian's
//! WebKitWebDriver, and the app in a temporary profile, all stopped on drop.
//!
//! Missing tools and a window that never comes up are failures, never skips: a skipped
//! end-to-end test looks exactly like a passing one in CI. `cargo xtask setup --for test`
//! installs everything this needs.

use std::fs::{self, File};
use std::io::{BufRead, BufReader};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

/// How long the app may take to open its window and accept a WebDriver session: a debug
/// build on two busy cores can take a while to start WebKit.
const SESSION_TIMEOUT: Duration = Duration::from_secs(120);
/// How long to wait for the DOM to reach an expected state.
pub const DOM_TIMEOUT: Duration = Duration::from_secs(30);
const POLL: Duration = Duration::from_millis(100);

/// Everything one app instance writes: its data dir and its own XDG dirs, so a test never
/// touches the user's profile. Outlives windows, so two launches can share one data dir.
pub struct Profile {
    dir: tempfile::TempDir,
}

impl Profile {
    /// Creates empty data and XDG directories in a fresh temporary directory.
    pub fn new() -> Result<Self> {
        let dir = tempfile::Builder::new()
            .prefix("plenary-e2e-")
            .tempdir()
            .context("could not create a temporary directory for the app's profile")?;
        for sub in ["data", "xdg-data", "xdg-config", "xdg-cache", "xdg-runtime"] {
            fs::create_dir(dir.path().join(sub))?;
        }
        // XDG_RUNTIME_DIR must be private, or GLib warns and some services refuse it.
        fs::set_permissions(dir.path().join("xdg-runtime"), fs::Permissions::from_mode(0o700))?;
        Ok(Self { dir })
    }

    /// The app's data directory (`PLENARY_DATA_DIR`).
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Points the app's downloads folder (`dirs::download_dir`, read from the XDG user-dirs
    /// file) into this profile, so that what the app saves (exports, backups) never lands in
    /// the real home; returns it.
    pub fn downloads_folder(&self) -> Result<PathBuf> {
        let downloads = self.dir.path().join("downloads");
        fs::create_dir_all(&downloads)?;
        fs::write(
            self.dir.path().join("xdg-config").join("user-dirs.dirs"),
            format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()),
        )?;
        Ok(downloads)
    }

    fn env(&self) -> [(&'static str, PathBuf); 5] {
        let path = |sub: &str| self.dir.path().join(sub);
        [
            ("PLENARY_DATA_DIR", self.data_dir()),
            ("XDG_DATA_HOME", path("xdg-data")),
            ("XDG_CONFIG_HOME", path("xdg-config")),
            ("XDG_CACHE_HOME", path("xdg-cache")),
            ("XDG_RUNTIME_DIR", path("xdg-runtime")),
        ]
    }
}

/// A process started in its own process group, stopped with its whole group on drop.
struct Group {
    child: Child,
    name: &'static str,
}

impl Group {
    fn spawn(name: &'static str, command: &mut Command) -> Result<Self> {
        let child = command.process_group(0).spawn().with_context(|| format!("could not start {name}"))?;
        Ok(Self { child, name })
    }

    /// Fails when the process has already exited, naming the log to read.
    fn check_alive(&mut self, log: &Path) -> Result<()> {
        if let Ok(Some(status)) = self.child.try_wait() {
            bail!("{} exited early ({status}); its log:\n{}", self.name, tail(log));
        }
        Ok(())
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        // SIGTERM to the group first, so the driver can close the browser and Xvfb can
        // remove its lock; SIGKILL only for what is left. SIGKILL first orphans
        // WebKitWebDriver, which then holds the test's output open and hangs the run.
        let group = format!("-{}", self.child.id());
        let signal = |name: &str| {
            Command::new("kill")
                .args([name, "--", &group])
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|status| status.success())
        };
        signal("-TERM");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            // Reap the leader first: a zombie still counts as a member of its group.
            let leader_gone = !matches!(self.child.try_wait(), Ok(None));
            if leader_gone && !signal("-0") {
                return;
            }
            if Instant::now() >= deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("e2e: {} did not stop on SIGTERM, killing", self.name);
        signal("-KILL");
        let _ = self.child.wait();
    }
}

/// Xvfb with a 1280x800x24 screen on a display it picked itself.
struct Xvfb {
    _process: Group,
    display: String,
}

impl Xvfb {
    fn start(log: &Path) -> Result<Self> {
        let program = find_program("Xvfb", "xvfb")?;
        let log_file = File::create(log)?;
        // `-displayfd 1` makes Xvfb choose a free display and write its number to stdout.
        let mut process = Group::spawn(
            "Xvfb",
            Command::new(program)
                .args(["-displayfd", "1", "-screen", "0", "1280x800x24"])
                .args(["-nolisten", "tcp"])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(log_file),
        )?;
        let stdout = process.child.stdout.take().context("Xvfb's stdout was not piped")?;
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = sender.send(line);
        });
        match receiver.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if !line.trim().is_empty() => Ok(Self { display: format!(":{}", line.trim()), _process: process }),
            _ => bail!("Xvfb did not report a display within 30 s; its log:\n{}", tail(log)),
        }
    }
}

/// An app window driven over WebDriver. Dropping it stops the app, the drivers and Xvfb;
/// call [`Window::close`] at the end of a test to end the session cleanly first.
pub struct Window {
    client: Option<Client>,
    shots: PathBuf,
    driver_log: PathBuf,
    // Dropped in this order: the driver (and the app it started) before the X server.
    _driver: Group,
    xvfb: Xvfb,
}

impl Window {
    /// Starts Xvfb and tauri-driver and opens `application` in a WebDriver session, with
    /// the app's data and XDG dirs in `profile`. `name` names the directory under
    /// `target/e2e/` that holds this window's screenshots and logs. On a profile's first
    /// start, goes through the first-run screens as a delegate would (the language as
    /// offered, then the sample forum), so that the test begins on the statement.
    pub async fn launch(name: &str, application: &Path, profile: &Profile) -> Result<Self> {
        let window = Self::open(name, application, profile, &[]).await?;
        window.pass_first_run().await?;
        Ok(window)
    }

    /// Like [`Window::launch`], but leaves the first-run screens as they come, and gives the
    /// app `environment` on top of the profile's (such as `GTK_THEME`).
    pub async fn open(name: &str, application: &Path, profile: &Profile, environment: &[(&str, &str)]) -> Result<Self> {
        let tauri_driver = find_tauri_driver()?;
        find_program("WebKitWebDriver", "webkit2gtk-driver")?;
        if !application.is_file() {
            bail!("the app binary {} does not exist", application.display());
        }
        let out = output_dir().join(name);
        fs::create_dir_all(&out).with_context(|| format!("could not create {}", out.display()))?;

        let xvfb = Xvfb::start(&out.join("xvfb.log"))?;
        let [port, native_port] = free_ports()?;
        let driver_log = out.join("driver.log");
        let log_file = File::create(&driver_log)?;
        // The app inherits this environment through tauri-driver and WebKitWebDriver.
        // Output goes to a file, never to the test's own stdout, so that no straggler can
        // hold the test harness's pipes open.
        let mut command = Command::new(tauri_driver);
        command
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env("DISPLAY", &xvfb.display)
            .env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null())
            .stdout(log_file.try_clone()?)
            .stderr(log_file);
        for (key, value) in profile.env() {
            command.env(key, value);
        }
        for (key, value) in environment {
            command.env(key, value);
        }
        let mut driver = Group::spawn("tauri-driver", &mut command)?;
        wait_for_port(port, &mut driver, &driver_log).await?;

        let capabilities = json!({
            "browserName": "wry",
            "tauri:options": { "application": application },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!("json! of an object literal is an object");
        };
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(capabilities);
        let url = format!("http://127.0.0.1:{port}");
        let connect = builder.connect(&url);
        let client = match tokio::time::timeout(SESSION_TIMEOUT, connect).await {
            Ok(Ok(client)) => client,
            Ok(Err(error)) => bail!(
                "could not open a WebDriver session with {}: {error}\ndriver log:\n{}",
                application.display(),
                tail(&driver_log)
            ),
            Err(_) => bail!(
                "the window did not come up within {} s\ndriver log:\n{}",
                SESSION_TIMEOUT.as_secs(),
                tail(&driver_log)
            ),
        };
        Ok(Self { client: Some(client), shots: out, driver_log, _driver: driver, xvfb })
    }

    /// Whether the window shows the first-run screens, once it shows either them or the
    /// window's header (it decides once it has read whether they were gone through).
    pub async fn at_first_run(&self) -> Result<bool> {
        self.wait_until(
            "the window shows the first-run screens or its header",
            "!!document.querySelector('[data-testid=first-run], header.site-header')",
        )
        .await?;
        Ok(self.eval("!!document.querySelector('[data-testid=first-run]')").await? == Value::Bool(true))
    }

    /// On the first-run screens: keeps the language offered, reads on, and opens the sample
    /// forum; on any other screen, does nothing.
    pub async fn pass_first_run(&self) -> Result<()> {
        if !self.at_first_run().await? {
            return Ok(());
        }
        for step in ["language", "privacy"] {
            self.wait_for(&format!("[data-testid=first-run][data-step={step}]")).await?;
            self.click("[data-testid=first-run-continue]").await?;
        }
        self.click("[data-testid=first-run-explore]").await?;
        self.wait_for("header.site-header").await?;
        Ok(())
    }

    /// Scrolls the first element matching `css` to `place` in the view and returns once the
    /// page has painted twice since, so that a screenshot shows the new position.
    pub async fn scroll_to(&self, css: &str, place: Place) -> Result<()> {
        let script = "const [css, place, done] = arguments;
            const element = document.querySelector(css);
            if (!element) { done(false); return; }
            if (place === 'start' || place === 'center') {
                element.scrollIntoView({ block: place });
            } else {
                const box = element.getBoundingClientRect();
                window.scrollBy(0, place === 'bottom' ? box.bottom - (window.innerHeight - 72) : box.top - 24);
            }
            requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
        let place = match place {
            Place::Top => "start",
            Place::Middle => "center",
            Place::NearTop => "top",
            Place::NearBottom => "bottom",
        };
        let args = vec![Value::String(css.to_owned()), Value::String(place.to_owned())];
        let scrolled = self.client().execute_async(script, args).await?;
        if scrolled != Value::Bool(true) {
            bail!("could not scroll to `{css}`: no such element{}", self.diagnostics().await);
        }
        Ok(())
    }

    /// Scrolls the first element matching `css` to the middle of the view (after the next
    /// paint), then clicks it as a user would.
    pub async fn click_in_view(&self, css: &str) -> Result<()> {
        self.wait_for(css).await?;
        self.scroll_to(css, Place::Middle).await?;
        self.click(css).await
    }

    /// The WebDriver client, for anything the helpers below do not cover.
    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("the client is only taken by close(), which consumes the window")
    }

    /// Waits until at least one element matches `css` and returns the first.
    pub async fn wait_for(&self, css: &str) -> Result<Element> {
        let mut all = self.wait_for_all(css).await?;
        Ok(all.remove(0))
    }

    /// Waits until at least one element matches `css` and returns all that match.
    pub async fn wait_for_all(&self, css: &str) -> Result<Vec<Element>> {
        let deadline = Instant::now() + DOM_TIMEOUT;
        loop {
            let found = self.client().find_all(Locator::Css(css)).await?;
            if !found.is_empty() {
                return Ok(found);
            }
            if Instant::now() >= deadline {
                bail!("no element matched `{css}` within {} s{}", DOM_TIMEOUT.as_secs(), self.diagnostics().await);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until the first element matching `css` has text containing `text`.
    pub async fn wait_for_text_containing(&self, css: &str, text: &str) -> Result<Element> {
        let deadline = Instant::now() + DOM_TIMEOUT;
        let mut last = None;
        loop {
            let found = self.client().find_all(Locator::Css(css)).await?;
            if let Some(element) = found.into_iter().next() {
                let current = element.text().await?;
                if current.contains(text) {
                    return Ok(element);
                }
                last = Some(current);
            }
            if Instant::now() >= deadline {
                bail!(
                    "`{css}` did not contain {text:?} within {} s (last read: {last:?}){}",
                    DOM_TIMEOUT.as_secs(),
                    self.diagnostics().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until some element matching `css` (not only the first) has text containing
    /// `text`, and returns it.
    pub async fn wait_for_one_containing(&self, css: &str, text: &str) -> Result<Element> {
        let deadline = Instant::now() + DOM_TIMEOUT;
        let mut last = Vec::new();
        loop {
            last.clear();
            for element in self.client().find_all(Locator::Css(css)).await? {
                // An element replaced while we read it is simply not the one.
                let Ok(current) = element.text().await else { continue };
                if current.contains(text) {
                    return Ok(element);
                }
                last.push(current);
            }
            if Instant::now() >= deadline {
                bail!(
                    "no `{css}` contained {text:?} within {} s (last read: {last:?}){}",
                    DOM_TIMEOUT.as_secs(),
                    self.diagnostics().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits for the first element matching `css` and clicks it, as a user would.
    pub async fn click(&self, css: &str) -> Result<()> {
        let element = self.wait_for(css).await?;
        if let Err(error) = element.click().await {
            bail!("could not click `{css}`: {error}{}", self.diagnostics().await);
        }
        Ok(())
    }

    /// Waits for the first element matching `css` and types `text` into it with real key
    /// events (WebDriver's Element Send Keys), so that the page's input handlers run.
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let element = self.wait_for(css).await?;
        if let Err(error) = element.send_keys(text).await {
            bail!("could not type into `{css}`: {error}{}", self.diagnostics().await);
        }
        Ok(())
    }

    /// Waits until the JavaScript expression `condition` is true.
    pub async fn wait_until(&self, what: &str, condition: &str) -> Result<()> {
        let deadline = Instant::now() + DOM_TIMEOUT;
        loop {
            if self.eval(condition).await? == Value::Bool(true) {
                return Ok(());
            }
            if Instant::now() >= deadline {
                bail!(
                    "{what}: `{condition}` was not true within {} s{}",
                    DOM_TIMEOUT.as_secs(),
                    self.diagnostics().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Evaluates a JavaScript expression in the page and returns its value.
    pub async fn eval(&self, expression: &str) -> Result<Value> {
        Ok(self.client().execute(&format!("return ({expression});"), Vec::new()).await?)
    }

    /// Presses and releases one key, as a user would, on whatever has focus.
    pub async fn press(&self, key: Key) -> Result<()> {
        let value: char = key.into();
        let keys = KeyActions::new("keyboard".to_owned()).then(KeyAction::Down { value }).then(KeyAction::Up { value });
        self.client().perform_actions(keys).await?;
        Ok(())
    }

    /// Saves two PNGs under this window's directory in `target/e2e/`: `<name>.png` of the
    /// web view as WebDriver renders it, and `<name>-screen.png` of the whole X screen
    /// (window decorations, native widgets and all). Wait for the DOM state you mean to
    /// capture first: a screenshot right after an input can show the previous paint.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        // Two animation frames: the first runs before the paint of the DOM as it is now, the
        // second after it, so the picture is of this state and not the one before.
        self.client()
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                Vec::new(),
            )
            .await?;
        let page = self.shots.join(format!("{name}.png"));
        let png = self.client().screenshot().await?;
        fs::write(&page, png).with_context(|| format!("could not write {}", page.display()))?;

        let screen = self.shots.join(format!("{name}-screen.png"));
        let import = find_program("import", "imagemagick")?;
        let output = Command::new(import)
            .args(["-display", &self.xvfb.display, "-window", "root"])
            .arg(&screen)
            .stdin(Stdio::null())
            .output()
            .context("could not run ImageMagick's import")?;
        if !output.status.success() {
            bail!("import -window root failed ({}): {}", output.status, String::from_utf8_lossy(&output.stderr));
        }
        Ok(page)
    }

    /// Ends the WebDriver session, which closes the app, then stops the drivers and Xvfb.
    pub async fn close(mut self) -> Result<()> {
        if let Some(client) = self.client.take() {
            client
                .close()
                .await
                .with_context(|| format!("could not end the session; driver log: {}", self.driver_log.display()))?;
        }
        Ok(())
    }

    /// Extra context for a failure: the page's URL and text, and where the logs are.
    pub async fn diagnostics(&self) -> String {
        let body = self
            .eval("document.body ? document.body.innerText.slice(0, 2000) : '(no body)'")
            .await
            .map(|value| value.as_str().unwrap_or_default().to_owned())
            .unwrap_or_else(|error| format!("(could not read the page: {error})"));
        let url = self.client().current_url().await.map(|url| url.to_string()).unwrap_or_default();
        format!("\npage {url} reads:\n{body}\ndriver log: {}", self.driver_log.display())
    }
}

/// Where screenshots and logs go: `target/e2e/`, honouring `CARGO_TARGET_DIR`.
pub fn output_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let target = if target.is_relative() { Path::new(env!("CARGO_MANIFEST_DIR")).join(target) } else { target };
    target.join("e2e")
}

fn find_program(program: &str, package: &str) -> Result<PathBuf> {
    search_path(program).ok_or_else(|| {
        anyhow!(
            "`{program}` is not on PATH: the window end-to-end test needs the Debian package \
             {package}; run `cargo xtask setup --for test`"
        )
    })
}

fn find_tauri_driver() -> Result<PathBuf> {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .map(|home| home.join("bin").join("tauri-driver"));
    search_path("tauri-driver").or(cargo_bin.filter(|path| path.is_file())).ok_or_else(|| {
        anyhow!(
            "tauri-driver is neither on PATH nor in ~/.cargo/bin: run \
                 `cargo xtask setup --for test` (or `cargo install tauri-driver --locked`)"
        )
    })
}

fn search_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(program)).find(|candidate| {
        candidate.metadata().is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
    })
}

/// Ports nobody listens on right now, all different. Another process could take one
/// before the driver binds it; the harness then fails clearly rather than hanging.
fn free_ports<const N: usize>() -> Result<[u16; N]> {
    // Hold every listener until all ports are known, so the OS cannot hand one out twice.
    let listeners = (0..N)
        .map(|_| TcpListener::bind((Ipv4Addr::LOCALHOST, 0)))
        .collect::<std::io::Result<Vec<_>>>()
        .context("could not bind a local port")?;
    let mut ports = [0; N];
    for (port, listener) in ports.iter_mut().zip(&listeners) {
        *port = listener.local_addr()?.port();
    }
    Ok(ports)
}

async fn wait_for_port(port: u16, driver: &mut Group, log: &Path) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok() {
            return Ok(());
        }
        driver.check_alive(log)?;
        if Instant::now() >= deadline {
            bail!("tauri-driver did not listen on port {port} within 30 s; its log:\n{}", tail(log));
        }
        tokio::time::sleep(POLL).await;
    }
}

/// The last lines of a log file, for error messages.
fn tail(log: &Path) -> String {
    match fs::read_to_string(log) {
        Ok(text) => {
            let lines: Vec<&str> = text.lines().collect();
            let start = lines.len().saturating_sub(40);
            format!("({})\n{}", log.display(), lines[start..].join("\n"))
        }
        Err(error) => format!("(could not read {}: {error})", log.display()),
    }
}

/// Where [`Window::scroll_to`] puts an element.
#[derive(Clone, Copy)]
pub enum Place {
    /// Its top at the top of the view.
    Top,
    /// In the middle of the view.
    Middle,
    /// Its top 24 px below the top of the view.
    NearTop,
    /// Its bottom 72 px above the bottom of the view, clear of the fixed status bar, so that
    /// what comes before it stays in view.
    NearBottom,
}
