//! Backups: the whole profile — the device identity, every forum's records, drafts, forms,
//! attachments and settings — in one file protected by a passphrase, to keep safe or to move
//! to another machine; and rolling automatic snapshots kept in the data directory.
//!
//! # Rules
//!
//! - **A restore never mixes two identities.** The store's records, drafts and outbox belong
//!   to the device key they were made with, so a backup is restored whole (key and store
//!   together) or not at all. A data directory whose identity differs from the backup's is
//!   refused — with one exception: a first-run profile whose identity was never used (it
//!   joined no server and holds nothing but the sample forum, which never leaves the device)
//!   may be replaced when the caller asks to replace. That is the new-machine case: the app
//!   made a fresh identity on first start, and the user now brings their real one.
//! - **The same identity is restored only into an empty data directory, or with `replace`**,
//!   because it overwrites what changed since the backup. Before replacing a store, an
//!   automatic snapshot of it is taken ("before-restore"), so the replace can be undone.
//! - **A failed restore changes nothing.** The file is decrypted, decompressed and checked
//!   (authentication of every chunk, sizes, SQLite's integrity check, the key matches the
//!   identity the file names) into a private work directory before anything is touched; a
//!   wrong passphrase is told apart from a damaged or truncated file.
//! - The store is read and written only through SQLite's online backup API, never by copying
//!   the files of a live WAL database.
//!
//! # File format, version 1
//!
//! Integers are big-endian.
//!
//! ```text
//! magic         15 bytes  "PLENARY-BACKUP\n"
//! version       u16       1; a reader refuses a newer version with a clear message
//! protection    u8        1 = passphrase, 0 = none (automatic snapshots inside the data dir)
//! -- protection 1 only:
//! argon2id      u32 m_cost (KiB), u32 t_cost, u32 p_cost, 16-byte salt
//! nonce prefix  19 bytes
//! key check     16 bytes  XChaCha20-Poly1305 tag of the empty message under nonce
//!                         prefix || 0xFFFFFFFF || 0x02, the header before it as associated data
//! -- body:
//! protection 1: the payload in chunks of 64 KiB sealed with XChaCha20-Poly1305 (key: Argon2id of
//!   the NFC-normalized passphrase), nonce prefix || chunk counter u32 || 1 on the last chunk
//!   else 0, the whole header as associated data; every chunk is full but the last, which may be
//!   short or empty. A file cut at a chunk boundary fails the last-chunk flag and is reported
//!   as truncated; a changed byte fails its chunk's tag.
//! protection 0: the payload as is.
//! payload: one zstd frame (with its checksum) of
//!   u32 manifest length, the manifest (JSON: format, creation time, app version, identity,
//!   schema version, forum titles, and the list of files with their sizes), then each file's
//!   bytes in the manifest's order: `device-key.pem` (PKCS#8 PEM) and `plenary.sqlite3`
//!   (a consistent snapshot of the store).
//! ```
//!
//! # Automatic snapshots
//!
//! [`Profile::automatic_backup_if_due`] writes at most one snapshot a day into `backups/` in the
//! data directory and keeps the newest [`KEEP_AUTOMATIC`]. They are not encrypted: they sit
//! beside the device key file with the same protection (directory `0700`, files `0600`), so
//! anyone who can read them can read the key itself; encrypting them with a key derived from the
//! device key would add no protection there, and would make them useless exactly when the key
//! file is what was damaged. They are for going back (a mistaken replace, a damaged store), not
//! for moving machines: for that, make a passphrase-protected backup.

use crate::identity::{self, KEY_FILE};
use crate::profile::{STORE_FILE, make_private_dir};
use crate::store::MIGRATIONS;
use crate::{Error, Profile, Store, random_bytes};
use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use plenary_proto::DeviceKey;
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

/// The file extension of backups and snapshots.
pub const EXTENSION: &str = "plenary-backup";

/// The folder inside the data directory that holds the automatic snapshots.
pub const AUTOMATIC_DIR: &str = "backups";

/// How many automatic snapshots are kept.
pub const KEEP_AUTOMATIC: usize = 7;

/// The least time between two daily snapshots: 20 hours, so that opening the app at about
/// the same time every day takes one each day.
pub const AUTOMATIC_EVERY_MS: u64 = 20 * 60 * 60 * 1000;

/// The shortest passphrase a new backup accepts, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

const MAGIC: &[u8; 15] = b"PLENARY-BACKUP\n";
const VERSION: u16 = 1;
/// The manifest's own format number.
const MANIFEST_FORMAT: u32 = 1;
const PROTECTION_NONE: u8 = 0;
const PROTECTION_PASSPHRASE: u8 = 1;
const CHUNK: usize = 64 * 1024;
const TAG: usize = 16;
const PREFIX: usize = 19;
const SALT: usize = 16;
/// Argon2id settings of new backups: 64 MiB, 3 passes, one lane (RFC 9106's second choice
/// with one lane; about a quarter of a second here).
const M_COST_KIB: u32 = 64 * 1024;
const T_COST: u32 = 3;
const P_COST: u32 = 1;
/// What a reader accepts, so a crafted header cannot make it allocate without bound.
const MAX_M_COST_KIB: u32 = 1024 * 1024;
const MAX_T_COST: u32 = 32;
const MAX_P_COST: u32 = 16;
const MAX_MANIFEST: u32 = 1024 * 1024;
const MAX_KEY_FILE: u64 = 64 * 1024;

