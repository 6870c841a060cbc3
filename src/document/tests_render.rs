//! Tests of layout, ANSI output, hostile input and random input.

use url::Url;

use crate::width::display_width;

use super::*;
use crate::sanitize::is_unsafe;

fn lines(html: &str, width: usize) -> Vec<String> {
    from_html(html, None)
        .render_lines(width)
        .iter()
        .map(Line::text)
        .collect()
}

/// Removes the SGR sequences `to_ansi` itself writes: ESC `[` digits/`;` `m`.
fn strip_sgr(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\x1b[") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let end = after.find(|c: char| !(c.is_ascii_digit() || c == ';'));
        match end {
            Some(e) if after[e..].starts_with('m') => rest = &after[e + 1..],
            // Not ours: keep the ESC so the caller's check catches it.
            _ => {
                out.push('\x1b');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every invariant the renderer promises, checked on one document at one width.
fn check_invariants(d: &Document, width: usize) {
    let plain = d.plain_text();
    assert_eq!(plain.chars().count(), d.text_len_chars());
    assert!(
        !plain.chars().any(is_unsafe),
        "unsafe char in plain text {plain:?}"
    );
    let chars: Vec<char> = plain.chars().collect();
    for line in d.render_lines(width) {
        let text = line.text();
        // As the screen counts: unicode-width's string width counts lam + alef once.
        assert!(
            display_width(&text) <= width.max(MIN_WIDTH),
            "{} > {width}: {text:?}",
            display_width(&text)
        );
        assert!(!text.chars().any(|c| is_unsafe(c) || c == '\n'), "{text:?}");
        for piece in &line.pieces {
            if let Some(r) = &piece.source {
                let src: String = chars.get(r.clone()).unwrap_or_default().iter().collect();
                assert_eq!(src, piece.text, "source {r:?} of {piece:?}");
            }
        }
    }
    assert!(!d.to_ansi(width, false).chars().any(is_unsafe));
    let colored = d.to_ansi(width, true);
    assert!(!strip_sgr(&colored).chars().any(is_unsafe));
    // Every line ends unstyled: its last escape sequence is a reset.
    for line in colored.lines() {
        if let Some(i) = line.rfind('\x1b') {
            assert!(
                line[i..].starts_with("\x1b[0m"),
                "style not reset: {line:?}"
            );
        }
    }
}

#[test]
fn arabic_lam_alef_lines_fit_and_lose_no_word() {
    let words = "الاستقلال والسلام لا يزالان أولوية للإسلام في الإمارات ولاغوس";
    let html = format!("<p>{}</p>", [words; 6].join(" "));
    for width in [20, 40, 80] {
        let got = lines(&html, width);
        for line in &got {
            assert!(
                display_width(line) <= width,
                "{} > {width}: {line}",
                display_width(line)
            );
        }
        let back: Vec<&str> = got.iter().flat_map(|l| l.split_whitespace()).collect();
        let joined = [words; 6].join(" ");
        let want: Vec<&str> = joined.split_whitespace().collect();
        assert_eq!(back, want);
    }
}

#[test]
fn paragraphs_wrap_at_spaces_with_blank_lines_between_blocks() {
    let got = lines(
        "<h1>A heading</h1><p>the quick brown fox jumps over the lazy dog</p>",
        20,
    );
    assert_eq!(
        got,
        [
            "A heading",
            "",
            "the quick brown fox",
            "jumps over the lazy",
            "dog"
        ]
    );
}

#[test]
fn quotes_lists_and_hanging_indent() {
    let html = "<blockquote><p>quoted text that wraps</p><p>two</p></blockquote>\
                <ul><li>first item that wraps around<ul><li>inner</li></ul></li><li>b</li></ul>\
                <ol><li>one</li><li>two</li></ol>";
    let expected = [
        "│ quoted text that",
        "│ wraps",
        "│",
        "│ two",
        "",
        "• first item that",
        "  wraps around",
        "  ◦ inner",
        "• b",
        "",
        "1. one",
        "2. two",
    ];
    assert_eq!(lines(html, 20), expected);
}

#[test]
fn link_markers_images_rule_and_links_section() {
    let html = "<p>Read <a href='https://a.com/x'>this</a>, then <a href='https://a.com/x'>that</a>\
                </p><img src='https://e.com/i.png' alt='A cat'><hr><pre>a  b</pre>";
    let expected = [
        "Read this[1], then",
        "that[1]",
        "",
        "[image: A cat]",
        "https://e.com/i.png",
        "",
        &"─".repeat(20),
        "",
        "a  b",
        "",
        "Links:",
        "[1] https://a.com/x",
    ];
    assert_eq!(lines(html, 20), expected);
}

#[test]
fn long_words_urls_and_pre_lines_are_broken() {
    let long = "x".repeat(45);
    let html = format!("<p>a {long}</p><pre>{long}</pre><a href='https://e.com/{long}'>l</a>");
    let got = lines(&html, 20);
    assert_eq!(got[..4], ["a", &long[..20], &long[20..40], &long[40..]]);
    assert!(got.iter().all(|l| display_width(l) <= 20));
    let tail = [
        "[1] https://e.com/xx",
        "    xxxxxxxxxxxxxxxx",
        "    xxxxxxxxxxxxxxxx",
    ];
    assert_eq!(got[got.len() - 4..got.len() - 1], tail);
    assert_eq!(got.last().map(String::as_str), Some("    xxxxxxxxxxx"));
}

#[test]
fn wide_text_never_exceeds_the_width() {
    let html = "<h2>東京都の天気予報、明日は晴れのち曇り。東京都の天気予報</h2>\
        <p>emoji 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 ❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️ e\u{301}e\u{301} \
        👨\u{200d}👩\u{200d}👧 한국어 텍스트입니다한국어텍스트입니다한국어텍스트입니다 \
        <a href='https://a.com/'>東京東京東京東京東京東京東京東京東京東京東京東京</a></p>\
        <blockquote><ul><li><ol><li>深い入れ子の中の長い長い長い長い長い長い長い文章</ol></ul>\
        </blockquote><pre>表\t計算  🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂</pre>";
    let d = from_html(html, None);
    for width in [20, 40, 80] {
        check_invariants(&d, width);
    }
}

#[test]
fn deep_nesting_keeps_room_for_text() {
    let d = from_html(
        &("<blockquote><ol><li>".repeat(30) + "some words here"),
        None,
    );
    for width in [16, 20, 40] {
        check_invariants(&d, width);
    }
}

#[test]
fn sources_map_back_into_plain_text() {
    let html = "<h1>Head <i>line</i></h1><p>Some <b>bold <a href='https://a.com'>link\
        text</a></b> and a verylongwordthatmustbebrokenacrosslines here.<br>Second line</p>\
        <ul><li>item <code>code</code><li>two<ol><li>x</ol></ul><blockquote>q1<blockquote>q2\
        </blockquote></blockquote><pre>  pre\n\ttab</pre><img src='https://e.com/a.png' alt='alt'>";
    let d = from_html(html, None);
    let plain: Vec<char> = d.plain_text().chars().collect();
    for width in [16, 20, 33, 40, 80] {
        check_invariants(&d, width);
        // Every non-space char of the plain text is shown by exactly one sourced piece.
        let mut shown = vec![0u32; plain.len()];
        for piece in d.render_lines(width).iter().flat_map(|l| &l.pieces) {
            for i in piece.source.clone().unwrap_or_default() {
                shown[i] += 1;
            }
        }
        for (i, c) in plain.iter().enumerate() {
            let expected = u32::from(!c.is_whitespace());
            assert!(
                shown[i] == expected || c.is_whitespace() && shown[i] <= 1,
                "{i} {c:?}"
            );
        }
    }
}

#[test]
fn ansi_output_styles_and_resets() {
    let d = from_html(
        "<h1>T</h1><p><b>b</b> <a href='https://a.com'>l</a></p>",
        None,
    );
    assert_eq!(
        d.to_ansi(40, false),
        "T\n\nb l[1]\n\nLinks:\n[1] https://a.com/"
    );
    let colored = d.to_ansi(40, true);
    assert!(colored.starts_with("\x1b[4;1mT\x1b[0m\n"), "{colored:?}");
    assert!(colored.contains("\x1b[1mb\x1b[0m \x1b[4ml\x1b[0m\x1b[4;36m[1]\x1b[0m"));
    assert_eq!(strip_sgr(&colored), d.to_ansi(40, false));
}

#[test]
fn hostile_input_leaves_no_control_characters() {
    let html = "<p>a\x1b[31mb &#27;]52;c;AAAA&#7; &#155;2J \u{9b}1m\u{202e}x\u{2066}y\u{7f}\u{9d}z\r\n</p>\
        <h2>&#x1b;[2J&#x9b;</h2><pre>\x1b[1m&#27;\x07pre&#155;</pre>\
        <img src='https://e.com/&#27;[31m.png' alt='x&#27;[31m\u{202e}y&#155;'>\
        <a href='https://e.com/&#155;x\u{202e}'>l\x1b</a><a href='https://e&#27;.com/'>h</a>\
        <a href='&#27;https://e.com/'>i</a><ul><li>&#27;&#0;&#128;</li></ul>";
    let base = Url::parse("https://base.example/a/").ok();
    let d = from_html(html, base.as_ref());
    let json = serde_json::to_string(&d).unwrap_or_default();
    assert!(!json.contains("\\u001b") && !json.contains('\u{9b}') && !json.contains('\u{202e}'));
    for url in &d.links {
        assert!(!url.chars().any(is_unsafe), "{url:?}");
    }
    for width in [20, 80] {
        check_invariants(&d, width);
    }
    // As in a browser, `&#155;` means windows-1252's `›`, not the C1 CSI; a raw
    // U+009B is removed.
    assert!(
        d.plain_text()
            .starts_with("a[31mb ]52;c;AAAA ›2J 1mxyz\n\n[2J›")
    );
}

#[test]
fn byte_prefilter_agrees_with_sanitize() {
    let ranges = [
        0..0x3000u32,
        0xfd00..0x1_0000,
        0x1_f300..0x1_f700,
        0x1_fff0..0x2_0010,
        0x10_fff0..0x11_0000,
    ];
    for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
        let s = format!("a{c}b");
        let changes = is_unsafe(c) || crate::sanitize::is_separator(c);
        assert_eq!(super::policy::clean(&s) != s, changes, "{c:?}");
    }
}

/// A tiny deterministic PRNG (xorshift64) so the random test needs no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % 1_000_000).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

#[test]
fn random_and_truncated_html_never_panics() {
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<b>",
        "</b>",
        "<i>",
        "<code>",
        "</code>",
        "<a href='/x'>",
        "<a href=\"https://a.com/",
        "</a>",
        "<ul>",
        "<ol>",
        "<li>",
        "</li>",
        "</ul>",
        "</ol>",
        "<blockquote>",
        "</blockquote>",
        "<pre>",
        "</pre>",
        "<hr>",
        "<h2>",
        "</h2>",
        "<img src='i.png' alt='",
        "<img src=x width=1>",
        "<table><tr><td>",
        "</td><td>",
        "</tr>",
        "<script>",
        "</script>",
        "<style>",
        "<svg>",
        "</svg>",
        "<!--",
        "-->",
        "<![CDATA[",
        "&amp;",
        "&#27;",
        "&#155;",
        "&#xD800;",
        "&#9999999999;",
        "&",
        "<",
        ">",
        "\"",
        "'",
        " ",
        "\n",
        "\t",
        "\x1b[31m",
        "\u{202e}",
        "\u{0}",
        "word",
        "東京",
        "🙂",
        "e\u{301}",
        "<plaintext>",
        "<textarea>",
        "<title>",
        "<noscript>",
        "</",
        "<!DOCTYPE html>",
        "<head>",
        "<body>",
    ];
    let base = Url::parse("https://example.com/dir/page.html").ok();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..400 {
        let count = 1 + rng.next() % 60;
        let mut html: String = (0..count).map(|_| rng.pick(PIECES)).collect();
        if round % 3 == 0 {
            let mut cut = rng.next() % (html.len() + 1);
            while !html.is_char_boundary(cut) {
                cut -= 1;
            }
            html.truncate(cut);
        }
        let d = from_html(&html, if round % 2 == 0 { base.as_ref() } else { None });
        check_invariants(&d, [16, 20, 40, 80][round % 4]);
        let json = serde_json::to_string(&d).unwrap_or_default();
        assert_eq!(serde_json::from_str::<Document>(&json).ok(), Some(d));
    }
}

#[test]
fn a_long_run_of_zero_width_marks_lays_out() {
    // Once measured afresh per char, this took minutes (quadratic); it must just work.
    let html = format!("<p>{}{}</p>", "a".repeat(200), "\u{301}".repeat(200_000));
    let lines = crate::document::from_html(&html, None).render_lines(40);
    assert!(lines.len() >= 5);
}
