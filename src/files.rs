//! Writing the files a person names on the command line (`export FILE`, `report export
//! ID --eml FILE`): never over the reader's own data, and never half-written.
//!
//! A mistyped path must not cost the outbox of citizen reports, the cache's stars and
//! read marks, or the config: exports refuse those files, whatever the path is spelt
//! as. And a file is replaced only once its new content is whole on disk, so a full
//! disk or a crash leaves the old one as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The reader's own files, which no export may write over.
#[derive(Debug, Clone)]
pub struct OwnFiles {
    /// Each with what to call it in a message.
    files: Vec<(PathBuf, &'static str)>,
}

impl OwnFiles {
    /// The files of one run's [`crate::paths::Paths`], plus the user's actors file.
    pub fn new(paths: &crate::paths::Paths, actors_file: PathBuf) -> OwnFiles {
        let mut files = vec![
            (paths.config.clone(), "the config file"),
            (actors_file, "the actors file"),
            (paths.compiled_actors(), "the reader's compiled actors"),
            (paths.log_file(), "the reader's log"),
        ];
        // The databases, with the files SQLite keeps beside them.
        for (db, what) in [
            (paths.cache(), "the cache"),
            (paths.outbox(), "the outbox of citizen reports"),
        ] {
            // `.lock`: the outbox's one-sender-at-a-time lock.
            for suffix in ["-wal", "-shm", "-journal", ".lock"] {
                let mut side = db.clone().into_os_string();
                side.push(suffix);
                files.push((side.into(), what));
            }
            files.push((db, what));
        }
        OwnFiles { files }
    }

    /// Why `target` must not be written, if it is one of these files by any path:
    /// relative, through `..` or a symbolic link, or a hard link of the same file.
    pub fn refusal(&self, target: &Path) -> Option<String> {
        let resolved = resolve(target)?;
        let same_file =
            |own: &Path| resolve(own).is_some_and(|own| own == resolved) || same_inode(own, target);
        let (own, what) = self.files.iter().find(|(own, _)| same_file(own))?;
        Some(format!(
            "{} is {what} ({}): give the export another file name",
            target.display(),
            own.display()
        ))
    }
}

/// `path` made absolute with every symbolic link followed; for a file that does not
/// exist yet, its folder's resolved path and its name, and for a link to nothing yet,
/// what it names (resolved the same way, a few links deep).
fn resolve(path: &Path) -> Option<PathBuf> {
    resolve_within(path, 8)
}

fn resolve_within(path: &Path, hops: u8) -> Option<PathBuf> {
    if let Ok(real) = path.canonicalize() {
        return Some(real);
    }
    if hops > 0
        && let Ok(named) = std::fs::read_link(path)
    {
        let named = match path.parent() {
            Some(dir) if named.is_relative() => dir.join(named),
            _ => named,
        };
        return resolve_within(&named, hops - 1);
    }
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(parent.canonicalize().ok()?.join(name))
}

#[cfg(unix)]
fn same_inode(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_inode(_: &Path, _: &Path) -> bool {
    false
}

/// Who may read a written file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Only its owner (mode 0600): a citizen report and its photos.
    Private,
    /// As an existing file's mode was, else as the umask allows.
    Usual,
}

/// Writes `bytes` to `path`, replacing a file only when they are whole on disk: a
/// private temporary file beside it, synced, then renamed over it. A symbolic link is
/// written through (the link stays, its target is replaced); a directory is refused.
/// What is not a file (`/dev/null`, a named pipe, `/dev/stdout`) is written to as it
/// is, never replaced, and so is a link to nothing yet, which makes its file.
pub fn write_replacing(path: &Path, bytes: &[u8], access: Access) -> std::io::Result<()> {
    // `/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`: whatever they lead to (a file the
    // shell opened, maybe for appending) is written through, never replaced.
    if path.starts_with("/dev") || path.starts_with("/proc") {
        return write_in_place(path, bytes, access);
    }
    let target = match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            return Err(std::io::Error::other("it is a directory; give a file name"));
        }
        // A device, a pipe, a socket: there is no old content to keep whole.
        Ok(m) if !m.is_file() => return write_in_place(path, bytes, access),
        // Through a link to the file it names, so the link is not replaced by a file.
        Ok(_) => path.canonicalize()?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && path.is_symlink() => {
            return write_in_place(path, bytes, access);
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => path.to_path_buf(),
        Err(e) => return Err(e),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = target.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    // A new usual file gets what `std::fs::write` would give it (0666 less the umask).
    #[cfg(unix)]
    if access == Access::Private {
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    }
    let old_permissions = match access {
        Access::Private => None,
        Access::Usual => std::fs::metadata(&target).ok().map(|m| m.permissions()),
    };
    let mut file = match options.open(&tmp) {
        Ok(file) => file,
        // A writable file in a folder that is not: written as it is, as it always could.
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied && target.is_file() => {
            return write_in_place(&target, bytes, access);
        }
        Err(e) => return Err(e),
    };
    let written = file
        .write_all(bytes)
        .and_then(|()| match old_permissions {
            Some(permissions) => file.set_permissions(permissions),
            None => Ok(()),
        })
        .and_then(|()| file.sync_all());
    if let Err(e) = written.and_then(|()| std::fs::rename(&tmp, &target)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(())
}

/// Writes `bytes` to `path` as it is, as `std::fs::write` would (mode 0600 for a file
/// made private).
fn write_in_place(path: &Path, bytes: &[u8], access: Access) -> std::io::Result<()> {
    // Our own standard output and error are written through the handles the program
    // has: opening `/dev/stdout` again would start at the file's beginning, over what a
    // shell's `>>` or earlier commands put there.
    let name = path.to_string_lossy();
    if matches!(&*name, "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1") {
        let mut out = std::io::stdout().lock();
        return out.write_all(bytes).and_then(|()| out.flush());
    }
    if matches!(&*name, "/dev/stderr" | "/dev/fd/2" | "/proc/self/fd/2") {
        return std::io::stderr().lock().write_all(bytes);
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    if access == Access::Private {
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    }
    options.open(path)?.write_all(bytes)
}