/// Why a backup could not be made or restored, for the window to pick its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The passphrase does not open the file.
    WrongPassphrase,
    /// The file is not a backup, or it is damaged or incomplete.
    Damaged,
    /// The file was made by a newer version of Plenary.
    TooNew,
    /// The data directory belongs to another identity, one that has been used.
    OtherIdentity,
    /// The data directory belongs to another identity that was never used (a first-run
    /// profile): restoring replaces it only when the caller confirms.
    UnusedIdentity,
    /// The data directory already holds this identity's store; restoring needs `replace`.
    WouldReplace,
}

impl Problem {
    /// The stable code the window receives.
    pub fn code(self) -> &'static str {
        match self {
            Problem::WrongPassphrase => "wrong-passphrase",
            Problem::Damaged => "backup-damaged",
            Problem::TooNew => "backup-too-new",
            Problem::OtherIdentity => "other-identity",
            Problem::UnusedIdentity => "unused-identity",
            Problem::WouldReplace => "would-replace",
        }
    }
}

fn problem(problem: Problem, message: impl Into<String>) -> Error {
    Error::Backup { problem, message: message.into() }
}

/// A backup that was written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupSummary {
    /// Where the file is.
    pub path: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub size: u64,
    /// When it was made, in Unix milliseconds.
    #[ts(type = "number")]
    pub created_ms: u64,
    /// The device identity it holds (public key, hex).
    pub identity: String,
    /// The titles of the forums it holds.
    pub forums: Vec<String>,
}

/// A backup that was restored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreSummary {
    /// The device identity now in use (public key, hex).
    pub identity: String,
    /// When the backup was made, in Unix milliseconds.
    #[ts(type = "number")]
    pub created_ms: u64,
    /// The titles of the forums restored.
    pub forums: Vec<String>,
    /// Whether a store was replaced (an automatic snapshot of it was taken first).
    pub replaced: bool,
    /// The automatic snapshot taken of the replaced store, by name, to undo the restore.
    pub before_restore: Option<String>,
}

/// One automatic snapshot in the data directory's `backups/` folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AutomaticBackup {
    /// Its file name, which names it to [`Profile::restore_automatic_backup`].
    pub name: String,
    /// When it was taken, in Unix milliseconds.
    #[ts(type = "number")]
    pub created_ms: u64,
    /// `daily`, or `before-restore` for the store a restore replaced.
    pub kind: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub size: u64,
}

/// What a backup file says it holds, readable before restoring it (see [`inspect`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The manifest's format number.
    pub format: u32,
    /// When the backup was made, in Unix milliseconds.
    pub created_ms: u64,
    /// The version of Plenary that made it.
    pub app_version: String,
    /// The device identity (public key, hex).
    pub identity: String,
    /// The store's schema version (its number of migrations).
    pub schema_version: u32,
    /// The titles of the forums in the store.
    pub forums: Vec<String>,
    /// The files that follow the manifest, in order.
    pub files: Vec<Entry>,
}

/// A file inside a backup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Its name in the data directory.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
}

// ---- the header --------------------------------------------------------------------------

#[derive(Clone)]
struct Sealing {
    m_cost: u32,
    t_cost: u32,
    p_cost: u32,
    salt: [u8; SALT],
    prefix: [u8; PREFIX],
    check: [u8; TAG],
}

impl Sealing {
    /// The header up to the key check: what the check authenticates.
    fn before_check(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(MAGIC.len() + 3 + 12 + SALT + PREFIX);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_be_bytes());
        out.push(PROTECTION_PASSPHRASE);
        out.extend_from_slice(&self.m_cost.to_be_bytes());
        out.extend_from_slice(&self.t_cost.to_be_bytes());
        out.extend_from_slice(&self.p_cost.to_be_bytes());
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.prefix);
        out
    }

    fn header(&self) -> Vec<u8> {
        let mut out = self.before_check();
        out.extend_from_slice(&self.check);
        out
    }

    /// Derives the file key from the passphrase with Argon2id.
    fn key(&self, passphrase: &str) -> Result<Zeroizing<[u8; 32]>, Error> {
        let params = argon2::Params::new(self.m_cost, self.t_cost, self.p_cost, Some(32))
            .map_err(|e| problem(Problem::Damaged, format!("the backup's key settings are invalid ({e})")))?;
        let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let normalized: Zeroizing<String> = Zeroizing::new(passphrase.nfc().collect());
        let mut key = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(normalized.as_bytes(), &self.salt, key.as_mut())
            .map_err(|e| problem(Problem::Damaged, format!("the backup's key cannot be derived ({e})")))?;
        Ok(key)
    }

    fn check_nonce(&self) -> XNonce {
        let mut nonce = [0u8; 24];
        nonce[..PREFIX].copy_from_slice(&self.prefix);
        nonce[PREFIX..PREFIX + 4].copy_from_slice(&u32::MAX.to_be_bytes());
        nonce[23] = 2;
        XNonce::from(nonce)
    }

    /// The key check for `cipher`: the tag of the empty message.
    fn compute_check(&self, cipher: &XChaCha20Poly1305) -> Result<[u8; TAG], Error> {
        let mut empty = Vec::new();
        let tag = cipher
            .encrypt_in_place_detached(&self.check_nonce(), &self.before_check(), &mut empty)
            .map_err(|_| Error::Record("the backup could not be sealed".into()))?;
        Ok(tag.into())
    }
}

