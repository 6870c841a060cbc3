//! Keys in the report form and its boxes. In the form, editing keys go to the focused
//! field first (a printable key without ctrl or alt is always text in a text field, so
//! no binding can steal it); everything else goes through the `report` keymap. Every
//! change bumps the form's generation and asks the loop's timer for a save: the latest
//! change is saved at most `SAVE_DELAY_MS` after it, whatever came before.
//!
//! Tab in the attachment path completes a file name first (when something is typed
//! there), and moves on only when the field is empty: completing is what Tab does in a
//! path everywhere else, and Shift-Tab and the arrows still leave the field.

use super::report::{DraftChooser, FormField, ReportForm};
use super::{App, Reader};
use crate::report::{RelatedArticle, ReportDraft, ReportState};
use crate::tui::action::Action;
use crate::tui::complete::expand_home;
use crate::tui::effects::Effect;
use crate::tui::keymap::{Key, KeyCode};
use crate::tui::layout;
use crate::tui::strings;
use std::fmt::Write as _;

impl App {
    /// `r`: the chooser when drafts wait, else a new form about the current article.
    pub(super) fn start_report(&mut self) -> Vec<Effect> {
        let article = self.current_article();
        let drafts: Vec<_> = self
            .outbox
            .iter()
            .filter(|r| r.state == ReportState::Draft)
            .cloned()
            .collect();
        if drafts.is_empty() {
            let draft = self.draft_about(article);
            self.open_form(ReportForm::new(0, &draft));
        } else {
            self.drafts = Some(DraftChooser {
                drafts,
                selected: 0,
                article,
            });
        }
        Vec::new()
    }

    /// Opens a new, empty form about no article (`ddm-reader report new` in a terminal).
    pub fn start_new_report(&mut self) -> Vec<Effect> {
        let draft = self.draft_about(None);
        self.open_form(ReportForm::new(0, &draft));
        self.dirty = true;
        Vec::new()
    }

    /// The article in the reader, else the one selected in the list.
    fn current_article(&self) -> Option<RelatedArticle> {
        let summary = match &self.reader {
            Some(Reader { article, .. }) => article.as_ref().map(|a| &a.summary),
            None => self.list.row(self.list.selected),
        }?;
        Some(RelatedArticle {
            id: Some(summary.id.0),
            title: crate::sanitize::clean_line(&summary.title),
            url: summary.url.clone(),
        })
    }

    pub(super) fn open_form(&mut self, mut form: ReportForm) {
        self.report_sessions += 1;
        form.session = self.report_sessions;
        self.report = Some(form);
        self.drafts = None;
        self.report_notice = None;
        self.dirty = true;
    }

    /// The text width of "what happened" on this screen.
    pub(super) fn body_width(&self) -> usize {
        layout::report_body_width(self.size)
    }

