//! PO: round trips, files from gettext and translate-toolkit, bad files.

use super::super::po::{comment_safe, read, write};
use super::*;
use UnitState::*;

/// What a model reads back as: contexts lose carriage returns, which PO comments cannot hold.
fn expected(mut file: TranslationFile) -> TranslationFile {
    for unit in &mut file.units {
        unit.context = unit.context.as_deref().map(comment_safe);
    }
    file
}

#[test]
fn tricky_file_round_trips() {
    let file = tricky_file();
    let written = write(&file);
    let read_back = read(&written).expect("reads");
    assert_eq!(read_back, expected(file));
    assert_eq!(write(&read_back), written);
}

/// The export is pinned byte for byte; `msgcat` (GNU gettext 0.21) leaves it unchanged, so it
/// is wrapped exactly as gettext wraps (see the data README).
#[test]
fn export_is_as_pinned() {
    assert_eq!(write(&tricky_file()), sample!("po/plenary-export.ar.po"));
}

#[test]
fn gettext_rewrapped_file_reads_the_same() {
    let read_back = read(sample!("po/msgcat-width40.ar.po")).expect("reads");
    assert_eq!(read_back, expected(tricky_file()));
}

#[test]
fn crlf_and_byte_order_mark_are_accepted() {
    let crlf = format!("\u{feff}{}", sample!("po/plenary-export.ar.po").replace('\n', "\r\n"));
    assert_eq!(read(&crlf).expect("reads"), expected(tricky_file()));
}

#[test]
fn translate_toolkit_edits_read_as_the_translator_meant() {
    let read_back = read(sample!("po/translate-toolkit-edited.ar.po")).expect("reads");
    let mut want = expected(tricky_file());
    // Approved, then marked fuzzy by the translator: needs review.
    want.units[0].state = Some(NeedsReview);
    // A machine draft the translator un-fuzzied: translated.
    want.units[3].state = Some(Translated);
    // Untranslated, now translated in the tool.
    want.units[4].target = Some("رموز 🤖 و𝔘𝔫𝔦𝔠𝔬𝔡𝔢".into());
    want.units[4].state = Some(Translated);
    assert_eq!(read_back, want);
}

#[test]
fn msgmerge_output_with_previous_and_obsolete_entries() {
    let read_back = read(sample!("po/msgmerge-previous.fr.po")).expect("reads");
    let context = Some("1.2 Remove Barriers to Collaboration");
    let want = TranslationFile {
        source_language: "en".into(),
        target_language: "fr".into(),
        units: vec![
            unit(
                "statement/title",
                Some("Title"),
                "Shared Priorities for AI Safety",
                Some("Priorités communes pour la sûreté de l’IA"),
                Some(Translated),
            ),
            unit(
                "priority/0193a2f0/title",
                context,
                "Remove Barriers to Collaboration",
                Some("Lever les obstacles à la collaboration"),
                Some(Translated),
            ),
            // Fuzzy-matched by msgmerge against the old source: needs review.
            unit(
                "priority/0193a2f0/body",
                context,
                "Labs should share evaluations, methods and results with each other and with the public.",
                Some("Les laboratoires devraient partager entre eux évaluations et résultats."),
                Some(NeedsReview),
            ),
            unit("priority/0193a2f1/title", Some("1.3 Fund Safety Research"), "Fund Safety Research", None, None),
        ],
    };
    assert_eq!(read_back, want);
}

#[test]
fn msginit_output_names_its_locale() {
    let read_back = read(sample!("po/msginit.zh_CN.po")).expect("reads");
    assert_eq!(read_back.target_language, "zh-CN");
    assert_eq!(read_back.source_language, "en");
    assert_eq!(read_back.units.len(), 4);
    assert!(read_back.units.iter().all(|u| u.target.is_none() && u.state.is_none()));
}

#[test]
fn a_file_without_header_reads_with_unknown_languages() {
    let read_back = read("msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"y\"\n").expect("reads");
    assert_eq!(read_back.source_language, "");
    assert_eq!(read_back.target_language, "");
    assert_eq!(read_back.units, vec![unit("a", None, "x", Some("y"), Some(Translated))]);
}

