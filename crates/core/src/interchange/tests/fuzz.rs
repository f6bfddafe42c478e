//! No input makes a reader panic: random text, and valid files with random damage. Whatever a
//! reader accepts, writing it and reading that back gives the same model.

use super::super::{po, tbx, xliff};
use super::*;

/// Valid files of every format, to damage.
const SEEDS: &[&str] = &[
    sample!("po/plenary-export.ar.po"),
    sample!("po/msgmerge-previous.fr.po"),
    sample!("po/msgcat-width40.ar.po"),
    sample!("xliff/plenary-export.ar.xlf"),
    sample!("xliff/spec-shaped.fr.xlf"),
    sample!("xliff/translate-toolkit-from-po.fr.xlf"),
    sample!("tbx/plenary-export.tbx"),
    sample!("tbx/tbx-basic-dca.tbx"),
    sample!("tbx/tbx2008-martif.tbx"),
];

/// Reads `input` as every format; for each that accepts it, checks that its own output reads
/// back to the same model.
fn read_all(input: &str) -> Result<(), TestCaseError> {
    if let Ok(file) = po::read(input) {
        let again = po::read(&po::write(&file)).map_err(|p| TestCaseError::fail(format!("PO: {p:?}")))?;
        let mut want = file;
        for unit in &mut want.units {
            unit.context = unit.context.as_deref().map(po::comment_safe);
        }
        prop_assert_eq!(again, want);
    }
    if let Ok(file) = xliff::read(input) {
        let again = xliff::read(&xliff::write(&file)).map_err(|p| TestCaseError::fail(format!("XLIFF: {p:?}")))?;
        prop_assert_eq!(again, file);
    }
    if let Ok(termbase) = tbx::read(input) {
        let again = tbx::read(&tbx::write(&termbase)).map_err(|p| TestCaseError::fail(format!("TBX: {p:?}")))?;
        prop_assert_eq!(again, termbase);
    }
    Ok(())
}

/// One kind of damage: delete, duplicate or replace a stretch, or insert text likely to
/// confuse a parser.
#[derive(Debug, Clone)]
enum Damage {
    Delete(usize, usize),
    Duplicate(usize, usize),
    Insert(usize, String),
    Truncate(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    let snippet = prop_oneof![
        prop::sample::select(vec![
            "<",
            ">",
            "&",
            "\"",
            "'",
            "\\",
            "\n",
            "\r\n",
            "</unit>",
            "<segment>",
            "</source>",
            "<![CDATA[",
            "]]>",
            "<!--",
            "-->",
            "&#0;",
            "&#x1F916;",
            "&lt",
            "xmlns:p=\"u\"",
            "p:",
            "msgid \"",
            "msgstr",
            "#~ ",
            "#, fuzzy\n",
            "msgctxt \"x\"\n",
            "\"\n",
            "\\x",
            "\\777",
            "<termSec>",
            "<langSec xml:lang=\"en\">",
            "<conceptEntry>",
            "state=\"final\"",
            "order=\"9\"",
            "<cp hex=\"D800\"/>",
            "\u{feff}",
            "\u{0}",
        ])
        .prop_map(str::to_string),
        any::<String>(),
    ];
    prop_oneof![
        (any::<usize>(), 0..40usize).prop_map(|(at, len)| Damage::Delete(at, len)),
        (any::<usize>(), 0..200usize).prop_map(|(at, len)| Damage::Duplicate(at, len)),
        (any::<usize>(), snippet).prop_map(|(at, s)| Damage::Insert(at, s)),
        any::<usize>().prop_map(Damage::Truncate),
    ]
}

/// The nearest character boundary at or before `at % (len + 1)`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, damage: &Damage) -> String {
    match damage {
        Damage::Delete(at, len) => {
            let start = boundary(text, *at);
            let end = boundary(text, start + len);
            let end = end.max(start);
            format!("{}{}", &text[..start], &text[end..])
        }
        Damage::Duplicate(at, len) => {
            let start = boundary(text, *at);
            let end = boundary(text, (start + len).min(text.len())).max(start);
            format!("{}{}", &text[..end], &text[start..])
        }
        Damage::Insert(at, s) => {
            let at = boundary(text, *at);
            format!("{}{s}{}", &text[..at], &text[at..])
        }
        Damage::Truncate(at) => text[..boundary(text, *at)].to_string(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics(input in any::<String>()) {
        read_all(&input)?;
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        read_all(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn damaged_files_never_panic(seed in 0..SEEDS.len(), damages in prop::collection::vec(damage(), 1..4)) {
        let mut text = SEEDS[seed].to_string();
        for d in &damages {
            text = apply(&text, d);
        }
        read_all(&text)?;
    }
}

#[test]
fn every_seed_reads() {
    for seed in SEEDS {
        let ok = po::read(seed).is_ok() || xliff::read(seed).is_ok() || tbx::read(seed).is_ok();
        assert!(ok, "{seed}");
    }
}
