//! What the outbox's answers change: saves acknowledged (only the newest change counts
//! as saved), the list of unsent reports for the status bar and the chooser, a resumed
//! draft, a report queued (then sent, or handed to the mail program when there is no
//! SMTP), sends' outcomes, path completions, attachment sizes, the editor's text.

use super::App;
use super::report::{ReportForm, ReportNotice};
use crate::report::ReportState;
use crate::report::draft::human_size;
use crate::tui::effects::{AppEvent, Effect, SendSummary};
use crate::tui::strings;

impl App {
    /// Handles an outbox or form event; `None` when `event` is not one.
    pub(super) fn on_report_event(&mut self, event: AppEvent) -> Result<Vec<Effect>, AppEvent> {
        Ok(match event {
            AppEvent::SaveDue(generation) => match self.report.as_ref() {
                // Only the newest change's timer saves: it carries everything typed.
                Some(form) if form.generation == generation && form.unsaved() => self.flush_draft(),
                _ => Vec::new(),
            },
            AppEvent::DraftSaved {
                session,
                generation,
                id,
                note,
            } => {
                let Some(form) = self.report.as_mut().filter(|f| f.session == session) else {
                    return Ok(Vec::new());
                };
                form.id = Some(id);
                form.saved = form.saved.max(generation);
                let mut effects = Vec::new();
                if !form.unsaved() {
                    form.save_error = None;
                    self.outbox_status = None;
                    if form.close_when_saved {
                        effects = self.close_kept_form();
                    }
                }
                // Saved as a new draft (another reader had changed or queued this
                // one): said, whether the form stays or has just closed as kept.
                if let Some(note) = note {
                    effects.extend(self.flash_info(&note));
                }
                effects
            }
            AppEvent::DraftSaveFailed { session, error } => {
                self.outbox_status = Some((error.clone(), true));
                if let Some(form) = self.report.as_mut().filter(|f| f.session == session) {
                    form.save_error = Some(error.clone());
                    form.close_when_saved = false;
                    self.dirty = true;
                }
                self.flash_error(&strings::draft_not_saved(&error))
            }
            AppEvent::OutboxLoaded(reports) => {
                self.outbox = reports;
                // The outbox reads again: a trouble said before is over.
                self.outbox_status = None;
                // Sent or discarded meanwhile (`ddm-reader report send` in another
                // terminal): what the bar said of the queue is over.
                let waiting = self.outbox.iter().any(|r| {
                    matches!(
                        r.state,
                        ReportState::Queued | ReportState::Sending | ReportState::Failed
                    )
                });
                if !waiting {
                    self.send_status = None;
                }
                self.retry_timer()
            }
            AppEvent::DraftLoaded(report) => {
                if report.state == ReportState::Draft {
                    self.open_form(ReportForm::resume(0, &report));
                    self.report
                        .as_ref()
                        .map(|f| {
                            f.attachments
                                .iter()
                                .map(|a| Effect::CheckAttachment(a.path.clone()))
                                .collect()
                        })
                        .unwrap_or_default()
                } else {
                    self.drafts = None;
                    self.flash_error(&strings::not_a_draft(report.id, report.state))
                }
            }
            AppEvent::ReportQueued {
                session,
                id,
                warnings,
            } => self.report_queued(session, id, &warnings),
            AppEvent::QueueFailed {
                session,
                id,
                error,
                fields,
                saved,
            } => {
                if let Some(form) = self.report.as_mut().filter(|f| f.session == session) {
                    form.submitting = false;
                    form.id = form.id.or(id);
                    form.save_error = (!saved).then(|| error.clone());
                    if let Some(first) = fields.first() {
                        form.focus_problem(first.field);
                        form.errors = fields;
                    }
                }
                if saved {
                    self.flash_error(&strings::queue_failed(&error))
                } else {
                    self.flash_error(&strings::queue_and_save_failed(&error))
                }
            }
            AppEvent::ReportDiscarded => Vec::new(),
            AppEvent::OutboxFailed(error) => {
                if let Some(id) = self.awaiting_send.take() {
                    self.form_result = super::FormResult::NotSent(id, error.clone());
                }
                // The outbox is read every few seconds: a failure already on show in the
                // status bar is not flashed again each time.
                let known = self
                    .outbox_status
                    .as_ref()
                    .is_some_and(|(shown, failed)| *failed && *shown == error);
                self.outbox_status = Some((error.clone(), true));
                if known {
                    Vec::new()
                } else {
                    self.flash_error(&error)
                }
            }
            AppEvent::ReportsSent(summary) => self.reports_sent(&summary),
            AppEvent::SendDue => {
                self.retry_at = None;
                if self.sends_reports() {
                    vec![Effect::SendReports]
                } else {
                    Vec::new()
                }
            }
            AppEvent::MailtoReady(url) => {
                self.report_notice = None;
                self.open_url(url)
            }
            AppEvent::PathCompleted { input, matches } => {
                self.path_completed(&input, &matches);
                Vec::new()
            }
            AppEvent::AttachmentChecked { path, size } => {
                if let Some(form) = self.report.as_mut() {
                    for a in form.attachments.iter_mut().filter(|a| a.path == path) {
                        a.size = Some(size.clone());
                    }
                }
                Vec::new()
            }
            AppEvent::Edited(Ok(text)) => match self.report.as_mut() {
                Some(form) if form.body.text() != text => {
                    form.body.set(&text);
                    self.form_changed()
                }
                _ => Vec::new(),
            },
            AppEvent::Edited(Err(error)) => self.flash_error(&strings::editor_failed(&error)),
            other => return Err(other),
        })
    }

