//! A release-mode timing of conversion and layout, ignored by default.

use std::fmt::Write as _;
use std::time::Instant;

use url::Url;

use super::*;

/// Two article bodies of about 8 KB: markup-dense (a link, emphasis, a figure and a
/// list every 600 bytes) and prose (a link and emphasis per paragraph).
fn sample_articles() -> [String; 2] {
    let para = "<p>The <a href=\"https://example.com/story\">council</a> met on <em>Tuesday</em> \
        to discuss the <strong>new budget</strong>, which &ldquo;balances&rdquo; priorities \
        across the diaspora community &amp; its partners. Officials said the plan would be \
        reviewed again next month.</p>\n";
    let mut dense = String::from("<h2>Budget talks</h2>\n");
    while dense.len() < 7000 {
        dense.push_str(para);
        dense.push_str(
            "<figure><img src=\"/img/photo.jpg\" alt=\"A photo\" width=\"600\">\
            <figcaption>The meeting hall.</figcaption></figure>\n",
        );
        dense.push_str("<ul><li>First point</li><li>Second <b>point</b></li></ul>\n");
    }
    dense.push_str("<blockquote><p>We will deliver.</p></blockquote><script>track()</script>");
    let sentence = "Residents asked the council about schools, roads and health services \
        across the community, and officials said the plan would be reviewed next month. ";
    let mut prose = String::from("<h2>Budget talks</h2>\n");
    let mut n = 0;
    while prose.len() < 8000 {
        n += 1;
        let text = sentence.repeat(2);
        let _ = writeln!(
            prose,
            "<p>{text} The <a href=\"https://example.com/{n}\">report</a> was <em>clear</em>. \
             {text}</p>"
        );
    }
    [dense, prose]
}

/// Run with `cargo test --release -- --ignored --nocapture from_html_speed`.
#[test]
#[ignore = "timing; meaningful only in release mode"]
fn from_html_speed() {
    let base = Url::parse("https://example.com/news/").ok();
    for (name, html) in ["markup-dense", "prose"].into_iter().zip(sample_articles()) {
        let runs: u32 = 2000;
        // The best of several rounds, so a busy machine skews the figure less.
        let per = (0..5)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..runs {
                    std::hint::black_box(from_html(std::hint::black_box(&html), base.as_ref()));
                }
                start.elapsed() / runs
            })
            .min()
            .unwrap_or_default();
        let d = from_html(&html, base.as_ref());
        let start = Instant::now();
        for _ in 0..100 {
            std::hint::black_box(d.render_lines(80));
        }
        let render = start.elapsed() / 100;
        println!(
            "{name} ({} bytes): from_html {per:?}, render_lines(80) {render:?}",
            html.len()
        );
        if !cfg!(debug_assertions) {
            // A generous bound that only catches pathologies; the figures are printed.
            assert!(per.as_micros() < 1000, "too slow: {per:?}");
        }
    }
}
