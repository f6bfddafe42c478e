//! Benchmarks of the local store, run by `cargo xtask bench` in release mode: search latency
//! over a forum with many comments, and the time to open a priority with many comments.
//! Figures are printed, never asserted. Usage: `bench_store [COMMENTS] [ON_ONE_PRIORITY]`.

use plenary_core::Profile;
use plenary_proto::record::{Anchor, CommentPut, ParticipantPut};
use plenary_proto::{
    AttributionChoice, Body, CommentId, CommentKind, DeviceKey, ForumId, Hlc, PriorityId, Record, RecordId, RevisionId,
    Role,
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
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const EN: &[&str] = &[
    "incident",
    "reporting",
    "open-source",
    "models",
    "evaluation",
    "governance",
    "transparency",
    "countries",
    "institutes",
    "standards",
    "risk",
    "marginal",
    "access",
    "participation",
    "visa",
    "funding",
    "research",
    "collaboration",
    "trust",
    "security",
    "safety",
    "developers",
    "accountability",
    "benchmarks",
    "deployment",
];
const ZH: &[&str] = &["安全", "事件", "报告", "开源", "模型", "评估", "治理", "透明", "国家", "标准", "风险", "合作"];
const AR: &[&str] = &["السلامة", "الحوادث", "التقارير", "المصدر", "النماذج", "التقييم", "الحوكمة", "الشفافية", "الدول"];
const RU: &[&str] = &["безопасность", "инциденты", "отчёты", "модели", "оценка", "страны", "стандарты", "риски"];

fn text(rng: &mut Rng) -> (String, &'static str) {
    let (words, lang, sep) = match rng.next() % 10 {
        0..=5 => (EN, "en", " "),
        6 | 7 => (ZH, "zh", ""),
        8 => (AR, "ar", " "),
        _ => (RU, "ru", " "),
    };
    let n = 12 + (rng.next() % 40) as usize;
    let body: Vec<&str> = (0..n).map(|_| rng.pick(words)).collect();
    (body.join(sep) + ".", lang)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let total: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let on_one: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000);
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
            let rev: RevisionId = profile.priority(id).expect("priority").revision.id.parse().expect("rev");
            (id, rev)
        })
        .collect();

    // 200 delegates, admitted by the organizer (this profile).
    let delegates: Vec<DeviceKey> = (0..200u32)
        .map(|i| {
            let mut seed = [7u8; 32];
            seed[..4].copy_from_slice(&i.to_be_bytes());
            DeviceKey::from_seed(seed)
        })
        .collect();
    let mut hlc = Hlc::from_unix_ms(NOW + 1_000);
    let next_id = |hlc: &mut Hlc, rng: &mut Rng| {
        *hlc = Hlc(hlc.0 + 1);
        let mut r = [0u8; 10];
        r[..8].copy_from_slice(&rng.next().to_be_bytes());
        (RecordId::new_v7(hlc.unix_ms(), r), *hlc)
    };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let admits: Vec<Record> = delegates
        .iter()
        .map(|d| {
            let (id, at) = next_id(&mut hlc, &mut rng);
            Record::sign(
                profile.key(),
                forum,
                id,
                at,
                &Body::ParticipantPut(ParticipantPut { key: d.public(), role: Role::Delegate }),
            )
        })
        .collect();
    profile.apply(&admits).expect("admit");

    // The comments: `on_one` on the first priority (a tenth of them anchored), the rest spread.
    let started = Instant::now();
    let mut batch = Vec::with_capacity(1000);
    let mut probe_words: Vec<String> = Vec::new();
    for n in 0..total {
        // The first priority gets exactly `on_one`; the rest are spread over the others.
        let (priority, revision) = if n < on_one { priorities[0] } else { priorities[1 + n % (priorities.len() - 1)] };
        let (body, lang) = text(&mut rng);
        if n % 997 == 0 {
            probe_words.push(body.split(' ').next().unwrap_or("safety").trim_end_matches('.').to_owned());
        }
        let anchor = (n < on_one && n % 10 == 0).then(|| Anchor {
            exact: "countries without established AI Safety Institutes".into(),
            prefix: "allow participants from ".into(),
            suffix: " to contribute, fostering".into(),
            start: 52,
        });
        let (id, at) = next_id(&mut hlc, &mut rng);
        let body = Body::CommentPut(CommentPut {
            comment: CommentId::new_v7(at.unix_ms(), [n as u8; 10]).clone_with(n as u64),
            priority,
            revision,
            kind: [CommentKind::Support, CommentKind::Concern, CommentKind::Question, CommentKind::Suggestion][n % 4],
            body,
            language: lang.parse().expect("lang"),
            attribution: AttributionChoice::Pseudonym,
            disclosed: None,
            anchor,
        });
        batch.push(Record::sign(&delegates[n % delegates.len()], forum, id, at, &body));
        if batch.len() == 1000 {
            profile.apply(&batch).expect("apply");
            batch.clear();
        }
    }
    profile.apply(&batch).expect("apply");
    let load = started.elapsed();
    println!(
        "store: {total} comments signed, verified, applied and indexed in {:.1} s ({:.0} records/s)",
        load.as_secs_f64(),
        total as f64 / load.as_secs_f64()
    );

    // Search: a mix of English words, prefixes, Chinese and Arabic and Russian words, and
    // two-word queries, as someone would type them.
    let mut queries: Vec<String> = Vec::new();
    for w in EN.iter().take(12) {
        queries.push((*w).to_owned());
        queries.push(w.chars().take(4).collect());
    }
    queries.extend(ZH.iter().map(|w| (*w).to_owned()));
    queries.extend(AR.iter().map(|w| (*w).to_owned()));
    queries.extend(RU.iter().map(|w| (*w).to_owned()));
    queries.extend(["incident reporting", "open-source models", "安全 事件", "marginal risk"].map(String::from));
    queries.extend(probe_words);
    let mut fts: Vec<Duration> = Vec::new();
    let mut found = 0usize;
    for _ in 0..3 {
        for q in &queries {
            let t = Instant::now();
            let results = profile.search(None, q).expect("search");
            fts.push(t.elapsed());
            found += results.results.len();
        }
    }
    fts.sort();
    // The peer: what a store without a full-text index must do to rank results, a scan of
    // every comment body for the query's first term (SQLite LIKE, counting the matches).
    let conn = profile.store().conn();
    let mut like: Vec<Duration> = Vec::new();
    for q in &queries {
        let t = Instant::now();
        let pattern = format!("%{}%", q.split(' ').next().unwrap_or(q));
        let n: i64 =
            conn.query_row("SELECT count(*) FROM comments WHERE body LIKE ?1", [pattern], |r| r.get(0)).expect("like");
        like.push(t.elapsed());
        std::hint::black_box(n);
    }
    like.sort();
    println!(
        "search over {total} comments + the statement, {} queries x3 (full path: FTS5 query, highlighting, redaction, view):",
        queries.len()
    );
    println!(
        "  median {}  p95 {}  max {}  ({:.1} results per query on average, at most 50)",
        ms(percentile(&fts, 0.5)),
        ms(percentile(&fts, 0.95)),
        ms(*fts.last().expect("timings")),
        found as f64 / fts.len() as f64
    );
    println!(
        "  peer, full LIKE scan of comment bodies (no ranking, no highlighting): median {}  p95 {}  => the FTS path takes {:.2}x the scan's time at the median",
        ms(percentile(&like, 0.5)),
        ms(percentile(&like, 0.95)),
        percentile(&fts, 0.5).as_secs_f64() / percentile(&like, 0.5).as_secs_f64()
    );

    // Opening the priority with `on_one` comments: the whole page view (comments rendered,
    // anchors re-found, text highlighted, positions, drafts).
    let mut open: Vec<Duration> = Vec::new();
    let mut shown = 0;
    for _ in 0..21 {
        let t = Instant::now();
        let page = profile.priority(priorities[0].0).expect("page");
        open.push(t.elapsed());
        shown = page.comments.len();
    }
    open.sort();
    println!(
        "open a priority with {shown} comments ({} anchored), 21 runs: median {}  p95 {}",
        on_one / 10,
        ms(percentile(&open, 0.5)),
        ms(percentile(&open, 0.95))
    );
}

/// Distinct comment ids for the benchmark without drawing randomness.
trait CloneWith {
    fn clone_with(self, n: u64) -> Self;
}
impl CloneWith for CommentId {
    fn clone_with(self, n: u64) -> Self {
        let mut bytes = *self.as_bytes();
        bytes[8..].copy_from_slice(&n.to_be_bytes());
        CommentId::from_bytes(bytes)
    }
}
