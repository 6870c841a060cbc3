//! What each action does in the list, the reader and the help overlay.

use super::{App, Reader, RefreshProgress, Search, rows_effect};
use crate::store::{ArticleId, ArticleSummary};
use crate::tui::action::{Action, Mode};
use crate::tui::effects::Effect;
use crate::tui::layout;
use crate::tui::strings;

impl App {
    /// Performs an action.
    pub fn act(&mut self, action: Action) -> Vec<Effect> {
        self.dirty = true;
        if action != Action::MarkAllRead
            && let Some((asked, _)) = self.mark_all_armed.take()
            && self.flash.as_ref().is_some_and(|f| f.id == asked)
        {
            // The question is withdrawn with the first press.
            self.flash = None;
        }
        match self.mode() {
            Mode::Help => self.act_help(action),
            Mode::Feeds => self.act_feeds(action),
            Mode::Share => self.act_share(action),
            Mode::Actors => self.act_actors(action),
            Mode::Report => self.act_form(action),
            Mode::ReportConfirm => self.act_confirm(action),
            Mode::ReportDrafts => self.act_drafts(action),
            Mode::ReportSent => self.act_notice(action),
            Mode::Reader => self.act_reader(action),
            Mode::List | Mode::Search | Mode::Global => self.act_list(action),
        }
    }

