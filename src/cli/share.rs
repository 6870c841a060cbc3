//! `share ID --to TARGET [--print]`: the same links as the reader's share menu.
//!
//! With `--print` the link (for `qr`, the QR code) goes to stdout and nothing is opened.
//! Without it the link is opened with the configured opener (never through a shell),
//! copied (`copy`: OSC 52 to the terminal plus the system clipboard helpers) or, for
//! `qr`, the code is printed, black on white when stdout is a terminal.

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use clap::builder::PossibleValue;

use super::output::{say, write_error};
use super::{CliError, Context};
use crate::clipboard::{self, ClipboardEnv};
use crate::share::qr::{Ink, QUIET, QrMatrix};
use crate::share::{ShareTarget, Story, share_link};
use crate::store::ArticleId;

impl ValueEnum for ShareTarget {
    fn value_variants<'a>() -> &'a [Self] {
        &ShareTarget::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self {
            ShareTarget::WhatsApp => "WhatsApp (wa.me), with the share text",
            ShareTarget::Telegram => "Telegram, with the title and the link",
            ShareTarget::X => "a post on X, with the title and the link",
            ShareTarget::Facebook => "Facebook's sharer",
            ShareTarget::LinkedIn => "LinkedIn's share page",
            ShareTarget::Email => "your mail program (mailto:): the title as subject",
            ShareTarget::Copy => "copy the article's link (terminal and system clipboard)",
            ShareTarget::Browser => "open the article in the browser",
            ShareTarget::Qr => "a QR code of the WhatsApp link, to scan with a phone",
        };
        Some(PossibleValue::new(self.name()).help(help))
    }
}

/// `share`.
pub fn share(ctx: &Context, id: i64, target: ShareTarget, print: bool) -> Result<(), CliError> {
    let summary = ctx
        .store()?
        .summaries(&[ArticleId(id)])?
        .into_iter()
        .next()
        .ok_or_else(|| {
            CliError::Usage(format!(
                "no article with id {id}; `ddm-reader list` shows the ids"
            ))
        })?;
    let story = Story::of(&summary).ok_or_else(|| {
        CliError::Failed(anyhow::anyhow!(
            "article {id} has no web link (http or https) to share"
        ))
    })?;
    let link = share_link(target, story, &ctx.config.share);
    match target {
        ShareTarget::Qr => print_qr(&link, story.url, print),
        _ if print => say(&link),
        ShareTarget::Copy => copy(&link),
        _ => {
            crate::open::open_url(&link, ctx.config.share.opener.as_deref()).map_err(|e| {
                CliError::Failed(anyhow::Error::new(e).context(format!("could not open {link}")))
            })?;
            if std::io::stderr().is_terminal() {
                say_err!("Opened {link}");
            }
            Ok(())
        }
    }
}

/// Prints the QR code of `link`: plain half blocks for scripts (`--print`, a pipe,
/// `NO_COLOR`), drawn for a dark background; black on white in a terminal.
/// A WhatsApp link too long for a QR code (a long title) gives way to the article's
/// own link, as in the reader.
fn print_qr(link: &str, article: &str, plain: bool) -> Result<(), CliError> {
    let (matrix, whatsapp) = match QrMatrix::encode(link) {
        Ok(matrix) => (matrix, true),
        Err(_) => (
            QrMatrix::encode(article).map_err(|e| CliError::Failed(e.into()))?,
            false,
        ),
    };
    let stdout = std::io::stdout();
    let no_color = crate::tui::theme::Theme::no_color_env();
    let colored = !plain && !no_color && stdout.is_terminal();
    let mut out = stdout.lock();
    if colored {
        // Black on bright white, whatever the terminal's own colours: phones need dark
        // modules on a light ground.
        for line in matrix.lines(QUIET, Ink::Dark) {
            writeln!(out, "\x1b[30;107m{line}\x1b[0m").map_err(write_error)?;
        }
    } else {
        for line in matrix.lines(QUIET, Ink::Light) {
            writeln!(out, "{line}").map_err(write_error)?;
        }
    }
    out.flush().map_err(write_error)?;
    if !plain && std::io::stderr().is_terminal() {
        if whatsapp {
            say_err!("Scan it with your phone to share the story on WhatsApp.");
        } else {
            say_err!(
                "Scan it with your phone to open the story (its title is too long for a WhatsApp code)."
            );
        }
    }
    Ok(())
}

/// Copies `link`: OSC 52 to whichever of stdout and stderr is a terminal, and the system
/// clipboard helpers; says where it went on stderr.
fn copy(link: &str) -> Result<(), CliError> {
    let terminal = if std::io::stdout().is_terminal() {
        clipboard::write_osc52(&mut std::io::stdout().lock(), link).is_ok()
    } else if std::io::stderr().is_terminal() {
        clipboard::write_osc52(&mut std::io::stderr().lock(), link).is_ok()
    } else {
        false
    };
    let copied = clipboard::copy_with_helpers(link, &ClipboardEnv::from_env(), terminal);
    match copied.message() {
        Ok(message) => {
            say_err!("{message}");
            Ok(())
        }
        Err(_) => Err(CliError::Failed(anyhow::anyhow!(
            "could not copy {link}: {}",
            copied.why_not()
        ))),
    }
}