enum Header {
    None,
    Passphrase(Sealing),
}

impl Header {
    fn read(input: &mut impl Read) -> Result<Header, Error> {
        let not_a_backup = || problem(Problem::Damaged, "this file is not a Plenary backup");
        let mut magic = [0u8; 15];
        read_exact_or(input, &mut magic, not_a_backup)?;
        if &magic != MAGIC {
            return Err(not_a_backup());
        }
        let short = || problem(Problem::Damaged, "the backup file is incomplete: its header is cut short");
        let mut version = [0u8; 2];
        read_exact_or(input, &mut version, short)?;
        let version = u16::from_be_bytes(version);
        if version > VERSION {
            return Err(problem(
                Problem::TooNew,
                format!(
                    "this backup was made by a newer version of Plenary (backup format {version}); \
                     update Plenary to restore it"
                ),
            ));
        }
        if version == 0 {
            return Err(problem(Problem::Damaged, "the backup file is damaged: its header is invalid"));
        }
        let mut protection = [0u8; 1];
        read_exact_or(input, &mut protection, short)?;
        match protection[0] {
            PROTECTION_NONE => Ok(Header::None),
            PROTECTION_PASSPHRASE => {
                let mut fields = [0u8; 12 + SALT + PREFIX + TAG];
                read_exact_or(input, &mut fields, short)?;
                let word = |i: usize| u32::from_be_bytes([fields[i], fields[i + 1], fields[i + 2], fields[i + 3]]);
                let mut sealing = Sealing {
                    m_cost: word(0),
                    t_cost: word(4),
                    p_cost: word(8),
                    salt: [0; SALT],
                    prefix: [0; PREFIX],
                    check: [0; TAG],
                };
                sealing.salt.copy_from_slice(&fields[12..12 + SALT]);
                sealing.prefix.copy_from_slice(&fields[12 + SALT..12 + SALT + PREFIX]);
                sealing.check.copy_from_slice(&fields[12 + SALT + PREFIX..]);
                if sealing.m_cost > MAX_M_COST_KIB
                    || sealing.t_cost == 0
                    || sealing.t_cost > MAX_T_COST
                    || sealing.p_cost == 0
                    || sealing.p_cost > MAX_P_COST
                {
                    return Err(problem(
                        Problem::Damaged,
                        "the backup file is damaged: its key settings are out of range",
                    ));
                }
                Ok(Header::Passphrase(sealing))
            }
            other => Err(problem(
                Problem::Damaged,
                format!("the backup file is damaged: unknown protection {other} in its header"),
            )),
        }
    }
}

fn read_exact_or(input: &mut impl Read, buf: &mut [u8], error: impl Fn() -> Error) -> Result<(), Error> {
    input.read_exact(buf).map_err(|e| if e.kind() == io::ErrorKind::UnexpectedEof { error() } else { from_io(e) })
}

// ---- sealed chunks -----------------------------------------------------------------------

fn chunk_nonce(prefix: &[u8; PREFIX], counter: u32, last: bool) -> XNonce {
    let mut nonce = [0u8; 24];
    nonce[..PREFIX].copy_from_slice(prefix);
    nonce[PREFIX..PREFIX + 4].copy_from_slice(&counter.to_be_bytes());
    nonce[23] = u8::from(last);
    XNonce::from(nonce)
}

/// Why reading a backup's body failed, carried inside an `io::Error` through zstd.
#[derive(Debug)]
struct Damage(Problem, &'static str);

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.1)
    }
}

impl std::error::Error for Damage {}

fn damage(message: &'static str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, Damage(Problem::Damaged, message))
}

/// Turns an I/O error met while reading a backup into the core's error: damage found by the
/// readers keeps its message, zstd's complaints mean a damaged file, anything else is I/O.
fn from_io(e: io::Error) -> Error {
    if let Some(Damage(kind, message)) = e.get_ref().and_then(|inner| inner.downcast_ref::<Damage>()) {
        return problem(*kind, *message);
    }
    match e.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof | io::ErrorKind::Other => {
            problem(Problem::Damaged, format!("the backup file is damaged or incomplete ({e})"))
        }
        _ => Error::Io { path: PathBuf::from("(backup)"), source: e },
    }
}

/// Writes the payload as sealed chunks.
struct Sealer<W: Write> {
    out: W,
    cipher: XChaCha20Poly1305,
    prefix: [u8; PREFIX],
    header: Vec<u8>,
    counter: u32,
    buf: Vec<u8>,
}

impl<W: Write> Sealer<W> {
    fn seal(&mut self, last: bool) -> io::Result<()> {
        let nonce = chunk_nonce(&self.prefix, self.counter, last);
        self.cipher
            .encrypt_in_place(&nonce, &self.header, &mut self.buf)
            .map_err(|_| io::Error::other("a chunk could not be sealed"))?;
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.counter = self.counter.checked_add(1).ok_or_else(|| io::Error::other("the backup is too large"))?;
        Ok(())
    }

    fn finish(mut self) -> io::Result<W> {
        self.seal(true)?;
        Ok(self.out)
    }
}

