//! Compression of sync message bodies (zstd), shared by the client here and the forum server,
//! with limits so a small hostile body cannot expand into a large one.

use crate::Error;
use std::io::Read;

/// The compression level: sync bodies are small and links are slow, so spend the CPU.
const LEVEL: i32 = 19;

/// The most bytes a compressed body may expand to.
pub const MAX_DECOMPRESSED: usize = 4 * 1024 * 1024;

/// The first byte of a body: how the rest is stored.
const RAW: u8 = 0;
const ZSTD: u8 = 1;

/// Compresses a message body. A body too small to gain from compression (a sync with nothing
/// new is a dozen bytes; a zstd frame alone is about ten) is sent as it is.
pub fn compress(body: &[u8]) -> Vec<u8> {
    // Compressing from memory into memory cannot fail at a fixed level.
    let packed = zstd::bulk::compress(body, LEVEL).unwrap_or_default();
    let (tag, bytes) = if !packed.is_empty() && packed.len() < body.len() { (ZSTD, &packed[..]) } else { (RAW, body) };
    let mut out = Vec::with_capacity(bytes.len() + 1);
    out.push(tag);
    out.extend_from_slice(bytes);
    out
}

/// Decompresses a message body, refusing anything that would exceed `limit` bytes.
pub fn decompress(bytes: &[u8], limit: usize) -> Result<Vec<u8>, Error> {
    let (tag, bytes) = bytes.split_first().ok_or_else(|| Error::Protocol("the body is empty".into()))?;
    match *tag {
        RAW if bytes.len() <= limit => return Ok(bytes.to_vec()),
        RAW => return Err(Error::Protocol(format!("the body is larger than {limit} bytes"))),
        ZSTD => {}
        other => return Err(Error::Protocol(format!("unknown body encoding {other}; expected zstd"))),
    }
    let mut decoder = zstd::stream::read::Decoder::new(bytes).map_err(|e| Error::Protocol(e.to_string()))?;
    let mut out = Vec::new();
    let read = (&mut decoder)
        .take(limit as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| Error::Protocol(format!("the body is not valid zstd: {e}")))?;
    if read > limit {
        return Err(Error::Protocol(format!("the body expands to more than {limit} bytes")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_bombs_and_garbage() {
        let body = b"plenary ".repeat(100);
        assert_eq!(decompress(&compress(&body), 1000).unwrap(), body);
        let bomb = compress(&vec![0u8; 10_000_000]);
        assert!(bomb.len() < 2_000);
        assert!(decompress(&bomb, MAX_DECOMPRESSED).is_err());
        assert!(decompress(b"\x01not zstd at all", 1000).is_err());
        assert!(decompress(b"\x07what is this", 1000).is_err());
        assert!(decompress(b"", 1000).is_err());
        assert!(decompress(&compress(&body)[..10], 1000).is_err());
        // Tiny bodies travel as they are.
        assert_eq!(compress(b"tiny"), b"\x00tiny");
        assert_eq!(decompress(&compress(b"tiny"), 10).unwrap(), b"tiny");
    }
}
