//! Opening a profile: first run, second run, and the views a new user sees.

use plenary_core::Profile;
use plenary_core::profile::STORE_FILE;
use std::os::unix::fs::PermissionsExt;

const NOW: u64 = 1_764_000_000_000;

#[test]
fn first_run_creates_a_private_profile_with_the_sample_forum() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("profile");
    let (profile, opened) = Profile::open(&dir, NOW).unwrap();
    assert!(opened.loaded_sample);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join(STORE_FILE)), 0o600);
    let view = profile.statement(None).unwrap();
    assert_eq!(view.forum.title, "Enhancing International Collaboration to Improve Open-Source AI Safety and Security");
    assert_eq!(view.forum.attribution, "chatham_house");
    assert_eq!(view.preamble.as_ref().unwrap().title, "Preamble");
    assert!(view.preamble.as_ref().unwrap().html.starts_with("<p>Artificial intelligence (AI) holds"));
    let titles: Vec<&str> = view.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Collaboration and Inclusivity", "Standards and Openness", "AI Safety Processes"]);
    let first = &view.sections[0].priorities[0];
    assert_eq!(
        (first.number.as_str(), first.title.as_str()),
        ("1.1", "Broaden Participation in Global AI Safety Forums")
    );
    let last = view.sections[2].priorities.last().unwrap();
    assert_eq!((last.number.as_str(), last.title.as_str()), ("3.5", "Address Marginal Risks From Open-Source AI"));
    // The about note's Markdown bold is rendered.
    assert!(view.about.unwrap().html.contains("<strong>Chatham House Rule</strong>"));
}

#[test]
fn a_second_run_keeps_the_identity_and_does_not_import_again() {
    let dir = tempfile::tempdir().unwrap();
    let (first, _) = Profile::open(dir.path(), NOW).unwrap();
    let key = first.key().public();
    drop(first);
    let (second, opened) = Profile::open(dir.path(), NOW + 60_000).unwrap();
    assert!(!opened.loaded_sample);
    assert_eq!(second.key().public(), key);
    let forums: i64 = second.store().conn().query_row("SELECT count(*) FROM forums", [], |r| r.get(0)).unwrap();
    assert_eq!(forums, 1);
}

#[test]
fn a_priority_page_links_its_neighbours_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let (profile, _) = Profile::open(dir.path(), NOW).unwrap();
    let view = profile.statement(None).unwrap();
    let all: Vec<_> = view.sections.iter().flat_map(|s| s.priorities.iter()).collect();
    assert_eq!(all.len(), 18);
    // The last priority of section 1 links forward across the section boundary.
    let page = profile.priority(all[8].id.parse().unwrap()).unwrap();
    assert_eq!(page.number, "1.9");
    assert_eq!(page.section.title, "Collaboration and Inclusivity");
    assert_eq!(page.previous.as_ref().unwrap().number, "1.8");
    assert_eq!(page.next.as_ref().unwrap().title, "Standardize Incident Reporting");
    assert_eq!(page.revision.count, 1);
    assert!(page.revision.created_ms >= NOW);
    assert!(profile.priority(all[0].id.parse().unwrap()).unwrap().previous.is_none());
    assert!(profile.priority(all[17].id.parse().unwrap()).unwrap().next.is_none());
    let missing = profile.priority("01890000-0000-7000-8000-000000000000".parse().unwrap()).unwrap_err();
    assert_eq!(missing.code(), "not-found");
}
