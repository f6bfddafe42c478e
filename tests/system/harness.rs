//! A test server, test clients and a flaky link.

use plenary_core::Profile;
use plenary_core::contribution::{CommentDraft, DraftContent, DraftKind, PositionDraft};
use plenary_core::sync::{Exchange, Http, Pace, Progress, join, sync_forum};
use plenary_proto::wire::PrivateProfile;
use plenary_proto::{ForumId, PriorityId, Role, Statement};
use plenary_server::storage::{SqliteStorage, Storage};
use plenary_server::{Limits, app, serve};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// A clock for tests: the wall clock (the server uses it too), but strictly increasing, so two
/// readings in the same millisecond still differ.
pub fn clock() -> impl Fn() -> u64 + Clone {
    static LAST: AtomicU64 = AtomicU64::new(0);
    || {
        let wall = plenary_server::now_ms();
        let next = |last: u64| Some(wall.max(last + 1));
        let previous = LAST.fetch_update(Ordering::SeqCst, Ordering::SeqCst, next).unwrap_or(0);
        wall.max(previous + 1)
    }
}

/// The sample statement, as a server forum.
pub const STATEMENT: &str = include_str!("../../assets/sample/statement.md");

/// The real server on 127.0.0.1:0, with one forum made from the sample statement.
pub struct TestServer {
    pub url: String,
    pub addr: SocketAddr,
    pub forum: ForumId,
    pub storage: Arc<SqliteStorage>,
    stop: Option<oneshot::Sender<()>>,
    /// The server's data directory (for its command line).
    pub dir: tempfile::TempDir,
}

impl TestServer {
    pub async fn start() -> TestServer {
        TestServer::start_with(Limits::default()).await
    }

