//! The HTTP endpoints: `POST /v1/join`, `POST /v1/sync`, `GET /v1/health`.
//!
//! Every refusal is a 4xx with a plain-text reason, decided before anything is written:
//! 400 malformed, 401 bad signature, 403 not allowed, 404 unknown forum or invite, 409 replayed,
//! 413 too large, 429 too many requests. Storage failures are 500s and are logged.

use crate::storage::{Refusal, Storage, StorageError};
use crate::{Limits, MAX_BODY, now_ms};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use plenary_core::wire::{MAX_DECOMPRESSED, compress, decompress};
use plenary_proto::PublicKey;
use plenary_proto::wire::{
    self, BlobsRequest, BlobsResponse, Endpoint, JoinRequest, JoinResponse, RecordBatch, Sender, SyncRequest,
    SyncResponse,
};
use sha2::Digest;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    storage: Arc<dyn Storage>,
    limits: Limits,
    buckets: Arc<Mutex<HashMap<Bucket, (f64, Instant)>>>,
}

/// Who a request limit counts against.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Bucket {
    Key([u8; 8]),
    Address(IpAddr),
}

impl AppState {
    /// State over `storage` with `limits`.
    pub fn new(storage: Arc<dyn Storage>, limits: Limits) -> Self {
        AppState { storage, limits, buckets: Arc::new(Mutex::new(HashMap::new())) }
    }

    /// Takes one token from `bucket`; false when it is empty.
    fn allow(&self, bucket: Bucket) -> bool {
        let Ok(mut buckets) = self.buckets.lock() else { return false };
        let now = Instant::now();
        if buckets.len() > 100_000 {
            // Forget idle buckets rather than grow without bound.
            buckets.retain(|_, (_, at)| now.duration_since(*at).as_secs() < 600);
        }
        let (tokens, at) = buckets.entry(bucket).or_insert((self.limits.burst, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.limits.per_second).min(self.limits.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// The routes.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/health", get(|| async { "ok" }))
        .route("/v1/join", post(join))
        .route("/v1/sync", post(sync))
        .route("/v1/blobs", post(blobs))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::map_response(too_large))
        .with_state(state)
}

/// A body over the limit is refused before it has been read to the end, so its connection cannot
/// carry another request. The answer says so (`Connection: close`); without it a client may put
/// the connection back in its pool and lose its next request on it.
async fn too_large(response: Response) -> Response {
    if response.status() != StatusCode::PAYLOAD_TOO_LARGE {
        return response;
    }
    tracing::info!(status = %StatusCode::PAYLOAD_TOO_LARGE, "refused: a body over {MAX_BODY} bytes");
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8"), (header::CONNECTION, "close")],
        format!("the request is larger than this server accepts ({} KiB at most)", MAX_BODY / 1024),
    )
        .into_response()
}

/// A refusal or failure as an HTTP response.
struct Failure(StatusCode, String);

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        if self.0.is_server_error() {
            tracing::error!(status = %self.0, "{}", self.1);
        } else {
            tracing::info!(status = %self.0, "refused: {}", self.1);
        }
        (self.0, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], self.1).into_response()
    }
}

impl From<StorageError> for Failure {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::Refused(r) => {
                let status = match r {
                    Refusal::NotFound(_) => StatusCode::NOT_FOUND,
                    Refusal::Forbidden(_) => StatusCode::FORBIDDEN,
                    Refusal::Replayed(_) => StatusCode::CONFLICT,
                    Refusal::Invalid(_) => StatusCode::BAD_REQUEST,
                };
                Failure(status, r.to_string())
            }
            StorageError::Failed(m) => Failure(StatusCode::INTERNAL_SERVER_ERROR, format!("the server failed: {m}")),
        }
    }
}

fn bad(message: impl Into<String>) -> Failure {
    Failure(StatusCode::BAD_REQUEST, message.into())
}

/// Runs blocking storage work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StorageError> + Send + 'static,
) -> Result<T, Failure> {
    match tokio::task::spawn_blocking(f).await {
        Ok(result) => result.map_err(Failure::from),
        Err(e) => Err(Failure(StatusCode::INTERNAL_SERVER_ERROR, format!("the server failed: {e}"))),
    }
}

fn ok(body: Vec<u8>) -> Response {
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/vnd.plenary.v1")], body).into_response()
}

