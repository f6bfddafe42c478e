//! Turning a statement file into signed records. A statement becomes a `forum.create`, then a
//! `section.put` per section and a `priority.create` and `revision.create` per priority, all
//! signed by the importing device, which thereby becomes the forum's organizer.

use plenary_proto::record::{ForumCreate, PriorityCreate, RevisionCreate, SectionPut, TitledText};
use plenary_proto::statement::Part;
use plenary_proto::{Body, DeviceKey, ForumId, Hlc, PriorityId, Record, RecordId, RevisionId, SectionId, Statement};

/// A source of fresh ids and timestamps, so the records' layout is testable and the caller
/// decides where time and randomness come from.
pub trait Stamps {
    /// The next timestamp, strictly after the previous one.
    fn hlc(&mut self) -> Hlc;
    /// Ten fresh random bytes for a UUIDv7.
    fn random(&mut self) -> [u8; 10];
}

/// The records that create a forum holding `statement`, signed by `key`.
pub fn statement_records(
    statement: &Statement,
    key: &DeviceKey,
    forum: ForumId,
    stamps: &mut impl Stamps,
) -> Vec<Record> {
    let mut records = Vec::new();
    let mut sign = |body: Body, stamps: &mut dyn Stamps| {
        let hlc = stamps.hlc();
        let id = RecordId::new_v7(hlc.unix_ms(), stamps.random());
        records.push(Record::sign(key, forum, id, hlc, &body));
    };
    let titled = |p: &Option<Part>| p.as_ref().map(|p| TitledText { title: p.title.clone(), body: p.body.clone() });
    sign(
        Body::ForumCreate(ForumCreate {
            title: statement.title.clone(),
            language: statement.language.clone(),
            languages: statement.languages.clone(),
            attribution: statement.attribution,
            phase: statement.phase,
            preamble: titled(&statement.preamble),
            about: titled(&statement.about),
        }),
        stamps,
    );
    for (si, section) in statement.sections.iter().enumerate() {
        let hlc = stamps.hlc();
        let section_id = SectionId::new_v7(hlc.unix_ms(), stamps.random());
        sign(
            Body::SectionPut(SectionPut {
                section: section_id,
                slug: section.slug.clone(),
                position: si as u32,
                title: section.title.clone(),
            }),
            stamps,
        );
        for (pi, priority) in section.priorities.iter().enumerate() {
            let hlc = stamps.hlc();
            let priority_id = PriorityId::new_v7(hlc.unix_ms(), stamps.random());
            sign(
                Body::PriorityCreate(PriorityCreate {
                    priority: priority_id,
                    section: section_id,
                    slug: priority.slug.clone(),
                    position: pi as u32,
                }),
                stamps,
            );
            let revision = RevisionId::new_v7(hlc.unix_ms(), stamps.random());
            sign(
                Body::RevisionCreate(RevisionCreate {
                    revision,
                    priority: priority_id,
                    parents: Vec::new(),
                    title: priority.title.clone(),
                    body: priority.body.clone(),
                    language: statement.language.clone(),
                    note: None,
                }),
                stamps,
            );
        }
    }
    records
}
