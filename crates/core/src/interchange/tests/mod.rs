//! Tests of the interchange formats: round trips (fixed and property-based), files made by
//! other tools (in `crates/core/tests/data/interchange/`, see its README), tables of bad files,
//! and fuzzing that no input makes a reader panic.

mod fuzz;
mod po;
mod tbx;
mod xliff;

use super::{Concept, LanguageEntry, Problem, Term, TermStatus, Termbase, TranslationFile, Unit, UnitState};
use proptest::prelude::*;

/// A sample file by name, from `crates/core/tests/data/interchange/`.
macro_rules! sample {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/interchange/", $name))
    };
}
pub(super) use sample;

pub(super) fn unit(
    id: &str,
    context: Option<&str>,
    source: &str,
    target: Option<&str>,
    state: Option<UnitState>,
) -> Unit {
    Unit {
        id: id.to_string(),
        context: context.map(str::to_string),
        source: source.to_string(),
        target: target.map(str::to_string),
        state,
    }
}

/// A statement's worth of tricky texts in every state.
pub(super) fn tricky_file() -> TranslationFile {
    use UnitState::*;
    TranslationFile {
        source_language: "en".into(),
        target_language: "ar".into(),
        units: vec![
            unit(
                "statement/title",
                Some("Title"),
                "Shared Priorities for AI Safety",
                Some("الأولويات المشتركة لسلامة الذكاء الاصطناعي"),
                Some(Approved),
            ),
            unit(
                "priority/0193a2f0-7c1e-7d3a-9c11-3f5e2b7a9d01/title",
                Some("1.2 Remove Barriers to Collaboration"),
                "Remove *Barriers* to Collaboration",
                Some("إزالةُ العَقَباتِ أمامَ التعاون"),
                Some(Translated),
            ),
            unit(
                "priority/0193a2f0-7c1e-7d3a-9c11-3f5e2b7a9d01/body",
                Some("1.2 Remove Barriers to Collaboration"),
                "Labs should share **evaluations** & results.\n\nSee <https://example.org/a?b=1&c=2> and \"quoted\" 'text'.\n- one\n- two\\three",
                Some(
                    "ينبغي للمختبرات أن تتشارك **التقييمات** والنتائج.\n\nانظر <https://example.org/a?b=1&c=2> و«نصًا» \"مقتبسًا\".",
                ),
                Some(NeedsReview),
            ),
            unit(
                "section/2/heading",
                Some("2"),
                "  Leading and trailing spaces  ",
                Some("  مسافات  "),
                Some(MachineDraft),
            ),
            unit("section/3/heading", None, "Emoji 🤖 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, tab\there, a > b < c, ]]> end", None, None),
            unit("priority/x/empty-target", Some(""), "Empty target", Some(""), Some(Translated)),
            unit(
                "priority/y/chinese",
                Some("3.1 风险\n第二行"),
                "A long source text that goes on and on so that gettext has to wrap it over several lines, with words that are long enough to matter.",
                Some(
                    "一段很长的中文译文，用来检查换行时不会在标点前断开，也不会丢失任何字符。这里再多写一些字，让它超过一行的宽度，确保会被折行。",
                ),
                Some(NeedsReview),
            ),
            unit(
                "preamble/body",
                Some("Preamble"),
                "Carriage\r\nreturn and\rlone CR",
                Some("retour\r\nchariot"),
                Some(Approved),
            ),
        ],
    }
}

/// A glossary with every field used, in several scripts.
pub(super) fn tricky_termbase() -> Termbase {
    let term =
        |text: &str, status, note: Option<&str>| Term { text: text.into(), status, note: note.map(str::to_string) };
    Termbase {
        source_language: "en".into(),
        concepts: vec![
            Concept {
                id: "c-frontier-ai".into(),
                note: Some("Contested: some delegations reject \"frontier\" as marketing.".into()),
                entries: vec![
                    LanguageEntry {
                        language: "en".into(),
                        definition: Some("Highly capable general-purpose AI models & systems <at the edge>.".into()),
                        note: Some("Use \"frontier AI\" only with a definition.\nNever capitalize.".into()),
                        terms: vec![
                            term("frontier AI", TermStatus::Preferred, None),
                            term("advanced AI", TermStatus::Admitted, Some("broader")),
                            term("god-like AI", TermStatus::Forbidden, Some("sensational")),
                        ],
                    },
                    LanguageEntry {
                        language: "ar".into(),
                        definition: Some("نماذجُ وأنظمةُ ذكاءٍ اصطناعيٍّ عامةُ الغرض عاليةُ القدرة.".into()),
                        note: None,
                        terms: vec![term("الذكاء الاصطناعي المتقدم", TermStatus::Preferred, None)],
                    },
                    LanguageEntry {
                        language: "zh-Hans".into(),
                        definition: None,
                        note: Some("避免使用“超级智能”。".into()),
                        terms: vec![
                            term("前沿人工智能", TermStatus::Preferred, None),
                            term("超级智能", TermStatus::Forbidden, None),
                        ],
                    },
                ],
            },
            Concept {
                id: "c-red-teaming".into(),
                note: None,
                entries: vec![LanguageEntry {
                    language: "fr".into(),
                    definition: Some("  spaces kept  ".into()),
                    note: None,
                    terms: vec![term("test d'intrusion 🤖", TermStatus::Admitted, None)],
                }],
            },
        ],
    }
}

