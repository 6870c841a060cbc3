//! Opening a URL in the user's browser (or mail program) without a shell.
//!
//! The opener is an argv: the config's `share.opener`, else `$BROWSER` (its first
//! `:`-separated entry, split on whitespace; a `%s` in it is where the URL goes), else
//! the platform's opener. The URL is passed as one argument, never through a shell, and
//! only http, https and mailto URLs are opened. The child's output is kept off the
//! screen (stdin, stdout and stderr go to /dev/null) and it is reaped on a background
//! thread.

use std::process::{Command, Stdio};

/// Why a URL was not opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// Not an http, https or mailto URL.
    #[error("not opened: only http, https and mailto links are opened")]
    Scheme,
    /// The opener could not be started.
    #[error("could not run {program}: {source}")]
    Spawn {
        /// The program.
        program: String,
        /// Why.
        source: std::io::Error,
    },
    /// No opener is configured and none is known for this platform.
    #[error("no opener: set share.opener in the config or $BROWSER")]
    NoOpener,
}

/// The opener's argv (without the URL): `configured`, else `$BROWSER`, else the platform's.
pub fn opener_argv(configured: Option<&[String]>) -> Option<Vec<String>> {
    if let Some(argv) = configured.filter(|a| !a.is_empty()) {
        return Some(argv.to_vec());
    }
    if let Ok(browser) = std::env::var("BROWSER") {
        let first = browser.split(':').next().unwrap_or("");
        let argv: Vec<String> = first.split_whitespace().map(str::to_owned).collect();
        if !argv.is_empty() {
            return Some(argv);
        }
    }
    let platform = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    Some(vec![platform.to_owned()])
}

/// Whether `url` may be opened: http, https or mailto, with no control characters.
pub fn is_openable(url: &str) -> bool {
    scheme_of(url).is_some_and(|s| matches!(s.as_str(), "http" | "https" | "mailto"))
}

/// Whether `url` is a web page that may be opened (http or https): an article's own
/// link, which `o` opens and the share menu shares.
pub fn is_web_url(url: &str) -> bool {
    scheme_of(url).is_some_and(|s| matches!(s.as_str(), "http" | "https"))
}

/// The scheme of a well-formed URL with no control characters or spaces in it.
fn scheme_of(url: &str) -> Option<String> {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    url::Url::parse(url).ok().map(|u| u.scheme().to_owned())
}

/// The opener's arguments with `url`: put where one says `%s` (the `$BROWSER`
/// convention: `firefox --new-tab %s`), else after the last. Each stays one argument.
fn with_url(program: &str, args: &[String], url: &str) -> Vec<String> {
    // Into a shell's script, a URL from a feed would be code (`;`, `$()` are valid in
    // a URL): a shell gets it as an argument of its own, never spliced in.
    let shell = std::path::Path::new(program)
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| {
            matches!(
                n,
                "sh" | "bash"
                    | "dash"
                    | "zsh"
                    | "ksh"
                    | "mksh"
                    | "fish"
                    | "csh"
                    | "tcsh"
                    | "busybox"
                    | "env"
                    | "cmd"
                    | "cmd.exe"
                    | "powershell"
                    | "pwsh"
            )
        });
    if !shell && args.iter().any(|a| a.contains("%s")) {
        args.iter().map(|a| a.replace("%s", url)).collect()
    } else {
        args.iter()
            .cloned()
            .chain(std::iter::once(url.to_owned()))
            .collect()
    }
}

/// Starts the opener on `url` and returns without waiting for it.
pub fn open_url(url: &str, configured: Option<&[String]>) -> Result<(), OpenError> {
    if !is_openable(url) {
        return Err(OpenError::Scheme);
    }
    let argv = opener_argv(configured).ok_or(OpenError::NoOpener)?;
    let (program, rest) = argv.split_first().ok_or(OpenError::NoOpener)?;
    let mut child = Command::new(program)
        .args(with_url(program, rest, url))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|source| OpenError::Spawn {
            program: program.clone(),
            source,
        })?;
    // Reap it so no zombie is left behind; a browser may run for hours.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_are_opened() {
        assert!(is_openable("https://example.org/a?b=c"));
        assert!(is_openable("http://example.org/"));
        assert!(is_openable("mailto:someone@example.org"));
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "ftp://example.org/",
            "not a url",
            "https://example.org/\u{1b}]52;c;x\u{7}",
        ] {
            assert!(!is_openable(bad), "{bad}");
            assert!(matches!(
                open_url(bad, Some(&["true".into()])),
                Err(OpenError::Scheme)
            ));
        }
    }

    #[test]
    fn the_url_is_one_argument_and_never_reaches_a_shell() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("argv");
        let script = dir.path().join("opener");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > {}\n",
                out.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        let url = "https://example.org/a?x=1&y=$(touch%20pwned);z";
        open_url(
            url,
            Some(&[script.display().to_string(), "--new-tab".into()]),
        )
        .unwrap();
        for _ in 0..200 {
            if std::fs::read_to_string(&out).is_ok_and(|s| s.ends_with('\n')) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            format!("--new-tab\n{url}\n")
        );
        assert!(!dir.path().join("pwned").exists());
    }

    #[test]
    fn a_percent_s_takes_the_url_in_its_place() {
        let args = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            with_url(
                "firefox",
                &args(&["--new-tab", "%s", "--x"]),
                "https://a.example/"
            ),
            args(&["--new-tab", "https://a.example/", "--x"])
        );
        assert_eq!(
            with_url("firefox", &args(&["--new-tab"]), "https://a.example/"),
            args(&["--new-tab", "https://a.example/"])
        );
        // Never spliced into a shell's script.
        let url = "https://a.example/$(touch%20x);y";
        assert_eq!(
            with_url("/bin/sh", &args(&["-c", "open %s"]), url),
            args(&["-c", "open %s", url])
        );
    }
}
