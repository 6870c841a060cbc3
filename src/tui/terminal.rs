//! Taking the terminal over and giving it back: raw mode, the alternate screen and mouse
//! capture on the way in; all undone on the way out, whichever way out it is — a normal
//! quit, an error (the guard's `Drop`), a panic (the hook restores the terminal before
//! the message prints) or a signal (the loop ends and the guard drops).

use std::io::{self, Stdout, stdout};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal while we own it; restores it when dropped.
pub struct Tui {
    /// The ratatui terminal.
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Tui {
    /// Takes the terminal over.
    pub fn enter() -> io::Result<Tui> {
        install_panic_hook();
        enable_raw_mode()?;
        let guard_on_error = |e: io::Error| {
            restore();
            e
        };
        // Clear with a plain escape rather than `Terminal::clear`, which first asks the
        // terminal where its cursor is and waits for the answer (a round trip over SSH,
        // and seconds in a terminal that never answers) before the first frame.
        execute!(
            stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
        )
        .map_err(guard_on_error)?;
        let mut terminal =
            Terminal::new(CrosstermBackend::new(stdout())).map_err(guard_on_error)?;
        terminal.hide_cursor().map_err(guard_on_error)?;
        Ok(Tui { terminal })
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        restore();
    }
}

/// Gives the terminal back; safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
