//! Tests of HTML conversion, the plain-text contract and serialization.

use url::Url;

use super::*;

fn doc(html: &str) -> Document {
    from_html(html, None)
}

fn span(text: &str) -> Span {
    Span {
        text: text.into(),
        ..Span::default()
    }
}

fn styled(text: &str, style: SpanStyle) -> Span {
    Span {
        text: text.into(),
        style,
        link: None,
    }
}

fn linked(text: &str, n: u32) -> Span {
    Span {
        text: text.into(),
        style: SpanStyle::PLAIN,
        link: Some(n),
    }
}

fn p(text: &str) -> Block {
    Block::Paragraph(vec![span(text)])
}

fn img(alt: &str, url: &str) -> Block {
    Block::Image {
        alt: alt.into(),
        url: url.into(),
    }
}

#[test]
fn headings_paragraphs_and_inline_styles() {
    let d = doc(
        "<h1>Title</h1><h3>Sub</h3><p>Hi <b>bold</b> <strong><em>both</em></strong> \
                 <i>it</i> <code>x()</code></p>",
    );
    let expected = vec![
        Block::Heading {
            level: 1,
            spans: vec![span("Title")],
        },
        Block::Heading {
            level: 3,
            spans: vec![span("Sub")],
        },
        Block::Paragraph(vec![
            span("Hi "),
            styled("bold", SpanStyle::BOLD),
            span(" "),
            styled("both", SpanStyle::BOLD.with(SpanStyle::ITALIC)),
            span(" "),
            styled("it", SpanStyle::ITALIC),
            span(" "),
            styled("x()", SpanStyle::CODE),
        ]),
    ];
    assert_eq!(d.blocks, expected);
}

#[test]
fn whitespace_collapses_and_empty_paragraphs_vanish() {
    let d = doc("<p>  a \n\t b  </p><p> \n </p><div> c <br>  d </div>x&nbsp; y<p></p>");
    assert_eq!(d.blocks, vec![p("a b"), p("c\nd"), p("x\u{a0} y")]);
}

#[test]
fn double_br_splits_paragraphs() {
    let d = doc("one<br><br>two<br/>three<br><br><br>");
    assert_eq!(d.blocks, vec![p("one"), p("two\nthree")]);
}

#[test]
fn entities_are_decoded() {
    let d = doc("<p>&amp; &eacute;&#x41;&lt;tag&gt; &quot;q&quot;</p>");
    assert_eq!(d.plain_text(), "& éA<tag> \"q\"");
}

#[test]
fn nested_quotes() {
    let d = doc("<blockquote><p>a</p><blockquote>b</blockquote>c</blockquote>d");
    let inner = Block::Quote(vec![p("b")]);
    assert_eq!(
        d.blocks,
        vec![Block::Quote(vec![p("a"), inner, p("c")]), p("d")]
    );
}

#[test]
fn nested_lists_and_implicit_item_ends() {
    let d = doc("<ul><li>one<li>two<ul><li>inner</li></ul>tail</li></ul><ol><li>x</ol><li>stray");
    let inner = Block::List {
        ordered: false,
        items: vec![vec![p("inner")]],
    };
    let expected = vec![
        Block::List {
            ordered: false,
            items: vec![vec![p("one")], vec![p("two"), inner, p("tail")]],
        },
        Block::List {
            ordered: true,
            items: vec![vec![p("x")]],
        },
        Block::List {
            ordered: false,
            items: vec![vec![p("stray")]],
        },
    ];
    assert_eq!(d.blocks, expected);
}

#[test]
fn preformatted_keeps_whitespace_and_expands_tabs() {
    let d = doc("<p>a</p><pre>\n  fn x() {\n\treturn &lt;y&gt;;<br>}\n\n</pre>b");
    let pre = Block::Preformatted("  fn x() {\n        return <y>;\n}".into());
    assert_eq!(d.blocks, vec![p("a"), pre, p("b")]);
}

#[test]
fn rule_image_and_figcaption() {
    let d = doc(
        "<p>before<img src=\"https://e.com/a.png\" alt=\" An\n image \">after</p><hr>\
                 <figure><img src='https://e.com/b.png'><figcaption>Cap</figcaption></figure>",
    );
    let expected = vec![
        p("before"),
        img("An image", "https://e.com/a.png"),
        p("after"),
        Block::Rule,
        img("", "https://e.com/b.png"),
        p("Cap"),
    ];
    assert_eq!(d.blocks, expected);
}

#[test]
fn links_are_numbered_deduplicated_and_filtered() {
    let d = doc(
        "<p>see <a href=\"https://a.com/\">the site</a>, <a href='https://b.com/'>B</a> \
                 <a href=\"https://a.com/\">again</a> <a href=\"javascript:alert(1)\">js</a> \
                 <a href=\"#top\">top</a> <a href=\"mailto:x@y.org\">mail</a> <a>anchor</a> \
                 <a href=\"https://unused.com/\"></a></p>",
    );
    assert_eq!(
        d.links,
        ["https://a.com/", "https://b.com/", "mailto:x@y.org"]
    );
    let expected = vec![
        span("see "),
        linked("the site", 1),
        span(", "),
        linked("B", 2),
        span(" "),
        linked("again", 1),
        span(" js top "),
        linked("mail", 3),
        span(" anchor"),
    ];
    assert_eq!(d.blocks, vec![Block::Paragraph(expected)]);
}

