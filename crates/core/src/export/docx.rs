//! The consolidated statement as DOCX (Office Open XML), for Word and LibreOffice: headings as
//! styles (so the navigator and a table of contents find them), paragraphs right to left where
//! the language is, the Noto fonts named for Latin and Cyrillic, Arabic and Chinese text.

use super::markdown::{log_line, safe_events};
use super::{Consolidated, Contributor, Part, Words, entry_date};
use crate::Error;
use crate::consolidate::Tally;
use docx_rs::{
    BreakType, Docx, LineSpacing, LineSpacingType, PageMargin, Paragraph, Run, RunFonts, Style, StyleType, Table,
    TableCell, TableRow,
};
use pulldown_cmark::{Event, Tag, TagEnd};

/// Half-points.
const BODY_SIZE: usize = 22;

fn fonts() -> RunFonts {
    RunFonts::new().ascii("Noto Sans").hi_ansi("Noto Sans").east_asia("Noto Sans SC").cs("Noto Sans Arabic")
}

/// Builds paragraphs in the document's direction.
struct Writer {
    rtl: bool,
    docx: Docx,
}

impl Writer {
    fn paragraph(&self) -> Paragraph {
        let mut p = Paragraph::new();
        if self.rtl {
            p.property = p.property.bidi(true);
        }
        p
    }

