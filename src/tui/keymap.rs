//! Keys and the keymap: our own `Key` type (parsed from and printed as `"ctrl-d"`,
//! `"shift-tab"`, `"G"`), and a `Keymap` per `Mode` built from the embedded defaults
//! (`assets/keys.toml`) with the user's `[keys]` tables merged over them.
//!
//! No terminal crate here: the config validates `[keys]` with this module, and the
//! event code converts crossterm's key events into `Key`.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use super::action::{Action, Mode};

/// The embedded default bindings.
pub const DEFAULT_KEYS: &str = include_str!("../../assets/keys.toml");

/// A key without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyCode {
    /// A printable character (shift is folded in: `G`, `*`).
    Char(char),
    /// Enter / Return.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Shift-Tab.
    BackTab,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Home.
    Home,
    /// End.
    End,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// A function key, F1–F12.
    F(u8),
}

/// A key with its modifiers, as bound in the keymap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Control held.
    pub ctrl: bool,
    /// Alt held.
    pub alt: bool,
}

impl Key {
    /// A key with no modifiers.
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }

    /// A printable character with no modifiers.
    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    /// A character with Control held.
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    /// Parses `"j"`, `"G"`, `"ctrl-d"`, `"alt-x"`, `"shift-tab"`, `"pagedown"`, `"f5"`,
    /// `"space"`, `"-"`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Key> {
        let mut key = Key::plain(KeyCode::Esc);
        let mut rest = text;
        let mut shift = false;
        // A modifier is a known word followed by '-' and something more.
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                key.ctrl = true;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                key.alt = true;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower.strip_prefix("shift-").filter(|r| !r.is_empty()) {
                shift = true;
                rest = &rest[rest.len() - r.len()..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        key.code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => {
                let c = if shift {
                    c.to_uppercase().next().unwrap_or(c)
                } else {
                    c
                };
                // Control letters arrive lower-case whatever shift says.
                KeyCode::Char(if key.ctrl { c.to_ascii_lowercase() } else { c })
            }
            _ => {
                let named = match rest.to_ascii_lowercase().as_str() {
                    "enter" | "return" => KeyCode::Enter,
                    "esc" | "escape" => KeyCode::Esc,
                    "tab" if shift => KeyCode::BackTab,
                    "tab" => KeyCode::Tab,
                    "backtab" => KeyCode::BackTab,
                    "backspace" => KeyCode::Backspace,
                    "delete" | "del" => KeyCode::Delete,
                    "up" => KeyCode::Up,
                    "down" => KeyCode::Down,
                    "left" => KeyCode::Left,
                    "right" => KeyCode::Right,
                    "home" => KeyCode::Home,
                    "end" => KeyCode::End,
                    "pageup" | "pgup" => KeyCode::PageUp,
                    "pagedown" | "pgdn" => KeyCode::PageDown,
                    "space" => KeyCode::Char(' '),
                    "minus" => KeyCode::Char('-'),
                    f => {
                        let n: u8 = f.strip_prefix('f')?.parse().ok()?;
                        if !(1..=12).contains(&n) {
                            return None;
                        }
                        KeyCode::F(n)
                    }
                };
                if shift && named != KeyCode::BackTab {
                    return None;
                }
                named
            }
        };
        Some(key)
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("enter"),
            KeyCode::Esc => f.write_str("esc"),
            KeyCode::Tab => f.write_str("tab"),
            KeyCode::BackTab => f.write_str("shift-tab"),
            KeyCode::Backspace => f.write_str("backspace"),
            KeyCode::Delete => f.write_str("delete"),
            KeyCode::Up => f.write_str("up"),
            KeyCode::Down => f.write_str("down"),
            KeyCode::Left => f.write_str("left"),
            KeyCode::Right => f.write_str("right"),
            KeyCode::Home => f.write_str("home"),
            KeyCode::End => f.write_str("end"),
            KeyCode::PageUp => f.write_str("pageup"),
            KeyCode::PageDown => f.write_str("pagedown"),
            KeyCode::F(n) => write!(f, "f{n}"),
        }
    }
}

/// The user's `[keys]` config: mode name → key string → action name (or `"none"`).
pub type KeysConfig = BTreeMap<String, BTreeMap<String, String>>;

/// What is wrong with a `[keys]` table; `path` is the dotted config key to point at.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("key `{path}`: {message}")]
pub struct KeymapError {
    /// The dotted config key, such as `keys.list."ctrl-x"`.
    pub path: String,
    /// What is wrong, with a suggestion where one is close.
    pub message: String,
}

/// The bindings of every mode, in the order they were written (the defaults file's order,
/// then the user's additions), so hints show the key a newcomer expects first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    modes: HashMap<Mode, Vec<(Key, Action)>>,
}

