//! Backups: a whole profile to one passphrase-protected file and back, on another data
//! directory; wrong passphrases, damaged files and other identities refused without change;
//! rolling automatic snapshots.

use plenary_core::Profile;
use plenary_core::backup;
use plenary_core::contribution::{CommentDraft, DraftContent, DraftKey, DraftKind, IdentityDetails};
use plenary_core::identity::KEY_FILE;
use plenary_core::profile::{Origin, SAMPLE_STATEMENT, STORE_FILE};
use rusqlite::types::ValueRef;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const NOW: u64 = 1_764_000_000_000;
const HOUR: u64 = 60 * 60 * 1000;
const PASSPHRASE: &str = "correct horse battery staple";

/// A profile someone has used: a forum of their own, a submitted comment, a draft, settings,
/// an attachment and the details they are willing to disclose.
fn used_profile(dir: &Path) -> (Profile, DraftKey) {
    let (mut profile, _) = Profile::open(dir, NOW).unwrap();
    let sample = profile.statement(None).unwrap();
    let priority = sample.sections[0].priorities[0].id.parse().unwrap();
    let revision = profile.priority(priority).unwrap().revision.id;
    let comment = |body: &str| {
        DraftContent::Comment(CommentDraft {
            revision: revision.clone(),
            comment_kind: "question".into(),
            body: body.into(),
            language: "en".into(),
            attribution: "pseudonym".into(),
            anchor: None,
        })
    };
    let sent = profile.new_draft_key(DraftKind::Comment, priority, NOW).unwrap();
    profile.save_draft(&sent, priority, &comment("Which forums count as global?"), NOW + 1).unwrap();
    profile.submit_draft(&sent, NOW + 2).unwrap();
    let kept = profile.new_draft_key(DraftKind::Comment, priority, NOW + 3).unwrap();
    profile.save_draft(&kept, priority, &comment("A draft, still being written"), NOW + 4).unwrap();
    profile.import_statement(SAMPLE_STATEMENT, Origin::File, NOW + 5).unwrap();
    profile.set_ui_setting("ui-locale", "fr").unwrap();
    // An attachment that does not compress, so a backup spans several sealed chunks.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let noise: Vec<u8> = (0..300_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    profile.add_attachment("scan.pdf", "application/pdf", &noise).unwrap();
    profile
        .set_identity_details(&IdentityDetails {
            name: Some("Amina".into()),
            affiliation: Some("A university".into()),
            group: Some("academia".into()),
            region: Some("002".into()),
        })
        .unwrap();
    (profile, kept)
}

/// Every row of every table of the store, as text, sorted: two stores with the same dump hold
/// the same records, record log, drafts, outbox, settings and search index.
fn dump(profile: &Profile) -> Vec<String> {
    let conn = profile.store().conn();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.iter().any(|t| t == "records") && tables.iter().any(|t| t == "record_log"));
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let mut row = format!("{table}:");
                for i in 0..columns {
                    let cell = match r.get_ref(i)? {
                        ValueRef::Null => "null".to_owned(),
                        ValueRef::Integer(n) => n.to_string(),
                        ValueRef::Real(x) => x.to_string(),
                        ValueRef::Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
                        ValueRef::Blob(b) => plenary_proto::keys::hex(b),
                    };
                    row.push_str(&cell);
                    row.push('|');
                }
                Ok(row)
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.extend(rows);
    }
    out
}

