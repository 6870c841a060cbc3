//! Copying the write-ahead log back into the cache file on a thread of its own, so a
//! refresh's single writer never waits for it.
//!
//! By default SQLite checkpoints on the connection that commits, once the log passes
//! 1,000 pages: with 64 KiB pages that is 64 MB copied and two `fsync`s, 60–80 ms in
//! which the writer commits nothing, the parsed feeds waiting for it hold every
//! preparing slot, and both cores idle (seen with `perf` as dips to 30 % idle at each
//! checkpoint of a cold refresh). A [`Checkpointer`] turns the writer's automatic
//! checkpoints off and runs the same passive checkpoints on a second connection,
//! which SQLite allows while the writer goes on committing.
//!
//! A checkpoint that runs beside the writer never quite finishes: commits come in while
//! it copies. The log starts again from its beginning only after one that finishes, so
//! alone it would grow for the whole refresh (to 495 MiB on the 50,000-article
//! benchmark, twice the cache). So the writer copies what is left itself, inside its
//! first commit after each checkpoint, where nothing can come in between: the few
//! commits made during the checkpoint, not 64 MB.

use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;

use rusqlite::wal::CheckpointMode;
use rusqlite::{Connection, OpenFlags};

use super::{BUSY_TIMEOUT, Store, StoreError};

/// Pages added to the log since the last checkpoint that start the next one (16 MiB of
/// 64 KiB pages). A quarter of SQLite's own threshold: checkpoints no longer stop the
/// writer, and what is left in the log at the end is copied as the cache closes, after
/// the last write, where nothing else runs (80 ms with 1,000 pages in a traced cold
/// refresh, 10 ms with 256).
const THRESHOLD: i32 = 256;

#[derive(Default)]
struct State {
    /// Pages in the log after the writer's latest commit.
    pages: i32,
    /// The log's pages known to be in the file.
    copied: i32,
    /// The writer committed since the checkpoint thread last looked.
    fresh: bool,
    /// A checkpoint is done, and the writer is to copy what came in meanwhile.
    catch_up: bool,
    /// The writer is done: finish and exit.
    closed: bool,
    /// Checkpoints made on the thread.
    checkpoints: u32,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    wake: Condvar,
}

/// A thread checkpointing the cache's log while a [`Store`] writes to it; see the
/// module doc. Call [`Checkpointer::finish`] when the writing is done.
pub struct Checkpointer {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Starts checkpointing `path`, the file `writer` has open, on a thread of its own,
    /// and turns `writer`'s automatic checkpoints off.
    pub fn start(writer: &mut Store, path: &Path) -> Result<Checkpointer, StoreError> {
        Checkpointer::with_threshold(writer, path, THRESHOLD)
    }

