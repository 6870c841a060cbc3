//! Every input the fuzzer (`fuzz/`) ever crashed on, kept so the bug stays fixed: each
//! must go through parse → normalise → sanitise without a panic, and nothing terminal-
//! unsafe may come out. Add new crash files to `tests/fuzz-regressions/` as they are
//! found and fixed.

use ddm_reader::sanitize::is_unsafe;

#[test]
fn every_past_fuzz_crash_is_handled() {
    let dir = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fuzz-regressions"
    ));
    let base = url::Url::parse("https://example.org/feed/").unwrap();
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        seen += 1;
        // An error is fine (the input is hostile); a panic or unsafe output is not.
        if let Ok(feed) = ddm_reader::feed::process(bytes, None, &base, 1 << 20) {
            for a in &feed.articles {
                let printed = a.document.to_ansi(40, false);
                for s in [&a.title, &a.text, &printed] {
                    assert!(!s.chars().any(is_unsafe), "{}: {s:?}", path.display());
                }
            }
        }
    }
    assert!(seen > 0, "no regression inputs found in {}", dir.display());
}
