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
    fn identical_texts_are_one_same_run() {
        assert_eq!(words("a b", "a b"), vec![DiffPart { kind: "same".into(), text: "a b".into() }]);
    }
}
