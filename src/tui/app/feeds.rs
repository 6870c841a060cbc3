//! The feeds overlay (`F`): every followed feed with its story count, when it last
//! refreshed, and the whole error of one that failed, which the status bar can only
//! cut short.

use super::App;
use crate::store::FeedRow;
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
}

impl App {
    /// Opens the overlay and asks for the feeds.
    pub(super) fn open_feeds(&mut self) -> Vec<Effect> {
        self.feeds = Some(FeedsOverlay::default());
        vec![Effect::LoadFeeds]
    }

    /// What an action does while the overlay is open. A refresh may start from it; the
    /// overlay follows it when it ends.
    pub(super) fn act_feeds(&mut self, action: Action) -> Vec<Effect> {
        let Some(at) = self.feeds.as_ref().map(|f| f.scroll) else {
            return Vec::new();
        };
        match action {
            Action::Back | Action::Feeds => self.feeds = None,
            Action::Quit => self.quit = true,
            Action::Help => self.help = Some(0),
            Action::Refresh => return self.start_refresh(),
            _ => {
                if let Some(to) = self.overlay_scroll(at, action) {
                    let end = crate::tui::view::feeds::max_scroll(self);
                    if let Some(f) = self.feeds.as_mut() {
                        f.scroll = to.min(end);
                    }
                }
            }
        }
        Vec::new()
    }

    /// The feeds were read (or not).
    pub(super) fn feeds_loaded(&mut self, feeds: Result<Vec<FeedRow>, String>) -> Vec<Effect> {
        if let Some(overlay) = self.feeds.as_mut() {
            match feeds {
                Ok(rows) => {
                    overlay.feeds = Some(rows);
                    overlay.error = None;
                }
                Err(e) => overlay.error = Some(e),
            }
            let end = crate::tui::view::feeds::max_scroll(self);
            if let Some(overlay) = self.feeds.as_mut() {
                overlay.scroll = overlay.scroll.min(end);
            }
        }
        Vec::new()
    }
}
