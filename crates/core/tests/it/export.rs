//! The consolidated statement's exports on one device: every format in every language, the
//! annexes, right to left, embedded fonts, hostile Markdown, and the redaction of authors.

use plenary_core::Profile;
use plenary_core::export::{Annexes, Consolidated, Format};
use plenary_proto::record::{CommentPut, ParticipantPut, PositionPut};
use plenary_proto::{
    AttributionChoice, Body, CommentId, CommentKind, DeviceKey, Disclosure, Hlc, PriorityId, Record, RecordId, Role,
    StakeholderGroup, Stance,
};
use std::io::Read as _;

const NOW: u64 = 1_764_000_000_000;

/// The text of a DOCX's main part.
pub fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    for index in 0..zip.len() {
        let part = zip.by_index(index).unwrap();
        if !part.is_dir() {
            assert_eq!(part.compression(), zip::CompressionMethod::Deflated, "{} is compressed", part.name());
        }
    }
    let mut xml = String::new();
    zip.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    xml
}

fn setup() -> (tempfile::TempDir, Profile, PriorityId) {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = Profile::open(dir.path(), NOW).unwrap();
    let priority = p.statement(None).unwrap().sections[1].priorities[0].id.parse().unwrap(); // 2.1
    (dir, p, priority)
}

/// Comments and positions by three delegates: one consents to be named, one shows only their
/// group and region, one stays anonymous; plus a hostile comment and a hidden one.
fn seed(p: &mut Profile, priority: PriorityId) -> CommentId {
    let forum = p.default_forum().unwrap().unwrap();
    let revision: plenary_proto::RevisionId = p.priority(priority).unwrap().revision.id.parse().unwrap();
    let mut n = 0u8;
    let mut sign = |key: &DeviceKey, body: Body| {
        n += 1;
        let hlc = Hlc::from_unix_ms(NOW + 100 + n as u64);
        Record::sign(key, forum, RecordId::new_v7(hlc.unix_ms(), [n; 10]), hlc, &body)
    };
    let mut records = Vec::new();
    let mut hidden = CommentId::new_v7(NOW, [0; 10]);
    for (i, (choice, kind, text)) in [
        (AttributionChoice::Name, CommentKind::Support, "Named support from **Amara**."),
        (
            AttributionChoice::GroupAndRegion,
            CommentKind::Concern,
            "A concern <script>alert('x')</script> [click](javascript:alert(1)) ![img](https://tracker.example/p.png)",
        ),
        (AttributionChoice::Pseudonym, CommentKind::Question, "An anonymous question: 安全 or 安保?"),
        (AttributionChoice::Pseudonym, CommentKind::Concern, "A remark to be hidden: HIDDEN-CANARY."),
    ]
    .into_iter()
    .enumerate()
    {
        let key = DeviceKey::from_seed([40 + i as u8; 32]);
        records.push(sign(p.key(), Body::ParticipantPut(ParticipantPut { key: key.public(), role: Role::Delegate })));
        let disclosed = match choice {
            AttributionChoice::Name => Some(Disclosure {
                group: Some(StakeholderGroup::Academia),
                region: Some("002".into()),
                name: Some("Amara Consent-Canary".into()),
                affiliation: Some("University Consent-Canary".into()),
            }),
            AttributionChoice::GroupAndRegion => Some(Disclosure {
                group: Some(StakeholderGroup::CivilSociety),
                region: Some("142".into()),
                ..Default::default()
            }),
            AttributionChoice::Pseudonym => None,
        };
        let id = CommentId::new_v7(NOW + i as u64, [i as u8 + 1; 10]);
        hidden = id;
        records.push(sign(
            &key,
            Body::CommentPut(CommentPut {
                comment: id,
                priority,
                revision,
                kind,
                body: text.into(),
                language: "en".parse().unwrap(),
                attribution: choice,
                disclosed: disclosed.clone(),
                anchor: None,
            }),
        ));
        records.push(sign(
            &key,
            Body::PositionPut(PositionPut {
                priority,
                stance: [Stance::Support, Stance::Oppose, Stance::Neutral, Stance::Oppose][i],
                reason: None,
                attribution: choice,
                disclosed,
            }),
        ));
    }
    p.apply(&records).unwrap();
    hidden
}

#[test]
fn every_format_in_every_language_carries_the_statement_and_only_what_authors_consented_to() {
    let (_dir, mut p, priority) = setup();
    let hidden = seed(&mut p, priority);
    p.hide("comment", &hidden.to_string(), "Off topic.", NOW + 500).unwrap();
    let languages = p.statement(None).unwrap().forum.languages;
    assert_eq!(languages.len(), 6);
    for language in &languages {
        for format in Format::ALL {
            let bytes = p.export_statement(language, format, Annexes::ALL, NOW + 600).unwrap();
            let text = match format {
                Format::Docx => docx_text(&bytes),
                _ => String::from_utf8(bytes).unwrap(),
            };
            let at = format!("{language} {format:?}");
            assert!(text.contains("Standardize Incident Reporting") || language != "en", "{at}");
            assert!(text.contains("Amara Consent-Canary") && text.contains("University Consent-Canary"), "{at}");
            assert!(!text.contains("HIDDEN-CANARY"), "{at}: a hidden comment is left out");
            assert!(!text.contains("javascript:"), "{at}: unsafe links are dropped");
            assert!(!text.contains("tracker.example"), "{at}: images are not fetched nor linked");
            if format == Format::Html {
                assert!(!text.contains("<script"), "{at}");
                assert!(text.contains(&format!("<html lang=\"{language}\"")), "{at}");
                assert!(text.contains("font/woff2;base64,"), "{at}: fonts are embedded");
                assert!(!text.contains("src=\"http") && !text.contains("url(http"), "{at}: nothing is fetched");
            }
            // The in-forum pseudonyms stay in the forum.
            let forum = p.default_forum().unwrap().unwrap();
            for seed in 40..44u8 {
                let pseudonym = plenary_core::redact::pseudonym(&forum, &DeviceKey::from_seed([seed; 32]).public());
                assert!(!text.contains(&pseudonym), "{at}: pseudonym {pseudonym}");
            }
        }
    }
}

