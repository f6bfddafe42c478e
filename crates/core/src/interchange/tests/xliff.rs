//! XLIFF 2.0: round trips, files from translate-toolkit and in the specification's shape, bad
//! files.

use super::super::xliff::{read, write};
use super::super::xml::xml_safe;
use super::*;
use UnitState::*;

/// What a model reads back as: notes and ids cannot carry characters XML lacks.
fn expected(mut file: TranslationFile) -> TranslationFile {
    for unit in &mut file.units {
        unit.context = unit.context.as_deref().map(xml_safe);
        unit.id = xml_safe(&unit.id);
    }
    file
}

#[test]
fn tricky_file_round_trips() {
    let file = tricky_file();
    let written = write(&file);
    let read_back = read(&written).expect("reads");
    assert_eq!(read_back, file);
    assert_eq!(write(&read_back), written);
}

#[test]
fn export_is_as_pinned() {
    assert_eq!(write(&tricky_file()), sample!("xliff/plenary-export.ar.xlf"));
}

#[test]
fn ids_that_are_not_name_tokens_travel_in_name() {
    let written = write(&tricky_file());
    assert!(written.contains(r#"<unit id="statement_2F_title" name="statement/title">"#), "{written}");
    let plain = TranslationFile {
        source_language: "en".into(),
        target_language: "fr".into(),
        units: vec![unit("priority.0193.title", None, "x", None, None)],
    };
    assert!(write(&plain).contains(r#"<unit id="priority.0193.title">"#));
}

#[test]
fn translate_toolkit_edits_read_as_the_translator_meant() {
    let read_back = read(sample!("xliff/translate-toolkit-edited.ar.xlf")).expect("reads");
    let mut want = tricky_file();
    // Approved, then set back to "initial" in the tool: a draft again.
    want.units[0].state = Some(MachineDraft);
    // "reviewed" is not approval.
    want.units[1].state = Some(Translated);
    // A machine draft set to "translated" (our old subState left behind): translated.
    want.units[3].state = Some(Translated);
    want.units[4].target = Some("رموز 🤖 و𝔘𝔫𝔦𝔠𝔬𝔡𝔢".into());
    want.units[4].state = Some(Translated);
    assert_eq!(read_back, want);
}

#[test]
fn translate_toolkit_file_with_notes_in_segments() {
    let read_back = read(sample!("xliff/translate-toolkit-from-po.fr.xlf")).expect("reads");
    let context = Some("1.2 Remove Barriers to Collaboration");
    let want = TranslationFile {
        source_language: "en".into(),
        target_language: "fr".into(),
        units: vec![
            unit(
                "statement.title",
                Some("Title"),
                "Shared Priorities for AI Safety",
                Some("Priorités communes pour la sûreté de l’IA"),
                Some(Translated),
            ),
            unit(
                "priority.0193a2f0.title",
                context,
                "Remove Barriers to Collaboration",
                Some("Lever les obstacles à la collaboration"),
                Some(Translated),
            ),
            unit(
                "priority.0193a2f0.body",
                context,
                "Labs should share evaluations, methods and results with each other and with the public.",
                Some("Les laboratoires devraient partager entre eux évaluations et résultats."),
                Some(MachineDraft),
            ),
            unit("priority.0193a2f1.title", Some("1.3 Fund Safety Research"), "Fund Safety Research", None, None),
        ],
    };
    assert_eq!(read_back, want);
}

#[test]
fn specification_shaped_file_joins_segments_and_keeps_inline_text() {
    let read_back = read(sample!("xliff/spec-shaped.fr.xlf")).expect("reads");
    let want = TranslationFile {
        source_language: "en-US".into(),
        target_language: "fr-FR".into(),
        units: vec![
            // Two segments, one final and one translated: the unit is as far as the lesser.
            unit(
                "priority/0193a2f0/body",
                Some("1.2 Remove Barriers to Collaboration"),
                "Labs should share **evaluations** & results. See frontier AI.",
                Some("Les laboratoires devraient partager **évaluations** et résultats. Voir IA de pointe."),
                Some(Translated),
            ),
            unit(
                "priority.0193a2f0.title",
                None,
                "Remove Barriers to Collaboration",
                Some("Lever les obstacles à la collaboration"),
                Some(Translated),
            ),
            // Targets reordered with `order`; the ignorable space keeps its place.
            unit(
                "priority/0193a2f1/body",
                None,
                "Safety comes first. Speed comes second.",
                Some("La vitesse vient ensuite. La sûreté passe d’abord."),
                Some(Translated),
            ),
            // Codes give their plain-text equivalents; <cp> its character; a foreign subState
            // changes nothing.
            unit(
                "priority/0193a2f2/body",
                None,
                "An *emphasised* word, a bell\u{7}.",
                Some("Un mot *souligné*, une cloche\u{7}."),
                Some(MachineDraft),
            ),
            unit("priority/0193a2f3/title", Some("1.4 Keep Humans in Control"), "Keep Humans in Control", None, None),
            // Only one of two segments translated: the other keeps its source, and it needs review.
            unit(
                "priority/0193a2f3/body",
                None,
                "First sentence. Second sentence.",
                Some("Première phrase. Second sentence."),
                Some(NeedsReview),
            ),
            unit("preamble/body", None, "Preamble.", Some("Préambule."), Some(NeedsReview)),
        ],
    };
    assert_eq!(read_back, want);
}

#[test]
fn xliff_1_files_are_refused_with_advice() {
    let problems = read(sample!("xliff/po2xliff-1.2.fr.xlf")).expect_err("XLIFF 1.1");
    assert_eq!(
        located(&problems),
        [(2, 1, "this is XLIFF 1.1; Plenary reads XLIFF 2.0: export the file as XLIFF 2.0")]
    );
}

const HEAD: &str = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">"#;

#[test]
fn bad_files_report_every_problem_where_it_is() {
    let deep = format!("{HEAD}{}", "<a>".repeat(70));
    let deep: &'static str = Box::leak(deep.into_boxed_str());
    let cases: &[BadCase] = &[
        ("", &[(1, 1, "the file has no XML element at all")]),
        ("<xliff><file></xliff>", &[(1, 14, "</xliff> does not close <file>, opened at line 1, column 8")]),
        ("<xliff>\n  <file>", &[(2, 3, "<file> is not closed: the file ends before its </file>")]),
        (
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" srcLang=\"fr\"/>",
            &[(1, 81, "this attribute appears twice in one tag")],
        ),
        ("<foo/>", &[(1, 1, "the root element is <foo>, not <xliff>: this is not an XLIFF file")]),
        (
            "<xliff xmlns=\"urn:example\" version=\"2.0\"/>",
            &[(
                1,
                1,
                "<xliff> has the namespace urn:example; XLIFF 2.0 files use urn:oasis:names:tc:xliff:document:2.0",
            )],
        ),
        (
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"3.0\" srcLang=\"en\"/>",
            &[(1, 1, "unsupported XLIFF version \"3.0\": expected 2.0 or 2.1")],
        ),
        (
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\"/>",
            &[(1, 1, "<xliff> has no srcLang attribute: it must name the source language")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
<file id="f"><unit><segment><source>x</source></segment></unit></file></xliff>"#,
            &[(2, 14, "<unit> has no id attribute")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="a_2F_b" name="a/b"><segment><source>x</source></segment></unit>
<unit id="c" name="a/b"><segment><source>y</source></segment></unit>
</file></xliff>"#,
            &[(3, 1, "a second unit with id \"a/b\" (the first is at line 2, column 1)")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="u"><segment state="done"><source>x</source><target>y</target></segment></unit>
</file></xliff>"#,
            &[(2, 23, "unknown state \"done\": expected initial, translated, reviewed or final")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="u"><segment state="translated" subState="plenary:bogus"><source>x</source><target>y</target></segment></unit>
</file></xliff>"#,
            &[(2, 42, "unknown subState \"plenary:bogus\": expected plenary:machine-draft or plenary:needs-review")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="u"><segment state="final"><source>x</source></segment></unit>
</file></xliff>"#,
            &[(2, 23, "state=\"final\" needs a <target>, and this segment has none")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="u"><segment><source>a&nbsp;b</source></segment></unit>
</file></xliff>"#,
            &[(2, 32, "unknown entity &nbsp;: only &lt; &gt; &amp; &apos; &quot; and character references are read")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="u"><segment><source>a<b>bold</b></source></segment></unit>
</file></xliff>"#,
            &[(2, 32, "<b> is not an inline element XLIFF 2 allows in <source>")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="u"><segment><target>y</target></segment></unit>
</file></xliff>"#,
            &[(2, 14, "<segment> has no <source>")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="u"><segment state="translated"><source>x</source><target xml:lang="de">y</target></segment></unit>
</file></xliff>"#,
            &[(2, 68, "this target is in \"de\" but the file's trgLang is \"fr\"")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f">
<unit id="u"><segment state="translated"><source>x</source><target>y</target></segment></unit>
</file></xliff>"#,
            &[(2, 60, "there are translations but <xliff> has no trgLang attribute naming their language")],
        ),
        (
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="u"><segment><source>a&#1;<cp hex="zz"/></source></segment></unit>
</file></xliff>"#,
            &[
                (2, 32, "&#1; is not a character reference XML allows"),
                (2, 36, "<cp hex=\"zz\"> is not a Unicode code point"),
            ],
        ),
        (deep, &[(1, 283, "elements are nested more than 64 deep")]),
        (
            "<xliff/>text",
            &[
                (1, 1, "<xliff> has no namespace; XLIFF 2.0 files use urn:oasis:names:tc:xliff:document:2.0"),
                (1, 9, "text outside the root element"),
            ],
        ),
    ];
    check_bad(cases, read);
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let big = " ".repeat(crate::interchange::MAX_INPUT_BYTES + 1);
    let problems = read(&big).expect_err("too big");
    assert_eq!(located(&problems), [(1, 1, "the file is 17 MiB; files over 16 MiB are not read")]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_file_round_trips(file in translation_file()) {
        let written = write(&file);
        let read_back = read(&written).map_err(|p| TestCaseError::fail(format!("{p:?}\n{written}")))?;
        prop_assert_eq!(&read_back, &expected(file));
        prop_assert_eq!(write(&read_back), written);
    }
}

#[test]
fn too_many_elements_are_refused() {
    let many = format!("{HEAD}{}</xliff>", "<a/>".repeat(250_001));
    let problems = read(&many).expect_err("too many");
    assert_eq!(
        located(&problems),
        [(
            1,
            HEAD.chars().count() + 4 * 249_999 + 1,
            "the file has more than 250000 elements, far more than any statement"
        )]
    );
}

#[test]
fn columns_on_a_long_line_are_found_quickly() {
    // A one-line file of several megabytes with many problems: each column must not cost a
    // scan of the line.
    let unit = "<unit id=\"u\"><segment state=\"bad\"><source>é</source><target>x</target></segment></unit>";
    let file = format!("{HEAD}<file id=\"f\">{}</file></xliff>", unit.repeat(60_000));
    let started = std::time::Instant::now();
    let problems = read(&file).expect_err("bad");
    assert_eq!(problems.len(), 1001);
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
}
