//! Copying a link: OSC 52 for the terminal's clipboard, and the system clipboard through
//! the first of `wl-copy`, `xclip`, `xsel` (or `pbcopy` on macOS) found on `PATH`, plus
//! tmux's buffer inside tmux.
//!
//! OSC 52 is an escape sequence the terminal turns into a clipboard write, so it works
//! over SSH; the caller writes it to the terminal it draws on (the TUI from its UI task,
//! between frames). The helper programs are run directly (argv, never a shell) with the
//! text on stdin and their output kept off the screen; no clipboard crate is needed.
//! Nothing here knows the TUI.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;

/// How long a helper may take to take the text (they fork to serve it, then exit).
const HELPER_TIMEOUT: Duration = Duration::from_secs(3);

/// The OSC 52 sequence that puts `text` on the terminal's clipboard.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\x1b]52;c;{encoded}\x1b\\")
}

/// Writes the OSC 52 sequence for `text` to `out` (the terminal) and flushes it.
pub fn write_osc52(out: &mut impl Write, text: &str) -> std::io::Result<()> {
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

/// What a copy did, for a message such as "Link copied (terminal clipboard, wl-copy)".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Copied {
    /// OSC 52 was written to a terminal.
    pub terminal: bool,
    /// The helpers that took the text (`wl-copy`, `xclip`, `xsel`, `pbcopy`, `tmux`).
    pub helpers: Vec<String>,
    /// Helpers that were found but failed, with why.
    pub failures: Vec<String>,
}

impl Copied {
    /// Whether the text went anywhere.
    pub fn any(&self) -> bool {
        self.terminal || !self.helpers.is_empty()
    }

    /// Where it went, for people: "terminal clipboard, wl-copy".
    pub fn places(&self) -> String {
        let mut places = Vec::new();
        if self.terminal {
            places.push("terminal clipboard".to_owned());
        }
        places.extend(self.helpers.iter().map(|h| match h.as_str() {
            "tmux" => "tmux buffer".to_owned(),
            other => other.to_owned(),
        }));
        places.join(", ")
    }

    /// The message for people: "Link copied (terminal clipboard, wl-copy)", naming any
    /// helper that failed; `Err` with why when the link went nowhere.
    pub fn message(&self) -> Result<String, String> {
        if !self.any() {
            return Err(format!("Could not copy the link: {}", self.why_not()));
        }
        let mut text = format!("Link copied ({})", self.places());
        if !self.failures.is_empty() {
            text.push_str(" · ");
            text.push_str(&self.failures.join("; "));
        }
        Ok(text)
    }

    /// Why nothing was copied.
    pub fn why_not(&self) -> String {
        if self.failures.is_empty() {
            "no terminal to send it to, and no wl-copy, xclip or xsel found".to_owned()
        } else {
            self.failures.join("; ")
        }
    }
}

/// What the system clipboard helpers depend on, read from the environment (or made up
/// by a test).
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent facts about the session, not a state machine"
)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClipboardEnv {
    /// `PATH`.
    pub path: Option<OsString>,
    /// A Wayland session (`WAYLAND_DISPLAY` set).
    pub wayland: bool,
    /// An X11 display (`DISPLAY` set).
    pub x11: bool,
    /// Inside tmux (`TMUX` set).
    pub tmux: bool,
    /// macOS, where `pbcopy` always works.
    pub macos: bool,
}

impl ClipboardEnv {
    /// The real environment.
    pub fn from_env() -> ClipboardEnv {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        ClipboardEnv {
            path: std::env::var_os("PATH"),
            wayland: set("WAYLAND_DISPLAY"),
            x11: set("DISPLAY"),
            tmux: set("TMUX"),
            macos: cfg!(target_os = "macos"),
        }
    }

    /// The helpers to run: the first system clipboard program that fits the session,
    /// then tmux's `load-buffer -w` (which also forwards to the outer terminal).
    pub fn helpers(&self) -> Vec<(String, Vec<OsString>)> {
        let mut candidates: Vec<(&str, &[&str])> = Vec::new();
        if self.wayland {
            candidates.push(("wl-copy", &[]));
        }
        if self.x11 {
            candidates.push(("xclip", &["-selection", "clipboard"]));
            candidates.push(("xsel", &["--clipboard", "--input"]));
        }
        if self.macos {
            candidates.push(("pbcopy", &[]));
        }
        let mut out = Vec::new();
        if let Some((name, program, args)) = candidates
            .into_iter()
            .find_map(|(name, args)| self.find(name).map(|p| (name, p, args)))
        {
            out.push((name.to_owned(), argv(&program, args)));
        }
        if self.tmux
            && let Some(program) = self.find("tmux")
        {
            out.push((
                "tmux".to_owned(),
                argv(&program, &["load-buffer", "-w", "-"]),
            ));
        }
        out
    }

