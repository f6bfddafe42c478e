//! Consolidation through the real server: an organizer's decision reaches every device with
//! its provenance, a delegate cannot decide, and the published exports (from the app and from
//! the server's command line, in every format and language) name exactly the authors who
//! consented, for the contributions they consented for.

use crate::harness::{Client, TestServer, clock};
use plenary_core::contribution::{AmendmentDraft, CommentDraft, DraftContent, DraftKind, PositionDraft};
use plenary_core::export::{Annexes, Format};
use plenary_proto::record::{AmendmentDecide, DecisionOutcome, NewRevision};
use plenary_proto::wire::{Ack, PrivateProfile};
use plenary_proto::{AmendmentId, Body, Hlc, PriorityId, Record, RecordId, RevisionId, Role, StakeholderGroup};
use std::io::Read as _;

fn current(client: &Client) {
    client.profile.lock().unwrap().set_current_forum(client.forum).unwrap();
}

fn submit(
    client: &Client,
    kind: DraftKind,
    priority: PriorityId,
    content: impl FnOnce(String) -> DraftContent,
) -> String {
    let mut p = client.profile.lock().unwrap();
    let revision = p.priority(priority).unwrap().revision.id;
    let key = p.new_draft_key(kind, priority, clock()()).unwrap();
    p.save_draft(&key, priority, &content(revision), clock()()).unwrap();
    p.submit_draft(&key, clock()()).unwrap();
    key.target
}

fn amend(client: &Client, priority: PriorityId, title: &str, find: &str, replace: &str, attribution: &str) -> String {
    let body = client.profile.lock().unwrap().priority(priority).unwrap().markdown.replace(find, replace);
    submit(client, DraftKind::Amendment, priority, |base| {
        DraftContent::Amendment(AmendmentDraft {
            base,
            title: title.into(),
            body,
            rationale: "Clearer.".into(),
            language: "en".into(),
            attribution: attribution.into(),
        })
    })
}

#[tokio::test]
async fn an_accepted_amendment_reaches_every_device_with_its_provenance_and_a_delegate_cannot_decide() {
    let server = TestServer::start().await;
    let organizer = Client::join("Organizer", &server, &server.url, Role::Organizer).await;
    let author = Client::join("Author", &server, &server.url, Role::Delegate).await;
    let reader = Client::join("Reader", &server, &server.url, Role::Delegate).await;
    for c in [&organizer, &author, &reader] {
        c.sync().await.unwrap();
        current(c);
    }
    let priority = author.priorities()[9]; // 2.1 Standardize Incident Reporting
    let title = "Standardize Incident Reporting";
    let amendment = amend(&author, priority, title, "consistent protocols", "interoperable protocols", "pseudonym");
    author.sync().await.unwrap();
    organizer.sync().await.unwrap();

    // A delegate's client refuses to decide, and a modified one is refused by the server.
    let base: RevisionId = reader.profile.lock().unwrap().priority(priority).unwrap().revision.id.parse().unwrap();
    assert!(
        reader
            .profile
            .lock()
            .unwrap()
            .decide_amendments(priority, std::slice::from_ref(&amendment), "accepted", None, None, clock()())
            .is_err()
    );
    let forged = {
        let p = reader.profile.lock().unwrap();
        let hlc = Hlc::from_unix_ms(clock()());
        Record::sign(
            p.key(),
            reader.forum,
            RecordId::new_v7(hlc.unix_ms(), [7; 10]),
            hlc,
            &Body::AmendmentDecide(AmendmentDecide {
                priority,
                amendments: vec![amendment.parse::<AmendmentId>().unwrap()],
                outcome: DecisionOutcome::Accepted,
                reason: None,
                revision: Some(NewRevision {
                    revision: RevisionId::new_v7(hlc.unix_ms(), [8; 10]),
                    parent: base,
                    title: title.into(),
                    body: "A delegate's own text.".into(),
                }),
            }),
        )
    };
    let Ack::Rejected(reason) = reader.upload_raw(&server, &forged).await else {
        panic!("the server took a delegate's decision")
    };
    assert!(reason.contains("organizer") || reason.contains("role"), "{reason}");

    // The organizer accepts; after a sync every device has the new revision and where it came from.
    organizer
        .profile
        .lock()
        .unwrap()
        .decide_amendments(priority, std::slice::from_ref(&amendment), "accepted", None, None, clock()())
        .unwrap();
    organizer.sync().await.unwrap();
    let made_by = organizer.profile.lock().unwrap().priority(priority).unwrap().revision.made_by;
    for c in [&organizer, &author, &reader] {
        c.sync().await.unwrap();
        let page = c.profile.lock().unwrap().priority(priority).unwrap();
        assert!(page.markdown.contains("interoperable protocols"), "{}", c.name);
        assert!(!page.markdown.contains("delegate's own"), "{}", c.name);
        assert_eq!(page.revision.count, 2, "{}", c.name);
        assert_eq!(page.revision.decision.as_deref(), Some("accepted"), "{}", c.name);
        assert_eq!(page.revision.from_amendments, [title], "{}", c.name);
        assert_eq!(page.revision.made_by, made_by, "{}", c.name);
        let state = page.amendments.iter().find(|a| a.id == amendment).unwrap().state.clone();
        assert_eq!(state, "accepted", "{}", c.name);
        let log = c.profile.lock().unwrap().decision_log().unwrap();
        assert_eq!((log[0].kind.as_str(), log[0].amendments.as_slice()), ("accepted", &[title.to_owned()][..]));
    }
    assert_eq!(organizer.state(), reader.state(), "the devices converge");
}