impl<W: Write> Write for Sealer<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let mut rest = data;
        while !rest.is_empty() {
            // A full chunk is sealed only when more data follows, so the last one is sealed
            // as last in `finish`.
            if self.buf.len() == CHUNK {
                self.seal(false)?;
            }
            let n = rest.len().min(CHUNK - self.buf.len());
            self.buf.extend_from_slice(&rest[..n]);
            rest = &rest[n..];
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Reads the payload back from sealed chunks, failing on the first chunk that does not open.
struct Opener<R: Read> {
    input: R,
    cipher: XChaCha20Poly1305,
    prefix: [u8; PREFIX],
    header: Vec<u8>,
    counter: u32,
    plain: Vec<u8>,
    pos: usize,
    peeked: Option<u8>,
    done: bool,
}

impl<R: Read> Opener<R> {
    fn refill(&mut self) -> io::Result<()> {
        let mut block = Vec::with_capacity(CHUNK + TAG);
        if let Some(byte) = self.peeked.take() {
            block.push(byte);
        }
        while block.len() < CHUNK + TAG {
            let start = block.len();
            block.resize(CHUNK + TAG, 0);
            let n = loop {
                match self.input.read(&mut block[start..]) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    other => break other?,
                }
            };
            block.truncate(start + n);
            if n == 0 {
                break;
            }
        }
        let last = if block.len() < CHUNK + TAG {
            true
        } else {
            let mut one = [0u8; 1];
            let n = loop {
                match self.input.read(&mut one) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    other => break other?,
                }
            };
            if n == 1 {
                self.peeked = Some(one[0]);
            }
            n == 0
        };
        if block.len() < TAG {
            return Err(damage("the backup file is incomplete: it ends early"));
        }
        let copy = last.then(|| block.clone());
        let nonce = chunk_nonce(&self.prefix, self.counter, last);
        if self.cipher.decrypt_in_place(&nonce, &self.header, &mut block).is_err() {
            // A file cut at a chunk boundary ends with a chunk that was not sealed as last.
            if let Some(mut copy) = copy {
                let nonce = chunk_nonce(&self.prefix, self.counter, false);
                if self.cipher.decrypt_in_place(&nonce, &self.header, &mut copy).is_ok() {
                    return Err(damage("the backup file is incomplete: it ends early"));
                }
            }
            return Err(damage("the backup file is damaged: a part of it does not match what was written"));
        }
        self.counter =
            self.counter.checked_add(1).ok_or_else(|| damage("the backup file is damaged: it has too many parts"))?;
        self.plain = block;
        self.pos = 0;
        self.done = last;
        Ok(())
    }
}

impl<R: Read> Read for Opener<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.plain.len() {
            if self.done {
                return Ok(0);
            }
            self.refill()?;
        }
        let n = out.len().min(self.plain.len() - self.pos);
        out[..n].copy_from_slice(&self.plain[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Reads a backup's header and returns a reader of its payload (still compressed): a wrong
/// passphrase is found here, from the key check, before any of the body is read.
fn open_body<'a>(mut input: impl Read + 'a, passphrase: &str) -> Result<Box<dyn Read + 'a>, Error> {
    match Header::read(&mut input)? {
        Header::None => Ok(Box::new(input)),
        Header::Passphrase(sealing) => {
            let key = sealing.key(passphrase)?;
            let cipher = XChaCha20Poly1305::new(key.as_ref().into());
            let check = sealing.compute_check(&cipher)?;
            if check != sealing.check {
                return Err(problem(
                    Problem::WrongPassphrase,
                    "the passphrase is wrong: it does not open this backup (nothing was changed)",
                ));
            }
            Ok(Box::new(Opener {
                input,
                cipher,
                prefix: sealing.prefix,
                header: sealing.header(),
                counter: 0,
                plain: Vec::new(),
                pos: 0,
                peeked: None,
                done: false,
            }))
        }
    }
}

// ---- writing -----------------------------------------------------------------------------

/// What a new backup is protected with.
enum Protect<'a> {
    Passphrase(&'a str),
    /// An automatic snapshot inside the data directory (see the module's documentation).
    None,
}

fn check_passphrase(passphrase: &str) -> Result<(), Error> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::Invalid {
            field: "passphrase".into(),
            message: format!(
                "a backup's passphrase needs at least {MIN_PASSPHRASE_CHARS} characters; \
                 a few unrelated words are stronger than one short word"
            ),
        });
    }
    Ok(())
}

/// A private work directory inside the data directory, removed when dropped.
fn work_dir(dir: &Path) -> Result<tempfile::TempDir, Error> {
    tempfile::Builder::new()
        .prefix(".backup-work-")
        .tempdir_in(dir)
        .map_err(|source| Error::Io { path: dir.to_owned(), source })
}

/// Creates an empty file readable only by its owner.
fn private_file(path: &Path) -> Result<File, Error> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|source| Error::Io { path: path.to_owned(), source })
}

/// Copies the whole of `from` into the database at `to` in one step of SQLite's online backup
/// API: one transaction on the destination, a consistent snapshot of the source.
fn copy_database(from: &Connection, to: &mut Connection) -> Result<(), Error> {
    let backup = Backup::new(from, to)?;
    match backup.step(-1)? {
        StepResult::Done => Ok(()),
        _ => Err(problem(Problem::Damaged, "the store is busy; try again in a moment")),
    }
}

