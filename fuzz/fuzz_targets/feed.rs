//! Fuzzes the whole ingest path: bytes → decode → parse → normalise → sanitise, and the
//! document's plain text and printed forms. Any panic is a bug; so is any terminal
//! control character that survives into what would be stored or shown.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(base) = url::Url::parse("https://example.org/feed/") else { return };
    let Ok(feed) = ddm_reader::feed::process(data, None, &base, 1 << 20) else { return };
    let unsafe_in = |s: &str| s.chars().any(ddm_reader::sanitize::is_unsafe);
    for a in &feed.articles {
        assert!(!unsafe_in(&a.title), "title {:?}", a.title);
        assert!(!unsafe_in(&a.key), "key {:?}", a.key);
        assert!(!a.author.as_deref().is_some_and(unsafe_in));
        assert!(!a.url.as_deref().is_some_and(unsafe_in));
        assert!(!a.image_url.as_deref().is_some_and(unsafe_in));
        assert!(!a.categories.iter().any(|c| unsafe_in(c)));
        assert!(!unsafe_in(&a.text));
        assert_eq!(a.text, a.document.plain_text());
        assert!(!unsafe_in(&a.document.to_ansi(40, false)));
    }
    assert!(!feed.title.as_deref().is_some_and(unsafe_in));
});
