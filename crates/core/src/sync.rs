//! The sync client: joining a forum server, and exchanging records with it.
//!
//! Each exchange is split around the network call so the profile is never locked while bytes
//! are in flight: [`Profile::prepare_sync`] builds and signs a request, the caller sends it
//! (see [`Http`]), and [`Profile::finish_sync`] applies the response in one transaction —
//! acknowledgements, received records and the new cursor together — so a connection that drops
//! at any moment loses at most the exchange in flight, and the next one picks up where the last
//! completed one ended. [`sync_forum`] runs exchanges until there is nothing left to send or
//! receive; [`Backoff`] spaces out retries.

use crate::apply::{Outcome, apply_records};
use crate::profile::next_hlc;
use crate::view::SyncStatus;
use crate::wire::{MAX_DECOMPRESSED, compress, decompress};
use crate::{Error, Profile};
use plenary_proto::wire::{
    self, Ack, Endpoint, JoinRequest, JoinResponse, PrivateProfile, RecordBatch, SyncRequest, SyncResponse,
};
use plenary_proto::{ForumId, Hlc, PublicKey, Record, RecordHash, Role};
use rusqlite::{OptionalExtension, params};
use sha2::Digest;
use std::sync::Mutex;
use std::time::Duration;

/// The smallest and largest response budgets a client asks for, in compressed bytes: 4 KB
/// shows progress every second at 32 kbit/s; 16 KB keeps round trips few on a good link.
pub const MIN_BUDGET: u32 = 4 * 1024;
/// See [`MIN_BUDGET`].
pub const MAX_BUDGET: u32 = 16 * 1024;
/// How much one exchange asks for and sends, adapted to the link: chunks start at the largest
/// size (an ordinary incremental sync then takes one round trip, and 16 KB is 4 s at 32 kbit/s),
/// shrink when exchanges are slow or cut, so a link that drops every few kilobytes still makes
/// progress in small steps, and grow again while exchanges complete quickly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    budget: u32,
}

impl Default for Pace {
    fn default() -> Self {
        Pace { budget: MAX_BUDGET }
    }
}

impl Pace {
    /// The response budget to ask for, in compressed bytes.
    pub fn budget(&self) -> u32 {
        self.budget
    }

    /// Bytes of records (before compression) to send in one request: about the budget once
    /// compressed.
    pub fn upload_bytes(&self) -> usize {
        self.budget as usize * 2
    }

    /// After an exchange that completed in `elapsed`. Exchanges are kept between 4 and 10
    /// seconds where the budget range allows: a 16 KB chunk takes about 5 s at 32 kbit/s with
    /// an 800 ms round trip, and a link that drops every minute then loses at most one
    /// exchange of ten seconds.
    pub fn succeeded(&mut self, elapsed: Duration) {
        if elapsed < Duration::from_secs(4) {
            self.budget = (self.budget * 2).min(MAX_BUDGET);
        } else if elapsed > Duration::from_secs(10) {
            self.budget = (self.budget / 2).max(MIN_BUDGET);
        }
    }

    /// After an exchange that failed (cut, timed out).
    pub fn failed(&mut self) {
        self.budget = (self.budget / 2).max(MIN_BUDGET);
    }
}

/// A request ready to send.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The forum.
    pub forum: ForumId,
    /// Where to send it (the server's `/v1/sync`).
    pub url: String,
    /// The signed frame.
    pub body: Vec<u8>,
    /// The records it uploads, in order, to match the acknowledgements.
    uploaded: Vec<RecordHash>,
    /// How many records are still waiting to be sent after these.
    pub waiting_after: usize,
}

/// What one exchange did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Exchange {
    /// Records the server accepted (or already had).
    pub sent: usize,
    /// Records the server refused.
    pub rejected: usize,
    /// Records received and applied.
    pub received: usize,
    /// Records received that did not verify or apply (a misbehaving server).
    pub refused: usize,
    /// Whether the server has more for us.
    pub more: bool,
    /// Bytes sent and received (bodies).
    pub bytes_up: usize,
    /// See `bytes_up`.
    pub bytes_down: usize,
}

/// A join request ready to send.
#[derive(Debug, Clone)]
pub struct PreparedJoin {
    /// The server's base URL, as the user entered it, normalized.
    pub server: String,
    /// Where to send it (the server's `/v1/join`).
    pub url: String,
    /// The signed frame.
    pub body: Vec<u8>,
}

/// The base URL of a server as typed by a person: scheme added if missing, no trailing slash.
pub fn normalize_server(input: &str) -> Result<String, Error> {
    let trimmed = input.trim().trim_end_matches('/');
    let with_scheme = if trimmed.contains("://") { trimmed.to_owned() } else { format!("https://{trimmed}") };
    let url = reqwest::Url::parse(&with_scheme).map_err(|e| Error::Invalid {
        field: "server".into(),
        message: format!("'{input}' is not a server address: {e}"),
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::Invalid { field: "server".into(), message: format!("'{input}' is not an http(s) address") });
    }
    Ok(with_scheme)
}

