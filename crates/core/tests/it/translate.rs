//! Translations and the glossary: versions, review, outdated sources, flags, reading in a
//! language.

use plenary_core::Profile;
use plenary_core::translation::{TermView, TranslationDraft};
use plenary_proto::record::RevisionCreate;
use plenary_proto::{Body, Hlc, PriorityId, Record, RecordId, RevisionId};

const NOW: u64 = 1_764_000_000_000;

/// A forum of its own (without the sample's glossary), working in English, French and Spanish.
const STATEMENT: &str = "---
title: Nuances
language: en
languages: en, ar, zh, fr, ru, es
---

# Standards and Openness

## Standardize Incident Reporting

Establish consistent protocols for AI safety incident reporting across countries and institutions.

## Address Cultural and Contextual Nuances

Address cultural and national nuances related to risk, such as different conceptions of terms including safety and security.
";

fn setup() -> (tempfile::TempDir, Profile, PriorityId) {
    let dir = tempfile::tempdir().unwrap();
    let (mut profile, _) = Profile::open(dir.path(), NOW).unwrap();
    profile.import_statement(STATEMENT, plenary_core::profile::Origin::File, NOW).unwrap();
    let view = profile.statement(None).unwrap();
    assert_eq!(view.forum.title, "Nuances");
    let priority = view.sections[0].priorities[1].id.parse().unwrap();
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
        ("untranslated", "1.2 Address Cultural and Contextual Nuances")
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
    let shown = &statement.sections[0].priorities[1];
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

#[test]
fn the_sample_forum_comes_with_a_glossary_and_partial_translations() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = Profile::open(dir.path(), NOW).unwrap();
    let glossary = p.glossary(None).unwrap();
    assert_eq!(glossary.concepts.len(), 5);
    assert!(glossary.concepts.iter().all(|c| c.entries.len() == 6), "every concept in the six languages");
    let chinese = p.statement_in(None, Some("zh")).unwrap();
    assert_eq!(chinese.title_translation.as_ref().unwrap().title, "");
    assert_eq!(chinese.preamble.as_ref().unwrap().title, "序言");
    let first = &chinese.sections[0].priorities[0];
    assert_eq!((first.title.as_str(), first.language.as_str()), ("扩大全球人工智能安全论坛的参与", "zh"));
    assert_eq!(first.translation.as_ref().unwrap().state, "needs_review");
    assert!(!first.translation.as_ref().unwrap().outdated);
    let later = &chinese.sections[1].priorities[0];
    assert_eq!((later.language.as_str(), later.translation.as_ref().unwrap().state.as_str()), ("en", "untranslated"));
    assert_eq!(chinese.sections[2].title, "人工智能安全进程");
    let arabic = p.statement_in(None, Some("ar")).unwrap();
    assert_eq!(arabic.sections[0].title, "التعاون والشمول");
    // Nothing of the sample forum waits to be sent anywhere.
    let queued: i64 = p.store().conn().query_row("SELECT count(*) FROM outbox", [], |r| r.get(0)).unwrap();
    assert_eq!(queued, 0);
}

#[test]
fn translations_and_the_glossary_round_trip_through_their_files() {
    use plenary_core::exchange::Format;
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = Profile::open(dir.path(), NOW).unwrap();
    for format in [Format::Xliff, Format::Po] {
        let exported = p.export_translations(None, "zh", format).unwrap();
        let summary = p.import_translations(&exported, format, NOW + 10).unwrap();
        assert_eq!(summary.written, 0, "{format:?}: importing an export changes nothing");
        // The title, the preamble, three headings and nine priorities are translated; the
        // other nine priorities and the about note are not.
        assert_eq!((summary.unchanged, summary.skipped), (14, 10), "{summary:?}");
        assert_eq!(p.export_translations(None, "zh", format).unwrap(), exported);
    }
    let tbx = p.export_glossary(None).unwrap();
    let summary = p.import_glossary(&tbx, NOW + 20).unwrap();
    assert_eq!(summary.written, 0);
    assert_eq!(p.export_glossary(None).unwrap(), tbx);
}

#[test]
fn a_bad_import_reports_every_problem_and_changes_nothing() {
    use plenary_core::exchange::Format;
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = Profile::open(dir.path(), NOW).unwrap();
    let before = p.export_translations(None, "fr", Format::Xliff).unwrap();
    let broken = before.replace("trgLang=\"fr\"", "trgLang=\"de\"").replacen("priority/", "priority/nonsense-", 1);
    let err = p.import_translations(&broken, Format::Xliff, NOW + 1).unwrap_err();
    let plenary_core::Error::Import(problems) = err else { panic!("an import error") };
    assert!(problems.iter().any(|m| m.contains("de, which is not one of this forum's languages")), "{problems:?}");
    assert!(problems.iter().any(|m| m.contains("no such part") || m.contains("no priority")), "{problems:?}");
    let not_xml = p.import_translations("<xliff version=\"2.0\"><file>", Format::Xliff, NOW + 2).unwrap_err();
    assert!(not_xml.to_string().contains("line 1"), "{not_xml}");
    assert_eq!(p.export_translations(None, "fr", Format::Xliff).unwrap(), before);
}
