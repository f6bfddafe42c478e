//! Civil-society input and incident reports on one device: forms, field errors, versions,
//! groups, triage and filters.

use plenary_core::Profile;
use plenary_core::reports::{ReportForm, SubmissionFilter};
use serde_json::json;

const NOW: u64 = 1_764_000_000_000;

pub fn full_report() -> serde_json::Value {
    json!({
        "title": "Chatbot gave harmful dosage advice",
        "description": "A health assistant deployed by a clinic network recommended a **harmful** dosage.",
        "record_kind": "incident",
        "ai_relation": "direct",
        "date_occurred": {"date": "2025-03", "precision": "month"},
        "severity": "serious_incident",
        "harm_types": ["physical"],
        "supporting_materials": [{
            "url": "https://news.example.org/health-bot",
            "type": "news",
            "title": "Clinic chatbot under investigation",
            "language": "en",
            "access": "public"
        }],
        "status": "interim",
        "tlp": "GREEN",
        "attribution": "chatham_house",
        "lang": "en",
        "countries": ["KE"],
        "sectors": ["Q"]
    })
}

fn form(report: serde_json::Value) -> serde_json::Value {
    serde_json::to_value(ReportForm { report, group: None, attachments: vec![] }).unwrap()
}

fn open() -> (tempfile::TempDir, Profile) {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = Profile::open(dir.path(), NOW).unwrap();
    (dir, p)
}

#[test]
fn every_required_field_missing_in_turn_is_refused_naming_the_field() {
    let (_dir, mut p) = open();
    let id = p.new_form_id(NOW).unwrap();
    for field in [
        "title",
        "description",
        "record_kind",
        "ai_relation",
        "date_occurred",
        "severity",
        "harm_types",
        "supporting_materials",
        "status",
        "tlp",
        "attribution",
        "lang",
    ] {
        let mut report = full_report();
        report.as_object_mut().unwrap().remove(field);
        p.save_form("report", &id, &form(report), NOW).unwrap();
        let err = p.submit_report(&id, NOW + 1).unwrap_err();
        let plenary_core::Error::Fields(fields) = &err else { panic!("{field}: {err}") };
        assert_eq!(fields[0].0, field, "{err}");
        assert!(p.form("report", &id).unwrap().is_some(), "the form stays");
    }
    // Empty values are refused the same way.
    let mut report = full_report();
    report["harm_types"] = json!([]);
    report["supporting_materials"][0]["title"] = json!("");
    p.save_form("report", &id, &form(report), NOW).unwrap();
    let plenary_core::Error::Fields(fields) = p.submit_report(&id, NOW + 1).unwrap_err() else { panic!() };
    let names: Vec<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(names, ["harm_types", "supporting_materials[0].title"]);
    // A wrong value names its field too.
    let mut report = full_report();
    report["severity"] = json!("catastrophic");
    p.save_form("report", &id, &form(report), NOW).unwrap();
    let plenary_core::Error::Fields(fields) = p.submit_report(&id, NOW + 1).unwrap_err() else { panic!() };
    assert_eq!(fields[0].0, "severity");
}

#[test]
fn every_wrong_value_is_named_at_once() {
    let (_dir, mut p) = open();
    let id = p.new_form_id(NOW).unwrap();
    let mut report = full_report();
    report["severity"] = json!("catastrophic");
    report["tlp"] = json!("PURPLE");
    report["supporting_materials"][0]["type"] = json!("rumour");
    report["harm_types"] = json!("physical");
    p.save_form("report", &id, &form(report), NOW).unwrap();
    let err = p.submit_report(&id, NOW + 1).unwrap_err();
    let plenary_core::Error::Fields(fields) = &err else { panic!("{err}") };
    let mut named: Vec<&str> = fields.iter().map(|(field, _)| field.as_str()).collect();
    named.sort_unstable();
    assert_eq!(named, ["harm_types", "severity", "supporting_materials[0].type", "tlp"], "{fields:?}");
    let tlp = &fields.iter().find(|(field, _)| field == "tlp").unwrap().1;
    assert!(tlp.contains("RED") && tlp.contains("GREEN"), "the message lists the allowed values: {tlp}");
    assert_eq!(fields.iter().find(|(field, _)| field == "harm_types").unwrap().1, "must be a list");
    assert!(p.form("report", &id).unwrap().is_some(), "the form stays");
}

