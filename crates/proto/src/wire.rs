//! Sync protocol v1: the messages a client and a forum server exchange, and the signed frame
//! that carries them.
//!
//! One sync is one request and one response. The client sends its cursor (the last position in
//! the server's log it has applied) and the records it has not yet sent; the server answers with
//! an acknowledgement per uploaded record, the records after the cursor up to the client's byte
//! budget, the new cursor, and whether more remains. The client applies a response's records and
//! stores its cursor in one transaction, so a dropped connection costs at most one chunk.
//!
//! ## Frame
//! ```text
//! [version: u8 = 1][key id: 8 bytes][hlc: u64 big-endian][body ...][signature: 64 bytes]
//! ```
//! The key id is the first 8 bytes of the sender's public key (join requests carry the whole
//! key instead, as the server does not know it yet). The hlc is the sender's clock: a server
//! accepts from each key only increasing values, which makes every request single-use (a
//! replayed request is refused). The signature covers a domain-separation prefix naming the
//! endpoint, then everything before the signature, so a request cannot be replayed against
//! another endpoint either. The body is a postcard-encoded message, compressed by the caller
//! (zstd in `plenary-core`), which this crate does not do.
//!
//! ## Compatibility rule
//! Version 1 frames and messages never change. Fields are never added to a v1 message: a new
//! field means a new message version, negotiated by the frame's version byte, and a server keeps
//! answering every version it ever spoke. Record payloads evolve on their own terms (see
//! `record`), inside the unchanged `RecordBatch`.

use crate::hlc::Hlc;
use crate::ids::{ForumId, RecordId};
use crate::keys::{DeviceKey, PublicKey};
use crate::record::Record;
use crate::{Role, StakeholderGroup};
use serde::{Deserialize, Serialize};

/// The version byte of frames this crate writes.
pub const VERSION: u8 = 1;
/// A key id: the first bytes of a public key, enough to find the key among a forum's
/// participants.
pub type KeyId = [u8; 8];
/// Bytes a frame adds around its body: version, key id, hlc, signature.
pub const FRAME_OVERHEAD: usize = 1 + 8 + 8 + 64;

/// The key id of a public key.
pub fn key_id(key: &PublicKey) -> KeyId {
    let mut id = [0u8; 8];
    id.copy_from_slice(&key.0[..8]);
    id
}

/// Which endpoint a frame is for; part of what is signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// `POST /v1/sync`.
    Sync,
    /// `POST /v1/join`.
    Join,
    /// `POST /v1/blobs`.
    Blobs,
}

impl Endpoint {
    fn domain(self) -> &'static [u8] {
        match self {
            Endpoint::Sync => b"plenary/request/v1/sync\n",
            Endpoint::Join => b"plenary/request/v1/join\n",
            Endpoint::Blobs => b"plenary/request/v1/blobs\n",
        }
    }
}

/// Why a frame could not be read or checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// Shorter than the smallest frame.
    #[error("the request is truncated: {0} bytes is shorter than any request")]
    Truncated(usize),
    /// A version this side does not speak.
    #[error("protocol version {0} is not supported; this side speaks version 1")]
    Version(u8),
    /// The signature does not match.
    #[error("the request's signature does not match its sender's key")]
    BadSignature,
    /// The body is not a well-formed message.
    #[error("the request's body is malformed: {0}")]
    Malformed(String),
}

/// A frame as read off the wire, before its signature is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame<'a> {
    /// Who claims to have sent it: a key id, or for a join the whole key.
    pub sender: Sender,
    /// The sender's clock: must exceed the last value the receiver saw from this key.
    pub hlc: Hlc,
    /// The (compressed) message.
    pub body: &'a [u8],
    signed: &'a [u8],
    signature: [u8; 64],
}

/// Who claims to have sent a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    /// A participant the server knows, by key id.
    KeyId(KeyId),
    /// A device joining, with its whole key.
    Key(PublicKey),
}

