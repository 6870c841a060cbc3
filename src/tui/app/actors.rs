//! Actors in the reader: the article's extraction arriving (its mentions become marks
//! to highlight, and a legend line), the actors panel (`a`) and its keys — moving,
//! jumping between the selected actor's mentions, "More on …" (every cached story naming
//! it) and `+` (a discovered actor into the user's file) — and the background
//! extraction's progress.

use super::{App, Reader, ReaderLine, reader::Mark};
use crate::actors::{Entry, Extraction};
use crate::tui::action::Action;
use crate::tui::effects::{AppEvent, Effect};
use crate::tui::layout;
use crate::tui::strings;

/// The actors panel: which actor is selected and which of its mentions was jumped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ActorsPanel {
    /// Index into the article's actors (most prominent first).
    pub selected: usize,
    /// Index into the selected actor's mentions, once Tab was pressed.
    pub mention: Option<usize>,
}

impl Reader {
    /// Takes the article's actors: marks for the highlighter, and the legend line
    /// (inserted under the byline, the reading position kept).
    pub fn set_actors(&mut self, x: Box<Extraction>) {
        let mut marks: Vec<Mark> = x
            .actors
            .iter()
            .flat_map(|a| {
                a.mentions.iter().map(|&(start, end)| Mark {
                    start,
                    end,
                    kind: a.kind,
                    discovered: a.discovered,
                })
            })
            .collect();
        marks.sort_by_key(|m| (m.start, m.end));
        self.marks = marks;
        let legend = !x.actors.is_empty();
        self.actors = Some(x);
        self.current = None;
        let has_legend = self.lines.contains(&ReaderLine::Legend);
        if legend
            && !has_legend
            && let Some(rule) = self
                .lines
                .iter()
                .position(|l| matches!(l, ReaderLine::Rule(_)))
        {
            self.lines.insert(rule, ReaderLine::Legend);
            if self.scroll > rule {
                self.scroll += 1;
            }
        }
    }

    /// The line showing char `offset` of the plain text.
    pub fn line_of(&self, offset: u32) -> Option<usize> {
        let offset = usize::try_from(offset).ok()?;
        self.lines.iter().position(|l| match l {
            ReaderLine::Body(line) => line
                .pieces
                .iter()
                .any(|p| p.source.as_ref().is_some_and(|r| r.contains(&offset))),
            _ => false,
        })
    }

    fn actor_count(&self) -> usize {
        self.actors.as_ref().map_or(0, |x| x.actors.len())
    }
}

impl App {
    /// `a`: the actors panel over the reader (from the list, the article opens first).
    pub(super) fn open_actors(&mut self) -> Vec<Effect> {
        let effects = if self.reader.is_none() {
            self.open_selected()
        } else {
            Vec::new()
        };
        if self.reader.is_some() {
            self.actors_panel = Some(ActorsPanel::default());
        }
        effects
    }

    pub(super) fn act_actors(&mut self, action: Action) -> Vec<Effect> {
        let count = self.reader.as_ref().map_or(0, Reader::actor_count);
        let Some(panel) = self.actors_panel.as_mut() else {
            return Vec::new();
        };
        let last = count.saturating_sub(1);
        let select = |panel: &mut ActorsPanel, i: usize| {
            panel.selected = i.min(last);
            panel.mention = None;
        };
        match action {
            Action::Down => select(panel, panel.selected + 1),
            Action::Up => select(panel, panel.selected.saturating_sub(1)),
            Action::Top => select(panel, 0),
            Action::Bottom => select(panel, last),
            Action::NextMention => return self.jump_to_mention(true),
            Action::PrevMention => return self.jump_to_mention(false),
            Action::MoreOnActor => return self.more_on_selected(),
            Action::AddActor => return self.add_selected_actor(),
            Action::Back | Action::Actors => {
                self.actors_panel = None;
                self.leave_mention();
                return Vec::new();
            }
            other => return self.act_common(other),
        }
        self.leave_mention();
        Vec::new()
    }

    /// No mention is marked any more: its mark and its "mention N of M" go.
    fn leave_mention(&mut self) {
        if let Some(reader) = self.reader.as_mut()
            && reader.current.take().is_some()
            && self.flash.as_ref().is_some_and(|f| !f.error)
        {
            self.flash = None;
        }
    }

