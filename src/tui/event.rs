//! Turning crossterm's terminal events into `Msg`s: keys become our own `Key` (press and
//! repeat only), the wheel and left clicks become `Mouse`, resizes and bracketed pastes
//! pass through.

use crossterm::event::{
    Event, KeyCode as CtKeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::app::{Mouse, Msg};
use super::keymap::{Key, KeyCode};

/// The message for a terminal event, if it means anything to the reader.
pub fn to_msg(event: &Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => to_key(key).map(Msg::Key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Msg::Mouse(Mouse::ScrollDown)),
            MouseEventKind::ScrollUp => Some(Msg::Mouse(Mouse::ScrollUp)),
            MouseEventKind::Down(MouseButton::Left) => {
                Some(Msg::Mouse(Mouse::Click(m.column, m.row)))
            }
            _ => None,
        },
        Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
        Event::Paste(text) => Some(Msg::Paste(text.clone())),
        // A terminal that tells us it got focus back may have been resized meanwhile.
        Event::FocusGained => Some(Msg::Tick),
        _ => None,
    }
}

/// Our `Key` for a crossterm key event.
pub fn to_key(key: &KeyEvent) -> Option<Key> {
    let code = match key.code {
        CtKeyCode::Char(c) => KeyCode::Char(if key.modifiers.contains(KeyModifiers::CONTROL) {
            c.to_ascii_lowercase()
        } else {
            c
        }),
        CtKeyCode::Enter => KeyCode::Enter,
        CtKeyCode::Esc => KeyCode::Esc,
        CtKeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        CtKeyCode::Tab => KeyCode::Tab,
        CtKeyCode::BackTab => KeyCode::BackTab,
        CtKeyCode::Backspace => KeyCode::Backspace,
        CtKeyCode::Delete => KeyCode::Delete,
        CtKeyCode::Up => KeyCode::Up,
        CtKeyCode::Down => KeyCode::Down,
        CtKeyCode::Left => KeyCode::Left,
        CtKeyCode::Right => KeyCode::Right,
        CtKeyCode::Home => KeyCode::Home,
        CtKeyCode::End => KeyCode::End,
        CtKeyCode::PageUp => KeyCode::PageUp,
        CtKeyCode::PageDown => KeyCode::PageDown,
        CtKeyCode::F(n) => KeyCode::F(n),
        _ => return None,
    };
    Some(Key {
        code,
        ctrl: key.modifiers.contains(KeyModifiers::CONTROL),
        alt: key.modifiers.contains(KeyModifiers::ALT),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossterm_keys_become_ours() {
        let k = |code, mods| to_key(&KeyEvent::new(code, mods));
        assert_eq!(
            k(CtKeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Key::char('G'))
        );
        assert_eq!(
            k(CtKeyCode::Char('d'), KeyModifiers::CONTROL),
            Some(Key::ctrl('d'))
        );
        assert_eq!(
            k(CtKeyCode::BackTab, KeyModifiers::SHIFT),
            Key::parse("shift-tab")
        );
        assert_eq!(
            k(CtKeyCode::PageDown, KeyModifiers::NONE),
            Key::parse("pagedown")
        );
    }
}
