//! The reader's state: the open article laid out at the reading width, the scroll
//! position and a link number being typed.
//!
//! Layout happens here, once per article and width, so a keypress only moves `scroll`
//! and drawing only slices the lines that are on screen.

use chrono::{DateTime, Utc};

use crate::document::Line;
use crate::store::{Article, ArticleId};
use crate::width::wrap;

/// One line of the reader, before styling.
#[derive(Debug, Clone, PartialEq)]
pub enum ReaderLine {
    /// A line of the title.
    Title(String),
    /// Byline, date and section.
    Meta(String),
    /// The actors legend under the byline (only when the article has actors).
    Legend,
    /// A rule under the header.
    Rule(usize),
    /// An empty line.
    Blank,
    /// A line of the body (links section included).
    Body(Line),
}

/// The article being read.
#[derive(Debug)]
pub struct Reader {
    /// Which article.
    pub id: ArticleId,
    /// The article, once loaded.
    pub article: Option<Box<Article>>,
    /// Its lines at `width`.
    pub lines: Vec<ReaderLine>,
    /// The text width the lines were laid out at.
    pub width: usize,
    /// Index of the first line on screen.
    pub scroll: usize,
    /// Digits of a link number being typed.
    pub link_input: Option<String>,
    /// The article's actors and quotes, once found.
    pub actors: Option<Box<crate::actors::Extraction>>,
    /// Every mention in the text, by start: what the view highlights.
    pub marks: Vec<Mark>,
    /// The mention the actors panel jumped to, marked apart.
    pub current: Option<(u32, u32)>,
}

/// A mention to highlight: `[start, end)` chars of the plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// First char.
    pub start: u32,
    /// One past the last.
    pub end: u32,
    /// The actor's kind.
    pub kind: crate::actors::Kind,
    /// A discovered actor, not a gazetteer one.
    pub discovered: bool,
}

impl Reader {
    /// A reader waiting for article `id` to load.
    pub fn loading(id: ArticleId) -> Reader {
        Reader {
            id,
            article: None,
            lines: Vec::new(),
            width: 0,
            scroll: 0,
            link_input: None,
            actors: None,
            marks: Vec::new(),
            current: None,
        }
    }

    /// Lays the article out at `width` columns, keeping the reading position roughly.
    pub fn layout(&mut self, width: usize) {
        let Some(article) = &self.article else {
            return;
        };
        if width == self.width && !self.lines.is_empty() {
            return;
        }
        // Keep the same fraction of the article above the screen.
        let (before, total) = (self.scroll, self.lines.len().max(1));
        let legend = self.actors.as_ref().is_some_and(|x| !x.actors.is_empty());
        self.lines = lay_out(article, width, legend);
        self.width = width;
        self.scroll = before.saturating_mul(self.lines.len()) / total;
    }

    /// Scrolls by `delta` lines within a screen of `height`.
    pub fn scroll_by(&mut self, delta: isize, height: usize) {
        self.scroll_to(self.scroll.saturating_add_signed(delta), height);
    }

    /// Scrolls to line `line`, at most to where the last line is at the bottom.
    pub fn scroll_to(&mut self, line: usize, height: usize) {
        self.scroll = line.min(self.max_scroll(height));
    }

    pub(super) fn max_scroll(&self, height: usize) -> usize {
        self.lines.len().saturating_sub(height.max(1))
    }

    /// How far through the article the screen's bottom is, 0–100.
    pub fn percent(&self, height: usize) -> u16 {
        let max = self.max_scroll(height);
        if max == 0 {
            return 100;
        }
        u16::try_from(self.scroll.min(max) * 100 / max).unwrap_or(100)
    }

    /// The article's links (1-based in the text).
    pub fn links(&self) -> &[String] {
        self.article.as_ref().map_or(&[], |a| &a.document.links)
    }
}

fn lay_out(article: &Article, width: usize, legend: bool) -> Vec<ReaderLine> {
    let s = &article.summary;
    let mut lines: Vec<ReaderLine> = wrap(&s.title, width)
        .into_iter()
        .map(ReaderLine::Title)
        .collect();
    let mut meta = Vec::new();
    if let Some(author) = s.author.as_deref().filter(|a| !a.is_empty()) {
        meta.push(format!("By {author}"));
    }
    if let Some(published) = s.published {
        meta.push(long_date(published));
    }
    meta.push(s.section.clone().unwrap_or_else(|| s.feed.clone()));
    for line in wrap(&meta.join(" · "), width) {
        lines.push(ReaderLine::Meta(line));
    }
    if legend {
        lines.push(ReaderLine::Legend);
    }
    lines.push(ReaderLine::Rule(width));
    lines.push(ReaderLine::Blank);
    if article.document.is_empty() {
        lines.push(ReaderLine::Meta(
            "(This article has no text in the feed; o opens it in the browser.)".into(),
        ));
    }
    lines.extend(article.document.render_lines(width).into_iter().map(|l| {
        if l.pieces.is_empty() {
            ReaderLine::Blank
        } else {
            ReaderLine::Body(l)
        }
    }));
    lines
}

fn long_date(t: DateTime<Utc>) -> String {
    t.format("%-d %B %Y, %H:%M UTC").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_and_columns() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("", 6), vec![""]);
        // CJK takes two columns a character.
        for line in wrap("日本語のニュース 記事 です", 8) {
            assert!(crate::width::display_width(&line) <= 8, "{line}");
        }
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
    }
}
