//! Incident reports through the real server: TLP RED and AMBER reports reach organizers only,
//! attachments travel in chunks that resume after a cut, and the server refuses incomplete
//! reports naming the field.

use crate::harness::{Client, FlakyLink, LinkConfig, TestServer, clock};
use plenary_core::reports::{ReportForm, SubmissionFilter};
use plenary_core::sync::{fetch_attachment, upload_attachments};
use plenary_proto::wire::{self, Ack, Endpoint, RecordBatch, SyncRequest, SyncResponse};
use plenary_proto::{Body, Hlc, Record, RecordId, ReportId, Role};
use serde_json::json;
use std::sync::atomic::Ordering;

fn report(title: &str, tlp: &str) -> serde_json::Value {
    json!({
        "title": title,
        "description": "What happened, in detail.",
        "record_kind": "incident",
        "ai_relation": "contributing",
        "date_occurred": {"date": "2025-06-02", "precision": "day"},
        "severity": "incident",
        "harm_types": ["human_rights"],
        "supporting_materials": [{"type": "testimony", "title": "First-hand account", "language": "fr", "access": "confidential"}],
        "status": "final",
        "tlp": tlp,
        "attribution": "chatham_house",
        "lang": "fr",
        "countries": ["SN"]
    })
}

fn file(client: &Client, title: &str, tlp: &str, attachments: Vec<plenary_core::reports::AttachmentView>) -> String {
    let mut p = client.profile.lock().unwrap();
    p.set_current_forum(client.forum).unwrap();
    let id = p.new_form_id(clock()()).unwrap();
    let form = ReportForm { report: report(title, tlp), group: None, attachments };
    p.save_form("report", &id, &serde_json::to_value(form).unwrap(), clock()()).unwrap();
    p.submit_report(&id, clock()()).unwrap();
    id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tlp_red_report_never_reaches_a_delegates_store() {
    let server = TestServer::start().await;
    let ngo = Client::join("NGO", &server, &server.url, Role::CivilSociety).await;
    let organizer = Client::join("Organizer", &server, &server.url, Role::Organizer).await;
    let delegate = Client::join("Delegate", &server, &server.url, Role::Delegate).await;
    for c in [&ngo, &organizer, &delegate] {
        c.sync().await.unwrap();
    }
    let red = file(&ngo, "Surveillance tool misidentified activists", "RED", vec![]);
    let amber = file(&ngo, "Moderation model silenced minority language", "AMBER", vec![]);
    let green = file(&ngo, "Translation system mistranslated asylum interviews", "GREEN", vec![]);
    ngo.sync().await.unwrap();
    organizer.sync().await.unwrap();
    delegate.sync().await.unwrap();

    let titles = |c: &Client| {
        let mut p = c.profile.lock().unwrap();
        p.set_current_forum(c.forum).unwrap();
        let mut t: Vec<String> =
            p.submissions(&SubmissionFilter::default()).unwrap().into_iter().map(|i| i.title).collect();
        t.sort();
        t
    };
    assert_eq!(titles(&organizer).len(), 3, "organizers receive every report");
    assert_eq!(titles(&delegate), ["Translation system mistranslated asylum interviews"]);
    // Not hidden but absent: no record, no row, no text of it anywhere in the delegate's store.
    {
        let p = delegate.profile.lock().unwrap();
        let conn = p.store().conn();
        for id in [&red, &amber] {
            let bytes = id.parse::<ReportId>().unwrap().as_bytes().to_vec();
            let rows: i64 =
                conn.query_row("SELECT count(*) FROM reports WHERE id = ?1", [&bytes], |r| r.get(0)).unwrap();
            assert_eq!(rows, 0);
        }
        let leaked: i64 = conn
        .query_row("SELECT count(*) FROM records WHERE CAST(payload AS TEXT) LIKE '%Surveillance%' OR CAST(payload AS TEXT) LIKE '%silenced%'", [], |r| r.get(0))
        .unwrap();
        assert_eq!(leaked, 0);
        assert!(p.report(&green).is_ok());
    }
    // The delegate still reached the end of the log: the skipped records moved its cursor.
    assert_eq!(delegate.sync().await.unwrap().received, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupted_attachment_upload_resumes_and_the_organizer_fetches_it() {
    let server = TestServer::start().await;
    let organizer = Client::join("Organizer", &server, &server.url, Role::Organizer).await;
    organizer.sync().await.unwrap();
    // The NGO works over a link that cuts connections within 120 kB.
    let link =
        FlakyLink::start(server.addr, LinkConfig { bytes_per_second: 0, delay_ms: 0, cut_within: 120_000 }, 7).await;
    let ngo = Client::join_retrying("NGO", &server, &link.url, Role::CivilSociety).await;
    ngo.sync_retrying().await;
    let data: Vec<u8> = (0..700_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let attachment = ngo.profile.lock().unwrap().add_attachment("logs.pdf", "application/pdf", &data).unwrap();
    assert_eq!(attachment.chunks.len(), 11);
    let id = file(&ngo, "Model leaked personal data in responses", "GREEN", vec![attachment.clone()]);
    ngo.sync_retrying().await;

    let mut attempts = 0;
    let mut sent_total = 0;
    loop {
        attempts += 1;
        assert!(attempts < 100, "the upload did not finish");
        match upload_attachments(&ngo.profile, &ngo.http, ngo.forum, clock()).await {
            Ok(sent) => {
                sent_total += sent;
                if ngo.profile.lock().unwrap().chunks_to_upload(ngo.forum).unwrap().is_empty() {
                    break;
                }
            }
            Err(_) => continue,
        }
    }
    let cuts = link.stats.cuts.load(Ordering::SeqCst);
    assert!(cuts >= 1, "the link should have cut the upload at least once");
    // Resumed, not restarted: no chunk was stored twice by the server... each chunk the server
    // confirmed is not sent again, so the chunks sent in confirmed exchanges add up to at most
    // the file's 11 (a chunk whose confirmation was cut is asked about, not re-sent).
    assert!(sent_total <= 11, "{sent_total} chunks confirmed for an 11-chunk file");

    // The organizer sees the report, fetches the attachment on demand, and it is intact.
    organizer.sync().await.unwrap();
    let view = {
        let mut p = organizer.profile.lock().unwrap();
        p.set_current_forum(organizer.forum).unwrap();
        p.report(&id).unwrap()
    };
    let got = &view.attachments[0];
    assert!(!got.available, "attachments are fetched on demand, not with the text");
    let done =
        fetch_attachment(&organizer.profile, &organizer.http, organizer.forum, &got.chunks, clock()).await.unwrap();
    assert!(done);
    let bytes = organizer.profile.lock().unwrap().attachment_data(got).unwrap().unwrap();
    assert_eq!(bytes, data);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_refuses_an_incomplete_report_naming_the_field() {
    let server = TestServer::start().await;
    let ngo = Client::join("NGO", &server, &server.url, Role::CivilSociety).await;
    ngo.sync().await.unwrap();
    for field in ["title", "severity", "harm_types", "supporting_materials", "tlp", "lang"] {
        let mut content = report("A report missing a field", "GREEN");
        content.as_object_mut().unwrap().remove(field);
        let payload =
            json!({"kind": "report.put", "report": ReportId::new_v7(1, [3; 10]).to_string(), "content": content});
        let frame = {
            let p = ngo.profile.lock().unwrap();
            let hlc = Hlc::from_unix_ms(clock()());
            let mut record = Record::sign(
                p.key(),
                ngo.forum,
                RecordId::new_v7(hlc.unix_ms(), [field.len() as u8; 10]),
                hlc,
                &Body::GroupMember(plenary_proto::record::GroupMember {
                    group: plenary_proto::GroupId::from_bytes([0; 16]),
                    key: p.key().public(),
                }),
            );
            record.payload = serde_json::to_vec(&payload).unwrap();
            record.signature = p.key().sign(&record.signed_message());
            let request =
                SyncRequest { forum: 1, cursor: u64::MAX / 2, budget: 4096, records: RecordBatch::pack([&record]) };
            wire::seal(
                p.key(),
                Endpoint::Sync,
                Hlc::from_unix_ms(clock()()),
                &plenary_core::wire::compress(&wire::encode(&request)),
            )
        };
        let (status, body) = ngo.http.post(&format!("{}/v1/sync", server.url), frame).await.unwrap();
        assert_eq!(status, 200);
        let response: SyncResponse = wire::decode(&plenary_core::wire::decompress(&body, 1 << 22).unwrap()).unwrap();
        let [Ack::Rejected(reason)] = response.acks.as_slice() else { panic!("{:?}", response.acks) };
        assert!(reason.contains(&format!("`{field}`")), "{field}: {reason}");
    }
}
