//! End to end: the real binary in a real terminal (a private tmux server), reading feeds
//! served on 127.0.0.1, driven by keys and checked only by what the screen shows, what
//! the opener received and what the cache holds afterwards.
//!
//! Needs `tmux`, so the tests are ignored by a plain `cargo test`; `.ci/run` installs
//! tmux and runs them. Waits scale with `DDM_E2E_TIMEOUT_SCALE` (e.g. `3` on a slow box).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "e2e_tmux/actors.rs"]
mod actors;
mod common;
#[path = "e2e_tmux/report.rs"]
mod report;

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::cli::{BIN, Env, toml_str};
use common::server::{Response, TestServer};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/feeds");
/// The pane's size; the status bar is its last row.
const ROWS: usize = 30;
const SESSION: &str = "e2e";

/// 55 articles, the newest in the list.
const GUARDIAN: &str = "rss2-guardian-media-content.xml";
/// 20 long articles from 2011, at the bottom of the list; the oldest one has 3 links.
const TECHCRUNCH: &str = "wordpress-com-techcrunch-rss2-content-encoded.xml";
const OLDEST_TITLE: &str = "Ooma Invades Canada";
const OLDEST_FIRST_LINK: &str = "http://www.ooma.com/";
const NEWEST_TITLE: &str = "Tottenham Hotspur v Manchester United: Premier League – live!";

/// How long to wait for the screen to show something before failing.
fn patience() -> Duration {
    let scale = std::env::var("DDM_E2E_TIMEOUT_SCALE")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(1.0);
    Duration::from_secs(20).mul_f64(scale)
}

