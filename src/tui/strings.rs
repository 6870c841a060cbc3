//! The TUI's user-facing messages, in one place. Key names in hints come from the live
//! keymap, never from here.

/// `s` with no article under the cursor (or the reader still opening it).
pub const NOTHING_TO_SHARE: &str = "No article to share here";
/// `s` on an article without an http or https link.
pub const NO_SHARE_LINK: &str = "This article has no web link to share";
/// While the clipboard helpers run.
pub const COPYING: &str = "Copying the link…";
/// Ctrl-s with a complete report, before the outbox answers.
pub const REPORT_QUEUEING: &str = "Queueing the report…";
/// After queueing with SMTP configured.
pub const REPORT_SENDING: &str = "Report queued — sending…";
/// Esc, then keep.
pub const DRAFT_KEPT: &str = "Draft kept in the outbox — press r to resume it";
/// Esc, then discard.
pub const DRAFT_DISCARDED: &str = "Draft discarded";
/// Tab completion found nothing.
pub const NO_FILE_MATCHES: &str = "(no file matches)";
/// The form's promise about names.
pub const ANONYMOUS: &str = "anonymous unless you fill these";
/// The form's promise about photos.
pub const METADATA_NOTE: &str = "location data is removed from photos unless you keep it";
/// `u` turned on.
pub const UNREAD_ONLY_ON: &str = "Showing unread articles only";
/// `u` turned off.
pub const UNREAD_ONLY_OFF: &str = "Showing all articles";
/// `n`/`p` at either end.
pub const NO_MORE_ARTICLES: &str = "No more articles in this list";
/// `N` found nothing.
pub const NO_MORE_UNREAD: &str = "No more unread articles in this list";
/// `report new`'s form closed with nothing written.
pub const FORM_CLOSED: &str = "No report written.";
/// `report new`'s form kept as a draft.
pub const FORM_KEPT: &str =
    "Draft kept in the outbox: `r` in the reader resumes it (`ddm-reader report list` shows it).";
/// `report new`'s draft discarded.
pub const FORM_DISCARDED: &str = "Draft discarded.";
/// `report new`'s report went out.
pub const FORM_SENT: &str = "Report sent.";

/// `report new`'s report queued and not sent from here: no SMTP server is set up, or
/// (`smtp`) one is but the reader was told to stay offline.
pub fn form_queued(id: crate::report::ReportId, smtp: bool) -> String {
    if smtp {
        format!("Report {id} queued; offline, so not sent: `ddm-reader report send {id}` sends it.")
    } else {
        format!(
            "Report {id} queued. No SMTP server is set up to send it: `ddm-reader report \
             export {id} --eml FILE` writes it for your mail program, `ddm-reader report send \
             {id}` gives a mailto: link."
        )
    }
}

/// `report new`'s report queued, but its send failed.
pub fn form_not_sent(id: crate::report::ReportId, error: &str) -> String {
    // The server's words, on stderr: one clean line.
    let error = crate::sanitize::clean_line(error);
    format!(
        "report {id} is queued but was not sent ({error}); `ddm-reader report send {id}` tries \
         again"
    )
}

/// The next unread story was found above the selection.
pub const UNREAD_WRAPPED: &str = "No unread below; went on from the top";
/// A refresh with no feed to refresh: the config lists none and none was added.
pub const NO_FEEDS: &str =
    "No feeds to refresh: add one with `ddm-reader feeds add URL` or in the config file";
/// `o` on an article without a URL.
pub const NO_LINK: &str = "This article has no web link";
/// The article was removed while it was being opened.
pub const ARTICLE_GONE: &str = "That article is no longer in the cache";
/// A mark given to a story another process had just removed.
pub const MARK_MISSED: &str = "Not saved: that article was removed from the cache (by another ddm-reader: a fetch, or feeds remove)";
/// Enter on a feed the cache has no row for yet.
pub const FEED_NOT_STORED: &str = "That feed has not been refreshed yet: no story to show";

