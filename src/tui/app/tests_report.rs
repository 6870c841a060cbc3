//! State tests of the report form: keys in, state and effects out.

use super::tests::{app_with, key, now};
use super::*;
use crate::report::{Field, Report, ReportDraft, ReportId, ReportState, ReportSummary};

fn typed(app: &mut App, text: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in text.chars() {
        let k = if c == ' ' {
            Key::char(' ')
        } else {
            Key::char(c)
        };
        effects.extend(app.update(Msg::Key(k)));
    }
    effects
}

fn saves(effects: &[Effect]) -> Vec<u64> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::ScheduleSave(g) => Some(*g),
            _ => None,
        })
        .collect()
}

/// How many saves `effects` start now.
fn now_saving(effects: &[Effect]) -> usize {
    effects
        .iter()
        .filter(|e| matches!(e, Effect::SaveDraft { .. }))
        .count()
}

/// The outbox's answer to the save among `effects`: done.
fn saved(app: &mut App, effects: &[Effect]) -> Vec<Effect> {
    saved_as(app, effects, ReportId(1), None)
}

/// The outbox's answer to the save among `effects`: done as report `id`, with `note`.
fn saved_as(app: &mut App, effects: &[Effect], id: ReportId, note: Option<&str>) -> Vec<Effect> {
    let Some(Effect::SaveDraft {
        session,
        generation,
        ..
    }) = effects
        .iter()
        .find(|e| matches!(e, Effect::SaveDraft { .. }))
    else {
        panic!("no save in {effects:?}")
    };
    app.update(Msg::Event(AppEvent::DraftSaved {
        session: *session,
        generation: *generation,
        id,
        note: note.map(str::to_owned),
    }))
}

fn form(app: &App) -> &ReportForm {
    app.report.as_ref().expect("the form is open")
}

#[test]
fn r_opens_the_form_about_the_selected_article_and_letters_are_text() {
    let mut app = app_with(3);
    app.update(key("j"));
    assert!(app.update(key("r")).is_empty());
    assert_eq!(app.mode(), Mode::Report);
    let article = form(&app).article.clone().unwrap();
    assert_eq!(article.id, Some(2));
    assert_eq!(article.title, "Story 2");
    assert_eq!(article.url.as_deref(), Some("https://example.org/2"));
    assert!(!form(&app).when.text().is_empty(), "when is prefilled");
    // `q`, `R`, `?` and space are bound elsewhere, but here they are typed.
    let effects = typed(&mut app, "qR? é");
    assert_eq!(form(&app).headline.text(), "qR? é");
    assert!(!app.quit);
    assert!(app.refreshing.is_none() && app.help.is_none());
    assert_eq!(saves(&effects), [1, 2, 3, 4, 5]);
}

#[test]
fn tab_moves_between_fields_and_enter_is_a_newline_in_what_happened() {
    let mut app = app_with(1);
    app.update(key("r"));
    typed(&mut app, "Fire");
    app.update(key("tab"));
    assert_eq!(form(&app).focus, FormField::Body);
    typed(&mut app, "one");
    app.update(key("enter"));
    typed(&mut app, "two");
    app.update(key("up"));
    app.update(key("backspace"));
    assert_eq!(form(&app).body.text(), "on\ntwo");
    app.update(key("shift-tab"));
    assert_eq!(form(&app).focus, FormField::Headline);
    app.update(key("enter"));
    assert_eq!(
        form(&app).focus,
        FormField::Body,
        "enter leaves a one-line field"
    );
    for _ in 0..5 {
        app.update(key("tab"));
    }
    assert_eq!(form(&app).focus, FormField::Consent);
    app.update(key("space"));
    assert!(form(&app).consent);
    app.update(key("tab"));
    app.update(key("tab"));
    assert_eq!(
        form(&app).focus,
        FormField::KeepMetadata,
        "the empty attachment list is skipped"
    );
    assert!(!form(&app).keep_metadata, "off by default");
    app.update(Msg::Paste("line\r\nbreak\u{1b}[2J".into()));
    app.update(key("shift-tab"));
    app.update(key("shift-tab"));
    app.update(key("shift-tab"));
    app.update(key("shift-tab"));
    app.update(key("shift-tab"));
    app.update(key("shift-tab"));
    app.update(key("shift-tab"));
    assert_eq!(form(&app).focus, FormField::Body);
    app.update(Msg::Paste("\r\nline\r\nbreak\u{1b}[2J".into()));
    assert_eq!(form(&app).body.text(), "on\nline\nbreak[2J\ntwo");
}