    fn selected_actor(&self) -> Option<&crate::actors::Actor> {
        let panel = self.actors_panel?;
        self.reader
            .as_ref()?
            .actors
            .as_ref()?
            .actors
            .get(panel.selected)
    }

    /// Tab / Shift-Tab: the selected actor's next or previous mention, scrolled into
    /// the part of the reader the panel leaves visible and marked apart.
    fn jump_to_mention(&mut self, forward: bool) -> Vec<Effect> {
        let Some(actor) = self.selected_actor() else {
            return Vec::new();
        };
        let (name, mentions) = (actor.name.clone(), actor.mentions.clone());
        let in_title = !actor.title_mentions.is_empty();
        if mentions.is_empty() {
            return self.flash_info(&strings::only_in_title(&name));
        }
        let height = usize::from(self.actors_reader_area().height).max(1);
        let (Some(panel), Some(reader)) = (self.actors_panel.as_mut(), self.reader.as_mut()) else {
            return Vec::new();
        };
        let n = mentions.len();
        let next = match (panel.mention, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        };
        panel.mention = Some(next);
        let (start, end) = mentions[next];
        reader.current = Some((start, end));
        if let Some(line) = reader.line_of(start)
            && (line < reader.scroll || line >= reader.scroll + height)
        {
            reader.scroll = line
                .saturating_sub(height / 3)
                .min(reader.max_scroll(height));
        }
        self.flash_info(&strings::mention_of(&name, next + 1, n, in_title))
    }

    /// Where the reader's text is drawn while the panel is open.
    pub fn actors_reader_area(&self) -> ratatui::layout::Rect {
        let width = self.reader.as_ref().map_or(0, |r| r.width);
        layout::actors_split(self.size, width).0
    }

    /// Enter: list every cached story naming the actor, in place of the reader (kept,
    /// with the panel, for Esc).
    fn more_on_selected(&mut self) -> Vec<Effect> {
        let Some(name) = self.selected_actor().map(|a| a.name.clone()) else {
            return Vec::new();
        };
        self.leave_mention();
        self.leave_place();
        self.more_on = Some(name);
        self.reload_list()
    }

    /// `+`: a discovered actor into the user's actors file; a gazetteer one is refused.
    fn add_selected_actor(&mut self) -> Vec<Effect> {
        let Some(actor) = self.selected_actor() else {
            return Vec::new();
        };
        let name = actor.name.clone();
        if !actor.discovered {
            return self.flash_info(&strings::already_known(&name));
        }
        if self.actors_added.contains(&name) {
            return self.flash_info(&strings::already_added(&name));
        }
        let title = self
            .reader
            .as_ref()
            .and_then(|r| r.article.as_ref())
            .map(|a| a.summary.title.clone())
            .unwrap_or_default();
        let entry = Entry {
            name: name.clone(),
            kind: actor.kind,
            description: strings::added_from(&title),
            aliases: Vec::new(),
            weak: Vec::new(),
            context: Vec::new(),
            remove: false,
        };
        self.actors_added.push(name);
        vec![Effect::AddActor(Box::new(entry))]
    }

    /// What the actors events change; any other event is handed back.
    pub(super) fn on_actor_event(&mut self, event: AppEvent) -> Result<Vec<Effect>, AppEvent> {
        Ok(match event {
            AppEvent::ActorsLoaded(id, x) => {
                if let Some(reader) = self.reader.as_mut().filter(|r| r.id == id) {
                    reader.set_actors(x);
                }
                Vec::new()
            }
            AppEvent::ActorsFileFailed(e) => self.flash_error(&strings::actors_file_failed(&e)),
            AppEvent::ActorsProgress(done, total) => {
                self.actors_progress = Some((done, total));
                Vec::new()
            }
            AppEvent::ActorsIndexed(error) => {
                self.actors_progress = None;
                // The pass's own writes are not another process's.
                let mut effects = vec![Effect::CheckCache { report: false }];
                if let Some(e) = error {
                    effects.extend(self.flash_error(&e));
                }
                effects
            }
            AppEvent::ActorAdded(name, path) => {
                self.flash_info(&strings::actor_added(&name, &path.display().to_string()))
            }
            AppEvent::ActorAddFailed(e) => {
                self.actors_added.clear();
                self.flash_error(&e)
            }
            other => return Err(other),
        })
    }
}