fn record_log(profile: &Profile) -> Vec<(Vec<u8>, i64, Vec<u8>)> {
    let conn = profile.store().conn();
    let mut stmt = conn.prepare("SELECT forum_id, seq, hash FROM record_log ORDER BY forum_id, seq").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().collect::<Result<_, _>>().unwrap()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn backup_of(profile: &Profile, root: &Path) -> PathBuf {
    let path = root.join("moving.plenary-backup");
    profile.create_backup(&path, PASSPHRASE, NOW + HOUR).unwrap();
    path
}

#[test]
fn a_backup_restores_into_an_empty_directory_with_identical_records_and_the_same_identity() {
    let root = tempfile::tempdir().unwrap();
    let (old, kept) = used_profile(&root.path().join("old"));
    let path = root.path().join("moving.plenary-backup");
    let made = old.create_backup(&path, PASSPHRASE, NOW + HOUR).unwrap();
    assert_eq!(made.identity, old.key().public().to_hex());
    assert_eq!(made.size, std::fs::metadata(&path).unwrap().len());
    assert_eq!(made.forums.len(), 2);
    assert_eq!(mode(&path), 0o600);
    // Sealed: neither the key nor any text of the store shows in the file.
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"PLENARY-BACKUP\n\x00\x01\x01"));
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(!contains(b"PRIVATE KEY") && !contains(b"Amina") && !contains(b"SQLite format"));

    let manifest = backup::inspect(&bytes[..], PASSPHRASE).unwrap();
    assert_eq!(manifest.identity, made.identity);
    assert_eq!(manifest.created_ms, NOW + HOUR);

    let new_dir = root.path().join("new machine").join("data");
    let restored = backup::restore_into(&new_dir, std::fs::File::open(&path).unwrap(), PASSPHRASE, false).unwrap();
    assert_eq!(restored.identity, made.identity);
    assert!(!restored.replaced);
    assert_eq!(mode(&new_dir), 0o700);
    assert_eq!(mode(&new_dir.join(KEY_FILE)), 0o600);
    assert_eq!(mode(&new_dir.join(STORE_FILE)), 0o600);
    let leftovers: Vec<_> = std::fs::read_dir(&new_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "work files left behind: {leftovers:?}");

    let (new, opened) = Profile::open(&new_dir, NOW + 2 * HOUR).unwrap();
    assert!(!opened.loaded_sample, "a restored profile is not a first run");
    assert_eq!(new.key().public(), old.key().public());
    assert_eq!(record_log(&new), record_log(&old));
    assert!(!record_log(&new).is_empty());
    assert_eq!(dump(&new), dump(&old));
    assert!(new.draft(&kept).unwrap().is_some(), "drafts come along");
    assert_eq!(new.ui_setting("ui-locale").unwrap().as_deref(), Some("fr"));
    assert_eq!(new.identity_details().unwrap().name.as_deref(), Some("Amina"));
    assert_eq!(new.forums().unwrap().len(), 2);
}

#[test]
fn the_passphrase_is_compared_after_unicode_normalization() {
    let root = tempfile::tempdir().unwrap();
    let (profile, _) = Profile::open(&root.path().join("p"), NOW).unwrap();
    let path = root.path().join("b.plenary-backup");
    // "é" as one code point when made, as "e" + combining accent when restored.
    profile.create_backup(&path, "café au lait, s'il vous plaît", NOW).unwrap();
    let decomposed = "cafe\u{301} au lait, s'il vous plai\u{302}t";
    let manifest = backup::inspect(std::fs::File::open(&path).unwrap(), decomposed).unwrap();
    assert_eq!(manifest.identity, profile.key().public().to_hex());
}

#[test]
fn a_short_passphrase_is_refused_for_a_new_backup() {
    let root = tempfile::tempdir().unwrap();
    let (profile, _) = Profile::open(&root.path().join("p"), NOW).unwrap();
    let path = root.path().join("b.plenary-backup");
    let err = profile.create_backup(&path, "short", NOW).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(err.to_string().starts_with("passphrase: "), "{err}");
    assert!(!path.exists());
}

#[test]
fn a_wrong_passphrase_fails_clearly_and_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (old, _) = used_profile(&root.path().join("old"));
    let path = backup_of(&old, root.path());

    // Into a new directory: the directory is not even left behind.
    let new_dir = root.path().join("new");
    let err =
        backup::restore_into(&new_dir, std::fs::File::open(&path).unwrap(), "not the passphrase", false).unwrap_err();
    assert_eq!(err.code(), "wrong-passphrase");
    assert!(err.to_string().contains("passphrase is wrong"), "{err}");
    assert!(!new_dir.exists());

    // Into an open, unused profile, even with replace: nothing changes, no snapshot is taken.
    let (mut fresh, _) = Profile::open(&root.path().join("fresh"), NOW).unwrap();
    let (before, key) = (dump(&fresh), fresh.key().public());
    let err = fresh.restore_backup(std::fs::File::open(&path).unwrap(), "Correct horse battery staple", true, NOW);
    assert_eq!(err.unwrap_err().code(), "wrong-passphrase");
    assert_eq!(dump(&fresh), before);
    assert_eq!(fresh.key().public(), key);
    assert!(fresh.automatic_backups().unwrap().is_empty());
    drop(fresh);
    let (reopened, _) = Profile::open(&root.path().join("fresh"), NOW).unwrap();
    assert_eq!(reopened.key().public(), key);
}