#[test]
fn only_the_latest_timer_saves_and_it_carries_everything_typed() {
    let mut app = app_with(1);
    app.update(key("r"));
    let effects = typed(&mut app, "Flood");
    assert_eq!(saves(&effects), [1, 2, 3, 4, 5]);
    for stale in 1..5 {
        assert!(app.update(Msg::Event(AppEvent::SaveDue(stale))).is_empty());
    }
    let effects = app.update(Msg::Event(AppEvent::SaveDue(5)));
    let [
        Effect::SaveDraft {
            session,
            id: None,
            generation: 5,
            draft,
        },
    ] = &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(draft.headline, "Flood");
    assert_eq!(draft.article.as_ref().unwrap().id, Some(1));
    let session = *session;
    app.update(Msg::Event(AppEvent::DraftSaved {
        session,
        generation: 5,
        id: ReportId(7),
        note: None,
    }));
    assert_eq!(form(&app).id, Some(ReportId(7)));
    assert!(!form(&app).unsaved());
    // A due timer for a change already saved does nothing; a later change saves by id.
    assert!(app.update(Msg::Event(AppEvent::SaveDue(5))).is_empty());
    typed(&mut app, "!");
    let effects = app.update(Msg::Event(AppEvent::SaveDue(6)));
    assert!(matches!(
        &effects[..],
        [Effect::SaveDraft { id: Some(ReportId(7)), draft, .. }] if draft.headline == "Flood!"
    ));
    // Quitting with a change not yet saved saves it first.
    typed(&mut app, "?");
    let effects = app.update(key("ctrl-c"));
    assert!(app.quit);
    assert!(matches!(
        &effects[..],
        [Effect::SaveDraft { draft, .. }] if draft.headline == "Flood!?"
    ));
}

#[test]
fn esc_asks_before_closing_a_changed_form_and_discard_needs_that_answer() {
    let mut app = app_with(1);
    app.update(key("r"));
    assert!(app.update(key("esc")).is_empty());
    assert!(app.report.is_none(), "an untouched form just closes");

    app.update(key("r"));
    typed(&mut app, "x");
    assert!(app.update(key("esc")).is_empty());
    assert_eq!(app.mode(), Mode::ReportConfirm);
    // Cancel: back to the form, nothing lost.
    app.update(key("esc"));
    assert_eq!(app.mode(), Mode::Report);
    assert_eq!(form(&app).headline.text(), "x");
    // Keep: saved now, the form closed once that save is done, nothing discarded.
    app.update(key("esc"));
    let effects = app.update(key("k"));
    assert!(matches!(&effects[0], Effect::SaveDraft { draft, .. } if draft.headline == "x"));
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, Effect::DiscardReport { .. }))
    );
    saved(&mut app, &effects);
    assert!(app.report.is_none());

    app.update(key("r"));
    typed(&mut app, "y");
    let session = form(&app).session;
    app.update(key("esc"));
    let effects = app.update(key("d"));
    assert!(app.report.is_none());
    assert_eq!(effects[0], Effect::DiscardReport { session, id: None });
}

#[test]
fn sending_without_a_headline_shows_the_error_and_sends_nothing() {
    let mut app = app_with(1);
    app.update(key("r"));
    app.update(key("tab"));
    typed(&mut app, "I saw it");
    let effects = app.update(key("ctrl-s"));
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, Effect::QueueReport { .. }))
    );
    let f = form(&app);
    assert_eq!(f.focus, FormField::Headline);
    assert_eq!(f.errors.len(), 1);
    assert_eq!(f.errors[0].field, Field::Headline);
    assert!(f.errors[0].message.contains("required"));
    assert!(app.flash.as_ref().unwrap().error);
    // Typing the headline clears the message at once.
    typed(&mut app, "Fire");
    assert!(form(&app).errors.is_empty());
}

