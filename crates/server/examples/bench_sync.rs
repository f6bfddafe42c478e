//! The sync benchmark of `cargo xtask bench` (section `sync`): bytes on the wire and round
//! trips for one incremental sync, Plenary against the automerge crate's sync protocol on the
//! same data, and against the floor F. Figures are printed, never asserted.
//!
//! Data set: a forum with 1,000 comments that both sides already have; then 50 new comments
//! arrive at the server (from other participants) and 20 are written on the client. The sync
//! under test brings both up to date. F per direction = zstd (level 19) of the new records'
//! id, clock, author key and payload, + 64 bytes per signature.
//!
//! Over a bad link (by hand, as root, see `docs/benchmarks.md`):
//! `bench_sync link-server 10.77.0.2:8080 DIR` in one network namespace and
//! `bench_sync link-client http://10.77.0.2:8080 DIR` in the other, with DIR shared.

use automerge::sync::{Message, State, SyncDoc};
use automerge::transaction::Transactable;
use automerge::{ActorId, AutoCommit, ObjType, ROOT, ReadDoc};
use plenary_core::Profile;
use plenary_core::contribution::{CommentDraft, DraftContent, DraftKind};
use plenary_core::sync::{Http, Pace, join, sync_forum};
use plenary_proto::wire::PrivateProfile;
use plenary_proto::{ForumId, PriorityId, Record, Role, Statement};
use plenary_server::storage::{SqliteStorage, Storage};
use plenary_server::{Limits, app, now_ms, serve};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const STATEMENT: &str = include_str!("../../../assets/sample/statement.md");
const EXISTING: usize = 1_000;
const NEW_ON_SERVER: usize = 50;
const NEW_ON_CLIENT: usize = 20;

/// Deterministic comment texts, so every run measures the same data.
struct Texts(u64);

impl Texts {
    fn next(&mut self) -> String {
        const WORDS: &[&str] = &[
            "the",
            "forum",
            "should",
            "incident",
            "reporting",
            "open-source",
            "models",
            "evaluation",
            "governance",
            "countries",
            "institutes",
            "standards",
            "risk",
            "access",
            "participation",
            "visas",
            "funding",
            "research",
            "collaboration",
            "trust",
            "security",
            "safety",
            "developers",
            "regions",
            "civil",
            "society",
            "we",
            "propose",
            "to",
            "and",
            "of",
            "in",
            "a",
            "for",
            "with",
            "consistent",
            "protocols",
            "transparency",
            "accountability",
        ];
        let mut draw = || {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        };
        let n = 15 + (draw() % 45) as usize;
        let words: Vec<&str> = (0..n).map(|_| WORDS[(draw() % WORDS.len() as u64) as usize]).collect();
        format!("We {}.", words.join(" "))
    }
}

/// One device: a profile in its own directory.
struct Device {
    profile: Mutex<Profile>,
    forum: ForumId,
    http: Http,
    _dir: tempfile::TempDir,
}

impl Device {
    async fn join(url: &str, invite: &str) -> Device {
        let dir = tempfile::tempdir().expect("temp dir");
        let (profile, _) = Profile::open(dir.path(), now_ms()).expect("profile");
        let profile = Mutex::new(profile);
        let http = Http::new().expect("http");
        let forum = join(&profile, &http, url, invite, PrivateProfile::default(), now_ms).await.expect("join");
        Device { profile, forum, http, _dir: dir }
    }

    fn comment(&self, priority: PriorityId, body: String) {
        let mut p = self.profile.lock().expect("profile");
        let revision = p.priority(priority).expect("priority").revision.id;
        let key = p.new_draft_key(DraftKind::Comment, priority, now_ms()).expect("key");
        let content = DraftContent::Comment(CommentDraft {
            revision,
            comment_kind: "concern".into(),
            body,
            language: "en".into(),
            attribution: "pseudonym".into(),
            anchor: None,
        });
        p.save_draft(&key, priority, &content, now_ms()).expect("save");
        p.submit_draft(&key, now_ms()).expect("submit");
    }