async fn join(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Bytes,
) -> Result<Response, Failure> {
    if !state.allow(Bucket::Address(peer.ip())) {
        return Err(Failure(StatusCode::TOO_MANY_REQUESTS, "too many join attempts; wait a minute".into()));
    }
    let frame = wire::open(Endpoint::Join, &body).map_err(|e| bad(e.to_string()))?;
    let Sender::Key(key) = frame.sender else { return Err(bad("a join must carry the joining key")) };
    frame.verify(Endpoint::Join, &key).map_err(|e| Failure(StatusCode::UNAUTHORIZED, e.to_string()))?;
    let request: JoinRequest = wire::decode(&decompress(frame.body, MAX_DECOMPRESSED).map_err(|e| bad(e.to_string()))?)
        .map_err(|e| bad(e.to_string()))?;
    if request.invite.len() > 100
        || request.profile.name.len() > 500
        || request.profile.affiliation.len() > 500
        || request.profile.contact.len() > 500
    {
        return Err(bad("the join request's fields are too long"));
    }
    let hlc = frame.hlc;
    let storage = state.storage.clone();
    let joined = blocking(move || {
        storage.advance_clock(&key, hlc)?;
        storage.join(&request.invite, key, &request.profile, now_ms())
    })
    .await?;
    tracing::info!(forum = %joined.forum.id, role = %joined.role, device = %key.short(), "joined");
    let response = JoinResponse {
        forum: joined.forum.id,
        forum_number: joined.forum.number,
        role: joined.role,
        server_key: state.storage.server_key(),
    };
    Ok(ok(compress(&wire::encode(&response))))
}

async fn sync(State(state): State<AppState>, body: Bytes) -> Result<Response, Failure> {
    let frame = wire::open(Endpoint::Sync, &body).map_err(|e| bad(e.to_string()))?;
    let Sender::KeyId(id) = frame.sender else { return Err(bad("a sync request names its key by id")) };
    if !state.allow(Bucket::Key(id)) {
        return Err(Failure(StatusCode::TOO_MANY_REQUESTS, "too many requests from this device; slow down".into()));
    }
    let request: SyncRequest = wire::decode(&decompress(frame.body, MAX_DECOMPRESSED).map_err(|e| bad(e.to_string()))?)
        .map_err(|e| bad(e.to_string()))?;
    let storage = state.storage.clone();
    let number = request.forum;
    let forum = blocking(move || storage.forum_by_number(number))
        .await?
        .ok_or_else(|| Failure(StatusCode::NOT_FOUND, format!("this server hosts no forum number {number}")))?;
    let storage = state.storage.clone();
    let candidates = blocking(move || storage.participant_keys(forum.id, &id)).await?;
    let key: PublicKey = candidates.into_iter().find(|k| frame.verify(Endpoint::Sync, k).is_ok()).ok_or_else(|| {
        Failure(
            StatusCode::UNAUTHORIZED,
            "this device is not a participant of this forum, or the signature does not match".into(),
        )
    })?;
    let records = request.records.unpack(forum.id).map_err(|e| bad(e.to_string()))?;
    let budget = request.budget.clamp(plenary_core::sync::MIN_BUDGET, plenary_core::sync::MAX_BUDGET) as usize;
    let hlc = frame.hlc;
    let storage = state.storage.clone();
    let cursor = request.cursor;
    let response = blocking(move || {
        storage.advance_clock(&key, hlc)?;
        let acks = storage.upload(forum.id, &key, &records)?;
        let (records, cursor, more) = fill(&*storage, forum.id, cursor, &key, budget)?;
        Ok(compress(&wire::encode(&SyncResponse { acks, records, cursor, more })))
    })
    .await?;
    Ok(ok(response))
}

/// The most chunk bytes one blobs response carries.
const MAX_BLOB_RESPONSE: usize = 512 * 1024;