/// The header of one feed's stories.
pub fn feed_view(name: &str, stories: Option<usize>) -> String {
    match stories {
        Some(1) => format!("{name} — 1 story"),
        Some(n) => format!("{name} — {} stories", thousands(n as u64)),
        None => format!("{name} — …"),
    }
}

/// "Mark all read" with nothing on show.
pub const NOTHING_TO_MARK: &str = "No story in this list to mark read";

/// "Mark all read", first press.
pub fn mark_all_confirm(key: &str, n: usize) -> String {
    let n = thousands(n as u64);
    format!("Press {key} again to mark all {n} stories in this list read")
}

/// "Mark all read", done.
pub fn all_marked_read(n: usize) -> String {
    match n {
        0 => "Every story in this list was read already".to_owned(),
        1 => "Marked 1 story read".to_owned(),
        n => format!("Marked {} stories read", thousands(n as u64)),
    }
}

/// A mark could not be written.
pub fn mark_failed(error: &str) -> String {
    format!("Mark undone, it could not be saved: {error}")
}
/// `R` with `--offline`.
pub const OFFLINE_NO_REFRESH: &str = "Offline (--offline): not refreshing";
/// `R` during a refresh.
pub const ALREADY_REFRESHING: &str = "Already refreshing";
/// Starred.
pub const STARRED: &str = "Starred";
/// Unstarred.
pub const UNSTARRED: &str = "Unstarred";
/// Shown instead of the screen in a tiny terminal.
pub const TOO_SMALL: &str = "Terminal too small";
/// The sample edition's badge.
pub const SAMPLE: &str = "Sample edition: no feed reached yet";

/// Ctrl-s with fields to fix.
pub fn report_not_ready(n: usize) -> String {
    if n == 1 {
        "Not sent: one field needs attention (see the form)".to_owned()
    } else {
        format!("Not sent: {n} fields need attention (see the form)")
    }
}

/// The outbox refused to queue the report.
pub fn queue_failed(error: &str) -> String {
    format!("Not queued, the draft is kept: {error}")
}

/// Queueing failed before the draft could be saved.
pub fn queue_and_save_failed(error: &str) -> String {
    format!("Not queued and not saved: {error} — your text is still here")
}

/// The draft being edited was queued or removed elsewhere; the form's text was saved
/// as a new draft.
pub fn draft_moved(old: crate::report::ReportId, why: &str) -> String {
    format!("Your text is saved as a new draft, not over report {old}: {why}")
}

/// A draft could not be saved.
pub fn draft_not_saved(error: &str) -> String {
    format!("Draft NOT saved, your text is only here (ctrl-e copies it to your editor): {error}")
}

/// A key the drafts chooser does not bind, such as a headline's first letters (short:
/// the status bar has room for little beside the counts).
pub fn drafts_hint(up: &str, down: &str, open: &str) -> String {
    format!("Choose a row with {up}/{down}, then {open}")
}

/// A chosen report is no longer a draft.
pub fn not_a_draft(id: crate::report::ReportId, state: crate::report::ReportState) -> String {
    format!("Report {id} is {state} now, not a draft: see `ddm-reader report show {id}`")
}

/// The editor could not be used.
pub fn editor_failed(error: &str) -> String {
    format!("Editor: {error}")
}

/// Queued with no SMTP server (or offline): how the report can leave.
pub fn no_smtp(id: crate::report::ReportId, offline: bool) -> String {
    let why = if offline {
        "Offline (--offline)"
    } else {
        "No SMTP configured"
    };
    format!(
        "{why}: report saved; run `ddm-reader report export {id} --eml FILE` or press m to \
         open it in your mail program (attachments must be added by hand)"
    )
}

/// Reports that went out.
pub fn reports_sent(n: usize) -> String {
    if n == 1 {
        "Report sent".to_owned()
    } else {
        format!("{n} reports sent")
    }
}

