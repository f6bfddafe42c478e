//! Plenary's core: everything the desktop app does that is not drawing a window.
//!
//! A [`Profile`] is one user's data directory: their device identity and their local store.
//! Records enter the store only through [`apply::apply_records`], which verifies them and
//! materializes tables that screens read through [`view`]. Markdown reaches a screen only
//! through [`markdown::render`], which sanitizes it. This crate knows nothing of Tauri.

pub mod anchor;
pub mod apply;
pub mod backup;
pub mod consolidate;
pub mod contribution;
pub mod diff;
pub mod exchange;
pub mod export;
pub mod fonts;
pub mod identity;
pub mod import;
pub mod interchange;
pub mod markdown;
pub mod profile;
pub(crate) mod query;
pub mod redact;
pub mod report_format;
pub mod reports;
pub mod search;
pub mod store;
pub mod sync;
pub mod translation;
pub mod view;
pub mod wire;

pub use profile::Profile;
pub use store::Store;

use std::path::PathBuf;

/// What can go wrong in the core. Messages say what happened and what to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database failed.
    #[error("the local store failed: {0}")]
    Store(#[from] rusqlite::Error),
    /// The store could not be brought to the current schema.
    #[error("the local store could not be upgraded: {0}")]
    Migration(String),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The device key file is unreadable or has unsafe permissions.
    #[error("the device key {path} cannot be used: {problem}")]
    KeyFile {
        /// The key file.
        path: PathBuf,
        /// What is wrong with it.
        problem: String,
    },
    /// A statement file is malformed.
    #[error(transparent)]
    Statement(#[from] plenary_proto::StatementError),
    /// A record this device made was refused by its own store (a bug, reported as such).
    #[error("a record was refused: {0}")]
    Record(String),
    /// Something the user entered cannot be accepted; `field` names it for the form.
    #[error("{field}: {message}")]
    Invalid {
        /// The field at fault, as the form names it.
        field: String,
        /// What is wrong and how to put it right.
        message: String,
    },
    /// A form has fields at fault: each named, with what is wrong.
    #[error("{}", .0.iter().map(|(f, m)| format!("{f}: {m}")).collect::<Vec<_>>().join("; "))]
    Fields(Vec<(String, String)>),
    /// An imported file has problems; each says where.
    #[error("the file cannot be imported: {}", .0.join("; "))]
    Import(Vec<String>),
    /// Something asked for is not in the store.
    #[error("{0} was not found")]
    NotFound(String),
    /// The network failed: no connection, or it broke off.
    #[error("could not reach the forum server: {0}")]
    Network(String),
    /// The forum server refused a request.
    #[error("the forum server refused the request ({status}): {message}")]
    Server {
        /// The HTTP status.
        status: u16,
        /// The server's reason.
        message: String,
    },
    /// A message from the other side is not well-formed.
    #[error("a sync message is malformed: {0}")]
    Protocol(String),
    /// The operating system's random source failed.
    #[error("no randomness available from the operating system: {0}")]
    Random(String),
    /// A backup cannot be made or restored; `problem` says why, for the window's message.
    #[error("{message}")]
    Backup {
        /// Why, as a stable code (see [`backup::Problem::code`]).
        problem: backup::Problem,
        /// What happened and what to do.
        message: String,
    },
}

impl Error {
    /// A stable, machine-readable code for the user interface to pick a localized message.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Store(_) | Error::Migration(_) => "store",
            Error::Io { .. } => "io",
            Error::KeyFile { .. } => "key-file",
            Error::Statement(_) => "statement",
            Error::Record(_) => "record",
            Error::Invalid { .. } => "invalid",
            Error::Import(_) => "import",
            Error::Fields(_) => "invalid",
            Error::NotFound(_) => "not-found",
            Error::Random(_) => "random",
            Error::Network(_) => "network",
            Error::Server { .. } => "server",
            Error::Protocol(_) => "protocol",
            Error::Backup { problem, .. } => problem.code(),
        }
    }
}

/// Fills `buf` from the operating system's random source.
pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N], Error> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|e| Error::Random(e.to_string()))?;
    Ok(buf)
}

/// The calendar date (UTC) of a time in milliseconds since the Unix epoch, as `YYYY-MM-DD`.
pub fn date_of(ms: u64) -> String {
    let date = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
        .date();
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}
