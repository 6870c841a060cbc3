//! What a key can ask for: one `Action` enum that is both the keymap's target and the
//! update function's input, and the `Mode`s keys are grouped by.
//!
//! Names are the `snake_case` strings users write in the `[keys]` config table; each has a
//! one-line description that the help overlay shows, so help is generated, not written.

/// Declares the actions with their config name and help text, in help order.
macro_rules! actions {
    ($($variant:ident => $name:literal, $help:literal;)*) => {
        /// A user intent, bound to keys in the keymap.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $(#[doc = $help] $variant,)*
        }

        impl Action {
            /// Every action, in help order.
            pub const ALL: &[Action] = &[$(Action::$variant),*];

            /// The name used in the config's `[keys]` tables.
            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name,)* }
            }

            /// What it does, for the help overlay.
            pub fn help(self) -> &'static str {
                match self { $(Action::$variant => $help,)* }
            }

            /// The action a config name stands for.
            pub fn from_name(name: &str) -> Option<Action> {
                match name { $($name => Some(Action::$variant),)* _ => None }
            }
        }
    };
}

actions! {
    Down => "down", "Next article / scroll down";
    Up => "up", "Previous article / scroll up";
    HalfPageDown => "half_page_down", "Half a page down";
    HalfPageUp => "half_page_up", "Half a page up";
    PageDown => "page_down", "Page down";
    PageUp => "page_up", "Page up";
    Top => "top", "Go to the top";
    Bottom => "bottom", "Go to the bottom";
    Open => "open", "Open the article";
    Back => "back", "Back / close";
    NextArticle => "next_article", "Next article";
    PrevArticle => "prev_article", "Previous article";
    NextUnread => "next_unread", "Next unread article";
    NextTab => "next_tab", "Next section";
    PrevTab => "prev_tab", "Previous section";
    ToggleRead => "toggle_read", "Mark read / unread";
    MarkAllRead => "mark_all_read", "Mark every story in this list read (press twice)";
    ToggleStar => "toggle_star", "Star / unstar";
    ToggleUnreadOnly => "toggle_unread_only", "Show only unread articles";
    Search => "search", "Search titles and text";
    SearchAccept => "search_accept", "Keep the results and browse them";
    SearchCancel => "search_cancel", "Clear the search";
    OpenInBrowser => "open_in_browser", "Open the article in the browser";
    Refresh => "refresh", "Refresh all feeds";
    Feeds => "feeds", "The feeds: how each last refreshed, and why one failed";
    Actors => "actors", "Actors in the article";
    NextMention => "next_mention", "Jump to the selected actor's next mention";
    PrevMention => "prev_mention", "Jump to the selected actor's previous mention";
    MoreOnActor => "more_on_actor", "Every cached story naming the selected actor";
    AddActor => "add_actor", "Add the selected discovered actor to your actors file";
    Share => "share", "Share the article";
    ShareWhatsApp => "share_whatsapp", "Share on WhatsApp";
    ShareTelegram => "share_telegram", "Share on Telegram";
    ShareX => "share_x", "Share on X";
    ShareFacebook => "share_facebook", "Share on Facebook";
    ShareLinkedIn => "share_linkedin", "Share on LinkedIn";
    ShareEmail => "share_email", "Share by e-mail";
    ShareCopy => "share_copy", "Copy the article's link";
    ShareBrowser => "share_browser", "Open the article in the browser";
    ShareQr => "share_qr", "QR code for a phone (again: WhatsApp link / article link)";
    Report => "report", "Send a citizen report (or resume a draft)";
    SubmitReport => "submit", "Queue the report and send it";
    NextField => "next_field", "Next field (in the attachment path, Tab completes a file name first)";
    PrevField => "prev_field", "Previous field";
    EditInEditor => "edit_in_editor", "Edit “what happened” in $VISUAL / $EDITOR";
    CloseForm => "close_form", "Close the form (asks first when there are changes)";
    Toggle => "toggle", "Switch the focused option on or off";
    KeepDraft => "keep_draft", "Keep the draft in the outbox";
    DiscardDraft => "discard_draft", "Discard the draft for good";
    NewReport => "new_report", "Start a new report";
    MailReport => "mail_report", "Open the report in your mail program (mailto:)";
    Help => "help", "Show / hide this help";
    Quit => "quit", "Quit";
}