#[test]
fn sending_queues_then_sends_or_offers_the_mail_program() {
    for smtp in [true, false] {
        let mut app = app_with(1);
        app.settings.report.smtp = smtp;
        app.update(key("r"));
        typed(&mut app, "Fire at the market");
        app.update(key("tab"));
        typed(&mut app, "Smoke everywhere");
        let effects = app.update(key("ctrl-s"));
        let Some(Effect::QueueReport { session, draft, .. }) = effects
            .iter()
            .find(|e| matches!(e, Effect::QueueReport { .. }))
        else {
            panic!("{effects:?}")
        };
        assert_eq!(draft.headline, "Fire at the market");
        assert_eq!(draft.body, "Smoke everywhere");
        assert!(form(&app).submitting);
        let effects = app.update(Msg::Event(AppEvent::ReportQueued {
            session: *session,
            id: ReportId(3),
            warnings: Vec::new(),
        }));
        assert!(app.report.is_none());
        if smtp {
            assert!(effects.contains(&Effect::SendReports));
            app.update(Msg::Event(AppEvent::ReportsSent(
                crate::tui::effects::SendSummary {
                    sent: 1,
                    ..Default::default()
                },
            )));
            assert_eq!(app.flash.as_ref().unwrap().text, "Report sent");
            assert!(app.send_status.is_none());
        } else {
            assert!(!effects.contains(&Effect::SendReports));
            assert_eq!(app.mode(), Mode::ReportSent);
            let text = &app.send_status.as_ref().unwrap().0;
            assert!(
                text.starts_with(
                    "No SMTP configured: report saved; run `ddm-reader report export 3 --eml FILE`"
                ),
                "{text}"
            );
            assert_eq!(app.update(key("m")), [Effect::MailReport(ReportId(3))]);
            let effects = app.update(Msg::Event(AppEvent::MailtoReady(
                "mailto:x@example.org".into(),
            )));
            assert!(effects.contains(&Effect::OpenUrl("mailto:x@example.org".into())));
        }
    }
}

/// A queued report that failed once, next tried at `next_try`.
fn queued(id: i64, next_try: Option<chrono::DateTime<chrono::Utc>>) -> ReportSummary {
    ReportSummary {
        id: ReportId(id),
        state: ReportState::Queued,
        headline: "Road closed".into(),
        created: now(),
        updated: now(),
        attempts: 1,
        last_error: Some("refused".into()),
        next_try,
    }
}

/// "Retrying at 00:28" happens at 00:28 with the reader left alone: the earliest retry
/// of every queued report in the outbox gets one timer, which sends what is due.
#[test]
fn a_queued_report_is_retried_when_the_status_says() {
    let mut app = app_with(1);
    app.settings.report.smtp = true;
    let soon = now() + chrono::Duration::minutes(2);
    let later = now() + chrono::Duration::minutes(9);
    // A run's summary only asks for the outbox; the outbox sets the timer.
    let effects = app.update(Msg::Event(AppEvent::ReportsSent(
        crate::tui::effects::SendSummary::default(),
    )));
    assert_eq!(effects, [Effect::LoadOutbox]);
    let effects = app.update(Msg::Event(AppEvent::OutboxLoaded(vec![
        queued(2, Some(later)),
        queued(1, Some(soon)),
    ])));
    assert_eq!(effects, [Effect::ScheduleSend(soon)]);
    // Already timed: no second timer.
    let effects = app.update(Msg::Event(AppEvent::OutboxLoaded(vec![queued(
        1,
        Some(soon),
    )])));
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(
        app.update(Msg::Event(AppEvent::SendDue)),
        [Effect::SendReports]
    );
    // The report tried first went; the other, never tried in that run, gets its timer.
    let effects = app.update(Msg::Event(AppEvent::OutboxLoaded(vec![queued(
        2,
        Some(later),
    )])));
    assert_eq!(effects, [Effect::ScheduleSend(later)]);
}

/// `--offline`: the reader sends nothing, not even a queued report whose time came.
#[test]
fn an_offline_reader_sends_no_report() {
    let mut app = app_with(1);
    app.settings.report.smtp = true;
    app.settings.offline = true;
    assert!(
        app.update(Msg::Event(AppEvent::OutboxLoaded(vec![queued(
            1,
            Some(now())
        )])))
        .is_empty()
    );
    assert!(app.update(Msg::Event(AppEvent::SendDue)).is_empty());
}

