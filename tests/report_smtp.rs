//! Citizen reports sent for real, to an SMTP server on 127.0.0.1 started by each test:
//! what arrives (envelope, headers, text, attachments, a photo without its GPS), and
//! what happens when the server is down, refuses, fails AUTH or asks to try later — the
//! report stays in the outbox with the error and goes out on a later `report send`.

mod common;

use common::cli::{Env, Output, keys, run};
use common::images;
use common::smtp::{self, Mode, SmtpServer};
use mail_parser::{MessageParser, MimeHeaders};
use serde_json::Value;

const PASSWORD_VAR: &str = "DDM_TEST_SMTP_PASSWORD";

/// A config sending to 127.0.0.1:`port` as [`smtp::USER`], plus `extra` lines in
/// `[report.smtp]`.
fn config(port: u16, extra: &str) -> String {
    format!(
        "[report]\nto = \"Newsroom <newsroom@example.org>\"\nfrom = \"Witness <{user}>\"\n\n\
         [report.smtp]\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n\
         username = \"{user}\"\ntimeout_secs = 5\n{extra}",
        user = smtp::USER
    )
}

fn env_for(port: u16) -> Env {
    let env = Env::new();
    env.write_config(&config(
        port,
        &format!("password_env = \"{PASSWORD_VAR}\"\n"),
    ));
    env
}

/// Runs the binary with the right password in the environment.
fn ddm(env: &Env, args: &[&str]) -> Output {
    run(env.command(args).env(PASSWORD_VAR, smtp::PASSWORD))
}

fn body_file(env: &Env, text: &str) -> String {
    let path = env.path().join("body.txt");
    std::fs::write(&path, text).expect("write the body file");
    path.display().to_string()
}

/// Queues a simple report and returns its id.
fn queue(env: &Env, headline: &str) -> i64 {
    let body = body_file(env, "Smoke over the harbour.\n");
    let out = ddm(
        env,
        &[
            "report",
            "new",
            "--headline",
            headline,
            "--body-file",
            &body,
            "--json",
        ],
    );
    out.expect_code(0);
    out.json()["id"].as_i64().expect("an id")
}

fn reports(env: &Env) -> Vec<Value> {
    let out = ddm(env, &["report", "list", "--json"]);
    out.expect_code(0);
    out.json().as_array().expect("an array").clone()
}

fn only(env: &Env) -> Value {
    let all = reports(env);
    assert_eq!(all.len(), 1, "{all:#?}");
    all[0].clone()
}

