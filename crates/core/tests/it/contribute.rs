//! Drafting offline: drafts saved as typed, submission as signed records, edits, retraction,
//! and what "my contributions" lists.

use plenary_core::Profile;
use plenary_core::contribution::{
    AmendmentDraft, AnchorDraft, CommentDraft, DraftContent, DraftKey, DraftKind, IdentityDetails, PositionDraft,
};
use plenary_proto::PriorityId;
use plenary_proto::record::Target;

const NOW: u64 = 1_764_000_000_000;

fn setup() -> (tempfile::TempDir, Profile, PriorityId, String) {
    let dir = tempfile::tempdir().unwrap();
    let (profile, _) = Profile::open(dir.path(), NOW).unwrap();
    let view = profile.statement(None).unwrap();
    let first = &view.sections[0].priorities[0];
    let priority: PriorityId = first.id.parse().unwrap();
    let revision = profile.priority(priority).unwrap().revision.id;
    (dir, profile, priority, revision)
}

fn comment(revision: &str, body: &str) -> DraftContent {
    DraftContent::Comment(CommentDraft {
        revision: revision.to_owned(),
        comment_kind: "concern".into(),
        body: body.into(),
        language: "en".into(),
        attribution: "pseudonym".into(),
        anchor: Some(AnchorDraft {
            exact: "countries without established AI Safety Institutes".into(),
            prefix: "allow participants from ".into(),
            suffix: " to contribute, fostering".into(),
            start: 52,
        }),
    })
}

#[test]
fn a_draft_is_kept_as_typed_and_submitting_signs_queues_and_removes_it() {
    let (_dir, mut profile, priority, revision) = setup();
    let key = profile.new_draft_key(DraftKind::Comment, priority, NOW).unwrap();
    profile.save_draft(&key, priority, &comment(&revision, "Which"), NOW + 1).unwrap();
    profile.save_draft(&key, priority, &comment(&revision, "Which countries are meant?"), NOW + 2).unwrap();
    assert_eq!(profile.draft(&key).unwrap(), Some(comment(&revision, "Which countries are meant?")));
    let page = profile.priority(priority).unwrap();
    assert_eq!(page.drafts.len(), 1);
    assert!(page.comments.is_empty());

    profile.submit_draft(&key, NOW + 3).unwrap();
    assert_eq!(profile.draft(&key).unwrap(), None);
    let page = profile.priority(priority).unwrap();
    assert!(page.drafts.is_empty());
    assert_eq!(page.comments.len(), 1);
    let c = &page.comments[0];
    assert_eq!(c.id, key.target);
    assert_eq!(c.kind, "concern");
    assert_eq!(c.html, "<p>Which countries are meant?</p>\n");
    assert_eq!(c.status.as_deref(), Some("ready"));
    assert!(c.author.is_you);
    assert_eq!(c.anchor.as_ref().unwrap().exact, "countries without established AI Safety Institutes");

    let forum = profile.default_forum().unwrap().unwrap();
    let mine = profile.my_contributions(forum).unwrap();
    assert!(mine.drafts.is_empty());
    assert_eq!(mine.ready.len(), 1);
    assert_eq!(mine.ready[0].excerpt, "Which countries are meant?");
    assert_eq!(mine.ready[0].priority.number, "1.1");
    let queued: i64 = profile.store().conn().query_row("SELECT count(*) FROM outbox", [], |r| r.get(0)).unwrap();
    assert_eq!(queued, 1);
}

#[test]
fn an_incomplete_draft_is_refused_with_its_field_and_kept() {
    let (_dir, mut profile, priority, revision) = setup();
    let key = profile.new_draft_key(DraftKind::Comment, priority, NOW).unwrap();
    profile.save_draft(&key, priority, &comment(&revision, "   "), NOW).unwrap();
    let err = profile.submit_draft(&key, NOW + 1).unwrap_err();
    assert!(matches!(&err, plenary_core::Error::Invalid { field, .. } if field == "body"), "{err}");
    assert!(profile.draft(&key).unwrap().is_some());
    let records: i64 = profile.store().conn().query_row("SELECT count(*) FROM outbox", [], |r| r.get(0)).unwrap();
    assert_eq!(records, 0);

    let pos = DraftKey { kind: DraftKind::Position, target: priority.to_string() };
    let undecided =
        DraftContent::Position(PositionDraft { stance: None, reason: "".into(), attribution: "pseudonym".into() });
    profile.save_draft(&pos, priority, &undecided, NOW).unwrap();
    let err = profile.submit_draft(&pos, NOW + 1).unwrap_err();
    assert!(matches!(&err, plenary_core::Error::Invalid { field, .. } if field == "stance"), "{err}");
}

