//! The share menu: opened (`s`) on the article under the cursor or in the reader, with a
//! key per target. Links come from `share::share_link`; opening and copying are effects
//! (the copy's OSC 52 is written by the loop, on the UI side). The QR view's codes are
//! encoded once, when it opens; the view only draws them.
//!
//! The `share_*` actions also work bound straight in the list or the reader: they share
//! the current article without the menu.

use super::App;
use crate::share::qr::QrMatrix;
use crate::share::{ShareTarget, Story, share_link};
use crate::store::ArticleId;
use crate::tui::action::Action;
use crate::tui::effects::Effect;
use crate::tui::layout;
use crate::tui::strings;

/// Which link the QR code holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrLink {
    /// The `wa.me` link with the share text: the phone opens WhatsApp ready to send.
    WhatsApp,
    /// The article's own link: shorter, so it fits a smaller window.
    Article,
}

/// The QR code view of the share menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrView {
    /// The link shown.
    pub showing: QrLink,
    /// The WhatsApp link and its code (`None` when the link is too long for one).
    pub whatsapp: (String, Option<QrMatrix>),
    /// The article's link and its code.
    pub article: (String, Option<QrMatrix>),
}

impl QrView {
    /// The codes of `menu`'s story, showing the WhatsApp link if it fits a screen of
    /// `size`, else the article's link if that fits.
    fn new(menu: &ShareMenu, config: &crate::config::ShareConfig, size: (u16, u16)) -> QrView {
        let story = Story {
            title: &menu.title,
            url: &menu.url,
        };
        let whatsapp = share_link(ShareTarget::Qr, story, config);
        let encode = |link: &str| QrMatrix::encode(link).ok();
        let mut view = QrView {
            showing: QrLink::WhatsApp,
            whatsapp: (whatsapp.clone(), encode(&whatsapp)),
            article: (menu.url.clone(), encode(&menu.url)),
        };
        let fits = |code: &Option<QrMatrix>| {
            code.as_ref()
                .is_some_and(|m| layout::qr_quiet_zone(size, m.width()).is_some())
        };
        if !fits(&view.whatsapp.1) && fits(&view.article.1) {
            view.showing = QrLink::Article;
        }
        view
    }

    /// The link shown and its code.
    pub fn shown(&self) -> (&str, Option<&QrMatrix>) {
        let (link, code) = match self.showing {
            QrLink::WhatsApp => &self.whatsapp,
            QrLink::Article => &self.article,
        };
        (link, code.as_ref())
    }

    /// The other link's code, when it would fit where the shown one does not.
    pub fn other_fits(&self, size: (u16, u16)) -> bool {
        let other = match self.showing {
            QrLink::WhatsApp => &self.article.1,
            QrLink::Article => &self.whatsapp.1,
        };
        other
            .as_ref()
            .is_some_and(|m| layout::qr_quiet_zone(size, m.width()).is_some())
    }
}

/// The share menu over the list or the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareMenu {
    /// The article shared.
    pub id: ArticleId,
    /// Its title.
    pub title: String,
    /// Its web link.
    pub url: String,
    /// The highlighted row (an index into `ShareTarget::ALL`), for arrows and Enter.
    pub selected: usize,
    /// The QR code, when it is shown instead of the menu.
    pub qr: Option<QrView>,
}

impl App {
    /// The menu for the article in the reader, else the one selected in the list.
    fn menu_for_current(&self) -> Result<ShareMenu, &'static str> {
        let summary = match &self.reader {
            Some(reader) => reader.article.as_ref().map(|a| &a.summary),
            None => self.list.row(self.list.selected),
        }
        .ok_or(strings::NOTHING_TO_SHARE)?;
        let story = Story::of(summary).ok_or(strings::NO_SHARE_LINK)?;
        Ok(ShareMenu {
            id: summary.id,
            title: story.title.to_owned(),
            url: story.url.to_owned(),
            selected: 0,
            qr: None,
        })
    }

    /// `s`: opens the share menu on the current article.
    pub(super) fn open_share_menu(&mut self) -> Vec<Effect> {
        match self.menu_for_current() {
            Ok(menu) => {
                self.share = Some(menu);
                Vec::new()
            }
            Err(message) => self.flash_error(message),
        }
    }

    /// An action while the share menu (or its QR code) is shown.
    pub(super) fn act_share(&mut self, action: Action) -> Vec<Effect> {
        let Some(menu) = self.share.as_mut() else {
            return Vec::new();
        };
        let last = ShareTarget::ALL.len() - 1;
        match action {
            Action::Back if menu.qr.is_some() => menu.qr = None,
            Action::Back | Action::Share => self.share = None,
            Action::Down if menu.qr.is_none() => menu.selected = (menu.selected + 1).min(last),
            Action::Up if menu.qr.is_none() => menu.selected = menu.selected.saturating_sub(1),
            Action::Top if menu.qr.is_none() => menu.selected = 0,
            Action::Bottom if menu.qr.is_none() => menu.selected = last,
            Action::Open if menu.qr.is_none() => {
                let target = ShareTarget::ALL[menu.selected.min(last)];
                return self.share_to(target);
            }
            Action::Help => self.help = Some(0),
            Action::Quit => self.quit = true,
            other => {
                if let Some(target) = other.share_target() {
                    return self.share_to(target);
                }
            }
        }
        Vec::new()
    }

    /// Shares the menu's article (or, with no menu open, the current one) to `target`.
    /// Everything but the QR code closes the menu.
    pub(super) fn share_to(&mut self, target: ShareTarget) -> Vec<Effect> {
        let menu = match self.share.take() {
            Some(menu) => menu,
            None => match self.menu_for_current() {
                Ok(menu) => menu,
                Err(message) => return self.flash_error(message),
            },
        };
        match target {
            ShareTarget::Qr => {
                let mut menu = menu;
                match menu.qr.as_mut() {
                    // Again: the other link.
                    Some(qr) => {
                        qr.showing = match qr.showing {
                            QrLink::WhatsApp => QrLink::Article,
                            QrLink::Article => QrLink::WhatsApp,
                        };
                    }
                    None => menu.qr = Some(QrView::new(&menu, &self.settings.share, self.size)),
                }
                self.share = Some(menu);
                Vec::new()
            }
            ShareTarget::Copy => {
                let mut effects = self.flash_info(strings::COPYING);
                effects.push(Effect::Copy(menu.url));
                effects
            }
            other => {
                let story = Story {
                    title: &menu.title,
                    url: &menu.url,
                };
                let link = share_link(other, story, &self.settings.share);
                self.open_url(link)
            }
        }
    }
}