    pub async fn start_with(limits: Limits) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let storage = Arc::new(SqliteStorage::open(dir.path()).unwrap());
        let forum = storage.create_forum(&Statement::parse(STATEMENT).unwrap(), clock()()).unwrap().id;
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let router = app(storage.clone(), limits);
        tokio::spawn(async move {
            serve(listener, router, async move {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        TestServer { url: format!("http://{addr}"), addr, forum, storage, stop: Some(stop), dir }
    }

    pub fn invite(&self, role: Role, uses: u32) -> String {
        self.storage.create_invite(self.forum, role, uses, clock()()).unwrap()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// A device: its own data directory and profile, as the desktop app has.
pub struct Client {
    pub name: &'static str,
    pub profile: Mutex<Profile>,
    pub http: Http,
    pub forum: ForumId,
    pub pace: Mutex<Pace>,
    /// Totals over every exchange that completed, including those of syncs cut short later.
    pub completed: Mutex<Progress>,
    _dir: tempfile::TempDir,
}

impl Client {
    /// A new device that joins `server` (at `url`, which may be a proxy) in `role`.
    pub async fn join(name: &'static str, server: &TestServer, url: &str, role: Role) -> Client {
        let dir = tempfile::tempdir().unwrap();
        let (profile, _) = Profile::open(dir.path(), clock()()).unwrap();
        let profile = Mutex::new(profile);
        let http = Http::new().unwrap();
        let details = PrivateProfile {
            name: format!("{name} Canary"),
            affiliation: format!("{name} Institute"),
            contact: format!("{name}@example.org"),
            group: None,
            region: Some("142".into()),
        };
        let forum = join(&profile, &http, url, &server.invite(role, 1), details, clock()).await.unwrap();
        Client { name, profile, http, forum, pace: Mutex::new(Pace::default()), completed: Mutex::default(), _dir: dir }
    }

    /// A new device that joins `server` in `role`, telling the server `details` and keeping
    /// the same name, affiliation, group and region as its own identity details.
    pub async fn join_as(name: &'static str, server: &TestServer, role: Role, details: PrivateProfile) -> Client {
        let dir = tempfile::tempdir().unwrap();
        let (mut profile, _) = Profile::open(dir.path(), clock()()).unwrap();
        profile
            .set_identity_details(&plenary_core::contribution::IdentityDetails {
                name: Some(details.name.clone()),
                affiliation: Some(details.affiliation.clone()),
                group: details.group.map(|g| g.to_string()),
                region: details.region.clone(),
            })
            .unwrap();
        let profile = Mutex::new(profile);
        let http = Http::new().unwrap();
        let forum = join(&profile, &http, &server.url, &server.invite(role, 1), details, clock()).await.unwrap();
        Client { name, profile, http, forum, pace: Mutex::new(Pace::default()), completed: Mutex::default(), _dir: dir }
    }

    /// Uploads one record as this device, straight to the server's sync endpoint (as a
    /// modified client could), and returns the server's acknowledgement.
    pub async fn upload_raw(&self, server: &TestServer, record: &plenary_proto::Record) -> plenary_proto::wire::Ack {
        use plenary_proto::wire::{self, Endpoint, RecordBatch, SyncRequest, SyncResponse};
        let frame = {
            let p = self.profile.lock().unwrap();
            let number = server.storage.forums().unwrap().iter().find(|f| f.id == self.forum).unwrap().number;
            let request =
                SyncRequest { forum: number, cursor: u64::MAX / 2, budget: 4096, records: RecordBatch::pack([record]) };
            wire::seal(
                p.key(),
                Endpoint::Sync,
                plenary_proto::Hlc::from_unix_ms(clock()()),
                &plenary_core::wire::compress(&wire::encode(&request)),
            )
        };
        let (status, body) = self.http.post(&format!("{}/v1/sync", server.url), frame).await.unwrap();
        assert_eq!(status, 200);
        let response: SyncResponse = wire::decode(&plenary_core::wire::decompress(&body, 1 << 22).unwrap()).unwrap();
        response.acks.into_iter().next().unwrap()
    }

    /// Joins over a link that may cut the join itself: repeats it, as a person would.
    pub async fn join_retrying(name: &'static str, server: &TestServer, url: &str, role: Role) -> Client {
        let dir = tempfile::tempdir().unwrap();
        let (profile, _) = Profile::open(dir.path(), clock()()).unwrap();
        let profile = Mutex::new(profile);
        let http = Http::new().unwrap();
        let invite = server.invite(role, 1);
        for _ in 0..100 {
            let details = PrivateProfile { name: name.into(), ..PrivateProfile::default() };
            if let Ok(forum) = join(&profile, &http, url, &invite, details, clock()).await {
                return Client {
                    name,
                    profile,
                    http,
                    forum,
                    pace: Mutex::new(Pace::default()),
                    completed: Mutex::default(),
                    _dir: dir,
                };
            }
        }
        panic!("{name} could not join in 100 attempts");
    }

    /// Syncs until it succeeds (over a flaky link).
    pub async fn sync_retrying(&self) -> Exchange {
        for _ in 0..500 {
            if let Ok(done) = self.sync().await {
                return done;
            }
        }
        panic!("{} could not sync in 500 attempts", self.name);
    }

    pub async fn sync(&self) -> Result<Exchange, plenary_core::Error> {
        let mut pace = *self.pace.lock().unwrap();
        let before = *self.completed.lock().unwrap();
        let result = sync_forum(&self.profile, &self.http, self.forum, &mut pace, clock(), |p| {
            let mut c = self.completed.lock().unwrap();
            c.received = before.received + p.received;
            c.sent = before.sent + p.sent;
            c.bytes_up = before.bytes_up + p.bytes_up;
            c.bytes_down = before.bytes_down + p.bytes_down;
        })
        .await;
        *self.pace.lock().unwrap() = pace;
        result
    }

    /// The server forum's priorities, in reading order (after a first sync).
    pub fn priorities(&self) -> Vec<PriorityId> {
        let view = self.profile.lock().unwrap().statement(Some(self.forum)).unwrap();
        view.sections.iter().flat_map(|s| s.priorities.iter()).map(|p| p.id.parse().unwrap()).collect()
    }

    /// Writes and submits a comment on `priority`.
    pub fn comment(&self, priority: PriorityId, body: &str) -> String {
        let mut p = self.profile.lock().unwrap();
        let revision = p.priority(priority).unwrap().revision.id;
        let key = p.new_draft_key(DraftKind::Comment, priority, clock()()).unwrap();
        let content = DraftContent::Comment(CommentDraft {
            revision,
            comment_kind: "concern".into(),
            body: body.into(),
            language: "en".into(),
            attribution: "pseudonym".into(),
            anchor: None,
        });
        p.save_draft(&key, priority, &content, clock()()).unwrap();
        p.submit_draft(&key, clock()()).unwrap();
        key.target
    }

    /// Sets this device's position on `priority`.
    pub fn position(&self, priority: PriorityId, stance: &str) {
        let mut p = self.profile.lock().unwrap();
        let key = p.new_draft_key(DraftKind::Position, priority, clock()()).unwrap();
        let content = DraftContent::Position(PositionDraft {
            stance: Some(stance.into()),
            reason: String::new(),
            attribution: "pseudonym".into(),
        });
        p.save_draft(&key, priority, &content, clock()()).unwrap();
        p.submit_draft(&key, clock()()).unwrap();
    }

    /// Every row of the forum's synced tables, as text, for comparing devices.
    pub fn state(&self) -> Vec<String> {
        let p = self.profile.lock().unwrap();
        let conn = p.store().conn();
        let mut out = Vec::new();
        let forum = &self.forum.as_bytes()[..];
        for (table, filter) in [
            ("forums", "id = ?1"),
            ("participants", "forum_id = ?1"),
            ("sections", "forum_id = ?1"),
            ("priorities", "forum_id = ?1"),
            ("revisions", "priority_id IN (SELECT id FROM priorities WHERE forum_id = ?1)"),
            ("comments", "forum_id = ?1"),
            ("amendments", "forum_id = ?1"),
            ("positions", "forum_id = ?1"),
        ] {
            let mut stmt = conn.prepare(&format!("SELECT * FROM {table} WHERE {filter}")).unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([forum], |r| {
                    Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|"))
                })
                .unwrap();
            let mut rows: Vec<String> = rows.map(|r| format!("{table}: {}", r.unwrap())).collect();
            rows.sort();
            out.extend(rows);
        }
        out
    }
}

/// A small seeded random source (splitmix64), so a flaky link misbehaves the same way each run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// How a flaky link behaves.
#[derive(Clone, Copy)]
pub struct LinkConfig {
    /// Bytes per second each way (0: unlimited).
    pub bytes_per_second: u64,
    /// Extra delay per chunk of bytes forwarded, in milliseconds.
    pub delay_ms: u64,
    /// A connection is cut after a random number of bytes below this (0: never).
    pub cut_within: u64,
}

/// Counts of what went through a flaky link.
#[derive(Default)]
pub struct LinkStats {
    pub connections: AtomicU64,
    pub cuts: AtomicU64,
    pub up: AtomicU64,
    pub down: AtomicU64,
}

/// An in-process TCP proxy between clients and the server that throttles, delays and cuts
/// connections, drawing from a seeded random source.
pub struct FlakyLink {
    pub url: String,
    pub stats: Arc<LinkStats>,
}

impl FlakyLink {
    pub async fn start(target: SocketAddr, config: LinkConfig, seed: u64) -> FlakyLink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let stats = Arc::new(LinkStats::default());
        let rng = Arc::new(Mutex::new(Rng::new(seed)));
        let shared = stats.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let stats = shared.clone();
                stats.connections.fetch_add(1, Ordering::SeqCst);
                let cut_after = match config.cut_within {
                    0 => u64::MAX,
                    n => 200 + rng.lock().unwrap().below(n),
                };
                tokio::spawn(async move {
                    let Ok(server) = TcpStream::connect(target).await else { return };
                    pipe(client, server, config, cut_after, stats).await;
                });
            }
        });
        FlakyLink { url, stats }
    }
}

/// Forwards both ways until either side closes or `cut_after` bytes have passed in total;
/// then both directions are dropped, as when a mobile link goes away.
async fn pipe(client: TcpStream, server: TcpStream, config: LinkConfig, cut_after: u64, stats: Arc<LinkStats>) {
    let (cr, cw) = client.into_split();
    let (sr, sw) = server.into_split();
    let passed = Arc::new(AtomicU64::new(0));
    let cut = Arc::new((std::sync::atomic::AtomicBool::new(false), tokio::sync::Notify::new()));
    let forward = |mut from: tokio::net::tcp::OwnedReadHalf, mut to: tokio::net::tcp::OwnedWriteHalf, up: bool| {
        let passed = passed.clone();
        let cut = cut.clone();
        let stats = stats.clone();
        async move {
            let mut buf = vec![0u8; 1024];
            loop {
                if cut.0.load(Ordering::SeqCst) {
                    break;
                }
                let n = tokio::select! {
                    r = from.read(&mut buf) => match r { Ok(0) | Err(_) => break, Ok(n) => n },
                    () = cut.1.notified() => break,
                };
                let total = passed.fetch_add(n as u64, Ordering::SeqCst) + n as u64;
                let n = if total > cut_after { n.saturating_sub((total - cut_after) as usize) } else { n };
                if config.delay_ms > 0 {
                    tokio::time::sleep(std::time::Duration::from_millis(config.delay_ms)).await;
                }
                if let Some(micros) = (n as u64 * 1_000_000).checked_div(config.bytes_per_second) {
                    tokio::time::sleep(std::time::Duration::from_micros(micros)).await;
                }
                if to.write_all(&buf[..n]).await.is_err() {
                    break;
                }
                let counter = if up { &stats.up } else { &stats.down };
                counter.fetch_add(n as u64, Ordering::SeqCst);
                if total > cut_after {
                    if !cut.0.swap(true, Ordering::SeqCst) {
                        stats.cuts.fetch_add(1, Ordering::SeqCst);
                    }
                    cut.1.notify_waiters();
                    break;
                }
            }
            let _ = to.shutdown().await;
        }
    };
    tokio::join!(forward(cr, sw, true), forward(sr, cw, false));
}