    pub(super) fn form_key(&mut self, key: Key) -> Vec<Effect> {
        let width = self.body_width();
        let Some(form) = self.report.as_mut() else {
            return Vec::new();
        };
        let plain = !key.ctrl && !key.alt;
        let focus = form.focus;
        let changed = match (focus, key.code) {
            (f, KeyCode::Char(c)) if f.is_text() && plain => {
                let mut buf = [0; 4];
                let text = c.encode_utf8(&mut buf);
                match form.line_field() {
                    Some(field) => field.insert(text),
                    None => form.body.insert(text),
                }
            }
            (FormField::Body, code) if plain => match code {
                KeyCode::Enter => form.body.insert("\n"),
                KeyCode::Backspace => form.body.backspace(),
                KeyCode::Delete => form.body.delete(),
                KeyCode::Left => no_change(|| form.body.left()),
                KeyCode::Right => no_change(|| form.body.right()),
                KeyCode::Home => no_change(|| form.body.home(width)),
                KeyCode::End => no_change(|| form.body.end(width)),
                KeyCode::Up if form.body.up(width) => false,
                KeyCode::Down if form.body.down(width) => false,
                _ => return self.form_binding(key),
            },
            (FormField::AttachList, KeyCode::Backspace | KeyCode::Delete) if plain => {
                if form.attach_selected < form.attachments.len() {
                    form.attachments.remove(form.attach_selected);
                    form.attach_selected = form
                        .attach_selected
                        .min(form.attachments.len().saturating_sub(1));
                    if form.attachments.is_empty() {
                        form.focus = FormField::AttachPath;
                    }
                    true
                } else {
                    false
                }
            }
            (FormField::AttachList, KeyCode::Up) if plain && form.attach_selected > 0 => {
                form.attach_selected -= 1;
                false
            }
            (FormField::AttachList, KeyCode::Down)
                if plain && form.attach_selected + 1 < form.attachments.len() =>
            {
                form.attach_selected += 1;
                false
            }
            (FormField::AttachPath, KeyCode::Enter) if plain => {
                return self.add_attachment();
            }
            // The arrows move between fields; only Tab completes a typed path first.
            (FormField::AttachPath, KeyCode::Down) if plain => {
                form.completions.clear();
                form.move_focus(1);
                false
            }
            (_, code) if plain => {
                let Some(field) = form.line_field() else {
                    return self.form_binding(key);
                };
                match code {
                    KeyCode::Backspace => field.backspace(),
                    KeyCode::Delete => field.delete(),
                    KeyCode::Left => no_change(|| field.left()),
                    KeyCode::Right => no_change(|| field.right()),
                    KeyCode::Home => no_change(|| field.home()),
                    KeyCode::End => no_change(|| field.end()),
                    _ => return self.form_binding(key),
                }
            }
            _ => return self.form_binding(key),
        };
        self.dirty = true;
        if changed {
            if focus == FormField::AttachPath {
                if let Some(form) = self.report.as_mut() {
                    form.completions.clear();
                }
                return Vec::new();
            }
            return self.form_changed();
        }
        Vec::new()
    }

    fn form_binding(&mut self, key: Key) -> Vec<Effect> {
        match self.keymap.action(crate::tui::action::Mode::Report, key) {
            Some(action) => self.act(action),
            None => Vec::new(),
        }
    }

    /// Text pasted: into the focused text field, or the search being typed.
    pub(super) fn on_paste(&mut self, text: &str) -> Vec<Effect> {
        if let Some(form) = self.report.as_mut().filter(|f| !f.confirm_close) {
            let focus = form.focus;
            let changed = match form.line_field() {
                Some(field) => field.insert(text),
                None if focus == FormField::Body => form.body.insert(text),
                None => false,
            };
            self.dirty = true;
            return if changed && form.focus != FormField::AttachPath {
                self.form_changed()
            } else {
                Vec::new()
            };
        }
        if let Some(search) = self.search.as_mut().filter(|s| s.editing) {
            search.query.push_str(&crate::sanitize::clean_line(text));
            self.dirty = true;
            return self.reload_list();
        }
        Vec::new()
    }

    /// A field changed: recheck if a send was tried, and ask for a debounced save.
    pub(super) fn form_changed(&mut self) -> Vec<Effect> {
        let limits = self.settings.report.limits;
        let Some(form) = self.report.as_mut() else {
            return Vec::new();
        };
        form.changed = true;
        form.generation += 1;
        if form.checked {
            form.recheck(&limits);
        }
        self.dirty = true;
        vec![Effect::ScheduleSave(form.generation)]
    }

    /// The save for the form's latest change, now, if it is not on disk yet.
    pub(super) fn flush_draft(&mut self) -> Vec<Effect> {
        if self.report.as_ref().is_some_and(ReportForm::unsaved) {
            self.save_now()
        } else {
            Vec::new()
        }
    }

    /// Saves the form as it is, even when its latest change was tried already.
    fn save_now(&mut self) -> Vec<Effect> {
        match self.report.as_ref() {
            Some(form) => vec![Effect::SaveDraft {
                session: form.session,
                id: form.id,
                generation: form.generation,
                draft: Box::new(form.draft()),
            }],
            None => Vec::new(),
        }
    }

