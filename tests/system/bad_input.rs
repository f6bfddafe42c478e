//! Malformed, truncated, oversized, wrongly signed and too frequent requests get a clear 4xx
//! and change nothing; invites are used at most as often as they allow.

use crate::harness::{Client, TestServer, clock};
use plenary_core::sync::Http;
use plenary_core::wire::compress;
use plenary_proto::wire::{self, Endpoint, JoinRequest, PrivateProfile, RecordBatch, SyncRequest};
use plenary_proto::{DeviceKey, Hlc, Role};
use plenary_server::Limits;
use plenary_server::storage::Storage;

async fn post(http: &Http, url: &str, body: Vec<u8>) -> (u16, String) {
    let (status, body) = http.post(url, body).await.unwrap();
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_get_a_clear_4xx_and_change_nothing() {
    let server = TestServer::start().await;
    let alice = Client::join("Alice", &server, &server.url, Role::Delegate).await;
    alice.sync().await.unwrap();
    let log = server.storage.log_len(server.forum);
    let sync = format!("{}/v1/sync", server.url);
    let http = Http::new().unwrap();
    let key = DeviceKey::from_seed(*b"a device nobody ever invited....");
    let good = SyncRequest { forum: 1, cursor: 0, budget: 4096, records: RecordBatch::default() };
    let sealed = |key: &DeviceKey, request: &SyncRequest| {
        wire::seal(key, Endpoint::Sync, Hlc::from_unix_ms(clock()() + 5_000_000), &compress(&wire::encode(request)))
    };

    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("garbage", b"hello, server".to_vec(), 400, "truncated"),
        ("empty", Vec::new(), 400, "truncated"),
        (
            "a future version",
            {
                let mut f = sealed(&key, &good);
                f[0] = 9;
                f
            },
            400,
            "version 9",
        ),
        ("truncated", sealed(&key, &good)[..60].to_vec(), 400, "truncated"),
        ("not a participant", sealed(&key, &good), 401, "not a participant"),
        ("a body in an unknown encoding", wire::seal(&key, Endpoint::Sync, Hlc(5), b"plain bytes"), 400, "encoding"),
        ("an unknown forum", sealed(&key, &SyncRequest { forum: 77, ..good.clone() }), 404, "no forum number 77"),
        ("oversized", vec![1u8; 2 * 1024 * 1024], 413, "larger than this server accepts"),
    ];
    for (what, body, status, needle) in cases {
        let (got, text) = post(&http, &sync, body).await;
        assert_eq!(got, status, "{what}: {text}");
        assert!(text.contains(needle), "{what}: {text:?} should mention {needle:?}");
    }

    // The oversized body was refused before it was read to the end, so its answer closes the
    // connection: a client that kept it would lose its next request on it.
    let response = reqwest::Client::new().post(&sync).body(vec![1u8; 2 * 1024 * 1024]).send().await.unwrap();
    assert_eq!(response.status(), 413);
    assert_eq!(response.headers().get("connection").map(|v| v.as_bytes()), Some(&b"close"[..]));

    // Alice's key id with someone else's signature.
    let mut forged = {
        let p = alice.profile.lock().unwrap();
        sealed(p.key(), &good)
    };
    let n = forged.len();
    forged[n - 1] ^= 0xff;
    let (got, text) = post(&http, &sync, forged).await;
    assert_eq!(got, 401, "{text}");

    // A zstd bomb: a few bytes that expand past every limit.
    let bomb = {
        let p = alice.profile.lock().unwrap();
        wire::seal(
            p.key(),
            Endpoint::Sync,
            Hlc::from_unix_ms(clock()() + 6_000_000),
            &compress(&vec![0u8; 64 * 1024 * 1024]),
        )
    };
    let (got, text) = post(&http, &sync, bomb).await;
    assert_eq!(got, 400, "{text}");
    assert!(text.contains("expands"), "{text}");

    // A well-signed body that is not a sync request.
    let junk = {
        let p = alice.profile.lock().unwrap();
        wire::seal(p.key(), Endpoint::Sync, Hlc::from_unix_ms(clock()() + 7_000_000), &compress(b"\x01\x02\x03"))
    };
    let (got, _) = post(&http, &sync, junk).await;
    assert_eq!(got, 400);

    assert_eq!(server.storage.log_len(server.forum), log, "nothing was written");
    assert_eq!(alice.sync().await.unwrap().received, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invite_is_used_at_most_as_often_as_it_allows_and_a_join_can_be_repeated() {
    let server = TestServer::start().await;
    let code = server.invite(Role::Delegate, 2);
    let http = Http::new().unwrap();
    let join_url = format!("{}/v1/join", server.url);
    let join_as = |seed: u8, code: &str| {
        let request = JoinRequest { invite: code.to_owned(), profile: PrivateProfile::default() };
        wire::seal(
            &DeviceKey::from_seed([seed; 32]),
            Endpoint::Join,
            Hlc::from_unix_ms(clock()()),
            &compress(&wire::encode(&request)),
        )
    };
    assert_eq!(post(&http, &join_url, join_as(1, &code)).await.0, 200);
    // The same device again (a join whose answer was lost): no further use.
    assert_eq!(post(&http, &join_url, join_as(1, &code)).await.0, 200);
    assert_eq!(post(&http, &join_url, join_as(2, &code.to_lowercase())).await.0, 200);
    let (status, text) = post(&http, &join_url, join_as(3, &code)).await;
    assert_eq!(status, 403);
    assert!(text.contains("used up"), "{text}");
    let (status, text) = post(&http, &join_url, join_as(4, "NOPE-NOPE-NOPE-NOPE")).await;
    assert_eq!(status, 404);
    assert!(text.contains("not valid"), "{text}");
    let people = server.storage.participants(server.forum).unwrap();
    assert_eq!(people.len(), 3, "the server and two devices");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_sending_too_fast_is_slowed_down() {
    let server = TestServer::start_with(Limits { burst: 3.0, per_second: 0.01 }).await;
    let alice = Client::join("Alice", &server, &server.url, Role::Delegate).await;
    let mut statuses = Vec::new();
    for _ in 0..5 {
        let prepared = alice
            .profile
            .lock()
            .unwrap()
            .prepare_sync(alice.forum, plenary_core::sync::Pace::default(), clock()())
            .unwrap();
        statuses.push(alice.http.post(&prepared.url, prepared.body).await.unwrap().0);
    }
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
}
