use std::path::PathBuf;

use chrono::{DateTime, Duration, Utc};

use super::*;
use crate::report::draft::RelatedArticle;

use crate::report::test_images as images;

fn t(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_750_000_000 + secs, 0).unwrap()
}

fn open(dir: &tempfile::TempDir) -> Outbox {
    Outbox::open(&dir.path().join("data").join(OUTBOX_FILE)).unwrap()
}

fn draft() -> ReportDraft {
    ReportDraft {
        headline: "Protest at the square".into(),
        body: "Hundreds gathered.\nPolice arrived at noon.".into(),
        location: "Taksim, Istanbul".into(),
        when: "2025-05-15 12:00".into(),
        ..ReportDraft::default()
    }
}

fn queued(outbox: &mut Outbox, d: &ReportDraft) -> ReportId {
    let id = outbox.save_draft(None, d, t(0)).unwrap();
    outbox.queue(id, &ReportLimits::default(), t(1)).unwrap();
    id
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
#[cfg(unix)]
fn the_outbox_file_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let mut outbox = open(&dir);
    outbox.save_draft(None, &draft(), t(0)).unwrap();
    assert_eq!(mode(outbox.path()), 0o600);
    let wal = PathBuf::from(format!("{}-wal", outbox.path().display()));
    assert_eq!(mode(&wal), 0o600);
    // A file made readable by others is narrowed again on open.
    drop(outbox);
    let path = dir.path().join("data").join(OUTBOX_FILE);
    std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let _outbox = open(&dir);
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn drafts_are_saved_and_read_back_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut outbox = open(&dir);
    let mut d = ReportDraft {
        name: "Ada".into(),
        contact: "ada@example.org".into(),
        consent: true,
        keep_metadata: true,
        attachments: vec![PathBuf::from("/tmp/a photo.jpg")],
        article: Some(RelatedArticle {
            id: Some(42),
            title: "Talks in Istanbul".into(),
            url: Some("https://example.org/a".into()),
        }),
        ..draft()
    };
    let id = outbox.save_draft(None, &d, t(0)).unwrap();
    d.body.push_str("\nMore later. عربى 🙂");
    assert_eq!(outbox.save_draft(Some(id), &d, t(5)).unwrap(), id);
    drop(outbox);
    let outbox = open(&dir);
    let r = outbox.get(id).unwrap();
    assert_eq!(r.draft, d);
    assert_eq!(r.state, ReportState::Draft);
    assert_eq!((r.created, r.updated), (t(0), t(5)));
    assert_eq!(outbox.unsent_count().unwrap(), 1);
}

#[test]
fn only_drafts_can_be_edited() {
    let dir = tempfile::tempdir().unwrap();
    let mut outbox = open(&dir);
    let id = queued(&mut outbox, &draft());
    let e = outbox.save_draft(Some(id), &draft(), t(2)).unwrap_err();
    assert!(matches!(e, ReportError::WrongState { .. }), "{e}");
    let e = outbox
        .save_draft(Some(ReportId(99)), &draft(), t(2))
        .unwrap_err();
    assert!(matches!(e, ReportError::NotFound(ReportId(99))), "{e}");
    assert!(outbox.queue(id, &ReportLimits::default(), t(3)).is_err());
}

#[test]
fn queueing_checks_the_draft_and_keeps_it_when_invalid() {
    let dir = tempfile::tempdir().unwrap();
    let mut outbox = open(&dir);
    let d = ReportDraft {
        headline: String::new(),
        ..draft()
    };
    let id = outbox.save_draft(None, &d, t(0)).unwrap();
    let e = outbox
        .queue(id, &ReportLimits::default(), t(1))
        .unwrap_err();
    assert!(e.to_string().contains("Headline: required"), "{e}");
    assert_eq!(outbox.get(id).unwrap().state, ReportState::Draft);
}

#[test]
fn attachments_are_stored_clean_at_queue_time() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("photo.jpg");
    std::fs::write(&photo, images::jpeg_with_gps()).unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "names and times").unwrap();
    let mut outbox = open(&dir);
    let d = ReportDraft {
        attachments: vec![photo.clone(), notes.clone()],
        ..draft()
    };
    let id = queued(&mut outbox, &d);
    // The files may go now: nothing is lost.
    std::fs::remove_file(&photo).unwrap();
    std::fs::remove_file(&notes).unwrap();
    let stored = outbox.attachments(id).unwrap();
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[0].data, images::jpeg_stripped());
    assert!(!images::contains(
        &stored[0].data,
        &images::gps_latitude_bytes()
    ));
    assert_eq!(
        stored[0].info,
        AttachmentInfo {
            name: "photo.jpg".into(),
            content_type: "image/jpeg".into(),
            bytes: images::jpeg_stripped().len() as u64,
            metadata_removed: true,
        }
    );
    assert_eq!(stored[1].data, b"names and times");
    assert_eq!(stored[1].info.content_type, "text/plain");
    assert!(!stored[1].info.metadata_removed);
    let r = outbox.get(id).unwrap();
    assert_eq!(r.state, ReportState::Queued);
    assert_eq!(r.attachments.len(), 2);
    assert_eq!((r.queued, r.next_try), (Some(t(1)), Some(t(1))));
}

