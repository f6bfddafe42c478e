//! The consolidated statement as one standalone HTML file, ready to print: the fonts its text
//! needs embedded, right to left where its language is, every piece of text in its own
//! language, and nothing that runs or loads.

use super::markdown::{log_line, safe_events};
use super::{Consolidated, Contributor, Part, Words, entry_date};
use crate::consolidate::Tally;
use std::fmt::Write as _;

/// Escapes text for HTML element content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Markdown to sanitized HTML, links and images limited as in the other formats.
fn html(markdown: &str) -> String {
    crate::markdown::to_safe_html(safe_events(markdown), crate::markdown::sanitizer())
}

/// `lang` and `dir` attributes for text in `language`.
fn lang(language: &str) -> String {
    format!(" lang=\"{}\" dir=\"{}\"", esc(language), super::direction_of(language))
}

const STYLE: &str = "
:root{--ink:#1a1a1a;--muted:#555;--rule:#c8c8c8;--accent:#1d4f91}
html{font-family:'Noto Sans','Noto Sans Arabic','Noto Sans SC',sans-serif;color:var(--ink);background:#fff}
:lang(ar){font-family:'Noto Sans Arabic','Noto Sans',sans-serif}
:lang(zh){font-family:'Noto Sans SC','Noto Sans',sans-serif}
body{max-width:46rem;margin:0 auto;padding:2.5rem 1.5rem;line-height:1.6;font-size:11pt}
h1{font-size:1.9rem;line-height:1.25;margin:0 0 .75rem;color:var(--accent)}
h2{font-size:1.35rem;margin:2.2rem 0 .6rem;padding-block-end:.25rem;border-block-end:1px solid var(--rule);break-after:avoid}
h3{font-size:1.1rem;margin:1.6rem 0 .4rem;break-after:avoid}
h4{font-size:1rem;margin:1.2rem 0 .3rem;break-after:avoid}
p,li{orphans:3;widows:3}
.meta{color:var(--muted);font-size:.92rem;margin-block-end:1.5rem}
.meta p{margin:.1rem 0}
.note{color:var(--muted);font-style:italic;font-size:.9rem;margin:.2rem 0 .5rem}
.revision{color:var(--muted);font-size:.85rem;margin:.3rem 0 1rem}
.priority{break-inside:avoid-page}
nav ol{padding-inline-start:1.2rem}
nav a{color:inherit;text-decoration:none}
.annex{break-before:page}
table{border-collapse:collapse;margin:.4rem 0 1rem;min-width:60%}
th,td{border:1px solid var(--rule);padding:.25rem .6rem;text-align:start}
td.n{text-align:end;font-variant-numeric:tabular-nums}
blockquote{margin:.5rem 0 1rem;padding-inline-start:1rem;border-inline-start:3px solid var(--rule)}
.by{color:var(--muted);font-size:.9rem;margin:.2rem 0 0}
.quote{color:var(--muted)}
a{color:var(--accent)}
@page{size:A4;margin:2cm 1.8cm}
@media print{body{max-width:none;padding:0}a{color:inherit}}
";

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
    Some(format!("<p class=\"note\">{}</p>\n", esc(&text)))
}

fn who(words: &Words, c: &Contributor) -> String {
    format!("<bdi>{}</bdi>", esc(&words.contributor(c)))
}

fn tally_rows(out: &mut String, label: &str, t: &Tally) {
    let _ = writeln!(
        out,
        "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
        esc(label),
        t.support,
        t.neutral,
        t.oppose
    );
}

pub(super) fn render(doc: &Consolidated, words: &Words) -> String {
    let mut body = String::new();
    let _ = writeln!(body, "<header>\n<h1{}>{}</h1>", lang(&doc.title.language), esc(&doc.title.title));
    if let Some(n) = note(doc, words, &doc.title) {
        body.push_str(&n);
    }
    let rule = if doc.attribution == "attributed" { "rule-attributed" } else { "rule-chatham-house" };
    let _ = writeln!(
        body,
        "<div class=\"meta\"><p>{}</p><p>{}</p><p>{}</p></div>\n</header>",
        esc(&words.get("exported-on", &[("date", &doc.exported)])),
        esc(&words.get("phase", &[("phase", &doc.phase)])),
        esc(&words.get(rule, &[]))
    );
    // Contents.
    let _ = writeln!(
        body,
        "<nav aria-labelledby=\"contents\"><h2 id=\"contents\">{}</h2><ol>",
        esc(&words.get("contents", &[]))
    );
    for s in &doc.sections {
        let _ = writeln!(
            body,
            "<li><a href=\"#s{}\"><bdi{}>{}</bdi></a></li>",
            s.number,
            lang(&s.heading.language),
            esc(&s.heading.markdown)
        );
    }
    body.push_str("</ol></nav>\n<main>\n");
    let part = |body: &mut String, p: &Part| {
        if !p.title.is_empty() {
            let _ = writeln!(body, "<h2{}>{}</h2>", lang(&p.language), esc(&p.title));
        }
        if let Some(n) = note(doc, words, p) {
            body.push_str(&n);
        }
        let _ = writeln!(body, "<div{}>{}</div>", lang(&p.language), html(&p.markdown));
    };
    if let Some(p) = &doc.preamble {
        part(&mut body, p);
    }
    for s in &doc.sections {
        let _ = writeln!(
            body,
            "<section id=\"s{}\">\n<h2>{}. <bdi{}>{}</bdi></h2>",
            s.number,
            s.number,
            lang(&s.heading.language),
            esc(&s.heading.markdown)
        );
        if let Some(n) = note(doc, words, &s.heading) {
            body.push_str(&n);
        }
        for p in &s.priorities {
            let _ = writeln!(
                body,
                "<article class=\"priority\">\n<h3>{} <bdi{}>{}</bdi></h3>",
                esc(&p.number),
                lang(&p.text.language),
                esc(&p.text.title)
            );
            if let Some(n) = note(doc, words, &p.text) {
                body.push_str(&n);
            }
            let _ = writeln!(body, "<div{}>{}</div>", lang(&p.text.language), html(&p.text.markdown));
            if p.revision > 1 {
                let mut revision = esc(&words.count("revision", "count", p.revision));
                if !p.adopted_from.is_empty() {
                    let titles: Vec<String> = p.adopted_from.iter().map(|t| format!("<bdi>{}</bdi>", esc(t))).collect();
                    // The titles are escaped one by one and isolated; the sentence around them is a message.
                    let sentence = esc(&words.get("revision-from", &[("titles", "\u{1}")]));
                    revision = format!("{revision}. {}", sentence.replace('\u{1}', &titles.join("; ")));
                }
                let _ = writeln!(body, "<p class=\"revision\">{revision}</p>");
            }
            body.push_str("</article>\n");
        }
        body.push_str("</section>\n");
    }
    if let Some(p) = &doc.about {
        part(&mut body, p);
    }
    body.push_str("</main>\n");
    if let Some(rows) = &doc.annexes.positions {
        let _ = writeln!(
            body,
            "<section class=\"annex\">\n<h2>{}</h2>\n<p>{}</p>",
            esc(&words.get("annex-positions", &[])),
            esc(&words.get("annex-positions-note", &[]))
        );
        let head = |first: &str| {
            format!(
                "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>\n",
                esc(first),
                esc(&words.get("column-support", &[])),
                esc(&words.get("column-neutral", &[])),
                esc(&words.get("column-oppose", &[]))
            )
        };
        for row in rows {
            let _ = writeln!(body, "<h3>{} <bdi>{}</bdi></h3>", esc(&row.priority.number), esc(&row.priority.title));
            if row.positions.support + row.positions.neutral + row.positions.oppose == 0 {
                let _ = writeln!(body, "<p>{}</p>", esc(&words.get("no-positions", &[])));
                continue;
            }
            body.push_str(&head(&words.get("column-group", &[])));
            tally_rows(&mut body, &words.get("column-total", &[]), &row.positions);
            for (group, t) in &row.by_group {
                tally_rows(&mut body, &words.get("group", &[("group", group)]), t);
            }
            body.push_str("</tbody></table>\n");
            body.push_str(&head(&words.get("column-region", &[])));
            for (region, t) in &row.by_region {
                tally_rows(&mut body, &words.region(region), t);
            }
            body.push_str("</tbody></table>\n");
        }
        body.push_str("</section>\n");
    }
    if doc.with_decisions {
        let _ = writeln!(
            body,
            "<section class=\"annex\">\n<h2>{}</h2>\n<h3>{}</h3>",
            esc(&words.get("annex-decisions", &[])),
            esc(&words.get("decision-log", &[]))
        );
        match doc.annexes.decisions.as_deref() {
            Some([]) | None => {
                let _ = writeln!(body, "<p>{}</p>", esc(&words.get("no-decisions", &[])));
            }
            Some(log) => {
                body.push_str("<ul>\n");
                for e in log {
                    let _ = writeln!(body, "<li><time>{}</time>: {}</li>", entry_date(e), esc(&log_line(words, e)));
                }
                body.push_str("</ul>\n");
            }
        }
        if doc.annexes.priorities.iter().flatten().any(|p| !p.amendments.is_empty()) {
            let _ = writeln!(body, "<h3>{}</h3>", esc(&words.get("amendments", &[])));
        }
        for p in doc.annexes.priorities.iter().flatten().filter(|p| !p.amendments.is_empty()) {
            let _ = writeln!(body, "<h4>{} <bdi>{}</bdi></h4>\n<ul>", esc(&p.number), esc(&p.title));
            for a in &p.amendments {
                let mut item = format!(
                    "<li><strong{}>{}</strong>: {}; {}",
                    lang(&a.language),
                    esc(&a.title),
                    esc(&words.get("amendment-state", &[("state", &a.state)])),
                    who(words, &a.author)
                );
                if let Some(reason) = &a.reason {
                    let _ = write!(item, ". {}", esc(&words.get("decision-reason", &[("reason", reason)])));
                }
                let _ = writeln!(body, "{item}</li>");
            }
            body.push_str("</ul>\n");
        }
        body.push_str("</section>\n");
    }
    if doc.with_comments {
        let _ = writeln!(body, "<section class=\"annex\">\n<h2>{}</h2>", esc(&words.get("annex-comments", &[])));
        for p in doc.annexes.priorities.iter().flatten() {
            let _ = writeln!(body, "<h3>{} <bdi>{}</bdi></h3>", esc(&p.number), esc(&p.title));
            if p.comments.is_empty() {
                let _ = writeln!(body, "<p>{}</p>", esc(&words.get("no-comments", &[])));
            }
            for kind in ["support", "concern", "question", "suggestion"] {
                let comments: Vec<_> = p.comments.iter().filter(|c| c.kind == kind).collect();
                if comments.is_empty() {
                    continue;
                }
                let _ = writeln!(body, "<h4>{}</h4>", esc(&words.get("comment-kind", &[("kind", kind)])));
                for c in comments {
                    body.push_str("<blockquote>");
                    if let Some(q) = &c.quote {
                        let _ = write!(body, "<p class=\"quote\" dir=\"auto\">“{}”</p>", esc(q));
                    }
                    let _ = writeln!(
                        body,
                        "<div{}>{}</div><p class=\"by\">— {}</p></blockquote>",
                        lang(&c.language),
                        html(&c.markdown),
                        who(words, &c.author)
                    );
                }
            }
        }
        body.push_str("</section>\n");
    }
    // The fonts for exactly the characters on the page.
    let fonts = crate::fonts::embedded_css(&body);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Plenary\">\n<title>{title}</title>\n<style>\n{fonts}{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = esc(&doc.language),
        dir = doc.direction,
        title = esc(&doc.title.title),
    )
}
