//! Refresh progress as the status bar shows it: feeds done of total, new articles, and
//! the feeds that failed, named with their error.

use chrono::{DateTime, Utc};

use crate::refresh::{FeedReport, FeedStatus};

/// A refresh under way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefreshProgress {
    /// Feeds to refresh (0 until the list is read).
    pub total: usize,
    /// Feeds done.
    pub done: usize,
    /// New articles so far.
    pub new: usize,
    /// Feeds that failed, with their error.
    pub failed: Vec<(String, String)>,
    /// The URLs of the feeds done, so the feeds overlay can tell those still waiting.
    pub finished: std::collections::HashSet<String>,
}

/// How the last refresh went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefreshSummary {
    /// When it ended.
    pub at: DateTime<Utc>,
    /// Feeds refreshed.
    pub total: usize,
    /// New articles.
    pub new: usize,
    /// Feeds that failed, with their error.
    pub failed: Vec<(String, String)>,
    /// Why the refresh could not run at all.
    pub error: Option<String>,
}

impl RefreshProgress {
    /// A refresh of `total` feeds, none done.
    pub fn new(total: usize) -> RefreshProgress {
        RefreshProgress {
            total,
            done: 0,
            new: 0,
            failed: Vec::new(),
            finished: std::collections::HashSet::new(),
        }
    }

    /// Counts one finished feed.
    pub fn record(&mut self, report: &FeedReport) {
        self.done += 1;
        self.new += report.new;
        self.finished.insert(report.url.clone());
        if report.status == FeedStatus::Error {
            let error = report.error.clone().unwrap_or_else(|| "failed".into());
            self.failed.push((report.name.clone(), error));
        }
    }

    /// The summary once it is over.
    pub fn finish(self, at: DateTime<Utc>, error: Option<String>) -> RefreshSummary {
        RefreshSummary {
            at,
            total: self.total,
            new: self.new,
            failed: self.failed,
            error,
        }
    }
}