#[test]
fn metadata_is_kept_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("photo.jpg");
    std::fs::write(&photo, images::jpeg_with_gps()).unwrap();
    let mut outbox = open(&dir);
    let d = ReportDraft {
        attachments: vec![photo],
        keep_metadata: true,
        ..draft()
    };
    let id = queued(&mut outbox, &d);
    let stored = outbox.attachments(id).unwrap();
    assert_eq!(stored[0].data, images::jpeg_with_gps());
    assert!(!stored[0].info.metadata_removed);
}

#[test]
fn a_broken_photo_is_a_clear_error_and_the_draft_stays() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("cut.jpg");
    std::fs::write(&photo, &images::jpeg_with_gps()[..40]).unwrap();
    let mut outbox = open(&dir);
    let d = ReportDraft {
        attachments: vec![photo],
        ..draft()
    };
    let id = outbox.save_draft(None, &d, t(0)).unwrap();
    let e = outbox
        .queue(id, &ReportLimits::default(), t(1))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("Attachment 1: ") && e.contains("not a valid JPEG"),
        "{e}"
    );
    assert!(e.contains("keep metadata"), "{e}");
    assert_eq!(outbox.get(id).unwrap().state, ReportState::Draft);
    assert!(outbox.attachments(id).unwrap().is_empty());
}

#[test]
fn failed_attempts_back_off_and_failures_for_good_wait_for_the_user() {
    let dir = tempfile::tempdir().unwrap();
    let mut outbox = open(&dir);
    let id = queued(&mut outbox, &draft());
    assert_eq!(outbox.due(t(1)).unwrap(), [id]);
    outbox.claim(id, t(2)).unwrap();
    assert_eq!(outbox.get(id).unwrap().state, ReportState::Sending);
    assert!(outbox.claim(id, t(2)).is_err(), "claimed twice");
    outbox
        .mark_failed(id, "connection refused", true, t(2))
        .unwrap();
    let r = outbox.get(id).unwrap();
    assert_eq!(r.state, ReportState::Queued);
    assert_eq!(r.attempts, 1);
    assert_eq!(r.last_error.as_deref(), Some("connection refused"));
    assert_eq!(r.next_try, Some(t(2) + Duration::seconds(60)));
    assert!(outbox.due(t(61)).unwrap().is_empty());
    assert_eq!(outbox.due(t(62)).unwrap(), [id]);
    outbox.claim(id, t(62)).unwrap();
    outbox.mark_failed(id, "timed out", true, t(62)).unwrap();
    assert_eq!(
        outbox.get(id).unwrap().next_try,
        Some(t(62) + Duration::seconds(120))
    );
    outbox.claim(id, t(200)).unwrap();
    outbox
        .mark_failed(id, "535 bad password", false, t(200))
        .unwrap();
    let r = outbox.get(id).unwrap();
    assert_eq!(
        (r.state, r.attempts, r.next_try),
        (ReportState::Failed, 3, None)
    );
    assert!(outbox.due(t(100_000)).unwrap().is_empty());
    assert_eq!(outbox.sendable().unwrap(), [id]);
    outbox.claim(id, t(300)).unwrap();
    outbox.mark_sent(id, t(301)).unwrap();
    let r = outbox.get(id).unwrap();
    assert_eq!(
        (r.state, r.attempts, r.sent),
        (ReportState::Sent, 4, Some(t(301)))
    );
    assert_eq!(r.last_error, None);
    assert!(outbox.sendable().unwrap().is_empty());
    assert_eq!(outbox.unsent_count().unwrap(), 0);
}

#[test]
fn a_report_left_sending_by_a_crash_is_queued_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut outbox = open(&dir);
    let id = queued(&mut outbox, &draft());
    outbox.claim(id, t(2)).unwrap();
    // While a sender holds the lock, its report is left alone, and another sender can
    // tell it would wait.
    assert!(!outbox.sender_busy());
    let lock = outbox.lock_sending().unwrap();
    assert_eq!(open(&dir).get(id).unwrap().state, ReportState::Sending);
    assert!(open(&dir).sender_busy());
    drop(lock);
    assert!(!outbox.sender_busy());
    drop(outbox);
    let outbox = open(&dir);
    let r = outbox.get(id).unwrap();
    assert_eq!(r.state, ReportState::Queued);
    // Not silent: the try counts, and why it may arrive twice is said.
    assert_eq!(r.attempts, 1);
    assert_eq!(r.last_error.as_deref(), Some(super::INTERRUPTED));
}

