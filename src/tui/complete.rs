//! Files for the report form's attachment field: Tab completion of a path and the size
//! shown next to each file. They read the file system, so the effects runner calls them
//! on a blocking thread, never `update`; `expand_home` alone is pure.

use std::path::{Path, PathBuf};

/// `~/x` with the home directory put in.
pub fn expand_home(input: &str) -> PathBuf {
    match (input.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(input),
    }
}

/// The paths that complete `input`: entries of its directory whose name starts with
/// what follows the last `/` (hidden ones only when that starts with `.`), sorted,
/// directories ending in `/`. The part typed is kept as typed (`~/` included).
pub fn complete_path(input: &str) -> Vec<String> {
    let (dir_typed, prefix) = match input.rfind('/') {
        Some(i) => (&input[..=i], &input[i + 1..]),
        None => ("", input),
    };
    let dir = if dir_typed.is_empty() {
        PathBuf::from(".")
    } else {
        expand_home(dir_typed)
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            if !name.starts_with(prefix) || (name.starts_with('.') && !prefix.starts_with('.')) {
                return None;
            }
            let is_dir = std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir());
            Some(format!(
                "{dir_typed}{name}{}",
                if is_dir { "/" } else { "" }
            ))
        })
        .collect();
    out.sort();
    out
}

/// The size of a file to attach, or why it cannot be attached.
pub fn attachment_size(path: &Path) -> Result<u64, String> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        _ => e.to_string(),
    })?;
    if meta.is_dir() {
        return Err("a directory".into());
    }
    Ok(meta.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_names_in_the_typed_directory() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("photo-1.jpg"), b"x").unwrap();
        std::fs::write(dir.path().join("photo-2.png"), b"xy").unwrap();
        std::fs::write(dir.path().join(".hidden"), b"").unwrap();
        std::fs::create_dir(dir.path().join("pictures")).unwrap();
        let base = format!("{}/", dir.path().display());
        let got = complete_path(&format!("{base}p"));
        assert_eq!(
            got,
            [
                format!("{base}photo-1.jpg"),
                format!("{base}photo-2.png"),
                format!("{base}pictures/")
            ]
        );
        assert_eq!(
            complete_path(&format!("{base}.h")),
            [format!("{base}.hidden")]
        );
        assert!(complete_path(&format!("{base}zzz")).is_empty());
        assert_eq!(attachment_size(&dir.path().join("photo-2.png")), Ok(2));
        assert_eq!(
            attachment_size(&dir.path().join("pictures")),
            Err("a directory".into())
        );
        assert_eq!(
            attachment_size(&dir.path().join("nope")),
            Err("no such file".into())
        );
    }
}