#[test]
fn waiting_drafts_are_announced_and_r_resumes_one() {
    let mut app = app_with(1);
    let summary = draft_summary(4);
    app.update(Msg::Event(AppEvent::OutboxLoaded(vec![summary])));
    app.update(key("r"));
    assert_eq!(app.mode(), Mode::ReportDrafts);
    assert_eq!(app.update(key("enter")), [Effect::LoadDraft(ReportId(4))]);
    let report = Report {
        id: ReportId(4),
        state: ReportState::Draft,
        draft: ReportDraft {
            headline: "Road closed".into(),
            body: "Since 9am\nby the bridge".into(),
            ..ReportDraft::default()
        },
        created: now(),
        updated: now(),
        queued: None,
        attempts: 0,
        last_error: None,
        next_try: None,
        message_id: None,
        sent: None,
        attachments: Vec::new(),
    };
    app.update(Msg::Event(AppEvent::DraftLoaded(Box::new(report))));
    assert_eq!(app.mode(), Mode::Report);
    assert_eq!(form(&app).id, Some(ReportId(4)));
    assert_eq!(form(&app).body.text(), "Since 9am\nby the bridge");
    // The row under the drafts (End, or `+`) starts a new report instead.
    app.report = None;
    app.update(key("r"));
    app.update(key("end"));
    app.update(key("enter"));
    assert_eq!(form(&app).headline.text(), "");
    assert_eq!(form(&app).id, None);
    app.report = None;
    app.update(key("r"));
    app.update(key("+"));
    assert_eq!(form(&app).id, None);
}

/// A witness who types a headline at once after `r` starts nothing from the chooser:
/// no letter is a command there (not `n`, `q`, `j`, nor the global `R`), and each
/// says what the chooser wants.
#[test]
fn letters_typed_into_the_drafts_chooser_start_nothing_and_say_why() {
    let mut app = app_with(1);
    let summary = draft_summary(4);
    app.update(Msg::Event(AppEvent::OutboxLoaded(vec![summary])));
    app.update(key("r"));
    for c in "Rain flooded the market near 3 quays, jk".chars() {
        let effects = app.update(Msg::Key(Key::char(c)));
        assert_eq!(app.mode(), Mode::ReportDrafts, "after {c:?}");
        assert!(
            effects.iter().all(|e| matches!(e, Effect::ExpireFlash(_))),
            "{c:?}: {effects:?}"
        );
    }
    assert_eq!(app.drafts.as_ref().unwrap().selected, 0);
    let flash = app.flash.clone().unwrap();
    assert!(!flash.error);
    assert_eq!(flash.text, "Choose a row with up/down, then enter");
    // `?` still shows the keys.
    app.update(key("?"));
    assert_eq!(app.mode(), Mode::Help);
}

#[test]
fn tab_in_the_attachment_path_completes_and_enter_adds_the_file() {
    let mut app = app_with(1);
    app.update(key("r"));
    app.report.as_mut().unwrap().focus = FormField::AttachPath;
    typed(&mut app, "/tmp/ph");
    assert_eq!(
        app.update(key("tab")),
        [Effect::CompletePath("/tmp/ph".into())]
    );
    app.update(Msg::Event(AppEvent::PathCompleted {
        input: "/tmp/ph".into(),
        matches: vec!["/tmp/photo-1.jpg".into(), "/tmp/photo-2.jpg".into()],
    }));
    assert_eq!(form(&app).attach_input.text(), "/tmp/photo-");
    assert_eq!(form(&app).completions, ["photo-1.jpg", "photo-2.jpg"]);
    typed(&mut app, "1.jpg");
    let effects = app.update(key("enter"));
    assert_eq!(
        effects[0],
        Effect::CheckAttachment("/tmp/photo-1.jpg".into())
    );
    app.update(Msg::Event(AppEvent::AttachmentChecked {
        path: "/tmp/photo-1.jpg".into(),
        size: Ok(2048),
    }));
    assert_eq!(form(&app).attachments[0].size, Some(Ok(2048)));
    // Tab in an empty path field moves on; the list takes delete.
    app.update(key("tab"));
    assert_eq!(form(&app).focus, FormField::AttachList);
    app.update(key("delete"));
    assert!(form(&app).attachments.is_empty());
    assert_eq!(form(&app).focus, FormField::AttachPath);
    // Down leaves a path with text in it (only Tab completes), keeping the text.
    typed(&mut app, "/tmp/half");
    assert!(app.update(key("down")).is_empty());
    assert_ne!(form(&app).focus, FormField::AttachPath);
    assert_eq!(form(&app).attach_input.text(), "/tmp/half");
}

