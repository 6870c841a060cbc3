//! Taking the terminal over and giving it back: raw mode, the alternate screen and mouse
//! capture on the way in; all undone on the way out, whichever way out it is — a normal
//! quit, an error (the guard's `Drop`), a panic (the hook restores the terminal before
//! the message prints) or a signal (the loop ends and the guard drops). Bracketed paste
//! is on, so a paste arrives as one piece of text, not as keys.
//!
//! `suspend` and `resume` give the terminal to another program (the `$EDITOR`) and take
//! it back; the loop pauses its input stream around them.

use std::io::{self, Stdout, stdout};
use std::mem::ManuallyDrop;

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal while we own it; restores it when dropped.
pub struct Tui {
    /// The ratatui terminal. Dropped by hand: see `Drop for Tui`.
    pub terminal: ManuallyDrop<Terminal<CrosstermBackend<Stdout>>>,
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
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All),
            EnableBracketedPaste
        )
        .map_err(guard_on_error)?;
        let mut terminal =
            Terminal::new(CrosstermBackend::new(stdout())).map_err(guard_on_error)?;
        terminal.hide_cursor().map_err(guard_on_error)?;
        Ok(Tui {
            terminal: ManuallyDrop::new(terminal),
        })
    }
}

impl Tui {
    /// Gives the terminal back for another program: raw mode off, the main screen, the
    /// cursor shown.
    #[allow(
        clippy::unused_self,
        reason = "a method, so only the owner of the terminal can suspend it"
    )]
    pub fn suspend(&mut self) {
        restore();
    }

    /// Takes the terminal over again after `suspend`, and redraws everything next time.
    pub fn resume(&mut self) -> io::Result<()> {
        enable_raw_mode()?;
        execute!(
            stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            EnableBracketedPaste
        )?;
        self.terminal.hide_cursor()?;
        // `Terminal::clear` asks the terminal where its cursor is (a reply read from
        // stdin) and gives up on a slow answer without forgetting the last frame;
        // `resize` clears and forgets it without asking, so the next draw is complete.
        let size = self.terminal.size()?;
        self.terminal
            .resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // ratatui's own `Drop` only shows the cursor, and if that fails it prints to
        // stderr — which panics when the terminal is gone (a closed window gave exit
        // 101). So the ratatui terminal is never dropped (`ManuallyDrop`: its buffers go
        // with the process, which is ending) and the cursor is shown here, quietly.
        let _ = self.terminal.show_cursor();
        restore();
    }
}

/// Gives the terminal back; safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
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
