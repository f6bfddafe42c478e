//! Applying records: order and duplication never change the result; bad records change nothing.

use plenary_core::Store;
use plenary_core::apply::{Outcome, apply_records};
use plenary_core::import::{Stamps, statement_records};
use plenary_core::profile::SAMPLE_STATEMENT;
use plenary_proto::record::{
    AmendmentPut, CommentPut, GlossaryConcept, GlossaryEntry, GlossaryTerm, ParticipantPut, PositionPut, Retract,
    RevisionCreate, SectionPut, Subject, Target, Text, TranslationPut, TranslationReview,
};
use plenary_proto::{
    AmendmentId, AttributionChoice, Body, CommentId, CommentKind, ConceptId, DeviceKey, ForumId, Hlc, Record,
    RecordError, RecordId, ReviewDecision, RevisionId, Role, SectionId, Stance, Statement, TermStatus,
    TranslationState,
};
use proptest::prelude::*;
use std::sync::LazyLock;

/// Deterministic stamps: a counter for time, and randomness from the same counter.
struct Counter(u64);

impl Stamps for Counter {
    fn hlc(&mut self) -> Hlc {
        self.0 += 1;
        Hlc::from_unix_ms(1_764_000_000_000 + self.0)
    }
    fn random(&mut self) -> [u8; 10] {
        self.0 += 1;
        let mut r = [0u8; 10];
        r[..8].copy_from_slice(&self.0.to_be_bytes());
        r
    }
}

fn organizer() -> DeviceKey {
    DeviceKey::from_seed([1; 32])
}

fn forum() -> ForumId {
    ForumId::new_v7(1_764_000_000_000, [9; 10])
}

/// The sample forum's records, plus later edits by the organizer: a second revision of the
/// first priority, a competing one with the same parent, and a section renamed twice.
fn history() -> Vec<Record> {
    static HISTORY: LazyLock<Vec<Record>> = LazyLock::new(make_history);
    HISTORY.clone()
}

/// The store that applying all of [`history`] in order gives, dumped.
fn expected() -> &'static [String] {
    static EXPECTED: LazyLock<Vec<String>> = LazyLock::new(|| dump(&apply_in_batches(&history(), usize::MAX)));
    &EXPECTED
}

