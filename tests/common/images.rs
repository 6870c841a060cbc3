//! Photos built byte by byte that carry location metadata, for the metadata-stripping
//! tests: a real (decodable) 8×8 grey JPEG with an Exif block holding GPS coordinates,
//! XMP, IPTC and a comment, and a 1×1 PNG with eXIf and text chunks.
//!
//! Also compiled into the unit tests of `src/report/strip.rs` (with `#[path]`), so both
//! test the same bytes. Uses only `std` and `flate2`.
#![allow(dead_code)]

/// The latitude as stored in the Exif GPS block: 41/1, 0/1, 1234/100 (little-endian
/// rationals). Its bytes must not survive stripping.
pub const GPS_LATITUDE: [u32; 6] = [41, 1, 0, 1, 1234, 100];
/// The longitude, likewise: 28/1, 58/1, 4321/100.
pub const GPS_LONGITUDE: [u32; 6] = [28, 1, 58, 1, 4321, 100];
/// The camera make in the Exif block.
pub const CAMERA_MAKE: &[u8] = b"DDMcam\0";

/// The little-endian bytes of the GPS latitude, to search for in a file.
pub fn gps_latitude_bytes() -> Vec<u8> {
    GPS_LATITUDE.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// A TIFF structure (the body of an Exif block) with IFD0 (`Make`, `GPSInfo` pointer) and a
/// GPS IFD with latitude and longitude, little-endian.
pub fn exif_tiff() -> Vec<u8> {
    const ASCII: u16 = 2;
    const LONG: u16 = 4;
    const RATIONAL: u16 = 5;
    let ifd0_at = 8u32;
    let ifd0_len = 2 + 2 * 12 + 4;
    let gps_at = ifd0_at + ifd0_len;
    let gps_len = 2 + 4 * 12 + 4;
    let make_at = gps_at + gps_len;
    let lat_at = make_at + 8;
    let lon_at = lat_at + 24;
    let mut t = b"II*\0".to_vec();
    t.extend(ifd0_at.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        t.extend(tag.to_le_bytes());
        t.extend(kind.to_le_bytes());
        t.extend(count.to_le_bytes());
        t.extend(value);
    };
    t.extend(2u16.to_le_bytes());
    entry(&mut t, 0x010f, ASCII, 7, make_at.to_le_bytes());
    entry(&mut t, 0x8825, LONG, 1, gps_at.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    t.extend(4u16.to_le_bytes());
    entry(&mut t, 0x0001, ASCII, 2, *b"N\0\0\0");
    entry(&mut t, 0x0002, RATIONAL, 3, lat_at.to_le_bytes());
    entry(&mut t, 0x0003, ASCII, 2, *b"E\0\0\0");
    entry(&mut t, 0x0004, RATIONAL, 3, lon_at.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    t.extend(CAMERA_MAKE);
    t.push(0);
    for v in GPS_LATITUDE.iter().chain(GPS_LONGITUDE.iter()) {
        t.extend(v.to_le_bytes());
    }
    assert_eq!(t.len(), lon_at as usize + 24);
    t
}

fn jpeg_segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let len = u16::try_from(payload.len() + 2).expect("segment fits");
    let mut s = vec![0xff, marker];
    s.extend(len.to_be_bytes());
    s.extend(payload);
    s
}

/// The APP0 JFIF segment, which stripping keeps.
pub fn jpeg_app0() -> Vec<u8> {
    jpeg_segment(0xe0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0")
}

/// The image itself, from the quantisation table to the end of the scan (before EOI):
/// one 8×8 grey block, Huffman-coded with one-code tables, so any decoder shows it.
pub fn jpeg_image_part() -> Vec<u8> {
    let mut dqt = vec![0u8];
    dqt.extend([1u8; 64]);
    let mut out = jpeg_segment(0xdb, &dqt);
    out.extend(jpeg_segment(0xc0, &[8, 0, 8, 0, 8, 1, 1, 0x11, 0]));
    let mut one_code = [0u8; 17];
    one_code[1] = 1; // one code of length 1 ...
    let mut dc = vec![0x00];
    dc.extend(&one_code[1..]);
    dc.push(0x00); // ... for DC category 0
    out.extend(jpeg_segment(0xc4, &dc));
    let mut ac = vec![0x10];
    ac.extend(&one_code[1..]);
    ac.push(0x00); // ... and for AC end-of-block
    out.extend(jpeg_segment(0xc4, &ac));
    out.extend(jpeg_segment(0xda, &[1, 1, 0x00, 0, 63, 0]));
    // DC code `0`, EOB code `0`, padded with ones.
    out.push(0b0011_1111);
    out
}

/// A real JPEG with GPS coordinates in Exif, XMP, an IPTC block, a comment, and a
/// trailing second image after EOI (as multi-picture files have).
pub fn jpeg_with_gps() -> Vec<u8> {
    let mut j = vec![0xff, 0xd8];
    j.extend(jpeg_app0());
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend(exif_tiff());
    j.extend(jpeg_segment(0xe1, &exif));
    j.extend(jpeg_segment(
        0xe1,
        b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description \
          exif:GPSLatitude=\"41,0.2N\" exif:GPSLongitude=\"28,58.7E\"/></x:xmpmeta>",
    ));
    j.extend(jpeg_segment(
        0xed,
        b"Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x0c\x1c\x02\x5a\0\x08Istanbul",
    ));
    j.extend(jpeg_segment(0xfe, b"taken at Taksim square"));
    j.extend(jpeg_image_part());
    j.extend([0xff, 0xd9]);
    // A second picture after the end of the first, with its own Exif.
    j.extend([0xff, 0xd8]);
    j.extend(jpeg_segment(0xe1, &exif));
    j.extend([0xff, 0xd9]);
    j
}

/// What stripping [`jpeg_with_gps`] must give: SOI, APP0, the image, EOI.
pub fn jpeg_stripped() -> Vec<u8> {
    let mut j = vec![0xff, 0xd8];
    j.extend(jpeg_app0());
    j.extend(jpeg_image_part());
    j.extend([0xff, 0xd9]);
    j
}

/// One PNG chunk with its length and CRC.
pub fn png_chunk(kind: [u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = u32::try_from(data.len())
        .expect("chunk fits")
        .to_be_bytes()
        .to_vec();
    c.extend(kind);
    c.extend(data);
    let mut crc = flate2::Crc::new();
    crc.update(&kind);
    crc.update(data);
    c.extend(crc.sum().to_be_bytes());
    c
}

fn png_image_chunks() -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    use std::io::Write as _;
    let ihdr = png_chunk(*b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&[0, 0x80]).expect("compress");
    let idat = png_chunk(*b"IDAT", &z.finish().expect("compress"));
    let iend = png_chunk(*b"IEND", &[]);
    (ihdr, idat, iend)
}

/// A 1×1 grey PNG with eXIf (GPS), tEXt, zTXt, iTXt and tIME chunks, and a gamma chunk
/// that stripping keeps.
pub fn png_with_gps() -> Vec<u8> {
    let (ihdr, idat, iend) = png_image_chunks();
    let mut p = b"\x89PNG\r\n\x1a\n".to_vec();
    p.extend(ihdr);
    p.extend(png_chunk(*b"gAMA", &45455u32.to_be_bytes()));
    p.extend(png_chunk(*b"eXIf", &exif_tiff()));
    p.extend(png_chunk(*b"tEXt", b"Comment\0taken at Taksim square"));
    p.extend(png_chunk(*b"zTXt", b"Author\0\0x\x9c\x03\0\0\0\0\x01"));
    p.extend(png_chunk(
        *b"iTXt",
        b"XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>",
    ));
    p.extend(png_chunk(*b"tIME", &[7, 233, 5, 15, 12, 0, 0]));
    p.extend(idat);
    p.extend(iend);
    p.extend(b"trailing junk");
    p
}

/// What stripping [`png_with_gps`] must give.
pub fn png_stripped() -> Vec<u8> {
    let (ihdr, idat, iend) = png_image_chunks();
    let mut p = b"\x89PNG\r\n\x1a\n".to_vec();
    p.extend(ihdr);
    p.extend(png_chunk(*b"gAMA", &45455u32.to_be_bytes()));
    p.extend(idat);
    p.extend(iend);
    p
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
