//! The consolidated statement as CommonMark.

use super::{Consolidated, Contributor, Part, Words, entry_date};
use crate::consolidate::{LogEntry, Tally};
use pulldown_cmark::{Event, Tag, TagEnd};
use std::fmt::Write as _;

/// Whether a link target may stay a link in a published document.
pub(super) fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"].iter().any(|s| lower.starts_with(s))
}

/// A contribution's Markdown as published: raw HTML shown as text (as in the app), links only
/// to web and mail addresses, images as their description (nothing is fetched), nesting
/// bounded.
pub(super) fn safe_events(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    let mut dropped: Vec<bool> = Vec::new();
    crate::markdown::events(markdown).filter_map(move |event| match event {
        Event::Start(Tag::Link { ref dest_url, .. }) => {
            let keep = safe_url(dest_url);
            dropped.push(!keep);
            keep.then_some(event)
        }
        Event::End(TagEnd::Link) => (!dropped.pop().unwrap_or(false)).then_some(event),
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        other => Some(other),
    })
}

/// `markdown` cleaned by [`safe_events`], written back as Markdown.
pub(super) fn clean(markdown: &str) -> String {
    let mut out = String::new();
    if pulldown_cmark_to_cmark::cmark(safe_events(markdown), &mut out, crate::markdown::options()).is_err() {
        // Only an inconsistent event stream fails; fall back to the text alone.
        out = crate::anchor::plain_text(markdown);
    }
    out
}

/// Text from a single line of user input, safe as part of a Markdown heading or list item.
pub(super) fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn quote(markdown: &str) -> String {
    markdown
        .lines()
        .map(|l| if l.is_empty() { ">".to_owned() } else { format!("> {l}") })
        .collect::<Vec<_>>()
        .join("\n")
}

fn note(doc: &Consolidated, words: &Words, part: &Part) -> Option<String> {
    let badge = part.translation.as_ref()?;
    let mut text = if badge.state == "untranslated" {
        words.get("untranslated", &[("language", &doc.original_language)])
    } else {
        words.get("translation-state", &[("state", &badge.state)])
    };
    if badge.outdated {
        text = format!("{text} {}", words.get("translation-outdated", &[]));
    }
    Some(text)
}

fn tally_row(label: &str, t: &Tally) -> String {
    format!("| {} | {} | {} | {} |\n", inline(label), t.support, t.neutral, t.oppose)
}

pub(super) fn log_line(words: &Words, e: &LogEntry) -> String {
    let titles = e.amendments.join("; ");
    let what = match e.kind.as_str() {
        "accepted" | "merged" | "rejected" => words.get(&format!("log-{}", e.kind), &[("titles", &titles)]),
        "hidden" => words.get("log-hidden", &[("kind", e.hidden_kind.as_deref().unwrap_or("comment"))]),
        _ => words.get("log-phase", &[("phase", e.phase.as_deref().unwrap_or(""))]),
    };
    let mut line = match &e.priority {
        Some(p) => format!("{} {}: {what}", p.number, p.title),
        None => what,
    };
    line = format!("{line} ({})", words.get("log-by", &[("organizer", &e.organizer)]));
    if let Some(reason) = &e.reason {
        line = format!("{line}. {}", words.get("decision-reason", &[("reason", reason)]));
    }
    line
}

fn contributor(words: &Words, c: &Contributor) -> String {
    inline(&words.contributor(c))
}

