//! The TUI's state and its update function: `App::update(msg) -> Vec<Effect>`.
//!
//! `App` is owned by the UI task and changed only here. `update` performs no I/O: it
//! changes state, marks the screen dirty and returns the effects to run; results come
//! back later as `AppEvent`s. Rendering only reads `App` (see `view`).

mod actions;
mod actors;
mod back;
mod events;
mod feeds;
mod input;
mod list;
mod reader;
mod refresh;
mod report;
mod report_events;
mod report_keys;
mod share;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_actors;
#[cfg(test)]
mod tests_attach;
#[cfg(test)]
mod tests_back;
#[cfg(test)]
mod tests_refresh;
#[cfg(test)]
mod tests_report;
#[cfg(test)]
mod tests_share;

use chrono::{DateTime, Utc};

pub use crate::width::wrap;
pub use actors::ActorsPanel;
pub use feeds::FeedsOverlay;
pub use list::{ArticleList, PAGE};
pub use reader::{Mark, Reader, ReaderLine};
pub use refresh::{RefreshProgress, RefreshSummary};
pub use report::{Attachment, DraftChooser, FormField, ReportForm, ReportNotice, SAVE_DELAY_MS};
pub use report_events::size_label as report_size_label;
pub use share::{QrLink, QrView, ShareMenu};

use super::action::{Action, Mode};
use super::effects::{AppEvent, Effect, ListQuery};
use super::keymap::{Key, Keymap};
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
    /// Text was pasted (bracketed paste).
    Paste(String),
    /// Time passed (relative times on screen may change).
    Tick,
    /// Time to look whether another process (a cron `fetch`) changed the cache.
    Watch,
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
    /// The terminal shows 24-bit colour (`COLORTERM`): actors get the Okabe-Ito hues.
    pub truecolor: bool,
    /// Links in the reader are OSC 8 hyperlinks.
    pub hyperlinks: bool,
    /// The share template and X settings, for the share links.
    pub share: crate::config::ShareConfig,
    /// Report limits and whether reports can be sent from here.
    pub report: ReportSettings,
    /// Dates in the list and the overlays in the local time zone, as the status bar's
    /// times and the command line's dates are (they were in UTC: a day off near
    /// midnight far from it). Off in tests, for the same screens in every zone.
    pub local_dates: bool,
}

/// What the report form needs from the config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReportSettings {
    /// Sizes a report is checked against.
    pub limits: crate::report::ReportLimits,
    /// Whether `[report.smtp]` is configured (else reports go out by mailto: or .eml).
    pub smtp: bool,
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
    /// "Mark all read" was pressed once (the id of the message asking for the second
    /// press): the next press does it, any other key forgets.
    pub mark_all_armed: Option<(u64, u64)>,
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
    /// The feeds overlay, when it is open.
    pub feeds: Option<FeedsOverlay>,
    /// The share menu, when it is open.
    pub share: Option<ShareMenu>,
    /// The citizen-report form, when it is open.
    pub report: Option<ReportForm>,
    /// The chooser of drafts to resume, when it is open.
    pub drafts: Option<DraftChooser>,
    /// The notice after queueing without SMTP, when it is shown.
    pub report_notice: Option<ReportNotice>,
    /// Reports not sent yet (drafts included), newest first.
    pub outbox: Vec<crate::report::ReportSummary>,
    /// The outbox's latest trouble for the status bar (a draft not saved, the outbox
    /// not read), and whether it is an error.
    pub outbox_status: Option<(String, bool)>,
    /// How sending the queued reports stands (sending, waiting for a retry, refused),
    /// and whether it is an error; gone once no report waits.
    pub send_status: Option<(String, bool)>,
    /// When the outbox's next retry is set to run, if a timer is waiting for it.
    pub retry_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Articles in the cache and unread ones.
    pub counts: Option<(u64, u64)>,
    /// The refresh under way.
    pub refreshing: Option<RefreshProgress>,
    /// The last refresh's outcome.
    pub last_refresh: Option<RefreshSummary>,
    /// The actors panel over the reader, when open.
    pub actors_panel: Option<ActorsPanel>,
    /// The list shows "More on" this actor: every cached story naming it.
    pub more_on: Option<String>,
    /// One feed's stories, chosen in the feeds overlay: its id and name.
    pub feed_view: Option<(crate::store::FeedId, String)>,
    /// Where "More on …" and one feed's lists were opened from, the latest last: Esc
    /// goes back there.
    pub(super) back: Vec<back::Place>,
    /// Finding actors in the background: (done, total).
    pub actors_progress: Option<(u64, u64)>,
    /// Actors added to the user's file this session (so `+` twice adds once).
    pub actors_added: Vec<String>,
    /// The status bar message.
    pub flash: Option<Flash>,
    /// Set when the loop should end.
    pub quit: bool,
    /// Opened for the report form alone (`report new` in a terminal): the program ends
    /// once the form is closed (or its report queued and, with SMTP, tried).
    pub form_only: bool,
    /// The form's outcome, to print once the terminal is given back: a line for stdout,
    /// or what went wrong (stderr, exit 1).
    pub farewell: Option<Result<String, String>>,
    /// What became of the form opened alone, for its farewell.
    pub(super) form_result: FormResult,
    /// The form opened alone queued this report and waits for its send's outcome.
    pub(super) awaiting_send: Option<crate::report::ReportId>,
    /// Set when the screen must be redrawn.
    pub dirty: bool,
    generation: u64,
    flashes: u64,
    open_next_unread: bool,
    report_sessions: u64,
}