#[test]
fn ctrl_e_saves_then_hands_the_text_to_the_editor() {
    let mut app = app_with(1);
    app.update(key("r"));
    typed(&mut app, "H");
    let effects = app.update(key("ctrl-e"));
    assert!(matches!(&effects[0], Effect::SaveDraft { .. }));
    assert_eq!(effects[1], Effect::EditExternally(String::new()));
    let effects = app.update(Msg::Event(AppEvent::Edited(Ok("From vim\nline 2".into()))));
    assert_eq!(form(&app).body.text(), "From vim\nline 2");
    assert_eq!(saves(&effects).len(), 1);
}

/// A reader opened for the form alone (`report new`), with SMTP or not, whose report
/// ("Fire" / "Smoke") was queued as report `id`.
fn queued_alone(smtp: bool, id: i64) -> App {
    let mut app = app_with(1);
    app.form_only = true;
    app.settings.report.smtp = smtp;
    app.start_new_report();
    typed(&mut app, "Fire");
    app.update(key("tab"));
    typed(&mut app, "Smoke");
    app.update(key("ctrl-s"));
    assert!(!app.quit, "not before the report is queued");
    let session = form(&app).session;
    app.update(Msg::Event(AppEvent::ReportQueued {
        session,
        id: ReportId(id),
        warnings: Vec::new(),
    }));
    app
}

#[test]
fn the_form_alone_ends_the_program_when_it_is_done_and_says_how_it_went() {
    // Closed untouched: the program ends, nothing to say.
    let mut app = app_with(1);
    app.form_only = true;
    app.start_new_report();
    app.update(key("esc"));
    assert!(app.quit);
    assert_eq!(app.farewell, Some(Ok("No report written.".to_owned())));
    // Kept as a draft: ends, and says so.
    let mut app = app_with(1);
    app.form_only = true;
    app.start_new_report();
    typed(&mut app, "x");
    app.update(key("esc"));
    assert!(!app.quit, "the question comes first");
    let effects = app.update(key("k"));
    assert!(!app.quit, "not before the draft is on disk");
    saved(&mut app, &effects);
    assert!(app.quit);
    let said = app.farewell.clone().unwrap().unwrap();
    assert!(said.contains("kept") && !said.contains("press"), "{said}");
    // Queued with SMTP: not while the report is sending; then ends with the outcome.
    let mut app = queued_alone(true, 3);
    assert!(!app.quit, "sending");
    // A run that did not try this report (an older one's, refused) decides nothing.
    app.update(Msg::Event(AppEvent::ReportsSent(
        crate::tui::effects::SendSummary {
            failed: vec!["552 too large".into()],
            outcomes: vec![(ReportId(1), Some("552 too large".into()))],
            ..Default::default()
        },
    )));
    assert!(!app.quit, "still waiting for its own send");
    app.update(Msg::Event(AppEvent::ReportsSent(
        crate::tui::effects::SendSummary {
            sent: 1,
            outcomes: vec![(ReportId(3), None)],
            ..Default::default()
        },
    )));
    assert!(app.quit);
    assert_eq!(app.farewell, Some(Ok("Report sent.".to_owned())));
    // Queued with SMTP, but the server is down: said as a failure (exit 1), with what to
    // run; no "retrying at", since nothing retries once the program ends.
    let mut app = queued_alone(true, 5);
    app.update(Msg::Event(AppEvent::ReportsSent(
        crate::tui::effects::SendSummary {
            waiting: vec![(Some(now()), "Connection refused".into())],
            outcomes: vec![(ReportId(5), Some("Connection refused".into()))],
            ..Default::default()
        },
    )));
    assert!(app.quit);
    let Some(Err(problem)) = app.farewell.clone() else {
        panic!("{:?}", app.farewell)
    };
    assert!(
        problem.contains("report 5 is queued but was not sent (Connection refused)")
            && problem.contains("report send 5"),
        "{problem}"
    );
    // Without SMTP: the notice stays until it is closed.
    let mut app = queued_alone(false, 4);
    assert_eq!(app.mode(), Mode::ReportSent);
    assert!(!app.quit);
    app.update(key("esc"));
    assert!(app.quit);
    let said = app.farewell.clone().unwrap().unwrap();
    assert!(
        said.contains("report export 4") && !said.contains("press m"),
        "{said}"
    );
}

