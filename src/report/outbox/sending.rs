//! The outbox side of sending: which reports are due, claiming one (queued → sending),
//! and recording how the attempt went (sent, or back to queued or failed with the error).
//! Each step is one transaction, so a crash leaves the report where the last step put it.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::Outbox;
use super::read::state_of;
use crate::report::send::backoff;
use crate::report::{ReportError, ReportId, ReportState, to_unix};

impl Outbox {
    /// Queued reports whose next try is due at `now`, oldest first.
    pub fn due(&self, now: DateTime<Utc>) -> Result<Vec<ReportId>, ReportError> {
        self.ids(
            "SELECT id FROM reports WHERE state = 'queued'
               AND (next_try IS NULL OR next_try <= ?1) ORDER BY id",
            [to_unix(now)],
        )
    }

    /// Reports an explicit send tries, whatever the backoff says: queued and failed ones.
    pub fn sendable(&self) -> Result<Vec<ReportId>, ReportError> {
        self.ids(
            "SELECT id FROM reports WHERE state IN ('queued', 'failed') ORDER BY id",
            [],
        )
    }

    fn ids(&self, sql: &str, args: impl rusqlite::Params) -> Result<Vec<ReportId>, ReportError> {
        let mut stmt = self.conn.prepare(sql).map_err(self.db())?;
        let rows = stmt
            .query_map(args, |r| r.get(0).map(ReportId))
            .map_err(self.db())?;
        rows.collect::<Result<_, _>>().map_err(self.db())
    }

    /// Moves report `id` from queued or failed to sending, so no other sender takes it.
    pub fn claim(&mut self, id: ReportId, now: DateTime<Utc>) -> Result<(), ReportError> {
        let db = self.db();
        let tx = self.conn.unchecked_transaction().map_err(&db)?;
        match state_of(&tx, id).map_err(&db)? {
            None => return Err(ReportError::NotFound(id)),
            Some(ReportState::Queued | ReportState::Failed) => {}
            Some(state) => {
                return Err(ReportError::WrongState {
                    id,
                    state,
                    action: match state {
                        ReportState::Draft => "send it (queue it first)",
                        ReportState::Sending => "send it (another ddm-reader is sending it)",
                        _ => "send it again",
                    },
                });
            }
        }
        tx.execute(
            "UPDATE reports SET state = 'sending', updated = ?2 WHERE id = ?1",
            params![id.0, to_unix(now)],
        )
        .map_err(&db)?;
        tx.commit().map_err(&db)
    }

    /// The Message-ID of report `id`, made (with `domain` on its right) and stored the
    /// first time, so every attempt and every export carries the same one.
    pub fn message_id(&mut self, id: ReportId, domain: &str) -> Result<String, ReportError> {
        let db = self.db();
        let existing: Option<String> = self
            .conn
            .query_row(
                "SELECT message_id FROM reports WHERE id = ?1",
                [id.0],
                |r| r.get(0),
            )
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => ReportError::NotFound(id),
                e => db(e),
            })?;
        if let Some(existing) = existing {
            return Ok(existing);
        }
        let random: String = std::iter::repeat_with(fastrand::alphanumeric)
            .take(24)
            .collect();
        let made = format!("<{random}.{id}@{domain}>");
        self.conn
            .execute(
                "UPDATE reports SET message_id = ?2 WHERE id = ?1 AND message_id IS NULL",
                params![id.0, made],
            )
            .map_err(&db)?;
        Ok(made)
    }

    /// Records that the server accepted report `id` at `now`.
    pub fn mark_sent(&mut self, id: ReportId, now: DateTime<Utc>) -> Result<(), ReportError> {
        self.conn
            .execute(
                "UPDATE reports SET state = 'sent', sent = ?2, updated = ?2,
                    attempts = attempts + 1, last_error = NULL, next_try = NULL
                 WHERE id = ?1",
                params![id.0, to_unix(now)],
            )
            .map_err(self.db())?;
        Ok(())
    }

    /// Records a failed attempt: back to queued with the next try after the backoff if
    /// `transient`, else failed (an explicit send tries again).
    pub fn mark_failed(
        &mut self,
        id: ReportId,
        error: &str,
        transient: bool,
        now: DateTime<Utc>,
    ) -> Result<(), ReportError> {
        let attempts: u32 = self
            .conn
            .query_row("SELECT attempts FROM reports WHERE id = ?1", [id.0], |r| {
                r.get(0)
            })
            .map_err(self.db())?;
        let attempts = attempts.saturating_add(1);
        let (state, next_try) = if transient {
            let wait = chrono::Duration::from_std(backoff(attempts)).unwrap_or_default();
            ("queued", Some(to_unix(now + wait)))
        } else {
            ("failed", None)
        };
        self.conn
            .execute(
                "UPDATE reports SET state = ?2, attempts = ?3, last_error = ?4, next_try = ?5,
                    updated = ?6
                 WHERE id = ?1",
                params![id.0, state, attempts, error, next_try, to_unix(now)],
            )
            .map_err(self.db())?;
        Ok(())
    }
}