fn make_history() -> Vec<Record> {
    let statement = Statement::parse(SAMPLE_STATEMENT).unwrap();
    let mut stamps = Counter(0);
    let mut records = statement_records(&statement, &organizer(), forum(), &mut stamps);
    let body = |r: &Record| Body::from_payload(&r.payload).unwrap();
    let (first_priority, first_revision) = records
        .iter()
        .find_map(|r| match body(r) {
            Body::RevisionCreate(rc) => Some((rc.priority, rc.revision)),
            _ => None,
        })
        .unwrap();
    let first_section = records
        .iter()
        .find_map(|r| match body(r) {
            Body::SectionPut(s) => Some(s),
            _ => None,
        })
        .unwrap();
    let mut sign = |body: Body| {
        let hlc = stamps.hlc();
        Record::sign(&organizer(), forum(), RecordId::new_v7(hlc.unix_ms(), stamps.random()), hlc, &body)
    };
    for (i, text) in ["Second text.", "Competing text."].iter().enumerate() {
        records.push(sign(Body::RevisionCreate(RevisionCreate {
            revision: RevisionId::new_v7(1, [i as u8 + 1; 10]),
            priority: first_priority,
            parents: vec![first_revision],
            title: format!("Revised title {i}"),
            body: (*text).into(),
            language: "en".parse().unwrap(),
            note: Some("after the second session".into()),
        })));
    }
    for title in ["Inclusion", "Collaboration and Inclusion"] {
        records.push(sign(Body::SectionPut(SectionPut { title: title.into(), ..first_section.clone() })));
    }
    // A delegate is admitted, comments, edits, takes a comment back, proposes and withdraws
    // an amendment, and changes their position; the organizer comments too.
    let delegate = DeviceKey::from_seed([2; 32]);
    records.push(sign(Body::ParticipantPut(ParticipantPut { key: delegate.public(), role: Role::Delegate })));
    let mut sign_as = |key: &DeviceKey, body: Body| {
        let hlc = stamps.hlc();
        Record::sign(key, forum(), RecordId::new_v7(hlc.unix_ms(), stamps.random()), hlc, &body)
    };
    let comment = |id: u8, body: &str| {
        Body::CommentPut(CommentPut {
            comment: CommentId::new_v7(2, [id; 10]),
            priority: first_priority,
            revision: first_revision,
            kind: CommentKind::Concern,
            body: body.into(),
            language: "en".parse().unwrap(),
            attribution: AttributionChoice::Pseudonym,
            disclosed: None,
            anchor: None,
        })
    };
    records.push(sign_as(&delegate, comment(1, "A first thought.")));
    records.push(sign_as(&delegate, comment(1, "A better thought.")));
    records.push(sign_as(&delegate, comment(2, "Withdrawn soon.")));
    records.push(sign_as(
        &delegate,
        Body::Retract(Retract { target: Target::Comment { id: CommentId::new_v7(2, [2; 10]) } }),
    ));
    records.push(sign_as(&organizer(), comment(3, "The organizer's note.")));
    let amendment = Body::AmendmentPut(AmendmentPut {
        amendment: AmendmentId::new_v7(3, [1; 10]),
        priority: first_priority,
        base: first_revision,
        title: "New title".into(),
        body: "New text.".into(),
        rationale: "Clearer.".into(),
        language: "en".parse().unwrap(),
        attribution: AttributionChoice::Pseudonym,
        disclosed: None,
    });
    records.push(sign_as(&delegate, amendment));
    records.push(sign_as(
        &delegate,
        Body::Retract(Retract { target: Target::Amendment { id: AmendmentId::new_v7(3, [1; 10]) } }),
    ));
    // A translation, revised, and a review of the first version; a glossary concept with an
    // entry written twice.
    let translate = |body: &str| {
        Body::TranslationPut(TranslationPut {
            subject: Subject::Priority { priority: first_priority },
            language: "fr".parse().unwrap(),
            source: Text { title: Some("Broaden Participation in Global AI Safety Forums".into()), body: "x".into() },
            text: Text { title: Some("Élargir la participation".into()), body: body.into() },
            state: TranslationState::Translated,
        })
    };
    let first_translation = sign_as(&organizer(), translate("Première version."));
    let version = first_translation.id;
    records.push(first_translation);
    records.push(sign_as(&organizer(), translate("Deuxième version.")));
    records.push(sign_as(
        &organizer(),
        Body::TranslationReview(TranslationReview {
            subject: Subject::Priority { priority: first_priority },
            language: "fr".parse().unwrap(),
            version,
            decision: ReviewDecision::Approved,
            note: None,
        }),
    ));
    let concept = ConceptId::new_v7(4, [1; 10]);
    records.push(sign_as(&organizer(), Body::GlossaryConcept(GlossaryConcept { concept, note: None })));
    for definition in ["First.", "Second."] {
        records.push(sign_as(
            &organizer(),
            Body::GlossaryEntry(GlossaryEntry {
                concept,
                language: "fr".parse().unwrap(),
                terms: vec![GlossaryTerm { text: "sûreté".into(), status: TermStatus::Preferred }],
                definition: definition.into(),
                usage_note: String::new(),
            }),
        ));
    }
    for stance in [Stance::Support, Stance::Oppose] {
        records.push(sign_as(
            &delegate,
            Body::PositionPut(PositionPut {
                priority: first_priority,
                stance,
                reason: None,
                attribution: AttributionChoice::Pseudonym,
                disclosed: None,
            }),
        ));
    }
    records
}

/// Every row of every synced table, sorted, as text.
fn dump(store: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for table in [
        "records",
        "forums",
        "participants",
        "sections",
        "priorities",
        "revisions",
        "comments",
        "amendments",
        "positions",
    ] {
        let mut stmt = store.conn().prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|")))
            .unwrap();
        let mut rows: Vec<String> = rows.map(|r| format!("{table}: {}", r.unwrap())).collect();
        rows.sort();
        out.extend(rows);
    }
    out
}

fn apply_in_batches(records: &[Record], batch: usize) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    for chunk in records.chunks(batch.max(1)) {
        store.transaction(|tx| apply_records(tx, chunk)).unwrap();
    }
    store
}

