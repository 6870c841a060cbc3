//! How an article's document is stored: JSON, compressed with zstd.
//!
//! Bodies are most of the cache's size. Measured on the benchmark corpus, zstd at level
//! 1 made bodies 8% smaller than deflate at its fastest level and took ingest from 3.6 s
//! to 2.8 s (deflate had been a sixth of all ingest CPU); higher zstd levels gained
//! nothing on article text. A version byte in front leaves room to change the encoding
//! without a migration; version 1 (deflate) is still read.

use std::cell::RefCell;
use std::io::Read;

use super::StoreError;
use crate::document::Document;

const V1_DEFLATE_JSON: u8 = 1;
const V2_ZSTD_JSON: u8 = 2;
const ZSTD_LEVEL: i32 = 1;
/// Largest encoded body, checked when writing so that reading never refuses one.
const MAX_BODY: usize = 64 << 20;

/// Encodes a document for the `bodies` table.
pub fn encode(doc: &Document) -> Result<Vec<u8>, StoreError> {
    let json = serde_json::to_vec(doc).map_err(|e| StoreError::Encode(e.to_string()))?;
    if json.len() > MAX_BODY {
        return Err(StoreError::Encode(format!(
            "an article body of {} MiB is larger than the {} MiB stored bodies may be",
            json.len() >> 20,
            MAX_BODY >> 20
        )));
    }
    let compressed =
        compress(&json).map_err(|e| StoreError::Encode(format!("compressing a body: {e}")))?;
    let mut out = Vec::with_capacity(compressed.len() + 5);
    out.push(V2_ZSTD_JSON);
    // The plain length, so decoding allocates once.
    out.extend_from_slice(&u32::try_from(json.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(&compressed);
    Ok(out)
}

thread_local! {
    /// This thread's compression context, kept between bodies.
    static COMPRESSOR: RefCell<Option<zstd::bulk::Compressor<'static>>> =
        const { RefCell::new(None) };
}

/// `json` compressed at [`ZSTD_LEVEL`]. A new zstd context per body allocated and
/// zeroed its tables each time (a megabyte, mapped and unmapped by the allocator):
/// 3 % of a cold refresh's instructions, plus page faults. A refresh prepares bodies on
/// a few pooled threads, so each keeps one context.
fn compress(json: &[u8]) -> std::io::Result<Vec<u8>> {
    COMPRESSOR.with(|cell| {
        let Ok(mut slot) = cell.try_borrow_mut() else {
            return zstd::bulk::compress(json, ZSTD_LEVEL);
        };
        let compressor = match &mut *slot {
            Some(c) => c,
            None => slot.insert(zstd::bulk::Compressor::new(ZSTD_LEVEL)?),
        };
        compressor.compress(json)
    })
}

/// Decodes what [`encode`] wrote.
pub fn decode(blob: &[u8]) -> Result<Document, StoreError> {
    match blob.split_first() {
        Some((&V1_DEFLATE_JSON, rest)) => {
            let mut json = Vec::with_capacity(rest.len() * 3);
            flate2::read::DeflateDecoder::new(rest)
                .read_to_end(&mut json)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            serde_json::from_slice(&json).map_err(|e| StoreError::Corrupt(e.to_string()))
        }
        Some((&V2_ZSTD_JSON, rest)) => {
            let (len, data) = rest
                .split_first_chunk::<4>()
                .ok_or_else(|| StoreError::Corrupt("truncated body".to_owned()))?;
            // A corrupt length must not allocate gigabytes: bodies are capped by the
            // response limit long before this.
            let len = usize::try_from(u32::from_le_bytes(*len))
                .unwrap_or(usize::MAX)
                .min(MAX_BODY);
            let json = zstd::bulk::decompress(data, len)
                .map_err(|e| StoreError::Corrupt(format!("decompressing a body: {e}")))?;
            serde_json::from_slice(&json).map_err(|e| StoreError::Corrupt(e.to_string()))
        }
        Some((v, _)) => Err(StoreError::Corrupt(format!("unknown body encoding {v}"))),
        None => Err(StoreError::Corrupt("empty body".to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let doc = crate::document::from_html("<p>Hello <b>world</b></p><p>Two</p>", None);
        assert_eq!(decode(&encode(&doc).unwrap()).unwrap(), doc);
        assert!(decode(&[9, 1, 2]).is_err());
        assert!(decode(&[V2_ZSTD_JSON, 1]).is_err());
        assert!(decode(&[V2_ZSTD_JSON, 255, 255, 255, 255, 1, 2, 3]).is_err());
        // Version 1 bodies, written by earlier builds, still read.
        let json = serde_json::to_vec(&doc).unwrap();
        let mut enc =
            flate2::write::DeflateEncoder::new(vec![V1_DEFLATE_JSON], flate2::Compression::fast());
        std::io::Write::write_all(&mut enc, &json).unwrap();
        assert_eq!(decode(&enc.finish().unwrap()).unwrap(), doc);
        assert!(decode(&[]).is_err());
    }
}