/// Calls `probe` until it returns `Ok`; on timeout panics with its last `Err` (a screen).
#[track_caller]
fn eventually<T>(what: &str, mut probe: impl FnMut() -> Result<T, String>) -> T {
    let deadline = Instant::now() + patience();
    loop {
        match probe() {
            Ok(v) => return v,
            Err(last) if Instant::now() > deadline => {
                panic!(
                    "timed out after {:?} waiting for {what}; last seen:\n{last}",
                    patience()
                )
            }
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

/// A tmux server of our own (its socket in the test's temporary directory) with one
/// session; killed when dropped, panic or not.
struct Tmux {
    socket: PathBuf,
}

impl Tmux {
    /// Starts a 100×30 session running `script` under `/bin/sh` (no user config).
    fn start(socket: PathBuf, script: &str) -> Tmux {
        let tmux = Tmux { socket };
        let session = ["new-session", "-d", "-s", SESSION, "-x", "100", "-y", "30"];
        tmux.run(&[&session[..], &["/bin/sh", "-c", script]].concat());
        tmux
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-u", "-f", "/dev/null", "-S"])
            .arg(&self.socket)
            .args(args)
            .env_remove("TMUX")
            .output()
            .unwrap_or_else(|e| panic!("running tmux (is it installed? .ci/run installs it): {e}"));
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The pane's text as a user sees it.
    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", SESSION])
    }

    /// Presses keys by tmux name: `j`, `G`, `Enter`, `Escape`, `Space`.
    fn keys(&self, keys: &[&str]) {
        self.run(&[&["send-keys", "-t", SESSION], keys].concat());
    }

    /// Types `text` literally.
    fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", SESSION, "-l", text]);
    }

    /// A tmux format about the pane, e.g. `#{alternate_on}`.
    fn display(&self, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", SESSION, format])
            .trim()
            .to_owned()
    }

    /// Waits until the screen satisfies `ok` and returns it.
    #[track_caller]
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        eventually(what, || {
            let screen = self.screen();
            if ok(&screen) { Ok(screen) } else { Err(screen) }
        })
    }

    /// Waits until `text` is on screen.
    #[track_caller]
    fn wait_text(&self, text: &str) -> String {
        self.wait_for(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Waits until the screen stops changing (before asserting that something is absent).
    #[track_caller]
    fn settled(&self) -> String {
        let mut last = self.screen();
        eventually("a stable screen", || {
            std::thread::sleep(Duration::from_millis(300));
            let now = self.screen();
            let stable = now == last;
            last.clone_from(&now);
            if stable { Ok(now) } else { Err(now) }
        })
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

/// The reader running in tmux over its own config, data directory and feed server.
/// Fields drop in order: tmux first, then the files, then the server.
struct Session {
    tmux: Tmux,
    env: Env,
    server: TestServer,
}

impl Session {
    /// Serves `feeds` (`(name, path, response)`), writes a config following them with an
    /// opener that records its arguments, and starts the bare command in tmux.
    fn start(feeds: &[(&str, &str, Response)]) -> Session {
        let server = TestServer::start();
        let urls: Vec<String> = feeds.iter().map(|(_, path, _)| server.url(path)).collect();
        for (_, path, response) in feeds {
            server.route(path, response.clone());
        }
        let list: Vec<(&str, &str)> = feeds
            .iter()
            .zip(&urls)
            .map(|(f, u)| (f.0, u.as_str()))
            .collect();
        let env = Env::new();
        let opener = env.path().join("opener");
        let record = env.path().join("opened.txt");
        std::fs::write(
            &opener,
            format!(
                "#!/bin/sh\n{{ printf 'argc=%s\\n' \"$#\"; printf 'arg=%s\\n' \"$@\"; }} >> {}\n",
                sh_quote(&record)
            ),
        )
        .unwrap();
        std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
        let extra = format!(
            "[fetch]\nconnect_timeout_secs = 2\ntimeout_secs = 10\nrefresh_on_start = true\n\n\
             [share]\nopener = [{}]\n",
            toml_str(&opener.to_string_lossy())
        );
        env.write_config(&common::cli::config_toml(&list, &extra));
        // After the reader exits, say how, and whether the tty is cooked again. Without
        // TMUX or a display, a copy can only reach tmux through OSC 52.
        let script = format!(
            "unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy NO_COLOR \
             DDM_READER_CONFIG DDM_READER_DATA_DIR TMUX WAYLAND_DISPLAY DISPLAY; \
             export NO_PROXY='*' HOME={home}; \
             {bin} --config {config} --data-dir {data}; echo \"EXITED $?\"; \
             echo \"TTY $(stty -a | tr ' ;' '\\n\\n' | grep -E -x -- '-?(icanon|echo)' | tr '\\n' ' ')\"; \
             sleep 60",
            home = sh_quote(&env.path().join("home")),
            bin = sh_quote(Path::new(BIN)),
            config = sh_quote(&env.config),
            data = sh_quote(&env.data),
        );
        let tmux = Tmux::start(env.path().join("tmux.sock"), &script);
        Session { tmux, env, server }
    }

    /// What the opener has been called with so far.
    fn opened(&self) -> String {
        std::fs::read_to_string(self.env.path().join("opened.txt")).unwrap_or_default()
    }

    /// After the reader exited: it said `EXITED <code>`, and the terminal is back to
    /// normal (main screen, cursor shown, no mouse reporting, cooked mode with echo).
    #[track_caller]
    fn assert_terminal_restored(&self, codes: &[&str]) {
        let screen = self.tmux.wait_for("the shell after the reader", |s| {
            s.lines().any(|l| l.starts_with("TTY "))
        });
        let exited = screen
            .lines()
            .find(|l| l.starts_with("EXITED "))
            .unwrap_or("");
        assert!(
            codes.iter().any(|c| exited == format!("EXITED {c}")),
            "wanted an exit code in {codes:?}:\n{screen}"
        );
        assert!(
            screen.contains("TTY icanon echo"),
            "tty left raw:\n{screen}"
        );
        let flags = self
            .tmux
            .display("#{alternate_on} #{cursor_flag} #{mouse_any_flag}");
        assert_eq!(flags, "0 1 0", "alternate screen, cursor, mouse:\n{screen}");
    }
}

fn fixture(name: &str) -> Response {
    let body = std::fs::read(Path::new(FIXTURES).join(name)).unwrap();
    Response::ok(body).content_type("application/rss+xml")
}

fn sh_quote(path: &Path) -> String {
    format!("'{}'", path.to_string_lossy().replace('\'', r"'\''"))
}

/// The status bar (the pane's last row).
fn status(screen: &str) -> &str {
    screen.lines().nth(ROWS - 1).unwrap_or("")
}

/// The reading position the status bar shows, e.g. `37` for "37%".
fn percent(screen: &str) -> Option<u32> {
    status(screen)
        .split_whitespace()
        .filter_map(|w| w.strip_suffix('%')?.parse().ok())
        .next_back()
}

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn reading_following_a_link_searching_starring_refreshing_and_quitting() {
    let s = Session::start(&[
        ("Guardian", "/guardian.xml", fixture(GUARDIAN)),
        ("TechCrunch", "/techcrunch.xml", fixture(TECHCRUNCH)),
        ("Down", "/down.xml", Response::status(500, "broken")),
    ]);
    let t = &s.tmux;

    // The startup refresh lands: the good feeds' articles, the failing feed named.
    let screen = t.wait_for("the startup refresh", |s| {
        status(s).contains("1 of 3 feeds failed (F: details)")
            && status(s).contains("75 articles")
            && s.contains(NEWEST_TITLE)
    });
    assert!(
        status(&screen).contains(" · 75 new at ") && status(&screen).contains(" — Down: HTTP"),
        "{screen}"
    );
    // `F` shows every feed; the failing one with its error and address, whole.
    t.keys(&["F"]);
    let feeds = t.wait_for("the feeds overlay", |s| {
        s.contains("Feeds: 3 · 1 failing") && s.contains("✗ HTTP 500")
    });
    assert!(
        feeds.contains("/down.xml") && feeds.contains("stories"),
        "{feeds}"
    );
    t.keys(&["Escape"]);
    t.wait_for("the overlay closed", |s| !s.contains("Feeds: 3"));

    // The oldest article (TechCrunch, at the bottom) opens at 0% and scrolls to 100%.
    t.keys(&["G"]);
    t.wait_text(OLDEST_TITLE);
    t.keys(&["Enter"]);
    t.wait_for("the reader at 0%", |s| {
        s.contains("Article 75 of 75") && s.contains(OLDEST_TITLE) && percent(s) == Some(0)
    });
    t.keys(&["j"]);
    let one_line = t.wait_for("a scroll of one line", |s| {
        percent(s).is_some_and(|p| p > 0)
    });
    let after_j = percent(&one_line).unwrap();
    assert!(after_j < 100, "{one_line}");
    t.keys(&["Space"]);
    t.wait_for("a page further", |s| {
        percent(s).is_some_and(|p| p > after_j)
    });
    t.keys(&["G"]);
    let end = t.wait_for("the end at 100%", |s| percent(s) == Some(100));

    // Link 1, as listed at the end, goes to the opener as one argument.
    let link = end
        .lines()
        .find_map(|l| l.trim().strip_prefix("[1] "))
        .unwrap_or_else(|| panic!("no [1] link on screen:\n{end}"));
    assert_eq!(link, OLDEST_FIRST_LINK, "{end}");
    assert!(end.contains("Links:"), "{end}");
    t.keys(&["1"]);
    t.wait_text(&format!("Opened {OLDEST_FIRST_LINK}"));
    let want = format!("argc=1\narg={OLDEST_FIRST_LINK}\n");
    eventually("the opener to run", || {
        let got = s.opened();
        if got == want { Ok(()) } else { Err(got) }
    });

    // Back to the list; a search narrows it to the matching titles; Esc clears it.
    t.keys(&["q"]);
    t.wait_for("the list", |s| {
        status(s).contains("75 articles") && percent(s).is_none()
    });
    t.type_text("/Lorde");
    t.wait_text("Search: Lorde");
    t.wait_text("2 found");
    let screen = t.settled();
    // The rows between the header and the search line.
    let rows: Vec<&str> = screen
        .lines()
        .skip(1)
        .take(ROWS - 3)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(rows.len(), 2, "{screen}");
    assert!(rows.iter().all(|r| r.contains("Lorde")), "{screen}");
    assert!(
        screen.contains("Lorde takes out newspaper advert"),
        "{screen}"
    );
    assert!(!screen.contains("Tottenham"), "{screen}");
    t.keys(&["Escape"]);
    t.wait_for("the search to clear", |s| {
        !s.contains("Search:") && status(s).contains("75 articles") && !status(s).contains("shown")
    });

    // Star the top row.
    t.keys(&["g"]);
    t.wait_for("the top row", |s| {
        s.lines().nth(1).is_some_and(|l| l.contains("Tottenham"))
    });
    t.type_text("*");
    let screen = t.wait_for("a star", |s| s.contains("★"));
    let starred: Vec<&str> = screen.lines().filter(|l| l.contains('★')).collect();
    assert_eq!(starred.len(), 1, "{screen}");
    assert!(starred[0].contains("★ Tottenham Hotspur"), "{screen}");

    // `R` refreshes again: the good feeds bring nothing new, the bad one fails again.
    let hits =
        |s: &Session| ["/guardian.xml", "/techcrunch.xml", "/down.xml"].map(|p| s.server.hits(p));
    let before = hits(&s);
    t.keys(&["R"]);
    t.wait_for("the second refresh", |s| {
        status(s).contains("1 of 3 feeds failed")
            && status(s).contains(" · 0 new at ")
            && status(s).contains(" — Down: HTTP")
    });
    let after = hits(&s);
    assert!(
        before.iter().zip(&after).all(|(b, a)| a > b),
        "{before:?} {after:?}"
    );

    // `q` quits and gives the terminal back; the star was written to the cache.
    t.keys(&["q"]);
    s.assert_terminal_restored(&["0"]);
    let starred = s.env.list_json(&["--starred"]);
    assert_eq!(starred.len(), 1, "{starred:#?}");
    assert_eq!(starred[0]["title"], NEWEST_TITLE);
    assert_eq!(starred[0]["starred"], true);
}

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn sigterm_gives_the_terminal_back() {
    let s = Session::start(&[("Guardian", "/guardian.xml", fixture(GUARDIAN))]);
    s.tmux.wait_for("the startup refresh", |s| {
        status(s).contains("Refreshed 1 feed") && s.contains(NEWEST_TITLE)
    });
    let shell = s.tmux.display("#{pane_pid}");
    let pid = eventually("the reader's process", || {
        child_named(&shell, "ddm-reader").ok_or_else(|| format!("no child of {shell}"))
    });
    let kill = Command::new("sh")
        .args(["-c", "kill -TERM \"$1\"", "sh", &pid])
        .status()
        .unwrap();
    assert!(kill.success());
    // A signal ends the loop like a quit does, and the exit status says which (128 +
    // 15, as a shell reports a process killed by it).
    s.assert_terminal_restored(&["143"]);
}

/// The pid of a child of `parent` whose command name is `name`, from /proc.
fn child_named(parent: &str, name: &str) -> Option<String> {
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
            let (head, rest) = stat.rsplit_once(") ")?;
            let (pid, comm) = head.split_once(" (")?;
            let parent_pid = rest.split_whitespace().nth(1)?;
            (parent_pid == parent && comm == name).then(|| pid.to_owned())
        })
}

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn read_and_star_marks_survive_kill_9() {
    let s = Session::start(&[("Guardian", "/guardian.xml", fixture(GUARDIAN))]);
    let t = &s.tmux;
    t.wait_for("the startup refresh", |s| {
        status(s).contains("Refreshed 1 feed") && s.contains(NEWEST_TITLE)
    });
    // Open the top article (marks it read), go back, star it.
    t.keys(&["Enter"]);
    t.wait_for("the reader", |s| s.contains("Article 1 of"));
    t.keys(&["q"]);
    t.wait_for("the list", |s| !s.contains("Article 1 of"));
    t.type_text("*");
    t.wait_for("a star", |s| s.contains("★"));
    // No quit, no chance to flush anything: the marks must already be in the cache.
    let shell = t.display("#{pane_pid}");
    let pid = eventually("the reader's process", || {
        child_named(&shell, "ddm-reader").ok_or_else(|| format!("no child of {shell}"))
    });
    let kill = Command::new("kill").args(["-KILL", &pid]).status().unwrap();
    assert!(kill.success());
    t.wait_for("the reader to die", |s| s.contains("EXITED 137"));
    let rows = s.env.list_json(&["--starred"]);
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["title"], NEWEST_TITLE);
    assert_eq!(rows[0]["read"], true, "read on open, written at once");
}

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn a_star_pressed_as_the_reader_quits_is_kept_and_the_cache_closed() {
    let s = Session::start(&[("Guardian", "/guardian.xml", fixture(GUARDIAN))]);
    let t = &s.tmux;
    t.wait_for("the startup refresh", |s| {
        status(s).contains("Refreshed 1 feed") && s.contains(NEWEST_TITLE)
    });
    // Star and quit in one go: the star's write is still queued when the loop ends.
    t.type_text("*q");
    s.assert_terminal_restored(&["0"]);
    // Every connection was closed before the process ended: the last one folds the
    // log into the cache file and removes it.
    let wal = s.env.data.join("cache.sqlite-wal");
    assert!(!wal.exists(), "{} left behind", wal.display());
    let rows = s.env.list_json(&["--starred"]);
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["title"], NEWEST_TITLE);
}

/// A cron `fetch` in another process while the reader is open: its new story shows up
/// without a key pressed (the reader looks at the cache every few seconds).
#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn a_fetch_in_another_process_shows_in_the_open_reader() {
    use common::cli::{Item, rss};
    let first = rss("Cron", &[Item::numbered(1, "harbour")]);
    let s = Session::start(&[("Cron", "/cron.xml", Response::ok(first))]);
    let t = &s.tmux;
    t.wait_for("the startup refresh", |s| {
        status(s).contains("Refreshed 1 feed") && s.contains("Story number 1")
    });
    let later = rss(
        "Cron",
        &[Item::numbered(1, "harbour"), Item::numbered(2, "bridge")],
    );
    s.server.route("/cron.xml", Response::ok(later));
    s.env.run(&["fetch"]).expect_code(0);
    t.wait_text("Story number 2");
}

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn sharing_opens_the_whatsapp_link_copies_through_osc52_and_shows_a_qr_code() {
    let s = Session::start(&[("Guardian", "/guardian.xml", fixture(GUARDIAN))]);
    let t = &s.tmux;
    // tmux keeps what an application sends with OSC 52 as a paste buffer.
    t.run(&["set-option", "-s", "set-clipboard", "on"]);
    t.wait_for("the startup refresh", |s| {
        status(s).contains("Refreshed 1 feed") && s.contains(NEWEST_TITLE)
    });
    let top = &s.env.list_json(&["--limit", "1"])[0];
    let url = top["url"].as_str().unwrap().to_owned();
    let story = ddm_reader::share::Story {
        title: top["title"].as_str().unwrap(),
        url: &url,
    };
    let config = ddm_reader::config::ShareConfig::default();
    let whatsapp =
        ddm_reader::share::share_link(ddm_reader::share::ShareTarget::WhatsApp, story, &config);

    // s opens the menu; w hands the WhatsApp link to the opener as one argument.
    t.keys(&["s"]);
    t.wait_text("QR code (for your phone)");
    t.keys(&["w"]);
    t.wait_text("Opened https://wa.me/?text=Tottenham%20Hotspur");
    let want = format!("argc=1\narg={whatsapp}\n");
    eventually("the opener to run", || {
        let got = s.opened();
        if got == want { Ok(()) } else { Err(got) }
    });

    // s c copies the article's link: OSC 52 reaches tmux, which keeps it as a buffer.
    t.keys(&["s", "c"]);
    t.wait_text("Link copied (terminal clipboard)");
    let buffer = eventually("tmux to get the link", || {
        let out = Command::new("tmux")
            .args(["-S"])
            .arg(&t.socket)
            .args(["show-buffer"])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        if text.is_empty() { Err(text) } else { Ok(text) }
    });
    assert_eq!(buffer, url);

    // s q shows a QR code full screen; Esc goes back to the menu, Esc again to the list.
    t.keys(&["s", "q"]);
    let screen = t.wait_text("Scan with your phone");
    assert!(screen.contains("█▀▀▀▀▀█"), "a finder pattern:\n{screen}");
    t.keys(&["Escape"]);
    t.wait_text("QR code (for your phone)");
    t.keys(&["Escape"]);
    t.wait_for("the list", |s| {
        !s.contains("QR code (for your phone)") && status(s).contains("articles")
    });
    t.keys(&["q"]);
    s.assert_terminal_restored(&["0"]);
}