    fn priorities(&self) -> Vec<PriorityId> {
        let view = self.profile.lock().expect("profile").statement(Some(self.forum)).expect("statement");
        view.sections.iter().flat_map(|s| s.priorities.iter()).map(|p| p.id.parse().expect("id")).collect()
    }

    /// Syncs until done, retrying after errors (a lossy link may time out); returns the body
    /// bytes up and down of the exchanges that completed.
    async fn sync(&self) -> (usize, usize) {
        let mut pace = Pace::default();
        loop {
            let (mut up, mut down) = (0, 0);
            let result = sync_forum(&self.profile, &self.http, self.forum, &mut pace, now_ms, |p| {
                up = p.bytes_up;
                down = p.bytes_down;
            })
            .await;
            match result {
                Ok(done) => return (done.bytes_up, done.bytes_down),
                Err(e) => eprintln!("sync failed after {up} B up / {down} B down, retrying: {e}"),
            }
        }
    }

    /// This device's records still waiting to be sent.
    fn pending(&self) -> Vec<Record> {
        let p = self.profile.lock().expect("profile");
        let me = p.key().public();
        let sent: Vec<Vec<u8>> = {
            let mut stmt =
                p.store().conn().prepare("SELECT record_hash FROM outbox WHERE sent_ms IS NULL").expect("sql");
            stmt.query_map([], |r| r.get(0)).expect("sql").map(|r| r.expect("row")).collect()
        };
        plenary_core::sync::log_after(p.store(), &self.forum, 0, usize::MAX >> 1)
            .expect("log")
            .into_iter()
            .map(|(_, r)| r)
            .filter(|r| r.author == me && sent.contains(&r.hash().0.to_vec()))
            .collect()
    }
}

/// The same comments as automerge changes: one map per comment under `comments`, each comment
/// one commit by its author's actor.
fn automerge_comment(doc: &mut AutoCommit, actor: u8, id: usize, priority: &PriorityId, body: &str) {
    doc.set_actor(ActorId::from(vec![actor; 16]));
    let comments = match doc.get(ROOT, "comments").expect("get") {
        Some((_, id)) => id,
        None => doc.put_object(ROOT, "comments", ObjType::Map).expect("map"),
    };
    let c = doc.put_object(&comments, format!("c{id}"), ObjType::Map).expect("comment");
    for (field, value) in [
        ("priority", priority.to_string()),
        ("kind", "concern".into()),
        ("body", body.into()),
        ("language", "en".into()),
    ] {
        doc.put(&c, field, value).expect("put");
    }
    doc.put(&c, "attribution", "pseudonym").expect("put");
    doc.commit();
}

/// Runs automerge's sync protocol in memory until both sides are quiet; returns (round trips,
/// bytes client→server, bytes server→client).
fn automerge_sync(
    client: &mut AutoCommit,
    server: &mut AutoCommit,
    cs: &mut State,
    ss: &mut State,
) -> (usize, usize, usize) {
    let (mut trips, mut up, mut down) = (0, 0, 0);
    loop {
        let to_server = client.sync().generate_sync_message(cs).map(Message::encode);
        if let Some(bytes) = &to_server {
            up += bytes.len();
            server.sync().receive_sync_message(ss, Message::decode(bytes).expect("decode")).expect("receive");
        }
        let to_client = server.sync().generate_sync_message(ss).map(Message::encode);
        if let Some(bytes) = &to_client {
            down += bytes.len();
            client.sync().receive_sync_message(cs, Message::decode(bytes).expect("decode")).expect("receive");
        }
        if to_server.is_none() && to_client.is_none() {
            return (trips, up, down);
        }
        trips += 1;
    }
}

/// zstd (level 19) of the records' id, clock, author and payload, + 64 bytes per signature.
fn floor(records: &[Record]) -> usize {
    let mut raw = Vec::new();
    for r in records {
        raw.extend_from_slice(r.id.as_bytes());
        raw.extend_from_slice(&r.hlc.0.to_be_bytes());
        raw.extend_from_slice(&r.author.0);
        raw.extend_from_slice(&r.payload);
    }
    zstd::bulk::compress(&raw, 19).expect("zstd").len() + 64 * records.len()
}