#[test]
fn a_draft_that_cannot_be_saved_is_never_closed_as_kept() {
    let mut app = app_with(1);
    app.update(key("r"));
    typed(&mut app, "Flood on Main St");
    let session = form(&app).session;
    app.update(key("esc"));
    let effects = app.update(key("k"));
    assert_eq!(now_saving(&effects), 1, "{effects:?}");
    assert!(app.report.is_some(), "open until the save is done");
    // The disk is full: the form stays, says so, and keeps every word.
    app.update(Msg::Event(AppEvent::DraftSaveFailed {
        session,
        error: "saving the draft: database or disk is full".into(),
    }));
    assert_eq!(app.mode(), Mode::Report);
    assert_eq!(form(&app).headline.text(), "Flood on Main St");
    assert!(form(&app).save_error.is_some());
    let flash = &app.flash.as_ref().expect("a message").text;
    assert!(
        flash.contains("NOT saved") && flash.contains("disk is full"),
        "{flash}"
    );
    // Quitting now prints the text rather than dropping it.
    let text = app.unsaved_report().expect("the text, to print");
    assert!(
        text.contains("Headline: Flood on Main St") && text.contains("disk is full"),
        "{text}"
    );
    // Keep again: the save is tried again (nothing new was typed), and this time the
    // form closes as kept.
    app.update(key("esc"));
    let effects = app.update(key("k"));
    assert_eq!(now_saving(&effects), 1, "{effects:?}");
    saved(&mut app, &effects);
    assert!(app.report.is_none());
    assert!(app.unsaved_report().is_none());
    // Kept while another reader had changed the draft: saved as a new one, the form
    // closes all the same, and says where the text went.
    app.update(key("r"));
    typed(&mut app, "y");
    app.update(key("esc"));
    let effects = app.update(key("k"));
    let note = "Your text is saved as a new draft, not over report 1: changed";
    saved_as(&mut app, &effects, ReportId(9), Some(note));
    assert!(app.report.is_none(), "closed as kept");
    assert!(app.flash.as_ref().unwrap().text.contains("new draft"));
    // Queueing that could not even save the draft says so, and the form keeps the text.
    app.update(key("r"));
    typed(&mut app, "x");
    let session = form(&app).session;
    app.update(Msg::Event(AppEvent::QueueFailed {
        session,
        id: None,
        error: "the outbox could not be opened: nothing is saved".into(),
        fields: Vec::new(),
        saved: false,
    }));
    assert!(form(&app).save_error.is_some());
    let flash = &app.flash.as_ref().expect("a message").text;
    assert!(flash.contains("not saved"), "{flash}");
}

/// F1 is the form's help, in the "close the report?" box too (the status bar says so).
#[test]
fn f1_shows_the_help_over_the_close_question_and_esc_returns_to_it() {
    let mut app = app_with(1);
    app.update(key("r"));
    typed(&mut app, "H");
    app.update(key("esc"));
    assert_eq!(app.mode(), Mode::ReportConfirm);
    app.update(key("f1"));
    assert_eq!(app.mode(), Mode::Help);
    app.update(key("esc"));
    assert_eq!(app.mode(), Mode::ReportConfirm);
}

/// Draft `id` as the outbox lists it: "Road closed", saved now.
fn draft_summary(id: i64) -> ReportSummary {
    ReportSummary {
        id: ReportId(id),
        state: ReportState::Draft,
        headline: "Road closed".into(),
        created: now(),
        updated: now(),
        attempts: 0,
        last_error: None,
        next_try: None,
    }
}
