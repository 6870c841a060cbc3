//! A draft survives `kill -9` while it is being saved over and over, as the form saves it
//! while the witness types: the outbox reopens sound, with the last save that returned.
//!
//! The writer is this test binary run again (`draft_writer` with an environment variable
//! naming the outbox), so the kill lands in a real process in the middle of its saves.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::Utc;
use ddm_reader::report::{Outbox, ReportDraft, ReportId, ReportState};

const WRITER: &str = "DDM_TEST_DRAFT_WRITER_OUTBOX";

/// The writer: saves ever longer versions of one draft, printing each number once its
/// save has returned. Does nothing in a normal test run.
#[test]
fn draft_writer() {
    let Some(path) = std::env::var_os(WRITER) else {
        return;
    };
    let mut outbox = Outbox::open(Path::new(&path)).unwrap();
    let mut draft = ReportDraft {
        headline: "Typing…".into(),
        ..ReportDraft::default()
    };
    let id = outbox.save_draft(None, &draft, Utc::now()).unwrap();
    assert_eq!(id, ReportId(1));
    for n in 0u64.. {
        draft.body = format!("version {n}\n{}", "words typed so far. ".repeat(200));
        outbox.save_draft(Some(id), &draft, Utc::now()).unwrap();
        println!("saved {n}");
    }
}

#[test]
fn kill_9_while_saving_a_draft_keeps_the_last_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("outbox.sqlite");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["draft_writer", "--exact", "--nocapture", "--test-threads=1"])
        .env(WRITER, &path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut last = None;
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while let Some(Ok(line)) = lines.next() {
        if let Some(n) = line.strip_prefix("saved ") {
            last = Some(n.parse::<u64>().unwrap());
            if last >= Some(30) {
                break;
            }
        }
    }
    child.kill().unwrap(); // SIGKILL, mid-save or between saves
    child.wait().unwrap();
    let last = last.expect("the writer saved something");
    let outbox = Outbox::open(&path).unwrap();
    let report = outbox.get(ReportId(1)).unwrap();
    assert_eq!(report.state, ReportState::Draft);
    let version: u64 = report
        .draft
        .body
        .strip_prefix("version ")
        .and_then(|b| b.split('\n').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(version >= last, "saved {last}, found {version}");
    assert!(report.draft.body.ends_with("words typed so far. "));
}