#[test]
fn a_restore_never_mixes_two_identities() {
    let root = tempfile::tempdir().unwrap();
    let (old, _) = used_profile(&root.path().join("old"));
    let path = backup_of(&old, root.path());

    // A profile that has been used (a forum of its own) is never replaced by another identity.
    let other_dir = root.path().join("other");
    let (mut other, _) = used_profile(&other_dir);
    let (before, key) = (dump(&other), other.key().public());
    for replace in [false, true] {
        let err = other.restore_backup(std::fs::File::open(&path).unwrap(), PASSPHRASE, replace, NOW).unwrap_err();
        assert_eq!(err.code(), "other-identity");
        assert!(err.to_string().contains("never mixes two identities"), "{err}");
        assert_eq!(dump(&other), before);
        assert_eq!(other.key().public(), key);
    }
    drop(other);
    // The same when the app is closed.
    let err = backup::restore_into(&other_dir, std::fs::File::open(&path).unwrap(), PASSPHRASE, true).unwrap_err();
    assert_eq!(err.code(), "other-identity");
    let (other, _) = Profile::open(&other_dir, NOW).unwrap();
    assert_eq!((dump(&other), other.key().public()), (before, key));

    // A first-run profile whose identity was never used is refused too, unless the caller
    // confirms replacing it: then it holds the backup's identity and records, and nothing else.
    // Going through the first-run screens (choosing a language) does not count as using it.
    let (mut fresh, _) = Profile::open(&root.path().join("fresh"), NOW).unwrap();
    fresh.set_ui_setting("ui-locale", "es").unwrap();
    fresh.set_ui_setting("first-run", "done").unwrap();
    assert_eq!(fresh.ui_setting("first-run").unwrap().as_deref(), Some("done"));
    let err = fresh.restore_backup(std::fs::File::open(&path).unwrap(), PASSPHRASE, false, NOW).unwrap_err();
    assert_eq!(err.code(), "unused-identity");
    assert!(err.to_string().contains("confirm to replace this unused one"), "{err}");
    let restored = fresh.restore_backup(std::fs::File::open(&path).unwrap(), PASSPHRASE, true, NOW + HOUR).unwrap();
    assert!(restored.replaced);
    assert_eq!(fresh.key().public(), old.key().public());
    assert_eq!(dump(&fresh), dump(&old));
    drop(fresh);
    let (fresh, _) = Profile::open(&root.path().join("fresh"), NOW + 2 * HOUR).unwrap();
    assert_eq!(fresh.key().public(), old.key().public());
    assert_eq!(dump(&fresh), dump(&old));
}

#[test]
fn the_same_identity_is_replaced_only_when_asked_and_the_replace_can_be_undone() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let (mut profile, _) = used_profile(&dir);
    let at_backup = dump(&profile);
    let path = backup_of(&profile, root.path());
    profile.set_ui_setting("ui-locale", "ar").unwrap();
    let changed = dump(&profile);

    let err = profile.restore_backup(std::fs::File::open(&path).unwrap(), PASSPHRASE, false, NOW).unwrap_err();
    assert_eq!(err.code(), "would-replace");
    assert_eq!(dump(&profile), changed);
    drop(profile);
    let err = backup::restore_into(&dir, std::fs::File::open(&path).unwrap(), PASSPHRASE, false).unwrap_err();
    assert_eq!(err.code(), "would-replace");

    let (mut profile, _) = Profile::open(&dir, NOW).unwrap();
    assert_eq!(dump(&profile), changed);
    let restored = profile.restore_backup(std::fs::File::open(&path).unwrap(), PASSPHRASE, true, NOW + HOUR).unwrap();
    assert!(restored.replaced);
    assert_eq!(dump(&profile), at_backup);
    assert_eq!(profile.ui_setting("ui-locale").unwrap().as_deref(), Some("fr"));

    // The store that was replaced is in a snapshot, and restoring it brings the change back.
    let undo = restored.before_restore.unwrap();
    let listed = profile.automatic_backups().unwrap();
    assert_eq!(listed.iter().map(|b| (&b.name, b.kind.as_str())).collect::<Vec<_>>(), [(&undo, "before-restore")]);
    profile.restore_automatic_backup(&undo, NOW + 2 * HOUR).unwrap();
    assert_eq!(profile.ui_setting("ui-locale").unwrap().as_deref(), Some("ar"));
    assert_eq!(dump(&profile), changed);
}

