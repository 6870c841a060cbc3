//! The TUI's state and its update function: `App::update(msg) -> Vec<Effect>`.
//!
//! `App` is owned by the UI task and changed only here. `update` performs no I/O: it
//! changes state, marks the screen dirty and returns the effects to run; results come
//! back later as `AppEvent`s. Rendering only reads `App` (see `view`).

mod list;
mod reader;
mod refresh;
#[cfg(test)]
mod tests;

use chrono::{DateTime, Utc};

pub use list::{ArticleList, PAGE};
pub use reader::{Reader, ReaderLine, wrap};
pub use refresh::{RefreshProgress, RefreshSummary};

use super::action::{Action, Mode};
use super::effects::{AppEvent, Effect, ListQuery};
use super::keymap::{Key, KeyCode, Keymap};
use super::layout;
use super::strings;
use crate::store::{ArticleId, ListFilter};

/// A message into `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A key was pressed.
    Key(Key),
    /// An action, without going through the keymap.
    Action(Action),
    /// Mouse input.
    Mouse(Mouse),
    /// The terminal was resized.
    Resize(u16, u16),
    /// Time passed (relative times on screen may change).
    Tick,
    /// An effect finished.
    Event(AppEvent),
    /// A signal asked us to stop.
    Quit,
}

/// The mouse input the reader uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mouse {
    /// Wheel up.
    ScrollUp,
    /// Wheel down.
    ScrollDown,
    /// Left click at (column, row).
    Click(u16, u16),
}

/// A tab of the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tab {
    /// Every article.
    All,
    /// One section (a feed's section or a category).
    Section(String),
    /// Unread articles.
    Unread,
    /// Starred articles.
    Starred,
}

impl Tab {
    /// Its label.
    pub fn label(&self) -> &str {
        match self {
            Tab::All => "All",
            Tab::Section(s) => s,
            Tab::Unread => "Unread",
            Tab::Starred => "Starred",
        }
    }
}

/// A short message in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    /// The text.
    pub text: String,
    /// Shown as an error.
    pub error: bool,
    id: u64,
}

/// The search being typed or browsed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    /// What was typed.
    pub query: String,
    /// Whether keys go into the query.
    pub editing: bool,
}

/// Settings `update` needs, from the config and the command line.
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent switches, not a state machine"
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The outlet's name, shown in the header.
    pub outlet: String,
    /// Widest reading column.
    pub reader_width: u16,
    /// Opening an article marks it read.
    pub mark_read_on_open: bool,
    /// `--offline`: no network at all.
    pub offline: bool,
    /// Colours on (off with `NO_COLOR`).
    pub color: bool,
    /// Links in the reader are OSC 8 hyperlinks.
    pub hyperlinks: bool,
}

/// The whole UI state.
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent flags of the screen"
)]
#[derive(Debug)]
pub struct App {
    /// The clock, set by the loop before each update (fixed in tests).
    pub now: DateTime<Utc>,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// The live keymap.
    pub keymap: Keymap,
    /// Settings.
    pub settings: Settings,
    /// The cache holds the bundled sample edition.
    pub sample: bool,
    /// Header tabs.
    pub tabs: Vec<Tab>,
    /// The selected tab.
    pub tab: usize,
    /// Only unread articles, whatever the tab.
    pub unread_only: bool,
    /// The search, when one is active.
    pub search: Option<Search>,
    /// The article list.
    pub list: ArticleList,
    /// The reader, when an article is open.
    pub reader: Option<Reader>,
    /// The help overlay's scroll, when it is open.
    pub help: Option<usize>,
    /// Articles in the cache and unread ones.
    pub counts: Option<(u64, u64)>,
    /// The refresh under way.
    pub refreshing: Option<RefreshProgress>,
    /// The last refresh's outcome.
    pub last_refresh: Option<RefreshSummary>,
    /// The status bar message.
    pub flash: Option<Flash>,
    /// Set when the loop should end.
    pub quit: bool,
    /// Set when the screen must be redrawn.
    pub dirty: bool,
    generation: u64,
    flashes: u64,
    open_next_unread: bool,
}

