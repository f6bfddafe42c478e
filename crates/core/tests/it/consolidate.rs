//! Consolidation on one device: conflicting amendments are flagged, decisions make revisions
//! with their provenance, moderation hides without changing bytes, and the overview counts.

use plenary_core::Profile;
use plenary_core::contribution::{AmendmentDraft, DraftContent, DraftKind};
use plenary_core::reports::SubmissionFilter;
use plenary_proto::record::{CommentPut, InputPut, ParticipantPut, PositionPut};
use plenary_proto::{
    AttributionChoice, Body, CommentId, CommentKind, DeviceKey, Disclosure, Hlc, InputId, PriorityId, Record, RecordId,
    Role, StakeholderGroup, Stance,
};

const NOW: u64 = 1_764_000_000_000;

fn amend(p: &mut Profile, priority: PriorityId, title: &str, body: &str, at: u64) -> String {
    let base = p.priority(priority).unwrap().revision.id;
    let key = p.new_draft_key(DraftKind::Amendment, priority, at).unwrap();
    let d = DraftContent::Amendment(AmendmentDraft {
        base,
        title: title.into(),
        body: body.into(),
        rationale: "Because.".into(),
        language: "en".into(),
        attribution: "pseudonym".into(),
    });
    p.save_draft(&key, priority, &d, at).unwrap();
    p.submit_draft(&key, at + 1).unwrap();
    key.target
}

fn setup() -> (tempfile::TempDir, Profile, PriorityId) {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = Profile::open(dir.path(), NOW).unwrap();
    let priority = p.statement(None).unwrap().sections[1].priorities[0].id.parse().unwrap(); // 2.1 Standardize Incident Reporting
    (dir, p, priority)
}

const TITLE: &str = "Standardize Incident Reporting";

#[test]
fn amendments_on_the_same_passage_conflict_and_an_acceptance_makes_the_next_revision() {
    let (_dir, mut p, priority) = setup();
    let original = p.priority(priority).unwrap().markdown;
    let shared = original.replace("consistent protocols", "shared protocols");
    let common = original.replace("consistent protocols", "common protocols");
    let incentives = original.replace("Consider creating incentives", "Create incentives");
    let a = amend(&mut p, priority, TITLE, &shared, NOW + 10);
    let b = amend(&mut p, priority, TITLE, &common, NOW + 20);
    let c = amend(&mut p, priority, TITLE, &incentives, NOW + 30);
    let page = p.priority(priority).unwrap();
    let conflicts = |id: &str| page.amendments.iter().find(|x| x.id == id).unwrap().conflicts_with.clone();
    assert_eq!(conflicts(&a), std::slice::from_ref(&b));
    assert_eq!(conflicts(&b), std::slice::from_ref(&a));
    assert!(conflicts(&c).is_empty());

    p.decide_amendments(priority, std::slice::from_ref(&a), "accepted", None, None, NOW + 40).unwrap();
    let page = p.priority(priority).unwrap();
    assert!(page.markdown.contains("shared protocols"));
    assert_eq!(page.revision.count, 2);
    assert_eq!(page.revision.decision.as_deref(), Some("accepted"));
    assert_eq!(page.revision.from_amendments, [TITLE]);
    assert_eq!(page.revision.made_by.len(), 5);
    let state = |id: &str| page.amendments.iter().find(|x| x.id == id).unwrap().state.clone();
    assert_eq!((state(&a).as_str(), state(&b).as_str(), state(&c).as_str()), ("accepted", "proposed", "proposed"));
    assert!(
        page.amendments.iter().find(|x| x.id == b).unwrap().diff_from_current.is_some(),
        "b is now against an older text"
    );

    p.decide_amendments(
        priority,
        std::slice::from_ref(&b),
        "rejected",
        Some("Taken up by the accepted wording.".into()),
        None,
        NOW + 50,
    )
    .unwrap();
    let merged_text =
        p.priority(priority).unwrap().markdown.replace("Consider creating incentives", "Create incentives");
    p.decide_amendments(
        priority,
        std::slice::from_ref(&c),
        "merged",
        Some("Merged with edits.".into()),
        Some((TITLE.into(), merged_text)),
        NOW + 60,
    )
    .unwrap();
    let page = p.priority(priority).unwrap();
    assert!(page.markdown.contains("shared protocols") && page.markdown.contains("Create incentives"));
    assert_eq!(page.revision.count, 3);
    let rejected = page.amendments.iter().find(|x| x.id == b).unwrap();
    assert_eq!(
        (rejected.state.as_str(), rejected.decision_reason.as_deref()),
        ("rejected", Some("Taken up by the accepted wording."))
    );

    // A rejection needs a reason; an acceptance takes exactly one amendment.
    assert!(p.decide_amendments(priority, std::slice::from_ref(&a), "rejected", None, None, NOW + 70).is_err());
    assert!(p.decide_amendments(priority, &[a.clone(), c.clone()], "accepted", None, None, NOW + 70).is_err());

    let log = p.decision_log().unwrap();
    let kinds: Vec<&str> = log.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["merged", "rejected", "accepted"]);
    assert_eq!(log[1].reason.as_deref(), Some("Taken up by the accepted wording."));
    assert_eq!(log[2].priority.as_ref().unwrap().number, "2.1");
}

