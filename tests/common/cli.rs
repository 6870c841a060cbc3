//! Driving the `ddm-reader` binary as a user or a script would: a private config file and
//! data directory per test, the command run to completion, its exit code, stdout and
//! stderr captured, and `--json` output parsed.
//!
//! Every run gets `--config` and `--data-dir` pointing into the test's temporary directory,
//! and `HOME` / `XDG_*` pointing there too, so nothing ever reads the user's own files or
//! falls back to the built-in DDM feed (which would touch the internet).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_ddm-reader");

/// `[fetch]` settings that keep hostile-server tests short.
pub const FAST_FETCH: &str =
    "[fetch]\nconcurrency = 8\nconnect_timeout_secs = 2\ntimeout_secs = 10\n";

/// A config file and a data directory of one's own, removed at the end of the test.
pub struct Env {
    dir: TempDir,
    /// The config file (written by [`Env::write_config`]).
    pub config: PathBuf,
    /// The data directory (cache, log).
    pub data: PathBuf,
}

/// What a finished run left behind.
#[derive(Debug, Clone)]
pub struct Output {
    /// The exit code (`-1` if killed by a signal).
    pub code: i32,
    /// Stdout as text (lossy).
    pub stdout: String,
    /// Stderr as text (lossy).
    pub stderr: String,
    /// Stdout as bytes.
    pub stdout_bytes: Vec<u8>,
    /// Stderr as bytes.
    pub stderr_bytes: Vec<u8>,
    /// Wall time of the run.
    pub elapsed: Duration,
}

impl Output {
    /// Stdout parsed as one JSON document; panics with both streams if it is not one.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not one JSON document ({e}):\n--- stdout\n{}\n--- stderr\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// Panics with both streams unless the exit code is `code`.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Output {
        assert_eq!(
            self.code, code,
            "exit code {} (wanted {code})\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }
}

impl Env {
    /// A fresh directory with no config file yet.
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("create a temporary directory");
        let config = dir.path().join("config.toml");
        let data = dir.path().join("data");
        Env { dir, config, data }
    }

    /// A fresh directory whose config follows `feeds` (`(name, url)`), plus `extra` TOML.
    pub fn with_feeds(feeds: &[(&str, &str)], extra: &str) -> Env {
        let env = Env::new();
        env.write_config(&config_toml(feeds, extra));
        env
    }

    /// The temporary directory itself.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The `SQLite` cache inside the data directory.
    pub fn cache(&self) -> PathBuf {
        self.data.join("cache.sqlite")
    }

    /// Writes `text` as the config file.
    pub fn write_config(&self, text: &str) {
        std::fs::write(&self.config, text).expect("write the config file");
    }

    /// A command for the binary with `--config` and `--data-dir` first, then `args`.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = self.bare_command();
        cmd.arg("--config").arg(&self.config);
        cmd.arg("--data-dir").arg(&self.data);
        cmd.args(args);
        cmd
    }

    /// A command for the binary with only the isolating environment set: no flags.
    pub fn bare_command(&self) -> Command {
        let mut cmd = Command::new(BIN);
        let home = self.dir.path().join("home");
        cmd.env_remove("DDM_READER_CONFIG")
            .env_remove("DDM_READER_DATA_DIR")
            .env_remove("NO_COLOR")
            .env_remove("http_proxy")
            .env_remove("https_proxy")
            .env_remove("HTTP_PROXY")
            .env_remove("HTTPS_PROXY")
            .env_remove("ALL_PROXY")
            .env_remove("all_proxy")
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("COLUMNS", "80")
            .env("NO_PROXY", "*")
            .stdin(Stdio::null());
        cmd
    }

    /// Runs the binary with `args` (after `--config` / `--data-dir`) to completion.
    pub fn run(&self, args: &[&str]) -> Output {
        run(&mut self.command(args))
    }

    /// Starts the binary with `args` without waiting, its output captured.
    pub fn spawn(&self, args: &[&str]) -> Child {
        let mut cmd = self.command(args);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        cmd.spawn().expect("start ddm-reader")
    }

    /// `list --json`, checked to exit 0 and parsed.
    pub fn list_json(&self, extra: &[&str]) -> Vec<Value> {
        let mut args = vec!["list", "--json"];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        out.expect_code(0);
        out.json()
            .as_array()
            .expect("list --json is an array")
            .clone()
    }

    /// `feeds list --json`, checked to exit 0 and parsed.
    pub fn feeds_json(&self) -> Vec<Value> {
        let out = self.run(&["feeds", "list", "--json"]);
        out.expect_code(0);
        out.json()
            .as_array()
            .expect("feeds list --json is an array")
            .clone()
    }
}