#[test]
fn relative_urls_resolve_against_base() {
    let base = Url::parse("https://ex.com/news/story.html").ok();
    let html = "<a href=\"../about\">a</a><a href=\"ftp://x.com/f\">f</a>\
                <img src=\"/img/a.jpg\" alt=a><img src=\"data:image/png;base64,AAAA\" \
                data-src=\"lazy.jpg\"><img src=\"mailto:x@y.org\">";
    let d = from_html(html, base.as_ref());
    assert_eq!(d.links, ["https://ex.com/about"]);
    assert_eq!(d.blocks[1], img("a", "https://ex.com/img/a.jpg"));
    assert_eq!(d.blocks[2], img("", "https://ex.com/news/lazy.jpg"));
    assert_eq!(d.blocks.len(), 3);
    // An empty `src` or `href` (or only `#`, `?`) names the page itself, not a resource:
    // the lazy-loaded image is taken, the empty link dropped.
    let html = "<img src=\"\" data-src=\"real.jpg\" alt=\"Governor\"><img src=\" \" \
                data-lazy-src=\"rocket.jpg\"><img src=\"?\"><a href=\"\">Read more</a>\
                <a href=\"?\">x</a>";
    let d = from_html(html, base.as_ref());
    assert_eq!(d.blocks[0], img("Governor", "https://ex.com/news/real.jpg"));
    assert_eq!(d.blocks[1], img("", "https://ex.com/news/rocket.jpg"));
    assert_eq!(d.blocks.len(), 3, "{:?}", d.blocks);
    assert!(d.links.is_empty());
    // Without a base, relative URLs are dropped (the text stays).
    let d = doc("<a href=\"../about\">a</a><img src=\"/img/a.jpg\">");
    assert!(d.links.is_empty());
    assert_eq!(d.blocks, vec![p("a")]);
}

#[test]
fn dropped_elements_lose_their_content() {
    let html = "<head><title>SECRET</title><style>SECRET</style></head><body>\
        <p>a<script>if (a<b) document.write('<p>SECRET</p>')</script>b</p>\
        <style>p { SECRET }</style><iframe src=x>SECRET</iframe><noscript><p>SECRET</noscript>\
        <object>SECRET<p>SECRET</p></object><embed src=x><form><p>SECRET<input></form>\
        <svg><title>SECRET</title><g><svg>SECRET</svg>SECRET</g></svg><math>SECRET</math>\
        <template>SECRET</template><button>SECRET</button><select><option>SECRET</select>\
        <textarea><p>SECRET</textarea><p>c</p>";
    let d = doc(html);
    assert_eq!(d.plain_text(), "ab\n\nc");
}

#[test]
fn unclosed_head_does_not_swallow_the_body() {
    let d = doc("<html><head><meta charset=utf-8><body><p>kept</p>");
    assert_eq!(d.blocks, vec![p("kept")]);
}

#[test]
fn tracking_pixels_are_dropped() {
    let html = "<img src='https://e.com/a.png' width=1><img src='https://e.com/a.png' height='0'>\
        <img src='https://e.com/a.png' width='1px'>\
        <img src='http://feeds.feedburner.com/~r/Foo/~4/abc'>\
        <img src='https://feeds.feedburner.com/~ff/Foo?d=yIl2AUoC8zA'>\
        <img src='https://stats.wordpress.com/b.gif?host=x'><img src='https://pixel.wp.com/g.gif'>\
        <img src='https://e.com/t.gif?u=1'><img src='https://medium.com/_/stat?event=post'>\
        <img src='https://ad.doubleclick.net/x.png'><img src='https://e.com/track/pixel'>\
        <img src='https://e.com/kept.jpg' width=600>";
    assert_eq!(doc(html).blocks, vec![img("", "https://e.com/kept.jpg")]);
}

#[test]
fn tables_flatten_to_rows() {
    let d = doc("<table><caption>Cap</caption><tr><th>A</th><th>B</th></tr>\
                 <tr><td>1</td><td></td><td><b>3</b></td></tr></table>after");
    let row = Block::Paragraph(vec![span("1 | | "), styled("3", SpanStyle::BOLD)]);
    assert_eq!(d.blocks, vec![p("Cap"), p("A | B"), row, p("after")]);
}