    fn push(&mut self, p: Paragraph) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(p);
    }

    fn styled(&mut self, style: &str, text: &str) {
        let p = self.paragraph().style(style).add_run(Run::new().add_text(text));
        self.push(p);
    }

    fn text(&mut self, text: &str) {
        let p = self.paragraph().add_run(Run::new().add_text(text));
        self.push(p);
    }

    fn note(&mut self, text: &str) {
        let p = self.paragraph().style("Note").add_run(Run::new().add_text(text).italic());
        self.push(p);
    }

    fn page_break(&mut self) {
        let p = self.paragraph().add_run(Run::new().add_break(BreakType::Page));
        self.push(p);
    }

    /// A contribution's Markdown as paragraphs: emphasis, lists, quotes, code and links kept as
    /// far as a word processor's plain paragraphs can carry them.
    /// Writes `markdown` in `language`: its paragraphs run in that language's direction, so an
    /// original shown untranslated in an Arabic document still reads left to right.
    fn markdown_in(&mut self, markdown: &str, language: &str, indent: i32) {
        let document = self.rtl;
        self.rtl = super::direction_of(language) == "rtl";
        self.markdown(markdown, indent);
        self.rtl = document;
    }

    fn markdown(&mut self, markdown: &str, indent: i32) {
        let mut current: Option<Paragraph> = None;
        let (mut bold, mut italic, mut strike, mut code_block) = (false, false, false, false);
        let mut lists: Vec<Option<u64>> = Vec::new();
        let mut quotes = 0i32;
        let mut link: Option<String> = None;
        let mut cells: Vec<String> = Vec::new();
        let mut in_cell = false;
        let start = |w: &Writer, lists: &Vec<Option<u64>>, quotes: i32| {
            let level = lists.len().saturating_sub(1) as i32 + quotes;
            let left = indent + level * 360 + if lists.is_empty() { 0 } else { 360 };
            if left > 0 { w.paragraph().indent(Some(left), None, None, None) } else { w.paragraph() }
        };
        for event in safe_events(markdown) {
            match event {
                Event::Start(Tag::Paragraph) | Event::Start(Tag::Heading { .. }) => {
                    if current.is_none() {
                        current = Some(start(self, &lists, quotes));
                    }
                    if matches!(event, Event::Start(Tag::Heading { .. })) {
                        bold = true;
                    }
                }
                Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Item) => {
                    if matches!(event, Event::End(TagEnd::Heading(_))) {
                        bold = false;
                    }
                    if let Some(p) = current.take() {
                        self.push(p);
                    }
                }
                Event::Start(Tag::List(first)) => {
                    if let Some(p) = current.take() {
                        self.push(p);
                    }
                    lists.push(first);
                }
                Event::End(TagEnd::List(_)) => {
                    lists.pop();
                }
                Event::Start(Tag::Item) => {
                    if let Some(p) = current.take() {
                        self.push(p);
                    }
                    let marker = match lists.last_mut() {
                        Some(Some(n)) => {
                            *n += 1;
                            format!("{}. ", *n - 1)
                        }
                        _ => "• ".to_owned(),
                    };
                    current = Some(start(self, &lists, quotes).add_run(Run::new().add_text(marker)));
                }
                Event::Start(Tag::BlockQuote(_)) => quotes += 1,
                Event::End(TagEnd::BlockQuote(_)) => quotes -= 1,
                Event::Start(Tag::CodeBlock(_)) => {
                    code_block = true;
                    current = Some(start(self, &lists, quotes));
                }
                Event::End(TagEnd::CodeBlock) => {
                    code_block = false;
                    if let Some(p) = current.take() {
                        self.push(p);
                    }
                }
                Event::Start(Tag::Strong) => bold = true,
                Event::End(TagEnd::Strong) => bold = false,
                Event::Start(Tag::Emphasis) => italic = true,
                Event::End(TagEnd::Emphasis) => italic = false,
                Event::Start(Tag::Strikethrough) => strike = true,
                Event::End(TagEnd::Strikethrough) => strike = false,
                Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
                Event::End(TagEnd::Link) => {
                    if let (Some(url), Some(p)) = (link.take(), current.take()) {
                        current = Some(p.add_run(Run::new().add_text(format!(" ({url})"))));
                    }
                }
                Event::Start(Tag::TableCell) => {
                    in_cell = true;
                    cells.push(String::new());
                }
                Event::End(TagEnd::TableCell) => in_cell = false,
                Event::End(TagEnd::TableHead) | Event::End(TagEnd::TableRow) => {
                    let row = std::mem::take(&mut cells).join(" | ");
                    let p = start(self, &lists, quotes).add_run(Run::new().add_text(row));
                    self.push(p);
                }
                Event::Text(text) | Event::Code(text) if in_cell => {
                    if let Some(cell) = cells.last_mut() {
                        cell.push_str(&text);
                    }
                }
                Event::Text(_) | Event::Code(_) => {
                    let (text, code) = match event {
                        Event::Code(text) => (text, true),
                        Event::Text(text) => (text, code_block),
                        _ => continue,
                    };
                    let p = current.take().unwrap_or_else(|| start(self, &lists, quotes));
                    let mut p = p;
                    for (i, line) in text.split('\n').enumerate() {
                        if i > 0 {
                            p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
                        }
                        if line.is_empty() {
                            continue;
                        }
                        let mut run = Run::new().add_text(line);
                        if bold {
                            run = run.bold();
                        }
                        if italic {
                            run = run.italic();
                        }
                        if strike {
                            run = run.strike();
                        }
                        if code {
                            run = run.fonts(RunFonts::new().ascii("Noto Sans Mono").hi_ansi("Noto Sans Mono"));
                        }
                        p = p.add_run(run);
                    }
                    current = Some(p);
                }
                Event::SoftBreak => {
                    current = current.map(|p| p.add_run(Run::new().add_text(" ")));
                }
                Event::HardBreak => {
                    current = current.map(|p| p.add_run(Run::new().add_break(BreakType::TextWrapping)));
                }
                Event::Rule => self.text("———"),
                _ => {}
            }
        }
        if let Some(p) = current.take() {
            self.push(p);
        }
    }

    fn table(&mut self, header: [String; 4], rows: Vec<(String, Tally)>) {
        let cell = |w: &Writer, text: &str, bold: bool| {
            let run = if bold { Run::new().add_text(text).bold() } else { Run::new().add_text(text) };
            TableCell::new().add_paragraph(w.paragraph().add_run(run))
        };
        let mut table_rows = vec![TableRow::new(header.iter().map(|h| cell(self, h, true)).collect())];
        for (label, t) in rows {
            table_rows.push(TableRow::new(vec![
                cell(self, &label, false),
                cell(self, &t.support.to_string(), false),
                cell(self, &t.neutral.to_string(), false),
                cell(self, &t.oppose.to_string(), false),
            ]));
        }
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(Table::new(table_rows));
        self.text("");
    }
}

