//! What each effect's answer changes: lists and rows arriving (stale generations
//! dropped), the article, tabs, counts, refresh progress, the opener's outcome.

use super::{App, RefreshProgress, Tab, rows_effect};
use crate::tui::effects::{AppEvent, Effect};
use crate::tui::strings;

impl App {
    pub(super) fn on_event(&mut self, event: AppEvent) -> Vec<Effect> {
        self.dirty = true;
        let event = match self.on_report_event(event) {
            Ok(effects) => return effects,
            Err(event) => event,
        };
        let event = match self.on_actor_event(event) {
            Ok(effects) => return effects,
            Err(event) => event,
        };
        match event {
            AppEvent::ListLoaded {
                generation,
                ids,
                keep,
            } => {
                if generation != self.list.generation {
                    return Vec::new();
                }
                let height = self.list_height();
                self.list.replace(ids, keep, height);
                self.list
                    .missing_pages(height)
                    .into_iter()
                    .map(rows_effect)
                    .collect()
            }
            AppEvent::RowsLoaded(rows) => {
                self.list.insert_rows(rows);
                Vec::new()
            }
            AppEvent::ArticleLoaded(article) => self.article_loaded(article),
            AppEvent::ArticleMissing(id) => {
                if self.reader.as_ref().is_some_and(|r| r.id == id) {
                    self.reader = None;
                }
                self.flash_error(strings::ARTICLE_GONE)
            }
            AppEvent::TabsLoaded(sections) => {
                let current = self.tabs.get(self.tab).cloned();
                // The sections come most used first, but tabs keep the places they
                // have: during a refresh the counts change with every feed, and tabs
                // trading places under the reader's Tab key sent it anywhere. New ones
                // go after them, in the store's order.
                let present: std::collections::HashSet<&String> = sections.iter().collect();
                let mut ordered: Vec<String> = self
                    .tabs
                    .iter()
                    .filter_map(|t| match t {
                        Tab::Section(s) if present.contains(s) => Some(s.clone()),
                        _ => None,
                    })
                    .collect();
                let known: std::collections::HashSet<String> = ordered.iter().cloned().collect();
                ordered.extend(sections.into_iter().filter(|s| !known.contains(s)));
                let mut tabs = vec![Tab::All];
                tabs.extend(ordered.into_iter().map(Tab::Section));
                tabs.extend([Tab::Unread, Tab::Starred]);
                self.tabs = tabs;
                if let Some(i) = current.and_then(|c| self.tabs.iter().position(|t| *t == c)) {
                    self.tab = i;
                    Vec::new()
                } else {
                    // The section this tab showed is gone: back to All.
                    self.tab = 0;
                    self.reload_list()
                }
            }
            AppEvent::CountsLoaded { total, unread } => {
                self.counts = Some((total, unread));
                Vec::new()
            }
            AppEvent::UnreadFound { generation, index } => {
                let open = std::mem::take(&mut self.open_next_unread);
                match index {
                    Some(i) if generation == self.list.generation => self.go_to_unread(i, open),
                    Some(_) => Vec::new(),
                    None => self.flash_info(strings::NO_MORE_UNREAD),
                }
            }
            AppEvent::StoreFailed(e) => self.flash_error(&e),
            AppEvent::RefreshStarted(total) => {
                self.refreshing = Some(RefreshProgress::new(total));
                Vec::new()
            }
            AppEvent::FeedRefreshed(report) => {
                let changed = report.new + report.updated > 0;
                if let Some(progress) = self.refreshing.as_mut() {
                    progress.record(&report);
                }
                if !changed {
                    return Vec::new();
                }
                // An updated story's row (its title, its section) is fetched again.
                if report.updated > 0 {
                    self.list.mark_rows_stale();
                }
                // New articles flow in as each feed lands, the selection staying put,
                // with the tabs and counts that go with them. The first real articles
                // take the sample edition's place.
                let mut effects = self.reload_cache_view();
                if self.sample && report.new > 0 {
                    effects.push(Effect::RetireSample);
                }
                effects
            }
            AppEvent::CacheChanged
                if self.refreshing.is_none() && self.actors_progress.is_none() =>
            {
                // A cron `fetch` stored or removed stories, or another reader marked
                // some: the list (its rows fetched again), tabs and counts follow, the
                // selection staying put (this reader's own refresh and actors pass
                // write too, and are not news).
                self.list.mark_rows_stale();
                let mut effects = self.reload_cache_view();
                // A `fetch` elsewhere may have brought the first real stories.
                if self.sample {
                    effects.push(Effect::RetireSample);
                }
                effects
            }
            // What is shown goes back to what the cache holds: a mark that is not
            // saved must not look saved.
            AppEvent::MarkFailed {
                id,
                star,
                on,
                error,
            } => {
                if star {
                    self.set_starred_locally(id, !on);
                } else {
                    self.set_read_locally(id, !on);
                }
                let mut effects = self.flash_error(&strings::mark_failed(&error));
                effects.extend(self.reload_cache_view());
                effects
            }
            // Shown read at once, but not saved: the list goes back to the cache's.
            AppEvent::AllMarkFailed(error) => {
                let mut effects = self.flash_error(&strings::mark_failed(&error));
                self.list.mark_rows_stale();
                effects.extend(self.reload_cache_view());
                effects
            }
            AppEvent::AllMarkedRead(n) => {
                let mut effects = self.flash_info(&strings::all_marked_read(n));
                self.list.mark_rows_stale();
                effects.extend(self.reload_cache_view());
                effects
            }
            AppEvent::MarkMissed(_) => {
                let mut effects = self.flash_error(strings::MARK_MISSED);
                effects.extend(self.reload_cache_view());
                effects
            }
            AppEvent::SampleRetired => {
                self.sample = false;
                // A story chosen in the sample is gone: the newest comes first. A real
                // story chosen meanwhile keeps its place.
                let on_sample = self
                    .list
                    .row(self.list.selected)
                    .is_none_or(|r| r.feed == crate::sample::SAMPLE_NAME);
                if on_sample {
                    self.list.reset_to_top();
                }
                self.reload_cache_view()
            }
            AppEvent::RefreshFinished { error, sample } => {
                let progress = self
                    .refreshing
                    .take()
                    .unwrap_or_else(|| RefreshProgress::new(0));
                let none = progress.total == 0 && error.is_none();
                self.last_refresh = Some(progress.finish(self.now, error));
                // Another process's marks made during the refresh were not looked at
                // (the cache watch waits for it): the rows are fetched again.
                self.list.mark_rows_stale();
                self.sample = sample.unwrap_or(self.sample);
                let mut effects = self.reload_cache_view();
                // What the refresh wrote is on screen: not news for the next look.
                effects.push(Effect::CheckCache { report: false });
                // The network is back, perhaps: queued reports go out after a refresh.
                if self.sends_reports() {
                    effects.push(Effect::SendReports);
                }
                // An empty config file means no feeds (the DDM default is for no file).
                if none {
                    effects.extend(self.flash_info(strings::NO_FEEDS));
                }
                // The feeds overlay shows how this refresh went.
                if self.feeds.is_some() {
                    effects.push(Effect::LoadFeeds);
                }
                effects
            }
            AppEvent::FeedsLoaded(feeds) => self.feeds_loaded(feeds),
            AppEvent::Opened(url) => self.flash_info(&strings::opened(&url)),
            AppEvent::OpenFailed { url, error } => {
                self.flash_error(&strings::open_failed(&url, &error))
            }
            AppEvent::Copied(copied) => match copied.message() {
                Ok(message) => self.flash_info(&message),
                Err(message) => self.flash_error(&message),
            },
            AppEvent::FlashExpired(id) => {
                if self.flash.as_ref().is_some_and(|f| f.id == id) {
                    self.flash = None;
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    pub(super) fn article_loaded(&mut self, article: Box<crate::store::Article>) -> Vec<Effect> {
        let Some(reader) = self.reader.as_mut().filter(|r| r.id == article.summary.id) else {
            return Vec::new();
        };
        let id = article.summary.id;
        let unread = !article.summary.read;
        reader.article = Some(article);
        reader.lines.clear();
        reader.scroll = 0;
        self.relayout_reader();
        if self.settings.mark_read_on_open && unread {
            self.set_read_locally(id, true);
            return vec![Effect::SetRead(id, true)];
        }
        Vec::new()
    }
}
