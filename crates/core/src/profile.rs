//! A profile is one user's data directory: the device key and the local store, opened
//! together. On first open it creates both and loads the sample forum, so a new user sees a
//! real statement at once.

use crate::import::{Stamps, statement_records};
use crate::view::{PriorityView, StatementView};
use crate::{Error, Store, apply, identity, query, random_bytes};
use plenary_proto::{DeviceKey, ForumId, Hlc, PriorityId, Statement};
use rusqlite::{OptionalExtension, Transaction};
use std::fs::{DirBuilder, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The sample statement every new profile starts with: the statement of priorities from an
/// international workshop on open-source AI safety (December 2024).
pub const SAMPLE_STATEMENT: &str = include_str!("../../../assets/sample/statement.md");

/// The sample forum's starter glossary of contested terms (TBX).
pub const SAMPLE_GLOSSARY: &str = include_str!("../../../assets/sample/glossary.tbx");

/// The sample forum's partial translations (XLIFF 2.0), marked as needing review.
pub const SAMPLE_TRANSLATIONS: &[&str] = &[
    include_str!("../../../assets/sample/translations/zh.xlf"),
    include_str!("../../../assets/sample/translations/ar.xlf"),
];

/// The store's file name inside the data directory.
pub const STORE_FILE: &str = "plenary.sqlite3";

/// Where a forum on this device came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The sample forum shipped with the app.
    Sample,
    /// A statement file imported by the user.
    File,
}

impl Origin {
    fn as_str(self) -> &'static str {
        match self {
            Origin::Sample => "sample",
            Origin::File => "file",
        }
    }
}

/// What opening a profile did, for logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opened {
    /// Whether the sample forum was loaded (first run).
    pub loaded_sample: bool,
}

/// An open profile.
pub struct Profile {
    dir: PathBuf,
    pub(crate) key: DeviceKey,
    pub(crate) store: Store,
}

