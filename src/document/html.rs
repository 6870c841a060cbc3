//! HTML to [`Document`] conversion, driven by the html5ever tokenizer alone.
//!
//! A tree builder would allocate a reference-counted node per element; article bodies
//! only need a stack of open containers, so a token sink feeding
//! [`Builder`] does the job at a fraction of the cost. This
//! module owns the element policy (what is a block, what is dropped, which images are
//! trackers, which URLs are kept) and the sanitizing of every string it passes on; it
//! must never panic, whatever the input.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::{Attribute, LocalName, TokenizerResult, local_name};
use url::Url;

use super::builder::{Builder, InlineKind};
use super::policy::{clean, is_tiny_dimension, is_tracker, resolve};
use super::{Block, Document, SpanStyle};
use crate::sanitize;

/// Converts an article body (a fragment or a whole page) into a [`Document`].
///
/// Relative `href` and `src` values are resolved against `base`; without a base only
/// absolute URLs survive. Never panics; malformed markup degrades to plain text.
pub fn from_html(html: &str, base: Option<&Url>) -> Document {
    let sink = Sink {
        state: RefCell::new(State::new(base)),
    };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(&super::defuse::defuse_huge_tags(
        html,
    )));
    // The sink never asks the tokenizer to pause, so one call consumes everything; the
    // loop only guards against that changing in a future html5ever.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.state.into_inner().builder.finish()
}

/// What an element means to us.
#[derive(Clone, Copy)]
enum Role {
    /// Dropped with its content, which the tokenizer must read as raw text.
    DropRaw(RawKind),
    /// Dropped with its content, which is ordinary markup.
    Drop,
    /// A void element that is simply ignored.
    Ignore,
    Block,
    Heading(u8),
    Quote,
    List(bool),
    Item,
    Pre,
    Rule,
    Br,
    Img,
    Link,
    Style(SpanStyle),
    Row,
    Cell,
    Body,
    Inline,
}

fn role(name: &LocalName) -> Role {
    match *name {
        local_name!("script") => Role::DropRaw(RawKind::ScriptData),
        local_name!("style")
        | local_name!("iframe")
        | local_name!("noscript")
        | local_name!("noembed")
        | local_name!("noframes") => Role::DropRaw(RawKind::Rawtext),
        local_name!("title") | local_name!("textarea") => Role::DropRaw(RawKind::Rcdata),
        // Audio, video and canvas hold only "your browser does not support" fallbacks.
        local_name!("object")
        | local_name!("form")
        | local_name!("svg")
        | local_name!("math")
        | local_name!("template")
        | local_name!("head")
        | local_name!("button")
        | local_name!("select")
        | local_name!("audio")
        | local_name!("video")
        | local_name!("canvas") => Role::Drop,
        local_name!("embed") | local_name!("input") | local_name!("wbr") => Role::Ignore,
        local_name!("p")
        | local_name!("div")
        | local_name!("section")
        | local_name!("article")
        | local_name!("header")
        | local_name!("footer")
        | local_name!("main")
        | local_name!("aside")
        | local_name!("nav")
        | local_name!("address")
        | local_name!("figure")
        | local_name!("figcaption")
        | local_name!("details")
        | local_name!("summary")
        | local_name!("dl")
        | local_name!("dt")
        | local_name!("dd")
        | local_name!("center")
        | local_name!("fieldset")
        | local_name!("legend")
        | local_name!("hgroup")
        | local_name!("table")
        | local_name!("caption") => Role::Block,
        local_name!("h1") => Role::Heading(1),
        local_name!("h2") => Role::Heading(2),
        local_name!("h3") => Role::Heading(3),
        local_name!("h4") => Role::Heading(4),
        local_name!("h5") => Role::Heading(5),
        local_name!("h6") => Role::Heading(6),
        local_name!("blockquote") => Role::Quote,
        local_name!("ul") | local_name!("menu") => Role::List(false),
        local_name!("ol") => Role::List(true),
        local_name!("li") => Role::Item,
        local_name!("pre") | local_name!("listing") => Role::Pre,
        local_name!("hr") => Role::Rule,
        local_name!("br") => Role::Br,
        local_name!("img") => Role::Img,
        local_name!("a") => Role::Link,
        local_name!("b") | local_name!("strong") => Role::Style(SpanStyle::BOLD),
        local_name!("i") | local_name!("em") | local_name!("cite") => {
            Role::Style(SpanStyle::ITALIC)
        }
        local_name!("code") | local_name!("kbd") | local_name!("samp") | local_name!("tt") => {
            Role::Style(SpanStyle::CODE)
        }
        local_name!("tr") => Role::Row,
        local_name!("td") | local_name!("th") => Role::Cell,
        local_name!("body") => Role::Body,
        _ => Role::Inline,
    }
}