fn month_of(now_ms: u64) -> String {
    // Days since the epoch to a civil date (Howard Hinnant's algorithm), for the usage month.
    let days = (now_ms / 86_400_000) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}")
}

impl Profile {
    /// Builds a signed join request for `invite` at `server`.
    pub fn prepare_join(
        &mut self,
        server: &str,
        invite: &str,
        profile: PrivateProfile,
        now_ms: u64,
    ) -> Result<PreparedJoin, Error> {
        let server = normalize_server(server)?;
        let invite = invite.trim();
        if invite.is_empty() {
            return Err(Error::Invalid {
                field: "invite".into(),
                message: "enter the invite code you were given".into(),
            });
        }
        let request = JoinRequest { invite: invite.to_owned(), profile };
        let key = &self.key;
        let body = self.store.transaction(|tx| {
            let hlc = next_hlc(tx, now_ms)?;
            Ok(wire::seal(key, Endpoint::Join, hlc, &compress(&wire::encode(&request))))
        })?;
        Ok(PreparedJoin { url: format!("{server}/v1/join"), server, body })
    }

    /// Records a successful join: from now on this device syncs `forum` with the server.
    pub fn finish_join(
        &mut self,
        prepared: &PreparedJoin,
        status: u16,
        response: &[u8],
        now_ms: u64,
    ) -> Result<ForumId, Error> {
        let body = check_status(status, response)?;
        let joined: JoinResponse = wire::decode(&body).map_err(|e| Error::Protocol(e.to_string()))?;
        self.store.transaction(|tx| {
            tx.execute(
                "INSERT INTO servers (forum_id, url, forum_number, server_key, role, joined_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (forum_id) DO UPDATE SET url = excluded.url, forum_number = excluded.forum_number,
                     server_key = excluded.server_key, role = excluded.role",
                params![
                    &joined.forum.as_bytes()[..],
                    prepared.server,
                    joined.forum_number,
                    &joined.server_key.0[..],
                    joined.role.to_string(),
                    now_ms as i64
                ],
            )?;
            Ok(joined.forum)
        })
    }

    /// The forums this device syncs, with their servers.
    pub fn linked_forums(&self) -> Result<Vec<ForumId>, Error> {
        let mut stmt = self.store.conn.prepare("SELECT forum_id FROM servers ORDER BY joined_ms")?;
        let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
        let mut out = Vec::new();
        for row in rows {
            if let Ok(bytes) = <[u8; 16]>::try_from(row?) {
                out.push(ForumId::from_bytes(bytes));
            }
        }
        Ok(out)
    }