/// What became of a report form opened alone (`report new` in a terminal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum FormResult {
    /// Still open.
    Open,
    /// Closed with nothing written.
    Closed,
    /// Kept as a draft.
    Kept,
    /// Discarded.
    Discarded,
    /// Queued, not sent from here (no SMTP, or `--offline`).
    Queued(crate::report::ReportId),
    /// Queued and sent.
    Sent,
    /// Queued, but the send failed: the error.
    NotSent(crate::report::ReportId, String),
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
            mark_all_armed: None,
            tabs: vec![Tab::All, Tab::Unread, Tab::Starred],
            tab: 0,
            unread_only: false,
            search: None,
            list: ArticleList::default(),
            reader: None,
            help: None,
            feeds: None,
            share: None,
            report: None,
            drafts: None,
            report_notice: None,
            outbox: Vec::new(),
            outbox_status: None,
            send_status: None,
            retry_at: None,
            counts: None,
            refreshing: None,
            last_refresh: None,
            actors_panel: None,
            more_on: None,
            feed_view: None,
            back: Vec::new(),
            actors_progress: None,
            actors_added: Vec::new(),
            flash: None,
            quit: false,
            dirty: true,
            generation: 0,
            flashes: 0,
            form_only: false,
            farewell: None,
            form_result: FormResult::Open,
            awaiting_send: None,
            open_next_unread: false,
            report_sessions: 0,
        }
    }

    /// Whether the list on show is one to go back from (search results, "More on…",
    /// one feed's stories): the list's quit key goes back there.
    pub fn list_goes_back(&self) -> bool {
        self.search.is_some() || self.more_on.is_some() || self.feed_view.is_some()
    }

    /// Which keymap applies now.
    pub fn mode(&self) -> Mode {
        if self.help.is_some() {
            Mode::Help
        } else if self.feeds.is_some() {
            Mode::Feeds
        } else if self.share.is_some() {
            Mode::Share
        } else if self.report.as_ref().is_some_and(|f| f.confirm_close) {
            Mode::ReportConfirm
        } else if self.report.is_some() {
            Mode::Report
        } else if self.drafts.is_some() {
            Mode::ReportDrafts
        } else if self.report_notice.is_some() {
            Mode::ReportSent
        } else if self.actors_panel.is_some() && self.reader.is_some() {
            Mode::Actors
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
            feed: self.feed_view.as_ref().map(|(id, _)| *id),
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
        ListQuery {
            filter,
            search,
            actor: self.more_on.clone(),
        }
    }

    /// Rows the list has on screen.
    pub fn list_height(&self) -> usize {
        layout::body_height(self.size, self.search.is_some())
    }

    /// The list, the tabs and the counts again, after the cache changed under them (a
    /// feed landed, another process wrote, the sample made way).
    pub(super) fn reload_cache_view(&mut self) -> Vec<Effect> {
        let mut effects = self.reload_list();
        effects.extend([Effect::LoadTabs, Effect::LoadCounts]);
        effects
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
        let effects = self.update_inner(msg);
        if self.form_only && !self.quit {
            self.end_if_form_done();
        }
        effects
    }

    /// With the form alone on screen, the program ends when nothing of the report is
    /// left to show: the form, the drafts chooser and the no-SMTP notice closed, and
    /// no send under way. Its last word, for a shell the reader no longer covers, is
    /// printed after the terminal is back.
    fn end_if_form_done(&mut self) {
        if self.report.is_some()
            || self.drafts.is_some()
            || self.report_notice.is_some()
            || self.awaiting_send.is_some()
        {
            return;
        }
        self.quit = true;
        self.farewell = Some(match &self.form_result {
            FormResult::Open | FormResult::Closed => Ok(strings::FORM_CLOSED.to_owned()),
            FormResult::Kept => Ok(strings::FORM_KEPT.to_owned()),
            FormResult::Discarded => Ok(strings::FORM_DISCARDED.to_owned()),
            FormResult::Queued(id) => Ok(strings::form_queued(*id, self.settings.report.smtp)),
            FormResult::Sent => Ok(strings::FORM_SENT.to_owned()),
            FormResult::NotSent(id, error) => Err(strings::form_not_sent(*id, error)),
        });
    }

    fn update_inner(&mut self, msg: Msg) -> Vec<Effect> {
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
            Msg::Paste(text) => self.on_paste(&text),
            Msg::Tick => {
                self.dirty = true;
                Vec::new()
            }
            // The outbox is read again too (a few rows): reports sent or discarded
            // from the command line meanwhile, or drafts another reader kept, which
            // `r` must offer to resume rather than start a second report.
            Msg::Watch => vec![Effect::CheckCache { report: true }, Effect::LoadOutbox],
            Msg::Event(event) => self.on_event(event),
            Msg::Quit => {
                self.quit = true;
                self.flush_draft()
            }
        }
    }

    pub(super) fn relayout_reader(&mut self) {
        let width = layout::reader_width(self.size, self.settings.reader_width);
        let height = layout::body_height(self.size, false);
        if let Some(reader) = self.reader.as_mut() {
            reader.layout(width);
            reader.scroll_by(0, height);
        }
    }

    pub(super) fn flash_info(&mut self, text: &str) -> Vec<Effect> {
        self.flash_with(text, false)
    }

    pub(super) fn flash_error(&mut self, text: &str) -> Vec<Effect> {
        self.flash_with(text, true)
    }

    pub(super) fn flash_with(&mut self, text: &str, error: bool) -> Vec<Effect> {
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

pub(super) fn rows_effect((page, ids): (usize, Vec<ArticleId>)) -> Effect {
    Effect::LoadRows { page, ids }
}
