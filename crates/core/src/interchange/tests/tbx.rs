//! TBX: round trips, files from translate-toolkit and in the TBX-Basic and TBX 2008 shapes,
//! bad files.

use super::super::tbx::{read, write};
use super::super::xml::xml_safe;
use super::*;
use TermStatus::*;

/// What a termbase reads back as: characters XML lacks become U+FFFD.
fn expected(mut termbase: Termbase) -> Termbase {
    let safe = |t: &mut Option<String>| *t = t.as_deref().map(xml_safe);
    termbase.source_language = xml_safe(&termbase.source_language);
    for concept in &mut termbase.concepts {
        concept.id = xml_safe(&concept.id);
        safe(&mut concept.note);
        for entry in &mut concept.entries {
            safe(&mut entry.definition);
            safe(&mut entry.note);
            for term in &mut entry.terms {
                term.text = xml_safe(&term.text);
                safe(&mut term.note);
            }
        }
    }
    termbase
}

fn term(text: &str, status: TermStatus, note: Option<&str>) -> Term {
    Term { text: text.into(), status, note: note.map(str::to_string) }
}

fn entry(language: &str, definition: Option<&str>, note: Option<&str>, terms: Vec<Term>) -> LanguageEntry {
    LanguageEntry {
        language: language.into(),
        definition: definition.map(str::to_string),
        note: note.map(str::to_string),
        terms,
    }
}

fn concept(id: &str, note: Option<&str>, entries: Vec<LanguageEntry>) -> Concept {
    Concept { id: id.into(), note: note.map(str::to_string), entries }
}

#[test]
fn tricky_termbase_round_trips() {
    let termbase = tricky_termbase();
    let written = write(&termbase);
    let read_back = read(&written).expect("reads");
    assert_eq!(read_back, termbase);
    assert_eq!(write(&read_back), written);
}

#[test]
fn export_is_as_pinned() {
    assert_eq!(write(&tricky_termbase()), sample!("tbx/plenary-export.tbx"));
}

#[test]
fn csv2tbx_output() {
    let read_back = read(sample!("tbx/csv2tbx.tbx")).expect("reads");
    let pair = |id: &str, en: &str, xx: &str| {
        concept(
            id,
            None,
            vec![
                entry("en", None, None, vec![term(en, Admitted, None)]),
                entry("xx", None, None, vec![term(xx, Admitted, None)]),
            ],
        )
    };
    let want = Termbase {
        source_language: "en".into(),
        concepts: vec![
            pair("frontier AI", "frontier AI", "IA de pointe"),
            pair("red-teaming", "red-teaming", "test d'intrusion"),
            pair("compute", "compute", "puissance de calcul"),
        ],
    };
    assert_eq!(read_back, want);
}

#[test]
fn translate_toolkit_entries_without_ids_take_their_first_term() {
    let read_back = read(sample!("tbx/translate-toolkit-api.tbx")).expect("reads");
    let want = Termbase {
        source_language: "en".into(),
        concepts: vec![
            concept(
                "frontier AI",
                Some("Contested: some delegations reject “frontier” as marketing."),
                vec![
                    entry("en", None, None, vec![term("frontier AI", Admitted, None)]),
                    entry("fr", None, None, vec![term("IA de pointe", Admitted, None)]),
                ],
            ),
            concept(
                "compute",
                Some("Prefer the longer form & avoid jargon"),
                vec![
                    entry("en", None, None, vec![term("compute", Admitted, None)]),
                    entry("fr", None, None, vec![term("puissance de calcul", Admitted, None)]),
                ],
            ),
        ],
    };
    assert_eq!(read_back, want);
}

#[test]
fn tbx_basic_dca_file() {
    let read_back = read(sample!("tbx/tbx-basic-dca.tbx")).expect("reads");
    let want = Termbase {
        source_language: "en".into(),
        concepts: vec![
            concept(
                "c-frontier-ai",
                Some("Contested: some delegations reject \"frontier\" as marketing."),
                vec![
                    entry(
                        "en",
                        // Text is kept as written, line break and indentation included.
                        Some("General-purpose AI models at the leading\n\t\t\t\t\t\t\tedge of capability."),
                        None,
                        vec![
                            term("frontier AI", Preferred, None),
                            term("cutting-edge AI", Admitted, Some("Informal.")),
                            term("god-like AI", Forbidden, Some("Sensational.\n\nN-Source: delegation comments")),
                        ],
                    ),
                    entry(
                        "es",
                        Some("Modelos de IA de propósito general en la vanguardia de la capacidad."),
                        Some("Evítese «IA divina»."),
                        vec![term("IA de frontera", Preferred, None), term("IA puntera", Admitted, None)],
                    ),
                ],
            ),
            // The concept's definition goes to the source language's entry, which had none.
            concept(
                "c-compute",
                None,
                vec![
                    entry(
                        "en",
                        Some("The computing power used to train & run models."),
                        None,
                        vec![term("compute", Preferred, None)],
                    ),
                    entry(
                        "ar",
                        None,
                        None,
                        vec![term("القدرة الحاسوبية", Preferred, None), term("الحوسبة", Forbidden, None)],
                    ),
                ],
            ),
        ],
    };
    assert_eq!(read_back, want);
}

