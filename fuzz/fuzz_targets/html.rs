//! Fuzzes HTML → document → wrapped lines at several widths, and the document's stored
//! form: it must read back as the same document.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else { return };
    let base = url::Url::parse("https://example.org/a/b").ok();
    let doc = ddm_reader::document::from_html(html, base.as_ref());
    let stored = ddm_reader::store::codec::encode(&doc).expect("a document under the cap encodes");
    assert_eq!(ddm_reader::store::codec::decode(&stored).ok().as_ref(), Some(&doc));
    let text = doc.plain_text();
    assert!(!text.chars().any(ddm_reader::sanitize::is_unsafe));
    for width in [1, 7, 40, 80] {
        let out = doc.to_ansi(width, false);
        assert!(!out.chars().any(ddm_reader::sanitize::is_unsafe));
    }
});
