//! `report` on the command line without a mail server: hostile input gets clear errors
//! and leaves nothing half-stored, the outbox is private, `list --json` keeps its
//! schema, and with no SMTP configured the report is offered as `.eml` and `mailto:`.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::cli::{Env, Output, keys, run};
use common::images;
use serde_json::Value;

fn env() -> Env {
    let env = Env::new();
    env.write_config("[report]\nto = \"newsroom@example.org\"\n");
    env
}

fn body(env: &Env) -> String {
    let path = env.path().join("body.txt");
    std::fs::write(&path, "What I saw.\n").expect("write the body file");
    path.display().to_string()
}

fn new_with(env: &Env, extra: &[&str]) -> Output {
    let body = body(env);
    let mut args = vec![
        "report",
        "new",
        "--headline",
        "Seen today",
        "--body-file",
        &body,
    ];
    args.extend_from_slice(extra);
    env.run(&args)
}

fn reports(env: &Env) -> Vec<Value> {
    let out = env.run(&["report", "list", "--json"]);
    out.expect_code(0);
    out.json().as_array().expect("an array").clone()
}

#[test]
fn missing_directory_and_unreadable_attachments_are_clear_errors() {
    let env = env();
    let dir = env.path().join("photos");
    std::fs::create_dir(&dir).unwrap();
    let locked = env.path().join("locked.jpg");
    std::fs::write(&locked, images::jpeg_with_gps()).unwrap();
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    // Root reads anything: only check the unreadable file where the check means something.
    let privileged = std::fs::File::open(&locked).is_ok();
    let missing = env.path().join("gone.jpg");
    let out = new_with(
        &env,
        &[
            "--attach",
            &missing.display().to_string(),
            &dir.display().to_string(),
            &locked.display().to_string(),
        ],
    );
    out.expect_code(2);
    let err = &out.stderr;
    assert!(err.contains("the report is not ready:"), "{err}");
    assert!(
        err.contains(&format!(
            "Attachment 1: {}: no such file",
            missing.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("Attachment 2: {} is a directory", dir.display())),
        "{err}"
    );
    if !privileged {
        assert!(
            err.contains(&format!(
                "Attachment 3: {} cannot be read",
                locked.display()
            )),
            "{err}"
        );
    }
    assert!(out.stdout.is_empty());
    assert!(reports(&env).is_empty(), "nothing half-stored");
    // The witness's files are untouched.
    assert!(dir.is_dir() && locked.exists());
}

#[test]
fn a_ten_megabyte_body_is_refused_with_the_limit() {
    let env = env();
    let big = env.path().join("big.txt");
    std::fs::write(&big, "x".repeat(10 * 1024 * 1024)).unwrap();
    let out = env.run(&[
        "report",
        "new",
        "--headline",
        "Too long",
        "--body-file",
        &big.display().to_string(),
    ]);
    out.expect_code(2);
    assert!(
        out.stderr
            .contains("What happened: more than 1.0 MiB of text")
            && out.stderr.contains("attach a longer text as a file"),
        "{}",
        out.stderr
    );
    assert!(reports(&env).is_empty());
    // As an attachment it is fine.
    new_with(&env, &["--attach", &big.display().to_string()]).expect_code(0);
}

#[test]
fn the_body_can_come_from_standard_input() {
    let env = env();
    let mut child = env
        .command(&[
            "report",
            "new",
            "--headline",
            "From a pipe",
            "--body-file",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Typed into a pipe: שלום 🙂\n".as_bytes())
        .unwrap();
    let out = common::cli::finish(child, std::time::Instant::now());
    out.expect_code(0);
    let shown = env.run(&["report", "show", "1", "--json"]).json();
    assert_eq!(shown["body"], "Typed into a pipe: שלום 🙂\n");
    assert_eq!(shown["name"], Value::Null, "anonymous by default");
    assert_eq!(shown["consent"], false);
    assert!(shown["when"].is_string(), "when defaults to now");
}

#[test]
fn list_json_has_the_documented_fields_and_the_outbox_is_private() {
    let env = env();
    new_with(&env, &["--where", "Main square"]).expect_code(0);
    let rows = reports(&env);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        keys(&rows[0]),
        [
            "attempts",
            "created",
            "headline",
            "id",
            "last_error",
            "state",
            "updated"
        ]
    );
    assert_eq!(rows[0]["id"], 1);
    assert_eq!(rows[0]["state"], "queued");
    assert_eq!(rows[0]["attempts"], 0);
    let mode = |p: &std::path::Path| {
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(p).unwrap().permissions())
            & 0o777
    };
    assert_eq!(mode(&env.data.join("outbox.sqlite")), 0o600);
    // Deleting the cache takes no report with it.
    let _ = std::fs::remove_file(env.cache());
    assert_eq!(reports(&env).len(), 1);
}

#[test]
fn without_smtp_the_report_is_offered_as_eml_and_mailto() {
    let env = env();
    let photo = env.path().join("p.jpg");
    std::fs::write(&photo, images::jpeg_with_gps()).unwrap();
    new_with(&env, &["--attach", &photo.display().to_string()]).expect_code(0);
    let out = env.run(&["report", "send", "1"]);
    out.expect_code(2);
    assert!(out.stderr.contains("no [report.smtp]"), "{}", out.stderr);
    assert!(
        out.stderr.contains("attachments must be added by hand"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout
            .contains("report 1: ddm-reader report export 1 --eml"),
        "{}",
        out.stdout
    );
    let url = out
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("report 1: mailto:"))
        .expect("a mailto: line");
    assert!(
        url.starts_with("newsroom@example.org?subject=Citizen%20report%3A%20Seen%20today&body=")
    );
    assert!(url.contains("%0D%0A") && !url.contains(' '));
    assert_eq!(reports(&env)[0]["state"], "queued", "still in the outbox");

    let eml = env.path().join("report.eml");
    let out = env.run(&["report", "export", "1", "--eml", &eml.display().to_string()]);
    out.expect_code(0);
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&eml).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
    let raw = std::fs::read(&eml).unwrap();
    let mail = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert_eq!(mail.subject(), Some("Citizen report: Seen today"));
    assert_eq!(
        mail.to().unwrap().first().unwrap().address(),
        Some("newsroom@example.org")
    );
    assert!(mail.from().is_some() && mail.date().is_some() && mail.message_id().is_some());
    assert_eq!(
        mail.attachment(0).unwrap().contents(),
        &images::jpeg_stripped()[..]
    );
    // `--json`: the file, its size and the Message-ID, which a second export keeps.
    let again = env.path().join("again.eml");
    let out = env.run(&[
        "report",
        "export",
        "1",
        "--eml",
        &again.display().to_string(),
        "--json",
    ]);
    out.expect_code(0);
    let doc = out.json();
    assert_eq!(doc["id"], 1);
    assert_eq!(doc["path"].as_str(), Some(again.to_str().unwrap()));
    assert_eq!(
        doc["bytes"].as_u64(),
        Some(std::fs::metadata(&again).unwrap().len())
    );
    let id = mail.message_id().unwrap();
    assert!(
        doc["message_id"].as_str().unwrap().contains(id),
        "{doc} {id}"
    );
    // Without SMTP, `send --json` tries nothing: the error on stderr, nothing on stdout.
    let out = env.run(&["report", "send", "--json"]);
    out.expect_code(2);
    assert!(
        out.stdout.is_empty() && out.stderr.contains("[report.smtp]"),
        "{}",
        out.stderr
    );
}

