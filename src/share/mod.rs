//! Sharing a story: where it can go (`ShareTarget`) and the link that takes it there
//! (`share_link`), built from the article's title and URL and the `[share]` config.
//!
//! Pure and sync: no terminal, no process, no network. Opening a link is `open`'s job,
//! copying is `clipboard`'s, and the QR code's drawing is in [`qr`]. Every value put in
//! a link is percent-encoded as UTF-8 with only the unreserved characters (RFC 3986:
//! letters, digits, `-`, `.`, `_`, `~`) left as they are, so a space is `%20`, never
//! `+`, and nothing in a title can end a parameter or start another.

pub mod qr;

use std::fmt::Write as _;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::config::ShareConfig;

/// Everything but RFC 3986's unreserved characters is encoded.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Where a story can be shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShareTarget {
    /// WhatsApp's click-to-chat link (`wa.me`), with the share text.
    WhatsApp,
    /// Telegram's share link, with the URL and the title.
    Telegram,
    /// X's post intent, with the title, the URL and the optional via and hashtags.
    X,
    /// Facebook's sharer, with the URL.
    Facebook,
    /// LinkedIn's share-offsite page, with the URL.
    LinkedIn,
    /// A `mailto:` link: the title as subject, the share text as body.
    Email,
    /// The article's own URL, for the clipboard.
    Copy,
    /// The article's own URL, for the browser.
    Browser,
    /// A QR code of the WhatsApp link, for a phone held up to the screen.
    Qr,
}

impl ShareTarget {
    /// Every target, in the share menu's order.
    pub const ALL: [ShareTarget; 9] = [
        ShareTarget::WhatsApp,
        ShareTarget::Telegram,
        ShareTarget::X,
        ShareTarget::Facebook,
        ShareTarget::LinkedIn,
        ShareTarget::Email,
        ShareTarget::Copy,
        ShareTarget::Browser,
        ShareTarget::Qr,
    ];

    /// The name `share --to` takes.
    pub fn name(self) -> &'static str {
        match self {
            ShareTarget::WhatsApp => "whatsapp",
            ShareTarget::Telegram => "telegram",
            ShareTarget::X => "x",
            ShareTarget::Facebook => "facebook",
            ShareTarget::LinkedIn => "linkedin",
            ShareTarget::Email => "email",
            ShareTarget::Copy => "copy",
            ShareTarget::Browser => "browser",
            ShareTarget::Qr => "qr",
        }
    }

    /// The target a `share --to` name stands for.
    pub fn from_name(name: &str) -> Option<ShareTarget> {
        ShareTarget::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Its label in the share menu.
    pub fn label(self) -> &'static str {
        match self {
            ShareTarget::WhatsApp => "WhatsApp",
            ShareTarget::Telegram => "Telegram",
            ShareTarget::X => "X",
            ShareTarget::Facebook => "Facebook",
            ShareTarget::LinkedIn => "LinkedIn",
            ShareTarget::Email => "E-mail",
            ShareTarget::Copy => "Copy link",
            ShareTarget::Browser => "Open in browser",
            ShareTarget::Qr => "QR code (for your phone)",
        }
    }
}

/// What is shared: a story's title and its web address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Story<'a> {
    /// The title, one line.
    pub title: &'a str,
    /// The article's http or https URL.
    pub url: &'a str,
}