#[test]
fn editing_supersedes_and_retracting_hides() {
    let (_dir, mut profile, priority, revision) = setup();
    let key = profile.new_draft_key(DraftKind::Comment, priority, NOW).unwrap();
    profile.save_draft(&key, priority, &comment(&revision, "First words."), NOW).unwrap();
    profile.submit_draft(&key, NOW + 1).unwrap();

    let edit = profile.edit_contribution(DraftKind::Comment, &key.target, NOW + 2).unwrap();
    assert_eq!(edit, key);
    let DraftContent::Comment(mut c) = profile.draft(&edit).unwrap().unwrap() else { panic!("a comment draft") };
    assert_eq!(c.body, "First words.");
    c.body = "Better words.".into();
    profile.save_draft(&edit, priority, &DraftContent::Comment(c), NOW + 3).unwrap();
    let forum = profile.default_forum().unwrap().unwrap();
    assert!(profile.my_contributions(forum).unwrap().drafts[0].edits_existing);
    profile.submit_draft(&edit, NOW + 4).unwrap();
    let page = profile.priority(priority).unwrap();
    assert_eq!(page.comments.len(), 1);
    assert_eq!(page.comments[0].html, "<p>Better words.</p>\n");
    assert!(page.comments[0].edited_ms.is_some());

    profile.retract(Target::Comment { id: key.target.parse().unwrap() }, NOW + 5).unwrap();
    assert!(profile.priority(priority).unwrap().comments.is_empty());
    let mine = profile.my_contributions(forum).unwrap();
    assert_eq!(mine.ready.len(), 1);
    assert_eq!(mine.ready[0].state, "retracted");
}

#[test]
fn amendments_show_word_diffs_and_positions_count_once_per_participant() {
    let (_dir, mut profile, priority, revision) = setup();
    let key = profile.new_draft_key(DraftKind::Amendment, priority, NOW).unwrap();
    let draft = DraftContent::Amendment(AmendmentDraft {
        base: revision.clone(),
        title: "Broaden Participation in Global AI Safety Forums".into(),
        body: "Global AI safety forums should allow participants from all countries to contribute.".into(),
        rationale: "Simpler.".into(),
        language: "en".into(),
        attribution: "pseudonym".into(),
    });
    profile.save_draft(&key, priority, &draft, NOW).unwrap();
    profile.submit_draft(&key, NOW + 1).unwrap();
    let page = profile.priority(priority).unwrap();
    let a = &page.amendments[0];
    assert!(a.base_is_current && a.diff_from_current.is_none());
    let added: String = a.diff_from_base.iter().filter(|p| p.kind == "added").map(|p| p.text.as_str()).collect();
    assert!(added.contains("all"), "{:?}", a.diff_from_base);
    let removed: String = a.diff_from_base.iter().filter(|p| p.kind == "removed").map(|p| p.text.as_str()).collect();
    assert!(removed.contains("without"), "{:?}", a.diff_from_base);

    profile.retract(Target::Amendment { id: key.target.parse().unwrap() }, NOW + 2).unwrap();
    assert_eq!(profile.priority(priority).unwrap().amendments[0].state, "withdrawn");

    let pos = DraftKey { kind: DraftKind::Position, target: priority.to_string() };
    for (i, stance) in ["support", "oppose"].iter().enumerate() {
        let d = DraftContent::Position(PositionDraft {
            stance: Some((*stance).into()),
            reason: "".into(),
            attribution: "pseudonym".into(),
        });
        profile.save_draft(&pos, priority, &d, NOW + 10 + i as u64).unwrap();
        profile.submit_draft(&pos, NOW + 20 + i as u64).unwrap();
    }
    let positions = profile.priority(priority).unwrap().positions;
    assert_eq!((positions.support, positions.neutral, positions.oppose), (0, 0, 1));
    assert_eq!(positions.mine.as_deref(), Some("oppose"));
}