fn forum_titles(conn: &Connection) -> Result<Vec<String>, Error> {
    let mut stmt = conn.prepare("SELECT title FROM forums ORDER BY title")?;
    let titles = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
    Ok(titles)
}

fn schema_version(conn: &Connection) -> Result<u32, Error> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get::<_, u32>(0))?)
}

impl Profile {
    /// Writes a backup of this whole profile to `path`, protected by `passphrase` (at least
    /// [`MIN_PASSPHRASE_CHARS`] characters). The file is written under a temporary name with
    /// owner-only permissions and renamed into place when complete.
    pub fn create_backup(&self, path: &Path, passphrase: &str, now_ms: u64) -> Result<BackupSummary, Error> {
        check_passphrase(passphrase)?;
        self.write_backup_file(path, Protect::Passphrase(passphrase), now_ms)
    }

    fn write_backup_file(&self, path: &Path, protect: Protect<'_>, now_ms: u64) -> Result<BackupSummary, Error> {
        let work = work_dir(self.dir())?;
        let snapshot = work.path().join(STORE_FILE);
        private_file(&snapshot)?;
        let (titles, schema) = {
            let mut copy = Connection::open(&snapshot)?;
            copy_database(&self.store.conn, &mut copy)?;
            (forum_titles(&copy)?, schema_version(&copy)?)
        };
        let key_path = self.dir().join(KEY_FILE);
        let pem = identity::to_pem(&self.key, &key_path)?;
        let store_size = std::fs::metadata(&snapshot).map_err(|source| Error::Io { path: snapshot.clone(), source })?;
        let manifest = Manifest {
            format: MANIFEST_FORMAT,
            created_ms: now_ms,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            identity: self.key.public().to_hex(),
            schema_version: schema,
            forums: titles,
            files: vec![
                Entry { name: KEY_FILE.into(), size: pem.len() as u64 },
                Entry { name: STORE_FILE.into(), size: store_size.len() },
            ],
        };

        let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = parent.join(format!(".{name}.tmp"));
        let _ = std::fs::remove_file(&tmp);
        let io = |source| Error::Io { path: tmp.clone(), source };
        let written = (|| -> Result<u64, Error> {
            let file = BufWriter::new(private_file(&tmp)?);
            let file = match protect {
                Protect::None => {
                    let mut file = file;
                    let mut header = Vec::from(&MAGIC[..]);
                    header.extend_from_slice(&VERSION.to_be_bytes());
                    header.push(PROTECTION_NONE);
                    file.write_all(&header).map_err(io)?;
                    write_payload(file, &manifest, &pem, &snapshot).map_err(io)?
                }
                Protect::Passphrase(passphrase) => {
                    let mut sealing = Sealing {
                        m_cost: M_COST_KIB,
                        t_cost: T_COST,
                        p_cost: P_COST,
                        salt: random_bytes()?,
                        prefix: random_bytes()?,
                        check: [0; TAG],
                    };
                    let key = sealing.key(passphrase)?;
                    let cipher = XChaCha20Poly1305::new(key.as_ref().into());
                    sealing.check = sealing.compute_check(&cipher)?;
                    let header = sealing.header();
                    let mut file = file;
                    file.write_all(&header).map_err(io)?;
                    let sealer = Sealer {
                        out: file,
                        cipher,
                        prefix: sealing.prefix,
                        header,
                        counter: 0,
                        buf: Vec::with_capacity(CHUNK + TAG),
                    };
                    write_payload(sealer, &manifest, &pem, &snapshot).map_err(io)?.finish().map_err(io)?
                }
            };
            let file = file.into_inner().map_err(|e| io(e.into_error()))?;
            file.sync_all().map_err(io)?;
            Ok(file.metadata().map_err(io)?.len())
        })();
        let size = match written {
            Ok(size) => size,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        };
        std::fs::rename(&tmp, path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
        if let Ok(dir) = File::open(parent) {
            let _ = dir.sync_all();
        }
        Ok(BackupSummary {
            path: path.display().to_string(),
            size,
            created_ms: now_ms,
            identity: manifest.identity,
            forums: manifest.forums,
        })
    }
}

/// Compresses the manifest and the files into `out` and returns it.
fn write_payload<W: Write>(out: W, manifest: &Manifest, pem: &str, snapshot: &Path) -> io::Result<W> {
    let mut z = zstd::stream::write::Encoder::new(out, 3)?;
    z.include_checksum(true)?;
    let json = serde_json::to_vec(manifest).map_err(io::Error::other)?;
    let len = u32::try_from(json.len()).map_err(io::Error::other)?;
    z.write_all(&len.to_be_bytes())?;
    z.write_all(&json)?;
    z.write_all(pem.as_bytes())?;
    io::copy(&mut File::open(snapshot)?, &mut z)?;
    z.finish()
}

// ---- reading -----------------------------------------------------------------------------

/// A backup decrypted and checked into a private work directory, ready to install.
struct Staged {
    _work: tempfile::TempDir,
    manifest: Manifest,
    key: DeviceKey,
    pem: Zeroizing<String>,
    store: PathBuf,
}

/// Reads what a backup holds (its manifest) without restoring anything: only the start of the
/// file is decrypted. A wrong passphrase fails as it would for a restore.
pub fn inspect(input: impl Read, passphrase: &str) -> Result<Manifest, Error> {
    let body = open_body(input, passphrase)?;
    let mut z = zstd::stream::read::Decoder::new(body).map_err(from_io)?;
    read_manifest(&mut z)
}

fn read_manifest(z: &mut impl Read) -> Result<Manifest, Error> {
    let mut len = [0u8; 4];
    z.read_exact(&mut len).map_err(from_io)?;
    let len = u32::from_be_bytes(len);
    if len > MAX_MANIFEST {
        return Err(problem(Problem::Damaged, "the backup file is damaged: its contents list is too long"));
    }
    let mut json = vec![0u8; len as usize];
    z.read_exact(&mut json).map_err(from_io)?;
    let manifest: Manifest = serde_json::from_slice(&json).map_err(|e| {
        problem(Problem::Damaged, format!("the backup file is damaged: its contents list is unreadable ({e})"))
    })?;
    if manifest.format > MANIFEST_FORMAT {
        return Err(problem(
            Problem::TooNew,
            format!(
                "this backup was made by a newer version of Plenary ({}); update Plenary to restore it",
                manifest.app_version
            ),
        ));
    }
    let names: Vec<&str> = manifest.files.iter().map(|f| f.name.as_str()).collect();
    if names != [KEY_FILE, STORE_FILE] {
        return Err(problem(
            Problem::Damaged,
            format!("the backup file is damaged: it lists the files {names:?}, not a key and a store"),
        ));
    }
    Ok(manifest)
}

/// Decrypts, decompresses and checks a backup into a work directory inside `dir`.
fn stage(dir: &Path, input: impl Read, passphrase: &str) -> Result<Staged, Error> {
    let body = open_body(input, passphrase)?;
    let work = work_dir(dir)?;
    let mut z = zstd::stream::read::Decoder::new(body).map_err(from_io)?;
    let manifest = read_manifest(&mut z)?;

    let key_size = manifest.files[0].size;
    if key_size > MAX_KEY_FILE {
        return Err(problem(Problem::Damaged, "the backup file is damaged: its key is too large"));
    }
    let mut pem = Zeroizing::new(vec![0u8; key_size as usize]);
    z.read_exact(&mut pem).map_err(from_io)?;
    let pem = Zeroizing::new(
        String::from_utf8(pem.to_vec())
            .map_err(|_| problem(Problem::Damaged, "the backup file is damaged: its key is not text"))?,
    );
    let key = identity::parse(&pem).map_err(|e| {
        problem(Problem::Damaged, format!("the backup file is damaged: its device key is unusable: {e}"))
    })?;
    if key.public().to_hex() != manifest.identity {
        return Err(problem(Problem::Damaged, "the backup file is damaged: its key is not the identity it names"));
    }

    let store = work.path().join(STORE_FILE);
    let mut file = private_file(&store)?;
    let size = manifest.files[1].size;
    let copied = io::copy(&mut (&mut z).take(size), &mut file).map_err(from_io)?;
    if copied != size {
        return Err(problem(Problem::Damaged, "the backup file is incomplete: its store is cut short"));
    }
    file.sync_all().map_err(|source| Error::Io { path: store.clone(), source })?;
    drop(file);
    // Reading to the end makes the last chunk's seal (and zstd's checksum) checked too.
    let mut rest = [0u8; 1];
    if z.read(&mut rest).map_err(from_io)? != 0 {
        return Err(problem(Problem::Damaged, "the backup file is damaged: it has data after its store"));
    }

    check_store(&store)?;
    Ok(Staged { _work: work, manifest, key, pem, store })
}

/// Checks the store from a backup and brings it to the current schema.
fn check_store(path: &Path) -> Result<(), Error> {
    let unreadable =
        |e: rusqlite::Error| problem(Problem::Damaged, format!("the store in the backup is unreadable ({e})"));
    let mut conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(unreadable)?;
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(unreadable)?;
    if verdict != "ok" {
        return Err(problem(Problem::Damaged, format!("the store in the backup is damaged ({verdict})")));
    }
    let version = schema_version(&conn)?;
    if version as usize > MIGRATIONS.len() {
        return Err(problem(
            Problem::TooNew,
            "this backup's store was made by a newer version of Plenary; update Plenary to restore it",
        ));
    }
    let migrations =
        rusqlite_migration::Migrations::new(MIGRATIONS.iter().map(|(_, sql)| rusqlite_migration::M::up(sql)).collect());
    migrations.to_latest(&mut conn).map_err(|e| Error::Migration(e.to_string()))?;
    Ok(())
}

/// Whether a store's identity was never used: it joined no server and holds no forum but the
/// sample, whose records never leave the device.
fn untouched(conn: &Connection) -> Result<bool, Error> {
    Ok(conn.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM servers)
            AND NOT EXISTS (SELECT 1 FROM forums f WHERE NOT EXISTS
                (SELECT 1 FROM local_forums l WHERE l.forum_id = f.id AND l.origin = 'sample'))",
        [],
        |r| r.get(0),
    )?)
}

