//! Two delegates and an organizer, syncing through the real server, end with the same forum;
//! what the rules forbid is refused with a reason on the server and on the client.

use crate::harness::{Client, TestServer, clock};
use plenary_core::contribution::{DraftContent, DraftKind, PositionDraft};
use plenary_proto::record::RevisionCreate;
use plenary_proto::wire::{self, Ack, Endpoint, RecordBatch, SyncRequest, SyncResponse};
use plenary_proto::{Body, Hlc, Record, RecordId, RevisionId, Role};
use plenary_server::storage::Storage;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_delegates_and_an_organizer_converge() {
    let server = TestServer::start().await;
    let organizer = Client::join("Organizer", &server, &server.url, Role::Organizer).await;
    let alice = Client::join("Alice", &server, &server.url, Role::Delegate).await;
    let bruno = Client::join("Bruno", &server, &server.url, Role::Delegate).await;
    for c in [&organizer, &alice, &bruno] {
        let first = c.sync().await.unwrap();
        // The forum: its creation, 3 sections, 18 priorities with their first revisions, and
        // the admissions so far.
        assert!(first.received >= 40, "{} received only {} records", c.name, first.received);
        assert_eq!(c.priorities().len(), 18);
    }
    let p = alice.priorities();
    // Everyone writes offline, then syncs in turn.
    let a1 = alice.comment(p[0], "Which countries count as without an institute?");
    alice.position(p[0], "support");
    bruno.comment(p[0], "Visas are the real barrier here.");
    bruno.position(p[0], "oppose");
    bruno.comment(p[9], "安全事件报告需要统一的格式。");
    organizer.comment(p[9], "We will take this up in the second session.");
    for c in [&alice, &bruno, &organizer] {
        let done = c.sync().await.unwrap();
        assert_eq!(done.rejected, 0, "{}: {done:?}", c.name);
    }
    // A second round brings everyone what the others sent after them.
    for c in [&alice, &bruno, &organizer] {
        c.sync().await.unwrap();
    }
    let expected = organizer.state();
    assert_eq!(alice.state(), expected);
    assert_eq!(bruno.state(), expected);

    // What each sees: others by pseudonym only, counts of positions, nobody's name.
    let page = bruno.profile.lock().unwrap().priority(p[0]).unwrap();
    assert_eq!(page.comments.len(), 2);
    let from_alice = page.comments.iter().find(|c| c.id == a1).unwrap();
    assert!(!from_alice.author.is_you);
    assert_eq!(from_alice.author.name, None);
    assert_eq!(from_alice.author.pseudonym.len(), 5);
    assert_eq!((page.positions.support, page.positions.oppose), (1, 1));
    let status = alice.profile.lock().unwrap().sync_status(alice.forum, clock()()).unwrap().unwrap();
    assert_eq!((status.waiting, status.rejected), (0, 0));
    assert!(status.last_sync_ms.is_some() && status.bytes_this_month > 0);
    assert_eq!(status.role, "delegate");

    // A sync with nothing new moves nothing but a few bytes.
    let idle = alice.sync().await.unwrap();
    assert_eq!((idle.sent, idle.received), (0, 0));
    assert!(idle.bytes_up <= 100 && idle.bytes_down <= 100, "{idle:?}");

    // The organizers' view of who joined has the private profiles; no device has them.
    let people = server.storage.participants(server.forum).unwrap();
    assert!(people.iter().any(|p| p.profile.as_ref().is_some_and(|pr| pr.name == "Alice Canary")));
    for c in [&alice, &bruno, &organizer] {
        assert!(!c.state().iter().any(|row| row.contains("Canary")), "{} holds a private profile", c.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delegate_cannot_edit_a_priority_on_the_client_or_the_server() {
    let server = TestServer::start().await;
    let delegate = Client::join("Delegate", &server, &server.url, Role::Delegate).await;
    delegate.sync().await.unwrap();
    let priority = delegate.priorities()[0];
    let before = delegate.state();

    // The client refuses to make the record at all.
    let revision = {
        let p = delegate.profile.lock().unwrap();
        p.priority(priority).unwrap().revision.id
    };
    let hlc = Hlc::from_unix_ms(clock()());
    let (record, key_public) = {
        let p = delegate.profile.lock().unwrap();
        let record = Record::sign(
            p.key(),
            delegate.forum,
            RecordId::new_v7(hlc.unix_ms(), [1; 10]),
            hlc,
            &Body::RevisionCreate(RevisionCreate {
                revision: RevisionId::new_v7(hlc.unix_ms(), [2; 10]),
                priority,
                parents: vec![revision.parse().unwrap()],
                title: "Hijacked".into(),
                body: "A delegate's own text.".into(),
                language: "en".parse().unwrap(),
                note: None,
            }),
        );
        (record, p.key().public())
    };
    let outcome = delegate.profile.lock().unwrap().apply(std::slice::from_ref(&record)).unwrap();
    assert_eq!(
        outcome,
        [plenary_core::apply::Outcome::Waiting("only organizers may revise priorities".into())],
        "the client keeps it unapplied"
    );

    // A modified client sends it anyway: the server refuses it with the same reason.
    let request = SyncRequest { forum: 1, cursor: u64::MAX / 2, budget: 4096, records: RecordBatch::pack([&record]) };
    let frame = {
        let p = delegate.profile.lock().unwrap();
        wire::seal(
            p.key(),
            Endpoint::Sync,
            Hlc::from_unix_ms(clock()()),
            &plenary_core::wire::compress(&wire::encode(&request)),
        )
    };
    let (status, body) = delegate.http.post(&format!("{}/v1/sync", server.url), frame).await.unwrap();
    assert_eq!(status, 200);
    let response: SyncResponse = wire::decode(&plenary_core::wire::decompress(&body, 1 << 20).unwrap()).unwrap();
    assert_eq!(response.acks, [Ack::Rejected("only organizers may revise priorities".into())]);
    let _ = key_public;

    // Nothing changed anywhere: a fresh device sees the original text.
    let other = Client::join("Other", &server, &server.url, Role::Delegate).await;
    other.sync().await.unwrap();
    let page = other.profile.lock().unwrap().priority(priority).unwrap();
    assert_eq!(page.title, "Broaden Participation in Global AI Safety Forums");
    assert_eq!(page.revision.count, 1);
    delegate.sync().await.unwrap();
    assert_eq!(
        delegate.state().iter().filter(|r| r.starts_with("revisions")).count(),
        before.iter().filter(|r| r.starts_with("revisions")).count()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_observer_cannot_contribute_and_keeps_the_draft() {
    let server = TestServer::start().await;
    let observer = Client::join("Observer", &server, &server.url, Role::Observer).await;
    observer.sync().await.unwrap();
    let priority = observer.priorities()[1];
    // The device knows its role from the server's admission record, so its own store refuses
    // the submission with the reason, and the draft stays.
    let mut p = observer.profile.lock().unwrap();
    let key = p.new_draft_key(DraftKind::Position, priority, clock()()).unwrap();
    let content = DraftContent::Position(PositionDraft {
        stance: Some("support".into()),
        reason: String::new(),
        attribution: "pseudonym".into(),
    });
    p.save_draft(&key, priority, &content, clock()()).unwrap();
    let err = p.submit_draft(&key, clock()()).unwrap_err();
    assert!(err.to_string().contains("role may not contribute"), "{err}");
    assert!(p.draft(&key).unwrap().is_some(), "the draft stays, editable");
}

/// A server that refuses every uploaded record (as one would after the forum closed, or with
/// rules newer than the client's): the client shows the reason and the item stays editable.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_contribution_the_server_rejects_shows_its_reason_and_stays_editable() {
    let server = TestServer::start().await;
    let alice = Client::join("Alice", &server, &server.url, Role::Delegate).await;
    alice.sync().await.unwrap();
    let priority = alice.priorities()[2];
    let comment = alice.comment(priority, "Sent to a server that will refuse it.");

    // Point the device at a stand-in server that refuses everything with a reason.
    let refusing = axum::Router::new().route(
        "/v1/sync",
        axum::routing::post(|body: axum::body::Bytes| async move {
            let frame = wire::open(Endpoint::Sync, &body).unwrap();
            let request: SyncRequest =
                wire::decode(&plenary_core::wire::decompress(frame.body, 1 << 22).unwrap()).unwrap();
            let n = request.records.len();
            let response = SyncResponse {
                acks: vec![Ack::Rejected("the forum is closed for comments".into()); n],
                records: RecordBatch::default(),
                cursor: request.cursor,
                more: false,
            };
            plenary_core::wire::compress(&wire::encode(&response))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, refusing).await.unwrap() });
    {
        let p = alice.profile.lock().unwrap();
        p.store().conn().execute("UPDATE servers SET url = ?1", [&url]).unwrap();
    }
    let done = alice.sync().await.unwrap();
    assert_eq!(done.rejected, 1);

    let mut p = alice.profile.lock().unwrap();
    let status = p.sync_status(alice.forum, clock()()).unwrap().unwrap();
    assert_eq!((status.waiting, status.rejected), (0, 1));
    let mine = p.my_contributions(alice.forum).unwrap();
    let item = mine.sent.iter().find(|i| i.id == comment).unwrap();
    assert_eq!(item.status, "rejected");
    assert_eq!(item.rejected_reason.as_deref(), Some("the forum is closed for comments"));
    let page = p.priority(priority).unwrap();
    assert_eq!(page.comments.iter().find(|c| c.id == comment).unwrap().status.as_deref(), Some("rejected"));
    // Still editable: an edit makes a new record, ready to send again.
    let key = p.edit_contribution(DraftKind::Comment, &comment, clock()()).unwrap();
    p.submit_draft(&key, clock()()).unwrap();
    let mine = p.my_contributions(alice.forum).unwrap();
    assert!(mine.ready.iter().any(|i| i.id == comment && i.status == "ready"));
}

/// The app's flow: join, the background scheduler syncs, the joined forum becomes the one
/// shown, the status line follows, and a new comment goes out when the scheduler is woken.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_scheduler_syncs_a_joined_forum() {
    use plenary_core::sync::{Http, Scheduler};
    use std::sync::{Arc, Mutex};
    let server = TestServer::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (profile, _) = plenary_core::Profile::open(dir.path(), clock()()).unwrap();
    let profile = Arc::new(Mutex::new(profile));
    let http = Http::new().unwrap();
    let before = profile.lock().unwrap().sync_line(None, clock()()).unwrap();
    assert_eq!(before.state, "local", "the sample forum does not sync");

    let invite = server.invite(Role::Delegate, 1);
    let details = plenary_proto::wire::PrivateProfile { name: "Dana".into(), ..Default::default() };
    let forum = plenary_core::sync::join(&profile, &http, &server.url, &invite, details, clock()).await.unwrap();
    let joined = profile.lock().unwrap().sync_line(None, clock()()).unwrap();
    assert_eq!(joined.state, "syncing", "joined, waiting for the first sync");
    assert_eq!(joined.role.as_deref(), Some("delegate"));

    let scheduler = Scheduler::new(profile.clone(), http, plenary_server::now_ms);
    tokio::spawn(scheduler.clone().run());
    let wait_for = |what: &'static str, done: &dyn Fn() -> bool| {
        let started = std::time::Instant::now();
        while !done() {
            assert!(started.elapsed() < std::time::Duration::from_secs(30), "timed out waiting for {what}");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    };
    wait_for("the first sync", &|| {
        profile.lock().unwrap().sync_line(Some(&scheduler), clock()()).unwrap().state == "up_to_date"
    });
    {
        let p = profile.lock().unwrap();
        assert_eq!(p.default_forum().unwrap(), Some(forum), "the joined forum is shown once it arrives");
        let forums = p.forums().unwrap();
        assert_eq!(forums.len(), 2);
        assert!(forums.iter().any(|f| f.origin == "sample" && !f.current));
        assert!(
            forums
                .iter()
                .any(|f| f.origin == "server" && f.current && f.server.as_deref() == Some(server.url.as_str()))
        );
    }
    // A comment written now goes out as soon as the scheduler is woken.
    let priority = {
        let p = profile.lock().unwrap();
        p.statement(Some(forum)).unwrap().sections[0].priorities[0].id.parse().unwrap()
    };
    {
        let mut p = profile.lock().unwrap();
        let key = p.new_draft_key(DraftKind::Position, priority, clock()()).unwrap();
        let content = DraftContent::Position(PositionDraft {
            stance: Some("neutral".into()),
            reason: "Undecided until the second session.".into(),
            attribution: "pseudonym".into(),
        });
        p.save_draft(&key, priority, &content, clock()()).unwrap();
        p.submit_draft(&key, clock()()).unwrap();
        assert_eq!(p.sync_line(Some(&scheduler), clock()()).unwrap().waiting, 1);
    }
    scheduler.wake();
    wait_for("the position to be sent", &|| {
        profile.lock().unwrap().sync_line(Some(&scheduler), clock()()).unwrap().waiting == 0
    });
    // Switching back to the sample forum is remembered.
    let sample = {
        let p = profile.lock().unwrap();
        p.forums().unwrap().into_iter().find(|f| f.origin == "sample").unwrap().id.parse().unwrap()
    };
    profile.lock().unwrap().set_current_forum(sample).unwrap();
    assert_eq!(profile.lock().unwrap().default_forum().unwrap(), Some(sample));
    assert_eq!(profile.lock().unwrap().sync_line(Some(&scheduler), clock()()).unwrap().state, "local");
}

/// A source revision changes on the organizer's device; the translator's translation is marked
/// outdated after they sync, with what changed in the source.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_translation_becomes_outdated_when_the_source_changes_elsewhere() {
    use plenary_core::translation::TranslationDraft;
    let server = TestServer::start().await;
    let organizer = Client::join("Organizer", &server, &server.url, Role::Organizer).await;
    let translator = Client::join("Translator", &server, &server.url, Role::Translator).await;
    organizer.sync().await.unwrap();
    translator.sync().await.unwrap();
    let priority = translator.priorities()[12]; // 2.4 Address Cultural and Contextual Nuances
    let subject = format!("priority/{priority}");
    {
        let mut t = translator.profile.lock().unwrap();
        t.set_current_forum(translator.forum).unwrap();
        let draft = TranslationDraft {
            title: Some("Tenir compte des nuances culturelles et contextuelles".into()),
            body: "Tenir compte des nuances culturelles et nationales liées au risque, comme les conceptions différentes de termes tels que sûreté et sécurité.".into(),
            state: "translated".into(),
        };
        t.save_translation_draft(&subject, "fr", &draft, clock()()).unwrap();
        t.submit_translation(&subject, "fr", clock()()).unwrap();
        let editor = t.translation_editor(None, &subject, "fr").unwrap();
        assert!(!editor.current.unwrap().outdated);
    }
    translator.sync().await.unwrap();

    // The organizer sees the translation, then revises the source.
    organizer.sync().await.unwrap();
    {
        let mut o = organizer.profile.lock().unwrap();
        o.set_current_forum(organizer.forum).unwrap();
        let editor = o.translation_editor(None, &subject, "fr").unwrap();
        assert_eq!(editor.current.unwrap().state, "translated");
        o.revise_priority(
            priority,
            "Address Cultural and Contextual Nuances",
            "Address cultural, regional and national nuances related to risk, such as different conceptions of terms including safety and security.",
            Some("after the second session".into()),
            clock()(),
        )
        .unwrap();
    }
    organizer.sync().await.unwrap();

    // The translator syncs: outdated, with the change in the source.
    translator.sync().await.unwrap();
    let t = translator.profile.lock().unwrap();
    let editor = t.translation_editor(None, &subject, "fr").unwrap();
    assert!(editor.current.as_ref().unwrap().outdated, "the translation is marked outdated");
    let changes = editor.source_changes.unwrap();
    let added: String = changes.body.iter().filter(|d| d.kind == "added").map(|d| d.text.as_str()).collect();
    assert!(added.contains("regional"), "{:?}", changes.body);
    let reading = t.statement_in(None, Some("fr")).unwrap();
    let badge = reading.sections[1].priorities[3].translation.clone().unwrap();
    assert!(badge.outdated && badge.state == "translated", "{badge:?}");
    drop(t);
    assert_eq!(translator.state(), organizer.state());
}
