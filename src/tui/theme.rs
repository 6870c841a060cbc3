//! Styles. Only the 16 ANSI colours are used, so a 16-colour terminal shows what a
//! true-colour one does; with `NO_COLOR` every style is bold, underline, reverse or
//! nothing, so meaning never rests on colour alone. The one exception is the actor
//! kinds on a terminal that says it has 24-bit colour (`COLORTERM`): they take the
//! colour-blind-safe Okabe-Ito hues, which no 16-colour palette guarantees; each kind
//! also has its own modifier, so the kinds differ without any colour.

use ratatui::style::{Color, Modifier, Style};

use crate::actors::Kind;
use crate::document::{Piece, PieceKind};

/// The reader's styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
    truecolor: bool,
}

impl Theme {
    /// Colours on or off.
    pub fn new(color: bool) -> Theme {
        Theme {
            color,
            truecolor: false,
        }
    }

    /// The same, with 24-bit colour for the actor kinds when `on`.
    #[must_use]
    pub fn with_truecolor(self, on: bool) -> Theme {
        Theme {
            truecolor: on,
            ..self
        }
    }

    /// Whether `COLORTERM` says the terminal shows 24-bit colour.
    pub fn truecolor_env() -> bool {
        std::env::var("COLORTERM").is_ok_and(|v| v == "truecolor" || v == "24bit")
    }

    /// A mention of an actor of `kind`: person bold, organisation underlined, place
    /// italic, each in its Okabe-Ito hue (sky blue, orange, bluish green; the nearest
    /// ANSI colour on a 16-colour terminal). A discovered actor is also dim.
    pub fn actor(self, kind: Kind, discovered: bool) -> Style {
        let (rgb, ansi, modifier) = match kind {
            Kind::Person => ((0x56, 0xB4, 0xE9), Color::LightBlue, Modifier::BOLD),
            Kind::Org => ((0xE6, 0x9F, 0x00), Color::Yellow, Modifier::UNDERLINED),
            Kind::Place => ((0x00, 0x9E, 0x73), Color::Green, Modifier::ITALIC),
        };
        let color = if self.truecolor {
            Color::Rgb(rgb.0, rgb.1, rgb.2)
        } else {
            ansi
        };
        let style = self.fg(color).add_modifier(modifier);
        if discovered {
            style.add_modifier(Modifier::DIM)
        } else {
            style
        }
    }

    /// The mention the actors panel jumped to.
    pub fn current_mention(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Whether `NO_COLOR` asks for no colour (set and not empty, per no-color.org).
    pub fn no_color_env() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The outlet's name in the header.
    pub fn brand(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// The selected tab.
    pub fn tab_selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Other tabs.
    pub fn tab(self) -> Style {
        Style::new()
    }

    /// A badge such as "Sample edition" or "offline".
    pub fn badge(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The selected list row.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// An unread title.
    pub fn unread(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text: sections, times, bylines.
    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// The unread mark and the star.
    pub fn mark(self) -> Style {
        self.fg(Color::Yellow)
    }

    /// The article title in the reader.
    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// An error in the status bar.
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// The status bar.
    pub fn status(self) -> Style {
        if self.color {
            Style::new().bg(Color::Blue).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// A piece of article text.
    pub fn piece(self, piece: &Piece) -> Style {
        let mut style = match piece.kind {
            PieceKind::Body | PieceKind::Indent => Style::new(),
            PieceKind::Heading(1 | 2) => self
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            PieceKind::Heading(_) | PieceKind::LinksHeading => {
                self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
            }
            PieceKind::Code | PieceKind::Pre => self.fg(Color::Yellow),
            PieceKind::Image => self.dim().add_modifier(Modifier::ITALIC),
            PieceKind::QuoteMarker => self.fg(Color::Magenta).add_modifier(Modifier::BOLD),
            PieceKind::Bullet => self.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            PieceKind::LinkMarker => self.fg(Color::Blue).add_modifier(Modifier::BOLD),
            PieceKind::LinkUrl => self.fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
            PieceKind::Rule => self.dim(),
        };
        if piece.bold {
            style = style.add_modifier(Modifier::BOLD);
        }
        if piece.italic {
            style = style.add_modifier(Modifier::ITALIC);
        }
        if piece.link.is_some() && piece.kind == PieceKind::Body {
            style = style.add_modifier(Modifier::UNDERLINED);
        }
        style
    }
}