#[test]
fn hiding_keeps_the_bytes_tells_the_author_and_logs_only_that_and_why() {
    let (_dir, mut p, priority) = setup();
    let forum = p.default_forum().unwrap().unwrap();
    let delegate = DeviceKey::from_seed([21; 32]);
    let revision: plenary_proto::RevisionId = p.priority(priority).unwrap().revision.id.parse().unwrap();
    let sign = |key: &DeviceKey, n: u8, body: Body| {
        let hlc = Hlc::from_unix_ms(NOW + 100 + n as u64);
        Record::sign(key, forum, RecordId::new_v7(hlc.unix_ms(), [n; 10]), hlc, &body)
    };
    let admit = sign(p.key(), 1, Body::ParticipantPut(ParticipantPut { key: delegate.public(), role: Role::Delegate }));
    let comment_id = CommentId::new_v7(NOW, [9; 10]);
    let comment = sign(
        &delegate,
        2,
        Body::CommentPut(CommentPut {
            comment: comment_id,
            priority,
            revision,
            kind: CommentKind::Concern,
            body: "An abusive remark with a canary: ZEBRA-42.".into(),
            language: "en".parse().unwrap(),
            attribution: AttributionChoice::Pseudonym,
            disclosed: None,
            anchor: None,
        }),
    );
    let position = sign(
        &delegate,
        3,
        Body::PositionPut(PositionPut {
            priority,
            stance: Stance::Oppose,
            reason: None,
            attribution: AttributionChoice::GroupAndRegion,
            disclosed: Some(Disclosure {
                group: Some(StakeholderGroup::CivilSociety),
                region: Some("002".into()),
                ..Default::default()
            }),
        }),
    );
    p.apply(&[admit, comment.clone(), position]).unwrap();
    assert_eq!(p.priority(priority).unwrap().comments.len(), 1);
    assert_eq!(p.search(None, "ZEBRA").unwrap().results.len(), 1);

    p.hide("comment", &comment_id.to_string(), "Personal attack.", NOW + 200).unwrap();
    assert!(p.priority(priority).unwrap().comments.is_empty(), "others no longer see it");
    assert!(p.search(None, "ZEBRA").unwrap().results.is_empty(), "nor find it");
    let stored: Vec<u8> = p
        .store()
        .conn()
        .query_row("SELECT payload FROM records WHERE hash = ?1", [&comment.hash().0[..]], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, comment.payload, "the author's bytes are unchanged");
    let log = p.decision_log().unwrap();
    assert_eq!(
        (log[0].kind.as_str(), log[0].hidden_kind.as_deref(), log[0].reason.as_deref()),
        ("hidden", Some("comment"), Some("Personal attack."))
    );
    assert!(!serde_json::to_string(&log).unwrap().contains("ZEBRA"), "the log says what was hidden and why, not what");

    // The overview counts positions by disclosed group and region, never names.
    let overview = p.overview().unwrap();
    let row = overview.iter().find(|r| r.priority.id == priority.to_string()).unwrap();
    assert_eq!(row.positions.oppose, 1);
    assert_eq!(row.by_group["civil_society"].oppose, 1);
    assert_eq!(row.by_region["002"].oppose, 1);
    assert!(row.comments.is_empty(), "hidden comments are not counted");
    assert!(row.contention >= 3);
}