/// What a data directory holds, for deciding whether a backup may go into it.
enum Target {
    Empty,
    Same,
    Other { untouched: bool, short: String },
}

fn decide(target: &Target, incoming: &DeviceKey, replace: bool) -> Result<(), Error> {
    match target {
        Target::Empty => Ok(()),
        Target::Same if replace => Ok(()),
        Target::Same => Err(problem(
            Problem::WouldReplace,
            "this data directory already holds this identity's store; restoring the backup replaces it, \
             losing what changed since the backup was made: confirm to replace it",
        )),
        Target::Other { untouched: true, .. } if replace => Ok(()),
        Target::Other { untouched, short } => Err(problem(
            if *untouched { Problem::UnusedIdentity } else { Problem::OtherIdentity },
            format!(
                "this data directory belongs to another identity ({short}) than the backup ({}), and a restore \
                 never mixes two identities: restore into an empty data directory{}",
                incoming.public().short(),
                if *untouched { ", or confirm to replace this unused one" } else { "" }
            ),
        )),
    }
}

fn summary(staged: &Staged, replaced: bool, before_restore: Option<String>) -> RestoreSummary {
    RestoreSummary {
        identity: staged.key.public().to_hex(),
        created_ms: staged.manifest.created_ms,
        forums: staged.manifest.forums.clone(),
        replaced,
        before_restore,
    }
}