    pub(super) fn act_common(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Quit => {
                self.quit = true;
                // Whatever was typed last is written before the reader ends.
                self.flush_draft()
            }
            Action::Help => {
                self.help = Some(0);
                Vec::new()
            }
            Action::Refresh => self.start_refresh(),
            Action::Feeds => self.open_feeds(),
            Action::Actors => self.open_actors(),
            Action::Share => self.open_share_menu(),
            Action::Report => self.start_report(),
            other => match other.share_target() {
                Some(target) => self.share_to(target),
                None => Vec::new(),
            },
        }
    }

    pub(super) fn act_help(&mut self, action: Action) -> Vec<Effect> {
        let Some(at) = self.help else {
            return Vec::new();
        };
        match action {
            Action::Back | Action::Help => self.help = None,
            Action::Quit => self.quit = true,
            _ => {
                if let Some(to) = self.overlay_scroll(at, action) {
                    self.help = Some(to.min(crate::tui::view::help::max_scroll(self)));
                }
            }
        }
        Vec::new()
    }

    /// Where an overlay scrolled to `at` goes for a moving action (before it is held
    /// within the overlay's end); `None` for other actions.
    pub(super) fn overlay_scroll(&self, at: usize, action: Action) -> Option<usize> {
        let page = usize::from(self.size.1.saturating_sub(6)).max(1);
        Some(match action {
            Action::Down => at + 1,
            Action::Up => at.saturating_sub(1),
            Action::PageDown => at + page,
            Action::PageUp => at.saturating_sub(page),
            Action::HalfPageDown => at + page / 2,
            Action::HalfPageUp => at.saturating_sub(page / 2),
            Action::Top => 0,
            Action::Bottom => usize::MAX,
            _ => return None,
        })
    }

    pub(super) fn act_list(&mut self, action: Action) -> Vec<Effect> {
        let height = self.list_height();
        let half = isize::try_from(height / 2).unwrap_or(1).max(1);
        let page = isize::try_from(height).unwrap_or(1).max(1);
        match action {
            Action::Down => self.list.move_by(1, height),
            Action::Up => self.list.move_by(-1, height),
            Action::HalfPageDown => self.list.move_by(half, height),
            Action::HalfPageUp => self.list.move_by(-half, height),
            Action::PageDown => self.list.move_by(page, height),
            Action::PageUp => self.list.move_by(-page, height),
            Action::Top => self.list.select(0, height),
            Action::Bottom => self.list.select(usize::MAX, height),
            Action::Open => {
                if let Some(search) = self.search.as_mut() {
                    search.editing = false;
                }
                return self.open_selected();
            }
            Action::Back | Action::SearchCancel => {
                if self.search.take().is_some() {
                    return self.reload_list();
                }
                if action == Action::Back && (self.more_on.is_some() || self.feed_view.is_some()) {
                    return self.go_back();
                }
            }
            Action::NextTab | Action::PrevTab => {
                self.more_on = None;
                self.feed_view = None;
                self.back.clear();
                let n = self.tabs.len().max(1);
                self.tab = if action == Action::NextTab {
                    (self.tab + 1) % n
                } else {
                    (self.tab + n - 1) % n
                };
                self.list.start_over();
                return self.reload_list();
            }
            Action::ToggleUnreadOnly => {
                self.unread_only = !self.unread_only;
                let msg = if self.unread_only {
                    strings::UNREAD_ONLY_ON
                } else {
                    strings::UNREAD_ONLY_OFF
                };
                let mut effects = self.flash_info(msg);
                effects.extend(self.reload_list());
                return effects;
            }
            Action::Search => {
                let search = self.search.get_or_insert_with(Search::default);
                search.editing = true;
            }
            Action::SearchAccept => {
                if let Some(search) = self.search.as_mut() {
                    search.editing = false;
                    if search.query.trim().is_empty() {
                        self.search = None;
                    }
                }
            }
            Action::NextUnread => return self.next_unread(false),
            Action::MarkAllRead => return self.mark_all_read(),
            // Acting on a story chooses it, as moving to it would.
            Action::ToggleRead => {
                self.list.touched = true;
                return self.toggle_read(self.list.selected_id());
            }
            Action::ToggleStar => {
                self.list.touched = true;
                return self.toggle_star(self.list.selected_id());
            }
            Action::OpenInBrowser => {
                let url = self
                    .list
                    .row(self.list.selected)
                    .and_then(|r| r.url.clone());
                return self.open_article_url(url);
            }
            other => return self.act_common(other),
        }
        self.list
            .missing_pages(height)
            .into_iter()
            .map(rows_effect)
            .collect()
    }

    pub(super) fn act_reader(&mut self, action: Action) -> Vec<Effect> {
        let height = layout::body_height(self.size, false);
        let Some(reader) = self.reader.as_mut() else {
            return Vec::new();
        };
        let half = isize::try_from(height / 2).unwrap_or(1).max(1);
        let page = isize::try_from(height.saturating_sub(2))
            .unwrap_or(1)
            .max(1);
        match action {
            Action::Down => reader.scroll_by(1, height),
            Action::Up => reader.scroll_by(-1, height),
            Action::HalfPageDown => reader.scroll_by(half, height),
            Action::HalfPageUp => reader.scroll_by(-half, height),
            Action::PageDown => reader.scroll_by(page, height),
            Action::PageUp => reader.scroll_by(-page, height),
            Action::Top => reader.scroll_to(0, height),
            Action::Bottom => reader.scroll_to(usize::MAX, height),
            Action::Back => {
                self.reader = None;
                self.actors_panel = None;
                let h = self.list_height();
                self.list.clamp(h);
                return self
                    .list
                    .missing_pages(h)
                    .into_iter()
                    .map(rows_effect)
                    .collect();
            }
            Action::NextArticle | Action::PrevArticle => {
                let delta = if action == Action::NextArticle { 1 } else { -1 };
                let before = self.list.selected;
                self.list.move_by(delta, self.list_height());
                if self.list.selected == before {
                    return self.flash_info(strings::NO_MORE_ARTICLES);
                }
                return self.open_selected();
            }
            Action::NextUnread => return self.next_unread(true),
            Action::ToggleRead => {
                let id = reader.id;
                return self.toggle_read(Some(id));
            }
            Action::ToggleStar => {
                let id = reader.id;
                return self.toggle_star(Some(id));
            }
            Action::OpenInBrowser => {
                let url = reader.article.as_ref().and_then(|a| a.summary.url.clone());
                return self.open_article_url(url);
            }
            other => return self.act_common(other),
        }
        Vec::new()
    }

    pub(super) fn open_article_url(&mut self, url: Option<String>) -> Vec<Effect> {
        // An article's own page is a web page: `o` opens http and https only (a link in
        // the text may also be mailto).
        match url {
            Some(url) if crate::open::is_web_url(&url) => self.open_url(url),
            Some(url) => self.flash_error(&strings::not_openable(&url)),
            None => self.flash_error(strings::NO_LINK),
        }
    }

    pub(super) fn open_selected(&mut self) -> Vec<Effect> {
        let Some(id) = self.list.selected_id() else {
            return Vec::new();
        };
        self.list.touched = true;
        self.reader = Some(Reader::loading(id));
        vec![Effect::LoadArticle(id)]
    }

    /// The next unread story after the selection, wrapping past the end to the top
    /// (as the reader would look through the list by hand), opened if `open`.
    pub(super) fn next_unread(&mut self, open: bool) -> Vec<Effect> {
        let selected = self.list.selected;
        // Look through the rows already fetched first; ask the store from the first
        // one that is not.
        for index in (selected + 1..self.list.len()).chain(0..selected) {
            match self.list.fresh_row(index) {
                Some(row) if !row.read => return self.go_to_unread(index, open),
                Some(_) => {}
                None => {
                    self.open_next_unread = open;
                    return vec![Effect::FindUnread {
                        generation: self.list.generation,
                        ids: self.list.ids.clone(),
                        from: index,
                        until: selected,
                    }];
                }
            }
        }
        self.flash_info(strings::NO_MORE_UNREAD)
    }

    pub(super) fn go_to_unread(&mut self, index: usize, open: bool) -> Vec<Effect> {
        let wrapped = index < self.list.selected;
        let height = self.list_height();
        self.list.select(index, height);
        let mut effects: Vec<Effect> = self
            .list
            .missing_pages(height)
            .into_iter()
            .map(rows_effect)
            .collect();
        if open {
            effects.extend(self.open_selected());
        }
        if wrapped {
            effects.extend(self.flash_info(strings::UNREAD_WRAPPED));
        }
        effects
    }

    /// Every story of the list on show marked read, on the second press: a slip of
    /// the finger must not mark thousands.
    fn mark_all_read(&mut self) -> Vec<Effect> {
        if !self.list.loaded || self.list.is_empty() {
            self.mark_all_armed = None;
            return self.flash_info(strings::NOTHING_TO_MARK);
        }
        // The second press counts only while the question is on show and the list is
        // the one it asked about (a refresh may have brought more since).
        let asked = self
            .mark_all_armed
            .take()
            .is_some_and(|(flash, generation)| {
                self.flash.as_ref().is_some_and(|f| f.id == flash)
                    && generation == self.list.generation
            });
        if !asked {
            let key = self
                .keymap
                .keys_for(Mode::List, Action::MarkAllRead)
                .first()
                .map_or_else(|| "it".to_owned(), ToString::to_string);
            let effects = self.flash_info(&strings::mark_all_confirm(&key, self.list.len()));
            self.mark_all_armed = self.flash.as_ref().map(|f| (f.id, self.list.generation));
            return effects;
        }
        let ids = self.list.ids.clone();
        for id in ids.iter() {
            self.list.update_row(*id, |r| r.read = true);
        }
        vec![Effect::MarkAllRead(ids)]
    }

    pub(super) fn toggle_read(&mut self, id: Option<ArticleId>) -> Vec<Effect> {
        let Some(id) = id else {
            return Vec::new();
        };
        let read = !self.is_read(id);
        self.set_read_locally(id, read);
        vec![Effect::SetRead(id, read)]
    }

    pub(super) fn is_read(&self, id: ArticleId) -> bool {
        self.list
            .row_by_id(id)
            .map(|r| r.read)
            .or_else(|| {
                let reader = self.reader.as_ref().filter(|r| r.id == id)?;
                reader.article.as_ref().map(|a| a.summary.read)
            })
            .unwrap_or(false)
    }

    /// Changes what the list and the reader show of article `id`.
    fn change_locally(&mut self, id: ArticleId, change: impl Fn(&mut ArticleSummary)) {
        self.list.update_row(id, &change);
        if let Some(article) = self
            .reader
            .as_mut()
            .filter(|r| r.id == id)
            .and_then(|r| r.article.as_mut())
        {
            change(&mut article.summary);
        }
    }

    pub(super) fn set_read_locally(&mut self, id: ArticleId, read: bool) {
        let was = self.is_read(id);
        self.change_locally(id, |r| r.read = read);
        if was != read
            && let Some((_, unread)) = self.counts.as_mut()
        {
            *unread = if read {
                unread.saturating_sub(1)
            } else {
                *unread + 1
            };
        }
    }

    /// Shows `id` starred or not, in the list and the reader.
    pub(super) fn set_starred_locally(&mut self, id: ArticleId, starred: bool) {
        self.change_locally(id, |r| r.starred = starred);
    }

    pub(super) fn toggle_star(&mut self, id: Option<ArticleId>) -> Vec<Effect> {
        let Some(id) = id else {
            return Vec::new();
        };
        let starred = !self
            .list
            .row_by_id(id)
            .map(|r| r.starred)
            .or_else(|| {
                let reader = self.reader.as_ref().filter(|r| r.id == id)?;
                reader.article.as_ref().map(|a| a.summary.starred)
            })
            .unwrap_or(false);
        self.set_starred_locally(id, starred);
        let msg = if starred {
            strings::STARRED
        } else {
            strings::UNSTARRED
        };
        let mut effects = self.flash_info(msg);
        effects.push(Effect::SetStarred(id, starred));
        effects
    }

    pub(super) fn start_refresh(&mut self) -> Vec<Effect> {
        if self.settings.offline {
            return self.flash_info(strings::OFFLINE_NO_REFRESH);
        }
        if self.refreshing.is_some() {
            return self.flash_info(strings::ALREADY_REFRESHING);
        }
        self.refreshing = Some(RefreshProgress::new(0));
        vec![Effect::Refresh]
    }
}