    fn report_queued(
        &mut self,
        session: u64,
        id: crate::report::ReportId,
        warnings: &[crate::report::FieldError],
    ) -> Vec<Effect> {
        if self.report.as_ref().is_some_and(|f| f.session == session) {
            self.report = None;
            self.form_result = super::FormResult::Queued(id);
            if self.form_only && self.sends_reports() {
                self.awaiting_send = Some(id);
            }
        }
        self.flash = None;
        let mut effects = vec![Effect::LoadOutbox];
        let notes = crate::report::draft::describe(warnings);
        if self.sends_reports() {
            self.send_status = Some((strings::REPORT_SENDING.to_owned(), false));
            effects.push(Effect::SendReports);
            if !notes.is_empty() {
                effects.extend(self.flash_info(&notes));
            }
        } else {
            let text = strings::no_smtp(id, self.settings.offline);
            self.send_status = Some((text.clone(), false));
            let text = if notes.is_empty() {
                text
            } else {
                format!("{text}\n\n{notes}")
            };
            self.report_notice = Some(ReportNotice { id, text });
        }
        effects
    }

    fn reports_sent(&mut self, summary: &SendSummary) -> Vec<Effect> {
        let local = |t: chrono::DateTime<chrono::Utc>| {
            t.with_timezone(&chrono::Local).format("%H:%M").to_string()
        };
        self.send_status = if let Some(error) = &summary.error {
            Some((strings::reports_not_sent(error), true))
        } else if let Some((next, error)) = summary.waiting.first() {
            let at = next.map(local);
            Some((
                strings::reports_waiting(summary.waiting.len(), at.as_deref(), error),
                true,
            ))
        } else if let Some(error) = summary.failed.first() {
            Some((strings::report_refused(error), true))
        } else if summary.sent > 0 {
            None
        } else {
            self.send_status.take().filter(|(_, error)| *error)
        };
        // Good news is said once, not kept on the bar: a "Report sent" from minutes ago
        // came back whenever a message over it went.
        let mut effects = if summary.sent > 0 && self.send_status.is_none() {
            self.flash_info(&strings::reports_sent(summary.sent))
        } else {
            Vec::new()
        };
        // The form opened alone ends with how its own report's send went: its own
        // outcome in the run, never another report's (a run without it leaves it
        // waiting for the run asked for after).
        if let Some(id) = self.awaiting_send {
            let outcome = summary
                .outcomes
                .iter()
                .find(|(tried, _)| *tried == id)
                .map(|(_, error)| error.clone())
                .or_else(|| summary.error.clone().map(Some));
            if let Some(error) = outcome {
                self.awaiting_send = None;
                self.form_result = match error {
                    None => super::FormResult::Sent,
                    Some(error) => super::FormResult::NotSent(id, error),
                };
            }
        }
        // The outbox, reloaded, sets the timer for the next retry.
        effects.push(Effect::LoadOutbox);
        effects
    }

    /// Whether this reader sends reports itself: SMTP is set, and it was not told to
    /// stay off the network (`--offline`).
    pub(super) fn sends_reports(&self) -> bool {
        self.settings.report.smtp && !self.settings.offline
    }

    /// The status says when a queued report is next tried: it is, even with the reader
    /// left alone. One timer, for the earliest of every queued report in the outbox
    /// (not only those the last run tried); a later one is set when it fires.
    fn retry_timer(&mut self) -> Vec<Effect> {
        if !self.sends_reports() {
            return Vec::new();
        }
        let next = self
            .outbox
            .iter()
            .filter(|r| r.state == ReportState::Queued)
            .filter_map(|r| r.next_try)
            .min();
        match next {
            Some(at) if self.retry_at.is_none_or(|scheduled| at < scheduled) => {
                self.retry_at = Some(at);
                vec![Effect::ScheduleSend(at)]
            }
            _ => Vec::new(),
        }
    }

    fn path_completed(&mut self, input: &str, matches: &[String]) {
        let Some(form) = self.report.as_mut() else {
            return;
        };
        if form.attach_input.text() != input {
            return;
        }
        match matches {
            [] => {
                form.completions = vec![strings::NO_FILE_MATCHES.to_owned()];
            }
            [one] => {
                form.attach_input.set(one);
                form.completions.clear();
            }
            many => {
                let common = common_prefix(many);
                if common.len() > input.len() {
                    form.attach_input.set(&common);
                }
                let start = input.rfind('/').map_or(0, |i| i + 1);
                form.completions = many
                    .iter()
                    .map(|m| m.get(start..).unwrap_or(m).to_owned())
                    .collect();
            }
        }
    }
}

/// The size column of an attachment.
pub fn size_label(size: Option<&Result<u64, String>>) -> String {
    match size {
        None => "…".to_owned(),
        Some(Ok(bytes)) => human_size(*bytes),
        Some(Err(e)) => e.clone(),
    }
}

fn common_prefix(words: &[String]) -> String {
    let Some(first) = words.first() else {
        return String::new();
    };
    let mut end = first.len();
    for w in &words[1..] {
        end = first
            .char_indices()
            .zip(w.chars())
            .find(|((_, a), b)| a != b)
            .map_or(end.min(w.len()), |((i, _), _)| i.min(end));
    }
    first[..end].to_owned()
}
