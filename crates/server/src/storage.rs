//! Where a forum server keeps its data. [`Storage`] is the small interface the HTTP layer
//! needs; [`SqliteStorage`] is the embedded default: the forum store (`forum.sqlite3`, the same
//! schema and the same `apply` as every device, so the server accepts exactly what devices
//! would) and the server's own tables (`server.sqlite3`: forum numbers, invites, private
//! profiles, request clocks). Another engine can implement the trait.

use plenary_core::apply::{Outcome, apply_records};
use plenary_core::import::{Stamps, statement_records};
use plenary_core::redact::pseudonym;
use plenary_core::{Store, identity};
use plenary_proto::record::ParticipantPut;
use plenary_proto::wire::{Ack, KeyId, PrivateProfile};
use plenary_proto::{Body, DeviceKey, ForumId, Hlc, PublicKey, Record, RecordId, Role, Statement};
use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use sha2::{Digest, Sha256};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::sync::Mutex;

/// What can go wrong in storage, and what the HTTP layer tells the client.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The request cannot be served as asked (a 4xx).
    #[error("{0}")]
    Refused(Refusal),
    /// The server's own storage failed (a 500).
    #[error("storage failed: {0}")]
    Failed(String),
}

/// A refusal with its HTTP status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// No such forum or invite.
    #[error("{0}")]
    NotFound(String),
    /// The sender may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// The request was already seen.
    #[error("{0}")]
    Replayed(String),
    /// The request is not acceptable as sent.
    #[error("{0}")]
    Invalid(String),
}

impl From<rusqlite::Error> for StorageError {
    fn from(e: rusqlite::Error) -> Self {
        StorageError::Failed(e.to_string())
    }
}

impl From<plenary_core::Error> for StorageError {
    fn from(e: plenary_core::Error) -> Self {
        match e {
            plenary_core::Error::Statement(s) => StorageError::Refused(Refusal::Invalid(s.to_string())),
            plenary_core::Error::Invalid { field, message } => {
                StorageError::Refused(Refusal::Invalid(format!("{field}: {message}")))
            }
            plenary_core::Error::NotFound(what) => {
                StorageError::Refused(Refusal::NotFound(format!("{what} was not found")))
            }
            other => StorageError::Failed(other.to_string()),
        }
    }
}

fn refused<T>(r: Refusal) -> Result<T, StorageError> {
    Err(StorageError::Refused(r))
}

/// A forum this server hosts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostedForum {
    /// Its id.
    pub id: ForumId,
    /// Its number in sync requests.
    pub number: u32,
    /// Its title.
    pub title: String,
}

/// A participant as organizers see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantInfo {
    /// Their device key.
    pub key: PublicKey,
    /// Their pseudonym in the forum.
    pub pseudonym: String,
    /// Their roles.
    pub roles: Vec<String>,
    /// What they told the server when joining (none for the server itself).
    pub profile: Option<PrivateProfile>,
    /// When they joined.
    pub joined_ms: Option<u64>,
}

/// What a join did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined {
    /// The forum.
    pub forum: HostedForum,
    /// The role the invite gave.
    pub role: Role,
}

/// Log entries after a cursor.
#[derive(Debug, Clone)]
pub struct Page {
    /// The records with their log positions and audiences, in log order.
    pub rows: Vec<plenary_core::sync::LogEntry>,
    /// Whether more follow the last.
    pub more: bool,
}

