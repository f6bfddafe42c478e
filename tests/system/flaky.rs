//! Sync over a link that throttles, delays and cuts connections: it resumes without
//! re-sending what was applied, and ends converged. Replayed and duplicated requests change
//! nothing.

use crate::harness::{Client, FlakyLink, LinkConfig, TestServer, clock};
use plenary_proto::Role;
use plenary_proto::wire::{self, Ack, Endpoint, RecordBatch, SyncRequest, SyncResponse};
use std::sync::atomic::Ordering;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_that_keeps_dropping_resumes_and_converges() {
    let server = TestServer::start().await;
    // A good link first: the organizer fills the forum with 300 comments.
    let organizer = Client::join("Organizer", &server, &server.url, Role::Organizer).await;
    organizer.sync().await.unwrap();
    let p = organizer.priorities();
    for i in 0..300 {
        organizer.comment(
            p[i % p.len()],
            &format!("Comment {i}: the consultation should hear more voices from every region."),
        );
    }
    let up = organizer.sync().await.unwrap();
    assert_eq!((up.sent, up.rejected), (300, 0));

    // Then a delegate on a bad link: 24 kB/s, 5 ms per kB, connections cut within 16 kB.
    let link = FlakyLink::start(
        server.addr,
        LinkConfig { bytes_per_second: 24_000, delay_ms: 5, cut_within: 16_000 },
        0x2c0ffee,
    )
    .await;
    let delegate = Client::join_retrying("Delegate", &server, &link.url, Role::Delegate).await;
    let mut attempts = 0;
    let mut written = false;
    loop {
        attempts += 1;
        assert!(attempts < 500, "no convergence after 500 attempts");
        match delegate.sync().await {
            Ok(_) => {
                if !written {
                    // Write on the bad link too, once the forum has arrived.
                    let ps = delegate.priorities();
                    for i in 0..40 {
                        delegate.comment(ps[i % ps.len()], &format!("From a bad link, {i}: visas and connectivity."));
                    }
                    written = true;
                    continue;
                }
                break;
            }
            Err(_) => {
                // Count what the cut exchange had already committed, then try again at once.
                continue;
            }
        }
    }
    let cuts = link.stats.cuts.load(Ordering::SeqCst);
    assert!(cuts >= 3, "the link should have cut some connections, cut {cuts}");

    // Converged: the organizer gets the delegate's comments, and both hold the same forum.
    organizer.sync().await.unwrap();
    delegate.sync_retrying().await;
    assert_eq!(delegate.state(), organizer.state());
    let comments = organizer.state().iter().filter(|r| r.starts_with("comments")).count();
    assert_eq!(comments, 340);

    // Nothing applied was sent again: a record is re-sent only when the answer acknowledging
    // it was cut off, at most one request's worth per cut.
    let duplicates = server.storage.duplicate_uploads();
    assert!(duplicates <= cuts * 40, "{duplicates} duplicate uploads for {cuts} cuts");
    // Every record came down exactly once: a cut exchange applies nothing, a completed one
    // moves the cursor past what it applied.
    let done = *delegate.completed.lock().unwrap();
    let own = 40;
    let needed = server.storage.log_len(server.forum) as usize - own;
    assert_eq!(done.received, needed, "records received over all completed exchanges");
    // Bytes: what crossed the link is what completed exchanges needed, plus at most one
    // chunk (and its HTTP framing) per cut.
    let down = link.stats.down.load(Ordering::SeqCst) as usize;
    let chunk = plenary_core::sync::MAX_BUDGET as usize + 1_000;
    assert!(
        down <= done.bytes_down + (attempts as usize + 2) * 400 + cuts as usize * chunk,
        "{down} bytes down for {} bytes of completed exchanges and {cuts} cuts",
        done.bytes_down
    );
    eprintln!(
        "flaky link: {attempts} attempts, {cuts} cuts, {} records received once each, {duplicates} duplicate uploads, \
         {down} bytes down over the link for {} bytes of completed exchanges",
        done.received, done.bytes_down
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replayed_and_duplicated_requests_change_nothing() {
    let server = TestServer::start().await;
    let alice = Client::join("Alice", &server, &server.url, Role::Delegate).await;
    alice.sync().await.unwrap();
    let p = alice.priorities();
    alice.comment(p[0], "Only once, please.");
    let prepared = alice
        .profile
        .lock()
        .unwrap()
        .prepare_sync(alice.forum, plenary_core::sync::Pace::default(), clock()())
        .unwrap();
    let url = prepared.url.clone();
    let (status, first) = alice.http.post(&url, prepared.body.clone()).await.unwrap();
    assert_eq!(status, 200);
    let log = server.storage.log_len(server.forum);

    // The same bytes again: refused as a replay, nothing applied.
    let (status, body) = alice.http.post(&url, prepared.body.clone()).await.unwrap();
    assert_eq!(status, 409, "{}", String::from_utf8_lossy(&body));
    assert!(String::from_utf8_lossy(&body).contains("already received"));
    assert_eq!(server.storage.log_len(server.forum), log);

    // The same records in a new request (as after a lost answer): acknowledged as duplicates.
    let again = alice
        .profile
        .lock()
        .unwrap()
        .prepare_sync(alice.forum, plenary_core::sync::Pace::default(), clock()())
        .unwrap();
    let (status, body) = alice.http.post(&url, again.body.clone()).await.unwrap();
    assert_eq!(status, 200);
    let response: SyncResponse = wire::decode(&plenary_core::wire::decompress(&body, 1 << 22).unwrap()).unwrap();
    assert_eq!(response.acks, [Ack::Duplicate]);
    assert_eq!(server.storage.log_len(server.forum), log);
    // The client takes the first answer; then everything is up to date.
    alice.profile.lock().unwrap().finish_sync(&prepared, 200, &first, clock()()).unwrap();
    let status = alice.profile.lock().unwrap().sync_status(alice.forum, clock()()).unwrap().unwrap();
    assert_eq!(status.waiting, 0);

    // A batch holding the same record twice: both acknowledged as duplicates, nothing changes.
    let own = {
        let p = alice.profile.lock().unwrap();
        let me = p.key().public();
        plenary_core::sync::log_after(p.store(), &alice.forum, 0, 10_000)
            .unwrap()
            .into_iter()
            .map(|(_, r)| r)
            .find(|r| r.author == me)
            .unwrap()
    };
    let request =
        SyncRequest { forum: 1, cursor: u64::MAX / 2, budget: 4096, records: RecordBatch::pack([&own, &own]) };
    let frame = {
        let p = alice.profile.lock().unwrap();
        let hlc = plenary_proto::Hlc::from_unix_ms(clock()() + 1_000_000);
        wire::seal(p.key(), Endpoint::Sync, hlc, &plenary_core::wire::compress(&wire::encode(&request)))
    };
    let (status, body) = alice.http.post(&url, frame).await.unwrap();
    assert_eq!(status, 200);
    let response: SyncResponse = wire::decode(&plenary_core::wire::decompress(&body, 1 << 22).unwrap()).unwrap();
    assert_eq!(response.acks, [Ack::Duplicate, Ack::Duplicate]);
    assert_eq!(server.storage.log_len(server.forum), log);
}
