//! Statement import: the sample statement comes in whole, and a broken one changes nothing.

use plenary_core::Profile;
use plenary_core::profile::{Origin, SAMPLE_STATEMENT};
use plenary_proto::Statement;

const NOW: u64 = 1_764_000_000_000;

/// The original text of the sample statement, as published.
const SOURCE: &str = include_str!("../../../../assets/sample/open-source-ai-safety-statement.txt");

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[test]
fn the_sample_statement_keeps_every_paragraph_of_the_original() {
    let statement = Statement::parse(SAMPLE_STATEMENT).expect("the sample statement parses");
    let mut ours: Vec<String> = vec![normalize(&statement.title)];
    for part in [&statement.preamble, &statement.about].into_iter().flatten() {
        ours.push(normalize(&part.title));
        ours.push(normalize(&part.body));
    }
    for section in &statement.sections {
        ours.push(normalize(&section.title));
        for p in &section.priorities {
            ours.push(normalize(&p.title));
            ours.push(normalize(&p.body));
        }
    }
    let joined = ours.join(" ");
    let paragraphs: Vec<&str> = SOURCE.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
    assert!(paragraphs.len() > 40, "the original has {} paragraphs", paragraphs.len());
    for paragraph in paragraphs {
        // One heading of the original joins two: "Statement of priorities" and the first
        // section's name. The UI shows "Statement of priorities" itself.
        let paragraph = normalize(paragraph).replace("statement of priorities ", "");
        assert!(joined.contains(&paragraph), "the sample statement lost: {paragraph}");
    }
    assert_eq!(statement.sections.len(), 3);
    let counts: Vec<usize> = statement.sections.iter().map(|s| s.priorities.len()).collect();
    assert_eq!(counts, [9, 4, 5]);
}

fn dump(profile: &Profile) -> Vec<String> {
    let conn = profile.store().conn();
    let mut out = Vec::new();
    for table in
        ["records", "forums", "participants", "sections", "priorities", "revisions", "local_forums", "local_settings"]
    {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|")))
            .unwrap();
        out.extend(rows.map(|r| format!("{table}: {}", r.unwrap())));
    }
    out
}

#[test]
fn a_broken_statement_names_the_line_and_leaves_the_store_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (mut profile, _) = Profile::open(dir.path(), NOW).unwrap();
    let before = dump(&profile);
    // Break the sample on a line deep inside it, so a partial import would show.
    let mut lines: Vec<&str> = SAMPLE_STATEMENT.lines().collect();
    let broken_line = lines.len() - 6;
    lines.insert(broken_line, "### Too deep");
    let broken = lines.join("\n");
    let err = profile.import_statement(&broken, Origin::File, NOW + 1).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "line {}: only '#' (a section, the preamble or the about note) and '##' (a priority) headings are allowed; inside a text, use **bold** instead",
            broken_line + 1
        )
    );
    assert_eq!(dump(&profile), before);
}

#[test]
fn an_imported_statement_becomes_the_default_forum() {
    let dir = tempfile::tempdir().unwrap();
    let (mut profile, _) = Profile::open(dir.path(), NOW).unwrap();
    let text = "---\ntitle: Second Forum\nlanguage: fr\n---\n# Une section\n## Une priorité\nDu texte.\n";
    let forum = profile.import_statement(text, Origin::File, NOW + 1000).unwrap();
    let view = profile.statement(None).unwrap();
    assert_eq!(view.forum.id, forum.to_string());
    assert_eq!(view.forum.title, "Second Forum");
    assert_eq!(view.sections[0].priorities[0].title, "Une priorité");
    assert_eq!(view.sections[0].priorities[0].language, "fr");
}