#[test]
fn in_order_everything_applies_and_the_latest_edits_win() {
    let records = history();
    let mut store = Store::open_in_memory().unwrap();
    let outcomes = store.transaction(|tx| apply_records(tx, &records)).unwrap();
    assert!(outcomes.iter().all(|o| *o == Outcome::Applied), "{outcomes:?}");
    let title: String =
        store.conn().query_row("SELECT title FROM sections ORDER BY position LIMIT 1", [], |r| r.get(0)).unwrap();
    assert_eq!(title, "Collaboration and Inclusion");
    let current: String = store
        .conn()
        .query_row(
            "SELECT r.title FROM priorities p JOIN revisions r ON r.id = p.current_revision ORDER BY p.position, p.hlc LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(current, "Revised title 1");
    let conn = store.conn();
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(count("SELECT count(*) FROM comments WHERE retracted = 0"), 2);
    assert_eq!(count("SELECT count(*) FROM comments WHERE body = 'A better thought.'"), 1);
    assert_eq!(count("SELECT count(*) FROM amendments WHERE state = 'withdrawn'"), 1);
    assert_eq!(count("SELECT count(*) FROM positions WHERE stance = 'oppose'"), 1);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// The heart of sync: the same records in any order, with duplicates, in batches of any
    /// size, leave exactly the same store.
    #[test]
    fn any_order_and_any_duplication_give_the_same_store(
        order in Just((0..history().len()).collect::<Vec<_>>()).prop_shuffle(),
        dups in proptest::collection::vec(0..history().len(), 0..20),
        batch in 1usize..30,
    ) {
        let records = history();
        let mut shuffled: Vec<Record> = order.iter().map(|&i| records[i].clone()).collect();
        for (n, i) in dups.iter().enumerate() {
            shuffled.insert((n * 7) % shuffled.len(), records[*i].clone());
        }
        let got = dump(&apply_in_batches(&shuffled, batch));
        prop_assert_eq!(got.as_slice(), expected());
    }
}

#[test]
fn a_record_waits_for_its_forum_and_applies_when_it_arrives() {
    let records = history();
    let mut store = Store::open_in_memory().unwrap();
    let later = store.transaction(|tx| apply_records(tx, &records[1..3])).unwrap();
    assert!(later.iter().all(|o| matches!(o, Outcome::Waiting(reason) if reason.contains("forum"))), "{later:?}");
    let first = store.transaction(|tx| apply_records(tx, &records[..1])).unwrap();
    assert_eq!(first, [Outcome::Applied]);
    let waiting: i64 =
        store.conn().query_row("SELECT count(*) FROM records WHERE state = 'waiting'", [], |r| r.get(0)).unwrap();
    assert_eq!(waiting, 0);
}

#[test]
fn a_delegate_cannot_edit_the_statement() {
    let records = history();
    let mut store = apply_in_batches(&records, records.len());
    let before = dump(&store);
    let delegate = DeviceKey::from_seed([2; 32]);
    assert_eq!(history().iter().filter(|r| r.author == delegate.public()).count(), 8, "the delegate is admitted");
    let hostile = Record::sign(
        &delegate,
        forum(),
        RecordId::new_v7(1_764_000_100_000, [7; 10]),
        Hlc::from_unix_ms(1_764_000_100_000),
        &Body::SectionPut(SectionPut {
            section: SectionId::new_v7(1, [1; 10]),
            slug: "hijack".into(),
            position: 0,
            title: "Hijacked".into(),
        }),
    );
    let outcome = store.transaction(|tx| apply_records(tx, std::slice::from_ref(&hostile))).unwrap();
    assert_eq!(outcome, [Outcome::Waiting("only organizers may change sections".into())]);
    let stranger = DeviceKey::from_seed([9; 32]);
    let mut comment = history().into_iter().find(|r| r.author == delegate.public()).unwrap();
    comment.author = stranger.public();
    comment.id = RecordId::new_v7(1_764_000_100_001, [8; 10]);
    comment.signature = stranger.sign(&comment.signed_message());
    let outcome = store.transaction(|tx| apply_records(tx, std::slice::from_ref(&comment))).unwrap();
    assert_eq!(outcome, [Outcome::Waiting("its author has not joined this forum, so may not contribute".into())]);
    let sections: i64 = store.conn().query_row("SELECT count(*) FROM sections", [], |r| r.get(0)).unwrap();
    assert_eq!(sections, 3);
    assert_ne!(dump(&store), before, "the waiting record is kept, unapplied");
}

#[test]
fn a_forged_or_invalid_record_is_refused_and_changes_nothing() {
    let records = history();
    let mut store = apply_in_batches(&records, records.len());
    let before = dump(&store);
    let mut forged = records[5].clone();
    forged.id = RecordId::new_v7(1_764_000_200_000, [3; 10]);
    let mut garbage = records[6].clone();
    garbage.payload = b"{\"kind\":\"section.put\",\"title\":".to_vec();
    garbage.signature = organizer().sign(&garbage.signed_message());
    let outcomes = store.transaction(|tx| apply_records(tx, &[forged, garbage])).unwrap();
    assert_eq!(outcomes[0], Outcome::Refused(RecordError::BadSignature));
    assert!(matches!(&outcomes[1], Outcome::Refused(RecordError::Malformed(_))), "{:?}", outcomes[1]);
    assert_eq!(dump(&store), before);
}

#[test]
fn unknown_kinds_are_kept_but_not_applied() {
    let mut store = apply_in_batches(&history(), 100);
    let mut future = Record::sign(
        &organizer(),
        forum(),
        RecordId::new_v7(1_764_000_300_000, [4; 10]),
        Hlc::from_unix_ms(1_764_000_300_000),
        &Body::SectionPut(SectionPut {
            section: SectionId::new_v7(1, [2; 10]),
            slug: "x".into(),
            position: 9,
            title: "x".into(),
        }),
    );
    future.payload = br#"{"kind":"poll.create","question":"Which first?"}"#.to_vec();
    future.signature = organizer().sign(&future.signed_message());
    let outcome = store.transaction(|tx| apply_records(tx, std::slice::from_ref(&future))).unwrap();
    assert_eq!(outcome, [Outcome::Unknown]);
    let kind: String =
        store.conn().query_row("SELECT kind FROM records WHERE state = 'unknown'", [], |r| r.get(0)).unwrap();
    assert_eq!(kind, "poll.create");
}
