//! Whole-system tests: the real forum server on a loopback port, real clients (the same
//! `plenary-core` the desktop app runs), and a link that throttles, delays and cuts.

// Tests panic on failure by design; helpers outside #[test] functions may unwrap too.
#![allow(clippy::unwrap_used)]

mod bad_input;
mod chunks;
mod consolidate;
mod converge;
mod flaky;
mod harness;
mod render;
mod reports;