impl Keymap {
    /// The default bindings with `user` merged over them.
    pub fn build(user: &KeysConfig) -> Result<Keymap, KeymapError> {
        let broken = |e: &dyn fmt::Display| KeymapError {
            path: "keys".into(),
            message: format!("the built-in keymap is broken: {e}"),
        };
        // Parsed as an ordered table, so the file's order is kept.
        let defaults: toml::Table = toml::from_str(DEFAULT_KEYS).map_err(|e| broken(&e))?;
        let mut map = Keymap {
            modes: HashMap::new(),
        };
        for (mode, keys) in &defaults {
            let keys = keys.as_table().ok_or_else(|| broken(&mode))?;
            let pairs = keys
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or("")));
            map.merge(mode, pairs)?;
        }
        for (mode, keys) in user {
            map.merge(mode, keys.iter().map(|(k, v)| (k.as_str(), v.as_str())))?;
        }
        // Unbinding `q` and Ctrl-c leaves the reader with no way out but `kill` (raw
        // mode turns Ctrl-c into a key): refused, like any other broken binding.
        let quits = |k: &Key| map.action(Mode::List, *k) == Some(Action::Quit);
        let keys = map
            .keys_for(Mode::List, Action::Quit)
            .into_iter()
            .chain(map.keys_for(Mode::Global, Action::Quit));
        if !keys.into_iter().any(|k| quits(&k)) {
            return Err(KeymapError {
                path: "keys.list".into(),
                message: "no key quits the reader from the list: bind one to \"quit\" in \
                          [keys.list] or [keys.global] (the defaults are q and ctrl-c)"
                    .into(),
            });
        }
        Ok(map)
    }

    fn merge<'a>(
        &mut self,
        mode_name: &str,
        keys: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> Result<(), KeymapError> {
        let mode = Mode::from_name(mode_name).ok_or_else(|| {
            let names: Vec<&str> = Mode::ALL.iter().map(|m| m.name()).collect();
            KeymapError {
                path: format!("keys.{mode_name}"),
                message: suggest("unknown mode", mode_name, &names),
            }
        })?;
        let bindings = self.modes.entry(mode).or_default();
        // Two spellings of one key in one table ("space" and " ", "ctrl-shift-x" and
        // "ctrl-x", which terminals cannot tell apart): one would win without a word.
        let mut spelled: Vec<(Key, &str)> = Vec::new();
        for (key_text, action_name) in keys {
            let path = format!("keys.{mode_name}.\"{key_text}\"");
            let key = Key::parse(key_text).ok_or_else(|| KeymapError {
                path: path.clone(),
                message: format!(
                    "unknown key name `{key_text}` (write keys like \"j\", \"G\", \
                     \"ctrl-d\", \"shift-tab\", \"pagedown\", \"f5\", \"space\")"
                ),
            })?;
            if let Some((_, other)) = spelled.iter().find(|(k, _)| *k == key) {
                return Err(KeymapError {
                    path,
                    message: format!(
                        "`{key_text}` and `{other}` are the same key ({key}); keep one"
                    ),
                });
            }
            spelled.push((key, key_text));
            if action_name == "none" {
                bindings.retain(|(k, _)| *k != key);
                continue;
            }
            let action = Action::from_name(action_name).ok_or_else(|| {
                let names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
                KeymapError {
                    path,
                    message: suggest("unknown action", action_name, &names),
                }
            })?;
            match bindings.iter_mut().find(|(k, _)| *k == key) {
                Some(binding) => binding.1 = action,
                None => bindings.push((key, action)),
            }
        }
        Ok(())
    }

    /// The action `key` stands for in `mode`, falling back to the global bindings.
    pub fn action(&self, mode: Mode, key: Key) -> Option<Action> {
        self.action_in(mode, key)
            .or_else(|| self.action_in(Mode::Global, key))
    }

    /// The action `key` stands for in `mode` alone, without the global fallback.
    pub fn action_in(&self, mode: Mode, key: Key) -> Option<Action> {
        self.modes
            .get(&mode)
            .and_then(|m| m.iter().find(|(k, _)| *k == key))
            .map(|(_, a)| *a)
    }

    /// The keys bound to `action` in `mode` (not the global ones), in binding order.
    pub fn keys_for(&self, mode: Mode, action: Action) -> Vec<Key> {
        self.modes
            .get(&mode)
            .map(|m| {
                m.iter()
                    .filter(|(_, a)| *a == action)
                    .map(|(k, _)| *k)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The bindings of `mode` grouped by action, in help order: what the help shows.
    pub fn describe(&self, mode: Mode) -> Vec<(Action, Vec<Key>)> {
        Action::ALL
            .iter()
            .map(|a| (*a, self.keys_for(mode, *a)))
            .filter(|(_, keys)| !keys.is_empty())
            .collect()
    }

    /// The first key bound to `action` in `mode` or globally, for hints like "? help".
    pub fn hint(&self, mode: Mode, action: Action) -> Option<Key> {
        self.keys_for(mode, action)
            .into_iter()
            .next()
            .or_else(|| self.keys_for(Mode::Global, action).into_iter().next())
    }
}

fn suggest(what: &str, word: &str, names: &[&str]) -> String {
    let hint = crate::config::nearest(word, names)
        .map(|best| format!(" (did you mean `{best}`?)"))
        .unwrap_or_default();
    format!("{what} `{word}`{hint}; valid: {}", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_strings_round_trip() {
        for text in [
            "j",
            "G",
            "*",
            "?",
            "/",
            "-",
            "ctrl-d",
            "ctrl-u",
            "alt-x",
            "shift-tab",
            "enter",
            "esc",
            "tab",
            "space",
            "pagedown",
            "pageup",
            "home",
            "end",
            "up",
            "f5",
            "ctrl-alt-k",
        ] {
            let key = Key::parse(text).unwrap_or_else(|| panic!("{text} did not parse"));
            assert_eq!(key.to_string(), text);
            assert_eq!(Key::parse(&key.to_string()), Some(key));
        }
        assert_eq!(Key::parse("shift-g"), Some(Key::char('G')));
        assert_eq!(Key::parse("Ctrl-D"), Some(Key::ctrl('d')));
        assert_eq!(Key::parse("PgDn"), Some(Key::plain(KeyCode::PageDown)));
        for bad in ["", "ctrl-", "jj", "f13", "shift-enter", "hyper-x"] {
            assert_eq!(Key::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn defaults_bind_the_issue_keys() {
        let map = Keymap::build(&KeysConfig::new()).unwrap();
        let list = |k| map.action(Mode::List, k);
        assert_eq!(list(Key::char('j')), Some(Action::Down));
        assert_eq!(list(Key::plain(KeyCode::Down)), Some(Action::Down));
        assert_eq!(list(Key::ctrl('d')), Some(Action::HalfPageDown));
        assert_eq!(list(Key::char('q')), Some(Action::Quit));
        assert_eq!(
            list(Key::char('R')),
            Some(Action::Refresh),
            "global falls through"
        );
        assert_eq!(map.action(Mode::Reader, Key::char('q')), Some(Action::Back));
        assert_eq!(
            map.action(Mode::Reader, Key::char('N')),
            Some(Action::NextUnread)
        );
        assert_eq!(
            map.action(Mode::Search, Key::char('q')),
            None,
            "typed, not bound"
        );
    }

    #[test]
    fn user_tables_merge_over_the_defaults() {
        let user: KeysConfig = toml::from_str(
            "[list]\n\"x\" = \"toggle_read\"\n\"m\" = \"none\"\n\"ctrl-r\" = \"refresh\"\n",
        )
        .unwrap();
        let map = Keymap::build(&user).unwrap();
        assert_eq!(
            map.action(Mode::List, Key::char('x')),
            Some(Action::ToggleRead)
        );
        assert_eq!(map.action(Mode::List, Key::char('m')), None);
        assert_eq!(
            map.action(Mode::List, Key::ctrl('r')),
            Some(Action::Refresh)
        );
        assert_eq!(
            map.action(Mode::List, Key::char('j')),
            Some(Action::Down),
            "kept"
        );
    }

    #[test]
    fn unknown_names_are_errors_that_name_them() {
        let bad_action: KeysConfig = toml::from_str("[list]\n\"x\" = \"toggle_raed\"\n").unwrap();
        let e = Keymap::build(&bad_action).unwrap_err();
        assert_eq!(e.path, "keys.list.\"x\"");
        assert!(e.message.contains("unknown action `toggle_raed`"), "{e}");
        assert!(e.message.contains("did you mean `toggle_read`?"), "{e}");
        let bad_key: KeysConfig = toml::from_str("[list]\n\"ctlr-x\" = \"quit\"\n").unwrap();
        let e = Keymap::build(&bad_key).unwrap_err();
        assert!(e.message.contains("unknown key name `ctlr-x`"), "{e}");
        let bad_mode: KeysConfig = toml::from_str("[lists]\n\"x\" = \"quit\"\n").unwrap();
        let e = Keymap::build(&bad_mode).unwrap_err();
        assert!(e.message.contains("did you mean `list`?"), "{e}");
        // Two spellings of one key in one table.
        let twice: KeysConfig =
            toml::from_str("[list]\n\"space\" = \"open\"\n\" \" = \"down\"\n").unwrap();
        let e = Keymap::build(&twice).unwrap_err();
        assert!(e.message.contains("are the same key (space)"), "{e}");
        // No way out left.
        let trapped: KeysConfig =
            toml::from_str("[global]\n\"ctrl-c\" = \"none\"\n[list]\n\"q\" = \"none\"\n").unwrap();
        let e = Keymap::build(&trapped).unwrap_err();
        assert!(e.message.contains("no key quits"), "{e}");
        let moved: KeysConfig = toml::from_str(
            "[global]\n\"ctrl-c\" = \"none\"\n[list]\n\"q\" = \"none\"\n\"x\" = \"quit\"\n",
        )
        .unwrap();
        assert!(Keymap::build(&moved).is_ok(), "quit on another key is fine");
        // A global quit key the list binds to something else does not quit there.
        let shadowed: KeysConfig = toml::from_str(
            "[global]\n\"ctrl-c\" = \"none\"\n\"f10\" = \"quit\"\n\
             [list]\n\"q\" = \"none\"\n\"f10\" = \"refresh\"\n",
        )
        .unwrap();
        assert!(Keymap::build(&shadowed).is_err());
    }
}
