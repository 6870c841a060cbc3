//! How an article's document is stored: a compact binary form ([`binary`]), compressed
//! with zstd.
//!
//! Bodies are most of the cache's size. Measured on the benchmark corpus, zstd at level
//! 1 made bodies 8% smaller than deflate at its fastest level and took ingest from 3.6 s
//! to 2.8 s (deflate had been a sixth of all ingest CPU); higher zstd levels gained
//! nothing on article text. A version byte in front leaves room to change the encoding
//! without a migration: versions 1 (JSON, deflate) and 2 (JSON, zstd), written by
//! earlier builds, are still read.

use std::cell::RefCell;
use std::io::Read;

use super::StoreError;
use crate::document::Document;

pub mod binary;

const V1_DEFLATE_JSON: u8 = 1;
const V2_ZSTD_JSON: u8 = 2;
const V3_ZSTD_BINARY: u8 = 3;
const ZSTD_LEVEL: i32 = 1;
/// Largest encoded body, checked when writing so that reading never refuses one.
const MAX_BODY: usize = 64 << 20;

/// Encodes a document for the `bodies` table.
pub fn encode(doc: &Document) -> Result<Vec<u8>, StoreError> {
    let mut plain = Vec::with_capacity(4096);
    binary::write(doc, &mut plain);
    if plain.len() > MAX_BODY {
        return Err(StoreError::Encode(format!(
            "an article body of {} MiB is larger than the {} MiB stored bodies may be",
            plain.len() >> 20,
            MAX_BODY >> 20
        )));
    }
    let compressed =
        compress(&plain).map_err(|e| StoreError::Encode(format!("compressing a body: {e}")))?;
    let mut out = Vec::with_capacity(compressed.len() + 5);
    out.push(V3_ZSTD_BINARY);
    // The plain length, so decoding allocates once.
    out.extend_from_slice(&u32::try_from(plain.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(&compressed);
    Ok(out)
}

thread_local! {
    /// This thread's compression context, kept between bodies.
    static COMPRESSOR: RefCell<Option<zstd::bulk::Compressor<'static>>> =
        const { RefCell::new(None) };
}

/// `plain` compressed at [`ZSTD_LEVEL`]. A new zstd context per body allocated and
/// zeroed its tables each time (a megabyte, mapped and unmapped by the allocator):
/// 3 % of a cold refresh's instructions, plus page faults. A refresh prepares bodies on
/// a few pooled threads, so each keeps one context.
fn compress(plain: &[u8]) -> std::io::Result<Vec<u8>> {
    COMPRESSOR.with(|cell| {
        let Ok(mut slot) = cell.try_borrow_mut() else {
            return zstd::bulk::compress(plain, ZSTD_LEVEL);
        };
        let compressor = match &mut *slot {
            Some(c) => c,
            None => slot.insert(zstd::bulk::Compressor::new(ZSTD_LEVEL)?),
        };
        compressor.compress(plain)
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
            let json = decompress(rest)?;
            serde_json::from_slice(&json).map_err(|e| StoreError::Corrupt(e.to_string()))
        }
        Some((&V3_ZSTD_BINARY, rest)) => binary::read(&decompress(rest)?)
            .map_err(|e| StoreError::Corrupt(format!("reading a body: {e}"))),
        Some((v, _)) => Err(StoreError::Corrupt(format!("unknown body encoding {v}"))),
        None => Err(StoreError::Corrupt("empty body".to_owned())),
    }
}

/// The plain bytes of a zstd body: its 4-byte length, then the frame.
fn decompress(rest: &[u8]) -> Result<Vec<u8>, StoreError> {
    let (len, data) = rest
        .split_first_chunk::<4>()
        .ok_or_else(|| StoreError::Corrupt("truncated body".to_owned()))?;
    // A corrupt length must not allocate gigabytes: bodies are capped by the response
    // limit long before this.
    let len = usize::try_from(u32::from_le_bytes(*len))
        .unwrap_or(usize::MAX)
        .min(MAX_BODY);
    zstd::bulk::decompress(data, len)
        .map_err(|e| StoreError::Corrupt(format!("decompressing a body: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, Span, SpanStyle};

    /// A document with every kind of block, nested, styled and linked text, and text
    /// that JSON would escape.
    fn every_kind() -> Document {
        let span = |text: &str, style: SpanStyle, link: Option<u32>| Span {
            text: text.to_owned(),
            style,
            link,
        };
        Document {
            blocks: vec![
                Block::Heading {
                    level: 2,
                    spans: vec![span("Ọ̀ṣun \"quoted\"", SpanStyle::BOLD, None)],
                },
                Block::Paragraph(vec![
                    span("line\nbreak\ttab ", SpanStyle::PLAIN, None),
                    span("a link", SpanStyle::ITALIC.with(SpanStyle::CODE), Some(1)),
                    span("", SpanStyle::PLAIN, Some(300)),
                ]),
                Block::Quote(vec![Block::Quote(vec![Block::Rule])]),
                Block::List {
                    ordered: true,
                    items: vec![
                        vec![Block::Paragraph(vec![span("one", SpanStyle::PLAIN, None)])],
                        vec![Block::List {
                            ordered: false,
                            items: vec![vec![Block::Preformatted("  x = 1;\n".into())]],
                        }],
                    ],
                },
                Block::Image {
                    alt: String::new(),
                    url: "https://example.org/a.jpg".into(),
                },
                Block::Image {
                    alt: "لا alt".into(),
                    url: "https://example.org/b.jpg".into(),
                },
                Block::Paragraph(vec![span(&"long ".repeat(100), SpanStyle::PLAIN, None)]),
            ],
            links: vec![
                "https://example.org/".into(),
                "https://example.org/é".into(),
            ],
        }
    }

    #[test]
    fn round_trip() {
        for doc in [
            every_kind(),
            Document::default(),
            crate::document::from_html("<p>Hello <b>world</b></p><p>Two</p>", None),
        ] {
            let blob = encode(&doc).unwrap();
            assert_eq!(blob[0], V3_ZSTD_BINARY);
            assert_eq!(decode(&blob).unwrap(), doc);
        }
        assert!(decode(&[9, 1, 2]).is_err());
        assert!(decode(&[V3_ZSTD_BINARY, 1]).is_err());
        assert!(decode(&[V3_ZSTD_BINARY, 255, 255, 255, 255, 1, 2, 3]).is_err());
        assert!(decode(&[]).is_err());
    }

    #[test]
    fn bodies_written_by_earlier_builds_still_read() {
        let doc = every_kind();
        let json = serde_json::to_vec(&doc).unwrap();
        // Version 1: JSON, deflate.
        let mut enc =
            flate2::write::DeflateEncoder::new(vec![V1_DEFLATE_JSON], flate2::Compression::fast());
        std::io::Write::write_all(&mut enc, &json).unwrap();
        assert_eq!(decode(&enc.finish().unwrap()).unwrap(), doc);
        // Version 2: JSON, zstd, after its plain length.
        let mut v2 = vec![V2_ZSTD_JSON];
        v2.extend_from_slice(&u32::try_from(json.len()).unwrap().to_le_bytes());
        v2.extend_from_slice(&zstd::bulk::compress(&json, 1).unwrap());
        assert_eq!(decode(&v2).unwrap(), doc);
        assert!(decode(&[V2_ZSTD_JSON, 1]).is_err());
    }

    /// A damaged body is an error, never a panic, a hang or a huge allocation: every
    /// truncation and thousands of random changes of a real one.
    #[test]
    fn damaged_bodies_are_errors() {
        let mut plain = Vec::new();
        binary::write(&every_kind(), &mut plain);
        for len in 0..plain.len() {
            assert!(binary::read(&plain[..len]).is_err(), "cut at {len}");
        }
        let mut longer = plain.clone();
        longer.push(0);
        assert_eq!(binary::read(&longer), Err(binary::ReadError::Trailing));
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..20_000 {
            let mut bytes = plain.clone();
            for _ in 0..rng.usize(1..4) {
                let i = rng.usize(..bytes.len());
                bytes[i] = rng.u8(..);
            }
            // Ok when the change happened to leave a valid document, which must then
            // survive being written and read again.
            if let Ok(doc) = binary::read(&bytes) {
                let mut again = Vec::new();
                binary::write(&doc, &mut again);
                assert_eq!(binary::read(&again), Ok(doc));
            }
        }
        // A count of 2^63 blocks, and blocks nested past the bound.
        let huge = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
        assert_eq!(binary::read(&huge), Err(binary::ReadError::BadCount));
        let mut deep = Vec::new();
        for _ in 0..1000 {
            deep.extend_from_slice(&[1, 2]);
        }
        assert_eq!(binary::read(&deep), Err(binary::ReadError::TooDeep));
        // Not UTF-8.
        assert_eq!(
            binary::read(&[1, 4, 1, 0xff, 0, 0, 0]),
            Err(binary::ReadError::NotUtf8)
        );
        // The whole blob: damaged zstd frames are errors too.
        let blob = encode(&every_kind()).unwrap();
        for _ in 0..2_000 {
            let mut bytes = blob.clone();
            let i = rng.usize(..bytes.len());
            bytes[i] ^= 1 << rng.u8(..8);
            let _ = decode(&bytes);
        }
    }
}