/// Reports waiting for another try.
pub fn reports_waiting(n: usize, at: Option<&str>, error: &str) -> String {
    let count = format!("{} queued", count(n as u64, "report"));
    let error = cause_first(error);
    match at {
        Some(at) => format!("{count} — retrying at {at}: {error}"),
        None => format!("{count}: {error}"),
    }
}

/// An error chain ("sending to host:587: cannot connect: Connection refused") with its
/// last link, the cause, first: the status bar cuts the end of a long line, which was
/// where the reason was.
fn cause_first(error: &str) -> String {
    match error.rsplit_once(": ") {
        Some((context, cause)) if !cause.trim().is_empty() => format!("{cause} ({context})"),
        _ => error.to_owned(),
    }
}

/// The server refused a report for good.
pub fn report_refused(error: &str) -> String {
    format!(
        "Report refused: {} (`ddm-reader report send` tries again)",
        cause_first(error)
    )
}

/// Nothing could be sent.
pub fn reports_not_sent(error: &str) -> String {
    format!("Reports not sent: {}", cause_first(error))
}

/// The drafts waiting, shortly, beside news of the queue.
pub fn drafts_short(n: usize, key: Option<&str>) -> String {
    let drafts = count(n as u64, "draft");
    match key {
        Some(k) => format!("{drafts} ({k} resumes)"),
        None => drafts,
    }
}

/// The outbox line of the status bar, with the key that resumes a draft.
pub fn unsent(n: usize, drafts: usize, key: Option<&str>) -> String {
    let mut parts = Vec::new();
    if drafts > 0 {
        let some = count(drafts as u64, "draft report");
        parts.push(match key {
            Some(k) => format!("{some} — press {k} to resume"),
            None => some,
        });
    }
    // Queued or failed: `r` resumes drafts only, so these are not counted as if it
    // could.
    match n.saturating_sub(drafts) {
        0 => {}
        waiting => parts.push(format!(
            "{} not sent yet (`ddm-reader report list`)",
            count(waiting as u64, "report")
        )),
    }
    parts.join(" · ")
}

/// A link number that does not exist.
pub fn no_such_link(count: usize) -> String {
    match count {
        0 => "This article has no links".to_owned(),
        1 => "This article has one link: press 1".to_owned(),
        n => format!("No such link: this article has links 1 to {n}"),
    }
}

/// A link that is not http, https or mailto.
pub fn not_openable(url: &str) -> String {
    format!("Not opened (only web and mail links are): {url}")
}

/// Before the opener runs.
pub fn opening(url: &str) -> String {
    format!("Opening {url}")
}

/// After the opener started.
pub fn opened(url: &str) -> String {
    format!("Opened {url}")
}

/// The opener failed.
pub fn open_failed(url: &str, error: &str) -> String {
    format!("Could not open the link: {} — {url}", cause_first(error))
}

/// A compact relative time: "now", "5m ago", "3h ago", "2d ago", else a date, in
/// local time when `local` (as the command line prints dates), else in UTC.
pub fn relative_time(
    now: chrono::DateTime<chrono::Utc>,
    then: chrono::DateTime<chrono::Utc>,
    local: bool,
) -> String {
    if local {
        relative_time_in(now, then, &chrono::Local)
    } else {
        relative_time_in(now, then, &chrono::Utc)
    }
}

/// [`relative_time`] with dates in `zone`.
fn relative_time_in<Z: chrono::TimeZone>(
    now: chrono::DateTime<chrono::Utc>,
    then: chrono::DateTime<chrono::Utc>,
    zone: &Z,
) -> String
where
    Z::Offset: std::fmt::Display,
{
    use chrono::Datelike as _;
    let secs = (now - then).num_seconds();
    match secs {
        // A date: with its year when it is another year's, past or (a feed's mistake)
        // ahead.
        s if !(-300..7 * 86_400).contains(&s) => {
            let (now, then) = (now.with_timezone(zone), then.with_timezone(zone));
            let format = if now.year() == then.year() {
                "%-d %b"
            } else {
                "%b %Y"
            };
            then.format(format).to_string()
        }
        s if s < 60 => "now".to_owned(),
        s if s < 3600 => format!("{}m ago", s / 60),
        s if s < 86_400 => format!("{}h ago", s / 3600),
        _ => format!("{}d ago", secs / 86_400),
    }
}