    /// [`Checkpointer::start`], checkpointing every `threshold` pages.
    fn with_threshold(
        writer: &mut Store,
        path: &Path,
        threshold: i32,
    ) -> Result<Checkpointer, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let shared = Arc::new(Shared::default());
        let worker = shared.clone();
        let thread = std::thread::Builder::new()
            .name("ddm-checkpoint".to_owned())
            .spawn(move || run(&conn, &worker, threshold))
            .map_err(|e| StoreError::Corrupt(format!("cannot start a thread: {e}")))?;
        // Dropped on an error below, which stops the thread.
        let checkpointer = Checkpointer {
            shared: shared.clone(),
            thread: Some(thread),
        };
        // Replaces SQLite's automatic checkpoint on this connection (which is itself a
        // log hook). It runs inside every commit, so it only records and wakes, except
        // for the writer's short catch-up after a checkpoint.
        writer
            .conn
            .wal_hook(Some(move |wal: &mut rusqlite::hooks::Wal, pages| {
                let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
                state.pages = pages;
                state.fresh = true;
                if state.catch_up {
                    // Still holding the state, so the thread cannot start a checkpoint
                    // meanwhile, which would leave this one nothing to do.
                    state.catch_up = false;
                    match wal.checkpoint_v2(CheckpointMode::PASSIVE) {
                        Ok((_, done)) => state.copied = done,
                        // The commit itself is done; the next checkpoint tries again.
                        Err(e) => tracing::warn!(error = %e, "checkpointing the cache failed"),
                    }
                }
                shared.wake.notify_one();
                Ok(())
            }))?;
        Ok(checkpointer)
    }

    /// Stops the thread once its checkpoint in progress is done. What is left in the
    /// log is copied when the last connection to the cache closes, as before.
    pub fn finish(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        {
            let mut state = self
                .shared
                .state
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            state.closed = true;
            self.shared.wake.notify_one();
            tracing::debug!(
                checkpoints = state.checkpoints,
                "the checkpoint thread stops"
            );
        }
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::error!("the checkpoint thread panicked");
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn run(conn: &Connection, shared: &Shared, threshold: i32) {
    // The log's size when last looked at.
    let mut seen = 0;
    loop {
        let (pages, copied) = {
            let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
            // While the writer has a catch-up to do, a checkpoint here would only take
            // the lock that needs.
            while (!state.fresh || state.catch_up) && !state.closed {
                state = shared
                    .wake
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            if state.closed {
                return;
            }
            state.fresh = false;
            // A smaller log than before: it started again from its beginning.
            if state.pages < seen {
                state.copied = 0;
            }
            (state.pages, state.copied)
        };
        seen = pages;
        if pages - copied < threshold {
            continue;
        }
        match checkpoint(conn) {
            // Another connection's checkpoint was running (the TUI's, say).
            Ok((log, _)) if log < 0 => {}
            Ok((log, done)) => {
                seen = log;
                let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
                state.copied = done;
                state.catch_up = true;
                state.checkpoints += 1;
            }
            // Nothing is lost: the log keeps every commit until a checkpoint succeeds,
            // and closing the cache tries again.
            Err(e) => tracing::warn!(error = %e, "checkpointing the cache failed"),
        }
    }
}

/// One passive checkpoint: the log's size and how much of it is now in the file, in
/// pages.
fn checkpoint(conn: &Connection) -> rusqlite::Result<(i32, i32)> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
        Ok((row.get(1)?, row.get(2)?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many times the log has started over: the checkpoint sequence number in its
    /// header (bytes 12 to 15, big-endian), which SQLite adds one to at each restart.
    fn restarts(wal: &Path) -> u32 {
        let header = std::fs::read(wal).unwrap_or_default();
        header
            .get(12..16)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u32::from_be_bytes)
    }

    #[test]
    fn the_log_starts_over_while_the_writer_commits_and_every_commit_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.sqlite");
        let wal = dir.path().join("cache.sqlite-wal");
        let mut store = Store::open(&path).unwrap();
        store
            .conn
            .execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)")
            .unwrap();
        let checkpointer = Checkpointer::with_threshold(&mut store, &path, 8).unwrap();
        let first = restarts(&wal);
        let checkpoints = || checkpointer.shared.state.lock().unwrap().checkpoints;
        let commit = || {
            store
                .conn
                .execute("INSERT INTO t (v) VALUES (zeroblob(60000))", [])
                .unwrap()
        };
        // Commits without a pause, about a 64 KiB page each, so that commits come in
        // while the other connection checkpoints.
        let mut commits = 0;
        while checkpoints() < 5 && commits < 10_000 {
            commit();
            commits += 1;
        }
        // The writer copies what the last checkpoint left in its next commit, and the
        // log starts over at the one after.
        commit();
        commit();
        let checkpoints = checkpoints();
        checkpointer.finish();
        let restarts = restarts(&wal) - first;
        assert!(
            checkpoints >= 5,
            "{checkpoints} checkpoints in {commits} commits"
        );
        // Each checkpoint lets the log start over, however many commits came in while
        // it ran.
        assert!(
            restarts >= checkpoints,
            "the log started over {restarts} times after {checkpoints} checkpoints"
        );
        drop(store);
        let store = Store::open(&path).unwrap();
        let rows: i64 = store
            .conn
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, commits + 2);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}
