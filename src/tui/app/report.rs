//! The citizen-report form's state: its fields (text widgets and switches), which one
//! has focus, the messages shown next to fields, and the bookkeeping that keeps the
//! draft saved (a save generation, debounced by the loop's timer, and the outbox id once
//! the first save came back). Also the small boxes around it: the "keep / discard /
//! cancel" question, the chooser of drafts to resume, and the after-queueing notice.
//!
//! Plain state only; keys are handled in `report_keys`, effects' answers in
//! `report_events`.

use std::path::PathBuf;

use crate::report::{Field, FieldError, RelatedArticle, Report, ReportDraft, ReportId};
use crate::report::{ReportLimits, ReportSummary};
use crate::tui::widget::{TextArea, TextField};

/// How long after the last change the draft is saved (the issue allows 500 ms in all).
pub const SAVE_DELAY_MS: u64 = 300;

/// A field of the form, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormField {
    /// The headline.
    Headline,
    /// What happened (multi-line).
    Body,
    /// Where.
    Where,
    /// When.
    When,
    /// The witness's name.
    Name,
    /// How to reach the witness.
    Contact,
    /// The consent switch.
    Consent,
    /// The path of a file to attach.
    AttachPath,
    /// The list of attached files.
    AttachList,
    /// The keep-photo-metadata switch.
    KeepMetadata,
}

impl FormField {
    /// Every field, in Tab order.
    pub const ALL: [FormField; 10] = [
        FormField::Headline,
        FormField::Body,
        FormField::Where,
        FormField::When,
        FormField::Name,
        FormField::Contact,
        FormField::Consent,
        FormField::AttachPath,
        FormField::AttachList,
        FormField::KeepMetadata,
    ];

    /// Whether typed characters are text in this field.
    pub fn is_text(self) -> bool {
        !matches!(
            self,
            FormField::Consent | FormField::AttachList | FormField::KeepMetadata
        )
    }

    /// Whether a message about `field` (from the report's checks) belongs here.
    pub fn shows(self, field: Field) -> bool {
        matches!(
            (self, field),
            (FormField::Headline, Field::Headline)
                | (FormField::Body, Field::Body)
                | (FormField::Where, Field::Where)
                | (FormField::When, Field::When)
                | (FormField::Name, Field::Name)
                | (FormField::Contact, Field::Contact)
                | (FormField::Consent, Field::Consent)
                | (FormField::AttachPath, Field::Attachments)
                | (FormField::KeepMetadata, Field::KeepMetadata)
        )
    }
}

/// A file on the attachment list, with its size once it was looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The path as added.
    pub path: PathBuf,
    /// Its size, or why it cannot be read; `None` until checked.
    pub size: Option<Result<u64, String>>,
}

/// The report form.
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent switches of the form"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReportForm {
    /// Which form this is, for answers from the outbox thread (which maps it to an id).
    pub session: u64,
    /// The draft's id in the outbox, once saved.
    pub id: Option<ReportId>,
    /// The headline.
    pub headline: TextField,
    /// What happened.
    pub body: TextArea,
    /// Where.
    pub location: TextField,
    /// When.
    pub when: TextField,
    /// The witness's name.
    pub name: TextField,
    /// How to reach the witness.
    pub contact: TextField,
    /// Consent to be contacted.
    pub consent: bool,
    /// Keep photo metadata.
    pub keep_metadata: bool,
    /// The path being typed for the next attachment.
    pub attach_input: TextField,
    /// Tab completion's candidates (file names), when there were several.
    pub completions: Vec<String>,
    /// Files attached.
    pub attachments: Vec<Attachment>,
    /// The highlighted attachment.
    pub attach_selected: usize,
    /// The story the report is about.
    pub article: Option<RelatedArticle>,
    /// The field with focus.
    pub focus: FormField,
    /// Problems that stop the report, shown next to their fields.
    pub errors: Vec<FieldError>,
    /// Things worth knowing, shown next to their fields.
    pub warnings: Vec<FieldError>,
    /// Changed since it was opened (Esc then asks before closing).
    pub changed: bool,
    /// Whether a send was tried (from then on the checks rerun as the witness types).
    pub checked: bool,
    /// Queued, waiting for the outbox to confirm.
    pub submitting: bool,
    /// The "keep / discard / cancel" question is shown.
    pub confirm_close: bool,
    /// The latest change's number; a save carries it.
    pub generation: u64,
    /// The newest change known to be on disk.
    pub saved: u64,
    /// Why the last save failed, until one succeeds: the text is then only here.
    pub save_error: Option<String>,
    /// "Keep the draft" was chosen: the form closes once its last change is saved,
    /// and stays open, saying why, if that save fails.
    pub close_when_saved: bool,
}

