//! A response chunk fills the budget the client asked for: a half-full chunk costs a slow link
//! a whole round trip.

use crate::harness::{Client, Rng, TestServer, clock};
use plenary_proto::Role;
use plenary_proto::wire::{self, Endpoint, RecordBatch, SyncRequest, SyncResponse};

const WORDS: &[&str] = &[
    "safety",
    "security",
    "incident",
    "reporting",
    "evaluation",
    "frontier",
    "capability",
    "oversight",
    "model",
    "developers",
    "deployers",
    "regions",
    "civil",
    "society",
    "protocols",
    "consistent",
    "institutions",
    "risk",
    "marginal",
    "open-source",
    "transparency",
    "audit",
    "thresholds",
    "testing",
    "international",
    "cooperation",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_chunk_fills_most_of_its_budget_and_never_exceeds_it() {
    let server = TestServer::start().await;
    let organizer = Client::join("Organizer", &server, &server.url, Role::Organizer).await;
    organizer.sync().await.unwrap();
    let p = organizer.priorities();
    let mut rng = Rng::new(0x5eed_c4c4);
    for i in 0..600 {
        let n = 12 + rng.below(40) as usize;
        let words: Vec<&str> = (0..n).map(|_| WORDS[rng.below(WORDS.len() as u64) as usize]).collect();
        organizer.comment(p[i % p.len()], &format!("We ask for {}.", words.join(" ")));
    }
    assert_eq!(organizer.sync().await.unwrap().sent, 600);

    let delegate = Client::join("Delegate", &server, &server.url, Role::Delegate).await;
    let url = format!("{}/v1/sync", server.url);
    let mut hlc = clock()() + 1_000;
    for budget in [4096u32, 8192, 16384] {
        // From the start of the log: the statement, then 600 comments, far more than a chunk.
        let mut cursor = 0;
        for chunk in 0..3 {
            let request = SyncRequest { forum: 1, cursor, budget, records: RecordBatch::default() };
            hlc += 1;
            let frame = {
                let p = delegate.profile.lock().unwrap();
                wire::seal(
                    p.key(),
                    Endpoint::Sync,
                    plenary_proto::Hlc::from_unix_ms(hlc),
                    &plenary_core::wire::compress(&wire::encode(&request)),
                )
            };
            let (status, body) = delegate.http.post(&url, frame).await.unwrap();
            assert_eq!(status, 200);
            let response: SyncResponse =
                wire::decode(&plenary_core::wire::decompress(&body, 1 << 22).unwrap()).unwrap();
            assert!(response.more, "budget {budget}, chunk {chunk}: more should remain");
            assert!(response.cursor > cursor);
            cursor = response.cursor;
            let (size, budget) = (body.len(), budget as usize);
            // The budget bounds the record batch; the response around it adds a few bytes.
            assert!(size <= budget + 32, "budget {budget}, chunk {chunk}: a {size}-byte response");
            assert!(size >= budget * 3 / 4, "budget {budget}, chunk {chunk}: only {size} bytes of {budget}");
        }
    }
}