/// Signs `body` into a frame from `key` for `endpoint`.
pub fn seal(key: &DeviceKey, endpoint: Endpoint, hlc: Hlc, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(FRAME_OVERHEAD + 24 + body.len());
    out.push(VERSION);
    match endpoint {
        Endpoint::Join => out.extend_from_slice(&key.public().0),
        Endpoint::Sync | Endpoint::Blobs => out.extend_from_slice(&key_id(&key.public())),
    }
    out.extend_from_slice(&hlc.0.to_be_bytes());
    out.extend_from_slice(body);
    let mut message = endpoint.domain().to_vec();
    message.extend_from_slice(&out);
    out.extend_from_slice(&key.sign(&message));
    out
}

/// Reads a frame for `endpoint` without checking its signature (the receiver first finds the
/// sender's key, then calls [`Frame::verify`]).
pub fn open(endpoint: Endpoint, bytes: &[u8]) -> Result<Frame<'_>, FrameError> {
    let sender_len = if endpoint == Endpoint::Join { 32 } else { 8 };
    let min = 1 + sender_len + 8 + 64;
    if bytes.len() < min {
        return Err(FrameError::Truncated(bytes.len()));
    }
    if bytes[0] != VERSION {
        return Err(FrameError::Version(bytes[0]));
    }
    let (signed, signature) = bytes.split_at(bytes.len() - 64);
    let sender = if endpoint == Endpoint::Join {
        let mut key = [0u8; 32];
        key.copy_from_slice(&signed[1..33]);
        Sender::Key(PublicKey(key))
    } else {
        let mut id = [0u8; 8];
        id.copy_from_slice(&signed[1..9]);
        Sender::KeyId(id)
    };
    let at = 1 + sender_len;
    let mut hlc = [0u8; 8];
    hlc.copy_from_slice(&signed[at..at + 8]);
    let mut sig = [0u8; 64];
    sig.copy_from_slice(signature);
    Ok(Frame { sender, hlc: Hlc(u64::from_be_bytes(hlc)), body: &signed[at + 8..], signed, signature: sig })
}

impl Frame<'_> {
    /// Checks the signature against `key` for `endpoint`.
    pub fn verify(&self, endpoint: Endpoint, key: &PublicKey) -> Result<(), FrameError> {
        let mut message = endpoint.domain().to_vec();
        message.extend_from_slice(self.signed);
        key.verify(&message, &self.signature).map_err(|_| FrameError::BadSignature)
    }
}

/// Records packed for the wire, field by field rather than record by record: ids together,
/// authors listed once each, signatures together. Similar bytes next to each other is what
/// makes the compressed batch small; the signatures, which cannot be compressed, are kept out
/// of the compressor's way. The forum is known from the request and is not repeated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordBatch {
    /// 16 bytes per record.
    ids: Vec<u8>,
    /// The first record's hlc, then each next one's difference from the previous (zigzag).
    hlcs: Vec<i64>,
    /// 32 bytes per distinct author.
    authors: Vec<u8>,
    /// Per record, its author's index in `authors`.
    author_of: Vec<u32>,
    /// Per record, its payload.
    payloads: Vec<Vec<u8>>,
    /// 64 bytes per record.
    signatures: Vec<u8>,
}

