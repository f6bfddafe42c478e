//! The UI's TypeScript types are generated from the Rust view types; this test keeps the
//! committed copies in `ui/src/lib/bindings/` in step. When they differ it rewrites them and
//! fails, so the change shows up in `git diff` and a second run passes.

use plenary_core::contribution::*;
use plenary_core::diff::DiffPart;
use plenary_core::redact::AuthorLabel;
use plenary_core::search::Segment;
use plenary_core::translation::*;
use plenary_core::view::*;
use std::path::{Path, PathBuf};
use ts_rs::{Config, TS};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings")
}

/// Writes `T`'s binding if it changed; returns its name, and whether it was stale.
fn check<T: TS + 'static>() -> (String, bool) {
    let name = T::ident(&Config::new());
    let path = dir().join(format!("{name}.ts"));
    let fresh = T::export_to_string(&Config::new()).expect("view types export to TypeScript");
    let stale = std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str());
    if stale {
        std::fs::create_dir_all(dir()).expect("bindings directory");
        std::fs::write(&path, fresh).expect("write binding");
    }
    (name, stale)
}

#[test]
fn typescript_bindings_are_fresh_and_complete() {
    let checked = [
        check::<ForumSummary>(),
        check::<TextView>(),
        check::<StatementView>(),
        check::<SectionView>(),
        check::<PrioritySummary>(),
        check::<PriorityLink>(),
        check::<SectionLink>(),
        check::<RevisionInfo>(),
        check::<PriorityView>(),
        check::<AnchorView>(),
        check::<CommentView>(),
        check::<AmendmentView>(),
        check::<PositionsView>(),
        check::<OpenDraft>(),
        check::<DraftItem>(),
        check::<ContributionItem>(),
        check::<MyContributions>(),
        check::<SearchResult>(),
        check::<SearchResults>(),
        check::<Segment>(),
        check::<AuthorLabel>(),
        check::<DiffPart>(),
        check::<DraftKey>(),
        check::<DraftKind>(),
        check::<DraftContent>(),
        check::<CommentDraft>(),
        check::<AmendmentDraft>(),
        check::<PositionDraft>(),
        check::<AnchorDraft>(),
        check::<IdentityDetails>(),
        check::<ForumListItem>(),
        check::<SyncLine>(),
        check::<TranslationBadge>(),
        check::<TermView>(),
        check::<EntryView>(),
        check::<ConceptView>(),
        check::<GlossaryView>(),
        check::<TermSegment>(),
        check::<TermFlag>(),
        check::<TranslationVersion>(),
        check::<TranslationDraft>(),
        check::<SourceChanges>(),
        check::<TranslationEditorView>(),
        check::<TranslationItem>(),
        check::<TranslationOverview>(),
        check::<plenary_core::exchange::ImportSummary>(),
        check::<plenary_core::reports::ReportForm>(),
        check::<plenary_core::reports::InputForm>(),
        check::<plenary_core::reports::AttachmentView>(),
        check::<plenary_core::reports::FieldProblem>(),
        check::<plenary_core::reports::GroupView>(),
        check::<plenary_core::reports::SubmissionFilter>(),
        check::<plenary_core::reports::SubmissionItem>(),
        check::<plenary_core::reports::ReportView>(),
        check::<plenary_core::consolidate::LogEntry>(),
        check::<plenary_core::consolidate::Tally>(),
        check::<plenary_core::consolidate::OverviewRow>(),
        check::<plenary_core::export::Annexes>(),
        check::<plenary_core::backup::BackupSummary>(),
        check::<plenary_core::backup::RestoreSummary>(),
        check::<plenary_core::backup::AutomaticBackup>(),
    ];
    let stale: Vec<&String> = checked.iter().filter(|(_, s)| *s).map(|(n, _)| n).collect();
    assert!(stale.is_empty(), "regenerated stale TypeScript bindings {stale:?}; review and commit them");
    // Every type a binding imports has a binding of its own, and no stray file is left over.
    let names: Vec<&String> = checked.iter().map(|(n, _)| n).collect();
    for entry in std::fs::read_dir(dir()).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(names.contains(&&stem), "{} is not generated from any Rust type; delete it", path.display());
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| l.starts_with("import type")) {
            let imported = line.split('"').nth(1).unwrap().trim_start_matches("./");
            assert!(names.iter().any(|n| n.as_str() == imported), "{stem} imports {imported}, which is not generated");
        }
    }
}
