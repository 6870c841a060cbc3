//! The outbox: every report, from the first keystroke of its draft to the copy kept after
//! it was sent, in `<data dir>/outbox.sqlite`.
//!
//! It is its own SQLite file, not a table in the cache, so that deleting the cache (or
//! a cache migration gone wrong) never takes a report with it. The file is created with
//! mode 0600, runs in WAL mode with `synchronous = FULL` (a commit is on disk when it
//! returns, so a power cut loses at most the save in flight), and each save is one
//! transaction. Attachments are read, cleaned of metadata and stored as BLOBs when the
//! report is queued, so a file deleted afterwards loses nothing. Nothing is ever deleted
//! except by [`Outbox::discard`].
//!
//! A sender holds an exclusive lock on `outbox.sqlite.lock` while it sends; a report
//! found in `sending` when the outbox is opened and nobody holds that lock was left by a
//! crash, and goes back to `queued`.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;

use super::draft::{Field, FieldError, ReportDraft, ReportLimits};
use super::message::content_type_for;
use super::strip::strip_metadata;
use super::{ReportError, ReportId, ReportState, to_unix};

/// The outbox file's name inside the data directory.
pub const OUTBOX_FILE: &str = "outbox.sqlite";

/// One line of `report list`: exactly the fields of `report list --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportSummary {
    /// The report's id.
    pub id: ReportId,
    /// Where it is on its way.
    pub state: ReportState,
    /// Its headline as typed.
    pub headline: String,
    /// When the draft was begun.
    pub created: DateTime<Utc>,
    /// When it last changed (saved, queued, tried, sent).
    pub updated: DateTime<Utc>,
    /// Send attempts so far.
    pub attempts: u32,
    /// The last attempt's error, if it failed.
    pub last_error: Option<String>,
    /// When a queued report is next tried by itself (not in the JSON).
    #[serde(skip)]
    pub next_try: Option<DateTime<Utc>>,
}

/// An attachment as stored when the report was queued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttachmentInfo {
    /// The file name sent (no directories).
    pub name: String,
    /// Its MIME type.
    pub content_type: String,
    /// Its size as sent, in bytes.
    pub bytes: u64,
    /// Whether photo metadata was removed from it.
    pub metadata_removed: bool,
}

/// A report with everything known about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The report's id.
    pub id: ReportId,
    /// Where it is on its way.
    pub state: ReportState,
    /// Its fields, as last saved.
    pub draft: ReportDraft,
    /// When the draft was begun.
    pub created: DateTime<Utc>,
    /// When it last changed.
    pub updated: DateTime<Utc>,
    /// When it was queued.
    pub queued: Option<DateTime<Utc>>,
    /// Send attempts so far.
    pub attempts: u32,
    /// The last attempt's error.
    pub last_error: Option<String>,
    /// When the next automatic attempt is due (queued reports).
    pub next_try: Option<DateTime<Utc>>,
    /// The Message-ID it is (or was) sent with.
    pub message_id: Option<String>,
    /// When the server accepted it.
    pub sent: Option<DateTime<Utc>>,
    /// The stored attachments (empty until queued).
    pub attachments: Vec<AttachmentInfo>,
}

/// An attachment with its bytes, for building the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAttachment {
    /// What it is.
    pub info: AttachmentInfo,
    /// Its bytes as sent.
    pub data: Vec<u8>,
}

/// The outbox database.
pub struct Outbox {
    conn: Connection,
    path: PathBuf,
}

/// Held while reports are being sent; dropping it releases the lock.
pub struct SendLock {
    _file: File,
}

const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// What a report whose send was cut short says (see [`Outbox::recover_sending`]).
pub const INTERRUPTED: &str = "the last send was interrupted (the program ended during \
    it): the newsroom may have received it already; sending again gives the same \
    Message-ID";