impl RecordBatch {
    /// Packs `records` (all of one forum).
    pub fn pack<'a>(records: impl IntoIterator<Item = &'a Record>) -> RecordBatch {
        let mut batch = RecordBatch::default();
        let mut previous = 0i64;
        let mut authors: Vec<PublicKey> = Vec::new();
        for r in records {
            batch.ids.extend_from_slice(r.id.as_bytes());
            let hlc = r.hlc.0 as i64;
            batch.hlcs.push(hlc.wrapping_sub(previous));
            previous = hlc;
            let index = match authors.iter().position(|a| *a == r.author) {
                Some(i) => i,
                None => {
                    authors.push(r.author);
                    batch.authors.extend_from_slice(&r.author.0);
                    authors.len() - 1
                }
            };
            batch.author_of.push(index as u32);
            batch.payloads.push(r.payload.clone());
            batch.signatures.extend_from_slice(&r.signature);
        }
        batch
    }

    /// How many records the batch holds.
    pub fn len(&self) -> usize {
        self.payloads.len()
    }

    /// Whether the batch is empty.
    pub fn is_empty(&self) -> bool {
        self.payloads.is_empty()
    }

    /// Unpacks the records of `forum`. Signatures are not checked here: every record is
    /// verified before it is applied.
    pub fn unpack(&self, forum: ForumId) -> Result<Vec<Record>, FrameError> {
        let n = self.payloads.len();
        let bad = |what: &str| FrameError::Malformed(format!("record batch: {what}"));
        if self.ids.len() != 16 * n || self.signatures.len() != 64 * n || self.hlcs.len() != n {
            return Err(bad("columns of different lengths"));
        }
        if self.author_of.len() != n || !self.authors.len().is_multiple_of(32) {
            return Err(bad("authors do not match the records"));
        }
        let mut out = Vec::with_capacity(n);
        let mut hlc = 0i64;
        for i in 0..n {
            hlc = hlc.wrapping_add(self.hlcs[i]);
            let author = self.author_of[i] as usize;
            let key =
                self.authors.get(32 * author..32 * author + 32).ok_or_else(|| bad("author index out of range"))?;
            let mut id = [0u8; 16];
            id.copy_from_slice(&self.ids[16 * i..16 * i + 16]);
            let mut k = [0u8; 32];
            k.copy_from_slice(key);
            let mut signature = [0u8; 64];
            signature.copy_from_slice(&self.signatures[64 * i..64 * i + 64]);
            out.push(Record {
                id: RecordId::from_bytes(id),
                forum,
                hlc: Hlc(hlc as u64),
                author: PublicKey(k),
                payload: self.payloads[i].clone(),
                signature,
            });
        }
        Ok(out)
    }
}

/// A client's sync request (body of a `Sync` frame).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncRequest {
    /// The forum's number on this server (from the join response).
    pub forum: u32,
    /// The last log position of this forum the client has applied (0 for none).
    pub cursor: u64,
    /// The most bytes of compressed body the client wants back.
    pub budget: u32,
    /// Records the client has not yet sent.
    pub records: RecordBatch,
}

/// What became of one uploaded record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ack {
    /// Stored and applied.
    Accepted,
    /// Already there: nothing changed.
    Duplicate,
    /// Refused, and why.
    Rejected(String),
}

/// A server's answer to a sync request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncResponse {
    /// One per uploaded record, in order.
    pub acks: Vec<Ack>,
    /// Records after the cursor, in log order, up to the budget. The client's own records are
    /// left out: it has them.
    pub records: RecordBatch,
    /// The log position to send next time.
    pub cursor: u64,
    /// Whether more records are waiting after `cursor`.
    pub more: bool,
}

/// What a joining participant tells the server about themselves. It stays on the server and
/// is shown to the forum's organizers only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivateProfile {
    /// Their name.
    pub name: String,
    /// Their organization.
    pub affiliation: String,
    /// How organizers can reach them.
    pub contact: String,
    /// Their stakeholder group.
    pub group: Option<StakeholderGroup>,
    /// Their UN M49 region code.
    pub region: Option<String>,
}

/// A device's request to join a forum (body of a `Join` frame, which carries its whole key).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequest {
    /// The invite code, as printed by `plenary-server invite`.
    pub invite: String,
    /// Who they are, for the organizers.
    pub profile: PrivateProfile,
}

/// The server's answer to a join.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinResponse {
    /// The forum joined.
    pub forum: ForumId,
    /// Its number on this server, for sync requests.
    pub forum_number: u32,
    /// The role the invite gave.
    pub role: Role,
    /// The server's own key, which signs the records admitting participants.
    pub server_key: PublicKey,
}

/// A request about attachment chunks (body of a `Blobs` frame): which the server lacks, chunks
/// to store, chunks to send. Attachments travel apart from records, after them, in chunks a
/// broken link can resume between.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlobsRequest {
    /// The forum's number on this server.
    pub forum: u32,
    /// Chunk hashes (hex SHA-256) to check: the answer lists those the server lacks.
    pub have: Vec<String>,
    /// Chunks to store: hash and content.
    pub put: Vec<(String, Vec<u8>)>,
    /// Chunk hashes to send back.
    pub get: Vec<String>,
}