#[test]
fn arabic_exports_run_right_to_left_with_arabic_fonts_and_chinese_ones_with_chinese_fonts() {
    let (_dir, p, _priority) = setup();
    let html = String::from_utf8(p.export_statement("ar", Format::Html, Annexes::default(), NOW).unwrap()).unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("@font-face{font-family:'Noto Sans Arabic'"), "the Arabic face is embedded");
    assert!(!html.contains("@font-face{font-family:'Noto Sans SC'"), "no Chinese face for a page without Chinese");
    let docx = docx_text(&p.export_statement("ar", Format::Docx, Annexes::default(), NOW).unwrap());
    assert!(docx.contains("<w:bidi />") || docx.contains("<w:bidi/>"), "paragraphs run right to left");
    let zh = String::from_utf8(p.export_statement("zh", Format::Html, Annexes::default(), NOW).unwrap()).unwrap();
    assert!(zh.contains("<html lang=\"zh\" dir=\"ltr\">"));
    assert!(zh.contains("@font-face{font-family:'Noto Sans SC'"));
}

#[test]
fn the_json_export_is_the_documented_data_and_an_unknown_language_or_format_is_refused() {
    let (_dir, mut p, priority) = setup();
    seed(&mut p, priority);
    let json: serde_json::Value =
        serde_json::from_slice(&p.export_statement("en", Format::Json, Annexes::ALL, NOW).unwrap()).unwrap();
    assert_eq!(json["format"], plenary_core::export::JSON_FORMAT);
    assert_eq!(json["direction"], "ltr");
    assert_eq!(json["originalLanguage"], "en", "keys are camelCase throughout, as in docs/export-format.md");
    let sections = json["sections"].as_array().unwrap();
    assert!(sections.len() >= 3);
    let priorities: usize = sections.iter().map(|s| s["priorities"].as_array().unwrap().len()).sum();
    assert_eq!(priorities, p.statement(None).unwrap().sections.iter().map(|s| s.priorities.len()).sum::<usize>());
    let row =
        json["annexes"]["positions"].as_array().unwrap().iter().find(|r| r["priority"]["number"] == "2.1").unwrap();
    assert_eq!(row["positions"]["oppose"], 2);
    assert_eq!(row["byGroup"]["academia"]["support"], 1);
    assert_eq!(row["byGroup"]["undisclosed"]["oppose"], 1);
    let err = p.export_statement("de", Format::Json, Annexes::default(), NOW).unwrap_err().to_string();
    assert!(err.contains("not one of its languages"), "{err}");
    assert!(Format::parse("pdf").unwrap_err().to_string().contains("markdown, html, docx or json"));
    assert!(Annexes::parse("positions,votes").is_err());
    assert_eq!(Annexes::parse("all").unwrap(), Annexes::ALL);
}

#[test]
fn an_accepted_amendment_shows_as_the_text_with_its_provenance_and_in_the_decision_log() {
    let (_dir, mut p, priority) = setup();
    let original = p.priority(priority).unwrap().markdown;
    let key = p.new_draft_key(plenary_core::contribution::DraftKind::Amendment, priority, NOW).unwrap();
    let draft = plenary_core::contribution::DraftContent::Amendment(plenary_core::contribution::AmendmentDraft {
        base: p.priority(priority).unwrap().revision.id,
        title: "Standardize Incident Reporting".into(),
        body: original.replace("consistent protocols", "interoperable protocols"),
        rationale: "Interoperability is the point.".into(),
        language: "en".into(),
        attribution: "pseudonym".into(),
    });
    p.save_draft(&key, priority, &draft, NOW).unwrap();
    p.submit_draft(&key, NOW + 1).unwrap();
    p.decide_amendments(priority, std::slice::from_ref(&key.target), "accepted", None, None, NOW + 2).unwrap();
    let forum = p.default_forum().unwrap().unwrap();
    let doc = Consolidated::collect(p.store().conn(), &forum, "en", Annexes::ALL, "2025-11-24").unwrap();
    let item = doc.sections.iter().flat_map(|s| &s.priorities).find(|x| x.number == "2.1").unwrap();
    assert!(item.text.markdown.contains("interoperable protocols"));
    assert_eq!((item.revision, item.adopted_from.as_slice()), (2, &["Standardize Incident Reporting".to_owned()][..]));
    let md = String::from_utf8(doc.render(Format::Markdown).unwrap()).unwrap();
    assert!(md.contains("Revision 2"), "{md}");
    assert!(md.contains("Accepted"), "the decision log lists it");
}

#[test]
#[ignore = "writes sample exports to $PLENARY_EXPORT_SAMPLES for looking at"]
fn write_samples() {
    let Ok(dir) = std::env::var("PLENARY_EXPORT_SAMPLES") else { return };
    let (_dir, mut p, priority) = setup();
    let hidden = seed(&mut p, priority);
    p.hide("comment", &hidden.to_string(), "Off topic.", NOW + 500).unwrap();
    for language in ["en", "ar", "zh"] {
        for format in Format::ALL {
            let bytes = p.export_statement(language, format, Annexes::ALL, NOW + 600).unwrap();
            std::fs::write(format!("{dir}/statement-{language}.{}", format.extension()), bytes).unwrap();
        }
    }
}
