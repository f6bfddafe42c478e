//! Benchmark of the consolidated statement's export, run by `cargo xtask bench` in release
//! mode: a forum with many comments (a tenth of their authors named by consent, positions on
//! every priority, amendments and decisions) exported with every annex in every format, in
//! English and in Arabic. Figures are printed, never asserted. Usage: `bench_export [COMMENTS]`.

use plenary_core::Profile;
use plenary_core::export::{Annexes, Consolidated, Format};
use plenary_proto::record::{CommentPut, ParticipantPut, PositionPut};
use plenary_proto::{
    AttributionChoice, Body, CommentId, CommentKind, DeviceKey, Disclosure, ForumId, Hlc, PriorityId, Record, RecordId,
    RevisionId, Role, StakeholderGroup, Stance,
};
use std::time::{Duration, Instant};

const NOW: u64 = 1_764_000_000_000;

/// A small deterministic random source (xorshift), so every run builds the same data.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const WORDS: &[&str] = &[
    "incident",
    "reporting",
    "open-source",
    "models",
    "**evaluation**",
    "governance",
    "transparency",
    "countries",
    "institutes",
    "standards",
    "risk",
    "access",
    "participation",
    "funding",
    "research",
    "trust",
    "security",
    "safety",
    "安全",
    "事件",
    "السلامة",
    "الحوادث",
    "безопасность",
    "модели",
];

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let total: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut profile, _) = Profile::open(dir.path(), NOW).expect("profile");
    let forum: ForumId = profile.default_forum().expect("forum").expect("a forum");
    let view = profile.statement(None).expect("statement");
    let priorities: Vec<(PriorityId, RevisionId)> = view
        .sections
        .iter()
        .flat_map(|s| s.priorities.iter())
        .map(|p| {
            let id: PriorityId = p.id.parse().expect("id");
            (id, profile.priority(id).expect("priority").revision.id.parse().expect("rev"))
        })
        .collect();
    let groups = [
        StakeholderGroup::Government,
        StakeholderGroup::Academia,
        StakeholderGroup::Industry,
        StakeholderGroup::CivilSociety,
        StakeholderGroup::InternationalOrganization,
    ];
    let regions = ["002", "019", "142", "150", "009"];
    let delegates: Vec<DeviceKey> = (0..200u32)
        .map(|i| {
            let mut seed = [9u8; 32];
            seed[..4].copy_from_slice(&i.to_be_bytes());
            DeviceKey::from_seed(seed)
        })
        .collect();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut hlc = Hlc::from_unix_ms(NOW + 1_000);
    let mut sign = |key: &DeviceKey, body: &Body, rng: &mut Rng| {
        hlc = Hlc(hlc.0 + 1);
        let mut r = [0u8; 10];
        r[..8].copy_from_slice(&rng.next().to_be_bytes());
        Record::sign(key, forum, RecordId::new_v7(hlc.unix_ms(), r), hlc, body)
    };
    let disclosure = |i: usize| {
        let consent = i.is_multiple_of(10);
        let choice = if consent {
            AttributionChoice::Name
        } else if i.is_multiple_of(3) {
            AttributionChoice::GroupAndRegion
        } else {
            AttributionChoice::Pseudonym
        };
        let disclosed = (choice != AttributionChoice::Pseudonym).then(|| Disclosure {
            group: Some(groups[i % groups.len()]),
            region: Some(regions[i % regions.len()].into()),
            name: consent.then(|| format!("Delegate {i}")),
            affiliation: consent.then(|| format!("Institute {i}")),
        });
        (choice, disclosed)
    };
    let organizer = profile.key();
    let mut records: Vec<Record> = delegates
        .iter()
        .map(|d| {
            sign(organizer, &Body::ParticipantPut(ParticipantPut { key: d.public(), role: Role::Delegate }), &mut rng)
        })
        .collect();
    for (i, d) in delegates.iter().enumerate() {
        for (p, _) in &priorities {
            let (attribution, disclosed) = disclosure(i);
            let stance = [Stance::Support, Stance::Neutral, Stance::Oppose][(rng.next() % 3) as usize];
            let body = Body::PositionPut(PositionPut { priority: *p, stance, reason: None, attribution, disclosed });
            records.push(sign(d, &body, &mut rng));
        }
    }
    profile.apply(&records).expect("positions");
    let started = Instant::now();
    let mut batch = Vec::with_capacity(1000);
    for n in 0..total {
        let (priority, revision) = priorities[n % priorities.len()];
        let words: Vec<&str> =
            (0..(10 + rng.next() % 50)).map(|_| WORDS[(rng.next() as usize) % WORDS.len()]).collect();
        let author = n % delegates.len();
        let (attribution, disclosed) = disclosure(author);
        let body = Body::CommentPut(CommentPut {
            comment: CommentId::new_v7(NOW + n as u64, {
                let mut r = [0u8; 10];
                r[..8].copy_from_slice(&(n as u64).to_be_bytes());
                r
            }),
            priority,
            revision,
            kind: [CommentKind::Support, CommentKind::Concern, CommentKind::Question, CommentKind::Suggestion][n % 4],
            body: words.join(" ") + ".",
            language: "en".parse().expect("lang"),
            attribution,
            disclosed,
            anchor: None,
        });
        batch.push(sign(&delegates[author], &body, &mut rng));
        if batch.len() == 1000 {
            profile.apply(&batch).expect("apply");
            batch.clear();
        }
    }
    profile.apply(&batch).expect("apply");
    println!(
        "export: a forum of {total} comments and {} positions by 200 delegates, built in {:.1} s",
        delegates.len() * priorities.len(),
        started.elapsed().as_secs_f64()
    );

    let runs = 5;
    for language in ["en", "ar"] {
        let mut collect = Vec::new();
        for _ in 0..runs {
            let t = Instant::now();
            Consolidated::collect(profile.store().conn(), &forum, language, Annexes::ALL, "2025-11-24")
                .expect("collect");
            collect.push(t.elapsed());
        }
        let doc = Consolidated::collect(profile.store().conn(), &forum, language, Annexes::ALL, "2025-11-24")
            .expect("collect");
        println!(
            "  {language}: read the statement and every annex from the store: median {:.0} ms",
            ms(median(collect.clone()))
        );
        let mut all = median(collect);
        for format in Format::ALL {
            let mut times = Vec::new();
            let mut size = 0;
            for _ in 0..runs {
                let t = Instant::now();
                size = doc.render(format).expect("render").len();
                times.push(t.elapsed());
            }
            let m = median(times);
            all += m;
            println!("  {language}: {:<8} median {:>6.0} ms, {:>6} KB", format.extension(), ms(m), size / 1024);
        }
        println!("  {language}: every format from one read: {:.0} ms (n={runs} per figure)", ms(all));
    }
}