fn heading(id: &str, name: &str, size: usize, level: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .size(size)
        .bold()
        .outline_lvl(level)
        .based_on("Normal")
        .next("Normal")
}

fn note_text(doc: &Consolidated, words: &Words, part: &Part) -> Option<String> {
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

fn who(words: &Words, c: &Contributor) -> String {
    words.contributor(c)
}

pub(super) fn render(doc: &Consolidated, words: &Words) -> Result<Vec<u8>, Error> {
    let docx = Docx::new()
        .default_fonts(fonts())
        .default_size(BODY_SIZE)
        .default_line_spacing(LineSpacing::new().after(120).line(276).line_rule(LineSpacingType::Auto))
        .page_size(11906, 16838)
        .page_margin(PageMargin::new().top(1134).bottom(1134).left(1020).right(1020).header(567).footer(567))
        .add_style(heading("Title", "Title", 40, 0))
        .add_style(heading("Heading1", "Heading 1", 32, 0))
        .add_style(heading("Heading2", "Heading 2", 28, 1))
        .add_style(heading("Heading3", "Heading 3", 24, 2))
        .add_style(heading("Heading4", "Heading 4", 22, 3))
        .add_style(Style::new("Note", StyleType::Paragraph).name("Note").size(20).color("555555").based_on("Normal"));
    let mut w = Writer { rtl: doc.direction == "rtl", docx };
    w.styled("Title", &doc.title.title);
    if let Some(n) = note_text(doc, words, &doc.title) {
        w.note(&n);
    }
    let rule = if doc.attribution == "attributed" { "rule-attributed" } else { "rule-chatham-house" };
    for line in [
        words.get("exported-on", &[("date", &doc.exported)]),
        words.get("phase", &[("phase", &doc.phase)]),
        words.get(rule, &[]),
    ] {
        w.note(&line);
    }
    let part = |w: &mut Writer, p: &Part| {
        if !p.title.is_empty() {
            w.styled("Heading1", &p.title);
        }
        if let Some(n) = note_text(doc, words, p) {
            w.note(&n);
        }
        w.markdown_in(&p.markdown, &p.language, 0);
    };
    if let Some(p) = &doc.preamble {
        part(&mut w, p);
    }
    for s in &doc.sections {
        w.styled("Heading1", &format!("{}. {}", s.number, s.heading.markdown));
        if let Some(n) = note_text(doc, words, &s.heading) {
            w.note(&n);
        }
        for p in &s.priorities {
            w.styled("Heading2", &format!("{} {}", p.number, p.text.title));
            if let Some(n) = note_text(doc, words, &p.text) {
                w.note(&n);
            }
            w.markdown_in(&p.text.markdown, &p.text.language, 0);
            if p.revision > 1 {
                let mut revision = words.count("revision", "count", p.revision);
                if !p.adopted_from.is_empty() {
                    revision = format!(
                        "{revision}. {}",
                        words.get("revision-from", &[("titles", &p.adopted_from.join("; "))])
                    );
                }
                w.note(&revision);
            }
        }
    }
    if let Some(p) = &doc.about {
        part(&mut w, p);
    }
    if let Some(rows) = &doc.annexes.positions {
        w.page_break();
        w.styled("Heading1", &words.get("annex-positions", &[]));
        w.text(&words.get("annex-positions-note", &[]));
        let header = |first: String| {
            [first, words.get("column-support", &[]), words.get("column-neutral", &[]), words.get("column-oppose", &[])]
        };
        for row in rows {
            w.styled("Heading2", &format!("{} {}", row.priority.number, row.priority.title));
            if row.positions.support + row.positions.neutral + row.positions.oppose == 0 {
                w.text(&words.get("no-positions", &[]));
                continue;
            }
            let mut groups = vec![(words.get("column-total", &[]), row.positions.clone())];
            groups.extend(row.by_group.iter().map(|(g, t)| (words.get("group", &[("group", g)]), t.clone())));
            w.table(header(words.get("column-group", &[])), groups);
            let regions = row.by_region.iter().map(|(r, t)| (words.region(r), t.clone())).collect();
            w.table(header(words.get("column-region", &[])), regions);
        }
    }
    if doc.with_decisions {
        w.page_break();
        w.styled("Heading1", &words.get("annex-decisions", &[]));
        w.styled("Heading2", &words.get("decision-log", &[]));
        match doc.annexes.decisions.as_deref() {
            Some([]) | None => w.text(&words.get("no-decisions", &[])),
            Some(log) => {
                for e in log {
                    w.text(&format!("{}: {}", entry_date(e), log_line(words, e)));
                }
            }
        }
        if doc.annexes.priorities.iter().flatten().any(|p| !p.amendments.is_empty()) {
            w.styled("Heading2", &words.get("amendments", &[]));
        }
        for p in doc.annexes.priorities.iter().flatten().filter(|p| !p.amendments.is_empty()) {
            w.styled("Heading3", &format!("{} {}", p.number, p.title));
            for a in &p.amendments {
                let mut line = format!(
                    "{}: {}; {}",
                    a.title,
                    words.get("amendment-state", &[("state", &a.state)]),
                    who(words, &a.author)
                );
                if let Some(reason) = &a.reason {
                    line = format!("{line}. {}", words.get("decision-reason", &[("reason", reason)]));
                }
                w.text(&line);
            }
        }
    }
    if doc.with_comments {
        w.page_break();
        w.styled("Heading1", &words.get("annex-comments", &[]));
        for p in doc.annexes.priorities.iter().flatten() {
            w.styled("Heading2", &format!("{} {}", p.number, p.title));
            if p.comments.is_empty() {
                w.text(&words.get("no-comments", &[]));
            }
            for kind in ["support", "concern", "question", "suggestion"] {
                let comments: Vec<_> = p.comments.iter().filter(|c| c.kind == kind).collect();
                if comments.is_empty() {
                    continue;
                }
                w.styled("Heading3", &words.get("comment-kind", &[("kind", kind)]));
                for c in comments {
                    if let Some(q) = &c.quote {
                        let p = w
                            .paragraph()
                            .indent(Some(360), None, None, None)
                            .add_run(Run::new().add_text(format!("“{q}”")).italic());
                        w.push(p);
                    }
                    w.markdown_in(&c.markdown, &c.language, 360);
                    let p = w
                        .paragraph()
                        .indent(Some(360), None, None, None)
                        .style("Note")
                        .add_run(Run::new().add_text(format!("— {}", who(words, &c.author))));
                    w.push(p);
                }
            }
        }
    }
    let mut out = std::io::Cursor::new(Vec::new());
    w.docx.build().pack(&mut out).map_err(|e| Error::Record(format!("the DOCX could not be written: {e}")))?;
    deflate(&out.into_inner()).map_err(|e| Error::Record(format!("the DOCX could not be compressed: {e}")))
}

/// The same package with every part compressed. docx-rs stores its parts uncompressed, which
/// makes a large statement's DOCX several times bigger than it needs to be for someone who
/// downloads it on a slow link; the parts are copied in their order (`[Content_Types].xml`
/// stays first), unchanged.
fn deflate(stored: &[u8]) -> zip::result::ZipResult<Vec<u8>> {
    use std::io::{Read, Write};
    use zip::write::SimpleFileOptions;

    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(stored))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(stored.len() / 4)));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut bytes = Vec::new();
    for index in 0..archive.len() {
        let mut part = archive.by_index(index)?;
        let name = part.name().to_owned();
        if part.is_dir() {
            out.add_directory(name, SimpleFileOptions::default())?;
            continue;
        }
        bytes.clear();
        part.read_to_end(&mut bytes)?;
        out.start_file(name, options)?;
        out.write_all(&bytes)?;
    }
    Ok(out.finish()?.into_inner())
}