/// The storage a forum server needs.
pub trait Storage: Send + Sync + 'static {
    /// The server's own key, which signs what the server writes (forum creation, admissions).
    fn server_key(&self) -> PublicKey;
    /// Creates a forum from a statement; the server becomes its first organizer.
    fn create_forum(&self, statement: &Statement, now_ms: u64) -> Result<HostedForum, StorageError>;
    /// Every hosted forum.
    fn forums(&self) -> Result<Vec<HostedForum>, StorageError>;
    /// The forum with this number.
    fn forum_by_number(&self, number: u32) -> Result<Option<HostedForum>, StorageError>;
    /// Makes an invite for `uses` devices in `role`; returns the code (never stored).
    fn create_invite(&self, forum: ForumId, role: Role, uses: u32, now_ms: u64) -> Result<String, StorageError>;
    /// Admits `key` with an invite code; repeating a join with the same code is harmless.
    fn join(&self, code: &str, key: PublicKey, profile: &PrivateProfile, now_ms: u64) -> Result<Joined, StorageError>;
    /// The participants of `forum` whose keys start with `id`.
    fn participant_keys(&self, forum: ForumId, id: &KeyId) -> Result<Vec<PublicKey>, StorageError>;
    /// Records `hlc` as the latest request clock of `key`; refuses one not after the last.
    fn advance_clock(&self, key: &PublicKey, hlc: Hlc) -> Result<(), StorageError>;
    /// Verifies and applies records uploaded by `author`; one acknowledgement per record.
    fn upload(&self, forum: ForumId, author: &PublicKey, records: &[Record]) -> Result<Vec<Ack>, StorageError>;
    /// Up to `limit` records of `forum` after log position `cursor`.
    fn fetch(&self, forum: ForumId, cursor: u64, limit: usize) -> Result<Page, StorageError>;
    /// The participants of `forum`, with their private profiles.
    fn participants(&self, forum: ForumId) -> Result<Vec<ParticipantInfo>, StorageError>;
    /// Whether `key` is an organizer of `forum`.
    fn is_organizer(&self, forum: ForumId, key: &PublicKey) -> Result<bool, StorageError>;
    /// Of `chunks`, those this server does not hold.
    fn missing_chunks(&self, chunks: &[String]) -> Result<Vec<String>, StorageError>;
    /// Stores a chunk that some stored submission of `forum` names, uploaded by one of its
    /// authors; returns false if no such submission names it.
    fn put_chunk(&self, forum: ForumId, author: &PublicKey, hash: &str, data: &[u8]) -> Result<bool, StorageError>;
    /// The chunks among `wanted` that `reader` may receive and this server holds.
    fn get_chunks(
        &self,
        forum: ForumId,
        reader: &PublicKey,
        wanted: &[String],
    ) -> Result<Vec<(String, Vec<u8>)>, StorageError>;
}

const MIGRATIONS: &[&str] = &[include_str!("../migrations/0001_server.sql")];

/// The embedded storage: two SQLite files in the data directory.
pub struct SqliteStorage {
    key: DeviceKey,
    inner: Mutex<Inner>,
    duplicates: std::sync::atomic::AtomicU64,
}

struct Inner {
    store: Store,
    server: Connection,
}

/// Stamps for records the server writes: its clock continues from the newest record stored.
struct ServerStamps {
    last: Hlc,
    now_ms: u64,
}

impl Stamps for ServerStamps {
    fn hlc(&mut self) -> Hlc {
        self.last = Hlc::tick(self.last, self.now_ms);
        self.last
    }
    fn random(&mut self) -> [u8; 10] {
        random()
    }
}

fn random<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    // A server that cannot draw randomness cannot make safe ids or invites; stop loudly.
    getrandom::fill(&mut buf).expect("the operating system's random source failed");
    buf
}

/// Invite codes: 80 random bits in Crockford base32, in groups of four (`K7QM-2X9A-…`).
fn new_code() -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bytes: [u8; 10] = random();
    let mut bits = u128::from_be_bytes({
        let mut b = [0u8; 16];
        b[6..].copy_from_slice(&bytes);
        b
    });
    let mut chars = Vec::with_capacity(16);
    for _ in 0..16 {
        chars.push(ALPHABET[(bits & 31) as usize] as char);
        bits >>= 5;
    }
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// The hash an invite is stored under: of the code as typed, ignoring case, spaces and dashes,
/// and the letters people confuse with digits.
fn code_hash(code: &str) -> [u8; 32] {
    let normalized: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    Sha256::digest(format!("plenary/invite/v1\n{normalized}")).into()
}

impl SqliteStorage {
    /// Opens (creating) the storage in `dir`.
    pub fn open(dir: &Path) -> Result<SqliteStorage, StorageError> {
        // The directory holds participants' private profiles and the server's key: owner only,
        // from creation (SQLite gives its journal files the database file's permissions).
        let io = |e: std::io::Error| StorageError::Failed(format!("{}: {e}", dir.display()));
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(io)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(io)?;
        for file in ["forum.sqlite3", "server.sqlite3"] {
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .mode(0o600)
                .open(dir.join(file))
                .map_err(io)?;
        }
        let key = identity::load_or_create(dir)?;
        let store = Store::open(&dir.join("forum.sqlite3"))?;
        let mut server = Connection::open(dir.join("server.sqlite3"))?;
        server.pragma_update(None, "journal_mode", "WAL")?;
        server.pragma_update(None, "synchronous", "FULL")?;
        server.pragma_update(None, "foreign_keys", "ON")?;
        server.busy_timeout(std::time::Duration::from_secs(5))?;
        Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
            .to_latest(&mut server)
            .map_err(|e| StorageError::Failed(e.to_string()))?;
        Ok(SqliteStorage { key, inner: Mutex::new(Inner { store, server }), duplicates: Default::default() })
    }