/// Every canary string in `text`.
fn canaries(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '@' && c != '.')
        .filter(|w| w.contains("Canary"))
        .map(|w| w.trim_end_matches('.').to_owned())
        .collect();
    found.sort();
    found.dedup();
    found
}

fn text_of(format: Format, bytes: Vec<u8>) -> String {
    match format {
        Format::Docx => {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            let mut all = String::new();
            for i in 0..zip.len() {
                let mut part = String::new();
                zip.by_index(i).unwrap().read_to_string(&mut part).unwrap_or_default();
                all.push_str(&part);
            }
            all
        }
        _ => String::from_utf8(bytes).unwrap(),
    }
}

#[tokio::test]
async fn exports_in_every_format_and_language_name_exactly_the_authors_who_consented() {
    let server = TestServer::start().await;
    let profile = |i: usize, group| PrivateProfile {
        name: format!("CanaryName{i}"),
        affiliation: format!("CanaryAffiliation{i}"),
        contact: format!("CanaryContact{i}@example.org"),
        group: Some(group),
        region: Some(["002", "019", "142", "150", "009", "142"][i].into()),
    };
    let organizer =
        Client::join_as("Organizer", &server, Role::Organizer, profile(0, StakeholderGroup::Government)).await;
    // Who consents to what, contribution by contribution: delegate 1 to be named on a comment
    // only; delegate 2 to be named on an amendment only; delegate 3 to show group and region;
    // the others to nothing.
    let groups = [
        StakeholderGroup::Academia,
        StakeholderGroup::CivilSociety,
        StakeholderGroup::Industry,
        StakeholderGroup::InternationalOrganization,
        StakeholderGroup::Other,
    ];
    let mut delegates = Vec::new();
    for (i, group) in groups.into_iter().enumerate() {
        let name = ["D1", "D2", "D3", "D4", "D5"][i];
        delegates.push(Client::join_as(name, &server, Role::Delegate, profile(i + 1, group)).await);
    }
    for c in std::iter::once(&organizer).chain(&delegates) {
        c.sync().await.unwrap();
        current(c);
    }
    let priorities = organizer.priorities();
    let comment = |c: &Client, priority, body: &str, attribution: &str| {
        let (body, attribution) = (body.to_owned(), attribution.to_owned());
        submit(c, DraftKind::Comment, priority, move |revision| {
            DraftContent::Comment(CommentDraft {
                revision,
                comment_kind: "support".into(),
                body,
                language: "en".into(),
                attribution,
                anchor: None,
            })
        })
    };
    let position = |c: &Client, priority, stance: &str, attribution: &str| {
        let (stance, attribution) = (stance.to_owned(), attribution.to_owned());
        submit(c, DraftKind::Position, priority, move |_| {
            DraftContent::Position(PositionDraft { stance: Some(stance), reason: "Because.".into(), attribution })
        })
    };
    comment(&delegates[0], priorities[0], "Named on this comment.", "name");
    comment(&delegates[0], priorities[1], "Not named on this one.", "pseudonym");
    position(&delegates[0], priorities[0], "support", "pseudonym");
    comment(&delegates[1], priorities[2], "Anonymous comment.", "pseudonym");
    let named_amendment =
        amend(&delegates[1], priorities[9], "Interoperable protocols", "consistent", "interoperable", "name");
    comment(&delegates[2], priorities[3], "Group and region only.", "group_and_region");
    position(&delegates[2], priorities[3], "oppose", "group_and_region");
    comment(&delegates[3], priorities[4], "Anonymous, with a position.", "pseudonym");
    position(&delegates[3], priorities[4], "neutral", "pseudonym");
    let rejected = amend(&delegates[4], priorities[10], "A rejected idea", "Develop", "Invent", "pseudonym");
    for c in &delegates {
        c.sync().await.unwrap();
    }
    organizer.sync().await.unwrap();
    {
        let mut p = organizer.profile.lock().unwrap();
        p.decide_amendments(priorities[9], &[named_amendment], "accepted", None, None, clock()()).unwrap();
        p.decide_amendments(priorities[10], &[rejected], "rejected", Some("Out of scope.".into()), None, clock()())
            .unwrap();
    }
    organizer.sync().await.unwrap();

    // What may appear: delegate 1's name and affiliation (their comment), delegate 2's (their
    // amendment). Never a contact, never anyone else's name or affiliation.
    let expected: Vec<String> =
        ["CanaryAffiliation1", "CanaryAffiliation2", "CanaryName1", "CanaryName2"].map(String::from).to_vec();
    let languages = organizer.profile.lock().unwrap().statement(Some(organizer.forum)).unwrap().forum.languages;
    assert_eq!(languages.len(), 6);
    let binary = env!("CARGO_BIN_EXE_plenary-server");
    let out = tempfile::tempdir().unwrap();
    for language in &languages {
        for format in Format::ALL {
            let at = format!("{language} {}", format.extension());
            let from_app =
                organizer.profile.lock().unwrap().export_statement(language, format, Annexes::ALL, clock()()).unwrap();
            let path = out.path().join(format!("statement-{language}.{}", format.extension()));
            let status = std::process::Command::new(binary)
                .args(["--data", server.dir.path().to_str().unwrap(), "export", "--forum", &server.forum.to_string()])
                .args(["--language", language, "--format", format.extension(), "--annexes", "all", "--out"])
                .arg(&path)
                .env("RUST_LOG", "warn")
                .status()
                .unwrap();
            assert!(status.success(), "{at}: the server's export failed");
            let from_server = std::fs::read(&path).unwrap();
            for (source, bytes) in [("app", from_app), ("server", from_server)] {
                let text = text_of(format, bytes);
                assert_eq!(canaries(&text), expected, "{at} from the {source}");
                // Delegate 3 shows group and region: the annex says so, without a name.
                if format == Format::Json {
                    assert!(text.contains("\"international_organization\"") || text.contains("\"industry\""), "{at}");
                }
            }
            // Without annexes, no one at all.
            let bare = organizer
                .profile
                .lock()
                .unwrap()
                .export_statement(language, format, Annexes::default(), clock()())
                .unwrap();
            assert!(canaries(&text_of(format, bare)).is_empty(), "{at} without annexes");
        }
    }
}
