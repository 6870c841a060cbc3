//! How an article's document is stored: JSON, deflated.
//!
//! Bodies are most of the cache's size, and deflate at its fastest level halves them or
//! better at a small ingest cost (pure Rust, already in the build for HTTP gzip). A
//! version byte in front leaves room to change the encoding without a migration.

use std::io::{Read, Write};

use super::StoreError;
use crate::document::Document;

const V1_DEFLATE_JSON: u8 = 1;

/// Encodes a document for the `bodies` table.
pub fn encode(doc: &Document) -> Result<Vec<u8>, StoreError> {
    let json = serde_json::to_vec(doc).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let mut out = Vec::with_capacity(json.len() / 2 + 16);
    out.push(V1_DEFLATE_JSON);
    let mut enc = flate2::write::DeflateEncoder::new(out, flate2::Compression::fast());
    enc.write_all(&json)
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    enc.finish().map_err(|e| StoreError::Corrupt(e.to_string()))
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
        assert!(decode(&[]).is_err());
    }
}
