//! Reading reports back: the list, one report, its stored attachments.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};

use super::{AttachmentInfo, Outbox, Report, ReportSummary, StoredAttachment};
use crate::report::draft::{RelatedArticle, ReportDraft};
use crate::report::{ReportError, ReportId, ReportState, from_unix};

impl Outbox {
    /// Every report, newest first.
    pub fn list(&self) -> Result<Vec<ReportSummary>, ReportError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, state, headline, created, updated, attempts, last_error, next_try
                 FROM reports ORDER BY created DESC, id DESC",
            )
            .map_err(self.db())?;
        let rows = stmt
            .query_map([], |r| {
                Ok(ReportSummary {
                    id: ReportId(r.get(0)?),
                    state: parse_state(&r.get::<_, String>(1)?),
                    headline: r.get(2)?,
                    created: time(r.get(3)?),
                    updated: time(r.get(4)?),
                    attempts: r.get(5)?,
                    last_error: r.get(6)?,
                    next_try: r.get::<_, Option<i64>>(7)?.map(time),
                })
            })
            .map_err(self.db())?;
        rows.collect::<Result<_, _>>().map_err(self.db())
    }

    /// How many reports are not sent yet (drafts included), for "1 unsent report".
    pub fn unsent_count(&self) -> Result<usize, ReportError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM reports WHERE state != 'sent'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| usize::try_from(n).unwrap_or(0))
            .map_err(self.db())
    }

    /// Report `id` with everything known about it (attachment bytes excepted).
    pub fn get(&self, id: ReportId) -> Result<Report, ReportError> {
        let report = self
            .conn
            .query_row(
                "SELECT state, headline, body, location, happened, name, contact, consent,
                    keep_metadata, paths, article_id, article_title, article_url, created,
                    updated, queued, attempts, last_error, next_try, message_id, sent
                 FROM reports WHERE id = ?1",
                [id.0],
                |r| {
                    let paths: Vec<String> =
                        serde_json::from_str(&r.get::<_, String>(9)?).unwrap_or_default();
                    let title: Option<String> = r.get(11)?;
                    Ok(Report {
                        id,
                        state: parse_state(&r.get::<_, String>(0)?),
                        draft: ReportDraft {
                            headline: r.get(1)?,
                            body: r.get(2)?,
                            location: r.get(3)?,
                            when: r.get(4)?,
                            name: r.get(5)?,
                            contact: r.get(6)?,
                            consent: r.get(7)?,
                            keep_metadata: r.get(8)?,
                            attachments: paths.into_iter().map(PathBuf::from).collect(),
                            article: match title {
                                Some(title) => Some(RelatedArticle {
                                    id: r.get(10)?,
                                    title,
                                    url: r.get(12)?,
                                }),
                                None => None,
                            },
                        },
                        created: time(r.get(13)?),
                        updated: time(r.get(14)?),
                        queued: r.get::<_, Option<i64>>(15)?.and_then(from_unix),
                        attempts: r.get(16)?,
                        last_error: r.get(17)?,
                        next_try: r.get::<_, Option<i64>>(18)?.and_then(from_unix),
                        message_id: r.get(19)?,
                        sent: r.get::<_, Option<i64>>(20)?.and_then(from_unix),
                        attachments: Vec::new(),
                    })
                },
            )
            .optional()
            .map_err(self.db())?
            .ok_or(ReportError::NotFound(id))?;
        let attachments = self
            .stored(id, false)?
            .into_iter()
            .map(|a| a.info)
            .collect();
        Ok(Report {
            attachments,
            ..report
        })
    }

    /// The stored attachments of report `id`, with their bytes.
    pub fn attachments(&self, id: ReportId) -> Result<Vec<StoredAttachment>, ReportError> {
        self.stored(id, true)
    }

    fn stored(&self, id: ReportId, with_data: bool) -> Result<Vec<StoredAttachment>, ReportError> {
        let sql = if with_data {
            "SELECT name, content_type, metadata_removed, length(data), data
             FROM attachments WHERE report_id = ?1 ORDER BY position"
        } else {
            "SELECT name, content_type, metadata_removed, length(data), x''
             FROM attachments WHERE report_id = ?1 ORDER BY position"
        };
        let mut stmt = self.conn.prepare(sql).map_err(self.db())?;
        let rows = stmt
            .query_map([id.0], |r| {
                Ok(StoredAttachment {
                    info: AttachmentInfo {
                        name: r.get(0)?,
                        content_type: r.get(1)?,
                        metadata_removed: r.get(2)?,
                        bytes: r.get::<_, i64>(3)?.unsigned_abs(),
                    },
                    data: r.get(4)?,
                })
            })
            .map_err(self.db())?;
        rows.collect::<Result<_, _>>().map_err(self.db())
    }
}

/// The state of report `id`, if it exists.
pub(super) fn state_of(conn: &Connection, id: ReportId) -> rusqlite::Result<Option<ReportState>> {
    conn.query_row("SELECT state FROM reports WHERE id = ?1", [id.0], |r| {
        r.get::<_, String>(0)
    })
    .optional()
    .map(|s| s.map(|s| parse_state(&s)))
}

fn parse_state(s: &str) -> ReportState {
    // The CHECK constraint allows nothing else; a hand-edited file reads as a draft.
    ReportState::parse(s).unwrap_or(ReportState::Draft)
}

fn time(secs: i64) -> DateTime<Utc> {
    from_unix(secs).unwrap_or_default()
}