pub(super) fn render(doc: &Consolidated, words: &Words) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", inline(&doc.title.title));
    if let Some(n) = note(doc, words, &doc.title) {
        let _ = writeln!(md, "*{}*\n", inline(&n));
    }
    let rule = if doc.attribution == "attributed" { "rule-attributed" } else { "rule-chatham-house" };
    let _ = writeln!(
        md,
        "{}  \n{}  \n{}\n",
        inline(&words.get("exported-on", &[("date", &doc.exported)])),
        inline(&words.get("phase", &[("phase", &doc.phase)])),
        inline(&words.get(rule, &[]))
    );
    let part = |md: &mut String, level: &str, heading: Option<String>, p: &Part| {
        if let Some(h) = heading {
            let _ = writeln!(md, "{level} {}\n", inline(&h));
        }
        if let Some(n) = note(doc, words, p) {
            let _ = writeln!(md, "*{}*\n", inline(&n));
        }
        if !p.markdown.is_empty() {
            let _ = writeln!(md, "{}\n", clean(&p.markdown).trim_end());
        }
    };
    if let Some(p) = &doc.preamble {
        part(&mut md, "##", (!p.title.is_empty()).then(|| p.title.clone()), p);
    }
    for s in &doc.sections {
        part(
            &mut md,
            "##",
            Some(format!("{}. {}", s.number, s.heading.markdown)),
            &Part { markdown: String::new(), ..s.heading.clone() },
        );
        for p in &s.priorities {
            part(&mut md, "###", Some(format!("{} {}", p.number, p.text.title)), &p.text);
            if p.revision > 1 {
                let mut revision = words.count("revision", "count", p.revision);
                if !p.adopted_from.is_empty() {
                    revision = format!(
                        "{revision}. {}",
                        words.get("revision-from", &[("titles", &p.adopted_from.join("; "))])
                    );
                }
                let _ = writeln!(md, "*{}*\n", inline(&revision));
            }
        }
    }
    if let Some(p) = &doc.about {
        part(&mut md, "##", (!p.title.is_empty()).then(|| p.title.clone()), p);
    }
    if let Some(rows) = &doc.annexes.positions {
        let _ = writeln!(
            md,
            "---\n\n## {}\n\n{}\n",
            inline(&words.get("annex-positions", &[])),
            inline(&words.get("annex-positions-note", &[]))
        );
        let header = format!(
            "| {{}} | {} | {} | {} |\n|---|---:|---:|---:|\n",
            inline(&words.get("column-support", &[])),
            inline(&words.get("column-neutral", &[])),
            inline(&words.get("column-oppose", &[]))
        );
        for row in rows {
            let _ = writeln!(md, "### {} {}\n", row.priority.number, inline(&row.priority.title));
            if row.positions.support + row.positions.neutral + row.positions.oppose == 0 {
                let _ = writeln!(md, "{}\n", inline(&words.get("no-positions", &[])));
                continue;
            }
            md.push_str(&header.replace("{}", &inline(&words.get("column-group", &[]))));
            md.push_str(&tally_row(&words.get("column-total", &[]), &row.positions));
            for (group, t) in &row.by_group {
                md.push_str(&tally_row(&words.get("group", &[("group", group)]), t));
            }
            md.push('\n');
            md.push_str(&header.replace("{}", &inline(&words.get("column-region", &[]))));
            for (region, t) in &row.by_region {
                md.push_str(&tally_row(&words.region(region), t));
            }
            md.push('\n');
        }
    }
    if doc.with_decisions {
        let _ = writeln!(
            md,
            "---\n\n## {}\n\n### {}\n",
            inline(&words.get("annex-decisions", &[])),
            inline(&words.get("decision-log", &[]))
        );
        match doc.annexes.decisions.as_deref() {
            Some([]) | None => {
                let _ = writeln!(md, "{}\n", inline(&words.get("no-decisions", &[])));
            }
            Some(log) => {
                for e in log {
                    let _ = writeln!(md, "- {}: {}", entry_date(e), inline(&log_line(words, e)));
                }
                md.push('\n');
            }
        }
        if doc.annexes.priorities.iter().flatten().any(|p| !p.amendments.is_empty()) {
            let _ = writeln!(md, "### {}\n", inline(&words.get("amendments", &[])));
        }
        for p in doc.annexes.priorities.iter().flatten().filter(|p| !p.amendments.is_empty()) {
            let _ = writeln!(md, "#### {} {}\n", p.number, inline(&p.title));
            for a in &p.amendments {
                let mut line = format!(
                    "- **{}**: {}; {}",
                    inline(&a.title),
                    inline(&words.get("amendment-state", &[("state", &a.state)])),
                    contributor(words, &a.author)
                );
                if let Some(reason) = &a.reason {
                    line = format!("{line}. {}", inline(&words.get("decision-reason", &[("reason", reason)])));
                }
                let _ = writeln!(md, "{line}");
            }
            md.push('\n');
        }
    }
    if doc.with_comments {
        let _ = writeln!(md, "---\n\n## {}\n", inline(&words.get("annex-comments", &[])));
        for p in doc.annexes.priorities.iter().flatten() {
            let _ = writeln!(md, "### {} {}\n", p.number, inline(&p.title));
            if p.comments.is_empty() {
                let _ = writeln!(md, "{}\n", inline(&words.get("no-comments", &[])));
            }
            for kind in ["support", "concern", "question", "suggestion"] {
                let comments: Vec<_> = p.comments.iter().filter(|c| c.kind == kind).collect();
                if comments.is_empty() {
                    continue;
                }
                let _ = writeln!(md, "#### {}\n", inline(&words.get("comment-kind", &[("kind", kind)])));
                for c in comments {
                    let mut body = clean(&c.markdown).trim_end().to_owned();
                    if let Some(q) = &c.quote {
                        body = format!("“{}”\n\n{body}", inline(q));
                    }
                    let _ = writeln!(md, "{}\n>\n> — {}\n", quote(&body), contributor(words, &c.author));
                }
            }
        }
    }
    md
}
