//! Citizen reports: the draft a witness types, the outbox that never loses it, and
//! sending it to the newsroom.
//!
//! - [`draft`]: [`ReportDraft`] and its checks ([`FieldError`], [`ReportLimits`]).
//! - [`outbox`]: [`Outbox`], its own SQLite file (`<data dir>/outbox.sqlite`, mode 0600),
//!   separate from the cache so that deleting the cache never deletes a report. States
//!   go draft → queued → sending → sent, or failed with the error.
//! - [`strip`]: removing location and other metadata from JPEG and PNG photos.
//! - [`message`]: the MIME message and the `mailto:` URL.
//! - [`handoff`]: `.eml` export (mode 0600) and `mailto:`, for when there is no SMTP.
//! - [`send`]: SMTP with lettre (rustls), retries with backoff, [`send_due`].
//!
//! Nothing here draws on a terminal or runs async: the CLI calls it directly and the TUI
//! calls it on a blocking thread. Nothing is deleted without an explicit
//! [`Outbox::discard`].

pub mod draft;
pub mod handoff;
pub mod message;
pub mod outbox;
pub mod send;
pub mod strip;

#[cfg(test)]
#[path = "../../tests/common/images.rs"]
pub(crate) mod test_images;

#[cfg(test)]
mod tests;

use chrono::{DateTime, Utc};
use serde::Serialize;

pub use draft::{Field, FieldError, RelatedArticle, ReportDraft, ReportLimits};
pub use handoff::{Exported, export_eml, mailto};
pub use outbox::{AttachmentInfo, OUTBOX_FILE, Outbox, Report, ReportSummary};
pub use send::{SendOutcome, SendPolicy, backoff, send_due, send_reports};

/// A report's row id in the outbox: what `report show`, `send` and `export` take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ReportId(pub i64);

impl std::fmt::Display for ReportId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Where a report is on its way to the newsroom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportState {
    /// Being written; saved as typed, not yet meant to be sent.
    Draft,
    /// Complete, with its attachments stored, waiting to be sent.
    Queued,
    /// A sender has it right now (or crashed with it: reopening the outbox requeues it).
    Sending,
    /// Accepted by the mail server; kept with its Message-ID and time.
    Sent,
    /// The server refused it for good (a bad address, a bad password); an explicit
    /// `report send` tries again.
    Failed,
}

impl ReportState {
    /// The name stored in the outbox and printed by `report list`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportState::Draft => "draft",
            ReportState::Queued => "queued",
            ReportState::Sending => "sending",
            ReportState::Sent => "sent",
            ReportState::Failed => "failed",
        }
    }

    /// The state called `name`, if it is one.
    pub fn parse(name: &str) -> Option<ReportState> {
        Some(match name {
            "draft" => ReportState::Draft,
            "queued" => ReportState::Queued,
            "sending" => ReportState::Sending,
            "sent" => ReportState::Sent,
            "failed" => ReportState::Failed,
            _ => return None,
        })
    }
}

impl std::fmt::Display for ReportState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What can go wrong with a report; every message says what and where.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The report is not complete or not acceptable; one message per field.
    #[error("the report is not ready: {}", draft::describe(.0))]
    Invalid(Vec<FieldError>),
    /// The outbox database failed.
    #[error("outbox {path}: {source}")]
    Outbox {
        /// The outbox file.
        path: std::path::PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// A file could not be read, written or created.
    #[error("{what} {path}: {source}")]
    Io {
        /// What was being done ("cannot write the export").
        what: &'static str,
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The outbox was written by a newer ddm-reader.
    #[error(
        "the outbox {path} has schema version {found}, newer than this ddm-reader supports ({supported}); upgrade ddm-reader"
    )]
    TooNew {
        /// The outbox file.
        path: std::path::PathBuf,
        /// Version in the file.
        found: i64,
        /// Version this build knows.
        supported: i64,
    },
    /// The draft was changed by another writer since this one last saw it.
    #[error("report {0} was changed in another ddm-reader meanwhile")]
    Changed(ReportId),
    /// No report has this id.
    #[error("no report with id {0} in the outbox (see `ddm-reader report list`)")]
    NotFound(ReportId),
    /// The report is not in a state that allows this (editing a queued report, say).
    #[error("report {id} is {state}: cannot {action}")]
    WrongState {
        /// The report.
        id: ReportId,
        /// Its state.
        state: ReportState,
        /// What was asked ("edit it", "send it").
        action: &'static str,
    },
    /// The SMTP settings cannot be used as they are.
    #[error("report.smtp: {0}")]
    Config(String),
    /// The password could not be had from `password_env` or `password_command`.
    #[error("report.smtp: {0}")]
    Password(String),
    /// The message could not be built (a bad address, say).
    #[error("cannot build the message: {0}")]
    Message(String),
    /// The mail server or the connection to it failed.
    #[error("sending to {server}: {message}")]
    Send {
        /// `host:port`.
        server: String,
        /// What the server or the connection said.
        message: String,
        /// Whether trying again later may work (a timeout, a 4xx answer).
        transient: bool,
    },
}

impl ReportError {
    /// Whether trying again later, unchanged, may succeed.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ReportError::Send {
                transient: true,
                ..
            }
        )
    }
}

pub(crate) fn to_unix(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

pub(crate) fn from_unix(secs: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(secs, 0)
}
