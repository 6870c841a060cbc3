//! The report as an e-mail: the text laid out for an editor, the MIME message (for SMTP
//! and `.eml` export), and the `mailto:` URL for handing it to a mail program.
//!
//! Headers are built by lettre, which encodes every value (RFC 2047), so a CR or LF in a
//! field can never start a header of its own; one-line fields are also folded to one
//! line before they get there. The body is UTF-8 text with the fields in a fixed order.

use std::fmt::Write as _;
use std::path::Path;
use std::time::SystemTime;

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use super::ReportError;
use super::draft::human_size;
use super::outbox::{Report, StoredAttachment};
use crate::config::ReportConfig;
use crate::sanitize::clean_line;

/// The From address used when neither `report.from` nor an address-like
/// `report.smtp.username` is set; `.invalid` can never reach anyone (RFC 2606).
pub const DEFAULT_FROM: &str = "ddm-reader <citizen-report@ddm-reader.invalid>";

/// The MIME type of an attachment: by its first bytes, else by its extension.
pub fn content_type_for(name: &str, data: &[u8]) -> &'static str {
    let magic: &[(&[u8], usize, &str)] = &[
        (b"\xff\xd8\xff", 0, "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
        (b"GIF8", 0, "image/gif"),
        (b"%PDF-", 0, "application/pdf"),
        (b"WEBP", 8, "image/webp"),
        (b"ftypheic", 4, "image/heic"),
        (b"ftypmif1", 4, "image/heif"),
        (b"ftypqt", 4, "video/quicktime"),
        (b"ftyp", 4, "video/mp4"),
        (b"OggS", 0, "audio/ogg"),
        (b"ID3", 0, "audio/mpeg"),
    ];
    for (bytes, at, kind) in magic {
        if data.get(*at..at + bytes.len()) == Some(*bytes) {
            return kind;
        }
    }
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "heic" => "image/heic",
        "tif" | "tiff" => "image/tiff",
        "pdf" => "application/pdf",
        "txt" | "md" => "text/plain",
        "mp4" | "m4v" => "video/mp4",
        "mov" => "video/quicktime",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "wav" => "audio/wav",
        "ogg" | "opus" => "audio/ogg",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// The address reports are sent from: `report.from`, else the SMTP username when it is
/// an address, else [`DEFAULT_FROM`].
pub fn from_mailbox(config: &ReportConfig) -> Result<Mailbox, ReportError> {
    if let Some(from) = config.from.as_deref() {
        return from
            .parse()
            .map_err(|e| ReportError::Message(format!("report.from `{from}`: {e}")));
    }
    let username = config.smtp.as_ref().and_then(|s| s.username.as_deref());
    if let Some(mailbox) = username.and_then(|u| u.parse().ok()) {
        return Ok(mailbox);
    }
    DEFAULT_FROM
        .parse()
        .map_err(|e| ReportError::Message(format!("{DEFAULT_FROM}: {e}")))
}

/// The newsroom's address, `report.to`.
pub fn to_mailbox(config: &ReportConfig) -> Result<Mailbox, ReportError> {
    config
        .to
        .parse()
        .map_err(|e| ReportError::Message(format!("report.to `{}`: {e}", config.to)))
}

/// "Citizen report: <headline>", on one line.
pub fn subject(report: &Report) -> String {
    format!("Citizen report: {}", clean_line(&report.draft.headline))
}

/// The text of the e-mail: every field, labelled, in a fixed order.
pub fn body_text(report: &Report) -> String {
    let d = &report.draft;
    let or = |s: &str, none: &str| {
        let s = clean_line(s);
        if s.is_empty() { none.to_owned() } else { s }
    };
    let mut out = String::from("Citizen report sent with ddm-reader.\n\n");
    let _ = writeln!(out, "Headline: {}", clean_line(&d.headline));
    let _ = writeln!(out, "When: {}", or(&d.when, "not given"));
    let _ = writeln!(out, "Where: {}\n", or(&d.location, "not given"));
    out.push_str("What happened:\n");
    out.push_str(text(&d.body).trim_end());
    out.push_str("\n\n");
    if d.is_anonymous() {
        out.push_str("Name and contact: anonymous\n");
    } else {
        let _ = writeln!(out, "Name: {}", or(&d.name, "not given"));
        let _ = writeln!(out, "Contact: {}", or(&d.contact, "not given"));
    }
    let yes_no = if d.consent { "yes" } else { "no" };
    let _ = writeln!(out, "Consent to be contacted: {yes_no}");
    match &d.article {
        Some(a) => {
            let _ = write!(out, "Related article: {}", clean_line(&a.title));
            if let Some(url) = &a.url {
                let _ = write!(out, " <{}>", clean_line(url));
            }
            out.push('\n');
        }
        None => out.push_str("Related article: none\n"),
    }
    if !report.attachments.is_empty() {
        out.push_str("Attachments:\n");
        for (i, a) in report.attachments.iter().enumerate() {
            let cleaned = if a.metadata_removed {
                ", metadata removed"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {}. {} ({}, {}{cleaned})",
                i + 1,
                clean_line(&a.name),
                a.content_type,
                human_size(a.bytes)
            );
        }
    }
    out
}

/// The witness's text with line breaks as `\n` and no control characters but tabs.
fn text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// Report `id`'s message as `config` sends it, with the outbox's Message-ID for it (made
/// at its first export or send, kept after): an export writes the message a send would
/// transmit. Returns the message and its Message-ID.
pub fn outbox_message(
    outbox: &mut super::Outbox,
    config: &crate::config::ReportConfig,
    id: super::ReportId,
    report: &Report,
    attachments: Vec<StoredAttachment>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Message, String), ReportError> {
    let from = from_mailbox(config)?;
    let to = to_mailbox(config)?;
    let message_id = outbox.message_id(id, from.email.domain())?;
    let message = build_message(
        report,
        attachments,
        from,
        to,
        message_id.clone(),
        now.into(),
    )?;
    Ok((message, message_id))
}

/// The complete message for `report`: headers, the text, the attachments.
pub fn build_message(
    report: &Report,
    attachments: Vec<StoredAttachment>,
    from: Mailbox,
    to: Mailbox,
    message_id: String,
    date: SystemTime,
) -> Result<Message, ReportError> {
    let builder = Message::builder()
        .from(from)
        .to(to)
        .subject(subject(report))
        .date(date)
        .message_id(Some(message_id));
    let text = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .body(body_text(report));
    let built = if attachments.is_empty() {
        builder.singlepart(text)
    } else {
        let mut parts = MultiPart::mixed().singlepart(text);
        for a in attachments {
            let kind = ContentType::parse(&a.info.content_type)
                .or_else(|_| ContentType::parse("application/octet-stream"))
                .map_err(|e| ReportError::Message(format!("{}: {e}", a.info.name)))?;
            parts = parts.singlepart(Attachment::new(file_name(&a.info.name)).body(a.data, kind));
        }
        builder.multipart(parts)
    };
    built.map_err(|e| ReportError::Message(e.to_string()))
}

/// A file name safe to put in a header: one line, no quotes, slashes or backslashes.
fn file_name(name: &str) -> String {
    let clean: String = clean_line(name)
        .chars()
        .map(|c| {
            if matches!(c, '"' | '\\' | '/') {
                '_'
            } else {
                c
            }
        })
        .collect();
    if clean.is_empty() {
        "attachment".into()
    } else {
        clean
    }
}

/// A `mailto:` URL (RFC 6068) to the newsroom with the subject and text filled in,
/// percent-encoded as UTF-8, line breaks as `%0D%0A`. Attachments cannot travel in it.
pub fn mailto_url(to: &Mailbox, report: &Report) -> String {
    // A link is one argument to the mail program, and the system caps one argument
    // (128 KiB on Linux): a long account is cut, with a note saying how to send it
    // whole; the fields after it (name, contact, consent) are kept.
    let cut;
    let report = if report.draft.body.len() > MAILTO_BODY {
        let mut end = MAILTO_BODY;
        while !report.draft.body.is_char_boundary(end) {
            end -= 1;
        }
        let mut shorter = report.clone();
        shorter.draft.body.truncate(end);
        let note = format!(
            "\n\n[The account is longer than a mail link can carry and is cut here: \
             `ddm-reader report export {} --eml FILE` writes the report whole, to attach \
             or send.]",
            report.id
        );
        shorter.draft.body.push_str(&note);
        cut = shorter;
        &cut
    } else {
        report
    };
    let mut body = body_text(report);
    if !report.attachments.is_empty() {
        body.push_str("\n(The attachments listed above must be added to this e-mail by hand.)\n");
    }
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to.email.as_ref(), b"@"),
        encode(&subject(report), b""),
        encode(&body.replace('\n', "\r\n"), b"")
    )
}

/// Bytes of a report's account ("what happened") put in a `mailto:` link:
/// percent-encoded (at most three times as long), well under the 128 KiB a single
/// argument may have.
const MAILTO_BODY: usize = 16 * 1024;

/// Percent-encodes every byte of `s` except unreserved characters and `keep`.
fn encode(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}