    /// Builds the next signed sync request for `forum`: the cursor, the pace's response budget,
    /// and as many records waiting in the outbox as the pace allows (at least one).
    pub fn prepare_sync(&mut self, forum: ForumId, pace: Pace, now_ms: u64) -> Result<Prepared, Error> {
        let link: Option<(String, u32, i64)> = self
            .store
            .conn
            .query_row(
                "SELECT url, forum_number, cursor FROM servers WHERE forum_id = ?1",
                [&forum.as_bytes()[..]],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (server, number, cursor) = link.ok_or_else(|| Error::NotFound("a server for this forum".into()))?;
        let key = &self.key;
        self.store.transaction(|tx| {
            let mut stmt = tx.prepare_cached(
                "SELECT r.id, r.forum_id, r.hlc, r.author, r.payload, r.signature
                 FROM outbox o JOIN records r ON r.hash = o.record_hash
                 WHERE o.sent_ms IS NULL AND o.rejected IS NULL AND r.forum_id = ?1
                 ORDER BY r.hlc, r.hash",
            )?;
            let pending: Vec<Record> =
                stmt.query_map([&forum.as_bytes()[..]], crate::query::record_from_row)?.collect::<Result<_, _>>()?;
            let mut size = 0;
            let take = pending
                .iter()
                .take_while(|r| {
                    size += r.payload.len() + 120;
                    size <= pace.upload_bytes()
                })
                .count()
                .max(pending.len().min(1));
            let uploading = &pending[..take];
            let request = SyncRequest {
                forum: number,
                cursor: cursor as u64,
                budget: pace.budget(),
                records: RecordBatch::pack(uploading),
            };
            let hlc = next_hlc(tx, now_ms)?;
            Ok(Prepared {
                forum,
                url: format!("{server}/v1/sync"),
                body: wire::seal(key, Endpoint::Sync, hlc, &compress(&wire::encode(&request))),
                uploaded: uploading.iter().map(Record::hash).collect(),
                waiting_after: pending.len() - take,
            })
        })
    }

    /// Applies a sync response: acknowledgements, received records and the new cursor, in one
    /// transaction. A response that is not well-formed changes nothing.
    pub fn finish_sync(
        &mut self,
        prepared: &Prepared,
        status: u16,
        response: &[u8],
        now_ms: u64,
    ) -> Result<Exchange, Error> {
        let result = self.apply_sync_response(prepared, status, response, now_ms);
        if let Err(e) = &result {
            // Remember the failure for the status line; nothing else is touched.
            self.note_sync_error(prepared.forum, e)?;
        }
        result
    }

    fn apply_sync_response(
        &mut self,
        prepared: &Prepared,
        status: u16,
        response: &[u8],
        now_ms: u64,
    ) -> Result<Exchange, Error> {
        let body = check_status(status, response)?;
        let answer: SyncResponse = wire::decode(&body).map_err(|e| Error::Protocol(e.to_string()))?;
        if answer.acks.len() != prepared.uploaded.len() {
            return Err(Error::Protocol(format!(
                "{} acknowledgements for {} records sent",
                answer.acks.len(),
                prepared.uploaded.len()
            )));
        }
        let records = answer.records.unpack(prepared.forum).map_err(|e| Error::Protocol(e.to_string()))?;
        if records.iter().any(|r| r.forum != prepared.forum) {
            return Err(Error::Protocol("records of another forum".into()));
        }
        let mut exchange = Exchange {
            more: answer.more,
            bytes_up: prepared.body.len(),
            bytes_down: response.len(),
            ..Exchange::default()
        };
        self.store.transaction(|tx| {
            for (hash, ack) in prepared.uploaded.iter().zip(&answer.acks) {
                match ack {
                    Ack::Accepted | Ack::Duplicate => {
                        exchange.sent += 1;
                        tx.execute(
                            "UPDATE outbox SET sent_ms = ?2 WHERE record_hash = ?1",
                            params![&hash.0[..], now_ms as i64],
                        )?;
                    }
                    Ack::Rejected(reason) => {
                        exchange.rejected += 1;
                        tx.execute("UPDATE outbox SET rejected = ?2 WHERE record_hash = ?1", params![&hash.0[..], reason])?;
                    }
                }
            }
            let mut latest = Hlc::default();
            for outcome in apply_records(tx, &records)? {
                match outcome {
                    Outcome::Applied | Outcome::Duplicate | Outcome::Unknown | Outcome::Waiting(_) => exchange.received += 1,
                    Outcome::Refused(_) => exchange.refused += 1,
                }
            }
            for r in &records {
                latest = latest.max(r.hlc);
            }
            // Keep this device's clock ahead of everything it has seen.
            if latest > Hlc::default() {
                next_hlc_observe(tx, latest, now_ms)?;
            }
            tx.execute(
                "UPDATE servers SET cursor = ?2, last_sync_ms = ?3, last_error = NULL WHERE forum_id = ?1",
                params![&prepared.forum.as_bytes()[..], answer.cursor as i64, now_ms as i64],
            )?;
            let arrived = tx.execute(
                "INSERT INTO local_forums (forum_id, origin, added_ms)
                 SELECT ?1, 'server', ?2 WHERE EXISTS (SELECT 1 FROM forums WHERE id = ?1)
                 ON CONFLICT (forum_id) DO NOTHING",
                params![&prepared.forum.as_bytes()[..], now_ms as i64],
            )?;
            if arrived > 0 {
                // A forum just joined becomes the one shown when its statement first arrives.
                crate::profile::remember_current_forum(tx, &prepared.forum)?;
            }
            tx.execute(
                "INSERT INTO sync_usage (month, sent, received) VALUES (?1, ?2, ?3)
                 ON CONFLICT (month) DO UPDATE SET sent = sent + excluded.sent, received = received + excluded.received",
                params![month_of(now_ms), exchange.bytes_up as i64, exchange.bytes_down as i64],
            )?;
            Ok(())
        })?;
        Ok(exchange)
    }

    /// Remembers why the last attempt to reach `forum`'s server failed, for the status line.
    pub fn note_sync_error(&self, forum: ForumId, error: &Error) -> Result<(), Error> {
        self.store.conn.execute(
            "UPDATE servers SET last_error = ?2 WHERE forum_id = ?1",
            params![&forum.as_bytes()[..], error.to_string()],
        )?;
        Ok(())
    }

    /// What the status line shows for `forum`.
    pub fn sync_status(&self, forum: ForumId, now_ms: u64) -> Result<Option<SyncStatus>, Error> {
        let conn = &self.store.conn;
        let link: Option<(String, String, Option<i64>, Option<String>)> = conn
            .query_row(
                "SELECT url, role, last_sync_ms, last_error FROM servers WHERE forum_id = ?1",
                [&forum.as_bytes()[..]],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((server, role, last_sync, last_error)) = link else { return Ok(None) };
        let count = |sql: &str| conn.query_row(sql, [&forum.as_bytes()[..]], |r| r.get::<_, i64>(0));
        let waiting = count(
            "SELECT count(*) FROM outbox o JOIN records r ON r.hash = o.record_hash
             WHERE r.forum_id = ?1 AND o.sent_ms IS NULL AND o.rejected IS NULL",
        )?;
        let rejected = count(
            "SELECT count(*) FROM outbox o JOIN records r ON r.hash = o.record_hash
             WHERE r.forum_id = ?1 AND o.rejected IS NOT NULL",
        )?;
        let (sent, received): (i64, i64) = conn
            .query_row("SELECT sent, received FROM sync_usage WHERE month = ?1", [month_of(now_ms)], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .unwrap_or((0, 0));
        Ok(Some(SyncStatus {
            server,
            role,
            last_sync_ms: last_sync.map(|v| v as u64),
            last_error,
            waiting: waiting as u32,
            rejected: rejected as u32,
            bytes_this_month: (sent + received) as u64,
        }))
    }

    /// This device's role in `forum`, if it joined it through a server.
    pub fn role_in(&self, forum: ForumId) -> Result<Option<Role>, Error> {
        let role: Option<String> = self
            .store
            .conn
            .query_row("SELECT role FROM servers WHERE forum_id = ?1", [&forum.as_bytes()[..]], |r| r.get(0))
            .optional()?;
        Ok(role.and_then(|r| r.parse().ok()))
    }

    /// The public key of the server `forum` syncs with.
    pub fn server_key(&self, forum: ForumId) -> Result<Option<PublicKey>, Error> {
        let key: Option<Vec<u8>> = self
            .store
            .conn
            .query_row("SELECT server_key FROM servers WHERE forum_id = ?1", [&forum.as_bytes()[..]], |r| r.get(0))
            .optional()?;
        Ok(key.and_then(|k| <[u8; 32]>::try_from(k).ok()).map(PublicKey))
    }
}

/// Records of `forum` stored after log position `cursor`, in log order, at most `limit`: what
/// a forum server sends. Records kept but not applied (waiting) are left out; records of kinds
/// this version does not know are passed on.
pub fn log_after(
    store: &crate::Store,
    forum: &ForumId,
    cursor: u64,
    limit: usize,
) -> Result<Vec<(u64, Record)>, Error> {
    Ok(log_entries(store, forum, cursor, limit)?.into_iter().map(|e| (e.seq, e.record)).collect())
}

/// A record in the log, with who may receive it.
#[derive(Debug, Clone)]
pub struct LogEntry {
    /// Its position in the log.
    pub seq: u64,
    /// The record.
    pub record: Record,
    /// Whether only organizers (and its author) may receive it.
    pub organizers_only: bool,
}

/// Like [`log_after`], with each record's audience.
pub fn log_entries(store: &crate::Store, forum: &ForumId, cursor: u64, limit: usize) -> Result<Vec<LogEntry>, Error> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT l.seq, r.id, r.forum_id, r.hlc, r.author, r.payload, r.signature, l.audience = 'organizers'
         FROM record_log l JOIN records r ON r.hash = l.hash
         WHERE l.forum_id = ?1 AND l.seq > ?2 AND r.state IN ('applied', 'unknown')
         ORDER BY l.seq LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![&forum.as_bytes()[..], cursor as i64, limit as i64], |row| {
        let seq: i64 = row.get(0)?;
        // The record columns start at index 1; read them through a shifted view.
        let record = Record {
            id: plenary_proto::RecordId::from_bytes(fixed(row.get(1)?)?),
            forum: ForumId::from_bytes(fixed(row.get(2)?)?),
            hlc: Hlc(row.get::<_, i64>(3)? as u64),
            author: PublicKey(fixed(row.get(4)?)?),
            payload: row.get(5)?,
            signature: fixed(row.get(6)?)?,
        };
        Ok(LogEntry { seq: seq as u64, record, organizers_only: row.get(7)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn fixed<const N: usize>(bytes: Vec<u8>) -> rusqlite::Result<[u8; N]> {
    bytes.try_into().map_err(|_| rusqlite::Error::InvalidColumnType(0, "blob".into(), rusqlite::types::Type::Blob))
}

/// The highest log position of `forum`, or 0.
pub fn log_end(store: &crate::Store, forum: &ForumId) -> Result<u64, Error> {
    let seq: Option<i64> = store.conn().query_row(
        "SELECT max(seq) FROM record_log WHERE forum_id = ?1",
        [&forum.as_bytes()[..]],
        |r| r.get(0),
    )?;
    Ok(seq.unwrap_or(0) as u64)
}

fn next_hlc_observe(tx: &rusqlite::Transaction<'_>, seen: Hlc, now_ms: u64) -> Result<(), Error> {
    crate::profile::observe_hlc(tx, seen, now_ms)
}

/// The body of a successful response, or the server's refusal as an error.
fn check_status(status: u16, response: &[u8]) -> Result<Vec<u8>, Error> {
    if status != 200 {
        let message = String::from_utf8_lossy(&response[..response.len().min(500)]).trim().to_owned();
        return Err(Error::Server { status, message });
    }
    decompress(response, MAX_DECOMPRESSED)
}

/// The HTTP side of sync: posts frames and returns the status and body. Timeouts suit slow
/// links: a 16 KB chunk takes 4 s at 32 kbit/s, so a minute without progress means trouble.
#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
}

/// The largest response body accepted from a server.
pub const MAX_RESPONSE: usize = 1024 * 1024;

impl Http {
    /// A client with timeouts for slow links.
    pub fn new() -> Result<Http, Error> {
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(30))
            .read_timeout(Duration::from_secs(60))
            .timeout(Duration::from_secs(180))
            .user_agent(concat!("plenary/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::Network(e.to_string()))?;
        Ok(Http { client })
    }

    /// Posts `body` to `url`; returns the status and the response body.
    pub async fn post(&self, url: &str, body: Vec<u8>) -> Result<(u16, Vec<u8>), Error> {
        let response = self
            .client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/vnd.plenary.v1")
            .body(body)
            .send()
            .await
            .map_err(|e| Error::Network(describe(&e)))?;
        let status = response.status().as_u16();
        if response.content_length().is_some_and(|n| n as usize > MAX_RESPONSE) {
            return Err(Error::Protocol("the server's response is too large".into()));
        }
        let bytes = response.bytes().await.map_err(|e| Error::Network(describe(&e)))?;
        if bytes.len() > MAX_RESPONSE {
            return Err(Error::Protocol("the server's response is too large".into()));
        }
        Ok((status, bytes.to_vec()))
    }
}

fn describe(e: &reqwest::Error) -> String {
    use std::error::Error as _;
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Joins the forum at `server` with `invite`; the forum's records arrive with the first sync.
pub async fn join(
    profile: &Mutex<Profile>,
    http: &Http,
    server: &str,
    invite: &str,
    details: PrivateProfile,
    now: impl Fn() -> u64,
) -> Result<ForumId, Error> {
    let prepared = lock(profile)?.prepare_join(server, invite, details, now())?;
    let (status, body) = http.post(&prepared.url, prepared.body.clone()).await?;
    lock(profile)?.finish_join(&prepared, status, &body, now())
}

/// Progress of a sync of one forum, for the status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Records sent so far in this sync.
    pub sent: usize,
    /// Records to send in all (sent plus still waiting).
    pub to_send: usize,
    /// Records received so far.
    pub received: usize,
    /// Bytes of completed exchanges so far, sent and received.
    pub bytes_up: usize,
    /// See `bytes_up`.
    pub bytes_down: usize,
}

/// Exchanges with `forum`'s server until nothing is left to send or receive. Each exchange
/// commits on its own; an error stops the sync and is returned (the caller retries later,
/// with the same `pace`, which has shrunk).
pub async fn sync_forum(
    profile: &Mutex<Profile>,
    http: &Http,
    forum: ForumId,
    pace: &mut Pace,
    now: impl Fn() -> u64,
    mut on_progress: impl FnMut(Progress),
) -> Result<Exchange, Error> {
    let mut total = Exchange::default();
    let mut progress = Progress::default();
    loop {
        let prepared = lock(profile)?.prepare_sync(forum, *pace, now())?;
        progress.to_send = progress.sent + prepared.uploaded.len() + prepared.waiting_after;
        on_progress(progress);
        let started = std::time::Instant::now();
        let (status, body) = match http.post(&prepared.url, prepared.body.clone()).await {
            Ok(answer) => answer,
            Err(e) => {
                pace.failed();
                let _ = lock(profile)?.note_sync_error(forum, &e);
                return Err(e);
            }
        };
        pace.succeeded(started.elapsed());
        let exchange = lock(profile)?.finish_sync(&prepared, status, &body, now())?;
        total.sent += exchange.sent;
        total.rejected += exchange.rejected;
        total.received += exchange.received;
        total.refused += exchange.refused;
        total.bytes_up += exchange.bytes_up;
        total.bytes_down += exchange.bytes_down;
        progress.sent += exchange.sent + exchange.rejected;
        progress.received += exchange.received;
        progress.bytes_up += exchange.bytes_up;
        progress.bytes_down += exchange.bytes_down;
        on_progress(progress);
        if !exchange.more && prepared.waiting_after == 0 {
            total.more = false;
            return Ok(total);
        }
    }
}

fn lock(profile: &Mutex<Profile>) -> Result<std::sync::MutexGuard<'_, Profile>, Error> {
    profile.lock().map_err(|_| Error::Record("an earlier operation failed midway; restart Plenary".into()))
}

/// Retry delays after failures: exponential from 2 s to 5 minutes, with ±50% jitter so many
/// devices losing the same link do not all come back at once. Randomness is passed in.
#[derive(Debug, Clone, Default)]
pub struct Backoff {
    failures: u32,
}

impl Backoff {
    /// The delay before the next attempt after one more failure; `random` is in [0, 1).
    pub fn fail(&mut self, random: f64) -> Duration {
        self.failures = self.failures.saturating_add(1);
        let base = (2u64 << self.failures.min(8)).min(300) as f64; // 4, 8, … capped at 300 s
        Duration::from_secs_f64(base * (0.5 + random.clamp(0.0, 1.0)))
    }

    /// Resets after a success.
    pub fn succeed(&mut self) {
        self.failures = 0;
    }

    /// How many failures in a row.
    pub fn failures(&self) -> u32 {
        self.failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_caps_and_jitters() {
        let mut b = Backoff::default();
        let first = b.fail(0.5);
        let second = b.fail(0.5);
        assert!(second > first);
        for _ in 0..20 {
            b.fail(0.5);
        }
        assert_eq!(b.fail(0.5), Duration::from_secs(300));
        assert!(b.fail(0.0) < b.fail(0.99));
        b.succeed();
        assert_eq!(b.failures(), 0);
    }

    #[test]
    fn pace_starts_large_shrinks_when_slow_or_cut_and_grows_when_quick() {
        let mut pace = Pace::default();
        assert_eq!(pace.budget(), MAX_BUDGET);
        // 4-10 s is where an exchange should be: no change.
        pace.succeeded(Duration::from_secs(5));
        assert_eq!(pace.budget(), MAX_BUDGET);
        pace.succeeded(Duration::from_secs(12));
        assert_eq!(pace.budget(), MAX_BUDGET / 2);
        pace.failed();
        pace.failed();
        pace.failed();
        assert_eq!(pace.budget(), MIN_BUDGET);
        pace.succeeded(Duration::from_secs(30));
        assert_eq!(pace.budget(), MIN_BUDGET);
        // A 4 KB chunk in 1.8 s (32 kbit/s, 800 ms round trip): grow; an 8 KB one in 2.8 s too.
        pace.succeeded(Duration::from_millis(1800));
        assert_eq!(pace.budget(), MIN_BUDGET * 2);
        pace.succeeded(Duration::from_millis(2800));
        assert_eq!(pace.budget(), MAX_BUDGET);
        pace.succeeded(Duration::from_millis(100));
        assert_eq!(pace.budget(), MAX_BUDGET);
        assert_eq!(pace.upload_bytes(), 2 * MAX_BUDGET as usize);
    }

    #[test]
    fn months_and_server_addresses() {
        assert_eq!(month_of(1_764_374_400_000), "2025-11");
        assert_eq!(month_of(0), "1970-01");
        assert_eq!(normalize_server("forum.example.org/").unwrap(), "https://forum.example.org");
        assert_eq!(normalize_server(" http://127.0.0.1:8080 ").unwrap(), "http://127.0.0.1:8080");
        assert!(normalize_server("ftp://x").is_err());
        assert!(normalize_server("").is_err());
    }
}

/// What the background sync is doing for one forum, for the status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Live {
    /// Whether an exchange is under way.
    pub syncing: bool,
    /// Progress of the sync under way (or of the last one).
    pub progress: Progress,
    /// Whether the last attempt could not reach the server.
    pub offline: bool,
    /// Failures in a row.
    pub failures: u32,
    /// When the next attempt is due.
    pub next_attempt_ms: Option<u64>,
}

/// How long to wait between syncs when everything is fine.
pub const POLL_INTERVAL: Duration = Duration::from_secs(60);

/// Syncs every joined forum in the background: whenever a sync is due, and at once when woken
/// ("Sync now", a new contribution, a join). Failures are retried with [`Backoff`]; the chunk
/// size of each forum adapts with its [`Pace`].
pub struct Scheduler {
    profile: std::sync::Arc<Mutex<Profile>>,
    http: Http,
    now: fn() -> u64,
    live: Mutex<std::collections::HashMap<ForumId, Live>>,
    wake: tokio::sync::Notify,
}

impl Scheduler {
    /// A scheduler for `profile`; start it with [`Scheduler::run`].
    pub fn new(profile: std::sync::Arc<Mutex<Profile>>, http: Http, now: fn() -> u64) -> std::sync::Arc<Scheduler> {
        std::sync::Arc::new(Scheduler {
            profile,
            http,
            now,
            live: Mutex::new(std::collections::HashMap::new()),
            wake: tokio::sync::Notify::new(),
        })
    }

    /// Makes every forum due now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// What the scheduler is doing for `forum`.
    pub fn live(&self, forum: ForumId) -> Live {
        self.live.lock().map(|l| l.get(&forum).copied().unwrap_or_default()).unwrap_or_default()
    }

    fn update(&self, forum: ForumId, f: impl FnOnce(&mut Live)) {
        if let Ok(mut live) = self.live.lock() {
            f(live.entry(forum).or_default());
        }
    }

    /// Runs forever.
    pub async fn run(self: std::sync::Arc<Self>) {
        let mut paces: std::collections::HashMap<ForumId, Pace> = std::collections::HashMap::new();
        let mut backoffs: std::collections::HashMap<ForumId, Backoff> = std::collections::HashMap::new();
        loop {
            let forums = lock(&self.profile).and_then(|p| p.linked_forums()).unwrap_or_default();
            for forum in forums {
                let now = (self.now)();
                if self.live(forum).next_attempt_ms.is_some_and(|due| due > now) {
                    continue;
                }
                self.update(forum, |l| {
                    l.syncing = true;
                    l.progress = Progress::default();
                });
                let pace = paces.entry(forum).or_default();
                let result = sync_forum(&self.profile, &self.http, forum, pace, self.now, |p| {
                    self.update(forum, |l| l.progress = p)
                })
                .await;
                let backoff = backoffs.entry(forum).or_default();
                let now = (self.now)();
                match result {
                    Ok(_) => {
                        backoff.succeed();
                        self.update(forum, |l| {
                            *l = Live {
                                progress: l.progress,
                                next_attempt_ms: Some(now + POLL_INTERVAL.as_millis() as u64),
                                ..Live::default()
                            };
                        });
                    }
                    Err(e) => {
                        let delay = backoff.fail(random_unit());
                        let failures = backoff.failures();
                        self.update(forum, |l| {
                            l.syncing = false;
                            l.offline = matches!(e, Error::Network(_));
                            l.failures = failures;
                            l.next_attempt_ms = Some(now + delay.as_millis() as u64);
                        });
                    }
                }
            }
            let now = (self.now)();
            let next = self
                .live
                .lock()
                .ok()
                .and_then(|l| l.values().filter_map(|v| v.next_attempt_ms).min())
                .map_or(POLL_INTERVAL, |due| Duration::from_millis(due.saturating_sub(now)).min(POLL_INTERVAL));
            tokio::select! {
                () = tokio::time::sleep(next.max(Duration::from_millis(200))) => {}
                () = self.wake.notified() => {
                    if let Ok(mut live) = self.live.lock() {
                        for l in live.values_mut() {
                            l.next_attempt_ms = None;
                        }
                    }
                }
            }
        }
    }
}

/// A random number in [0, 1) from the system's random source, for jitter.
fn random_unit() -> f64 {
    let bytes: [u8; 8] = crate::random_bytes().unwrap_or([0x80; 8]);
    (u64::from_be_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64
}

impl Profile {
    /// The status line for the forum the app shows, given what the scheduler is doing.
    pub fn sync_line(&self, scheduler: Option<&Scheduler>, now_ms: u64) -> Result<crate::view::SyncLine, Error> {
        let data_version: i64 =
            self.store.conn.query_row("SELECT coalesce(max(seq), 0) FROM record_log", [], |r| r.get(0))?;
        let mut line = crate::view::SyncLine {
            forum: None,
            data_version: data_version as u64,
            state: "local".into(),
            sent: 0,
            to_send: 0,
            received: 0,
            server: None,
            role: None,
            last_sync_ms: None,
            last_error: None,
            next_attempt_ms: None,
            waiting: 0,
            rejected: 0,
            bytes_this_month: 0,
        };
        // A forum just joined is not in the forum list until its first sync: show that one.
        let forum = match self.default_forum()? {
            Some(f) if self.sync_status(f, now_ms)?.is_some() => Some(f),
            other => self.linked_forums()?.into_iter().find(|f| !self.has_forum(*f)).or(other),
        };
        let Some(forum) = forum else { return Ok(line) };
        line.forum = Some(forum.to_string());
        let Some(status) = self.sync_status(forum, now_ms)? else { return Ok(line) };
        let live = scheduler.map(|s| s.live(forum)).unwrap_or_default();
        line.state = if live.syncing {
            "syncing"
        } else if live.offline {
            "offline"
        } else if status.last_error.is_some() {
            "error"
        } else if status.last_sync_ms.is_some() {
            "up_to_date"
        } else {
            "syncing"
        }
        .into();
        line.sent = live.progress.sent as u32;
        line.to_send = live.progress.to_send as u32;
        line.received = live.progress.received as u32;
        line.server = Some(status.server);
        line.role = Some(status.role);
        line.last_sync_ms = status.last_sync_ms;
        line.last_error = status.last_error;
        line.next_attempt_ms = live.next_attempt_ms.filter(|_| live.failures > 0);
        line.waiting = status.waiting;
        line.rejected = status.rejected;
        line.bytes_this_month = status.bytes_this_month;
        Ok(line)
    }

    fn has_forum(&self, forum: ForumId) -> bool {
        self.store.conn.query_row("SELECT 1 FROM forums WHERE id = ?1", [&forum.as_bytes()[..]], |_| Ok(())).is_ok()
    }
}

// ---- attachments ----------------------------------------------------------------------------

/// Chunks sent or fetched per blobs request: small enough that a cut link loses little.
const CHUNKS_PER_REQUEST: usize = 4;

impl Profile {
    /// The chunks of this device's own attachments in `forum` not yet confirmed by its server.
    pub fn chunks_to_upload(&self, forum: ForumId) -> Result<Vec<String>, Error> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT DISTINCT c.chunk FROM attachment_chunks c
             LEFT JOIN reports r ON c.owner_kind = 'report' AND r.id = c.owner_id
             LEFT JOIN inputs i ON c.owner_kind = 'input' AND i.id = c.owner_id
             WHERE coalesce(r.forum_id, i.forum_id) = ?1 AND coalesce(r.author, i.author) = ?2
               AND EXISTS (SELECT 1 FROM blobs b WHERE b.hash = c.chunk)
               AND NOT EXISTS (SELECT 1 FROM uploaded_chunks u WHERE u.forum_id = ?1 AND u.hash = c.chunk)
             ORDER BY c.chunk",
        )?;
        let rows = stmt.query_map(params![&forum.as_bytes()[..], &self.key.public().0[..]], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn blobs_frame(
        &mut self,
        forum: ForumId,
        request: &plenary_proto::wire::BlobsRequest,
        now_ms: u64,
    ) -> Result<(String, Vec<u8>), Error> {
        let url: String = self
            .store
            .conn
            .query_row("SELECT url FROM servers WHERE forum_id = ?1", [&forum.as_bytes()[..]], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound("a server for this forum".into()))?;
        let key = &self.key;
        let body = self.store.transaction(|tx| {
            let hlc = next_hlc(tx, now_ms)?;
            Ok(wire::seal(key, Endpoint::Blobs, hlc, &compress(&wire::encode(request))))
        })?;
        Ok((format!("{url}/v1/blobs"), body))
    }

    fn forum_number(&self, forum: ForumId) -> Result<u32, Error> {
        self.store
            .conn
            .query_row("SELECT forum_number FROM servers WHERE forum_id = ?1", [&forum.as_bytes()[..]], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound("a server for this forum".into()))
    }

    fn chunk(&self, hash: &str) -> Result<Option<Vec<u8>>, Error> {
        Ok(self.store.conn.query_row("SELECT data FROM blobs WHERE hash = ?1", [hash], |r| r.get(0)).optional()?)
    }

    fn note_uploaded(&mut self, forum: ForumId, hashes: &[String]) -> Result<(), Error> {
        self.store.transaction(|tx| {
            for h in hashes {
                tx.execute(
                    "INSERT OR IGNORE INTO uploaded_chunks (forum_id, hash) VALUES (?1, ?2)",
                    params![&forum.as_bytes()[..], h],
                )?;
            }
            Ok(())
        })
    }

    fn store_chunks(&mut self, chunks: &[(String, Vec<u8>)]) -> Result<usize, Error> {
        self.store.transaction(|tx| {
            let mut stored = 0;
            for (hash, data) in chunks {
                // A chunk is kept only if its content matches its name: never trust a server.
                if plenary_proto::keys::hex(&sha2::Sha256::digest(data)) == *hash {
                    stored +=
                        tx.execute("INSERT OR IGNORE INTO blobs (hash, data) VALUES (?1, ?2)", params![hash, data])?;
                }
            }
            Ok(stored)
        })
    }
}

async fn blobs_exchange(
    profile: &Mutex<Profile>,
    http: &Http,
    forum: ForumId,
    request: plenary_proto::wire::BlobsRequest,
    now: &impl Fn() -> u64,
) -> Result<plenary_proto::wire::BlobsResponse, Error> {
    let (url, body) = lock(profile)?.blobs_frame(forum, &request, now())?;
    let (status, response) = http.post(&url, body).await?;
    let body = check_status(status, &response)?;
    wire::decode(&body).map_err(|e| Error::Protocol(e.to_string()))
}

/// Uploads this device's attachment chunks that its server lacks, a few at a time, each
/// confirmed chunk remembered at once: an upload cut off resumes with what is still missing.
/// Returns how many chunks were sent.
pub async fn upload_attachments(
    profile: &Mutex<Profile>,
    http: &Http,
    forum: ForumId,
    now: impl Fn() -> u64,
) -> Result<usize, Error> {
    let pending = lock(profile)?.chunks_to_upload(forum)?;
    if pending.is_empty() {
        return Ok(0);
    }
    let number = lock(profile)?.forum_number(forum)?;
    // Ask first: chunks the server already holds (from an upload that was cut after it stored
    // them) are not sent again.
    let asked =
        plenary_proto::wire::BlobsRequest { forum: number, have: pending.clone(), put: Vec::new(), get: Vec::new() };
    let missing = blobs_exchange(profile, http, forum, asked, &now).await?.missing;
    let present: Vec<String> = pending.iter().filter(|h| !missing.contains(h)).cloned().collect();
    lock(profile)?.note_uploaded(forum, &present)?;
    let mut sent = 0;
    for batch in missing.chunks(CHUNKS_PER_REQUEST) {
        let mut put = Vec::new();
        for hash in batch {
            if let Some(data) = lock(profile)?.chunk(hash)? {
                put.push((hash.clone(), data));
            }
        }
        let request = plenary_proto::wire::BlobsRequest { forum: number, have: Vec::new(), put, get: Vec::new() };
        let answer = blobs_exchange(profile, http, forum, request, &now).await?;
        sent += answer.stored.len();
        lock(profile)?.note_uploaded(forum, &answer.stored)?;
    }
    Ok(sent)
}

/// Fetches the chunks of an attachment this device lacks, a few at a time, each stored as it
/// arrives (so a cut fetch resumes). Returns whether the attachment is now complete.
pub async fn fetch_attachment(
    profile: &Mutex<Profile>,
    http: &Http,
    forum: ForumId,
    chunks: &[String],
    now: impl Fn() -> u64,
) -> Result<bool, Error> {
    let number = lock(profile)?.forum_number(forum)?;
    let mut missing = Vec::new();
    for hash in chunks {
        if lock(profile)?.chunk(hash)?.is_none() {
            missing.push(hash.clone());
        }
    }
    for batch in missing.chunks(CHUNKS_PER_REQUEST) {
        let request =
            plenary_proto::wire::BlobsRequest { forum: number, have: Vec::new(), put: Vec::new(), get: batch.to_vec() };
        let answer = blobs_exchange(profile, http, forum, request, &now).await?;
        if answer.chunks.is_empty() {
            return Ok(false);
        }
        lock(profile)?.store_chunks(&answer.chunks)?;
    }
    let profile = lock(profile)?;
    Ok(chunks.iter().all(|h| profile.chunk(h).ok().flatten().is_some()))
}