#[test]
fn a_damaged_or_truncated_backup_fails_clearly_and_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (mut profile, _) = used_profile(&root.path().join("p"));
    let bytes = std::fs::read(backup_of(&profile, root.path())).unwrap();
    const HEADER: usize = 15 + 2 + 1 + 12 + 16 + 19 + 16;
    const SEALED_CHUNK: usize = 64 * 1024 + 16;
    assert!(bytes.len() > HEADER + 2 * SEALED_CHUNK, "the test needs a backup of several chunks");
    let before = dump(&profile);
    let flip = |at: usize| {
        let mut b = bytes.clone();
        b[at] ^= 0x20;
        b
    };
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        ("empty", Vec::new(), "backup-damaged", "not a Plenary backup"),
        ("a text file", b"hello, this is not a backup\n".to_vec(), "backup-damaged", "not a Plenary backup"),
        ("cut in the header", bytes[..40].to_vec(), "backup-damaged", "header is cut short"),
        ("no body", bytes[..HEADER].to_vec(), "backup-damaged", "ends early"),
        ("cut mid-chunk", bytes[..bytes.len() / 2].to_vec(), "backup-damaged", "damaged"),
        ("cut at a chunk boundary", bytes[..HEADER + SEALED_CHUNK].to_vec(), "backup-damaged", "ends early"),
        ("last byte missing", bytes[..bytes.len() - 1].to_vec(), "backup-damaged", "damaged"),
        ("a byte changed in the body", flip(bytes.len() / 2), "backup-damaged", "does not match"),
        ("a byte changed in the first chunk", flip(HEADER + 3), "backup-damaged", "does not match"),
        ("a byte changed in the nonce prefix", flip(HEADER - 20), "wrong-passphrase", "passphrase is wrong"),
        ("extra bytes at the end", [&bytes[..], b"junk"].concat(), "backup-damaged", "does not match"),
    ];
    for (what, damaged, code, says) in cases {
        let err = profile.restore_backup(&damaged[..], PASSPHRASE, true, NOW).unwrap_err();
        assert_eq!(err.code(), code, "{what}: {err}");
        assert!(err.to_string().contains(says), "{what}: {err}");
        assert_eq!(dump(&profile), before, "{what} changed the store");

        let target = root.path().join("new");
        let err = backup::restore_into(&target, &damaged[..], PASSPHRASE, false).unwrap_err();
        assert_eq!(err.code(), code, "{what}: {err}");
        assert!(!target.exists(), "{what} left a directory behind");
    }
    assert!(profile.automatic_backups().unwrap().is_empty(), "a refused restore takes no snapshot");
    let leftovers: Vec<_> = std::fs::read_dir(profile.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".backup-work"))
        .collect();
    assert!(leftovers.is_empty(), "work directories left behind: {leftovers:?}");
}

#[test]
fn a_backup_from_a_newer_version_is_refused_with_a_clear_message() {
    let root = tempfile::tempdir().unwrap();
    let (mut profile, _) = Profile::open(&root.path().join("p"), NOW).unwrap();
    let mut bytes = std::fs::read(backup_of(&profile, root.path())).unwrap();
    bytes[16] = 2;
    let err = profile.restore_backup(&bytes[..], PASSPHRASE, true, NOW).unwrap_err();
    assert_eq!(err.code(), "backup-too-new");
    assert!(err.to_string().contains("update Plenary"), "{err}");
}

#[test]
fn rolling_automatic_backups_are_daily_private_and_keep_the_newest() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let (mut profile, _) = Profile::open(&dir, NOW).unwrap();
    let keep = 3;
    let mut taken = Vec::new();
    for day in 0..5u64 {
        let now = NOW + day * 24 * HOUR;
        profile.set_ui_setting("reading-language", &format!("day-{day}")).unwrap();
        let made = profile.automatic_backup_if_due(now, keep).unwrap().expect("a day later, one is due");
        assert_eq!((made.created_ms, made.kind.as_str()), (now, "daily"));
        assert!(profile.automatic_backup_if_due(now + HOUR, keep).unwrap().is_none(), "one a day");
        taken.push(made.name);
    }
    let listed: Vec<String> = profile.automatic_backups().unwrap().into_iter().map(|b| b.name).collect();
    let newest: Vec<String> = taken.iter().rev().take(keep).cloned().collect();
    assert_eq!(listed, newest);
    let folder = dir.join(backup::AUTOMATIC_DIR);
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), keep, "nothing else is left in the folder");
    for name in &listed {
        assert_eq!(mode(&folder.join(name)), 0o600, "{name}");
    }
    // The oldest one kept is from day 2, and restoring it brings that day's state back.
    profile.restore_automatic_backup(&listed[keep - 1], NOW + 5 * 24 * HOUR).unwrap();
    assert_eq!(profile.ui_setting("reading-language").unwrap().as_deref(), Some("day-2"));
    assert!(profile.restore_automatic_backup("../device-key.pem", NOW).is_err());
}