impl<'a> Story<'a> {
    /// The story of a stored article, if it has a web link (http or https) to share.
    pub fn of(summary: &'a crate::store::ArticleSummary) -> Option<Story<'a>> {
        let url = summary.url.as_deref().filter(|u| is_web_link(u))?;
        Some(Story {
            title: &summary.title,
            url,
        })
    }
}

/// Whether `url` is an http or https URL that can be shared (the opener's own rule).
pub use crate::open::is_web_url as is_web_link;

/// The share text: the config's template with `{title}` and `{url}` filled in (once:
/// a title that itself says `{url}` stays as it is).
pub fn share_text(story: Story<'_>, config: &ShareConfig) -> String {
    let mut out = String::with_capacity(config.template.len() + story.title.len());
    let mut rest = config.template.as_str();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        if let Some(after) = tail.strip_prefix("{title}") {
            out.push_str(story.title);
            rest = after;
        } else if let Some(after) = tail.strip_prefix("{url}") {
            out.push_str(story.url);
            rest = after;
        } else {
            out.push('{');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// What is wrong with a share template, if anything: it must hold `{url}` and no
/// placeholder but `{title}` and `{url}`.
pub fn check_template(template: &str) -> Result<(), String> {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let tail = &rest[open..];
        match tail.find('}') {
            Some(close) if !tail[1..close].contains('{') => {
                let name = &tail[..=close];
                if name != "{title}" && name != "{url}" {
                    return Err(format!(
                        "unknown placeholder `{name}`; the template takes {{title}} and {{url}}"
                    ));
                }
                rest = &tail[close + 1..];
            }
            _ => rest = &tail[1..],
        }
    }
    if template.contains("{url}") {
        Ok(())
    } else {
        Err("must contain {url}, or the message would not link to the story".to_owned())
    }
}

/// What is wrong with an X account name for `x_via`, if anything.
pub fn check_x_via(via: &str) -> Result<(), String> {
    let ok = (1..=15).contains(&via.len())
        && via.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{via}` is not an X account name (1 to 15 letters, digits or _, without the @)"
        ))
    }
}

/// What is wrong with a hashtag for `x_hashtags`, if anything.
pub fn check_hashtag(tag: &str) -> Result<(), String> {
    if tag.is_empty() || tag.starts_with('#') {
        return Err(format!(
            "hashtag `{tag}`: write it without the #, and not empty"
        ));
    }
    if tag.chars().all(|c| c.is_alphanumeric() || c == '_') {
        Ok(())
    } else {
        Err(format!(
            "hashtag `{tag}`: only letters, digits and _ (no spaces or commas)"
        ))
    }
}

/// What is wrong with the `[share]` settings, if anything: the key and the problem.
pub fn check_config(config: &ShareConfig) -> Result<(), (&'static str, String)> {
    check_template(&config.template).map_err(|e| ("template", e))?;
    if config
        .opener
        .as_ref()
        .is_some_and(|argv| argv.first().is_none_or(|p| p.trim().is_empty()))
    {
        let e = "must name a program, e.g. [\"firefox\"]; leave it out for $BROWSER";
        return Err(("opener", e.to_owned()));
    }
    if let Some(via) = &config.x_via {
        check_x_via(via).map_err(|e| ("x_via", e))?;
    }
    for tag in &config.x_hashtags {
        check_hashtag(tag).map_err(|e| ("x_hashtags", e))?;
    }
    Ok(())
}

/// `text` percent-encoded for a query value or a `mailto:` field.
pub fn encode(text: &str) -> String {
    utf8_percent_encode(text, VALUE).to_string()
}

/// `text` encoded for a `mailto:` body: every line break as `%0D%0A` (RFC 6068).
fn encode_mail_body(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.split('\n')
        .map(encode)
        .collect::<Vec<_>>()
        .join("%0D%0A")
}

/// The link that shares `story` on `target`: for `Copy` and `Browser` the article's own
/// URL, for `Qr` the WhatsApp link (what a phone does with a scanned story).
pub fn share_link(target: ShareTarget, story: Story<'_>, config: &ShareConfig) -> String {
    let url = encode(story.url);
    let title = encode(story.title);
    match target {
        ShareTarget::WhatsApp | ShareTarget::Qr => {
            format!("https://wa.me/?text={}", encode(&share_text(story, config)))
        }
        ShareTarget::Telegram => format!("https://t.me/share/url?url={url}&text={title}"),
        ShareTarget::X => {
            let mut link = format!("https://x.com/intent/tweet?text={title}&url={url}");
            if let Some(via) = config.x_via.as_deref().filter(|v| !v.is_empty()) {
                let _ = write!(link, "&via={}", encode(via));
            }
            if !config.x_hashtags.is_empty() {
                let tags: Vec<String> = config.x_hashtags.iter().map(|t| encode(t)).collect();
                let _ = write!(link, "&hashtags={}", tags.join(","));
            }
            link
        }
        ShareTarget::Facebook => format!("https://www.facebook.com/sharer/sharer.php?u={url}"),
        ShareTarget::LinkedIn => {
            format!("https://www.linkedin.com/sharing/share-offsite/?url={url}")
        }
        ShareTarget::Email => format!(
            "mailto:?subject={title}&body={}",
            encode_mail_body(&share_text(story, config))
        ),
        ShareTarget::Copy | ShareTarget::Browser => story.url.to_owned(),
    }
}

#[cfg(test)]
mod tests;