    fn add_attachment(&mut self) -> Vec<Effect> {
        let Some(form) = self.report.as_mut() else {
            return Vec::new();
        };
        let typed = form.attach_input.text().trim().to_owned();
        if typed.is_empty() {
            form.move_focus(1);
            return Vec::new();
        }
        let path = expand_home(&typed);
        form.attach_input.set("");
        form.completions.clear();
        form.attachments.push(super::Attachment {
            path: path.clone(),
            size: None,
        });
        form.attach_selected = form.attachments.len() - 1;
        let mut effects = vec![Effect::CheckAttachment(path)];
        effects.extend(self.form_changed());
        effects
    }

    /// An action in the form.
    pub(super) fn act_form(&mut self, action: Action) -> Vec<Effect> {
        let Some(form) = self.report.as_mut() else {
            return Vec::new();
        };
        match action {
            Action::NextField => {
                let typed = form.attach_input.text().to_owned();
                if form.focus == FormField::AttachPath && !typed.is_empty() {
                    return vec![Effect::CompletePath(typed)];
                }
                form.move_focus(1);
            }
            Action::PrevField => form.move_focus(-1),
            Action::Toggle => {
                match form.focus {
                    FormField::Consent => form.consent = !form.consent,
                    FormField::KeepMetadata => form.keep_metadata = !form.keep_metadata,
                    _ => return Vec::new(),
                }
                return self.form_changed();
            }
            Action::EditInEditor => {
                form.focus = FormField::Body;
                let text = form.body.text().to_owned();
                let mut effects = self.flush_draft();
                effects.push(Effect::EditExternally(text));
                return effects;
            }
            Action::SubmitReport => return self.submit_report(),
            Action::CloseForm | Action::Back => {
                if form.changed {
                    form.confirm_close = true;
                } else {
                    self.report = None;
                    self.form_result = super::FormResult::Closed;
                }
            }
            Action::Help => self.help = Some(0),
            Action::Quit => return self.act_common(Action::Quit),
            _ => {}
        }
        Vec::new()
    }

    fn submit_report(&mut self) -> Vec<Effect> {
        let limits = self.settings.report.limits;
        let Some(form) = self.report.as_mut() else {
            return Vec::new();
        };
        if form.submitting {
            return Vec::new();
        }
        form.checked = true;
        form.recheck(&limits);
        if let Some(first) = form.errors.first() {
            form.focus_problem(first.field);
            let n = form.errors.len();
            return self.flash_error(&strings::report_not_ready(n));
        }
        form.submitting = true;
        let effect = Effect::QueueReport {
            session: form.session,
            id: form.id,
            draft: Box::new(form.draft()),
        };
        let mut effects = self.flash_info(strings::REPORT_QUEUEING);
        effects.push(effect);
        effects
    }

    /// "Keep the draft / Discard / Cancel".
    pub(super) fn act_confirm(&mut self, action: Action) -> Vec<Effect> {
        let Some(form) = self.report.as_mut() else {
            return Vec::new();
        };
        match action {
            Action::KeepDraft => {
                if !form.unsaved() && form.save_error.is_none() {
                    return self.close_kept_form();
                }
                // Closed only once the last change is on disk: if that save fails,
                // the form stays open with the text, saying why.
                // (With nothing new since a failed save, that save is tried again.)
                form.confirm_close = false;
                form.close_when_saved = true;
                self.save_now()
            }
            Action::DiscardDraft => {
                let effect = Effect::DiscardReport {
                    session: form.session,
                    id: form.id,
                };
                self.report = None;
                self.form_result = super::FormResult::Discarded;
                let mut effects = vec![effect, Effect::LoadOutbox];
                effects.extend(self.flash_info(strings::DRAFT_DISCARDED));
                effects
            }
            Action::Back | Action::CloseForm => {
                form.confirm_close = false;
                Vec::new()
            }
            Action::Help => {
                self.help = Some(0);
                Vec::new()
            }
            Action::Quit => self.act_common(Action::Quit),
            _ => Vec::new(),
        }
    }