/// The answer to a [`BlobsRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlobsResponse {
    /// Of the hashes asked about, those the server lacks.
    pub missing: Vec<String>,
    /// Of the chunks put, those stored (or already there).
    pub stored: Vec<String>,
    /// Of the chunks put, those refused, and why.
    pub refused: Vec<(String, String)>,
    /// Of the chunks asked for, those sent (others are unknown or not for this reader).
    pub chunks: Vec<(String, Vec<u8>)>,
}

/// Encodes a message body (before compression).
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    // postcard cannot fail on these plain structures; an empty body would be refused later.
    postcard::to_stdvec(message).unwrap_or_default()
}

/// Decodes a message body (after decompression).
pub fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, FrameError> {
    postcard::from_bytes(bytes).map_err(|e| FrameError::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::SectionId;
    use crate::record::{Body, SectionPut};

    fn records(n: u8) -> Vec<Record> {
        let forum = ForumId::new_v7(1, [1; 10]);
        (0..n)
            .map(|i| {
                let key = DeviceKey::from_seed([i % 3; 32]);
                let body = Body::SectionPut(SectionPut {
                    section: SectionId::new_v7(2, [i; 10]),
                    slug: format!("s{i}"),
                    position: i as u32,
                    title: format!("Section {i}"),
                });
                Record::sign(&key, forum, RecordId::new_v7(10 + i as u64, [i; 10]), Hlc(1000 + 7 * i as u64), &body)
            })
            .collect()
    }

    #[test]
    fn batches_round_trip_with_authors_listed_once() {
        let rs = records(7);
        let batch = RecordBatch::pack(&rs);
        assert_eq!(batch.authors.len(), 3 * 32);
        let bytes = encode(&batch);
        let back: RecordBatch = decode(&bytes).unwrap();
        assert_eq!(back.unpack(rs[0].forum).unwrap(), rs);
    }

    #[test]
    fn a_malformed_batch_is_refused_not_panicked_on() {
        let mut batch = RecordBatch::pack(&records(2));
        batch.author_of[1] = 9;
        assert!(batch.unpack(ForumId::new_v7(1, [1; 10])).is_err());
        let mut batch = RecordBatch::pack(&records(2));
        batch.ids.pop();
        assert!(batch.unpack(ForumId::new_v7(1, [1; 10])).is_err());
    }

    #[test]
    fn frames_verify_only_for_their_endpoint_sender_and_bytes() {
        let key = DeviceKey::from_seed([4; 32]);
        let frame = seal(&key, Endpoint::Sync, Hlc(99), b"body");
        let opened = open(Endpoint::Sync, &frame).unwrap();
        assert_eq!(opened.sender, Sender::KeyId(key_id(&key.public())));
        assert_eq!((opened.hlc, opened.body), (Hlc(99), &b"body"[..]));
        assert_eq!(opened.verify(Endpoint::Sync, &key.public()), Ok(()));
        assert_eq!(opened.verify(Endpoint::Join, &key.public()), Err(FrameError::BadSignature));
        let other = DeviceKey::from_seed([5; 32]).public();
        assert_eq!(opened.verify(Endpoint::Sync, &other), Err(FrameError::BadSignature));
        let mut tampered = frame.clone();
        tampered[18] ^= 1;
        assert_eq!(
            open(Endpoint::Sync, &tampered).unwrap().verify(Endpoint::Sync, &key.public()),
            Err(FrameError::BadSignature)
        );
        assert_eq!(open(Endpoint::Sync, &frame[..40]), Err(FrameError::Truncated(40)));
        let mut future = frame;
        future[0] = 2;
        assert_eq!(open(Endpoint::Sync, &future), Err(FrameError::Version(2)));
    }

    #[test]
    fn a_no_op_sync_request_fits_in_100_bytes_before_compression() {
        let key = DeviceKey::from_seed([4; 32]);
        let request = SyncRequest { forum: 1, cursor: 123_456, budget: 8192, records: RecordBatch::default() };
        let frame = seal(&key, Endpoint::Sync, Hlc(u64::MAX / 2), &encode(&request));
        assert!(frame.len() <= 100, "{} bytes", frame.len());
    }
}
