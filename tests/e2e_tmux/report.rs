//! The report form end to end: a draft typed in the real binary survives `kill -9` and
//! is resumed with its text intact; a report sent from the form reaches a real SMTP
//! server on 127.0.0.1 with the typed headline in its Subject.

use super::common::cli::{BIN, Env, toml_str};
use super::common::smtp::{PASSWORD, SmtpServer, USER};
use super::{Tmux, child_named, eventually, sh_quote, status};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Writes a config (no refresh at start, plus `extra`) and starts the reader in tmux
/// `runs` times in a row (so a killed reader comes back by itself).
fn start(env: &Env, extra: &str, exports: &str, runs: usize) -> Tmux {
    start_with(env, "", extra, exports, runs)
}

/// As `start`, with `args` after the binary (a subcommand).
fn start_with(env: &Env, args: &str, extra: &str, exports: &str, runs: usize) -> Tmux {
    env.write_config(&format!("[fetch]\nrefresh_on_start = false\n\n{extra}"));
    let reader = format!(
        "{bin} {args} --config {config} --data-dir {data}; echo \"EXITED $?\"; ",
        bin = sh_quote(Path::new(BIN)),
        config = sh_quote(&env.config),
        data = sh_quote(&env.data),
    );
    let script = format!(
        "unset DDM_READER_CONFIG DDM_READER_DATA_DIR TMUX NO_COLOR VISUAL EDITOR; \
         export HOME={home}; {exports}{}sleep 60",
        reader.repeat(runs),
        home = sh_quote(&env.path().join("home")),
    );
    Tmux::start(env.path().join("tmux.sock"), &script)
}

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn a_draft_typed_in_the_form_survives_kill_9_and_resumes_intact() {
    let env = Env::new();
    let t = start(&env, "", "", 2);
    t.wait_for("the sample edition", |s| status(s).contains("help"));
    t.keys(&["r"]);
    t.wait_text("Citizen report");
    t.type_text("Bridge closed by police");
    t.keys(&["Tab"]);
    t.type_text("Since 9am nobody crosses.");
    t.keys(&["Enter"]);
    t.type_text("Second line — ünïcödé 東京");
    t.wait_text("Second line");
    // The debounced save has long happened after this.
    std::thread::sleep(Duration::from_millis(900));
    t.wait_text("draft saved");
    let shell = t.display("#{pane_pid}");
    let pid = eventually("the reader's process", || {
        child_named(&shell, "ddm-reader").ok_or_else(|| format!("no child of {shell}"))
    });
    assert!(
        Command::new("kill")
            .args(["-KILL", &pid])
            .status()
            .unwrap()
            .success()
    );
    // The second run starts by itself and finds the draft.
    let screen = t.wait_for("the outbox line after the restart", |s| {
        status(s).contains("1 draft report — press r to resume")
    });
    assert!(!screen.contains("Citizen report"), "{screen}");
    t.keys(&["r"]);
    t.wait_text("Resume a report");
    t.wait_text("Bridge closed by police");
    t.keys(&["Enter"]);
    let screen = t.wait_text("Since 9am nobody crosses.");
    assert!(screen.contains("Bridge closed by police"), "{screen}");
    assert!(screen.contains("Second line — ünïcödé 東京"), "{screen}");
    let listed = env.run(&["report", "list", "--json"]).json();
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed[0]["state"], "draft");
}

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn a_report_sent_from_the_form_reaches_the_smtp_server() {
    let smtp = SmtpServer::start();
    let env = Env::new();
    let extra = format!(
        "[report]\nto = \"newsroom@example.org\"\n\n[report.smtp]\nhost = {}\nport = {}\n\
         security = \"none\"\nusername = {}\npassword_env = \"DDM_E2E_SMTP_PASSWORD\"\n",
        toml_str("127.0.0.1"),
        smtp.port(),
        toml_str(USER),
    );
    let exports = format!(
        "export DDM_E2E_SMTP_PASSWORD={}; ",
        sh_quote(Path::new(PASSWORD))
    );
    let t = start(&env, &extra, &exports, 1);
    t.wait_for("the sample edition", |s| status(s).contains("help"));
    t.keys(&["r"]);
    t.wait_text("Citizen report");
    t.type_text("Market fire in Balogun");
    t.keys(&["Tab"]);
    t.type_text("Smoke everywhere, no fire brigade yet.");
    t.keys(&["C-s"]);
    t.wait_for("the report sent", |s| status(s).contains("Report sent"));
    let messages = smtp.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].rcpt_to, ["newsroom@example.org"]);
    let data = String::from_utf8_lossy(&messages[0].data);
    assert!(
        data.contains("Subject: Citizen report: Market fire in Balogun"),
        "{data}"
    );
    assert!(data.contains("Smoke everywhere"), "{data}");
    let listed = env.run(&["report", "list", "--json"]).json();
    assert_eq!(listed[0]["state"], "sent", "{listed}");
}

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn report_new_in_a_terminal_opens_the_form_and_queues_without_smtp() {
    let env = Env::new();
    let t = start_with(&env, "report new", "", "", 1);
    let screen = t.wait_text("Citizen report");
    assert!(
        !screen.contains("About"),
        "not about any article:\n{screen}"
    );
    t.type_text("Road blocked at Ojota");
    t.keys(&["Tab"]);
    // Typed faster than any hand, without bracketed paste: exactly 1,024 characters
    // (one full read of crossterm's buffer, nothing after it), which arrive without
    // another key (the draft is saved with them all); then a burst of 2,220. Crossterm
    // stopped after 1,024 bytes until another key: vendor/crossterm/PATCHED.md.
    let first = "x".repeat(1024);
    t.type_text(&first);
    eventually("the 1,024 characters saved in the draft", || {
        let shown = env.run(&["report", "show", "1", "--json"]);
        let len = shown
            .stdout
            .contains("\"body\"")
            .then(|| shown.json()["body"].as_str().map(str::len));
        match len.flatten() {
            Some(1024) => Ok(()),
            other => Err(format!("body of {other:?} bytes")),
        }
    });
    let burst = "Trucks across both lanes since dawn. ".repeat(60);
    t.type_text(&burst);
    let body = format!("{first}{burst}");
    t.keys(&["C-s"]);
    t.wait_text("Report queued");
    // Closing the notice ends the program, whose last word stays on the terminal.
    t.keys(&["Enter"]);
    let end = t.wait_text("EXITED 0");
    assert!(end.contains("report export 1 --eml FILE"), "{end}");
    let listed = env.run(&["report", "list", "--json"]).json();
    assert_eq!(listed[0]["state"], "queued", "{listed}");
    assert_eq!(listed[0]["headline"], "Road blocked at Ojota", "{listed}");
    let shown = env.run(&["report", "show", "1", "--json"]).json();
    assert_eq!(
        shown["body"].as_str().map(str::trim_end),
        Some(body.trim_end())
    );
}