#[test]
fn tbx_basic_dct_file() {
    let read_back = read(sample!("tbx/tbx-basic-dct.tbx")).expect("reads");
    let want = Termbase {
        source_language: "en".into(),
        concepts: vec![concept(
            "c-red-teaming",
            None,
            vec![
                entry(
                    "en",
                    Some("Adversarial testing of a model to find harmful behaviour."),
                    None,
                    vec![term("red-teaming", Preferred, None)],
                ),
                entry(
                    "fr",
                    None,
                    None,
                    vec![
                        term("test d’intrusion", Admitted, Some("Used in cybersecurity; broader.")),
                        term("red teaming", Forbidden, None),
                    ],
                ),
            ],
        )],
    };
    assert_eq!(read_back, want);
}

#[test]
fn tbx_2008_file() {
    let read_back = read(sample!("tbx/tbx2008-martif.tbx")).expect("reads");
    let want = Termbase {
        source_language: "en-US".into(),
        concepts: vec![concept(
            "eid-1",
            // The concept's definition cannot go to the English entry, which has its own.
            Some("Added at the second session.\n\nMeasures that keep AI systems under meaningful human oversight."),
            vec![
                entry(
                    "en-US",
                    Some("Keeping humans able to oversee and correct AI systems."),
                    None,
                    vec![term("human oversight", Preferred, None), term("human control", Admitted, Some("Narrower."))],
                ),
                entry(
                    "ru",
                    None,
                    None,
                    vec![
                        term("человеческий надзор", Preferred, None),
                        term("контроль человека", Forbidden, Some("Older wording.")),
                    ],
                ),
            ],
        )],
    };
    assert_eq!(read_back, want);
}

/// A TBX 2008 file need not say its language; the termbase then has none, and is written and
/// read back as such (found by the fuzz test).
#[test]
fn a_termbase_without_source_language_round_trips() {
    let read_back = read("<martif type=\"TBX\"><text><body/></text></martif>").expect("reads");
    assert_eq!(read_back, Termbase { source_language: String::new(), concepts: vec![] });
    assert_eq!(read(&write(&read_back)).expect("reads"), read_back);
}

#[test]
fn bad_files_report_every_problem_where_it_is() {
    let cases: &[BadCase] = &[
        (
            "<tbx",
            &[(1, 1, "the XML is not well-formed: syntax error: tag not closed: `>` not found before end of input")],
        ),
        (
            "<glossary/>",
            &[(1, 1, "the root element is <glossary>, not <tbx> (or TBX 2008's <martif>): this is not a TBX file")],
        ),
        (
            "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\"/>",
            &[(1, 1, "<tbx> has no namespace; TBX v3 files use urn:iso:std:iso:30042:ed-2")],
        ),
        (
            "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"/>",
            &[
                (1, 1, "<tbx> has no type attribute naming its dialect, such as TBX-Basic"),
                (1, 1, "<tbx> has no style attribute (dca or dct)"),
                (1, 1, "<tbx> has no xml:lang attribute naming the file's main language"),
            ],
        ),
        (
            r#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>
</body></text></tbx>"#,
            &[(2, 1, "<conceptEntry> has no id attribute")],
        ),
        (
            r#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c1"><langSec><termSec><term>x</term></termSec></langSec></conceptEntry>
<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec>
<langSec xml:lang="EN"><termSec><term>y</term></termSec></langSec></conceptEntry>
</body></text></tbx>"#,
            &[
                (2, 23, "<langSec> has no xml:lang attribute naming its language"),
                (3, 1, "a second concept with id \"c1\" (the first is at line 2, column 1)"),
                (4, 1, "a second <langSec> for \"EN\" in one concept (the first is at line 3, column 23)"),
            ],
        ),
        (
            r#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c1"><langSec xml:lang="en"><termSec><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>x</term><termNote type="administrativeStatus">bannedTerm</termNote></termSec></langSec></conceptEntry>
</body></text></tbx>"#,
            &[
                (2, 46, "<termSec> has no <term>"),
                (
                    3,
                    24,
                    "unknown administrative status \"bannedTerm\": expected preferredTerm-admn-sts, \
                     admittedTerm-admn-sts or deprecatedTerm-admn-sts",
                ),
            ],
        ),
        (
            r#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<termEntry id="c1"/></body></text></tbx>"#,
            &[(2, 1, "<termEntry> is not expected in <body>")],
        ),
        (
            "<tbx type=\"TBX-Basic\" style=\"fancy\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"/>",
            &[(1, 1, "unknown style \"fancy\": expected dca or dct")],
        ),
    ];
    check_bad(cases, read);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_termbase_round_trips(termbase in termbase()) {
        let written = write(&termbase);
        let read_back = read(&written).map_err(|p| TestCaseError::fail(format!("{p:?}\n{written}")))?;
        prop_assert_eq!(&read_back, &expected(termbase));
        prop_assert_eq!(write(&read_back), written);
    }
}
