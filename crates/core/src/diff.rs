//! Word-level comparison of two texts, for showing what an amendment changes. Words are
//! Unicode words (UAX #29), so Chinese and Japanese compare character by character and Arabic
//! and Russian word by word; the whitespace between words is kept as it was.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};
use std::time::Duration;
use ts_rs::TS;

/// One run of text that is the same in both, only in the old, or only in the new.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DiffPart {
    /// `same`, `removed` or `added`.
    pub kind: String,
    /// The text of the run.
    pub text: String,
}

/// How long a comparison may take before it settles for a coarser result. Texts here are a
/// paragraph or two, so this is only reached by pathological input.
const DEADLINE: Duration = Duration::from_millis(250);

/// The word-level changes from `old` to `new`, adjacent runs of the same kind merged.
pub fn words(old: &str, new: &str) -> Vec<DiffPart> {
    let diff = TextDiff::configure().timeout(DEADLINE).diff_unicode_words(old, new);
    let mut parts: Vec<DiffPart> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => "same",
            ChangeTag::Delete => "removed",
            ChangeTag::Insert => "added",
        };
        match parts.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => parts.push(DiffPart { kind: kind.to_owned(), text: change.value().to_owned() }),
        }
    }
    parts
}

/// The byte ranges of `old` that changing it into `new` touches (an insertion touches the
/// point where it goes, widened to one byte so two insertions at one place meet). Two edits
/// of the same text conflict when their ranges overlap.
pub fn touched(old: &str, new: &str) -> Vec<std::ops::Range<usize>> {
    let diff = TextDiff::configure().timeout(DEADLINE).diff_unicode_words(old, new);
    let mut ranges = Vec::new();
    let mut at = 0;
    for op in diff.ops() {
        let old_len: usize =
            diff.iter_changes(op).filter(|c| c.tag() != ChangeTag::Insert).map(|c| c.value().len()).sum();
        match op.tag() {
            similar::DiffTag::Equal => {}
            similar::DiffTag::Insert => ranges.push(at..at + 1),
            similar::DiffTag::Delete | similar::DiffTag::Replace => ranges.push(at..at + old_len.max(1)),
        }
        at += old_len;
    }
    ranges
}

/// Whether two edits of `old` (into `a` and into `b`) touch the same passage.
pub fn overlap(old: &str, a: &str, b: &str) -> bool {
    let (ra, rb) = (touched(old, a), touched(old, b));
    ra.iter().any(|x| rb.iter().any(|y| x.start < y.end && y.start < x.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(parts: &[DiffPart]) -> String {
        parts
            .iter()
            .map(|p| match p.kind.as_str() {
                "added" => format!("[+{}]", p.text),
                "removed" => format!("[-{}]", p.text),
                _ => p.text.clone(),
            })
            .collect()
    }

    #[test]
    fn marks_changed_words() {
        let d = words(
            "Establish consistent protocols for reporting.",
            "Establish shared protocols for incident reporting.",
        );
        assert_eq!(show(&d), "Establish [-consistent][+shared] protocols for [+incident ]reporting.");
    }

    #[test]
    fn compares_chinese_by_character() {
        let d = words("建立一致的协议", "建立统一的协议");
        assert_eq!(show(&d), "建立[+统]一[-致]的协议");
    }

    #[test]
    fn the_parts_rebuild_both_texts() {
        let (old, new) = ("Сотрудничество между странами важно.", "Сотрудничество между всеми странами необходимо.");
        let d = words(old, new);
        let rebuilt = |skip: &str| d.iter().filter(|p| p.kind != skip).map(|p| p.text.as_str()).collect::<String>();
        assert_eq!(rebuilt("added"), old);
        assert_eq!(rebuilt("removed"), new);
    }

    #[test]
    fn edits_of_the_same_passage_overlap_and_of_different_ones_do_not() {
        let old = "Establish consistent protocols for reporting. Consider creating incentives.";
        let a = "Establish shared protocols for reporting. Consider creating incentives.";
        let b = "Establish common protocols for reporting. Consider creating incentives.";
        let c = "Establish consistent protocols for reporting. Consider offering incentives.";
        assert!(overlap(old, a, b));
        assert!(!overlap(old, a, c));
        assert!(overlap(old, &format!("{old} More."), &format!("{old} Other.")), "insertions at one place meet");
    }

    #[test]
    fn identical_texts_are_one_same_run() {
        assert_eq!(words("a b", "a b"), vec![DiffPart { kind: "same".into(), text: "a b".into() }]);
    }
}