impl Outbox {
    /// Opens (creating if needed, mode 0600) the outbox at `path`, brings its schema up
    /// to date and requeues any report a crashed sender left in `sending`.
    pub fn open(path: &Path) -> Result<Outbox, ReportError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| ReportError::Io {
                what: "cannot create the data directory",
                path: dir.to_path_buf(),
                source,
            })?;
        }
        create_private(path)?;
        let db = |source| ReportError::Outbox {
            path: path.to_path_buf(),
            source,
        };
        let mut conn = Connection::open(path).map_err(db)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(db)?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))
            .map_err(db)?;
        // FULL: a save is on disk when the call returns, even across a power cut.
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(db)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(db)?;
        // Every transaction takes the write lock at its start. One that reads and then
        // writes would otherwise fail at once with "database is locked" when another
        // ddm-reader (a second TUI, a cron `report send`) is writing: SQLite does not
        // busy-wait to upgrade a read transaction.
        conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
        migrate(&mut conn, path)?;
        let mut outbox = Outbox {
            conn,
            path: path.to_path_buf(),
        };
        outbox.recover_sending()?;
        Ok(outbox)
    }

    /// The outbox file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn db(&self) -> impl Fn(rusqlite::Error) -> ReportError + '_ {
        |source| ReportError::Outbox {
            path: self.path.clone(),
            source,
        }
    }

    /// Whether another sender holds the lock now (so [`Outbox::lock_sending`] would
    /// wait): for saying why a send does not start at once.
    pub fn sender_busy(&self) -> bool {
        open_private(&self.lock_path()).is_ok_and(|file| match file.try_lock() {
            Ok(()) => {
                let _ = file.unlock();
                false
            }
            Err(_) => true,
        })
    }

    /// Waits for, then takes, the lock that says "a sender is at work".
    pub fn lock_sending(&self) -> Result<SendLock, ReportError> {
        let path = self.lock_path();
        let file = open_private(&path)?;
        file.lock().map_err(|source| ReportError::Io {
            what: "cannot lock",
            path,
            source,
        })?;
        Ok(SendLock { _file: file })
    }

    fn lock_path(&self) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(".lock");
        PathBuf::from(name)
    }

    /// Puts reports left in `sending` by a sender that is gone back in the queue;
    /// returns how many. Does nothing while another sender holds the lock.
    ///
    /// The interrupted try counts as an attempt and is said in `last_error`: the
    /// server may have taken the whole message before the program ended, so the next
    /// send may deliver it a second time (with the same Message-ID, which lets the
    /// newsroom see it is one report).
    pub fn recover_sending(&mut self) -> Result<usize, ReportError> {
        let path = self.lock_path();
        let file = open_private(&path)?;
        if file.try_lock().is_err() {
            return Ok(0);
        }
        let n = self
            .conn
            .execute(
                "UPDATE reports SET state = 'queued', attempts = attempts + 1, last_error = ?1
                 WHERE state = 'sending'",
                [INTERRUPTED],
            )
            .map_err(self.db())?;
        Ok(n)
    }

    /// [`Outbox::save_draft`] over report `id` only if it still holds `expected`, what
    /// this writer last saw in it: else [`ReportError::Changed`], so that two readers
    /// editing one draft never silently write over each other's text.
    pub fn save_draft_over(
        &mut self,
        id: ReportId,
        draft: &ReportDraft,
        expected: &ReportDraft,
        now: DateTime<Utc>,
    ) -> Result<ReportId, ReportError> {
        // The look and the write in one transaction that holds the write lock from
        // its start: two readers cannot both find the draft as they left it and both
        // write.
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(self.db())?;
        let saved = self.get(id).and_then(|current| {
            if current.state == ReportState::Draft && current.draft != *expected {
                return Err(ReportError::Changed(id));
            }
            self.save_draft(Some(id), draft, now)
        });
        let end = if saved.is_ok() { "COMMIT" } else { "ROLLBACK" };
        match (saved, self.conn.execute_batch(end).map_err(self.db())) {
            (Ok(id), Ok(())) => Ok(id),
            (Err(e), _) | (Ok(_), Err(e)) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Saves `draft` as report `id` (or as a new report when `id` is `None`) in one
    /// transaction and returns its id. Only drafts can be saved over.
    pub fn save_draft(
        &mut self,
        id: Option<ReportId>,
        draft: &ReportDraft,
        now: DateTime<Utc>,
    ) -> Result<ReportId, ReportError> {
        let db = |source| ReportError::Outbox {
            path: self.path.clone(),
            source,
        };
        let paths: Vec<String> = draft
            .attachments
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let paths = serde_json::to_string(&paths).unwrap_or_else(|_| "[]".into());
        let article = draft.article.as_ref();
        // A savepoint: its own transaction, or a part of one `save_draft_over` holds.
        let tx = self.conn.savepoint().map_err(db)?;
        let id = if let Some(id) = id {
            let state = state_of(&tx, id).map_err(db)?;
            match state {
                None => return Err(ReportError::NotFound(id)),
                Some(ReportState::Draft) => {}
                Some(state) => {
                    return Err(ReportError::WrongState {
                        id,
                        state,
                        action: "edit it (only drafts can be edited)",
                    });
                }
            }
            id
        } else {
            // A new draft: an empty row first, filled by the same update as an edit (in
            // the same transaction, so no empty draft is ever seen).
            tx.execute(
                "INSERT INTO reports (id, state, headline, body, location, happened, name,
                    contact, consent, keep_metadata, paths, created, updated)
                 VALUES (1 + max(coalesce((SELECT max(id) FROM reports), 0),
                                 coalesce((SELECT floor FROM id_floor
                                           WHERE name = 'reports'), 0)),
                    'draft', '', '', '', '', '', '', 0, 0, '[]', ?1, ?1)",
                params![to_unix(now)],
            )
            .map_err(db)?;
            ReportId(tx.last_insert_rowid())
        };
        tx.execute(
            "UPDATE reports SET headline = ?2, body = ?3, location = ?4, happened = ?5,
                name = ?6, contact = ?7, consent = ?8, keep_metadata = ?9, paths = ?10,
                article_id = ?11, article_title = ?12, article_url = ?13, updated = ?14
             WHERE id = ?1",
            params![
                id.0,
                draft.headline,
                draft.body,
                draft.location,
                draft.when,
                draft.name,
                draft.contact,
                draft.consent,
                draft.keep_metadata,
                paths,
                article.and_then(|a| a.id),
                article.map(|a| &a.title),
                article.and_then(|a| a.url.as_ref()),
                to_unix(now)
            ],
        )
        .map_err(db)?;
        tx.commit().map_err(db)?;
        Ok(id)
    }

    /// Checks draft `id`, reads its attachments (removing photo metadata unless the
    /// report keeps it), stores them and queues the report, all in one transaction.
    /// Returns the warnings; on any error the report stays a draft, unchanged.
    pub fn queue(
        &mut self,
        id: ReportId,
        limits: &ReportLimits,
        now: DateTime<Utc>,
    ) -> Result<Vec<FieldError>, ReportError> {
        let report = self.get(id)?;
        if report.state != ReportState::Draft {
            return Err(ReportError::WrongState {
                id,
                state: report.state,
                action: "queue it (it is queued already)",
            });
        }
        let draft = &report.draft;
        draft.validate(limits).map_err(ReportError::Invalid)?;
        let warnings = draft.warnings(limits);
        let db = |source| ReportError::Outbox {
            path: self.path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(db)?;
        tx.execute("DELETE FROM attachments WHERE report_id = ?1", [id.0])
            .map_err(db)?;
        for (position, path) in draft.attachments.iter().enumerate() {
            let stored = read_attachment(path, draft.keep_metadata).map_err(|message| {
                ReportError::Invalid(vec![FieldError {
                    field: Field::Attachment(position),
                    message,
                }])
            })?;
            tx.execute(
                "INSERT INTO attachments
                    (report_id, position, name, content_type, metadata_removed, data)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id.0,
                    i64::try_from(position).unwrap_or(i64::MAX),
                    stored.info.name,
                    stored.info.content_type,
                    stored.info.metadata_removed,
                    stored.data
                ],
            )
            .map_err(db)?;
        }
        tx.execute(
            "UPDATE reports SET state = 'queued', queued = ?2, next_try = ?2, updated = ?2
             WHERE id = ?1",
            params![id.0, to_unix(now)],
        )
        .map_err(db)?;
        tx.commit().map_err(db)?;
        Ok(warnings)
    }

    /// Deletes report `id` and its attachments for good (unless a sender has it now).
    pub fn discard(&mut self, id: ReportId) -> Result<(), ReportError> {
        let db = |source| ReportError::Outbox {
            path: self.path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(db)?;
        match state_of(&tx, id).map_err(db)? {
            None => return Err(ReportError::NotFound(id)),
            Some(ReportState::Sending) => {
                return Err(ReportError::WrongState {
                    id,
                    state: ReportState::Sending,
                    action: "discard it while it is being sent",
                });
            }
            Some(_) => {}
        }
        tx.execute(
            "INSERT INTO id_floor (name, floor) VALUES ('reports', ?1)
             ON CONFLICT (name) DO UPDATE SET floor = max(floor, excluded.floor)",
            [id.0],
        )
        .map_err(db)?;
        tx.execute("DELETE FROM reports WHERE id = ?1", [id.0])
            .map_err(db)?;
        tx.commit().map_err(db)
    }
}

mod read;
mod schema;
mod sending;

use read::state_of;
use schema::{create_private, migrate, open_private};

/// Reads `path` for sending: its name, type and bytes, metadata removed unless `keep`.
pub(crate) fn read_attachment(path: &Path, keep: bool) -> Result<StoredAttachment, String> {
    let shown = path.display();
    let data = std::fs::read(path).map_err(|e| format!("{shown} cannot be read: {e}"))?;
    let (data, removed) = if keep {
        (data, false)
    } else {
        match strip_metadata(&data) {
            Ok(Some(clean)) => (clean, true),
            Ok(None) => (data, false),
            Err(e) => {
                return Err(format!(
                    "{shown}: {e}; its metadata cannot be removed (keep metadata to send it as it is)"
                ));
            }
        }
    };
    let name = path
        .file_name()
        .map_or_else(|| "attachment".into(), |n| n.to_string_lossy().into_owned());
    Ok(StoredAttachment {
        info: AttachmentInfo {
            content_type: content_type_for(&name, &data).to_owned(),
            name,
            bytes: data.len() as u64,
            metadata_removed: removed,
        },
        data,
    })
}

#[cfg(test)]
mod tests;