/// `n` and its noun, grouped in thousands: "1 feed", "2,500 feeds" (nouns whose
/// plural takes an `s`).
pub fn count(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{} {noun}s", thousands(n))
    }
}

/// A number with thousands separators: 50,000.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Tab on an actor named only in the title.
pub fn only_in_title(name: &str) -> String {
    format!("{name} is named only in the title")
}

/// After Tab / Shift-Tab in the actors panel.
pub fn mention_of(name: &str, n: usize, total: usize, in_title: bool) -> String {
    // The panel's count takes in the title too; Tab visits the text.
    let title = if in_title { " (and in the title)" } else { "" };
    format!("{name}: mention {n} of {total} in the text{title}")
}

/// `+` on an actor the gazetteer already knows.
pub fn already_known(name: &str) -> String {
    format!("{name} is already in the gazetteer; + adds actors found in the text")
}

/// `+` a second time on the same actor.
pub fn already_added(name: &str) -> String {
    format!("{name} is already added to your actors file")
}

/// The description `+` writes for a discovered actor.
pub fn added_from(title: &str) -> String {
    if title.is_empty() {
        "Added from an article".to_owned()
    } else {
        format!("Added from “{title}”")
    }
}

/// After `+` wrote the user's file.
pub fn actor_added(name: &str, path: &str) -> String {
    format!("Added {name}, from the next start, to {path}")
}

/// The user's actors file could not be used.
pub fn actors_file_failed(error: &str) -> String {
    format!("{error} — using the bundled actors only")
}

/// The header of a "More on" list: "More on Vladimir Putin — 14 stories".
pub fn more_on(name: &str, stories: Option<usize>) -> String {
    match stories {
        Some(1) => format!("More on {name} — 1 story"),
        Some(n) => format!("More on {name} — {} stories", thousands(n as u64)),
        None => format!("More on {name} — …"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone, Utc};

    #[test]
    fn relative_times_read_naturally() {
        let now = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap();
        for (then, shown) in [
            (now - Duration::seconds(20), "now"),
            (now - Duration::minutes(5), "5m ago"),
            (now - Duration::hours(2), "2h ago"),
            (now - Duration::days(3), "3d ago"),
            (now - Duration::days(30), "29 Oct"),
            (now - Duration::days(400), "Oct 2025"),
            (now + Duration::days(2), "30 Nov"),
            (now + Duration::days(1500), "Jan 2031"),
        ] {
            assert_eq!(relative_time_in(now, then, &Utc), shown, "{then}");
        }
        // Days ago across the new year stay days.
        let new_year = Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).unwrap();
        assert_eq!(
            relative_time_in(new_year, new_year - Duration::days(2), &Utc),
            "2d ago"
        );
        // The date as the reader's clock has it: 31 December 22:00 UTC is already 1
        // January three hours east, this year's there.
        let east = chrono::FixedOffset::east_opt(3 * 3600).unwrap();
        let eve = Utc.with_ymd_and_hms(2026, 12, 31, 22, 0, 0).unwrap();
        let later = eve + Duration::days(8);
        assert_eq!(relative_time_in(later, eve, &Utc), "Dec 2026");
        assert_eq!(relative_time_in(later, eve, &east), "1 Jan");
    }

    #[test]
    fn the_reason_comes_before_what_the_bar_may_cut() {
        assert_eq!(
            reports_waiting(
                1,
                Some("07:31"),
                "sending to 127.0.0.1:19299: cannot connect: Connection refused"
            ),
            "1 report queued — retrying at 07:31: Connection refused \
             (sending to 127.0.0.1:19299: cannot connect)"
        );
        assert_eq!(reports_not_sent("timed out"), "Reports not sent: timed out");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(50_000), "50,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