#[test]
fn hidden_input_leaves_everyone_s_list_but_its_author_s_who_reads_why() {
    let (_dir, mut p, priority) = setup();
    let forum = p.default_forum().unwrap().unwrap();
    let delegate = DeviceKey::from_seed([22; 32]);
    let sign = |key: &DeviceKey, n: u8, body: Body| {
        let hlc = Hlc::from_unix_ms(NOW + 100 + n as u64);
        Record::sign(key, forum, RecordId::new_v7(hlc.unix_ms(), [n; 10]), hlc, &body)
    };
    let input = |id: InputId, title: &str| {
        Body::InputPut(InputPut {
            input: id,
            title: title.into(),
            body: "Some text.".into(),
            priorities: vec![priority],
            group: None,
            language: "en".parse().unwrap(),
            attribution: AttributionChoice::Pseudonym,
            disclosed: None,
            attachments: vec![],
            withdrawn: false,
        })
    };
    let theirs = InputId::new_v7(NOW, [5; 10]);
    let mine = InputId::new_v7(NOW, [6; 10]);
    let admit = sign(p.key(), 1, Body::ParticipantPut(ParticipantPut { key: delegate.public(), role: Role::Delegate }));
    let their_input = sign(&delegate, 2, input(theirs, "Spam from a delegate"));
    let my_input = sign(p.key(), 3, input(mine, "The organizer's own input"));
    p.apply(&[admit, their_input, my_input]).unwrap();
    let all = SubmissionFilter::default();
    assert_eq!(p.submissions(&all).unwrap().len(), 2);
    assert!(p.submissions(&all).unwrap().iter().all(|i| i.hidden_reason.is_none()));

    p.hide("input", &theirs.to_string(), "Advertising.", NOW + 200).unwrap();
    p.hide("input", &mine.to_string(), "Posted twice.", NOW + 201).unwrap();
    let items = p.submissions(&all).unwrap();
    assert_eq!(items.len(), 1, "another's hidden input leaves the list, organizers' too: {items:?}");
    assert_eq!(items[0].id, mine.to_string());
    assert_eq!(items[0].hidden_reason.as_deref(), Some("Posted twice."), "its author reads why");
    let by_priority = SubmissionFilter { priority: Some(priority.to_string()), ..Default::default() };
    assert_eq!(p.submissions(&by_priority).unwrap().len(), 1);
    let log = p.decision_log().unwrap();
    assert!(
        log.iter().any(|e| e.hidden_kind.as_deref() == Some("input") && e.reason.as_deref() == Some("Advertising."))
    );
    assert!(!serde_json::to_string(&log).unwrap().contains("Spam"), "the log says what was hidden and why, not what");
}

#[test]
fn the_phase_decides_what_participants_may_add() {
    let (_dir, mut p, _priority) = setup();
    p.set_phase("closed", NOW + 10).unwrap();
    assert_eq!(p.statement(None).unwrap().forum.phase, "closed");
    assert_eq!(p.decision_log().unwrap()[0].phase.as_deref(), Some("closed"));
    use plenary_proto::Phase;
    let comment = Body::PositionPut(PositionPut {
        priority: PriorityId::from_bytes([0; 16]),
        stance: Stance::Support,
        reason: None,
        attribution: AttributionChoice::Pseudonym,
        disclosed: None,
    });
    assert!(comment.allowed_in(Phase::Closed, false).is_err());
    assert!(comment.allowed_in(Phase::Drafting, false).is_err());
    assert!(comment.allowed_in(Phase::Commenting, false).is_ok());
    assert!(comment.allowed_in(Phase::Closed, true).is_ok(), "organizers may always act");
}