#[test]
fn escapes_of_other_tools_are_understood() {
    let file = "msgctxt \"a\"\nmsgid \"\\a\\b\\f\\v\\?\\'\\101\\x42\\303\\251\"\nmsgstr \"\"\n";
    assert_eq!(read(file).expect("reads").units[0].source, "\u{7}\u{8}\u{c}\u{b}?'ABé");
}

#[test]
fn bad_files_report_every_problem_where_it_is() {
    let cases: &[BadCase] = &[
        ("msgctxt \"a\"\nmsgid \"abc\nmsgstr \"\"\n", &[(2, 7, "this string has no closing quote on its line")]),
        ("msgctxt \"a\"\nmsgid \"a\\qb\"\nmsgstr \"\"\n", &[(2, 9, "unknown escape \\q: write \\\\ for a backslash")]),
        ("msgstr \"x\"\n", &[(1, 1, "msgstr without a msgid before it")]),
        (
            "msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"y\"\nmsgstr \"\"\n",
            &[(5, 1, "a second entry with msgctxt \"a\" (the first is at line 1, column 1)")],
        ),
        (
            "msgctxt \"a\"\nmsgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"x\"\nmsgstr[1] \"y\"\n",
            &[(3, 1, "plural forms are not supported: Plenary's texts have no plurals")],
        ),
        (
            "msgid \"x\"\nmsgstr \"y\"\n",
            &[(
                1,
                1,
                "this entry has no msgctxt: Plenary keeps each text's id there, so it cannot tell which text this \
                 translates (was the file exported from Plenary?)",
            )],
        ),
        ("msgctxt \"a\"\nmsgid \"x\" y\nmsgstr \"\"\n", &[(2, 11, "unexpected text after the closing quote")]),
        (
            "msgctxt \"a\"\nmsgfoo \"x\"\n",
            &[
                (1, 1, "msgctxt without a msgid after it"),
                (2, 1, "expected msgctxt, msgid, msgstr, a comment or a quoted string"),
            ],
        ),
        ("msgctxt \"a\"\nmsgid \"x\"\n", &[(2, 1, "this msgid has no msgstr")]),
        ("msgctxt \"a\"\n", &[(1, 1, "msgctxt without a msgid after it")]),
        ("\"x\"\n", &[(1, 1, "a string that continues nothing: put msgid, msgstr or msgctxt before it")]),
        ("msgctxt \"a\"\nmsgid\nmsgstr \"\"\n", &[(2, 6, "msgid needs a string in double quotes after it")]),
        (
            "msgctxt \"a\"\nmsgid \"\\377\"\nmsgstr \"\"\n",
            &[(2, 1, "the escaped bytes in this string are not valid UTF-8")],
        ),
        (
            "#. plenary-state: done\nmsgctxt \"a\"\nmsgid \"x\"\nmsgstr \"y\"\n",
            &[(1, 1, "unknown plenary-state 'done': expected machine-draft, needs-review, translated or approved")],
        ),
        (
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n",
            &[(1, 1, "the header says the file is in iso-8859-1: save it as UTF-8")],
        ),
        ("msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"y\"\nmsgstr \"z\"\n", &[(4, 1, "a second msgstr in one entry")]),
        // Several problems in one file: all of them, in file order.
        (
            "msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"\"\n\nmsgctxt \"b\"\nmsgid \"a\\qb\"\nmsgstr \"\"\n\nmsgstr \"x\"\n\n\
             msgctxt \"a\"\nmsgid \"y\"\nmsgstr \"\"\n",
            &[
                (6, 9, "unknown escape \\q: write \\\\ for a backslash"),
                (9, 1, "msgstr without a msgid before it"),
                (11, 1, "a second entry with msgctxt \"a\" (the first is at line 1, column 1)"),
            ],
        ),
    ];
    check_bad(cases, read);
}

#[test]
fn columns_count_characters_not_bytes() {
    let problems = read("#. é中🤖\nmsgctxt \"é中🤖\" x\nmsgid \"\"\nmsgstr \"\"\n").expect_err("bad");
    assert_eq!(located(&problems), [(2, 15, "unexpected text after the closing quote")]);
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
