//! `ddm-reader share ID --to TARGET [--print]` as DESIGN.md has it: the exact links for
//! a hostile title, the opener given the link as one argument (no shell), copying
//! through a clipboard helper, the QR code read back by a decoder, and exit code 2 for
//! an unknown id or target.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;

use common::cli::{Env, FAST_FETCH, Item, config_toml, rss, run, toml_str};
use common::server::{Response, TestServer};

/// The title as the feed sends it (XML-escaped) and as it is stored.
const TITLE_XML: &str = "Q&amp;A: 50% say \"yes\" + 🎉 — مؤتمر #1?";
const TITLE: &str = "Q&A: 50% say \"yes\" + 🎉 — مؤتمر #1?";
/// The item's link, as `common::cli::rss` makes it.
const LINK: &str = "http://127.0.0.1/tag-test-1";
const TITLE_ENC: &str = "Q%26A%3A%2050%25%20say%20%22yes%22%20%2B%20%F0%9F%8E%89%20%E2%80%94%20\
    %D9%85%D8%A4%D8%AA%D9%85%D8%B1%20%231%3F";
const LINK_ENC: &str = "http%3A%2F%2F127.0.0.1%2Ftag-test-1";

/// One article with the hostile title, fetched into the cache; the config has a
/// two-line template, X settings and an opener that records its arguments.
fn fetched() -> (TestServer, Env, i64) {
    let server = TestServer::start();
    let item = Item {
        title: TITLE_XML.to_owned(),
        ..Item::numbered(1, "sharing")
    };
    server.route("/feed", Response::ok(rss("World", &[item])));
    let env = Env::new();
    let opener = env.path().join("opener");
    std::fs::write(
        &opener,
        format!(
            "#!/bin/sh\nprintf 'argc=%s\\n' \"$#\" >> '{0}'\nprintf 'arg=%s\\n' \"$@\" >> '{0}'\n",
            env.path().join("opened.txt").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let extra = format!(
        "{FAST_FETCH}\n[share]\ntemplate = \"{{title}}\\n{{url}}\"\nopener = [{}]\n\
         x_via = \"DDM_News\"\nx_hashtags = [\"Naija\", \"News\"]\n",
        toml_str(&opener.to_string_lossy())
    );
    env.write_config(&config_toml(&[("World", &server.url("/feed"))], &extra));
    env.run(&["fetch"]).expect_code(0);
    let list = env.list_json(&[]);
    assert_eq!(list[0]["title"], TITLE);
    assert_eq!(list[0]["url"], LINK);
    let id = list[0]["id"].as_i64().unwrap();
    (server, env, id)
}

fn print(env: &Env, id: i64, target: &str) -> String {
    let out = env.run(&["share", &id.to_string(), "--to", target, "--print"]);
    out.expect_code(0);
    assert!(out.stdout.ends_with('\n'), "{}", out.stdout);
    out.stdout.trim_end_matches('\n').to_owned()
}

#[test]
fn print_gives_the_exact_link_for_every_target() {
    let (_server, env, id) = fetched();
    let expected = [
        (
            "whatsapp",
            format!("https://wa.me/?text={TITLE_ENC}%0A{LINK_ENC}"),
        ),
        (
            "telegram",
            format!("https://t.me/share/url?url={LINK_ENC}&text={TITLE_ENC}"),
        ),
        (
            "x",
            format!(
                "https://x.com/intent/tweet?text={TITLE_ENC}&url={LINK_ENC}&via=DDM_News\
                 &hashtags=Naija,News"
            ),
        ),
        (
            "facebook",
            format!("https://www.facebook.com/sharer/sharer.php?u={LINK_ENC}"),
        ),
        (
            "linkedin",
            format!("https://www.linkedin.com/sharing/share-offsite/?url={LINK_ENC}"),
        ),
        (
            "email",
            format!("mailto:?subject={TITLE_ENC}&body={TITLE_ENC}%0D%0A{LINK_ENC}"),
        ),
        ("copy", LINK.to_owned()),
        ("browser", LINK.to_owned()),
    ];
    for (target, link) in expected {
        assert_eq!(print(&env, id, target), link, "{target}");
    }
    // Printing opens nothing.
    assert!(!env.path().join("opened.txt").exists());
}

#[test]
fn without_print_the_opener_gets_the_link_as_one_argument() {
    let (_server, env, id) = fetched();
    for target in ["telegram", "email", "browser"] {
        let out = env.run(&["share", &id.to_string(), "--to", target]);
        out.expect_code(0);
        assert_eq!(out.stdout, "", "stdout carries results only");
    }
    let want = format!(
        "argc=1\narg=https://t.me/share/url?url={LINK_ENC}&text={TITLE_ENC}\n\
         argc=1\narg=mailto:?subject={TITLE_ENC}&body={TITLE_ENC}%0D%0A{LINK_ENC}\n\
         argc=1\narg={LINK}\n"
    );
    let opened = env.path().join("opened.txt");
    for _ in 0..200 {
        if std::fs::read_to_string(&opened).is_ok_and(|s| s.len() >= want.len()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(std::fs::read_to_string(&opened).unwrap(), want);
}

#[test]
fn an_opener_that_cannot_run_fails_with_the_link_named() {
    let (_server, env, id) = fetched();
    let text = std::fs::read_to_string(&env.config).unwrap();
    let broken = text.replace(
        &format!(
            "opener = [{}]",
            toml_str(&env.path().join("opener").to_string_lossy())
        ),
        "opener = [\"/nonexistent/browser\"]",
    );
    env.write_config(&broken);
    let out = env.run(&["share", &id.to_string(), "--to", "facebook"]);
    out.expect_code(1);
    assert!(
        out.stderr.contains(&format!(
            "could not open https://www.facebook.com/sharer/sharer.php?u={LINK_ENC}"
        )) && out.stderr.contains("/nonexistent/browser"),
        "{}",
        out.stderr
    );
}

fn fake_helper(dir: &Path, name: &str, record: &Path) {
    let path = dir.join(name);
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\n{{ printf '%s|' \"$@\"; /bin/cat; }} > '{}'\n",
            record.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn copy_hands_the_link_to_the_system_clipboard_or_says_why_not() {
    let (_server, env, id) = fetched();
    let bin = env.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let record = env.path().join("clipboard.txt");
    fake_helper(&bin, "wl-copy", &record);
    let mut cmd = env.command(&["share", &id.to_string(), "--to", "copy"]);
    cmd.env("PATH", &bin)
        .env("WAYLAND_DISPLAY", "wayland-test")
        .env_remove("DISPLAY")
        .env_remove("TMUX");
    let out = run(&mut cmd);
    out.expect_code(0);
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr.trim(), "Link copied (wl-copy)");
    assert_eq!(
        std::fs::read_to_string(&record).unwrap(),
        format!("|{LINK}")
    );

    // No terminal (both streams are pipes here) and no helper: exit 1, the link named.
    let mut cmd = env.command(&["share", &id.to_string(), "--to", "copy"]);
    cmd.env("PATH", env.path().join("empty"))
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DISPLAY")
        .env_remove("TMUX");
    let out = run(&mut cmd);
    out.expect_code(1);
    assert!(
        out.stderr
            .contains(&format!("could not copy {LINK}: no terminal to send it to")),
        "{}",
        out.stderr
    );
}

/// Decodes plain `share --to qr` output, drawn for a dark background (the block
/// characters are the light modules).
fn decode_light_ink(text: &str) -> Vec<String> {
    let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    let cols = lines[0].len();
    assert!(lines.iter().all(|l| l.len() == cols), "ragged QR text");
    let scale = 3;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(
        cols * scale,
        lines.len() * 2 * scale,
        |x, y| {
            let top = (y / scale) % 2 == 0;
            let light = match lines[y / (2 * scale)][x / scale] {
                '█' => true,
                '▀' => top,
                '▄' => !top,
                ' ' => false,
                other => panic!("unexpected {other:?} in the QR text"),
            };
            if light { 255 } else { 0 }
        },
    );
    image
        .detect_grids()
        .into_iter()
        .map(|g| g.decode().unwrap().1)
        .collect()
}

#[test]
fn qr_prints_a_code_that_reads_back_as_the_whatsapp_link() {
    let (_server, env, id) = fetched();
    let whatsapp = print(&env, id, "whatsapp");
    for args in [&["--print"][..], &[]] {
        let mut all = vec!["share", "--to", "qr"];
        let id = id.to_string();
        all.insert(1, &id);
        all.extend_from_slice(args);
        let out = env.run(&all);
        out.expect_code(0);
        // Piped: plain characters, no escape sequence.
        assert!(!out.stdout.contains('\u{1b}'), "{:?}", out.stdout);
        assert_eq!(decode_light_ink(&out.stdout), vec![whatsapp.clone()]);
    }
    assert!(!env.path().join("opened.txt").exists());
}

#[test]
fn unknown_ids_and_targets_are_usage_errors() {
    let (_server, env, id) = fetched();
    let out = env.run(&["share", "4242", "--to", "whatsapp"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("no article with id 4242"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    let out = env.run(&["share", &id.to_string(), "--to", "myspace"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("myspace") && out.stderr.contains("whatsapp"),
        "{}",
        out.stderr
    );
    let out = env.run(&["share", &id.to_string()]);
    out.expect_code(2);
    assert!(out.stderr.contains("--to"), "{}", out.stderr);
    // Global flags work after the subcommand here too.
    let out = env.run(&[
        "share",
        &id.to_string(),
        "--to",
        "copy",
        "--print",
        "--offline",
    ]);
    out.expect_code(0);
    assert_eq!(out.stdout.trim(), LINK);
}

/// A title too long for a QR code of the WhatsApp link: the code is of the article's
/// own link, as in the reader, rather than an error.
#[test]
fn a_qr_code_of_a_very_long_title_falls_back_to_the_articles_link() {
    let server = TestServer::start();
    let item = Item {
        title: "Ω very long title ".repeat(300),
        ..Item::numbered(1, "sharing")
    };
    server.route("/feed", Response::ok(rss("World", &[item])));
    let env = Env::new();
    env.write_config(&config_toml(&[("World", &server.url("/feed"))], FAST_FETCH));
    env.run(&["fetch"]).expect_code(0);
    let id = env.list_json(&[])[0]["id"].as_i64().unwrap();
    let code = print(&env, id, "qr");
    assert!(code.lines().count() > 10, "{code}");
    assert!(
        code.contains('█') || code.contains('▀') || code.contains('▄'),
        "{code}"
    );
}
