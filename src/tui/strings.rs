//! The TUI's user-facing messages, in one place. Key names in hints come from the live
//! keymap, never from here.

/// Shown for `a` until the actors panel exists.
pub const NOT_YET_ACTORS: &str = "The actors panel is not in this version yet";
/// `s` with no article under the cursor (or the reader still opening it).
pub const NOTHING_TO_SHARE: &str = "No article to share here";
/// `s` on an article without an http or https link.
pub const NO_SHARE_LINK: &str = "This article has no web link to share";
/// While the clipboard helpers run.
pub const COPYING: &str = "Copying the link…";
/// Shown for `r` until the report form exists.
pub const NOT_YET_REPORT: &str = "Citizen reports are not in this version yet";
/// `u` turned on.
pub const UNREAD_ONLY_ON: &str = "Showing unread articles only";
/// `u` turned off.
pub const UNREAD_ONLY_OFF: &str = "Showing all articles";
/// `n`/`p` at either end.
pub const NO_MORE_ARTICLES: &str = "No more articles in this list";
/// `N` found nothing.
pub const NO_MORE_UNREAD: &str = "No more unread articles in this list";
/// `o` on an article without a URL.
pub const NO_LINK: &str = "This article has no web link";
/// The article was removed while it was being opened.
pub const ARTICLE_GONE: &str = "That article is no longer in the cache";
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
    format!("Could not open {url}: {error}")
}

/// A compact relative time: "now", "5m ago", "3h ago", "2d ago", else a date.
pub fn relative_time(
    now: chrono::DateTime<chrono::Utc>,
    then: chrono::DateTime<chrono::Utc>,
) -> String {
    let secs = (now - then).num_seconds();
    match secs {
        s if s < -300 => then.format("%-d %b").to_string(),
        s if s < 60 => "now".to_owned(),
        s if s < 3600 => format!("{}m ago", s / 60),
        s if s < 86_400 => format!("{}h ago", s / 3600),
        s if s < 7 * 86_400 => format!("{}d ago", s / 86_400),
        _ if now.format("%Y").to_string() == then.format("%Y").to_string() => {
            then.format("%-d %b").to_string()
        }
        _ => then.format("%b %Y").to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone, Utc};

    #[test]
    fn relative_times_read_naturally() {
        let now = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap();
        assert_eq!(relative_time(now, now - Duration::seconds(20)), "now");
        assert_eq!(relative_time(now, now - Duration::minutes(5)), "5m ago");
        assert_eq!(relative_time(now, now - Duration::hours(2)), "2h ago");
        assert_eq!(relative_time(now, now - Duration::days(3)), "3d ago");
        assert_eq!(relative_time(now, now - Duration::days(30)), "29 Oct");
        assert_eq!(relative_time(now, now - Duration::days(400)), "Oct 2025");
        assert_eq!(relative_time(now, now + Duration::days(2)), "30 Nov");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(50_000), "50,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
