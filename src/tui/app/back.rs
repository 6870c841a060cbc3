//! The way back from a list opened from elsewhere: "More on …" (Enter in the actors
//! panel) and one feed's stories (Enter in the feeds overlay). Opening one keeps the
//! place it replaces — the tab, the search, the story selected and its row on screen,
//! and the article being read with its actors panel — and Esc in the list goes back
//! to it. Such lists can open one from another, so the places are a stack; choosing
//! another tab forgets them.

use super::{ActorsPanel, App, Reader, Search, Tab};
use crate::store::{ArticleId, FeedId};
use crate::tui::effects::Effect;

/// Places kept at most (each may hold an article): the oldest go first.
const KEPT: usize = 16;

/// Where the reader was when a list from elsewhere replaced the view.
#[derive(Debug)]
pub struct Place {
    tab: Tab,
    more_on: Option<String>,
    feed_view: Option<(FeedId, String)>,
    search: Option<Search>,
    selected: Option<ArticleId>,
    /// The selected story's row on screen.
    row: usize,
    reader: Option<Reader>,
    actors_panel: Option<ActorsPanel>,
}

impl App {
    /// Keeps the place on show for Esc and clears the view for another list (on the
    /// All tab, which the caller narrows to an actor or a feed).
    pub(super) fn leave_place(&mut self) {
        let mut search = self.search.take();
        if let Some(s) = search.as_mut() {
            s.editing = false;
        }
        let place = Place {
            tab: self.tabs.get(self.tab).cloned().unwrap_or(Tab::All),
            more_on: self.more_on.take(),
            feed_view: self.feed_view.take(),
            search,
            selected: self.list.selected_id(),
            row: self.list.selected.saturating_sub(self.list.offset),
            reader: self.reader.take(),
            actors_panel: self.actors_panel.take(),
        };
        if self.back.len() == KEPT {
            self.back.remove(0);
        }
        self.back.push(place);
        self.tab = 0;
        self.list.start_over();
    }

    /// Esc in a list opened from elsewhere: back to the place it was opened from, on
    /// the same story at the same row, with the article that was open (if any) open
    /// again where it was scrolled.
    pub(super) fn go_back(&mut self) -> Vec<Effect> {
        let Some(place) = self.back.pop() else {
            self.more_on = None;
            self.feed_view = None;
            self.list.start_over();
            return self.reload_list();
        };
        // The tabs may have been read again meanwhile: the tab is found by its name.
        self.tab = self.tabs.iter().position(|t| *t == place.tab).unwrap_or(0);
        self.more_on = place.more_on;
        self.feed_view = place.feed_view;
        self.search = place.search;
        self.list.start_over_at(place.row);
        let mut effects = self.reload_list();
        for effect in &mut effects {
            if let Effect::LoadList { keep, .. } = effect {
                *keep = place.selected;
            }
        }
        self.actors_panel = place.actors_panel;
        self.reader = place.reader;
        self.relayout_reader();
        // An article (or its actors) still loading when it was left missed its answer:
        // asked again.
        if let Some(reader) = self
            .reader
            .as_ref()
            .filter(|r| r.article.is_none() || r.actors.is_none())
        {
            effects.push(Effect::LoadArticle(reader.id));
        }
        effects
    }
}