#[test]
fn a_contribution_shows_only_what_its_author_chose_to_disclose() {
    let (_dir, mut profile, priority, revision) = setup();
    profile
        .set_identity_details(&IdentityDetails {
            name: Some("Canary Person".into()),
            affiliation: Some("Canary Institute".into()),
            group: Some("academia".into()),
            region: Some("142".into()),
        })
        .unwrap();
    for (i, attribution) in ["pseudonym", "group_and_region", "name"].iter().enumerate() {
        let key = profile.new_draft_key(DraftKind::Comment, priority, NOW + i as u64).unwrap();
        let DraftContent::Comment(mut c) = comment(&revision, "Text.") else { unreachable!() };
        c.attribution = (*attribution).into();
        profile.save_draft(&key, priority, &DraftContent::Comment(c), NOW).unwrap();
        profile.submit_draft(&key, NOW + 10 + i as u64).unwrap();
    }
    let comments = profile.priority(priority).unwrap().comments;
    let shown: Vec<_> = comments.iter().map(|c| (c.author.group.clone(), c.author.name.clone())).collect();
    assert_eq!(
        shown,
        [(None, None), (Some("academia".into()), None), (Some("academia".into()), Some("Canary Person".into()))]
    );
    // And the records themselves carry nothing more than each choice allowed.
    let payloads: Vec<String> = {
        let mut stmt = profile
            .store()
            .conn()
            .prepare("SELECT payload FROM records WHERE kind = 'comment.put' ORDER BY hlc")
            .unwrap();
        stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))
            .unwrap()
            .map(|p| String::from_utf8(p.unwrap()).unwrap())
            .collect()
    };
    assert!(!payloads[0].contains("Canary") && !payloads[0].contains("academia"));
    assert!(!payloads[1].contains("Canary") && payloads[1].contains("academia"));
    assert!(payloads[2].contains("Canary Person"));
}

#[test]
fn anchored_passages_are_highlighted_and_found_again_in_a_new_revision() {
    use plenary_proto::record::RevisionCreate;
    use plenary_proto::{Body, Hlc, Record, RecordId, RevisionId};
    let (_dir, mut profile, priority, revision) = setup();
    let key = profile.new_draft_key(DraftKind::Comment, priority, NOW).unwrap();
    profile.save_draft(&key, priority, &comment(&revision, "Which countries?"), NOW).unwrap();
    profile.submit_draft(&key, NOW + 1).unwrap();
    let page = profile.priority(priority).unwrap();
    assert!(
        page.html.contains(&format!(
            "<mark data-anchor=\"{}\">countries without established AI Safety Institutes</mark>",
            key.target
        )),
        "{}",
        page.html
    );
    assert_eq!(page.comments[0].anchor.as_ref().unwrap().state, "exact");

    // The organizer revises the text: the passage survives with a small edit, then is cut.
    let forum = profile.default_forum().unwrap().unwrap();
    let mut revise = |n: u8, body: &str, parent: &str| {
        let hlc = Hlc::from_unix_ms(NOW + 100 * n as u64);
        let record = Record::sign(
            profile.key(),
            forum,
            RecordId::new_v7(hlc.unix_ms(), [n; 10]),
            hlc,
            &Body::RevisionCreate(RevisionCreate {
                revision: RevisionId::new_v7(hlc.unix_ms(), [n + 50; 10]),
                priority,
                parents: vec![parent.parse().unwrap()],
                title: "Broaden Participation in Global AI Safety Forums".into(),
                body: body.into(),
                language: "en".parse().unwrap(),
                note: None,
            }),
        );
        let outcome = profile.apply(&[record]).unwrap();
        assert_eq!(outcome, [plenary_core::apply::Outcome::Applied]);
        profile.priority(priority).unwrap()
    };
    let edited = revise(
        1,
        "Every global AI safety forum should invite participants from countries without an established AI Safety Institute to contribute.",
        &revision,
    );
    let c = &edited.comments[0];
    assert!(c.on_earlier_revision);
    assert_eq!(c.anchor.as_ref().unwrap().state, "fuzzy");
    assert!(edited.html.contains("<mark data-anchor="), "{}", edited.html);
    let cut = revise(2, "Global AI safety forums should welcome everyone.", &edited.revision.id);
    assert_eq!(cut.comments[0].anchor.as_ref().unwrap().state, "orphaned");
    assert_eq!(cut.comments[0].anchor.as_ref().unwrap().exact, "countries without established AI Safety Institutes");
    assert!(!cut.html.contains("<mark"));
}

#[test]
fn a_comment_on_a_passage_not_in_the_text_is_refused() {
    let (_dir, mut profile, priority, revision) = setup();
    let key = profile.new_draft_key(DraftKind::Comment, priority, NOW).unwrap();
    let DraftContent::Comment(mut c) = comment(&revision, "Hm.") else { unreachable!() };
    c.anchor = Some(AnchorDraft {
        exact: "a passage that the priority does not contain at all".into(),
        prefix: "".into(),
        suffix: "".into(),
        start: 0,
    });
    profile.save_draft(&key, priority, &DraftContent::Comment(c), NOW).unwrap();
    let err = profile.submit_draft(&key, NOW + 1).unwrap_err();
    assert!(matches!(&err, plenary_core::Error::Invalid { field, .. } if field == "anchor"), "{err}");
}