    /// The program `name` on `PATH`, if it is there and executable.
    pub fn find(&self, name: &str) -> Option<PathBuf> {
        std::env::split_paths(self.path.as_deref()?)
            .filter(|dir| dir.is_absolute())
            .map(|dir| dir.join(name))
            .find(|p| is_executable(p))
    }
}

fn argv(program: &Path, args: &[&str]) -> Vec<OsString> {
    std::iter::once(program.as_os_str().to_owned())
        .chain(args.iter().map(OsString::from))
        .collect()
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Gives `text` to the system clipboard helpers that `env` has; `terminal` says whether
/// the caller already wrote OSC 52 to a terminal. Blocks for at most a few seconds.
pub fn copy_with_helpers(text: &str, env: &ClipboardEnv, terminal: bool) -> Copied {
    let mut copied = Copied {
        terminal,
        ..Copied::default()
    };
    for (name, argv) in env.helpers() {
        match run_helper(&argv, text) {
            Ok(()) => copied.helpers.push(name),
            Err(e) => copied.failures.push(format!("{name}: {e}")),
        }
    }
    copied
}

/// Runs one helper with `text` on its stdin, its output discarded, and waits for it.
fn run_helper(command: &[OsString], text: &str) -> Result<(), String> {
    let (program, args) = command.split_first().ok_or("no program")?;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not run it: {e}"))?;
    // Dropped at the end of the statement: the helper sees the end of its input. A helper
    // that exits without reading gives a broken pipe here; its exit status, waited for
    // below either way (no zombie), says more than the pipe does.
    let written = child
        .stdin
        .take()
        .map_or(Ok(()), |mut stdin| stdin.write_all(text.as_bytes()));
    let deadline = Instant::now() + HELPER_TIMEOUT;
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => {
                return written.map_err(|e| format!("could not pass the text: {e}"));
            }
            Ok(Some(status)) => return Err(format!("it failed ({status})")),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("it did not finish in time".to_owned());
            }
            Err(e) => return Err(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_is_base64_between_the_right_delimiters() {
        assert_eq!(
            osc52("https://e.example/a?b=c&d=é"),
            "\x1b]52;c;aHR0cHM6Ly9lLmV4YW1wbGUvYT9iPWMmZD3DqQ==\x1b\\"
        );
        let mut out = Vec::new();
        write_osc52(&mut out, "hi").unwrap();
        assert_eq!(out, b"\x1b]52;c;aGk=\x1b\\");
    }

    fn fake_helper(dir: &Path, name: &str, body: &str) {
        let path = dir.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
    }

    #[test]
    fn the_first_fitting_helper_gets_the_text_on_stdin_and_its_argv() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("got");
        let record = format!("{{ printf '%s|' \"$@\"; cat; }} > '{}'", out.display());
        fake_helper(dir.path(), "xclip", &record);
        fake_helper(dir.path(), "xsel", "exit 7");
        let env = ClipboardEnv {
            path: Some(dir.path().as_os_str().to_owned()),
            x11: true,
            ..ClipboardEnv::default()
        };
        let copied = copy_with_helpers("https://e.example/$(rm -rf x)", &env, false);
        assert_eq!(copied.helpers, vec!["xclip"]);
        assert!(copied.any());
        assert_eq!(copied.places(), "xclip");
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "-selection|clipboard|https://e.example/$(rm -rf x)"
        );
        // Wayland first when both are there; nothing without a display.
        fake_helper(dir.path(), "wl-copy", "cat > /dev/null");
        let both = ClipboardEnv {
            wayland: true,
            ..env.clone()
        };
        assert_eq!(both.helpers()[0].0, "wl-copy");
        let headless = ClipboardEnv { x11: false, ..env };
        assert!(headless.helpers().is_empty());
        let nothing = copy_with_helpers("x", &headless, false);
        assert!(!nothing.any());
        assert!(nothing.why_not().contains("wl-copy, xclip or xsel"));
    }

    #[test]
    fn a_failing_helper_is_reported_and_tmux_comes_as_well() {
        let dir = tempfile::tempdir().unwrap();
        fake_helper(dir.path(), "wl-copy", "exit 3");
        fake_helper(
            dir.path(),
            "tmux",
            "[ \"$*\" = 'load-buffer -w -' ] && cat > /dev/null",
        );
        let env = ClipboardEnv {
            path: Some(dir.path().as_os_str().to_owned()),
            wayland: true,
            tmux: true,
            ..ClipboardEnv::default()
        };
        let copied = copy_with_helpers("x", &env, true);
        assert_eq!(copied.helpers, vec!["tmux"]);
        assert_eq!(copied.failures.len(), 1);
        assert!(
            copied.failures[0].starts_with("wl-copy: it failed"),
            "{copied:?}"
        );
        assert_eq!(copied.places(), "terminal clipboard, tmux buffer");
        let message = copied.message().unwrap();
        assert!(
            message.starts_with("Link copied (terminal clipboard, tmux buffer) · wl-copy: "),
            "{message}"
        );
        assert!(
            Copied::default()
                .message()
                .unwrap_err()
                .starts_with("Could not copy")
        );
    }
}