#[test]
fn the_message_id_is_made_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut outbox = open(&dir);
    let id = queued(&mut outbox, &draft());
    let first = outbox.message_id(id, "example.org").unwrap();
    assert!(
        first.starts_with('<') && first.ends_with("@example.org>"),
        "{first}"
    );
    assert_eq!(outbox.message_id(id, "other.example").unwrap(), first);
    assert_eq!(outbox.get(id).unwrap().message_id, Some(first));
}

#[test]
fn nothing_is_deleted_but_by_discard() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "x").unwrap();
    let mut outbox = open(&dir);
    let a = outbox.save_draft(None, &draft(), t(0)).unwrap();
    let b = queued(
        &mut outbox,
        &ReportDraft {
            attachments: vec![notes],
            ..draft()
        },
    );
    let list = outbox.list().unwrap();
    assert_eq!(list.iter().map(|r| r.id).collect::<Vec<_>>(), [b, a]);
    outbox.claim(b, t(5)).unwrap();
    assert!(matches!(
        outbox.discard(b),
        Err(ReportError::WrongState { .. })
    ));
    outbox.mark_sent(b, t(6)).unwrap();
    outbox.discard(b).unwrap();
    outbox.discard(a).unwrap();
    assert!(outbox.list().unwrap().is_empty());
    assert!(outbox.attachments(b).unwrap().is_empty());
    assert!(matches!(outbox.discard(a), Err(ReportError::NotFound(_))));
}

#[test]
fn a_newer_outbox_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(OUTBOX_FILE);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let e = Outbox::open(&path).err().unwrap();
    assert!(matches!(e, ReportError::TooNew { found: 99, .. }), "{e}");
}

#[test]
fn claiming_and_saving_wait_for_another_process_writing() {
    let dir = tempfile::tempdir().unwrap();
    let mut outbox = open(&dir);
    let id = queued(&mut outbox, &draft());
    let path = outbox.path().to_path_buf();
    let hold = |ms| {
        // Another ddm-reader (a second TUI, `report send` from cron) is writing.
        let other = rusqlite::Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(ms));
            other.execute_batch("COMMIT").unwrap();
        })
    };
    let release = hold(300);
    outbox.claim(id, t(2)).unwrap();
    release.join().unwrap();
    let release = hold(300);
    let saved = outbox.save_draft(None, &draft(), t(3)).unwrap();
    release.join().unwrap();
    assert_ne!(saved, id);
}

/// A discarded report's id is never given again, even the highest: an id noted by a
/// script or a reader always means the same report.
#[test]
fn a_discarded_reports_id_is_never_given_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut outbox = open(&dir);
    let a = outbox.save_draft(None, &draft(), t(0)).unwrap();
    let b = outbox.save_draft(None, &draft(), t(1)).unwrap();
    outbox.discard(b).unwrap();
    let c = outbox.save_draft(None, &draft(), t(2)).unwrap();
    assert_eq!((a.0, b.0, c.0), (1, 2, 3));
    drop(outbox);
    let mut outbox = open(&dir);
    outbox.discard(c).unwrap();
    assert_eq!(outbox.save_draft(None, &draft(), t(3)).unwrap().0, 4);
}

#[test]
fn a_draft_changed_by_another_writer_is_not_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b) = (open(&dir), open(&dir));
    let first = draft();
    let id = a.save_draft(None, &first, t(0)).unwrap();
    // Both readers resume it; B saves first.
    let seen_by_a = a.get(id).unwrap().draft;
    let seen_by_b = b.get(id).unwrap().draft;
    let by_b = ReportDraft {
        body: format!("{} BBB", first.body),
        ..first.clone()
    };
    b.save_draft_over(id, &by_b, &seen_by_b, t(1)).unwrap();
    // A's save over what it saw is refused: B's words are in the draft now.
    let by_a = ReportDraft {
        body: format!("{} AAA", first.body),
        ..first.clone()
    };
    assert!(matches!(
        a.save_draft_over(id, &by_a, &seen_by_a, t(2)),
        Err(ReportError::Changed(changed)) if changed == id
    ));
    assert_eq!(a.get(id).unwrap().draft, by_b);
    // Over what it saw last, a writer saves as usual.
    let again = ReportDraft {
        body: format!("{} more", by_b.body),
        ..by_b.clone()
    };
    b.save_draft_over(id, &again, &by_b, t(3)).unwrap();
    assert_eq!(b.get(id).unwrap().draft, again);
}
