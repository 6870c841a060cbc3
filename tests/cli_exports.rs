//! The files people name for exports (`export FILE`, `report export ID --eml FILE`): a
//! mistyped path never writes over the reader's own data, and a file is replaced only
//! once its new content is whole.

mod common;

use std::os::unix::fs::FileTypeExt;

use common::cli::{Env, Output};

fn env() -> Env {
    let env = Env::new();
    env.write_config("[report]\nto = \"newsroom@example.org\"\n");
    let body = env.path().join("body.txt");
    std::fs::write(&body, "What I saw.\n").expect("write the body file");
    env.run(&[
        "report",
        "new",
        "--headline",
        "Seen today",
        "--body-file",
        body.to_str().expect("a UTF-8 path"),
    ])
    .expect_code(0);
    env.run(&["list"]).expect_code(0);
    env
}

fn report_export(env: &Env, target: &std::path::Path) -> Output {
    env.run(&[
        "report",
        "export",
        "1",
        "--eml",
        target.to_str().expect("UTF-8"),
    ])
}

fn feeds_export(env: &Env, target: &std::path::Path) -> Output {
    env.run(&["export", target.to_str().expect("UTF-8")])
}

fn is_link(path: &std::path::Path) -> bool {
    std::fs::symlink_metadata(path)
        .expect("the path is there")
        .file_type()
        .is_symlink()
}

fn bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).expect("read the file")
}

#[test]
fn exports_never_write_over_the_readers_own_files() {
    let env = env();
    let data = env.path().join("data");
    let outbox = data.join("outbox.sqlite");
    let cache = env.cache();
    let config = env.path().join("config.toml");
    let actors = env.path().join("actors.toml");
    std::fs::write(&actors, "# mine\n").unwrap();
    let before: Vec<(std::path::PathBuf, Vec<u8>)> = [&outbox, &cache, &config, &actors]
        .iter()
        .map(|p| ((*p).clone(), bytes(p)))
        .collect();
    // Spelt directly, through `..`, through a symbolic link, as a hard link, and the
    // files SQLite keeps beside a database.
    let link = env.path().join("link.sqlite");
    std::os::unix::fs::symlink(&outbox, &link).unwrap();
    let hard = env.path().join("hard.sqlite");
    std::fs::hard_link(&cache, &hard).unwrap();
    let targets = [
        outbox.clone(),
        cache.clone(),
        config.clone(),
        actors.clone(),
        data.join("..").join("data").join("outbox.sqlite"),
        link,
        hard,
        data.join("cache.sqlite-wal"),
        data.join("outbox.sqlite-shm"),
        data.join("outbox.sqlite.lock"),
    ];
    for target in &targets {
        for out in [report_export(&env, target), feeds_export(&env, target)] {
            out.expect_code(2);
            assert!(
                out.stderr.contains("refusing to export") && out.stdout.is_empty(),
                "{}: {}",
                target.display(),
                out.stderr
            );
        }
    }
    for (path, content) in before {
        assert_eq!(bytes(&path), content, "{} changed", path.display());
    }
    assert!(!data.join("cache.sqlite-wal").exists());
    // The reports and the feeds are all still there.
    let list = env.run(&["report", "list", "--json"]);
    list.expect_code(0);
    assert_eq!(list.json().as_array().map(Vec::len), Some(1));
    env.run(&["list"]).expect_code(0);
    // Elsewhere, both work, even beside the databases.
    feeds_export(&env, &data.join("feeds.opml")).expect_code(0);
    report_export(&env, &env.path().join("report.eml")).expect_code(0);
    feeds_export(&env, &env.path().join("feeds.opml")).expect_code(0);
}

#[test]
fn an_export_replaces_a_file_whole_and_writes_through_a_link() {
    let env = env();
    // An existing file keeps its mode and is replaced, not appended to or cut.
    let opml = env.path().join("feeds.opml");
    std::fs::write(
        &opml,
        "old content that is much longer than nothing\n".repeat(500),
    )
    .unwrap();
    std::fs::set_permissions(&opml, std::os::unix::fs::PermissionsExt::from_mode(0o640)).unwrap();
    feeds_export(&env, &opml).expect_code(0);
    let text = String::from_utf8(bytes(&opml)).unwrap();
    assert!(
        text.starts_with("<?xml") && !text.contains("old content"),
        "{text}"
    );
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&opml).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o640);
    // A link stays a link; the file it names gets the export.
    let real = env.path().join("real.eml");
    std::fs::write(&real, "old").unwrap();
    let link = env.path().join("link.eml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    report_export(&env, &link).expect_code(0);
    assert!(is_link(&link));
    assert!(String::from_utf8_lossy(&bytes(&real)).contains("Subject: Citizen report"));
    // No temporary file is left beside them.
    let leftovers: Vec<_> = std::fs::read_dir(env.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn what_is_not_a_file_is_written_to_not_replaced() {
    let env = env();
    // A named pipe: the export goes down it, and it stays a pipe.
    let fifo = env.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    feeds_export(&env, &fifo).expect_code(0);
    let got = reader.join().unwrap();
    assert!(String::from_utf8_lossy(&got).contains("<opml"), "{got:?}");
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    // (Devices such as /dev/null take the same path; a test must not risk the real one.)
    // /dev/stdout sent to a file by the shell with `>>`: appended to, not replaced.
    let log = env.path().join("log.txt");
    std::fs::write(&log, "before\n").unwrap();
    let file = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
    let out = env
        .command(&["export", "/dev/stdout"])
        .stdout(file)
        .status()
        .unwrap();
    assert!(out.success());
    let text = String::from_utf8(bytes(&log)).unwrap();
    assert!(text.starts_with("before\n<?xml"), "{text}");
    // A link to nothing yet makes its file, and stays a link.
    let link = env.path().join("dangling.opml");
    std::os::unix::fs::symlink(env.path().join("made.opml"), &link).unwrap();
    feeds_export(&env, &link).expect_code(0);
    assert!(is_link(&link));
    assert!(String::from_utf8_lossy(&bytes(&env.path().join("made.opml"))).contains("<opml"));
}

#[test]
fn a_link_to_one_of_the_readers_files_not_made_yet_is_refused() {
    let env = env();
    // The compiled actors file does not exist until actors are first compiled; a link
    // to it, or to an outbox side file, must not make it.
    let data = env.path().join("data");
    for own in [data.join("outbox.sqlite-journal"), data.join("actors.bin")] {
        let _ = std::fs::remove_file(&own);
        let link = env.path().join("innocent.opml");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&own, &link).unwrap();
        let out = feeds_export(&env, &link);
        out.expect_code(2);
        assert!(!own.exists(), "{} was made", own.display());
    }
}
