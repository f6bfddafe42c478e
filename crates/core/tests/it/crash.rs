//! A process killed in the middle of writing leaves a store that opens, passes SQLite's
//! integrity check, holds only whole transactions, and takes further writes.

use plenary_core::Profile;
use plenary_core::contribution::{CommentDraft, DraftContent, DraftKind};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_DIR: &str = "PLENARY_CRASH_CHILD_DIR";

/// Writes as fast as it can, forever: drafts saved keystroke by keystroke, then submitted.
/// Run only as the child of the test below, which kills it.
#[test]
#[ignore = "run only as the child process of killing_the_writer_mid_transaction_loses_nothing_committed"]
fn child_writer() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else { return };
    let (mut profile, _) = Profile::open(Path::new(&dir), 1_764_000_000_000).unwrap();
    let view = profile.statement(None).unwrap();
    let priority = view.sections[0].priorities[0].id.parse().unwrap();
    let revision = profile.priority(priority).unwrap().revision.id;
    let mut now = 1_764_000_000_000u64;
    loop {
        let key = profile.new_draft_key(DraftKind::Comment, priority, now).unwrap();
        let mut body = String::new();
        for word in ["Delegates ", "from ", "every ", "region ", "need ", "a ", "voice."] {
            body.push_str(word);
            now += 1;
            let content = DraftContent::Comment(CommentDraft {
                revision: revision.clone(),
                comment_kind: "support".into(),
                body: body.clone(),
                language: "en".into(),
                attribution: "pseudonym".into(),
                anchor: None,
            });
            profile.save_draft(&key, priority, &content, now).unwrap();
        }
        now += 1;
        profile.submit_draft(&key, now).unwrap();
        // Tell the parent that at least one submission is complete.
        std::fs::write(Path::new(&dir).join("progress"), now.to_string()).unwrap();
    }
}

#[test]
fn killing_the_writer_mid_transaction_loses_nothing_committed() {
    let dir = tempfile::tempdir().unwrap();
    // Create the profile first, so the child's start-up is quick and the kills land in writes.
    drop(Profile::open(dir.path(), 1_764_000_000_000).unwrap());
    let exe = std::env::current_exe().unwrap();
    for round in 0..6u64 {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash::child_writer", "--ignored", "--nocapture"])
            .env(CHILD_DIR, dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let progress = dir.path().join("progress");
        let _ = std::fs::remove_file(&progress);
        let started = Instant::now();
        while !progress.exists() {
            assert!(started.elapsed() < Duration::from_secs(60), "the writer made no progress");
            assert!(child.try_wait().unwrap().is_none(), "the writer exited early");
            std::thread::sleep(Duration::from_millis(5));
        }
        // Land the kill at a different point of the write loop each round.
        std::thread::sleep(Duration::from_millis(3 + 7 * round));
        child.kill().unwrap(); // SIGKILL: no destructors, no rollback, no WAL checkpoint
        child.wait().unwrap();

        let (profile, _) = Profile::open(dir.path(), 1_764_000_000_000).unwrap();
        let conn = profile.store().conn();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok");
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        // Every submission is whole: its record applied, its comment present, its outbox
        // entry queued, and its draft gone; a record never exists without the others.
        let records = count("SELECT count(*) FROM records WHERE kind = 'comment.put'");
        assert!(records > 0);
        assert_eq!(count("SELECT count(*) FROM records WHERE state <> 'applied'"), 0);
        assert_eq!(count("SELECT count(*) FROM comments"), records);
        assert_eq!(count("SELECT count(*) FROM outbox"), records);
        assert_eq!(count("SELECT count(*) FROM drafts d JOIN comments c ON c.id = d.target"), 0);
        // At most one draft was being typed when each kill came, and all are readable.
        assert!(count("SELECT count(*) FROM drafts") <= round as i64 + 1);
        let forum = profile.default_forum().unwrap().unwrap();
        let mine = profile.my_contributions(forum).unwrap();
        assert_eq!(mine.ready.len() as i64, records);
        assert_eq!(mine.drafts.len() as i64, count("SELECT count(*) FROM drafts"));
        assert_eq!(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    }
}