#[test]
fn a_report_is_filed_versioned_withdrawn_and_triaged() {
    let (_dir, mut p) = open();
    let id = p.new_form_id(NOW).unwrap();
    p.save_form("report", &id, &form(full_report()), NOW).unwrap();
    p.submit_report(&id, NOW + 1).unwrap();
    assert!(p.form("report", &id).unwrap().is_none());
    let view = p.report(&id).unwrap();
    assert_eq!(view.report["severity"], "serious_incident");
    assert!(view.description_html.contains("<strong>harmful</strong>"));
    assert!(view.mine);

    // A later version: final.
    let mut report = full_report();
    report["status"] = json!("final");
    p.save_form("report", &id, &form(report), NOW + 2).unwrap();
    p.submit_report(&id, NOW + 3).unwrap();
    assert_eq!(p.report(&id).unwrap().report["status"], "final");

    // Withdrawn: it stays, marked withdrawn.
    p.withdraw_report(&id, NOW + 4).unwrap();
    assert_eq!(p.report(&id).unwrap().report["status"], "withdrawn");

    // The sample forum's organizer triages it; filters find it.
    p.triage("report", &id, "triaged", Some("Follow up with the clinic".into()), NOW + 5).unwrap();
    let view = p.report(&id).unwrap();
    assert_eq!((view.triage.as_str(), view.triage_note.as_deref()), ("triaged", Some("Follow up with the clinic")));
    let all = SubmissionFilter::default();
    assert_eq!(p.submissions(&all).unwrap().len(), 1);
    let kenya = SubmissionFilter { country: Some("KE".into()), ..Default::default() };
    assert_eq!(p.submissions(&kenya).unwrap().len(), 1);
    let france = SubmissionFilter { country: Some("FR".into()), ..Default::default() };
    assert!(p.submissions(&france).unwrap().is_empty());
    let untriaged = SubmissionFilter { triage: Some("new".into()), ..Default::default() };
    assert!(p.submissions(&untriaged).unwrap().is_empty());
    let severe = SubmissionFilter {
        severity: Some("serious_incident".into()),
        status: Some("withdrawn".into()),
        ..Default::default()
    };
    assert_eq!(p.submissions(&severe).unwrap().len(), 1);
}

#[test]
fn group_input_with_an_attachment_is_endorsed_and_filtered_by_priority() {
    let (_dir, mut p) = open();
    let group = p.create_group("Coalition for Open Safety", NOW).unwrap();
    assert_eq!(p.my_groups().unwrap()[0].name, "Coalition for Open Safety");
    let attachment = p.add_attachment("evidence.txt", "text/plain", &vec![b'x'; 150_000]).unwrap();
    assert_eq!(attachment.chunks.len(), 3);
    let too_big = p.add_attachment("film.pdf", "application/pdf", &vec![0; 11 * 1024 * 1024]).unwrap_err();
    assert!(too_big.to_string().contains("at most 10 MB"), "{too_big}");
    let wrong = p.add_attachment("tool.exe", "application/x-msdownload", b"MZ").unwrap_err();
    assert!(wrong.to_string().contains("not a PDF"), "{wrong}");

    let priority = p.statement(None).unwrap().sections[1].priorities[0].id.clone();
    let id = p.new_form_id(NOW).unwrap();
    let content = json!({
        "title": "Incident reporting needs a civil-society channel",
        "body": "Reports from affected communities rarely reach standards bodies.",
        "priorities": [priority],
        "group": group,
        "language": "en",
        "attribution": "name",
        "attachments": [attachment],
    });
    p.save_form("input", &id, &content, NOW).unwrap();
    p.submit_input(&id, NOW + 1).unwrap();
    p.endorse("input", &id, &group, NOW + 2).unwrap();
    let items = p.submissions(&SubmissionFilter { priority: Some(priority.clone()), ..Default::default() }).unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!((items[0].kind.as_str(), items[0].endorsements, items[0].attachments), ("input", 1, 1));
    assert_eq!(items[0].group.as_deref(), Some("Coalition for Open Safety"), "named, as the attribution allows");
    assert_eq!(items[0].priorities, ["2.1"]);
    let data = p.attachment_data(&attachment).unwrap().unwrap();
    assert_eq!(data.len(), 150_000);
}

#[test]
fn every_required_field_left_out_is_named_at_once_in_the_form_order() {
    let (_dir, mut p) = open();
    let id = p.new_form_id(NOW).unwrap();
    // As a new form starts: a draft under the Chatham House Rule, one source with a language.
    let report = json!({
        "description": "Typed so far",
        "harm_types": [],
        "supporting_materials": [{"title": "", "language": "en"}],
        "status": "draft",
        "attribution": "chatham_house",
        "lang": "en",
        "date_occurred": {"date": "2025"}
    });
    p.save_form("report", &id, &form(report), NOW).unwrap();
    let err = p.submit_report(&id, NOW + 1).unwrap_err();
    let plenary_core::Error::Fields(fields) = &err else { panic!("{err}") };
    let named: Vec<&str> = fields.iter().map(|(field, _)| field.as_str()).collect();
    assert_eq!(
        named,
        [
            "title",
            "record_kind",
            "ai_relation",
            "date_occurred.precision",
            "severity",
            "supporting_materials[0].type",
            "supporting_materials[0].access",
            "tlp"
        ]
    );
    assert!(fields.iter().all(|(_, message)| message == "is required"), "{fields:?}");
}

