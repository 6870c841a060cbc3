//! The virtualised article list: the ordered ids of the whole view (8 bytes an article)
//! and the rows of only the windows near the screen, fetched a page at a time.
//!
//! Rows are cached by article id, so a reload (new articles from a refresh) keeps every
//! row it can and the screen does not flicker; the cache is trimmed to what is near the
//! view, so memory stays flat at 50,000 articles.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::store::{ArticleId, ArticleSummary};

/// Rows fetched per request.
pub const PAGE: usize = 128;
/// Rows kept in the cache before far ones are dropped.
const KEEP: usize = PAGE * 24;

/// The article list's state.
#[derive(Debug, Default)]
pub struct ArticleList {
    /// Generation of the query the ids answer; older answers are dropped.
    pub generation: u64,
    /// The ids of the view, in list order.
    pub ids: Arc<[ArticleId]>,
    rows: HashMap<ArticleId, ArticleSummary>,
    /// Cached rows another process may have changed: shown until fetched again.
    stale: HashSet<ArticleId>,
    requested: HashSet<usize>,
    /// Index of the selected row.
    pub selected: usize,
    /// Index of the first row on screen.
    pub offset: usize,
    /// Whether ids have arrived for the current query.
    pub loaded: bool,
    /// The reader moved the selection (or opened a story) since this list was opened:
    /// until then it stays on the newest story as a refresh brings newer ones in, and
    /// after, on the story chosen.
    pub touched: bool,
}

impl ArticleList {
    /// Number of articles in the view.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the view has no articles.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The row at `index`, if it has been fetched.
    pub fn row(&self, index: usize) -> Option<&ArticleSummary> {
        self.ids.get(index).and_then(|id| self.rows.get(id))
    }

    /// The row at `index` if it has been fetched since the cache last changed under the
    /// reader: what a decision on its marks (the next unread) may trust.
    pub fn fresh_row(&self, index: usize) -> Option<&ArticleSummary> {
        self.ids
            .get(index)
            .filter(|id| !self.stale.contains(id))
            .and_then(|id| self.rows.get(id))
    }

    /// The row of article `id`, if it has been fetched.
    pub fn row_by_id(&self, id: ArticleId) -> Option<&ArticleSummary> {
        self.rows.get(&id)
    }

    /// The selected article's id.
    pub fn selected_id(&self) -> Option<ArticleId> {
        self.ids.get(self.selected).copied()
    }

    /// Where article `id` is in the view.
    pub fn index_of(&self, id: ArticleId) -> Option<usize> {
        self.ids.iter().position(|i| *i == id)
    }

    /// Starts a new query: its answer must carry `generation`.
    pub fn begin(&mut self, generation: u64) {
        self.generation = generation;
        self.requested.clear();
    }

    /// Takes the ids of a new answer. The article `keep` stays selected and at the same
    /// place on screen when it is still in the view; otherwise the selection is clamped.
    pub fn replace(&mut self, ids: Vec<ArticleId>, keep: Option<ArticleId>, height: usize) {
        let screen_row = self.selected.saturating_sub(self.offset);
        self.ids = ids.into();
        self.requested.clear();
        self.loaded = true;
        if !self.touched {
            self.selected = 0;
            self.offset = 0;
        } else if let Some(index) = keep.and_then(|id| self.index_of(id)) {
            self.selected = index;
            self.offset = index.saturating_sub(screen_row);
        } else {
            self.selected = self.selected.min(self.len().saturating_sub(1));
        }
        self.clamp(height);
    }

    /// Adds fetched rows to the cache.
    pub fn insert_rows(&mut self, rows: Vec<ArticleSummary>) {
        for row in rows {
            self.stale.remove(&row.id);
            self.rows.insert(row.id, row);
        }
        if self.rows.len() > KEEP {
            self.trim();
        }
    }

    /// Another process changed the cache (a read mark, a star, an updated story): every
    /// cached row is fetched again as its page comes near the screen, and shown as it
    /// was until then.
    pub fn mark_rows_stale(&mut self) {
        self.stale.extend(self.rows.keys().copied());
    }

    /// Changes the cached row of `id`, if it is cached.
    pub fn update_row(&mut self, id: ArticleId, change: impl FnOnce(&mut ArticleSummary)) {
        if let Some(row) = self.rows.get_mut(&id) {
            change(row);
        }
    }

