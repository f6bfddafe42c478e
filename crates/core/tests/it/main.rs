//! Integration tests of the core: one binary, one module per area.

// Tests panic on failure by design; helpers outside #[test] functions may unwrap too.
#![allow(clippy::unwrap_used)]

mod apply;
mod backup;
mod bindings;
mod consolidate;
mod contribute;
mod crash;
mod export;
mod import;
mod markdown_safety;
mod profile;
mod reports;
mod search;
mod translate;
