//! Search finds the statement and contributions in any of the forum's scripts.

use plenary_core::Profile;
use plenary_core::contribution::{CommentDraft, DraftContent, DraftKind};
use plenary_proto::PriorityId;
use plenary_proto::record::Target;

const NOW: u64 = 1_764_000_000_000;

fn comment_on(profile: &mut Profile, priority: PriorityId, body: &str, language: &str, at: u64) -> String {
    let revision = profile.priority(priority).unwrap().revision.id;
    let key = profile.new_draft_key(DraftKind::Comment, priority, at).unwrap();
    let content = DraftContent::Comment(CommentDraft {
        revision,
        comment_kind: "question".into(),
        body: body.into(),
        language: language.into(),
        attribution: "pseudonym".into(),
        anchor: None,
    });
    profile.save_draft(&key, priority, &content, at).unwrap();
    profile.submit_draft(&key, at + 1).unwrap();
    key.target
}

fn hits(profile: &Profile, query: &str) -> Vec<(String, String)> {
    profile
        .search(None, query)
        .unwrap()
        .results
        .into_iter()
        .map(|r| {
            (
                r.kind,
                r.snippet
                    .iter()
                    .chain(&r.title)
                    .filter(|s| s.hit)
                    .map(|s| s.text.clone())
                    .collect::<Vec<_>>()
                    .join("|"),
            )
        })
        .collect()
}

#[test]
fn finds_priorities_and_comments_in_every_script() {
    let dir = tempfile::tempdir().unwrap();
    let (mut profile, _) = Profile::open(dir.path(), NOW).unwrap();
    let view = profile.statement(None).unwrap();
    let incident: PriorityId = view.sections[1].priorities[0].id.parse().unwrap();
    let first: PriorityId = view.sections[0].priorities[0].id.parse().unwrap();

    let found = profile.search(None, "incident reporting").unwrap();
    assert_eq!(found.results[0].kind, "priority");
    assert_eq!(found.results[0].priority.title, "Standardize Incident Reporting");
    assert!(found.results[0].title.iter().any(|s| s.hit && s.text == "Incident"));

    comment_on(&mut profile, incident, "我们需要统一的人工智能安全事件报告格式。", "zh", NOW + 10);
    comment_on(&mut profile, incident, "يجب أن تكون بروتوكولات السَّلامة متسقة بين الدول.", "ar", NOW + 20);
    let russian = comment_on(&mut profile, first, "Кто решает, какие страны участвуют?", "ru", NOW + 30);

    assert_eq!(hits(&profile, "安全"), [("comment".to_string(), "安全".to_string())]);
    assert_eq!(hits(&profile, "事件报告"), [("comment".to_string(), "事件报告".to_string())]);
    // Arabic is found with or without vowel marks, and highlighted as written.
    assert_eq!(hits(&profile, "السلامة"), [("comment".to_string(), "السَّلامة".to_string())]);
    assert_eq!(hits(&profile, "السَّلامة"), [("comment".to_string(), "السَّلامة".to_string())]);
    // Russian by the start of a word, in any case.
    assert_eq!(hits(&profile, "стран"), [("comment".to_string(), "страны".to_string())]);
    // A retracted comment is no longer found.
    profile.retract(Target::Comment { id: russian.parse().unwrap() }, NOW + 40).unwrap();
    assert!(hits(&profile, "стран").is_empty());
    // Nothing searchable, and syntax, are harmless.
    assert!(profile.search(None, "   ").unwrap().results.is_empty());
    assert!(profile.search(None, "\"NEAR( OR *").unwrap().results.is_empty());
}

#[test]
fn a_new_revision_replaces_the_old_text_in_the_index() {
    use plenary_proto::record::RevisionCreate;
    use plenary_proto::{Body, Hlc, Record, RecordId, RevisionId};
    let dir = tempfile::tempdir().unwrap();
    let (mut profile, _) = Profile::open(dir.path(), NOW).unwrap();
    let view = profile.statement(None).unwrap();
    let priority: PriorityId = view.sections[0].priorities[0].id.parse().unwrap();
    let parent = profile.priority(priority).unwrap().revision.id;
    assert_eq!(hits(&profile, "knowledge").len(), 1);
    let forum = profile.default_forum().unwrap().unwrap();
    let hlc = Hlc::from_unix_ms(NOW + 1000);
    let record = Record::sign(
        profile.key(),
        forum,
        RecordId::new_v7(hlc.unix_ms(), [1; 10]),
        hlc,
        &Body::RevisionCreate(RevisionCreate {
            revision: RevisionId::new_v7(hlc.unix_ms(), [2; 10]),
            priority,
            parents: vec![parent.parse().unwrap()],
            title: "Broaden Participation".into(),
            body: "Forums should welcome delegates from small island states.".into(),
            language: "en".parse().unwrap(),
            note: None,
        }),
    );
    profile.apply(&[record]).unwrap();
    assert_eq!(hits(&profile, "island").len(), 1);
    assert!(hits(&profile, "knowledge").is_empty(), "the old text is gone from the index");
}