    /// Pages near the screen that are neither cached nor asked for yet, with their ids;
    /// they are marked as asked for.
    pub fn missing_pages(&mut self, height: usize) -> Vec<(usize, Vec<ArticleId>)> {
        if self.ids.is_empty() {
            return Vec::new();
        }
        let first = self.offset.saturating_sub(PAGE / 2) / PAGE;
        let last = (self.offset + height + PAGE / 2).min(self.len() - 1) / PAGE;
        let mut out = Vec::new();
        for page in first..=last {
            if self.requested.contains(&page) {
                continue;
            }
            let start = page * PAGE;
            let end = (start + PAGE).min(self.len());
            let Some(ids) = self.ids.get(start..end) else {
                continue;
            };
            if ids
                .iter()
                .all(|id| self.rows.contains_key(id) && !self.stale.contains(id))
            {
                continue;
            }
            self.requested.insert(page);
            out.push((page, ids.to_vec()));
        }
        out
    }

    /// Selects `index` (clamped), scrolling so it is on screen.
    pub fn select(&mut self, index: usize, height: usize) {
        self.selected = index.min(self.len().saturating_sub(1));
        self.touched = true;
        self.clamp(height);
    }

    /// Back to the top, as a newly opened list (another tab, a search, a filter).
    /// Another view (a section, unread only, "More on"): the old one's rows leave the
    /// screen at once, so no key acts on a story of the view just left while the new
    /// one loads ("Loading…" meanwhile).
    pub fn start_over(&mut self) {
        self.ids = Arc::from([]);
        self.loaded = false;
        self.requested.clear();
        self.reset_to_top();
    }

    /// Back to a list left earlier: empty until its answer, which puts the story it
    /// keeps on row `row` of the screen again, as it was.
    pub fn start_over_at(&mut self, row: usize) {
        self.start_over();
        // What `replace` takes for the kept story's row on screen.
        self.selected = row;
        self.touched = true;
    }

    pub fn reset_to_top(&mut self) {
        self.selected = 0;
        self.offset = 0;
        self.touched = false;
    }

    /// Moves the selection by `delta` rows.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        self.select(self.selected.saturating_add_signed(delta), height);
    }

    /// Keeps the selection on screen after a move or a resize.
    pub fn clamp(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        let max_offset = self.len().saturating_sub(height);
        self.offset = self.offset.min(max_offset);
    }

    fn trim(&mut self) {
        let near = self.offset.saturating_sub(KEEP / 4)..self.offset + KEEP / 4;
        let keep: HashSet<ArticleId> = self
            .ids
            .get(near.start..near.end.min(self.ids.len()))
            .unwrap_or(&[])
            .iter()
            .copied()
            .collect();
        self.rows.retain(|id, _| keep.contains(id));
        self.stale.retain(|id| keep.contains(id));
        self.requested.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: i64) -> Vec<ArticleId> {
        (1..=n).map(ArticleId).collect()
    }

    fn summary(id: ArticleId) -> ArticleSummary {
        ArticleSummary {
            id,
            feed: "F".into(),
            section: None,
            title: format!("T{}", id.0),
            url: None,
            author: None,
            published: None,
            read: false,
            starred: false,
        }
    }

    #[test]
    fn only_pages_near_the_screen_are_asked_for_once() {
        let mut list = ArticleList::default();
        list.replace(ids(50_000), None, 20);
        let pages = list.missing_pages(20);
        assert_eq!(pages.iter().map(|p| p.0).collect::<Vec<_>>(), vec![0]);
        assert!(list.missing_pages(20).is_empty(), "asked for once");
        list.select(30_000, 20);
        let pages: Vec<usize> = list.missing_pages(20).iter().map(|p| p.0).collect();
        assert_eq!(pages, vec![233, 234]);
    }

    #[test]
    fn a_reload_keeps_the_selected_article_in_place() {
        let mut list = ArticleList::default();
        list.replace(ids(100), None, 10);
        list.select(15, 10);
        assert_eq!((list.selected, list.offset), (15, 6));
        // Three new articles arrive on top.
        let mut new: Vec<ArticleId> = vec![ArticleId(900), ArticleId(901), ArticleId(902)];
        new.extend(ids(100));
        let keep = list.selected_id();
        list.replace(new, keep, 10);
        assert_eq!(list.selected_id(), keep);
        assert_eq!((list.selected, list.offset), (18, 9), "same row on screen");
    }

    #[test]
    fn rows_survive_a_reload_and_far_ones_are_trimmed() {
        let mut list = ArticleList::default();
        list.replace(ids(10_000), None, 10);
        list.insert_rows(ids(10).into_iter().map(summary).collect());
        list.replace(ids(10_000), None, 10);
        assert!(list.row(3).is_some());
        list.insert_rows(ids(10_000).into_iter().map(summary).collect());
        assert!(list.rows.len() <= KEEP);
        assert!(list.row(0).is_some(), "rows near the view are kept");
    }
}
