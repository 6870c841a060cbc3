//! Copying the write-ahead log back into the cache file on a thread of its own, so a
//! refresh's single writer waits only for a short catch-up.
//!
//! By default SQLite checkpoints on the connection that commits, once the log passes
//! 1,000 pages: with 64 KiB pages that is 64 MB copied and two `fsync`s, 60–80 ms in
//! which the writer commits nothing, the parsed feeds waiting for it hold every
//! preparing slot, and both cores idle (seen with `perf` as dips to 30 % idle at each
//! checkpoint of a cold refresh). A [`Checkpointer`] turns the writer's automatic
//! checkpoints off and runs the same passive checkpoints on a second connection,
//! which SQLite allows while the writer goes on committing.
//!
//! A checkpoint that runs beside the writer rarely reaches the end of the log: commits
//! come in while it copies. The log starts again from its beginning only after one
//! that does, so alone it would grow for the whole refresh (to 495 MiB on the
//! 50,000-article benchmark, twice the cache), and only one that does syncs the cache
//! file. So the thread checkpoints again (up to three times) while commits came in
//! during the last one, and then the writer copies what is left itself, inside its
//! next commit, where nothing can come in between: mostly a commit or two, and two
//! short `fsync`s. Should commits outrun the thread's checkpoints (a slow disk), the
//! writer copies it all once the log reaches SQLite's own threshold: never worse than
//! SQLite alone.

use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;

use rusqlite::wal::CheckpointMode;
use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{BUSY_TIMEOUT, Store, StoreError};

/// Pages added to the log since the last checkpoint that start the next one (16 MiB of
/// 64 KiB pages). A quarter of SQLite's own threshold: checkpoints no longer stop the
/// writer, and what is left in the log at the end is copied as the cache closes, after
/// the last write, where nothing else runs (80 ms with 1,000 pages in a traced cold
/// refresh, 10 ms with 256).
const THRESHOLD: i32 = 256;

/// SQLite's own automatic checkpoint threshold: the writer catches up whatever is left
/// once the log is this long.
const SQLITE_THRESHOLD: i32 = 1000;

/// Checkpoints in a row on the thread while commits came in during the one before.
const PASSES: usize = 3;

