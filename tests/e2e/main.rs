//! The window end-to-end test: the real desktop binary, in a real WebKit window on a
//! private X server, driven over WebDriver (tauri-driver in front of WebKitWebDriver).
//!
//! Each test starts its own Xvfb, driver and app, so tests share nothing but the machine;
//! run them one at a time (`--test-threads=1`), which two cores running WebKit prefer.
//! Screenshots and logs land in `target/e2e/<test>/`.

mod accessibility;
mod backup;
mod consolidation;
mod drafting;
mod first_run;
mod harness;
mod languages;
mod reports;
mod statement;