/// Restores a backup into `dir`, a data directory that no app has open: typically a new
/// machine's, before the app first starts. `dir` may be missing or empty; if it holds a
/// profile, see the module's rules (`replace` confirms replacing it). On any error nothing in
/// `dir` is changed (a `dir` this call created is removed again).
pub fn restore_into(dir: &Path, input: impl Read, passphrase: &str, replace: bool) -> Result<RestoreSummary, Error> {
    let existed = dir.exists();
    make_private_dir(dir)?;
    let result = restore_into_existing(dir, input, passphrase, replace);
    if result.is_err() && !existed {
        let _ = std::fs::remove_dir_all(dir);
    }
    result
}

fn restore_into_existing(
    dir: &Path,
    input: impl Read,
    passphrase: &str,
    replace: bool,
) -> Result<RestoreSummary, Error> {
    let staged = stage(dir, input, passphrase)?;
    let store_path = dir.join(STORE_FILE);
    let has_store = std::fs::metadata(&store_path).is_ok_and(|m| m.len() > 0);
    let target = match identity::load(dir)? {
        None if !has_store => Target::Empty,
        None => {
            return Err(problem(
                Problem::OtherIdentity,
                "this data directory holds a store but no device key, so whose it is cannot be told; \
                 move it away and restore into an empty data directory",
            ));
        }
        Some(key) if key.public() == staged.key.public() => Target::Same,
        Some(key) => {
            let untouched =
                has_store && untouched(&Connection::open_with_flags(&store_path, OpenFlags::SQLITE_OPEN_READ_ONLY)?)?;
            Target::Other { untouched, short: key.public().short() }
        }
    };
    decide(&target, &staged.key, replace)?;
    if !matches!(target, Target::Same) {
        identity::write(&dir.join(KEY_FILE), &staged.pem)?;
    }
    if !store_path.exists() {
        private_file(&store_path)?;
    }
    let mut store = Store::open(&store_path)?;
    let source = Connection::open_with_flags(&staged.store, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    copy_database(&source, &mut store.conn)?;
    Ok(summary(&staged, !matches!(target, Target::Empty), None))
}

impl Profile {
    /// Restores a backup into this open profile, replacing its store (and, for an unused
    /// first-run identity, its key) — see the module's rules. `replace` confirms replacing a
    /// store; without it the call fails with [`Problem::WouldReplace`] or
    /// [`Problem::OtherIdentity`] and changes nothing, so a window can ask first and call again.
    /// Before replacing, an automatic "before-restore" snapshot of the store is taken.
    pub fn restore_backup(
        &mut self,
        input: impl Read,
        passphrase: &str,
        replace: bool,
        now_ms: u64,
    ) -> Result<RestoreSummary, Error> {
        let staged = stage(self.dir(), input, passphrase)?;
        let target = if self.key.public() == staged.key.public() {
            Target::Same
        } else {
            Target::Other { untouched: untouched(&self.store.conn)?, short: self.key.public().short() }
        };
        decide(&target, &staged.key, replace)?;
        let before = self.take_automatic(now_ms, "before-restore")?;
        if !matches!(target, Target::Same) {
            identity::write(&self.dir().join(KEY_FILE), &staged.pem)?;
            self.key = DeviceKey::from_signing_key(staged.key.signing_key().clone());
        }
        let source = Connection::open_with_flags(&staged.store, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        copy_database(&source, &mut self.store.conn)?;
        Ok(summary(&staged, true, Some(before.name)))
    }

    /// Restores one of this profile's automatic snapshots (by its name in
    /// [`Profile::automatic_backups`]), replacing the store; the store being replaced gets a
    /// "before-restore" snapshot of its own first.
    pub fn restore_automatic_backup(&mut self, name: &str, now_ms: u64) -> Result<RestoreSummary, Error> {
        let Some(found) = self.automatic_backups()?.into_iter().find(|b| b.name == name) else {
            return Err(Error::NotFound(format!("the automatic backup '{name}'")));
        };
        let path = self.dir().join(AUTOMATIC_DIR).join(&found.name);
        let file = File::open(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        self.restore_backup(io::BufReader::new(file), "", true, now_ms)
    }

    /// The automatic snapshots in `backups/`, newest first.
    pub fn automatic_backups(&self) -> Result<Vec<AutomaticBackup>, Error> {
        let dir = self.dir().join(AUTOMATIC_DIR);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => return Err(Error::Io { path: dir, source }),
        };
        let mut out = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|source| Error::Io { path: dir.clone(), source })?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some((created_ms, kind)) = parse_automatic_name(&name) else { continue };
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            out.push(AutomaticBackup { name, created_ms, kind, size });
        }
        out.sort_by(|a, b| b.created_ms.cmp(&a.created_ms).then_with(|| b.name.cmp(&a.name)));
        Ok(out)
    }

    /// Takes a daily snapshot into `backups/` unless one was taken in the last
    /// [`AUTOMATIC_EVERY_MS`], then keeps only the newest `keep`. Returns the new snapshot.
    pub fn automatic_backup_if_due(&self, now_ms: u64, keep: usize) -> Result<Option<AutomaticBackup>, Error> {
        let newest = self.automatic_backups()?.into_iter().find(|b| b.kind == "daily");
        // A snapshot from the future means the clock was set back: take one now.
        if newest.is_some_and(|b| b.created_ms <= now_ms && now_ms - b.created_ms < AUTOMATIC_EVERY_MS) {
            return Ok(None);
        }
        let taken = self.take_automatic(now_ms, "daily")?;
        self.prune_automatic(keep)?;
        Ok(Some(taken))
    }

    fn take_automatic(&self, now_ms: u64, kind: &str) -> Result<AutomaticBackup, Error> {
        let dir = self.dir().join(AUTOMATIC_DIR);
        make_private_dir(&dir)?;
        let mut name = format!("snapshot-{now_ms:013}-{kind}.{EXTENSION}");
        let mut n = 1;
        while dir.join(&name).exists() {
            n += 1;
            name = format!("snapshot-{now_ms:013}-{kind}-{n}.{EXTENSION}");
        }
        let written = self.write_backup_file(&dir.join(&name), Protect::None, now_ms)?;
        Ok(AutomaticBackup { name, created_ms: now_ms, kind: kind.to_owned(), size: written.size })
    }

    fn prune_automatic(&self, keep: usize) -> Result<(), Error> {
        let dir = self.dir().join(AUTOMATIC_DIR);
        for old in self.automatic_backups()?.into_iter().skip(keep.max(1)) {
            let path = dir.join(&old.name);
            std::fs::remove_file(&path).map_err(|source| Error::Io { path, source })?;
        }
        Ok(())
    }
}