fn ratio(x: usize, f: usize) -> String {
    format!("{:.2}·F", x as f64 / f.max(1) as f64)
}

/// A TCP proxy that counts bytes each way and requests.
struct Counter {
    url: String,
    up: Arc<AtomicU64>,
    down: Arc<AtomicU64>,
    requests: Arc<AtomicU64>,
}

impl Counter {
    fn read(&self) -> (usize, usize, usize) {
        let get = |a: &AtomicU64| a.load(Ordering::SeqCst) as usize;
        (get(&self.up), get(&self.down), get(&self.requests))
    }
}

async fn counting_proxy(target: std::net::SocketAddr) -> Counter {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let counter = Counter { url, up: Arc::default(), down: Arc::default(), requests: Arc::default() };
    let (up, down, requests) = (counter.up.clone(), counter.down.clone(), counter.requests.clone());
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let (up, down, requests) = (up.clone(), down.clone(), requests.clone());
            tokio::spawn(async move {
                let Ok(server) = TcpStream::connect(target).await else { return };
                let (mut cr, mut cw) = client.into_split();
                let (mut sr, mut sw) = server.into_split();
                let a = async move {
                    let mut buf = vec![0u8; 16384];
                    while let Ok(n) = cr.read(&mut buf).await {
                        if n == 0 || sw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                        if buf[..n].starts_with(b"POST ") {
                            requests.fetch_add(1, Ordering::SeqCst);
                        }
                        up.fetch_add(n as u64, Ordering::SeqCst);
                    }
                    let _ = sw.shutdown().await;
                };
                let b = async move {
                    let mut buf = vec![0u8; 16384];
                    while let Ok(n) = sr.read(&mut buf).await {
                        if n == 0 || cw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                        down.fetch_add(n as u64, Ordering::SeqCst);
                    }
                    let _ = cw.shutdown().await;
                };
                tokio::join!(a, b);
            });
        }
    });
    counter
}

/// A server with the benchmark's forum; returns its storage, the forum, its address and an
/// organizer device ("the others") on it.
async fn start_server(dir: &Path, listen: &str) -> (Arc<SqliteStorage>, ForumId, std::net::SocketAddr, Device) {
    let storage = Arc::new(SqliteStorage::open(dir).expect("storage"));
    let forum = storage.create_forum(&Statement::parse(STATEMENT).expect("statement"), now_ms()).expect("forum").id;
    let listener = TcpListener::bind(listen).await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(serve(listener, app(storage.clone(), Limits { burst: 1e6, per_second: 1e6 }), std::future::pending()));
    let invite = storage.create_invite(forum, Role::Organizer, 1, now_ms()).expect("invite");
    let others = Device::join(&format!("http://{addr}"), &invite).await;
    others.sync().await;
    (storage, forum, addr, others)
}

/// The others write `n` comments, in Plenary and in the automerge document alike.
async fn others_write(others: &Device, doc: &mut AutoCommit, texts: &mut Texts, first: usize, n: usize) {
    let priorities = others.priorities();
    for i in first..first + n {
        let body = texts.next();
        let priority = priorities[(i * 7) % priorities.len()];
        others.comment(priority, body.clone());
        automerge_comment(doc, (i % 20) as u8 + 1, i, &priority, &body);
    }
    others.sync().await;
}

/// The client writes its 20 comments.
fn client_writes(client: &Device, doc: &mut AutoCommit) {
    let mut texts = Texts(0xC11E_0000_0000_0001);
    let priorities = client.priorities();
    for i in 0..NEW_ON_CLIENT {
        let body = texts.next();
        let priority = priorities[(i * 5) % priorities.len()];
        client.comment(priority, body.clone());
        automerge_comment(doc, 200, 100_000 + i, &priority, &body);
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["link-server", addr, dir] => link_server(addr, Path::new(dir)).await,
        ["link-client", url, dir] => link_client(url, Path::new(dir)).await,
        [] => loopback().await,
        _ => eprintln!("usage: bench_sync [link-server ADDR DIR | link-client URL DIR]"),
    }
}

