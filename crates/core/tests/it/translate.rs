//! Translations and the glossary: versions, review, outdated sources, flags, reading in a
//! language.

use plenary_core::Profile;
use plenary_core::translation::{TermView, TranslationDraft};
use plenary_proto::record::RevisionCreate;
use plenary_proto::{Body, Hlc, PriorityId, Record, RecordId, RevisionId};

const NOW: u64 = 1_764_000_000_000;

fn setup() -> (tempfile::TempDir, Profile, PriorityId) {
    let dir = tempfile::tempdir().unwrap();
    let (profile, _) = Profile::open(dir.path(), NOW).unwrap();
    let view = profile.statement(None).unwrap();
    let priority = view.sections[1].priorities[3].id.parse().unwrap(); // 2.4 Address Cultural and Contextual Nuances
    (dir, profile, priority)
}

fn draft(title: &str, body: &str, state: &str) -> TranslationDraft {
    TranslationDraft { title: Some(title.into()), body: body.into(), state: state.into() }
}

#[test]
fn a_translation_is_saved_reviewed_and_read_in_its_language() {
    let (_dir, mut p, priority) = setup();
    let subject = format!("priority/{priority}");
    let overview = p.translation_overview(None, "fr").unwrap();
    assert_eq!(overview.languages, ["ar", "zh", "fr", "ru", "es"]);
    let item = overview.items.iter().find(|i| i.subject == subject).unwrap();
    assert_eq!(
        (item.state.as_str(), item.label.as_str()),
        ("untranslated", "2.4 Address Cultural and Contextual Nuances")
    );

    p.save_translation_draft(&subject, "fr", &draft("Tenir compte", "Prendre en compte", "needs_review"), NOW).unwrap();
    let editor = p.translation_editor(None, &subject, "fr").unwrap();
    assert_eq!(editor.draft.as_ref().unwrap().body, "Prendre en compte");
    assert!(editor.current.is_none());
    assert!(editor.can_translate && editor.can_review, "the sample forum's organizer may do both");
    p.submit_translation(&subject, "fr", NOW + 1).unwrap();
    let editor = p.translation_editor(None, &subject, "fr").unwrap();
    assert!(editor.draft.is_none());
    assert_eq!(editor.current.as_ref().unwrap().state, "needs_review");

    p.review_translation(&subject, "fr", "approved", Some("Bien.".into()), NOW + 2).unwrap();
    assert_eq!(p.translation_editor(None, &subject, "fr").unwrap().current.unwrap().state, "approved");

    // Reading the statement in French: this priority translated and approved, the rest original.
    let statement = p.statement_in(None, Some("fr")).unwrap();
    assert_eq!(statement.reading_language, "fr");
    let shown = &statement.sections[1].priorities[3];
    assert_eq!((shown.title.as_str(), shown.language.as_str()), ("Tenir compte", "fr"));
    assert_eq!(shown.translation.as_ref().unwrap().state, "approved");
    let other = &statement.sections[0].priorities[0];
    assert_eq!(other.language, "en");
    assert_eq!(other.translation.as_ref().unwrap().state, "untranslated");
    let page = p.priority_in(priority, Some("fr")).unwrap();
    assert_eq!(page.original.as_ref().unwrap().title, "Address Cultural and Contextual Nuances");

    // A new version makes the approval lapse.
    p.save_translation_draft(
        &subject,
        "fr",
        &draft("Tenir compte des nuances", "Prendre en compte les nuances", "translated"),
        NOW + 3,
    )
    .unwrap();
    p.submit_translation(&subject, "fr", NOW + 4).unwrap();
    assert_eq!(p.translation_editor(None, &subject, "fr").unwrap().current.unwrap().state, "translated");
}

