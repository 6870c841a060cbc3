//! The feeds overlay (`F`): every followed feed with its story count, when it last
//! refreshed, and the whole error of one that failed, which the status bar can only
//! cut short.

use super::App;
use crate::store::{FeedId, FeedRow};
use crate::tui::action::Action;
use crate::tui::effects::Effect;

/// The overlay's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedsOverlay {
    /// The followed feeds, once read (`None` while loading).
    pub feeds: Option<Vec<FeedRow>>,
    /// Why the feeds could not be read.
    pub error: Option<String>,
    /// How far it is scrolled.
    pub scroll: usize,
    /// The feed chosen (Enter shows its stories).
    pub selected: usize,
    /// The feed of the story selected when the overlay opened (its id when known, and
    /// its name), chosen once the feeds are read.
    story_feed: Option<(Option<FeedId>, String)>,
}

impl App {
    /// Opens the overlay and asks for the feeds; the feed of the story in the reader (or
    /// selected in the list) will be the one chosen.
    pub(super) fn open_feeds(&mut self) -> Vec<Effect> {
        let story_feed = match self.reader.as_ref() {
            Some(reader) => reader
                .article
                .as_ref()
                .map(|a| (Some(a.feed_id), a.summary.feed.clone())),
            None => self
                .list
                .row(self.list.selected)
                .map(|r| (None, r.feed.clone())),
        };
        self.feeds = Some(FeedsOverlay {
            story_feed,
            ..FeedsOverlay::default()
        });
        vec![Effect::LoadFeeds]
    }

    /// What an action does while the overlay is open. A refresh may start from it; the
    /// overlay follows it when it ends.
    pub(super) fn act_feeds(&mut self, action: Action) -> Vec<Effect> {
        if self.feeds.is_none() {
            return Vec::new();
        }
        match action {
            Action::Back | Action::Feeds => self.feeds = None,
            Action::Quit => self.quit = true,
            Action::Help => self.help = Some(0),
            Action::Refresh => return self.start_refresh(),
            Action::Open => return self.open_feed_view(),
            _ => {
                // Every move picks a feed; the overlay scrolls to show it. A feed takes
                // about four lines.
                let n = self
                    .feeds
                    .as_ref()
                    .and_then(|f| f.feeds.as_ref())
                    .map_or(0, Vec::len);
                let page = usize::from(self.size.1.saturating_sub(6) / 4).max(1);
                let Some(f) = self.feeds.as_mut() else {
                    return Vec::new();
                };
                let at = f.selected;
                f.selected = match action {
                    Action::Down => at + 1,
                    Action::Up => at.saturating_sub(1),
                    Action::PageDown => at + page,
                    Action::PageUp => at.saturating_sub(page),
                    Action::HalfPageDown => at + page.div_ceil(2),
                    Action::HalfPageUp => at.saturating_sub(page.div_ceil(2)),
                    Action::Top => 0,
                    Action::Bottom => usize::MAX,
                    _ => return Vec::new(),
                }
                .min(n.saturating_sub(1));
                let to = crate::tui::view::feeds::scroll_to_selected(self);
                if let Some(f) = self.feeds.as_mut() {
                    f.scroll = to;
                }
            }
        }
        Vec::new()
    }

    /// The chosen feed's stories in place of the list (or the reader), until Esc.
    fn open_feed_view(&mut self) -> Vec<Effect> {
        let Some(overlay) = self.feeds.take() else {
            return Vec::new();
        };
        let Some(feed) = overlay
            .feeds
            .as_ref()
            .and_then(|feeds| feeds.get(overlay.selected))
        else {
            return Vec::new();
        };
        // A feed never stored has no row yet, and no story.
        if feed.id.0 == 0 {
            return self.flash_info(super::strings::FEED_NOT_STORED);
        }
        let chosen = (feed.id, feed.name.clone());
        self.leave_place();
        self.feed_view = Some(chosen);
        self.reload_list()
    }

    /// The feeds were read (or not).
    pub(super) fn feeds_loaded(&mut self, feeds: Result<Vec<FeedRow>, String>) -> Vec<Effect> {
        if let Some(overlay) = self.feeds.as_mut() {
            match feeds {
                Ok(rows) => {
                    // The story's feed, the first time the feeds come (a feed never
                    // stored has no id yet: its name tells it).
                    if let Some((id, name)) = overlay.story_feed.take()
                        && let Some(at) = rows
                            .iter()
                            .position(|f| id.is_some_and(|id| f.id == id))
                            .or_else(|| rows.iter().position(|f| f.name == name))
                    {
                        overlay.selected = at;
                    }
                    overlay.selected = overlay.selected.min(rows.len().saturating_sub(1));
                    overlay.feeds = Some(rows);
                    overlay.error = None;
                }
                Err(e) => overlay.error = Some(e),
            }
            let end = crate::tui::view::feeds::max_scroll(self);
            let to = crate::tui::view::feeds::scroll_to_selected(self);
            if let Some(overlay) = self.feeds.as_mut() {
                overlay.scroll = to.min(end);
            }
        }
        Vec::new()
    }
}