#[derive(Default)]
struct State {
    /// Pages in the log after the writer's latest commit.
    pages: i32,
    /// The log's pages known to be in the file.
    copied: i32,
    /// The writer committed since the thread last looked.
    fresh: bool,
    /// The thread is done checkpointing, and the writer is to copy what is left.
    catch_up: bool,
    /// The writer is done: finish and exit.
    closed: bool,
    /// Checkpoints made on the thread.
    checkpoints: u32,
    /// Times the log started over: a checkpoint's count from before a restart is not
    /// the new log's.
    restarts: u32,
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
        Checkpointer::with_limits(writer, path, THRESHOLD, THRESHOLD)
    }

    /// [`Checkpointer::start`], checkpointing every `threshold` pages and leaving the
    /// writer at most `catch_up` pages to copy.
    fn with_limits(
        writer: &mut Store,
        path: &Path,
        threshold: i32,
        catch_up: i32,
    ) -> Result<Checkpointer, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // A checkpoint copies frames without the page cache; the few pages this
        // connection reads (the schema) need no more than this.
        conn.pragma_update(None, "cache_size", -256)?;
        let shared = Arc::new(Shared::default());
        let worker = shared.clone();
        let thread = std::thread::Builder::new()
            .name("ddm-checkpoint".to_owned())
            .spawn(move || run(&conn, &worker, threshold, catch_up))
            .map_err(|e| StoreError::Thread("the cache's checkpoint thread", e))?;
        // Dropped on an error below, which stops the thread.
        let checkpointer = Checkpointer {
            shared: shared.clone(),
            thread: Some(thread),
        };
        // Replaces SQLite's automatic checkpoint on this connection (which is itself a
        // log hook). It runs inside every commit, so it only records and wakes, except
        // for the writer's catch-up after the thread's checkpoints.
        writer
            .conn
            .wal_hook(Some(move |wal: &mut rusqlite::hooks::Wal, pages| {
                let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
                // A smaller log than before: it started again from its beginning, and
                // there is nothing to catch up.
                if pages < state.pages {
                    state.copied = 0;
                    state.catch_up = false;
                    state.restarts = state.restarts.wrapping_add(1);
                }
                state.pages = pages;
                state.fresh = true;
                if state.catch_up {
                    // The thread starts no checkpoint while `catch_up` is set: two at
                    // once, one would find the other's lock.
                    match wal.checkpoint_v2(CheckpointMode::PASSIVE) {
                        Ok((_, done)) => {
                            state.copied = done;
                            state.catch_up = false;
                        }
                        // Another process is checkpointing: try at the next commit.
                        Err(e) if e.sqlite_error_code() == Some(ErrorCode::DatabaseBusy) => {}
                        // The commit itself is done; the thread tries again later.
                        Err(e) => {
                            tracing::warn!(error = %e, "checkpointing the cache failed");
                            state.catch_up = false;
                        }
                    }
                }
                shared.wake.notify_one();
                Ok(())
            }))?;
        Ok(checkpointer)
    }

    /// Stops the thread once its checkpoint in progress is done, and gives `writer`
    /// back SQLite's automatic checkpoint. What is left in the log is copied then, or
    /// when the last connection to the cache closes.
    pub fn finish(mut self, writer: &Store) {
        self.stop();
        // Replaces the hook.
        if let Err(e) = writer
            .conn
            .pragma_update(None, "wal_autocheckpoint", SQLITE_THRESHOLD)
        {
            tracing::warn!(error = %e, "restoring the cache's automatic checkpoint failed");
        }
    }

    fn stop(&mut self) {
        let Some(thread) = self.thread.take() else {
            return;
        };
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
        if thread.join().is_err() {
            tracing::error!("the checkpoint thread panicked");
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn run(conn: &Connection, shared: &Shared, threshold: i32, catch_up: i32) {
    loop {
        {
            let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
            // While the writer has a catch-up to do, a checkpoint here would only take
            // the lock it needs.
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
            if state.pages - state.copied < threshold {
                continue;
            }
        }
        // Pages the last checkpoint left, that commits brought in while it ran.
        let mut left = None;
        for _ in 0..PASSES {
            let restarts = shared
                .state
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .restarts;
            let done = match checkpoint(conn) {
                Ok(Some(done)) => done,
                // Another connection is checkpointing (the TUI's, say): try later.
                Ok(None) => break,
                // Nothing is lost: the log keeps every commit until a checkpoint
                // succeeds, and closing the cache tries again.
                Err(e) => {
                    tracing::warn!(error = %e, "checkpointing the cache failed");
                    break;
                }
            };
            let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
            // The log started over during this checkpoint (it had reached the end):
            // its count is of the old log, and the new one has nothing to catch up.
            if state.restarts != restarts {
                left = None;
                break;
            }
            let progressed = done != state.copied;
            state.copied = done;
            state.checkpoints += 1;
            left = Some(state.pages - done);
            // None came in: this one reached the end of the log and synced the file.
            // None copied: a reader's snapshot stops the copy here for now.
            if left == Some(0) || !progressed {
                break;
            }
        }
        // The writer copies the rest in its next commit, so that the log starts over:
        // mostly the commits made during the last checkpoint, at most a threshold's
        // worth. Should more keep coming in during every checkpoint (a slow disk), the
        // writer copies it all once the log reaches SQLite's own threshold, so the log
        // never grows past what SQLite alone would let it.
        let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
        if left.is_some_and(|left| left <= catch_up) || state.pages >= SQLITE_THRESHOLD {
            state.catch_up = true;
        }
    }
}

/// One passive checkpoint: how much of the log is now in the file, in pages, or `None`
/// when another connection's checkpoint was running. (A statement rather than
/// `wal_checkpoint_v2`, which on a connection that has read nothing yet finds no log.)
fn checkpoint(conn: &Connection) -> rusqlite::Result<Option<i32>> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
        let (busy, log, done): (i32, i32, i32) = (row.get(0)?, row.get(1)?, row.get(2)?);
        Ok((busy == 0 && log >= 0).then_some(done))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many times the log has started over: the checkpoint sequence number in its
    /// header (bytes 12 to 15, big-endian), which SQLite adds one to at each restart.
    fn restarts(wal: &Path) -> u32 {
        use std::io::Read;
        let mut header = [0; 16];
        std::fs::File::open(wal)
            .and_then(|mut f| f.read_exact(&mut header))
            .map_or(0, |()| {
                u32::from_be_bytes([header[12], header[13], header[14], header[15]])
            })
    }

    /// Commits rows of about three 64 KiB pages each through a writer with a
    /// [`Checkpointer`] at these limits, `pause` apart, until the log has started over
    /// five times (or 2,000 commits, or 60 s); checks every row is kept and the file
    /// sound, and returns the restarts and the commits.
    fn restarts_while_committing(
        threshold: i32,
        catch_up: i32,
        pause: std::time::Duration,
    ) -> (u32, i64) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.sqlite");
        let wal = dir.path().join("cache.sqlite-wal");
        let mut store = Store::open(&path).unwrap();
        store
            .conn
            .execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)")
            .unwrap();
        let checkpointer =
            Checkpointer::with_limits(&mut store, &path, threshold, catch_up).unwrap();
        let first = restarts(&wal);
        let start = std::time::Instant::now();
        let mut commits = 0;
        while restarts(&wal) - first < 5 && commits < 2000 && start.elapsed().as_secs() < 60 {
            store
                .conn
                .execute("INSERT INTO t (v) VALUES (zeroblob(60000))", [])
                .unwrap();
            commits += 1;
            std::thread::sleep(pause);
        }
        checkpointer.finish(&store);
        let restarts = restarts(&wal) - first;
        drop(store);
        let store = Store::open(&path).unwrap();
        let rows: i64 = store
            .conn
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, commits);
        assert_eq!(store.integrity_check().unwrap(), "ok");
        (restarts, commits)
    }

    #[test]
    fn the_log_starts_over_however_many_commits_come_in_during_a_checkpoint() {
        // Without a pause, commits come in during every checkpoint and none reaches the
        // end of the log; the writer copies whatever is left.
        let (restarts, commits) =
            restarts_while_committing(16, i32::MAX, std::time::Duration::ZERO);
        assert!(
            restarts >= 5,
            "the log started over {restarts} times in {commits} commits"
        );
    }

    #[test]
    fn the_log_starts_over_at_a_refresh_pace() {
        // The limits a refresh uses, scaled down, and a commit every millisecond.
        let (restarts, commits) =
            restarts_while_committing(64, 64, std::time::Duration::from_millis(1));
        assert!(
            restarts >= 5,
            "the log started over {restarts} times in {commits} commits"
        );
    }
}