#[test]
fn a_report_arrives_as_written_and_the_photo_without_gps() {
    let server = SmtpServer::start();
    let env = env_for(server.port());
    let photo = env.path().join("harbour.jpg");
    std::fs::write(&photo, images::jpeg_with_gps()).unwrap();
    let notes = env.path().join("names.txt");
    std::fs::write(&notes, "Names of the injured, as told to me.\n").unwrap();
    let body = body_file(
        &env,
        "شهدت انفجارا كبيرا 💥\nעשן שחור מעל הנמל\n.\n..dots stay\n",
    );
    let out = ddm(
        &env,
        &[
            "report",
            "new",
            "--headline",
            "Explosion at the port 🔥 انفجار",
            "--body-file",
            &body,
            "--where",
            "Beirut port, gate 3",
            "--when",
            "4 August, 18:07",
            "--name",
            "Rania",
            "--contact",
            "+961 1 234 567",
            "--consent",
            "--attach",
            &photo.display().to_string(),
            &notes.display().to_string(),
        ],
    );
    out.expect_code(0);
    assert!(out.stdout.starts_with("Queued report 1."), "{}", out.stdout);
    // The files may be gone by the time the report is sent: nothing is lost.
    std::fs::remove_file(&photo).unwrap();
    std::fs::remove_file(&notes).unwrap();
    let out = ddm(&env, &["report", "send", "1"]);
    out.expect_code(0);
    assert!(out.stdout.starts_with("sent    1  <"), "{}", out.stdout);

    let received = server.messages();
    assert_eq!(received.len(), 1);
    let m = &received[0];
    assert_eq!(m.mail_from, smtp::USER);
    assert_eq!(m.rcpt_to, ["newsroom@example.org"]);
    assert_eq!(m.auth.as_ref().unwrap().1, smtp::USER);
    assert_eq!(m.ehlo, "[127.0.0.1]", "the host name is never sent");

    let mail = MessageParser::default().parse(&m.data).unwrap();
    assert_eq!(
        mail.subject(),
        Some("Citizen report: Explosion at the port 🔥 انفجار")
    );
    assert_eq!(
        mail.from().unwrap().first().unwrap().address(),
        Some(smtp::USER)
    );
    assert_eq!(
        mail.to().unwrap().first().unwrap().address(),
        Some("newsroom@example.org")
    );
    assert!(mail.date().is_some());
    let shown = ddm(&env, &["report", "show", "1", "--json"]).json();
    let message_id = shown["message_id"].as_str().unwrap();
    assert_eq!(format!("<{}>", mail.message_id().unwrap()), message_id);
    assert_eq!(out.stdout.trim_end(), format!("sent    1  {message_id}"));

    let text = mail.body_text(0).unwrap().replace("\r\n", "\n");
    for line in [
        "Headline: Explosion at the port 🔥 انفجار\n",
        "When: 4 August, 18:07\n",
        "Where: Beirut port, gate 3\n",
        "What happened:\nشهدت انفجارا كبيرا 💥\nעשן שחור מעל הנמל\n.\n..dots stay\n",
        "Name: Rania\nContact: +961 1 234 567\nConsent to be contacted: yes\n",
        "1. harbour.jpg (image/jpeg, ",
        "2. names.txt (text/plain, ",
    ] {
        assert!(text.contains(line), "{line:?} missing from\n{text}");
    }

    let photo = mail.attachment(0).unwrap();
    assert_eq!(photo.attachment_name(), Some("harbour.jpg"));
    let ct = photo.content_type().unwrap();
    assert_eq!((ct.ctype(), ct.subtype()), ("image", Some("jpeg")));
    assert_eq!(photo.contents(), &images::jpeg_stripped()[..]);
    assert!(!images::contains(
        photo.contents(),
        &images::gps_latitude_bytes()
    ));
    assert!(!images::contains(photo.contents(), b"Exif"));
    let names = mail.attachment(1).unwrap();
    assert_eq!(names.contents(), b"Names of the injured, as told to me.\n");

    let row = only(&env);
    assert_eq!(
        keys(&row),
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
    assert_eq!(row["state"], "sent");
    assert_eq!(row["attempts"], 1);
    assert_eq!(row["last_error"], Value::Null);
    assert_eq!(row["headline"], "Explosion at the port 🔥 انفجار");
    assert!(row["created"].as_str().unwrap().ends_with('Z'));
    assert!(shown["sent"].is_string());
}

#[test]
fn a_server_that_is_down_keeps_the_report_queued_until_it_is_back() {
    let port = common::server::refuse_port();
    let env = env_for(port);
    queue(&env, "Roadblock on the bridge");
    let out = ddm(&env, &["report", "send"]);
    out.expect_code(1);
    assert!(
        out.stdout.starts_with("queued  1  sending to 127.0.0.1:"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.contains("1 of 1 reports not sent"),
        "{}",
        out.stderr
    );
    let row = only(&env);
    assert_eq!(row["state"], "queued");
    assert_eq!(row["attempts"], 1);
    let error = row["last_error"].as_str().unwrap();
    assert!(error.to_lowercase().contains("connect"), "{error}");
    let shown = ddm(&env, &["report", "show", "1", "--json"]).json();
    assert!(shown["next_try"].is_string(), "{shown:#}");
    // The same as one JSON document, with the same exit code.
    let out = ddm(&env, &["report", "send", "--json"]);
    out.expect_code(1);
    let doc = out.json();
    let tried = doc["reports"].as_array().unwrap();
    assert_eq!(tried.len(), 1, "{doc}");
    assert_eq!(
        (tried[0]["id"].as_i64(), tried[0]["state"].as_str()),
        (Some(1), Some("queued"))
    );
    assert!(
        tried[0]["message_id"].is_null() && tried[0]["error"].is_string(),
        "{doc}"
    );

    // The server comes back: an explicit send goes at once, whatever the backoff says.
    let server = SmtpServer::start_on(port);
    let out = ddm(&env, &["report", "send", "--all", "--json"]);
    out.expect_code(0);
    let sent = &out.json()["reports"][0];
    assert_eq!(sent["state"], "sent", "{sent}");
    assert!(sent["message_id"].as_str().unwrap().contains('@'), "{sent}");
    assert!(sent["error"].is_null());
    assert_eq!(server.messages().len(), 1);
    let row = only(&env);
    assert_eq!(
        (row["state"].as_str(), row["attempts"].as_i64()),
        (Some("sent"), Some(3)),
        "two failed tries, one that went"
    );
    assert_eq!(row["last_error"], Value::Null);
}

#[test]
fn a_refusing_server_fails_the_report_and_a_later_send_delivers_it() {
    let server = SmtpServer::start();
    server.set_mode(Mode::RefuseAtConnect);
    let env = env_for(server.port());
    queue(&env, "Polling station closed early");
    let out = ddm(&env, &["report", "send", "1"]);
    out.expect_code(1);
    let row = only(&env);
    assert_eq!(row["state"], "failed", "a 554 is for good: {row:#}");
    assert!(
        row["last_error"].as_str().unwrap().contains("554"),
        "{row:#}"
    );
    server.set_mode(Mode::Accept);
    ddm(&env, &["report", "send", "1"]).expect_code(0);
    assert_eq!(only(&env)["state"], "sent");
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn a_bad_password_fails_the_report_until_the_password_is_right() {
    let server = SmtpServer::start();
    let env = env_for(server.port());
    queue(&env, "Curfew announced");
    let out = run(env
        .command(&["report", "send"])
        .env(PASSWORD_VAR, "wrong password"));
    out.expect_code(1);
    let row = only(&env);
    assert_eq!(row["state"], "failed");
    assert!(
        row["last_error"].as_str().unwrap().contains("535"),
        "{row:#}"
    );
    assert!(server.messages().is_empty());
    // No password at all: nothing is tried, the report is untouched.
    let out = run(env.command(&["report", "send"]).env_remove(PASSWORD_VAR));
    out.expect_code(1);
    assert!(out.stderr.contains(PASSWORD_VAR), "{}", out.stderr);
    assert_eq!(only(&env)["attempts"], 1);
    ddm(&env, &["report", "send"]).expect_code(0);
    assert_eq!(only(&env)["state"], "sent");
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn a_temporary_failure_requeues_and_counts_attempts() {
    let server = SmtpServer::start();
    server.set_mode(Mode::TempFailMail);
    let env = env_for(server.port());
    queue(&env, "Water cut in the north");
    ddm(&env, &["report", "send"]).expect_code(1);
    server.set_mode(Mode::TempFailData);
    ddm(&env, &["report", "send"]).expect_code(1);
    let row = only(&env);
    assert_eq!(
        (row["state"].as_str(), row["attempts"].as_i64()),
        (Some("queued"), Some(2))
    );
    assert!(
        row["last_error"].as_str().unwrap().contains("451"),
        "{row:#}"
    );
    assert!(server.messages().is_empty());
    server.set_mode(Mode::Accept);
    ddm(&env, &["report", "send"]).expect_code(0);
    let row = only(&env);
    assert_eq!(
        (row["state"].as_str(), row["attempts"].as_i64()),
        (Some("sent"), Some(3))
    );
    // A sent report is not sent again.
    let out = ddm(&env, &["report", "send", "1"]);
    out.expect_code(2);
    assert!(out.stderr.contains("report 1 is sent"), "{}", out.stderr);
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn auth_login_and_a_password_command_work() {
    let server = SmtpServer::start();
    server.set_mechanisms("LOGIN");
    let env = Env::new();
    let argv = format!(
        "password_command = [\"printf\", \"%s\\n\", \"{}\"]\n",
        smtp::PASSWORD
    );
    env.write_config(&config(server.port(), &argv));
    queue(&env, "Market fire");
    run(&mut env.command(&["report", "send"])).expect_code(0);
    let m = &server.messages()[0];
    assert_eq!(m.auth, Some(("LOGIN".into(), smtp::USER.into())));
}

#[test]
fn a_line_break_in_the_headline_never_adds_a_recipient_or_a_header() {
    let server = SmtpServer::start();
    let env = env_for(server.port());
    queue(&env, "Hi\r\nBcc: spy@example.net\r\nX-Injected: yes");
    ddm(&env, &["report", "send"]).expect_code(0);
    let m = &server.messages()[0];
    assert_eq!(m.rcpt_to, ["newsroom@example.org"]);
    let raw = String::from_utf8(m.data.clone()).unwrap();
    let head = raw.split("\r\n\r\n").next().unwrap();
    for line in head.split("\r\n") {
        let lower = line.to_ascii_lowercase();
        assert!(
            !lower.starts_with("bcc") && !lower.starts_with("x-injected"),
            "{head}"
        );
    }
    let mail = MessageParser::default().parse(&m.data).unwrap();
    assert_eq!(
        mail.subject(),
        Some("Citizen report: Hi Bcc: spy@example.net X-Injected: yes")
    );
}

#[test]
fn a_body_at_the_limit_arrives_whole() {
    let server = SmtpServer::start();
    let env = env_for(server.port());
    // 1 MiB of text, with lines starting with dots and multibyte characters.
    let line = ".عربى and ASCII 🙂 ..........................................\n";
    let mut text = line.repeat(1024 * 1024 / line.len());
    text.push_str(&"x".repeat(1024 * 1024 - text.len()));
    let body = body_file(&env, &text);
    ddm(
        &env,
        &["report", "new", "--headline", "Long", "--body-file", &body],
    )
    .expect_code(0);
    ddm(&env, &["report", "send"]).expect_code(0);
    let received = server.messages();
    let mail = MessageParser::default().parse(&received[0].data).unwrap();
    let got = mail.body_text(0).unwrap().replace("\r\n", "\n");
    assert!(got.contains(&text), "the text arrived changed");
}

#[test]
fn send_due_respects_the_backoff_and_sends_when_due() {
    use chrono::{Duration, Utc};
    use ddm_reader::config::Config;
    use ddm_reader::report::{Outbox, ReportDraft, ReportLimits, ReportState, send_due};

    let server = SmtpServer::start();
    let env = Env::new();
    let text = config(
        server.port(),
        "password_command = [\"printf\", \"s3cret p\\u00e4ssword\"]\n",
    );
    let config = Config::parse(&text, std::path::Path::new("test.toml")).unwrap();
    let mut outbox = Outbox::open(&env.path().join("outbox.sqlite")).unwrap();
    let draft = ReportDraft {
        headline: "Queued from the reader".into(),
        body: "Text".into(),
        ..ReportDraft::default()
    };
    let now = Utc::now();
    let id = outbox.save_draft(None, &draft, now).unwrap();
    outbox.queue(id, &ReportLimits::default(), now).unwrap();
    server.set_mode(Mode::TempFailMail);
    let outcomes = send_due(&mut outbox, &config.report, now).unwrap();
    assert_eq!(outcomes.len(), 1);
    assert!(outcomes[0].result.as_ref().unwrap_err().is_transient());
    server.set_mode(Mode::Accept);
    // Not due for a minute: nothing is tried.
    assert!(
        send_due(&mut outbox, &config.report, now + Duration::seconds(30))
            .unwrap()
            .is_empty()
    );
    assert_eq!(server.connections(), 1);
    let outcomes = send_due(&mut outbox, &config.report, now + Duration::seconds(61)).unwrap();
    assert!(outcomes[0].result.is_ok());
    assert_eq!(outbox.get(id).unwrap().state, ReportState::Sent);
    assert_eq!(server.messages().len(), 1);
}