    /// How many uploaded records were already stored, since the server started: each one is a
    /// record a client sent again (after losing the answer that acknowledged it).
    pub fn duplicate_uploads(&self) -> u64 {
        self.duplicates.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// How many records `forum`'s log holds.
    pub fn log_len(&self, forum: ForumId) -> u64 {
        self.lock()
            .ok()
            .and_then(|inner| {
                inner
                    .store
                    .conn()
                    .query_row("SELECT count(*) FROM record_log WHERE forum_id = ?1", [&forum.as_bytes()[..]], |r| {
                        r.get::<_, i64>(0)
                    })
                    .ok()
            })
            .unwrap_or(0) as u64
    }

    /// `forum`'s consolidated statement in `language` and `format`, with `annexes`, as published:
    /// authors only as they consented (the server's private profiles are never read here).
    pub fn export(
        &self,
        forum: ForumId,
        language: &str,
        format: plenary_core::export::Format,
        annexes: plenary_core::export::Annexes,
        now_ms: u64,
    ) -> Result<Vec<u8>, StorageError> {
        let inner = self.lock()?;
        let doc = plenary_core::export::Consolidated::collect(
            inner.store.conn(),
            &forum,
            language,
            annexes,
            &plenary_core::date_of(now_ms),
        )?;
        Ok(doc.render(format)?)
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Inner>, StorageError> {
        self.inner.lock().map_err(|_| StorageError::Failed("an earlier request failed midway".into()))
    }

    fn latest_hlc(store: &Store) -> Result<Hlc, StorageError> {
        let hlc: Option<i64> = store.conn().query_row("SELECT max(hlc) FROM records", [], |r| r.get(0))?;
        Ok(Hlc(hlc.unwrap_or(0) as u64))
    }
}

fn forum_row(server: &Connection, store: &Store, number: u32, id: Vec<u8>) -> Result<HostedForum, StorageError> {
    let _ = server;
    let id = ForumId::from_bytes(
        <[u8; 16]>::try_from(id).map_err(|_| StorageError::Failed("a forum id is malformed".into()))?,
    );
    let title: String = store
        .conn()
        .query_row("SELECT title FROM forums WHERE id = ?1", [&id.as_bytes()[..]], |r| r.get(0))
        .optional()?
        .unwrap_or_default();
    Ok(HostedForum { id, number, title })
}

impl Storage for SqliteStorage {
    fn server_key(&self) -> PublicKey {
        self.key.public()
    }

    fn create_forum(&self, statement: &Statement, now_ms: u64) -> Result<HostedForum, StorageError> {
        let mut inner = self.lock()?;
        let last = Self::latest_hlc(&inner.store)?;
        let forum = ForumId::new_v7(now_ms, random());
        let records = statement_records(statement, &self.key, forum, &mut ServerStamps { last, now_ms });
        // The server table first: if the forum store's transaction then fails, the number is
        // merely unused; the other order could leave a forum with no number.
        let Inner { store, server } = &mut *inner;
        server.execute(
            "INSERT INTO forums (id, created_ms) VALUES (?1, ?2)",
            params![&forum.as_bytes()[..], now_ms as i64],
        )?;
        let number = server.last_insert_rowid() as u32;
        store.transaction(|tx| {
            let outcomes = apply_records(tx, &records)?;
            if let Some(o) = outcomes.iter().find(|o| **o != Outcome::Applied) {
                return Err(plenary_core::Error::Record(format!("{o:?}")));
            }
            Ok(())
        })?;
        Ok(HostedForum { id: forum, number, title: statement.title.clone() })
    }

    fn forums(&self) -> Result<Vec<HostedForum>, StorageError> {
        let inner = self.lock()?;
        let mut stmt = inner.server.prepare("SELECT number, id FROM forums ORDER BY number")?;
        let rows: Vec<(u32, Vec<u8>)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        rows.into_iter().map(|(n, id)| forum_row(&inner.server, &inner.store, n, id)).collect()
    }

    fn forum_by_number(&self, number: u32) -> Result<Option<HostedForum>, StorageError> {
        let inner = self.lock()?;
        let id: Option<Vec<u8>> =
            inner.server.query_row("SELECT id FROM forums WHERE number = ?1", [number], |r| r.get(0)).optional()?;
        id.map(|id| forum_row(&inner.server, &inner.store, number, id)).transpose()
    }

    fn create_invite(&self, forum: ForumId, role: Role, uses: u32, now_ms: u64) -> Result<String, StorageError> {
        if uses == 0 {
            return refused(Refusal::Invalid("an invite must allow at least one use".into()));
        }
        let inner = self.lock()?;
        let hosted: bool = inner
            .server
            .query_row("SELECT 1 FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |_| Ok(true))
            .optional()?
            .is_some();
        if !hosted {
            return refused(Refusal::NotFound(format!("this server hosts no forum {forum}")));
        }
        let code = new_code();
        inner.server.execute(
            "INSERT INTO invites (hash, forum_id, role, uses, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![&code_hash(&code)[..], &forum.as_bytes()[..], role.to_string(), uses, now_ms as i64],
        )?;
        Ok(code)
    }

    fn join(&self, code: &str, key: PublicKey, profile: &PrivateProfile, now_ms: u64) -> Result<Joined, StorageError> {
        let mut inner = self.lock()?;
        let hash = code_hash(code);
        let invite: Option<(Vec<u8>, String, u32)> = inner
            .server
            .query_row("SELECT forum_id, role, uses FROM invites WHERE hash = ?1", [&hash[..]], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        let Some((forum_bytes, role, uses)) = invite else {
            return refused(Refusal::NotFound(
                "this invite code is not valid on this server; check it and try again".into(),
            ));
        };
        let role: Role = role.parse().map_err(StorageError::Failed)?;
        let number: u32 =
            inner.server.query_row("SELECT number FROM forums WHERE id = ?1", [&forum_bytes], |r| r.get(0))?;
        let forum = forum_row(&inner.server, &inner.store, number, forum_bytes.clone())?;
        // Count the invite's uses by other devices; this device's earlier use is not another.
        let tx = inner.server.transaction()?;
        let already: bool = tx
            .query_row(
                "SELECT 1 FROM redemptions WHERE invite_hash = ?1 AND key = ?2",
                params![&hash[..], &key.0[..]],
                |_| Ok(true),
            )
            .optional()?
            .is_some();
        if !already {
            let used: u32 =
                tx.query_row("SELECT count(*) FROM redemptions WHERE invite_hash = ?1", [&hash[..]], |r| r.get(0))?;
            if used >= uses {
                return refused(Refusal::Forbidden(
                    "this invite has been used up; ask the organizers for a new one".into(),
                ));
            }
            tx.execute(
                "INSERT INTO redemptions (invite_hash, key, redeemed_ms) VALUES (?1, ?2, ?3)",
                params![&hash[..], &key.0[..], now_ms as i64],
            )?;
        }
        tx.execute(
            "INSERT INTO profiles (forum_id, key, role, name, affiliation, contact, grp, region, joined_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (forum_id, key) DO UPDATE SET name = excluded.name, affiliation = excluded.affiliation,
                 contact = excluded.contact, grp = excluded.grp, region = excluded.region",
            params![
                &forum_bytes,
                &key.0[..],
                role.to_string(),
                profile.name,
                profile.affiliation,
                profile.contact,
                profile.group.map(|g| g.to_string()),
                profile.region,
                now_ms as i64
            ],
        )?;
        tx.commit()?;
        // Admit the device with a record signed by the server, unless it holds the role already.
        let admitted: bool = inner
            .store
            .conn()
            .query_row(
                "SELECT 1 FROM participants WHERE forum_id = ?1 AND key = ?2 AND role = ?3",
                params![&forum_bytes, &key.0[..], role.to_string()],
                |_| Ok(true),
            )
            .optional()?
            .is_some();
        if !admitted {
            let hlc = Hlc::tick(Self::latest_hlc(&inner.store)?, now_ms);
            let record = Record::sign(
                &self.key,
                forum.id,
                RecordId::new_v7(hlc.unix_ms(), random()),
                hlc,
                &Body::ParticipantPut(ParticipantPut { key, role }),
            );
            inner.store.transaction(|tx| match apply_records(tx, std::slice::from_ref(&record))?.first() {
                Some(Outcome::Applied) => Ok(()),
                other => Err(plenary_core::Error::Record(format!("admission refused: {other:?}"))),
            })?;
        }
        Ok(Joined { forum, role })
    }

    fn participant_keys(&self, forum: ForumId, id: &KeyId) -> Result<Vec<PublicKey>, StorageError> {
        let inner = self.lock()?;
        let mut stmt = inner
            .store
            .conn()
            .prepare_cached("SELECT DISTINCT key FROM participants WHERE forum_id = ?1 AND substr(key, 1, 8) = ?2")?;
        let keys: Vec<Vec<u8>> =
            stmt.query_map(params![&forum.as_bytes()[..], &id[..]], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(keys.into_iter().filter_map(|k| <[u8; 32]>::try_from(k).ok()).map(PublicKey).collect())
    }

    fn advance_clock(&self, key: &PublicKey, hlc: Hlc) -> Result<(), StorageError> {
        let inner = self.lock()?;
        let changed = inner.server.execute(
            "INSERT INTO clocks (key, hlc) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > clocks.hlc",
            params![&key.0[..], hlc.0 as i64],
        )?;
        if changed == 0 {
            return refused(Refusal::Replayed(
                "this request was already received (its clock is not after the last one); it was not applied again"
                    .into(),
            ));
        }
        Ok(())
    }

    fn upload(&self, forum: ForumId, author: &PublicKey, records: &[Record]) -> Result<Vec<Ack>, StorageError> {
        let organizer = self.is_organizer(forum, author)?;
        let mut inner = self.lock()?;
        let acks = inner.store.transaction(|tx| {
            let mut acks = Vec::with_capacity(records.len());
            for record in records {
                // The phase decides what participants may add; it is checked here, when the
                // record arrives, not when devices apply it.
                let phase: String =
                    tx.query_row("SELECT phase FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |r| r.get(0))?;
                if let (Ok(body), Ok(phase)) = (Body::from_payload(&record.payload), phase.parse())
                    && let Err(reason) = body.allowed_in(phase, organizer)
                {
                    acks.push(Ack::Rejected(reason));
                    continue;
                }
                if record.author != *author {
                    acks.push(Ack::Rejected("only your own records can be sent".into()));
                    continue;
                }
                if record.forum != forum {
                    acks.push(Ack::Rejected("the record belongs to another forum".into()));
                    continue;
                }
                // Each record in its own savepoint: one that may not apply is undone alone.
                tx.execute_batch("SAVEPOINT record")?;
                let outcome = apply_records(tx, std::slice::from_ref(record))?;
                let ack = match outcome.into_iter().next() {
                    Some(Outcome::Applied) => Ack::Accepted,
                    Some(Outcome::Duplicate) => {
                        self.duplicates.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        Ack::Duplicate
                    }
                    Some(Outcome::Waiting(reason)) => Ack::Rejected(reason),
                    Some(Outcome::Unknown) => Ack::Rejected("this server does not know records of this kind".into()),
                    Some(Outcome::Refused(e)) => Ack::Rejected(e.to_string()),
                    None => Ack::Rejected("not applied".into()),
                };
                if matches!(ack, Ack::Rejected(_)) {
                    tx.execute_batch("ROLLBACK TO record")?;
                }
                tx.execute_batch("RELEASE record")?;
                acks.push(ack);
            }
            Ok(acks)
        })?;
        Ok(acks)
    }

    fn fetch(&self, forum: ForumId, cursor: u64, limit: usize) -> Result<Page, StorageError> {
        let inner = self.lock()?;
        // Read one past the limit to learn whether more follow.
        let mut rows = plenary_core::sync::log_entries(&inner.store, &forum, cursor, limit + 1)?;
        let more = rows.len() > limit;
        rows.truncate(limit);
        Ok(Page { rows, more })
    }

    fn is_organizer(&self, forum: ForumId, key: &PublicKey) -> Result<bool, StorageError> {
        let inner = self.lock()?;
        Ok(inner
            .store
            .conn()
            .query_row(
                "SELECT 1 FROM participants WHERE forum_id = ?1 AND key = ?2 AND role = 'organizer'",
                params![&forum.as_bytes()[..], &key.0[..]],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    fn missing_chunks(&self, chunks: &[String]) -> Result<Vec<String>, StorageError> {
        let inner = self.lock()?;
        let mut stmt = inner.store.conn().prepare_cached("SELECT 1 FROM blobs WHERE hash = ?1")?;
        let mut missing = Vec::new();
        for c in chunks {
            if stmt.query_row([c], |_| Ok(())).optional()?.is_none() {
                missing.push(c.clone());
            }
        }
        Ok(missing)
    }

    fn put_chunk(&self, forum: ForumId, author: &PublicKey, hash: &str, data: &[u8]) -> Result<bool, StorageError> {
        let inner = self.lock()?;
        // The chunk must belong to a submission of this forum whose author (or group member)
        // is the uploader: nobody can park arbitrary data on the server.
        let owned = inner
            .store
            .conn()
            .query_row(
                "SELECT 1 FROM attachment_chunks c
                 LEFT JOIN reports r ON c.owner_kind = 'report' AND r.id = c.owner_id
                 LEFT JOIN inputs i ON c.owner_kind = 'input' AND i.id = c.owner_id
                 WHERE c.chunk = ?1 AND coalesce(r.forum_id, i.forum_id) = ?2
                   AND (coalesce(r.author, i.author) = ?3 OR EXISTS (SELECT 1 FROM group_members m
                        WHERE m.group_id = coalesce(r.group_id, i.group_id) AND m.key = ?3))",
                params![hash, &forum.as_bytes()[..], &author.0[..]],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if !owned {
            return Ok(false);
        }
        inner.store.conn().execute("INSERT OR IGNORE INTO blobs (hash, data) VALUES (?1, ?2)", params![hash, data])?;
        Ok(true)
    }

    fn get_chunks(
        &self,
        forum: ForumId,
        reader: &PublicKey,
        wanted: &[String],
    ) -> Result<Vec<(String, Vec<u8>)>, StorageError> {
        let organizer = self.is_organizer(forum, reader)?;
        let inner = self.lock()?;
        let mut out = Vec::new();
        // A chunk goes to whoever may see some submission holding it: everyone for reports
        // shared with all participants and for input, organizers and authors otherwise.
        let mut stmt = inner.store.conn().prepare_cached(
            "SELECT b.data FROM blobs b WHERE b.hash = ?1 AND EXISTS (
                 SELECT 1 FROM attachment_chunks c
                 LEFT JOIN reports r ON c.owner_kind = 'report' AND r.id = c.owner_id
                 LEFT JOIN inputs i ON c.owner_kind = 'input' AND i.id = c.owner_id
                 WHERE c.chunk = b.hash AND coalesce(r.forum_id, i.forum_id) = ?2
                   AND (?3 OR i.id IS NOT NULL OR r.tlp NOT IN ('AMBER', 'AMBER+STRICT', 'RED') OR r.author = ?4))",
        )?;
        for hash in wanted {
            let data: Option<Vec<u8>> = stmt
                .query_row(params![hash, &forum.as_bytes()[..], organizer, &reader.0[..]], |r| r.get(0))
                .optional()?;
            if let Some(data) = data {
                out.push((hash.clone(), data));
            }
        }
        Ok(out)
    }

    fn participants(&self, forum: ForumId) -> Result<Vec<ParticipantInfo>, StorageError> {
        let inner = self.lock()?;
        let mut stmt = inner.store.conn().prepare(
            "SELECT key, group_concat(role, ',') FROM participants WHERE forum_id = ?1 GROUP BY key ORDER BY key",
        )?;
        let rows: Vec<(Vec<u8>, String)> =
            stmt.query_map([&forum.as_bytes()[..]], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for (key, roles) in rows {
            let Ok(key) = <[u8; 32]>::try_from(key) else { continue };
            let key = PublicKey(key);
            let profile: Option<(PrivateProfile, i64)> = inner
                .server
                .query_row(
                    "SELECT name, affiliation, contact, grp, region, joined_ms FROM profiles WHERE forum_id = ?1 AND key = ?2",
                    params![&forum.as_bytes()[..], &key.0[..]],
                    |r| {
                        Ok((
                            PrivateProfile {
                                name: r.get(0)?,
                                affiliation: r.get(1)?,
                                contact: r.get(2)?,
                                group: r.get::<_, Option<String>>(3)?.and_then(|g| g.parse().ok()),
                                region: r.get(4)?,
                            },
                            r.get(5)?,
                        ))
                    },
                )
                .optional()?;
            let mut roles: Vec<String> = roles.split(',').map(str::to_owned).collect();
            roles.sort();
            out.push(ParticipantInfo {
                pseudonym: pseudonym(&forum, &key),
                key,
                roles,
                joined_ms: profile.as_ref().map(|(_, ms)| *ms as u64),
                profile: profile.map(|(p, _)| p),
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invite_codes_are_long_random_and_forgiving_to_type() {
        let a = new_code();
        assert_eq!(a.len(), 19);
        assert_ne!(a, new_code());
        assert_eq!(code_hash(&a), code_hash(&a.to_lowercase().replace('-', " ")));
        assert_eq!(code_hash("0O1IL"), code_hash("00111"));
    }
}