async fn blobs(State(state): State<AppState>, body: Bytes) -> Result<Response, Failure> {
    let frame = wire::open(Endpoint::Blobs, &body).map_err(|e| bad(e.to_string()))?;
    let Sender::KeyId(id) = frame.sender else { return Err(bad("a blobs request names its key by id")) };
    if !state.allow(Bucket::Key(id)) {
        return Err(Failure(StatusCode::TOO_MANY_REQUESTS, "too many requests from this device; slow down".into()));
    }
    let request: BlobsRequest =
        wire::decode(&decompress(frame.body, MAX_DECOMPRESSED).map_err(|e| bad(e.to_string()))?)
            .map_err(|e| bad(e.to_string()))?;
    if request.have.len() + request.get.len() > 10_000 {
        return Err(bad("ask about at most 10,000 chunks at once"));
    }
    let storage = state.storage.clone();
    let number = request.forum;
    let forum = blocking(move || storage.forum_by_number(number))
        .await?
        .ok_or_else(|| Failure(StatusCode::NOT_FOUND, format!("this server hosts no forum number {number}")))?;
    let storage = state.storage.clone();
    let candidates = blocking(move || storage.participant_keys(forum.id, &id)).await?;
    let key: PublicKey =
        candidates.into_iter().find(|k| frame.verify(Endpoint::Blobs, k).is_ok()).ok_or_else(|| {
            Failure(
                StatusCode::UNAUTHORIZED,
                "this device is not a participant of this forum, or the signature does not match".into(),
            )
        })?;
    let hlc = frame.hlc;
    let storage = state.storage.clone();
    let response = blocking(move || {
        storage.advance_clock(&key, hlc)?;
        let mut response = BlobsResponse {
            missing: storage.missing_chunks(&request.have)?,
            stored: Vec::new(),
            refused: Vec::new(),
            chunks: Vec::new(),
        };
        for (hash, data) in &request.put {
            let actual = plenary_proto::keys::hex(&sha2::Sha256::digest(data));
            if actual != *hash {
                response.refused.push((hash.clone(), "the chunk's content does not match its hash".into()));
            } else if data.len() as u64 > plenary_proto::record::CHUNK_BYTES {
                response.refused.push((hash.clone(), "a chunk is at most 64 KiB".into()));
            } else if storage.put_chunk(forum.id, &key, hash, data)? {
                response.stored.push(hash.clone());
            } else {
                response.refused.push((hash.clone(), "no submission of yours in this forum has this chunk".into()));
            }
        }
        let mut size = 0;
        for (hash, data) in storage.get_chunks(forum.id, &key, &request.get)? {
            size += data.len();
            response.chunks.push((hash, data));
            if size >= MAX_BLOB_RESPONSE {
                break;
            }
        }
        Ok(compress(&wire::encode(&response)))
    })
    .await?;
    Ok(ok(response))
}

/// The most log entries one response looks at.
const MAX_ROWS: usize = 512;

/// The records after `cursor` whose compressed batch fits `budget` bytes (at least one, so a
/// record larger than the budget still gets through), the cursor after them, and whether more
/// remain. The reader's own records are passed over: it has them.
///
/// How many records fit is found by compressing: a first guess from their raw size, then each
/// next guess scaled by how far the last compressed size was from the budget, always strictly
/// between the most known to fit and the fewest known not to. It stops once a batch fills most
/// of the budget (a half-full chunk costs the slow link a round trip), so a response is usually
/// two or three compressions.
fn fill(
    storage: &dyn Storage,
    forum: plenary_proto::ForumId,
    cursor: u64,
    reader: &PublicKey,
    budget: usize,
) -> Result<(RecordBatch, u64, bool), StorageError> {
    let page = storage.fetch(forum, cursor, MAX_ROWS)?;
    if page.rows.is_empty() {
        return Ok((RecordBatch::default(), cursor, false));
    }
    let organizer = storage.is_organizer(forum, reader)?;
    // What this reader gets: others' records it may see (TLP AMBER/RED reports and triage go
    // to organizers only). Everything passed over still moves the cursor.
    let sends = |e: &plenary_core::sync::LogEntry| e.record.author != *reader && (organizer || !e.organizers_only);
    let theirs = |n: usize| page.rows[..n].iter().filter(|e| sends(e)).map(|e| &e.record);
    let rows = page.rows.len();
    // First guess: signed records of ordinary text compress to about a third of their raw size.
    let mut raw = 0;
    let mut n = rows;
    for (i, e) in page.rows.iter().enumerate() {
        if sends(e) {
            raw += e.record.payload.len() + 120;
        }
        if raw > budget * 3 && i > 0 {
            n = i;
            break;
        }
    }
    // The most rows known to fit (0: none yet) and the fewest known not to.
    let (mut fit, mut over) = (0, rows + 1);
    let mut fitting = None;
    let mut tries = 0;
    loop {
        let batch = RecordBatch::pack(theirs(n));
        let size = compress(&wire::encode(&batch)).len();
        if size <= budget {
            fit = n;
            fitting = Some(batch);
        } else {
            over = n;
        }
        tries += 1;
        let full = fit == n && (n == rows || size >= budget * 7 / 8);
        if full || over - fit <= 1 || (tries >= 4 && fit > 0) {
            break;
        }
        let scaled = n * (budget * 15 / 16) / size.max(1);
        n = scaled.clamp(fit + 1, over - 1);
    }
    // Nothing fits only when the first record alone is over the budget: it goes alone.
    let n = fit.max(1);
    let batch = fitting.unwrap_or_else(|| RecordBatch::pack(theirs(1)));
    let more = n < rows || page.more;
    Ok((batch, page.rows[n - 1].seq, more))
}
