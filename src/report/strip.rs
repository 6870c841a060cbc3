//! Removing metadata from photos before they leave the machine: Exif (GPS location,
//! camera, time), XMP, IPTC and comments from JPEG; eXIf and text chunks from PNG.
//!
//! Hand-written over the file formats (no image decoding): the picture's bytes are copied
//! unchanged, only metadata segments or chunks are left out. Both strippers keep a short
//! list of segments known to carry no personal data (JPEG: JFIF, ICC colour profile,
//! Adobe colour transform, tables, frames and scans; PNG: critical chunks and colour,
//! transparency and animation chunks) and drop everything else, so metadata in a
//! vendor's own segment goes too. Anything after the end of the image (a second,
//! multi-picture image with its own Exif) is dropped. A photo taken sideways may show
//! sideways, since its orientation was in the Exif block.

/// An image format whose metadata can be removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// JPEG (JFIF or Exif).
    Jpeg,
    /// PNG.
    Png,
}

/// Why a file that looks like a JPEG or PNG could not be cleaned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid {kind}: {what} at byte {offset}")]
pub struct StripError {
    /// "JPEG" or "PNG".
    pub kind: &'static str,
    /// What was wrong.
    pub what: &'static str,
    /// Where in the file.
    pub offset: usize,
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The kind of image `data` holds, by its first bytes.
pub fn sniff(data: &[u8]) -> Option<ImageKind> {
    if data.starts_with(&[0xff, 0xd8, 0xff]) {
        Some(ImageKind::Jpeg)
    } else if data.starts_with(PNG_SIGNATURE) {
        Some(ImageKind::Png)
    } else {
        None
    }
}

/// `data` without its metadata if it is a JPEG or PNG; `Ok(None)` for any other file.
pub fn strip_metadata(data: &[u8]) -> Result<Option<Vec<u8>>, StripError> {
    match sniff(data) {
        Some(ImageKind::Jpeg) => strip_jpeg(data).map(Some),
        Some(ImageKind::Png) => strip_png(data).map(Some),
        None => Ok(None),
    }
}

/// A JPEG with only the segments that carry no metadata.
pub fn strip_jpeg(data: &[u8]) -> Result<Vec<u8>, StripError> {
    let bad = |what, offset| StripError {
        kind: "JPEG",
        what,
        offset,
    };
    if !data.starts_with(&[0xff, 0xd8]) {
        return Err(bad("no start-of-image marker", 0));
    }
    let mut out = Vec::with_capacity(data.len());
    out.extend_from_slice(&[0xff, 0xd8]);
    let mut i = 2;
    loop {
        if data.get(i) != Some(&0xff) {
            return Err(bad("expected a marker", i));
        }
        // Any number of 0xFF fill bytes may precede a marker.
        while data.get(i) == Some(&0xff) {
            i += 1;
        }
        let Some(&marker) = data.get(i) else {
            return Err(bad("file ends inside a marker", i));
        };
        i += 1;
        match marker {
            0xd9 => {
                out.extend_from_slice(&[0xff, 0xd9]);
                return Ok(out);
            }
            0xd8 | 0x00 => return Err(bad("unexpected marker", i - 1)),
            0x01 | 0xd0..=0xd7 => {
                out.extend_from_slice(&[0xff, marker]);
                continue;
            }
            _ => {}
        }
        let Some(len) = data
            .get(i..i + 2)
            .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
        else {
            return Err(bad("file ends inside a segment length", i));
        };
        let end = i + len;
        if len < 2 || end > data.len() {
            return Err(bad("segment runs past the end of the file", i));
        }
        let payload = &data[i + 2..end];
        if keep_jpeg_segment(marker, payload) {
            out.extend_from_slice(&[0xff, marker]);
            out.extend_from_slice(&data[i..end]);
        }
        i = end;
        if marker == 0xda {
            // Entropy-coded data follows the scan header up to the next marker that is
            // not a stuffed 0xFF00 or a restart marker.
            let scan_end = scan_end(data, i);
            out.extend_from_slice(&data[i..scan_end]);
            if scan_end == data.len() {
                // A truncated file with no end-of-image marker: keep what there is.
                return Ok(out);
            }
            i = scan_end;
        }
    }
}

/// Whether a JPEG segment is kept: JFIF, ICC profile, Adobe, and every non-APP segment
/// (tables, frame and scan headers) except comments.
fn keep_jpeg_segment(marker: u8, payload: &[u8]) -> bool {
    match marker {
        0xe2 => payload.starts_with(b"ICC_PROFILE\0"),
        // Every other APPn but APP0 (JFIF) and APP14 (Adobe) goes, and so do comments.
        0xe1 | 0xe3..=0xed | 0xef | 0xfe => false,
        _ => true,
    }
}

/// Where the entropy-coded data starting at `from` ends: the next real marker.
fn scan_end(data: &[u8], from: usize) -> usize {
    let mut j = from;
    while j < data.len() {
        if data[j] == 0xff {
            match data.get(j + 1) {
                Some(0x00 | 0xd0..=0xd7 | 0xff) => j += 1,
                Some(_) => return j,
                None => return data.len(),
            }
        }
        j += 1;
    }
    data.len()
}

/// Ancillary PNG chunks that carry no personal data and are kept.
const PNG_KEPT: &[&[u8; 4]] = &[
    b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"pHYs", b"bKGD", b"hIST", b"sPLT",
    b"cICP", b"mDCV", b"cLLI", b"acTL", b"fcTL", b"fdAT",
];

/// A PNG with only its critical chunks and the colour, transparency and animation ones.
pub fn strip_png(data: &[u8]) -> Result<Vec<u8>, StripError> {
    let bad = |what, offset| StripError {
        kind: "PNG",
        what,
        offset,
    };
    if !data.starts_with(PNG_SIGNATURE) {
        return Err(bad("no PNG signature", 0));
    }
    let mut out = Vec::with_capacity(data.len());
    out.extend_from_slice(PNG_SIGNATURE);
    let mut i = PNG_SIGNATURE.len();
    loop {
        let Some(head) = data.get(i..i + 8) else {
            return Err(bad("file ends before the IEND chunk", i));
        };
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = [head[4], head[5], head[6], head[7]];
        let end = i
            .checked_add(12)
            .and_then(|n| n.checked_add(len))
            .filter(|&e| e <= data.len())
            .ok_or_else(|| bad("chunk runs past the end of the file", i))?;
        // Critical chunks (upper-case first letter) are the image; they always stay.
        if kind[0].is_ascii_uppercase() || PNG_KEPT.contains(&&kind) {
            out.extend_from_slice(&data[i..end]);
        }
        i = end;
        if &kind == b"IEND" {
            return Ok(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::test_images::{self as images, contains};

    #[test]
    fn jpeg_loses_gps_exif_xmp_iptc_and_comment_and_keeps_the_image() {
        let photo = images::jpeg_with_gps();
        assert!(contains(&photo, &images::gps_latitude_bytes()));
        let clean = strip_jpeg(&photo).unwrap();
        assert_eq!(clean, images::jpeg_stripped());
        for gone in [
            &images::gps_latitude_bytes()[..],
            b"Exif\0\0",
            images::CAMERA_MAKE,
            b"GPSLatitude",
            b"Photoshop 3.0",
            b"Istanbul",
            b"Taksim",
        ] {
            assert!(
                !contains(&clean, gone),
                "{:?} survived",
                String::from_utf8_lossy(gone)
            );
        }
        assert!(contains(&clean, &images::jpeg_image_part()));
        assert_eq!(strip_metadata(&photo).unwrap(), Some(clean.clone()));
        // Stripping twice changes nothing more.
        assert_eq!(strip_jpeg(&clean).unwrap(), clean);
    }

    #[test]
    fn jpeg_scan_data_is_copied_exactly() {
        let mut j = vec![0xff, 0xd8];
        j.extend([0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0]);
        let scan = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xff];
        j.extend(scan);
        j.extend([0xff, 0xe1, 0, 4, b'x', b'y']);
        j.extend([0xff, 0xd9]);
        let clean = strip_jpeg(&j).unwrap();
        let mut want = j[..12].to_vec();
        want.extend(scan);
        want.extend([0xff, 0xd9]);
        assert_eq!(clean, want);
    }

    #[test]
    fn icc_profiles_are_kept_and_other_app2_dropped() {
        let mut j = vec![0xff, 0xd8];
        j.extend([0xff, 0xe2, 0, 16]);
        j.extend(b"ICC_PROFILE\0\x01\x01");
        j.extend([0xff, 0xe2, 0, 8]);
        j.extend(b"MPF\0II");
        j.extend([0xff, 0xd9]);
        let clean = strip_jpeg(&j).unwrap();
        assert!(contains(&clean, b"ICC_PROFILE"));
        assert!(!contains(&clean, b"MPF"));
    }

    #[test]
    fn broken_jpegs_are_errors_with_a_place() {
        let photo = images::jpeg_with_gps();
        let e = strip_jpeg(&photo[..30]).unwrap_err();
        assert_eq!(e.kind, "JPEG");
        assert!(e.to_string().starts_with("not a valid JPEG: "), "{e}");
        assert!(strip_jpeg(b"\xff\xd8garbage").is_err());
        assert!(strip_jpeg(b"GIF89a").is_err());
        // A file cut inside the scan keeps what it has.
        let cut = &images::jpeg_stripped()[..images::jpeg_stripped().len() - 2];
        assert_eq!(strip_jpeg(cut).unwrap(), cut);
    }

    #[test]
    fn png_loses_exif_and_text_and_keeps_the_image() {
        let photo = images::png_with_gps();
        assert!(contains(&photo, &images::gps_latitude_bytes()));
        let clean = strip_png(&photo).unwrap();
        assert_eq!(clean, images::png_stripped());
        for gone in [&b"eXIf"[..], b"tEXt", b"zTXt", b"iTXt", b"tIME", b"Taksim"] {
            assert!(!contains(&clean, gone));
        }
        assert_eq!(strip_metadata(&photo).unwrap(), Some(clean));
    }

    #[test]
    fn broken_pngs_and_other_files() {
        let photo = images::png_with_gps();
        assert!(strip_png(&photo[..40]).is_err());
        let mut huge = photo[..8].to_vec();
        huge.extend(u32::MAX.to_be_bytes());
        huge.extend(b"IDAT");
        assert!(strip_png(&huge).is_err());
        assert_eq!(strip_metadata(b"%PDF-1.7").unwrap(), None);
        assert_eq!(sniff(&images::jpeg_with_gps()), Some(ImageKind::Jpeg));
    }
}