async fn loopback() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (storage, forum, addr, others) = start_server(dir.path(), "127.0.0.1:0").await;
    let counter = counting_proxy(addr).await;
    let mut texts = Texts(0x5EED_1234_ABCD_0001);
    let mut am_server = AutoCommit::new();
    others_write(&others, &mut am_server, &mut texts, 0, EXISTING).await;

    let invite = storage.create_invite(forum, Role::Delegate, 1, now_ms()).expect("invite");
    let client = Device::join(&counter.url, &invite).await;
    // The initial sync: everything the forum holds (the statement's sections, priorities,
    // translations and glossary as well as the comments); automerge's document holds only the
    // comments.
    let everything: Vec<Record> =
        storage.fetch(forum, 0, usize::MAX >> 1).expect("fetch").rows.into_iter().map(|e| e.record).collect();
    let others_key = others.profile.lock().expect("profile").key().public();
    let comments: Vec<Record> = everything.iter().filter(|r| r.author == others_key).cloned().collect();
    let before = counter.read();
    let (_, initial_body) = client.sync().await;
    let initial = counter.read();
    let (initial_tcp, initial_trips) = (initial.1 - before.1, initial.2 - before.2);
    let mut am_client = AutoCommit::new();
    let (mut cs, mut ss) = (State::new(), State::new());
    let (am_initial_trips, _, am_initial_down) = automerge_sync(&mut am_client, &mut am_server, &mut cs, &mut ss);

    // The change: 50 new at the server, 20 new on the client.
    let client_key = client.profile.lock().expect("profile").key().public();
    let cursor: u64 = {
        let p = client.profile.lock().expect("profile");
        p.store().conn().query_row("SELECT cursor FROM servers", [], |r| r.get::<_, i64>(0)).expect("cursor") as u64
    };
    others_write(&others, &mut am_server, &mut texts, EXISTING, NEW_ON_SERVER).await;
    client_writes(&client, &mut am_client);
    let client_new = client.pending();
    let server_new: Vec<Record> = storage
        .fetch(forum, cursor, usize::MAX >> 1)
        .expect("fetch")
        .rows
        .into_iter()
        .map(|e| e.record)
        .filter(|r| r.author != client_key)
        .collect();
    assert_eq!((client_new.len(), server_new.len()), (NEW_ON_CLIENT, NEW_ON_SERVER));
    let (f_up, f_down) = (floor(&client_new), floor(&server_new));

    let before = counter.read();
    let started = Instant::now();
    let (body_up, body_down) = client.sync().await;
    let elapsed = started.elapsed();
    let after = counter.read();
    let (tcp_up, tcp_down, trips) = (after.0 - before.0, after.1 - before.1, after.2 - before.2);
    let (noop_up, noop_down) = client.sync().await;
    let noop = counter.read();
    let (noop_tcp_up, noop_tcp_down, noop_trips) = (noop.0 - after.0, noop.1 - after.1, noop.2 - after.2);

    let (am_trips, am_up, am_down) = automerge_sync(&mut am_client, &mut am_server, &mut cs, &mut ss);
    let (am_noop_trips, am_noop_up, am_noop_down) = automerge_sync(&mut am_client, &mut am_server, &mut cs, &mut ss);

    println!(
        "data: {EXISTING} existing comments, then {NEW_ON_SERVER} new at the server and {NEW_ON_CLIENT} new on the client"
    );
    println!(
        "target: each direction <= 1.15·F + 300 B (up {:.0} B, down {:.0} B); a no-op <= 100 B each way in one round trip",
        1.15 * f_up as f64 + 300.0,
        1.15 * f_down as f64 + 300.0
    );
    println!("| | up (client→server) | down (server→client) | round trips |");
    println!("|---|---|---|---|");
    println!("| floor F | {f_up} B | {f_down} B | – |");
    println!(
        "| Plenary, message bodies | {body_up} B ({}) | {body_down} B ({}) | {trips} |",
        ratio(body_up, f_up),
        ratio(body_down, f_down)
    );
    println!(
        "| Plenary, TCP incl. HTTP/1.1 headers | {tcp_up} B ({}) | {tcp_down} B ({}) | {trips} |",
        ratio(tcp_up, f_up),
        ratio(tcp_down, f_down)
    );
    println!(
        "| automerge 0.12 sync messages (unsigned) | {am_up} B ({}) | {am_down} B ({}) | {am_trips} |",
        ratio(am_up, f_up),
        ratio(am_down, f_down)
    );
    println!("| no-op: Plenary bodies | {noop_up} B | {noop_down} B | {noop_trips} |");
    println!("| no-op: Plenary TCP | {noop_tcp_up} B | {noop_tcp_down} B | {noop_trips} |");
    println!("| no-op: automerge | {am_noop_up} B | {am_noop_down} B | {am_noop_trips} |");
    println!("Plenary's incremental sync on loopback took {:.0} ms", elapsed.as_secs_f64() * 1000.0);
    println!();
    println!("initial sync, down (server→client):");
    println!("| | everything ({} records) | of which the {EXISTING} comments | round trips |", everything.len());
    println!("|---|---|---|---|");
    println!("| floor F | {} B | {} B | – |", floor(&everything), floor(&comments));
    println!(
        "| Plenary, message bodies | {initial_body} B ({}) | – | {initial_trips} |",
        ratio(initial_body, floor(&everything))
    );
    println!(
        "| Plenary, TCP incl. HTTP/1.1 headers | {initial_tcp} B ({}) | – | {initial_trips} |",
        ratio(initial_tcp, floor(&everything))
    );
    println!(
        "| automerge 0.12 (comments only, unsigned) | – | {am_initial_down} B ({}) | {am_initial_trips} |",
        ratio(am_initial_down, floor(&comments))
    );
}

