//! The exported consolidated statement in the programs people open it with: the DOCX converts
//! to PDF in LibreOffice (headless) and the HTML renders in a browser (Chromium, headless),
//! in English and in Arabic. The pages are saved as PNG images under
//! `target/tmp/export-render/` to be looked at.
//!
//! The renderers are Debian packages `cargo xtask test` installs; it sets
//! `PLENARY_REQUIRE_RENDERERS=1`, which turns their absence into a failure. A developer
//! without them sees the test skip with a note.

use crate::harness::{Client, TestServer, clock};
use plenary_core::contribution::{CommentDraft, DraftContent, DraftKind};
use plenary_core::export::{Annexes, Format};
use plenary_core::translation::TranslationDraft;
use plenary_proto::wire::PrivateProfile;
use plenary_proto::{Role, StakeholderGroup};
use std::path::{Path, PathBuf};
use std::process::Command;

fn tool(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?.to_str()?.split(':').map(|d| Path::new(d).join(name)).find(|p| p.is_file())
}

fn run(command: &mut Command) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(out.status.success(), "{command:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn the_docx_opens_in_libreoffice_and_the_html_renders_in_a_browser_in_english_and_arabic() {
    let (Some(soffice), Some(pdftoppm), Some(pdftotext), Some(chromium)) =
        (tool("soffice"), tool("pdftoppm"), tool("pdftotext"), tool("chromium"))
    else {
        assert!(
            std::env::var_os("PLENARY_REQUIRE_RENDERERS").is_none(),
            "LibreOffice, poppler-utils and Chromium are required (cargo xtask setup --for test installs them)"
        );
        eprintln!("skipped: LibreOffice, poppler-utils or Chromium is not installed");
        return;
    };
    let server = TestServer::start().await;
    let organizer = Client::join("Organizer", &server, &server.url, Role::Organizer).await;
    let details = PrivateProfile {
        name: "Amara Okafor".into(),
        affiliation: "Lagos Institute".into(),
        contact: String::new(),
        group: Some(StakeholderGroup::Academia),
        region: Some("002".into()),
    };
    let delegate = Client::join_as("Delegate", &server, Role::Delegate, details).await;
    for c in [&organizer, &delegate] {
        c.sync().await.unwrap();
        c.profile.lock().unwrap().set_current_forum(c.forum).unwrap();
    }
    let priority = delegate.priorities()[9];
    {
        let mut p = delegate.profile.lock().unwrap();
        for (kind, body, attribution) in [
            ("support", "Shared formats would let **small institutes** report without building their own.", "name"),
            ("concern", "التقارير يجب أن تحمي هوية المبلّغين.", "group_and_region"),
        ] {
            let revision = p.priority(priority).unwrap().revision.id;
            let key = p.new_draft_key(DraftKind::Comment, priority, clock()()).unwrap();
            let content = DraftContent::Comment(CommentDraft {
                revision,
                comment_kind: kind.into(),
                body: body.into(),
                language: if kind == "concern" { "ar" } else { "en" }.into(),
                attribution: attribution.into(),
                anchor: None,
            });
            p.save_draft(&key, priority, &content, clock()()).unwrap();
            p.submit_draft(&key, clock()()).unwrap();
        }
    }
    delegate.sync().await.unwrap();
    organizer.sync().await.unwrap();
    // The organizer translates the opening of the statement into Arabic (from the sample
    // forum's translation); the rest shows in the original, marked so.
    {
        let mut p = organizer.profile.lock().unwrap();
        let statement = p.statement(None).unwrap();
        let section = format!("section/{}", statement.sections[0].id);
        let first = format!("priority/{}", statement.sections[0].priorities[0].id);
        for (subject, title, body) in [
            ("title", None, "تعزيز التعاون الدولي لتحسين سلامة الذكاء الاصطناعي مفتوح المصدر وأمنه"),
            (
                "preamble",
                Some("الديباجة"),
                "ينطوي الذكاء الاصطناعي على إمكانات لمعالجة بعض أكثر التحديات إلحاحًا في العالم وتسريع التقدم العلمي.",
            ),
            (section.as_str(), None, "التعاون والشمول"),
            (
                first.as_str(),
                Some("توسيع المشاركة في المنتديات العالمية لسلامة الذكاء الاصطناعي"),
                "ينبغي أن تتيح المنتديات العالمية لسلامة الذكاء الاصطناعي للمشاركين من البلدان التي لا توجد فيها معاهد راسخة لسلامة الذكاء الاصطناعي الإسهامَ فيها، بما يعزز الشمول وتبادل المعرفة.",
            ),
        ] {
            let draft =
                TranslationDraft { title: title.map(String::from), body: body.into(), state: "translated".into() };
            p.save_translation_draft(subject, "ar", &draft, clock()()).unwrap();
            p.submit_translation(subject, "ar", clock()()).unwrap();
        }
    }

    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-render");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let profile_dir = tempfile::tempdir().unwrap();
    for (language, title) in [("en", "Enhancing International Collaboration"), ("ar", "مفتوح المصدر")] {
        for format in [Format::Docx, Format::Html] {
            let bytes =
                organizer.profile.lock().unwrap().export_statement(language, format, Annexes::ALL, clock()()).unwrap();
            std::fs::write(dir.join(format!("statement-{language}.{}", format.extension())), bytes).unwrap();
        }
        // DOCX → PDF in LibreOffice; the PDF's text has the statement and the consenting name.
        let docx = dir.join(format!("statement-{language}.docx"));
        run(Command::new(&soffice)
            .arg(format!("-env:UserInstallation=file://{}", profile_dir.path().display()))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&docx));
        let pdf = dir.join(format!("statement-{language}.pdf"));
        let text = run(Command::new(&pdftotext).arg(&pdf).arg("-"));
        assert!(text.contains(title), "{language}: the PDF has the statement's title");
        assert!(text.contains("Amara Okafor"), "{language}: the PDF names the author who consented");
        run(Command::new(&pdftoppm)
            .args(["-r", "60", "-png", "-f", "1", "-l", "2"])
            .arg(&pdf)
            .arg(dir.join(format!("docx-{language}"))));
        // HTML in a browser, with nothing fetched (the page's CSP allows only what it embeds).
        let html = dir.join(format!("statement-{language}.html"));
        let shot = dir.join(format!("html-{language}.png"));
        run(Command::new(&chromium)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1000,1400"])
            .arg(format!("--user-data-dir={}", profile_dir.path().join("chromium").display()))
            .arg(format!("--screenshot={}", shot.display()))
            .arg(format!("file://{}", html.display())));
        let png = std::fs::read(&shot).unwrap();
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 20_000,
            "{language}: the page rendered ({} bytes)",
            png.len()
        );
    }
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "png") {
            eprintln!("screenshot: {}", path.display());
        }
    }
}