#[test]
fn a_changed_source_marks_the_translation_outdated_and_shows_what_changed() {
    let (_dir, mut p, priority) = setup();
    let subject = format!("priority/{priority}");
    p.save_translation_draft(&subject, "es", &draft("Matices", "Abordar los matices culturales.", "translated"), NOW)
        .unwrap();
    p.submit_translation(&subject, "es", NOW + 1).unwrap();
    let parent = p.priority(priority).unwrap().revision.id;
    let forum = p.default_forum().unwrap().unwrap();
    let hlc = Hlc::from_unix_ms(NOW + 10);
    let record = Record::sign(
        p.key(),
        forum,
        RecordId::new_v7(hlc.unix_ms(), [5; 10]),
        hlc,
        &Body::RevisionCreate(RevisionCreate {
            revision: RevisionId::new_v7(hlc.unix_ms(), [6; 10]),
            priority,
            parents: vec![parent.parse().unwrap()],
            title: "Address Cultural and Contextual Nuances".into(),
            body: "Address cultural and regional nuances related to risk, such as different conceptions of terms including safety and security.".into(),
            language: "en".parse().unwrap(),
            note: None,
        }),
    );
    p.apply(&[record]).unwrap();
    let editor = p.translation_editor(None, &subject, "es").unwrap();
    assert!(editor.current.as_ref().unwrap().outdated);
    let changes = editor.source_changes.unwrap();
    let added: String = changes.body.iter().filter(|d| d.kind == "added").map(|d| d.text.as_str()).collect();
    let removed: String = changes.body.iter().filter(|d| d.kind == "removed").map(|d| d.text.as_str()).collect();
    assert!(added.contains("regional"), "{:?}", changes.body);
    assert!(removed.contains("national"), "{:?}", changes.body);
    let overview = p.translation_overview(None, "es").unwrap();
    assert!(overview.items.iter().any(|i| i.subject == subject && i.outdated));
}

#[test]
fn the_glossary_marks_terms_and_flags_forbidden_and_missing_preferred_ones() {
    let (_dir, mut p, priority) = setup();
    let concept = p.add_concept(Some("safety is not security".into()), NOW).unwrap();
    let term = |text: &str, status: &str| TermView { text: text.into(), status: status.into() };
    p.save_glossary_entry(
        &concept,
        "en",
        vec![term("safety", "preferred")],
        "Freedom from harm.".into(),
        String::new(),
        NOW + 1,
    )
    .unwrap();
    p.save_glossary_entry(
        &concept,
        "fr",
        vec![term("sûreté", "preferred"), term("sécurité", "forbidden")],
        "Absence de dommage.".into(),
        "« sécurité » traduit security.".into(),
        NOW + 2,
    )
    .unwrap();
    let subject = format!("priority/{priority}");
    p.save_translation_draft(
        &subject,
        "fr",
        &draft("Nuances", "Des conceptions différentes de la sécurité.", "translated"),
        NOW + 3,
    )
    .unwrap();
    let editor = p.translation_editor(None, &subject, "fr").unwrap();
    let marked: Vec<&str> =
        editor.source_body.iter().filter(|s| s.concept.is_some()).map(|s| s.text.as_str()).collect();
    assert_eq!(marked, ["safety"]);
    assert_eq!(editor.glossary.len(), 1);
    assert_eq!(editor.glossary[0].entries.iter().map(|e| e.language.as_str()).collect::<Vec<_>>(), ["en", "fr"]);
    let flags: Vec<(&str, &str)> = editor.flags.iter().map(|f| (f.kind.as_str(), f.term.as_str())).collect();
    assert_eq!(flags, [("forbidden", "sécurité"), ("missing_preferred", "sûreté")]);

    p.save_translation_draft(
        &subject,
        "fr",
        &draft("Nuances", "Des conceptions différentes de la sûreté.", "translated"),
        NOW + 4,
    )
    .unwrap();
    assert!(p.translation_editor(None, &subject, "fr").unwrap().flags.is_empty());
    let glossary = p.glossary(None).unwrap();
    assert!(glossary.can_edit);
    assert!(glossary.concepts.iter().any(|c| c.id == concept));
}

#[test]
fn a_translation_into_a_language_the_forum_does_not_use_is_refused() {
    let (_dir, mut p, priority) = setup();
    let subject = format!("priority/{priority}");
    p.save_translation_draft(&subject, "de", &draft("Nuancen", "Kulturelle Nuancen.", "translated"), NOW).unwrap();
    let err = p.submit_translation(&subject, "de", NOW + 1).unwrap_err();
    assert!(err.to_string().contains("not one of this forum's languages"), "{err}");
}