#[test]
fn plain_text_follows_the_contract() {
    let d = doc(
        "<h2>T</h2><p>a<br>b <a href='https://x.com'>l</a></p><ul><li>i1<li>i2<p>i2b</p>\
                 <ol><li>n</ol></ul><blockquote>q1<p>q2</blockquote><pre>x\n  y</pre>\
                 <img src='https://e.com/a.png' alt='pic'><img src='https://e.com/b.png'><hr>",
    );
    let expected =
        "T\n\na\nb l\n\ni1\ni2\ni2b\nn\n\nq1\n\nq2\n\nx\n  y\n\n[image: pic]\n\n[image]\n\n---";
    assert_eq!(d.plain_text(), expected);
    assert_eq!(d.text_len_chars(), expected.chars().count());
}

#[test]
fn serde_round_trip_is_compact() {
    let d = doc(
        "<h1>T</h1><p><b>b</b> <a href='https://x.com/'>l</a></p><ol><li>i</ol>\
                 <blockquote>q</blockquote><pre>p</pre><img src='https://e.com/a.png' alt=a><hr>",
    );
    let json = serde_json::to_string(&d).unwrap_or_default();
    assert_eq!(
        json,
        r#"{"b":[{"h":{"v":1,"s":[{"t":"T"}]}},{"p":[{"t":"b","s":1},{"t":" "},{"t":"l","l":1}]},{"l":{"o":true,"i":[[{"p":[{"t":"i"}]}]]}},{"q":[{"p":[{"t":"q"}]}]},{"c":"p"},{"m":{"a":"a","u":"https://e.com/a.png"}},"r"],"l":["https://x.com/"]}"#
    );
    let back: Document = serde_json::from_str(&json).unwrap_or_default();
    assert_eq!(back, d);
    assert_eq!(
        serde_json::to_string(&Document::default()).unwrap_or_default(),
        "{}"
    );
}

#[test]
fn deep_nesting_is_bounded() {
    let html = "<blockquote><ul><li>".repeat(2000) + "deep";
    let d = doc(&html);
    assert_eq!(d.plain_text(), "deep");
    let json = serde_json::to_string(&d).unwrap_or_default();
    assert_eq!(
        serde_json::from_str::<Document>(&json).ok(),
        Some(d.clone())
    );
    assert!(!d.render_lines(20).is_empty());
}

#[test]
fn unbalanced_markup_degrades_gracefully() {
    let d = doc("</p></ul></blockquote></li></pre></b></a>text<b>bold<p>still");
    let bold = |t| styled(t, SpanStyle::BOLD);
    assert_eq!(
        d.blocks,
        vec![
            Block::Paragraph(vec![span("text"), bold("bold")]),
            Block::Paragraph(vec![bold("still")])
        ]
    );
}

#[test]
fn first_image_in_reading_order() {
    assert_eq!(doc("<p>no image</p>").first_image(), None);
    let d = doc(
        "<p>a</p><ul><li>x<blockquote><img src='https://e.com/1.png'></blockquote>\
                 <li><img src='https://e.com/2.png'></ul><img src='https://e.com/3.png'>",
    );
    assert_eq!(d.first_image(), Some("https://e.com/1.png"));
}

/// A page of links past the cap keeps their text, plain: the reader lays out at most
/// `MAX_LINKS` references, whatever the page holds.
#[test]
fn links_past_the_cap_keep_their_text_unnumbered() {
    let html = (0..1500)
        .map(|i| format!("<a href=\"https://ex.com/{i}\">link {i}</a>"))
        .collect::<Vec<_>>()
        .join(" ");
    let d = from_html(
        &format!("<p>{html}</p><p><a href=\"https://ex.com/3\">again</a></p>"),
        None,
    );
    assert_eq!(d.links.len(), super::builder::MAX_LINKS);
    assert!(d.plain_text().contains("link 1499"));
    // A target numbered before the cap keeps its number.
    let Block::Paragraph(last) = d.blocks.last().unwrap() else {
        panic!("{:?}", d.blocks.last())
    };
    assert_eq!(last[0].link, Some(4));
}

/// A document's text stops at `MAX_TEXT` (a hostile or book-length page made every
/// later step take gigabytes), cut on a character boundary, with a note saying so;
/// a page of a million images or rules is cut the same way.
#[test]
fn a_document_stops_at_its_text_budget_with_a_note() {
    let para = format!("<p>{}</p>", "Ünïcødé words ".repeat(50));
    let html = para.repeat(2000);
    let d = from_html(&html, None);
    let text = d.plain_text();
    assert!(
        text.len() <= super::builder::MAX_TEXT + 1000,
        "{}",
        text.len()
    );
    assert!(
        text.trim_end().ends_with(super::builder::CUT_NOTE),
        "{}",
        &text[text.len() - 200..]
    );
    assert!(text.starts_with("Ünïcødé words"));
    let images = "<img src=\"https://ex.com/i.png\" alt=\"a\"><hr>".repeat(100_000);
    let d = from_html(&images, None);
    assert!(d.blocks.len() < 100_000, "{}", d.blocks.len());
    assert_eq!(
        d.plain_text().trim_end().lines().last(),
        Some(super::builder::CUT_NOTE)
    );
    // Below the budget, nothing is cut.
    let d = from_html(&para, None);
    assert!(!d.plain_text().contains("not shown"));
}