/// A bad file and the problems it must yield, as `(line, column, message)`.
pub(super) type BadCase = (&'static str, &'static [(usize, usize, &'static str)]);

/// Reads each bad file and checks that it yields exactly its problems, and no data.
pub(super) fn check_bad<T: std::fmt::Debug>(cases: &[BadCase], read: impl Fn(&str) -> Result<T, Vec<Problem>>) {
    for (input, want) in cases {
        let problems = read(input).expect_err(input);
        assert_eq!(located(&problems), *want, "for {input:?}");
    }
}

/// The problems as `(line, column, message)`, for compact assertions.
pub(super) fn located(problems: &[Problem]) -> Vec<(usize, usize, &str)> {
    problems.iter().map(|p| (p.line, p.column, p.message.as_str())).collect()
}

// ---------------------------------------------------------------------------------------
// Strategies for property tests.

/// Any text, weighted towards the characters that break escaping.
pub(super) fn text() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        '\n', '\r', '\t', '"', '\'', '\\', '&', '<', '>', ']', '*', '#', ' ', '\u{0}', '\u{1}', '\u{7f}', '\u{85}',
        '\u{2028}', '\u{feff}', '\u{fffe}', '\u{ffff}', 'ُ', 'ع', '中', '🤖', '𝔘', '_', '/', ':', '%',
    ]);
    prop::collection::vec(prop_oneof![2 => any::<char>(), 3 => tricky, 3 => prop::char::range('a', 'z')], 0..60)
        .prop_map(String::from_iter)
}

/// Identifiers: anything but control characters and the two non-characters XML lacks.
pub(super) fn id() -> impl Strategy<Value = String> {
    "[^\\p{Cc}\u{FFFE}\u{FFFF}]{1,24}"
}

pub(super) fn language() -> impl Strategy<Value = String> {
    "[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?"
}

fn state() -> impl Strategy<Value = UnitState> {
    prop_oneof![
        Just(UnitState::MachineDraft),
        Just(UnitState::NeedsReview),
        Just(UnitState::Translated),
        Just(UnitState::Approved),
    ]
}

pub(super) fn translation_file() -> impl Strategy<Value = TranslationFile> {
    let body = (prop::option::of(text()), text(), prop::option::of((text(), state())));
    (language(), language(), prop::collection::vec((id(), body), 0..8)).prop_map(
        |(source_language, target_language, units)| {
            let mut seen = std::collections::HashSet::new();
            let units = units
                .into_iter()
                .filter(|(id, _)| seen.insert(id.clone()))
                .map(|(id, (context, source, translation))| Unit {
                    id,
                    context,
                    source,
                    state: translation.as_ref().map(|t| t.1),
                    target: translation.map(|t| t.0),
                })
                .collect();
            TranslationFile { source_language, target_language, units }
        },
    )
}

pub(super) fn termbase() -> impl Strategy<Value = Termbase> {
    let status = prop_oneof![Just(TermStatus::Preferred), Just(TermStatus::Admitted), Just(TermStatus::Forbidden)];
    let term = (text(), status, prop::option::of(text())).prop_map(|(text, status, note)| Term { text, status, note });
    let entry = (language(), prop::option::of(text()), prop::option::of(text()), prop::collection::vec(term, 0..4))
        .prop_map(|(language, definition, note, terms)| LanguageEntry { language, definition, note, terms });
    let concept =
        (id(), prop::option::of(text()), prop::collection::vec(entry, 0..4)).prop_map(|(id, note, entries)| {
            let mut seen = std::collections::HashSet::new();
            let entries = entries.into_iter().filter(|e| seen.insert(e.language.to_ascii_lowercase())).collect();
            Concept { id, note, entries }
        });
    (language(), prop::collection::vec(concept, 0..5)).prop_map(|(source_language, concepts)| {
        let mut seen = std::collections::HashSet::new();
        let concepts = concepts.into_iter().filter(|c| seen.insert(c.id.clone())).collect();
        Termbase { source_language, concepts }
    })
}

/// Writes the exports of the tricky models to `$PLENARY_INTERCHANGE_DUMP`, the starting point
/// for the samples made with other tools (see the data README).
#[test]
#[ignore = "writes files; run by hand to regenerate the inputs for the tool-made samples"]
fn dump_exports() {
    let Some(dir) = std::env::var_os("PLENARY_INTERCHANGE_DUMP") else { return };
    let dir = std::path::PathBuf::from(dir);
    let file = tricky_file();
    std::fs::write(dir.join("plenary-export.ar.po"), super::po::write(&file)).expect("write");
    std::fs::write(dir.join("plenary-export.ar.xlf"), super::xliff::write(&file)).expect("write");
    std::fs::write(dir.join("plenary-export.tbx"), super::tbx::write(&tricky_termbase())).expect("write");
}