impl ReportForm {
    /// A new, empty form (when = now), about `article` if given.
    pub fn new(session: u64, draft: &ReportDraft) -> ReportForm {
        ReportForm {
            session,
            id: None,
            headline: TextField::new(&draft.headline),
            body: TextArea::new(&draft.body),
            location: TextField::new(&draft.location),
            when: TextField::new(&draft.when),
            name: TextField::new(&draft.name),
            contact: TextField::new(&draft.contact),
            consent: draft.consent,
            keep_metadata: draft.keep_metadata,
            attach_input: TextField::default(),
            completions: Vec::new(),
            attachments: draft
                .attachments
                .iter()
                .map(|p| Attachment {
                    path: p.clone(),
                    size: None,
                })
                .collect(),
            attach_selected: 0,
            article: draft.article.clone(),
            focus: FormField::Headline,
            errors: Vec::new(),
            warnings: Vec::new(),
            changed: false,
            checked: false,
            submitting: false,
            confirm_close: false,
            generation: 0,
            saved: 0,
            save_error: None,
            close_when_saved: false,
        }
    }

    /// The form over a saved draft, to go on with it.
    pub fn resume(session: u64, report: &Report) -> ReportForm {
        ReportForm {
            id: Some(report.id),
            ..ReportForm::new(session, &report.draft)
        }
    }

    /// The draft as typed so far.
    pub fn draft(&self) -> ReportDraft {
        ReportDraft {
            headline: self.headline.text().to_owned(),
            body: self.body.text().to_owned(),
            location: self.location.text().to_owned(),
            when: self.when.text().to_owned(),
            name: self.name.text().to_owned(),
            contact: self.contact.text().to_owned(),
            consent: self.consent,
            attachments: self.attachments.iter().map(|a| a.path.clone()).collect(),
            article: self.article.clone(),
            keep_metadata: self.keep_metadata,
        }
    }

    /// Whether some change is not on disk yet.
    pub fn unsaved(&self) -> bool {
        self.generation > self.saved
    }

    /// The one-line text field with focus, if one has it.
    pub fn line_field(&mut self) -> Option<&mut TextField> {
        Some(match self.focus {
            FormField::Headline => &mut self.headline,
            FormField::Where => &mut self.location,
            FormField::When => &mut self.when,
            FormField::Name => &mut self.name,
            FormField::Contact => &mut self.contact,
            FormField::AttachPath => &mut self.attach_input,
            _ => return None,
        })
    }

    /// Moves focus by `delta` fields, skipping the attachment list while it is empty.
    pub fn move_focus(&mut self, delta: isize) {
        let n = FormField::ALL.len();
        let mut i = FormField::ALL
            .iter()
            .position(|f| *f == self.focus)
            .unwrap_or(0);
        loop {
            i = (i.cast_signed() + delta)
                .rem_euclid(n.cast_signed())
                .cast_unsigned();
            let field = FormField::ALL[i];
            if field != FormField::AttachList || !self.attachments.is_empty() {
                self.focus = field;
                return;
            }
        }
    }

    /// Moves focus to the field of a problem; for an attachment's, the attachment in
    /// question is highlighted (what Delete then removes).
    pub fn focus_problem(&mut self, field: Field) {
        self.focus = field_of(field);
        if let Field::Attachment(i) = field
            && i < self.attachments.len()
        {
            self.attach_selected = i;
        }
    }

    /// Reruns the checks (after a first send attempt): errors and warnings by field.
    pub fn recheck(&mut self, limits: &ReportLimits) {
        let draft = self.draft();
        self.errors = draft.validate(limits).err().unwrap_or_default();
        self.warnings = draft.warnings(limits);
    }

    /// The messages (errors first, then warnings) for `field`, with whether each is an
    /// error; an attachment's own messages go with the list.
    pub fn messages(&self, field: FormField) -> Vec<(&FieldError, bool)> {
        let belongs = |e: &&FieldError| {
            field.shows(e.field)
                || (field == FormField::AttachList && matches!(e.field, Field::Attachment(_)))
        };
        self.errors
            .iter()
            .filter(belongs)
            .map(|e| (e, true))
            .chain(self.warnings.iter().filter(belongs).map(|e| (e, false)))
            .collect()
    }
}

/// The field a check's message points at, to move focus to the first problem.
pub fn field_of(field: Field) -> FormField {
    match field {
        Field::Headline => FormField::Headline,
        Field::Body => FormField::Body,
        Field::Where => FormField::Where,
        Field::When => FormField::When,
        Field::Name => FormField::Name,
        Field::Contact => FormField::Contact,
        Field::Consent => FormField::Consent,
        Field::Attachment(_) => FormField::AttachList,
        Field::Attachments => FormField::AttachPath,
        Field::KeepMetadata => FormField::KeepMetadata,
    }
}

/// The chooser `r` shows when drafts are waiting: resume one, or start a new report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftChooser {
    /// The drafts, newest first.
    pub drafts: Vec<ReportSummary>,
    /// The highlighted row: a draft's index, or `drafts.len()` for "new report".
    pub selected: usize,
    /// The story a new report would be about.
    pub article: Option<RelatedArticle>,
}

/// The box shown after a report was queued with no SMTP server configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportNotice {
    /// The queued report.
    pub id: ReportId,
    /// What to tell the witness.
    pub text: String,
}
