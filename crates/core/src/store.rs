//! The local SQLite store: opening it with the right settings and bringing its schema up to
//! date. Everything else talks to SQLite through a [`Store`].

use crate::Error;
use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};
use std::path::Path;

/// The schema migrations, in order. Append-only: a shipped migration is never edited (the
/// test `shipped_migrations_are_never_edited` holds their hashes).
pub(crate) const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init.sql", include_str!("../migrations/0001_init.sql")),
    ("0002_contributions.sql", include_str!("../migrations/0002_contributions.sql")),
    ("0003_search.sql", include_str!("../migrations/0003_search.sql")),
    ("0004_sync.sql", include_str!("../migrations/0004_sync.sql")),
    ("0005_translations.sql", include_str!("../migrations/0005_translations.sql")),
    ("0006_reports.sql", include_str!("../migrations/0006_reports.sql")),
    ("0007_consolidation.sql", include_str!("../migrations/0007_consolidation.sql")),
];

/// An open local store.
pub struct Store {
    pub(crate) conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and migrates it to the current schema.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let conn = Connection::open(path)?;
        Store::setup(conn)
    }

    /// A store in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store, Error> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Store, Error> {
        // WAL keeps readers and the writer from blocking each other and makes a commit one
        // append. `synchronous = FULL` syncs the log at every commit, so a power cut loses no
        // committed transaction (NORMAL could lose the last few): a draft saved a second ago
        // must survive the laptop dying. Writes are small and few, so the cost is low.
        // Foreign keys are off by default in SQLite.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let migrations = Migrations::new(MIGRATIONS.iter().map(|(_, sql)| M::up(sql)).collect());
        migrations.to_latest(&mut conn).map_err(|e| Error::Migration(e.to_string()))?;
        Ok(Store { conn })
    }

    /// Runs `f` in one transaction: all of its writes land, or none do.
    pub fn transaction<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let tx = self.conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// The underlying connection, for read queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn migrations_are_valid() {
        let migrations = Migrations::new(MIGRATIONS.iter().map(|(_, sql)| M::up(sql)).collect());
        assert!(migrations.validate().is_ok());
    }

    #[test]
    fn opens_with_foreign_keys_and_wal() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s.sqlite3")).unwrap();
        let fk: i64 = store.conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
        let mode: String = store.conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!((fk, mode.as_str()), (1, "wal"));
    }

    /// A migration that has shipped must never change: stores in the field already ran it.
    /// To change the schema, add a migration. To record a new one, append its hash here.
    #[test]
    fn shipped_migrations_are_never_edited() {
        const SHIPPED: &[(&str, &str)] = &[
            ("0001_init.sql", "70753aed03e7d9c4c471f0cc52a0fca79f5ea2f75976dbbea1dc48951ee99347"),
            ("0002_contributions.sql", "935ab6c3ec6a73e2783ff42ab951c1c53f29cfaf4e70241d2c6ecffd6d3000ab"),
            ("0003_search.sql", "8c66026d3d569db4575f71ac234e26c4f67333d6fce50cb7bb072daba3885cb4"),
            ("0004_sync.sql", "95b665d6e56b5b3db9dc7c5a2761afcbbfd951403fdcc1d9082ed51254c19b98"),
            ("0005_translations.sql", "505ccfa5b6acf3764cf71bd081ee1ca3d4aa1e6fb1fc410b3e2d8ef479d28e01"),
            ("0006_reports.sql", "f0ee83e5a09dd968cda77fa3114b36c52c354d6bd86cf8e13e64534e2fb4bee8"),
            ("0007_consolidation.sql", "71484788abc6bc2816a6ce9c1a87fc679b1f410e1178df10ae426481c378b64b"),
        ];
        assert_eq!(MIGRATIONS.len(), SHIPPED.len(), "pin the hash of every migration here when it is added");
        for ((name, sql), (shipped_name, hash)) in MIGRATIONS.iter().zip(SHIPPED) {
            assert_eq!(name, shipped_name);
            let actual = plenary_proto::keys::hex(&Sha256::digest(sql.as_bytes()));
            assert_eq!(&actual, hash, "{name} was edited after it shipped; add a new migration instead");
        }
    }
}