#[test]
fn unencrypted_smtp_to_another_host_is_a_config_error() {
    let env = Env::new();
    env.write_config("[report.smtp]\nhost = \"smtp.example.org\"\nsecurity = \"none\"\n");
    let out = env.run(&["report", "list"]);
    out.expect_code(2);
    assert!(out.stderr.contains(":3:"), "{}", out.stderr);
    assert!(
        out.stderr.contains("only to this machine"),
        "{}",
        out.stderr
    );
}

#[test]
fn usage_errors_name_the_problem() {
    let env = env();
    let out = env.run(&["report", "new"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("--headline and --body-file"),
        "{}",
        out.stderr
    );
    // --json without the fields: refused, terminal or not (the form prints no JSON).
    let out = env.run(&["report", "new", "--json"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("--json needs --headline"),
        "{}",
        out.stderr
    );
    let out = new_with(&env, &["--article", "999"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("no article with id 999"),
        "{}",
        out.stderr
    );
    for args in [
        &["report", "show", "7"][..],
        &["report", "send", "7"],
        &["report", "discard", "7"],
    ] {
        let out = env.run(args);
        out.expect_code(2);
        assert!(
            out.stderr.contains("no report with id 7"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let out = run(&mut env.command(&[
        "report",
        "new",
        "--headline",
        "",
        "--body-file",
        "/dev/null",
    ]));
    out.expect_code(2);
    assert!(out.stderr.contains("Headline: required"), "{}", out.stderr);
    assert!(
        out.stderr.contains("What happened: required"),
        "{}",
        out.stderr
    );
}

#[test]
fn discard_is_the_only_way_out() {
    let env = env();
    new_with(&env, &[]).expect_code(0);
    new_with(&env, &[]).expect_code(0);
    let out = env.run(&["report", "discard", "1"]);
    out.expect_code(0);
    let ids: Vec<i64> = reports(&env)
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [2]);
    let out = env.run(&["report", "show", "2"]);
    out.expect_code(0);
    assert!(
        out.stdout.starts_with("Report 2: queued\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("Headline: Seen today\n"),
        "{}",
        out.stdout
    );
}