    /// The form's draft is on disk: close it, saying so.
    pub(super) fn close_kept_form(&mut self) -> Vec<Effect> {
        self.report = None;
        self.form_result = super::FormResult::Kept;
        let mut effects = vec![Effect::LoadOutbox];
        effects.extend(self.flash_info(strings::DRAFT_KEPT));
        effects
    }

    /// The chooser of drafts.
    pub(super) fn act_drafts(&mut self, action: Action) -> Vec<Effect> {
        let Some(chooser) = self.drafts.as_mut() else {
            return Vec::new();
        };
        let last = chooser.drafts.len();
        match action {
            Action::Down => chooser.selected = (chooser.selected + 1).min(last),
            Action::Up => chooser.selected = chooser.selected.saturating_sub(1),
            Action::Top => chooser.selected = 0,
            Action::Bottom => chooser.selected = last,
            Action::Open => {
                if let Some(draft) = chooser.drafts.get(chooser.selected) {
                    return vec![Effect::LoadDraft(draft.id)];
                }
                let article = chooser.article.take();
                let draft = self.draft_about(article);
                self.open_form(ReportForm::new(0, &draft));
            }
            Action::NewReport => {
                let article = chooser.article.take();
                let draft = self.draft_about(article);
                self.open_form(ReportForm::new(0, &draft));
            }
            Action::Back => self.drafts = None,
            other => return self.act_common(other),
        }
        Vec::new()
    }

    /// A key the chooser does not bind (a headline typed at once after `r`): what it
    /// wants instead, with the live keys.
    pub(super) fn drafts_hint(&mut self) -> Vec<Effect> {
        let m = crate::tui::action::Mode::ReportDrafts;
        let key = |action: Action, or: &str| {
            self.keymap
                .hint(m, action)
                .map_or_else(|| or.to_owned(), |k| k.to_string())
        };
        let text = strings::drafts_hint(
            &key(Action::Up, "up"),
            &key(Action::Down, "down"),
            &key(Action::Open, "enter"),
        );
        self.flash_info(&text)
    }

    /// The notice after queueing without SMTP.
    pub(super) fn act_notice(&mut self, action: Action) -> Vec<Effect> {
        let Some(notice) = self.report_notice.as_ref() else {
            return Vec::new();
        };
        match action {
            Action::MailReport => vec![Effect::MailReport(notice.id)],
            Action::Back | Action::Open => {
                self.report_notice = None;
                Vec::new()
            }
            other => self.act_common(other),
        }
    }
}

impl App {
    /// The report form's text when its latest change is not on disk (its saves
    /// failed), for printing once the terminal is given back: the last place it can
    /// be kept. `None` when there is no form or all of it is saved.
    pub fn unsaved_report(&self) -> Option<String> {
        let form = self.report.as_ref().filter(|f| f.unsaved())?;
        let draft = form.draft();
        let why = form
            .save_error
            .as_deref()
            .unwrap_or("it was not saved before the end");
        let mut text = format!(
            "ddm-reader: your citizen report could NOT be saved ({why}).\n\
             Here is what you wrote, so that it is not lost; copy it before closing this \
             terminal.\n"
        );
        for (label, value) in [
            ("Headline", &draft.headline),
            ("Where", &draft.location),
            ("When", &draft.when),
            ("Name", &draft.name),
            ("Contact", &draft.contact),
        ] {
            if !value.is_empty() {
                let _ = writeln!(text, "{label}: {}", crate::sanitize::clean(value));
            }
        }
        for path in &draft.attachments {
            let path = path.to_string_lossy();
            let _ = writeln!(text, "Attachment: {}", crate::sanitize::clean(&path));
        }
        text.push_str("What happened:\n");
        text.push_str(&crate::sanitize::clean(&draft.body));
        Some(text)
    }

    /// A new draft (when = now, local time), about `article` if there is one.
    fn draft_about(&self, article: Option<RelatedArticle>) -> ReportDraft {
        let now = self.now.with_timezone(&chrono::Local).fixed_offset();
        ReportDraft {
            article,
            ..ReportDraft::starting_at(now)
        }
    }
}

fn no_change(f: impl FnOnce()) -> bool {
    f();
    false
}
