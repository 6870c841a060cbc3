//! Editing text in the user's editor: `$VISUAL`, else `$EDITOR`, else `vi`, split on
//! whitespace into a program and its arguments and run directly (no shell), on a
//! private temporary file (mode 0600) that is removed afterwards. The caller suspends
//! the screen first and resumes it after; this runs synchronously.

use std::io::Write as _;
use std::path::PathBuf;

/// The editor's argv from the environment.
pub fn editor_command() -> Vec<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .map(|v| v.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .find(|argv| !argv.is_empty())
        .unwrap_or_else(|| vec!["vi".to_owned()])
}

/// Runs `argv` on a temporary file holding `text` and returns the file's new text (one
/// trailing newline, which editors add, removed), or why that failed.
pub fn edit(argv: &[String], text: &str) -> Result<String, String> {
    let (program, rest) = argv.split_first().ok_or("no editor configured")?;
    let path = temp_path();
    let result = (|| {
        write_private(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let status = std::process::Command::new(program)
            .args(rest)
            .arg(&path)
            .status()
            .map_err(|e| format!("cannot run {program}: {e}"))?;
        if !status.success() {
            return Err(format!(
                "{program} exited with {status}; the text is unchanged"
            ));
        }
        let mut edited = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {} back: {e}", path.display()))?;
        if edited.ends_with('\n') {
            edited.pop();
        }
        Ok(edited)
    })();
    let _ = std::fs::remove_file(&path);
    result
}

fn temp_path() -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    std::env::temp_dir().join(format!(
        "ddm-reader-report-{}-{nanos}.txt",
        std::process::id()
    ))
}

fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_the_editor_without_a_shell_on_a_private_file() {
        // `sh -c SCRIPT sh FILE`: the script appends to the file it is given and checks
        // its mode.
        let argv: Vec<String> = [
            "sh",
            "-c",
            "test \"$(stat -c %a \"$1\")\" = 600 && printf ' and more\\n' >> \"$1\"",
            "sh",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        assert_eq!(edit(&argv, "text").unwrap(), "text and more");
        let fail: Vec<String> = vec!["false".into()];
        assert!(edit(&fail, "x").unwrap_err().contains("unchanged"));
        let missing: Vec<String> = vec!["/nonexistent/editor".into()];
        assert!(edit(&missing, "x").unwrap_err().contains("cannot run"));
    }
}