impl App {
    /// A new app over a list already loaded (so the first frame needs no round trip).
    pub fn new(settings: Settings, keymap: Keymap, size: (u16, u16), now: DateTime<Utc>) -> App {
        App {
            now,
            size,
            keymap,
            settings,
            sample: false,
            tabs: vec![Tab::All, Tab::Unread, Tab::Starred],
            tab: 0,
            unread_only: false,
            search: None,
            list: ArticleList::default(),
            reader: None,
            help: None,
            counts: None,
            refreshing: None,
            last_refresh: None,
            flash: None,
            quit: false,
            dirty: true,
            generation: 0,
            flashes: 0,
            open_next_unread: false,
        }
    }

    /// Which keymap applies now.
    pub fn mode(&self) -> Mode {
        if self.help.is_some() {
            Mode::Help
        } else if self.reader.is_some() {
            Mode::Reader
        } else if self.search.as_ref().is_some_and(|s| s.editing) {
            Mode::Search
        } else {
            Mode::List
        }
    }

    /// The query the list shows now.
    pub fn list_query(&self) -> ListQuery {
        let mut filter = ListFilter {
            unread: self.unread_only,
            ..ListFilter::default()
        };
        match self.tabs.get(self.tab) {
            Some(Tab::Section(s)) => filter.section = Some(s.clone()),
            Some(Tab::Unread) => filter.unread = true,
            Some(Tab::Starred) => filter.starred = true,
            Some(Tab::All) | None => {}
        }
        let search = self
            .search
            .as_ref()
            .map(|s| s.query.trim().to_owned())
            .filter(|q| !q.is_empty());
        ListQuery { filter, search }
    }

    /// Rows the list has on screen.
    pub fn list_height(&self) -> usize {
        layout::body_height(self.size, self.search.is_some())
    }

    /// Starts loading the list for the current query, keeping the selection if it can.
    pub fn reload_list(&mut self) -> Vec<Effect> {
        self.generation += 1;
        self.list.begin(self.generation);
        vec![Effect::LoadList {
            generation: self.generation,
            query: self.list_query(),
            keep: self.list.selected_id(),
        }]
    }

    /// The generation the next list answer must carry (for the loop's first load).
    pub fn take_generation(&mut self) -> u64 {
        self.generation += 1;
        self.list.begin(self.generation);
        self.generation
    }