#[test]
fn saved_forms_are_listed_to_finish_later_until_submitted() {
    let (_dir, mut p) = open();
    assert!(p.my_forms().unwrap().is_empty());
    let report = p.new_form_id(NOW).unwrap();
    let input = p.new_form_id(NOW).unwrap();
    p.save_form("report", &report, &form(full_report()), NOW).unwrap();
    p.save_form("input", &input, &json!({"title": "A channel for civil society", "body": ""}), NOW + 1).unwrap();

    // The most recently saved first, each with its title as typed so far.
    let forms = p.my_forms().unwrap();
    let listed: Vec<_> = forms.iter().map(|f| (f.kind.as_str(), f.id.as_str(), f.title.as_str())).collect();
    assert_eq!(
        listed,
        [
            ("input", input.as_str(), "A channel for civil society"),
            ("report", report.as_str(), "Chatbot gave harmful dosage advice")
        ]
    );
    assert_eq!((forms[0].updated_ms, forms[1].updated_ms), (NOW + 1, NOW));

    // Saved again it comes first; a form with no title yet is listed with an empty one.
    p.save_form("report", &report, &form(json!({"description": "Not titled yet"})), NOW + 2).unwrap();
    let forms = p.my_forms().unwrap();
    assert_eq!((forms[0].id.as_str(), forms[0].title.as_str()), (report.as_str(), ""));

    // Submitted or discarded, a form is no longer listed.
    p.save_form("report", &report, &form(full_report()), NOW + 3).unwrap();
    p.submit_report(&report, NOW + 4).unwrap();
    p.discard_form("input", &input).unwrap();
    assert!(p.my_forms().unwrap().is_empty());

    // Submitted, it waits to be sent.
    let items = p.submissions(&SubmissionFilter::default()).unwrap();
    let listed: Vec<_> = items.iter().map(|i| (i.id.as_str(), i.delivery.as_deref())).collect();
    assert_eq!(listed, [(report.as_str(), Some("ready"))]);
}

#[test]
fn a_submitted_report_exports_and_imports_again_as_the_same_report() {
    let (_dir, mut p) = open();
    let id = p.new_form_id(NOW).unwrap();
    p.save_form("report", &id, &form(full_report()), NOW).unwrap();
    p.submit_report(&id, NOW + 1).unwrap();
    let json = p.export_report(&id, "json", "2025-04-01").unwrap();
    assert!(json.contains("\"Chatbot gave harmful dosage advice\""));

    // Imported, it becomes a new form holding the same report; submitted, the same content.
    let copy = p.import_report(&json, NOW + 2).unwrap();
    assert_ne!(copy, id);
    p.submit_report(&copy, NOW + 3).unwrap();
    assert_eq!(p.report(&copy).unwrap().report, p.report(&id).unwrap().report);
    assert_eq!(p.export_report(&copy, "json", "2025-04-01").unwrap(), json);

    // The OECD mapping always exports; the AIID submission needs a TLP:CLEAR report.
    let oecd: serde_json::Value = serde_json::from_str(&p.export_report(&id, "oecd", "2025-04-01").unwrap()).unwrap();
    assert!(oecd.is_object());
    let refused = p.export_report(&id, "aiid", "2025-04-01").unwrap_err().to_string();
    assert!(refused.contains("TLP:CLEAR"), "{refused}");
    assert!(p.export_report(&id, "pdf", "2025-04-01").unwrap_err().to_string().contains("json, aiid or oecd"));
}

#[test]
fn a_bad_report_file_is_refused_with_every_problem_and_saves_nothing() {
    let (_dir, mut p) = open();
    let mut report = full_report();
    report.as_object_mut().unwrap().remove("title");
    report["severity"] = json!("catastrophic-ish");
    let err = p.import_report(&report.to_string(), NOW).unwrap_err();
    let plenary_core::Error::Fields(problems) = err else { panic!("expected field problems, got {err}") };
    assert!(problems.len() >= 2, "{problems:?}");
    assert!(p.import_report("{ not json", NOW).is_err());
    let forms: i64 = p.store().conn().query_row("SELECT count(*) FROM form_drafts", [], |r| r.get(0)).unwrap();
    assert_eq!(forms, 0);
}

#[test]
fn dates_are_calendar_days_in_utc() {
    assert_eq!(plenary_core::date_of(0), "1970-01-01");
    assert_eq!(plenary_core::date_of(NOW), "2025-11-24");
    assert_eq!(plenary_core::date_of(951_782_400_000), "2000-02-29");
}
