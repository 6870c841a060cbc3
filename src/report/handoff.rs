//! Handing a report to the witness's own mail program when there is no SMTP server to
//! send it through: an `.eml` file (a complete RFC 5322 message, attachments included,
//! that any mail program opens) or a `mailto:` URL (text only).
//!
//! Exports are written with mode 0600 through a temporary file renamed into place, so
//! an export is never readable by others, not even while it is being written.

use std::path::Path;

use chrono::{DateTime, Utc};

use super::draft::{Field, FieldError};
use super::message::{mailto_url, outbox_message, to_mailbox};
use super::outbox::read_attachment;
use super::{Outbox, ReportError, ReportId, ReportState};
use crate::config::ReportConfig;

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The message's Message-ID, made at the report's first export or send and kept.
    pub message_id: String,
    /// The file's size.
    pub bytes: u64,
}

/// Writes report `id` to `path` as a complete e-mail message (`.eml`), mode 0600. A
/// draft's attachments are read (and cleaned) from their files; a queued or sent
/// report's come from the outbox.
pub fn export_eml(
    outbox: &mut Outbox,
    config: &ReportConfig,
    id: ReportId,
    path: &Path,
    now: DateTime<Utc>,
) -> Result<Exported, ReportError> {
    let mut report = outbox.get(id)?;
    let attachments = if report.state == ReportState::Draft {
        let mut read = Vec::new();
        for (i, p) in report.draft.attachments.iter().enumerate() {
            read.push(
                read_attachment(p, report.draft.keep_metadata).map_err(|message| {
                    ReportError::Invalid(vec![FieldError {
                        field: Field::Attachment(i),
                        message,
                    }])
                })?,
            );
        }
        report.attachments = read.iter().map(|a| a.info.clone()).collect();
        read
    } else {
        outbox.attachments(id)?
    };
    let (message, message_id) = outbox_message(outbox, config, id, &report, attachments, now)?;
    let bytes = message.formatted();
    write_private(path, &bytes)?;
    Ok(Exported {
        message_id,
        bytes: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
    })
}

/// The `mailto:` URL for report `id` (subject and text; attachments must be added by
/// hand in the mail program, and files added that way keep their metadata).
pub fn mailto(outbox: &Outbox, config: &ReportConfig, id: ReportId) -> Result<String, ReportError> {
    let report = outbox.get(id)?;
    Ok(mailto_url(&to_mailbox(config)?, &report))
}

/// Writes `bytes` to `path` with mode 0600, replacing it only once they are whole on
/// disk ([`crate::files::write_replacing`]).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    crate::files::write_replacing(path, bytes, crate::files::Access::Private).map_err(|source| {
        ReportError::Io {
            what: "cannot write the export",
            path: path.to_path_buf(),
            source,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{ReportDraft, ReportLimits};

    #[test]
    #[cfg(unix)]
    fn exports_are_private_complete_messages() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let notes = dir.path().join("notes.txt");
        std::fs::write(&notes, "a list of names").unwrap();
        let mut outbox = Outbox::open(&dir.path().join("outbox.sqlite")).unwrap();
        let draft = ReportDraft {
            headline: "Roadblock".into(),
            body: "Soldiers stop every car.".into(),
            attachments: vec![notes.clone()],
            ..ReportDraft::default()
        };
        let now = Utc::now();
        let id = outbox.save_draft(None, &draft, now).unwrap();
        let config = ReportConfig::default();
        // A draft exports with its files read now; a queued report with its stored ones.
        let eml = dir.path().join("draft.eml");
        export_eml(&mut outbox, &config, id, &eml, now).unwrap();
        outbox.queue(id, &ReportLimits::default(), now).unwrap();
        std::fs::remove_file(&notes).unwrap();
        let eml = dir.path().join("report.eml");
        std::fs::write(&eml, "old").unwrap();
        std::fs::set_permissions(&eml, std::fs::Permissions::from_mode(0o644)).unwrap();
        export_eml(&mut outbox, &config, id, &eml, now).unwrap();
        assert_eq!(
            std::fs::metadata(&eml).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let raw = std::fs::read(&eml).unwrap();
        let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
        assert_eq!(parsed.subject(), Some("Citizen report: Roadblock"));
        assert!(parsed.date().is_some() && parsed.message_id().is_some());
        assert!(parsed.from().is_some());
        assert_eq!(parsed.attachment(0).unwrap().contents(), b"a list of names");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            !names
                .iter()
                .any(|n| Path::new(n).extension().is_some_and(|e| e == "tmp")),
            "{names:?}"
        );
        let e = export_eml(&mut outbox, &config, id, dir.path(), now).unwrap_err();
        assert!(e.to_string().contains("is a directory"), "{e}");
        let url = mailto(&outbox, &config, id).unwrap();
        assert!(url.starts_with("mailto:citizenreports@diasporadigitalmedia.com?subject="));
    }
}