struct Sink<'a> {
    state: RefCell<State<'a>>,
}

impl TokenSink for Sink<'_> {
    type Handle = ();

    fn process_token(&self, token: Token, _line_number: u64) -> TokenSinkResult<()> {
        // The tokenizer never re-enters its sink, so this borrow always succeeds; a
        // failure would only lose a token, never panic.
        let Ok(mut state) = self.state.try_borrow_mut() else {
            return TokenSinkResult::Continue;
        };
        match token {
            Token::TagToken(tag) => return state.tag(&tag),
            Token::CharacterTokens(text) => state.text(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Per-conversion state: the element policy on top of the [`Builder`].
struct State<'a> {
    base: Option<&'a Url>,
    builder: Builder,
    /// Inside a raw-text element being dropped (script, style, ...): the tokenizer's
    /// next end tag is the one closing it.
    in_raw: bool,
    /// Inside a dropped element: its name and how many of it are open.
    skip: Option<(LocalName, u32)>,
    /// Nesting counters of `<b>`, `<i>`, `<code>` style elements, by flag bit.
    style_depth: [u16; 3],
    /// Cells seen so far in the current table row, for the `" | "` separator.
    cells: u32,
}

impl<'a> State<'a> {
    fn new(base: Option<&'a Url>) -> Self {
        State {
            base,
            builder: Builder::new(),
            in_raw: false,
            skip: None,
            style_depth: [0; 3],
            cells: 0,
        }
    }

    fn text(&mut self, text: &str) {
        if !self.in_raw && self.skip.is_none() {
            self.builder.text(&clean(text));
        }
    }

    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let role = role(&tag.name);
        let start = tag.kind == TagKind::StartTag;
        if self.in_raw {
            // In raw-text state the tokenizer only emits the matching end tag.
            self.in_raw = start;
            return TokenSinkResult::Continue;
        }
        if let Role::DropRaw(kind) = role
            && start
        {
            self.in_raw = true;
            return TokenSinkResult::RawData(kind);
        }
        if let Some((name, depth)) = &mut self.skip {
            if matches!(role, Role::Body) && start {
                // A `<head>` without its end tag must not swallow the article.
                self.skip = None;
            } else if *name == tag.name {
                if start {
                    *depth += 1;
                } else {
                    *depth -= 1;
                    if *depth == 0 {
                        self.skip = None;
                    }
                }
            }
            return TokenSinkResult::Continue;
        }
        if start {
            self.start(role, tag);
        } else {
            self.end(role);
        }
        TokenSinkResult::Continue
    }

    fn start(&mut self, role: Role, tag: &Tag) {
        let b = &mut self.builder;
        if b.in_pre() {
            match role {
                Role::Pre => b.start_pre(),
                Role::Br => b.line_break(),
                Role::Drop if !tag.self_closing => self.skip = Some((tag.name.clone(), 1)),
                // Styles and links are tracked so their end tags inside the block balance.
                Role::Style(flag) => self.set_style(flag, true),
                _ => {}
            }
            return;
        }
        match role {
            Role::Drop if !tag.self_closing => self.skip = Some((tag.name.clone(), 1)),
            Role::Block => b.end_inline(),
            Role::Heading(level) => b.set_kind(InlineKind::Heading(level)),
            Role::Quote => b.open_quote(),
            Role::List(ordered) => b.open_list(ordered),
            Role::Item => b.open_item(),
            Role::Pre => b.start_pre(),
            Role::Rule => {
                b.end_inline();
                b.push_block(Block::Rule);
            }
            Role::Br => b.line_break(),
            Role::Img => self.image(&tag.attrs),
            Role::Link => {
                let url = attr(&tag.attrs, &local_name!("href"))
                    .filter(|href| points_elsewhere(href))
                    .and_then(|href| resolve(self.base, href, true));
                b.set_link(url);
            }
            Role::Style(flag) => self.set_style(flag, true),
            Role::Row => {
                b.end_inline();
                self.cells = 0;
            }
            Role::Cell => {
                if self.cells > 0 && b.has_inline() {
                    b.space();
                    b.word("|", SpanStyle::PLAIN, None);
                    b.space();
                }
                self.cells += 1;
            }
            Role::Body | Role::DropRaw(_) | Role::Drop | Role::Ignore | Role::Inline => {}
        }
    }

    fn end(&mut self, role: Role) {
        let b = &mut self.builder;
        if b.in_pre() {
            match role {
                Role::Pre => b.end_pre(),
                Role::Style(flag) => self.set_style(flag, false),
                Role::Link => b.set_link(None),
                _ => {}
            }
            return;
        }
        match role {
            Role::Block | Role::Row => b.end_inline(),
            Role::Heading(_) => b.set_kind(InlineKind::Paragraph),
            Role::Quote => b.close_quote(),
            Role::List(_) => b.close_list(),
            Role::Item => b.close_item(),
            Role::Link => b.set_link(None),
            Role::Style(flag) => self.set_style(flag, false),
            // `</br>` is read as `<br>` by browsers.
            Role::Br => b.line_break(),
            _ => {}
        }
    }

    fn set_style(&mut self, flag: SpanStyle, open: bool) {
        let flags = [SpanStyle::BOLD, SpanStyle::ITALIC, SpanStyle::CODE];
        let mut style = SpanStyle::PLAIN;
        for (depth, f) in self.style_depth.iter_mut().zip(flags) {
            if f == flag {
                *depth = if open {
                    depth.saturating_add(1)
                } else {
                    depth.saturating_sub(1)
                };
            }
            if *depth > 0 {
                style = style.with(f);
            }
        }
        self.builder.style = style;
    }

    fn image(&mut self, attrs: &[Attribute]) {
        let tiny = |name| attr(attrs, &name).is_some_and(is_tiny_dimension);
        if tiny(local_name!("width")) || tiny(local_name!("height")) {
            return;
        }
        // Lazy-loading markup puts a placeholder in `src` (a data: URI, or nothing) and
        // the image in `data-src` (or WP Rocket's `data-lazy-src`, lazysizes' older
        // `data-original`).
        let lazy = |name: &str| {
            attrs
                .iter()
                .find(|a| &*a.name.local == name)
                .map(|a| &*a.value)
        };
        let candidates = [
            attr(attrs, &local_name!("src")),
            lazy("data-src"),
            lazy("data-lazy-src"),
            lazy("data-original"),
        ];
        let resolved = candidates
            .into_iter()
            .flatten()
            .filter(|src| points_elsewhere(src))
            .find_map(|src| resolve(self.base, src, false));
        let Some(url) = resolved.filter(|url| !is_tracker(url)) else {
            return;
        };
        let alt = attr(attrs, &local_name!("alt"))
            .map(sanitize::clean_line)
            .unwrap_or_default();
        // An image inside a paragraph splits it; the text after continues in the same
        // style (and heading level) as before.
        self.builder.end_inline();
        self.builder.push_block(Block::Image { alt, url });
    }
}

/// Whether a `href` or `src` names another resource: not empty, not only a fragment
/// (`#`, `#top`) or an empty query (`?`), which resolve to the page (or the feed) the
/// document came from.
fn points_elsewhere(url: &str) -> bool {
    let url = url.trim();
    !(url.is_empty() || url.starts_with('#') || url == "?")
}

fn attr<'t>(attrs: &'t [Attribute], name: &LocalName) -> Option<&'t str> {
    attrs
        .iter()
        .find(|a| a.name.local == *name)
        .map(|a| &*a.value)
}