    /// Handles one message.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Key(key) => self.on_key(key),
            Msg::Action(action) => self.act(action),
            Msg::Mouse(mouse) => self.on_mouse(mouse),
            Msg::Resize(w, h) => {
                self.size = (w, h);
                self.dirty = true;
                let height = self.list_height();
                self.list.clamp(height);
                self.relayout_reader();
                self.list
                    .missing_pages(height)
                    .into_iter()
                    .map(rows_effect)
                    .collect()
            }
            Msg::Tick => {
                self.dirty = true;
                Vec::new()
            }
            Msg::Event(event) => self.on_event(event),
            Msg::Quit => {
                self.quit = true;
                Vec::new()
            }
        }
    }

    fn on_key(&mut self, key: Key) -> Vec<Effect> {
        let mode = self.mode();
        if mode == Mode::Reader
            && let Some(effects) = self.link_key(key)
        {
            return effects;
        }
        // While typing a query, a printable character is text: global bindings such as
        // `R` or `?` must not steal it (only the search mode's own bindings apply).
        let typing =
            mode == Mode::Search && matches!(key.code, KeyCode::Char(_)) && !key.ctrl && !key.alt;
        let action = if typing {
            self.keymap.action_in(Mode::Search, key)
        } else {
            self.keymap.action(mode, key)
        };
        if let Some(action) = action {
            return self.act(action);
        }
        if mode == Mode::Search {
            return self.edit_search(key);
        }
        Vec::new()
    }

    /// Digits in the reader type a link number; Enter opens it, Esc cancels.
    fn link_key(&mut self, key: Key) -> Option<Vec<Effect>> {
        let reader = self.reader.as_mut()?;
        let typing = reader.link_input.is_some();
        let digit = match key.code {
            KeyCode::Char(c) if !key.ctrl && !key.alt => c.to_digit(10),
            _ => None,
        };
        if !typing && (digit.is_none() || self.keymap.action(Mode::Reader, key).is_some()) {
            return None;
        }
        let count = reader.links().len();
        self.dirty = true;
        if let Some(d) = digit {
            let input = reader.link_input.get_or_insert_with(String::new);
            input.push(char::from_digit(d, 10).unwrap_or('0'));
            let n: usize = input.parse().unwrap_or(0);
            // Open at once when no further digit could make a valid number.
            if n > 0 && n * 10 > count {
                return Some(self.open_link(n));
            }
            if n == 0 || n > count {
                reader.link_input = None;
                return Some(self.flash_error(&strings::no_such_link(count)));
            }
            return Some(Vec::new());
        }
        match key.code {
            KeyCode::Enter => {
                let n = reader
                    .link_input
                    .take()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                Some(self.open_link(n))
            }
            KeyCode::Backspace => {
                if let Some(input) = reader.link_input.as_mut() {
                    input.pop();
                    if input.is_empty() {
                        reader.link_input = None;
                    }
                }
                Some(Vec::new())
            }
            KeyCode::Esc => {
                reader.link_input = None;
                Some(Vec::new())
            }
            _ => {
                // Any other key cancels the number and then does what it does.
                reader.link_input = None;
                None
            }
        }
    }

    fn open_link(&mut self, n: usize) -> Vec<Effect> {
        let Some(reader) = self.reader.as_mut() else {
            return Vec::new();
        };
        reader.link_input = None;
        let count = reader.links().len();
        match n
            .checked_sub(1)
            .and_then(|i| reader.links().get(i))
            .cloned()
        {
            Some(url) => self.open_url(url),
            None => self.flash_error(&strings::no_such_link(count)),
        }
    }

    fn open_url(&mut self, url: String) -> Vec<Effect> {
        if !crate::open::is_openable(&url) {
            return self.flash_error(&strings::not_openable(&url));
        }
        let mut effects = self.flash_info(&strings::opening(&url));
        effects.push(Effect::OpenUrl(url));
        effects
    }

    fn edit_search(&mut self, key: Key) -> Vec<Effect> {
        let Some(search) = self.search.as_mut() else {
            return Vec::new();
        };
        match key.code {
            KeyCode::Char(c) if !key.ctrl && !key.alt && !crate::sanitize::is_unsafe(c) => {
                search.query.push(c);
            }
            KeyCode::Backspace => {
                search.query.pop();
            }
            KeyCode::Char('u') if key.ctrl => search.query.clear(),
            KeyCode::Char('w') if key.ctrl => {
                let keep = search.query.trim_end().rfind(' ').map_or(0, |i| i + 1);
                search.query.truncate(keep);
            }
            _ => return Vec::new(),
        }
        self.dirty = true;
        self.list.selected = 0;
        self.list.offset = 0;
        self.reload_list()
    }

    /// Performs an action.
    pub fn act(&mut self, action: Action) -> Vec<Effect> {
        self.dirty = true;
        match self.mode() {
            Mode::Help => self.act_help(action),
            Mode::Reader => self.act_reader(action),
            Mode::List | Mode::Search | Mode::Global => self.act_list(action),
        }
    }

    fn act_common(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Quit => {
                self.quit = true;
                Vec::new()
            }
            Action::Help => {
                self.help = Some(0);
                Vec::new()
            }
            Action::Refresh => self.start_refresh(),
            Action::Actors => self.flash_info(strings::NOT_YET_ACTORS),
            Action::Share => self.flash_info(strings::NOT_YET_SHARE),
            Action::Report => self.flash_info(strings::NOT_YET_REPORT),
            _ => Vec::new(),
        }
    }

    fn act_help(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Back | Action::Help => self.help = None,
            Action::Down => self.help = self.help.map(|s| s + 1),
            Action::Up => self.help = self.help.map(|s| s.saturating_sub(1)),
            Action::Quit => self.quit = true,
            _ => {}
        }
        Vec::new()
    }

    fn act_list(&mut self, action: Action) -> Vec<Effect> {
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
            }
            Action::NextTab | Action::PrevTab => {
                let n = self.tabs.len().max(1);
                self.tab = if action == Action::NextTab {
                    (self.tab + 1) % n
                } else {
                    (self.tab + n - 1) % n
                };
                self.list.selected = 0;
                self.list.offset = 0;
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
            Action::ToggleRead => return self.toggle_read(self.list.selected_id()),
            Action::ToggleStar => return self.toggle_star(self.list.selected_id()),
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

    fn act_reader(&mut self, action: Action) -> Vec<Effect> {
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

    fn open_article_url(&mut self, url: Option<String>) -> Vec<Effect> {
        match url {
            Some(url) => self.open_url(url),
            None => self.flash_error(strings::NO_LINK),
        }
    }

    fn open_selected(&mut self) -> Vec<Effect> {
        let Some(id) = self.list.selected_id() else {
            return Vec::new();
        };
        self.reader = Some(Reader::loading(id));
        vec![Effect::LoadArticle(id)]
    }

    fn next_unread(&mut self, open: bool) -> Vec<Effect> {
        let from = self.list.selected + 1;
        // Look through the rows already fetched first; ask the store only past them.
        let mut index = from;
        while let Some(row) = self.list.row(index) {
            if !row.read {
                return self.go_to_unread(index, open);
            }
            index += 1;
        }
        if index >= self.list.len() {
            return self.flash_info(strings::NO_MORE_UNREAD);
        }
        self.open_next_unread = open;
        vec![Effect::FindUnread {
            generation: self.list.generation,
            ids: self.list.ids.clone(),
            from: index,
        }]
    }

    fn go_to_unread(&mut self, index: usize, open: bool) -> Vec<Effect> {
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
        effects
    }

    fn toggle_read(&mut self, id: Option<ArticleId>) -> Vec<Effect> {
        let Some(id) = id else {
            return Vec::new();
        };
        let read = !self.is_read(id);
        self.set_read_locally(id, read);
        vec![Effect::SetRead(id, read)]
    }

    fn is_read(&self, id: ArticleId) -> bool {
        self.list
            .row_by_id(id)
            .map(|r| r.read)
            .or_else(|| {
                let reader = self.reader.as_ref().filter(|r| r.id == id)?;
                reader.article.as_ref().map(|a| a.summary.read)
            })
            .unwrap_or(false)
    }

    fn set_read_locally(&mut self, id: ArticleId, read: bool) {
        let was = self.is_read(id);
        self.list.update_row(id, |r| r.read = read);
        if let Some(article) = self
            .reader
            .as_mut()
            .filter(|r| r.id == id)
            .and_then(|r| r.article.as_mut())
        {
            article.summary.read = read;
        }
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

    fn toggle_star(&mut self, id: Option<ArticleId>) -> Vec<Effect> {
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
        self.list.update_row(id, |r| r.starred = starred);
        if let Some(article) = self
            .reader
            .as_mut()
            .filter(|r| r.id == id)
            .and_then(|r| r.article.as_mut())
        {
            article.summary.starred = starred;
        }
        let msg = if starred {
            strings::STARRED
        } else {
            strings::UNSTARRED
        };
        let mut effects = self.flash_info(msg);
        effects.push(Effect::SetStarred(id, starred));
        effects
    }

    fn on_mouse(&mut self, mouse: Mouse) -> Vec<Effect> {
        if self.help.is_some() {
            return Vec::new();
        }
        if self.reader.is_some() {
            return match mouse {
                Mouse::ScrollDown => self.scroll_reader(3),
                Mouse::ScrollUp => self.scroll_reader(-3),
                Mouse::Click(..) => Vec::new(),
            };
        }
        let height = self.list_height();
        self.dirty = true;
        match mouse {
            Mouse::ScrollDown => self.list.move_by(3, height),
            Mouse::ScrollUp => self.list.move_by(-3, height),
            Mouse::Click(_, row) => {
                let top = layout::BODY_TOP;
                if row >= top && usize::from(row - top) < height {
                    let index = self.list.offset + usize::from(row - top);
                    if index < self.list.len() {
                        if index == self.list.selected {
                            return self.open_selected();
                        }
                        self.list.select(index, height);
                    }
                }
            }
        }
        self.list
            .missing_pages(height)
            .into_iter()
            .map(rows_effect)
            .collect()
    }

    fn scroll_reader(&mut self, delta: isize) -> Vec<Effect> {
        let height = layout::body_height(self.size, false);
        if let Some(reader) = self.reader.as_mut() {
            reader.scroll_by(delta, height);
            self.dirty = true;
        }
        Vec::new()
    }

    fn relayout_reader(&mut self) {
        let width = layout::reader_width(self.size, self.settings.reader_width);
        let height = layout::body_height(self.size, false);
        if let Some(reader) = self.reader.as_mut() {
            reader.layout(width);
            reader.scroll_by(0, height);
        }
    }

    fn on_event(&mut self, event: AppEvent) -> Vec<Effect> {
        self.dirty = true;
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
                let mut tabs = vec![Tab::All];
                tabs.extend(sections.into_iter().map(Tab::Section));
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
                // New articles flow in as each feed lands, the selection staying put.
                if changed {
                    self.reload_list()
                } else {
                    Vec::new()
                }
            }
            AppEvent::RefreshFinished { error, sample } => {
                let progress = self
                    .refreshing
                    .take()
                    .unwrap_or_else(|| RefreshProgress::new(0));
                self.last_refresh = Some(progress.finish(self.now, error));
                self.sample = sample.unwrap_or(self.sample);
                let mut effects = self.reload_list();
                effects.extend([Effect::LoadTabs, Effect::LoadCounts]);
                effects
            }
            AppEvent::Opened(url) => self.flash_info(&strings::opened(&url)),
            AppEvent::OpenFailed { url, error } => {
                self.flash_error(&strings::open_failed(&url, &error))
            }
            AppEvent::FlashExpired(id) => {
                if self.flash.as_ref().is_some_and(|f| f.id == id) {
                    self.flash = None;
                }
                Vec::new()
            }
        }
    }

    fn article_loaded(&mut self, article: Box<crate::store::Article>) -> Vec<Effect> {
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

    fn start_refresh(&mut self) -> Vec<Effect> {
        if self.settings.offline {
            return self.flash_info(strings::OFFLINE_NO_REFRESH);
        }
        if self.refreshing.is_some() {
            return self.flash_info(strings::ALREADY_REFRESHING);
        }
        self.refreshing = Some(RefreshProgress::new(0));
        vec![Effect::Refresh]
    }

    fn flash_info(&mut self, text: &str) -> Vec<Effect> {
        self.flash_with(text, false)
    }

    fn flash_error(&mut self, text: &str) -> Vec<Effect> {
        self.flash_with(text, true)
    }

    fn flash_with(&mut self, text: &str, error: bool) -> Vec<Effect> {
        self.flashes += 1;
        self.flash = Some(Flash {
            text: crate::sanitize::clean_line(text),
            error,
            id: self.flashes,
        });
        self.dirty = true;
        vec![Effect::ExpireFlash(self.flashes)]
    }
}

fn rows_effect((page, ids): (usize, Vec<ArticleId>)) -> Effect {
    Effect::LoadRows { page, ids }
}
