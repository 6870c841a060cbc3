//! The report form and its boxes, at both sizes: empty, filled with errors, the
//! close question, the drafts chooser and the no-SMTP notice.

use super::{SIZES, app, feed, keys, now, snapshot};
use chrono::Duration;
use ddm_reader::report::{ReportId, ReportState, ReportSummary};
use ddm_reader::tui::app::{App, FormField, Msg};
use ddm_reader::tui::effects::AppEvent;
use ddm_reader::tui::keymap::Key;

fn type_text(a: &mut App, text: &str) {
    for c in text.chars() {
        feed(a, Msg::Key(Key::char(c)));
    }
}

fn open_form(size: (u16, u16)) -> App {
    let mut a = app(size, 60);
    keys(&mut a, &["j", "r"]);
    // "when" is the local time now: fixed here so the snapshot is stable.
    a.report
        .as_mut()
        .unwrap()
        .when
        .set("2026-11-28 13:00 +01:00");
    a
}

#[test]
fn report_form_screens() {
    for size in SIZES {
        let mut a = open_form(size);
        snapshot("report_form_empty", &a);

        keys(&mut a, &["tab"]);
        type_text(
            &mut a,
            "Smoke over the market since 9am. 東京 🎉 Ẹ̀kọ́ — the fire brigade has not come yet and people are carrying water in buckets",
        );
        keys(&mut a, &["enter"]);
        type_text(&mut a, "Second paragraph.");
        keys(&mut a, &["tab"]);
        type_text(&mut a, "Balogun market, Lagos");
        let form = a.report.as_mut().unwrap();
        form.focus = FormField::AttachPath;
        type_text(&mut a, "/nonexistent/photo.jpg");
        keys(&mut a, &["enter"]);
        feed(
            &mut a,
            Msg::Event(AppEvent::AttachmentChecked {
                path: "/nonexistent/photo.jpg".into(),
                size: Err("no such file".into()),
            }),
        );
        keys(&mut a, &["ctrl-s"]);
        snapshot("report_form_errors", &a);

        keys(&mut a, &["esc"]);
        snapshot("report_form_confirm_close", &a);
    }
}

#[test]
fn report_chooser_and_notice_screens() {
    for size in SIZES {
        let mut a = app(size, 60);
        let draft = |id, headline: &str, hours| ReportSummary {
            id: ReportId(id),
            state: ReportState::Draft,
            headline: headline.into(),
            created: now() - Duration::hours(hours),
            updated: now() - Duration::hours(hours),
            attempts: 0,
            last_error: None,
            next_try: None,
        };
        feed(
            &mut a,
            Msg::Event(AppEvent::OutboxLoaded(vec![
                draft(5, "Road closed by the bridge", 2),
                draft(3, "", 30),
            ])),
        );
        snapshot("report_unsent_status", &a);
        keys(&mut a, &["r"]);
        snapshot("report_drafts_chooser", &a);

        let mut a = open_form(size);
        type_text(&mut a, "Fire at the market");
        keys(&mut a, &["tab"]);
        type_text(&mut a, "Smoke everywhere");
        keys(&mut a, &["ctrl-s"]);
        let session = a.report.as_ref().unwrap().session;
        feed(
            &mut a,
            Msg::Event(AppEvent::ReportQueued {
                session,
                id: ReportId(12),
                warnings: Vec::new(),
            }),
        );
        snapshot("report_queued_without_smtp", &a);
    }
}
