//! Keys and the mouse: a key goes through the keymap of the current mode (digits in the
//! reader type a link number; printable keys in the search box are text; letters in the
//! drafts chooser only say what it wants), the mouse scrolls and selects.

use super::{App, Mouse, rows_effect};
use crate::tui::action::{Action, Mode};
use crate::tui::effects::Effect;
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::layout;
use crate::tui::strings;

impl App {
    pub(super) fn on_key(&mut self, key: Key) -> Vec<Effect> {
        let mode = self.mode();
        if mode == Mode::Report {
            return self.form_key(key);
        }
        if mode == Mode::Reader
            && let Some(effects) = self.link_key(key)
        {
            return effects;
        }
        // While typing a query, a printable character is text: global bindings such as
        // `R` or `?` must not steal it (only the search mode's own bindings apply). In
        // the drafts chooser, which `r` opens, a witness may type a headline at once: no
        // letter or digit does anything there but what the chooser itself binds.
        let typing = match (key.code, key.ctrl || key.alt) {
            (KeyCode::Char(_), false) if mode == Mode::Search => true,
            (KeyCode::Char(c), false) => mode == Mode::ReportDrafts && c.is_alphanumeric(),
            _ => false,
        };
        let action = if typing {
            self.keymap.action_in(mode, key)
        } else {
            self.keymap.action(mode, key)
        };
        // The list's own quit key (`q`; not Ctrl-c, the global one) over search results,
        // "More on…" or one feed's stories goes back, as Esc does and as it does in the
        // reader and the overlays: it quit the program.
        let action = match action {
            Some(Action::Quit)
                if mode == Mode::List
                    && self.keymap.action_in(Mode::List, key) == Some(Action::Quit)
                    && self.list_goes_back() =>
            {
                Some(Action::Back)
            }
            other => other,
        };
        if let Some(action) = action {
            return self.act(action);
        }
        match mode {
            Mode::Search => self.edit_search(key),
            Mode::ReportDrafts => self.drafts_hint(),
            _ => Vec::new(),
        }
    }

    /// Digits in the reader type a link number; Enter opens it, Esc cancels.
    pub(super) fn link_key(&mut self, key: Key) -> Option<Vec<Effect>> {
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

    pub(super) fn open_link(&mut self, n: usize) -> Vec<Effect> {
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

    pub(super) fn open_url(&mut self, url: String) -> Vec<Effect> {
        if !crate::open::is_openable(&url) {
            return self.flash_error(&strings::not_openable(&url));
        }
        let mut effects = self.flash_info(&strings::opening(&url));
        effects.push(Effect::OpenUrl(url));
        effects
    }

    pub(super) fn edit_search(&mut self, key: Key) -> Vec<Effect> {
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
        self.list.reset_to_top();
        // The count says "searching…" until this query's answer, not the last one's.
        self.list.loaded = false;
        self.reload_list()
    }

    pub(super) fn on_mouse(&mut self, mouse: Mouse) -> Vec<Effect> {
        if self.help.is_some() || self.share.is_some() {
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

    pub(super) fn scroll_reader(&mut self, delta: isize) -> Vec<Effect> {
        let height = layout::body_height(self.size, false);
        if let Some(reader) = self.reader.as_mut() {
            reader.scroll_by(delta, height);
            self.dirty = true;
        }
        Vec::new()
    }
}