impl Action {
    /// The share target a `share_*` action stands for.
    pub fn share_target(self) -> Option<crate::share::ShareTarget> {
        use crate::share::ShareTarget;
        Some(match self {
            Action::ShareWhatsApp => ShareTarget::WhatsApp,
            Action::ShareTelegram => ShareTarget::Telegram,
            Action::ShareX => ShareTarget::X,
            Action::ShareFacebook => ShareTarget::Facebook,
            Action::ShareLinkedIn => ShareTarget::LinkedIn,
            Action::ShareEmail => ShareTarget::Email,
            Action::ShareCopy => ShareTarget::Copy,
            Action::ShareBrowser => ShareTarget::Browser,
            Action::ShareQr => ShareTarget::Qr,
            _ => return None,
        })
    }

    /// The `share_*` action for a share target.
    pub fn for_share_target(target: crate::share::ShareTarget) -> Action {
        Action::ALL
            .iter()
            .copied()
            .find(|a| a.share_target() == Some(target))
            .unwrap_or(Action::Share)
    }
}

/// A group of key bindings; the active one depends on what is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    /// Keys that work everywhere unless a mode binds them otherwise.
    Global,
    /// The article list.
    List,
    /// The article reader.
    Reader,
    /// Typing a search.
    Search,
    /// The help overlay.
    Help,
    /// The feeds overlay.
    Feeds,
    /// The share menu (and its QR code).
    Share,
    /// The actors panel over the reader.
    Actors,
    /// The citizen-report form (typed characters are text).
    Report,
    /// "Keep the draft / Discard / Cancel" when closing the form.
    ReportConfirm,
    /// The chooser of drafts to resume.
    ReportDrafts,
    /// The notice after a report was queued with no SMTP configured.
    ReportSent,
}

impl Mode {
    /// Every mode, in the order the config and help list them.
    pub const ALL: &[Mode] = &[
        Mode::Global,
        Mode::List,
        Mode::Reader,
        Mode::Search,
        Mode::Help,
        Mode::Feeds,
        Mode::Share,
        Mode::Actors,
        Mode::Report,
        Mode::ReportConfirm,
        Mode::ReportDrafts,
        Mode::ReportSent,
    ];

    /// The `[keys.<name>]` table of this mode.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Global => "global",
            Mode::List => "list",
            Mode::Reader => "reader",
            Mode::Search => "search",
            Mode::Help => "help",
            Mode::Feeds => "feeds",
            Mode::Share => "share",
            Mode::Actors => "actors",
            Mode::Report => "report",
            Mode::ReportConfirm => "report_confirm",
            Mode::ReportDrafts => "report_drafts",
            Mode::ReportSent => "report_sent",
        }
    }

    /// The mode a `[keys.<name>]` table names.
    pub fn from_name(name: &str) -> Option<Mode> {
        Mode::ALL.iter().copied().find(|m| m.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for a in Action::ALL {
            assert_eq!(Action::from_name(a.name()), Some(*a));
            assert!(seen.insert(a.name()));
            assert!(!a.help().is_empty());
        }
        assert_eq!(Action::from_name("toggle-read"), None);
    }

    #[test]
    fn every_share_target_has_its_action() {
        for target in crate::share::ShareTarget::ALL {
            let action = Action::for_share_target(target);
            assert_eq!(action.share_target(), Some(target));
            assert_eq!(action.name(), format!("share_{}", target.name()));
        }
        assert_eq!(Action::Share.share_target(), None);
    }
}