// ---- over a bad link, in two network namespaces -------------------------------------------

/// Length-prefixed automerge messages over TCP; an empty frame means "nothing to say".
async fn send_frame(stream: &mut TcpStream, bytes: &[u8]) -> std::io::Result<()> {
    stream.write_all(&(bytes.len() as u32).to_be_bytes()).await?;
    stream.write_all(bytes).await
}

async fn read_frame(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut len = [0u8; 4];
    stream.read_exact(&mut len).await?;
    let mut buf = vec![0u8; u32::from_be_bytes(len) as usize];
    stream.read_exact(&mut buf).await?;
    Ok(buf)
}

fn wait_for(path: &Path) {
    while !path.exists() {
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The server side: Plenary's server on ADDR and an automerge peer on the next port, with the
/// 1,000 comments; adds the 50 new ones when DIR/add-new appears.
async fn link_server(addr: &str, dir: &Path) {
    std::fs::create_dir_all(dir).expect("dir");
    let data = tempfile::tempdir().expect("temp dir");
    let (storage, forum, bound, others) = start_server(data.path(), addr).await;
    let mut texts = Texts(0x5EED_1234_ABCD_0001);
    let doc = Arc::new(tokio::sync::Mutex::new(AutoCommit::new()));
    others_write(&others, &mut *doc.lock().await, &mut texts, 0, EXISTING).await;
    let invite = storage.create_invite(forum, Role::Delegate, 1, now_ms()).expect("invite");
    std::fs::write(dir.join("invite"), &invite).expect("invite file");
    let peer = TcpListener::bind((bound.ip(), bound.port() + 1)).await.expect("bind automerge peer");
    let served = doc.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = peer.accept().await {
            let doc = served.clone();
            tokio::spawn(async move {
                let mut state = State::new();
                while let Ok(frame) = read_frame(&mut stream).await {
                    let mut doc = doc.lock().await;
                    if !frame.is_empty() {
                        doc.sync()
                            .receive_sync_message(&mut state, Message::decode(&frame).expect("decode"))
                            .expect("receive");
                    }
                    let reply = doc.sync().generate_sync_message(&mut state).map(Message::encode).unwrap_or_default();
                    drop(doc);
                    if send_frame(&mut stream, &reply).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    eprintln!(
        "link-server: ready on {bound} (automerge peer on port {}); waiting for {}",
        bound.port() + 1,
        dir.join("add-new").display()
    );
    std::fs::write(dir.join("ready"), "").expect("ready file");
    let flag = dir.join("add-new");
    tokio::task::spawn_blocking(move || wait_for(&flag)).await.expect("wait");
    others_write(&others, &mut *doc.lock().await, &mut texts, EXISTING, NEW_ON_SERVER).await;
    std::fs::write(dir.join("added"), "").expect("added file");
    eprintln!("link-server: added {NEW_ON_SERVER} comments; serving until stopped");
    std::future::pending::<()>().await;
}

/// The client side: joins, syncs the forum, then measures the incremental sync of 50 + 20
/// comments for Plenary and for automerge, over whatever link lies between.
async fn link_client(url: &str, dir: &Path) {
    wait_for(&dir.join("ready"));
    let invite = std::fs::read_to_string(dir.join("invite")).expect("invite file");
    let client = Device::join(url, invite.trim()).await;
    let started = Instant::now();
    let (up, down) = client.sync().await;
    println!(
        "Plenary initial sync ({EXISTING} comments): {:.1} s, {up} B up, {down} B down",
        started.elapsed().as_secs_f64()
    );

    let host: PathBuf = url.trim_start_matches("http://").into();
    let host = host.to_string_lossy().into_owned();
    let (ip, port) = host.rsplit_once(':').expect("host:port");
    let mut stream = TcpStream::connect((ip, port.parse::<u16>().expect("port") + 1)).await.expect("automerge peer");
    let mut doc = AutoCommit::new();
    let mut state = State::new();
    let am_sync = |doc: &mut AutoCommit, state: &mut State| {
        doc.sync().generate_sync_message(state).map(Message::encode).unwrap_or_default()
    };
    async fn exchange(
        stream: &mut TcpStream,
        doc: &mut AutoCommit,
        state: &mut State,
        first: Vec<u8>,
    ) -> (usize, usize, usize) {
        let (mut up, mut down, mut trips) = (0, 0, 0);
        let mut outgoing = first;
        loop {
            up += outgoing.len();
            send_frame(stream, &outgoing).await.expect("send");
            let reply = read_frame(stream).await.expect("read");
            down += reply.len();
            trips += 1;
            if !reply.is_empty() {
                doc.sync().receive_sync_message(state, Message::decode(&reply).expect("decode")).expect("receive");
            }
            outgoing = doc.sync().generate_sync_message(state).map(Message::encode).unwrap_or_default();
            if outgoing.is_empty() && reply.is_empty() {
                return (trips, up, down);
            }
        }
    }
    let started = Instant::now();
    let first = am_sync(&mut doc, &mut state);
    let (trips, am_up, am_down) = exchange(&mut stream, &mut doc, &mut state, first).await;
    println!(
        "automerge initial sync: {:.1} s, {am_up} B up, {am_down} B down, {trips} round trips",
        started.elapsed().as_secs_f64()
    );

    std::fs::write(dir.join("add-new"), "").expect("flag");
    wait_for(&dir.join("added"));
    client_writes(&client, &mut doc);
    let started = Instant::now();
    let (up, down) = client.sync().await;
    println!(
        "Plenary incremental sync (+{NEW_ON_SERVER} down, +{NEW_ON_CLIENT} up): {:.1} s, {up} B up, {down} B down (bodies)",
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let first = am_sync(&mut doc, &mut state);
    let (trips, am_up, am_down) = exchange(&mut stream, &mut doc, &mut state, first).await;
    println!(
        "automerge incremental sync: {:.1} s, {am_up} B up, {am_down} B down, {trips} round trips",
        started.elapsed().as_secs_f64()
    );
}