/// `snapshot-<ms>-<kind>[-n].plenary-backup` → (ms, kind).
fn parse_automatic_name(name: &str) -> Option<(u64, String)> {
    let rest = name.strip_prefix("snapshot-")?.strip_suffix(&format!(".{EXTENSION}"))?;
    let (ms, kind) = rest.split_once('-')?;
    let kind = match kind.rsplit_once('-') {
        Some((base, n)) if n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => kind,
    };
    if !matches!(kind, "daily" | "before-restore") {
        return None;
    }
    Some((ms.parse().ok()?, kind.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn automatic_names_round_trip_and_strangers_are_ignored() {
        assert_eq!(
            parse_automatic_name("snapshot-1764000000000-daily.plenary-backup"),
            Some((1_764_000_000_000, "daily".into()))
        );
        assert_eq!(
            parse_automatic_name("snapshot-1764000000000-before-restore-2.plenary-backup"),
            Some((1_764_000_000_000, "before-restore".into()))
        );
        assert_eq!(parse_automatic_name(".snapshot-1764000000000-daily.plenary-backup.tmp"), None);
        assert_eq!(parse_automatic_name("snapshot-x-daily.plenary-backup"), None);
        assert_eq!(parse_automatic_name("snapshot-1-weekly.plenary-backup"), None);
    }

    fn seal_and_open(len: usize) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(&[7u8; 32].into());
        let header = b"header".to_vec();
        let mut sealer = Sealer {
            out: Vec::new(),
            cipher: cipher.clone(),
            prefix: [1; PREFIX],
            header: header.clone(),
            counter: 0,
            buf: Vec::new(),
        };
        let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        sealer.write_all(&data).unwrap();
        let sealed = sealer.finish().unwrap();
        // Every chunk is full but the last, and there is always a last one, even when empty.
        let chunks = len.div_ceil(CHUNK).max(1);
        assert_eq!(sealed.len(), len + chunks * TAG);
        let mut opener = Opener {
            input: &sealed[..],
            cipher,
            prefix: [1; PREFIX],
            header,
            counter: 0,
            plain: Vec::new(),
            pos: 0,
            peeked: None,
            done: false,
        };
        let mut back = Vec::new();
        opener.read_to_end(&mut back).unwrap();
        assert_eq!(back, data);
        sealed
    }

    #[test]
    fn chunks_round_trip_at_every_boundary() {
        for len in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 5] {
            seal_and_open(len);
        }
    }

    #[test]
    fn a_stream_cut_at_a_chunk_boundary_is_reported_as_incomplete() {
        let sealed = seal_and_open(2 * CHUNK + 5);
        let cut = &sealed[..2 * (CHUNK + TAG)];
        let mut opener = Opener {
            input: cut,
            cipher: XChaCha20Poly1305::new(&[7u8; 32].into()),
            prefix: [1; PREFIX],
            header: b"header".to_vec(),
            counter: 0,
            plain: Vec::new(),
            pos: 0,
            peeked: None,
            done: false,
        };
        let err = opener.read_to_end(&mut Vec::new()).unwrap_err();
        assert!(err.to_string().contains("ends early"), "{err}");
    }
}