impl Profile {
    /// Opens the profile in `dir`, creating the directory (owner-only), the device key, the
    /// store and the sample forum as needed. `now_ms` is the wall clock in Unix milliseconds.
    pub fn open(dir: &Path, now_ms: u64) -> Result<(Profile, Opened), Error> {
        make_private_dir(dir)?;
        let key = identity::load_or_create(dir)?;
        let store_path = dir.join(STORE_FILE);
        // SQLite gives the WAL and shared-memory files the database file's permissions, so
        // creating it owner-only first keeps all three private.
        let io = |source| Error::Io { path: store_path.clone(), source };
        OpenOptions::new().write(true).create(true).truncate(false).mode(0o600).open(&store_path).map_err(io)?;
        let store = Store::open(&store_path)?;
        let mut profile = Profile { dir: dir.to_owned(), key, store };
        let empty = query::latest_forum(profile.store.conn())?.is_none();
        if empty {
            profile.import_statement(SAMPLE_STATEMENT, Origin::Sample, now_ms)?;
            profile.import_glossary(SAMPLE_GLOSSARY, now_ms)?;
            for file in SAMPLE_TRANSLATIONS {
                profile.import_translations(file, crate::exchange::Format::Xliff, now_ms)?;
            }
            // The sample forum is this device's alone: nothing of it is ever sent.
            profile.store.conn().execute("DELETE FROM outbox", [])?;
        }
        Ok((profile, Opened { loaded_sample: empty }))
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// This device's key.
    pub fn key(&self) -> &DeviceKey {
        &self.key
    }

    /// The local store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Reads a statement and creates a forum from it, all in one transaction: a malformed
    /// statement or any failure leaves the store exactly as it was.
    pub fn import_statement(&mut self, text: &str, origin: Origin, now_ms: u64) -> Result<ForumId, Error> {
        let statement = Statement::parse(text)?;
        let key = &self.key;
        self.store.transaction(|tx| {
            let mut stamps = ClockStamps { now_ms, last: load_hlc(tx)?, error: None };
            let forum = ForumId::new_v7(now_ms, random_bytes()?);
            let records = statement_records(&statement, key, forum, &mut stamps);
            if let Some(e) = stamps.error {
                return Err(e);
            }
            let last = stamps.last;
            let outcomes = apply::apply_records(tx, &records)?;
            if let Some((record, outcome)) = records.iter().zip(&outcomes).find(|(_, o)| **o != apply::Outcome::Applied)
            {
                return Err(Error::Record(format!("{} {}: {outcome:?}", record.id, kind(record))));
            }
            save_hlc(tx, last)?;
            tx.execute(
                "INSERT INTO local_forums (forum_id, origin, added_ms) VALUES (?1, ?2, ?3)",
                rusqlite::params![&forum.as_bytes()[..], origin.as_str(), now_ms as i64],
            )?;
            Ok(forum)
        })
    }

    /// Applies records received from elsewhere (a forum server, a file), in one transaction.
    pub fn apply(&mut self, records: &[plenary_proto::Record]) -> Result<Vec<apply::Outcome>, Error> {
        self.store.transaction(|tx| apply::apply_records(tx, records))
    }

    /// The forum a reader sees by default: the one they chose last, else the one most recently
    /// added to this device.
    pub fn default_forum(&self) -> Result<Option<ForumId>, Error> {
        let chosen: Option<Vec<u8>> = self
            .store
            .conn()
            .query_row(
                "SELECT f.id FROM local_settings s JOIN forums f ON f.id = unhex(s.value) WHERE s.key = ?1",
                [CURRENT_FORUM_KEY],
                |r| r.get(0),
            )
            .optional()?;
        match chosen.and_then(|b| <[u8; 16]>::try_from(b).ok()) {
            Some(id) => Ok(Some(ForumId::from_bytes(id))),
            None => query::latest_forum(self.store.conn()),
        }
    }

    /// An interface setting this device remembers, if set. Only known keys are kept.
    pub fn ui_setting(&self, key: &str) -> Result<Option<String>, Error> {
        let key = ui_key(key)?;
        Ok(self
            .store
            .conn()
            .query_row("SELECT value FROM local_settings WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// Remembers an interface setting.
    pub fn set_ui_setting(&mut self, key: &str, value: &str) -> Result<(), Error> {
        let key = ui_key(key)?;
        if value.len() > 100 {
            return Err(Error::Invalid {
                field: "value".into(),
                message: "a setting is at most 100 characters".into(),
            });
        }
        self.store.conn().execute(
            "INSERT INTO local_settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            rusqlite::params![key, value],
        )?;
        Ok(())
    }

    /// Makes `forum` the one the app shows.
    pub fn set_current_forum(&mut self, forum: ForumId) -> Result<(), Error> {
        let exists = self
            .store
            .conn()
            .query_row("SELECT 1 FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |_| Ok(()))
            .optional()?
            .is_some();
        if !exists {
            return Err(Error::NotFound(format!("the forum {forum}")));
        }
        self.store.transaction(|tx| remember_current_forum(tx, &forum))
    }

    /// Every forum on this device, and the joined ones still waiting for their first sync.
    pub fn forums(&self) -> Result<Vec<crate::view::ForumListItem>, Error> {
        let current = self.default_forum()?;
        let mut stmt = self.store.conn().prepare(
            "SELECT f.id, f.title, coalesce(l.origin, 'server'), s.url, f.language FROM forums f
             LEFT JOIN local_forums l ON l.forum_id = f.id LEFT JOIN servers s ON s.forum_id = f.id
             UNION ALL
             SELECT s.forum_id, NULL, 'server', s.url, NULL FROM servers s
             WHERE NOT EXISTS (SELECT 1 FROM forums f WHERE f.id = s.forum_id)",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, title, origin, server, language) = row?;
            let Ok(id) = <[u8; 16]>::try_from(id) else { continue };
            let id = ForumId::from_bytes(id);
            out.push(crate::view::ForumListItem {
                id: id.to_string(),
                title,
                origin,
                language,
                server,
                current: Some(id) == current,
            });
        }
        Ok(out)
    }

    /// The statement of `forum`, or of the default forum, in its original language.
    pub fn statement(&self, forum: Option<ForumId>) -> Result<StatementView, Error> {
        self.statement_in(forum, None)
    }

    /// The statement of `forum` (or the default forum) read in `language`: translations where
    /// they exist, the original elsewhere, each part with its translation state.
    pub fn statement_in(&self, forum: Option<ForumId>, language: Option<&str>) -> Result<StatementView, Error> {
        let forum = match forum {
            Some(f) => f,
            None => self.default_forum()?.ok_or_else(|| Error::NotFound("a forum".into()))?,
        };
        query::statement(self.store.conn(), &forum, &self.key.public(), language)
    }

    /// Searches the statement and every contribution of `forum` (or the default forum).
    pub fn search(&self, forum: Option<ForumId>, query: &str) -> Result<crate::view::SearchResults, Error> {
        let forum = match forum {
            Some(f) => f,
            None => self.default_forum()?.ok_or_else(|| Error::NotFound("a forum".into()))?,
        };
        query::search(self.store.conn(), &forum, query, &self.key.public())
    }

    /// One priority's page, as this device's user sees it, in its original language.
    pub fn priority(&self, id: PriorityId) -> Result<PriorityView, Error> {
        self.priority_in(id, None)
    }

    /// One priority's page read in `language` (see [`Profile::statement_in`]).
    pub fn priority_in(&self, id: PriorityId, language: Option<&str>) -> Result<PriorityView, Error> {
        query::priority(self.store.conn(), &id, &self.key.public(), language)
    }
}

fn kind(record: &plenary_proto::Record) -> String {
    plenary_proto::Body::from_payload(&record.payload).map(|b| b.kind().to_owned()).unwrap_or_default()
}

pub(crate) fn make_private_dir(dir: &Path) -> Result<(), Error> {
    let io = |source| Error::Io { path: dir.to_owned(), source };
    DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(io)?;
    let mode = std::fs::metadata(dir).map_err(io)?.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(io)?;
    }
    Ok(())
}

/// Timestamps continuing the device's stored clock, and ids from the system's random source.
struct ClockStamps {
    now_ms: u64,
    last: Hlc,
    error: Option<Error>,
}

impl Stamps for ClockStamps {
    fn hlc(&mut self) -> Hlc {
        self.last = Hlc::tick(self.last, self.now_ms);
        self.last
    }

    fn random(&mut self) -> [u8; 10] {
        random_bytes().unwrap_or_else(|e| {
            self.error.get_or_insert(e);
            [0; 10]
        })
    }
}

const HLC_KEY: &str = "hlc";

/// The interface settings the window may read and write, under their stored names.
fn ui_key(key: &str) -> Result<&'static str, Error> {
    match key {
        "ui-locale" => Ok("ui:locale"),
        "reading-language" => Ok("ui:reading-language"),
        "first-run" => Ok("ui:first-run"),
        _ => Err(Error::Invalid { field: "key".into(), message: format!("'{key}' is not an interface setting") }),
    }
}
const CURRENT_FORUM_KEY: &str = "current-forum";

/// The next timestamp of this device's clock, stored in the same transaction as the records
/// that use it so the clock never runs backwards across restarts.
pub(crate) fn next_hlc(tx: &Transaction<'_>, now_ms: u64) -> Result<Hlc, Error> {
    let hlc = Hlc::tick(load_hlc(tx)?, now_ms);
    save_hlc(tx, hlc)?;
    Ok(hlc)
}

/// Makes `forum` the one the app shows.
pub(crate) fn remember_current_forum(tx: &Transaction<'_>, forum: &ForumId) -> Result<(), Error> {
    tx.execute(
        "INSERT INTO local_settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        rusqlite::params![CURRENT_FORUM_KEY, plenary_proto::keys::hex(forum.as_bytes())],
    )?;
    Ok(())
}

/// Moves this device's clock past `seen`, a timestamp received from elsewhere.
pub(crate) fn observe_hlc(tx: &Transaction<'_>, seen: Hlc, now_ms: u64) -> Result<(), Error> {
    let hlc = Hlc::observe(load_hlc(tx)?, seen, now_ms);
    save_hlc(tx, hlc)
}

fn load_hlc(tx: &Transaction<'_>) -> Result<Hlc, Error> {
    let value: Option<String> =
        tx.query_row("SELECT value FROM local_settings WHERE key = ?1", [HLC_KEY], |r| r.get(0)).optional()?;
    Ok(Hlc(value.and_then(|v| v.parse().ok()).unwrap_or(0)))
}

fn save_hlc(tx: &Transaction<'_>, hlc: Hlc) -> Result<(), Error> {
    tx.execute(
        "INSERT INTO local_settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        rusqlite::params![HLC_KEY, hlc.0.to_string()],
    )?;
    Ok(())
}