/// Runs `cmd` to completion, capturing everything.
pub fn run(cmd: &mut Command) -> Output {
    let start = Instant::now();
    captured(cmd.output().expect("run ddm-reader"), start)
}

/// Waits for a spawned child and captures what it printed.
pub fn finish(child: Child, started: Instant) -> Output {
    captured(
        child.wait_with_output().expect("wait for ddm-reader"),
        started,
    )
}

fn captured(out: std::process::Output, started: Instant) -> Output {
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        stdout_bytes: out.stdout,
        stderr_bytes: out.stderr,
        elapsed: started.elapsed(),
    }
}

/// A config file following `feeds` (`(name, url)`), followed by `extra` TOML.
pub fn config_toml(feeds: &[(&str, &str)], extra: &str) -> String {
    let mut out = String::new();
    for (name, url) in feeds {
        let _ = write!(
            out,
            "[[feeds]]\nname = {}\nurl = {}\n\n",
            toml_str(name),
            toml_str(url)
        );
    }
    out.push_str(extra);
    out
}

/// `s` as a TOML basic string.
pub fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The entry of `fetch --json` (or `feeds list --json`) output for the feed named `name`.
#[track_caller]
pub fn feed_entry<'a>(feeds: &'a [Value], name: &str) -> &'a Value {
    feeds
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no feed named {name} in {feeds:#?}"))
}

/// The `feeds` array of a `fetch --json` document.
#[track_caller]
pub fn fetch_feeds(out: &Output) -> Vec<Value> {
    out.json()["feeds"]
        .as_array()
        .expect("fetch --json has a feeds array")
        .clone()
}

/// The keys of a JSON object, sorted.
pub fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v
        .as_object()
        .expect("a JSON object")
        .keys()
        .cloned()
        .collect();
    k.sort();
    k
}

/// One RSS item for [`rss`].
#[derive(Debug, Clone)]
pub struct Item {
    /// Its guid.
    pub guid: String,
    /// Its title.
    pub title: String,
    /// Its body (HTML, put in CDATA).
    pub body: String,
    /// RFC 2822 publication date.
    pub date: String,
}

impl Item {
    /// Item number `n` of a made-up feed: guid `tag:test,n`, dated `n` hours after a fixed
    /// time (so a higher `n` is newer), with a body naming `word`.
    pub fn numbered(n: u32, word: &str) -> Item {
        let day = 1 + n / 24;
        let hour = n % 24;
        Item {
            guid: format!("tag:test,{n}"),
            title: format!("Story number {n}"),
            body: format!("<p>Body of story {n} about {word}.</p>"),
            date: format!("{:02} Mar 2025 {hour:02}:00:00 +0000", day.min(28)),
        }
    }
}

/// An RSS 2.0 feed titled `title` with `items`.
pub fn rss(title: &str, items: &[Item]) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>{title}</title><link>http://127.0.0.1/</link><description>d</description>\n"
    );
    for i in items {
        let _ = writeln!(
            out,
            "<item><title>{}</title><link>http://127.0.0.1/{}</link><guid isPermaLink=\"false\">{}</guid>\
             <pubDate>{}</pubDate><description><![CDATA[{}]]></description></item>",
            i.title,
            i.guid.replace([':', ','], "-"),
            i.guid,
            i.date,
            i.body
        );
    }
    out.push_str("</channel></rss>\n");
    out
}

/// A feed of `n` numbered items whose bodies mention `word`.
pub fn simple_feed(title: &str, n: u32, word: &str) -> String {
    let items: Vec<Item> = (1..=n).map(|i| Item::numbered(i, word)).collect();
    rss(title, &items)
}
